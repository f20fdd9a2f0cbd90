/* Private: the screening results and the column bindings of each criterion.
 * match.c holds the hot loop; eval.c the per-kind evaluators over blocks of
 * 64 candidates; explain.c the reasons written into reports. */
#ifndef ELG_SCREENING_H
#define ELG_SCREENING_H

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "eligo/match.h"
#include "post.h"
#include "store.h"

/* The match loop's functions, compiled twice on x86-64: for the baseline
 * (SSE2) and for AVX2, the CPU's choice made once when the library loads
 * (an ifunc), so that one build runs everywhere and uses the wider vectors
 * where they exist.  Sanitizer builds keep one version. */
#if defined(__x86_64__) && defined(__has_attribute) && !defined(ELG_ASAN)
#if __has_attribute(target_clones) && defined(__gnu_linux__)
#define ELG_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef ELG_VECTOR_CLONES
#define ELG_VECTOR_CLONES
#endif

/* A criterion bound to the profile columns it reads (resolved once). */
typedef struct {
    const elg_criterion *cr;
    gboolean decides;          /* counts toward the status (DESIGN.md s.6) */
    guint eval;                /* its evaluator in elg_eval: the kind's, or ELG_EVAL_*_SPANS */
    const gint8 *a, *b, *c;    /* level, yes/no or answer columns, by kind */
    gint field[ELG_FIELDS_MAX]; /* experience: each field's index in the store, or -1 (cr->n_fields) */
    guint field_slot[ELG_FIELDS_MAX]; /* ... and its years in elg_scan (elg_screen sets them) */
    const gint32 *total;       /* total experience */
    const guint32 *nat;        /* nationality: each row's set of slots (store.h) */
    guint8 *nat_state;         /* nationality: per set, bit 0 met, bit 1 unknown (owned by the result) */
    const guint8 *flags;       /* row flags */
    const guint32 *dates;      /* applied_on */
    guint64 *bits;             /* skill: rows holding a tag (owned by the result) */
    /* experience, and education with or_years: the store's years given as
     * a span (store.h), whose rows' verdicts are corrected (eval.c); none
     * in most files */
    const elg_years_span *spans;
    guint n_spans;
    /* the same evaluation as criterion same_crit of post same_post, which the
     * loop meets first: its words are that criterion's, neither computed
     * nor stored again (share_evaluations) */
    gboolean shared;
    guint same_post, same_crit;
} elg_bound;

/* The results of one post.  The match loop writes bitmaps only (a met and an
 * unknown bit per criterion, a failed and a review bit per row); the counts,
 * the weight sum and the score of a row are derived from them when asked
 * (elg_result_row), which costs a few bit tests a row where storing them
 * cost 7 to 14 bytes of fresh memory per candidate and post.  A post's own
 * words for a block of 64 rows lie together (failed, review, then the met
 * and unknown words of the criteria it is the first to evaluate), so a
 * row's verdict is a cache line or two however the report walks the rows;
 * a criterion that reads the same as an earlier one (share_evaluations:
 * posts of one organisation share most) has that one's words, in the
 * earlier post's block: at 200 generated posts, 6 times fewer words. */
typedef struct {
    const elg_post *post;
    guint n_crit;
    elg_bound *bound;          /* n_crit */
    /* what a criterion's bits count toward, as lists in criterion order:
     * the essential criteria that decide the status, and the desirable
     * ones (an essential that does not decide is in neither); the per-row
     * and per-word walks take only these, with no test per criterion */
    guint8 decides[ELG_MAX_CRITERIA], desirable[ELG_MAX_CRITERIA];
    guint n_decides, n_desirable;
    guint stride;              /* words per block of its own: 2 + 2 x the criteria it evaluates */
    guint64 *bits;             /* its own words, n_words x stride, in elg_screening.bits */
    guint64 *crit_bits[ELG_MAX_CRITERIA]; /* criterion c's met word of block 0 (unknown next),
                                            * here or in the post it shares with */
    guint crit_stride[ELG_MAX_CRITERIA]; /* ... and the words from one block to the next there */
    guint n_sources;           /* other posts whose words it reads, for the reports' prefetching: */
    guint8 source_crit[ELG_MAX_CRITERIA]; /* ... a criterion of it read from each */
    guint32 *order;            /* rank - 1 -> row (in elg_screening.orders) */
    guint32 *rank;             /* row -> rank, made when first asked (elg_result_ranks) */
    gsize rank_once;
    guint ess_total;           /* essential criteria that decide */
    guint counts[3];           /* by status */
    guint *crit_met, *crit_failed, *crit_unknown; /* per criterion */
    guint int_weight[ELG_MAX_CRITERIA]; /* desirable weights when all are small integers */
    gboolean int_weights;
} elg_post_result;

