/* Numbers and scores for the reports, written by hand: millions of rows
 * (private to the library). */
#ifndef ELG_REPORT_PUT_H
#define ELG_REPORT_PUT_H

#include <glib.h>
#include <string.h>
#include "append.h"
#include "values.h" /* elg_score_text */

/* Raw writers: the room for a whole row is reserved once, then bytes go
 * straight in, with no capacity check per append. */
static inline char *elg_put_bytes(char *w, const char *text, size_t n)
{
    memcpy(w, text, n);
    return w + n;
}

/* "00" to "99": two digits a step, in place, for the millions of ranks
 * and line numbers of a report. */
static const char elg_digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* V in decimal at W (room for 10 bytes); returns the end. */
static inline char *elg_put_uint(char *w, guint v)
{
    static const guint powers[] = {10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
                                   1000000000u};
    if (v < 10) { /* the counts: most numbers of a row */
        *w = (char)('0' + v);
        return w + 1;
    }
    guint n = 2;
    while (n < 10 && v >= powers[n - 1])
        n++;
    char *end = w + n, *d = end;
    while (v >= 100) {
        const guint q = v / 100, two = v - q * 100;
        d -= 2;
        memcpy(d, elg_digit_pairs + 2 * two, 2);
        v = q;
    }
    if (v >= 10) {
        d -= 2;
        memcpy(d, elg_digit_pairs + 2 * v, 2);
    } else {
        *--d = (char)('0' + v);
    }
    return end;
}

/* V in decimal, appended to O. */
static inline void elg_append_uint(GString *o, guint v)
{
    elg_append_end(o, elg_put_uint(elg_append_room(o, 10), v));
}

/* "%.2f" of the few distinct scores a post gives, formatted once each
 * (elg_score_text); zeroed to start. */
typedef struct {
    guint64 key[64];
    char text[64][16];
    guint8 len[64];
    gboolean used[64];
} elg_score_cache;

/* The text of SCORE, its length in *LEN. */
static inline const char *elg_score_cached_len(elg_score_cache *c, double score, size_t *len)
{
    guint64 bits;
    memcpy(&bits, &score, sizeof bits);
    guint slot = (guint)((bits * 0x9E3779B97F4A7C15ull) >> 58);
    if (!c->used[slot] || c->key[slot] != bits) {
        elg_score_text(score, c->text[slot]);
        c->len[slot] = (guint8)strlen(c->text[slot]);
        c->key[slot] = bits;
        c->used[slot] = TRUE;
    }
    *len = c->len[slot];
    return c->text[slot];
}

static inline const char *elg_score_cached(elg_score_cache *c, double score)
{
    size_t len;
    return elg_score_cached_len(c, score, &len);
}

#endif
