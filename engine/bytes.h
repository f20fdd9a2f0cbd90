/* Private: word-at-a-time byte tests for the scanning loops (load.c's first
 * pass and line cut, utf8.c's scalar check). */
#ifndef ELG_BYTES_H
#define ELG_BYTES_H

#include <glib.h>

#define ELG_BYTES_01 0x0101010101010101ull
#define ELG_BYTES_80 0x8080808080808080ull

/* Some byte of V is zero. */
static inline guint64 elg_any_zero(guint64 v) { return (v - ELG_BYTES_01) & ~v & ELG_BYTES_80; }
/* Some byte of X is C. */
static inline guint64 elg_any_byte(guint64 x, unsigned char c) { return elg_any_zero(x ^ (ELG_BYTES_01 * c)); }

#endif
