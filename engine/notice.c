/* The notice compiler's entry point (notice.h): run the steps of
 * notice_int.h and write the rule set of rules/README.md. */
#include "notice.h"

#include <stdarg.h>
#include <string.h>
#include "notice_int.h"
#include "values.h"

const char *nt_lang_name(nt_lang l) { return l == NT_EN ? "English" : "French"; }

void nt_warn(nt_doc *d, unsigned line, unsigned col, const char *field, const char *value,
             const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    elg_diags_add(d->diags, ELG_WARNING, d->file, line, col, NULL, field, value, "%s", msg);
    g_free(msg);
}

/* --- ids -------------------------------------------------------------------------- */

/* BASE, or BASE_2, BASE_3 … when taken. */
static char *unique_id(GHashTable *taken, const char *base)
{
    char *id = g_strdup(base);
    for (int k = 2; g_hash_table_contains(taken, id); k++) {
        g_free(id);
        id = g_strdup_printf("%s_%d", base, k);
    }
    g_hash_table_add(taken, g_strdup(id));
    return id;
}

static char *base_id(const nt_doc *d, const nt_crit *c, nt_list list)
{
    switch (c->kind) {
    case NK_EDUCATION:
        return list == NT_ESSENTIAL ? g_strdup("education")
                                    : g_strdup_printf("education_%s", d->ref->education_id[c->main.value]);
    case NK_EXPERIENCE:
        if (!c->field || c->field_either)
            return g_strdup("experience");
        /* "experience_logistics_or_audit"; open lists by their first field */
        GString *id = g_string_new("experience_");
        g_string_append(id, c->field);
        for (guint i = 0; c->or_fields && !c->or_related && i < c->or_fields->len; i++)
            g_string_append_printf(id, "_or_%s", (const char *)g_ptr_array_index(c->or_fields, i));
        if (c->or_related)
            g_string_append(id, "_or_related");
        return g_string_free(id, FALSE);
    case NK_LANGUAGES:
        return g_strdup("languages");
    case NK_HIGHER_LANGUAGE:
        return g_strdup("languages_higher");
    case NK_LANGUAGE:
        return g_strdup_printf("language_%s", c->code);
    case NK_CLEARANCE:
        return g_strdup("clearance");
    case NK_SKILL: {
        GString *s = g_string_new("skill");
        for (guint i = 0; i < c->tags->len && i < 2; i++)
            g_string_append_printf(s, "_%s", (char *)g_ptr_array_index(c->tags, i));
        return g_string_free(s, FALSE);
    }
    default:
        return nt_slug(c->text, c->item->lang);
    }
}

/* --- JSON ---------------------------------------------------------------------- */

static void add_source(cJSON *o, unsigned line, const char *text)
{
    cJSON *src = cJSON_AddObjectToObject(o, "source");
    cJSON_AddNumberToObject(src, "line", line);
    cJSON_AddStringToObject(src, "text", text);
}

/* Does the nationality sentence admit partner nations as well ("and of
 * partner nations", "pays partenaires", "Partnership for Peace")? */
static gboolean partner_nations(const char *sentence)
{
    static const char *const partner[] = {"partner", "partners", "partenaire", "partenaires", "partnership", "partenariat",
                                          "pfp", "ppp", NULL};
    nt_toks t;
    nt_toks_init(&t, sentence, strlen(sentence));
    const gboolean found = nt_find_seq(&t, 0, nt_ntoks(&t), partner, NULL) >= 0;
    nt_toks_clear(&t);
    return found;
}

static cJSON *criterion(const char *id, const char *kind)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", id);
    cJSON_AddStringToObject(o, "kind", kind);
    return o;
}

static void finish(cJSON *o, const nt_crit *c)
{
    /* a criterion read from a part of its item that holds no words (a
     * misreading) still says where it came from: a rule set asks for a text */
    cJSON_AddStringToObject(o, "text", *c->text ? c->text : c->item->text->str);
    add_source(o, c->item->line, c->item->raw->str);
}

