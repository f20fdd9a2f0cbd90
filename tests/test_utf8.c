/* The loader's UTF-8 check (engine/utf8.c) gives g_utf8_validate_len()'s
 * answer for every input: a wrong "valid" would read a Windows-1252 file
 * as UTF-8, a wrong "invalid" a UTF-8 file as Windows-1252. */
#include "testutil.h"

#include "utf8.h"

/* Both checks against GLib's, for the LEN bytes at S; S is a block of
 * exactly LEN bytes, so that under AddressSanitizer a read past it fails. */
static void check(const char *bytes, size_t len)
{
    char *s = g_malloc(len ? len : 1);
    memcpy(s, bytes, len);
    const gchar *want_end = NULL, *end = NULL;
    const gboolean want = g_utf8_validate_len(s, len, &want_end);
    const gboolean fast = elg_utf8_valid(s, len), scalar = elg_utf8_valid_at(s, len, &end);
    if (fast != want || scalar != want || end != want_end) {
        GString *hex = g_string_new(NULL);
        for (size_t i = 0; i < len; i++)
            g_string_append_printf(hex, "%02x ", (guchar)s[i]);
        fail_msg("%zu bytes %s: GLib says %s (end %td), eligo %d and %d (end %td)", len, hex->str,
                 want ? "valid" : "invalid", want_end - s, fast, scalar, end - s);
    }
    g_free(s);
}

/* Bytes where UTF-8's rules change. */
static const guchar edges[] = {0x00, 0x01, 0x20, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                               0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
                               0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF};

/* SEQ (N bytes) inside ASCII text at each place that matters to a 16-byte
 * step: at the start, across a step's end, at the very end. */
static void check_in_text(const guchar *seq, size_t n)
{
    static const size_t places[] = {0, 1, 13, 14, 15, 16, 30};
    char buf[48];
    for (size_t k = 0; k < G_N_ELEMENTS(places); k++) {
        memset(buf, 'a', sizeof buf);
        memcpy(buf + places[k], seq, n);
        check(buf, places[k] + n);      /* the sequence ends the input */
        check(buf, sizeof buf);         /* text follows it */
    }
}

static void every_pair_of_bytes(void **state)
{
    (void)state;
    for (unsigned a = 0; a < 256; a++)
        for (unsigned b = 0; b < 256; b++) {
            const guchar seq[2] = {(guchar)a, (guchar)b};
            check_in_text(seq, 1);
            check_in_text(seq, 2);
        }
}

static void every_sequence_of_edge_bytes(void **state)
{
    (void)state;
    const size_t n = G_N_ELEMENTS(edges);
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < n; b++)
            for (size_t c = 0; c < n; c++) {
                const guchar three[3] = {edges[a], edges[b], edges[c]};
                check_in_text(three, 3);
                for (size_t d = 0; d < n; d++) {
                    const guchar four[5] = {edges[a], edges[b], edges[c], edges[d], 0x80};
                    check_in_text(four, 4);
                    check_in_text(four, 5);
                }
            }
}

/* Valid text of characters of every length, then one byte changed. */
static void text_with_one_byte_changed(void **state)
{
    (void)state;
    static const char *const chars[] = {"a", " ", "é", "ß", "Ω", "€", "中", "\xEF\xBF\xBF",
                                        "𝄞", "\xF4\x8F\xBF\xBF", "\xED\x9F\xBF", "\xEE\x80\x80"};
    GRand *rng = g_rand_new_with_seed(20261122);
    for (int round = 0; round < 20000; round++) {
        GString *t = g_string_new(NULL);
        const int count = g_rand_int_range(rng, 0, 40);
        for (int k = 0; k < count; k++)
            g_string_append(t, chars[g_rand_int_range(rng, 0, G_N_ELEMENTS(chars))]);
        check(t->str, t->len);
        if (t->len) {
            t->str[g_rand_int_range(rng, 0, (gint32)t->len)] = (char)g_rand_int_range(rng, 0, 256);
            check(t->str, t->len);
        }
        g_string_free(t, TRUE);
    }
    g_rand_free(rng);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_pair_of_bytes),
        cmocka_unit_test(every_sequence_of_edge_bytes),
        cmocka_unit_test(text_with_one_byte_changed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
