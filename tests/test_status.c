/* Status and essential counts (DESIGN.md s.3, s.6): which essential
 * criteria decide and are counted, and how met / unknown / failed add up. */
#include "test_eval.h"
#include <cjson/cJSON.h>

/* Eight essential criteria: travel (a panel criterion) never has its q_
 * column here; clearance is essential. */
static const char *const post_json =
    "{\"id\": \"p\", \"title\": \"T\", \"organisation\": \"NATO\", \"deadline\": \"2025-03-19\", \"clearance\": \"NS\","
    " \"essential\": ["
    "{\"id\": \"nationality\", \"kind\": \"nationality\"},"
    "{\"id\": \"education\", \"kind\": \"education\", \"level\": \"bachelor\", \"equivalent\": true},"
    "{\"id\": \"pm\", \"kind\": \"experience\", \"years\": 3, \"field\": \"project_management\"},"
    "{\"id\": \"languages\", \"kind\": \"languages\", \"one\": \"V\", \"other\": \"II\"},"
    "{\"id\": \"deadline\", \"kind\": \"deadline\"},"
    "{\"id\": \"drafting\", \"kind\": \"panel\"},"
    "{\"id\": \"travel\", \"kind\": \"panel\"},"
    "{\"id\": \"clearance\", \"kind\": \"clearance\"}],"
    " \"desirable\": [{\"id\": \"uk\", \"kind\": \"language\", \"language\": \"uk\", \"level\": \"III\"}]}";

static const char *const full_csv =
    "candidate_id,nationality,education,equivalent_qualification,experience_years,experience,english,french,"
    "clearance,applied_on,q_drafting\n"
    "a,BE,master,,10,project_management:4,V,II,NS,2025-03-01,yes\n"
    "b,BE,,,10,project_management:4,V,II,NS,2025-03-01,yes\n"
    "c,JP,,,10,project_management:4,V,II,NS,2025-03-01,yes\n"
    "d,,,,,,,,,,\n"
    "e,JP,secondary,no,1,,I,I,NC,2025-03-20,no\n"
    "f,BE,secondary,yes,10,project_management:4,V,II,CTS,2025-03-19,yes\n";

