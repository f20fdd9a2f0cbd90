/* `eligo inspect` (issue 2): golden text and JSON reports for the sample,
 * the options, and the command's errors and exit statuses. */
#define _GNU_SOURCE /* fopencookie */
#include "testutil.h"
#include "generate.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cjson/cJSON.h>

#define SAMPLE "fixtures/candidates/sample.csv"

static void test_sample_text_golden(void **state)
{
    (void)state;
    char *out = NULL, *err = NULL;
    const char *argv[] = {"inspect", SAMPLE, NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_string_equal(err, "");
    t_golden(out, "fixtures/expected/inspect/sample.txt");
    g_free(out);
    g_free(err);
}

static void test_sample_json_golden(void **state)
{
    (void)state;
    char *out = NULL, *err = NULL;
    const char *argv[] = {"inspect", "--format", "json", SAMPLE, NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_string_equal(err, "");
    t_golden(out, "fixtures/expected/inspect/sample.json");
    /* the members issue 2 asks for */
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    assert_string_equal(cJSON_GetObjectItem(root, "encoding")->valuestring, "UTF-8");
    assert_string_equal(cJSON_GetObjectItem(root, "delimiter")->valuestring, ",");
    assert_int_equal(cJSON_GetObjectItem(root, "rows")->valueint, 40);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "columns")), 16);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "problems")), 6);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "profiles")), 40);
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
}

/* The JSON of many rows (quoted cells across lines, every kind of value)
 * is what cJSON prints for the whole tree, though written a profile at a
 * time: parsed and printed again, it is the same text. */
static void test_json_of_many_rows_as_cjson_prints_it(void **state)
{
    (void)state;
    char *path = t_scratch("many.csv"), *out = NULL, *err = NULL;
    GError *e = NULL;
    assert_true(elg_generate_file(path, 9, 3000, &e));
    const char *argv[] = {"inspect", "--format", "json", path, NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "profiles")), 3000);
    char *again = cJSON_Print(root);
    const size_t len = strlen(again);
    assert_int_equal(strlen(out), len + 1);
    assert_memory_equal(out, again, len);
    cJSON_free(again);
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* A stream that keeps what it is given and how: the largest single write
 * and their number; with FAIL_AT, the writes from that one on fail. */
typedef struct {
    GString *got;
    gsize largest;
    int writes, fail_at;
} recorder;

static ssize_t recorder_write(void *cookie, const char *buf, size_t n)
{
    recorder *r = cookie;
    if (r->fail_at && ++r->writes >= r->fail_at) {
        errno = ENOSPC;
        return -1;
    }
    if (!r->fail_at)
        r->writes++;
    g_string_append_len(r->got, buf, (gssize)n);
    r->largest = MAX(r->largest, n);
    return (ssize_t)n;
}

/* elg_profiles_inspect_write() sends the report on as it formats it, a
 * megabyte at a time (a file of millions of rows made gigabytes of text
 * held whole), with the same bytes as elg_profiles_inspect(); a write
 * error stops it with errno's text. */
static void test_written_a_megabyte_at_a_time(void **state)
{
    (void)state;
    char *path = t_scratch("streamed.csv");
    GError *e = NULL;
    assert_true(elg_generate_file(path, 3, 8000, &e));
    elg_profiles *p = elg_profiles_load(path, t_ref(), &(elg_load_options){0}, &e);
    assert_non_null(p);
    GString *whole = g_string_new(NULL);
    elg_profiles_inspect(p, TRUE, whole);
    assert_true(whole->len > 3u << 20); /* several megabytes: several writes */
    recorder r = {.got = g_string_new(NULL)};
    FILE *fp = fopencookie(&r, "w", (cookie_io_functions_t){.write = recorder_write});
    assert_non_null(fp);
    assert_true(elg_profiles_inspect_write(p, TRUE, fp, &e));
    fclose(fp);
    assert_int_equal(r.got->len, whole->len);
    assert_memory_equal(r.got->str, whole->str, whole->len);
    if (r.largest > (1u << 20) + (64u << 10))
        fail_msg("a write of %zu bytes: the report was held whole, not sent on a megabyte at a time", r.largest);
    assert_true(r.writes >= 3);
    /* the text report, problems and all, is the same through the stream */
    GString *text = g_string_new(NULL);
    elg_profiles_inspect(p, FALSE, text);
    g_string_truncate(r.got, 0);
    fp = fopencookie(&r, "w", (cookie_io_functions_t){.write = recorder_write});
    assert_true(elg_profiles_inspect_write(p, FALSE, fp, &e));
    fclose(fp);
    assert_string_equal(r.got->str, text->str);
    /* a disk that fills after the first megabyte */
    recorder full = {.got = g_string_new(NULL), .fail_at = 2};
    fp = fopencookie(&full, "w", (cookie_io_functions_t){.write = recorder_write});
    assert_false(elg_profiles_inspect_write(p, TRUE, fp, &e));
    assert_string_equal(e->message, "error: cannot write: No space left on device");
    assert_int_equal(e->code, ELG_ERR_IO);
    g_clear_error(&e);
    fclose(fp);
    assert_true(full.got->len > 0 && full.got->len <= (1u << 20) + (64u << 10));
    g_string_free(full.got, TRUE);
    g_string_free(r.got, TRUE);
    g_string_free(text, TRUE);
    g_string_free(whole, TRUE);
    elg_profiles_free(p);
    t_scratch_remove(path);
}

