/* Shared fixtures and output checks of the fuzz targets: see harness.h. */
#include "harness.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <csv.h>
#include <cjson/cJSON.h>
#include <glib.h>

#ifndef FZ_SOURCE_DIR
#error "FZ_SOURCE_DIR (the source tree, for fixtures/) must be defined"
#endif

void fz_assert(int cond, const char *msg, const char *text, size_t len)
{
    if (cond)
        return;
    fprintf(stderr, "eligo fuzz: contract violated: %s\n", msg);
    if (text) {
        fprintf(stderr, "--- offending output (%zu bytes) ---\n", len);
        fwrite(text, 1, len < 4000 ? len : 4000, stderr);
        fprintf(stderr, "\n---\n");
    }
    abort();
}

/* --- fixtures loaded once (kept for the life of the process) ------------ */

const elg_reference *fz_ref(void)
{
    static elg_reference *ref;
    if (!ref) {
        GError *err = NULL;
        ref = elg_reference_load(NULL, &err);
        if (!ref) {
            fprintf(stderr, "eligo fuzz: %s\n", err->message);
            abort();
        }
    }
    return ref;
}

GPtrArray *fz_posts(void)
{
    static GPtrArray *posts;
    if (!posts) {
        posts = g_ptr_array_new();
        gchar *dir = g_build_filename(elg_reference_dir(fz_ref()), "posts", NULL);
        elg_diags *d = elg_diags_new();
        unsigned errors = elg_posts_load_dir(dir, fz_ref(), posts, d);
        /* and experience in any of several fields, which no bundled post
         * asks: two fields (memoised reasons), three (not memoised), and
         * one or a related field */
        static const char any_fields[] =
            "{\"id\": \"any-fields\", \"title\": \"Any of several fields\", \"organisation\": \"NATO\", "
            "\"deadline\": \"2025-03-19\", \"essential\": ["
            "{\"id\": \"two\", \"kind\": \"experience\", \"years\": 5, "
            "\"fields\": [\"project_management\", \"defence_security\"]},"
            "{\"id\": \"three\", \"kind\": \"experience\", \"years\": 3, "
            "\"fields\": [\"logistics\", \"committee_work\", \"international_environment\"]},"
            "{\"id\": \"related\", \"kind\": \"experience\", \"years\": 4, \"field\": \"project_management\", "
            "\"or_related\": true}]}";
        elg_post *extra = elg_post_compile_text(any_fields, sizeof any_fields - 1, "any-fields.json", fz_ref(), d);
        elg_diags_free(d);
        g_free(dir);
        if (errors || posts->len == 0 || !extra) {
            fprintf(stderr, "eligo fuzz: the bundled posts do not compile\n");
            abort();
        }
        g_ptr_array_add(posts, extra);
    }
    return posts;
}

const elg_profiles *fz_sample(void)
{
    static elg_profiles *sample;
    if (!sample) {
        GError *err = NULL;
        sample = elg_profiles_load(FZ_SOURCE_DIR "/fixtures/candidates/sample.csv", fz_ref(), NULL, &err);
        if (!sample) {
            fprintf(stderr, "eligo fuzz: %s\n", err->message);
            abort();
        }
    }
    return sample;
}

/* --- the scratch file that the loader reads ------------------------------ */

static char *scratch_path;
static int scratch_fd = -1;

static void scratch_remove(void)
{
    if (scratch_path)
        unlink(scratch_path);
}

const char *fz_scratch(const uint8_t *data, size_t size)
{
    if (scratch_fd < 0) {
        /* tmpfs when there is one: the loader reads this file on every input */
        const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : g_get_tmp_dir();
        scratch_path = g_strdup_printf("%s/eligo-fuzz-%ld.csv", dir, (long)getpid());
        scratch_fd = open(scratch_path, O_RDWR | O_CREAT | O_TRUNC, 0600);
        if (scratch_fd < 0) {
            perror(scratch_path);
            abort();
        }
        atexit(scratch_remove);
    }
    if (ftruncate(scratch_fd, 0) != 0 || pwrite(scratch_fd, data, size, 0) != (ssize_t)size) {
        perror(scratch_path);
        abort();
    }
    return scratch_path;
}

/* --- report checks --------------------------------------------------------- */

typedef struct {
    const char *report;
    size_t report_len;
    unsigned fields, records, want_fields;
    GPtrArray *cells;        /* every cell, when wanted (NULL: counted only) */
} csv_count;

static int never_space(unsigned char c)
{
    (void)c;
    return 0; /* keep leading TABs and spaces: they are what is checked */
}

static void csv_field(void *data, size_t len, void *ud)
{
    csv_count *c = ud;
    const char *s = data;
    fz_assert(len == 0 || !strchr("=+-@\t\r", s[0]),
              "a CSV report cell begins with = + - @ TAB or CR (formula injection)", c->report,
              c->report_len);
    if (c->cells)
        g_ptr_array_add(c->cells, g_strndup(s ? s : "", len));
    c->fields++;
}

static void csv_record(int term, void *ud)
{
    (void)term;
    csv_count *c = ud;
    fz_assert(c->fields == c->want_fields, "a CSV report row has the wrong number of fields",
              c->report, c->report_len);
    c->fields = 0;
    c->records++;
}

