/* The number of threads never changes a result: the same generated file
 * loaded with 1, 2 and 3 threads gives the same rows and diagnostics, and
 * screening with 1 or 2 threads the same report bytes (issue 5). */
#include "testutil.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include "diags.h"
#include "generate.h"

typedef struct {
    char *dir;
    GPtrArray *posts;
} fixture;

static int setup(void **state)
{
    fixture *f = g_new0(fixture, 1);
    f->dir = g_dir_make_tmp("eligo-parallel-XXXXXX", NULL);
    f->posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    elg_diags *d = elg_diags_new();
    gchar *rules = t_path("rules");
    gboolean ok = elg_generate_posts(t_ref(), rules, 7, 7, f->posts, d);
    if (!ok)
        elg_diags_print(d, stderr);
    g_free(rules);
    elg_diags_free(d);
    *state = f;
    return ok ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *f = *state;
    GDir *dir = g_dir_open(f->dir, 0, NULL);
    const char *name;
    while (dir && (name = g_dir_read_name(dir))) {
        gchar *p = g_build_filename(f->dir, name, NULL);
        g_unlink(p);
        g_free(p);
    }
    if (dir)
        g_dir_close(dir);
    g_rmdir(f->dir);
    g_free(f->dir);
    g_ptr_array_free(f->posts, TRUE);
    g_free(f);
    return 0;
}

static elg_profiles *load(const char *path, unsigned threads)
{
    elg_load_options opt = {0};
    opt.threads = threads;
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(path, t_ref(), &opt, &err);
    if (!p)
        fail_msg("%s", err->message);
    return p;
}

static GString *diags_text(const elg_profiles *p)
{
    GString *s = g_string_new(NULL);
    const elg_diags *d = elg_profiles_diags(p);
    for (unsigned i = 0; i < elg_diags_count(d); i++)
        elg_diag_format(elg_diags_get(d, i), s);
    g_string_append_printf(s, "rows %u, with problems %u\n", elg_profiles_count(p),
                           elg_profiles_rows_with_problems(p));
    for (unsigned i = 0; i < elg_profiles_count(p); i++)
        g_string_append_printf(s, "%s@%u\n", elg_profiles_id(p, i), elg_profiles_line(p, i));
    return s;
}

static GString *report(const elg_profiles *p, GPtrArray *posts, unsigned threads,
                       elg_report_format format, gboolean by_candidate)
{
    elg_screening *s = elg_screen(p, (elg_post *const *)posts->pdata, posts->len, threads);
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    elg_report_options o = {.format = format, .by_candidate = by_candidate};
    GError *err = NULL;
    assert_true(elg_report_write(s, &o, mem, &err));
    fclose(mem);
    GString *out = g_string_new_len(buf, (gssize)len);
    free(buf);
    elg_screening_free(s);
    return out;
}

/* The report of ONE screened and written on one thread is the bytes of
 * MANY's on two. */
static void same_report(fixture *f, const elg_profiles *one, const elg_profiles *many, elg_report_format format,
                        gboolean by_candidate)
{
    GString *a = report(one, f->posts, 1, format, by_candidate);
    GString *b = report(many, f->posts, 2, format, by_candidate);
    assert_int_equal(a->len, b->len);
    assert_memory_equal(a->str, b->str, a->len);
    g_string_free(a, TRUE);
    g_string_free(b, TRUE);
}

/* Load FILE with 1, 2 and 3 threads; screen with 1 and 2; every result equal. */
static void check_file(fixture *f, const char *path, guint64 expect_rows)
{
    elg_profiles *one = load(path, 1);
    assert_int_equal(elg_profiles_count(one), expect_rows);
    GString *d1 = diags_text(one);
    assert_true(elg_diags_count(elg_profiles_diags(one)) > 0); /* the generator makes mistakes */
    for (unsigned t = 2; t <= 3; t++) {
        elg_profiles *many = load(path, t);
        GString *dn = diags_text(many);
        assert_string_equal(d1->str, dn->str);
        g_string_free(dn, TRUE);
        same_report(f, one, many, ELG_REPORT_CSV, FALSE);
        if (t == 2) /* every format, both ways, in segments of 8192 rows */
            for (elg_report_format format = ELG_REPORT_TEXT; format <= ELG_REPORT_JSON; format++)
                for (int by_candidate = 0; by_candidate <= 1; by_candidate++)
                    if (format != ELG_REPORT_CSV || by_candidate)
                        same_report(f, one, many, format, by_candidate);
        elg_profiles_free(many);
    }
    g_string_free(d1, TRUE);
    elg_profiles_free(one);
}

