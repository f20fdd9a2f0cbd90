/* Reasons: why an essential criterion is not met or unknown for a candidate,
 * stating what was required and what the candidate has.  Written only for the
 * rows a report prints, never in the match loop. */
#include <string.h>
#include "diags.h" /* elg_quote */
#include "screening.h"
#include "values.h"

typedef struct {
    const elg_profiles *p;
    const elg_criterion *cr;
    const elg_bound *b;
    guint row;
    elg_state state;
    GString *out;
    gboolean asked_unread; /* the text looked for a cell the row could not read */
} why;

static const char *level_name(const elg_reference *ref, int level)
{
    return level < 0 ? "not given" : ref->level_roman[level];
}

/* The row's cell for FIELD that could not be read, or NULL; noted, as the
 * text then depends on more than the criterion's key. */
static const char *unread_cell(why *w, const char *field)
{
    w->asked_unread = TRUE;
    return elg_store_unread(w->p, w->row, field);
}

/* What the row's cell for FIELD held when it gave no value: "not given",
 * or the text that could not be read ("\"Bachelr\" not recognised"). */
static void not_given(why *w, const char *field)
{
    const char *text = unread_cell(w, field);
    if (!text) {
        g_string_append(w->out, "not given");
        return;
    }
    elg_quote(w->out, text, strlen(text), 40);
    g_string_append(w->out, " not recognised");
}

/* The level V of the language CODE (en and fr have columns of their own). */
static void level_of(why *w, const char *code, int v)
{
    if (v >= 0)
        g_string_append(w->out, w->p->ref->level_roman[v]);
    else
        not_given(w, strcmp(code, "en") == 0 ? "english" : strcmp(code, "fr") == 0 ? "french" : code);
}

static void language_name(const elg_reference *ref, const char *code, GString *out)
{
    for (guint i = 0; i < ref->languages->len; i++) {
        const elg_language *l = g_ptr_array_index(ref->languages, i);
        if (strcmp(l->code, code) == 0) {
            gchar *lower = g_utf8_strdown(l->en, -1);
            g_string_append(out, lower);
            g_free(lower);
            return;
        }
    }
    g_string_append(out, code);
}

static void explain_NATIONALITY(why *w)
{
    const elg_reference *ref = w->p->ref;
    const guint8 *s = elg_store_nat(w->p, w->row);
    char date[11];
    elg_date_format(w->cr->on_date, date);
    if (s[0] == ELG_NAT_EMPTY) {
        g_string_append(w->out, "nationality: not given");
        return;
    }
    g_string_append(w->out, "nationality: ");
    int known = 0, unrecognised = 0, places = 0;
    for (int k = 0; k < ELG_NAT_SLOTS && s[k]; k++) {
        if (s[k] == ELG_NAT_UNRECOGNISED) {
            unrecognised++;
            continue;
        }
        if (elg_ref_member_territory(ref, s[k], w->cr->member))
            places++;
        else
            g_string_append_printf(w->out, "%s%s", known++ ? ", " : "",
                                   g_array_index(ref->countries, elg_country, s[k]).en);
    }
    if (known)
        g_string_append_printf(w->out, " %s %s member%s on %s", known > 1 ? "are not" : "is not a",
                               w->cr->organisation, known > 1 ? "s" : "", date);
    /* a territory of a member state names a place, not a nationality */
    for (int k = 0, said = known; places && k < ELG_NAT_SLOTS && s[k]; k++) {
        const guint8 state = elg_ref_member_territory(ref, s[k], w->cr->member);
        if (!state)
            continue;
        const elg_country *c = &g_array_index(ref->countries, elg_country, state);
        g_string_append_printf(w->out, "%s%s is a territory of %s%s, not a nationality", said++ ? " and " : "",
                               g_array_index(ref->countries, elg_country, s[k]).en, elg_ref_country_the(c), c->en);
    }
    if (unrecognised)
        g_string_append_printf(w->out, "%s%d nationalit%s not recognised", known || places ? " and " : "",
                               unrecognised, unrecognised > 1 ? "ies" : "y");
}

/* ROW's span in FIELD (ELG_SPAN_TOTAL or a field's index), or NULL. */
static const elg_years_span *span_of(const why *w, gint32 field)
{
    return w->b->n_spans ? elg_store_span(w->p, w->row, field) : NULL; /* bound: none in most files */
}

