/* Folding text for comparison: see fold.h. */
#include "fold.h"

#include <string.h>
#include <glib.h>

/* Letters that canonical decomposition leaves whole but that people write
 * without their stroke or ligature ("Ødegård" = "odegard"). */
static const char *fold_special(gunichar c)
{
    switch (g_unichar_tolower(c)) {
    case 0x00DF: return "ss"; /* ß */
    case 0x00E6: return "ae"; /* æ */
    case 0x0153: return "oe"; /* œ */
    case 0x00F8: return "o";  /* ø */
    case 0x0142: return "l";  /* ł */
    case 0x0111: return "d";  /* đ */
    case 0x00F0: return "d";  /* ð */
    case 0x00FE: return "th"; /* þ */
    case 0x0131: return "i";  /* dotless ı */
    default: return NULL;
    }
}

static size_t put(char *out, size_t cap, size_t n, const char *s, size_t len)
{
    if (n == cap || n + len >= cap)
        return cap;
    memcpy(out + n, s, len);
    return n + len;
}

/* Append the folded form of the code point C; SEP receives whether it was a
 * separator (not a letter or digit). */
static size_t fold_char(gunichar c, char *out, size_t cap, size_t n, int *sep)
{
    *sep = 0;
    if (c < 0x80) {
        char ch = (char)c;
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            return put(out, cap, n, &ch, 1);
        *sep = 1;
        return n;
    }
    const char *special = fold_special(c);
    if (special)
        return put(out, cap, n, special, strlen(special));
    gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    gsize nd = g_unichar_fully_decompose(c, FALSE, d, G_N_ELEMENTS(d));
    gunichar base = nd > 0 ? d[0] : c;
    if (base < 0x80 && base != c)
        return fold_char(base, out, cap, n, sep);
    if (!g_unichar_isalnum(base)) {
        *sep = g_unichar_ismark(base) ? 0 : 1;
        return n;
    }
    char buf[8];
    int len = g_unichar_to_utf8(g_unichar_tolower(base), buf);
    return put(out, cap, n, buf, (size_t)len);
}

static size_t fold_impl(const char *s, size_t len, char *out, size_t cap, int words)
{
    size_t n = 0;
    int pending_sep = 0;
    const char *p = s, *end = s + len;
    if (cap == 0)
        return 0;
    while (p < end && n < cap) {
        gunichar c;
        if ((unsigned char)*p < 0x80) {
            c = (unsigned char)*p++;
        } else {
            c = g_utf8_get_char_validated(p, end - p);
            if (c == (gunichar)-1 || c == (gunichar)-2) {
                p++; /* not UTF-8: skip the byte, it matches nothing */
                continue;
            }
            p = g_utf8_next_char(p);
        }
        int sep;
        size_t before = n;
        if (words && pending_sep) {
            size_t tentative = fold_char(c, out, cap, n, &sep);
            if (tentative != n && tentative != cap && n > 0) {
                /* a word follows a separator: insert one '_' before it */
                n = put(out, cap, n, "_", 1);
                if (n == cap)
                    break;
                n = fold_char(c, out, cap, n, &sep);
            } else {
                n = tentative;
            }
        } else {
            n = fold_char(c, out, cap, n, &sep);
        }
        if (n == cap)
            break;
        if (sep)
            pending_sep = 1;
        else if (n != before)
            pending_sep = 0;
    }
    if (n >= cap) {
        out[cap - 1] = '\0';
        return cap;
    }
    out[n] = '\0';
    return n;
}

size_t elg_fold(const char *s, size_t len, char *out, size_t cap)
{
    return fold_impl(s, len, out, cap, 0);
}

size_t elg_fold_words(const char *s, size_t len, char *out, size_t cap)
{
    return fold_impl(s, len, out, cap, 1);
}

const unsigned char elg_space_ends[256] = {
    ['\t'] = 3, ['\n'] = 3, ['\r'] = 3, [' '] = 3, [0xC2] = 1, [0xE2] = 1, [0xA0] = 2, [0xAF] = 2,
};

static inline gboolean ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

const char *elg_trim_slow(const char *s, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = *len;
    for (;;) {
        while (n > 0 && ascii_space(*u)) {
            u++;
            n--;
        }
        if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0) {
            u += 2;
            n -= 2;
        } else if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF) {
            u += 3;
            n -= 3;
        } else {
            break;
        }
    }
    for (;;) {
        while (n > 0 && ascii_space(u[n - 1]))
            n--;
        if (n >= 2 && u[n - 1] == 0xA0 && u[n - 2] == 0xC2)
            n -= 2;
        else if (n >= 3 && u[n - 1] == 0xAF && u[n - 2] == 0x80 && u[n - 3] == 0xE2)
            n -= 3;
        else
            break;
    }
    *len = n;
    return (const char *)u;
}
