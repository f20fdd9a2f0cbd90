/* Private: candidate files saved as UTF-16 (Excel's "Unicode Text"),
 * converted to UTF-8 for the loader (load.c). */
#ifndef ELG_LOAD_UTF16_H
#define ELG_LOAD_UTF16_H

#include <stdio.h>
#include <glib.h>

/* "UTF-16LE" or "UTF-16BE" when the N bytes B start with that byte order
 * mark, else NULL. */
const char *elg_utf16_bom(const guint8 *b, size_t n);

/* "UTF-16LE" or "UTF-16BE" when the N bytes B, the start of a file with
 * no byte order mark, look like UTF-16 text in that byte order, as some
 * exports write it: of the code units of the first line (at least 2), 3 in
 * 4 or more are a character below U+0100 (its high byte NUL, the other
 * not) and none is NUL; else NULL. */
const char *elg_utf16_unmarked(const guint8 *b, size_t n);

/* The text of IN (ENCODING, from byte START: after its byte order mark, or
 * 0 without one) as UTF-8, in a
 * temporary file already unlinked, read from its start; the caller
 * fcloses it (IN stays the caller's).  A code unit that is not a
 * character (an unpaired surrogate, an odd last byte) becomes U+FFFD, as
 * an undefined byte does in Windows-1252.  *READ: the bytes read from IN.
 * NULL with ERR set (naming PATH) when the temporary file cannot be
 * written or IN read. */
FILE *elg_utf16_to_utf8(FILE *in, const char *encoding, long start, const char *path, guint64 *read,
                        GError **err);

#endif
