/* The malformed files of fixtures/bad/ (see its README.md): for each, the exact
 * output of `eligo inspect` and the diagnostics and exit status of `eligo
 * screen`, pinned in fixtures/expected/bad/NAME.txt, and every data row
 * accounted for. */
#include "testutil.h"

#include <string.h>
#include <glib/gstdio.h>
#include <cjson/cJSON.h>

typedef struct {
    const char *name;
    int status;       /* of inspect and screen: 0 row-level, 2 fatal */
    int rows;         /* data rows in the file, counted by hand; -1 when fatal */
} bad_file;

static const bad_file files[] = {
    {"unterminated_quote", 0, 3},
    {"ragged_rows", 0, 4},
    {"binary", 2, -1},
    {"workbook", 2, -1},
    {"empty", 2, -1},
    {"header_only", 0, 0},
    {"no_id_column", 2, -1},
    {"long_field", 0, 3},
    {"invalid_levels", 0, 3},
    {"duplicate_ids", 0, 5},
    {"blank_lines", 0, 3},
    {"empty_ids", 0, 4},
    {"bad_dates", 0, 6},
    {"header_quote", 2, -1},
    {"title_line", 2, -1},
    {"pipe_delimited", 2, -1},
    {"repeated_header", 0, 3},
};

/* Run eligo with ARGV; append "$ eligo ARGS", the exit status and the
 * streams to TRANSCRIPT (stdout only when KEEP_OUT); return stdout. */
static char *run(GString *transcript, const char *const *argv, gboolean keep_out, int *status)
{
    char *out = NULL, *err = NULL;
    *status = t_run(&out, &err, argv);
    g_string_append(transcript, "$ eligo");
    for (const char *const *a = argv; *a; a++)
        g_string_append_printf(transcript, " %s", *a);
    g_string_append_printf(transcript, "\nexit %d\n", *status);
    if (keep_out)
        g_string_append_printf(transcript, "--- stdout\n%s", out);
    g_string_append_printf(transcript, "--- stderr\n%s", err);
    g_free(err);
    return out;
}

/* Every data row is in the screen report: "rows", and each post lists each row once. */
static void check_report_rows(const char *json, int rows)
{
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    assert_int_equal(cJSON_GetObjectItem(root, "rows")->valueint, rows);
    const cJSON *post;
    int posts = 0;
    cJSON_ArrayForEach(post, cJSON_GetObjectItem(root, "posts")) {
        assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(post, "candidates")), rows);
        posts++;
    }
    assert_int_equal(posts, 5);
    cJSON_Delete(root);
}

static void test_bad_file(void **state)
{
    const bad_file *f = *state;
    char *csv = g_strdup_printf("fixtures/bad/%s.csv", f->name);
    char *golden = g_strdup_printf("fixtures/expected/bad/%s.txt", f->name);
    GString *t = g_string_new(NULL);
    int status;

    const char *inspect[] = {"inspect", csv, NULL};
    char *text = run(t, inspect, TRUE, &status);
    assert_int_equal(status, f->status);
    if (f->rows >= 0) {
        char *line = g_strdup_printf("\nrows:      %d read, ", f->rows);
        assert_non_null(strstr(text, line));
        g_free(line);
    } else {
        assert_string_equal(text, "");
    }
    g_free(text);

    const char *screen[] = {"screen", "--candidates", csv, "--format", "json", NULL};
    char *report = run(t, screen, FALSE, &status);
    assert_int_equal(status, f->status);
    if (f->rows >= 0)
        check_report_rows(report, f->rows);
    else
        assert_string_equal(report, "");
    g_free(report);

    t_golden(t->str, golden);
    g_string_free(t, TRUE);
    g_free(csv);
    g_free(golden);
}

/* --strict turns row problems into exit 3, and only them (DESIGN.md s.5). */
static void test_strict(void **state)
{
    (void)state;
    static const struct {
        const char *csv;
        int status;
    } cases[] = {
        {"fixtures/bad/ragged_rows.csv", 3},
        {"fixtures/bad/duplicate_ids.csv", 3},
        {"fixtures/bad/header_only.csv", 0}, /* a warning, but no row has a problem */
        {"fixtures/bad/empty.csv", 2},
        {"fixtures/candidates/variants/latin.csv", 3},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *out = NULL, *err = NULL;
        const char *argv[] = {"screen", "--strict", "--candidates", cases[i].csv, "--format",
                              "csv", NULL};
        int status = t_run(&out, &err, argv);
        if (status != cases[i].status)
            fail_msg("%s: exit %d, expected %d", cases[i].csv, status, cases[i].status);
        g_free(out);
        g_free(err);
    }
}

static void test_no_id_column_read_with_a_map(void **state)
{
    (void)state;
    char *dir = g_dir_make_tmp("eligo-bad-XXXXXX", NULL);
    char *map = g_build_filename(dir, "map.json", NULL);
    assert_true(g_file_set_contents(map, "{\"Reference\": \"candidate_id\"}", -1, NULL));
    char *out = NULL, *err = NULL;
    const char *argv[] = {"inspect", "--format", "json", "--map", map,
                          "fixtures/bad/no_id_column.csv", NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_string_equal(err, "");
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    assert_int_equal(cJSON_GetObjectItem(root, "rows")->valueint, 3);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "problems")), 0);
    const cJSON *p = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "profiles"), 1);
    assert_string_equal(cJSON_GetObjectItem(p, "candidate_id")->valuestring, "REF-2025-018");
    assert_string_equal(cJSON_GetObjectItem(p, "name")->valuestring, "Jakub Král");
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
    g_unlink(map);
    g_rmdir(dir);
    g_free(map);
    g_free(dir);
}

