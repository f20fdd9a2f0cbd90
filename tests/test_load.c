/* The loader (DESIGN.md s.2, s.6): encoding and delimiter detection, line
 * ends, RFC 4180 quoting, line numbers, row rules and list cells. */
#include "testutil.h"

#include <string.h>
#include <glib/gstdio.h>
#include <cjson/cJSON.h>
#include "load_row.h" /* ELG_NAT_CACHE_BITS */
#include "store.h"

#define CHUNK (1u << 20) /* load.c reads the file in pieces of this size */

/* A file written to a temporary directory, loaded, and its inspect JSON. */
typedef struct {
    char *dir, *path;
    elg_profiles *p;
    cJSON *json;
    GString *diags; /* "LINE:COLUMN: message\n" per problem, without the file name */
} loaded;

static loaded *load_bytes(const char *bytes, gssize len, elg_date_order order)
{
    loaded *l = g_new0(loaded, 1);
    l->dir = g_dir_make_tmp("eligo-load-XXXXXX", NULL);
    assert_non_null(l->dir);
    l->path = g_build_filename(l->dir, "c.csv", NULL);
    assert_true(g_file_set_contents(l->path, bytes, len, NULL));
    elg_load_options opt = {0};
    opt.date_order = order;
    GError *err = NULL;
    l->p = elg_profiles_load(l->path, t_ref(), &opt, &err);
    if (!l->p)
        fail_msg("load failed: %s", err ? err->message : "(no error set)");
    GString *out = g_string_new(NULL);
    elg_profiles_inspect(l->p, TRUE, out);
    l->json = cJSON_Parse(out->str);
    assert_non_null(l->json);
    g_string_free(out, TRUE);
    l->diags = g_string_new(NULL);
    const elg_diags *d = elg_profiles_diags(l->p);
    for (unsigned i = 0; i < elg_diags_count(d); i++) {
        const elg_diag *g = elg_diags_get(d, i);
        g_string_append_printf(l->diags, "%u:%u: %s\n", g->line, g->column, g->message);
    }
    return l;
}

static loaded *load(const char *text) { return load_bytes(text, -1, ELG_DATES_STRICT); }

static void unload(loaded *l)
{
    elg_profiles_free(l->p);
    cJSON_Delete(l->json);
    g_string_free(l->diags, TRUE);
    g_unlink(l->path);
    g_rmdir(l->dir);
    g_free(l->path);
    g_free(l->dir);
    g_free(l);
}

static const cJSON *profile(const loaded *l, int row)
{
    const cJSON *p = cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), row);
    assert_non_null(p);
    return p;
}

/* Member KEY of profile ROW printed as compact JSON (g_free). */
static char *member(const loaded *l, int row, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(profile(l, row), key);
    assert_non_null(v);
    char *s = cJSON_PrintUnformatted(v);
    char *copy = g_strdup(s);
    cJSON_free(s);
    return copy;
}

#define assert_member(l, row, key, want)            \
    do {                                            \
        char *got_ = member(l, row, key);           \
        assert_string_equal(got_, want);            \
        g_free(got_);                               \
    } while (0)

static void assert_ids(const loaded *l, const char *const *ids, unsigned n)
{
    assert_int_equal(elg_profiles_count(l->p), n);
    for (unsigned i = 0; i < n; i++)
        assert_string_equal(elg_profiles_id(l->p, i), ids[i]);
}

/* --- encoding ------------------------------------------------------------ */

static void test_encoding_utf8(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name\nC1,Zoë Łukasz Ødegård\n");
    assert_string_equal(elg_profiles_encoding(l->p), "UTF-8");
    assert_member(l, 0, "name", "\"Zoë Łukasz Ødegård\"");
    unload(l);
}

static void test_encoding_bom(void **state)
{
    (void)state;
    loaded *l = load("\xEF\xBB\xBF" "candidate_id,name\nC1,Zoë\n");
    assert_string_equal(elg_profiles_encoding(l->p), "UTF-8 with BOM");
    /* the BOM is not part of the first header */
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(l->json, "columns"), "candidate_id")->valuestring,
                        "candidate_id");
    assert_member(l, 0, "candidate_id", "\"C1\"");
    assert_string_equal(l->diags->str, "");
    unload(l);
}

static void test_encoding_windows_1252(void **state)
{
    (void)state;
    /* ë, œ (0x9C: not in ISO-8859-1), € (0x80), è in Norvège */
    loaded *l = load("candidate_id,name,nationality\nC1,Zo\xEB C\x9C" "ur \x80,Norv\xE8ge\n");
    assert_string_equal(elg_profiles_encoding(l->p), "Windows-1252");
    assert_member(l, 0, "name", "\"Zoë Cœur €\"");
    assert_member(l, 0, "nationality", "[\"NO\"]");
    unload(l);
}

static void test_encoding_windows_1252_undefined_byte(void **state)
{
    (void)state;
    /* 0x81 is undefined in Windows-1252: a replacement character, not a failure */
    loaded *l = load("candidate_id,name\nC1,A\x81" "B\n");
    assert_string_equal(elg_profiles_encoding(l->p), "Windows-1252");
    assert_member(l, 0, "name", "\"A\xEF\xBF\xBD" "B\"");
    unload(l);
}

/* UTF8 saved as ENCODING ("UTF-16LE" or "UTF-16BE") with its byte order
 * mark, as Excel saves "Unicode Text"; *LEN its bytes (g_free). */
static char *utf16_file(const char *utf8, const char *encoding, gsize *len)
{
    gsize n = 0;
    GError *err = NULL;
    char *body = g_convert(utf8, -1, encoding, "UTF-8", NULL, &n, &err);
    if (!body)
        fail_msg("g_convert: %s", err->message);
    char *file = g_malloc(n + 2);
    const gboolean le = strcmp(encoding, "UTF-16LE") == 0;
    file[0] = (char)(le ? 0xFF : 0xFE);
    file[1] = (char)(le ? 0xFE : 0xFF);
    memcpy(file + 2, body, n);
    g_free(body);
    *len = n + 2;
    return file;
}

static void test_encoding_utf16(void **state)
{
    (void)state;
    const char *text = "candidate_id\tname\tenglish\r\n"
                       "C1\tRen\u00e9e \u0141ukasz\tV\r\n"
                       "C2\tZo\u00eb \U0001F600\tfluent\r\n";
    const char *encodings[] = {"UTF-16LE", "UTF-16BE"};
    for (size_t i = 0; i < G_N_ELEMENTS(encodings); i++) {
        gsize len;
        char *bytes = utf16_file(text, encodings[i], &len);
        loaded *l = load_bytes(bytes, (gssize)len, ELG_DATES_STRICT);
        assert_string_equal(elg_profiles_encoding(l->p), encodings[i]);
        assert_int_equal(elg_profiles_delimiter(l->p), '\t');
        assert_member(l, 0, "name", "\"Ren\u00e9e \u0141ukasz\"");
        assert_member(l, 1, "name", "\"Zo\u00eb \U0001F600\"");
        assert_member(l, 0, "english", "5");
        /* lines and columns are the file's */
        assert_string_equal(l->diags->str,
                            "3:3: english: \"fluent\" is not a language level; expected I to VI, a "
                            "level name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n");
        unload(l);
        g_free(bytes);
    }
}

/* UTF-16 without a byte order mark, as some exports write it: known by
 * the NUL byte of each character of its header, read as with the mark. */
static void test_encoding_utf16_without_bom(void **state)
{
    (void)state;
    const char *text = "candidate_id,name,english\r\nC1,Ren\u00e9e \u0141ukasz,V\r\nC2,Zo\u00eb,fluent\r\n";
    const char *encodings[] = {"UTF-16LE", "UTF-16BE"};
    for (size_t i = 0; i < G_N_ELEMENTS(encodings); i++) {
        gsize len = 0;
        char *bytes = g_convert(text, -1, encodings[i], "UTF-8", NULL, &len, NULL);
        assert_non_null(bytes);
        loaded *l = load_bytes(bytes, (gssize)len, ELG_DATES_STRICT);
        char *want = g_strdup_printf("%s without BOM", encodings[i]);
        assert_string_equal(elg_profiles_encoding(l->p), want);
        assert_member(l, 0, "candidate_id", "\"C1\"");
        assert_member(l, 0, "name", "\"Ren\u00e9e \u0141ukasz\"");
        assert_member(l, 0, "english", "5");
        assert_string_equal(l->diags->str,
                            "3:3: english: \"fluent\" is not a language level; expected I to VI, a "
                            "level name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n");
        unload(l);
        g_free(want);
        g_free(bytes);
    }
    /* NUL bytes that are no UTF-16 text (a NUL code unit) stay binary data */
    char *dir = g_dir_make_tmp("eligo-load-XXXXXX", NULL);
    char *path = g_build_filename(dir, "c.csv", NULL);
    static const char bin[] = "c\0\0\0d\0,\0x\0\n\0";
    assert_true(g_file_set_contents(path, bin, sizeof bin - 1, NULL));
    GError *err = NULL;
    assert_null(elg_profiles_load(path, t_ref(), NULL, &err));
    assert_non_null(strstr(err->message, "error: binary data (a NUL byte at offset 1)"));
    g_error_free(err);
    g_unlink(path);
    g_rmdir(dir);
    g_free(path);
    g_free(dir);
}

/* The error of loading TEXT (g_free). */
static char *load_error(const char *text)
{
    char *dir = g_dir_make_tmp("eligo-load-XXXXXX", NULL);
    char *path = g_build_filename(dir, "c.csv", NULL);
    assert_true(g_file_set_contents(path, text, -1, NULL));
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(path, t_ref(), NULL, &err);
    assert_null(p);
    assert_non_null(err);
    /* without the temporary directory */
    char *msg = g_strdup(err->message + strlen(dir) + 1);
    g_error_free(err);
    g_unlink(path);
    g_rmdir(dir);
    g_free(path);
    g_free(dir);
    return msg;
}

/* Excel's first line "sep=;" (it writes it and honours it) sets the
 * delimiter; the header is the line after it, and lines keep their
 * numbers in the file. */
/* Blank lines before the header (and lines of spaces), which libcsv skips:
 * the delimiter is guessed from the header, not from the blank line, and
 * line numbers stay the file's. */
static void test_blank_lines_before_the_header(void **state)
{
    (void)state;
    loaded *l = load("\r\n   \r\ncandidate_id;name;nationality\r\nC1;Jo, A;FR\r\nC2;Al;Frnce\r\n");
    assert_int_equal(elg_profiles_delimiter(l->p), ';');
    assert_int_equal(elg_profiles_count(l->p), 2);
    assert_member(l, 0, "name", "\"Jo, A\"");
    assert_int_equal(elg_profiles_line(l->p, 0), 4);
    assert_string_equal(l->diags->str, "5:3: nationality: \"Frnce\" is not a country; expected an ISO 3166 code or "
                                       "an English or French country name\n");
    unload(l);
    /* a line of a TAB, and rows of empty cells as Excel saves empty first rows */
    l = load("\t\n;;\n,,\ncandidate_id;nationality;name\nC1;FR;Ann\n");
    assert_int_equal(elg_profiles_delimiter(l->p), ';');
    assert_int_equal(elg_profiles_count(l->p), 1);
    assert_member(l, 0, "name", "\"Ann\"");
    assert_int_equal(elg_profiles_line(l->p, 0), 5);
    unload(l);
    /* quoted empty cells: skipped, and the delimiter is the header's */
    l = load("\"\";\"\"\ncandidate_id,name\nC1,Ann\n");
    assert_int_equal(elg_profiles_delimiter(l->p), ',');
    assert_int_equal(elg_profiles_count(l->p), 1);
    assert_member(l, 0, "name", "\"Ann\"");
    assert_int_equal(elg_profiles_line(l->p, 0), 3);
    unload(l);
    /* nothing but empty cells: no header */
    char *e = load_error(";;\n;;\n");
    assert_string_equal(e, "c.csv: error: no header row; expected a header with a candidate_id column");
    g_free(e);
    e = load_error(",,\n\t\n");
    assert_string_equal(e, "c.csv: error: no header row; expected a header with a candidate_id column");
    g_free(e);
}

/* A header without ids that is not the file's header says where the
 * header seems to be: below a title line, or split by a delimiter that is
 * not the one read.  Nothing is guessed: the file is still refused. */
static void test_header_not_found_hints(void **state)
{
    (void)state;
    static const char expected[] = "expected a header named candidate_id or an alias (id, applicant_id, candidate, "
                                   "identifiant, ...), or a --map file such as {\"Their header\": \"candidate_id\"}";
    static const struct {
        const char *text, *want;
    } cases[] = {
        /* a title line, and another, above the header */
        {"Candidates export 2025-03-19\nPost 250303\ncandidate_id,name,english\nC1,Al,V\n",
         "c.csv:1: error: no candidate_id column in the header (\"Candidates export 2025-03-19\"); %s; the header "
         "seems to be on line 3, not line 1: delete the lines above it"},
        /* the title line decided the delimiter: the header's is named */
        {"Candidates export 2025-03-19\r\nCandidate ID;Name;English\r\nC1;Al;V\r\n",
         "c.csv:1: error: no candidate_id column in the header (\"Candidates export 2025-03-19\"); %s; the header "
         "seems to be on line 2, not line 1 (separated by \";\"): delete the lines above it"},
        /* a title in a cell of a row as a spreadsheet saves it, then an empty row */
        {"Export,,\n,,\nApplicant ID,Name,English\nC1,Al,V\n",
         "c.csv:1: error: no candidate_id column in the header (\"Export\", \"\", \"\"); %s; the header seems to be "
         "on line 3, not line 1: delete the lines above it"},
        /* a delimiter eligo does not read */
        {"candidate_id|name|english\nC1|Al|V\n",
         "c.csv:1: error: no candidate_id column in the header (\"candidate_id|name|english\"); %s; the header is "
         "one column, which \"|\" splits into 3: \"|\" is no delimiter eligo reads; save the file with \",\", "
         "\";\" or TAB between cells"},
        /* a sep= line that says another delimiter than the file's */
        {"sep=,\ncandidate_id;name;english\nC1;Al;V\n",
         "c.csv:2: error: no candidate_id column in the header (\"candidate_id;name;english\"); %s; the header is "
         "one column, which \";\" splits into 3, but the file is read as separated by \",\" (its sep= line says "
         "so)"},
        /* no hint when no row below reads as a header */
        {"Name,Reference\nAl,R1\nBo,R2\n",
         "c.csv:1: error: no candidate_id column in the header (\"Name\", \"Reference\"); %s"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *e = load_error(cases[i].text);
        char *want = g_strdup_printf(cases[i].want, expected);
        assert_string_equal(e, want);
        g_free(want);
        g_free(e);
    }
}

/* A row that repeats the header, as files joined one after the other
 * have: reported on its line, not a candidate; rows around it read as
 * before, on their own lines.  A row whose id only looks like the header's
 * is a candidate. */
static void test_repeated_header_row(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,english\r\nC1,Al,V\r\ncandidate_id,name,english\r\nC2,Bo,IV\r\n"
                     "candidate_id,name,english\r\ncandidate_id,Cy,III\r\n");
    assert_int_equal(elg_profiles_count(l->p), 3);
    assert_member(l, 1, "candidate_id", "\"C2\"");
    assert_int_equal(elg_profiles_line(l->p, 1), 4);
    assert_member(l, 2, "name", "\"Cy\"");
    assert_int_equal(elg_profiles_line(l->p, 2), 6);
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 0);
    assert_int_equal(cJSON_GetObjectItem(l->json, "header_repeats")->valueint, 2);
    assert_string_equal(l->diags->str,
                        "3:1: the row repeats the header (as files joined one after the other do); not a "
                        "candidate: not read, not screened\n"
                        "5:1: the row repeats the header (as files joined one after the other do); not a "
                        "candidate: not read, not screened\n");
    unload(l);
    /* none: no count */
    l = load("candidate_id,name\nC1,Al\n");
    assert_null(cJSON_GetObjectItem(l->json, "header_repeats"));
    unload(l);
}

static void test_excel_sep_line(void **state)
{
    (void)state;
    /* the sep line wins over the header's count: two commas, one ';' */
    loaded *l = load("sep=;\r\ncandidate_id;name, first, last\r\nC1;Jo, A, B\r\nC2;Al\r\n");
    assert_int_equal(elg_profiles_delimiter(l->p), ';');
    assert_int_equal(elg_profiles_count(l->p), 2);
    assert_member(l, 0, "candidate_id", "\"C1\"");
    assert_member(l, 1, "candidate_id", "\"C2\"");
    assert_int_equal(elg_profiles_line(l->p, 0), 3);
    assert_int_equal(elg_profiles_line(l->p, 1), 4);
    assert_string_equal(l->diags->str, "");
    unload(l);
    /* with a BOM, a TAB, LF, and a problem on its own line */
    l = load("\xEF\xBB\xBF" "sep=\t\ncandidate_id\tnationality\nC1\tFR\nC2\tFrnce\n");
    assert_int_equal(elg_profiles_delimiter(l->p), '\t');
    assert_member(l, 0, "nationality", "[\"FR\"]");
    assert_string_equal(l->diags->str, "4:2: nationality: \"Frnce\" is not a country; expected an ISO 3166 code or "
                                       "an English or French country name\n");
    unload(l);
    /* CR alone, and SEP in capitals */
    l = load("SEP=,\rcandidate_id,nationality\rC1,FR\r");
    assert_int_equal(elg_profiles_delimiter(l->p), ',');
    assert_member(l, 0, "nationality", "[\"FR\"]");
    assert_int_equal(elg_profiles_line(l->p, 0), 3);
    unload(l);
    /* a header error names the header's line */
    char *e = load_error("sep=;\nname;nationality\nJo;FR\n");
    assert_string_equal(e, "c.csv:2: error: no candidate_id column in the header (\"name\", \"nationality\"); "
                           "expected a header named candidate_id or an alias (id, applicant_id, candidate, "
                           "identifiant, ...), or a --map file such as {\"Their header\": \"candidate_id\"}");
    g_free(e);
    e = load_error("sep=;\n");
    assert_string_equal(e, "c.csv: error: the file is empty but for its \"sep=\" line; expected a header row "
                           "with a candidate_id column");
    g_free(e);
    e = load_error("sep=;");
    assert_string_equal(e, "c.csv: error: the file is empty but for its \"sep=\" line; expected a header row "
                           "with a candidate_id column");
    g_free(e);
    e = load_error("sep=|\ncandidate_id|name\nC1|Jo\n");
    assert_string_equal(e, "c.csv:1: error: the first line \"sep=|\" sets the delimiter |; expected sep=, or "
                           "sep=; or sep= and a TAB (the delimiters eligo reads)");
    g_free(e);
    /* after empty lines Excel reads no "sep=" line (it shows it as a row):
     * refused, naming its line, rather than read as Excel would not */
    e = load_error("\nsep=;\ncandidate_id;name\nC1;Jo\n");
    assert_string_equal(e, "c.csv:2: error: a \"sep=\" line after 1 empty line: Excel reads it only as the file's "
                           "first line, and shows this one as a row; remove the empty line before it");
    g_free(e);
    e = load_error("\xEF\xBB\xBF\r\n;;\r\n\"\";\"\"\r\nsep=,\r\ncandidate_id,name\r\nC1,Jo\r\n");
    assert_string_equal(e, "c.csv:4: error: a \"sep=\" line after 3 empty lines: Excel reads it only as the file's "
                           "first line, and shows this one as a row; remove the empty lines before it");
    g_free(e);
    e = load_error("\r\rsep=;");
    assert_string_equal(e, "c.csv:3: error: a \"sep=\" line after 2 empty lines: Excel reads it only as the file's "
                           "first line, and shows this one as a row; remove the empty lines before it");
    g_free(e);
    /* empty lines after it are skipped as before any header */
    l = load("sep=;\r\n\r\ncandidate_id;nationality\r\nC1;Frnce\r\n");
    assert_int_equal(elg_profiles_delimiter(l->p), ';');
    assert_int_equal(elg_profiles_line(l->p, 0), 4);
    assert_string_equal(l->diags->str, "4:2: nationality: \"Frnce\" is not a country; expected an ISO 3166 code or "
                                       "an English or French country name\n");
    unload(l);
    /* "sep=" as a header among others is a header */
    l = load("candidate_id,sep=\nC1,x\n");
    assert_int_equal(elg_profiles_count(l->p), 1);
    unload(l);
}

