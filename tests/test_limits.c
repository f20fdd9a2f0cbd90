/* Limits (issue 6): a cell longer than --max-field-size, a header wider than
 * --max-columns, a rule set or mapping file too large or nested too deep, a
 * notice too large are refused or reported with a message, never a crash;
 * memory stays
 * proportional to the data kept, not to a hostile field. */
#define _DEFAULT_SOURCE /* wait4 */
#include "testutil.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

static char *tmpdir;

static int make_dir(void **state)
{
    (void)state;
    tmpdir = g_dir_make_tmp("eligo-limits-XXXXXX", NULL);
    return 0;
}

static int remove_dir(void **state)
{
    (void)state;
    char *cmd = g_strdup_printf("rm -rf '%s'", tmpdir);
    assert_int_equal(system(cmd), 0);
    g_free(cmd);
    g_free(tmpdir);
    return 0;
}

static char *write_tmp(const char *name, const char *text, gssize len)
{
    char *path = g_build_filename(tmpdir, name, NULL);
    assert_true(g_file_set_contents(path, text, len, NULL));
    return path;
}

/* --- field size ---------------------------------------------------------- */

/* A cell over the limit that starts and ends within one read of the file is
 * caught too, and its row is kept although its only cell is now empty. */
static void field_over_limit_in_one_piece(void **state)
{
    (void)state;
    char *path = t_path("fixtures/fuzz/load/regress/field-over-limit-inside-one-piece.csv");
    elg_load_options opt = {.max_field_bytes = 21, .max_columns = 2};
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(path, t_ref(), &opt, &err);
    assert_non_null(p);
    assert_int_equal(elg_profiles_count(p), 2);
    assert_string_equal(elg_profiles_id(p, 0), "");
    assert_int_equal(elg_profiles_line(p, 0), 2);
    assert_string_equal(elg_profiles_id(p, 1), "TA");
    const elg_diags *d = elg_profiles_diags(p);
    assert_int_equal(elg_diags_count(d), 2);
    assert_string_equal(elg_diags_get(d, 0)->message,
                        "field of 36 bytes is longer than the limit of 21 bytes (--max-field-size); read as empty");
    assert_int_equal(elg_diags_get(d, 0)->line, 2);
    assert_int_equal(elg_diags_get(d, 0)->column, 1);
    assert_int_equal(elg_profiles_rows_with_problems(p), 1);
    elg_profiles_free(p);
    g_free(path);
}

/* A duplicate id is said before what is found while the next record
 * streams in (a field over the limit, a quote left open at the end), on one
 * thread as on two; its row counts once among the rows with problems. */
static void duplicate_before_next_record_warnings(void **state)
{
    (void)state;
    char *path = write_tmp("dup-then-long.csv",
                           "candidate_id,name\n"
                           "C1,Ann\n"
                           "C1,bad name that is far too long\n"
                           "C2,a name that is far too long too\n"
                           "C1,Ann\n"
                           "C3,\"never closed\n",
                           -1);
    for (unsigned threads = 1; threads <= 2; threads++) {
        elg_load_options opt = {.max_field_bytes = 21, .threads = threads};
        GError *err = NULL;
        elg_profiles *p = elg_profiles_load(path, t_ref(), &opt, &err);
        assert_non_null(p);
        assert_int_equal(elg_profiles_count(p), 5);
        GString *got = g_string_new(NULL);
        const elg_diags *d = elg_profiles_diags(p);
        for (unsigned i = 0; i < elg_diags_count(d); i++)
            g_string_append_printf(got, "%u:%u: %s\n", elg_diags_get(d, i)->line,
                                   elg_diags_get(d, i)->column, elg_diags_get(d, i)->message);
        assert_string_equal(
            got->str,
            "3:2: field of 29 bytes is longer than the limit of 21 bytes (--max-field-size); read as empty\n"
            "3:1: duplicate candidate_id \"C1\" (first on line 2); both rows are screened\n"
            "4:2: field of 31 bytes is longer than the limit of 21 bytes (--max-field-size); read as empty\n"
            "5:1: duplicate candidate_id \"C1\" (first on line 2); both rows are screened\n"
            "6:2: unterminated quoted field: the quote opened in the record on line 6 runs to the end "
            "of the file (line 6); the rest of the file was read as one field\n");
        assert_int_equal(elg_profiles_rows_with_problems(p), 4);
        g_string_free(got, TRUE);
        elg_profiles_free(p);
    }
    g_free(path);
}

/* The default limit (1 MiB) holds for a field on one line in mid-file, and
 * --max-field-size raises it. */