/* The official-language levels kept for C: "one"/"other", "both", or
 * fixed levels per language (written as two `language` criteria). */
static gboolean add_languages(nt_doc *d, cJSON *list, nt_crit *c, GHashTable *taken)
{
    int before = cJSON_GetArraySize(list);
    const int *v = c->chosen;
    if (v[NR_ONE] || v[NR_OTHER]) {
        char *id = unique_id(taken, "languages");
        cJSON *o = criterion(id, "languages");
        int one = v[NR_ONE] ? v[NR_ONE] : v[NR_OTHER], other = v[NR_ONE] && v[NR_OTHER] ? v[NR_OTHER] : 1;
        if (!v[NR_ONE] || !v[NR_OTHER])
            nt_warn(d, c->line, c->col, "languages", c->text,
                    "languages: only one level is given; level I is required in the other official language");
        cJSON_AddStringToObject(o, "one", d->ref->level_roman[one]);
        cJSON_AddStringToObject(o, "other", d->ref->level_roman[other]);
        finish(o, c);
        cJSON_AddItemToArray(list, o);
        g_free(id);
    } else if (v[NR_BOTH]) {
        char *id = unique_id(taken, "languages");
        cJSON *o = criterion(id, "languages");
        cJSON_AddStringToObject(o, "both", d->ref->level_roman[v[NR_BOTH]]);
        finish(o, c);
        cJSON_AddItemToArray(list, o);
        g_free(id);
    }
    const char *codes[] = {"en", "fr"};
    for (int k = 0; k < 2; k++) {
        int level = v[NR_EN + k];
        if (!level)
            continue;
        char *base = g_strdup_printf("language_%s", codes[k]);
        char *id = unique_id(taken, base);
        cJSON *o = criterion(id, "language");
        cJSON_AddStringToObject(o, "language", codes[k]);
        cJSON_AddStringToObject(o, "level", d->ref->level_roman[level]);
        finish(o, c);
        cJSON_AddItemToArray(list, o);
        g_free(id);
        g_free(base);
    }
    return cJSON_GetArraySize(list) > before;
}

/* "Higher level of the second official language": the essential levels with
 * the other one a step up. */
static gboolean add_higher(nt_doc *d, cJSON *list, nt_crit *c, const nt_crit *ess, GHashTable *taken)
{
    if (!ess || (!ess->chosen[NR_OTHER] && !ess->chosen[NR_BOTH]))
        return FALSE;
    int one = ess->chosen[NR_ONE] ? ess->chosen[NR_ONE] : ess->chosen[NR_BOTH];
    int other = ess->chosen[NR_OTHER] ? ess->chosen[NR_OTHER] : ess->chosen[NR_BOTH];
    if (other >= ELG_LEVEL_MAX)
        return FALSE;
    char *id = unique_id(taken, "languages_higher");
    cJSON *o = criterion(id, "languages");
    cJSON_AddStringToObject(o, "one", d->ref->level_roman[one]);
    cJSON_AddStringToObject(o, "other", d->ref->level_roman[other + 1]);
    finish(o, c);
    cJSON_AddItemToArray(list, o);
    g_free(id);
    return TRUE;
}