/* A code unit that is no character (an unpaired surrogate, an odd last
 * byte) reads as U+FFFD, as an undefined Windows-1252 byte does. */
static void test_encoding_utf16_bad_units(void **state)
{
    (void)state;
    gsize len;
    char *bytes = utf16_file("candidate_id,name\nC1,AB\nC2,CD", "UTF-16LE", &len);
    /* "AB" is at units 21-22 (after the BOM): a lone high surrogate between them */
    GString *s = g_string_new_len(bytes, (gssize)len);
    const gsize b_at = 2 + 2 * 22;
    assert_int_equal(s->str[b_at], 'B');
    g_string_insert_len(s, (gssize)b_at, "\x00\xD8", 2);
    g_string_append_c(s, 'E'); /* an odd last byte */
    loaded *l = load_bytes(s->str, (gssize)s->len, ELG_DATES_STRICT);
    assert_member(l, 0, "name", "\"A\uFFFDB\"");
    assert_member(l, 1, "name", "\"CD\uFFFD\"");
    unload(l);
    g_string_free(s, TRUE);
    g_free(bytes);
}

/* Past the converter's 64 KiB pieces: characters of two code units cut
 * between pieces, and a file large enough to be loaded in parallel. */
static void test_encoding_utf16_large(void **state)
{
    (void)state;
    /* the first piece is 32,768 code units: one character's two units
     * are its last and the next piece's first */
    GString *text = g_string_new("candidate_id,name\nX,");
    const glong first_piece = 32768;
    while (g_utf8_strlen(text->str, -1) < first_piece - 1)
        g_string_append_c(text, 'a');
    GString *long_name = g_string_new(text->str + strlen("candidate_id,name\nX,"));
    g_string_append(long_name, "\U0001F600");
    g_string_append(text, "\U0001F600\n");
    const unsigned rows = 60000;
    for (unsigned i = 1; i < rows; i++)
        g_string_append_printf(text, "C%u,\U0001F600%u\u00e9\n", i, i);
    gsize len;
    char *bytes = utf16_file(text->str, "UTF-16BE", &len);
    assert_true(len > (1u << 20));
    loaded *l = load_bytes(bytes, (gssize)len, ELG_DATES_STRICT);
    assert_int_equal(elg_profiles_count(l->p), rows);
    assert_string_equal(l->diags->str, "");
    unsigned i = 0;
    const cJSON *profile;
    cJSON_ArrayForEach(profile, cJSON_GetObjectItem(l->json, "profiles")) {
        char want[64];
        g_snprintf(want, sizeof want, "\U0001F600%u\u00e9", i);
        assert_string_equal(cJSON_GetObjectItem(profile, "name")->valuestring, i ? want : long_name->str);
        assert_int_equal(elg_profiles_line(l->p, i), i + 2);
        i++;
    }
    assert_int_equal(i, rows);
    g_string_free(long_name, TRUE);
    unload(l);
    g_free(bytes);
    g_string_free(text, TRUE);
}

/* Append rows "Fnnnnnnn,x,V" + EOL until S is exactly TARGET bytes long (the
 * last name padded to fit); returns the number of rows.  Short rows, not one
 * long field, reach the loader's buffer boundary without a giant cell. */
static unsigned fill_rows(GString *s, size_t target, const char *eol)
{
    unsigned n = 0;
    while (s->len + 64 < target)
        g_string_append_printf(s, "F%07u,x,V%s", n++, eol);
    g_string_append_printf(s, "F%07u,", n++);
    while (s->len + 2 + strlen(eol) < target)
        g_string_append_c(s, 'x');
    g_string_append_printf(s, ",V%s", eol);
    assert_int_equal(s->len, target);
    return n;
}

static void test_encoding_utf8_across_chunks(void **state)
{
    (void)state;
    /* a two-byte é cut by the boundary of the loader's read buffer is still UTF-8 */
    GString *s = g_string_new("candidate_id,name,english\n");
    unsigned n = fill_rows(s, CHUNK - 7, "\n");
    g_string_append(s, "C1,Renée,V\nC2,Zoë,good\n");
    assert_int_equal((unsigned char)s->str[CHUNK - 1], 0xC3);
    assert_int_equal((unsigned char)s->str[CHUNK], 0xA9);
    loaded *l = load_bytes(s->str, (gssize)s->len, ELG_DATES_STRICT);
    assert_string_equal(elg_profiles_encoding(l->p), "UTF-8");
    assert_int_equal(elg_profiles_count(l->p), n + 2);
    assert_member(l, (int)n, "name", "\"Renée\"");
    assert_member(l, (int)n + 1, "name", "\"Zoë\"");
    char *want = g_strdup_printf("%u:3: english: \"good\" is not a language level; expected I to "
                                 "VI, a level name, A1 to C2, native, or a STANAG 6001 profile "
                                 "such as 3332\n", n + 3);
    assert_string_equal(l->diags->str, want);
    g_free(want);
    unload(l);
    g_string_free(s, TRUE);
}

static void test_encoding_decided_by_the_whole_file(void **state)
{
    (void)state;
    /* one Windows-1252 byte past the first read makes the whole file Windows-1252 */
    GString *s = g_string_new("candidate_id,name,english\n");
    unsigned n = fill_rows(s, CHUNK + 4096, "\n");
    g_string_append(s, "C1,Ren\xE9" "e,V\n");
    loaded *l = load_bytes(s->str, (gssize)s->len, ELG_DATES_STRICT);
    assert_string_equal(elg_profiles_encoding(l->p), "Windows-1252");
    assert_int_equal(elg_profiles_count(l->p), n + 1);
    assert_member(l, (int)n, "name", "\"Renée\"");
    assert_string_equal(elg_profiles_id(l->p, 0), "F0000000");
    unload(l);
    g_string_free(s, TRUE);
}

/* --- delimiter ----------------------------------------------------------- */

static char delimiter_of(const char *text)
{
    loaded *l = load(text);
    char d = elg_profiles_delimiter(l->p);
    unload(l);
    return d;
}

static void test_delimiter_most_frequent(void **state)
{
    (void)state;
    assert_int_equal(delimiter_of("candidate_id,name,english\nC1,A,V\n"), ',');
    assert_int_equal(delimiter_of("candidate_id;name;english\nC1;A;V\n"), ';');
    assert_int_equal(delimiter_of("candidate_id\tname\tenglish\nC1\tA\tV\n"), '\t');
    /* a header name with a comma in a semicolon file */
    assert_int_equal(delimiter_of("candidate_id;Name, full;english\nC1;A;V\n"), ';');
    assert_int_equal(delimiter_of("candidate_id\tq_a,b\tenglish;fr\nC1\tyes\tV\n"), '\t');
}

static void test_delimiter_ties(void **state)
{
    (void)state;
    assert_int_equal(delimiter_of("candidate_id,name;english\nC1,A;V\n"), ',');
    assert_int_equal(delimiter_of("candidate_id;name\tenglish\nC1;A\tV\n"), ';');
    assert_int_equal(delimiter_of("candidate_id,name;english\tfrench\nC1,A;V\tII\n"), ',');
    /* one column: no delimiter at all reads as comma */
    assert_int_equal(delimiter_of("candidate_id\nC1\n"), ',');
}

static void test_delimiter_outside_quotes_and_header_only(void **state)
{
    (void)state;
    /* three ; inside quotes do not count against two , */
    assert_int_equal(delimiter_of("candidate_id,\"name;full;x;y\",english\nC1,A,V\n"), ',');
    /* only the header line counts, not the rows */
    assert_int_equal(delimiter_of("candidate_id;name\nC1;A,B,C,D,E\n"), ';');
    /* a quoted line break in the header does not end it */
    assert_int_equal(delimiter_of("\"candidate\nid\";name;x\nC1;A;B\n"), ';');
}

/* --- line ends, quoting, line numbers ----------------------------------- */

static void test_crlf(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,english\r\nC1,Ann,V\r\nC2,Bob,good\r\n");
    assert_member(l, 0, "name", "\"Ann\"");
    assert_member(l, 0, "english", "5");
    assert_int_equal(elg_profiles_line(l->p, 1), 3);
    assert_string_equal(l->diags->str,
                        "3:3: english: \"good\" is not a language level; expected I to VI, a level "
                        "name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n");
    unload(l);
}

static void test_bare_cr_line_ends(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name\rC1,Ann\rC2,Bob\r");
    const char *ids[] = {"C1", "C2"};
    assert_ids(l, ids, 2);
    assert_int_equal(elg_profiles_line(l->p, 1), 3);
    unload(l);
}

static void test_quoting(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,nationality\n"
                     "C1,\"Smith, John\",\"BE;FR\"\n"
                     "C2,\"Jean \"\"JJ\"\" Dupont\",FR\n"
                     "\"C3\",\"\",\n");
    assert_member(l, 0, "name", "\"Smith, John\"");
    assert_member(l, 0, "nationality", "[\"BE\",\"FR\"]");
    assert_member(l, 1, "name", "\"Jean \\\"JJ\\\" Dupont\"");
    assert_member(l, 2, "candidate_id", "\"C3\"");
    assert_member(l, 2, "name", "null");
    assert_string_equal(l->diags->str, "");
    unload(l);
}

/* Excel's text-forcing formula, `="00123"` (written to keep leading
 * zeros), raw or quoted: the text inside, in every column, the id too;
 * doubled quotes inside made single.  Any other formula is left as it
 * is.  `=""`, Excel's empty text, is an empty cell. */
static void test_excel_text_formulas(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,nationality,experience_years,english,staff_college,applied_on,notes\n"
                     "=\"00123\",\"=\"\"Jo \"\"\"\"JJ\"\"\"\" Roy\"\"\",=\"FR\",=\"5\",\"=\"\"C1\"\"\",=\"yes\","
                     "=\"2025-03-19\",=\"007\"\n"
                     "=\"00124\",=\"\",=\" BE \",=\"\",=\"a\"&B2,=\"1\",=\"19 mars 2025\",=\"x\"y\"\n");
    assert_member(l, 0, "candidate_id", "\"00123\"");
    assert_member(l, 0, "name", "\"Jo \\\"JJ\\\" Roy\"");
    assert_member(l, 0, "nationality", "[\"FR\"]");
    assert_member(l, 0, "experience_years", "5");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "staff_college", "true");
    assert_member(l, 0, "applied_on", "\"2025-03-19\"");
    assert_member(l, 0, "extra", "{\"notes\":\"007\"}");
    assert_member(l, 1, "candidate_id", "\"00124\"");
    assert_member(l, 1, "name", "null");
    assert_member(l, 1, "nationality", "[\"BE\"]");
    assert_member(l, 1, "experience_years", "null");
    assert_member(l, 1, "english", "null");
    assert_member(l, 1, "staff_college", "true");
    assert_member(l, 1, "applied_on", "\"2025-03-19\"");
    assert_member(l, 1, "extra", "{\"notes\":\"=\\\"x\\\"y\\\"\"}");
    assert_string_equal(l->diags->str,
                        "3:5: english: \"=\\\"a\\\"&B2\" is not a language level; expected I to VI, a level "
                        "name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n");
    unload(l);
}

/* Text after a closing quote ("Jo" Smith, as a writer that does not quote
 * whole fields leaves it) ends the quoting: the field reads on to the next
 * delimiter and the rows after it are rows, not more of its text.  When
 * the quoted field ran over lines, the warning says which: rows a stray
 * quote took show there. */
static void test_text_after_a_closing_quote(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,nationality\n"
                     "C1,\"Jo\" Smith,BE\n"
                     "C2,Jo \"JJ\" Smith,FR\n"
                     "C3,\"Jo \"\"JJ\"\" Smith\",DE\n"
                     "C4,\"O\" \"Brien\",IT\n"
                     "C5,\"a\n"
                     "b\"c,PL\n"
                     "C6,Ann,NL");
    const char *ids[] = {"C1", "C2", "C3", "C4", "C5", "C6"};
    assert_ids(l, ids, 6);
    assert_member(l, 0, "name", "\"Jo Smith\"");
    assert_member(l, 0, "nationality", "[\"BE\"]");
    assert_member(l, 1, "name", "\"Jo \\\"JJ\\\" Smith\"");
    assert_member(l, 2, "name", "\"Jo \\\"JJ\\\" Smith\"");
    assert_member(l, 3, "name", "\"O \\\"Brien\\\"\"");
    assert_member(l, 3, "nationality", "[\"IT\"]");
    assert_member(l, 4, "name", "\"a\\nbc\"");
    assert_member(l, 4, "nationality", "[\"PL\"]");
    assert_int_equal(elg_profiles_line(l->p, 4), 6);
    assert_int_equal(elg_profiles_line(l->p, 5), 8);
    assert_string_equal(l->diags->str,
                        "2:2: text after the closing quote of a quoted field; read on, unquoted, to the "
                        "next delimiter\n"
                        "5:2: text after the closing quote of a quoted field; read on, unquoted, to the "
                        "next delimiter\n"
                        "6:2: text after the closing quote of a quoted field, on line 7; read on, unquoted, to "
                        "the next delimiter; the record runs from line 6 to line 7: if a quote in it is stray, rows "
                        "on those lines were read into one field\n");
    unload(l);
}

/* A quote opened in a row and never closed would take every line after it
 * into one field: read as a character of its cell instead, the record
 * ending at its line's end, and every later row read as if that quote
 * were not special (a quote later on its line, and "" in later rows, too). */
static void test_stray_quote_to_the_end_of_the_file(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,nationality\n"
                     "C1,Ann,BE\n"
                     "X1,\"Unclosed \"\"x\"\" name,FR\n"
                     "C2,Bob,DE\n"
                     "C3,\"\",IT\n"
                     "\n"
                     "C4,Jo \"\"J\"\" Smith,PL\n"
                     "C5,Eve,NL\n");
    const char *ids[] = {"C1", "X1", "C2", "C3", "C4", "C5"};
    assert_ids(l, ids, 6);
    assert_member(l, 1, "name", "\"\\\"Unclosed \\\"\\\"x\\\"\\\" name\"");
    assert_member(l, 1, "nationality", "[\"FR\"]");
    assert_member(l, 2, "name", "\"Bob\"");
    assert_member(l, 3, "nationality", "[\"IT\"]");
    assert_member(l, 4, "name", "\"Jo \\\"\\\"J\\\"\\\" Smith\"");
    const unsigned lines[] = {2, 3, 4, 5, 7, 8};
    for (unsigned i = 0; i < 6; i++)
        assert_int_equal(elg_profiles_line(l->p, i), lines[i]);
    assert_string_equal(l->diags->str,
                        "3:2: name: \"\\\"Unclosed \\\"\\\"x\\\"\\\" name,FR\" opens a quote that is never closed (it "
                        "would take the rest of the file, to line 8, into one field); the quote is read as a "
                        "character of the cell, and the record as ending at the end of line 3\n");
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 1);
    unload(l);
}

/* The same in Windows-1252, with CRLF and a record over two lines before
 * the quote: warned at the record's line, naming the quote's line and
 * field, its text converted. */
static void test_stray_quote_windows_1252(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,nationality,english\r\n"
                     "C1,Andr\xe9,BE,V\r\n"
                     "X1,\"two\r\nlines\",FR,\"Caf\xe9 \xabok\xbb,IV\r\n"
                     "C2,B\xe9\x61,DE,III\r\n"
                     "C3,Eve,NL,II");
    assert_string_equal(elg_profiles_encoding(l->p), "Windows-1252");
    const char *ids[] = {"C1", "X1", "C2", "C3"};
    assert_ids(l, ids, 4);
    assert_member(l, 1, "name", "\"two\\r\\nlines\"");
    assert_member(l, 1, "english", "null");
    assert_member(l, 2, "name", "\"B\xc3\xa9\x61\"");
    assert_member(l, 2, "english", "3");
    assert_int_equal(elg_profiles_line(l->p, 1), 3);
    assert_int_equal(elg_profiles_line(l->p, 2), 5);
    assert_int_equal(elg_profiles_line(l->p, 3), 6);
    assert_string_equal(l->diags->str,
                        "3:4: english: \"\\\"Caf\xc3\xa9 \xc2\xabok\xc2\xbb,IV\" opens a quote, on line 4, that is never "
                        "closed (it would take the rest of the file, to line 6, into one field); the quote is read "
                        "as a character of the cell, and the record as ending at the end of line 4\n"
                        "3:4: english: \"\\\"Caf\xc3\xa9 \xc2\xabok\xc2\xbb\" is not a language level; expected "
                        "I to VI, a level name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n"
                        "3:5: row has 5 fields, the header has 4; the 1 extra field is ignored\n");
    unload(l);
}

/* A quote left open on the file's last line takes no other line: the
 * message and the field are today's. */
static void test_open_quote_on_the_last_line(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,nationality\n"
                     "C1,Ann,BE\n"
                     "X9,\"abc");
    const char *ids[] = {"C1", "X9"};
    assert_ids(l, ids, 2);
    assert_member(l, 1, "name", "\"abc\"");
    assert_string_equal(l->diags->str,
                        "3:2: unterminated quoted field: the quote opened in the record on line 3 runs to the "
                        "end of the file (line 3); the rest of the file was read as one field\n"
                        "3:3: row has 2 fields, the header has 3; the missing cells are read as empty\n");
    unload(l);
}

static void test_multiline_fields_and_line_numbers(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,english\n"
                     "C1,\"Line one\n"
                     "line two\r\n"
                     "line three\",V\n"
                     "C2,Bob,good\n"
                     "C3,\"A\n"
                     "B\",VII\n");
    assert_member(l, 0, "name", "\"Line one\\nline two\\r\\nline three\"");
    assert_int_equal(elg_profiles_line(l->p, 0), 2);
    assert_int_equal(elg_profiles_line(l->p, 1), 5);
    assert_int_equal(elg_profiles_line(l->p, 2), 6);
    /* a problem is reported at the line its record starts on */
    assert_string_equal(l->diags->str,
                        "5:3: english: \"good\" is not a language level; expected I to VI, a level "
                        "name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n"
                        "6:3: english: \"VII\" is not a language level; expected I to VI, a level "
                        "name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n");
    unload(l);
}

static void test_crlf_split_by_read_buffer(void **state)
{
    (void)state;
    /* the CR of a CRLF is the last byte of the first read, the LF the first of the next */
    GString *s = g_string_new("candidate_id,name,english\r\n");
    unsigned n = fill_rows(s, CHUNK + 1, "\r\n");
    assert_int_equal(s->str[CHUNK - 1], '\r');
    assert_int_equal(s->str[CHUNK], '\n');
    g_string_append(s, "C2,Bob,good\r\nC3,Cy,V\r\n");
    loaded *l = load_bytes(s->str, (gssize)s->len, ELG_DATES_STRICT);
    assert_int_equal(elg_profiles_count(l->p), n + 2);
    assert_int_equal(elg_profiles_line(l->p, n), n + 2);
    assert_int_equal(elg_profiles_line(l->p, n + 1), n + 3);
    char *want = g_strdup_printf("%u:3: english: \"good\" is not a language level; expected I to "
                                 "VI, a level name, A1 to C2, native, or a STANAG 6001 profile "
                                 "such as 3332\n", n + 2);
    assert_string_equal(l->diags->str, want);
    g_free(want);
    unload(l);
    g_string_free(s, TRUE);
}

static void test_last_record_without_line_end(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name\nC1,Ann\nC2,Bob");
    const char *ids[] = {"C1", "C2"};
    assert_ids(l, ids, 2);
    assert_member(l, 1, "name", "\"Bob\"");
    unload(l);
}

/* --- row rules ------------------------------------------------------------ */

static void test_blank_lines_are_not_rows(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,english\n"
                     "\n"
                     "C1,Ann,V\n"
                     "   \n"
                     ",,\n"
                     ",,,,,,\n"
                     " , ,\n"
                     "\"\",\"\",\"\"\n"
                     "\r\n"
                     "C2,Bob,good\n"
                     "\n");
    const char *ids[] = {"C1", "C2"};
    assert_ids(l, ids, 2);
    assert_int_equal(elg_profiles_line(l->p, 1), 10);
    assert_string_equal(l->diags->str,
                        "10:3: english: \"good\" is not a language level; expected I to VI, a level "
                        "name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n");
    unload(l);
}

