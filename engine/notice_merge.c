/* The English and French texts checked against each other (notice_int.h).
 * Items of the two lists are paired (they are translations, usually in the
 * same order); every value read from a pair, and a language level's numeral
 * and label, is a reading; the value most readings support is kept, and where
 * they disagree a warning lists them all.  On a tie the less demanding value
 * is kept, so that a misprint does not exclude anyone. */
#include "notice_int.h"
#include "post.h" /* ELG_FIELDS_MAX */

#include <string.h>
#include "values.h"

typedef struct {
    int value;
    char *who;          /* "English numeral", "French" */
    const char *shown;  /* as written */
    gboolean bare;      /* SHOWN is the value itself (a numeral) */
    unsigned line, col;
} reading;

typedef char *(*show_fn)(const nt_doc *d, int value);

static char *show_level(const nt_doc *d, int v)
{
    return g_strdup(v >= 0 && v <= ELG_LEVEL_MAX ? d->ref->level_roman[v] : "?");
}

static char *show_education(const nt_doc *d, int v)
{
    return g_strdup(v >= 0 && v <= ELG_EDU_MAX ? d->ref->education_id[v] : "?");
}

static char *show_clearance(const nt_doc *d, int v)
{
    return g_strdup(v >= 0 && v <= ELG_CLEARANCE_MAX ? d->ref->clearance_id[v] : "?");
}

static char *show_years(const nt_doc *d, int v)
{
    (void)d;
    char buf[24];
    elg_years_format(v, buf);
    return g_strdup(buf);
}

static char *show_date(const nt_doc *d, int v)
{
    (void)d;
    char buf[11];
    elg_date_format((guint32)v, buf);
    return g_strdup(buf);
}

static void add_reading(GArray *rs, const nt_obs *o, const char *who, gboolean bare)
{
    if (o->value < 0)
        return;
    reading r = {o->value, g_strdup(who), o->shown ? o->shown : "", bare, o->line, o->col};
    g_array_append_val(rs, r);
}

static void readings_free(GArray *rs)
{
    for (guint i = 0; i < rs->len; i++)
        g_free(g_array_index(rs, reading, i).who);
    g_array_free(rs, TRUE);
}

/* The value most readings support; on a tie the lowest (HIGHER: the highest).
 * Disagreement is reported with every reading. */
static int vote(nt_doc *d, GArray *rs, const char *field, const char *what, show_fn show,
                gboolean higher)
{
    if (rs->len == 0)
        return -1;
    int best = -1, best_count = 0;
    gboolean tie = FALSE;
    for (guint i = 0; i < rs->len; i++) {
        int v = g_array_index(rs, reading, i).value, count = 0;
        for (guint j = 0; j < rs->len; j++)
            count += g_array_index(rs, reading, j).value == v;
        if (count > best_count) {
            best = v;
            best_count = count;
            tie = FALSE;
        } else if (count == best_count && v != best) {
            tie = TRUE;
            if (higher ? v > best : v < best)
                best = v;
        }
    }
    if (best_count == (int)rs->len)
        return best;
    GString *msg = g_string_new(NULL);
    const reading *first_odd = NULL;
    for (guint i = 0; i < rs->len; i++) {
        const reading *r = &g_array_index(rs, reading, i);
        char *v = show(d, r->value);
        if (i)
            g_string_append(msg, ", ");
        if (r->bare || strcmp(r->shown, v) == 0)
            g_string_append_printf(msg, "%s %s", r->who, v);
        else
            g_string_append_printf(msg, "%s \"%s\" = %s", r->who, r->shown, v);
        g_free(v);
        if (r->value != best && !first_odd)
            first_odd = r;
    }
    char *kept = show(d, best);
    if (tie)
        nt_warn(d, first_odd->line, first_odd->col, field, first_odd->shown,
                "%s: %s; the readings are split, so the less demanding %s is kept", what, msg->str, kept);
    else
        nt_warn(d, first_odd->line, first_odd->col, field, first_odd->shown,
                "%s: %s; %s is kept (%d of %u readings)", what, msg->str, kept, best_count, rs->len);
    g_free(kept);
    g_string_free(msg, TRUE);
    return best;
}

