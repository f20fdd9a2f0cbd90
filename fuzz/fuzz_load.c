/* Fuzz target: the candidate CSV loader (elg_profiles_load) and `inspect`.
 *
 * The input is the file.  One that ends with a line break (as the seeds do)
 * is read with the default options; otherwise its last two bytes choose small
 * limits and a date order, so the fuzzer reaches the field-size, record-size
 * and column limits and the slash-date paths by changing one byte. */
#include <string.h>
#include <cjson/cJSON.h>
#include "harness.h"
#include "load_row.h" /* elg_loader_plain_lines */
#include "load_utf16.h"
#include "utf8.h"

static elg_load_options options_from(const uint8_t *data, size_t size)
{
    elg_load_options opt = {0};
    if (size >= 2 && data[size - 1] != '\n' && data[size - 1] != '\r') {
        uint8_t a = data[size - 1], b = data[size - 2];
        opt.max_field_bytes = 1 + b % 64;
        opt.max_record_bytes = 1 + (size_t)(a ^ b) * 2; /* never below the field limit */
        opt.max_columns = 1 + a % 16;
        opt.date_order = (elg_date_order)(a / 16 % 3);
    }
    return opt;
}

/* The characters of the file as the loader reads them: bytes, or the code
 * units of a UTF-16 file (after its byte order mark; an odd last byte left
 * out), where only those below 128 matter here. */
typedef struct {
    const uint8_t *data;
    size_t n, step, start;
    gboolean big_endian;
} chars;

static chars chars_of(const uint8_t *data, size_t size)
{
    chars c = {data, size, 1, 0, FALSE};
    const char *utf16 = elg_utf16_bom(data, size);
    size_t start = 2;
    /* without a byte order mark, as the loader tells it (load.c: unmarked_utf16) */
    if (!utf16 && size >= 2 && !data[0] != !data[1] && (utf16 = elg_utf16_unmarked(data, MIN(size, 512))))
        start = 0;
    if (utf16) {
        c.step = 2;
        c.start = start;
        c.n = size - (size - start) % 2;
        c.big_endian = strcmp(utf16, "UTF-16BE") == 0;
    }
    return c;
}

static unsigned char_at(const chars *c, size_t i)
{
    if (c->step == 1)
        return c->data[i];
    return c->big_endian ? (unsigned)c->data[i] << 8 | c->data[i + 1]
                         : (unsigned)c->data[i + 1] << 8 | c->data[i];
}

/* Does a line end at character I (LF, or CR not followed by LF)? */
static gboolean line_ends(const chars *c, size_t i)
{
    const unsigned ch = char_at(c, i);
    return ch == '\n' || (ch == '\r' && (i + c->step >= c->n || char_at(c, i + c->step) != '\n'));
}

/* Every row starts on a line of its own after the header. */
static unsigned count_lines(const uint8_t *data, size_t size)
{
    const chars c = chars_of(data, size);
    unsigned lines = 1;
    for (size_t i = c.start; i < c.n; i += c.step)
        lines += line_ends(&c, i);
    return lines;
}

/* The line the header starts on: libcsv skips lines of only spaces before it. */
static unsigned header_line(const uint8_t *data, size_t size)
{
    const chars c = chars_of(data, size);
    size_t i = c.step == 1 && size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : c.start;
    unsigned line = 1;
    for (; i < c.n; i += c.step) {
        const unsigned ch = char_at(&c, i);
        if (ch != ' ' && ch != '\r' && ch != '\n')
            break;
        line += line_ends(&c, i);
    }
    return line;
}

int fz_load(const uint8_t *data, size_t size)
{
    /* the encoding is decided by the 16-bytes-a-step check: GLib's answer, always */
    const gchar *end;
    const gboolean valid = g_utf8_validate_len((const gchar *)data, size, NULL);
    fz_assert(elg_utf8_valid((const char *)data, size) == valid &&
                  elg_utf8_valid_at((const char *)data, size, &end) == valid,
              "the UTF-8 check disagrees with GLib's", (const char *)data, size);
    elg_load_options opt = options_from(data, size);
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(fz_scratch(data, size), fz_ref(), &opt, &err);
    if (!p) {
        fz_assert(err && err->message[0], "a refused file gives no message", NULL, 0);
        fz_check_text(err->message, strlen(err->message), "the fatal message holds a control character");
        g_error_free(err);
        return 0;
    }
    unsigned n = elg_profiles_count(p), lines = count_lines(data, size), last = 1;
    fz_assert(n < lines, "more rows than lines", (const char *)data, size);
    for (unsigned i = 0; i < n; i++) {
        unsigned line = elg_profiles_line(p, i);
        const char *id = elg_profiles_id(p, i);
        fz_assert(id != NULL, "a row without an id string", NULL, 0);
        fz_assert(!opt.max_field_bytes || strlen(id) <= opt.max_field_bytes,
                  "a cell longer than max_field_bytes was read", (const char *)data, size);
        fz_assert(line > last && line <= lines, "row lines out of order or past the end",
                  (const char *)data, size);
        last = line;
    }
    /* a problem reported past the header's line belongs to a row that was
     * kept, but for a row that repeats the header, which is no row */
    unsigned header = header_line(data, size);
    const elg_diags *d = elg_profiles_diags(p);
    for (unsigned i = 0; i < elg_diags_count(d); i++) {
        unsigned line = elg_diags_get(d, i)->line;
        gboolean kept =
            line <= header || g_str_has_prefix(elg_diags_get(d, i)->message, "the row repeats the header");
        for (unsigned r = 0; r < n && !kept; r++)
            kept = elg_profiles_line(p, r) == line;
        fz_assert(kept, "a problem is reported on a line whose row was not kept", (const char *)data, size);
    }
    fz_check_diags(d);

    GString *out = g_string_new(NULL);
    elg_profiles_inspect(p, FALSE, out);
    fz_check_text(out->str, out->len, "inspect text holds a control character");
    g_string_truncate(out, 0);
    elg_profiles_inspect(p, TRUE, out);
    cJSON *root = cJSON_ParseWithLength(out->str, out->len);
    fz_assert(root != NULL, "inspect JSON does not parse", out->str, out->len);
    const cJSON *rows = cJSON_GetObjectItemCaseSensitive(root, "rows");
    const cJSON *profiles = cJSON_GetObjectItemCaseSensitive(root, "profiles");
    fz_assert(cJSON_IsNumber(rows) && rows->valuedouble == n && cJSON_GetArraySize(profiles) == (int)n,
              "inspect JSON does not list every row", out->str, out->len);
    cJSON_Delete(root);

    /* the lines eligo splits itself must read exactly as libcsv reads them */
    elg_loader_plain_lines = FALSE;
    elg_profiles *q = elg_profiles_load(fz_scratch(data, size), fz_ref(), &opt, &err);
    elg_loader_plain_lines = TRUE;
    fz_assert(q != NULL, "the file is refused when every line goes through libcsv", NULL, 0);
    GString *again = g_string_new(NULL);
    elg_profiles_inspect(q, TRUE, again);
    fz_assert(g_string_equal(out, again), "a line split without libcsv reads otherwise than with it",
              (const char *)data, size);
    g_string_free(again, TRUE);
    elg_profiles_free(q);

    g_string_free(out, TRUE);
    elg_profiles_free(p);
    return 0;
}

#ifndef FZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fz_load(data, size); }
#endif