static void test_short_and_long_rows(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name,english,french\n"
                     "C1,Ann\n"
                     "C2,Bob,V,II,extra,\"more, still\"\n"
                     "C3,Cy,V,II\n"
                     "C4\n"
                     "C5,Di,V,II,x\n");
    const char *ids[] = {"C1", "C2", "C3", "C4", "C5"};
    assert_ids(l, ids, 5);
    assert_member(l, 0, "english", "null");
    assert_member(l, 0, "french", "null");
    assert_member(l, 1, "french", "2");
    assert_member(l, 1, "extra", "{}"); /* extra fields are not kept */
    assert_string_equal(l->diags->str,
                        "2:3: row has 2 fields, the header has 4; the missing cells are read as empty\n"
                        "3:5: row has 6 fields, the header has 4; the 2 extra fields are ignored\n"
                        "5:2: row has 1 field, the header has 4; the missing cells are read as empty\n"
                        "6:5: row has 5 fields, the header has 4; the 1 extra field is ignored\n");
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 4);
    unload(l);
}

static void test_duplicate_and_empty_ids(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,name\n"
                     "C1,Ann\n"
                     ",Nobody\n"
                     "C1,Ann again\n"
                     "c1,lower case\n"
                     "  ,Spaces\n"
                     "C1,third\n");
    const char *ids[] = {"C1", "", "C1", "c1", "", "C1"};
    assert_ids(l, ids, 6);
    assert_member(l, 2, "name", "\"Ann again\"");
    assert_string_equal(l->diags->str,
                        "3:1: candidate_id is empty; the row is screened and reported without an id\n"
                        "4:1: duplicate candidate_id \"C1\" (first on line 2); both rows are screened\n"
                        "6:1: candidate_id is empty; the row is screened and reported without an id\n"
                        "7:1: duplicate candidate_id \"C1\" (first on line 2); both rows are screened\n");
    unload(l);
}

/* An empty id is placed at the id's own column, wherever it is. */
static void test_empty_id_in_its_column(void **state)
{
    (void)state;
    loaded *l = load("name,candidate_id\n"
                     "Ann,C1\n"
                     "Nobody,\n");
    assert_string_equal(l->diags->str,
                        "3:2: candidate_id is empty; the row is screened and reported without an id\n");
    unload(l);
}

/* A spreadsheet's summary line under the data ("Total", "Nombre de
 * candidats") is screened like every row but said to be one; names and ids
 * that only start with such a word are candidates. */
static void test_summary_line_ids(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality\n"
                     "C1,FR\n"
                     "Total,\n"
                     "Grand total: 2,\n"
                     "Nombre de candidats,\n"
                     "Sous-total (2),\n"
                     "Sum Li,DE\n"
                     "Grand,BE\n"
                     "Totalis,NL\n"
                     "Count 12b,\n");
    const char *ids[] = {"C1", "Total", "Grand total: 2", "Nombre de candidats", "Sous-total (2)",
                         "Sum Li", "Grand", "Totalis", "Count 12b"};
    assert_ids(l, ids, 9);
    assert_string_equal(l->diags->str,
                        "3:1: candidate_id \"Total\" reads as a spreadsheet's summary line (a total), not a "
                        "candidate; it is screened and reported as one: delete the line if it is not\n"
                        "4:1: candidate_id \"Grand total: 2\" reads as a spreadsheet's summary line (a total), "
                        "not a candidate; it is screened and reported as one: delete the line if it is not\n"
                        "5:1: candidate_id \"Nombre de candidats\" reads as a spreadsheet's summary line (a "
                        "total), not a candidate; it is screened and reported as one: delete the line if it is "
                        "not\n"
                        "6:1: candidate_id \"Sous-total (2)\" reads as a spreadsheet's summary line (a total), "
                        "not a candidate; it is screened and reported as one: delete the line if it is not\n");
    unload(l);
}

static void test_rows_with_problems_counts_rows(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french\nC1,good,bad\nC2,V,II\nC3,VII,\n");
    assert_int_equal(elg_profiles_count(l->p), 3);
    assert_int_equal(elg_diags_count(elg_profiles_diags(l->p)), 3);
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 2);
    assert_int_equal(cJSON_GetObjectItem(l->json, "rows")->valueint, 3);
    assert_int_equal(cJSON_GetObjectItem(l->json, "rows_with_problems")->valueint, 2);
    unload(l);
}

/* --- list cells ------------------------------------------------------------- */

static void test_nationality_lists(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality\n"
                     "C1,FR;CA\n"
                     "C2,Ukraine/Poland\n"
                     "C3,Austria ; Switzerland\n"
                     "C4,\"Korea, Republic of\"\n"
                     "C5,\"Belgium, France\"\n"
                     "C6,BE;Belgium;Belgique\n"
                     "C7,BE;;FR;\n"
                     "C8,Germny;DE\n"
                     "C9,FR;BE\n"
                     "C10,\n");
    assert_member(l, 0, "nationality", "[\"FR\",\"CA\"]");
    assert_member(l, 1, "nationality", "[\"UA\",\"PL\"]");
    assert_member(l, 2, "nationality", "[\"AT\",\"CH\"]");
    assert_member(l, 3, "nationality", "[\"KR\"]");      /* commas do not split */
    assert_member(l, 4, "nationality", "[null]");
    assert_member(l, 5, "nationality", "[\"BE\"]");      /* one country, named thrice */
    assert_member(l, 6, "nationality", "[\"BE\",\"FR\"]");
    assert_member(l, 7, "nationality", "[null,\"DE\"]"); /* unrecognised, kept as such */
    assert_member(l, 8, "nationality", "[\"FR\",\"BE\"]");   /* in the file's order */
    assert_member(l, 9, "nationality", "null");
    assert_string_equal(l->diags->str,
                        "6:2: nationality: \"Belgium, France\" names several countries separated by commas; "
                        "expected ; or / between nationalities (a comma may be part of one country's name: "
                        "Korea, Republic of); read as unknown\n"
                        "9:2: nationality: \"Germny\" is not a country; expected an ISO 3166 code or "
                        "an English or French country name\n");
    unload(l);
}

/* Two-letter codes that spreadsheets also write for a missing value ("NA",
 * "n-a", the French "NC" non communiqué, "NR" non renseigné, "SO" sans
 * objet) would fail the candidate as a national of a non-member state:
 * they are reported and read as unknown.  The country's name or its
 * three-letter code reads as the country. */
static void test_nationality_missing_value_codes(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality\n"
                     "C1,NA\n"
                     "C2,n-a\n"
                     "C3,BE;NC\n"
                     "C4,NR\n"
                     "C5,so\n"
                     "C6,Namibia;NAM\n"
                     "C7,New Caledonia\n");
    assert_member(l, 0, "nationality", "[null]");
    assert_member(l, 1, "nationality", "[null]");
    assert_member(l, 2, "nationality", "[\"BE\",null]");
    assert_member(l, 3, "nationality", "[null]");
    assert_member(l, 4, "nationality", "[null]");
    assert_member(l, 5, "nationality", "[\"NA\"]");
    assert_member(l, 6, "nationality", "[\"NC\"]");
    assert_string_equal(l->diags->str,
                        "2:2: nationality: \"NA\" is ambiguous: Namibia's code, or \"not available\"; read as "
                        "unknown (write Namibia or NAM for the country)\n"
                        "3:2: nationality: \"n-a\" is ambiguous: Namibia's code, or \"not available\"; read as "
                        "unknown (write Namibia or NAM for the country)\n"
                        "4:2: nationality: \"NC\" is ambiguous: New Caledonia's code, or \"non communiqué\"; "
                        "read as unknown (write New Caledonia or NCL for the country)\n"
                        "5:2: nationality: \"NR\" is ambiguous: Nauru's code, or \"non renseigné\"; read as "
                        "unknown (write Nauru or NRU for the country)\n"
                        "6:2: nationality: \"so\" is ambiguous: Somalia's code, or \"sans objet\"; read as "
                        "unknown (write Somalia or SOM for the country)\n"
                        "8:2: nationality: \"New Caledonia\" is a territory of France, not a nationality; read as "
                        "unknown where France is a member (give the candidate's nationality)\n");
    unload(l);
}

/* A territory of a member state (rules/reference/territories.json) names a
 * place, not a nationality: kept as written, and said, naming the state
 * (the nationality criterion reads it as unknown where that state is a
 * member).  A territory of another state is not said. */
/* "Not available" as spreadsheets write it (README.md, "Candidate file")
 * reads exactly as an empty cell in every column read as a value: no
 * warning, the same profile.  The id and name are text and keep it. */
static void test_placeholders_read_as_empty(void **state)
{
    (void)state;
    static const char *const header =
        "candidate_id,name,nationality,Nationality 2,education,equivalent_qualification,staff_college,"
        "experience_years,experience,experience_project_management,english,french,languages,German,"
        "clearance,skills,applied_on,q_drafting\n";
    static const char *const placeholders[] = {
        "N/A", "n/a", "n.a.", "N.A.", "n/d", "N.D.", "-", "\xE2\x80\x93", "\xE2\x80\x94", "?",
        "unknown", "Unknown", "not known", "Not available", "inconnu", "INCONNUE", "non disponible",
        "TBD", "tbd", "null", "NULL", " N/A ", "\"n/a\"",
    };
    GString *csv = g_string_new(header);
    g_string_append(csv, "C0,Ann,,,,,,,,,,,,,,,,\n");
    for (size_t i = 0; i < G_N_ELEMENTS(placeholders); i++) {
        g_string_append_printf(csv, "C%zu,%s", i + 1, placeholders[i]);
        for (int k = 0; k < 16; k++)
            g_string_append_printf(csv, ",%s", placeholders[i]);
        g_string_append_c(csv, '\n');
    }
    loaded *l = load(csv->str);
    assert_string_equal(l->diags->str, "");
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 0);
    cJSON *empty = cJSON_Duplicate(profile(l, 0), TRUE);
    cJSON_DeleteItemFromObject(empty, "candidate_id");
    cJSON_DeleteItemFromObject(empty, "name");
    cJSON_DeleteItemFromObject(empty, "line");
    char *want = cJSON_PrintUnformatted(empty);
    for (size_t i = 0; i < G_N_ELEMENTS(placeholders); i++) {
        cJSON *got = cJSON_Duplicate(profile(l, (int)i + 1), TRUE);
        cJSON_DeleteItemFromObject(got, "candidate_id");
        cJSON_DeleteItemFromObject(got, "name");
        cJSON_DeleteItemFromObject(got, "line");
        char *text = cJSON_PrintUnformatted(got);
        if (strcmp(text, want) != 0)
            fail_msg("%s: %s, expected %s", placeholders[i], text, want);
        cJSON_free(text);
        cJSON_Delete(got);
    }
    assert_member(l, 1, "name", "\"N/A\"");
    cJSON_free(want);
    cJSON_Delete(empty);
    unload(l);
    g_string_free(csv, TRUE);

    /* "NA", R's and pandas' missing value, is an empty cell in every column
     * but the nationalities, where it may be Namibia's code (said there) */
    l = load("candidate_id,name,nationality,education,staff_college,experience_years,english,German,clearance,"
             "skills,applied_on\n"
             "C0,Ann,,,,,,,,,\n"
             "C1,NA,FR,NA,na,NA,Na,NA,NA,NA,NA\n");
    cJSON *none_given = cJSON_Duplicate(profile(l, 0), TRUE), *na = cJSON_Duplicate(profile(l, 1), TRUE);
    const char *const ours[] = {"candidate_id", "name", "line", "nationality"};
    for (size_t i = 0; i < G_N_ELEMENTS(ours); i++) {
        cJSON_DeleteItemFromObject(none_given, ours[i]);
        cJSON_DeleteItemFromObject(na, ours[i]);
    }
    char *na_text = cJSON_PrintUnformatted(na), *none_text = cJSON_PrintUnformatted(none_given);
    assert_string_equal(na_text, none_text);
    assert_string_equal(l->diags->str, "");
    assert_member(l, 1, "name", "\"NA\"");
    cJSON_free(na_text);
    cJSON_free(none_text);
    cJSON_Delete(na);
    cJSON_Delete(none_given);
    unload(l);

    /* in a pair, a placeholder for the years or the level: as if the pair
     * were left out; none and nil keep their meaning, and a placeholder is
     * the whole cell only */
    l = load("candidate_id,experience,languages,nationality,skills,experience_years\n"
             "C1,project_management:N/A;committee_work:3,de:-;es:B2,FR;n/a,N/A;PMP,nil\n"
             "C2,none,,Unknown Country,unknown skill,none\n");
    assert_member(l, 0, "experience", "{\"committee_work\":3}");
    assert_member(l, 0, "languages", "{\"es\":4}");
    assert_member(l, 0, "experience_years", "0");
    assert_member(l, 1, "experience", "{}");
    assert_member(l, 1, "experience_years", "0");
    assert_string_equal(l->diags->str,
                        "2:4: nationality: \"n\" is not a country; expected an ISO 3166 code or an English "
                        "or French country name\n"
                        "2:4: nationality: \"a\" is not a country; expected an ISO 3166 code or an English "
                        "or French country name\n"
                        "3:4: nationality: \"Unknown Country\" is not a country; expected an ISO 3166 code or "
                        "an English or French country name\n");
    unload(l);
}

/* A spreadsheet's error value is a formula that failed: one warning that
 * says so (not "N" and "A", two countries that are not), read as unknown. */
static void test_spreadsheet_errors(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality,education,english,experience_years,skills,experience,languages,"
                     "staff_college\n"
                     "C1,#N/A,#VALUE!,#REF!,#DIV/0!,#NAME?,management:#NUM!,de:#NULL!,#SPILL!\n"
                     "C2,#n/a,#CALC!,#N/A,,#N/A,#N/A,#N/A,\n"
                     "C3,#NA,#DIV/0,,,,,,\n"
                     "C4,FR; #N/A ;BE,,,,\"python, #N/A\",,,\n");
    assert_member(l, 0, "nationality", "[null]");
    assert_member(l, 0, "education", "null");
    assert_member(l, 0, "english", "null");
    assert_member(l, 0, "experience_years", "null");
    assert_member(l, 0, "skills", "null");
    assert_member(l, 0, "experience", "null");
    assert_member(l, 0, "languages", "null");
    assert_member(l, 0, "staff_college", "null");
    assert_member(l, 1, "skills", "null");
#define E " is a spreadsheet error value (a formula that failed); read as unknown\n"
    assert_string_equal(l->diags->str,
                        /* the lists are read first */
                        "2:7: experience: \"#NUM!\"" E
                        "2:8: languages: \"#NULL!\"" E
                        "2:2: nationality: \"#N/A\"" E
                        "2:3: education: \"#VALUE!\"" E
                        "2:4: english: \"#REF!\"" E
                        "2:5: experience_years: \"#DIV/0!\"" E
                        "2:6: skills: \"#NAME?\"" E
                        "2:9: staff_college: \"#SPILL!\"" E
                        "3:7: experience: \"#N/A\"" E
                        "3:8: languages: \"#N/A\"" E
                        "3:2: nationality: \"#n/a\"" E
                        "3:3: education: \"#CALC!\"" E
                        "3:4: english: \"#N/A\"" E
                        "3:6: skills: \"#N/A\"" E
                        "4:2: nationality: \"#NA\" is ambiguous: Namibia's code, or \"not available\"; read "
                        "as unknown (write Namibia or NAM for the country)\n"
                        "4:3: education: \"#DIV/0\" is not an education level; expected none, secondary, "
                        "post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, PhD, "
                        "licence\n"
                        /* in a list too: the other items are read */
                        "5:2: nationality: \"#N/A\"" E
                        "5:6: skills: \"#N/A\"" E);
    assert_member(l, 3, "nationality", "[\"FR\",null,\"BE\"]");
    assert_member(l, 3, "skills", "[\"python\"]");
#undef E
    unload(l);
}

static void test_nationality_territories(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality,other_nationalities\n"
                     "C1,Réunion,\n"
                     "C2,PR;Brazil,\n"
                     "C3,Brazil,Faroe Islands\n"
                     "C4,Hong Kong,\n"
                     "C5,Åland,\n");
    assert_member(l, 0, "nationality", "[\"RE\"]");
    assert_member(l, 1, "nationality", "[\"PR\",\"BR\"]");
    assert_member(l, 2, "nationality", "[\"BR\",\"FO\"]");
    assert_member(l, 3, "nationality", "[\"HK\"]");
    assert_member(l, 4, "nationality", "[\"AX\"]");
    assert_string_equal(l->diags->str,
                        "2:2: nationality: \"Réunion\" is a territory of France, not a nationality; read as unknown "
                        "where France is a member (give the candidate's nationality)\n"
                        "3:2: nationality: \"PR\" is a territory of the United States, not a nationality; read as "
                        "unknown where the United States is a member (give the candidate's nationality)\n"
                        "4:3: other_nationalities: \"Faroe Islands\" is a territory of Denmark, not a nationality; "
                        "read as unknown where Denmark is a member (give the candidate's nationality)\n"
                        "6:2: nationality: \"Åland\" is a territory of Finland, not a nationality; read as unknown "
                        "where Finland is a member (give the candidate's nationality)\n");
    unload(l);
}

/* "Dual nationality: No", as forms ask it, is no Norwegian: "No" alone in
 * a column of other nationalities is ambiguous; Norway in a list, or in
 * the nationality column, is Norway */
static void test_nationality_answer_no(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,Nationality,Dual nationality\n"
                     "C1,Ukraine,No\n"
                     "C2,Ukraine,\" no \"\n"
                     "C3,Ukraine,NO;PL\n"
                     "C4,NO,\n"
                     "C5,Ukraine,Norway\n"
                     "C6,Ukraine,None\n"
                     "C7,Ukraine,aucune\n"
                     "C8,Ukraine,Si\n"
                     "C9,Ukraine,SI;PL\n"
                     "C10,Ukraine, Yes \n");
    assert_member(l, 0, "nationality", "[\"UA\",null]");
    assert_member(l, 1, "nationality", "[\"UA\",null]");
    assert_member(l, 2, "nationality", "[\"UA\",\"NO\",\"PL\"]");
    assert_member(l, 3, "nationality", "[\"NO\"]");
    assert_member(l, 4, "nationality", "[\"UA\",\"NO\"]");
    assert_member(l, 5, "nationality", "[\"UA\"]"); /* none other: none, DESIGN s.2 */
    assert_member(l, 6, "nationality", "[\"UA\"]");
    assert_member(l, 7, "nationality", "[\"UA\",null]"); /* "sí": yes, not Slovenia */
    assert_member(l, 8, "nationality", "[\"UA\",\"SI\",\"PL\"]");
    assert_member(l, 9, "nationality", "[\"UA\",null]");
    assert_string_equal(l->diags->str,
                        "2:3: other_nationalities: \"No\" is ambiguous: Norway's code, or \"no other "
                        "nationality\"; read as unknown (write Norway or NOR for the country)\n"
                        "3:3: other_nationalities: \"no\" is ambiguous: Norway's code, or \"no other "
                        "nationality\"; read as unknown (write Norway or NOR for the country)\n"
                        "9:3: other_nationalities: \"Si\" is ambiguous: Slovenia's code, or \"yes (si)\"; read as "
                        "unknown (write Slovenia or SVN for the country)\n"
                        "11:3: other_nationalities: \"Yes\" is a yes or no, not a country; read as unknown (a "
                        "column that only answers whether there is another nationality can be left out with "
                        "--map: {\"Dual nationality\": null})\n");
    unload(l);
}

/* Countries as ISO 3166's short names write them, as the country lists
 * of applicant-tracking forms do; a parenthesis naming another place is
 * still no country */
static void test_nationality_iso_short_names(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality\n"
                     "C1,United States of America (the)\n"
                     "C2,Korea (the Republic of)\n"
                     "C3,The United Kingdom of Great Britain and Northern Ireland\n"
                     "C4,Macedonia (the former Yugoslav Republic of)\n"
                     "C5,Türkiye (Republic of)\n"
                     "C6,Czech Republic (Czechia)\n"
                     "C7,Hong Kong (China)\n");
    assert_member(l, 0, "nationality", "[\"US\"]");
    assert_member(l, 1, "nationality", "[\"KR\"]");
    assert_member(l, 2, "nationality", "[\"GB\"]");
    assert_member(l, 3, "nationality", "[\"MK\"]");
    assert_member(l, 4, "nationality", "[\"TR\"]");
    assert_member(l, 5, "nationality", "[\"CZ\"]");
    assert_member(l, 6, "nationality", "[null]");
    assert_string_equal(l->diags->str,
                        "8:2: nationality: \"Hong Kong (China)\" is not a country; expected an ISO 3166 code "
                        "or an English or French country name\n");
    unload(l);
}