static const char *who(nt_lang l, const char *suffix, char *buf, size_t size)
{
    g_snprintf(buf, size, "%s%s%s", nt_lang_name(l), suffix ? " " : "", suffix ? suffix : "");
    return buf;
}

/* One value read from both texts (E or F may be NULL). */
static int vote_main(nt_doc *d, nt_crit *e, nt_crit *f, const char *field, const char *what,
                     show_fn show)
{
    GArray *rs = g_array_new(FALSE, FALSE, sizeof(reading));
    char buf[40];
    if (e)
        add_reading(rs, &e->main, who(e->item->lang, NULL, buf, sizeof buf), FALSE);
    if (f)
        add_reading(rs, &f->main, who(f->item->lang, NULL, buf, sizeof buf), FALSE);
    int v = vote(d, rs, field, what, show, FALSE);
    readings_free(rs);
    return v;
}

static const char *const role_what[NR_N] = {
    "languages: the level required in one of the official languages",
    "languages: the level required in the other official language",
    "languages: the level required in both official languages",
    "languages: the level required in English",
    "languages: the level required in French",
};

static void merge_languages(nt_doc *d, nt_crit *keep, nt_crit *e, nt_crit *f)
{
    gboolean roles_differ = FALSE;
    for (int r = 0; r < NR_N; r++) {
        gboolean in_e = e && (e->level[r][0].value >= 1 || e->level[r][1].value >= 1);
        gboolean in_f = f && (f->level[r][0].value >= 1 || f->level[r][1].value >= 1);
        if (e && f && in_e != in_f)
            roles_differ = TRUE;
        if (e && f && !in_e)
            continue; /* the English wording decides which roles there are */
        GArray *rs = g_array_new(FALSE, FALSE, sizeof(reading));
        char buf[40];
        nt_crit *both[] = {e, f};
        for (int k = 0; k < 2; k++) {
            nt_crit *c = both[k];
            if (!c)
                continue;
            /* two notations ("3333 / SLP IV") are quoted, named by their text only */
            const nt_obs *num = &c->level[r][0], *label = &c->level[r][1];
            add_reading(rs, num, who(c->item->lang, num->notation ? NULL : "numeral", buf, sizeof buf),
                        !num->notation);
            add_reading(rs, label, who(c->item->lang, label->notation ? NULL : "label", buf, sizeof buf), FALSE);
        }
        int v = vote(d, rs, "languages", role_what[r], show_level, FALSE);
        keep->chosen[r] = v >= 1 ? v : 0;
        readings_free(rs);
    }
    if (roles_differ)
        nt_warn(d, f->line, f->col, "languages", f->text,
                "languages: the French text assigns the levels differently from the English "
                "(\"%s\"); the English wording is kept", e->text);
}

static void merge_flag(nt_doc *d, nt_crit *e, nt_crit *f, gboolean *keep, gboolean ve,
                       gboolean vf, const char *what)
{
    if (!e || !f || ve == vf)
        return;
    nt_crit *has = ve ? e : f;
    nt_warn(d, has->line, has->col, "education", has->text,
            "education: %s is accepted only in the %s text; it is accepted", what,
            nt_lang_name(has->item->lang));
    *keep = TRUE;
}

/* Years of experience in place of the degree: offered in one text only,
 * they are accepted (as merge_flag); offered otherwise in each, the English
 * reading is kept, and said. */
static void merge_years_alternative(nt_doc *d, nt_crit *keep, nt_crit *e, nt_crit *f)
{
    if (!e || !f || (e->or_years == f->or_years && e->or_level == f->or_level && e->or_added == f->or_added))
        return;
    nt_crit *has = e->or_years ? e : f;
    if (!e->or_years || !f->or_years)
        nt_warn(d, has->line, has->col, "education", has->text,
                "education: years of experience in place of the degree are offered only in the %s text; they are "
                "accepted", nt_lang_name(has->item->lang));
    else
        nt_warn(d, e->line, e->col, "education", e->text,
                "education: the English and French texts offer different years of experience in place of the "
                "degree; the English reading is kept");
    keep->or_years = has->or_years;
    keep->or_level = has->or_level;
    keep->or_added = has->or_added;
}