static void test_date_order_reads_slash_dates(void **state)
{
    (void)state;
    char *out = NULL, *err = NULL;
    /* -f as in `screen`: a user who learnt `screen -f json` tries it here */
    const char *argv[] = {"inspect", "-f", "json", "--date-order", "dmy", SAMPLE, NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    /* C037 (row 37) applied on 19/03/2025 */
    const cJSON *c037 = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "profiles"), 36);
    assert_string_equal(cJSON_GetObjectItem(c037, "candidate_id")->valuestring, "C037");
    assert_string_equal(cJSON_GetObjectItem(c037, "applied_on")->valuestring, "2025-03-19");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "problems")), 5);
    assert_int_equal(cJSON_GetObjectItem(root, "rows_with_problems")->valueint, 5);
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
}

/* -o FILE writes what standard output would show, in the format FILE's
 * name asks for when --format is not given (.json: JSON, else text). */
static void test_output_file_same_as_stdout(void **state)
{
    (void)state;
    static const struct {
        const char *name, *golden;
    } cases[] = {
        {"report.txt", "fixtures/expected/inspect/sample.txt"},
        {"profiles.json", "fixtures/expected/inspect/sample.json"},
        {"profiles.csv", "fixtures/expected/inspect/sample.txt"}, /* no CSV here */
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *dir = g_dir_make_tmp("eligo-inspect-XXXXXX", NULL);
        char *path = g_build_filename(dir, cases[i].name, NULL);
        char *out = NULL, *err = NULL, *written = NULL;
        const char *argv[] = {"inspect", "-o", path, SAMPLE, NULL};
        assert_int_equal(t_run(&out, &err, argv), 0);
        assert_string_equal(out, "");
        assert_string_equal(err, "");
        assert_true(g_file_get_contents(path, &written, NULL, NULL));
        char *golden = t_read(cases[i].golden);
        assert_non_null(golden);
        assert_string_equal(written, golden);
        g_free(golden);
        g_free(written);
        g_free(out);
        g_free(err);
        g_unlink(path);
        g_rmdir(dir);
        g_free(path);
        g_free(dir);
    }
}

static void test_columns_align_with_non_ascii_headers(void **state)
{
    (void)state;
    /* the header list pads names to one width in characters, not bytes
     * ("Français" is 8 characters, 9 bytes) */
    char *out = NULL, *err = NULL;
    const char *argv[] = {"inspect", "fixtures/candidates/variants/sample.aliases.csv", NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    gchar **lines = t_lines(out);
    long arrow = -1;
    int seen = 0;
    for (gchar **l = lines; *l; l++) {
        const char *a = strstr(*l, " -> ");
        if (!a || strncmp(*l, "  ", 2) != 0)
            continue;
        long col = g_utf8_pointer_to_offset(*l, a);
        if (arrow < 0)
            arrow = col;
        if (col != arrow)
            fail_msg("\"->\" at character %ld instead of %ld in: %s", col, arrow, *l);
        seen++;
    }
    assert_int_equal(seen, 16);
    g_strfreev(lines);
    g_free(out);
    g_free(err);
}

static void test_usage_errors(void **state)
{
    (void)state;
    static const struct {
        const char *argv[6];
        int status;
        const char *err;
    } cases[] = {
        {{"inspect", NULL}, 1,
         "eligo inspect: error: expected one candidate file, got 0\nTry `eligo inspect --help`.\n"},
        {{"inspect", SAMPLE, SAMPLE, NULL}, 1,
         "eligo inspect: error: expected one candidate file, got 2\nTry `eligo inspect --help`.\n"},
        {{"inspect", "--format", "xml", SAMPLE, NULL}, 1,
         "eligo inspect: error: --format: \"xml\"; expected text or json\n"},
        {{"inspect", "--date-order", "ymd", SAMPLE, NULL}, 1,
         "eligo inspect: error: --date-order: \"ymd\"; expected dmy or mdy\n"},
        {{"inspect", "fixtures/no-such-file.csv", NULL}, 2,
         "fixtures/no-such-file.csv: error: cannot open: No such file or directory\n"},
        {{"inspect", "fixtures", NULL}, 2,
         "fixtures: error: is a directory, expected a CSV file\n"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *out = NULL, *err = NULL;
        int status = t_run(&out, &err, cases[i].argv);
        if (status != cases[i].status)
            fail_msg("case %zu: exit %d, expected %d; stderr: %s", i, status, cases[i].status, err);
        assert_string_equal(err, cases[i].err);
        assert_string_equal(out, "");
        g_free(out);
        g_free(err);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sample_text_golden),
        cmocka_unit_test(test_sample_json_golden),
        cmocka_unit_test(test_json_of_many_rows_as_cjson_prints_it),
        cmocka_unit_test(test_written_a_megabyte_at_a_time),
        cmocka_unit_test(test_date_order_reads_slash_dates),
        cmocka_unit_test(test_output_file_same_as_stdout),
        cmocka_unit_test(test_columns_align_with_non_ascii_headers),
        cmocka_unit_test(test_usage_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
