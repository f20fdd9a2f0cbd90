/* Private: adding to a diagnostics list. */
#ifndef ELG_DIAGS_H
#define ELG_DIAGS_H

#include <glib.h>
#include "eligo/diag.h"

/* Append a diagnostic (D NULL: dropped); every string is copied.  MESSAGE is a printf format. */
void elg_diags_add(elg_diags *d, elg_severity sev, const char *file, unsigned line,
                   unsigned column, const char *path, const char *field,
                   const char *value, const char *fmt, ...) G_GNUC_PRINTF(9, 10);
/* Move diagnostics FROM .. TO - 1 of SRC to the end of DST, in order, without
 * copying (for merging lists made in parallel); SRC keeps empty slots. */
void elg_diags_move(elg_diags *dst, elg_diags *src, unsigned from, unsigned to);
/* The line of diagnostic I (0 when moved away). */
unsigned elg_diags_get_line(const elg_diags *d, unsigned i);
/* Append one diagnostic line (with its newline) to OUT. */
void elg_diag_format(const elg_diag *g, GString *out);
/* Append VALUE to OUT as a double-quoted string, escaping quotes, backslashes
 * and control characters, cut to MAX bytes at most (at a character
 * boundary) with "..." (0: no limit). */
void elg_quote(GString *out, const char *value, size_t len, size_t max);
/* Append TEXT to OUT with terminal control characters replaced by '?', and a
 * line break (LF, CR, CR LF) or a tab by a space: one line stays one line. */
void elg_append_printable(GString *out, const char *text);

#endif
