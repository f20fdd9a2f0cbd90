/* The deadline criterion (DESIGN.md s.3, s.6): where the file has
 * applied_on, a date after the post's deadline is NOT_MET and an empty cell
 * UNKNOWN; without the column it does not decide and is not counted. */
#include "test_eval.h"

static const tx_case mar19[] = {
    {"2025-03-18", MET},
    {"2025-03-19", MET},
    {"2025-03-20", NOT},
    {"19-Mar-2025", MET},
    {"20-mars-2025", NOT},
    {"19 mars 2025", MET},
    {"2024-12-31", MET},
    {"2026-01-01", NOT},
    {"", UNK},
    {"19/03/2025", UNK}, /* a slash date without --date-order: reported, read as empty */
};

static void test_truth_table(void **state)
{
    (void)state;
    char *csv = tx_table_csv("applied_on", mar19, G_N_ELEMENTS(mar19));
    /* a time of day on the deadline is ignored */
    char *r[] = {
        tx_rules("iso", "\"2025-03-19\"", "{\"id\": \"deadline\", \"kind\": \"deadline\"}", NULL),
        tx_rules("notice", "\"19-Mar-2025 23:59\"", "{\"id\": \"deadline\", \"kind\": \"deadline\"}", NULL),
        NULL,
    };
    tx *t = tx_new(csv, (const char *const *)r);
    unsigned bad = 0;
    for (unsigned p = 0; p < 2; p++) {
        bad += tx_check_table(t, p, "deadline", mar19, G_N_ELEMENTS(mar19));
        for (size_t i = 0; i < G_N_ELEMENTS(mar19); i++)
            if (elg_screening_status(t->s, p, (unsigned)i) != tx_status_of(mar19[i].want))
                bad++;
    }
    assert_int_equal(tx_problems(t, "read only with --date-order"), 1);
    assert_int_equal(tx_problems(t, NULL), 1);
    tx_free(t);
    g_free(r[0]);
    g_free(r[1]);
    g_free(csv);
    assert_int_equal(bad, 0);
}

/* Without an applied_on column the deadline neither decides nor counts. */
static void test_absent_column(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"",
                       "{\"id\": \"nationality\", \"kind\": \"nationality\"}, {\"id\": \"deadline\", \"kind\": \"deadline\"}", NULL);
    tx *t = tx_new1("candidate_id,nationality\na,BE\nb,JP\n", r);
    g_free(r);
    char *row = tx_csv_row(t, "p", "a");
    assert_string_equal(row, "p,a,eligible,1,0,0,1,0.00,1,");
    g_free(row);
    row = tx_csv_row(t, "p", "b");
    assert_string_equal(row, "p,b,ineligible,0,0,1,1,0.00,2,nationality: Japan is not a NATO member on 2025-03-19");
    g_free(row);
    tx_free(t);
}

/* With the column, it counts for every row, empty cells included. */
static void test_reasons(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"",
                       "{\"id\": \"nationality\", \"kind\": \"nationality\"}, {\"id\": \"deadline\", \"kind\": \"deadline\"}", NULL);
    tx *t = tx_new1("candidate_id,nationality,applied_on\na,BE,2025-03-19\nb,BE,20-Mar-2025\nc,BE,\n", r);
    g_free(r);
    const char *const want[] = {
        "p,a,eligible,2,0,0,2,0.00,1,",
        "p,b,ineligible,1,0,1,2,0.00,3,applied on 2025-03-20, after the deadline 2025-03-19",
        "p,c,review,1,1,0,2,0.00,2,applied_on: not given, deadline 2025-03-19",
    };
    const char *const ids[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        char *row = tx_csv_row(t, "p", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_truth_table),
        cmocka_unit_test(test_absent_column),
        cmocka_unit_test(test_reasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