/* FIELDS as "a, b or c", or the total when none (g_free). */
static char *fields_shown(const GPtrArray *fields)
{
    return fields->len ? nt_join(fields, "", " or ") : g_strdup("(none: total experience)");
}

static gboolean listed(const GPtrArray *fields, const char *field)
{
    for (guint i = 0; i < fields->len; i++)
        if (strcmp(g_ptr_array_index(fields, i), field) == 0)
            return TRUE;
    return FALSE;
}

/* Experience in any of several fields in E or F (or_fields): the fields
 * either text offers will do (the compiler is never stricter than the
 * notice); beyond a criterion's ELG_FIELDS_MAX, the panel judges the rest
 * (or_related).  A text that reads no field reads the total. */
static void merge_any_of_fields(nt_doc *d, nt_crit *keep, const nt_crit *e, const nt_crit *f)
{
    GPtrArray *fe = nt_crit_fields(e), *ff = nt_crit_fields(f), *all = g_ptr_array_new();
    for (guint i = 0; i < fe->len; i++)
        g_ptr_array_add(all, g_ptr_array_index(fe, i));
    for (guint i = 0; i < ff->len; i++)
        if (!listed(all, g_ptr_array_index(ff, i)))
            g_ptr_array_add(all, g_ptr_array_index(ff, i));
    /* the same fields, in any order */
    const gboolean same = all->len == fe->len && all->len == ff->len;
    char *read_e = fields_shown(fe), *read_f = fields_shown(ff);
    if (!same && (!e->field || !f->field))
        keep->field_either = TRUE; /* a text without a field reads the total */
    if (all->len > ELG_FIELDS_MAX) { /* as either_checked: the first ones, and the rest the panel's */
        g_ptr_array_set_size(all, ELG_FIELDS_MAX);
        keep->or_related = TRUE;
    }
    if (!keep->field_either && !same) {
        /* KEEP is E or F: its strings are copied before they are replaced */
        GPtrArray *rest = g_ptr_array_new_with_free_func(g_free);
        for (guint i = 1; i < all->len; i++)
            g_ptr_array_add(rest, g_strdup(g_ptr_array_index(all, i)));
        char *first = g_strdup(g_ptr_array_index(all, 0));
        g_free(keep->field);
        keep->field = first;
        if (keep->or_fields)
            g_ptr_array_free(keep->or_fields, TRUE);
        keep->or_fields = rest;
    }
    if (!same) {
        GPtrArray *kept = nt_crit_fields(keep);
        char *fields = fields_shown(kept);
        char *outcome = keep->field_either ? g_strdup("the total experience is kept")
                                           : g_strdup_printf("any of %s will do%s", fields,
                                                             keep->or_related ? ", and other experience is left to "
                                                                                "the panel" : "");
        nt_warn(d, f->line, f->col, keep->field, f->text,
                "experience: the English text reads the field%s %s, the French %s; %s", fe->len > 1 ? "s" : "",
                read_e, read_f, outcome);
        g_free(outcome);
        g_free(fields);
        g_ptr_array_free(kept, TRUE);
    }
    g_free(read_e);
    g_free(read_f);
    g_ptr_array_free(fe, TRUE);
    g_ptr_array_free(ff, TRUE);
    g_ptr_array_free(all, TRUE);
}

static void merge_experience(nt_doc *d, nt_crit *keep, nt_crit *e, nt_crit *f)
{
    if (e && f && (e->main.value < 0) != (f->main.value < 0)) {
        nt_crit *has = e->main.value >= 0 ? e : f;
        nt_warn(d, has->line, has->col, has->field, has->text,
                "experience: a number of years is given only in the %s text; it is kept",
                nt_lang_name(has->item->lang));
    }
    keep->main.value = vote_main(d, e, f, keep->field, "experience: the years required", show_years);
    /* other experience offered in either text: the panel's (either_checked) */
    keep->field_either = (e && e->field_either) || (f && f->field_either);
    keep->or_related = (e && e->or_related) || (f && f->or_related);
    if (e && f && (e->or_fields || f->or_fields)) {
        merge_any_of_fields(d, keep, e, f);
        return;
    }
    if (!e || !f || g_strcmp0(e->field, f->field) == 0)
        return;
    /* a field of the vocabulary beats a new tag; else the English wording.
     * KEEP may be E itself: the warning names E's field as read, before it
     * is replaced by the French one */
    char *read_e = g_strdup(e->field);
    nt_crit *src = (e->field && !e->new_field) || !f->field || f->new_field ? e : f;
    if (src != keep) {
        g_free(keep->field);
        keep->field = g_strdup(src->field);
        keep->new_field = src->new_field;
    }
    nt_warn(d, f->line, f->col, keep->field, f->text,
            "experience: the English text reads the field %s, the French %s; %s is kept",
            read_e ? read_e : "(none: total experience)",
            f->field ? f->field : "(none: total experience)",
            keep->field && !keep->field_either ? keep->field : "the total experience");
    g_free(read_e);
}

