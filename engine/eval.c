/* The evaluators: one per criterion kind (criteria.def), each turning up to
 * 64 candidates into two bitmaps, met and unknown (not met is neither).
 * Loops are over packed columns only, without branches on the data, so that
 * the compiler can vectorise them. */
#include <string.h>
#include "diags.h"
#include "screening.h"
#include "values.h" /* elg_date_format */

/* Lanes are set as bytes (0 or 0xFF), which the compiler turns into vector
 * compares, and packed into the 64-bit bitmaps at the end (elg_pack64).
 * Each evaluator is also compiled for AVX2, chosen at load time where the
 * CPU has it (ELG_VECTOR_CLONES). */
typedef struct {
    guint8 b[64];
} lanes;
#define LANE_SET(l, i, cond) ((l).b[i] = (guint8)-(guint8)((cond) != 0))

/* A kind's lanes for the N rows from ROW0 (FILL_LANES(kind) { ... }), and
 * its evaluator, which fills them with N the constant 64 for every block
 * but the last: a loop of a known count is unrolled and vectorised with no
 * remainder, where a variable count cost two thirds of the match loop's
 * instructions (callgrind).  Always inlined, so that each clone of the
 * evaluator gets its own vector code. */
#define FILL_LANES(kind)                                                                                     \
    static inline __attribute__((always_inline)) void fill_##kind(const elg_bound *b, const elg_scan *sc,  \
                                                                  guint row0, guint n, lanes *m, lanes *u)
#define FILL_BLOCK(kind, m, u)                                                                               \
    do {                                                                                                     \
        if (n == 64)                                                                                         \
            fill_##kind(b, sc, row0, 64, m, u);                                                              \
        else /* the last block: N < 64, which the compiler is told */                                        \
            fill_##kind(b, sc, row0, n & 63, m, u);                                                          \
    } while (0)
#define EVALUATOR(kind)                                                                                      \
    ELG_VECTOR_CLONES                                                                                        \
    static void eval_##kind(const elg_bound *b, const elg_scan *sc, guint row0, guint n, guint64 *met,     \
                            guint64 *unk)                                                                    \
    {                                                                                                        \
        lanes m, u;                                                                                          \
        FILL_BLOCK(kind, &m, &u);                                                                            \
        *met = elg_pack64(m.b, n);                                                                           \
        *unk = elg_pack64(u.b, n);                                                                           \
    }

/* Decided once per distinct set of nationalities at binding (nat_state). */
FILL_LANES(NATIONALITY)
{
    (void)sc;
    const guint32 *set = b->nat + row0;
    for (guint i = 0; i < n; i++) {
        const guint8 st = b->nat_state[set[i]];
        LANE_SET(*m, i, st & 1);
        LANE_SET(*u, i, st & 2);
    }
}
EVALUATOR(NATIONALITY)

FILL_LANES(EDUCATION)
{
    (void)sc;
    const gint8 *level = b->a + row0, *equiv = b->b + row0, *staff = b->c + row0;
    const int min = b->cr->level, accept_staff = b->cr->staff_college, accept_equiv = b->cr->equivalent;
    if (!b->cr->or_years) {
        for (guint i = 0; i < n; i++) {
            /* Kleene OR of the level and the alternatives the notice accepts;
             * an alternative counts only when the candidate claims it */
            int is_met = (level[i] >= min) | (accept_staff & (staff[i] == 1));
            int unsure = (level[i] < 0) | (accept_equiv & (equiv[i] == 1));
            LANE_SET(*m, i, is_met);
            LANE_SET(*u, i, (!is_met) & unsure);
        }
    } else {
        /* ... and the years of experience that stand in for the level: the
         * Kleene AND of the total and, when the notice names one, a lower
         * level alongside (none named: any level, even an unknown one) */
        const gint32 *total = b->total + row0;
        const gint32 need = b->cr->or_years;
        const int alt = b->cr->or_level < 0 ? -128 : b->cr->or_level;
        for (guint i = 0; i < n; i++) {
            int years_met = total[i] >= need, alt_level_met = level[i] >= alt;
            int years_met_or_unsure = years_met | (total[i] < 0);
            int alt_level_met_or_unsure = alt_level_met | (level[i] < 0);
            int is_met = (level[i] >= min) | (accept_staff & (staff[i] == 1)) | (years_met & alt_level_met);
            int unsure = (level[i] < 0) | (accept_equiv & (equiv[i] == 1)) |
                         (years_met_or_unsure & alt_level_met_or_unsure);
            LANE_SET(*m, i, is_met);
            LANE_SET(*u, i, (!is_met) & unsure);
        }
    }
}

/* ROW's years in field K of B as the lanes read them (elg_scan): the span's
 * low end, -1 when not given, 0 for "experience: none". */
