/* `--keep COLUMN` (elg_load_options.keep_columns): the file's own columns
 * (e-mail, phone, notes) carried into every report after eligo's columns
 * (DESIGN.md s.2: "may be passed through to reports"), as written, matched
 * as headers are, in the order asked, and the same with any number of
 * threads.  Goldens of fixtures/candidates/keep.csv in every format. */
#include <string.h>
#include <glib/gstdio.h>
#include <cjson/cJSON.h>
#include "testutil.h"
#include "generate.h"
#include "store.h"

#define KEEP_CSV "fixtures/candidates/keep.csv"
#define GOLDEN "fixtures/expected/reports/"

/* --- the reports, by the command line ------------------------------------ */

static void screen_golden(const char *format, const char *by, const char *golden)
{
    const char *argv[] = {"screen", "-c", KEEP_CSV, "-p", "rules/posts/251816.json", "-f", format,
                          "--keep", "e-mail", "-k", "Phone", "-k", "NOTES", "-k", "nationality",
                          "-k", "Email", by, NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 0);
    t_golden(out, golden);
    g_free(out);
    g_free(err);
}

static void reports_csv(void **state)
{
    (void)state;
    screen_golden("csv", NULL, GOLDEN "keep.csv");
}

static void reports_json(void **state)
{
    (void)state;
    screen_golden("json", NULL, GOLDEN "keep.json");
}

static void reports_text(void **state)
{
    (void)state;
    screen_golden("text", NULL, GOLDEN "keep.txt");
}

static void reports_by_candidate(void **state)
{
    (void)state;
    screen_golden("csv", "--by-candidate", GOLDEN "keep.by-candidate.csv");
    screen_golden("json", "--by-candidate", GOLDEN "keep.by-candidate.json");
    screen_golden("text", "--by-candidate", GOLDEN "keep.by-candidate.txt");
}

/* The golden's cells, not only its bytes: the kept columns follow eligo's,
 * a value is the file's (a formula or a leading + guarded), an empty cell
 * empty, and the second "E-mail" column of the file never shows. */
static void reports_csv_cells(void **state)
{
    (void)state;
    char *csv = t_read(GOLDEN "keep.csv");
    assert_non_null(csv);
    assert_true(g_str_has_prefix(csv, "post_id,candidate_id,status,essential_met,essential_unknown,"
                                      "essential_failed,essential_total,desirable_score,rank,reasons,name,"
                                      "line,clearance_held,desirable_met,desirable_unknown,desirable_total,"
                                      "E-mail,Phone,Notes,Nationality\n"));
    assert_non_null(strstr(csv, ",ann.lee@example.org,'+32 2 555 0101,strong drafter,BE\n"));
    assert_non_null(strstr(csv, ",,0475 11 22 33,\"says \"\"fluent\"\"; check\",France / Canada\n"));
    assert_non_null(strstr(csv, ",chloe@example.fr,,\"'=HYPERLINK(\"\"http://x.example\"\")\",Suisse\n"));
    assert_non_null(strstr(csv, ",dan@example.org,'@dan,\"two\nlines\",\n"));
    assert_null(strstr(csv, "old.example.org"));
    g_free(csv);
}

/* A name no header has: the header as read, exit 2, no report. */
static void unknown_column_is_an_error(void **state)
{
    (void)state;
    const char *argv[] = {"screen", "-c", KEEP_CSV, "-f", "csv", "--keep", "Email", "--keep", "Emial", NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 2);
    assert_string_equal(out, "");
    assert_string_equal(err, KEEP_CSV ":1: error: no column \"Emial\" in the header to keep (--keep); the "
                             "header has \"Candidate ID\", \"Full name\", \"E-mail\", \"Phone\", "
                             "\"Nationality\", \"Education\", \"Years of experience\", \"Experience\", "
                             "\"English\", \"French\", \"Notes\", \"E-mail\"\n");
    g_free(out);
    g_free(err);
}

/* A blank name is refused (wrong usage): it matched a column with an empty
 * header.  A name of no letter or digit matches only a header written so:
 * "-" folded to nothing and matched the empty header too. */
