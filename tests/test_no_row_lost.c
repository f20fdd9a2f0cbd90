/* No row lost (DESIGN.md s.2: "every data row of the input appears in the
 * report"): for every candidate fixture the loader can open, the data rows
 * are counted here with an RFC 4180 reader of the tests' own (t_csv.h), and
 * every report (CSV, JSON, text; written in process, as the tool writes
 * them, and once by the tool itself) must account for each of them, on the
 * line it starts on. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "t_csv.h"

#define N_POSTS 5 /* the bundled posts */

/* Files the loader must refuse (exit 2, no report). */
static const char *const fatal[] = {"fixtures/bad/binary.csv", "fixtures/bad/empty.csv",
                                    "fixtures/bad/no_id_column.csv", "fixtures/bad/workbook.csv",
                                    "fixtures/bad/header_quote.csv", "fixtures/bad/title_line.csv",
                                    "fixtures/bad/pipe_delimited.csv", NULL};

static gboolean is_fatal(const char *rel)
{
    for (const char *const *f = fatal; *f; f++)
        if (strcmp(*f, rel) == 0)
            return TRUE;
    return FALSE;
}

/* DESIGN.md s.6: the most frequent of , ; TAB in the header outside quotes;
 * ties go , then ; then TAB. */
static char delimiter(const char *text, size_t len)
{
    unsigned n[3] = {0, 0, 0};
    gboolean q = FALSE;
    for (size_t i = 0; i < len && (q || (text[i] != '\n' && text[i] != '\r')); i++) {
        if (text[i] == '"')
            q = !q;
        else if (!q)
            n[0] += text[i] == ',', n[1] += text[i] == ';', n[2] += text[i] == '\t';
    }
    return n[0] >= n[1] && n[0] >= n[2] ? ',' : n[1] >= n[2] ? ';' : '\t';
}

/* The lines on which the data rows of REL start (blank records are not rows). */
static GArray *data_row_lines(const char *rel)
{
    gsize len;
    char *text, *path = t_path(rel);
    assert_true(g_file_get_contents(path, &text, &len, NULL));
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(guint));
    GPtrArray *recs = t_csv_parse(text, len, delimiter(text, len), NULL, starts);
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = 1; i < recs->len; i++)
        if (!t_csv_blank(g_ptr_array_index(recs, i)) && !t_csv_same(g_ptr_array_index(recs, i), g_ptr_array_index(recs, 0)))
            g_array_append_val(rows, g_array_index(starts, guint, i));
    g_ptr_array_unref(recs);
    g_array_free(starts, TRUE);
    g_free(path);
    g_free(text);
    return rows;
}

static gint cmp_uint(gconstpointer a, gconstpointer b)
{
    guint x = *(const guint *)a, y = *(const guint *)b;
    return x < y ? -1 : x > y;
}

/* The `line` cells (column LINE_COL) of the report rows whose column 0 is
 * POST (NULL: every row), sorted, equal the expected lines. */
static void assert_lines(GPtrArray *recs, const char *post, guint line_col, GArray *want, const char *rel)
{
    GArray *got = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = 1; i < recs->len; i++) {
        if (post && strcmp(t_csv_cell(recs, i, 0), post) != 0)
            continue;
        guint line = (guint)atoi(t_csv_cell(recs, i, line_col));
        g_array_append_val(got, line);
    }
    g_array_sort(got, cmp_uint);
    if (got->len != want->len)
        fail_msg("%s: post %s: %u report rows for %u data rows", rel, post ? post : "-", got->len, want->len);
    for (guint i = 0; i < got->len; i++)
        if (g_array_index(got, guint, i) != g_array_index(want, guint, i))
            fail_msg("%s: post %s: report row on line %u, data row on line %u", rel, post ? post : "-",
                     g_array_index(got, guint, i), g_array_index(want, guint, i));
    g_array_free(got, TRUE);
}

static GPtrArray *posts; /* the bundled posts, compiled once */

static int load_posts(void **state)
{
    (void)state;
    posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    char *dir = t_path("rules/posts");
    elg_diags *d = elg_diags_new();
    assert_int_equal(elg_posts_load_dir(dir, t_ref(), posts, d), 0);
    assert_int_equal(posts->len, N_POSTS);
    elg_diags_free(d);
    g_free(dir);
    return 0;
}

static int free_posts(void **state)
{
    (void)state;
    g_ptr_array_free(posts, TRUE);
    return 0;
}

/* A report of S, written by the library as the CLI writes it. */
static char *report(const elg_screening *s, elg_report_format format, gboolean by_candidate, const char *rel)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    elg_report_options opt = {.format = format, .by_candidate = by_candidate, .candidates_file = rel};
    GError *err = NULL;
    assert_true(elg_report_write(s, &opt, out, &err));
    assert_int_equal(fclose(out), 0);
    char *text = g_strndup(buf, len);
    free(buf);
    return text;
}

static void check_csv_by_post(const char *csv, GArray *want, const char *rel)
{
    GPtrArray *recs = t_csv_parse(csv, strlen(csv), ',', NULL, NULL);
    assert_int_equal(recs->len, 1 + N_POSTS * want->len);
    assert_string_equal(t_csv_cell(recs, 0, 11), "line");
    static const char *const ids[N_POSTS] = {"241490", "250303", "250717", "251816", "260036"};
    for (int p = 0; p < N_POSTS; p++)
        assert_lines(recs, ids[p], 11, want, rel);
    g_ptr_array_unref(recs);
}