static inline gint32 field_years(const elg_bound *b, const elg_scan *sc, guint k, guint row)
{
    return elg_years_or_none(sc->years[(gsize)b->field_slot[k] * sc->range_rows + (row - sc->row0)], b->flags[row]);
}

/* Does ROW fail experience in any of B's several fields with every span
 * at its top: all fields given and together below NEED (the periods may
 * overlap, never add up to more; with or_related, another field may make
 * them up), or the total known and below it? */
static gboolean fields_fail_at_top(const elg_bound *b, const elg_scan *sc, guint row, gint32 need)
{
    const elg_criterion *cr = b->cr;
    gint64 top[ELG_FIELDS_MAX], total = b->total[row];
    for (guint k = 0; k < cr->n_fields; k++)
        top[k] = field_years(b, sc, k, row);
    for (guint s = elg_spans_from(b->spans, b->n_spans, row); s < b->n_spans && b->spans[s].row == row; s++) {
        const elg_years_span *sp = &b->spans[s];
        if (sp->field == ELG_SPAN_TOTAL)
            total = sp->hi;
        for (guint k = 0; k < cr->n_fields; k++)
            if (b->field[k] >= 0 && sp->field == b->field[k])
                top[k] = sp->hi;
    }
    gint64 sum = 0;
    gboolean all_given = !cr->or_related;
    for (guint k = 0; k < cr->n_fields; k++) {
        all_given &= top[k] >= 0;
        sum += MAX(top[k], 0);
    }
    return (all_given && sum < need) || (total >= 0 && total < need);
}

/* Correct the verdicts of the block's rows whose years are a span
 * [lo, hi] (store.h): their lanes read lo, which decides MET rightly
 * (lo >= R); a NOT_MET is one only when hi < R, else it is UNKNOWN.  A
 * few rows a block at most, and bound only when the file has spans. */
static void patch_spans(const elg_bound *b, const elg_scan *sc, guint row0, guint n, guint64 *met, guint64 *unk)
{
    const elg_criterion *cr = b->cr;
    const gint32 need = cr->kind == ELG_KIND_EXPERIENCE ? cr->years : cr->or_years;
    for (guint k = elg_spans_from(b->spans, b->n_spans, row0); k < b->n_spans && b->spans[k].row < row0 + n; k++) {
        const elg_years_span *sp = &b->spans[k];
        const guint row = sp->row, i = row - row0;
        const guint64 bit = (guint64)1 << i;
        if ((*met | *unk) & bit)
            continue; /* decided by lo */
        gboolean reaches = FALSE;
        if (cr->n_fields > 1 || cr->or_related) /* years of several fields add up: the row's tops, together */
            reaches = !fields_fail_at_top(b, sc, row, need);
        else if (sp->hi < need)
            continue; /* not met whatever the years */
        else if (cr->kind == ELG_KIND_EDUCATION) /* the years stand in with a lower level alongside, if named */
            reaches = sp->field == ELG_SPAN_TOTAL && (cr->or_level < 0 || b->a[row] < 0 || b->a[row] >= cr->or_level);
        else if (!cr->n_fields)
            reaches = sp->field == ELG_SPAN_TOTAL;
        else if (sp->field == ELG_SPAN_TOTAL) /* the total fails the field only when the field is not given */
            reaches = field_years(b, sc, 0, row) < 0;
        else
            reaches = sp->field == b->field[0];
        if (reaches)
            *unk |= bit;
    }
}

/* The evaluator of a kind in a file with spans: EVALUATOR's, then the rows
 * with spans.  Bound instead of the kind's own (elg_bind), so that a file
 * without spans pays not even a test. */
#define EVALUATOR_SPANS(kind)                                                                                \
    ELG_VECTOR_CLONES                                                                                        \
    static void eval_##kind##_spans(const elg_bound *b, const elg_scan *sc, guint row0, guint n,           \
                                    guint64 *met, guint64 *unk)                                              \
    {                                                                                                        \
        lanes m, u;                                                                                          \
        FILL_BLOCK(kind, &m, &u);                                                                            \
        *met = elg_pack64(m.b, n);                                                                           \
        *unk = elg_pack64(u.b, n);                                                                           \
        patch_spans(b, sc, row0, n, met, unk);                                                               \
    }

EVALUATOR(EDUCATION)
EVALUATOR_SPANS(EDUCATION)

/* Experience in any of several fields (cr->n_fields > 1), field by field
 * over the lanes: MET when one field reaches the years; NOT_MET when every
 * field is given and together they fall short (periods may overlap, never
 * add up to more), or the total does; else UNKNOWN (DESIGN.md s.3 for one
 * field, of which this is the general case).  With or_related, a field
 * no column gives may make them up: as if one were never given. */