/* Dates of bad_dates.csv (rows B801..B806) with an order for slash dates:
 * the applied_on of each row, and the lines still reported. */
static void test_bad_dates_with_an_order(void **state)
{
    (void)state;
    static const struct {
        const char *order, *dates, *lines;
    } cases[] = {
        {"dmy", "2025-03-19 - - - - 2025-03-19 ", "3 4 5 6 "},
        {"mdy", "- 2025-03-19 - - - 2025-03-19 ", "2 4 5 6 "},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *out = NULL, *err = NULL;
        const char *argv[] = {"inspect", "--format", "json", "--date-order", cases[i].order,
                              "fixtures/bad/bad_dates.csv", NULL};
        assert_int_equal(t_run(&out, &err, argv), 0);
        cJSON *root = cJSON_Parse(out);
        assert_non_null(root);
        GString *dates = g_string_new(NULL), *lines = g_string_new(NULL);
        const cJSON *it;
        cJSON_ArrayForEach(it, cJSON_GetObjectItem(root, "profiles")) {
            const cJSON *d = cJSON_GetObjectItem(it, "applied_on");
            g_string_append_printf(dates, "%s ", cJSON_IsString(d) ? d->valuestring : "-");
        }
        cJSON_ArrayForEach(it, cJSON_GetObjectItem(root, "problems"))
            g_string_append_printf(lines, "%d ", cJSON_GetObjectItem(it, "line")->valueint);
        assert_string_equal(dates->str, cases[i].dates);
        assert_string_equal(lines->str, cases[i].lines);
        g_string_free(dates, TRUE);
        g_string_free(lines, TRUE);
        cJSON_Delete(root);
        g_free(out);
        g_free(err);
    }
}

static void test_long_field_read_whole_with_a_larger_limit(void **state)
{
    (void)state;
    char *out = NULL, *err = NULL;
    const char *argv[] = {"inspect", "--format", "json", "--max-field-size", "2000000",
                          "fixtures/bad/long_field.csv", NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_string_equal(err, "");
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "problems")), 0);
    const cJSON *profiles = cJSON_GetObjectItem(root, "profiles");
    assert_int_equal(cJSON_GetArraySize(profiles), 3);
    const char *notes = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(profiles, 1),
                                                                "extra"), "notes")->valuestring;
    /* 16400 units of 64 characters, doubled quotes undone, the last line break trimmed */
    const char *unit = "Notes, continued; the panel said \"see file\" for this one 01234.\n";
    assert_int_equal(strlen(notes), 16400 * 64 - 1);
    assert_memory_equal(notes, unit, 64);
    assert_memory_equal(notes + 64 * 16399, unit, 63);
    const cJSON *b303 = cJSON_GetArrayItem(profiles, 2);
    assert_string_equal(cJSON_GetObjectItem(b303, "candidate_id")->valuestring, "B303");
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
}

static void test_unterminated_quote_keeps_the_row(void **state)
{
    (void)state;
    char *out = NULL, *err = NULL;
    const char *argv[] = {"inspect", "--format", "json", "fixtures/bad/unterminated_quote.csv", NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    cJSON *root = cJSON_Parse(out);
    const cJSON *b003 = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "profiles"), 2);
    char *s = cJSON_PrintUnformatted(b003);
    /* the swallowed text is the name, nothing after it is read */
    assert_string_equal(s, "{\"candidate_id\":\"B003\",\"name\":\"Dupont, Marie,BE,MSc,7,V,III,2025-03-03\","
                           "\"nationality\":null,\"education\":null,\"equivalent_qualification\":null,"
                           "\"staff_college\":null,\"experience_years\":null,\"experience\":null,"
                           "\"english\":null,\"french\":null,\"languages\":null,\"clearance\":null,"
                           "\"skills\":null,\"applied_on\":null,\"answers\":{},\"extra\":{}}");
    cJSON_free(s);
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
}

int main(void)
{
    static const struct CMUnitTest others[] = {
        cmocka_unit_test(test_strict),
        cmocka_unit_test(test_no_id_column_read_with_a_map),
        cmocka_unit_test(test_bad_dates_with_an_order),
        cmocka_unit_test(test_long_field_read_whole_with_a_larger_limit),
        cmocka_unit_test(test_unterminated_quote_keeps_the_row),
    };
    /* one test per bad file, named after it */
    struct CMUnitTest tests[G_N_ELEMENTS(files) + G_N_ELEMENTS(others)];
    for (size_t i = 0; i < G_N_ELEMENTS(files); i++)
        tests[i] = (struct CMUnitTest){files[i].name, test_bad_file, NULL, NULL, (void *)&files[i]};
    memcpy(tests + G_N_ELEMENTS(files), others, sizeof others);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