/* Every criterion decides: 7 counted (travel has no q_travel column). */
static void test_counts_full_file(void **state)
{
    (void)state;
    tx *t = tx_new1(full_csv, post_json);
    const struct {
        const char *id, *row;
    } want[] = {
        {"a", "p,a,eligible,7,0,0,7,0.00,1,"},
        {"b", "p,b,review,6,1,0,7,0.00,2,education: not given, required bachelor or equivalent"},
        {"c", "p,c,ineligible,5,1,1,7,0.00,6,nationality: Japan is not a NATO member on 2025-03-19; "
              "education: not given, required bachelor or equivalent"},
        {"d", "p,d,review,0,7,0,7,0.00,4,nationality: not given; education: not given, required bachelor or equivalent; "
              "experience in project_management: not given, required 3; "
              "english: not given, french: not given, required V in one language and II in the other; "
              "applied_on: not given, deadline 2025-03-19; drafting: not answered (q_drafting); "
              "clearance: not given, required NS"},
        {"e", "p,e,ineligible,0,0,7,7,0.00,5,nationality: Japan is not a NATO member on 2025-03-19; "
              "education: secondary, required bachelor or equivalent; "
              "experience in project_management: not given, and the total of 1 year is below the required 3; "
              "english: I, french: I, required V in one language and II in the other; "
              "applied on 2025-03-20, after the deadline 2025-03-19; drafting: answered no (q_drafting); "
              "clearance: NC, required NS"},
        {"f", "p,f,review,6,1,0,7,0.00,3,education: secondary, required bachelor or equivalent "
              "(equivalent qualification claimed, to be assessed)"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        char *row = tx_csv_row(t, "p", want[i].id);
        assert_string_equal(row, want[i].row);
        g_free(row);
    }
    tx_free(t);
}

/* Without applied_on and q_drafting, the deadline and drafting neither
 * decide nor count: 5.  A column absent from the file (education here) is
 * UNKNOWN and still counted. */
/* A cell that was given but could not be read is quoted in the reasons,
 * never called "not given" (the recruiter sees a value in the file). */
static void test_reasons_quote_unread_cells(void **state)
{
    (void)state;
    static const char *const single =
        "{\"id\": \"s\", \"title\": \"T\", \"organisation\": \"NATO\", \"deadline\": \"2025-03-19\","
        " \"essential\": [{\"id\": \"total\", \"kind\": \"experience\", \"years\": 5},"
        "{\"id\": \"en\", \"kind\": \"language\", \"language\": \"en\", \"level\": \"II\"}]}";
    tx *t = tx_new(
        "candidate_id,nationality,education,experience_years,experience_project_management,english,french,"
        "clearance,applied_on,q_drafting\n"
        "u,BE,Bachelr,fiveish,3 yrs and a half,fluent,V,secrett,19/03/2025,maybe\n"
        "v,BE,master,10,1,V,II,NS,2025-03-01,yes\n",
        (const char *const[]){post_json, single, NULL});
    char *row = tx_csv_row(t, "p", "u");
    assert_string_equal(row, "p,u,review,1,6,0,7,0.00,1,education: \"Bachelr\" not recognised, required bachelor "
                             "or equivalent; experience in project_management: \"3 yrs and a half\" not recognised, "
                             "required 3; english: \"fluent\" not recognised, required II in the other language; "
                             "applied_on: \"19/03/2025\" not recognised, deadline 2025-03-19; drafting: \"maybe\" "
                             "not recognised (q_drafting); clearance: \"secrett\" not recognised, required NS");
    g_free(row);
    row = tx_csv_row(t, "s", "u");
    assert_string_equal(row, "s,u,review,0,2,0,2,0.00,2,experience: \"fiveish\" not recognised, required 5; "
                             "english: \"fluent\" not recognised, required II");
    g_free(row);
    /* a row without such a cell is unchanged, and shares no text with it */
    row = tx_csv_row(t, "p", "v");
    assert_string_equal(row, "p,v,ineligible,6,0,1,7,0.00,2,experience in project_management: 1 year, required 3");
    g_free(row);
    tx_free(t);
}

static void test_counts_partial_file(void **state)
{
    (void)state;
    tx *t = tx_new1("candidate_id,nationality,experience,english,french,clearance\n"
                    "a,BE,project_management:4,V,II,NS\n"
                    "b,JP,project_management:4,V,II,NS\n",
                    post_json);
    char *row = tx_csv_row(t, "p", "a");
    assert_string_equal(row, "p,a,review,4,1,0,5,0.00,1,education: not given, required bachelor or equivalent");
    g_free(row);
    row = tx_csv_row(t, "p", "b");
    assert_string_equal(row, "p,b,ineligible,3,1,1,5,0.00,2,nationality: Japan is not a NATO member on 2025-03-19; "
                             "education: not given, required bachelor or equivalent");
    g_free(row);
    tx_free(t);
}

/* met + unknown + failed = total on every row, and the status follows the
 * rule of DESIGN s.3 from the counts. */
static void test_status_from_counts(void **state)
{
    (void)state;
    tx *t = tx_new1(full_csv, post_json);
    const elg_post_result *r = &t->s->posts[0];
    assert_int_equal(r->ess_total, 7);
    for (unsigned row = 0; row < elg_profiles_count(t->profiles); row++) {
        elg_row_result rr;
        elg_result_row(r, row, &rr);
        assert_int_equal(rr.ess_met + rr.ess_unk + rr.ess_fail, r->ess_total);
        elg_status want = rr.ess_fail ? ELG_INELIGIBLE : rr.ess_unk ? ELG_REVIEW : ELG_ELIGIBLE;
        assert_int_equal(elg_screening_status(t->s, 0, row), want);
    }
    tx_free(t);
}

/* The JSON summary: counts by status, and per criterion how many candidates
 * it failed and left unknown (the attrition funnel). */
static void test_json_attrition(void **state)
{
    (void)state;
    tx *t = tx_new1(full_csv, post_json);
    char *json = tx_report(t, ELG_REPORT_JSON, FALSE);
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    const cJSON *post = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "posts"), 0);
    const cJSON *counts = cJSON_GetObjectItem(post, "counts");
    assert_int_equal(cJSON_GetObjectItem(counts, "eligible")->valueint, 1);
    assert_int_equal(cJSON_GetObjectItem(counts, "review")->valueint, 3);
    assert_int_equal(cJSON_GetObjectItem(counts, "ineligible")->valueint, 2);
    assert_int_equal(cJSON_GetObjectItem(post, "essential_total")->valueint, 7);
    static const struct {
        const char *id;
        int met, failed, unknown;
        gboolean decides;
    } want[] = {
        {"nationality", 3, 2, 1, TRUE}, {"education", 1, 1, 4, TRUE}, {"pm", 4, 1, 1, TRUE},
        {"languages", 4, 1, 1, TRUE},   {"deadline", 4, 1, 1, TRUE},  {"drafting", 4, 1, 1, TRUE},
        {"travel", 0, 0, 6, FALSE},     {"clearance", 4, 1, 1, TRUE}, {"uk", 0, 0, 6, FALSE},
    };
    const cJSON *criteria = cJSON_GetObjectItem(post, "criteria");
    assert_int_equal(cJSON_GetArraySize(criteria), G_N_ELEMENTS(want));
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        const cJSON *c = cJSON_GetArrayItem(criteria, (int)i);
        assert_string_equal(cJSON_GetObjectItem(c, "id")->valuestring, want[i].id);
        assert_int_equal(cJSON_GetObjectItem(c, "met")->valueint, want[i].met);
        assert_int_equal(cJSON_GetObjectItem(c, "failed")->valueint, want[i].failed);
        assert_int_equal(cJSON_GetObjectItem(c, "unknown")->valueint, want[i].unknown);
        assert_int_equal(cJSON_IsTrue(cJSON_GetObjectItem(c, "decides")), want[i].decides);
    }
    /* every criterion's state per row: candidate d is unknown everywhere */
    const cJSON *cand;
    gboolean seen = FALSE;
    cJSON_ArrayForEach(cand, cJSON_GetObjectItem(post, "candidates")) {
        if (strcmp(cJSON_GetObjectItem(cand, "candidate_id")->valuestring, "d") != 0)
            continue;
        seen = TRUE;
        const cJSON *st;
        int n = 0;
        cJSON_ArrayForEach(st, cJSON_GetObjectItem(cand, "criteria")) {
            assert_string_equal(st->valuestring, "unknown");
            n++;
        }
        assert_int_equal(n, G_N_ELEMENTS(want));
        assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(cand, "reasons")), 7);
    }
    assert_true(seen);
    cJSON_Delete(root);
    free(json);
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts_full_file),
        cmocka_unit_test(test_counts_partial_file),
        cmocka_unit_test(test_reasons_quote_unread_cells),
        cmocka_unit_test(test_status_from_counts),
        cmocka_unit_test(test_json_attrition),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