static void add_criterion(nt_doc *d, cJSON *list, nt_crit *c, nt_list which,
                          const nt_crit *ess_languages, GHashTable *taken)
{
    if (c->note)
        nt_warn(d, c->note_line, c->note_col, c->field, c->text, "%s", c->note);
    for (guint i = 0; c->apart && i < c->apart->len; i++) {
        const nt_note *n = g_ptr_array_index(c->apart, i);
        nt_warn(d, n->line, n->col, c->field, n->value ? n->value : c->text, "%s", n->text);
    }
    if (c->kind == NK_LANGUAGES) {
        if (add_languages(d, list, c, taken))
            return;
        nt_warn(d, c->line, c->col, "languages", c->text,
                "languages: no level is left after the cross-check; it is left to the panel");
        c->kind = NK_PANEL;
    }
    if (c->kind == NK_HIGHER_LANGUAGE) {
        if (add_higher(d, list, c, ess_languages, taken))
            return;
        nt_warn(d, c->line, c->col, NULL, c->text,
                "a higher level of the second official language is asked for, but the essential "
                "levels leave no higher level; it is left to the panel");
        c->kind = NK_PANEL;
    }
    if ((c->kind == NK_EDUCATION || c->kind == NK_LANGUAGE || c->kind == NK_CLEARANCE) &&
        c->main.value < (c->kind == NK_EDUCATION ? 0 : 1))
        c->kind = NK_PANEL; /* nothing usable was read */
    char *base = base_id(d, c, which);
    char *id = unique_id(taken, base);
    g_free(base);
    static const char *const kinds[] = {"education", "experience", "languages", "language",
                                        "languages", "clearance", "skill", "panel"};
    cJSON *o = criterion(id, kinds[c->kind]);
    g_free(id);
    switch (c->kind) {
    case NK_EDUCATION:
        if (c->or_level >= c->main.value)
            c->or_years = 0; /* the English and French texts voted a lower degree: the years add nothing */
        cJSON_AddStringToObject(o, "level", d->ref->education_id[c->main.value]);
        if (c->or_years > 0)
            cJSON_AddNumberToObject(o, "or_years", c->or_years / 1000.0);
        if (c->or_years > 0 && c->or_level >= 0)
            cJSON_AddStringToObject(o, "or_level", d->ref->education_id[c->or_level]);
        if (c->equivalent)
            cJSON_AddBoolToObject(o, "equivalent", TRUE);
        if (c->staff_college)
            cJSON_AddBoolToObject(o, "staff_college", TRUE);
        break;
    case NK_EXPERIENCE:
        if (c->main.value > 0)
            cJSON_AddNumberToObject(o, "years", c->main.value / 1000.0);
        if (!c->field || c->field_either) /* the total */
            break;
        if (c->or_fields) {
            GPtrArray *all = nt_crit_fields(c);
            cJSON *fields = cJSON_AddArrayToObject(o, "fields");
            for (guint i = 0; i < all->len; i++)
                cJSON_AddItemToArray(fields, cJSON_CreateString(g_ptr_array_index(all, i)));
            g_ptr_array_free(all, TRUE);
        } else
            cJSON_AddStringToObject(o, "field", c->field);
        if (c->or_related)
            cJSON_AddBoolToObject(o, "or_related", TRUE);
        break;
    case NK_LANGUAGE:
        cJSON_AddStringToObject(o, "language", c->code);
        cJSON_AddStringToObject(o, "level", d->ref->level_roman[c->main.value]);
        break;
    case NK_CLEARANCE:
        cJSON_AddStringToObject(o, "level", d->ref->clearance_id[c->main.value]);
        break;
    case NK_SKILL: {
        cJSON *tags = cJSON_AddArrayToObject(o, "tags");
        for (guint i = 0; i < c->tags->len; i++)
            cJSON_AddItemToArray(tags, cJSON_CreateString(g_ptr_array_index(c->tags, i)));
        break;
    }
    default:
        break;
    }
    finish(o, c);
    cJSON_AddItemToArray(list, o);
}

/* --- warnings about what is missing ------------------------------------------------- */

static const char *const list_names[NT_NLIST][NT_NLANG] = {
    {"ESSENTIAL", "ACQUIS ESSENTIELS"},
    {"DESIRABLE", "ACQUIS SOUHAITABLES"},
};

static unsigned part_line(const nt_doc *d, nt_lang l)
{
    for (guint i = 0; i < d->nparts; i++)
        if (d->parts[i].lang == l && d->parts[i].first < d->text.lines->len)
            return nt_line_at(&d->text, d->parts[i].first)->line;
    return 1;
}