static void blank_name_refused(void **state)
{
    (void)state;
    char *path = t_scratch("blank.csv");
    assert_true(g_file_set_contents(path, "candidate_id,name,,#,Email\nC1,Ann,x,7,a@b.org\n", -1, NULL));
    char *out = NULL, *err = NULL;
    const char *blank[] = {"screen", "-c", path, "-f", "csv", "-k", "Email", "-k", " ", NULL};
    assert_int_equal(t_run(&out, &err, blank), 1);
    assert_string_equal(out, "");
    assert_string_equal(err, "eligo screen: error: --keep \" \": a blank column name; expected a header of the "
                             "candidate file\n");
    g_free(out);
    g_free(err);
    const char *dash[] = {"screen", "-c", path, "-f", "csv", "-k", "-", NULL};
    assert_int_equal(t_run(&out, &err, dash), 2);
    char *want = g_strdup_printf("%s:1: error: no column \"-\" in the header to keep (--keep); the header has "
                                 "\"candidate_id\", \"name\", \"\", \"#\", \"Email\"\n", path);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);
    const char *hash[] = {"screen", "-c", path, "-f", "csv", "-k", "#", NULL};
    assert_int_equal(t_run(&out, &err, hash), 0);
    assert_true(g_str_has_suffix(out, ",7\n"));
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* A column the --map file ignores (null) is not kept: asking for it is a
 * contradiction, refused with the map's entry named (exit 2). */
static void ignored_by_map_is_an_error(void **state)
{
    (void)state;
    char *map = t_scratch("map.json");
    assert_true(g_file_set_contents(map, "{\n  \"notes\": null\n}\n", -1, NULL));
    const char *argv[] = {"screen", "-c", KEEP_CSV, "-f", "csv", "--map", map, "--keep", "Email", "-k", "NOTES", NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 2);
    assert_string_equal(out, "");
    char *want = g_strdup_printf(KEEP_CSV ":1:11: error: --keep \"NOTES\" names column \"Notes\", which the "
                                 "--map file ignores (%s:2:.[\"notes\"] is null); remove that entry to keep the "
                                 "column, or the --keep\n",
                                 map);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);
    t_scratch_remove(map);
}

/* The report's own id and name columns are not repeated by --keep (two
 * "name" columns would confuse any reader of the CSV): a warning says so,
 * the other kept columns follow, exit 0. */
