/* Diagnostics: see eligo/diag.h. */
#include "diags.h"

#include <string.h>
#include "append.h"

struct elg_diags {
    GPtrArray *items; /* elg_diag*, each freed with diag_free */
    unsigned errors;
};

static void diag_free(gpointer p)
{
    elg_diag *g = p;
    if (!g)
        return; /* moved to another list */
    g_free((char *)g->file);
    g_free((char *)g->path);
    g_free((char *)g->field);
    g_free((char *)g->value);
    g_free((char *)g->message);
    g_free(g);
}

elg_diags *elg_diags_new(void)
{
    elg_diags *d = g_new0(elg_diags, 1);
    d->items = g_ptr_array_new_with_free_func(diag_free);
    return d;
}

void elg_diags_free(elg_diags *d)
{
    if (!d)
        return;
    g_ptr_array_free(d->items, TRUE);
    g_free(d);
}

unsigned elg_diags_count(const elg_diags *d) { return d->items->len; }
unsigned elg_diags_errors(const elg_diags *d) { return d->errors; }

const elg_diag *elg_diags_get(const elg_diags *d, unsigned i)
{
    return i < d->items->len ? g_ptr_array_index(d->items, i) : NULL;
}

void elg_diags_add(elg_diags *d, elg_severity sev, const char *file, unsigned line,
                   unsigned column, const char *path, const char *field,
                   const char *value, const char *fmt, ...)
{
    if (!d) /* a caller that keeps no diagnostics (rules.h, notice.h) */
        return;
    elg_diag *g = g_new0(elg_diag, 1);
    va_list ap;
    va_start(ap, fmt);
    g->message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g->severity = sev;
    g->file = g_strdup(file);
    g->line = line;
    g->column = column;
    g->path = g_strdup(path);
    g->field = g_strdup(field);
    g->value = g_strdup(value);
    g_ptr_array_add(d->items, g);
    if (sev == ELG_ERROR)
        d->errors++;
}

void elg_quote(GString *out, const char *value, size_t len, size_t max)
{
    g_string_append_c(out, '"');
    size_t shown = max && len > max ? max : len;
    while (shown < len && shown > 0 && ((unsigned char)value[shown] & 0xC0) == 0x80)
        shown--; /* not inside a character: the text stays UTF-8 */
    for (size_t i = 0; i < shown; i++) {
        unsigned char c = (unsigned char)value[i];
        if (c == '"' || c == '\\')
            g_string_append_printf(out, "\\%c", c);
        else if (c == '\n')
            g_string_append(out, "\\n");
        else if (c == '\r')
            g_string_append(out, "\\r");
        else if (c == '\t')
            g_string_append(out, "\\t");
        else if (c < 0x20 || c == 0x7F)
            g_string_append_printf(out, "\\x%02X", c);
        else if (c == 0xC2 && i + 1 < shown && (unsigned char)value[i + 1] >= 0x80 &&
                 (unsigned char)value[i + 1] < 0xA0)
            /* a C1 control (U+0080..U+009F): terminals act on it too */
            g_string_append_printf(out, "\\u%04X", (unsigned char)value[++i]);
        else
            g_string_append_c(out, (char)c);
    }
    if (shown < len)
        g_string_append(out, "...");
    g_string_append_c(out, '"');
}

/* Are the 8 bytes at P all printable ASCII (0x20 to 0x7E)?  Word-wise
 * tests of "any byte below 0x20", "any byte 0x7F" and "any byte from 0x80",
 * each exact for the word as a whole. */
static inline gboolean ascii_printable8(const char *p)
{
    const guint64 ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    guint64 w;
    memcpy(&w, p, sizeof w);
    const guint64 del = w ^ (ones * 0x7F);
    return (((w - ones * 0x20) & ~w) | ((del - ones) & ~del) | w) & high ? FALSE : TRUE;
}

void elg_append_printable(GString *out, const char *text)
{
    /* runs of printable characters are appended whole (reports print
     * millions), and skipped over 8 bytes at a time while ASCII */
    const char *p = text, *run = text, *const end = text + strlen(text);
    for (;;) {
        while (end - p >= 8 && ascii_printable8(p))
            p += 8;
        const unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != 0x7F) {
            if (c < 0x80) {
                p++;
                continue;
            }
            const gunichar u = g_utf8_get_char_validated(p, -1);
            if (u != (gunichar)-1 && u != (gunichar)-2 && u >= 0xA0) { /* not a C1 control */
                p = g_utf8_next_char(p);
                continue;
            }
        }
        elg_append_len(out, run, p - run);
        if (!c)
            return;
        if (c == '\n' || c == '\r' || c == '\t') {
            /* a line break typed in a cell (Alt+Enter) or a tab separates
             * words: a space, one for CR LF, keeps one line per row */
            elg_append_c(out, ' ');
            p += c == '\r' && p[1] == '\n' ? 2 : 1;
            run = p;
            continue;
        }
        elg_append_c(out, '?');
        /* a C1 control is one character; a byte that is no UTF-8, one byte */
        const gunichar u = c >= 0x80 ? g_utf8_get_char_validated(p, -1) : 0;
        p = c >= 0x80 && u != (gunichar)-1 && u != (gunichar)-2 ? g_utf8_next_char(p) : p + 1;
        run = p;
    }
}

void elg_diag_format(const elg_diag *g, GString *s)
{
    elg_append_printable(s, g->file ? g->file : "eligo");
    if (g->line) {
        g_string_append_printf(s, ":%u", g->line);
        if (g->column)
            g_string_append_printf(s, ":%u", g->column);
    }
    if (g->path) {
        /* a JSON path holds member names from the file, control characters too */
        g_string_append_c(s, ':');
        elg_append_printable(s, g->path);
    }
    g_string_append(s, g->severity == ELG_ERROR ? ": error: " : ": warning: ");
    elg_append_printable(s, g->message);
    g_string_append_c(s, '\n');
}

void elg_diag_print(const elg_diag *g, FILE *out)
{
    GString *s = g_string_new(NULL);
    elg_diag_format(g, s);
    fputs(s->str, out);
    g_string_free(s, TRUE);
}

void elg_diags_print(const elg_diags *d, FILE *out)
{
    for (unsigned i = 0; i < d->items->len; i++)
        elg_diag_print(g_ptr_array_index(d->items, i), out);
}

void elg_diags_move(elg_diags *dst, elg_diags *src, unsigned from, unsigned to)
{
    for (unsigned i = from; i < to && i < src->items->len; i++) {
        elg_diag *g = g_ptr_array_index(src->items, i);
        if (!g)
            continue;
        g_ptr_array_index(src->items, i) = NULL;
        g_ptr_array_add(dst->items, g);
        if (g->severity == ELG_ERROR) {
            src->errors--;
            dst->errors++;
        }
    }
}

unsigned elg_diags_get_line(const elg_diags *d, unsigned i)
{
    const elg_diag *g = i < d->items->len ? g_ptr_array_index(d->items, i) : NULL;
    return g ? g->line : 0;
}
