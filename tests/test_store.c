/* The row columns of the profile store (store.c): every value survives the
 * slab growing past what was reserved, the blank rows made ahead, and the
 * fit at the end of a load that gives back the room never used. */
#include "testutil.h"

#include "load_row.h"
#include "store.h"

/* Row R's value in row column C: distinct across rows and columns, never
 * a blank value by accident. */
static guint32 value_of(guint r, guint c)
{
    return (r * 2654435761u) ^ (c * 40503u) ^ 0x5A5A5A5Au;
}

static gboolean written(guint r)
{
    return r % 5 != 0; /* the others stay blank (unknown) */
}

static void put(elg_profiles *p, guint r)
{
    for (guint c = 0; c < ELG_RC__COUNT; c++) {
        elg_row_column *col = &p->row_columns[c];
        const guint32 v = value_of(r, c);
        memcpy(col->data + (gsize)r * col->size, &v, col->size);
    }
}

static void check(const elg_profiles *p, guint n)
{
    assert_int_equal(elg_profiles_count(p), n);
    assert_int_equal(p->rows_ahead, 0);
    /* a blank row, read off a row made ahead by a fresh store */
    elg_profiles *blank = elg_store_new("blank.csv", t_ref());
    elg_store_append_row(blank, 2);
    for (guint c = 0; c < ELG_RC__COUNT; c++) {
        const elg_row_column *col = &p->row_columns[c];
        for (guint r = 0; r < n; r++) {
            guint32 want = value_of(r, c), got = 0;
            if (!written(r))
                memcpy(&want, blank->row_columns[c].data, col->size);
            memcpy(&got, col->data + (gsize)r * col->size, col->size);
            if (memcmp(&got, &want, col->size) != 0)
                fail_msg("column %u, row %u: %08x, expected %08x", c, r, got, want);
        }
    }
    elg_profiles_free(blank);
}

static void append_rows(elg_profiles *p, guint from, guint to)
{
    for (guint r = from; r < to; r++) {
        assert_int_equal(elg_store_append_row(p, r + 2), r);
        if (written(r))
            put(p, r);
    }
}

/* More rows than reserved (the slab grows and is copied), then far fewer
 * than a second reservation: the fit moves every column down and gives
 * the rest back.  At 150,000 rows of 19 bytes the slab is in huge pages
 * (outside sanitizer builds), so the pages given back are real. */
static void values_kept_through_growth_and_fit(void **state)
{
    (void)state;
    elg_profiles *p = elg_store_new("rows.csv", t_ref());
    elg_store_reserve(p, 1000, 0, 0);
    append_rows(p, 0, 50000);
    assert_true(p->row_capacity >= 50000);
    elg_store_reserve(p, 400000, 0, 0);
    assert_int_equal(p->row_capacity, 400000);
    append_rows(p, 50000, 150000);
    elg_store_pad(p);
    check(p, 150000);
    elg_store_fit(p);
    assert_int_equal(p->row_capacity, 150000);
    check(p, 150000);
    /* each column now starts where a slab of n rows puts it */
    assert_ptr_equal(p->row_columns[0].data, p->row_slab);
    assert_ptr_equal(p->row_columns[ELG_RC_NAT].data, p->row_slab + 150016);
    elg_profiles_free(p);
}

/* A store with no row has no slab to fit. */
static void empty_store(void **state)
{
    (void)state;
    elg_profiles *p = elg_store_new("empty.csv", t_ref());
    elg_store_pad(p);
    elg_store_fit(p);
    check(p, 0);
    elg_profiles_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(values_kept_through_growth_and_fit),
        cmocka_unit_test(empty_store),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