static inline __attribute__((always_inline)) void fill_any_field(const elg_bound *b, const elg_scan *sc,
                                                                 guint row0, guint n, lanes *m, lanes *u)
{
    const gint32 need = b->cr->years;
    const gint32 *total = b->total + row0;
    const guint8 *flags = b->flags + row0;
    gint32 best[64], sum[64];
    guint8 all_given[64];
    const guint8 closed = !b->cr->or_related;
    for (guint i = 0; i < n; i++) {
        best[i] = -1;
        sum[i] = 0;
        all_given[i] = closed;
    }
    for (guint k = 0; k < b->cr->n_fields; k++) {
        const gint32 *field = sc->years + (gsize)b->field_slot[k] * sc->range_rows + (row0 - sc->row0);
        for (guint i = 0; i < n; i++) {
            const gint32 f = elg_years_or_none(field[i], flags[i]);
            best[i] = f > best[i] ? f : best[i];
            sum[i] += f & -(gint32)(f >= 0); /* at most 4 x 200 years: no overflow */
            all_given[i] &= (guint8)(f >= 0);
        }
    }
    for (guint i = 0; i < n; i++) {
        int is_met = best[i] >= need;
        int short_of = (all_given[i] & (sum[i] < need)) | ((total[i] >= 0) & (total[i] < need));
        LANE_SET(*m, i, is_met);
        LANE_SET(*u, i, (!is_met) & (!short_of));
    }
}

FILL_LANES(EXPERIENCE)
{
    const gint32 need = b->cr->years;
    const gint32 *total = b->total + row0;
    if (b->cr->n_fields > 1 || b->cr->or_related) {
        fill_any_field(b, sc, row0, n, m, u);
        return;
    }
    if (!b->cr->n_fields) {
        for (guint i = 0; i < n; i++) {
            LANE_SET(*m, i, total[i] >= need);
            LANE_SET(*u, i, total[i] < 0);
        }
    } else {
        /* the years gathered for the range (elg_scan) */
        const gint32 *field = sc->years + (gsize)b->field_slot[0] * sc->range_rows + (row0 - sc->row0);
        const guint8 *flags = b->flags + row0;
        for (guint i = 0; i < n; i++) {
            const gint32 f = elg_years_or_none(field[i], flags[i]); /* "experience: none": 0 */
            /* not given: no one has more years in a field than in total */
            int given = f >= 0;
            int is_met = given & (f >= need);
            int total_too_low = (total[i] >= 0) & (total[i] < need);
            LANE_SET(*m, i, is_met);
            LANE_SET(*u, i, (!given) & (!total_too_low));
        }
    }
}
EVALUATOR(EXPERIENCE)
EVALUATOR_SPANS(EXPERIENCE)

/* An unknown level counts as the lowest (none) for MET and the highest (VI) for NOT_MET. */
static inline __attribute__((always_inline)) void languages_lane(lanes *m, lanes *u, guint i, int xv, int yv,
                                                                 int one, int other)
{
    int xlo = xv < 0 ? 0 : xv, ylo = yv < 0 ? 0 : yv;
    int xhi = xv < 0 ? 6 : xv, yhi = yv < 0 ? 6 : yv;
    int is_met = ((xlo >= one) & (ylo >= other)) | ((ylo >= one) & (xlo >= other));
    int possible = ((xhi >= one) & (yhi >= other)) | ((yhi >= one) & (xhi >= other));
    LANE_SET(*m, i, is_met);
    LANE_SET(*u, i, (!is_met) & possible);
}

FILL_LANES(LANGUAGES)
{
    (void)sc;
    const gint8 *x = b->a ? b->a + row0 : NULL, *y = b->b ? b->b + row0 : NULL;
    const int one = b->cr->level, other = b->cr->level_other;
    if (x && y) /* both columns: plain loads, which vectorise */
        for (guint i = 0; i < n; i++)
            languages_lane(m, u, i, x[i], y[i], one, other);
    else
        for (guint i = 0; i < n; i++)
            languages_lane(m, u, i, x ? x[i] : -1, y ? y[i] : -1, one, other);
}
EVALUATOR(LANGUAGES)

FILL_LANES(LANGUAGE)
{
    (void)sc;
    const gint8 *x = b->a ? b->a + row0 : NULL;
    const int min = b->cr->level;
    for (guint i = 0; i < n; i++) {
        int v = x ? x[i] : -1;
        LANE_SET(*m, i, v >= min);
        LANE_SET(*u, i, v < 0);
    }
}
EVALUATOR(LANGUAGE)

FILL_LANES(CLEARANCE)
{
    (void)sc;
    const gint8 *held = b->a + row0;
    const int min = b->cr->level;
    for (guint i = 0; i < n; i++) {
        LANE_SET(*m, i, held[i] >= min);
        LANE_SET(*u, i, held[i] < 0);
    }
}
EVALUATOR(CLEARANCE)