/* Free-text form fields: a country said to be the candidate's citizenship
 * ("British citizen", "citizen of France", "ressortissante belge"), and
 * two countries joined by "&", "and", "et" where both halves are countries
 * (a country's own "and" is kept: "Bosnia and Herzegovina", "Trinidad &
 * Tobago"). */
static void test_nationality_in_words(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality\n"
                     "C1,British citizen\n"
                     "C2,citizen of France\n"
                     "C3,Nationality: German\n"
                     "C4,ressortissante belge\n"
                     "C5,UK & Ireland & Malta\n"
                     "C6,France et Belgique\n"
                     "C7,Bosnia and Herzegovina\n"
                     "C8,Trinidad & Tobago\n"
                     "C9,Citizen\n"
                     "C10,France & Atlantis\n");
    assert_member(l, 0, "nationality", "[\"GB\"]");
    assert_member(l, 1, "nationality", "[\"FR\"]");
    assert_member(l, 2, "nationality", "[\"DE\"]");
    assert_member(l, 3, "nationality", "[\"BE\"]");
    assert_member(l, 4, "nationality", "[\"GB\",\"IE\",\"MT\"]");
    assert_member(l, 5, "nationality", "[\"FR\",\"BE\"]");
    assert_member(l, 6, "nationality", "[\"BA\"]");
    assert_member(l, 7, "nationality", "[\"TT\"]");
    assert_member(l, 8, "nationality", "[null]");
    assert_member(l, 9, "nationality", "[null]");
    assert_string_equal(l->diags->str,
                        "10:2: nationality: \"Citizen\" is not a country; expected an ISO 3166 code or an "
                        "English or French country name\n"
                        "11:2: nationality: \"France & Atlantis\" is not a country; expected an ISO 3166 code "
                        "or an English or French country name\n");
    unload(l);
}

/* A form's "Dual nationality" before the countries ("Dual: FR/DE",
 * "Dual nationality: French/German", "Double nationalit\u00e9 : France/Belgique")
 * says no more than the countries; the word alone is no country */
static void test_nationality_after_dual(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality\n"
                     "C1,Dual: FR/DE\n"
                     "C2,Dual nationality: French/German\n"
                     "C3,Double nationalit\xc3\xa9 : France/Belgique\n"
                     "C4,Dual\n");
    assert_member(l, 0, "nationality", "[\"FR\",\"DE\"]");
    assert_member(l, 1, "nationality", "[\"FR\",\"DE\"]");
    assert_member(l, 2, "nationality", "[\"FR\",\"BE\"]");
    assert_member(l, 3, "nationality", "[null]");
    assert_string_equal(l->diags->str, "5:2: nationality: \"Dual\" is not a country; expected an ISO 3166 code or "
                                       "an English or French country name\n");
    unload(l);
}

/* Countries separated by commas, "French, Belgian", "FR, DE, IT", are
 * not split (DESIGN s.6: "Korea, Republic of" is one country) but
 * reported saying that ; or / separates nationalities, not with the list
 * of what a country is; a part that is no country keeps that list */
static void test_nationality_commas_say_what_separates(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality\n"
                     "C1,\"French, Belgian\"\n"
                     "C2,\"FR, DE, IT\"\n"
                     "C3,\"Korea, Republic of\"\n"
                     "C4,\"France, Atlantis\"\n"
                     "C5,\"French, Belgian; Italian\"\n");
    assert_member(l, 0, "nationality", "[null]");
    assert_member(l, 1, "nationality", "[null]");
    assert_member(l, 2, "nationality", "[\"KR\"]");
    assert_member(l, 3, "nationality", "[null]");
    assert_member(l, 4, "nationality", "[null,\"IT\"]");
#define COMMAS "names several countries separated by commas; expected ; or / between nationalities (a " \
               "comma may be part of one country's name: Korea, Republic of); read as unknown\n"
    assert_string_equal(l->diags->str,
                        "2:2: nationality: \"French, Belgian\" " COMMAS
                        "3:2: nationality: \"FR, DE, IT\" " COMMAS
                        "5:2: nationality: \"France, Atlantis\" is not a country; expected an ISO 3166 code or "
                        "an English or French country name\n"
                        "6:2: nationality: \"French, Belgian\" " COMMAS);
#undef COMMAS
    unload(l);
}

static void test_nationality_overflow(void **state)
{
    (void)state;
    /* more nationalities than the store keeps: the last slot reads as
     * unrecognised, so the cell can never say "no member state" */
    static const char *const codes[] = {"AT", "CH", "IE", "JP", "UA", "AU", "NZ", "KR", "BR", "MX"};
    assert_true(ELG_NAT_SLOTS < G_N_ELEMENTS(codes));
    GString *text = g_string_new("candidate_id,nationality\nC1,");
    GString *want = g_string_new("[");
    for (int i = 0; i <= ELG_NAT_SLOTS; i++) {
        g_string_append_printf(text, "%s%s", i ? ";" : "", codes[i]);
        if (i < ELG_NAT_SLOTS - 1)
            g_string_append_printf(want, "\"%s\",", codes[i]);
    }
    g_string_append(text, ";BE\n");
    g_string_append(want, "null]");
    loaded *l = load(text->str);
    assert_member(l, 0, "nationality", want->str);
    char *diag = g_strdup_printf("2:2: nationality: more than %d nationalities; only the first %d "
                                 "are read\n", ELG_NAT_SLOTS, ELG_NAT_SLOTS - 1);
    assert_string_equal(l->diags->str, diag);
    g_free(diag);
    unload(l);
    g_string_free(text, TRUE);
    g_string_free(want, TRUE);
}

static void test_experience_lists(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,experience_years,experience,experience_project_management\n"
                     "C1,9,defence_security:6;project_management:3.5,\n"
                     "C2,5,\"project_management:4,5\",4.5\n"
                     "C3,0,none,\n"
                     "C4,none,,2\n"
                     "C5,7,defence_security six;committee_work=2,\n"
                     "C6,7,basket_weaving:3,\n"
                     "C7,7,project_management:2,3\n"
                     "C8,,,\n"
                     "C9,8,project_management:2;defence_security:1;project_management:4,\n");
    assert_member(l, 0, "experience", "{\"defence_security\":6,\"project_management\":3.5}");
    assert_member(l, 0, "experience_years", "9");
    assert_member(l, 1, "experience", "{\"project_management\":4.5}");
    assert_member(l, 2, "experience", "{}");             /* none: no field, known */
    assert_member(l, 2, "experience_years", "0");
    assert_member(l, 3, "experience_years", "0");
    assert_member(l, 3, "experience", "{\"project_management\":2}");
    assert_member(l, 4, "experience", "{\"committee_work\":2}");
    assert_member(l, 5, "experience", "{\"basket_weaving\":3}");
    assert_member(l, 6, "experience", "{\"project_management\":3}"); /* the column wins */
    assert_member(l, 7, "experience", "null");           /* unknown */
    assert_member(l, 7, "experience_years", "null");
    /* a field given twice: the later value, said; fields listed by name */
    assert_member(l, 8, "experience", "{\"defence_security\":1,\"project_management\":4}");
    assert_string_equal(l->diags->str,
                        "6:3: experience: \"defence_security six\" is not a field:years pair; "
                        "expected e.g. defence_security:6;project_management:3.5\n"
                        "7:3: experience: \"basket_weaving\" is not an experience field of the "
                        "vocabulary; kept as a new field\n"
                        "8:4: experience_project_management: 3 years here but 2 in the experience "
                        "column; using 3\n"
                        "10:3: experience: project_management given twice (2, then 4 years); using 4\n");
    unload(l);

    /* a field named as the vocabulary names it, not by its tag */
    l = load("candidate_id,experience\n"
             "C1,defence and security:6;Programme management (3 years)\n"
             "C2,gestion de projets:2;national security:1\n");
    assert_member(l, 0, "experience", "{\"defence_security\":6,\"project_management\":3}");
    assert_member(l, 1, "experience", "{\"defence_security\":1,\"project_management\":2}");
    assert_string_equal(l->diags->str, "");
    unload(l);

    /* a field's abbreviation (fields.json "aliases"), as a pair's key or in
     * a header; never read in a notice's text, where "it" is a pronoun */
    l = load("candidate_id,experience,Years in HR\n"
             "C1,IT:4;hr:2,\n"
             "C2,,3\n");
    assert_member(l, 0, "experience", "{\"human_resources\":2,\"information_technology\":4}");
    assert_member(l, 1, "experience", "{\"human_resources\":3}");
    assert_string_equal(l->diags->str, "");
    unload(l);
}

static void test_language_lists(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages\n"
                     "C1,,,en:C1;fr:B2;de:III\n"
                     "C2,V,,en:II;fr:native\n"
                     "C3,,,\"uk:III;German:C1; pl : VI\"\n"
                     "C4,,,xx:III;de:good;nl\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "4");
    assert_member(l, 0, "languages", "{\"de\":3}");
    assert_member(l, 1, "english", "5"); /* the english cell wins over languages */
    assert_member(l, 1, "french", "6");
    assert_member(l, 1, "languages", "null");
    assert_member(l, 2, "languages", "{\"de\":5,\"pl\":6,\"uk\":3}");
    assert_member(l, 3, "languages", "null");
    assert_string_equal(l->diags->str,
                        "5:4: languages: \"xx\" is not a language; expected an ISO 639 code such as "
                        "uk or de, or a language name\n"
                        "5:4: languages: \"good\" is not a language level; expected I to VI, a level "
                        "name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n"
                        "5:4: languages: \"nl\" is not a code:level pair; expected e.g. uk:III;de:C1\n");
    unload(l);

    /* pairs as forms write them: "German (C1)", "Spanish - B2", "it = V" */
    l = load("candidate_id,languages,experience\n"
             "C1,German (C1); Spanish - B2;it = V,Defence policy (5 years); Project management - 3\n"
             "C2,Dutch (C2),\"Security (physical) (2,5)\"\n"
             "C3,German - ,(4);Anglo-Saxon - 2\n");
    assert_member(l, 0, "languages", "{\"de\":5,\"es\":4,\"it\":5}");
    assert_member(l, 0, "experience", "{\"defence_policy\":5,\"project_management\":3}");
    assert_member(l, 1, "languages", "{\"nl\":6}");
    assert_member(l, 1, "experience", "{\"security_physical\":2.5}"); /* the last parenthesis */
    assert_member(l, 2, "languages", "null");
    assert_member(l, 2, "experience", "{\"anglo_saxon\":2}"); /* a hyphen is no separator */
    assert_string_equal(l->diags->str,
                        "3:3: experience: \"Security (physical)\" is not an experience field of the "
                        "vocabulary; kept as a new field\n"
                        "4:2: languages: \"German -\" is not a code:level pair; expected e.g. "
                        "uk:III;de:C1\n"
                        "4:3: experience: \"(4)\" is not a field:years pair; expected e.g. "
                        "defence_security:6;project_management:3.5\n"
                        "4:3: experience: \"Anglo-Saxon\" is not an experience field of the "
                        "vocabulary; kept as a new field\n");
    unload(l);
}

/* A level written twice, "NAME (GLOSS)", as forms do: read when the gloss
 * names a level the name does not contradict, or the gloss is the name's
 * first word; a gloss that qualifies a level ("in progress") is no level. */
static void test_levels_with_a_gloss(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,clearance,education,languages\n"
                     "C1,Advanced (V),C1 (Advanced),NATO SECRET (NS),Master (MSc),de:B2 (IV)\n"
                     "C2,B2 (Advanced),(III),Secret (NATO),Bachelor (licence),\n"
                     "C3,Fluent (V),Intermediate (),CTS (NS),PhD (Master),\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "5");
    assert_member(l, 0, "clearance", "\"NS\"");
    assert_member(l, 0, "education", "\"master\"");
    assert_member(l, 0, "languages", "{\"de\":4}");
    assert_member(l, 1, "english", "null"); /* B2 is IV, Advanced V */
    assert_member(l, 1, "french", "3");
    assert_member(l, 1, "clearance", "\"NS\"");
    assert_member(l, 1, "education", "\"bachelor\"");
    assert_member(l, 2, "english", "5");
    assert_member(l, 2, "french", "3");
    assert_member(l, 2, "clearance", "null");
    assert_member(l, 2, "education", "null");
    assert_string_equal(l->diags->str,
                        "3:2: english: \"B2 (Advanced)\" names two levels that disagree; read as unknown\n"
                        "4:4: clearance: \"CTS (NS)\" names two levels that disagree; read as unknown\n"
                        "4:5: education: \"PhD (Master)\" names two levels that disagree; read as unknown\n");
    unload(l);
}

/* A level after the word that names it, "Level V", "Niveau IV", "CEFR
 * C1", as forms write it: read when a bare Roman numeral or CEFR code
 * follows (a CEFR code only, after CEFR).  Digits are not guessed: "Level
 * 3" may be a STANAG 6001 level as well as III. */
static void test_levels_with_a_prefix(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages\n"
                     "C1,Level V,Niveau IV,de:CEFR C1;it:level: b2\n"
                     "C2,CEFR: A2,Level V (Advanced),\n"
                     "C3,Level 3,CEFR V,de:Level VII\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "4");
    assert_member(l, 0, "languages", "{\"de\":5,\"it\":4}");
    assert_member(l, 1, "english", "2");
    assert_member(l, 1, "french", "5");
    assert_member(l, 2, "english", "null");
    assert_member(l, 2, "french", "null");
    assert_member(l, 2, "languages", "null");
    assert_string_equal(l->diags->str,
                        "4:4: languages: \"Level VII\" is not a language level; expected I to VI, a level name, "
                        "A1 to C2, native, or a STANAG 6001 profile such as 3332\n"
                        "4:2: english: \"Level 3\" is not a language level; expected I to VI, a level name, "
                        "A1 to C2, native, or a STANAG 6001 profile such as 3332\n"
                        "4:3: french: \"CEFR V\" is not a language level; expected I to VI, a level name, "
                        "A1 to C2, native, or a STANAG 6001 profile such as 3332\n");
    unload(l);
}

/* The CEFR named in French (CECR, CECRL) or after the code ("C1 CEFR",
 * "C1 - CEFR"), the NATO scale named ("NATO V", "OTAN III", a Roman
 * numeral only), and a level's name after "Level" or "Niveau" ("Niveau
 * avancé") are read as "CEFR C1" and "Level V" are; "NATO C1" (no NATO
 * level), "CECR V", "Niveau 3" (digits) and "Level I-II" (two levels,
 * which fold to III) stay reported */
static void test_levels_with_more_prefixes(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages\n"
                     "C1,CECRL C1,CECR B2,de:C1 CEFR\n"
                     "C2,C1 - CEFR,OTAN III,it:NATO IV\n"
                     "C3,Level Advanced,Niveau avanc\xc3\xa9,\n"
                     "C4,NATO C1,CECR V,\n"
                     "C5,Niveau 3,,\n"
                     "C6,Level I-II,Niveau V/I,\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "4");
    assert_member(l, 0, "languages", "{\"de\":5}");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "3");
    assert_member(l, 1, "languages", "{\"it\":4}");
    assert_member(l, 2, "english", "5");
    assert_member(l, 2, "french", "5");
    assert_member(l, 3, "english", "null");
    assert_member(l, 3, "french", "null");
    assert_member(l, 4, "english", "null");
    assert_member(l, 5, "english", "null"); /* two levels, not III */
    assert_member(l, 5, "french", "null");  /* nor VI */
#define LEVELS "is not a language level; expected I to VI, a level name, A1 to C2, native, or a STANAG 6001 " \
               "profile such as 3332\n"
    assert_string_equal(l->diags->str, "5:2: english: \"NATO C1\" " LEVELS
                                       "5:3: french: \"CECR V\" " LEVELS
                                       "6:2: english: \"Niveau 3\" " LEVELS
                                       "7:2: english: \"Level I-II\" " LEVELS
                                       "7:3: french: \"Niveau V/I\" " LEVELS);
#undef LEVELS
    unload(l);
}

/* A level said to be certified ("C1 Certificate", "C1 - certified",
 * "B2 (certifi\u00e9)", "Certified B2") is read as the level; the word alone,
 * or a range certified ("I-II certified", which folds to III), stays
 * reported */
static void test_levels_certified(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages\n"
                     "C1,C1 Certificate,B2 (certifi\xc3\xa9),de:C1 (certified)\n"
                     "C2,C1 - certified,Certified B2,\n"
                     "C3,Certified,I-II certified,\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "4");
    assert_member(l, 0, "languages", "{\"de\":5}");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "4");
    assert_member(l, 2, "english", "null");
    assert_member(l, 2, "french", "null");
#define LEVELS "is not a language level; expected I to VI, a level name, A1 to C2, native, or a STANAG 6001 " \
               "profile such as 3332\n"
    assert_string_equal(l->diags->str, "4:2: english: \"Certified\" " LEVELS
                                       "4:3: french: \"I-II certified\" " LEVELS);
#undef LEVELS
    unload(l);
}

/* A level written twice with only a space between, its name and its
 * notation in either order ("Advanced C1", "C1 Advanced", "Upper
 * Intermediate B2"), is read when both agree, as "C1 - Advanced" is; a
 * notation before "level" ("C1 level") as "Level C1" is; two that
 * disagree ("Intermediate B2": III and IV), two notations ("B2 C1"), and
 * a word no table reads ("Fluent C1") stay reported */
static void test_levels_written_twice_with_a_space(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages\n"
                     "C1,Advanced C1,C1 Advanced,de:Upper Intermediate B2\n"
                     "C2,C1 level,Native C2,it:V level\n"
                     "C3,Intermediate B2,B2 C1,\n"
                     "C4,Fluent C1,,\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "5");
    assert_member(l, 0, "languages", "{\"de\":4}");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "6");
    assert_member(l, 1, "languages", "{\"it\":5}");
    assert_member(l, 2, "english", "null");
    assert_member(l, 2, "french", "null");
    assert_member(l, 3, "english", "null");
    assert_string_equal(l->diags->str,
                        "4:2: english: \"Intermediate B2\" is not a language level; expected I to VI, a level "
                        "name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n"
                        "4:3: french: \"B2 C1\" is a range or pair of levels, and a range is not one level; read "
                        "as unknown\n"
                        "5:2: english: \"Fluent C1\" is not a language level; expected I to VI, a level name, A1 "
                        "to C2, native, or a STANAG 6001 profile such as 3332\n");
    unload(l);
}

/* Two levels in one cell, a range ("B1-B2", "III to IV") or a level per
 * language as notices write it ("V/I"), are no level: reported and read
 * as unknown.  Folding drops the dash and the slash, so "I-II" read as
 * III and "V/I" as VI, without a word. */
static void test_level_ranges(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages\n"
                     "C1,I-II,V/I,de:B1-B2;it:III to IV\n"
                     "C2,B1 \xe2\x80\x93 B2,C1 \xc3\xa0 C2,de:V - I\n"
                     "C3,B2 (IV),C1 - Advanced,de:II\n");
    assert_member(l, 0, "english", "null");
    assert_member(l, 0, "french", "null");
    assert_member(l, 0, "languages", "null");
    assert_member(l, 1, "english", "null");
    assert_member(l, 1, "french", "null");
    assert_member(l, 2, "english", "4");
    assert_member(l, 2, "french", "5");
    assert_member(l, 2, "languages", "{\"de\":2}");
    assert_string_equal(l->diags->str,
                        "2:4: languages: \"B1-B2\" is a range or pair of levels, and a range is not one level; "
                        "read as unknown\n"
                        "2:4: languages: \"III to IV\" is a range or pair of levels, and a range is not one level; "
                        "read as unknown\n"
                        "2:2: english: \"I-II\" is a range or pair of levels, and a range is not one level; "
                        "read as unknown\n"
                        "2:3: french: \"V/I\" is a range or pair of levels, and a range is not one level; "
                        "read as unknown\n"
                        "3:4: languages: \"V - I\" is a range or pair of levels, and a range is not one level; "
                        "read as unknown\n"
                        "3:2: english: \"B1 \xe2\x80\x93 B2\" is a range or pair of levels, and a range is not one "
                        "level; read as unknown\n"
                        "3:3: french: \"C1 \xc3\xa0 C2\" is a range or pair of levels, and a range is not one level; "
                        "read as unknown\n");
    unload(l);
}

/* "C1 - Advanced", as dropdowns list levels: read when both halves name
 * the same level; a half that is no level ("in progress", "expired") or
 * another level leaves the cell unknown */