static void merge_skills(nt_doc *d, nt_crit *keep, nt_crit *other)
{
    gboolean added = FALSE;
    for (guint i = 0; i < other->tags->len; i++) {
        const char *tag = g_ptr_array_index(other->tags, i);
        gboolean seen = FALSE;
        for (guint j = 0; j < keep->tags->len && !seen; j++)
            seen = strcmp(g_ptr_array_index(keep->tags, j), tag) == 0;
        if (!seen) {
            g_ptr_array_add(keep->tags, g_strdup(tag));
            added = TRUE;
        }
    }
    if (added || other->tags->len < keep->tags->len)
        nt_warn(d, other->line, other->col, "skills", other->text,
                "skills: the English and French texts name different skills; any of them counts");
}

/* Do notes A and B say the same but for what they quote (each text warns
 * in its own words: "the recency \"within the last 10 years\"" and
 * "the recency \"au cours des 10 dernières années\"")? */
static gboolean same_note(const char *a, const char *b)
{
    while (*a && *a == *b) {
        if (*a == '"') {
            const char *qa = strchr(a + 1, '"'), *qb = strchr(b + 1, '"');
            if (!qa || !qb)
                return strcmp(a, b) == 0;
            a = qa;
            b = qb;
        }
        a++;
        b++;
    }
    return *a == *b;
}

/* Does KEEP give a note that says TEXT already? */
static gboolean has_note(const nt_crit *keep, const char *text)
{
    if (keep->note && same_note(keep->note, text))
        return TRUE;
    for (guint i = 0; keep->apart && i < keep->apart->len; i++)
        if (same_note(((const nt_note *)g_ptr_array_index(keep->apart, i))->text, text))
            return TRUE;
    return FALSE;
}

/* The notes of OTHER that KEEP does not give are given too, at their place
 * and quoting OTHER's wording: a recency written only in the French text is
 * warned about as well. */
static void take_notes(nt_crit *keep, const nt_crit *other)
{
    if (other->note && !has_note(keep, other->note))
        nt_crit_note_of(keep, other->note_line, other->note_col, other->text, other->note);
    for (guint i = 0; other->apart && i < other->apart->len; i++) {
        const nt_note *n = g_ptr_array_index(other->apart, i);
        if (!has_note(keep, n->text))
            nt_crit_note_of(keep, n->line, n->col, n->value ? n->value : other->text, n->text);
    }
}

/* Keep one criterion for the readings E (English) and F (French). */
static nt_crit *merge_pair(nt_doc *d, nt_crit *e, nt_crit *f)
{
    nt_crit *keep = e ? e : f;
    switch (keep->kind) {
    case NK_EDUCATION:
        keep->main.value = vote_main(d, e, f, "education", "education: the level required", show_education);
        merge_flag(d, e, f, &keep->equivalent, e && e->equivalent, f && f->equivalent,
                   "an equivalent qualification");
        merge_flag(d, e, f, &keep->staff_college, e && e->staff_college, f && f->staff_college,
                   "a military staff college");
        merge_years_alternative(d, keep, e, f);
        break;
    case NK_EXPERIENCE:
        merge_experience(d, keep, e, f);
        break;
    case NK_LANGUAGES:
        merge_languages(d, keep, e, f);
        break;
    case NK_LANGUAGE:
        keep->main.value = vote_main(d, e, f, "language", "language: the level required", show_level);
        break;
    case NK_CLEARANCE:
        keep->main.value = vote_main(d, e, f, "clearance", "clearance: the level required", show_clearance);
        break;
    case NK_SKILL:
        if (e && f)
            merge_skills(d, keep, f);
        break;
    default:
        break;
    }
    if (e && f)
        take_notes(keep, keep == e ? f : e);
    return keep;
}

