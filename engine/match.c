/* The match loop: every candidate against every post (DESIGN.md s.3).
 *
 * Candidates go through in blocks of 64.  Each criterion fills two bitmaps
 * (met, unknown) for the block; status, essential counts and the desirable
 * score are derived from those words without allocating.  Blocks are split
 * across threads by range, each thread writing only its own rows, so the
 * result does not depend on the number of threads.  Ranking sorts once per post. */
#include <stdlib.h>
#include <string.h>
#include "screening.h"

typedef struct {
    elg_screening *s;
    guint word_from, word_to;
} work_range;

static void screen_block(elg_post_result *r, guint n_words, guint word, guint n_rows)
{
    guint row0 = word * 64;
    guint n = n_rows - row0 < 64 ? n_rows - row0 : 64;
    guint64 any_failed = 0, any_unknown = 0;
    guint8 *ess_met = r->ess_met + row0, *ess_unk = r->ess_unk + row0, *ess_fail = r->ess_fail + row0;
    guint8 *des_met = r->des_met + row0, *des_unk = r->des_unk + row0;
    double *score = r->score + row0;
    memset(ess_met, 0, n);
    memset(ess_unk, 0, n);
    memset(ess_fail, 0, n);
    memset(des_met, 0, n);
    memset(des_unk, 0, n);
    for (guint i = 0; i < n; i++)
        score[i] = 0;
    for (guint c = 0; c < r->n_crit; c++) {
        const elg_bound *b = &r->bound[c];
        guint64 met, unk;
        elg_eval[b->cr->kind](b, row0, n, &met, &unk);
        r->met[(gsize)c * n_words + word] = met;
        r->unk[(gsize)c * n_words + word] = unk;
        guint64 lanes = n == 64 ? ~(guint64)0 : (((guint64)1 << n) - 1);
        guint64 failed = ~met & ~unk & lanes;
        if (b->cr->essential) {
            if (!b->decides)
                continue;
            any_failed |= failed;
            any_unknown |= unk;
            for (guint i = 0; i < n; i++) {
                ess_met[i] += (guint8)((met >> i) & 1);
                ess_unk[i] += (guint8)((unk >> i) & 1);
                ess_fail[i] += (guint8)((failed >> i) & 1);
            }
        } else {
            const double w = b->cr->weight;
            for (guint i = 0; i < n; i++) {
                score[i] += w * (double)((met >> i) & 1);
                des_met[i] += (guint8)((met >> i) & 1);
                des_unk[i] += (guint8)((unk >> i) & 1);
            }
        }
    }
    const double total = r->post->desirable_weight;
    for (guint i = 0; i < n; i++) {
        score[i] = total > 0 ? score[i] * 100.0 / total : 0;
        guint8 st = ((any_failed >> i) & 1) ? ELG_INELIGIBLE
                    : ((any_unknown >> i) & 1) ? ELG_REVIEW : ELG_ELIGIBLE;
        r->status[row0 + i] = st;
    }
}

static gpointer screen_range(gpointer data)
{
    work_range *w = data;
    elg_screening *s = w->s;
    for (guint p = 0; p < s->n_posts; p++)
        for (guint word = w->word_from; word < w->word_to; word++)
            screen_block(&s->posts[p], s->n_words, word, s->n_rows);
    return NULL;
}

/* Rank: eligible, review, ineligible; then desirable score, highest first;
 * then fewer unknown essentials; then candidate_id; then file order. */
typedef struct {
    const elg_post_result *r;
    const elg_profiles *p;
} rank_ctx;

static int compare_rows(const void *a, const void *b, void *data)
{
    const rank_ctx *ctx = data;
    guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
    const elg_post_result *r = ctx->r;
    if (r->status[x] != r->status[y])
        return r->status[x] < r->status[y] ? -1 : 1;
    if (r->score[x] != r->score[y])
        return r->score[x] > r->score[y] ? -1 : 1;
    if (r->ess_unk[x] != r->ess_unk[y])
        return r->ess_unk[x] < r->ess_unk[y] ? -1 : 1;
    int c = strcmp(g_ptr_array_index(ctx->p->ids, x), g_ptr_array_index(ctx->p->ids, y));
    if (c)
        return c;
    return x < y ? -1 : x > y;
}

static void rank_post(elg_screening *s, elg_post_result *r)
{
    for (guint i = 0; i < s->n_rows; i++)
        r->order[i] = i;
    rank_ctx ctx = {r, s->profiles};
    g_qsort_with_data(r->order, (gint)s->n_rows, sizeof(guint32), compare_rows, &ctx);
    for (guint i = 0; i < s->n_rows; i++)
        r->rank[r->order[i]] = i + 1;
    for (guint i = 0; i < s->n_rows; i++)
        r->counts[r->status[i]]++;
    for (guint c = 0; c < r->n_crit; c++) {
        const guint64 *met = r->met + (gsize)c * s->n_words, *unk = r->unk + (gsize)c * s->n_words;
        guint m = 0, u = 0;
        for (guint w = 0; w < s->n_words; w++) {
            m += (guint)__builtin_popcountll(met[w]);
            u += (guint)__builtin_popcountll(unk[w]);
        }
        r->crit_met[c] = m;
        r->crit_unknown[c] = u;
        r->crit_failed[c] = s->n_rows - m - u;
    }
}

