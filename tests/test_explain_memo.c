/* The memo of explanations (report.c) gives every row the text a fresh
 * elg_explain() would: the key of each criterion kind (explain.c) holds
 * everything its explanation reads.  Checked row by row on generated
 * candidates against generated posts of every kind, with the default memo
 * and with one so small that it starts again many times.  Rows with cells
 * that could not be read are memoised too, under a tag of those cells:
 * the generated file has some, a few spellings each. */
#include "testutil.h"

#include <string.h>
#include "diags.h"
#include "generate.h"
#include "report.h"
#include "screening.h"

#define ROWS 6000u
#define POSTS 40u

typedef struct {
    char *path;
    GPtrArray *posts;
    elg_profiles *profiles;
    elg_screening *s;
} fixture;

static int setup(void **state)
{
    fixture *f = g_new0(fixture, 1);
    f->posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    elg_diags *d = elg_diags_new();
    gchar *rules = t_path("rules");
    gboolean ok = elg_generate_posts(t_ref(), rules, POSTS, 11, f->posts, d);
    if (!ok)
        elg_diags_print(d, stderr);
    g_free(rules);
    elg_diags_free(d);
    f->path = t_scratch("memo.csv");
    GError *err = NULL;
    if (ok && !elg_generate_file(f->path, 11, ROWS, &err)) {
        fprintf(stderr, "%s\n", err->message);
        g_error_free(err);
        ok = FALSE;
    }
    elg_load_options opt = {0};
    f->profiles = ok ? elg_profiles_load(f->path, t_ref(), &opt, NULL) : NULL;
    if (f->profiles)
        f->s = elg_screen(f->profiles, (elg_post *const *)f->posts->pdata, f->posts->len, 1);
    *state = f;
    return f->s ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *f = *state;
    elg_screening_free(f->s);
    elg_profiles_free(f->profiles);
    g_ptr_array_free(f->posts, TRUE);
    t_scratch_remove(f->path);
    g_free(f);
    return 0;
}

/* Every (post, row) cell through memo M, and its reasons one by one through
 * M_TEXTS (a memo of its own, so that it starts again at other rows),
 * against the unmemoised text; returns the number of cells with reasons. */
static unsigned compare_all(const fixture *f, elg_explain_memo *m, elg_explain_memo *m_texts)
{
    GString *fresh = g_string_new(NULL), *cell = g_string_new(NULL);
    unsigned with_reasons = 0;
    for (guint p = 0; p < f->s->n_posts; p++)
        for (guint row = 0; row < f->s->n_rows; row++) {
            g_string_truncate(fresh, 0);
            g_string_truncate(cell, 0);
            elg_reasons(f->s, p, row, fresh);
            elg_csv_cell(cell, fresh->str);
            const char *text;
            gsize len = elg_reasons_cell(f->s, p, row, m, &text);
            if (len != cell->len || memcmp(text, cell->str, len) != 0)
                fail_msg("post %s, row %u: memoised \"%.*s\", fresh \"%s\"", f->s->posts[p].post->id, row,
                         (int)len, text, cell->str);
            with_reasons += len > 0;
            /* the same reasons one by one (the text and JSON reports), with their states */
            elg_reason why[ELG_MAX_CRITERIA];
            const guint n = elg_reason_texts(f->s, p, row, m_texts, why);
            g_string_truncate(cell, 0);
            for (guint i = 0; i < n; i++) {
                g_string_append(cell, i ? "; " : "");
                g_string_append_len(cell, why[i].text, why[i].len);
                const gboolean escapes = strpbrk(cell->str + cell->len - why[i].len, "\"\\\t\r\n") != NULL;
                assert_int_equal(why[i].json_escapes, escapes);
            }
            if (strcmp(cell->str, fresh->str) != 0)
                fail_msg("post %s, row %u: one by one \"%s\", fresh \"%s\"", f->s->posts[p].post->id, row,
                         cell->str, fresh->str);
            guint k = 0;
            for (guint c = 0; c < f->s->posts[p].post->n_essential; c++) {
                const elg_state st = elg_result_state(&f->s->posts[p], c, row);
                if (f->s->posts[p].bound[c].decides && st != ELG_MET)
                    assert_int_equal(why[k++].state, st);
            }
            assert_int_equal(k, n);
        }
    g_string_free(fresh, TRUE);
    g_string_free(cell, TRUE);
    return with_reasons;
}

static void test_default_memo(void **state)
{
    const fixture *f = *state;
    elg_explain_memo *m = elg_explain_memo_new(0), *m_texts = elg_explain_memo_new(0);
    unsigned with_reasons = compare_all(f, m, m_texts);
    /* most rows fail something on most posts: the comparison is not empty */
    assert_true(with_reasons > ROWS * POSTS / 2);
    /* the comparison covers rows that quote a cell they could not read */
    guint unread = 0;
    for (guint row = 0; row < ROWS; row++)
        unread += (ELG_ROW_VALUE(f->profiles->flags, guint8, row) & ELG_ROW_UNREAD) != 0;
    assert_true(unread >= ROWS / 100);
    /* the keys hold only what the text reads, so the distinct explanations
     * of 240,000 cells fit without starting again */
    assert_int_equal(elg_explain_memo_restarts(m), 0);
    elg_explain_memo_free(m);
    elg_explain_memo_free(m_texts);
}

static void test_small_memo_starts_again(void **state)
{
    const fixture *f = *state;
    elg_explain_memo *m = elg_explain_memo_new(16), *m_texts = elg_explain_memo_new(16);
    compare_all(f, m, m_texts);
    assert_true(elg_explain_memo_restarts(m_texts) > 100);
    assert_true(elg_explain_memo_restarts(m) > 100);
    elg_explain_memo_free(m);
    elg_explain_memo_free(m_texts);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_memo),
        cmocka_unit_test(test_small_memo_starts_again),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