/* One row's verdict on one post, derived from the bitmaps. */
typedef struct {
    elg_status status;
    guint ess_met, ess_unk, ess_fail, des_met, des_unk;
    double score;              /* 0 to 100 */
} elg_row_result;

struct elg_screening {
    const elg_profiles *profiles;
    guint n_rows, n_words, n_posts;
    guint threads;             /* used for matching; reports format with as many */
    elg_post_result *posts;
    guint64 *bits;             /* the posts' bits, one block of bits_bytes (elg_alloc_huge) */
    gint8 **lang_columns;      /* elg_language_columns: read by the bound criteria until freed */
    gsize bits_bytes;
    guint32 *orders;           /* every post's order (order_bytes) */
    gsize order_bytes;
    /* the experience fields the posts ask for, gathered per range (elg_scan) */
    guint n_fields_asked;      /* slots 0.. n_fields_asked - 1; then one never written, one sink */
    guint32 *field_slot;       /* per field of the store: its slot, or the sink when not asked for */
    guint range_words;         /* words of a range: its gathered years stay in L2 */
    guint range_pairs;         /* the most experience pairs the rows of a range hold */
    /* wall seconds of each phase of elg_screen, for eligo-bench */
    double bind_s, loop_s, order_s, rank_s;
};

/* Per-thread state of the match loop; the screening is shared and read only
 * while the threads run (as a scanner beside its compiled rules).  Rows are
 * screened by range; at the start of a range the years of its rows in every
 * experience field asked for are gathered once from the store's sparse
 * pairs, so that each criterion on a field reads a dense column. */
typedef struct {
    guint row0;                /* the range's first row */
    guint range_rows;          /* rows of a range (at most) */
    gint32 *years;             /* (n_fields_asked + 2) x range_rows: slot j's years of row
                                * row0 + i at j x range_rows + i */
    guint32 *pair_row;         /* range_pairs + 1: scratch of the gather */
} elg_scan;

typedef void (*elg_eval_fn)(const elg_bound *b, const elg_scan *sc, guint row0, guint n, guint64 *met,
                            guint64 *unk);
/* The evaluators: one per kind, then those of the kinds that read years
 * for a file with spans (elg_bound.eval). */
enum { ELG_EVAL_EDUCATION_SPANS = ELG_KIND__COUNT, ELG_EVAL_EXPERIENCE_SPANS };
extern const elg_eval_fn elg_eval[];

/* Per skill of P that a criterion of POSTS names, a bitmap of the rows
 * holding it, zeroed; NULL for the others, and NULL in all when none is
 * named.  Free with elg_skill_rows_free(). */
guint64 **elg_skill_rows(const elg_profiles *p, elg_post *const *posts, guint n_posts);
/* Set the bits of the rows of words FROM.. TO - 1 (one pass over their lists
 * for all the criteria): threads fill distinct word ranges. */
void elg_skill_rows_fill(const elg_profiles *p, guint64 *const *rows, guint from, guint to);
void elg_skill_rows_free(const elg_profiles *p, guint64 **rows);
/* Per language of P other than English and French that a criterion of
 * POSTS names, its level a row (ELG_UNKNOWN_I8 where not given), from the
 * store's sparse pairs; NULL for the others, and NULL in all when none is
 * named.  Free with elg_language_columns_free(). */
gint8 **elg_language_columns(const elg_profiles *p, elg_post *const *posts, guint n_posts);
void elg_language_columns_free(const elg_profiles *p, gint8 **cols);

/* Bind criterion CR of a post to the columns of P (SKILL_ROWS from
 * elg_skill_rows, LANG_COLUMNS from elg_language_columns, which must
 * outlive B); what it allocates (B->bits, B->nat_state) is the post
 * result's to free. */
void elg_bind(elg_bound *b, const elg_criterion *cr, const elg_profiles *p, guint64 *const *skill_rows,
              gint8 *const *lang_columns);

/* A hash of what the evaluator of B reads in P (its kind, columns and
 * parameters), and whether X and Y read the same and so give the same bits.
 * Experience in a field compares field slots: call after they are set. */
guint elg_bound_hash(const elg_bound *b, const elg_profiles *p);
gboolean elg_bound_same(const elg_bound *x, const elg_bound *y, const elg_profiles *p);

/* Append the reason why criterion C is not met or unknown for ROW. */
void elg_explain(const elg_screening *s, guint post, guint c, guint row, GString *out);
/* elg_explain(), and whether the text looked for a cell of ROW that could
 * not be read (its key then does not say all the text depends on). */
