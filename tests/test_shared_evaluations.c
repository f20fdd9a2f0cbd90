/* Posts that ask the same of a candidate share one evaluation per block
 * (match.c, share_evaluations): the bits are those each post gets when
 * screened alone, criteria that read the same are shared, and criteria
 * that differ in any one parameter are not. */
#include "test_eval.h"
#include "generate.h"

#define ROWS 3000

/* Every parameter of every kind, as post "a" asks it. */
#define BASE_ESSENTIAL                                                                                 \
    "{\"id\": \"nat\", \"kind\": \"nationality\"},"                                                    \
    "{\"id\": \"edu\", \"kind\": \"education\", \"level\": \"bachelor\", \"equivalent\": true},"       \
    "{\"id\": \"edu_years\", \"kind\": \"education\", \"level\": \"bachelor\", \"or_years\": 10},"       \
    "{\"id\": \"pm\", \"kind\": \"experience\", \"years\": 5, \"field\": \"project_management\"},"    \
    "{\"id\": \"total\", \"kind\": \"experience\", \"years\": 10},"                                    \
    "{\"id\": \"langs\", \"kind\": \"languages\", \"one\": \"V\", \"other\": \"II\"},"                 \
    "{\"id\": \"es\", \"kind\": \"language\", \"language\": \"es\", \"level\": \"III\"},"              \
    "{\"id\": \"clr\", \"kind\": \"clearance\", \"level\": \"NS\"},"                                   \
    "{\"id\": \"deadline\", \"kind\": \"deadline\"},"                                                  \
    "{\"id\": \"drafting\", \"kind\": \"panel\"}"
#define BASE_DESIRABLE "{\"id\": \"pmc\", \"kind\": \"skill\", \"tags\": [\"project_management_certification\"]}"

/* Post "c": each criterion differs from "a"'s of the same id in one
 * parameter, but for "langs", whose languages are only listed the other
 * way round (the evaluator reads the pair symmetrically), and "interview",
 * a panel question the file does not answer.  Its deadline is
 * before Sweden joined NATO, so "nat" differs too. */
#define OTHER_ESSENTIAL                                                                                \
    "{\"id\": \"nat\", \"kind\": \"nationality\"},"                                                    \
    "{\"id\": \"edu\", \"kind\": \"education\", \"level\": \"bachelor\"},"                             \
    "{\"id\": \"pm\", \"kind\": \"experience\", \"years\": 4, \"field\": \"project_management\"},"    \
    "{\"id\": \"total\", \"kind\": \"experience\", \"years\": 10, \"field\": \"defence_security\"},"  \
    "{\"id\": \"langs\", \"kind\": \"languages\", \"languages\": [\"fr\", \"en\"], \"one\": \"V\", \"other\": \"II\"}," \
    "{\"id\": \"es\", \"kind\": \"language\", \"language\": \"pl\", \"level\": \"III\"},"              \
    "{\"id\": \"clr\", \"kind\": \"clearance\", \"level\": \"CTS\"},"                                  \
    "{\"id\": \"deadline\", \"kind\": \"deadline\"},"                                                  \
    "{\"id\": \"interview\", \"kind\": \"panel\"},"                                                 \
    "{\"id\": \"edu_staff\", \"kind\": \"education\", \"level\": \"bachelor\", \"staff_college\": true, \"equivalent\": true}," \
    "{\"id\": \"edu_master\", \"kind\": \"education\", \"level\": \"master\", \"equivalent\": true},"                 \
    "{\"id\": \"edu_years\", \"kind\": \"education\", \"level\": \"bachelor\", \"or_years\": 7},"         \
    "{\"id\": \"edu_years_level\", \"kind\": \"education\", \"level\": \"bachelor\", \"or_years\": 10, \"or_level\": \"secondary\"}," \
    "{\"id\": \"langs3\", \"kind\": \"languages\", \"one\": \"V\", \"other\": \"III\"},"              \
    "{\"id\": \"langs4\", \"kind\": \"languages\", \"one\": \"IV\", \"other\": \"II\"},"              \
    "{\"id\": \"pm_ds\", \"kind\": \"experience\", \"years\": 5, \"field\": \"defence_security\"},"  \
    "{\"id\": \"langs_es\", \"kind\": \"languages\", \"languages\": [\"en\", \"es\"], \"one\": \"V\", \"other\": \"II\"}"
#define OTHER_DESIRABLE "{\"id\": \"pmc\", \"kind\": \"skill\", \"tags\": [\"agile\"]}"

static char *generated_csv(void)
{
    GError *err = NULL;
    char *path = t_scratch("c.csv"), *text = NULL;
    assert_true(elg_generate_file(path, 5, ROWS, &err));
    assert_true(g_file_get_contents(path, &text, NULL, &err));
    t_scratch_remove(path);
    return text;
}

/* Every state of post P of TOGETHER equals that of post 0 of ALONE. */
static void assert_same_states(const tx *together, unsigned p, const tx *alone)
{
    const elg_post_result *r = &together->s->posts[p], *a = &alone->s->posts[0];
    assert_int_equal(r->n_crit, a->n_crit);
    unsigned bad = 0;
    for (unsigned c = 0; c < r->n_crit; c++)
        for (unsigned row = 0; row < together->s->n_rows; row++)
            if (elg_result_state(r, c, row) != elg_result_state(a, c, row) && bad++ < 10)
                fprintf(stderr, "post %u, %s, row %u: %s together, %s alone\n", p, r->bound[c].cr->id, row,
                        tx_state_name(elg_result_state(r, c, row)), tx_state_name(elg_result_state(a, c, row)));
    for (unsigned row = 0; row < together->s->n_rows; row++)
        bad += elg_result_status(r, row) != elg_result_status(a, row);
    assert_int_equal(bad, 0);
}