FILL_LANES(DEADLINE)
{
    (void)sc;
    const guint32 *day = b->dates + row0;
    const guint32 deadline = b->cr->on_date;
    for (guint i = 0; i < n; i++) {
        LANE_SET(*m, i, (day[i] != ELG_UNKNOWN_DATE) & (day[i] <= deadline));
        LANE_SET(*u, i, day[i] == ELG_UNKNOWN_DATE);
    }
}
EVALUATOR(DEADLINE)

/* Only the unknown lanes: who holds a tag is precomputed (b->bits). */
FILL_LANES(SKILL)
{
    (void)sc;
    (void)m;
    const guint8 *flags = b->flags + row0;
    for (guint i = 0; i < n; i++)
        LANE_SET(*u, i, flags[i] & ELG_ROW_SKILLS_UNKNOWN);
}

ELG_VECTOR_CLONES
static void eval_SKILL(const elg_bound *b, const elg_scan *sc, guint row0, guint n,
                       guint64 *met, guint64 *unk)
{
    lanes u;
    FILL_BLOCK(SKILL, NULL, &u);
    /* blocks start on a multiple of 64, so the precomputed bitmap is one word */
    const guint64 m = b->bits[row0 >> 6];
    *met = m;
    *unk = elg_pack64(u.b, n) & ~m;
}

FILL_LANES(PANEL)
{
    (void)sc;
    const gint8 *answer = b->a + row0;
    for (guint i = 0; i < n; i++) {
        LANE_SET(*m, i, answer[i] == 1);
        LANE_SET(*u, i, answer[i] < 0);
    }
}

ELG_VECTOR_CLONES
static void eval_PANEL(const elg_bound *b, const elg_scan *sc, guint row0, guint n,
                       guint64 *met, guint64 *unk)
{
    if (!b->a) { /* no q_ column: every answer unknown */
        *met = 0;
        *unk = n == 64 ? ~(guint64)0 : (((guint64)1 << n) - 1);
        return;
    }
    lanes m, u;
    FILL_BLOCK(PANEL, &m, &u);
    *met = elg_pack64(m.b, n);
    *unk = elg_pack64(u.b, n);
}

const elg_eval_fn elg_eval[] = {
#define X(e, name, help) eval_##e,
#include "criteria.def"
    ELG_CRITERION_KINDS(X)
#undef X
    [ELG_EVAL_EDUCATION_SPANS] = eval_EDUCATION_spans,
    [ELG_EVAL_EXPERIENCE_SPANS] = eval_EXPERIENCE_spans,
};

/* --- binding -------------------------------------------------------------- */

static const gint8 *language_column(const elg_profiles *p, const char *code, gint8 *const *lang_columns)
{
    if (strcmp(code, "en") == 0)
        return (const gint8 *)p->english->data;
    if (strcmp(code, "fr") == 0)
        return (const gint8 *)p->french->data;
    const gint lang = elg_store_language_find(p, code);
    return lang >= 0 && lang_columns ? lang_columns[lang] : NULL;
}

void elg_bind(elg_bound *b, const elg_criterion *cr, const elg_profiles *p, guint64 *const *skill_rows,
              gint8 *const *lang_columns)
{
    memset(b, 0, sizeof *b);
    for (guint k = 0; k < ELG_FIELDS_MAX; k++)
        b->field[k] = -1;
    b->cr = cr;
    b->eval = cr->kind;
    b->flags = (const guint8 *)p->flags->data;
    b->total = (const gint32 *)p->exp_total->data;
    b->decides = cr->essential;
    switch (cr->kind) {
    case ELG_KIND_NATIONALITY: {
        b->nat = (const guint32 *)p->nat->data;
        const guint sets = p->nat_sets->len;
        b->nat_state = g_new(guint8, sets);
        const guint8 *member = cr->member;
        for (guint k = 0; k < sets; k++) {
            const guint8 *s = (const guint8 *)p->nat_sets->data + (gsize)k * ELG_NAT_SLOTS;
            /* unknown: nothing given, a token that names no country, or a
             * territory of a member state ("Réunion": France) */
            int is_member = 0, unsure = s[0] == ELG_NAT_EMPTY;
            for (int j = 0; j < ELG_NAT_SLOTS; j++) {
                is_member |= member[s[j]];
                unsure |= s[j] == ELG_NAT_UNRECOGNISED || elg_ref_member_territory(p->ref, s[j], member);
            }
            b->nat_state[k] = (guint8)(is_member | ((!is_member) & unsure) << 1);
        }
        break;
    }
    case ELG_KIND_EDUCATION:
        b->a = (const gint8 *)p->education->data;
        b->b = (const gint8 *)p->equivalent->data;
        b->c = (const gint8 *)p->staff_college->data;
        if (cr->or_years && p->spans->len) { /* the total stands in for the level */
            b->spans = (const elg_years_span *)(const void *)p->spans->data;
            b->n_spans = p->spans->len;
            b->eval = ELG_EVAL_EDUCATION_SPANS;
        }
        break;
    case ELG_KIND_EXPERIENCE:
        for (guint k = 0; k < cr->n_fields; k++)
            b->field[k] = elg_store_field_find(p, cr->fields[k]);
        if (p->spans->len) {
            b->spans = (const elg_years_span *)(const void *)p->spans->data;
            b->n_spans = p->spans->len;
            b->eval = ELG_EVAL_EXPERIENCE_SPANS;
        }
        break;
    case ELG_KIND_LANGUAGES:
        b->a = language_column(p, cr->lang[0], lang_columns);
        b->b = language_column(p, cr->lang[1], lang_columns);
        break;
    case ELG_KIND_LANGUAGE:
        b->a = language_column(p, cr->lang[0], lang_columns);
        break;
    case ELG_KIND_CLEARANCE:
        b->a = (const gint8 *)p->clearance->data;
        break;
    case ELG_KIND_DEADLINE:
        b->dates = (const guint32 *)p->applied_on->data;
        b->decides = cr->essential && p->present[ELG_COL_APPLIED_ON];
        break;
    case ELG_KIND_SKILL: {
        guint words = (p->n + 63) / 64;
        b->bits = g_new0(guint64, words ? words : 1);
        /* the union of the rows holding each tag (elg_skill_rows) */
        for (guint t = 0; t < cr->tags->len; t++) {
            gpointer v = g_hash_table_lookup(p->skill_index, g_ptr_array_index(cr->tags, t));
            const guint64 *rows = v && skill_rows ? skill_rows[GPOINTER_TO_UINT(v) - 1] : NULL;
            for (guint w = 0; rows && w < words; w++)
                b->bits[w] |= rows[w];
        }
        break;
    }
    case ELG_KIND_PANEL: {
        const elg_keyed_column *k = elg_store_keyed(p->answers, cr->id);
        b->a = k ? (const gint8 *)k->values->data : NULL;
        b->decides = cr->essential && k != NULL;
        break;
    }
    case ELG_KIND__COUNT:
        break;
    }
}

