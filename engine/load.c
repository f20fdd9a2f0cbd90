/* Loading candidate CSV files (DESIGN.md s.2, s.6): the file is read twice
 * through one reused buffer, first to learn its encoding (a NUL byte means it
 * is not text; invalid UTF-8 means Windows-1252), then to parse it with libcsv
 * and store every normalised value in the columnar store (store.h). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <csv.h>
#include "diags.h"
#include "errors.h"
#include "fold.h"
#include "jsonfile.h"
#include "load_row.h"
#include "store.h"

#define CHUNK (1u << 20)
#define DEFAULT_MAX_FIELD (1u << 20)
#define DEFAULT_MAX_COLUMNS 4096u

/* libcsv keeps its state in the public struct; 0 is "no record begun". */
#define CSV_ROW_NOT_BEGUN 0
#define CSV_FIELD_BEGUN 2

typedef struct {
    elg_loader row;          /* header map and per-row processing (load_row.c) */
    struct csv_parser csv;
    unsigned line;           /* physical line being fed, 1-based */
    unsigned record_line;    /* line the current record started on */
    gboolean pending_cr;     /* a CR ended the last chunk: a line ends unless LF follows */
    gboolean header_done;
    gboolean field_overflow; /* the current field passed max_field: being dropped */
    size_t overflow_bytes;
    size_t max_field;
} csv_loader;

/* --- pass 1: encoding -------------------------------------------------- */

typedef struct {
    gboolean bom;
    gboolean utf8;
    guint64 nul_offset;      /* offset + 1 of the first NUL byte, or 0 */
    unsigned nul_line;
    guint64 size;
    char header[4096];       /* the first line, for delimiter detection */
    size_t header_len;
} sniff;

static gboolean sniff_file(FILE *f, char *buf, sniff *s, const char *path, GError **err)
{
    memset(s, 0, sizeof *s);
    s->utf8 = TRUE;
    char carry[4];
    size_t carry_len = 0;
    gboolean first = TRUE, header_complete = FALSE, in_quotes = FALSE;
    unsigned line = 1;
    size_t n;
    while ((n = fread(buf + carry_len, 1, CHUNK, f)) > 0) {
        memcpy(buf, carry, carry_len);
        size_t len = carry_len + n;
        const char *start = buf;
        if (first) {
            first = FALSE;
            if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
                s->bom = TRUE;
                start += 3;
            }
        }
        for (const char *p = buf + carry_len; p < buf + len && !s->nul_offset; p++) {
            if (*p == '\n')
                line++;
            else if (*p == '\0') {
                s->nul_offset = s->size + (guint64)(p - buf - carry_len) + 1;
                s->nul_line = line;
            }
        }
        if (s->nul_offset)
            return TRUE;
        for (const char *p = start; !header_complete && p < buf + len; p++) {
            if (*p == '"')
                in_quotes = !in_quotes;
            if (!in_quotes && (*p == '\n' || *p == '\r'))
                header_complete = TRUE;
            else if (s->header_len < sizeof s->header - 1)
                s->header[s->header_len++] = *p;
        }
        s->size += n;
        carry_len = 0;
        if (s->utf8) {
            const gchar *end;
            if (!g_utf8_validate_len(start, buf + len - start, &end)) {
                size_t rest = (size_t)(buf + len - end);
                /* a sequence cut by the chunk boundary is finished next time */
                if (rest < 4 && !feof(f) && g_utf8_get_char_validated(end, rest) == (gunichar)-2) {
                    memcpy(carry, end, rest);
                    carry_len = rest;
                } else {
                    s->utf8 = FALSE;
                }
            }
        }
    }
    if (ferror(f)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s: error: cannot read: %s", path,
                    g_strerror(errno));
        return FALSE;
    }
    if (carry_len)
        s->utf8 = FALSE;
    return TRUE;
}

/* Most frequent of , ; TAB outside quotes in the header; ties go , then ; then TAB. */
static char detect_delimiter(const char *h, size_t len)
{
    unsigned comma = 0, semi = 0, tab = 0;
    gboolean q = FALSE;
    for (size_t i = 0; i < len; i++) {
        if (h[i] == '"')
            q = !q;
        else if (!q && h[i] == ',')
            comma++;
        else if (!q && h[i] == ';')
            semi++;
        else if (!q && h[i] == '\t')
            tab++;
    }
    if (comma >= semi && comma >= tab)
        return ',';
    return semi >= tab ? ';' : '\t';
}

/* --- pass 2: parsing --------------------------------------------------- */

static void on_field(void *data, size_t len, void *ud)
{
    csv_loader *L = ud;
    if (L->field_overflow) {
        elg_loader_field_too_long(&L->row, L->record_line, L->overflow_bytes + len, L->max_field);
        L->field_overflow = FALSE;
        L->overflow_bytes = 0;
        elg_loader_field(&L->row, "", 0);
        return;
    }
    elg_loader_field(&L->row, data ? data : "", data ? len : 0);
}

static void on_record(int term, void *ud)
{
    (void)term;
    csv_loader *L = ud;
    elg_loader_end_record(&L->row, L->record_line);
}

static int only_space(unsigned char c) { return c == ' '; }

/* Feed one piece of a line to libcsv; a piece never holds more than one line end. */
static void feed(csv_loader *L, const char *p, size_t len)
{
    if (L->csv.pstate == CSV_ROW_NOT_BEGUN)
        L->record_line = L->line;
    csv_parse(&L->csv, p, len, on_field, on_record, L);
    /* A field longer than the limit is dropped as it streams in, so memory
     * stays bounded whatever the file holds (libcsv appends at entry_pos). */
    if (L->csv.entry_pos > L->max_field) {
        L->overflow_bytes += L->csv.entry_pos;
        L->csv.entry_pos = 0;
        L->field_overflow = TRUE;
    }
}

