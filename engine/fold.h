/* Private: folding text for comparison (DESIGN.md s.6): case, accents and
 * every character that is not a letter or digit are ignored. */
#ifndef ELG_FOLD_H
#define ELG_FOLD_H

#include <stddef.h>

#define ELG_FOLD_MAX 256

/* Fold S (LEN bytes of UTF-8) into OUT (CAP bytes, NUL-terminated): lower
 * case, accents and non-alphanumerics removed.  ASCII takes a fast path that
 * allocates nothing.  Returns the folded length, or CAP when it did not fit. */
size_t elg_fold(const char *s, size_t len, char *out, size_t cap);
/* Like elg_fold() but keeps word boundaries as single '_' (for headers such
 * as "Experience - project management" -> experience_project_management). */
size_t elg_fold_words(const char *s, size_t len, char *out, size_t cap);
/* elg_trim's work, when an end may hold a space. */
const char *elg_trim_slow(const char *s, size_t *len);
/* Bit 1: a byte that may start a space (ASCII space, C2 or E2); bit 2: one
 * that may end it (ASCII space, A0 or AF). */
extern const unsigned char elg_space_ends[256];
/* Trim white space at both ends of S: ASCII, and the no-break spaces a
 * spreadsheet keeps from pasted text or French number formats, U+00A0
 * (C2 A0) and U+202F (E2 80 AF).  Returns the new start, sets *LEN.
 * Inline: most cells need no trim, which two table lookups tell. */
static inline const char *elg_trim(const char *s, size_t *len)
{
    const size_t n = *len;
    if (n && !((elg_space_ends[(unsigned char)s[0]] & 1) | (elg_space_ends[(unsigned char)s[n - 1]] & 2)))
        return s;
    return elg_trim_slow(s, len);
}

#endif
