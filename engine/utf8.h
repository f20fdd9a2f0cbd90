/* Private: is a byte range valid UTF-8?  The loader asks it of every byte
 * of a file before parsing (load.c), on one thread, so it must keep up with
 * reading the file. */
#ifndef ELG_UTF8_H
#define ELG_UTF8_H

#include <stddef.h>
#include <glib.h>

/* TRUE when the LEN bytes at P are valid UTF-8 holding no NUL byte: the
 * answer of g_utf8_validate_len(), 16 bytes a step where the CPU has SSSE3
 * (most text is one or two bytes a character). */
gboolean elg_utf8_valid(const char *p, size_t len);

/* The same answer without SIMD; on FALSE, *END is where the first invalid
 * sequence starts, as g_utf8_validate_len() gives it. */
gboolean elg_utf8_valid_at(const char *p, size_t len, const gchar **end);

#endif