/* Years V of FIELD as the cell gave them: "6 years", or a span, "5+ years"
 * (a lower bound) or "3-5 years" (a range). */
static void years_text(why *w, gint32 field, gint32 v)
{
    char a[24], b[24];
    const elg_years_span *sp = span_of(w, field);
    elg_years_format(v, a);
    if (!sp)
        g_string_append_printf(w->out, "%s %s", a, elg_years_unit(v));
    else if (sp->hi == ELG_YEARS_NO_MAX)
        g_string_append_printf(w->out, "%s+ years", a);
    else {
        elg_years_format(sp->hi, b);
        g_string_append_printf(w->out, "%s-%s years", a, b);
    }
}

/* A key's bits for ROW's span in FIELD: 0 for none, else the top, which
 * with the lower end (the years the key holds) tells the span. */
static guint64 span_key(const why *w, gint32 field)
{
    const elg_years_span *sp = span_of(w, field);
    return sp ? (sp->hi == ELG_YEARS_NO_MAX ? 0x3FFFFF : (guint64)sp->hi) : 0;
}

/* "FIELD: HELD, required NEED" on a ladder of NAMES (education, clearance). */
static void ladder(why *w, const char *field, char *const *names)
{
    const gint8 held = w->b->a[w->row];
    g_string_append_printf(w->out, "%s: ", field);
    if (held < 0)
        not_given(w, field);
    else
        g_string_append(w->out, names[held]);
    g_string_append_printf(w->out, ", required %s", names[w->cr->level]);
}

/* The alternatives after the level, then what the row has of them: "or
 * secondary and 10 years of experience ... (experience: 6 years)". */
static void explain_EDUCATION(why *w)
{
    const elg_criterion *cr = w->cr;
    ladder(w, "education", w->p->ref->education_id);
    if (cr->or_years) {
        g_string_append(w->out, " or ");
        elg_education_alternative(w->p->ref, cr, w->out);
    }
    if (cr->staff_college)
        g_string_append(w->out, " or staff college");
    if (cr->equivalent)
        g_string_append(w->out, " or equivalent");
    const gboolean claimed = w->state == ELG_UNKNOWN && cr->equivalent && w->b->b[w->row] == 1;
    if (cr->or_years) {
        const gint32 t = w->b->total[w->row];
        g_string_append(w->out, " (experience: ");
        if (t < 0)
            not_given(w, "experience_years");
        else
            years_text(w, ELG_SPAN_TOTAL, t);
        g_string_append(w->out, claimed ? "; " : ")");
    } else if (claimed)
        g_string_append(w->out, " (");
    if (claimed)
        g_string_append(w->out, "equivalent qualification claimed, to be assessed)");
}

/* ROW's years in field K of the criterion, 0 for "experience: none", -1 not given. */
static inline __attribute__((always_inline)) gint32 field_years(const why *w, guint k)
{
    return elg_years_or_none(elg_store_field_years(w->p, w->b->field[k], w->row), w->b->flags[w->row]);
}

/* Experience in any of several fields (eval.c fill_any_field): each
 * field's years, then why they fall short or leave it open. */
static void explain_any_field(why *w, const char *required)
{
    const elg_criterion *cr = w->cr;
    const gint32 t = w->b->total[w->row];
    gboolean missing = FALSE; /* a field named is not given */
    gint64 tops = 0; /* the fields' years together, spans at their top (as eval.c) */
    g_string_append(w->out, "experience in ");
    elg_experience_fields(cr, w->out);
    g_string_append(w->out, ": ");
    for (guint k = 0; k < cr->n_fields; k++) {
        const gint32 f = field_years(w, k);
        if (cr->n_fields > 1) /* one field (or a related one) is named just before */
            g_string_append_printf(w->out, "%s%s ", k ? ", " : "", cr->fields[k]);
        if (f >= 0) {
            const elg_years_span *sp = w->b->field[k] >= 0 ? span_of(w, w->b->field[k]) : NULL;
            tops += sp ? sp->hi : f;
            years_text(w, w->b->field[k] >= 0 ? w->b->field[k] : G_MININT32, f); /* no field: no span */
            continue;
        }
        missing = TRUE;
        gchar *column = g_strconcat("experience_", cr->fields[k], NULL);
        not_given(w, column);
        g_free(column);
    }
    /* with or_related, a field no column gives may make the years up */
    const gboolean all_given = !missing && !cr->or_related;
    if (w->state == ELG_NOT_MET && all_given && tops < w->cr->years)
        g_string_append_printf(w->out, ", together below the required %s", required);
    else if (w->state == ELG_NOT_MET) { /* a short total fails every field */
        g_string_append(w->out, ", and the total of ");
        years_text(w, ELG_SPAN_TOTAL, t);
        g_string_append_printf(w->out, " is below the required %s", required);
    } else if (all_given)
        g_string_append_printf(w->out, ", required %s in one of them, or together if the periods do not overlap",
                               required);
    else {
        if (t >= 0 && missing) { /* the total, which a field not given may lie within */
            g_string_append(w->out, " (total ");
            years_text(w, ELG_SPAN_TOTAL, t);
            g_string_append(w->out, ")");
        }
        g_string_append_printf(w->out, ", required %s", required);
    }
}