static void field_limit_default_and_raised(void **state)
{
    (void)state;
    GString *s = g_string_new("candidate_id,name,notes\n");
    for (int i = 0; i < 6000; i++) /* the big field starts past the first read */
        g_string_append_printf(s, "A%d,N,%090d\n", i, 0);
    g_string_append(s, "B1,Bob,");
    for (int i = 0; i < 1500000; i++)
        g_string_append_c(s, 'z');
    g_string_append(s, "\nB2,Ben,short\n");
    char *path = write_tmp("big_field.csv", s->str, (gssize)s->len);
    g_string_free(s, TRUE);

    char *out, *err;
    const char *argv[] = {"screen", "-c", path, "-f", "csv", "-p", "rules/posts/250717.json", NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    char *want = g_strdup_printf("%s:6002:3: warning: field of 1500000 bytes is longer than the limit of "
                                 "1048576 bytes (--max-field-size); read as empty\n"
                                 "%s:1: warning: no column gives nationality, education, english, french, "
                                 "experience_security_supervision, which "
                                 "the posts screened require: unknown for every row; the column \"notes\" is "
                                 "not read (map it with --map; see eligo inspect)\n",
                                 path, path);
    assert_string_equal(err, want);
    assert_non_null(strstr(out, ",B1,"));
    assert_non_null(strstr(out, ",B2,"));
    g_free(want);
    g_free(out);
    g_free(err);

    const char *raised[] = {"inspect", path, "--max-field-size", "1500000", NULL};
    assert_int_equal(t_run(&out, &err, raised), 0);
    assert_non_null(strstr(out, "rows:      6002 read, 0 with problems\n"));
    assert_string_equal(err, "");
    g_free(out);
    g_free(err);
    const char *bad[] = {"inspect", path, "--max-field-size", "-1", NULL};
    assert_int_equal(t_run(&out, &err, bad), 1);
    assert_string_equal(err, "eligo inspect: error: --max-field-size, --max-record-size and --max-columns "
                             "take positive numbers\n");
    g_free(out);
    g_free(err);
    /* 0 is no limit given: it read as the default, without a word */
    const char *zero[] = {"screen", "-c", path, "--max-columns", "0", NULL};
    assert_int_equal(t_run(&out, &err, zero), 1);
    assert_string_equal(err, "eligo screen: error: --max-field-size, --max-record-size and --max-columns "
                             "take positive numbers\n");
    g_free(out);
    g_free(err);
    g_free(path);
}

/* Peak memory (KiB) of `eligo inspect PATH`. */
static long inspect_maxrss(const char *path)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        /* in the sanitizer build, freed memory would wait in ASan's
         * quarantine and count as used; other builds ignore this */
        const char *asan = getenv("ASAN_OPTIONS");
        char *opts = g_strconcat(asan ? asan : "", asan ? ":" : "", "quarantine_size_mb=0", NULL);
        setenv("ASAN_OPTIONS", opts, 1);
        execl(ELG_TEST_BINARY, ELG_TEST_BINARY, "inspect", path, (char *)NULL);
        _exit(97);
    }
    int status;
    struct rusage ru;
    assert_int_equal(wait4(pid, &status, 0, &ru), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    return ru.ru_maxrss;
}

/* Peak memory of `eligo inspect PATH` may pass that of a three-row file by
 * MAX_KIB at most; WHAT names the file in a failure.  PATH is removed and freed. */
static void assert_memory_growth_at_most(char *path, long max_kib, const char *what)
{
    static long base;
    if (!base) {
        char *small = write_tmp("small.csv", "candidate_id,notes\nA1,x\nA2,y\n", -1);
        base = inspect_maxrss(small);
        g_free(small);
    }
    long rss = inspect_maxrss(path);
    if (rss - base > max_kib)
        fail_msg("%s raised peak memory from %ld KiB to %ld KiB", what, base, rss);
    g_unlink(path);
    g_free(path);
}

/* A 64 MiB cell (on one line, and quoted over many lines) costs about the
 * same memory as a small file: it is dropped as it streams in. */
static void memory_does_not_follow_a_huge_field(void **state)
{
    (void)state;
    for (int quoted = 0; quoted < 2; quoted++) {
        char *path = g_build_filename(tmpdir, "huge.csv", NULL);
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(quoted ? "candidate_id,notes\nA1,\"" : "candidate_id,notes\nA1,", f);
        char line[4096];
        memset(line, quoted ? 'q' : 'u', sizeof line);
        if (quoted)
            line[sizeof line - 1] = '\n';
        for (int i = 0; i < 16384; i++)
            fwrite(line, 1, sizeof line, f);
        fputs(quoted ? "\"\nA2,y\n" : "\nA2,y\n", f);
        assert_int_equal(fclose(f), 0);
        assert_memory_growth_at_most(path, 32 * 1024, "a 64 MiB field");
    }
}