/* --- pairing the items ---------------------------------------------------------------- */

static gboolean same_kind(const nt_crit *a, const nt_crit *b)
{
    return a->kind == b->kind && (a->kind != NK_LANGUAGE || strcmp(a->code, b->code) == 0);
}

/* A panel criterion for a part of its item ("a valid driving licence"
 * beside the years read from the rest), not for the whole item (nor for
 * it and the item before, whose criteria it took: failing_item). */
static gboolean part_panel(const nt_crit *c)
{
    return c->kind == NK_PANEL && !c->item->absorbs && strcmp(c->text, c->item->text->str) != 0;
}

static gboolean all_panel(const nt_item *it)
{
    for (guint i = 0; i < it->crits->len; i++)
        if (((nt_crit *)g_ptr_array_index(it->crits, i))->kind != NK_PANEL)
            return FALSE;
    return TRUE;
}

/* How well two items match: items are translations in the same order, so any
 * pair scores; pairs of the same kinds score more. */
static int similarity(const nt_item *a, const nt_item *b)
{
    int s = 1;
    if (all_panel(a) && all_panel(b))
        return s + 1;
    for (guint i = 0; i < a->crits->len; i++)
        for (guint j = 0; j < b->crits->len; j++) {
            const nt_crit *x = g_ptr_array_index(a->crits, i), *y = g_ptr_array_index(b->crits, j);
            if (x->kind != NK_PANEL && same_kind(x, y)) {
                s += 2;
                if (x->kind == NK_EXPERIENCE && g_strcmp0(x->field, y->field) == 0)
                    s += 1;
                break;
            }
        }
    return s;
}

static void only_in(nt_doc *d, const nt_crit *c, const char *other_lang)
{
    static const char *const kinds[] = {"education", "experience", "languages", "language",
                                        "languages", "clearance", "skill", "panel"};
    nt_warn(d, c->line, c->col, c->field ? c->field : kinds[c->kind], c->text,
            "%s requirement read only in the %s text (the %s item says otherwise)",
            kinds[c->kind], nt_lang_name(c->item->lang), other_lang);
}

/* Merge the criteria of the paired items E and F (either may be NULL) into OUT. */
static void merge_items(nt_doc *d, nt_item *e, nt_item *f, GPtrArray *out)
{
    if (!e || !f) {
        nt_item *it = e ? e : f;
        for (guint i = 0; i < it->crits->len; i++)
            g_ptr_array_add(out, merge_pair(d, g_ptr_array_index(it->crits, i), NULL));
        return;
    }
    gboolean *used = g_new0(gboolean, f->crits->len + 1);
    gboolean f_panel = all_panel(f);
    for (guint i = 0; i < e->crits->len; i++) {
        nt_crit *x = g_ptr_array_index(e->crits, i), *y = NULL;
        if (x->kind == NK_PANEL && !f_panel && !part_panel(x))
            continue; /* the French reading is more precise; see below */
        for (guint j = 0; j < f->crits->len && !y; j++)
            if (!used[j] && same_kind(x, g_ptr_array_index(f->crits, j)) &&
                part_panel(x) == part_panel(g_ptr_array_index(f->crits, j))) {
                y = g_ptr_array_index(f->crits, j);
                used[j] = TRUE;
            }
        if (!y && x->kind != NK_PANEL)
            only_in(d, x, nt_lang_name(f->lang));
        g_ptr_array_add(out, merge_pair(d, x, y));
    }
    for (guint j = 0; j < f->crits->len; j++) {
        nt_crit *y = g_ptr_array_index(f->crits, j);
        /* a part the panel is to judge is kept from either text, so that
         * none is lost */
        if (used[j] || (y->kind == NK_PANEL && !part_panel(y)))
            continue;
        if (y->kind != NK_PANEL)
            only_in(d, y, nt_lang_name(e->lang));
        g_ptr_array_add(out, merge_pair(d, NULL, y));
    }
    g_free(used);
}