static void explain_EXPERIENCE(why *w)
{
    char need[24];
    gint32 t = w->b->total[w->row];
    elg_years_format(w->cr->years, need);
    /* a rule of "some experience" asks for 0.001 years: say "some" */
    const char *required = w->cr->years == 1 ? "some" : need;
    if (w->cr->n_fields > 1 || w->cr->or_related) {
        explain_any_field(w, required);
        return;
    }
    if (!w->cr->n_fields) {
        g_string_append(w->out, "experience: ");
        if (t < 0)
            not_given(w, "experience_years");
        else
            years_text(w, ELG_SPAN_TOTAL, t);
        g_string_append_printf(w->out, ", required %s", required);
        return;
    }
    const gint32 f = field_years(w, 0);
    g_string_append_printf(w->out, "experience in %s: ", w->cr->fields[0]);
    if (f >= 0) {
        years_text(w, w->b->field[0] >= 0 ? w->b->field[0] : G_MININT32, f); /* no field: no span */
        g_string_append_printf(w->out, ", required %s", required);
    } else {
        gchar *column = g_strconcat("experience_", w->cr->fields[0], NULL);
        not_given(w, column);
        g_free(column);
        /* a short total fails the field: say so, not in an unknown's words */
        if (w->state == ELG_NOT_MET && t >= 0) {
            g_string_append(w->out, ", and the total of ");
            years_text(w, ELG_SPAN_TOTAL, t);
            g_string_append_printf(w->out, " is below the required %s", required);
        } else {
            if (t >= 0) {
                g_string_append(w->out, " (total ");
                years_text(w, ELG_SPAN_TOTAL, t);
                g_string_append(w->out, ")");
            }
            g_string_append_printf(w->out, ", required %s", required);
        }
    }
}

/* Say which language falls short: when one of the two can take the higher
 * level, the other is measured against the lower one. */
static void explain_LANGUAGES(why *w)
{
    const elg_reference *ref = w->p->ref;
    int x = w->b->a ? w->b->a[w->row] : -1, y = w->b->b ? w->b->b[w->row] : -1;
    const int one = w->cr->level, other = w->cr->level_other;
    const char *codes[2] = {w->cr->lang[0], w->cr->lang[1]};
    int v[2] = {x, y};
    if (one == other) {
        gboolean first = TRUE;
        for (int i = 0; i < 2; i++) {
            if (v[i] >= one)
                continue;
            if (!first)
                g_string_append(w->out, ", ");
            language_name(ref, codes[i], w->out);
            g_string_append(w->out, ": ");
            level_of(w, codes[i], v[i]);
            first = FALSE;
        }
        g_string_append_printf(w->out, ", required %s in both", level_name(ref, one));
        return;
    }
    /* the language that can be "one": known at or above it, else unknown */
    int lead = -1;
    for (int i = 0; i < 2 && lead < 0; i++)
        if (v[i] >= one)
            lead = i;
    for (int i = 0; i < 2 && lead < 0; i++)
        if (v[i] < 0)
            lead = i;
    if (lead >= 0 && v[lead] >= one) {
        int o = 1 - lead;
        language_name(ref, codes[o], w->out);
        g_string_append(w->out, ": ");
        level_of(w, codes[o], v[o]);
        g_string_append_printf(w->out, ", required %s in the other language", level_name(ref, other));
        return;
    }
    if (lead >= 0) { /* the lead is unknown */
        int o = 1 - lead;
        if (v[o] >= 0 && v[o] >= other) {
            language_name(ref, codes[lead], w->out);
            g_string_append(w->out, ": ");
            level_of(w, codes[lead], v[lead]);
            g_string_append_printf(w->out, ", required %s in one language (", level_name(ref, one));
            language_name(ref, codes[o], w->out);
            g_string_append_printf(w->out, ": %s)", level_name(ref, v[o]));
            return;
        }
    }
    for (int i = 0; i < 2; i++) {
        if (i)
            g_string_append(w->out, ", ");
        language_name(ref, codes[i], w->out);
        g_string_append(w->out, ": ");
        level_of(w, codes[i], v[i]);
    }
    g_string_append_printf(w->out, ", required %s in one language and %s in the other",
                           level_name(ref, one), level_name(ref, other));
}