static void own_columns_not_repeated(void **state)
{
    (void)state;
    const char *argv[] = {"screen", "-c", KEEP_CSV, "-p", "rules/posts/251816.json", "-f", "csv",
                          "-k", "full name", "-k", "Phone", "-k", "candidate id", NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_true(g_str_has_prefix(out, "post_id,candidate_id,status,essential_met,essential_unknown,"
                                      "essential_failed,essential_total,desirable_score,rank,reasons,name,"
                                      "line,clearance_held,desirable_met,desirable_unknown,desirable_total,"
                                      "Phone\n"));
    assert_string_equal(err, KEEP_CSV ":1:2: warning: --keep \"full name\" names column \"Full name\", which "
                             "the report shows already as its name column; not kept twice\n"
                             KEEP_CSV ":1:1: warning: --keep \"candidate id\" names column \"Candidate ID\", "
                             "which the report shows already as its candidate_id column; not kept twice\n");
    g_free(out);
    g_free(err);
}

/* A file's own "status", "rank" or "line" is not the report's: kept, it is
 * headed kept_status (its kept_status then kept_kept_status, whichever
 * --keep comes first), so that no CSV header is written twice; the cells
 * are the file's. */
static void report_column_names_prefixed(void **state)
{
    (void)state;
    char *path = t_scratch("status.csv");
    assert_true(g_file_set_contents(path, "candidate_id,name,status,kept_status,line,Email\n"
                                          "C1,Ann,applied,x,7,a@b.org\n", -1, NULL));
    const char *argv[] = {"screen", "-c", path, "-p", "rules/posts/251816.json", "-f", "csv",
                          "-k", "status", "-k", "kept_status", "-k", "line", "-k", "Email", NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_true(g_str_has_prefix(out, "post_id,candidate_id,status,essential_met,essential_unknown,"
                                      "essential_failed,essential_total,desirable_score,rank,reasons,name,"
                                      "line,clearance_held,desirable_met,desirable_unknown,desirable_total,"
                                      "kept_status,kept_kept_status,kept_line,Email\n"));
    assert_true(g_str_has_suffix(out, ",applied,x,7,a@b.org\n"));
    g_free(out);
    g_free(err);
    const char *swapped[] = {"screen", "-c", path, "-p", "rules/posts/251816.json", "-f", "csv",
                             "-k", "kept_status", "-k", "status", NULL};
    assert_int_equal(t_run(&out, &err, swapped), 0);
    assert_true(g_str_has_prefix(out, "post_id,candidate_id,status,essential_met,essential_unknown,"
                                      "essential_failed,essential_total,desirable_score,rank,reasons,name,"
                                      "line,clearance_held,desirable_met,desirable_unknown,desirable_total,"
                                      "kept_kept_status,kept_status\n"));
    assert_true(g_str_has_suffix(out, ",x,applied\n"));
    g_free(out);
    g_free(err);
    const char *by[] = {"screen", "-c", path, "-p", "rules/posts/251816.json", "-f", "csv", "--by-candidate",
                        "-k", "line", "-k", "Email", NULL};
    assert_int_equal(t_run(&out, &err, by), 0);
    assert_true(g_str_has_prefix(out, "candidate_id,name,line,eligible_posts,review_posts,ineligible_posts,"
                                      "kept_line,Email\n"));
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* --- the library ---------------------------------------------------------- */

static char *write_scratch(const char *text)
{
    char *path = t_scratch("c.csv");
    assert_true(g_file_set_contents(path, text, -1, NULL));
    return path;
}

static elg_profiles *load_keeping(const char *path, const char *const *keep, gboolean drop, unsigned threads,
                                  GError **err)
{
    elg_load_options opt = {0};
    opt.keep_columns = keep;
    opt.drop_unknown = drop;
    opt.threads = threads;
    return elg_profiles_load(path, t_ref(), &opt, err);
}

/* The "extra" object of row I in inspect's JSON, printed. */
static char *inspect_extra(const elg_profiles *p, unsigned i)
{
    GString *out = g_string_new(NULL);
    elg_profiles_inspect(p, TRUE, out);
    cJSON *root = cJSON_Parse(out->str);
    g_string_free(out, TRUE);
    char *text = cJSON_PrintUnformatted(
        cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(root, "profiles"), (int)i), "extra"));
    char *copy = g_strdup(text);
    cJSON_free(text);
    cJSON_Delete(root);
    return copy;
}

/* Known and unknown columns alike, in the order asked, each once; a
 * read column still read (its value in the profile) as well as kept. */
static void kept_in_order_each_once(void **state)
{
    (void)state;
    char *path = write_scratch("id,Nationalité,E-Mail,Remarks\n"
                               "A1,fr,a@x.org,\n"
                               "A2,,,late\n");
    const char *keep[] = {"remarks", "EMAIL", "NATIONALITE", "e_mail", NULL};
    GError *err = NULL;
    elg_profiles *p = load_keeping(path, keep, FALSE, 1, &err);
    assert_non_null(p);
    assert_int_equal(elg_profiles_kept_count(p), 3);
    assert_string_equal(elg_profiles_kept_header(p, 0), "Remarks");
    assert_string_equal(elg_profiles_kept_header(p, 1), "E-Mail");
    assert_string_equal(elg_profiles_kept_header(p, 2), "Nationalité");
    assert_null(elg_profiles_kept_value(p, 0, 0));
    assert_string_equal(elg_profiles_kept_value(p, 0, 1), "late");
    assert_string_equal(elg_profiles_kept_value(p, 1, 0), "a@x.org");
    assert_null(elg_profiles_kept_value(p, 1, 1));
    assert_string_equal(elg_profiles_kept_value(p, 2, 0), "fr");
    assert_null(elg_profiles_kept_value(p, 2, 1));
    /* the nationality is still read, and inspect lists only the unknown columns */
    char *extra = inspect_extra(p, 0);
    assert_string_equal(extra, "{\"E-Mail\":\"a@x.org\"}");
    g_free(extra);
    elg_profiles_free(p);
    t_scratch_remove(path);
}

/* drop_unknown: the columns not read and not kept are not stored. */
static void drop_unknown_keeps_only_what_is_asked(void **state)
{
    (void)state;
    char *path = write_scratch("id,Phone,Remarks\nA1,123,long text\n");
    const char *keep[] = {"phone", NULL};
    GError *err = NULL;
    elg_profiles *p = load_keeping(path, keep, TRUE, 1, &err);
    assert_non_null(p);
    assert_int_equal(elg_profiles_kept_count(p), 1);
    assert_string_equal(elg_profiles_kept_value(p, 0, 0), "123");
    char *extra = inspect_extra(p, 0);
    assert_string_equal(extra, "{\"Phone\":\"123\"}");
    g_free(extra);
    elg_profiles_free(p);
    /* and without drop_unknown, both stay for inspect */
    p = load_keeping(path, keep, FALSE, 1, &err);
    extra = inspect_extra(p, 0);
    assert_string_equal(extra, "{\"Phone\":\"123\",\"Remarks\":\"long text\"}");
    g_free(extra);
    elg_profiles_free(p);
    t_scratch_remove(path);
}

/* Of two headers a name matches, the first is kept (as for read columns). */
static void first_of_two_headers(void **state)
{
    (void)state;
    char *path = write_scratch("id,Email,Name,E-mail\nA1,first@x.org,Ann,second@x.org\n");
    const char *keep[] = {"email", NULL};
    GError *err = NULL;
    elg_profiles *p = load_keeping(path, keep, TRUE, 1, &err);
    assert_int_equal(elg_profiles_kept_count(p), 1);
    assert_string_equal(elg_profiles_kept_header(p, 0), "Email");
    assert_string_equal(elg_profiles_kept_value(p, 0, 0), "first@x.org");
    elg_profiles_free(p);
    t_scratch_remove(path);
}

/* Without a candidate_id column that is the error told, not the kept name. */
static void missing_id_told_first(void **state)
{
    (void)state;
    char *path = write_scratch("Ref,Email\nA1,a@x.org\n");
    const char *keep[] = {"phone", NULL};
    GError *err = NULL;
    assert_null(load_keeping(path, keep, TRUE, 1, &err));
    assert_non_null(strstr(err->message, "error: no candidate_id column in the header (\"Ref\", \"Email\")"));
    g_error_free(err);
    t_scratch_remove(path);
}

/* A first name is the report's name when it is all the file has of it;
 * beside a last name (the two joined) it is a column of its own. */
static void name_part_kept_unless_it_is_the_name(void **state)
{
    (void)state;
    const char *keep[] = {"first_name", NULL};
    char *path = write_scratch("id,First name,Last name\nA1,Ann,Lee\n");
    GError *err = NULL;
    elg_profiles *p = load_keeping(path, keep, TRUE, 1, &err);
    assert_non_null(p);
    assert_int_equal(elg_profiles_kept_count(p), 1);
    assert_string_equal(elg_profiles_kept_value(p, 0, 0), "Ann");
    elg_profiles_free(p);
    t_scratch_remove(path);
    path = write_scratch("id,Prénom\nA1,Ann\n");
    const char *keep_fr[] = {"prenom", NULL};
    p = load_keeping(path, keep_fr, TRUE, 1, &err);
    assert_non_null(p);
    assert_int_equal(elg_profiles_kept_count(p), 0);
    assert_string_equal(elg_store_name(p, 0), "Ann");
    elg_profiles_free(p);
    t_scratch_remove(path);
}

/* A file of several chunks: the kept cells with 1, 2 and 3 threads are
 * the file's own, row for row. */
static void same_with_any_threads(void **state)
{
    (void)state;
    GString *text = g_string_new(NULL);
    elg_generate_header_append(text);
    g_string_truncate(text, text->len - 1);
    g_string_append(text, ",Email\n");
    GString *rows = g_string_new(NULL);
    elg_generate_rows(rows, 11, 0, 30000);
    /* each row's Email is "m" and its line: what a row holds is known (rows
     * with quotes, which may span lines, are left out) */
    gchar **lines = t_lines(rows->str);
    guint line = 2;
    for (gchar **l = lines; *l; l++)
        if (**l && !strchr(*l, '"'))
            g_string_append_printf(text, "%s,m%u\n", *l, line++);
    g_strfreev(lines);
    g_string_free(rows, TRUE);
    assert_true(text->len > (3u << 20)); /* several chunks */
    char *path = write_scratch(text->str);
    g_string_free(text, TRUE);
    const char *keep[] = {"email", NULL};
    for (unsigned t = 1; t <= 3; t++) {
        GError *err = NULL;
        elg_profiles *p = load_keeping(path, keep, TRUE, t, &err);
        assert_non_null(p);
        guint checked = 0;
        for (unsigned i = 0; i < elg_profiles_count(p); i++) {
            const char *v = elg_profiles_kept_value(p, 0, i);
            char want[16];
            g_snprintf(want, sizeof want, "m%u", elg_profiles_line(p, i));
            /* a short or long row of the generator has no Email, or another cell there */
            if (v && v[0] == 'm') {
                assert_string_equal(v, want);
                checked++;
            }
        }
        assert_true(checked > 25000);
        elg_profiles_free(p);
    }
    t_scratch_remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reports_csv),
        cmocka_unit_test(reports_json),
        cmocka_unit_test(reports_text),
        cmocka_unit_test(reports_by_candidate),
        cmocka_unit_test(reports_csv_cells),
        cmocka_unit_test(unknown_column_is_an_error),
        cmocka_unit_test(blank_name_refused),
        cmocka_unit_test(ignored_by_map_is_an_error),
        cmocka_unit_test(own_columns_not_repeated),
        cmocka_unit_test(report_column_names_prefixed),
        cmocka_unit_test(kept_in_order_each_once),
        cmocka_unit_test(drop_unknown_keeps_only_what_is_asked),
        cmocka_unit_test(first_of_two_headers),
        cmocka_unit_test(missing_id_told_first),
        cmocka_unit_test(name_part_kept_unless_it_is_the_name),
        cmocka_unit_test(same_with_any_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