static void result_init(elg_post_result *r, const elg_post *post, const elg_profiles *p, guint n_words)
{
    guint n = p->n;
    r->post = post;
    r->n_crit = post->criteria->len;
    r->bound = g_new0(elg_bound, r->n_crit ? r->n_crit : 1);
    for (guint c = 0; c < r->n_crit; c++) {
        elg_bind(&r->bound[c], elg_post_criterion(post, c), p);
        if (r->bound[c].decides)
            r->ess_total++;
    }
    gsize bits = (gsize)r->n_crit * n_words;
    r->met = g_new0(guint64, bits ? bits : 1);
    r->unk = g_new0(guint64, bits ? bits : 1);
    gsize rows = n ? n : 1;
    r->status = g_new0(guint8, rows);
    r->ess_met = g_new0(guint8, rows);
    r->ess_unk = g_new0(guint8, rows);
    r->ess_fail = g_new0(guint8, rows);
    r->des_met = g_new0(guint8, rows);
    r->des_unk = g_new0(guint8, rows);
    r->score = g_new0(double, rows);
    r->order = g_new0(guint32, rows);
    r->rank = g_new0(guint32, rows);
    r->crit_met = g_new0(guint, r->n_crit ? r->n_crit : 1);
    r->crit_failed = g_new0(guint, r->n_crit ? r->n_crit : 1);
    r->crit_unknown = g_new0(guint, r->n_crit ? r->n_crit : 1);
}

static void result_clear(elg_post_result *r)
{
    for (guint c = 0; c < r->n_crit; c++)
        g_free(r->bound[c].bits);
    g_free(r->bound);
    void *arrays[] = {r->met, r->unk, r->status, r->ess_met, r->ess_unk, r->ess_fail, r->des_met,
                      r->des_unk, r->score, r->order, r->rank, r->crit_met, r->crit_failed, r->crit_unknown};
    for (size_t i = 0; i < G_N_ELEMENTS(arrays); i++)
        g_free(arrays[i]);
}

elg_screening *elg_screen(const elg_profiles *profiles, elg_post *const *posts, unsigned n_posts,
                          unsigned threads)
{
    elg_screening *s = g_new0(elg_screening, 1);
    s->profiles = profiles;
    s->n_rows = profiles->n;
    s->n_words = (s->n_rows + 63) / 64;
    s->n_posts = n_posts;
    s->posts = g_new0(elg_post_result, n_posts ? n_posts : 1);
    for (guint p = 0; p < n_posts; p++)
        result_init(&s->posts[p], posts[p], profiles, s->n_words);

    if (threads == 0)
        threads = g_get_num_processors();
    /* a thread needs enough blocks to be worth starting */
    guint max_threads = s->n_words / 64 + 1;
    if (threads > max_threads)
        threads = max_threads;
    work_range *ranges = g_new0(work_range, threads);
    GThread **pool = g_new0(GThread *, threads);
    for (guint t = 0; t < threads; t++) {
        ranges[t].s = s;
        ranges[t].word_from = (guint)((guint64)s->n_words * t / threads);
        ranges[t].word_to = (guint)((guint64)s->n_words * (t + 1) / threads);
        if (t > 0)
            pool[t] = g_thread_new("eligo-match", screen_range, &ranges[t]);
    }
    screen_range(&ranges[0]);
    for (guint t = 1; t < threads; t++)
        g_thread_join(pool[t]);
    g_free(pool);
    g_free(ranges);
    for (guint p = 0; p < n_posts; p++)
        rank_post(s, &s->posts[p]);
    return s;
}

void elg_screening_free(elg_screening *s)
{
    if (!s)
        return;
    for (guint p = 0; p < s->n_posts; p++)
        result_clear(&s->posts[p]);
    g_free(s->posts);
    g_free(s);
}

elg_status elg_screening_status(const elg_screening *s, unsigned p, unsigned row)
{
    return (elg_status)s->posts[p].status[row];
}

unsigned elg_screening_rank(const elg_screening *s, unsigned p, unsigned row)
{
    return s->posts[p].rank[row];
}

unsigned elg_screening_row_at(const elg_screening *s, unsigned p, unsigned rank)
{
    return s->posts[p].order[rank - 1];
}

double elg_screening_score(const elg_screening *s, unsigned p, unsigned row)
{
    return s->posts[p].score[row];
}

elg_state elg_screening_state(const elg_screening *s, unsigned p, unsigned c, unsigned row)
{
    return elg_result_state(&s->posts[p], s->n_words, c, row);
}

const char *elg_status_name(elg_status st)
{
    static const char *const names[] = {"eligible", "review", "ineligible"};
    return st <= ELG_INELIGIBLE ? names[st] : "?";
}

const char *elg_state_name(elg_state st)
{
    static const char *const names[] = {"met", "not_met", "unknown"};
    return st <= ELG_UNKNOWN ? names[st] : "?";
}
