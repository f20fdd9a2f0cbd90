/* Text folding (DESIGN.md s.6): headers and values match without regard to
 * case, accents, spaces, hyphens, underscores and punctuation. */
#include "testutil.h"

#include <string.h>
#include "fold.h"

/* Fold S whole and compare with WANT. */
static void fold_is(const char *s, const char *want)
{
    char out[ELG_FOLD_MAX];
    size_t n = elg_fold(s, strlen(s), out, sizeof out);
    assert_string_equal(out, want);
    assert_int_equal(n, strlen(want));
}

static void words_is(const char *s, const char *want)
{
    char out[ELG_FOLD_MAX];
    size_t n = elg_fold_words(s, strlen(s), out, sizeof out);
    assert_string_equal(out, want);
    assert_int_equal(n, strlen(want));
}

static void test_case_and_ascii_separators(void **state)
{
    (void)state;
    fold_is("Candidate ID", "candidateid");
    fold_is("candidate_id", "candidateid");
    fold_is("Applicant-ID", "applicantid");
    fold_is("  YEARS of   experience ", "yearsofexperience");
    fold_is("Master's degree", "mastersdegree");
    fold_is("Ph.D.", "phd");
    fold_is("bac+3", "bac3");
    fold_is("U.K.", "uk");
    fold_is("3+/3/3/2", "3332");
    fold_is("", "");
    fold_is("-_- ;,.", "");
}

static void test_accents(void **state)
{
    (void)state;
    fold_is("Suède", "suede");
    fold_is("SUÈDE", "suede");
    fold_is("élémentaire", "elementaire");
    fold_is("Elementaire", "elementaire");
    fold_is("Nationalité", "nationalite");
    fold_is("Français", "francais");
    fold_is("Türkiye", "turkiye");
    fold_is("Monténégro", "montenegro");
    fold_is("Wiśniewski", "wisniewski");
    fold_is("Král", "kral");
    fold_is("Kovač", "kovac");
    /* a decomposed accent (e + U+0301) is a mark, not a separator */
    fold_is("e\xCC\x81lan", "elan");
}

static void test_letters_without_decomposition(void **state)
{
    (void)state;
    fold_is("Ødegård", "odegard");
    fold_is("øyvind", "oyvind");
    fold_is("Łukasz", "lukasz");
    fold_is("łódź", "lodz");
    fold_is("Straße", "strasse");
    fold_is("Æsir", "aesir");
    fold_is("æ", "ae");
    fold_is("Cœur", "coeur");
    fold_is("ŒUVRE", "oeuvre");
    fold_is("Đorđe", "dorde");
    fold_is("Þór", "thor");
    fold_is("Iğdır", "igdir");
}

static void test_other_scripts_kept(void **state)
{
    (void)state;
    /* letters outside Latin are kept, lower-cased and without their accents */
    fold_is("Ελληνικά", "ελληνικα");
    fold_is("Όνομα", "ονομα");
    fold_is("Иван Петров", "иванпетров");
}

static void test_invalid_utf8_bytes_skipped(void **state)
{
    (void)state;
    fold_is("caf\xE9", "caf");
    fold_is("\xFF" "abc", "abc");
}

static void test_words_keep_boundaries(void **state)
{
    (void)state;
    words_is("Experience - project management", "experience_project_management");
    words_is("exp_project_management", "exp_project_management");
    words_is("Experience Project-Management", "experience_project_management");
    words_is("  q_Drafting ", "q_drafting");
    words_is("Q: Drafting?", "q_drafting");
    words_is("Expérience (défense & sécurité)", "experience_defense_securite");
    words_is("Ødegård", "odegard");
    words_is("e\xCC\x81lan vital", "elan_vital");
    words_is("__", "");
}

static void test_capacity(void **state)
{
    (void)state;
    char out[4];
    /* the result fits: length returned */
    assert_int_equal(elg_fold("A-b-C", 5, out, sizeof out), 3);
    assert_string_equal(out, "abc");
    /* it does not: CAP returned, the output still terminated */
    assert_int_equal(elg_fold("abcd", 4, out, sizeof out), sizeof out);
    assert_int_equal(strlen(out), sizeof out - 1);
    assert_int_equal(elg_fold("ßßß", strlen("ßßß"), out, sizeof out), sizeof out);
    assert_int_equal(elg_fold_words("ab cd", 5, out, sizeof out), sizeof out);
    assert_int_equal(strlen(out), sizeof out - 1);
    /* only LEN bytes are read */
    assert_int_equal(elg_fold("abcdef", 2, out, sizeof out), 2);
    assert_string_equal(out, "ab");
}

static void test_trim(void **state)
{
    (void)state;
    const char *s = " \t\r\n value with spaces \r\n";
    size_t len = strlen(s);
    const char *t = elg_trim(s, &len);
    assert_int_equal(len, strlen("value with spaces"));
    assert_memory_equal(t, "value with spaces", len);
    len = 3;
    elg_trim("   ", &len);
    assert_int_equal(len, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_and_ascii_separators),
        cmocka_unit_test(test_accents),
        cmocka_unit_test(test_letters_without_decomposition),
        cmocka_unit_test(test_other_scripts_kept),
        cmocka_unit_test(test_invalid_utf8_bytes_skipped),
        cmocka_unit_test(test_words_keep_boundaries),
        cmocka_unit_test(test_capacity),
        cmocka_unit_test(test_trim),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