/* Does the last item, at the very end of the text, stop in mid-sentence (on
 * a comma or a word such as "of"), or end the essential list of a notice
 * whose desirable list never comes? */
static gboolean cut_off(const nt_doc *d, const nt_item *it)
{
    const char *raw = it->raw->str;
    size_t n = strlen(raw);
    while (n > 0 && raw[n - 1] == ' ')
        n--;
    if (n > 0 && strchr(",-(/", raw[n - 1]))
        return TRUE; /* the item text lost that trailing punctuation */
    return nt_open_end(it) || (it->list == NT_ESSENTIAL && !d->has_list[it->lang][NT_DESIRABLE]);
}

static void check_coverage(nt_doc *d)
{
    for (int k = 0; k < NT_NLIST; k++) {
        guint en = d->items[NT_EN][k]->len, fr = d->items[NT_FR][k]->len;
        if (!en && !fr) {
            nt_warn(d, 1, 1, NULL, NULL,
                    "no %s list (%s / %s) was found%s", k == NT_ESSENTIAL ? "essential" : "desirable",
                    list_names[k][NT_EN], list_names[k][NT_FR],
                    k == NT_ESSENTIAL ? "; only the nationality and the deadline are checked" : "");
            continue;
        }
        for (int l = 0; l < NT_NLANG; l++) {
            guint mine = l == NT_EN ? en : fr, theirs = l == NT_EN ? fr : en;
            if (d->lang_seen[l] && !mine && theirs)
                nt_warn(d, part_line(d, (nt_lang)l), 1, NULL, NULL,
                        "the %s text has no %s list; the %s one is used without a cross-check",
                        nt_lang_name((nt_lang)l), list_names[k][l],
                        nt_lang_name(l == NT_EN ? NT_FR : NT_EN));
        }
    }
    if (!d->lang_seen[NT_EN])
        nt_warn(d, part_line(d, NT_FR), 1, NULL, NULL,
                "no English text was found; the notice is read from the French text alone");
    else if (!d->lang_seen[NT_FR])
        nt_warn(d, part_line(d, NT_EN), 1, NULL, NULL,
                "no French text was found; the values are not cross-checked");
    /* a notice cut off in the middle of a list */
    const nt_item *last = NULL;
    for (int l = 0; l < NT_NLANG; l++)
        for (int k = 0; k < NT_NLIST; k++) {
            GPtrArray *a = d->items[l][k];
            const nt_item *it = a->len ? g_ptr_array_index(a, a->len - 1) : NULL;
            if (it && (!last || it->line > last->line))
                last = it;
        }
    guint end = d->text.lines->len;
    while (end > 0 && nt_line_at(&d->text, end - 1)->len == 0)
        end--;
    if (last && !last->ended && end > 0) {
        const nt_piece *pc = &g_array_index(last->pieces, nt_piece, last->pieces->len - 1);
        if (pc->ln == nt_line_at(&d->text, end - 1) && cut_off(d, last))
            nt_warn(d, pc->ln->line, pc->ln->cols[pc->ln->len], NULL, last->text->str,
                    "the notice ends inside a list item; it may be cut off");
    }
}

/* --- the rule set --------------------------------------------------------------------- */

static char *file_id(const char *file)
{
    if (!file)
        return NULL;
    char *base = g_path_get_basename(file);
    char *dot = strrchr(base, '.');
    if (dot && dot != base)
        *dot = '\0';
    GString *s = g_string_new(NULL);
    for (const char *p = base; *p; p++)
        if (g_ascii_isalnum(*p) || *p == '-' || *p == '_')
            g_string_append_c(s, *p);
    g_free(base);
    if (s->len == 0) {
        g_string_free(s, TRUE);
        return NULL;
    }
    return g_string_free(s, FALSE);
}

