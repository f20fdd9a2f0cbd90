/* The match loop: every candidate against every post (DESIGN.md s.3).
 *
 * Candidates go through in blocks of 64.  Each criterion fills two bitmaps
 * (met, unknown) for the block, and the block's status is two more words
 * (an essential failed; else one unknown), combined with bit operations:
 * the loop writes nothing per row and allocates nothing.  Threads take
 * ranges of up to 4096 rows and run every post over a range before the
 * next, so the columns of a range stay in cache; at the start of a range a
 * thread gathers the experience years of its rows in every field asked for
 * (its elg_scan).  A criterion that reads the same as one met earlier in
 * that order (posts of one organisation share nationality, languages and
 * education) copies its words instead of evaluating again.  Each thread
 * writes only its own words, so the result does not depend on the number
 * of threads.
 *
 * Ranking sorts once per post.  The unknown essentials and the desirable
 * weight sum of each row are counted there, from the bitmaps, with
 * table-driven SWAR arithmetic (byte and 16-bit lane counters per word);
 * the rows are then ordered by a counting sort over (status, score place,
 * unknown essentials) groups taken in candidate_id order (computed once for
 * all posts), or a radix sort of 64-bit keys when there are many groups or
 * the weights are fractional.  Posts are bound and ranked in parallel. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "progress.h"
#include "screening.h"
#include "threads.h"
#include "values.h"

#define RANGE_WORDS 64u /* 4096 rows at most: a range's columns stay in L1/L2 */
#define SCAN_YEARS (64u * 1024) /* years gathered per range: 256 KiB, in L2 */

/* spread8[b]: bit i of b as byte i (0 or 1) of a little-endian word;
 * spread4[b]: bit i of a nibble as 16-bit lane i. */
static guint64 spread8[256], spread4[16];

static void init_tables(void)
{
    static gsize done = 0;
    if (g_once_init_enter(&done)) {
        for (guint b = 0; b < 256; b++) {
            guint64 v = 0;
            for (guint i = 0; i < 8; i++)
                if (b & (1u << i))
                    v |= (guint64)1 << (8 * i);
            spread8[b] = v;
        }
        for (guint b = 0; b < 16; b++) {
            guint64 v = 0;
            for (guint i = 0; i < 4; i++)
                if (b & (1u << i))
                    v |= (guint64)1 << (16 * i);
            spread4[b] = v;
        }
        g_once_init_leave(&done, 1);
    }
}

static void screen_block(elg_post_result *posts, guint p, const elg_scan *sc, guint word, guint n_rows)
{
    elg_post_result *r = &posts[p];
    const guint row0 = word * 64;
    const guint n = n_rows - row0 < 64 ? n_rows - row0 : 64;
    const guint64 lanes = n == 64 ? ~(guint64)0 : (((guint64)1 << n) - 1);
    guint64 any_failed = 0, any_unknown = 0;
    for (guint c = 0; c < r->n_crit; c++) {
        const elg_bound *b = &r->bound[c];
        guint64 *words = &ELG_W_MET(r, word, c);
        guint64 met, unk;
        if (b->shared) { /* written for this block earlier in the loop */
            met = words[0];
            unk = words[1];
        } else {
            elg_eval[b->eval](b, sc, row0, n, &met, &unk);
            words[0] = met;
            words[1] = unk;
        }
        /* branch-free: a criterion that does not decide adds nothing */
        const guint64 decides = -(guint64)b->decides;
        any_failed |= ~met & ~unk & lanes & decides;
        any_unknown |= unk & decides;
    }
    ELG_W_FAILED(r, word) = any_failed;
    ELG_W_REVIEW(r, word) = any_unknown & ~any_failed;
}

typedef struct {
    elg_screening *s;
    gint next;      /* atomic: next range of range_words words */
    GThread *caller; /* the thread that shows progress */
    elg_progress pg;
} match_work;

/* The years of the rows of words FROM.. TO - 1 in each field asked for,
 * from the store's pairs (one pass for all the fields). */
static void gather_years(const elg_screening *s, elg_scan *sc, guint from, guint to)
{
    const elg_profiles *p = s->profiles;
    const guint r0 = from * 64, r1 = MIN(s->n_rows, to * 64);
    G_STATIC_ASSERT(ELG_UNKNOWN_YEARS == -1); /* every byte 0xFF */
    for (guint j = 0; j < s->n_fields_asked; j++)
        memset(sc->years + (gsize)j * sc->range_rows, 0xFF, (r1 - r0) * sizeof(gint32));
    const guint32 *start = (const guint32 *)p->exp_start->data;
    const guint32 *field = (const guint32 *)p->exp_field->data;
    const gint32 *years = (const gint32 *)p->exp_years->data;
    const guint32 k0 = start[r0], k1 = start[r1];
    if (k0 == k1)
        return;
    /* pair by pair, without a branch on how many pairs a row holds (0 to 3,
     * which the CPU would mispredict): each row but the first marks where
     * its pairs begin, and a running sum of the marks is each pair's row */
    guint32 *mark = sc->pair_row;
    memset(mark, 0, (k1 - k0 + 1) * sizeof *mark);
    for (guint r = r0 + 1; r < r1; r++)
        mark[start[r] - k0]++;
    const guint32 *slot = s->field_slot;
    const gsize rows = sc->range_rows;
    guint32 row = 0;
    for (guint32 k = k0; k < k1; k++) {
        row += mark[k - k0];
        sc->years[(gsize)slot[field[k]] * rows + row] = years[k];
    }
}

