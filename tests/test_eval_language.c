/* Truth table of the single-language criterion ("at least III in
 * Ukrainian"): a level in the languages cell, an unknown level, an absent
 * column (DESIGN.md s.3 "a single-language minimum works the same way"). */
#include "test_eval.h"

static const tx_case uk_iii[] = {
    {"uk:III", MET},
    {"uk:IV", MET},
    {"uk:VI", MET},
    {"uk:II", NOT},
    {"uk:none", NOT},
    {"uk:B1", MET},
    {"uk:A2", NOT},
    {"Ukrainian:C1", MET},
    {"pl:VI;uk:II", NOT},
    {"de:C1", UNK},
    {"", UNK},
    {"uk:good", UNK}, /* invalid: reported, read as empty */
};

static char *rules(const char *id, const char *language, const char *level)
{
    char *ess = g_strdup_printf("{\"id\": \"lang\", \"kind\": \"language\", \"language\": \"%s\", \"level\": \"%s\"}",
                                language, level);
    char *r = tx_rules(id, "\"2025-03-19\"", ess, NULL);
    g_free(ess);
    return r;
}

static void test_named_language(void **state)
{
    (void)state;
    char *csv = tx_table_csv("languages", uk_iii, G_N_ELEMENTS(uk_iii));
    /* by code and by name: the same criterion */
    char *r[] = {rules("code", "uk", "III"), rules("name", "Ukrainian", "Intermediate"), NULL};
    tx *t = tx_new(csv, (const char *const *)r);
    unsigned bad = 0;
    for (unsigned p = 0; p < 2; p++) {
        bad += tx_check_table(t, p, "lang", uk_iii, G_N_ELEMENTS(uk_iii));
        for (size_t i = 0; i < G_N_ELEMENTS(uk_iii); i++)
            if (elg_screening_status(t->s, p, (unsigned)i) != tx_status_of(uk_iii[i].want))
                bad++;
    }
    assert_int_equal(tx_problems(t, NULL), 1);
    tx_free(t);
    g_free(r[0]);
    g_free(r[1]);
    g_free(csv);
    assert_int_equal(bad, 0);
}

/* en and fr are read from their own columns, or from languages when empty. */
static const tx_case en_v[] = {
    {"V,", MET}, {"IV,", NOT}, {",en:V", MET}, {",en:IV", NOT}, {"IV,en:V", NOT}, {",", UNK},
};

static void test_official_language(void **state)
{
    (void)state;
    char *csv = tx_table_csv("english,languages", en_v, G_N_ELEMENTS(en_v));
    char *r = rules("en", "en", "V");
    tx *t = tx_new1(csv, r);
    unsigned bad = tx_check_table(t, 0, "lang", en_v, G_N_ELEMENTS(en_v));
    tx_free(t);
    g_free(r);
    g_free(csv);
    assert_int_equal(bad, 0);
}

/* No languages column at all: UNKNOWN, counted, with its reason. */
static void test_absent_column(void **state)
{
    (void)state;
    char *r = rules("code", "uk", "III");
    tx *t = tx_new1("candidate_id,english\na,V\n", r);
    g_free(r);
    char *row = tx_csv_row(t, "code", "a");
    assert_string_equal(row, "code,a,review,0,1,0,1,0.00,1,ukrainian: not given, required III");
    g_free(row);
    tx_free(t);
}

static void test_reason(void **state)
{
    (void)state;
    char *r = rules("code", "uk", "III");
    tx *t = tx_new1("candidate_id,languages\na,uk:II\n", r);
    g_free(r);
    char *row = tx_csv_row(t, "code", "a");
    assert_string_equal(row, "code,a,ineligible,0,0,1,1,0.00,1,ukrainian: II, required III");
    g_free(row);
    tx_free(t);
}

/* A column per language, as applicant-tracking systems export them, headed
 * by the language's name alone or with "level" ("Ukrainian", "Niveau
 * d'ukrainien"): its cells are levels in that language, read after the
 * languages list (the column wins). */
static const tx_case uk_column[] = {
    {"III,", MET}, {"B1,", MET}, {"II,", NOT}, {",uk:IV", MET}, {"II,uk:IV", NOT}, {",", UNK}, {"good,", UNK},
};

static void test_language_column(void **state)
{
    (void)state;
    static const char *const headers[] = {"Ukrainian,languages", "Ukrainian level,languages",
                                          "Niveau d'ukrainien,languages", "Ukrainien,Langues"};
    char *r = rules("code", "uk", "III");
    for (size_t h = 0; h < G_N_ELEMENTS(headers); h++) {
        char *csv = tx_table_csv(headers[h], uk_column, G_N_ELEMENTS(uk_column));
        tx *t = tx_new1(csv, r);
        if (tx_check_table(t, 0, "lang", uk_column, G_N_ELEMENTS(uk_column)))
            fail_msg("header %s", headers[h]);
        /* the unreadable level is reported under the language's column */
        assert_int_equal(tx_problems(t, "language_uk: \"good\" is not a language level"), 1);
        tx_free(t);
        g_free(csv);
    }
    g_free(r);
}

/* Codes and other words are not taken for languages: "IT" may be IT skills,
 * "Language of correspondence" no level. */
static void test_language_column_names_only(void **state)
{
    (void)state;
    char *r = rules("code", "it", "III");
    tx *t = tx_new1("candidate_id,IT,Language of correspondence,languages\na,yes,English,it:IV\n", r);
    g_free(r);
    assert_int_equal(tx_state(t, 0, "lang", 0), MET);
    assert_int_equal(tx_problems(t, NULL), 0);
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_named_language),
        cmocka_unit_test(test_official_language),
        cmocka_unit_test(test_absent_column),
        cmocka_unit_test(test_reason),
        cmocka_unit_test(test_language_column),
        cmocka_unit_test(test_language_column_names_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