static void generated_file(void **state)
{
    fixture *f = *state;
    gchar *path = g_build_filename(f->dir, "generated.csv", NULL);
    GError *err = NULL;
    assert_true(elg_generate_file(path, 42, 12000, &err));
    check_file(f, path, 12000);
    g_free(path);
}

/* CRLF line ends, a BOM and a quoted line break right at the start: the
 * split points must still fall on record boundaries. */
static void crlf_file_with_bom(void **state)
{
    fixture *f = *state;
    GString *text = g_string_new("\xEF\xBB\xBF");
    elg_generate_header_append(text);
    g_string_append(text, "X1,\"a name\nover two lines\",FR,master,,,9,committee_work:4,,V,II,,,,2025-01-01,yes\n");
    elg_generate_rows(text, 5, 0, 8000);
    GString *crlf = g_string_sized_new(text->len + 10000);
    for (gsize i = 0; i < text->len; i++) {
        if (text->str[i] == '\n')
            g_string_append_c(crlf, '\r');
        g_string_append_c(crlf, text->str[i]);
    }
    gchar *path = g_build_filename(f->dir, "crlf.csv", NULL);
    assert_true(g_file_set_contents(path, crlf->str, (gssize)crlf->len, NULL));
    check_file(f, path, 8001);
    g_free(path);
    g_string_free(text, TRUE);
    g_string_free(crlf, TRUE);
}

/* The generated rows [0, N) of SEED that hold no quote, each a whole
 * line (g_strfreev). */
static gchar **unquoted_rows(guint seed, guint n)
{
    GString *rows = g_string_new(NULL);
    elg_generate_rows(rows, seed, 0, n);
    gchar **lines = t_lines(rows->str);
    g_string_free(rows, TRUE);
    guint kept = 0;
    for (gchar **l = lines; *l; l++) {
        if (**l && !strchr(*l, '"'))
            lines[kept++] = *l;
        else
            g_free(*l);
    }
    lines[kept] = NULL;
    return lines;
}

/* A stray quote (x"y, text) and a quote that opens a field (,"abc) keep
 * libcsv inside a quoted field while a quote count says it is out: the chunk that ends inside the field is parsed again
 * by the calling thread, and the result is still that of one thread.  That
 * field runs to the end of the file: the file is read again with its quote
 * as a character, and every row is there. */
static void stray_quote(void **state)
{
    fixture *f = *state;
    GString *text = g_string_new(NULL);
    elg_generate_header_append(text);
    /* only rows without quotes, so that nothing closes the stray one */
    gchar **lines = unquoted_rows(11, 9000);
    guint kept = 0;
    for (gchar **l = lines; *l; l++) {
        if (kept == 1500)
            g_string_append(text, "S1,x\"y,\"abc,FR,master,,,9,,,V,II,,,,2025-01-01,yes\n");
        g_string_append(text, *l);
        g_string_append_c(text, '\n');
        kept++;
    }
    g_strfreev(lines);
    gchar *path = g_build_filename(f->dir, "stray.csv", NULL);
    assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
    elg_profiles *one = load(path, 1);
    assert_int_equal(elg_profiles_count(one), kept + 1);
    assert_string_equal(elg_profiles_id(one, 1500), "S1");
    assert_int_equal(elg_profiles_line(one, kept), kept + 2);
    elg_profiles_free(one);
    check_file(f, path, kept + 1);
    g_free(path);
    g_string_free(text, TRUE);
}

/* Excel's "sep=\t" first line (after a BOM, with CRLF) sets the delimiter
 * for every chunk, and the header is the line after it: rows and problems
 * keep the file's line numbers whatever the threads. */
