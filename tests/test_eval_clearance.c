/* The clearance criterion (DESIGN.md s.3): by default a condition of
 * appointment that only reports whether the candidate holds the level;
 * where a post makes it essential, held >= required is MET, a lower level
 * or none NOT_MET, empty UNKNOWN. */
#include <cjson/cJSON.h>
#include "test_eval.h"

static const tx_case ns[] = {
    {"CTS", MET},
    {"Cosmic Top Secret", MET},
    {"NS", MET},
    {"NATO SECRET", MET},
    {"NC", NOT},
    {"NR", NOT},
    {"none", NOT},
    {"", UNK},
    {"TS/SCI", UNK}, /* not a NATO level: reported, read as empty */
};

static void test_essential(void **state)
{
    (void)state;
    char *csv = tx_table_csv("clearance", ns, G_N_ELEMENTS(ns));
    /* the level defaults to the post's clearance, or is given */
    char *r[] = {
        g_strdup("{\"id\": \"p\", \"title\": \"T\", \"organisation\": \"NATO\", \"deadline\": \"2025-03-19\", \"clearance\": \"NS\","
                 " \"essential\": [{\"id\": \"clearance\", \"kind\": \"clearance\"}]}"),
        tx_rules("q", "\"2025-03-19\"", "{\"id\": \"clearance\", \"kind\": \"clearance\", \"level\": \"NATO SECRET\"}", NULL),
        NULL,
    };
    tx *t = tx_new(csv, (const char *const *)r);
    unsigned bad = 0;
    for (unsigned p = 0; p < 2; p++) {
        bad += tx_check_table(t, p, "clearance", ns, G_N_ELEMENTS(ns));
        for (size_t i = 0; i < G_N_ELEMENTS(ns); i++)
            if (elg_screening_status(t->s, p, (unsigned)i) != tx_status_of(ns[i].want))
                bad++;
    }
    assert_int_equal(tx_problems(t, NULL), 1);
    tx_free(t);
    g_free(r[0]);
    g_free(r[1]);
    g_free(csv);
    assert_int_equal(bad, 0);
}

/* Stated by the post but not essential: no effect on the status or the
 * counts; the report says whether it is already held. */
static void test_condition_of_appointment(void **state)
{
    (void)state;
    char *r = g_strdup("{\"id\": \"p\", \"title\": \"T\", \"organisation\": \"NATO\", \"deadline\": \"2025-03-19\", \"clearance\": \"NS\","
                       " \"essential\": [{\"id\": \"nationality\", \"kind\": \"nationality\"}]}");
    tx *t = tx_new1("candidate_id,nationality,clearance\na,BE,CTS\nb,BE,NC\nc,BE,\nd,BE,none\n", r);
    g_free(r);
    char *csv = tx_report(t, ELG_REPORT_CSV, FALSE);
    assert_string_equal(csv,
        "post_id,candidate_id,status,essential_met,essential_unknown,essential_failed,essential_total,desirable_score,rank,reasons,"
        "name,line,clearance_held,desirable_met,desirable_unknown,desirable_total\n"
        "p,a,eligible,1,0,0,1,0.00,1,,,2,yes,0,0,0\n"
        "p,b,eligible,1,0,0,1,0.00,2,,,3,no,0,0,0\n"
        "p,c,eligible,1,0,0,1,0.00,3,,,4,unknown,0,0,0\n"
        "p,d,eligible,1,0,0,1,0.00,4,,,5,no,0,0,0\n");
    free(csv);
    tx_free(t);
}

/* Essential in a post that states no clearance: the report still says
 * whether each candidate holds the level required (the column was empty,
 * and the text report had no "holds" column). */
static void test_held_reported_when_only_required(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"", "{\"id\": \"clearance\", \"kind\": \"clearance\", \"level\": \"NC\"}",
                       NULL);
    tx *t = tx_new1("candidate_id,nationality,clearance\na,BE,NS\nb,BE,\nc,BE,none\n", r);
    g_free(r);
    char *csv = tx_report(t, ELG_REPORT_CSV, FALSE);
    assert_string_equal(csv,
        "post_id,candidate_id,status,essential_met,essential_unknown,essential_failed,essential_total,desirable_score,rank,reasons,"
        "name,line,clearance_held,desirable_met,desirable_unknown,desirable_total\n"
        "p,a,eligible,1,0,0,1,0.00,1,,,2,yes,0,0,0\n"
        "p,b,review,0,1,0,1,0.00,2,\"clearance: not given, required NC\",,3,unknown,0,0,0\n"
        "p,c,ineligible,0,0,1,1,0.00,3,\"clearance: none, required NC\",,4,no,0,0,0\n");
    free(csv);
    char *text = tx_report(t, ELG_REPORT_TEXT, FALSE);
    assert_non_null(strstr(text, "  essentials  holds NC  name\n"));
    assert_non_null(strstr(text, "\n      1  a             eligible     0.00  1/1         yes       \n"));
    assert_non_null(strstr(text, "\n      2  b             review       0.00  0/1         unknown   \n"));
    assert_non_null(strstr(text, "\n      3  c             ineligible   0.00  0/1         no        \n"));
    free(text);
    char *json = tx_report(t, ELG_REPORT_JSON, FALSE);
    cJSON *root = cJSON_Parse(json);
    const cJSON *rows = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(root, "posts"), 0), "candidates");
    const char *const held[] = {"yes", "unknown", "no"};
    assert_int_equal(cJSON_GetArraySize(rows), 3);
    for (int i = 0; i < 3; i++) {
        const cJSON *row = cJSON_GetArrayItem(rows, i);
        char id[2] = {(char)('a' + i), 0};
        assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(row, "candidate_id")), id);
        assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(row, "clearance_held")), held[i]);
    }
    cJSON_Delete(root);
    free(json);
    tx_free(t);
}

/* A clearance criterion listed as desirable adds to the score only. */
static void test_desirable(void **state)
{
    (void)state;
    char *r = tx_rules("p", "\"2025-03-19\"", "{\"id\": \"nationality\", \"kind\": \"nationality\"}",
                       "{\"id\": \"clearance\", \"kind\": \"clearance\", \"level\": \"NS\"}");
    tx *t = tx_new1("candidate_id,nationality,clearance\na,BE,NS\nb,BE,NC\nc,BE,\n", r);
    g_free(r);
    const char *const ids[] = {"a", "b", "c"};
    const double score[] = {100, 0, 0};
    for (int i = 0; i < 3; i++) {
        unsigned row = tx_row(t, ids[i]);
        assert_int_equal(elg_screening_status(t->s, 0, row), ELG_ELIGIBLE);
        assert_true(elg_screening_score(t->s, 0, row) == score[i]);
    }
    tx_free(t);
}

static void test_reasons(void **state)
{
    (void)state;
    char *r = tx_rules("q", "\"2025-03-19\"", "{\"id\": \"clearance\", \"kind\": \"clearance\", \"level\": \"NS\"}", NULL);
    tx *t = tx_new1("candidate_id,clearance\na,NC\nb,\nc,none\n", r);
    g_free(r);
    const char *const want[] = {
        "q,a,ineligible,0,0,1,1,0.00,2,clearance: NC, required NS",
        "q,b,review,0,1,0,1,0.00,1,clearance: not given, required NS",
        "q,c,ineligible,0,0,1,1,0.00,3,clearance: none, required NS",
    };
    const char *const ids[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        char *row = tx_csv_row(t, "q", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_essential),
        cmocka_unit_test(test_condition_of_appointment),
        cmocka_unit_test(test_held_reported_when_only_required),
        cmocka_unit_test(test_desirable),
        cmocka_unit_test(test_reasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
