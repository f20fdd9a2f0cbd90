/* A small RFC 4180 reader for the tests, independent of libcsv and of the
 * engine: reports are checked with it, and data rows of fixtures counted. */
#ifndef ELG_T_CSV_H
#define ELG_T_CSV_H

#include <glib.h>

/* Split TEXT into records of cells (GPtrArray of GPtrArray of char*; free
 * with g_ptr_array_unref).  DELIM separates cells; CR, LF and CRLF end a
 * record outside quotes; "" inside quotes is one quote.  *OPEN_QUOTE (may
 * be NULL) is set when the text ends inside a quoted cell.  LINES (may be
 * NULL) receives the 1-based line (guint) each record starts on. */
static inline GPtrArray *t_csv_parse(const char *text, size_t len, char delim, gboolean *open_quote,
                                     GArray *lines)
{
    guint line = 1;
    GPtrArray *records = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    GPtrArray *rec = NULL;
    GString *cell = g_string_new(NULL);
    gboolean quoted = FALSE, in_record = FALSE;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (!rec) {
            rec = g_ptr_array_new_with_free_func(g_free);
            if (lines)
                g_array_append_val(lines, line);
        }
        in_record = TRUE;
        if (c == '\n' || (c == '\r' && (i + 1 == len || text[i + 1] != '\n')))
            line++; /* physical lines, inside quotes too */
        if (quoted) {
            if (c == '"' && i + 1 < len && text[i + 1] == '"') {
                g_string_append_c(cell, '"');
                i++;
            } else if (c == '"') {
                quoted = FALSE;
            } else {
                g_string_append_c(cell, c);
            }
        } else if (c == '"') {
            quoted = TRUE;
        } else if (c == delim) {
            g_ptr_array_add(rec, g_strdup(cell->str));
            g_string_truncate(cell, 0);
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < len && text[i + 1] == '\n') {
                i++;
                line++; /* the LF skipped here ends the line */
            }
            g_ptr_array_add(rec, g_strdup(cell->str));
            g_string_truncate(cell, 0);
            g_ptr_array_add(records, rec);
            rec = NULL;
            in_record = FALSE;
        } else {
            g_string_append_c(cell, c);
        }
    }
    if (in_record) {
        g_ptr_array_add(rec, g_strdup(cell->str));
        g_ptr_array_add(records, rec);
    } else if (rec) {
        g_ptr_array_unref(rec);
    }
    if (open_quote)
        *open_quote = quoted;
    g_string_free(cell, TRUE);
    return records;
}

/* The cell COL of record ROW. */
static inline const char *t_csv_cell(GPtrArray *records, guint row, guint col)
{
    GPtrArray *rec = g_ptr_array_index(records, row);
    return col < rec->len ? g_ptr_array_index(rec, col) : NULL;
}

/* Is RECORD blank: every cell empty after trimming spaces and tabs? */
static inline gboolean t_csv_blank(GPtrArray *rec)
{
    for (guint i = 0; i < rec->len; i++) {
        const char *s = g_ptr_array_index(rec, i);
        for (; *s; s++)
            if (*s != ' ' && *s != '\t')
                return FALSE;
    }
    return TRUE;
}

/* Do records A and B have the same cells (a row that repeats the header is no data row)? */
static inline gboolean t_csv_same(GPtrArray *a, GPtrArray *b)
{
    if (a->len != b->len)
        return FALSE;
    for (guint i = 0; i < a->len; i++)
        if (g_strcmp0(g_ptr_array_index(a, i), g_ptr_array_index(b, i)) != 0)
            return FALSE;
    return TRUE;
}

#endif
