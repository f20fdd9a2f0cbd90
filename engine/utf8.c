/* UTF-8 validation for the loader's first pass (utf8.h). */
#include "utf8.h"

#include <string.h>
#include "bytes.h"

#if defined(__x86_64__) && defined(__GNUC__) && defined(__has_attribute)
#if __has_attribute(target)
#define ELG_UTF8_SSSE3 1
#include <tmmintrin.h>
#endif
#endif

static inline gboolean plain_ascii(char c) { return (unsigned char)c - 1u < 0x7Fu; }

/* g_utf8_validate_len(), with runs of ASCII passed 8 bytes at a time: each
 * stretch of other bytes is given to GLib up to the next ASCII byte, which
 * no valid sequence holds, so it fails where the whole call would. */
gboolean elg_utf8_valid_at(const char *p, size_t len, const gchar **end)
{
    const char *e = p + len;
    while (p < e) {
        for (guint64 w; e - p >= 8; p += 8) {
            memcpy(&w, p, 8);
            if ((w & ELG_BYTES_80) || elg_any_zero(w))
                break;
        }
        while (p < e && plain_ascii(*p))
            p++;
        const char *q = p;
        while (q < e && !plain_ascii(*q))
            q++;
        /* two-byte sequences (accented Latin letters, most of what a name
         * holds) are valid by their ranges alone; GLib takes the rest */
        while (q - p >= 2 && (guchar)p[0] >= 0xC2 && (guchar)p[0] <= 0xDF && ((guchar)p[1] & 0xC0) == 0x80)
            p += 2;
        if (q > p && !g_utf8_validate_len(p, (gsize)(q - p), end))
            return FALSE;
        p = q;
    }
    *end = e;
    return TRUE;
}

#ifdef ELG_UTF8_SSSE3
/* Keiser and Lemire, "Validating UTF-8 in less than one instruction per
 * byte" (2021): each byte is checked against the one, two and three before
 * it by three 16-entry table lookups on nibbles.  A bit names each error a
 * pair of bytes can show; a byte is wrong when a bit is set in all three. */
enum {
    TOO_SHORT = 1 << 0,      /* a lead byte, then no continuation */
    TOO_LONG = 1 << 1,       /* ASCII, then a continuation */
    OVERLONG_3 = 1 << 2,     /* E0, then 80-9F */
    TOO_LARGE = 1 << 3,      /* past U+10FFFF */
    SURROGATE = 1 << 4,      /* ED, then A0-BF */
    OVERLONG_2 = 1 << 5,     /* C0 or C1 */
    TOO_LARGE_1000 = 1 << 6, /* F5-FF, then 80-8F */
    OVERLONG_4 = 1 << 6,     /* F0, then 80-8F */
    TWO_CONTS = 1 << 7,      /* two continuations: wrong unless a 3rd or 4th byte */
    CARRY = TOO_SHORT | TOO_LONG | TWO_CONTS,
};

/* The error bits a byte may show, by the high and the low nibble of the
 * byte before it, and by its own high nibble (the three lookups). */
#define LARGE (CARRY | TOO_LARGE | TOO_LARGE_1000)
#define CONT (TOO_LONG | OVERLONG_2 | TWO_CONTS)
static const guint8 by_lead_high_table[16] = {
    TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
    TWO_CONTS, TWO_CONTS, TWO_CONTS, TWO_CONTS, TOO_SHORT | OVERLONG_2, TOO_SHORT,
    TOO_SHORT | OVERLONG_3 | SURROGATE, TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4};
static const guint8 by_lead_low_table[16] = {
    CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, CARRY | OVERLONG_2, CARRY, CARRY,
    CARRY | TOO_LARGE, LARGE, LARGE, LARGE, LARGE, LARGE, LARGE, LARGE, LARGE,
    LARGE | SURROGATE, LARGE, LARGE};
static const guint8 by_next_high_table[16] = {
    TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
    CONT | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4, CONT | OVERLONG_3 | TOO_LARGE,
    CONT | SURROGATE | TOO_LARGE, CONT | SURROGATE | TOO_LARGE,
    TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT};
#undef LARGE
#undef CONT

/* The error bits of each byte of IN, PREV being the 16 bytes before it. */
__attribute__((target("ssse3"))) static inline __m128i block_errors(__m128i in, __m128i prev)
{
    const __m128i nibble = _mm_set1_epi8(0x0F);
    const __m128i by_lead_high = _mm_loadu_si128((const __m128i *)by_lead_high_table);
    const __m128i by_lead_low = _mm_loadu_si128((const __m128i *)by_lead_low_table);
    const __m128i by_next_high = _mm_loadu_si128((const __m128i *)by_next_high_table);
    const __m128i prev1 = _mm_alignr_epi8(in, prev, 15);
    const __m128i special = _mm_and_si128(
        _mm_and_si128(_mm_shuffle_epi8(by_lead_high, _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble)),
                      _mm_shuffle_epi8(by_lead_low, _mm_and_si128(prev1, nibble))),
        _mm_shuffle_epi8(by_next_high, _mm_and_si128(_mm_srli_epi16(in, 4), nibble)));
    /* a third byte (E0-FF two before) or a fourth (F0-FF three before) must be a continuation */
    const __m128i third = _mm_subs_epu8(_mm_alignr_epi8(in, prev, 14), _mm_set1_epi8((char)(0xE0 - 0x80)));
    const __m128i fourth = _mm_subs_epu8(_mm_alignr_epi8(in, prev, 13), _mm_set1_epi8((char)(0xF0 - 0x80)));
    const __m128i must_continue = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8((char)0x80));
    /* a NUL byte is not text either (g_utf8_validate_len) */
    return _mm_or_si128(_mm_xor_si128(must_continue, special), _mm_cmpeq_epi8(in, _mm_setzero_si128()));
}

__attribute__((target("ssse3"))) static gboolean valid_ssse3(const char *p, size_t len)
{
    __m128i prev = _mm_set1_epi8(' '), errors = _mm_setzero_si128();
    size_t i = 0;
    for (; i + 16 <= len; i += 16) {
        const __m128i in = _mm_loadu_si128((const __m128i *)(p + i));
        errors = _mm_or_si128(errors, block_errors(in, prev));
        prev = in;
    }
    /* the last bytes (at most 15), then at least one space: a sequence cut
     * by the end fails as one cut by a space */
    char tail[16];
    memset(tail, ' ', sizeof tail);
    memcpy(tail, p + i, len - i);
    errors = _mm_or_si128(errors, block_errors(_mm_loadu_si128((const __m128i *)tail), prev));
    return _mm_movemask_epi8(_mm_cmpeq_epi8(errors, _mm_setzero_si128())) == 0xFFFF;
}
#endif

gboolean elg_utf8_valid(const char *p, size_t len)
{
#ifdef ELG_UTF8_SSSE3
    if (__builtin_cpu_supports("ssse3"))
        return valid_ssse3(p, len);
#endif
    const gchar *end;
    return elg_utf8_valid_at(p, len, &end);
}
