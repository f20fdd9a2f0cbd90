/* CSV for a spreadsheet (--excel): the report's CSV rewritten on its way
 * out, so that Excel opens it by a double click.  Excel takes a CSV file
 * without a byte order mark for the system's code page (accents garbled),
 * splits cells on the system's list separator (`;` where the decimal
 * separator is a comma: French, German...) and reads numbers in the
 * system's decimal separator.  A candidate file exported by that Excel
 * shows which it is: its delimiter.  The rewrite is a filter on the stream
 * (fopencookie), so the writers, serial or parallel, stay as they are. */
#define _GNU_SOURCE /* fopencookie */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "report.h"

#define BOM "\xEF\xBB\xBF"

typedef struct {
    FILE *out;
    char sep;                /* ',' or ';' */
    GString *field;          /* the cell being read, unescaped */
    gboolean quoted;         /* inside a quoted cell */
    gboolean quote_pending;  /* a quote inside a quoted cell: doubled or closing */
    guint column;
    gboolean in_header;      /* reading the first row */
    gboolean score_seen;     /* its desirable_score column, or it has none */
    GArray *decimal;         /* gboolean per column: numbers take a decimal comma */
    GString *outbuf;
} excel_filter;

/* "12.50" or "-3.5": a number this filter gives a decimal comma. */
static gboolean is_decimal(const GString *f)
{
    gsize i = f->len && f->str[0] == '-';
    gsize digits_before = 0, digits_after = 0;
    for (; i < f->len && g_ascii_isdigit(f->str[i]); i++)
        digits_before++;
    if (i == f->len || f->str[i] != '.')
        return FALSE;
    for (i++; i < f->len && g_ascii_isdigit(f->str[i]); i++)
        digits_after++;
    return i == f->len && digits_before && digits_after;
}

/* The cell just read, written with the filter's separator, and END after it. */
static void end_field(excel_filter *x, char end)
{
    GString *f = x->field;
    if (x->in_header) {
        /* eligo's own column, not one of the file's kept (--keep) that has its name */
        const gboolean decimal = !x->score_seen && strcmp(f->str, "desirable_score") == 0;
        x->score_seen |= decimal;
        g_array_append_val(x->decimal, decimal);
    } else if (x->sep == ';' && x->column < x->decimal->len &&
               g_array_index(x->decimal, gboolean, x->column) && is_decimal(f)) {
        *strchr(f->str, '.') = ',';
    }
    const gboolean quote = f->len && strcspn(f->str, x->sep == ';' ? ";\"\r\n" : ",\"\r\n") != f->len;
    if (!quote) {
        g_string_append_len(x->outbuf, f->str, (gssize)f->len);
    } else {
        g_string_append_c(x->outbuf, '"');
        for (const char *from = f->str, *q; from < f->str + f->len; from = q + 1) {
            q = memchr(from, '"', (size_t)(f->str + f->len - from));
            if (!q) {
                g_string_append_len(x->outbuf, from, f->str + f->len - from);
                break;
            }
            g_string_append_len(x->outbuf, from, q + 1 - from); /* the quote, doubled below */
            g_string_append_c(x->outbuf, '"');
        }
        g_string_append_c(x->outbuf, '"');
    }
    g_string_append_c(x->outbuf, end);
    g_string_truncate(f, 0);
    x->column++;
    if (end == '\n') {
        x->column = 0;
        x->in_header = FALSE;
    }
}

/* Read N bytes of eligo's CSV (RFC 4180, LF line ends, as report_csv.c
 * writes it) and write them rewritten. */
static ssize_t filter_write(void *cookie, const char *buf, size_t n)
{
    excel_filter *x = cookie;
    /* runs of plain bytes are taken whole: a report is mostly them */
    size_t i = 0;
    while (i < n) {
        if (x->quote_pending) {
            x->quote_pending = FALSE;
            if (buf[i] == '"') { /* a doubled quote: one quote of the cell */
                g_string_append_c(x->field, '"');
                i++;
                continue;
            }
            x->quoted = FALSE; /* the quote closed the cell */
        }
        if (x->quoted) {
            const char *q = memchr(buf + i, '"', n - i);
            const size_t stop = q ? (size_t)(q - buf) : n;
            g_string_append_len(x->field, buf + i, (gssize)(stop - i));
            i = stop;
            if (q) {
                x->quote_pending = TRUE;
                i++;
            }
            continue;
        }
        size_t j = i;
        while (j < n && buf[j] != ',' && buf[j] != '"' && buf[j] != '\n')
            j++;
        g_string_append_len(x->field, buf + i, (gssize)(j - i));
        if (j == n)
            break;
        i = j + 1;
        if (buf[j] == '"')
            x->quoted = TRUE;
        else
            end_field(x, buf[j] == ',' ? x->sep : '\n');
    }
    if (x->outbuf->len >= (1u << 20)) {
        if (fwrite(x->outbuf->str, 1, x->outbuf->len, x->out) != x->outbuf->len) {
            g_string_truncate(x->outbuf, 0);
            return -1;
        }
        g_string_truncate(x->outbuf, 0);
    }
    return (ssize_t)n;
}

static int filter_close(void *cookie)
{
    excel_filter *x = cookie;
    int status = 0;
    /* what is left: the whole report ends with a line end, so no cell is open */
    if (x->outbuf->len && fwrite(x->outbuf->str, 1, x->outbuf->len, x->out) != x->outbuf->len)
        status = -1;
    g_string_free(x->field, TRUE);
    g_string_free(x->outbuf, TRUE);
    g_array_free(x->decimal, TRUE);
    g_free(x);
    return status;
}

FILE *elg_excel_stream(FILE *out, char candidates_delimiter, gboolean own_score)
{
    excel_filter *x = g_new0(excel_filter, 1);
    x->score_seen = !own_score; /* none of the report's own to find */
    x->out = out;
    x->sep = candidates_delimiter == ';' ? ';' : ',';
    x->field = g_string_new(NULL);
    x->outbuf = g_string_sized_new((1u << 20) + 4096);
    x->decimal = g_array_new(FALSE, FALSE, sizeof(gboolean));
    x->in_header = TRUE;
    g_string_append(x->outbuf, BOM);
    cookie_io_functions_t io = {.write = filter_write, .close = filter_close};
    FILE *f = fopencookie(x, "w", io);
    if (!f)
        filter_close(x);
    return f;
}
