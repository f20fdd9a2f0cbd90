/* Every variant of the sample (fixtures/candidates/variants/) holds the same
 * content in another encoding, delimiter, line end or header set: its
 * `profiles` must be identical to the sample's (issue 2, item 4). */
#include "testutil.h"

#include <string.h>
#include <cjson/cJSON.h>

#define DIR "fixtures/candidates/"

/* The inspect JSON of REL (owned by the caller: cJSON_Delete). */
static cJSON *inspect(const char *rel)
{
    char *path = t_path(rel);
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(path, t_ref(), NULL, &err);
    if (!p)
        fail_msg("%s: %s", rel, err->message);
    GString *out = g_string_new(NULL);
    elg_profiles_inspect(p, TRUE, out);
    cJSON *root = cJSON_Parse(out->str);
    assert_non_null(root);
    g_string_free(out, TRUE);
    elg_profiles_free(p);
    g_free(path);
    return root;
}

static char *print(const cJSON *item)
{
    char *s = cJSON_PrintUnformatted(item);
    char *copy = g_strdup(s);
    cJSON_free(s);
    return copy;
}

/* The "problems" of ROOT as "LINE: message" lines, which must not depend on
 * the file's format either (columns may move in the alias variant). */
static char *problems(const cJSON *root)
{
    GString *s = g_string_new(NULL);
    const cJSON *p;
    cJSON_ArrayForEach(p, cJSON_GetObjectItem(root, "problems"))
        g_string_append_printf(s, "%d: %s\n", cJSON_GetObjectItem(p, "line")->valueint,
                               cJSON_GetObjectItem(p, "message")->valuestring);
    return g_string_free(s, FALSE);
}

static void same_as_sample(const char *rel, const char *encoding, const char *delimiter)
{
    cJSON *sample = inspect(DIR "sample.csv");
    cJSON *variant = inspect(rel);
    assert_string_equal(cJSON_GetObjectItem(variant, "encoding")->valuestring, encoding);
    assert_string_equal(cJSON_GetObjectItem(variant, "delimiter")->valuestring, delimiter);
    assert_int_equal(cJSON_GetObjectItem(variant, "rows")->valueint, 40);
    char *want = print(cJSON_GetObjectItem(sample, "profiles"));
    char *got = print(cJSON_GetObjectItem(variant, "profiles"));
    assert_string_equal(got, want);
    g_free(want);
    g_free(got);
    want = problems(sample);
    got = problems(variant);
    assert_string_equal(got, want);
    g_free(want);
    g_free(got);
    assert_int_equal(cJSON_GetObjectItem(variant, "rows_with_problems")->valueint,
                     cJSON_GetObjectItem(sample, "rows_with_problems")->valueint);
    cJSON_Delete(sample);
    cJSON_Delete(variant);
}

static void test_semicolon(void **state)
{
    (void)state;
    same_as_sample(DIR "variants/sample.semicolon.csv", "UTF-8", ";");
}

static void test_tab(void **state)
{
    (void)state;
    same_as_sample(DIR "variants/sample.tab.tsv", "UTF-8", "\t");
}

static void test_bom(void **state)
{
    (void)state;
    same_as_sample(DIR "variants/sample.bom.csv", "UTF-8 with BOM", ",");
}

static void test_crlf(void **state)
{
    (void)state;
    same_as_sample(DIR "variants/sample.crlf.csv", "UTF-8", ",");
}

static void test_aliases(void **state)
{
    (void)state;
    same_as_sample(DIR "variants/sample.aliases.csv", "UTF-8", ",");
    cJSON *v = inspect(DIR "variants/sample.aliases.csv");
    char *cols = print(cJSON_GetObjectItem(v, "columns"));
    assert_string_equal(cols,
                        "{\"Full Name\":\"name\",\"Applicant-ID\":\"candidate_id\","
                        "\"Application Date\":\"applied_on\",\"Citizenship\":\"nationality\","
                        "\"Tags\":\"skills\",\"EN\":\"english\",\"Français\":\"french\","
                        "\"Highest-Degree\":\"education\",\"Total Experience\":\"experience_years\","
                        "\"Experience Fields\":\"experience\","
                        "\"exp_project_management\":\"experience_project_management\","
                        "\"Other languages\":\"languages\",\"Military Staff College\":\"staff_college\","
                        "\"Equivalent Qualification\":\"equivalent_qualification\","
                        "\"Security Clearance\":\"clearance\",\"q_drafting\":\"q_drafting\"}");
    g_free(cols);
    cJSON_Delete(v);
}

static void test_latin_cp1252_same_as_latin(void **state)
{
    (void)state;
    cJSON *utf8 = inspect(DIR "variants/latin.csv");
    cJSON *cp = inspect(DIR "variants/latin.cp1252.csv");
    assert_string_equal(cJSON_GetObjectItem(utf8, "encoding")->valuestring, "UTF-8");
    assert_string_equal(cJSON_GetObjectItem(cp, "encoding")->valuestring, "Windows-1252");
    assert_string_equal(cJSON_GetObjectItem(cp, "delimiter")->valuestring, ",");
    assert_int_equal(cJSON_GetObjectItem(cp, "rows")->valueint, 11);
    char *want = print(cJSON_GetObjectItem(utf8, "profiles"));
    char *got = print(cJSON_GetObjectItem(cp, "profiles"));
    assert_string_equal(got, want);
    g_free(want);
    g_free(got);
    /* œ is in Windows-1252, not in ISO-8859-1 */
    const cJSON *c041 = cJSON_GetArrayItem(cJSON_GetObjectItem(cp, "profiles"), 10);
    assert_string_equal(cJSON_GetObjectItem(c041, "name")->valuestring, "Anne-Sophie Cœurdevey");
    cJSON_Delete(utf8);
    cJSON_Delete(cp);
}

static void test_latin_rows_same_as_in_sample(void **state)
{
    (void)state;
    cJSON *sample = inspect(DIR "sample.csv");
    cJSON *latin = inspect(DIR "variants/latin.csv");
    const cJSON *row;
    int matched = 0;
    cJSON_ArrayForEach(row, cJSON_GetObjectItem(latin, "profiles")) {
        const char *id = cJSON_GetObjectItem(row, "candidate_id")->valuestring;
        const cJSON *s;
        cJSON_ArrayForEach(s, cJSON_GetObjectItem(sample, "profiles")) {
            if (strcmp(cJSON_GetObjectItem(s, "candidate_id")->valuestring, id) != 0)
                continue;
            char *want = print(s), *got = print(row);
            assert_string_equal(got, want);
            g_free(want);
            g_free(got);
            matched++;
        }
    }
    assert_int_equal(matched, 10); /* all but C041, which only the latin files have */
    cJSON_Delete(sample);
    cJSON_Delete(latin);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_semicolon),
        cmocka_unit_test(test_tab),
        cmocka_unit_test(test_bom),
        cmocka_unit_test(test_crlf),
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_latin_cp1252_same_as_latin),
        cmocka_unit_test(test_latin_rows_same_as_in_sample),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