gboolean elg_explain_quoting(const elg_screening *s, guint post, guint c, guint row, GString *out);
/* What that explanation reads of ROW, as a number: with the post, the
 * criterion and the state ST, rows with equal keys get equal text. */
guint64 elg_explain_key(const elg_screening *s, guint post, guint c, guint row, elg_state st);
/* elg_explain_key() of a text that depends on more than a key holds: not memoised. */
#define ELG_EXPLAIN_NO_KEY G_MAXUINT64
/* "yes", "no" or "unknown": does ROW already hold the post's clearance? NULL if none stated. */
const char *elg_clearance_held(const elg_screening *s, guint post, guint row);

/* Post R's words of block WORD: met and unknown of criterion C; failed and review. */
#define ELG_W_MET(r, word, c) ((r)->crit_bits[c][(gsize)(word) * (r)->crit_stride[c]])
#define ELG_W_UNK(r, word, c) ((r)->crit_bits[c][(gsize)(word) * (r)->crit_stride[c] + 1])
#define ELG_W_FAILED(r, word) ((r)->bits[(gsize)(word) * (r)->stride])
#define ELG_W_REVIEW(r, word) ((r)->bits[(gsize)(word) * (r)->stride + 1])

static inline elg_status elg_result_status(const elg_post_result *r, guint row)
{
    const guint64 bit = (guint64)1 << (row & 63);
    return (ELG_W_FAILED(r, row >> 6) & bit) ? ELG_INELIGIBLE
           : (ELG_W_REVIEW(r, row >> 6) & bit) ? ELG_REVIEW
                                               : ELG_ELIGIBLE;
}

/* The counts and the score of ROW: the desirable weights are summed in
 * criterion order (as integers when they all are), so the score is the
 * same double whoever asks. */
static inline void elg_result_row(const elg_post_result *r, guint row, elg_row_result *out)
{
    const guint shift = row & 63, word = row >> 6;
    guint ess_met = 0, ess_unk = 0, des_met = 0, des_unk = 0, wsum = 0;
    double sum = 0;
    for (guint i = 0; i < r->n_decides; i++) {
        const guint64 *w = &ELG_W_MET(r, word, r->decides[i]);
        ess_met += (guint)(w[0] >> shift) & 1;
        ess_unk += (guint)(w[1] >> shift) & 1;
    }
    for (guint i = 0; i < r->n_desirable; i++) {
        const guint c = r->desirable[i];
        const guint64 *w = &ELG_W_MET(r, word, c);
        const guint met = (guint)(w[0] >> shift) & 1;
        des_met += met;
        des_unk += (guint)(w[1] >> shift) & 1;
        if (r->int_weights)
            wsum += met * r->int_weight[c];
        else
            sum += r->bound[c].cr->weight * (double)met;
    }
    const double total = r->post->desirable_weight;
    out->status = elg_result_status(r, row);
    out->ess_met = ess_met;
    out->ess_unk = ess_unk;
    out->ess_fail = r->ess_total - ess_met - ess_unk;
    out->des_met = des_met;
    out->des_unk = des_unk;
    /* an integer sum is exact, so it is the double sum of the weights */
    out->score = total > 0 ? (r->int_weights ? (double)wsum : sum) * 100.0 / total : 0;
}

/* Bit i of the result is the top bit of B[i], for the first N (<= 64) bytes. */
static inline guint64 elg_pack64(const guint8 *b, guint n)
{
    guint64 r = 0;
    if (n < 64) { /* the last block: bytes past N were never written */
        for (guint i = 0; i < n; i++)
            r |= (guint64)(b[i] >> 7) << i;
        return r;
    }
#if defined(__SSE2__)
    for (guint k = 0; k < 4; k++)
        r |= (guint64)(guint16)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(b + 16 * k))) << (16 * k);
#else
    for (guint i = 0; i < 64; i++)
        r |= (guint64)(b[i] >> 7) << i;
#endif
    return r;
}

/* Post P's rank of every row (the inverse of its order), made on the first
 * call, by whichever thread asks first: only reports by candidate and
 * elg_screening_rank need it, and a report by post is written in rank
 * order.  The screening owns it. */
const guint32 *elg_result_ranks(const elg_screening *s, guint p);

static inline elg_state elg_result_state(const elg_post_result *r, guint c, guint row)
{
    const guint64 bit = (guint64)1 << (row & 63);
    return (ELG_W_MET(r, row >> 6, c) & bit) ? ELG_MET : (ELG_W_UNK(r, row >> 6, c) & bit) ? ELG_UNKNOWN : ELG_NOT_MET;
}

#endif