static const nt_crit *essential_languages(GPtrArray *ess)
{
    for (guint i = 0; i < ess->len; i++) {
        const nt_crit *c = g_ptr_array_index(ess, i);
        if (c->kind == NK_LANGUAGES)
            return c;
    }
    return NULL;
}

/* Years of experience offered in place of the degree (or_years): an item
 * or note of their own ("a lower level of education with 10 years of
 * experience may be accepted in lieu of a university degree") is read
 * into the education criterion of that degree; "4 additional years" come
 * on top of the post's own experience requirement, the most years of its
 * essential experience criteria, which must be met besides. */
static void degree_alternatives(nt_doc *d, GPtrArray *ess, GPtrArray *des)
{
    for (guint i = 0; i < ess->len; i++) {
        nt_crit *b = g_ptr_array_index(ess, i);
        if (b->kind != NK_EDUCATION || !b->or_years)
            continue;
        guint j = 0;
        for (; j < ess->len; j++) {
            nt_crit *a = g_ptr_array_index(ess, j);
            /* a note that names no degree speaks of the list's */
            const gboolean same = b->main.value < 0 ? a->main.value > b->or_level : a->main.value == b->main.value;
            if (a == b || a->kind != NK_EDUCATION || a->or_years || !same)
                continue;
            a->or_years = b->or_years;
            a->or_level = b->or_level;
            a->or_added = b->or_added;
            /* at the item, or at the words that offer the years in an item
             * that asks for more (nt_read_education quotes them) */
            unsigned line = b->line, col = b->col;
            if (b->item->note || b->main.value >= 0)
                nt_item_pos(b->item, 0, &line, &col);
            nt_crit_note_apart(a, line, col, "\"%s\" offers years of experience in place of the degree; "
                               "they are read into the education criterion", b->text);
            if (b->note) /* "8 to 10 years" is a range: said of the years it gives */
                nt_crit_note_apart(a, b->note_line, b->note_col, "%s", b->note);
            g_ptr_array_remove_index(ess, i--);
            break;
        }
        if (j == ess->len && b->item->note) {
            /* no degree in the list for the note's years to replace: as any
             * other note (a note asks for no degree of its own) */
            unsigned line, col;
            nt_item_pos(b->item, 0, &line, &col);
            nt_warn(d, line, col, NULL, NULL, "a note under the list is not read as a requirement; check whether it "
                    "changes one: \"%s\"", b->item->raw->str);
            g_ptr_array_remove_index(ess, i--);
        } else if (j == ess->len && b->main.value < 0) {
            /* no degree for them to replace: written as a panel criterion.
             * How the years would have been read into one ("read as total
             * years", a range's lower bound) is then untrue: only this is said */
            g_clear_pointer(&b->note, g_free);
            nt_crit_note(b, b->line, b->col, "\"%s\" offers years of experience in place of a degree, but no "
                         "essential criterion asks for a degree; it is left to the panel", b->text);
        }
    }
    gint32 own = 0;
    for (guint i = 0; i < ess->len; i++) {
        const nt_crit *c = g_ptr_array_index(ess, i);
        if (c->kind == NK_EXPERIENCE && c->main.value > own)
            own = c->main.value;
    }
    /* a desirable degree's additional years come on top of the same
     * requirement ("a Master's, or a Bachelor's and 2 additional years") */
    for (guint i = 0; i < ess->len + des->len; i++) {
        nt_crit *c = g_ptr_array_index(i < ess->len ? ess : des, i < ess->len ? i : i - ess->len);
        if (c->kind != NK_EDUCATION || !c->or_years || !c->or_added)
            continue;
        char add[24], total[24], req[24];
        if (!own) {
            /* nothing to add them to: read as they are, but said, as the
             * notice may have meant years it states elsewhere */
            const gboolean one = c->or_years == 1000;
            elg_years_format(c->or_years, add);
            nt_crit_note_apart(c, c->line, c->col, "the %s additional %s of experience that may replace the "
                               "degree %s read as %s %s in total: the post asks for no years of experience "
                               "they could be added to", add, elg_years_unit(c->or_years), one ? "is" : "are", add,
                               elg_years_unit(c->or_years));
            continue;
        }
        elg_years_format(c->or_years, add);
        elg_years_format(own, req);
        c->or_years = MIN(c->or_years + own, 100000);
        elg_years_format(c->or_years, total);
        nt_crit_note_apart(c, c->line, c->col, "the %s additional years of experience that may replace the degree "
                           "are read as %s years in total, the %s the post asks for and %s", add, total, req, add);
    }
}