/* The items of ITEMS (borrowed) but those whose criteria went to the next
 * item ("5 years in F;" then "failing that, 8 years in G;"): the two are
 * one item of the other text ("5 years in F; failing that, 8 years in G"),
 * and pairing each alone would shift every pair after them by one. */
static GPtrArray *unabsorbed(const GPtrArray *items)
{
    GPtrArray *kept = g_ptr_array_sized_new(items->len);
    for (guint i = 0; i < items->len; i++)
        if (!((const nt_item *)g_ptr_array_index(items, i))->absorbed)
            g_ptr_array_add(kept, g_ptr_array_index(items, i));
    return kept;
}

GPtrArray *nt_merge(nt_doc *d, nt_list list)
{
    GPtrArray *out = g_ptr_array_new();
    GPtrArray *E = unabsorbed(d->items[NT_EN][list]), *F = unabsorbed(d->items[NT_FR][list]);
    if (E->len == 0 || F->len == 0) {
        GPtrArray *one = E->len ? E : F;
        for (guint i = 0; i < one->len; i++)
            merge_items(d, g_ptr_array_index(one, i), NULL, out);
        g_ptr_array_free(E, TRUE);
        g_ptr_array_free(F, TRUE);
        return out;
    }
    /* align the two lists (at most NT_MAX_ITEMS each): best total similarity */
    guint m = E->len, n = F->len;
    int *score = g_new0(int, (m + 1) * (n + 1));
#define S(i, j) score[(i) * (n + 1) + (j)]
    for (guint i = m; i-- > 0;)
        for (guint j = n; j-- > 0;) {
            int pair = S(i + 1, j + 1) + similarity(g_ptr_array_index(E, i), g_ptr_array_index(F, j));
            int skip = MAX(S(i + 1, j), S(i, j + 1));
            S(i, j) = MAX(pair, skip);
        }
    guint i = 0, j = 0;
    while (i < m || j < n) {
        nt_item *e = i < m ? g_ptr_array_index(E, i) : NULL, *f = j < n ? g_ptr_array_index(F, j) : NULL;
        if (e && f && S(i, j) == S(i + 1, j + 1) + similarity(e, f)) {
            merge_items(d, e, f, out);
            i++;
            j++;
        } else {
            nt_item *alone = e && (!f || S(i, j) == S(i + 1, j)) ? e : f;
            unsigned line, col;
            nt_item_pos(alone, 0, &line, &col);
            nt_warn(d, line, col, NULL, alone->text->str,
                    "this %s item has no counterpart in the %s text: \"%s\"",
                    nt_lang_name(alone->lang), nt_lang_name(alone->lang == NT_EN ? NT_FR : NT_EN),
                    alone->text->str);
            merge_items(d, alone == e ? e : NULL, alone == f ? f : NULL, out);
            if (alone == e)
                i++;
            else
                j++;
        }
    }
#undef S
    g_free(score);
    g_ptr_array_free(E, TRUE);
    g_ptr_array_free(F, TRUE);
    return out;
}

void nt_wished_to_desirable(GPtrArray *ess, GPtrArray *des)
{
    guint moved = 0;
    for (guint i = 0; i < ess->len; i++) {
        nt_crit *c = g_ptr_array_index(ess, i);
        if (!c->wished)
            continue;
        g_ptr_array_remove_index(ess, i--);
        g_ptr_array_insert(des, (gint)moved++, c);
    }
}

/* --- header facts ----------------------------------------------------------------------- */

static void copy_fact(nt_fact *out, const nt_fact *a, const nt_fact *b)
{
    const nt_fact *src = a && a->value ? a : b && b->value ? b : NULL;
    if (src) {
        *out = *src;
        out->value = g_strdup(src->value);
        out->whole = g_strdup(src->whole);
        out->raw = g_strdup(src->raw);
    }
}

