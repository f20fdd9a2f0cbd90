/* Output safety (DESIGN.md s.4): text from a candidate file or a rule set
 * that is hostile to where the output goes.  CSV cells that a spreadsheet
 * would run as a formula get a leading ', JSON escapes quotes, backslashes
 * and control characters, and nothing a terminal would obey (ESC sequences,
 * BEL, C1 controls) reaches the text outputs or the diagnostics. */
#include "testutil.h"

#include <string.h>
#include <cjson/cJSON.h>
#include <glib/gstdio.h>
#include "t_csv.h"
#include "diags.h"

/* Hostile ids and names; @A4's name holds a quote, two backslashes, SOH,
 * DEL and a C1 CSI (U+009B); its french level and B5's education hold ESC
 * and OSC sequences. */
static const char hostile_csv[] =
    "candidate_id,name,english,french,education,Notes\x1b[2J\n"
    "=1+2,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",C1,\"\x1b[31mgood\",master,n1\n"
    "+A2,\"@SUM(A1)\",V,II,bachelor,n2\n"
    "-A3,\"-2+3\",,,\x1b]0;pwn\x07,n3\n"
    "@A4,\"q\"\"uote\\\\back\x01\x7f\xc2\x9b" "2J\",VI,VI,PhD,n4\n";
static const char hostile_name[] = "q\"uote\\\\back\x01\x7f\xc2\x9b" "2J";

/* A rule set whose post id is a formula and whose title and grade hold an
 * ESC sequence and a C1 control (escaped in the JSON source). */
static const char hostile_post[] =
    "{\"id\": \"=cmd|' /C calc'!A0\", \"title\": \"\\u001b[2JTitle\\u0007\", \"organisation\": \"NATO\","
    " \"deadline\": \"2025-05-13\", \"grades\": [\"G\\u009b15\"],"
    " \"essential\": [{\"id\": \"nationality\", \"kind\": \"nationality\"}]}";

typedef struct {
    char *dir, *csv, *post;
} fixture;

static int setup(void **state)
{
    fixture *f = g_new0(fixture, 1);
    f->dir = g_dir_make_tmp("eligo-safety-XXXXXX", NULL);
    f->csv = g_build_filename(f->dir, "hostile.csv", NULL);
    f->post = g_build_filename(f->dir, "hostile.json", NULL);
    assert_true(g_file_set_contents(f->csv, hostile_csv, -1, NULL));
    assert_true(g_file_set_contents(f->post, hostile_post, -1, NULL));
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    g_unlink(f->csv);
    g_unlink(f->post);
    g_rmdir(f->dir);
    g_free(f->dir);
    g_free(f->csv);
    g_free(f->post);
    g_free(f);
    return 0;
}

/* No control character but LF, no DEL, no C1 control, valid UTF-8. */
static void assert_terminal_safe(const char *text, const char *what)
{
    if (!g_utf8_validate(text, -1, NULL))
        fail_msg("%s is not UTF-8", what);
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar u = g_utf8_get_char(p);
        if ((u < 0x20 && u != '\n') || u == 0x7F || (u >= 0x80 && u < 0xA0))
            fail_msg("%s holds U+%04X at byte %td", what, u, p - text);
    }
}

static char *run_ok(const char *const *argv, char **err)
{
    char *out;
    assert_int_equal(t_run(&out, err, argv), 0);
    return out;
}

/* Every cell of a CSV report, and none begins with = + - @ TAB or CR. */
static GPtrArray *safe_cells(const char *csv)
{
    gboolean open = FALSE;
    GPtrArray *recs = t_csv_parse(csv, strlen(csv), ',', &open, NULL);
    assert_false(open);
    for (guint r = 0; r < recs->len; r++) {
        GPtrArray *rec = g_ptr_array_index(recs, r);
        for (guint c = 0; c < rec->len; c++) {
            const char *cell = g_ptr_array_index(rec, c);
            if (cell[0] && strchr("=+-@\t\r", cell[0]))
                fail_msg("report row %u, cell %u begins with a formula character: %s", r, c, cell);
        }
    }
    return recs;
}