/* Warn in D of each answer column (q_C) of P that no panel criterion of
 * POSTS takes: a typo in its header, or a post left out. */
static void unused_answers(const elg_profiles *p, elg_post *const *posts, guint n_posts, elg_diags *d)
{
    for (guint k = 0; k < p->answers->len; k++) {
        const char *key = ((const elg_keyed_column *)g_ptr_array_index(p->answers, k))->key;
        gboolean taken = FALSE; /* as elg_bind takes it: a panel criterion of that id */
        const elg_criterion *decided = NULL; /* one of that id the file's data decide */
        const elg_post *decided_post = NULL;
        for (guint i = 0; i < n_posts && !taken; i++)
            for (guint c = 0; c < posts[i]->criteria->len && !taken; c++) {
                const elg_criterion *cr = elg_post_criterion(posts[i], c);
                taken = cr->kind == ELG_KIND_PANEL && strcmp(cr->id, key) == 0;
                if (!taken && !decided && strcmp(cr->id, key) == 0) {
                    decided = cr;
                    decided_post = posts[i];
                }
            }
        if (taken)
            continue;
        gchar *name = g_strconcat("q_", key, NULL);
        guint column = 0;
        for (guint h = 0; h < p->mapping->len && !column; h++) {
            const char *m = g_ptr_array_index(p->mapping, h);
            column = m && strcmp(m, name) == 0 ? h + 1 : 0;
        }
        if (decided) /* "q_nato_structure" of a panel criterion that became experience */
            elg_diags_add(d, ELG_WARNING, p->file, 1, column, NULL, name, NULL,
                          "%s: criterion \"%s\" of post %s is a%s %s criterion, decided by the file's data, not "
                          "by an answer; the column is not used",
                          name, key, decided_post->id, decided->kind == ELG_KIND_EDUCATION ||
                          decided->kind == ELG_KIND_EXPERIENCE ? "n" : "", elg_kind_names[decided->kind]);
        else
            elg_diags_add(d, ELG_WARNING, p->file, 1, column, NULL, name, NULL,
                          "%s: no post screened has a criterion \"%s\" for it to answer; the column is not used",
                          name, key);
        g_free(name);
    }
}

/* Is an essential criterion CR unknown for every row of P, for want of
 * its column?  NEED marks the columns to name, FIELDS the experience_F
 * columns (a field no column and no experience list gives); languages are
 * read from english, french or the languages list, so only a file with
 * none of the three lacks them. */