static gpointer match_worker(gpointer data)
{
    match_work *w = data;
    elg_screening *s = w->s;
    elg_scan sc = {.range_rows = s->range_words * 64};
    /* also when no field asked for is in the file: the slot never written */
    const gsize slots = (gsize)(s->n_fields_asked + 2) * sc.range_rows;
    sc.years = g_new(gint32, slots);
    memset(sc.years, 0xFF, slots * sizeof(gint32));
    sc.pair_row = g_new(guint32, s->range_pairs + 1);
    for (;;) {
        guint from = (guint)g_atomic_int_add(&w->next, 1) * s->range_words;
        if (from >= s->n_words)
            break;
        guint to = MIN(s->n_words, from + s->range_words);
        sc.row0 = from * 64;
        if (s->n_fields_asked)
            gather_years(s, &sc, from, to);
        for (guint p = 0; p < s->n_posts; p++)
            for (guint word = from; word < to; word++)
                screen_block(s->posts, p, &sc, word, s->n_rows);
        if (g_thread_self() == w->caller)
            elg_progress_update(&w->pg, "screening", (guint64)MIN(s->n_rows, to * 64) * s->n_posts,
                                "verdicts");
    }
    g_free(sc.years);
    g_free(sc.pair_row);
    return NULL;
}

/* A slot in elg_scan for each experience field the posts ask for, and the
 * size of a range such that the years gathered for it stay in L2. */
static void assign_field_slots(elg_screening *s)
{
    const guint n_fields = s->profiles->field_names->len;
    s->field_slot = g_new(guint32, n_fields ? n_fields : 1);
    for (guint f = 0; f < n_fields; f++)
        s->field_slot[f] = G_MAXUINT32;
    guint asked = 0;
    for (guint p = 0; p < s->n_posts; p++)
        for (guint c = 0; c < s->posts[p].n_crit; c++) {
            elg_bound *b = &s->posts[p].bound[c];
            if (b->cr->kind != ELG_KIND_EXPERIENCE)
                continue;
            for (guint k = 0; k < b->cr->n_fields; k++) {
                const gint f = b->field[k];
                if (f >= 0 && s->field_slot[f] == G_MAXUINT32)
                    s->field_slot[f] = asked++;
                b->field_slot[k] = f >= 0 ? s->field_slot[f] : G_MAXUINT32;
            }
        }
    /* then the slot never written (a field no row has) and the sink (the
     * pairs of fields no post asks for) */
    s->n_fields_asked = asked;
    for (guint p = 0; p < s->n_posts; p++)
        for (guint c = 0; c < s->posts[p].n_crit; c++)
            for (guint k = 0; k < ELG_FIELDS_MAX; k++)
                if (s->posts[p].bound[c].field_slot[k] == G_MAXUINT32)
                    s->posts[p].bound[c].field_slot[k] = asked;
    for (guint f = 0; f < n_fields; f++)
        if (s->field_slot[f] == G_MAXUINT32)
            s->field_slot[f] = asked + 1;
    s->range_words = CLAMP(SCAN_YEARS / ((asked + 2) * 64), 1, RANGE_WORDS);
    /* the most pairs a range holds: gather_years' scratch */
    const guint32 *start = (const guint32 *)s->profiles->exp_start->data;
    const guint range_rows = s->range_words * 64;
    s->range_pairs = 0;
    for (guint r0 = 0; asked && r0 < s->n_rows; r0 += range_rows)
        s->range_pairs = MAX(s->range_pairs, start[MIN(s->n_rows, r0 + range_rows)] - start[r0]);
}

typedef struct {
    const elg_bound *b;
    const elg_profiles *p;
    guint post, crit;
} evaluation;

static guint evaluation_hash(gconstpointer e)
{
    const evaluation *x = e;
    return elg_bound_hash(x->b, x->p);
}

static gboolean evaluation_equal(gconstpointer a, gconstpointer b)
{
    const evaluation *x = a, *y = b;
    return elg_bound_same(x->b, y->b, x->p);
}

/* Posts share criteria (nationality of a member state, "V in one, II in the
 * other", a degree): each evaluation is made once per block, by the first
 * criterion in loop order (post, then criterion) that reads the same, and
 * copied by the others. */