static void excel_sep_line(void **state)
{
    fixture *f = *state;
    GString *text = g_string_new(NULL);
    elg_generate_header_append(text);
    gchar **lines = unquoted_rows(17, 9000);
    guint kept = 0;
    for (gchar **l = lines; *l; l++) {
        if (kept == 7000) /* on line 7003 */
            g_string_append(text, "T1,Jo,Frnce\n");
        g_string_append(text, *l);
        g_string_append_c(text, '\n');
        kept++;
    }
    g_strfreev(lines);
    /* no quotes: every comma is a delimiter */
    GString *tsv = g_string_sized_new(text->len + kept + 16);
    g_string_append(tsv, "\xEF\xBB\xBF" "sep=\t\r\n");
    for (gsize i = 0; i < text->len; i++) {
        if (text->str[i] == '\n')
            g_string_append_c(tsv, '\r');
        g_string_append_c(tsv, text->str[i] == ',' ? '\t' : text->str[i]);
    }
    gchar *path = g_build_filename(f->dir, "sep.csv", NULL);
    assert_true(g_file_set_contents(path, tsv->str, (gssize)tsv->len, NULL));
    check_file(f, path, kept + 1);
    for (unsigned t = 1; t <= 2; t++) {
        elg_profiles *p = load(path, t);
        assert_int_equal(elg_profiles_delimiter(p), '\t');
        assert_int_equal(elg_profiles_line(p, 0), 3);
        assert_string_equal(elg_profiles_id(p, 7000), "T1");
        assert_int_equal(elg_profiles_line(p, 7000), 7003);
        GString *d = diags_text(p);
        assert_non_null(strstr(d->str, ":7003:3: warning: nationality: \"Frnce\" is not a country"));
        g_string_free(d, TRUE);
        elg_profiles_free(p);
    }
    g_free(path);
    g_string_free(text, TRUE);
    g_string_free(tsv, TRUE);
}

/* A record over two lines, or a blank line, shifts the line of every row
 * after it: a duplicate id and a bad value on the very next row, in every
 * chunk, are reported on their own line whatever the threads. */
static void rows_after_a_record_over_two_lines(void **state)
{
    fixture *f = *state;
    GString *text = g_string_new(NULL);
    elg_generate_header_append(text);
    g_string_append(text, "D0,First,FR,master,,,9,,,V,II,,,,2025-01-01,yes\n");
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(unsigned)); /* each record's first line */
    unsigned line = 2;
    g_array_append_val(starts, line);
    line++;
    gchar **lines = unquoted_rows(13, 12000); /* whole rows only */
    guint kept = 0, added = 1;
    for (gchar **l = lines; *l; l++) {
        if (kept % 700 == 699) {
            if (kept % 1400 == 699) {
                g_string_append_printf(text, "X%u,\"a name\nover two lines\",FR,master,,,9,,,V,II,,,,2025-01-01,yes\n", kept);
                g_array_append_val(starts, line);
                line += 2;
                added++;
            } else {
                g_string_append(text, "\n");
                line++;
            }
            g_string_append_printf(text, "D0,Again %u,FR,Bachelr,,,9,,,V,II,,,,2025-01-01,yes\n", kept);
            g_array_append_val(starts, line);
            line++;
            added++;
        }
        g_string_append(text, *l);
        g_string_append_c(text, '\n');
        g_array_append_val(starts, line);
        line++;
        kept++;
    }
    g_strfreev(lines);
    gchar *path = g_build_filename(f->dir, "shifted.csv", NULL);
    assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
    check_file(f, path, kept + added);
    /* every row's line, as the report gives it (rows out of order too) */
    for (unsigned t = 1; t <= 2; t++) {
        elg_profiles *p = load(path, t);
        assert_int_equal(elg_profiles_count(p), starts->len);
        for (unsigned i = 0; i < starts->len; i++) {
            const unsigned r = (i * 7919u) % starts->len;
            if (elg_profiles_line(p, r) != g_array_index(starts, unsigned, r))
                fail_msg("row %u (%s) on line %u, expected %u", r, elg_profiles_id(p, r),
                         elg_profiles_line(p, r), g_array_index(starts, unsigned, r));
        }
        elg_profiles_free(p);
    }
    g_array_free(starts, TRUE);
    /* and the line is right, not only the same: the second D0 follows the first record over two lines */
    elg_profiles *many = load(path, 2);
    GString *d = diags_text(many);
    const char *line_of = strstr(text->str, "X699,");
    unsigned expect = 1;
    for (const char *c = text->str; c < line_of; c++)
        expect += *c == '\n';
    gchar *want = g_strdup_printf(":%u:1: warning: duplicate candidate_id \"D0\" (first on line 2)", expect + 2);
    if (!strstr(d->str, want))
        fail_msg("no %s in\n%.2000s", want, d->str);
    g_free(want);
    g_string_free(d, TRUE);
    elg_profiles_free(many);
    g_free(path);
    g_string_free(text, TRUE);
}