/* --- record size ---------------------------------------------------------- */

/* Past --max-record-size a record's fields are reported and read as empty,
 * its row kept; a header that long is refused; --max-field-size above it
 * raises it. */
static void record_limit(void **state)
{
    (void)state;
    GString *s = g_string_new("candidate_id,name,nationality,extra1,extra2\nA1,");
    const char *fills[] = {"n", ",FR,", "x", ",", "y"}; /* name, FR, 1000 x, 1000 y */
    for (size_t k = 0; k < G_N_ELEMENTS(fills); k++)
        for (int i = 0; i < (k % 2 ? 1 : 1000); i++)
            g_string_append(s, fills[k]);
    g_string_append(s, "\nA2,Bob,DE,,\n");
    char *path = write_tmp("long_record.csv", s->str, (gssize)s->len);
    g_string_free(s, TRUE);

    struct {
        const char *limit, *fields;
        int column;
    } cases[] = {{"2500", "field 5", 5}, {"1500", "fields 4 to 5", 4}};
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *out, *err;
        const char *argv[] = {"inspect", path, "--max-record-size", cases[i].limit, NULL};
        assert_int_equal(t_run(&out, &err, argv), 0);
        char *want = g_strdup_printf("%s:2:%d: warning: record of 3004 bytes is longer than the limit of "
                                     "%s bytes (--max-record-size); %s read as empty\n",
                                     path, cases[i].column, cases[i].limit, cases[i].fields);
        if (!strstr(out, want))
            fail_msg("expected\n%s\nin\n%s", want, out);
        assert_non_null(strstr(out, "rows:      2 read, 1 with problems\n"));
        g_free(want);
        g_free(out);
        g_free(err);
    }
    char *out, *err, *want;
    const char *raised[] = {"inspect", path, "--max-record-size", "2500", "--max-field-size", "4000", NULL};
    assert_int_equal(t_run(&out, &err, raised), 0);
    assert_non_null(strstr(out, "rows:      2 read, 0 with problems\n"));
    g_free(out);
    g_free(err);

    /* the bytes of the cells, as the message says: not one more a cell (800
     * cells of one byte are 802 bytes, under 1500), and a cell dropped as
     * too long counts (2 + 20 + 13 is past 30; the record is 49 bytes) */
    s = g_string_new("candidate_id,name\nA1");
    for (int i = 0; i < 800; i++)
        g_string_append(s, ",x");
    g_string_append(s, "\nA2,Bob\n");
    char *tiny = write_tmp("tiny_cells.csv", s->str, (gssize)s->len);
    g_string_free(s, TRUE);
    const char *tiny_argv[] = {"inspect", tiny, "--max-record-size", "1500", NULL};
    assert_int_equal(t_run(&out, &err, tiny_argv), 0);
    assert_null(strstr(out, "--max-record-size"));
    g_free(out);
    g_free(err);
    g_free(tiny);
    char *dropped = write_tmp("dropped_cell.csv", "candidate_id,name,a,b,c\n"
                                                  "C1,xxxxxxxxxxxxxxxxxxxx,yyyyyyyyyyyyy,zzzzzzzzzzzzz,w\n", -1);
    const char *dropped_argv[] = {"inspect", dropped, "--max-field-size", "15", "--max-record-size", "30", NULL};
    assert_int_equal(t_run(&out, &err, dropped_argv), 0);
    want = g_strdup_printf("problems:  2\n"
                           "%s:2:2: warning: field of 20 bytes is longer than the limit of 15 bytes "
                           "(--max-field-size); read as empty\n"
                           "%s:2:3: warning: record of 49 bytes is longer than the limit of 30 bytes "
                           "(--max-record-size); fields 3 to 5 read as empty\n", dropped, dropped);
    if (!strstr(out, want))
        fail_msg("expected\n%s\nin\n%s", want, out);
    g_free(want);
    g_free(out);
    g_free(err);
    g_free(dropped);

    char *header = write_tmp("long_header.csv", "candidate_id,name,notes_about_the_candidate\nA1,x,y\n", -1);
    const char *refused[] = {"inspect", header, "--max-record-size", "30", NULL};
    assert_int_equal(t_run(&out, &err, refused), 2);
    want = g_strdup_printf("%s:1: error: the header is longer than 30 bytes (--max-record-size)\n", header);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);
    /* a header cell over --max-field-size too: read as empty, it lost its
     * column's name (the id column's: "no candidate_id column ... (\"\", ...)") */
    const char *cell[] = {"inspect", header, "--max-field-size", "10", NULL};
    assert_int_equal(t_run(&out, &err, cell), 2);
    want = g_strdup_printf("%s:1:1: error: a header of 12 bytes is longer than the limit of 10 bytes "
                           "(--max-field-size)\n", header);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);
    g_free(header);
    g_free(path);
}