static void explain_LANGUAGE(why *w)
{
    const elg_reference *ref = w->p->ref;
    int v = w->b->a ? w->b->a[w->row] : -1;
    language_name(ref, w->cr->lang[0], w->out);
    g_string_append(w->out, ": ");
    level_of(w, w->cr->lang[0], v);
    g_string_append_printf(w->out, ", required %s", level_name(ref, w->cr->level));
}

static void explain_CLEARANCE(why *w) { ladder(w, "clearance", w->p->ref->clearance_id); }

static void explain_DEADLINE(why *w)
{
    char deadline[11], applied[11];
    elg_date_format(w->cr->on_date, deadline);
    guint32 d = w->b->dates[w->row];
    if (d == ELG_UNKNOWN_DATE) {
        g_string_append(w->out, "applied_on: ");
        not_given(w, "applied_on");
        g_string_append_printf(w->out, ", deadline %s", deadline);
        return;
    }
    elg_date_format(d, applied);
    g_string_append_printf(w->out, "applied on %s, after the deadline %s", applied, deadline);
}

static void explain_SKILL(why *w)
{
    g_string_append(w->out, "skills: ");
    if (w->state == ELG_UNKNOWN)
        g_string_append(w->out, "not given, ");
    g_string_append(w->out, "required one of ");
    for (guint i = 0; i < w->cr->tags->len; i++)
        g_string_append_printf(w->out, "%s%s", i ? ", " : "", (char *)g_ptr_array_index(w->cr->tags, i));
}

static void explain_PANEL(why *w)
{
    g_string_append_printf(w->out, "%s: ", w->cr->id);
    if (!w->b->a) {
        g_string_append(w->out, "assessed by the panel");
        return;
    }
    gchar *column = g_strconcat("q_", w->cr->id, NULL);
    if (w->state == ELG_UNKNOWN && unread_cell(w, column))
        not_given(w, column);
    else
        g_string_append(w->out, w->state == ELG_UNKNOWN ? "not answered" : "answered no");
    g_string_append_printf(w->out, " (%s)", column);
    g_free(column);
}

/* --- keys: what each explanation reads of the row ------------------------
 * Beside each explain_KIND above, the row's values it reads, as one number,
 * so that rows with equal keys get equal text (report.c memoises on it).
 * A key that missed an input would give a row another row's reasons:
 * tests/test_explain_memo.c compares memoised and fresh text row by row. */

/* the row's set of nationalities: equal sets, equal slots */
static guint64 key_NATIONALITY(const why *w) { return w->b->nat[w->row]; }

static guint64 key_EDUCATION(const why *w)
{
    const guint64 claimed = w->state == ELG_UNKNOWN && w->b->b[w->row] == 1;
    /* the total is quoted only where it can stand in for the level */
    const guint64 total = w->cr->or_years ? (guint32)w->b->total[w->row] : 0;
    return total << 32 | (guint64)(guint8)w->b->a[w->row] << 1 | claimed;
}