/* Every record twice: whichever row ends the calling thread's part of the
 * file, its id meets its twin across a chunk boundary, and the duplicate
 * is reported on the second of the two, as on one thread. */
static void every_record_twice(void **state)
{
    fixture *f = *state;
    GString *text = g_string_new(NULL);
    elg_generate_header_append(text);
    gchar **lines = unquoted_rows(17, 10000); /* whole rows only */
    guint kept = 0;
    GArray *with_id = g_array_new(FALSE, FALSE, sizeof(gboolean));
    for (gchar **l = lines; *l; l++) {
        g_string_append_printf(text, "%s\n%s\n", *l, *l);
        const gboolean has_id = **l != ',' && **l != ' ';
        g_array_append_val(with_id, has_id);
        kept++;
    }
    g_strfreev(lines);
    gchar *path = g_build_filename(f->dir, "twice.csv", NULL);
    assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
    assert_true(text->len > (2u << 20)); /* several chunks on two threads */
    check_file(f, path, 2 * kept);
    /* every twin with an id (lines 3, 5, 7, ...) is reported, whatever else the generator got wrong */
    elg_profiles *p = load(path, 2);
    const elg_diags *d = elg_profiles_diags(p);
    guint8 *twin_reported = g_new0(guint8, kept);
    for (unsigned i = 0; i < elg_diags_count(d); i++) {
        const elg_diag *g = elg_diags_get(d, i);
        if (g_str_has_prefix(g->message, "duplicate candidate_id ") && g->line % 2 == 1)
            twin_reported[(g->line - 3) / 2] = 1;
    }
    for (guint k = 0; k < kept; k++)
        if (!twin_reported[k] && g_array_index(with_id, gboolean, k))
            fail_msg("no duplicate reported on line %u", 3 + 2 * k);
    g_free(twin_reported);
    g_array_free(with_id, TRUE);
    elg_profiles_free(p);
    g_free(path);
    g_string_free(text, TRUE);
}

/* --- the first pass in two halves (files of 8 MiB and more) ------------- */

/* Load PATH with 1, 2 and 3 threads: the same encoding, rows, lines and
 * diagnostics (or the same error) each time. */
static void check_load(const char *path)
{
    GString *want = NULL;
    for (unsigned t = 1; t <= 3; t++) {
        elg_load_options opt = {.threads = t};
        GError *err = NULL;
        elg_profiles *p = elg_profiles_load(path, t_ref(), &opt, &err);
        GString *got = p ? diags_text(p) : g_string_new(err->message);
        if (p)
            g_string_append_printf(got, "encoding %s\n", elg_profiles_encoding(p));
        if (!want)
            want = got;
        else {
            assert_string_equal(want->str, got->str);
            g_string_free(got, TRUE);
        }
        elg_profiles_free(p);
        g_clear_error(&err);
    }
    g_string_free(want, TRUE);
}

/* A generated file of N rows, as text (g_string_free). */
static GString *generated_text(guint seed, guint n)
{
    GString *text = g_string_new(NULL);
    elg_generate_header_append(text);
    elg_generate_rows(text, seed, 0, n);
    return text;
}