static void test_levels_with_a_dash(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,clearance,education\n"
                     "C1,C1 - Advanced,A2 \xe2\x80\x93 Elementary,NATO SECRET - NS,Master - MSc\n"
                     "C2,IV - Upper Intermediate,B1 - Intermediate,NS - expired,Bachelor - in progress\n"
                     "C3,C1 - Upper Intermediate,,NS - CTS,Bachelor - Master\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "2");
    assert_member(l, 0, "clearance", "\"NS\"");
    assert_member(l, 0, "education", "\"master\"");
    assert_member(l, 1, "english", "4");
    assert_member(l, 1, "french", "3");
    assert_member(l, 1, "clearance", "null");
    assert_member(l, 1, "education", "null");
    assert_member(l, 2, "english", "null");
    assert_member(l, 2, "clearance", "null");
    assert_member(l, 2, "education", "null");
    assert_string_equal(l->diags->str,
                        "3:4: clearance: \"NS - expired\" says a clearance has expired, which is not held now; "
                        "read as unknown\n"
                        "3:5: education: \"Bachelor - in progress\" names a degree in progress, which is not "
                        "held; read as unknown\n"
                        "4:2: english: \"C1 - Upper Intermediate\" names two levels that disagree; read as "
                        "unknown\n"
                        "4:4: clearance: \"NS - CTS\" names two levels that disagree; read as unknown\n"
                        "4:5: education: \"Bachelor - Master\" names two levels that disagree; read as "
                        "unknown\n");
    unload(l);
}

/* A gloss that qualifies a level is no level: "Bachelor (in progress)" is
 * not a bachelor's degree, so it is reported and unknown, never a pass;
 * the warning says why rather than list the levels, "bachelor" among them. */
static void test_levels_with_a_qualifier(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,clearance,education\n"
                     "C1,V (expired),NS (expired),Bachelor (in progress)\n"
                     "C2,Advanced (self-assessed),NATO SECRET (applied for),PhD (candidate)\n"
                     "C3,English (C1),Restricted (NATO),MSc (not completed)\n");
    for (unsigned r = 0; r < 2; r++) {
        assert_member(l, r, "english", "null");
        assert_member(l, r, "clearance", "null");
        assert_member(l, r, "education", "null");
    }
    assert_member(l, 2, "english", "5");
    assert_member(l, 2, "clearance", "\"NR\"");
    assert_member(l, 2, "education", "null");
    assert_string_equal(l->diags->str,
                        "2:2: english: \"V (expired)\" "
                        "has a parenthesis that qualifies the level; read as unknown, for a person to judge\n"
                        "2:3: clearance: \"NS (expired)\" says a clearance has expired, which is not held now; "
                        "read as unknown\n"
                        "2:4: education: \"Bachelor (in progress)\" names a degree in progress, which is not held; "
                        "read as unknown\n"
                        "3:2: english: \"Advanced (self-assessed)\" "
                        "has a parenthesis that qualifies the level; read as unknown, for a person to judge\n"
                        "3:3: clearance: \"NATO SECRET (applied for)\" says a clearance is applied for or under "
                        "way, which is not held yet; read as unknown\n"
                        "3:4: education: \"PhD (candidate)\" names a degree in progress, which is not held; read as "
                        "unknown\n"
                        "4:4: education: \"MSc (not completed)\" names a degree not completed, which is not held; "
                        "read as unknown\n");
    unload(l);
}

/* A clearance applied for or lapsed is no clearance held, and not none
 * either (a post may appoint on a clearance to come): unknown, saying why,
 * in English and French; "not cleared" stays none. */
static void test_clearance_not_held(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,clearance\n"
                     "C1,pending\n"
                     "C2,en cours\n"
                     "C3,Habilitation expir\xc3\xa9" "e\n"
                     "C4,NS\n"
                     "C5,none\n"
                     "C6,Secret - lapsed\n");
    for (unsigned r = 0; r < 3; r++)
        assert_member(l, r, "clearance", "null");
    assert_member(l, 3, "clearance", "\"NS\"");
    assert_member(l, 4, "clearance", "\"none\"");
    assert_member(l, 5, "clearance", "null");
    assert_string_equal(l->diags->str,
                        "2:2: clearance: \"pending\" says a clearance is applied for or under way, which is not "
                        "held yet; read as unknown\n"
                        "3:2: clearance: \"en cours\" says a clearance is applied for or under way, which is not "
                        "held yet; read as unknown\n"
                        "4:2: clearance: \"Habilitation expir\xc3\xa9" "e\" says a clearance has expired, which "
                        "is not held now; read as unknown\n"
                        "7:2: clearance: \"Secret - lapsed\" says a clearance has expired, which is not held now; "
                        "read as unknown\n");
    unload(l);
}

/* A clearance with words that say it is held or only name it, "NS
 * (valid)", "NATO SECRET - active", "NS-valid", "NATO Secret clearance",
 * "Security clearance: NS", "Habilitation Secret OTAN", "CTS (current)",
 * is read as its level, as the level alone is; a date of expiry ("NS
 * (valid until 2027)"), a word that denies it ("NS not valid") or a level
 * no table reads ("National Secret clearance") stays reported, and a lapse
 * is still said ("NS (expired)") */
static void test_clearance_said_held(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,clearance\n"
                     "C1,NS (valid)\n"
                     "C2,NATO SECRET - active\n"
                     "C3,NS-valid\n"
                     "C4,NATO Secret clearance\n"
                     "C5,Security clearance: NS\n"
                     "C6,Habilitation Secret OTAN\n"
                     "C7,CTS (current)\n"
                     "C8,NATO SECRET (NS) \xe2\x80\x93 valid\n"
                     "C9,NS (valid until 2027)\n"
                     "C10,NS not valid\n"
                     "C11,National Secret clearance\n"
                     "C12,NS (expired)\n");
    const char *want[] = {"\"NS\"", "\"NS\"", "\"NS\"", "\"NS\"", "\"NS\"", "\"NS\"",
                          "\"CTS\"", "\"NS\"", "null", "null", "null", "null"};
    for (unsigned r = 0; r < G_N_ELEMENTS(want); r++)
        assert_member(l, r, "clearance", want[r]);
    assert_string_equal(l->diags->str,
                        "10:2: clearance: \"NS (valid until 2027)\" has a parenthesis that qualifies the level; "
                        "read as unknown, for a person to judge\n"
                        "11:2: clearance: \"NS not valid\" is not a clearance level; expected none, NR, NC, NS, "
                        "CTS or a long name such as NATO SECRET\n"
                        "12:2: clearance: \"National Secret clearance\" is not a clearance level; expected none, "
                        "NR, NC, NS, CTS or a long name such as NATO SECRET\n"
                        "13:2: clearance: \"NS (expired)\" says a clearance has expired, which is not held now; "
                        "read as unknown\n");
    unload(l);
}

/* A NATO clearance listed beside the European Union's ("NATO SECRET / EU
 * SECRET", "NS; EUS", "NS + SECRET UE") is read as the NATO level; the
 * European Union's alone is reported saying whose it is, and two NATO
 * levels that differ ("NS/CTS") or a part that is neither ("NS / national
 * secret") stay reported */
static void test_clearance_beside_the_eu_one(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,clearance\n"
                     "C1,NATO SECRET / EU SECRET\n"
                     "C2,NS; EUS\n"
                     "C3,NS + SECRET UE\n"
                     "C4,EU SECRET\n"
                     "C5,NS/CTS\n"
                     "C6,NS / national secret\n");
    const char *want[] = {"\"NS\"", "\"NS\"", "\"NS\"", "null", "null", "null"};
    for (unsigned r = 0; r < G_N_ELEMENTS(want); r++)
        assert_member(l, r, "clearance", want[r]);
    assert_string_equal(l->diags->str,
                        "5:2: clearance: \"EU SECRET\" is a clearance of the European Union, not of NATO; "
                        "expected none, NR, NC, NS, CTS or a long name such as NATO SECRET; read as unknown\n"
                        "6:2: clearance: \"NS/CTS\" is not a clearance level; expected none, NR, NC, NS, CTS or a "
                        "long name such as NATO SECRET\n"
                        "7:2: clearance: \"NS / national secret\" is not a clearance level; expected none, NR, NC, "
                        "NS, CTS or a long name such as NATO SECRET\n");
    unload(l);
}

/* A degree with its subject after a dash ("Master degree - Political
 * Science", "Master \u2013 Droit") is read as after a comma, and a degree
 * with a word the table reads as the same degree ("BA Hons") as the
 * degree; a dash before a word that says it is not held, or before
 * another degree, stays reported */
static void test_education_subject_after_a_dash(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education\n"
                     "C1,Master degree - Political Science\n"
                     "C2,Master \xe2\x80\x93 Droit\n"
                     "C3,BA Hons\n"
                     "C4,Bachelor - in progress\n"
                     "C5,Bachelor Master\n");
    assert_member(l, 0, "education", "\"master\"");
    assert_member(l, 1, "education", "\"master\"");
    assert_member(l, 2, "education", "\"bachelor\"");
    assert_member(l, 3, "education", "null");
    assert_member(l, 4, "education", "null");
    assert_string_equal(l->diags->str,
                        "5:2: education: \"Bachelor - in progress\" names a degree in progress, which is not "
                        "held; read as unknown\n"
                        "6:2: education: \"Bachelor Master\" is not an education level; expected none, "
                        "secondary, post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, "
                        "PhD, licence\n");
    unload(l);
}

/* A degree with its subject, as HR exports write it: the degree part is
 * read, the longest phrase the table knows ("Master of Science", not
 * "Master"; "Master 1", a bachelor, not "Master"), never a level higher
 * than written; a word that says the degree is not held, or a subject that
 * is no subject ("1st year"), leaves it reported, saying why */
static void test_education_with_a_subject(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education\n"
                     "C1,MSc in Physics\n"
                     "C2,Master of Science in Computer Science\n"
                     "C3,PhD in History\n"
                     "C4,BA (Hons) Economics\n"
                     "C5,\"Master's degree, International Relations\"\n"
                     "C6,Master en droit\n"
                     "C7,Licence en droit\n"
                     "C8,Doctorat en physique\n"
                     "C9,Master 1 en droit\n"
                     "C10,BSc Physics\n"
                     "C11,PhD in progress\n"
                     "C12,Master en cours\n"
                     "C13,Master 1st year in law\n"
                     "C14,Master or equivalent\n"
                     "C15,None of the above\n");
    const char *want[] = {"\"master\"", "\"master\"", "\"doctorate\"", "\"bachelor\"", "\"master\"",
                          "\"master\"", "\"bachelor\"", "\"doctorate\"", "\"bachelor\"", "\"bachelor\""};
    for (unsigned r = 0; r < G_N_ELEMENTS(want); r++)
        assert_member(l, r, "education", want[r]);
    for (unsigned r = G_N_ELEMENTS(want); r < 15; r++)
        assert_member(l, r, "education", "null");
    assert_string_equal(l->diags->str,
                        "12:2: education: \"PhD in progress\" names a degree in progress, which is not held; read "
                        "as unknown\n"
                        "13:2: education: \"Master en cours\" names a degree in progress, which is not held; read "
                        "as unknown\n"
                        "14:2: education: \"Master 1st year in law\" names a year of study, which is no degree "
                        "held; read as unknown\n"
                        "15:2: education: \"Master or equivalent\" names a degree or its equivalent, which does not "
                        "say which is held (the equivalent_qualification column says whether an equivalent is "
                        "held); read as unknown\n"
                        "16:2: education: \"None of the above\" is not an education level; expected none, "
                        "secondary, post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, "
                        "PhD, licence\n");
    unload(l);
}

/* An education cell refused because it names a degree not held says why
 * (in progress, not completed, a year of study, an equivalent, a level,
 * alternatives), in English or French, after the degree or in a
 * parenthesis, and stays unknown; a cell of no such shape keeps the list
 * of what was expected, and "Master 1" alone is still a bachelor, "M1" too */
static void test_education_not_held_says_why(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education\n"
                     "C1,MSc in progress\n"
                     "C2,Master 1 (en cours)\n"
                     "C3,Bachelor not completed\n"
                     "C4,Master (1st year)\n"
                     "C5,Master level\n"
                     "C6,Bachelor ou Master\n"
                     "C7,Licence (candidat)\n"
                     "C8,M1\n"
                     "C9,Master 1\n");
    for (unsigned r = 0; r < 7; r++)
        assert_member(l, r, "education", "null");
    assert_member(l, 7, "education", "\"bachelor\"");
    assert_member(l, 8, "education", "\"bachelor\"");
    assert_string_equal(l->diags->str,
                        "2:2: education: \"MSc in progress\" names a degree in progress, which is not held; read "
                        "as unknown\n"
                        "3:2: education: \"Master 1 (en cours)\" names a degree in progress, which is not held; "
                        "read as unknown\n"
                        "4:2: education: \"Bachelor not completed\" names a degree not completed, which is not "
                        "held; read as unknown\n"
                        "5:2: education: \"Master (1st year)\" names a year of study, which is no degree held; "
                        "read as unknown\n"
                        "6:2: education: \"Master level\" names a degree's level, which does not say the degree "
                        "is held; read as unknown\n"
                        "7:2: education: \"Bachelor ou Master\" names degrees as alternatives, which does not say "
                        "which is held; read as unknown\n"
                        "8:2: education: \"Licence (candidat)\" names a degree in progress, which is not held; "
                        "read as unknown\n");
    unload(l);
}

/* The French university years, as French CVs write the degree, read as
 * the year completed (education.json): the licence's last year, "L3", a
 * bachelor, "M2" a master, and "M1" a bachelor as "Master 1" is (bac+4,
 * a licence held); with a subject too, and "M 2" as "M2" */
static void test_education_french_university_years(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education\n"
                     "C1,L3\n"
                     "C2,Licence 3\n"
                     "C3,M1\n"
                     "C4,M2\n"
                     "C5,M2 in law\n"
                     "C6,L3 en droit\n"
                     "C7,Master II\n"
                     "C8,Master I\n"
                     "C9,M 2\n");
    const char *want[] = {"\"bachelor\"", "\"bachelor\"", "\"bachelor\"", "\"master\"", "\"master\"",
                          "\"bachelor\"", "\"master\"", "\"bachelor\"", "\"master\""};
    for (unsigned r = 0; r < G_N_ELEMENTS(want); r++)
        assert_member(l, r, "education", want[r]);
    assert_string_equal(l->diags->str, "");
    unload(l);
}

/* The French university years that complete no degree, "L1", "L2",
 * "Licence 2", "Licence II", "Licence 1re", alone or with a subject, are
 * refused saying they are a year of study (education.json leaves them
 * out), not with the list of levels; "Licence 2025" is no year */
static void test_education_year_of_study_says_why(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education\n"
                     "C1,L1\n"
                     "C2,L2 droit\n"
                     "C3,Licence 2\n"
                     "C4,Licence II\n"
                     "C5,Licence 1re en droit\n"
                     "C6,Licence 2025\n");
    for (unsigned r = 0; r < 6; r++)
        assert_member(l, r, "education", "null");
    assert_string_equal(l->diags->str,
                        "2:2: education: \"L1\" names a year of study, which is no degree held; read as unknown\n"
                        "3:2: education: \"L2 droit\" names a year of study, which is no degree held; read as "
                        "unknown\n"
                        "4:2: education: \"Licence 2\" names a year of study, which is no degree held; read as "
                        "unknown\n"
                        "5:2: education: \"Licence II\" names a year of study, which is no degree held; read as "
                        "unknown\n"
                        "6:2: education: \"Licence 1re en droit\" names a year of study, which is no degree held; "
                        "read as unknown\n"
                        "7:2: education: \"Licence 2025\" is not an education level; expected none, secondary, "
                        "post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, PhD, licence\n");
    unload(l);
}

/* A staff, war or defence college in the education column, in English,
 * French or German, alone or beside a degree, is refused naming the
 * staff_college column, not with the list of levels; it stays unknown and
 * is not read as staff_college yes (DESIGN s.3: an alternative counts only
 * where it is claimed in its column); "Master in War Studies" (a master)
 * and "King's College" are no staff college */
static void test_education_staff_college_names_its_column(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education\n"
                     "C1,NATO Defense College\n"
                     "C2,Command and Staff College\n"
                     "C3,\"Coll\xc3\xa8ge de d\xc3\xa9" "fense de l'OTAN\"\n"
                     "C4,\xc3\x89" "cole de guerre\n"
                     "C5,F\xc3\xbchrungsakademie der Bundeswehr\n"
                     "C6,Master + US Army War College\n"
                     "C7,Master in War Studies\n"
                     "C8,King's College\n");
    for (unsigned r = 0; r < 8; r++) {
        assert_member(l, r, "education", r == 6 ? "\"master\"" : "null");
        assert_member(l, r, "staff_college", "null");
    }
#define STAFF "names a staff or defence college, which is not an education level; expected a level here " \
              "(none, secondary, post_secondary, bachelor, master, doctorate) and the college in the "    \
              "staff_college column (yes or no); read as unknown\n"
#define LEVELS "is not an education level; expected none, secondary, post_secondary, bachelor, master, " \
               "doctorate or a synonym such as BA, MSc, PhD, licence\n"
    assert_string_equal(l->diags->str, "2:2: education: \"NATO Defense College\" " STAFF
                                       "3:2: education: \"Command and Staff College\" " STAFF
                                       "4:2: education: \"Coll\xc3\xa8ge de d\xc3\xa9" "fense de l'OTAN\" " STAFF
                                       "5:2: education: \"\xc3\x89" "cole de guerre\" " STAFF
                                       "6:2: education: \"F\xc3\xbchrungsakademie der Bundeswehr\" " STAFF
                                       "7:2: education: \"Master + US Army War College\" " STAFF
                                       "9:2: education: \"King's College\" " LEVELS);
#undef STAFF
#undef LEVELS
    unload(l);
}

/* A Roman numeral after a degree is no subject: "Master III", "PhD V" or
 * "Licence IV" is reported and unknown, not read as the degree with a
 * subject "III"; "Master II" and "Master I", the French years, are in the
 * table */
static void test_education_roman_numeral_no_subject(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education\n"
                     "C1,Master III\n"
                     "C2,PhD V\n"
                     "C3,Licence IV\n"
                     "C4,Master II\n"
                     "C5,Master I\n"
                     "C6,Licence Pro\n");
    for (unsigned r = 0; r < 3; r++)
        assert_member(l, r, "education", "null");
    assert_member(l, 3, "education", "\"master\"");
    assert_member(l, 4, "education", "\"bachelor\"");
    assert_member(l, 5, "education", "\"bachelor\"");
    assert_string_equal(l->diags->str,
                        "2:2: education: \"Master III\" is not an education level; expected none, secondary, "
                        "post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, PhD, licence\n"
                        "3:2: education: \"PhD V\" is not an education level; expected none, secondary, "
                        "post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, PhD, licence\n"
                        "4:2: education: \"Licence IV\" is not an education level; expected none, secondary, "
                        "post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, PhD, licence\n");
    unload(l);
}

/* A list of the degrees held, as exports write the column: the highest,
 * when every part reads as a degree (with its subject too); a part that is
 * none, not held or no degree leaves the cell reported as before, and
 * "Bac+3" stays one degree */
static void test_education_list_of_degrees(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education\n"
                     "C1,\"BSc, MSc\"\n"
                     "C2,BA; MA\n"
                     "C3,Bachelor + Master\n"
                     "C4,MSc in Physics; PhD in History\n"
                     "C5,\"BA (Hons), MA\"\n"
                     "C6,Bac+3 + Master 2\n"
                     "C7,\"BSc, MSc (in progress)\"\n"
                     "C8,Bachelor; diploma\n"
                     "C9,None; Bachelor\n");
    const char *want[] = {"\"master\"", "\"master\"", "\"master\"", "\"doctorate\"", "\"master\"",
                          "\"master\""};
    for (unsigned r = 0; r < G_N_ELEMENTS(want); r++)
        assert_member(l, r, "education", want[r]);
    for (unsigned r = G_N_ELEMENTS(want); r < 9; r++)
        assert_member(l, r, "education", "null");
    assert_string_equal(l->diags->str,
                        "8:2: education: \"BSc, MSc (in progress)\" names a degree in progress, which is not held; "
                        "read as unknown\n"
                        "9:2: education: \"Bachelor; diploma\" is not an education level; expected none, "
                        "secondary, post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, "
                        "PhD, licence\n"
                        "10:2: education: \"None; Bachelor\" is not an education level; expected none, "
                        "secondary, post_secondary, bachelor, master, doctorate or a synonym such as BA, MSc, "
                        "PhD, licence\n");
    unload(l);
}