void nt_merge_header(nt_doc *d, nt_header *out)
{
    memset(out, 0, sizeof *out);
    out->grades = g_ptr_array_new_with_free_func(g_free);
    out->clearance_level = -1;
    nt_header *e = d->header_read[NT_EN] ? &d->header[NT_EN] : NULL;
    nt_header *f = d->header_read[NT_FR] ? &d->header[NT_FR] : NULL;
    nt_header *first = e ? e : f, *second = e ? f : NULL;
    if (!first)
        return;
    copy_fact(&out->id, &first->id, second ? &second->id : NULL);
    copy_fact(&out->title, &first->title, second ? &second->title : NULL);
    copy_fact(&out->body, &first->body, second ? &second->body : NULL);
    copy_fact(&out->location, &first->location, second ? &second->location : NULL);
    copy_fact(&out->deadline, &first->deadline, second ? &second->deadline : NULL);
    copy_fact(&out->grade, &first->grade, second ? &second->grade : NULL);
    copy_fact(&out->clearance, &first->clearance, second ? &second->clearance : NULL);
    copy_fact(&out->nationality, &first->nationality, second ? &second->nationality : NULL);
    out->org = first->org ? first->org : second ? second->org : NULL;
    if (second && first->id.value && second->id.value && strcmp(first->id.value, second->id.value) != 0)
        nt_warn(d, second->id.line, second->id.col, "id", second->id.value,
                "the %s text gives the post number %s, the %s text %s; %s is kept",
                nt_lang_name(NT_EN), first->id.value, nt_lang_name(NT_FR), second->id.value,
                first->id.value);
    /* the deadline: a disagreement is decided for the later date */
    GArray *rs = g_array_new(FALSE, FALSE, sizeof(reading));
    nt_header *hs[] = {first, second};
    for (int k = 0; k < 2; k++) {
        nt_header *h = hs[k];
        if (!h || !h->deadline_jd)
            continue;
        reading r = {(int)h->deadline_jd, g_strdup(nt_lang_name(h == e ? NT_EN : NT_FR)),
                     h->deadline.value, FALSE, h->deadline.line, h->deadline.col};
        g_array_append_val(rs, r);
    }
    int jd = vote(d, rs, "deadline", "the application deadline", show_date, TRUE);
    readings_free(rs);
    out->deadline_jd = jd > 0 ? (guint32)jd : 0;
    out->ongoing = !out->deadline_jd && (first->ongoing || (second && second->ongoing));
    /* grades: all the texts name */
    for (int k = 0; k < 2; k++)
        for (guint i = 0; hs[k] && i < hs[k]->grades->len; i++) {
            nt_grade_add_named(out->grades, g_ptr_array_index(hs[k]->grades, i));
        }
    if (second && first->grades->len && second->grades->len &&
        out->grades->len != first->grades->len)
        nt_warn(d, second->grade.line, second->grade.col, "grades", second->grade.value,
                "the %s and %s texts give different grades; all of them are kept",
                nt_lang_name(NT_EN), nt_lang_name(NT_FR));
    /* "the 2 similar positions below: Officer, G17; Officer, G15" */
    guint before = out->grades->len;
    for (int k = 0; k < 2; k++)
        for (guint i = 0; hs[k] && i < hs[k]->post_grades->len; i++) {
            nt_grade_add_named(out->grades, g_ptr_array_index(hs[k]->post_grades, i));
        }
    if (out->grades->len > before && before > 0) {
        GString *all = g_string_new(NULL);
        for (guint i = 0; i < out->grades->len; i++)
            g_string_append_printf(all, "%s%s", i ? ", " : "", (char *)g_ptr_array_index(out->grades, i));
        nt_warn(d, out->grade.line, out->grade.col, "grades", out->grade.value,
                "the grade line says \"%s\" but the notice lists posts at other grades; the grades are %s",
                out->grade.value, all->str);
        g_string_free(all, TRUE);
    }
    out->clearance_level = first->clearance_level >= 1 ? first->clearance_level
                           : second ? second->clearance_level : -1;
    if (second && first->clearance_level >= 1 && second->clearance_level >= 1 &&
        first->clearance_level != second->clearance_level)
        nt_warn(d, second->clearance.line, second->clearance.col, "clearance", second->clearance.value,
                "the %s text states the clearance %s, the %s text %s; %s is kept",
                nt_lang_name(NT_EN), d->ref->clearance_id[first->clearance_level],
                nt_lang_name(NT_FR), d->ref->clearance_id[second->clearance_level],
                d->ref->clearance_id[first->clearance_level]);
}
