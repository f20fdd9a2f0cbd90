/* The skill criterion (rules/README.md): the candidate has any of the tags;
 * an empty or absent skills cell is UNKNOWN, "none" is known and NOT_MET. */
#include "test_eval.h"

static const char *const desirable =
    "{\"id\": \"pm_cert\", \"kind\": \"skill\", \"tags\": [\"project_management_certification\"]},"
    "{\"id\": \"agile\", \"kind\": \"skill\", \"tags\": [\"agile\", \"design_thinking\"]},"
    "{\"id\": \"welding\", \"kind\": \"skill\", \"tags\": [\"Underwater welding\"]}";

static const struct {
    const char *cells;
    elg_state pm_cert, agile, welding;
} cases[] = {
    {"project_management_certification", MET, NOT, NOT},
    {"PMP", MET, NOT, NOT},                     /* an alias of the vocabulary */
    {"agile;PMP", MET, MET, NOT},
    {"design_thinking", NOT, MET, NOT},
    {"python;sharepoint", NOT, NOT, NOT},
    {"underwater_welding", NOT, NOT, MET},      /* a free tag, folded */
    {"Underwater Welding", NOT, NOT, MET},
    {"none", NOT, NOT, NOT},
    {"", UNK, UNK, UNK},
};

static void test_truth_table(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,nationality,skills\n");
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        g_string_append_printf(csv, "r%02zu,BE,%s\n", i, cases[i].cells);
    char *r = tx_rules("p", "\"2025-03-19\"", "{\"id\": \"nationality\", \"kind\": \"nationality\"}", desirable);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    unsigned bad = 0;
    const char *const ids[] = {"pm_cert", "agile", "welding"};
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        const elg_state want[] = {cases[i].pm_cert, cases[i].agile, cases[i].welding};
        for (int c = 0; c < 3; c++) {
            elg_state got = tx_state(t, 0, ids[c], (unsigned)i);
            if (got != want[c]) {
                fprintf(stderr, "%s, [%s]: got %s, expected %s\n", ids[c], cases[i].cells, tx_state_name(got),
                        tx_state_name(want[c]));
                bad++;
            }
        }
        /* desirables never decide the status */
        if (elg_screening_status(t->s, 0, (unsigned)i) != ELG_ELIGIBLE)
            bad++;
    }
    assert_int_equal(tx_problems(t, NULL), 0);
    tx_free(t);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* No skills column: every skill criterion UNKNOWN, which scores as not met. */
/* The rows' skill bitmaps are filled by threads over ranges of 65536 rows:
 * every row of a file of several ranges, with one and two threads, and the
 * last range partial.  Row i holds agile when i % 3 == 0, design_thinking
 * when i % 5 == 0, a skill no criterion names when i % 7 == 0, nothing
 * when i % 11 == 0 (unknown), else "none". */
static void test_many_rows(void **state)
{
    (void)state;
    enum { ROWS = 3 * 65536 + 1234 };
    GString *csv = g_string_new("candidate_id,nationality,skills\n");
    for (unsigned i = 0; i < ROWS; i++) {
        GString *cell = g_string_new(NULL);
        if (i % 3 == 0)
            g_string_append(cell, "agile;");
        if (i % 5 == 0)
            g_string_append(cell, "design_thinking;");
        if (i % 7 == 0)
            g_string_append(cell, "python;");
        if (cell->len)
            g_string_truncate(cell, cell->len - 1);
        else if (i % 11 != 0)
            g_string_append(cell, "none");
        g_string_append_printf(csv, "c%06u,BE,%s\n", i, cell->str);
        g_string_free(cell, TRUE);
    }
    char *r = tx_rules("p", "\"2025-03-19\"", "{\"id\": \"nationality\", \"kind\": \"nationality\"}", desirable);
    const char *list[] = {r, NULL};
    for (unsigned threads = 1; threads <= 2; threads++) {
        tx *t = tx_new_threads(csv->str, list, threads);
        const unsigned agile = tx_crit(t, 0, "agile");
        unsigned bad = 0;
        for (unsigned i = 0; i < ROWS; i++) {
            const gboolean held = i % 3 == 0 || i % 5 == 0, empty = !held && i % 7 != 0 && i % 11 == 0;
            const elg_state want = held ? MET : empty ? UNK : NOT;
            const elg_state got = elg_screening_state(t->s, 0, agile, i);
            if (got != want && bad++ < 5)
                fprintf(stderr, "%u threads, row %u: got %s, expected %s\n", threads, i, tx_state_name(got),
                        tx_state_name(want));
        }
        assert_int_equal(bad, 0);
        tx_free(t);
    }
    g_free(r);
    g_string_free(csv, TRUE);
}

static void test_absent_column(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"", "{\"id\": \"nationality\", \"kind\": \"nationality\"}", desirable);
    tx *t = tx_new1("candidate_id,nationality\na,BE\n", r);
    g_free(r);
    assert_int_equal(tx_state(t, 0, "pm_cert", 0), UNK);
    assert_int_equal(tx_state(t, 0, "agile", 0), UNK);
    assert_int_equal(tx_state(t, 0, "welding", 0), UNK);
    assert_true(elg_screening_score(t->s, 0, 0) == 0);
    tx_free(t);
}

/* rules/reference/skills.json: a skills cell may use a tag, its aliases
 * "besides the tag itself and its en/fr names". */
static void test_vocabulary_names(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"", "{\"id\": \"nationality\", \"kind\": \"nationality\"}", desirable);
    tx *t = tx_new1("candidate_id,nationality,skills\n"
                    "en,BE,Certification in project management\n"
                    "fr,BE,certification en gestion de projet\n", r);
    g_free(r);
    elg_state en = tx_state(t, 0, "pm_cert", tx_row(t, "en")), fr = tx_state(t, 0, "pm_cert", tx_row(t, "fr"));
    tx_free(t);
    assert_int_equal(en, MET);
    assert_int_equal(fr, MET);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_truth_table),
        cmocka_unit_test(test_many_rows),
        cmocka_unit_test(test_absent_column),
        cmocka_unit_test(test_vocabulary_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