static gchar *write_text(const fixture *f, const char *name, const GString *text)
{
    gchar *path = g_build_filename(f->dir, name, NULL);
    assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
    return path;
}

/* Files joined one after the other, each with its header: the repeated
 * headers are reported on their lines and read as no row, whichever
 * thread's chunk they fall in. */
static void joined_files(void **state)
{
    fixture *f = *state;
    GString *text = g_string_new(NULL);
    unsigned header_line[8], lines = 0; /* the line of each part's header */
    for (guint part = 0; part < 8; part++) {
        const gsize from = text->len;
        header_line[part] = lines + 1;
        elg_generate_header_append(text);
        elg_generate_rows(text, 23, part * 3000, 3000);
        for (gsize i = from; i < text->len; i++)
            lines += text->str[i] == '\n';
    }
    assert_true(text->len > (2u << 20)); /* several chunks on two threads */
    gchar *path = write_text(f, "joined.csv", text);
    check_file(f, path, 8 * 3000);
    elg_profiles *p = load(path, 2);
    const elg_diags *d = elg_profiles_diags(p);
    guint repeats = 0;
    for (unsigned i = 0; i < elg_diags_count(d); i++) {
        const elg_diag *g = elg_diags_get(d, i);
        if (!g_str_has_prefix(g->message, "the row repeats the header"))
            continue;
        repeats++;
        assert_true(repeats < 8);
        assert_int_equal(g->line, header_line[repeats]); /* the second part's header, the third's, ... */
    }
    assert_int_equal(repeats, 7);
    elg_profiles_free(p);
    g_free(path);
    g_string_free(text, TRUE);
}

/* Split points, line numbers and every row's diagnostics agree whether the
 * first pass read the file at once or in two halves. */
static void first_pass_in_halves(void **state)
{
    fixture *f = *state;
    GString *text = generated_text(21, 80000);
    assert_true(text->len > (8u << 20));
    gchar *path = write_text(f, "halves.csv", text);
    check_load(path);
    g_free(path);
    g_string_free(text, TRUE);
}

static gpointer nothing(gpointer data) { return data; }

/* A process that can have no more threads (at its RLIMIT_NPROC, as a
 * service under load may be): g_thread_new aborted the whole program from
 * elg_profiles_load, elg_screen and elg_report_write; they now do the work
 * on the threads they can have (here the caller's alone), with the same
 * rows, diagnostics and report bytes. */