static guint64 key_EXPERIENCE(const why *w)
{
    const gint32 t = w->b->total[w->row];
    if (!w->cr->n_fields)
        return (guint32)t;
    if (w->cr->n_fields == 1 && !w->cr->or_related) {
        const gint32 f = field_years(w, 0);
        /* the total is quoted only when the field is not given */
        return f >= 0 ? (guint64)(guint32)f << 32 : (guint64)1 << 63 | (guint32)t;
    }
    /* two fields and the total, 18 bits each (years up to ELG_YEARS_MAX_MILLI,
     * -1 as 0); more do not fit, and are not memoised */
    if (w->cr->n_fields > 2)
        return ELG_EXPLAIN_NO_KEY;
    const guint64 f0 = (guint64)(field_years(w, 0) + 1);
    const guint64 f1 = w->cr->n_fields > 1 ? (guint64)(field_years(w, 1) + 1) : 0;
    /* the total is quoted when a field is not given, or when it fails them all */
    const gboolean total_quoted = !f0 || (w->cr->n_fields > 1 && !f1) || w->state == ELG_NOT_MET;
    const guint64 total = total_quoted ? (guint64)(t + 1) : 0, room = 1u << 18;
    G_STATIC_ASSERT(ELG_YEARS_MAX_MILLI + 1 < (1 << 18));
    return f0 < room && f1 < room && total < room ? f0 << 36 | f1 << 18 | total : ELG_EXPLAIN_NO_KEY;
}

/* The same in a file with spans (elg_bound.eval), with the span's top
 * where the text quotes a span: kept out of the keys above, which every
 * row of a report asks for. */
static guint64 key_EDUCATION_spans(const why *w)
{
    return key_EDUCATION(w) | span_key(w, ELG_SPAN_TOTAL) << 9; /* bound with or_years only */
}

static guint64 key_EXPERIENCE_spans(const why *w)
{
    const guint64 key = key_EXPERIENCE(w);
    if (w->cr->n_fields > 1 || w->cr->or_related) /* no room left for the spans' tops */
        return ELG_EXPLAIN_NO_KEY;
    if (!w->cr->n_fields || key >> 63) /* the total quoted */
        return key | span_key(w, ELG_SPAN_TOTAL) << 32;
    return w->b->field[0] >= 0 ? key | span_key(w, w->b->field[0]) : key;
}

static guint64 key_LANGUAGES(const why *w)
{
    const int x = w->b->a ? w->b->a[w->row] : -1, y = w->b->b ? w->b->b[w->row] : -1;
    return (guint64)(guint8)x << 8 | (guint8)y;
}

static guint64 key_LANGUAGE(const why *w) { return w->b->a ? (guint8)w->b->a[w->row] : 0xFF; }
static guint64 key_CLEARANCE(const why *w) { return (guint8)w->b->a[w->row]; }
static guint64 key_DEADLINE(const why *w) { return w->b->dates[w->row]; }
static guint64 key_SKILL(const why *w) { (void)w; return 0; }
static guint64 key_PANEL(const why *w) { (void)w; return 0; }

typedef void (*explain_fn)(why *);
static const explain_fn explainers[] = {
#define X(e, name, help) explain_##e,
#include "criteria.def"
    ELG_CRITERION_KINDS(X)
#undef X
};

typedef guint64 (*key_fn)(const why *);
static const key_fn keyers[] = { /* by elg_bound.eval */
#define X(e, name, help) key_##e,
#include "criteria.def"
    ELG_CRITERION_KINDS(X)
#undef X
    [ELG_EVAL_EDUCATION_SPANS] = key_EDUCATION_spans,
    [ELG_EVAL_EXPERIENCE_SPANS] = key_EXPERIENCE_spans,
};

gboolean elg_explain_quoting(const elg_screening *s, guint post, guint c, guint row, GString *out)
{
    const elg_post_result *r = &s->posts[post];
    why w = {s->profiles, r->bound[c].cr, &r->bound[c], row, elg_result_state(r, c, row), out, FALSE};
    explainers[w.cr->kind](&w);
    return w.asked_unread;
}

void elg_explain(const elg_screening *s, guint post, guint c, guint row, GString *out)
{
    elg_explain_quoting(s, post, c, row, out);
}

guint64 elg_explain_key(const elg_screening *s, guint post, guint c, guint row, elg_state st)
{
    const elg_post_result *r = &s->posts[post];
    const why w = {s->profiles, r->bound[c].cr, &r->bound[c], row, st, NULL, FALSE};
    return keyers[w.b->eval](&w);
}

const char *elg_clearance_held(const elg_screening *s, guint post, guint row)
{
    gint8 need = s->posts[post].post->clearance_held;
    if (need < 1)
        return NULL;
    gint8 held = ((const gint8 *)s->profiles->clearance->data)[row];
    return held < 0 ? "unknown" : held >= need ? "yes" : "no";
}