static void mark_missing(const elg_profiles *p, const elg_criterion *cr, gboolean *need, GString *fields)
{
    const gboolean *has = p->present;
    switch (cr->kind) {
    case ELG_KIND_NATIONALITY:
        need[ELG_COL_NATIONALITY] |= !has[ELG_COL_NATIONALITY] && !has[ELG_COL_OTHER_NATIONALITIES];
        break;
    case ELG_KIND_EDUCATION:
        /* the years alternative decides rows without a level, unless a
         * level goes with the years (or_level) */
        if (!has[ELG_COL_EDUCATION] && (!cr->or_years || cr->or_level >= 0 || !has[ELG_COL_EXPERIENCE_YEARS])) {
            need[ELG_COL_EDUCATION] = TRUE;
            need[ELG_COL_EXPERIENCE_YEARS] |= cr->or_years && !has[ELG_COL_EXPERIENCE_YEARS];
        }
        break;
    case ELG_KIND_EXPERIENCE:
        need[ELG_COL_EXPERIENCE_YEARS] |= !cr->n_fields && !has[ELG_COL_EXPERIENCE_YEARS];
        /* fields no column and no experience list gives ("Relevant
         * experience" not read): unknown for every row */
        if (!cr->n_fields || has[ELG_COL_EXPERIENCE])
            break;
        for (guint k = 0; k < cr->n_fields; k++)
            if (elg_store_field_find(p, cr->fields[k]) >= 0)
                return;
        for (guint k = 0; k < cr->n_fields; k++) {
            gchar *name = g_strconcat("experience_", cr->fields[k], NULL);
            gchar *listed = g_strconcat(", ", fields->str, ", ", NULL), *item = g_strconcat(", ", name, ", ", NULL);
            if (!strstr(listed, item))
                g_string_append_printf(fields, "%s%s", fields->len ? ", " : "", name);
            g_free(listed);
            g_free(item);
            g_free(name);
        }
        break;
    case ELG_KIND_LANGUAGES:
        if (!has[ELG_COL_ENGLISH] && !has[ELG_COL_FRENCH] && !has[ELG_COL_LANGUAGES])
            need[ELG_COL_ENGLISH] = need[ELG_COL_FRENCH] = TRUE;
        break;
    default:
        break;
    }
}

/* Warn in D when an essential criterion of POSTS needs a column P lacks
 * (unknown for every row), naming the headers nothing reads: a typo in one
 * of them is the likeliest cause. */
static void missing_columns(const elg_profiles *p, elg_post *const *posts, guint n_posts, elg_diags *d)
{
    gboolean need[ELG_COL__COUNT] = {FALSE};
    GString *fields = g_string_new(NULL);
    for (guint i = 0; i < n_posts; i++)
        for (guint c = 0; c < posts[i]->criteria->len; c++) {
            const elg_criterion *cr = elg_post_criterion(posts[i], c);
            if (cr->essential)
                mark_missing(p, cr, need, fields);
        }
    GString *missing = g_string_new(NULL), *unread = g_string_new(NULL);
    for (int c = 0; c < ELG_COL__COUNT; c++)
        if (need[c])
            g_string_append_printf(missing, "%s%s", missing->len ? ", " : "", elg_column_names[c]);
    if (fields->len)
        g_string_append_printf(missing, "%s%s", missing->len ? ", " : "", fields->str);
    g_string_free(fields, TRUE);
    /* a --keep column is read, into the report: no typo of a field's header */
    gboolean *kept = g_new0(gboolean, p->headers->len);
    for (guint k = 0; p->kept && k < p->kept->len; k++)
        kept[g_array_index(p->text_header_index, guint, g_array_index(p->kept, guint, k))] = TRUE;
    guint n_unread = 0;
    for (guint h = 0; missing->len && h < p->headers->len; h++)
        if (!g_ptr_array_index(p->mapping, h) && !kept[h]) {
            n_unread++;
            g_string_append(unread, unread->len ? ", " : "");
            const char *hd = g_ptr_array_index(p->headers, h);
            elg_quote(unread, hd, strlen(hd), 40);
        }
    /* without unread headers the file simply lacks the column: every column is optional */
    if (unread->len)
        elg_diags_add(d, ELG_WARNING, p->file, 1, 0, NULL, NULL, NULL,
                      "no column gives %s, which the posts screened require: unknown for every row; "
                      "%s %s %s not read (map %s with --map; see eligo inspect)",
                      missing->str, n_unread > 1 ? "the columns" : "the column", unread->str,
                      n_unread > 1 ? "are" : "is", n_unread > 1 ? "one" : "it");
    g_free(kept);
    g_string_free(missing, TRUE);
    g_string_free(unread, TRUE);
}

/* Warn in D of each post of POSTS with a deadline and no deadline
 * criterion when rows of P applied after it: a hand-written rule set that
 * gives the date (for membership) and forgets the criterion lets late
 * applications through without a word. */