/* A record of 48 MiB in 768 fields costs the default limit (16 MiB), not its size. */
static void memory_does_not_follow_a_huge_record(void **state)
{
    (void)state;
    char *path = g_build_filename(tmpdir, "huge_record.csv", NULL);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("candidate_id,notes\nA1", f);
    char field[65536];
    memset(field, 'r', sizeof field);
    for (int i = 0; i < 768; i++) {
        fputc(',', f);
        fwrite(field, 1, sizeof field, f);
    }
    fputs("\nA2,y\n", f);
    assert_int_equal(fclose(f), 0);
    assert_memory_growth_at_most(path, 28 * 1024, "a 48 MiB record");
}

/* --- columns -------------------------------------------------------------- */

static void columns_limit(void **state)
{
    (void)state;
    GString *s = g_string_new("candidate_id");
    for (int i = 0; i < 5000; i++)
        g_string_append_printf(s, ",c%d", i);
    g_string_append(s, "\nA1");
    for (int i = 0; i < 5000; i++)
        g_string_append(s, ",x");
    g_string_append_c(s, '\n');
    char *path = write_tmp("wide.csv", s->str, (gssize)s->len);
    g_string_free(s, TRUE);
    char *out, *err;
    const char *argv[] = {"inspect", path, NULL};
    assert_int_equal(t_run(&out, &err, argv), 2);
    char *want = g_strdup_printf("%s:1: error: the header has more than 4096 columns (--max-columns)\n", path);
    assert_string_equal(err, want);
    assert_string_equal(out, "");
    g_free(want);
    g_free(out);
    g_free(err);
    const char *raised[] = {"inspect", path, "--max-columns", "5001", NULL};
    assert_int_equal(t_run(&out, &err, raised), 0);
    assert_non_null(strstr(out, "rows:      1 read, 0 with problems\n"));
    g_free(out);
    g_free(err);
    g_free(path);

    /* a data row wider than the limit: counted, reported, the row kept */
    s = g_string_new("candidate_id,name\nA1");
    for (int i = 0; i < 5000; i++)
        g_string_append(s, ",x");
    g_string_append(s, "\nA2,Bob\n");
    path = write_tmp("wide_row.csv", s->str, (gssize)s->len);
    g_string_free(s, TRUE);
    const char *wide_row[] = {"inspect", path, NULL};
    assert_int_equal(t_run(&out, &err, wide_row), 0);
    want = g_strdup_printf("%s:2:3: warning: row has 5001 fields, the header has 2; the 4999 extra fields are ignored\n", path);
    assert_non_null(strstr(out, want));
    assert_non_null(strstr(out, "rows:      2 read, 1 with problems\n"));
    g_free(want);
    g_free(out);
    g_free(err);
    g_free(path);
}

/* --- JSON files: rule sets and mapping files --------------------------------- */