/* The cell in column COL of the row whose column KEY_COL is KEY. */
static const char *cell_of(GPtrArray *recs, guint key_col, const char *key, guint col)
{
    for (guint r = 1; r < recs->len; r++)
        if (g_strcmp0(t_csv_cell(recs, r, key_col), key) == 0)
            return t_csv_cell(recs, r, col);
    fail_msg("no report row with %s", key);
    return NULL;
}

static void csv_cells_are_neutralised(void **state)
{
    fixture *f = *state;
    char *err;
    const char *argv[] = {"screen", "-c", f->csv, "-p", f->post, "-p", "rules/posts/250717.json",
                          "-f", "csv", NULL};
    char *out = run_ok(argv, &err);
    GPtrArray *recs = safe_cells(out);
    assert_int_equal(recs->len, 1 + 2 * 4);
    /* the text itself is kept, behind the quote */
    assert_string_equal(t_csv_cell(recs, 1, 0), "'=cmd|' /C calc'!A0");
    assert_string_equal(cell_of(recs, 1, "'=1+2", 10), "'=HYPERLINK(\"http://evil\",\"x\")");
    assert_string_equal(cell_of(recs, 1, "'+A2", 10), "'@SUM(A1)");
    assert_string_equal(cell_of(recs, 1, "'-A3", 10), "'-2+3");
    assert_string_equal(cell_of(recs, 1, "'@A4", 10), hostile_name);
    g_ptr_array_unref(recs);
    g_free(out);
    g_free(err);

    const char *argv2[] = {"screen", "-c", f->csv, "-p", f->post, "-f", "csv", "--by-candidate", NULL};
    out = run_ok(argv2, &err);
    recs = safe_cells(out);
    assert_int_equal(recs->len, 1 + 4);
    assert_string_equal(cell_of(recs, 0, "'=1+2", 1), "'=HYPERLINK(\"http://evil\",\"x\")");
    assert_string_equal(cell_of(recs, 0, "'+A2", 4), "'=cmd|' /C calc'!A0");
    g_ptr_array_unref(recs);
    g_free(out);
    g_free(err);
}

static void json_is_escaped(void **state)
{
    fixture *f = *state;
    char *err;
    const char *argv[] = {"screen", "-c", f->csv, "-p", f->post, "-f", "json", NULL};
    char *out = run_ok(argv, &err);
    /* the escapes themselves, as RFC 8259 writes them */
    assert_non_null(strstr(out, "\"name\": \"q\\\"uote\\\\\\\\back\\u0001\\u007f\xc2\x9b" "2J\""));
    assert_non_null(strstr(out, "\"title\": \"\\u001b[2JTitle\\u0007\""));
    for (const char *p = out; *p; p++)
        if ((unsigned char)*p < 0x20 && *p != '\n')
            fail_msg("raw control character 0x%02X in the JSON report", *p);
    /* and a JSON reader gets the original text back */
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    const cJSON *post = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "posts"), 0);
    assert_string_equal(cJSON_GetObjectItem(post, "post_id")->valuestring, "=cmd|' /C calc'!A0");
    assert_string_equal(cJSON_GetObjectItem(post, "title")->valuestring, "\x1b[2JTitle\x07");
    const cJSON *c;
    gboolean seen = FALSE;
    cJSON_ArrayForEach(c, cJSON_GetObjectItem(post, "candidates")) {
        if (strcmp(cJSON_GetObjectItem(c, "candidate_id")->valuestring, "@A4") == 0) {
            assert_string_equal(cJSON_GetObjectItem(c, "name")->valuestring, hostile_name);
            seen = TRUE;
        }
    }
    assert_true(seen);
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
}

static void text_report_is_terminal_safe(void **state)
{
    fixture *f = *state;
    char *err;
    for (int by_candidate = 0; by_candidate < 2; by_candidate++) {
        const char *argv[] = {"screen", "-c", f->csv, "-p", f->post, by_candidate ? "--by-candidate" : NULL, NULL};
        char *out = run_ok(argv, &err);
        assert_terminal_safe(out, "the text report");
        assert_terminal_safe(err, "the diagnostics");
        /* control characters are shown as '?', the rest is kept */
        assert_non_null(strstr(out, by_candidate ? "@A4  q\"uote\\\\back???2J" : "q\"uote\\\\back???2J\n"));
        if (!by_candidate)
            assert_non_null(strstr(out, "== =cmd|' /C calc'!A0  ?[2JTitle?\n   NATO, G?15,"));
        g_free(out);
        g_free(err);
    }
}

