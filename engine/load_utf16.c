/* UTF-16 candidate files (load_utf16.h): converted once, line for line, so
 * that the loader's lines and columns are those of the file. */
#include "load_utf16.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "errors.h"

#define PIECE (64u << 10)
static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

const char *elg_utf16_bom(const guint8 *b, size_t n)
{
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return "UTF-16LE";
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return "UTF-16BE";
    return NULL;
}

/* Does the code unit at B (big endian: BIG) look like a character below
 * U+0100 (1), NUL (-1), or another (0)? */
static int latin_unit(const guint8 *b, gboolean big)
{
    const guint8 low = big ? b[1] : b[0], high = big ? b[0] : b[1];
    return !low && !high ? -1 : low && !high;
}

static gboolean unmarked(const guint8 *b, size_t n, gboolean big)
{
    size_t units = 0, latin = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        const int kind = latin_unit(b + i, big);
        if (kind < 0)
            return FALSE;
        if (kind && b[i + big] == '\n')
            break;
        units++;
        latin += (size_t)kind;
    }
    return units >= 2 && latin * 4 >= units * 3;
}

const char *elg_utf16_unmarked(const guint8 *b, size_t n)
{
    if (unmarked(b, n, FALSE))
        return "UTF-16LE";
    if (unmarked(b, n, TRUE))
        return "UTF-16BE";
    return NULL;
}

/* Convert the LEN bytes at IN into OUT (room enough: 2 bytes of UTF-16
 * give at most 3 of UTF-8); returns the bytes of IN used.  At the end of
 * the file (LAST), a code unit cut short is replaced too. */
static size_t convert(GIConv cd, const char *in, size_t len, gboolean last, GString *out)
{
    gchar *ip = (gchar *)in;
    gsize il = len;
    while (il > 0) {
        gchar *op = out->str + out->len;
        gsize room = out->allocated_len - out->len - 1, ol = room;
        const gsize r = g_iconv(cd, &ip, &il, &op, &ol);
        g_string_set_size(out, out->len + (room - ol));
        if (r != (gsize)-1)
            break;
        if (errno == E2BIG) { /* not expected (the room is made for the worst case): more room */
            const gsize keep = out->len;
            g_string_set_size(out, out->allocated_len * 2);
            g_string_truncate(out, keep);
            continue;
        }
        if (errno == EINVAL && !last)
            break; /* a character cut by the end of the piece: the next piece has the rest */
        /* not a character (EILSEQ), or cut short by the end of the file */
        g_string_append(out, replacement);
        const gsize skip = MIN(il, 2);
        ip += skip;
        il -= skip;
        g_iconv(cd, NULL, NULL, NULL, NULL);
    }
    return len - il;
}

FILE *elg_utf16_to_utf8(FILE *in, const char *encoding, long start, const char *path, guint64 *read,
                        GError **err)
{
    gchar *name = NULL;
    GError *tmp_err = NULL;
    const int fd = g_file_open_tmp("eligo-utf16-XXXXXX.csv", &name, &tmp_err);
    if (fd < 0) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot convert from %s: %s", path,
                    encoding, tmp_err->message);
        g_error_free(tmp_err);
        return NULL;
    }
    g_unlink(name); /* gone once closed, whatever happens */
    g_free(name);
    FILE *out = fdopen(fd, "w+b");
    GIConv cd = g_iconv_open("UTF-8", encoding);
    /* a piece, after what the last one left: at most 3 bytes (a high
     * surrogate and half a unit, should a read stop at an odd count) */
    char *buf = g_malloc(PIECE + 4);
    GString *text = g_string_sized_new(3 * (PIECE + 4) / 2 + 16);
    size_t have = 0;
    gboolean ok = out && cd != (GIConv)-1 && fseek(in, start, SEEK_SET) == 0;
    *read = (guint64)start;
    while (ok) {
        const size_t n = fread(buf + have, 1, PIECE, in);
        *read += n;
        have += n;
        const gboolean last = n == 0;
        if (last && ferror(in))
            ok = FALSE;
        g_string_truncate(text, 0);
        const size_t used = convert(cd, buf, have, last, text);
        if (text->len && fwrite(text->str, 1, text->len, out) != text->len)
            ok = FALSE;
        memmove(buf, buf + used, have - used);
        have -= used;
        if (last)
            break;
    }
    if (ok && (fflush(out) != 0 || fseek(out, 0, SEEK_SET) != 0))
        ok = FALSE;
    if (!ok)
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot convert from %s: %s", path,
                    encoding, g_strerror(errno ? errno : EIO));
    if (cd != (GIConv)-1)
        g_iconv_close(cd);
    g_free(buf);
    g_string_free(text, TRUE);
    if (!ok && out)
        fclose(out);
    else if (!out)
        close(fd);
    return ok ? out : NULL;
}