static void unscreened_deadlines(const elg_profiles *p, elg_post *const *posts, guint n_posts, elg_diags *d)
{
    if (!p->present[ELG_COL_APPLIED_ON])
        return;
    const guint32 *day = (const guint32 *)p->applied_on->data;
    guint32 last = 0; /* the latest application: posts whose deadline is later are passed over */
    for (guint r = 0; r < p->n; r++)
        if (day[r] != ELG_UNKNOWN_DATE && day[r] > last)
            last = day[r];
    guint column = 0;
    for (guint h = 0; h < p->mapping->len && !column; h++)
        column = g_strcmp0(g_ptr_array_index(p->mapping, h), "applied_on") == 0 ? h + 1 : 0;
    for (guint i = 0; i < n_posts; i++) {
        const elg_post *post = posts[i];
        gboolean screened = FALSE;
        for (guint c = 0; c < post->criteria->len && !screened; c++)
            screened = elg_post_criterion(post, c)->kind == ELG_KIND_DEADLINE;
        if (screened || !post->deadline || post->deadline >= last)
            continue;
        guint late = 0;
        for (guint r = 0; r < p->n; r++)
            late += day[r] != ELG_UNKNOWN_DATE && day[r] > post->deadline;
        if (!late)
            continue;
        char date[11];
        elg_date_format(post->deadline, date);
        elg_diags_add(d, ELG_WARNING, p->file, 1, column, NULL, "applied_on", NULL,
                      "applied_on: %u row%s applied after post %s's deadline (%s), which no criterion of the post "
                      "screens; add {\"id\": \"deadline\", \"kind\": \"deadline\"} to its essential criteria to "
                      "screen them out",
                      late, late > 1 ? "s" : "", post->id, date);
    }
}

void elg_screen_warnings(const elg_profiles *profiles, elg_post *const *posts, unsigned n_posts, elg_diags *diags)
{
    unused_answers(profiles, posts, n_posts, diags);
    missing_columns(profiles, posts, n_posts, diags);
    unscreened_deadlines(profiles, posts, n_posts, diags);
}

guint64 **elg_skill_rows(const elg_profiles *p, elg_post *const *posts, guint n_posts)
{
    const guint n_skills = p->skill_names->len, words = (p->n + 63) / 64;
    guint64 **rows = g_new0(guint64 *, n_skills ? n_skills : 1);
    gboolean any = FALSE;
    for (guint q = 0; q < n_posts; q++)
        for (guint c = 0; c < posts[q]->criteria->len; c++) {
            const elg_criterion *cr = elg_post_criterion(posts[q], c);
            for (guint t = 0; cr->kind == ELG_KIND_SKILL && t < cr->tags->len; t++) {
                gpointer v = g_hash_table_lookup(p->skill_index, g_ptr_array_index(cr->tags, t));
                if (v && !rows[GPOINTER_TO_UINT(v) - 1]) {
                    rows[GPOINTER_TO_UINT(v) - 1] = g_new0(guint64, words ? words : 1);
                    any = TRUE;
                }
            }
        }
    if (!any) {
        g_free(rows);
        return NULL;
    }
    return rows;
}

void elg_skill_rows_fill(const elg_profiles *p, guint64 *const *rows, guint from, guint to)
{
    const guint32 *start = (const guint32 *)p->skill_start->data;
    const guint32 *ids = (const guint32 *)p->skill_ids->data;
    const guint r1 = MIN(p->n, to * 64);
    for (guint r = from * 64; r < r1; r++)
        for (guint32 k = start[r]; k < start[r + 1]; k++)
            if (rows[ids[k]])
                rows[ids[k]][r >> 6] |= (guint64)1 << (r & 63);
}

void elg_skill_rows_free(const elg_profiles *p, guint64 **rows)
{
    for (guint k = 0; rows && k < p->skill_names->len; k++)
        g_free(rows[k]);
    g_free(rows);
}

gint8 **elg_language_columns(const elg_profiles *p, elg_post *const *posts, guint n_posts)
{
    const guint n_langs = p->lang_codes->len;
    gint8 **cols = g_new0(gint8 *, n_langs ? n_langs : 1);
    gboolean any = FALSE;
    for (guint q = 0; q < n_posts; q++)
        for (guint c = 0; c < posts[q]->criteria->len; c++) {
            const elg_criterion *cr = elg_post_criterion(posts[q], c);
            const int langs = cr->kind == ELG_KIND_LANGUAGES ? 2 : cr->kind == ELG_KIND_LANGUAGE ? 1 : 0;
            for (int k = 0; k < langs; k++) {
                const gint lang = elg_store_language_find(p, cr->lang[k]);
                if (lang >= 0 && !cols[lang]) {
                    cols[lang] = g_malloc(p->n ? p->n : 1);
                    memset(cols[lang], ELG_UNKNOWN_I8, p->n);
                    any = TRUE;
                }
            }
        }
    if (!any) {
        g_free(cols);
        return NULL;
    }
    /* one pass over the rows' pairs for every language asked */
    const guint8 *count = (const guint8 *)p->lang_count->data;
    const elg_lang_pair *pair = (const elg_lang_pair *)(const void *)p->lang_pairs->data;
    for (guint r = 0, k = 0; r < p->n; r++)
        for (const guint end = k + count[r]; k < end; k++)
            if (cols[pair[k].lang])
                cols[pair[k].lang][r] = pair[k].level;
    return cols;
}