static void shared_only_when_the_same(void **state)
{
    (void)state;
    char *csv = generated_csv();
    char *a = tx_rules("a", "\"2025-03-19\"", BASE_ESSENTIAL, BASE_DESIRABLE);
    char *b = tx_rules("b", "\"2025-03-19\"", BASE_ESSENTIAL, BASE_DESIRABLE);
    char *c = tx_rules("c", "\"2024-01-10\"", OTHER_ESSENTIAL, OTHER_DESIRABLE);
    const char *all[] = {a, b, c, NULL};
    for (unsigned threads = 1; threads <= 2; threads++) {
        tx *t = tx_new_threads(csv, all, threads);
        /* "b" is "a" again: all of it shared with "a", in the same place,
         * and stored once: "b" keeps only its status words */
        const elg_post_result *ra = &t->s->posts[0], *rb = &t->s->posts[1];
        assert_int_equal(ra->stride, 2 + 2 * ra->n_crit);
        assert_int_equal(rb->stride, 2);
        for (unsigned k = 0; k < rb->n_crit; k++) {
            assert_true(rb->bound[k].shared);
            assert_int_equal(rb->bound[k].same_post, 0);
            assert_int_equal(rb->bound[k].same_crit, k);
            assert_ptr_equal(&ELG_W_MET(rb, 7, k), &ELG_W_MET(ra, 7, k));
        }
        /* "c" shares its languages pair only, and nothing with itself */
        const elg_post_result *rc = &t->s->posts[2];
        assert_int_equal(rc->stride, 2 + 2 * (rc->n_crit - 1));
        for (unsigned k = 0; k < rc->n_crit; k++) {
            const elg_bound *bk = &rc->bound[k];
            if (strcmp(bk->cr->id, "langs") == 0) {
                assert_true(bk->shared);
                assert_int_equal(bk->same_post, 0);
                assert_int_equal(bk->same_crit, tx_crit(t, 0, "langs"));
            } else if (bk->shared) {
                fail_msg("criterion %s of post c shares criterion %u of post %u", bk->cr->id, bk->same_crit,
                         bk->same_post);
            }
        }
        /* the comparison itself, whatever the hashes say: each criterion of
         * "c" against each of "a" */
        for (unsigned k = 0; k < rc->n_crit; k++)
            for (unsigned j = 0; j < ra->n_crit; j++) {
                const gboolean want = strcmp(rc->bound[k].cr->id, "langs") == 0 && j == tx_crit(t, 0, "langs");
                if (elg_bound_same(&rc->bound[k], &ra->bound[j], t->profiles) != want ||
                    elg_bound_same(&ra->bound[j], &rc->bound[k], t->profiles) != want)
                    fail_msg("%s of post c and %s of post a: %s", rc->bound[k].cr->id, ra->bound[j].cr->id,
                             want ? "read the same, not seen" : "differ, seen as the same");
            }
        const char *const alone_list[][2] = {{a, NULL}, {b, NULL}, {c, NULL}};
        for (unsigned p = 0; p < 3; p++) {
            tx *alone = tx_new_threads(csv, alone_list[p], threads);
            assert_same_states(t, p, alone);
            tx_free(alone);
        }
        tx_free(t);
    }
    g_free(a);
    g_free(b);
    g_free(c);
    g_free(csv);
}

/* Within one post the second of two identical criteria reads the first's bits. */
static void shared_within_a_post(void **state)
{
    (void)state;
    char *csv = generated_csv();
    char *r = tx_rules("w", "\"2025-03-19\"",
                       "{\"id\": \"one\", \"kind\": \"clearance\", \"level\": \"NS\"},"
                       "{\"id\": \"two\", \"kind\": \"clearance\", \"level\": \"NS\"}",
                       "{\"id\": \"three\", \"kind\": \"clearance\", \"level\": \"NS\"}");
    tx *t = tx_new1(csv, r);
    const elg_post_result *rw = &t->s->posts[0];
    assert_false(rw->bound[0].shared);
    assert_true(rw->bound[1].shared && rw->bound[1].same_post == 0 && rw->bound[1].same_crit == 0);
    assert_true(rw->bound[2].shared && rw->bound[2].same_crit == 0);
    assert_int_equal(rw->stride, 4); /* its status, and "one" */
    assert_ptr_equal(&ELG_W_UNK(rw, 3, 2), &ELG_W_UNK(rw, 3, 0));
    unsigned met = 0;
    for (unsigned row = 0; row < t->s->n_rows; row++) {
        const elg_state s0 = elg_result_state(rw, 0, row);
        assert_int_equal(elg_result_state(rw, 1, row), s0);
        assert_int_equal(elg_result_state(rw, 2, row), s0);
        met += s0 == MET;
    }
    /* the file holds NS holders and others: the comparison means something */
    assert_true(met > 0 && met < t->s->n_rows);
    tx_free(t);
    g_free(r);
    g_free(csv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shared_only_when_the_same),
        cmocka_unit_test(shared_within_a_post),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