static cJSON *build(nt_doc *d, const nt_header *h, GPtrArray *ess, GPtrArray *des)
{
    cJSON *root = cJSON_CreateObject();
    char *id = h->id.value ? g_strdup(h->id.value) : file_id(d->file);
    if (!h->id.value)
        nt_warn(d, 1, 1, "id", NULL, "no post number was found; the post is named \"%s\" after the file",
                id ? id : "notice");
    cJSON_AddStringToObject(root, "id", id ? id : "notice");
    if (h->title.value) {
        cJSON_AddStringToObject(root, "title", h->title.value);
    } else {
        nt_warn(d, 1, 1, "title", NULL, "no title was found; the post number is used");
        cJSON_AddStringToObject(root, "title", id ? id : "notice");
    }
    g_free(id);
    const char *org = h->org;
    if (!org && d->ref->organisations->len == 1) {
        /* one organisation is known: the notice is one of its own */
        org = ((const elg_organisation *)g_ptr_array_index(d->ref->organisations, 0))->id;
        nt_warn(d, 1, 1, "organisation", NULL,
                "no organisation is named; %s, the only one of rules/reference/organisations.json, is assumed", org);
    } else if (!org) {
        nt_warn(d, 1, 1, "organisation", NULL,
                "no organisation of rules/reference/organisations.json is named; the rule set has "
                "no \"organisation\" and no nationality criterion");
    }
    if (org)
        cJSON_AddStringToObject(root, "organisation", org);
    if (h->body.value)
        cJSON_AddStringToObject(root, "body", h->body.value);
    if (h->location.value)
        cJSON_AddStringToObject(root, "location", h->location.value);
    if (h->grades->len) {
        cJSON *g = cJSON_AddArrayToObject(root, "grades");
        for (guint i = 0; i < h->grades->len; i++)
            cJSON_AddItemToArray(g, cJSON_CreateString(g_ptr_array_index(h->grades, i)));
    }
    char date[11];
    if (h->deadline_jd) {
        elg_date_format(h->deadline_jd, date);
        cJSON_AddStringToObject(root, "deadline", date);
    } else if (h->ongoing) {
        cJSON_AddNullToObject(root, "deadline");
    } else if (!h->deadline.value) {
        nt_warn(d, 1, 1, "deadline", NULL, "no application deadline was found");
    }
    if (h->clearance_level >= 1)
        cJSON_AddStringToObject(root, "clearance", d->ref->clearance_id[h->clearance_level]);
    else if (d->item_clearance >= 1 && !d->held_clearance)
        cJSON_AddStringToObject(root, "clearance", d->ref->clearance_id[d->item_clearance]);

    GHashTable *taken = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_hash_table_add(taken, g_strdup("nationality"));
    g_hash_table_add(taken, g_strdup("deadline"));
    cJSON *essential = cJSON_AddArrayToObject(root, "essential");
    if (org) {
        /* "nationals of NATO member countries and of partner nations": a
         * rule set names one organisation's members; NATO's alone would
         * fail the partners' nationals */
        const gboolean partners = h->nationality.value && partner_nations(h->nationality.value);
        cJSON *o = criterion("nationality", partners ? "panel" : "nationality");
        if (partners)
            nt_warn(d, h->nationality.line, h->nationality.col, "nationality", h->nationality.value,
                    "the notice also admits nationals of partner nations, which no rule set can list; the "
                    "nationality is left to the panel");
        if (h->nationality.value) {
            cJSON_AddStringToObject(o, "text", h->nationality.value);
            add_source(o, h->nationality.line, h->nationality.value);
        }
        cJSON_AddItemToArray(essential, o);
    }
    degree_alternatives(d, ess, des);
    for (guint i = 0; i < ess->len; i++)
        add_criterion(d, essential, g_ptr_array_index(ess, i), NT_ESSENTIAL, NULL, taken);
    if (h->deadline_jd) {
        cJSON *o = criterion("deadline", "deadline");
        cJSON_AddStringToObject(o, "text", h->deadline.whole);
        add_source(o, h->deadline.first, h->deadline.raw);
        cJSON_AddItemToArray(essential, o);
    }
    cJSON *desirable = cJSON_AddArrayToObject(root, "desirable");
    const nt_crit *langs = essential_languages(ess);
    for (guint i = 0; i < des->len; i++)
        add_criterion(d, desirable, g_ptr_array_index(des, i), NT_DESIRABLE, langs, taken);
    g_hash_table_destroy(taken);
    cJSON *src = cJSON_AddObjectToObject(root, "source");
    cJSON_AddStringToObject(src, "notice", d->file ? d->file : "notice");
    return root;
}

