/* The loader splits a line without quotes itself instead of handing it to
 * libcsv (load.c, feed_plain_line): every candidate file must read exactly
 * the same either way, profiles and problems, byte for byte. */
#include "testutil.h"

#include <string.h>

#include "generate.h"
#include "load_row.h"

/* `inspect --format json` of PATH (profiles and problems), read with or
 * without the plain-line path; NULL when the file is refused, with the message in *ERROR. */
static char *read_as(const char *path, gboolean plain_lines, unsigned threads, char **error)
{
    elg_load_options opt = {.threads = threads};
    GError *err = NULL;
    elg_loader_plain_lines = plain_lines;
    elg_profiles *p = elg_profiles_load(path, t_ref(), &opt, &err);
    elg_loader_plain_lines = TRUE;
    *error = err ? g_strdup(err->message) : NULL;
    if (err)
        g_error_free(err);
    if (!p)
        return NULL;
    GString *out = g_string_new(NULL);
    elg_profiles_inspect(p, TRUE, out);
    elg_profiles_free(p);
    return g_string_free(out, FALSE);
}

static void same_both_ways(const char *path, unsigned threads)
{
    char *e1, *e2;
    char *a = read_as(path, TRUE, threads, &e1), *b = read_as(path, FALSE, threads, &e2);
    if (g_strcmp0(a, b) != 0 || g_strcmp0(e1, e2) != 0)
        fail_msg("%s reads otherwise when every line goes through libcsv", path);
    g_free(a);
    g_free(b);
    g_free(e1);
    g_free(e2);
}

/* Every candidate file of the fixtures: clean, variants (delimiters, CRLF,
 * BOM, Windows-1252), bad inputs and the fuzz seeds and regression inputs. */
static void fixtures_read_the_same(void **state)
{
    (void)state;
    static const char *const dirs[] = {"fixtures/candidates", "fixtures/candidates/variants", "fixtures/bad",
                                       "fixtures/fuzz/load/seeds", "fixtures/fuzz/load/regress",
                                       "fixtures/fuzz/screen/seeds"};
    unsigned files = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(dirs); i++) {
        char *dir = t_path(dirs[i]);
        GDir *d = g_dir_open(dir, 0, NULL);
        const char *name;
        while (d && (name = g_dir_read_name(d))) {
            char *path = g_build_filename(dir, name, NULL);
            if (g_str_has_suffix(name, ".csv") && g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
                same_both_ways(path, 1);
                files++;
            }
            g_free(path);
        }
        if (d)
            g_dir_close(d);
        g_free(dir);
    }
    assert_true(files >= 24);
}

/* 30,000 generated rows (quoted commas, doubled quotes, line breaks in
 * names, short and long rows, spaces): one thread, and split for two. */
static void generated_rows_read_the_same(void **state)
{
    (void)state;
    char *path = t_scratch("generated.csv");
    GError *err = NULL;
    assert_true(elg_generate_file(path, 7, 30000, &err));
    same_both_ways(path, 1);
    same_both_ways(path, 2);
    t_scratch_remove(path);
}

/* Lines with quotes, cut by the loader when each quoted field is whole and
 * plain, by libcsv otherwise: both must read the same, for each delimiter
 * and line end. */
static void quoted_lines_read_the_same(void **state)
{
    (void)state;
    static const char *const rows[] = {
        "Q1|\"Ann, Bo\"|FR|\"7,5\"|\"defence_policy:7,3\"",
        "Q2|  \"Ann\"  |  \"FR\" |\" 7 \"|",
        "Q3|\"\"|\"\"|\"\"|\"\"",
        "\"\"|\"\"|\"\"|\"\"|\"\"",
        "\"Q4\"|\"A \"\"B\"\" C\"|PL|3|",
        "Q5|\"Ann\"x|DE|4|",
        "Q6|An\"n|DE|4|",
        "Q7|\"Ann|DE|4|\nstill the name\"|IT|5|",
        "Q8|\"Ann\" |\"NL\"",
        "Q9|\"Ann\"|\"NL\"|\"2\"|\"x:1\"|\"extra\"|",
        "\"Q10\"|Ann|\"BE\"|1|\"\"\"\"",
        "Q11|\"Ann\"\"\"|BE|1|",
        "Q12|\"\t\"|BE|\"\t2\t\"|",
        "  \"Q13\"|Ann|BE|1|",
    };
    static const char delims[] = {',', ';', '\t'};
    static const char *const ends[] = {"\n", "\r\n", "\r"};
    for (size_t d = 0; d < G_N_ELEMENTS(delims); d++)
        for (size_t e = 0; e < G_N_ELEMENTS(ends); e++) {
            GString *text = g_string_new(NULL);
            g_string_append_printf(text, "candidate_id|name|nationality|experience_years|experience%s",
                                   ends[e]);
            for (size_t r = 0; r < G_N_ELEMENTS(rows); r++)
                g_string_append_printf(text, "%s%s", rows[r], ends[e]);
            g_strdelimit(text->str, "|", delims[d]);
            char *path = t_scratch("quoted.csv");
            assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
            same_both_ways(path, 1);
            t_scratch_remove(path);
            g_string_free(text, TRUE);
        }
}

/* A header without candidate_id is fatal and the records after it are
 * dropped; lines cut by the loader and lines read by libcsv after it must
 * still leave the record buffer whole (the sanitizer build watches). */
static void records_after_a_fatal_header(void **state)
{
    (void)state;
    GString *text = g_string_new("name,nationality,experience_years\n");
    for (unsigned i = 0; i < 300; i++)
        g_string_append_printf(text, "Name number %u of the file,FR,%u\n", i, i % 30);
    g_string_append(text, "\"A \"\"quoted\"\" name\",BE,3\n\"over\ntwo lines\",DE,4\n");
    for (unsigned i = 0; i < 300; i++)
        g_string_append_printf(text, "\"Name, %u\",\"FR\",%u\n", i, i % 30);
    char *path = t_scratch("fatal-header.csv");
    assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
    char *error = NULL;
    char *out = read_as(path, TRUE, 1, &error);
    assert_null(out);
    assert_non_null(strstr(error, ":1: error: no candidate_id column"));
    g_free(error);
    same_both_ways(path, 1);
    t_scratch_remove(path);
    g_string_free(text, TRUE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fixtures_read_the_same),
        cmocka_unit_test(generated_rows_read_the_same),
        cmocka_unit_test(quoted_lines_read_the_same),
        cmocka_unit_test(records_after_a_fatal_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