static void diagnostics_are_terminal_safe(void **state)
{
    fixture *f = *state;
    char *err;
    const char *argv[] = {"screen", "-c", f->csv, "-p", f->post, "-f", "csv", NULL};
    char *out = run_ok(argv, &err);
    char *want = g_strdup_printf(
        "%s:2:4: warning: french: \"\\x1B[31mgood\" is not a language level; expected I to VI, a level "
        "name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n"
        "%s:4:5: warning: education: \"\\x1B]0;pwn\\x07\" is not an education level; expected none, "
        "secondary, post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, PhD, licence\n"
        "%s:1: warning: no column gives nationality, which the posts screened require: unknown for every row; "
        "the column \"Notes\\x1B[2J\" is not read (map it with --map; see eligo inspect)\n",
        f->csv, f->csv, f->csv);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);

    /* a JSON path built from a hostile member name */
    char *rules = g_build_filename(f->dir, "member.json", NULL);
    assert_true(g_file_set_contents(rules, "{\"\\u001b[2J\": 1}", -1, NULL));
    const char *argv2[] = {"check", rules, NULL};
    assert_int_equal(t_run(&out, &err, argv2), 2);
    assert_terminal_safe(err, "check's diagnostics");
    want = g_strdup_printf("%s:1:.[\"\\x1B[2J\"]: error: unknown member; expected", rules);
    assert_true(g_str_has_prefix(err, want));
    g_free(want);
    g_free(out);
    g_free(err);
    g_unlink(rules);
    g_free(rules);
}

static void inspect_and_check_are_terminal_safe(void **state)
{
    fixture *f = *state;
    char *err;
    const char *argv[] = {"inspect", f->csv, NULL};
    char *out = run_ok(argv, &err);
    assert_terminal_safe(out, "inspect");
    assert_non_null(strstr(out, "Notes?[2J"));
    g_free(out);
    g_free(err);
    const char *argv2[] = {"inspect", f->csv, "--format", "json", NULL};
    out = run_ok(argv2, &err);
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    assert_non_null(cJSON_GetObjectItem(cJSON_GetObjectItem(root, "columns"), "Notes\x1b[2J"));
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
    const char *argv3[] = {"check", f->post, NULL};
    out = run_ok(argv3, &err);
    assert_terminal_safe(out, "check");
    assert_true(g_str_has_prefix(out, "=cmd|' /C calc'!A0  ?[2JTitle?\n  NATO, grades G?15, deadline 2025-05-13\n"));
    g_free(out);
    g_free(err);
}

/* A line break typed in a cell (LF, CR, CR LF) or a tab is a space in the
 * text outputs, one space for CR LF; other controls are '?'. */
static void line_breaks_are_spaces(void **state)
{
    (void)state;
    GString *o = g_string_new(NULL);
    elg_append_printable(o, "Mar\xc3\xad" "a\nJos\xc3\xa9\r\nGarc\xc3\xad" "a\rF.\tx\x01y\n");
    assert_string_equal(o->str, "Mar\xc3\xad" "a Jos\xc3\xa9 Garc\xc3\xad" "a F. x?y ");
    g_string_free(o, TRUE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(line_breaks_are_spaces),
        cmocka_unit_test_setup_teardown(csv_cells_are_neutralised, setup, teardown),
        cmocka_unit_test_setup_teardown(json_is_escaped, setup, teardown),
        cmocka_unit_test_setup_teardown(text_report_is_terminal_safe, setup, teardown),
        cmocka_unit_test_setup_teardown(diagnostics_are_terminal_safe, setup, teardown),
        cmocka_unit_test_setup_teardown(inspect_and_check_are_terminal_safe, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
