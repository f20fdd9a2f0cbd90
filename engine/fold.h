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
/* Trim white space at both ends of S (ASCII, and the no-break spaces U+00A0
 * and U+202F); returns the new start, sets *LEN. */
const char *elg_trim(const char *s, size_t *len);

#endif
