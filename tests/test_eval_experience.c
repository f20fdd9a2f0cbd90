/* Truth tables of the experience criterion (DESIGN.md s.3, s.6): years
 * compared exactly, a field given above the total, a field not given with
 * the total below / at / above N, "none", per-field columns, and years
 * omitted ("some experience"). */
#include "test_eval.h"

/* One post, four criteria:
 *   total5  at least 5 years in total
 *   pm5     at least 5 years in project_management
 *   pm_some some experience in project_management (years omitted)
 *   some    some experience in total */
static const char *const essential =
    "{\"id\": \"total5\", \"kind\": \"experience\", \"years\": 5},"
    "{\"id\": \"pm5\", \"kind\": \"experience\", \"years\": 5, \"field\": \"project_management\"},"
    "{\"id\": \"pm_some\", \"kind\": \"experience\", \"field\": \"project_management\"},"
    "{\"id\": \"some\", \"kind\": \"experience\"}";

static const struct {
    const char *cells; /* experience_years,experience,exp_project_management */
    elg_state total5, pm5, pm_some, some;
} cases[] = {
    /* the total, compared exactly */
    {"4.99,,", NOT, NOT, UNK, MET},
    {"5,,", MET, UNK, UNK, MET},
    {"4.9999999999999999,,", NOT, NOT, UNK, MET},
    {"\"4,99\",,", NOT, NOT, UNK, MET},
    {"\"5,0\",,", MET, UNK, UNK, MET},
    {"6,,", MET, UNK, UNK, MET},
    {",,", UNK, UNK, UNK, UNK},
    {"0,,", NOT, NOT, NOT, NOT},
    {"none,,", NOT, NOT, NOT, NOT},
    {"0.5,,", NOT, NOT, UNK, MET},
    /* the field, given: used even above the total */
    {",project_management:5,", UNK, MET, MET, UNK},
    {",project_management:4.99,", UNK, NOT, MET, UNK},
    {"3,project_management:6,", NOT, MET, MET, MET},
    {"10,project_management:4.99,", MET, NOT, MET, MET},
    {"10,project_management:0,", MET, NOT, NOT, MET},
    {"10,\"project_management:4,5\",", MET, NOT, MET, MET},
    /* the field not given: NOT_MET only when the total is known and below N */
    {"4,defence_security:4,", NOT, NOT, UNK, MET},
    {"5,defence_security:5,", MET, UNK, UNK, MET},
    {"6,defence_security:6,", MET, UNK, UNK, MET},
    {",defence_security:6,", UNK, UNK, UNK, UNK},
    /* "none" in the experience cell: no years in any field */
    {",none,", UNK, NOT, NOT, UNK},
    {"10,none,", MET, NOT, NOT, MET},
    /* the per-field column */
    {"2,,5", NOT, MET, MET, MET},
    {",,4.99", UNK, NOT, MET, UNK},
    {",,0", UNK, NOT, NOT, UNK},
    {",,none", UNK, NOT, NOT, UNK},
};

static void test_truth_table(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,experience_years,experience,exp_project_management\n");
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, cases[i].cells);
    char *r = tx_rules("exp", "\"2025-03-19\"", essential, NULL);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    unsigned bad = 0;
    const char *const ids[] = {"total5", "pm5", "pm_some", "some"};
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        const elg_state want[] = {cases[i].total5, cases[i].pm5, cases[i].pm_some, cases[i].some};
        for (int c = 0; c < 4; c++) {
            elg_state got = tx_state(t, 0, ids[c], (unsigned)i);
            if (got != want[c]) {
                fprintf(stderr, "%s, [%s]: got %s, expected %s\n", ids[c], cases[i].cells,
                        tx_state_name(got), tx_state_name(want[c]));
                bad++;
            }
        }
    }
    assert_int_equal(tx_problems(t, NULL), 0);
    tx_free(t);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* "experience_F" is the same column as "exp_F"; a field column absent from
 * the file leaves the field not given. */
static void test_field_columns(void **state)
{
    (void)state;
    char *r = tx_rules("exp", "\"2025-03-19\"",
                       "{\"id\": \"pm5\", \"kind\": \"experience\", \"years\": 5, \"field\": \"project_management\"},"
                       "{\"id\": \"ds3\", \"kind\": \"experience\", \"years\": 3, \"field\": \"defence_security\"}",
                       NULL);
    tx *t = tx_new1("candidate_id,experience_years,experience_project_management\n"
                    "a,2,5\nb,2,4.99\nc,4,\nd,2,\n",
                    r);
    g_free(r);
    const struct {
        const char *id;
        elg_state pm5, ds3;
    } want[] = {{"a", MET, NOT}, {"b", NOT, NOT}, {"c", NOT, UNK}, {"d", NOT, NOT}};
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        unsigned row = tx_row(t, want[i].id);
        assert_int_equal(tx_state(t, 0, "pm5", row), want[i].pm5);
        assert_int_equal(tx_state(t, 0, "ds3", row), want[i].ds3);
    }
    tx_free(t);
}

/* Reasons say what was required and what the candidate has. */
static void test_reasons(void **state)
{
    (void)state;
    char *r = tx_rules("exp", "\"2025-03-19\"",
                       "{\"id\": \"total5\", \"kind\": \"experience\", \"years\": 5},"
                       "{\"id\": \"pm3\", \"kind\": \"experience\", \"years\": 3, \"field\": \"project_management\"}",
                       NULL);
    tx *t = tx_new1("candidate_id,experience_years,experience\n"
                    "a,4.99,project_management:2.999\n"
                    "b,2.5,\n"
                    "c,,\n"
                    "d,6,defence_security:6\n",
                    r);
    g_free(r);
    const char *const want[] = {
        "exp,a,ineligible,0,0,2,2,0.00,3,experience: 4.99 years, required 5; experience in project_management: 2.999 years, required 3",
        "exp,b,ineligible,0,0,2,2,0.00,4,experience: 2.5 years, required 5; experience in project_management: not given; total 2.5 years, required 3",
        "exp,c,review,0,2,0,2,0.00,2,experience: not given, required 5 years; experience in project_management: not given, required 3",
        "exp,d,review,1,1,0,2,0.00,1,experience in project_management: not given; total 6 years, required 3",
    };
    const char *const ids[] = {"a", "b", "c", "d"};
    for (int i = 0; i < 4; i++) {
        char *row = tx_csv_row(t, "exp", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_truth_table),
        cmocka_unit_test(test_field_columns),
        cmocka_unit_test(test_reasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
