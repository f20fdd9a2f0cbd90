/* The loader's memo of cell normalisation (engine/load_memo.h): a cell is
 * found again only by exactly its bytes and kind, whatever its length; the
 * table keeps its answers right as it grows and when it starts again. */
#include "testutil.h"

#include "load_memo.h"

/* A heap block of exactly LEN bytes holding TEXT: under AddressSanitizer a
 * read past its end (or before its start) fails the test. */
static char *exact_copy(const char *text, size_t len)
{
    char *s = g_malloc(len ? len : 1);
    memcpy(s, text, len);
    return s;
}

static void key_of(char *buf, size_t len, unsigned seed)
{
    for (size_t i = 0; i < len; i++)
        buf[i] = (char)('a' + (seed * 7 + i * 13) % 26);
}

static void every_byte_tells_cells_apart(void **state)
{
    (void)state;
    char text[ELG_MEMO_KEY];
    for (size_t len = 0; len <= ELG_MEMO_KEY; len++) {
        key_of(text, len, (unsigned)len);
        char *a = exact_copy(text, len), *b = exact_copy(text, len);
        assert_true(elg_memo_same(a, b, len));
        assert_int_equal(elg_memo_hash(3, a, len), elg_memo_hash(3, b, len));
        for (size_t i = 0; i < len; i++) {
            b[i] ^= 0x20;
            if (elg_memo_same(a, b, len))
                fail_msg("length %zu: a change at byte %zu is not seen by the compare", len, i);
            if (elg_memo_hash(3, a, len) == elg_memo_hash(3, b, len))
                fail_msg("length %zu: a change at byte %zu is not seen by the hash", len, i);
            b[i] ^= 0x20;
        }
        /* the kind and the length are part of the key */
        assert_int_not_equal(elg_memo_hash(3, a, len), elg_memo_hash(4, a, len));
        if (len)
            assert_int_not_equal(elg_memo_hash(3, a, len), elg_memo_hash(3, a, len - 1));
        g_free(a);
        g_free(b);
    }
}

static void cells_are_found_by_bytes_and_kind(void **state)
{
    (void)state;
    elg_memo *m = elg_memo_new();
    gint64 v = 0;
    elg_memo_put(m, 1, "C1", 2, 5);
    elg_memo_put(m, 2, "C1", 2, 7);
    assert_true(elg_memo_get(m, 1, "C1", 2, &v));
    assert_int_equal(v, 5);
    assert_true(elg_memo_get(m, 2, "C1", 2, &v));
    assert_int_equal(v, 7);
    assert_false(elg_memo_get(m, 1, "c1", 2, &v));
    assert_false(elg_memo_get(m, 1, "C1 ", 3, &v));
    assert_false(elg_memo_get(m, 1, "C", 1, &v));
    /* longer cells are never kept: each is read again */
    char longer[ELG_MEMO_KEY + 1];
    key_of(longer, sizeof longer, 1);
    elg_memo_put(m, 1, longer, sizeof longer, 9);
    assert_false(elg_memo_get(m, 1, longer, sizeof longer, &v));
    elg_memo_put(m, 1, longer, ELG_MEMO_KEY, 11);
    assert_true(elg_memo_get(m, 1, longer, ELG_MEMO_KEY, &v));
    assert_int_equal(v, 11);
    elg_memo_free(m);
}

/* Past ELG_MEMO_SLOTS / 2 cells the table starts again: a cell is then
 * either found with its own value or not found, never with another's. */
static void answers_stay_right_as_the_table_grows_and_starts_again(void **state)
{
    (void)state;
    elg_memo *m = elg_memo_new();
    const unsigned n = 3 * ELG_MEMO_SLOTS;
    unsigned found = 0;
    for (unsigned k = 0; k < n; k++) {
        char key[32];
        const int len = g_snprintf(key, sizeof key, "cell %u", k);
        elg_memo_put(m, (guint8)(k % 3), key, (size_t)len, (gint64)k * 10);
        for (unsigned j = k >= 64 ? k - 64 : 0; j <= k; j++) {
            gint64 v = -1;
            const int jlen = g_snprintf(key, sizeof key, "cell %u", j);
            if (elg_memo_get(m, (guint8)(j % 3), key, (size_t)jlen, &v)) {
                assert_int_equal(v, (gint64)j * 10);
                found += j == k;
            }
        }
    }
    assert_int_equal(found, n); /* a cell just put is always found */
    elg_memo_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_byte_tells_cells_apart),
        cmocka_unit_test(cells_are_found_by_bytes_and_kind),
        cmocka_unit_test(answers_stay_right_as_the_table_grows_and_starts_again),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