static void feed_chunk(csv_loader *L, const char *buf, size_t len)
{
    size_t i = 0;
    if (L->pending_cr && len > 0) {
        L->pending_cr = FALSE;
        if (buf[0] != '\n')
            L->line++;
    }
    while (i < len) {
        size_t j = i;
        while (j < len && buf[j] != '\n' && buf[j] != '\r')
            j++;
        if (j == len) {
            feed(L, buf + i, len - i);
            return;
        }
        /* include the line end: CR, LF or CRLF */
        size_t end = j + 1;
        if (buf[j] == '\r' && end < len && buf[end] == '\n')
            end++;
        feed(L, buf + i, end - i);
        if (buf[j] == '\r' && end == len && j + 1 == len)
            L->pending_cr = TRUE; /* CRLF may be split by the chunk boundary */
        else
            L->line++;
        i = end;
    }
}

static gboolean convert_chunk(GIConv cd, const char *in, size_t len, GString *out)
{
    g_string_set_size(out, 0);
    gchar *inp = (gchar *)in;
    gsize inleft = len;
    while (inleft > 0) {
        char tmp[8192];
        gchar *outp = tmp;
        gsize outleft = sizeof tmp;
        gsize r = g_iconv(cd, &inp, &inleft, &outp, &outleft);
        g_string_append_len(out, tmp, (gssize)(sizeof tmp - outleft));
        if (r == (gsize)-1 && errno == EILSEQ) {
            /* the five bytes Windows-1252 leaves undefined */
            g_string_append(out, "\xEF\xBF\xBD");
            inp++;
            inleft--;
        } else if (r == (gsize)-1 && errno != E2BIG) {
            return FALSE;
        }
    }
    return TRUE;
}

elg_profiles *elg_profiles_load(const char *path, const elg_reference *ref,
                                const elg_load_options *opt_in, GError **err)
{
    elg_load_options opt = {0};
    if (opt_in)
        opt = *opt_in;
    if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s: error: is a directory, expected a CSV file", path);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s: error: cannot open: %s", path,
                    g_strerror(errno));
        return NULL;
    }
    char *buf = g_malloc(CHUNK + 4);
    sniff s;
    if (!sniff_file(f, buf, &s, path, err)) {
        fclose(f);
        g_free(buf);
        return NULL;
    }
    if (s.nul_offset) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u: error: binary data (a NUL byte at offset %" G_GUINT64_FORMAT
                    "); expected a CSV text file",
                    path, s.nul_line, s.nul_offset - 1);
        fclose(f);
        g_free(buf);
        return NULL;
    }
    if (s.size == (s.bom ? 3u : 0u)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s: error: the file is empty; expected a header row with a candidate_id column",
                    path);
        fclose(f);
        g_free(buf);
        return NULL;
    }

    elg_profiles *p = elg_store_new(path, ref);
    p->encoding = s.utf8 ? (s.bom ? "UTF-8 with BOM" : "UTF-8") : "Windows-1252";
    GIConv cd = (GIConv)-1;
    GString *converted = NULL;
    if (!s.utf8) {
        cd = g_iconv_open("UTF-8", "WINDOWS-1252");
        converted = g_string_sized_new(CHUNK * 2);
    }
    if (!s.utf8 && s.header_len) {
        GString *h = g_string_new(NULL);
        convert_chunk(cd, s.header, s.header_len, h);
        p->delimiter = detect_delimiter(h->str, h->len);
        g_string_free(h, TRUE);
    } else {
        p->delimiter = detect_delimiter(s.header, s.header_len);
    }

    csv_loader L = {0};
    L.line = 1;
    L.max_field = opt.max_field_bytes ? opt.max_field_bytes : DEFAULT_MAX_FIELD;
    elg_loader_init(&L.row, p, &opt, opt.max_columns ? opt.max_columns : DEFAULT_MAX_COLUMNS);
    csv_init(&L.csv, CSV_APPEND_NULL);
    csv_set_delim(&L.csv, (unsigned char)p->delimiter);
    csv_set_space_func(&L.csv, only_space);

    gboolean ok = TRUE;
    rewind(f);
    gboolean first = TRUE;
    size_t n;
    while (ok && (n = fread(buf, 1, CHUNK, f)) > 0) {
        const char *chunk = buf;
        if (first && s.bom) {
            chunk += 3;
            n -= 3;
        }
        first = FALSE;
        if (!s.utf8) {
            convert_chunk(cd, chunk, n, converted);
            chunk = converted->str;
            n = converted->len;
        }
        feed_chunk(&L, chunk, n);
        if (elg_loader_failed(&L.row))
            ok = FALSE;
    }
    if (ferror(f)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s: error: cannot read: %s", path,
                    g_strerror(errno));
        ok = FALSE;
    } else {
        if (ok) {
            if (L.csv.pstate == CSV_FIELD_BEGUN && L.csv.quoted)
                elg_loader_unterminated_quote(&L.row, L.record_line, L.line);
            csv_fini(&L.csv, on_field, on_record, &L);
        }
        /* also hands over a fatal problem found in the header */
        ok = elg_loader_finish(&L.row, err);
    }
    csv_free(&L.csv);
    elg_loader_clear(&L.row);
    if (converted)
        g_string_free(converted, TRUE);
    if (cd != (GIConv)-1)
        g_iconv_close(cd);
    fclose(f);
    g_free(buf);
    if (!ok) {
        elg_profiles_free(p);
        return NULL;
    }
    return p;
}