/* A strict RFC 4180 parse: every cell safe, every row complete, WANT_ROWS rows. */
static void check_csv(const char *text, size_t len, char delim, unsigned want_fields, unsigned want_rows,
                      GPtrArray *cells)
{
    struct csv_parser p;
    csv_count c = {text, len, 0, 0, want_fields, cells};
    fz_assert(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) == 0, "csv_init", NULL, 0);
    csv_set_delim(&p, (unsigned char)delim);
    csv_set_space_func(&p, never_space);
    fz_assert(csv_parse(&p, text, len, csv_field, csv_record, &c) == len,
              "the CSV report is not valid RFC 4180", text, len);
    fz_assert(csv_fini(&p, csv_field, csv_record, &c) == 0, "the CSV report ends inside a quote",
              text, len);
    csv_free(&p);
    fz_assert(c.records == want_rows, "the CSV report does not have one row per candidate and post",
              text, len);
}

void fz_check_text(const char *text, size_t len, const char *what)
{
    fz_assert(g_utf8_validate(text, (gssize)len, NULL), what, text, len);
    for (const char *p = text; p < text + len; p = g_utf8_next_char(p)) {
        gunichar u = g_utf8_get_char(p);
        fz_assert(u == '\n' || (u >= 0x20 && u != 0x7F && (u < 0x80 || u >= 0xA0)), what, text,
                  len);
    }
}

static void check_json(const char *text, size_t len, unsigned rows, unsigned posts, gboolean by_post)
{
    fz_assert(g_utf8_validate(text, (gssize)len, NULL), "the JSON report is not UTF-8", text, len);
    cJSON *root = cJSON_ParseWithLength(text, len);
    fz_assert(root != NULL, "the JSON report does not parse", text, len);
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(root, "rows");
    fz_assert(cJSON_IsNumber(n) && n->valuedouble == rows, "the JSON report's rows is wrong", text,
              len);
    const cJSON *ps = cJSON_GetObjectItemCaseSensitive(root, "posts");
    fz_assert(cJSON_GetArraySize(ps) == (int)posts, "the JSON report misses a post", text, len);
    if (by_post) {
        const cJSON *p;
        cJSON_ArrayForEach(p, ps) {
            const cJSON *c = cJSON_GetObjectItemCaseSensitive(p, "candidates");
            fz_assert(cJSON_GetArraySize(c) == (int)rows, "the JSON report misses a candidate", text,
                      len);
        }
    } else {
        const cJSON *c = cJSON_GetObjectItemCaseSensitive(root, "candidates");
        fz_assert(cJSON_GetArraySize(c) == (int)rows, "the JSON report misses a candidate", text,
                  len);
    }
    cJSON_Delete(root);
}

/* The CSV report TEXT, and the same for a spreadsheet (--excel): a byte
 * order mark, then the very cells, separated by `;` with a decimal comma
 * in desirable_score when the candidate file is separated by `;`. */
static void check_excel(const elg_screening *s, const elg_profiles *p, const char *text, size_t len,
                        unsigned fields, unsigned rows, gboolean by_candidate)
{
    GPtrArray *plain = g_ptr_array_new_with_free_func(g_free), *excel = g_ptr_array_new_with_free_func(g_free);
    check_csv(text, len, ',', fields, rows, plain);
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    elg_report_options opt = {.format = ELG_REPORT_CSV, .by_candidate = by_candidate, .excel = TRUE};
    GError *err = NULL;
    fz_assert(out && elg_report_write(s, &opt, out, &err), "an --excel report to memory failed", NULL, 0);
    fclose(out);
    const gboolean semicolon = elg_profiles_delimiter(p) == ';';
    fz_assert(n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0, "the --excel report has no byte order mark", buf, n);
    check_csv(buf + 3, n - 3, semicolon ? ';' : ',', fields, rows, excel);
    fz_assert(excel->len == plain->len, "the --excel report has other cells", buf, n);
    for (guint i = 0; i < plain->len; i++) {
        char *want = g_ptr_array_index(plain, i);
        char *dot = strchr(want, '.');
        /* desirable_score, the eighth of a row by post */
        if (semicolon && !by_candidate && i >= fields && i % fields == 7 && dot)
            *dot = ',';
        fz_assert(strcmp(want, g_ptr_array_index(excel, i)) == 0, "an --excel report cell differs", buf, n);
    }
    free(buf);
    g_ptr_array_free(plain, TRUE);
    g_ptr_array_free(excel, TRUE);
}

void fz_check_reports(const elg_screening *s, const elg_profiles *p, unsigned n_posts, gboolean by_candidate)
{
    const unsigned n_rows = elg_profiles_count(p), kept = elg_profiles_kept_count(p);
    for (int f = ELG_REPORT_TEXT; f <= ELG_REPORT_JSON; f++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *out = open_memstream(&buf, &len);
        elg_report_options opt = {.format = (elg_report_format)f, .by_candidate = by_candidate};
        GError *err = NULL;
        fz_assert(out && elg_report_write(s, &opt, out, &err), "a report to memory failed", NULL, 0);
        fclose(out);
        if (f == ELG_REPORT_CSV)
            check_excel(s, p, buf, len, (by_candidate ? 6 : 16) + kept,
                        1 + (by_candidate ? n_rows : n_rows * n_posts), by_candidate);
        else if (f == ELG_REPORT_JSON)
            check_json(buf, len, n_rows, n_posts, !by_candidate);
        else
            fz_check_text(buf, len, "the text report holds a control character or is not UTF-8");
        free(buf);
    }
}

void fz_check_diags(const elg_diags *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    fz_assert(out != NULL, "open_memstream", NULL, 0);
    elg_diags_print(d, out);
    fclose(out);
    fz_check_text(buf, len, "a diagnostic holds a control character or is not UTF-8");
    free(buf);
}