/* A French certificate written the other way round, the level then the
 * certificate ("C1 (DALF)", "B2 (DELF)"), or with the year it was passed
 * ("DELF B2 (2019)"), is read in the french column as "DALF C1" is, and
 * reported as a French certificate in another; a level the certificate
 * does not certify ("B1 (DALF)") stays reported */
static void test_french_certificate_other_forms(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french\n"
                     "C1,C1 (DALF),C1 (DALF)\n"
                     "C2,DELF B2 (2019),B2 (DELF)\n"
                     "C3,,B1 (DALF)\n");
    assert_member(l, 0, "english", "null");
    assert_member(l, 0, "french", "5");
    assert_member(l, 1, "english", "null");
    assert_member(l, 1, "french", "4");
    assert_member(l, 2, "french", "null");
    assert_string_equal(l->diags->str,
                        "2:2: english: \"C1 (DALF)\" is a French certificate, not a level of this column's "
                        "language; read as unknown\n"
                        "3:2: english: \"DELF B2 (2019)\" is a French certificate, not a level of this column's "
                        "language; read as unknown\n"
                        "4:3: french: \"B1 (DALF)\" has a parenthesis that qualifies the level; read as unknown, "
                        "for a person to judge\n");
    unload(l);
}

/* A level cell that names the column's language ("Anglais: C1", "English -
 * C1") or, in the french column, a French certificate by its CEFR level
 * ("DELF B2", "DALF C1") is read; another language named, a certificate
 * in another language's column, or a test score (no documented
 * correspondence) is reported, saying which; a certificate at a level it
 * does not have ("DELF C1") is no level */
static void test_levels_named_language_or_certificate(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages,German\n"
                     "C1,Anglais: C1,DELF B2,,Deutsch - B2\n"
                     "C2,English - C1,DALF C1,,English - C1\n"
                     "C3,French - C1,DELF C1,,\n"
                     "C4,IELTS 7.5,TCF 450,en:TOEIC 850,\n"
                     "C5,DELF B2,Anglais: C1,,\n"
                     "C6,French: DALF C1,Fran\xc3\xa7" "ais : DELF B2,,\n");
    assert_member(l, 0, "languages", "{\"de\":4}");
    assert_member(l, 5, "english", "null");
    assert_member(l, 5, "french", "4"); /* the column's language, then its certificate */
    assert_member(l, 1, "languages", "null");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "4");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "5");
    for (unsigned r = 2; r < 5; r++) {
        assert_member(l, r, "english", "null");
        assert_member(l, r, "french", "null");
    }
    assert_string_equal(l->diags->str,
                        "3:5: language_de: \"English - C1\" names English in the language_de column; expected a "
                        "level of German, such as C1 or V; read as unknown\n"
                        "4:2: english: \"French - C1\" names French in the english column; expected a level of "
                        "English, such as C1 or V; read as unknown\n"
                        "4:3: french: \"DELF C1\" " "is not a language level; expected I to VI, a level name, A1 to C2, native, or a STANAG "
                        "6001 profile such as 3332" "\n"
                        "5:4: languages: \"TOEIC 850\" " "is a test score, and no documented correspondence turns a score into a "
                        "language level; read as unknown, for a person to judge" "\n"
                        "5:2: english: \"IELTS 7.5\" " "is a test score, and no documented correspondence turns a score into a "
                        "language level; read as unknown, for a person to judge" "\n"
                        "5:3: french: \"TCF 450\" " "is a test score, and no documented correspondence turns a score into a "
                        "language level; read as unknown, for a person to judge" "\n"
                        "6:2: english: \"DELF B2\" is a French certificate, not a level of this column's "
                        "language; read as unknown\n"
                        "6:3: french: \"Anglais: C1\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n"
                        "7:2: english: \"French: DALF C1\" names French in the english column; expected a level of "
                        "English, such as C1 or V; read as unknown\n");
    unload(l);
}

/* In the languages column, a French certificate before the level is read
 * as the french column reads it: for French ("fr: DELF B2", "French (DALF
 * C1)"), and under another code ("de: DELF B2") reported and unknown, never
 * that language's level; a test score or a certificate at a level it does
 * not have stays reported, as in the french column */
/* Experience pairs as free text writes them: in words ("committee work 3
 * years", "3 years of committee work", "4 ans de gestion de projet") when
 * the words name a field of the vocabulary, and cut by commas when every
 * part is a pair (a comma between digits stays a decimal comma). */
static void test_experience_pairs_in_words(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,experience\n"
                     "C1,committee work 3 years\n"
                     "C2,3 years of committee work; 4 ans de gestion de projet\n"
                     "C3,\"defence_security:3, project_management:2\"\n"
                     "C4,\"committee work 3 years, defence policy 2.5 yrs\"\n"
                     "C5,\"committee_work:3,5\"\n"
                     "C6,basket weaving 3 years\n"
                     "C7,\"committee_work:3, five\"\n");
    assert_member(l, 0, "experience", "{\"committee_work\":3}");
    assert_member(l, 1, "experience", "{\"committee_work\":3,\"project_management\":4}");
    assert_member(l, 2, "experience", "{\"defence_security\":3,\"project_management\":2}");
    assert_member(l, 3, "experience", "{\"committee_work\":3,\"defence_policy\":2.5}");
    assert_member(l, 4, "experience", "{\"committee_work\":3.5}");
    assert_member(l, 5, "experience", "null");
    assert_member(l, 6, "experience", "null");
    assert_string_equal(l->diags->str,
                        "7:2: experience: \"basket weaving 3 years\" is not a field:years pair; expected e.g. "
                        "defence_security:6;project_management:3.5\n"
                        "8:2: experience: \"committee_work:3, five\" is not a field:years pair; expected e.g. "
                        "defence_security:6;project_management:3.5\n");
    unload(l);
}

/* An experience pair with only a space between a field of the
 * vocabulary and its years ("defence_security 6", "project management
 * 3.5") is read as "defence_security:6" is; words that name no field
 * ("basket weaving 3"), the number first, or years beyond a career
 * ("defence_security 2025") stay reported */
static void test_experience_pairs_with_a_space(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,experience\n"
                     "C1,defence_security 6\n"
                     "C2,defence_security 6.5; project management 3.5\n"
                     "C3,basket weaving 3\n"
                     "C4,6 defence_security\n"
                     "C5,defence_security 2025\n");
    assert_member(l, 0, "experience", "{\"defence_security\":6}");
    assert_member(l, 1, "experience", "{\"defence_security\":6.5,\"project_management\":3.5}");
    for (unsigned r = 2; r < 5; r++)
        assert_member(l, r, "experience", "null");
#define PAIR "is not a field:years pair; expected e.g. defence_security:6;project_management:3.5\n"
    assert_string_equal(l->diags->str, "4:2: experience: \"basket weaving 3\" " PAIR
                                       "5:2: experience: \"6 defence_security\" " PAIR
                                       "6:2: experience: \"defence_security 2025\" " PAIR);
#undef PAIR
    unload(l);
}

/* Languages as free text writes them: a language then its level with a
 * space or a dash ("English C1", "en-C1", "English native"), pairs cut by a
 * spaced slash ("English - C1 / French - B1"), a language tag with its
 * region ("fr_CA", "pt-BR"); a language without a level stays reported. */
static void test_language_pairs_in_words(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,languages\n"
                     "C1,\"English C1, French B2\"\n"
                     "C2,en-C1;fr-B2\n"
                     "C3,English - C1 / French - B1\n"
                     "C4,English native / Fran\xc3\xa7" "ais A2\n"
                     "C5,fr_CA: B2; pt-BR: C1\n"
                     "C6,Spanish\n"
                     "C7,Anglais courant\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "4");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "4");
    assert_member(l, 2, "english", "5");
    assert_member(l, 2, "french", "3");
    assert_member(l, 3, "english", "6");
    assert_member(l, 3, "french", "2");
    assert_member(l, 4, "french", "4");
    assert_member(l, 4, "languages", "{\"pt\":5}");
    assert_string_equal(l->diags->str,
                        "7:2: languages: \"Spanish\" is not a code:level pair; expected e.g. uk:III;de:C1\n"
                        "8:2: languages: \"Anglais courant\" is not a code:level pair; expected e.g. "
                        "uk:III;de:C1\n");
    unload(l);
}

/* Pairs cut by bars, as exports join a list ("German B2 | Italian A2",
 * "de:B2|it:A2"), are read as pairs cut by a spaced slash are, when every
 * part is a pair; a part that is none leaves the cell reported */
static void test_language_pairs_cut_by_bars(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,languages\n"
                     "C1,German B2 | Italian A2\n"
                     "C2,de:B2|it:A2|en:C1\n"
                     "C3,German B2 | Klingon A2\n");
    assert_member(l, 0, "languages", "{\"de\":4,\"it\":2}");
    assert_member(l, 1, "languages", "{\"de\":4,\"it\":2}");
    assert_member(l, 1, "english", "5");
    assert_member(l, 2, "languages", "null");
    assert_string_equal(l->diags->str,
                        "4:2: languages: \"German B2 | Klingon A2\" is not a code:level pair; expected e.g. "
                        "uk:III;de:C1\n");
    unload(l);
}

/* The level columns read a language and its level with a space or a
 * dash between them, in either order, as the languages pairs do: in the
 * language's own column; another language's is reported. */
static void test_levels_beside_a_language_word(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french\n"
                     "C1,English C1,French B2\n"
                     "C2,C1 English,fr-B1\n"
                     "C3,en-C2,Anglais B2\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "4");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "3");
    assert_member(l, 2, "english", "6");
    assert_member(l, 2, "french", "null");
    assert_string_equal(l->diags->str,
                        "4:3: french: \"Anglais B2\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n");
    unload(l);
}

static void test_language_pairs_with_a_certificate(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,languages\n"
                     "C1,fr: DELF B2;de:C1\n"
                     "C2,French (DALF C1)\n"
                     "C3,de: DELF B2;en:DELF A2\n"
                     "C4,fr:TCF 450;es:B1\n"
                     "C5,fr:DELF C1\n");
    assert_member(l, 0, "french", "4");
    assert_member(l, 0, "languages", "{\"de\":5}");
    assert_member(l, 1, "french", "5");
    assert_member(l, 2, "languages", "null");
    assert_member(l, 2, "english", "null");
    assert_member(l, 3, "french", "null");
    assert_member(l, 3, "languages", "{\"es\":3}");
    assert_member(l, 4, "french", "null");
    assert_string_equal(l->diags->str,
                        "4:2: languages: \"DELF B2\" is a French certificate, not a level of German (de); read as "
                        "unknown\n"
                        "4:2: languages: \"DELF A2\" is a French certificate, not a level of English (en); read as "
                        "unknown\n"
                        "5:2: languages: \"TCF 450\" " "is a test score, and no documented correspondence turns a score into a "
                        "language level; read as unknown, for a person to judge" "\n"
                        "6:2: languages: \"DELF C1\" is not a language level; expected I to VI, a level name, A1 "
                        "to C2, native, or a STANAG 6001 profile such as 3332\n");
    unload(l);
}

/* In the languages column, a level with its language after it is read as
 * the level columns read it: for the pair's language ("fr: C1
 * (fran\xc3\xa7ais)"), or alone as "German (C1)" is ("C1 (German)");
 * another language's ("en: C1 (French)") is reported and unknown, never
 * English's level */
static void test_language_pairs_then_their_language(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,languages\n"
                     "C1,fr: C1 (fran\xc3\xa7" "ais);de: B2 (German)\n"
                     "C2,en: C1 (French);es:B1\n"
                     "C3,\"C1 (German), Spanish (B2)\"\n"
                     "C4,en: English (C1);de: Deutsch (B2)\n"
                     "C5,en: French (C1)\n");
    assert_member(l, 0, "french", "5");
    /* the language again, before the level: read for the pair's own, reported for another */
    assert_member(l, 3, "english", "5");
    assert_member(l, 3, "languages", "{\"de\":4}");
    assert_member(l, 4, "english", "null");
    assert_member(l, 4, "french", "null");
    assert_member(l, 0, "languages", "{\"de\":4}");
    assert_member(l, 1, "english", "null");
    assert_member(l, 1, "french", "null");
    assert_member(l, 1, "languages", "{\"es\":3}");
    assert_member(l, 2, "languages", "{\"de\":5,\"es\":4}");
    assert_string_equal(l->diags->str,
                        "3:2: languages: \"C1 (French)\" is a level of French, not of English (en); read as "
                        "unknown\n"
                        "6:2: languages: \"French (C1)\" is a level of French, not of English (en); read as "
                        "unknown\n");
    unload(l);
}

/* A level glossed by a language, "French (C1)", as forms write it, is a
 * level of that language: read in its own column ("English (C1)" in
 * english, "Anglais (C1)" too), reported and unknown in another's, never
 * read as that column's level; the colon form is reported the same way; a
 * name that is a level as well ("No (0)") stays a level */
static void test_levels_glossed_by_another_language(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,German\n"
                     "C1,French (C1),B2,German (B1)\n"
                     "C2,English (C1),Anglais (C1),\n"
                     "C3,Anglais (B2),English: B2,Deutsch (C2)\n"
                     "C4,German (B2),Fran\xc3\xa7" "ais (A2),\n"
                     "C5,No (0),,\n");
    assert_member(l, 0, "english", "null");
    assert_member(l, 0, "french", "4");
    assert_member(l, 0, "languages", "{\"de\":3}");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "null");
    assert_member(l, 2, "english", "4");
    assert_member(l, 2, "french", "null");
    assert_member(l, 2, "languages", "{\"de\":6}");
    assert_member(l, 3, "english", "null");
    assert_member(l, 3, "french", "2");
    assert_member(l, 4, "english", "0"); /* "no", a level, is Norwegian's code too */
    assert_string_equal(l->diags->str,
                        "2:2: english: \"French (C1)\" names French in the english column; expected a level of "
                        "English, such as C1 or V; read as unknown\n"
                        "3:3: french: \"Anglais (C1)\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n"
                        "4:3: french: \"English: B2\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n"
                        "5:2: english: \"German (B2)\" names German in the english column; expected a level of "
                        "English, such as C1 or V; read as unknown\n");
    unload(l);
}

/* A level then, in brackets or after a dash, the language it is of, "C1
 * (English)", "Langue maternelle (fran\xc3\xa7ais)", "C1 - English", is read
 * in that language's column, and in another's reported as "French (C1)"
 * is, never read as the column's level ("Bilingual (French)" in english
 * is no English level); a bracket that is no language still qualifies the
 * level, and a language that is a level too ("V (no)") is that level */
static void test_levels_then_their_language(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,German\n"
                     "C1,C1 (English),V (fran\xc3\xa7" "ais),B2 (Deutsch)\n"
                     "C2,V (anglais),Langue maternelle (fran\xc3\xa7" "ais),\n"
                     "C3,Native (English),C1 - French,\n"
                     "C4,C1 (French),Native (English),C1 (English)\n"
                     "C5,Bilingual (French),V (Physics),\n"
                     "C6,V (no),,\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "5");
    assert_member(l, 0, "languages", "{\"de\":4}");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "6");
    assert_member(l, 2, "english", "6");
    assert_member(l, 2, "french", "5");
    for (unsigned r = 3; r < 6; r++) {
        assert_member(l, r, "english", "null");
        assert_member(l, r, "french", "null");
        assert_member(l, r, "languages", "null");
    }
    assert_string_equal(l->diags->str,
                        "5:2: english: \"C1 (French)\" names French in the english column; expected a level of "
                        "English, such as C1 or V; read as unknown\n"
                        "5:3: french: \"Native (English)\" names English in the french column; expected a level "
                        "of French, such as C1 or V; read as unknown\n"
                        "5:4: language_de: \"C1 (English)\" names English in the language_de column; expected a "
                        "level of German, such as C1 or V; read as unknown\n"
                        "6:2: english: \"Bilingual (French)\" names French in the english column; expected a "
                        "level of English, such as C1 or V; read as unknown\n"
                        "6:3: french: \"V (Physics)\" has a parenthesis that qualifies the level; read as "
                        "unknown, for a person to judge\n"
                        "7:2: english: \"V (no)\" names two levels that disagree; read as unknown\n");
    unload(l);
}

/* A level glossed after words that name a language, "English: V (C1)",
 * "C1 English (Advanced)", "Anglais courant (C1)", was read as the gloss's
 * level in any column, French's too: it is read in that language's column
 * only, reported as another language elsewhere (and in a languages pair
 * of another code); a level beside the language that disagrees ("B2
 * English (Advanced)") is no level; a lower-case code is a language there
 * only before punctuation or a level ("en/V (C1)", "(eng) V (C1)"; "is good (B2)"
 * names no Icelandic) */
static void test_levels_beside_a_language_name(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages\n"
                     "C1,English: V (C1),English: V (C1),de: Anglais courant (C1)\n"
                     "C2,C1 English (Advanced),Fran\xc3\xa7" "ais courant (C1),\n"
                     "C3,B2 English (Advanced),EN: V (C1),\n"
                     "C4,is good (B2),en : V (C1),\n"
                     "C5,,en/V (C1),\n"
                     "C6,,(eng) V (C1),\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "null");
    assert_member(l, 0, "languages", "null");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "5");
    assert_member(l, 2, "english", "null");
    assert_member(l, 2, "french", "null");
    assert_member(l, 3, "english", "4");
    assert_member(l, 3, "french", "null");
    assert_member(l, 4, "french", "null");
    assert_member(l, 5, "french", "null");
    assert_string_equal(l->diags->str,
                        "2:4: languages: \"Anglais courant (C1)\" is a level of English, not of German (de); read "
                        "as unknown\n"
                        "2:3: french: \"English: V (C1)\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n"
                        "4:2: english: \"B2 English (Advanced)\" is not a language level; expected I to VI, a "
                        "level name, A1 to C2, native, or a STANAG 6001 profile such as 3332\n"
                        "4:3: french: \"EN: V (C1)\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n"
                        "5:3: french: \"en : V (C1)\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n"
                        "6:3: french: \"en/V (C1)\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n"
                        "7:3: french: \"(eng) V (C1)\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n");
    unload(l);
}

/* A language's code or abbreviation in any case, then a glossed level,
 * "fr V (C1)", "Eng V (C1)", was read as the gloss's level in any column:
 * it is read in that language's column only, reported as another
 * language elsewhere (and in a languages pair of another code); a
 * lower-case word that is a code is a language only before a level ("en
 * cours (B2)" is French for in progress, "no V (C1)" a level) */
static void test_levels_after_a_code_in_any_case(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,German,languages\n"
                     "C1,fr V (C1),fr V (C1),Eng V (C1),\n"
                     "C2,Eng V (C1),Eng V (C1),de IV (B2),en: fr V (C1)\n"
                     "C3,en cours (B2),,,de: Ger IV (B2)\n");
    assert_member(l, 0, "english", "null");
    assert_member(l, 0, "french", "5");
    assert_member(l, 0, "languages", "null");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "french", "null");
    assert_member(l, 1, "languages", "{\"de\":4}");
    assert_member(l, 2, "english", "4");
    assert_member(l, 2, "languages", "{\"de\":4}");
    assert_string_equal(l->diags->str,
                        "2:2: english: \"fr V (C1)\" names French in the english column; expected a level of "
                        "English, such as C1 or V; read as unknown\n"
                        "2:4: language_de: \"Eng V (C1)\" names English in the language_de column; expected a "
                        "level of German, such as C1 or V; read as unknown\n"
                        "3:5: languages: \"fr V (C1)\" is a level of French, not of English (en); read as "
                        "unknown\n"
                        "3:3: french: \"Eng V (C1)\" names English in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n");
    unload(l);
}

/* A language's code in lower case, then a word of fluency no table reads,
 * then a level in brackets, "fr courant (C1)", "en fluent (C1)", "it
 * fluent (C1)", was read as the bracket's level in any column: it is read
 * in that language's column only, reported as another language elsewhere
 * (and in a languages pair of another code), as "fr V (C1)" is; "is good
 * (B2)" names no Icelandic, and "good (B2)", "very good (B2)" keep their
 * level, in a pair too */