static void no_thread_to_be_had(void **state)
{
    fixture *f = *state;
    GString *text = generated_text(23, 80000); /* read in halves and in chunks */
    gchar *path = write_text(f, "limit.csv", text);
    assert_int_equal(g_chmod(f->dir, 0755), 0);
    elg_profiles *one = load(path, 1);
    GString *d1 = diags_text(one), *csv1 = report(one, f->posts, 1, ELG_REPORT_CSV, FALSE),
            *by1 = report(one, f->posts, 1, ELG_REPORT_CSV, TRUE);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        /* root is exempt from the limit: be nobody (who runs nothing else) */
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(77);
        struct rlimit one_process = {1, 1};
        if (setrlimit(RLIMIT_NPROC, &one_process) != 0)
            _exit(77);
        GThread *t = g_thread_try_new("probe", nothing, NULL, NULL);
        if (t) { /* the limit does not hold here: nothing to test */
            g_thread_join(t);
            _exit(77);
        }
        elg_profiles *many = load(path, 3);
        GString *dn = diags_text(many), *csv = report(many, f->posts, 3, ELG_REPORT_CSV, FALSE),
                *by = report(many, f->posts, 3, ELG_REPORT_CSV, TRUE);
        _exit(g_string_equal(dn, d1) && g_string_equal(csv, csv1) && g_string_equal(by, by1) ? 0 : 1);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    elg_profiles_free(one);
    g_string_free(d1, TRUE);
    g_string_free(csv1, TRUE);
    g_string_free(by1, TRUE);
    g_string_free(text, TRUE);
    g_free(path);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 77)
        skip();
    assert_false(WIFSIGNALED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

/* Append a record whose name, quoted, runs over LINES lines. */
static void append_long_record(GString *text, const char *id, unsigned lines)
{
    g_string_append_printf(text, "%s,\"", id);
    for (unsigned i = 0; i < lines; i++)
        g_string_append(text, "a line of a long quoted name\n");
    g_string_append(text, "the end\",FR,master,,,9,,,V,II,,,,2025-01-01,yes\n");
}

/* The middle of the file inside a quoted field over many lines: the second
 * half is read again, after the first, and the result is the same. */
static void middle_inside_quotes(void **state)
{
    fixture *f = *state;
    GString *text = generated_text(22, 36000);
    GString *field = g_string_new(NULL);
    append_long_record(field, "M1", 4000);
    g_string_append_len(text, field->str, (gssize)field->len);
    GString *after = g_string_new(NULL);
    elg_generate_rows(after, 22, 36000, 36000);
    g_string_append_len(text, after->str, (gssize)after->len);
    /* the middle falls in the field */
    const gsize field_at = text->len - after->len - field->len;
    assert_true(text->len / 2 > field_at && text->len / 2 < field_at + field->len);
    assert_true(text->len > (8u << 20));
    gchar *path = write_text(f, "middle-in-quotes.csv", text);
    check_load(path);
    g_free(path);
    g_string_free(after, TRUE);
    g_string_free(field, TRUE);
    g_string_free(text, TRUE);
}

/* A record of 5 MB (a quoted field over 180,000 lines, more than a field
 * may hold): the chunk that holds it is longer than a worker's read buffer
 * starts (4 MiB), which then grows; the result is that of one thread. */
static void chunk_longer_than_the_read_buffer(void **state)
{
    fixture *f = *state;
    GString *text = generated_text(24, 20000);
    append_long_record(text, "LONG1", 180000);
    elg_generate_rows(text, 24, 20000, 20000);
    assert_true(text->len > (9u << 20));
    gchar *path = write_text(f, "long-record.csv", text);
    check_load(path);
    g_free(path);
    g_string_free(text, TRUE);
}

/* A NUL byte, or a byte that is not UTF-8, in the second half only: the
 * same error (line and offset), the same encoding. */
static void second_half_binary_or_windows_1252(void **state)
{
    fixture *f = *state;
    GString *text = generated_text(23, 80000);
    assert_true(text->len > (8u << 20));
    const gsize at = text->len / 4 * 3;
    const char saved = text->str[at];
    text->str[at] = '\0';
    gchar *path = write_text(f, "nul.csv", text);
    check_load(path);
    g_free(path);
    text->str[at] = saved;
    /* an accented letter as Windows-1252 writes it, inside a name */
    const char *name = strstr(text->str + at, "Maria");
    assert_non_null(name);
    text->str[name - text->str + 1] = (char)0xE1;
    path = write_text(f, "cp1252.csv", text);
    elg_load_options opt = {.threads = 2};
    elg_profiles *p = elg_profiles_load(path, t_ref(), &opt, NULL);
    assert_non_null(p);
    assert_string_equal(elg_profiles_encoding(p), "Windows-1252");
    elg_profiles_free(p);
    check_load(path);
    g_free(path);
    g_string_free(text, TRUE);
}

/* A file of the generated rows without quotes with LINE inserted after
 * row AT; *N: its rows (g_free). */
static gchar *file_with_line(const fixture *f, const char *name, guint at, const char *line, guint *n)
{
    GString *text = g_string_new(NULL);
    elg_generate_header_append(text);
    gchar **lines = unquoted_rows(12, 20000);
    guint kept = 0;
    for (gchar **l = lines; *l; l++) {
        if (kept == at)
            g_string_append(text, line);
        g_string_append_printf(text, "%s\n", *l);
        kept++;
    }
    g_strfreev(lines);
    assert_true(text->len > (2u << 20)); /* several chunks */
    gchar *path = write_text(f, name, text);
    g_string_free(text, TRUE);
    *n = kept + 1;
    return path;
}

/* The one diagnostic of P that starts with PREFIX, formatted (g_free). */
static gchar *diag_starting(const elg_profiles *p, const char *prefix)
{
    const elg_diags *d = elg_profiles_diags(p);
    gchar *found = NULL;
    for (unsigned i = 0; i < elg_diags_count(d); i++) {
        GString *s = g_string_new(NULL);
        elg_diag_format(elg_diags_get(d, i), s);
        gchar *text = g_string_free(s, FALSE);
        if (g_str_has_prefix(strchr(text, ':') + 1, prefix)) {
            assert_null(found);
            found = text;
        } else {
            g_free(text);
        }
    }
    assert_non_null(found);
    return found;
}

/* A quote never closed in a Windows-1252 file, in a chunk a worker parses
 * on the second load: read as a character, the rows after it split into
 * chunks again; 1, 2 and 3 threads give the same rows and warnings. */
static void stray_quote_windows_1252_in_a_later_chunk(void **state)
{
    fixture *f = *state;
    guint n;
    gchar *path = file_with_line(f, "stray-1252.csv", 15000,
                                 "S2,\"Zo\xe9 never closed,FR,master,,,9,,,V,II,,,,2025-01-01,yes\n", &n);
    elg_profiles *one = load(path, 1);
    assert_string_equal(elg_profiles_encoding(one), "Windows-1252");
    assert_int_equal(elg_profiles_count(one), n);
    assert_string_equal(elg_profiles_id(one, 15000), "S2");
    assert_int_equal(elg_profiles_line(one, n - 1), n + 1);
    gchar *warning = diag_starting(one, "15002:2: warning: name: ");
    gchar *want = g_strdup_printf("%s:15002:2: warning: name: \"\\\"Zo\xc3\xa9 never closed,FR,master,,,9,,,V,II,,,,"
                                  "2025-01-01,yes\" opens a quote that is never closed (it would take the rest of the "
                                  "file, to line %u, into one field); the quote is read as a character of the cell, "
                                  "and the record as ending at the end of line 15002\n",
                                  path, n + 1);
    assert_string_equal(warning, want);
    g_free(want);
    g_free(warning);
    elg_profiles_free(one);
    check_file(f, path, n);
    g_free(path);
}

/* The stray quote's record starts a line before it, and its id is an
 * earlier row's: the quote's warning is at the record's line, where every
 * problem of a row is, and the same whichever thread read the chunk. */
static void stray_quote_after_a_line_break_in_its_record(void **state)
{
    fixture *f = *state;
    gchar **lines = unquoted_rows(12, 1);
    gchar *id = g_strndup(lines[0], (gsize)(strchr(lines[0], ',') - lines[0]));
    g_strfreev(lines);
    gchar *line = g_strdup_printf("%s,\"two\nlines\",FR,\"never closed,,,9,,,V,II,,,,2025-01-01,yes\n", id);
    guint n;
    gchar *path = file_with_line(f, "stray-late.csv", 15000, line, &n);
    elg_profiles *one = load(path, 1);
    assert_int_equal(elg_profiles_count(one), n);
    assert_int_equal(elg_profiles_line(one, n - 1), n + 2);
    gchar *warning = diag_starting(one, "15002:4: warning: education: \"\\\"never closed,");
    assert_non_null(strstr(warning, "opens a quote, on line 15003, that is never closed"));
    g_free(warning);
    elg_profiles_free(one);
    check_file(f, path, n);
    g_free(path);
    g_free(line);
    g_free(id);
}

/* The generator is deterministic: the same seed gives the same bytes, and a
 * file made in pieces is the file made at once. */
static void generator_is_deterministic(void **state)
{
    (void)state;
    GString *a = g_string_new(NULL), *b = g_string_new(NULL);
    elg_generate_rows(a, 9, 0, 3000);
    elg_generate_rows(b, 9, 0, 1000);
    elg_generate_rows(b, 9, 1000, 2000);
    assert_int_equal(a->len, b->len);
    assert_memory_equal(a->str, b->str, a->len);
    g_string_truncate(b, 0);
    elg_generate_rows(b, 10, 0, 3000);
    assert_true(a->len != b->len || memcmp(a->str, b->str, a->len) != 0);
    g_string_free(a, TRUE);
    g_string_free(b, TRUE);
}

/* The match loop evaluates whole blocks of 64 rows with loops of a fixed
 * count and the file's last block with its own count: a candidate's state
 * on every criterion of every post is the same in a long file (whole
 * blocks) as in pieces of 50 rows (each a last, partial block). */
static void verdicts_whatever_the_block(void **state)
{
    fixture *f = *state;
    gchar **lines = unquoted_rows(23, 1000);
    const guint n = g_strv_length(lines);
    assert_true(n > 900);
    GString *text = g_string_new(NULL);
    elg_generate_header_append(text);
    for (guint i = 0; i < n; i++)
        g_string_append_printf(text, "%s\n", lines[i]);
    gchar *path = write_text(f, "blocks.csv", text);
    elg_profiles *all = load(path, 1);
    assert_int_equal(elg_profiles_count(all), n);
    elg_screening *s_all = elg_screen(all, (elg_post *const *)f->posts->pdata, f->posts->len, 1);
    guint compared = 0;
    for (guint from = 0; from < n; from += 50) {
        const guint rows = MIN(50, n - from);
        g_string_truncate(text, 0);
        elg_generate_header_append(text);
        for (guint i = from; i < from + rows; i++)
            g_string_append_printf(text, "%s\n", lines[i]);
        gchar *piece_path = write_text(f, "piece.csv", text);
        elg_profiles *piece = load(piece_path, 1);
        assert_int_equal(elg_profiles_count(piece), rows);
        elg_screening *s = elg_screen(piece, (elg_post *const *)f->posts->pdata, f->posts->len, 1);
        for (guint p = 0; p < f->posts->len; p++) {
            const unsigned n_crit = elg_post_criteria_count(g_ptr_array_index(f->posts, p));
            for (guint row = 0; row < rows; row++) {
                assert_int_equal(elg_screening_status(s, p, row), elg_screening_status(s_all, p, from + row));
                for (unsigned c = 0; c < n_crit; c++, compared++)
                    if (elg_screening_state(s, p, c, row) != elg_screening_state(s_all, p, c, from + row))
                        fail_msg("post %u, criterion %u, row %u: %d in a piece, %d in the whole file", p, c,
                                 from + row, elg_screening_state(s, p, c, row),
                                 elg_screening_state(s_all, p, c, from + row));
            }
        }
        elg_screening_free(s);
        elg_profiles_free(piece);
        g_unlink(piece_path);
        g_free(piece_path);
    }
    assert_true(compared > 50000);
    elg_screening_free(s_all);
    elg_profiles_free(all);
    g_unlink(path);
    g_free(path);
    g_string_free(text, TRUE);
    g_strfreev(lines);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(generator_is_deterministic),
        cmocka_unit_test_setup_teardown(generated_file, setup, teardown),
        cmocka_unit_test_setup_teardown(crlf_file_with_bom, setup, teardown),
        cmocka_unit_test_setup_teardown(stray_quote, setup, teardown),
        cmocka_unit_test_setup_teardown(stray_quote_windows_1252_in_a_later_chunk, setup, teardown),
        cmocka_unit_test_setup_teardown(stray_quote_after_a_line_break_in_its_record, setup, teardown),
        cmocka_unit_test_setup_teardown(excel_sep_line, setup, teardown),
        cmocka_unit_test_setup_teardown(rows_after_a_record_over_two_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(joined_files, setup, teardown),
        cmocka_unit_test_setup_teardown(every_record_twice, setup, teardown),
        cmocka_unit_test_setup_teardown(first_pass_in_halves, setup, teardown),
        cmocka_unit_test_setup_teardown(middle_inside_quotes, setup, teardown),
        cmocka_unit_test_setup_teardown(second_half_binary_or_windows_1252, setup, teardown),
        cmocka_unit_test_setup_teardown(chunk_longer_than_the_read_buffer, setup, teardown),
        cmocka_unit_test_setup_teardown(no_thread_to_be_had, setup, teardown),
        cmocka_unit_test_setup_teardown(verdicts_whatever_the_block, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