void elg_language_columns_free(const elg_profiles *p, gint8 **cols)
{
    for (guint k = 0; cols && k < p->lang_codes->len; k++)
        g_free(cols[k]);
    g_free(cols);
}

/* --- shared evaluations ---------------------------------------------------- */

static guint mix(guint64 h, guint64 v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15ull;
    return (guint)(h ^ (h >> 32));
}

static guint hash_bytes(guint64 h, const guint8 *b, gsize n)
{
    for (gsize i = 0; i < n; i++)
        h = (h ^ b[i]) * 0x100000001B3ull;
    return mix(h, n);
}

/* A languages criterion reads its two columns symmetrically (eval_LANGUAGES). */
static void language_pair_sorted(const elg_bound *b, const gint8 **lo, const gint8 **hi)
{
    const gboolean swap = (guintptr)b->a > (guintptr)b->b;
    *lo = swap ? b->b : b->a;
    *hi = swap ? b->a : b->b;
}

guint elg_bound_hash(const elg_bound *b, const elg_profiles *p)
{
    const elg_criterion *cr = b->cr;
    guint64 h = (guint64)cr->kind + 1;
    switch (cr->kind) {
    case ELG_KIND_NATIONALITY:
        return hash_bytes(h, b->nat_state, p->nat_sets->len);
    case ELG_KIND_EDUCATION:
        return mix(mix(h, (guint64)cr->level << 2 | (guint64)!!cr->staff_college << 1 | !!cr->equivalent),
                   (guint64)(guint32)cr->or_years << 8 | (guint8)cr->or_level);
    case ELG_KIND_EXPERIENCE:
        h = mix(h, (guint64)(guint32)cr->years << 1 | !!cr->or_related);
        for (guint k = 0; k < cr->n_fields; k++)
            h = mix(h, b->field_slot[k] + 1u);
        return mix(h, cr->n_fields);
    case ELG_KIND_LANGUAGES: {
        const gint8 *lo, *hi;
        language_pair_sorted(b, &lo, &hi);
        return mix(mix(mix(h, (guintptr)lo), (guintptr)hi), (guint64)(guint8)cr->level << 8 | (guint8)cr->level_other);
    }
    case ELG_KIND_LANGUAGE:
    case ELG_KIND_CLEARANCE:
        return mix(mix(h, (guintptr)b->a), (guint8)cr->level);
    case ELG_KIND_DEADLINE:
        return mix(h, cr->on_date);
    case ELG_KIND_SKILL: {
        /* a sample of the words: equal bitmaps are then compared whole */
        const gsize words = (p->n + 63) / 64;
        for (gsize w = 0; w < words; w += 1 + words / 64)
            h = mix(h, b->bits[w]);
        return mix(h, words);
    }
    case ELG_KIND_PANEL:
        return mix(h, (guintptr)b->a);
    case ELG_KIND__COUNT:
        break;
    }
    return (guint)h;
}

gboolean elg_bound_same(const elg_bound *x, const elg_bound *y, const elg_profiles *p)
{
    const elg_criterion *a = x->cr, *b = y->cr;
    if (a->kind != b->kind)
        return FALSE;
    switch (a->kind) {
    case ELG_KIND_NATIONALITY:
        return memcmp(x->nat_state, y->nat_state, p->nat_sets->len) == 0;
    case ELG_KIND_EDUCATION:
        return a->level == b->level && !a->staff_college == !b->staff_college && !a->equivalent == !b->equivalent &&
               a->or_years == b->or_years && a->or_level == b->or_level;
    case ELG_KIND_EXPERIENCE:
        return a->years == b->years && a->n_fields == b->n_fields && !a->or_related == !b->or_related &&
               memcmp(x->field_slot, y->field_slot, a->n_fields * sizeof x->field_slot[0]) == 0;
    case ELG_KIND_LANGUAGES: {
        const gint8 *xlo, *xhi, *ylo, *yhi;
        language_pair_sorted(x, &xlo, &xhi);
        language_pair_sorted(y, &ylo, &yhi);
        return xlo == ylo && xhi == yhi && a->level == b->level && a->level_other == b->level_other;
    }
    case ELG_KIND_LANGUAGE:
    case ELG_KIND_CLEARANCE:
        return x->a == y->a && a->level == b->level;
    case ELG_KIND_DEADLINE:
        return a->on_date == b->on_date;
    case ELG_KIND_SKILL:
        return memcmp(x->bits, y->bits, (p->n + 63) / 64 * sizeof(guint64)) == 0;
    case ELG_KIND_PANEL:
        return x->a == y->a;
    case ELG_KIND__COUNT:
        break;
    }
    return FALSE;
}