static void share_evaluations(elg_screening *s)
{
    guint total = 0;
    for (guint p = 0; p < s->n_posts; p++)
        total += s->posts[p].n_crit;
    evaluation *all = g_new(evaluation, total ? total : 1);
    GHashTable *first = g_hash_table_new(evaluation_hash, evaluation_equal);
    guint k = 0;
    for (guint p = 0; p < s->n_posts; p++)
        for (guint c = 0; c < s->posts[p].n_crit; c++, k++) {
            elg_bound *b = &s->posts[p].bound[c];
            all[k] = (evaluation){b, s->profiles, p, c};
            const evaluation *e = g_hash_table_lookup(first, &all[k]);
            if (e) {
                b->shared = TRUE;
                b->same_post = e->post;
                b->same_crit = e->crit;
            } else {
                g_hash_table_add(first, &all[k]);
            }
        }
    g_hash_table_destroy(first);
    g_free(all);
}

/* --- ranking ------------------------------------------------------------- */

/* LSD radix sort of KEYS (N) by their low BITS bits, stable, carrying VALS
 * along (when not NULL); TK and TV are scratch of N slots.  Passes whose
 * byte is the same in every key are skipped. */
static void radix_sort(guint64 *keys, guint32 *vals, guint64 *tk, guint32 *tv, gsize n, guint bits)
{
    gsize count[256];
    guint64 *k = keys, *k2 = tk;
    guint32 *v = vals, *v2 = tv;
    for (guint shift = 0; shift < bits && n > 0; shift += 8) {
        memset(count, 0, sizeof count);
        for (gsize i = 0; i < n; i++)
            count[(k[i] >> shift) & 0xFF]++;
        if (count[(k[0] >> shift) & 0xFF] == n)
            continue;
        gsize sum = 0;
        for (guint d = 0; d < 256; d++) {
            gsize c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (gsize i = 0; i < n; i++) {
            gsize to = count[(k[i] >> shift) & 0xFF]++;
            k2[to] = k[i];
            if (v)
                v2[to] = v[i];
        }
        guint64 *tk2 = k;
        k = k2;
        k2 = tk2;
        guint32 *tv2 = v;
        v = v2;
        v2 = tv2;
    }
    if (k != keys) {
        memcpy(keys, k, n * sizeof *keys);
        if (vals)
            memcpy(vals, v, n * sizeof *vals);
    }
}

typedef struct {
    const elg_profiles *p;
    const guint32 *rows;
} id_ctx;

static int compare_ids(const void *a, const void *b, void *data)
{
    const id_ctx *ctx = data;
    guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
    int c = strcmp(g_ptr_array_index(ctx->p->ids, x), g_ptr_array_index(ctx->p->ids, y));
    return c ? c : (x < y ? -1 : x > y);
}

/* Keys sorted but for the rows in ASIDE (few): sort those by (key, row) and
 * merge them back, from the end, into KEYS and BY_ID (N slots, the first
 * N - N_ASIDE of them holding the rows kept in order). */
static void merge_aside(guint64 *keys, guint32 *by_id, guint n, guint64 *aside_keys, guint32 *aside_rows,
                        guint n_aside)
{
    guint64 *tk = g_new(guint64, n_aside);
    guint32 *tv = g_new(guint32, n_aside);
    radix_sort(aside_keys, aside_rows, tk, tv, n_aside, 64); /* stable: rows stay ascending */
    g_free(tk);
    g_free(tv);
    gint64 i = (gint64)(n - n_aside) - 1, j = (gint64)n_aside - 1;
    for (gint64 out = (gint64)n - 1; j >= 0; out--) {
        /* the greater (key, row) goes last */
        if (i >= 0 && (keys[i] > aside_keys[j] || (keys[i] == aside_keys[j] && by_id[i] > aside_rows[j]))) {
            keys[out] = keys[i];
            by_id[out] = by_id[i--];
        } else {
            keys[out] = aside_keys[j];
            by_id[out] = aside_rows[j--];
        }
    }
}

/* BY_ID[k] = the row at place k in (candidate_id, row) order; ID_RANK its
 * inverse.  KEYS and TK are scratch of N 64-bit words. */
static void id_order(const elg_profiles *p, guint32 *by_id, guint32 *id_rank, guint64 *keys, guint64 *tk)
{
    guint n = p->n;
    if (n == 0)
        return;
    /* sort by the first 8 bytes of the id (big-endian, so as strcmp), the
     * rows of equal keys staying in file order; ids that share 8 bytes and
     * are longer are then ordered by strcmp */
    for (guint i = 0; i < n; i++) {
        const unsigned char *id = g_ptr_array_index(p->ids, i);
        guint64 prefix = 0;
        guint k = 0;
        for (; k < 8 && id[k]; k++)
            prefix = prefix << 8 | id[k];
        keys[i] = k ? prefix << (8 * (8 - k)) : 0;
    }
    /* exports are often sorted by id but for a few rows (a duplicate, an
     * empty id): the rows below the running maximum are set aside, sorted
     * and merged back; many of them, and it is a radix sort of all */
    guint n_aside = 0;
    guint64 max = 0;
    for (guint i = 0; i < n; i++) {
        n_aside += keys[i] < max;
        max = MAX(max, keys[i]);
    }
    if (n_aside <= n / 8) {
        guint32 *aside_rows = g_new(guint32, n_aside ? n_aside : 1);
        guint kept = 0, aside = 0;
        max = 0;
        for (guint i = 0; i < n; i++) {
            if (keys[i] >= max) {
                max = keys[i];
                keys[kept] = keys[i];
                by_id[kept++] = i;
            } else {
                tk[aside] = keys[i];
                aside_rows[aside++] = i;
            }
        }
        if (n_aside)
            merge_aside(keys, by_id, n, tk, aside_rows, n_aside);
        g_free(aside_rows);
    } else {
        for (guint i = 0; i < n; i++)
            by_id[i] = i;
        guint32 *tv = g_new(guint32, n);
        radix_sort(keys, by_id, tk, tv, n, 64);
        g_free(tv);
    }
    id_ctx ctx = {p, NULL};
    for (guint i = 0; i < n;) {
        guint j = i + 1;
        while (j < n && keys[j] == keys[i])
            j++;
        /* a run of equal prefixes: the rest of the ids decides */
        if (j - i > 1 && (keys[i] & 0xFF))
            g_qsort_with_data(by_id + i, (gint)(j - i), sizeof(guint32), compare_ids, &ctx);
        i = j;
    }
    for (guint i = 0; i < n; i++)
        id_rank[by_id[i]] = i;
}

/* Add the 64 bits of M as 0/1 to 64 byte counters. */
static inline void count8(guint64 acc[8], guint64 m)
{
    for (guint j = 0; j < 8; j++)
        acc[j] += spread8[(m >> (8 * j)) & 0xFF];
}

/* For the 64 rows of WORD: the status, the unknown deciding essentials
 * (UNK) and, with integer weights, the weight sum of met desirables (WSUM),
 * with byte and 16-bit lane counters (SWAR) rather than a loop per row. */
static void word_sums(const elg_post_result *r, guint word, guint8 status[64], guint8 unk[64],
                      guint16 wsum[64])
{
    guint64 acc[8] = {0}, ws[16] = {0};
    for (guint i = 0; i < r->n_decides; i++)
        count8(acc, ELG_W_UNK(r, word, r->decides[i]));
    for (guint i = 0; r->int_weights && i < r->n_desirable; i++) {
        const guint c = r->desirable[i];
        const guint64 met = ELG_W_MET(r, word, c), w = r->int_weight[c];
        for (guint j = 0; j < 16; j++)
            ws[j] += spread4[(met >> (4 * j)) & 0xF] * w;
    }
    const guint64 failed = ELG_W_FAILED(r, word), review = ELG_W_REVIEW(r, word);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
    /* the lanes are the arrays' elements in order: copied whole, and the
     * status bytes made eight at a time */
    memcpy(unk, acc, 64);
    memcpy(wsum, ws, 128);
    for (guint j = 0; j < 8; j++) {
        const guint64 st = spread8[(failed >> (8 * j)) & 0xFF] << 1 | spread8[(review >> (8 * j)) & 0xFF];
        memcpy(status + 8 * j, &st, 8);
    }
#else
    for (guint i = 0; i < 64; i++) {
        unk[i] = (guint8)(acc[i / 8] >> (8 * (i % 8)));
        wsum[i] = (guint16)(ws[i / 4] >> (16 * (i % 4)));
        status[i] = (guint8)(((failed >> i) & 1) << 1 | ((review >> i) & 1));
    }
#endif
}

/* Rank: eligible, review, ineligible; then desirable score, highest first;
 * then fewer unknown essentials; then candidate_id; then file order. */

/* SCORE in hundredths as the reports print it (elg_score_text): scores
 * that print alike rank alike, then by the next keys. */
static guint score_hundredths(double score)
{
    char text[16];
    elg_score_text(score, text);
    char *dot = strchr(text, '.');
    return (guint)(strtoul(text, NULL, 10) * 100 + (dot ? strtoul(dot + 1, NULL, 10) : 0));
}

/* score_hundredths() of the few distinct scores of a post's rows, each
 * formatted once (a row's score is one of the sums of its weights). */
typedef struct {
    guint64 bits[64];
    guint hundredths[64];
    gboolean used[64];
} hundredths_cache;

static guint cached_hundredths(hundredths_cache *c, double score)
{
    guint64 bits;
    memcpy(&bits, &score, sizeof bits);
    const guint slot = (guint)((bits * 0x9E3779B97F4A7C15ull) >> 58);
    if (!c->used[slot] || c->bits[slot] != bits) {
        c->hundredths[slot] = score_hundredths(score);
        c->bits[slot] = bits;
        c->used[slot] = TRUE;
    }
    return c->hundredths[slot];
}

#define GROUP_BITS 14u /* ranking by counting sort up to 16384 groups */

/* R->order from groups (status, score place, unknown essentials; fewer than
 * 2^GROUP_BITS): a counting sort of the rows taken in candidate_id order,
 * so rows of a group keep that order.  GROUP is scratch of N. */
static void order_by_groups(elg_post_result *r, guint n, guint n_words, const guint32 *place,
                            guint place_bits, guint unk_bits, const guint32 *by_id, guint32 *group)
{
    guint32 *start = g_new0(guint32, (1u << GROUP_BITS) + 1);
    guint8 status[64], unk[64];
    guint16 wsum[64];
    for (guint word = 0; word < n_words; word++) {
        word_sums(r, word, status, unk, wsum);
        for (guint i = 0, row = word * 64; i < 64 && row < n; i++, row++) {
            group[row] = (guint32)status[i] << (place_bits + unk_bits) | place[wsum[i]] << unk_bits | unk[i];
            start[group[row] + 1]++;
        }
    }
    for (guint g = 0; g < (1u << GROUP_BITS); g++)
        start[g + 1] += start[g];
    for (guint k = 0; k < n; k++) {
        const guint32 row = by_id[k];
        r->order[start[group[row]]++] = row;
    }
    g_free(start);
}

/* R->order by a radix sort of 64-bit keys, high to low: status | score
 * place | unknown essentials | id rank, each in as few bits as it needs.
 * KEYS and TMP are scratch of N. */
static void order_by_keys(elg_post_result *r, guint n, guint n_words, const guint32 *place,
                          guint place_shift, guint unk_shift, guint status_shift, guint id_bits,
                          const guint32 *by_id, const guint32 *id_rank, guint64 *keys, guint64 *tmp)
{
    guint8 status[64], unk[64];
    guint16 wsum[64];
    for (guint word = 0; word < n_words; word++) {
        word_sums(r, word, status, unk, wsum);
        for (guint i = 0, row = word * 64; i < 64 && row < n; i++, row++)
            keys[row] = (guint64)status[i] << status_shift | (guint64)place[wsum[i]] << place_shift |
                        (guint64)unk[i] << unk_shift | id_rank[row];
    }
    radix_sort(keys, NULL, tmp, NULL, n, status_shift + 2);
    const guint64 id_mask = ((guint64)1 << id_bits) - 1;
    for (guint i = 0; i < n; i++)
        r->order[i] = by_id[keys[i] & id_mask];
}

/* COUNTS[2c] and [2c + 1]: the rows where criterion c of R is met, and
 * unknown; COUNTS[2 n_crit] and [2 n_crit + 1]: failed and review rows.  In
 * one pass over the bits (the AVX2 clone has a popcount instruction, which
 * the baseline x86-64 build calls a function for). */
ELG_VECTOR_CLONES
static void count_bits(const elg_post_result *r, guint n_words, guint *counts)
{
    const guint n = r->n_crit;
    memset(counts, 0, (2 * n + 2) * sizeof *counts);
    for (guint w = 0; w < n_words; w++) {
        for (guint c = 0; c < n; c++) {
            counts[2 * c] += (guint)__builtin_popcountll(ELG_W_MET(r, w, c));
            counts[2 * c + 1] += (guint)__builtin_popcountll(ELG_W_UNK(r, w, c));
        }
        counts[2 * n] += (guint)__builtin_popcountll(ELG_W_FAILED(r, w));
        counts[2 * n + 1] += (guint)__builtin_popcountll(ELG_W_REVIEW(r, w));
    }
}

static void rank_post(const elg_screening *s, elg_post_result *r, const guint32 *by_id,
                      const guint32 *id_rank, guint64 *keys, guint64 *tmp)
{
    const guint n = s->n_rows;
    guint total_w = 0;
    for (guint c = 0; c < r->n_crit; c++)
        total_w += r->int_weights && !r->bound[c].cr->essential ? r->int_weight[c] : 0;
    if (r->int_weights && n < (1u << 30)) {
        /* the place of each weight sum among the scores as printed, highest
         * first: a score grows with the sum, and sums that print alike (the
         * weights total over 10000) share a place */
        const double total = r->post->desirable_weight;
        guint32 *place = g_new(guint32, total_w + 1);
        for (guint v = total_w + 1, k = 0, prev = 0; v-- > 0;) {
            const guint h = score_hundredths(total > 0 ? (double)v * 100.0 / total : 0);
            k += v < total_w && h != prev;
            place[v] = k;
            prev = h;
        }
        const guint id_bits = n > 1 ? g_bit_storage(n - 1) : 1;
        const guint unk_bits = g_bit_storage(r->ess_total);
        const guint place_bits = g_bit_storage(total_w);
        const guint unk_shift = id_bits, place_shift = unk_shift + unk_bits,
                    status_shift = place_shift + place_bits;
        if (2 + place_bits + unk_bits <= GROUP_BITS)
            order_by_groups(r, n, s->n_words, place, place_bits, unk_bits, by_id, (guint32 *)keys);
        else
            order_by_keys(r, n, s->n_words, place, place_shift, unk_shift, status_shift, id_bits, by_id,
                          id_rank, keys, tmp);
        g_free(place);
    } else {
        /* any weights: the scores as reported (two decimals, 0 to 10000
         * hundredths, rounded as printed: 0.125 is 0.12), so that rounding
         * noise (0.1 + 0.2 against 0.3) does not decide between equal
         * candidates; a radix sort of keys status | 10000 - hundredths |
         * unknown essentials | id rank */
        hundredths_cache *hc = g_new0(hundredths_cache, 1);
        const guint id_bits = n > 1 ? g_bit_storage(n - 1) : 1;
        const guint unk_bits = g_bit_storage(r->ess_total);
        const guint unk_shift = id_bits, score_shift = unk_shift + unk_bits, status_shift = score_shift + 14;
        for (guint i = 0; i < n; i++) {
            elg_row_result rr;
            elg_result_row(r, i, &rr);
            const guint hundredths = MIN(cached_hundredths(hc, rr.score), 10000u);
            keys[i] = (guint64)rr.status << status_shift | (guint64)(10000 - hundredths) << score_shift |
                      (guint64)rr.ess_unk << unk_shift | id_rank[i];
        }
        g_free(hc);
        radix_sort(keys, NULL, tmp, NULL, n, status_shift + 2);
        const guint64 id_mask = ((guint64)1 << id_bits) - 1;
        for (guint i = 0; i < n; i++)
            r->order[i] = by_id[keys[i] & id_mask];
    }
    guint counts[2 * ELG_MAX_CRITERIA + 2];
    count_bits(r, s->n_words, counts);
    const guint n_failed = counts[2 * r->n_crit], n_review = counts[2 * r->n_crit + 1];
    r->counts[ELG_INELIGIBLE] = n_failed;
    r->counts[ELG_REVIEW] = n_review;
    r->counts[ELG_ELIGIBLE] = n - n_failed - n_review;
    for (guint c = 0; c < r->n_crit; c++) {
        r->crit_met[c] = counts[2 * c];
        r->crit_unknown[c] = counts[2 * c + 1];
        r->crit_failed[c] = n - counts[2 * c] - counts[2 * c + 1];
    }
}

typedef struct {
    elg_screening *s;
    const guint32 *by_id, *id_rank;
    guint64 **keys, **tmp; /* sort scratch of n_rows, one pair per thread */
    gint next, worker;
} rank_work;

static gpointer rank_worker(gpointer data)
{
    rank_work *w = data;
    const guint t = (guint)g_atomic_int_add(&w->worker, 1);
    for (;;) {
        guint p = (guint)g_atomic_int_add(&w->next, 1);
        if (p >= w->s->n_posts)
            break;
        rank_post(w->s, &w->s->posts[p], w->by_id, w->id_rank, w->keys[t], w->tmp[t]);
    }
    return NULL;
}

/* --- results ------------------------------------------------------------- */

static void result_init(elg_post_result *r, const elg_post *post, const elg_profiles *p,
                        guint64 *const *skill_rows, gint8 *const *lang_columns)
{
    r->post = post;
    r->n_crit = post->criteria->len;
    r->bound = g_new0(elg_bound, r->n_crit ? r->n_crit : 1);
    guint total_w = 0;
    r->int_weights = TRUE;
    for (guint c = 0; c < r->n_crit; c++) {
        elg_bind(&r->bound[c], elg_post_criterion(post, c), p, skill_rows, lang_columns);
        if (r->bound[c].decides)
            r->ess_total++;
        if (!r->bound[c].cr->essential)
            r->desirable[r->n_desirable++] = (guint8)c;
        else if (r->bound[c].decides)
            r->decides[r->n_decides++] = (guint8)c;
        const elg_criterion *cr = r->bound[c].cr;
        if (!cr->essential) {
            /* small integer weights sum exactly in 16-bit lanes */
            double w = cr->weight;
            if (w >= 1 && w <= 255 && w == (double)(guint)w && total_w + (guint)w <= 65535) {
                r->int_weight[c] = (guint)w;
                total_w += (guint)w;
            } else {
                r->int_weights = FALSE;
            }
        }
    }
    /* every element is written by the match loop or the ranking: no
     * zeroing; the bits of all posts are one block (results_alloc) */
    r->crit_met = g_new0(guint, r->n_crit ? r->n_crit : 1);
    r->crit_failed = g_new0(guint, r->n_crit ? r->n_crit : 1);
    r->crit_unknown = g_new0(guint, r->n_crit ? r->n_crit : 1);
}

static void result_clear(elg_post_result *r)
{
    for (guint c = 0; c < r->n_crit; c++) {
        g_free(r->bound[c].bits);
        g_free(r->bound[c].nat_state);
    }
    g_free(r->bound);
    void *arrays[] = {r->rank, r->crit_met, r->crit_failed, r->crit_unknown};
    for (size_t i = 0; i < G_N_ELEMENTS(arrays); i++)
        g_free(arrays[i]);
}

typedef struct {
    elg_screening *s;
    elg_post *const *posts;
    guint64 *const *skill_rows;
    gint next;
} bind_work;

static gpointer bind_worker(gpointer data)
{
    bind_work *w = data;
    for (;;) {
        guint p = (guint)g_atomic_int_add(&w->next, 1);
        if (p >= w->s->n_posts)
            break;
        result_init(&w->s->posts[p], w->posts[p], w->s->profiles, w->skill_rows, w->s->lang_columns);
    }
    return NULL;
}

#define SKILL_WORDS 1024u /* words of a range of elg_skill_rows_fill */

typedef struct {
    const elg_screening *s;
    guint64 *const *rows;
    gint next;
} skill_work;

static gpointer skill_worker(gpointer data)
{
    skill_work *w = data;
    for (;;) {
        const guint from = (guint)g_atomic_int_add(&w->next, 1) * SKILL_WORDS;
        if (from >= w->s->n_words)
            break;
        elg_skill_rows_fill(w->s->profiles, w->rows, from, MIN(w->s->n_words, from + SKILL_WORDS));
    }
    return NULL;
}

/* Words of post P's own bits, rounded up so that the next post's start 64-byte aligned. */
static gsize post_words(const elg_screening *s, guint p)
{
    return ((gsize)MAX(s->n_words, 1) * s->posts[p].stride + 7) & ~(gsize)7;
}

/* The bits of every post in one block, whose first touch (in the match
 * loop) is then a fault per 2 MiB; the orders in another.  A post stores
 * its status and the criteria it is the first to evaluate; a shared
 * criterion points at the words of the one it shares, which comes earlier
 * (an earlier post's, or an earlier criterion's). */
static void results_alloc(elg_screening *s)
{
    G_STATIC_ASSERT(ELG_MAX_CRITERIA <= 256); /* source_crit */
    s->order_bytes = (gsize)s->n_posts * s->n_rows * sizeof(guint32);
    s->orders = elg_alloc_huge(s->order_bytes);
    gsize words = 0;
    for (guint p = 0; p < s->n_posts; p++) {
        elg_post_result *r = &s->posts[p];
        r->stride = 2;
        for (guint c = 0; c < r->n_crit; c++)
            r->stride += r->bound[c].shared ? 0 : 2;
        words += post_words(s, p);
    }
    s->bits_bytes = words * sizeof(guint64);
    s->bits = elg_alloc_huge(s->bits_bytes);
    words = 0;
    for (guint p = 0; p < s->n_posts; p++) {
        elg_post_result *r = &s->posts[p];
        r->order = s->orders + (gsize)p * s->n_rows;
        r->bits = s->bits + words;
        words += post_words(s, p);
        guint own = 2;
        for (guint c = 0; c < r->n_crit; c++) {
            const elg_bound *b = &r->bound[c];
            if (b->shared) {
                r->crit_bits[c] = s->posts[b->same_post].crit_bits[b->same_crit];
                r->crit_stride[c] = s->posts[b->same_post].crit_stride[b->same_crit];
                /* its own block is prefetched anyway */
                gboolean known = b->same_post == p;
                for (guint i = 0; i < r->n_sources && !known; i++)
                    known = r->bound[r->source_crit[i]].same_post == b->same_post;
                if (!known)
                    r->source_crit[r->n_sources++] = (guint8)c; /* c < ELG_MAX_CRITERIA <= 256 */
            } else {
                r->crit_bits[c] = r->bits + own;
                r->crit_stride[c] = r->stride;
                own += 2;
            }
        }
    }
}

/* The candidate_id order, then every post ranked, in parallel; returns
 * when the id order was done (for eligo-bench). */
static gint64 rank_all(elg_screening *s)
{
    /* sort scratch reused from the id order to every post a thread ranks:
     * fresh memory costs more than sorting */
    const gsize n = s->n_rows;
    const guint rankers = MAX(1, MIN(s->threads, s->n_posts));
    guint64 **keys = g_new(guint64 *, rankers), **tmp = g_new(guint64 *, rankers);
    for (guint t = 0; t < rankers; t++) {
        keys[t] = elg_alloc_huge(n * sizeof(guint64));
        tmp[t] = elg_alloc_huge(n * sizeof(guint64));
    }
    guint32 *by_id = elg_alloc_huge(n * sizeof(guint32)), *id_rank = elg_alloc_huge(n * sizeof(guint32));
    id_order(s->profiles, by_id, id_rank, keys[0], tmp[0]);
    const gint64 ordered = g_get_monotonic_time();
    rank_work rw = {s, by_id, id_rank, keys, tmp, 0, 0};
    elg_run_threads(rankers, "eligo-match", rank_worker, &rw);
    for (guint t = 0; t < rankers; t++) {
        elg_free_huge(keys[t], n * sizeof(guint64));
        elg_free_huge(tmp[t], n * sizeof(guint64));
    }
    g_free(keys);
    g_free(tmp);
    elg_free_huge(by_id, n * sizeof(guint32));
    elg_free_huge(id_rank, n * sizeof(guint32));
    return ordered;
}

elg_screening *elg_screen(const elg_profiles *profiles, elg_post *const *posts, unsigned n_posts,
                          unsigned threads)
{
    init_tables();
    elg_screening *s = g_new0(elg_screening, 1);
    s->profiles = profiles;
    s->n_rows = profiles->n;
    s->n_words = (s->n_rows + 63) / 64;
    s->n_posts = n_posts;
    s->posts = g_new0(elg_post_result, n_posts ? n_posts : 1);
    if (threads == 0)
        threads = g_get_num_processors();
    s->threads = threads;
    gint64 t0 = g_get_monotonic_time();
    /* binding a post reads the profiles only: posts bind in parallel */
    guint64 **skill_rows = elg_skill_rows(profiles, posts, n_posts);
    if (skill_rows) {
        skill_work sw = {s, skill_rows, 0};
        elg_run_threads(MAX(1, MIN(threads, (s->n_words + SKILL_WORDS - 1) / SKILL_WORDS)), "eligo-match",
                        skill_worker, &sw);
    }
    s->lang_columns = elg_language_columns(profiles, posts, n_posts);
    bind_work bw = {s, posts, skill_rows, 0};
    elg_run_threads(MAX(1, MIN(threads, n_posts)), "eligo-match", bind_worker, &bw);
    elg_skill_rows_free(profiles, skill_rows);
    assign_field_slots(s);
    share_evaluations(s);
    results_alloc(s);
    gint64 t1 = g_get_monotonic_time();

    /* a thread needs a range to be worth starting */
    guint ranges = (s->n_words + s->range_words - 1) / s->range_words;
    match_work mw = {s, 0, g_thread_self(), {0}};
    elg_progress_begin(&mw.pg);
    elg_run_threads(MAX(1, MIN(threads, ranges)), "eligo-match", match_worker, &mw);
    elg_progress_end(&mw.pg);
    gint64 t2 = g_get_monotonic_time();

    gint64 t3 = rank_all(s);
    gint64 t4 = g_get_monotonic_time();
    s->bind_s = (double)(t1 - t0) / 1e6;
    s->loop_s = (double)(t2 - t1) / 1e6;
    s->order_s = (double)(t3 - t2) / 1e6;
    s->rank_s = (double)(t4 - t3) / 1e6;
    return s;
}

void elg_screening_free(elg_screening *s)
{
    if (!s)
        return;
    for (guint p = 0; p < s->n_posts; p++)
        result_clear(&s->posts[p]);
    g_free(s->posts);
    g_free(s->field_slot);
    elg_language_columns_free(s->profiles, s->lang_columns);
    elg_free_huge(s->bits, s->bits_bytes);
    elg_free_huge(s->orders, s->order_bytes);
    g_free(s);
}

elg_status elg_screening_status(const elg_screening *s, unsigned p, unsigned row)
{
    return elg_result_status(&s->posts[p], row);
}

const guint32 *elg_result_ranks(const elg_screening *s, guint p)
{
    /* a cache filled once (g_once): the screening is otherwise read only */
    elg_post_result *r = (elg_post_result *)&s->posts[p];
    if (g_once_init_enter(&r->rank_once)) {
        guint32 *rank = g_new(guint32, s->n_rows ? s->n_rows : 1);
        for (guint i = 0; i < s->n_rows; i++)
            rank[r->order[i]] = i + 1;
        r->rank = rank;
        g_once_init_leave(&r->rank_once, 1);
    }
    return r->rank;
}

unsigned elg_screening_rank(const elg_screening *s, unsigned p, unsigned row)
{
    return elg_result_ranks(s, p)[row];
}

unsigned elg_screening_row_at(const elg_screening *s, unsigned p, unsigned rank)
{
    return s->posts[p].order[rank - 1];
}

double elg_screening_score(const elg_screening *s, unsigned p, unsigned row)
{
    elg_row_result rr;
    elg_result_row(&s->posts[p], row, &rr);
    return rr.score;
}

elg_state elg_screening_state(const elg_screening *s, unsigned p, unsigned c, unsigned row)
{
    return elg_result_state(&s->posts[p], c, row);
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