static void test_levels_after_a_code_and_fluency(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,German,languages\n"
                     "C1,fr courant (C1),fr courant (C1),en fluent (C1),\n"
                     "C2,en very good (B2),it fluent (C1),de bon (B2),en: fr courant (C1)\n"
                     "C3,is good (B2),good (B2),very good (B2),de: is good (B2)\n");
    assert_member(l, 0, "english", "null");
    assert_member(l, 0, "french", "5");
    assert_member(l, 0, "languages", "null");
    assert_member(l, 1, "english", "4");
    assert_member(l, 1, "french", "null");
    assert_member(l, 1, "languages", "{\"de\":4}");
    assert_member(l, 2, "english", "4");
    assert_member(l, 2, "french", "4");
    assert_member(l, 2, "languages", "{\"de\":4}");
    assert_string_equal(l->diags->str,
                        "2:2: english: \"fr courant (C1)\" names French in the english column; expected a level "
                        "of English, such as C1 or V; read as unknown\n"
                        "2:4: language_de: \"en fluent (C1)\" names English in the language_de column; expected "
                        "a level of German, such as C1 or V; read as unknown\n"
                        "3:5: languages: \"fr courant (C1)\" is a level of French, not of English (en); read as "
                        "unknown\n"
                        "3:3: french: \"it fluent (C1)\" names Italian in the french column; expected a level of "
                        "French, such as C1 or V; read as unknown\n");
    unload(l);
}

/* A level cell that names a language, then a level it refuses, says why
 * from the level, not with the list of levels: the column's language
 * with a qualified level ("Anglais : C1 (courant)") or a range ("English:
 * B1-B2"); another language whatever its level ("French: fluent" in
 * english); a level qualified stays so ("No (fluent)", not Norwegian);
 * in the languages column too ("en: C1 (courant)") */
static void test_levels_after_a_language_say_why(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,languages\n"
                     "C1,Anglais : C1 (courant),en: C1 (courant)\n"
                     "C2,English: B1-B2,\n"
                     "C3,French: fluent,\n"
                     "C4,No (fluent),\n");
    for (unsigned r = 0; r < 4; r++)
        assert_member(l, r, "english", "null");
    assert_string_equal(l->diags->str,
                        "2:3: languages: \"C1 (courant)\" has a parenthesis that qualifies the level; read as "
                        "unknown, for a person to judge\n"
                        "2:2: english: \"Anglais : C1 (courant)\" has a parenthesis that qualifies the level; read "
                        "as unknown, for a person to judge\n"
                        "3:2: english: \"English: B1-B2\" is a range or pair of levels, and a range is not one level; "
                        "read as unknown\n"
                        "4:2: english: \"French: fluent\" names French in the english column; expected a level of "
                        "English, such as C1 or V; read as unknown\n"
                        "5:2: english: \"No (fluent)\" has a parenthesis that qualifies the level; read as "
                        "unknown, for a person to judge\n");
    unload(l);
}

/* A languages pair's level that names a language is read in every form
 * the level columns read ("English: V (C1)", "Fran\xc3\xa7ais : DELF B2",
 * "Anglais courant (C1)"): for the pair's own language, reported as
 * another language's under another code; it was "not a language level" */
static void test_language_pairs_read_levels_as_the_columns(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,languages\n"
                     "C1,en: English: V (C1);fr: Fran\xc3\xa7" "ais : DELF B2\n"
                     "C2,en: C1 English (Advanced);de: Fran\xc3\xa7" "ais courant (C1)\n"
                     "C3,fr: French: DALF C1\n");
    assert_member(l, 0, "english", "5");
    assert_member(l, 0, "french", "4");
    assert_member(l, 1, "english", "5");
    assert_member(l, 1, "languages", "null");
    assert_member(l, 2, "french", "5");
    assert_string_equal(l->diags->str,
                        "3:2: languages: \"Fran\xc3\xa7" "ais courant (C1)\" is a level of French, not of German "
                        "(de); read as unknown\n");
    unload(l);
}

/* Levels of several languages in one cell, each glossed by its language
 * ("English (C1), French (B2)"), are reported and unknown: the last
 * gloss is no level of the column's language, whichever comes last; a list
 * that names no language ("Fluent (C1)") reads as before */
static void test_levels_of_several_languages(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french\n"
                     "L1,\"English (C1), French (B2)\",\"English (C1), French (B2)\"\n"
                     "L2,\"French (B2); English (C1)\",Anglais (C1) / Fran\xc3\xa7" "ais (A2)\n"
                     "L3,Fluent (C1),\n");
    assert_member(l, 0, "english", "null");
    assert_member(l, 0, "french", "null");
    assert_member(l, 1, "english", "null");
    assert_member(l, 1, "french", "null");
    assert_member(l, 2, "english", "5");
    assert_string_equal(l->diags->str,
                        "2:2: english: \"English (C1), French (B2)\" gives the levels of several languages; "
                        "expected one level of English, such as C1 or V; read as unknown\n"
                        "2:3: french: \"English (C1), French (B2)\" gives the levels of several languages; "
                        "expected one level of French, such as C1 or V; read as unknown\n"
                        "3:2: english: \"French (B2); English (C1)\" gives the levels of several languages; "
                        "expected one level of English, such as C1 or V; read as unknown\n"
                        "3:3: french: \"Anglais (C1) / Fran\xc3\xa7" "ais (A2)\" gives the levels of several "
                        "languages; expected one level of French, such as C1 or V; read as unknown\n");
    unload(l);
}

/* One level for several languages, "C1 (English, French)", "Bilingual
 * English/French (C2)", "English and French (C2)", is reported as giving
 * the levels of several languages, in a level column ("has a parenthesis
 * that qualifies the level" or "not a language level" before) and in a
 * languages pair ("not a language level" before) */
static void test_one_level_of_several_languages(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,english,french,languages\n"
                     "L1,\"C1 (English, French)\",C1 (anglais et fran\xc3\xa7" "ais),en: C1 (English/French)\n"
                     "L2,English and French (C2),,fr: Bilingual English/French (C2)\n");
    for (unsigned r = 0; r < 2; r++) {
        assert_member(l, r, "english", "null");
        assert_member(l, r, "french", "null");
    }
    assert_string_equal(l->diags->str,
                        "2:4: languages: \"C1 (English/French)\" gives the levels of several languages, not one "
                        "of English (en); read as unknown\n"
                        "2:2: english: \"C1 (English, French)\" gives the levels of several languages; expected one "
                        "level of English, such as C1 or V; read as unknown\n"
                        "2:3: french: \"C1 (anglais et fran\xc3\xa7" "ais)\" gives the levels of several languages; "
                        "expected one level of French, such as C1 or V; read as unknown\n"
                        "3:4: languages: \"Bilingual English/French (C2)\" gives the levels of several languages, "
                        "not one of French (fr); read as unknown\n"
                        "3:2: english: \"English and French (C2)\" gives the levels of several languages; expected "
                        "one level of English, such as C1 or V; read as unknown\n");
    unload(l);
}

/* No-break spaces at either end of a cell (U+00A0, and U+202F of French
 * number formats), as pasted text leaves them, are trimmed like spaces:
 * a number, a date or an id reads, and "B502" twice is a duplicate; one
 * inside a cell stays.  In Windows-1252 the byte 0xA0 is the same space. */
static void test_no_break_spaces_trimmed(void **state)
{
    (void)state;
    loaded *l = load("id,experience_years,applied_on,nationality,experience,name\n"
                     "B502\xc2\xa0,5\xc2\xa0,2025-03-19\xc2\xa0,\xc2\xa0" "FR,\xe2\x80\xaf" "defence_policy:2\xc2\xa0;"
                     "\xc2\xa0" "committee_work:1,Ann\xc2\xa0Lee\xc2\xa0\xc2\xa0\n"
                     "B502,\xc2\xa0,,,,\n");
    assert_member(l, 0, "candidate_id", "\"B502\"");
    assert_member(l, 0, "experience_years", "5");
    assert_member(l, 0, "applied_on", "\"2025-03-19\"");
    assert_member(l, 0, "nationality", "[\"FR\"]");
    assert_member(l, 0, "experience", "{\"committee_work\":1,\"defence_policy\":2}");
    assert_member(l, 0, "name", "\"Ann\xc2\xa0Lee\"");
    assert_member(l, 1, "experience_years", "null"); /* a no-break space alone is empty */
    assert_string_equal(l->diags->str, "3:1: duplicate candidate_id \"B502\" (first on line 2); both rows are screened\n");
    unload(l);
    static const char cp1252[] = "id,experience_years\nC1\xa0,3\xa0\nC1,\n";
    l = load_bytes(cp1252, sizeof cp1252 - 1, ELG_DATES_STRICT);
    assert_member(l, 0, "experience_years", "3");
    assert_string_equal(l->diags->str, "3:1: duplicate candidate_id \"C1\" (first on line 2); both rows are screened\n");
    unload(l);
}

/* A language or a field given twice in one cell with two values is said,
 * and the last is used; given twice alike it is no problem. */
static void test_pair_given_twice(void **state)
{
    (void)state;
    loaded *l = load("id,languages,experience\n"
                     "A,en:V;de:B2;en:II;de:C1;es:B1;es:B1,"
                     "project_management:3.5;committee_work:2;project_management:1;committee_work:2\n"
                     "B,en:V,project_management:3.5\n");
    assert_member(l, 0, "english", "2");
    assert_member(l, 0, "languages", "{\"de\":5,\"es\":3}");
    assert_member(l, 0, "experience", "{\"committee_work\":2,\"project_management\":1}");
    assert_member(l, 1, "english", "5");
    assert_string_equal(l->diags->str,
                        "2:2: languages: en given twice (V, then II); using II\n"
                        "2:2: languages: de given twice (IV, then V); using V\n"
                        "2:3: experience: project_management given twice (3.5, then 1 years); using 1\n");
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 1);
    unload(l);
}

/* Skills and languages listed with commas, as people type lists, are
 * items as with ';' (no tag or level holds a comma); experience pairs are
 * not split on one, which is a decimal comma there. */
static void test_lists_with_commas(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,skills,languages,experience\n"
                     "C1,\"PMP, MS Office; SharePoint\",\"de:C1, es:B2\",\"project_management:4,5\"\n");
    assert_member(l, 0, "skills", "[\"project_management_certification\",\"ms_office\",\"sharepoint\"]");
    assert_member(l, 0, "languages", "{\"de\":5,\"es\":4}"); /* C1 is V */
    assert_member(l, 0, "experience", "{\"project_management\":4.5}");
    assert_string_equal(l->diags->str, "");
    unload(l);
}

/* A bare CR, as old Mac exports break lines, separates a quoted cell's
 * list items as a LF does; a CRLF is one break */
static void test_lists_over_bare_cr_lines(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality,languages,experience,skills\n"
                     "C1,\"France\rBelgium\",\"de:C1\rit:B2\",\"project_management:5\rdefence_security:3\","
                     "\"PMP\rSharePoint\r\"\n"
                     "C2,\"Canada\r\nNorway\",\"de:C1\r\nit:B2\",,\n");
    assert_member(l, 0, "nationality", "[\"FR\",\"BE\"]");
    assert_member(l, 0, "languages", "{\"de\":5,\"it\":4}");
    assert_member(l, 0, "experience", "{\"defence_security\":3,\"project_management\":5}");
    assert_member(l, 0, "skills", "[\"project_management_certification\",\"sharepoint\"]");
    assert_member(l, 1, "nationality", "[\"CA\",\"NO\"]");
    assert_member(l, 1, "languages", "{\"de\":5,\"it\":4}");
    assert_string_equal(l->diags->str, "");
    unload(l);
}

/* A quoted cell's lines separate the items of a list, as a form's text box
 * writes them, where the item that holds them is no value: nationalities,
 * languages and experience pairs, skills.  Skills may be separated by a
 * slash with spaces around it, or a bare slash between tags of the
 * vocabulary; a tag itself (CIPP/E) or any other slash (TCP/IP) is one. */
static void test_lists_over_lines_and_slashes(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,nationality,languages,experience,skills\n"
                     "C1,\"France\r\nBelgium\",\"de:C1\nit:B2\",\"project_management:5\ndefence_security:3\","
                     "\"PMP\nSharePoint\n\"\n"
                     "C2,Canada,\"de:C1\nxx:B2\",\"defence and security:2\n\",PMP / Basket weaving;PMP/PRINCE2\n"
                     "C3,\"Germny\nNorway\",,,CIPP/E;TCP/IP\n");
    assert_member(l, 0, "nationality", "[\"FR\",\"BE\"]");
    assert_member(l, 0, "languages", "{\"de\":5,\"it\":4}");
    assert_member(l, 0, "experience", "{\"defence_security\":3,\"project_management\":5}");
    assert_member(l, 0, "skills", "[\"project_management_certification\",\"sharepoint\"]");
    assert_member(l, 1, "languages", "{\"de\":5}");
    assert_member(l, 1, "experience", "{\"defence_security\":2}");
    assert_member(l, 1, "skills", "[\"project_management_certification\",\"basket_weaving\"]");
    assert_member(l, 2, "nationality", "[null,\"NO\"]");
    assert_member(l, 2, "skills", "[\"data_protection\",\"tcp_ip\"]");
    assert_string_equal(l->diags->str,
                        "8:3: languages: \"xx\" is not a language; expected an ISO 639 code such as uk or de, "
                        "or a language name\n"
                        "11:2: nationality: \"Germny\" is not a country; expected an ISO 3166 code or an English or "
                        "French country name\n");
    unload(l);
}

/* A skill named twice, its long name and its abbreviation ("Project
 * Management Professional (PMP)", "Certified Scrum Master (CSM)"), is the
 * vocabulary's skill both name, not a free tag of the whole; a gloss that
 * names no skill ("Python (advanced)", "PMP (in progress)") keeps the
 * cell a free tag as before */
static void test_skills_named_twice(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,skills\n"
                     "C1,Project Management Professional (PMP)\n"
                     "C2,Certified Scrum Master (CSM)\n"
                     "C3,PMP (in progress)\n");
    assert_member(l, 0, "skills", "[\"project_management_certification\"]");
    assert_member(l, 1, "skills", "[\"agile\"]");
    assert_member(l, 2, "skills", "[\"pmp_in_progress\"]");
    assert_string_equal(l->diags->str, "");
    unload(l);
}

/* Skills separated by bars ("Agile | Scrum | Kanban", "PMP|SharePoint"),
 * as exports join a list, are each a skill; a bar alone is no usable tag,
 * reported as before */
static void test_skills_cut_by_bars(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,skills\n"
                     "C1,Agile | Scrum | Kanban\n"
                     "C2,PMP|SharePoint|Basket weaving\n"
                     "C3,|\n");
    assert_member(l, 0, "skills", "[\"agile\"]");
    assert_member(l, 1, "skills", "[\"project_management_certification\",\"sharepoint\",\"basket_weaving\"]");
    assert_string_equal(l->diags->str, "4:2: skills: \"|\" is not a usable tag\n");
    unload(l);
}

/* Years written as a lower bound or a range are read as the span they
 * give (not as its lower end alone: "5+" read as 5 would fail a minimum of
 * 7 the candidate may meet), shown so by inspect, and reported, saying how
 * they are read; the row counts among the rows with problems.  "5 years"
 * and "5 ans" are read; a range the wrong way round is not. */
static void test_years_bounds_and_ranges(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,experience_years,experience_project_management,experience\n"
                     "C1,5 years,5 ans,\n"
                     "C2,5+,3-5,defence_security:over 2\n"
                     "C3,5-3,,\n");
    assert_member(l, 0, "experience_years", "5");
    assert_member(l, 0, "experience", "{\"project_management\":5}");
    assert_member(l, 1, "experience_years", "\"5+\"");
    assert_member(l, 1, "experience", "{\"defence_security\":\"2+\",\"project_management\":\"3-5\"}");
    assert_member(l, 2, "experience_years", "null");
    assert_string_equal(l->diags->str,
                        "3:4: experience: \"defence_security:over 2\" is a lower bound, not a number of years; read "
                        "as at least 2 (a criterion above 2 stays unknown)\n"
                        "3:2: experience_years: \"5+\" is a lower bound, not a number of years; read as at least 5 "
                        "(a criterion above 5 stays unknown)\n"
                        "3:3: experience_project_management: \"3-5\" is a range, not a number of years; read as 3 "
                        "to 5 (a criterion between stays unknown)\n"
                        "4:2: experience_years: \"5-3\" is not a number of years; expected decimal years such as 5, "
                        "2.5 or 2,5, or none\n");
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 2);
    unload(l);
}

/* A certification word before or after a skill's name says no more than
 * the name: "PMP certified" is the vocabulary's PMP (a post asking for a
 * project management certification finds it), not a free tag; a word that
 * is only that stays a free tag. */
static void test_certified_skills(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,skills\n"
                     "C1,PMP certified;ITIL certificate\n"
                     "C2,CISSP (certified);certifi\xc3\xa9 PRINCE2\n"
                     "C3,Certified Kubernetes Administrator;certified\n");
    assert_member(l, 0, "skills", "[\"project_management_certification\",\"itil\"]");
    assert_member(l, 1, "skills", "[\"cissp\",\"project_management_certification\"]");
    assert_member(l, 2, "skills", "[\"certified_kubernetes_administrator\",\"certified\"]");
    assert_string_equal(l->diags->str, "");
    unload(l);
}

/* A comma in brackets cuts no item of a list: a skill that lists its parts
 * in brackets is the skill and each part ("Microsoft Office Suite (Word,
 * Excel)"), and a languages pair keeps its bracket whole (one report, not
 * two halves). */
static void test_commas_in_brackets(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,skills,languages\n"
                     "C1,\"Microsoft Office Suite (Word, Excel, PowerPoint); Agile (Scrum, Kanban)\",\"de (C1, fluent), es: B2\"\n"
                     "C2,\"PMP, Prince2\",\"de: C1, es: B2\"\n");
    assert_member(l, 0, "skills", "[\"ms_office\",\"agile\"]");
    assert_member(l, 0, "languages", "{\"es\":4}");
    assert_member(l, 1, "skills", "[\"project_management_certification\"]");
    assert_member(l, 1, "languages", "{\"de\":5,\"es\":4}");
    assert_string_equal(l->diags->str,
                        "2:3: languages: \"C1, fluent\" is not a language level; expected I to VI, a level name, "
                        "A1 to C2, native, or a STANAG 6001 profile such as 3332\n");
    unload(l);
}

static void test_skills_and_answers(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,skills,q_drafting,applied_on\n"
                     "C1,MS Office;sharepoint;Basket Weaving,yes,19-Mar-2025\n"
                     "C2,none,no,2025-03-19\n"
                     "C3,,,\n"
                     "C4,,maybe,19/03/2025\n");
    assert_member(l, 0, "skills", "[\"ms_office\",\"sharepoint\",\"basket_weaving\"]");
    assert_member(l, 0, "answers", "{\"drafting\":true}");
    assert_member(l, 0, "applied_on", "\"2025-03-19\"");
    assert_member(l, 1, "skills", "[]");
    assert_member(l, 1, "answers", "{\"drafting\":false}");
    assert_member(l, 1, "applied_on", "\"2025-03-19\"");
    assert_member(l, 2, "skills", "null");
    assert_member(l, 2, "answers", "{}");
    assert_member(l, 2, "applied_on", "null");
    assert_member(l, 3, "answers", "{}");
    assert_member(l, 3, "applied_on", "null");
    assert_string_equal(l->diags->str,
                        "5:3: q_drafting: \"maybe\" is not yes or no; read as empty\n"
                        "5:4: applied_on: \"19/03/2025\" is a slash date, read only with --date-order; "
                        "give --date-order dmy (day/month/year), the one order it fits\n");
    unload(l);
}

static void test_date_order_option(void **state)
{
    (void)state;
    const char *text = "candidate_id,applied_on\nC1,19/03/2025\nC2,03/19/2025\n";
    loaded *l = load_bytes(text, -1, ELG_DATES_DMY);
    assert_member(l, 0, "applied_on", "\"2025-03-19\"");
    assert_member(l, 1, "applied_on", "null");
    assert_string_equal(l->diags->str,
                        "3:2: applied_on: \"03/19/2025\" is not a date read day/month/year "
                        "(--date-order dmy), such as 19/03/2025\n");
    unload(l);
    l = load_bytes(text, -1, ELG_DATES_MDY);
    assert_member(l, 0, "applied_on", "null");
    assert_member(l, 1, "applied_on", "\"2025-03-19\"");
    assert_string_equal(l->diags->str,
                        "2:2: applied_on: \"19/03/2025\" is not a date read month/day/year "
                        "(--date-order mdy), such as 03/19/2025\n");
    unload(l);
}

/* A date column exported without its date format holds day numbers
 * (45736 is 2025-03-20 in one date system, 2029-03-21 in the other): they
 * are not read, and the warning says what they are and what to do. */