cJSON *elg_notice_compile(const char *text, size_t len, const char *file,
                          const elg_reference *ref, elg_date_order order, elg_diags *diags)
{
    nt_doc d = {0};
    d.file = file ? file : "notice";
    d.ref = ref;
    d.date_order = order;
    d.diags = diags;
    nt_text_read(&d.text, text ? text : "", text ? len : 0);
    if (d.text.recoded)
        nt_warn(&d, 1, 1, NULL, NULL, "the notice is not UTF-8; it is read as Windows-1252");
    nt_vocab_init(&d.vocab, ref);
    nt_find_parts(&d);
    nt_find_lists(&d);
    for (guint i = 0; i < d.nparts; i++) {
        nt_lang l = d.parts[i].lang;
        if (d.header_read[l])
            continue;
        nt_header_read(&d, &d.parts[i], &d.header[l]);
        d.header_read[l] = TRUE;
    }
    for (int l = 0; l < NT_NLANG; l++)
        for (int k = 0; k < NT_NLIST; k++)
            for (guint i = 0; i < d.items[l][k]->len; i++)
                nt_classify(&d, g_ptr_array_index(d.items[l][k], i));
    nt_header h;
    nt_merge_header(&d, &h);
    guint items = 0;
    for (int l = 0; l < NT_NLANG; l++)
        for (int k = 0; k < NT_NLIST; k++)
            items += d.items[l][k]->len;
    cJSON *root = NULL;
    if (h.id.value || items > 0) {
        check_coverage(&d);
        GPtrArray *ess = nt_merge(&d, NT_ESSENTIAL), *des = nt_merge(&d, NT_DESIRABLE);
        nt_wished_to_desirable(ess, des);
        root = build(&d, &h, ess, des);
        g_ptr_array_free(ess, TRUE);
        g_ptr_array_free(des, TRUE);
    } else {
        nt_warn(&d, 1, 1, NULL, NULL,
                "no post number and no list of qualifications were found: this does not look like a vacancy notice");
    }
    nt_header_clear(&h);
    for (int l = 0; l < NT_NLANG; l++) {
        if (d.header_read[l])
            nt_header_clear(&d.header[l]);
        for (int k = 0; k < NT_NLIST; k++)
            g_ptr_array_free(d.items[l][k], TRUE);
    }
    nt_vocab_clear(&d.vocab);
    nt_text_clear(&d.text);
    return root;
}