static void rule_set_too_deep_or_too_large(void **state)
{
    (void)state;
    GString *s = g_string_new(NULL);
    for (int i = 0; i < 65; i++)
        g_string_append_c(s, '[');
    for (int i = 0; i < 65; i++)
        g_string_append_c(s, ']');
    char *deep = write_tmp("deep.json", s->str, (gssize)s->len);
    g_string_free(s, TRUE);
    char *out, *err, *want;
    const char *check[] = {"check", deep, NULL};
    assert_int_equal(t_run(&out, &err, check), 2);
    want = g_strdup_printf("%s:1:65: error: nested more than 64 levels deep\n", deep);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);
    /* the same limit holds for a mapping file */
    char *csv = write_tmp("ok.csv", "candidate_id\nA1\n", -1);
    const char *map[] = {"inspect", csv, "--map", deep, NULL};
    assert_int_equal(t_run(&out, &err, map), 2);
    want = g_strdup_printf("%s:1:65: error: nested more than 64 levels deep\n", deep);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);

    /* 64 levels are parsed (and the content judged) */
    s = g_string_new(NULL);
    for (int i = 0; i < 64; i++)
        g_string_append(s, "{\"id\":");
    g_string_append(s, "1");
    for (int i = 0; i < 64; i++)
        g_string_append_c(s, '}');
    char *ok = write_tmp("deep64.json", s->str, (gssize)s->len);
    g_string_free(s, TRUE);
    const char *check64[] = {"check", ok, NULL};
    assert_int_equal(t_run(&out, &err, check64), 2);
    want = g_strdup_printf("%s:1:.id: error: expected a non-empty string, got an object\n", ok);
    assert_true(g_str_has_prefix(err, want));
    g_free(want);
    g_free(out);
    g_free(err);

    /* more than 16 MiB: refused before parsing */
    char *big = g_build_filename(tmpdir, "big.json", NULL);
    FILE *f = fopen(big, "w");
    assert_non_null(f);
    fputs("{\"id\": \"", f);
    for (int i = 0; i < (16 << 20); i += 8)
        fputs("xxxxxxxx", f);
    fputs("\"}", f);
    assert_int_equal(fclose(f), 0);
    const char *check_big[] = {"check", big, NULL};
    assert_int_equal(t_run(&out, &err, check_big), 2);
    want = g_strdup_printf("%s: error: too large for a rule set: more than 16777216 bytes\n", big);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);
    const char *map_big[] = {"inspect", csv, "--map", big, NULL};
    assert_int_equal(t_run(&out, &err, map_big), 2);
    want = g_strdup_printf("%s: error: too large for a JSON file: more than 16777216 bytes\n", big);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);
    g_unlink(big);
    g_free(big);
    g_free(csv);
    g_free(ok);
    g_free(deep);
}

/* A notice is refused unread past 4 MiB (a real one is some 35 KB), from a
 * regular file and from a device alike. */
static void notice_too_large(void **state)
{
    (void)state;
    char *big = g_build_filename(tmpdir, "notice.txt", NULL);
    FILE *f = fopen(big, "w");
    assert_non_null(f);
    for (int i = 0; i < (4 << 20) / 16 + 1; i++)
        fputs("ESSENTIAL ITEM\n\n", f);
    assert_int_equal(fclose(f), 0);
    char *out, *err, *want;
    const char *compile[] = {"compile", big, NULL};
    assert_int_equal(t_run(&out, &err, compile), 2);
    want = g_strdup_printf("%s: error: too large for a notice: more than 4194304 bytes\n", big);
    assert_string_equal(err, want);
    assert_string_equal(out, "");
    g_free(out);
    g_free(err);
    const char *screen[] = {"screen", "-c", "fixtures/candidates/sample.csv", "--notice", big, NULL};
    assert_int_equal(t_run(&out, &err, screen), 2);
    assert_non_null(strstr(err, want));
    assert_string_equal(out, "");
    g_free(want);
    g_free(out);
    g_free(err);
    const char *endless[] = {"compile", "/dev/zero", NULL};
    assert_int_equal(t_run(&out, &err, endless), 2);
    assert_string_equal(err, "/dev/zero: error: too large for a notice: more than 4194304 bytes\n");
    g_free(out);
    g_free(err);
    g_unlink(big);
    g_free(big);
}

/* Every row naming an experience field of its own (40,000 distinct keys,
 * each reported and kept) costs memory by the pairs, not rows x fields:
 * with a column per field this file asked for 6.4 GB. */
static void memory_does_not_follow_distinct_fields(void **state)
{
    (void)state;
    char *path = g_build_filename(tmpdir, "fields.csv", NULL);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("candidate_id,experience\n", f);
    for (int i = 0; i < 40000; i++)
        fprintf(f, "C%d,own_field_%d:%d.5\n", i, i, i % 7);
    assert_int_equal(fclose(f), 0);
    assert_memory_growth_at_most(path, 48 * 1024, "40,000 distinct experience fields");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(field_over_limit_in_one_piece),
        cmocka_unit_test(field_limit_default_and_raised),
        cmocka_unit_test(duplicate_before_next_record_warnings),
        cmocka_unit_test(memory_does_not_follow_a_huge_field),
        cmocka_unit_test(record_limit),
        cmocka_unit_test(memory_does_not_follow_a_huge_record),
        cmocka_unit_test(memory_does_not_follow_distinct_fields),
        cmocka_unit_test(columns_limit),
        cmocka_unit_test(rule_set_too_deep_or_too_large),
        cmocka_unit_test(notice_too_large),
    };
    return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