static void test_spreadsheet_day_numbers(void **state)
{
    (void)state;
    const char *text = "candidate_id,applied_on\nC1,45736\nC2,45736.5\nC3,4573\nC4,04573\nC5,45736.\n";
    loaded *l = load_bytes(text, -1, ELG_DATES_STRICT);
    for (guint i = 0; i < 5; i++)
        assert_member(l, i, "applied_on", "null");
    assert_string_equal(l->diags->str,
                        "2:2: applied_on: \"45736\" is a spreadsheet's day number, not a date; format the column "
                        "as dates before exporting (2025-03-19, 19-Mar-2025 or 19 mars 2025)\n"
                        "3:2: applied_on: \"45736.5\" is a spreadsheet's day number, not a date; format the column "
                        "as dates before exporting (2025-03-19, 19-Mar-2025 or 19 mars 2025)\n"
                        "4:2: applied_on: \"4573\" is not a date; expected 2025-03-19, 19-Mar-2025 or 19 mars 2025\n"
                        "5:2: applied_on: \"04573\" is not a date; expected 2025-03-19, 19-Mar-2025 or 19 mars 2025\n"
                        "6:2: applied_on: \"45736.\" is not a date; expected 2025-03-19, 19-Mar-2025 or 19 mars 2025\n");
    unload(l);
}

/* Without --date-order, a slash date is reported; when only one order can
 * read it (19/03/2025 is no month/day date), the warning names that order
 * rather than call a date with a 19 in it ambiguous. */
static void test_slash_date_names_the_order(void **state)
{
    (void)state;
    const char *text = "candidate_id,applied_on\nC1,19/03/2025\nC2,3/18/2025\nC3,05/03/2025\nC4,31/31/2025\n";
    loaded *l = load_bytes(text, -1, ELG_DATES_STRICT);
    for (int r = 0; r < 4; r++)
        assert_member(l, r, "applied_on", "null");
    assert_string_equal(l->diags->str,
                        "2:2: applied_on: \"19/03/2025\" is a slash date, read only with --date-order; "
                        "give --date-order dmy (day/month/year), the one order it fits\n"
                        "3:2: applied_on: \"3/18/2025\" is a slash date, read only with --date-order; "
                        "give --date-order mdy (month/day/year), the one order it fits\n"
                        "4:2: applied_on: \"05/03/2025\" is ambiguous; give --date-order dmy or mdy "
                        "to read slash dates\n"
                        "5:2: applied_on: \"31/31/2025\" is not a date, day/month/year or month/day/year\n");
    unload(l);
}

/* Dashes between numbers are as ambiguous as slashes, and said so; a day
 * of the week that is not the date's is reported as such. */
static void test_dashed_and_weekday_dates(void **state)
{
    (void)state;
    const char *text = "candidate_id,applied_on\nC1,19-03-2025\nC2,05-03-2025\nC3,\"Thu, 19 Mar 2025\"\n"
                       "C4,\"Wed, 19 Mar 2025\"\n";
    loaded *l = load_bytes(text, -1, ELG_DATES_STRICT);
    for (int r = 0; r < 3; r++)
        assert_member(l, r, "applied_on", "null");
    assert_member(l, 3, "applied_on", "\"2025-03-19\"");
    assert_string_equal(l->diags->str,
                        "2:2: applied_on: \"19-03-2025\" is a dashed date, read only with --date-order; "
                        "give --date-order dmy (day/month/year), the one order it fits\n"
                        "3:2: applied_on: \"05-03-2025\" is ambiguous; give --date-order dmy or mdy "
                        "to read dashed dates\n"
                        "4:2: applied_on: \"Thu, 19 Mar 2025\" names a day of the week that is not the date's; "
                        "read as unknown\n");
    unload(l);
    l = load_bytes(text, -1, ELG_DATES_DMY);
    assert_member(l, 0, "applied_on", "\"2025-03-19\"");
    assert_member(l, 1, "applied_on", "\"2025-03-05\"");
    unload(l);
}

static void test_single_values_reported(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,education,equivalent_qualification,staff_college,"
                     "experience_years,clearance\n"
                     "C1,Higher secondary,oui,non,\"2,5\",NATO SECRET\n"
                     "C2,Bachelr,maybe,2,5 apples,TOP\n"
                     "C3,none,,,none,none\n");
    assert_member(l, 0, "education", "\"secondary\"");
    assert_member(l, 0, "equivalent_qualification", "true");
    assert_member(l, 0, "staff_college", "false");
    assert_member(l, 0, "experience_years", "2.5");
    assert_member(l, 0, "clearance", "\"NS\"");
    const char *keys[] = {"education", "equivalent_qualification", "staff_college",
                          "experience_years", "clearance"};
    for (size_t k = 0; k < G_N_ELEMENTS(keys); k++)
        assert_member(l, 1, keys[k], "null");
    assert_member(l, 2, "education", "\"none\"");
    assert_member(l, 2, "equivalent_qualification", "null");
    assert_member(l, 2, "experience_years", "0");
    assert_member(l, 2, "clearance", "\"none\"");
    assert_string_equal(l->diags->str,
                        "3:2: education: \"Bachelr\" is not an education level; expected none, "
                        "secondary, post_secondary, bachelor, master, doctorate or a synonym such as "
                        "BA, MSc, PhD, licence\n"
                        "3:3: equivalent_qualification: \"maybe\" is not yes or no; read as empty\n"
                        "3:4: staff_college: \"2\" is not yes or no; read as empty\n"
                        "3:5: experience_years: \"5 apples\" is not a number of years; expected "
                        "decimal years such as 5, 2.5 or 2,5, or none\n"
                        "3:6: clearance: \"TOP\" is not a clearance level; expected none, NR, NC, NS, "
                        "CTS or a long name such as NATO SECRET\n");
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 1);
    unload(l);
}

static void test_long_values_quoted_and_cut(void **state)
{
    (void)state;
    {
        /* cut at a character's start, never inside one: the message stays UTF-8 */
        GString *v = g_string_new("candidate_id,english\nC1,a");
        for (int i = 0; i < 40; i++)
            g_string_append(v, "\u00e9");
        g_string_append_c(v, '\n');
        loaded *l = load(v->str);
        GString *want = g_string_new("2:2: english: \"a");
        for (int i = 0; i < 29; i++) /* 59 bytes: the 60th is the middle of an e-acute */
            g_string_append(want, "\u00e9");
        g_string_append(want, "...\" is not a language level; expected I to VI, a level name, A1 to C2, "
                              "native, or a STANAG 6001 profile such as 3332\n");
        assert_string_equal(l->diags->str, want->str);
        g_string_free(want, TRUE);
        unload(l);
        g_string_free(v, TRUE);
    }
    GString *s = g_string_new("candidate_id,english\nC1,\"say \"\"");
    for (int i = 0; i < 100; i++)
        g_string_append_c(s, 'a');
    g_string_append(s, "\"\n");
    loaded *l = load(s->str);
    /* the value is quoted with its quote escaped and cut to 60 bytes */
    assert_string_equal(l->diags->str,
                        "2:2: english: \"say \\\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\" "
                        "is not a language level; expected I to VI, a level name, A1 to C2, native, "
                        "or a STANAG 6001 profile such as 3332\n");
    unload(l);
    g_string_free(s, TRUE);
}

/* The id and the name are stored together: names around the size put
 * together on the stack, and a row with a name but no id. */
static void test_id_and_name_stored_together(void **state)
{
    (void)state;
    const size_t lens[] = {1, 250, 251, 252, 300, 5000}; /* "C1\0" + name: 256 at 253 */
    GString *s = g_string_new("candidate_id,name\n");
    for (size_t i = 0; i < G_N_ELEMENTS(lens); i++) {
        g_string_append_printf(s, "C%zu,", i + 1);
        for (size_t k = 0; k < lens[i]; k++)
            g_string_append_c(s, (char)('a' + k % 26));
        g_string_append_c(s, '\n');
    }
    g_string_append(s, ",Nobody\n");
    loaded *l = load(s->str);
    assert_int_equal(elg_profiles_count(l->p), G_N_ELEMENTS(lens) + 1);
    for (size_t i = 0; i < G_N_ELEMENTS(lens); i++) {
        char id[16];
        g_snprintf(id, sizeof id, "C%zu", i + 1);
        assert_string_equal(elg_profiles_id(l->p, (unsigned)i), id);
        GString *want = g_string_new("\"");
        for (size_t k = 0; k < lens[i]; k++)
            g_string_append_c(want, (char)('a' + k % 26));
        g_string_append_c(want, '"');
        assert_member(l, (int)i, "name", want->str);
        g_string_free(want, TRUE);
    }
    assert_string_equal(elg_profiles_id(l->p, G_N_ELEMENTS(lens)), "");
    assert_member(l, (int)G_N_ELEMENTS(lens), "name", "\"Nobody\"");
    unload(l);
    g_string_free(s, TRUE);
}

/* More distinct sets of nationalities than the loader keeps at hand
 * (nat_cache), each met twice: every row gets its own set, registered once. */
static void test_many_nationality_sets(void **state)
{
    (void)state;
    static const char *const codes[] = {"FR", "DE", "IT", "ES", "PT", "NL", "BE", "LU", "DK", "NO",
                                        "IS", "GB", "US", "CA", "PL", "CZ", "SK", "HU", "RO", "BG",
                                        "GR", "TR", "AL", "HR", "SI", "EE", "LV", "LT", "FI", "SE",
                                        "ME", "MK", "UA", "GE", "AT", "CH", "IE", "JP", "KR", "AU"};
    const unsigned n = G_N_ELEMENTS(codes);
    GString *s = g_string_new("candidate_id,nationality\n");
    unsigned rows = 0;
    for (unsigned pass = 0; pass < 2; pass++)
        for (unsigned a = 0; a < n; a++)
            for (unsigned b = 0; b < n; b++)
                if (a != b)
                    g_string_append_printf(s, "C%u,%s;%s\n", rows++, codes[a], codes[b]);
    loaded *l = load(s->str);
    assert_string_equal(l->diags->str, "");
    assert_int_equal(elg_profiles_count(l->p), rows);
    assert_true(rows / 2 > (1u << ELG_NAT_CACHE_BITS));
    unsigned row = 0;
    for (unsigned pass = 0; pass < 2; pass++)
        for (unsigned a = 0; a < n; a++)
            for (unsigned b = 0; b < n; b++)
                if (a != b) {
                    char want[32];
                    g_snprintf(want, sizeof want, "[\"%s\",\"%s\"]", codes[a], codes[b]);
                    assert_member(l, (int)row, "nationality", want);
                    row++;
                }
    assert_int_equal(l->p->nat_sets->len, 1 + rows / 2); /* set 0: none given */
    unload(l);
    g_string_free(s, TRUE);
}

/* --- size ------------------------------------------------------------------- */

static void test_large_file_lines_and_duplicates(void **state)
{
    (void)state;
    /* a few MiB, so that a loader reading in pieces (or in parallel) must
     * carry line numbers and the duplicate-id check across them */
    const unsigned rows = 250000, bad = 100000, multi = 150000;
    GString *s = g_string_new("candidate_id,name,english\n");
    for (unsigned i = 0; i < rows; i++) {
        if (i == bad)
            g_string_append_printf(s, "C%06u,Name,good\n", i);
        else if (i == multi)
            g_string_append_printf(s, "C%06u,\"Two\nlines\",V\n", i);
        else if (i == rows - 1)
            g_string_append(s, "C000000,Again,V\n");
        else
            g_string_append_printf(s, "C%06u,Name,V\n", i);
    }
    loaded *l = load_bytes(s->str, (gssize)s->len, ELG_DATES_STRICT);
    assert_int_equal(elg_profiles_count(l->p), rows);
    assert_int_equal(elg_profiles_line(l->p, multi), multi + 2);
    assert_int_equal(elg_profiles_line(l->p, multi + 1), multi + 4);
    assert_int_equal(elg_profiles_line(l->p, rows - 1), rows + 2);
    assert_string_equal(elg_profiles_id(l->p, rows - 2), "C249998");
    assert_member(l, (int)multi, "name", "\"Two\\nlines\"");
    char *want = g_strdup_printf(
        "%u:3: english: \"good\" is not a language level; expected I to VI, a level name, A1 "
        "to C2, native, or a STANAG 6001 profile such as 3332\n"
        "%u:1: duplicate candidate_id \"C000000\" (first on line 2); both rows are screened\n",
        bad + 2, rows + 2);
    assert_string_equal(l->diags->str, want);
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 2);
    g_free(want);
    unload(l);
    g_string_free(s, TRUE);
}

static void test_million_rows(void **state)
{
    (void)state;
    /* issue 2: a generated 1,000,000-row file loads (streaming; not timed).
     * Written with stdio: g_file_set_contents() would fsync 80 MB. */
    static const char *const nat[] = {"BE", "FRA", "Suède", "UK"};
    static const char *const lvl[] = {"V", "C1", "III", "native"};
    char *dir = g_dir_make_tmp("eligo-million-XXXXXX", NULL);
    char *path = g_build_filename(dir, "million.csv", NULL);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("candidate_id,nationality,education,experience_years,experience,english,french,"
          "applied_on\n", f);
    for (unsigned i = 0; i < 1000000; i++)
        fprintf(f, "C%07u,%s,master,%u.5,defence_security:%u,%s,%s,2025-03-%02u\n", i,
                nat[i % 4], i % 20, i % 7, lvl[i % 4], lvl[(i + 1) % 4], 1 + i % 28);
    assert_int_equal(fclose(f), 0);
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(path, t_ref(), NULL, &err);
    assert_non_null(p);
    assert_int_equal(elg_profiles_count(p), 1000000);
    /* every cell was read: an unreadable one would be a problem */
    assert_int_equal(elg_diags_count(elg_profiles_diags(p)), 0);
    assert_string_equal(elg_profiles_id(p, 0), "C0000000");
    assert_string_equal(elg_profiles_id(p, 999999), "C0999999");
    assert_int_equal(elg_profiles_line(p, 999999), 1000001);
    elg_profiles_free(p);
    g_unlink(path);
    g_rmdir(dir);
    g_free(path);
    g_free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_encoding_utf8),
        cmocka_unit_test(test_encoding_bom),
        cmocka_unit_test(test_blank_lines_before_the_header),
        cmocka_unit_test(test_excel_sep_line),
        cmocka_unit_test(test_header_not_found_hints),
        cmocka_unit_test(test_repeated_header_row),
        cmocka_unit_test(test_encoding_windows_1252),
        cmocka_unit_test(test_encoding_windows_1252_undefined_byte),
        cmocka_unit_test(test_encoding_utf16),
        cmocka_unit_test(test_encoding_utf16_bad_units),
        cmocka_unit_test(test_encoding_utf16_without_bom),
        cmocka_unit_test(test_encoding_utf16_large),
        cmocka_unit_test(test_encoding_utf8_across_chunks),
        cmocka_unit_test(test_encoding_decided_by_the_whole_file),
        cmocka_unit_test(test_delimiter_most_frequent),
        cmocka_unit_test(test_delimiter_ties),
        cmocka_unit_test(test_delimiter_outside_quotes_and_header_only),
        cmocka_unit_test(test_crlf),
        cmocka_unit_test(test_bare_cr_line_ends),
        cmocka_unit_test(test_quoting),
        cmocka_unit_test(test_excel_text_formulas),
        cmocka_unit_test(test_text_after_a_closing_quote),
        cmocka_unit_test(test_stray_quote_to_the_end_of_the_file),
        cmocka_unit_test(test_stray_quote_windows_1252),
        cmocka_unit_test(test_open_quote_on_the_last_line),
        cmocka_unit_test(test_multiline_fields_and_line_numbers),
        cmocka_unit_test(test_crlf_split_by_read_buffer),
        cmocka_unit_test(test_last_record_without_line_end),
        cmocka_unit_test(test_blank_lines_are_not_rows),
        cmocka_unit_test(test_short_and_long_rows),
        cmocka_unit_test(test_duplicate_and_empty_ids),
        cmocka_unit_test(test_empty_id_in_its_column),
        cmocka_unit_test(test_summary_line_ids),
        cmocka_unit_test(test_clearance_not_held),
        cmocka_unit_test(test_clearance_said_held),
        cmocka_unit_test(test_clearance_beside_the_eu_one),
        cmocka_unit_test(test_nationality_in_words),
        cmocka_unit_test(test_nationality_commas_say_what_separates),
        cmocka_unit_test(test_nationality_after_dual),
        cmocka_unit_test(test_experience_pairs_in_words),
        cmocka_unit_test(test_experience_pairs_with_a_space),
        cmocka_unit_test(test_dashed_and_weekday_dates),
        cmocka_unit_test(test_certified_skills),
        cmocka_unit_test(test_language_pairs_in_words),
        cmocka_unit_test(test_language_pairs_cut_by_bars),
        cmocka_unit_test(test_levels_beside_a_language_word),
        cmocka_unit_test(test_commas_in_brackets),
        cmocka_unit_test(test_rows_with_problems_counts_rows),
        cmocka_unit_test(test_nationality_lists),
        cmocka_unit_test(test_nationality_missing_value_codes),
        cmocka_unit_test(test_placeholders_read_as_empty),
        cmocka_unit_test(test_spreadsheet_errors),
        cmocka_unit_test(test_nationality_territories),
        cmocka_unit_test(test_nationality_answer_no),
        cmocka_unit_test(test_nationality_iso_short_names),
        cmocka_unit_test(test_nationality_overflow),
        cmocka_unit_test(test_experience_lists),
        cmocka_unit_test(test_language_lists),
        cmocka_unit_test(test_levels_with_a_gloss),
        cmocka_unit_test(test_levels_with_a_dash),
        cmocka_unit_test(test_levels_with_a_prefix),
        cmocka_unit_test(test_levels_written_twice_with_a_space),
        cmocka_unit_test(test_levels_with_more_prefixes),
        cmocka_unit_test(test_levels_certified),
        cmocka_unit_test(test_level_ranges),
        cmocka_unit_test(test_levels_with_a_qualifier),
        cmocka_unit_test(test_education_with_a_subject),
        cmocka_unit_test(test_education_subject_after_a_dash),
        cmocka_unit_test(test_education_not_held_says_why),
        cmocka_unit_test(test_education_french_university_years),
        cmocka_unit_test(test_education_roman_numeral_no_subject),
        cmocka_unit_test(test_education_year_of_study_says_why),
        cmocka_unit_test(test_education_staff_college_names_its_column),
        cmocka_unit_test(test_education_list_of_degrees),
        cmocka_unit_test(test_levels_named_language_or_certificate),
        cmocka_unit_test(test_french_certificate_other_forms),
        cmocka_unit_test(test_levels_glossed_by_another_language),
        cmocka_unit_test(test_levels_then_their_language),
        cmocka_unit_test(test_levels_beside_a_language_name),
        cmocka_unit_test(test_levels_after_a_code_in_any_case),
        cmocka_unit_test(test_levels_after_a_code_and_fluency),
        cmocka_unit_test(test_levels_after_a_language_say_why),
        cmocka_unit_test(test_levels_of_several_languages),
        cmocka_unit_test(test_one_level_of_several_languages),
        cmocka_unit_test(test_language_pairs_with_a_certificate),
        cmocka_unit_test(test_language_pairs_then_their_language),
        cmocka_unit_test(test_language_pairs_read_levels_as_the_columns),
        cmocka_unit_test(test_no_break_spaces_trimmed),
        cmocka_unit_test(test_pair_given_twice),
        cmocka_unit_test(test_lists_with_commas),
        cmocka_unit_test(test_lists_over_lines_and_slashes),
        cmocka_unit_test(test_skills_named_twice),
        cmocka_unit_test(test_skills_cut_by_bars),
        cmocka_unit_test(test_lists_over_bare_cr_lines),
        cmocka_unit_test(test_years_bounds_and_ranges),
        cmocka_unit_test(test_skills_and_answers),
        cmocka_unit_test(test_date_order_option),
        cmocka_unit_test(test_slash_date_names_the_order),
        cmocka_unit_test(test_spreadsheet_day_numbers),
        cmocka_unit_test(test_single_values_reported),
        cmocka_unit_test(test_long_values_quoted_and_cut),
        cmocka_unit_test(test_id_and_name_stored_together),
        cmocka_unit_test(test_many_nationality_sets),
        cmocka_unit_test(test_large_file_lines_and_duplicates),
        cmocka_unit_test(test_million_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