static void check_file(const char *rel)
{
    char *path = t_path(rel);
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(path, t_ref(), NULL, &err);
    g_free(path);
    if (is_fatal(rel)) {
        assert_null(p);
        g_error_free(err);
        /* the tool: exit 2 and no report */
        char *out, *e;
        const char *argv[] = {"screen", "-c", rel, "-f", "csv", NULL};
        assert_int_equal(t_run(&out, &e, argv), 2);
        assert_string_equal(out, "");
        g_free(out);
        g_free(e);
        return;
    }
    if (!p)
        fail_msg("%s: refused: %s", rel, err->message);
    GArray *want = data_row_lines(rel);
    guint n = want->len;
    assert_int_equal(elg_profiles_count(p), n);
    elg_screening *s = elg_screen(p, (elg_post *const *)posts->pdata, posts->len, 1);

    /* CSV by post: N_POSTS x n rows, each post listing every data row once */
    char *out = report(s, ELG_REPORT_CSV, FALSE, rel);
    check_csv_by_post(out, want, rel);
    g_free(out);

    /* CSV by candidate: one row per data row */
    out = report(s, ELG_REPORT_CSV, TRUE, rel);
    GPtrArray *recs = t_csv_parse(out, strlen(out), ',', NULL, NULL);
    assert_string_equal(t_csv_cell(recs, 0, 2), "line");
    assert_lines(recs, NULL, 2, want, rel);
    g_ptr_array_unref(recs);
    g_free(out);

    /* JSON: the totals and every post's candidates */
    out = report(s, ELG_REPORT_JSON, FALSE, rel);
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    assert_int_equal(cJSON_GetObjectItem(root, "rows")->valueint, n);
    const cJSON *post;
    int n_posts = 0;
    cJSON_ArrayForEach(post, cJSON_GetObjectItem(root, "posts")) {
        assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(post, "candidates")), n);
        n_posts++;
    }
    assert_int_equal(n_posts, N_POSTS);
    cJSON_Delete(root);
    g_free(out);

    /* text: the totals line */
    out = report(s, ELG_REPORT_TEXT, FALSE, rel);
    char *head = g_strdup_printf("eligo screening of %s: %u candidates (", rel, n);
    assert_true(g_str_has_prefix(out, head));
    g_free(head);
    g_free(out);
    elg_screening_free(s);
    elg_profiles_free(p);
    g_array_free(want, TRUE);
}

/* The tool itself writes the same rows (the checks above use the library). */
static void tool_agrees(void **state)
{
    (void)state;
    const char *rel = "fixtures/bad/ragged_rows.csv";
    char *out, *err;
    const char *argv[] = {"screen", "-c", rel, "-f", "csv", NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    GArray *want = data_row_lines(rel);
    check_csv_by_post(out, want, rel);
    g_array_free(want, TRUE);
    g_free(out);
    g_free(err);
}

static void check_dir(const char *rel_dir, unsigned want_files)
{
    char *dir = t_path(rel_dir);
    GDir *d = g_dir_open(dir, 0, NULL);
    assert_non_null(d);
    unsigned files = 0;
    const char *name;
    while ((name = g_dir_read_name(d))) {
        if (!g_str_has_suffix(name, ".csv") && !g_str_has_suffix(name, ".tsv"))
            continue;
        char *rel = g_build_filename(rel_dir, name, NULL);
        check_file(rel);
        g_free(rel);
        files++;
    }
    g_dir_close(d);
    g_free(dir);
    assert_true(files >= want_files);
}

static void bad_fixtures(void **state)
{
    (void)state;
    check_dir("fixtures/bad", 12);
}

static void candidate_fixtures(void **state)
{
    (void)state;
    check_dir("fixtures/candidates", 1);
    check_dir("fixtures/candidates/variants", 7);
}

/* The independent count itself, on the fixtures whose counts the README of
 * fixtures/bad states: if t_csv.h were wrong, the test above could agree
 * with a wrong loader. */
static void independent_counts(void **state)
{
    (void)state;
    static const struct {
        const char *rel;
        guint rows, first, last;
    } known[] = {
        {"fixtures/bad/blank_lines.csv", 3, 2, 7},
        {"fixtures/bad/long_field.csv", 3, 2, 16404},
        {"fixtures/bad/unterminated_quote.csv", 3, 2, 4},
        {"fixtures/bad/ragged_rows.csv", 4, 2, 5},
        {"fixtures/bad/duplicate_ids.csv", 5, 2, 6},
        {"fixtures/bad/header_only.csv", 0, 0, 0},
        {"fixtures/bad/repeated_header.csv", 3, 2, 5}, /* line 4 repeats the header */
        {"fixtures/candidates/sample.csv", 40, 2, 42},
        {"fixtures/candidates/variants/sample.crlf.csv", 40, 2, 42},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(known); i++) {
        GArray *rows = data_row_lines(known[i].rel);
        if (rows->len != known[i].rows)
            fail_msg("%s: %u rows counted, %u expected", known[i].rel, rows->len, known[i].rows);
        if (rows->len) {
            assert_int_equal(g_array_index(rows, guint, 0), known[i].first);
            assert_int_equal(g_array_index(rows, guint, rows->len - 1), known[i].last);
        }
        g_array_free(rows, TRUE);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(independent_counts),
        cmocka_unit_test(bad_fixtures),
        cmocka_unit_test(candidate_fixtures),
        cmocka_unit_test(tool_agrees),
    };
    return cmocka_run_group_tests(tests, load_posts, free_posts);
}
