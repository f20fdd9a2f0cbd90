/* Panel-assessed criteria (DESIGN.md s.3, s.6): listed, not deciding,
 * unless the file has a q_CRITERION column, which then counts
 * (yes MET, no NOT_MET, empty UNKNOWN). */
#include "test_eval.h"

static const tx_case answers[] = {
    {"yes", MET}, {"y", MET}, {"true", MET}, {"1", MET}, {"oui", MET}, {"YES", MET},
    {"no", NOT},  {"n", NOT}, {"false", NOT}, {"0", NOT}, {"non", NOT},
    {"", UNK},
    {"maybe", UNK}, /* reported and read as empty */
};

static void test_answered(void **state)
{
    (void)state;
    char *csv = tx_table_csv("q_drafting", answers, G_N_ELEMENTS(answers));
    char *r = tx_rules("p", "\"2025-03-19\"", "{\"id\": \"drafting\", \"kind\": \"panel\", \"text\": \"excellent drafting skills\"}", NULL);
    tx *t = tx_new1(csv, r);
    unsigned bad = tx_check_table(t, 0, "drafting", answers, G_N_ELEMENTS(answers));
    for (size_t i = 0; i < G_N_ELEMENTS(answers); i++)
        if (elg_screening_status(t->s, 0, (unsigned)i) != tx_status_of(answers[i].want))
            bad++;
    assert_int_equal(tx_problems(t, NULL), 1);
    tx_free(t);
    g_free(r);
    g_free(csv);
    assert_int_equal(bad, 0);
}

/* Without its q_ column (another criterion's does not count) a panel
 * criterion is UNKNOWN, does not decide and is not counted. */
static void test_not_answered(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"",
                       "{\"id\": \"nationality\", \"kind\": \"nationality\"}, {\"id\": \"drafting\", \"kind\": \"panel\"}", NULL);
    tx *t = tx_new1("candidate_id,nationality,q_teamwork\na,BE,no\nb,JP,yes\n", r);
    g_free(r);
    assert_int_equal(tx_state(t, 0, "drafting", 0), UNK);
    char *row = tx_csv_row(t, "p", "a");
    assert_string_equal(row, "p,a,eligible,1,0,0,1,0.00,1,");
    g_free(row);
    row = tx_csv_row(t, "p", "b");
    assert_string_equal(row, "p,b,ineligible,0,0,1,1,0.00,2,nationality: Japan is not a NATO member on 2025-03-19");
    g_free(row);
    tx_free(t);
}

static void test_reasons(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"",
                       "{\"id\": \"nationality\", \"kind\": \"nationality\"}, {\"id\": \"drafting\", \"kind\": \"panel\"}", NULL);
    tx *t = tx_new1("candidate_id,nationality,q_drafting\na,BE,yes\nb,BE,no\nc,BE,\n", r);
    g_free(r);
    const char *const want[] = {
        "p,a,eligible,2,0,0,2,0.00,1,",
        "p,b,ineligible,1,0,1,2,0.00,3,drafting: answered no (q_drafting)",
        "p,c,review,1,1,0,2,0.00,2,drafting: not answered (q_drafting)",
    };
    const char *const ids[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        char *row = tx_csv_row(t, "p", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

/* A desirable panel criterion with an answer adds to the score. */
static void test_desirable(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"", "{\"id\": \"nationality\", \"kind\": \"nationality\"}",
                       "{\"id\": \"negotiation\", \"kind\": \"panel\"}, {\"id\": \"travel\", \"kind\": \"panel\"}");
    tx *t = tx_new1("candidate_id,nationality,q_negotiation\na,BE,yes\nb,BE,no\nc,BE,\n", r);
    g_free(r);
    assert_true(elg_screening_score(t->s, 0, tx_row(t, "a")) == 50);
    assert_true(elg_screening_score(t->s, 0, tx_row(t, "b")) == 0);
    assert_true(elg_screening_score(t->s, 0, tx_row(t, "c")) == 0);
    assert_int_equal(tx_state(t, 0, "travel", 0), UNK);
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_answered),
        cmocka_unit_test(test_not_answered),
        cmocka_unit_test(test_reasons),
        cmocka_unit_test(test_desirable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
