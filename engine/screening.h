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

/* A criterion bound to the profile columns it reads (resolved once). */
typedef struct {
    const elg_criterion *cr;
    gboolean decides;          /* counts toward the status (DESIGN.md s.6) */
    const gint8 *a, *b, *c;    /* level, yes/no or answer columns, by kind */
    const gint32 *years;       /* experience in the field, or NULL */
    const gint32 *total;       /* total experience */
    const guint8 *nat;         /* nationality slots */
    const guint8 *flags;       /* row flags */
    const guint32 *dates;      /* applied_on */
    guint64 *bits;             /* skill: rows holding a tag (owned by the result) */
} elg_bound;

typedef struct {
    const elg_post *post;
    guint n_crit;
    elg_bound *bound;          /* n_crit */
    guint64 *met, *unk;        /* n_crit x n_words bitmaps */
    guint8 *status;            /* per row: elg_status */
    guint8 *ess_met, *ess_unk, *ess_fail, *des_met, *des_unk;
    double *score;             /* desirable score per row, only when !int_weights */
    guint32 *order;            /* rank - 1 -> row */
    guint32 *rank;             /* row -> rank */
    guint ess_total;           /* essential criteria that decide */
    guint counts[3];           /* by status */
    guint *crit_met, *crit_failed, *crit_unknown; /* per criterion */
    guint16 *wsum;             /* int_weights: weight sum of met desirables per row */
    guint int_weight[ELG_MAX_CRITERIA]; /* desirable weights when all are small integers */
    gboolean int_weights;
} elg_post_result;

struct elg_screening {
    const elg_profiles *profiles;
    guint n_rows, n_words, n_posts;
    guint threads;             /* used for matching; reports format with as many */
    elg_post_result *posts;
};

typedef void (*elg_eval_fn)(const elg_bound *b, guint row0, guint n, guint64 *met, guint64 *unk);
extern const elg_eval_fn elg_eval[];

/* Bind criterion CR of a post to the columns of P; BITS_OUT receives any
 * bitmap allocated for it. */
void elg_bind(elg_bound *b, const elg_criterion *cr, const elg_profiles *p);

/* Append the reason why criterion C is not met or unknown for ROW. */
void elg_explain(const elg_screening *s, guint post, guint c, guint row, GString *out);
/* "yes", "no" or "unknown": does ROW already hold the post's clearance? NULL if none stated. */
const char *elg_clearance_held(const elg_screening *s, guint post, guint row);

/* The desirable score of ROW (0 to 100): from the integer weight sum when
 * every weight is a small integer (8 bytes a row fewer), else stored. */
static inline double elg_result_score(const elg_post_result *r, guint row)
{
    if (!r->int_weights)
        return r->score[row];
    const double total = r->post->desirable_weight;
    /* an integer sum is exact, so this is the double sum of the weights */
    return total > 0 ? (double)r->wsum[row] * 100.0 / total : 0;
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

static inline elg_state elg_result_state(const elg_post_result *r, guint n_words, guint c, guint row)
{
    guint64 bit = (guint64)1 << (row & 63);
    const guint64 *m = r->met + (gsize)c * n_words, *u = r->unk + (gsize)c * n_words;
    return (m[row >> 6] & bit) ? ELG_MET : (u[row >> 6] & bit) ? ELG_UNKNOWN : ELG_NOT_MET;
}

#endif
