/* What one list item asks for (notice_int.h): the kinds are tried from the
 * most specific (language levels) to the least (a panel item with its text).
 * Essential items become data criteria only where the data can decide them
 * (education, experience with years, languages, a clearance held); anything
 * else is for the panel.  Desirable items also map to skills and to
 * experience fields named without years. */
#include "notice_int.h"
#include "values.h"

#include <stdarg.h>
#include <string.h>

nt_crit *nt_crit_new(nt_kind kind, nt_item *it, const char *text, size_t len)
{
    nt_crit *c = g_new0(nt_crit, 1);
    c->kind = kind;
    c->item = it;
    c->text = g_strndup(text, len);
    c->line = it->line;
    c->main.value = -1;
    c->or_level = -1;
    for (int r = 0; r < NR_N; r++)
        c->level[r][0].value = c->level[r][1].value = -1;
    g_ptr_array_add(it->crits, c);
    return c;
}

GPtrArray *nt_crit_fields(const nt_crit *c)
{
    GPtrArray *all = g_ptr_array_new();
    if (c->field)
        g_ptr_array_add(all, c->field);
    for (guint i = 0; c->or_fields && i < c->or_fields->len; i++)
        g_ptr_array_add(all, g_ptr_array_index(c->or_fields, i));
    return all;
}

char *nt_join(const GPtrArray *items, const char *prefix, const char *link)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < items->len; i++)
        g_string_append_printf(s, "%s%s%s", i == 0 ? "" : i + 1 == items->len ? link : ", ", prefix,
                               (const char *)g_ptr_array_index(items, i));
    return g_string_free(s, FALSE);
}

void nt_crit_free(gpointer p)
{
    nt_crit *c = p;
    g_free(c->text);
    g_free(c->main.shown);
    g_free(c->field);
    if (c->or_fields)
        g_ptr_array_free(c->or_fields, TRUE);
    for (int r = 0; r < NR_N; r++) {
        g_free(c->level[r][0].shown);
        g_free(c->level[r][1].shown);
    }
    if (c->tags)
        g_ptr_array_free(c->tags, TRUE);
    g_free(c->note);
    if (c->apart)
        g_ptr_array_free(c->apart, TRUE);
    g_free(c->id);
    g_free(c);
}

void nt_crit_note(nt_crit *c, unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    if (c->note) {
        char *both = g_strdup_printf("%s; %s", c->note, msg);
        g_free(msg);
        msg = both;
    } else {
        c->note_line = line;
        c->note_col = col;
    }
    g_free(c->note);
    c->note = msg;
}

static void note_free(gpointer p)
{
    nt_note *n = p;
    g_free(n->text);
    g_free(n->value);
    g_free(n);
}

void nt_crit_note_of(nt_crit *c, unsigned line, unsigned col, const char *value, const char *text)
{
    nt_note *n = g_new(nt_note, 1);
    n->text = g_strdup(text);
    n->value = g_strdup(value);
    n->line = line;
    n->col = col;
    if (!c->apart)
        c->apart = g_ptr_array_new_with_free_func(note_free);
    g_ptr_array_add(c->apart, n);
}

void nt_crit_note_apart(nt_crit *c, unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    nt_crit_note_of(c, line, col, NULL, text);
    g_free(text);
}

/* Does the word before the range at word I open it ("between 1 and 3
 * years", "entre 1 et 3 ans", "from 3 to 5", "de 3 à 5")?  The range is
 * quoted from there. */
static gboolean range_opened(const nt_toks *t, guint i)
{
    static const char *const pairs[][2] = {{"between", "and"}, {"entre", "et"}, {"from", "to"}, {"de", "a"}};
    gint64 v;
    guint k;
    if (i == 0 || !nt_number(t, i, &v, &k))
        return FALSE;
    for (size_t p = 0; p < G_N_ELEMENTS(pairs); p++)
        if (nt_is(t, i - 1, pairs[p][0]) && nt_is(t, i + k, pairs[p][1]))
            return TRUE;
    return FALSE;
}

guint nt_range_from(const nt_toks *t, guint i)
{
    return range_opened(t, i) ? i - 1 : i;
}

void nt_note_range(nt_crit *c, const nt_item *it, const nt_toks *t, guint i, guint n, gint32 milli)
{
    if (!nt_duration_range(t, i))
        return;
    char years[24];
    elg_years_format(milli, years);
    const guint from = nt_range_from(t, i);
    n += i - from;
    i = from;
    char *shown = nt_span(t, i, n);
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, i)->start, &line, &col);
    nt_crit_note(c, line, col, "\"%s\" is a range; it is read as its lower bound, %s %s", shown, years,
                 elg_years_unit(milli));
    g_free(shown);
}

void nt_obs_set(nt_obs *o, int value, const nt_item *it, const nt_toks *t, guint i, guint n)
{
    o->value = value;
    g_free(o->shown);
    o->shown = nt_span(t, i, n);
    nt_item_pos(it, i < nt_ntoks(t) ? nt_tok_at(t, i)->start : 0, &o->line, &o->col);
}

/* --- clearance ------------------------------------------------------------------ */

static const char *const clearance_words[] = {"clearance", "clearances", "habilitation",
                                              "vetting", "cleared", "habilite", NULL};
/* Words saying the clearance is to be obtained, which every appointment
 * requires anyway, rather than already held. */
static const char *const obtain_words[] = {"obtain", "obtaining", "eligible", "eligibility",
                                           "subject", "obtenir", "susceptible", "granted", NULL};

static gboolean read_clearance_item(nt_doc *d, nt_item *it, const nt_toks *t)
{
    guint n = nt_ntoks(t);
    gboolean named = FALSE, obtain = FALSE;
    for (guint i = 0; i < n; i++) {
        named |= nt_in(t, i, clearance_words);
        obtain |= nt_in(t, i, obtain_words);
    }
    if (!named)
        return FALSE;
    for (guint i = 0; i < n; i++) {
        guint k = 0;
        int level = GPOINTER_TO_INT(nt_ngram(t, i, 5, d->ref->clearance_keys, &k)) - 1;
        if (level < 1)
            continue;
        if (obtain) {
            /* to be obtained: the panel and the appointment see to it, but
             * it is the post's level where the header names none */
            if (!d->item_clearance && it->list == NT_ESSENTIAL)
                d->item_clearance = level;
            return FALSE;
        }
        d->held_clearance = TRUE;
        nt_crit *c = nt_crit_new(NK_CLEARANCE, it, it->text->str, it->text->len);
        nt_obs_set(&c->main, level, it, t, i, k);
        c->line = c->main.line;
        c->col = c->main.col;
        return TRUE;
    }
    return FALSE;
}

/* --- desirable skills and fields -------------------------------------------------- */

static GPtrArray *cert_tags(nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint to, guint *first);
static void desirable_unread(nt_item *it, const nt_toks *t, guint from, guint to);
static gboolean names_certification(const nt_toks *t, guint from, guint to);
static void part_bytes(const nt_toks *t, guint from, guint to, guint *s, guint *e);
static void read_named_certification(nt_doc *d, nt_item *it, const nt_toks *t, guint from, guint to);

/* Add TAG to TAGS once. */
static void add_tag(GPtrArray *tags, const char *tag)
{
    for (guint j = 0; j < tags->len; j++)
        if (strcmp(g_ptr_array_index(tags, j), tag) == 0)
            return;
    g_ptr_array_add(tags, g_strdup(tag));
}

/* Does a phrase of HITS overlap words [FROM, TO)? */
static gboolean hits_part(const GArray *hits, guint from, guint to)
{
    for (guint i = 0; i < hits->len; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        if (h->start < to && h->start + h->n > from)
            return TRUE;
    }
    return FALSE;
}

/* Are skill hits A and B after it joined by "and" ("ITIL and PRINCE2
 * certifications"): both asked, which one criterion holding any of its tags
 * is not?  Not "and/or", nor with an "or" between. */
static gboolean skills_joined_by_and(const nt_toks *t, const nt_hit *a, const nt_hit *b)
{
    gboolean and = FALSE;
    for (guint k = a->start + a->n; k < b->start; k++) {
        if (nt_is(t, k, "or") || nt_is(t, k, "ou"))
            return FALSE;
        and |= nt_is(t, k, "and") || nt_is(t, k, "et");
    }
    return and;
}

/* One skill criterion for each skill of HITS, asked together ("ITIL and
 * PRINCE2 certifications"): each counts as a desirable of its own, so one
 * of them is not scored as both.  Said once, at the first. */
static void skills_each(nt_item *it, const nt_toks *t, const GArray *hits)
{
    nt_crit *first = NULL;
    GString *names = g_string_new(NULL);
    for (guint i = 0; i < hits->len; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        gboolean seen = FALSE;
        for (guint j = 0; j < i && !seen; j++)
            seen = strcmp(g_array_index(hits, nt_hit, j).tag, h->tag) == 0;
        if (seen)
            continue;
        nt_crit *c = nt_crit_new(NK_SKILL, it, it->text->str, it->text->len);
        c->tags = g_ptr_array_new_with_free_func(g_free);
        add_tag(c->tags, h->tag);
        nt_item_pos(it, nt_tok_at(t, h->start)->start, &c->line, &c->col);
        g_string_append_printf(names, "%s%s", names->len ? ", " : "", h->tag);
        if (!first)
            first = c;
    }
    nt_crit_note(first, first->line, first->col,
                 "the skills %s are asked together; each is read as a desirable criterion of its own", names->str);
    g_string_free(names, TRUE);
}

/* A desirable item naming skills (skills.json) or an experience field
 * (fields.json): a skill wins where the phrases overlap ("certification in
 * project management" is a skill, not project management experience). */
static gboolean read_desirable(nt_doc *d, nt_item *it, const nt_toks *t)
{
    const guint n = nt_ntoks(t);
    GArray *sets[] = {d->vocab.skills[it->lang]};
    GArray *hits = nt_hits(t, 0, n, sets, 1);
    /* a part that names no skill phrase may name a certification by its
     * name ("une expérience en logistique et une certification PRINCE2":
     * "PRINCE2" is a phrase of the English only); the skill criterion
     * holds them all, so they are found before any part is read */
    GPtrArray *certs = g_ptr_array_new_with_free_func(g_free);
    GArray *cert_parts = g_array_new(FALSE, FALSE, sizeof(guint));
    guint cert_at = n;
    gboolean named = FALSE; /* a part names a certification ("Certification in contract management") */
    for (guint from = 0, to, next; from < n; from = next) {
        next = nt_next_part(&d->vocab, t, it->lang, from, &to);
        named |= to > from && names_certification(t, from, to);
        guint first;
        GPtrArray *tags = to <= from || hits_part(hits, from, to) ? NULL : cert_tags(d, it, t, from, to, &first);
        if (!tags)
            continue;
        g_array_append_val(cert_parts, from);
        cert_at = MIN(cert_at, first);
        for (guint j = 0; j < tags->len; j++)
            add_tag(certs, g_ptr_array_index(tags, j));
        g_ptr_array_free(tags, TRUE);
    }
    const gboolean took = hits->len > 0 || certs->len > 0;
    gboolean each = FALSE;
    for (guint i = 1; i < hits->len && certs->len == 0 && !each; i++) {
        const nt_hit *a = &g_array_index(hits, nt_hit, i - 1), *b = &g_array_index(hits, nt_hit, i);
        each = strcmp(a->tag, b->tag) != 0 && skills_joined_by_and(t, a, b);
    }
    if (each)
        skills_each(it, t, hits);
    else if (took) {
        nt_crit *c = nt_crit_new(NK_SKILL, it, it->text->str, it->text->len);
        c->tags = g_ptr_array_new_with_free_func(g_free);
        for (guint i = 0; i < hits->len; i++) {
            const nt_hit *h = &g_array_index(hits, nt_hit, i);
            add_tag(c->tags, h->tag);
            if (i == 0)
                nt_item_pos(it, nt_tok_at(t, h->start)->start, &c->line, &c->col);
        }
        for (guint j = 0; j < certs->len; j++)
            add_tag(c->tags, g_ptr_array_index(certs, j));
        if (certs->len > 0 && (hits->len == 0 || cert_at < g_array_index(hits, nt_hit, 0).start))
            nt_item_pos(it, nt_tok_at(t, cert_at)->start, &c->line, &c->col);
    }
    /* "experience in logistics and a PRINCE2 certification": a part that
     * names no skill may name a field.  A part naming a certification by
     * what it is in ("Certification in contract management") is no
     * experience: a certification of its own where the item names no
     * skill, else left unread.  An item with neither is read whole. */
    for (guint from = 0, to, next, p = 0; (took || named) && from < n; from = next) {
        next = nt_next_part(&d->vocab, t, it->lang, from, &to);
        const gboolean cert_part = p < cert_parts->len && g_array_index(cert_parts, guint, p) == from;
        p += cert_part;
        if (to <= from || cert_part || hits_part(hits, from, to))
            continue;
        const gboolean cert = names_certification(t, from, to);
        if (cert && !took)
            read_named_certification(d, it, t, from, to);
        else if (cert || !nt_read_field(d, it, t, from, to))
            desirable_unread(it, t, from, to);
    }
    g_ptr_array_free(certs, TRUE);
    g_array_free(cert_parts, TRUE);
    g_array_free(hits, TRUE);
    if (!took && !named)
        return nt_read_field(d, it, t, 0, n);
    return it->crits->len > 0;
}

/* --- certifications ----------------------------------------------------------------- */

static const char *const cert_words[] = {"certification", "certifications", "certificate", "certificates",
                                         "certified", "certificat", "certificats", "certifie", "certifiee",
                                         NULL};
/* The words around the names of a certification ("hold a valid ... or ...
 * certification", "être titulaire d'une certification ... ou ..."). */
static const char *const cert_fillers[] = {
    "hold", "holds", "holding", "have", "possess", "be", "a", "an", "the", "valid", "current", "recognised",
    "recognized", "in", "of", "either", "etre", "titulaire", "detenir", "posseder", "avoir", "d", "une", "un",
    "de", "des", "du", "la", "le", "l", "en", "valide", "reconnue", NULL};
static const char *const cert_or[] = {"or", "ou", NULL};
static const char *const cert_and[] = {"and", "et", NULL};

/* "hold a PRINCE2 or PMP certification", "être titulaire d'une
 * certification PRINCE2 ou PMP": a certification whose names are all
 * skills (a phrase of skills.json, or a whole name that is a tag or alias,
 * "PMP"), among the desirables: any of them (a skill criterion).  Any other word
 * ("a FooBar certification", "or equivalent", "relevant") leaves the item to
 * the panel, and so does "and" (all of them, which "holds any" is not). */
static gboolean read_certification(nt_doc *d, nt_item *it, const nt_toks *t)
{
    guint first;
    GPtrArray *tags = cert_tags(d, it, t, 0, nt_ntoks(t), &first);
    if (!tags)
        return FALSE;
    nt_crit *c = nt_crit_new(NK_SKILL, it, it->text->str, it->text->len);
    c->tags = tags;
    nt_item_pos(it, nt_tok_at(t, first)->start, &c->line, &c->col);
    return TRUE;
}

/* The skill of the name in words [I, E) of T: a whole name that is a tag
 * or alias of rules/reference/skills.json, or one phrase of it that spans
 * the name; NULL if neither. */
static const char *name_skill(nt_doc *d, const nt_item *it, const nt_toks *t, guint i, guint e)
{
    const guint s = nt_tok_at(t, i)->start, end = nt_tok_at(t, e - 1)->end;
    const char *tag = elg_ref_skill(d->ref, t->text + s, end - s);
    if (tag)
        return tag;
    GArray *sets[] = {d->vocab.skills[it->lang]};
    GArray *hits = nt_hits(t, i, e, sets, 1);
    if (hits->len == 1 && g_array_index(hits, nt_hit, 0).start == i && g_array_index(hits, nt_hit, 0).n == e - i)
        tag = g_array_index(hits, nt_hit, 0).tag;
    g_array_free(hits, TRUE);
    return tag;
}

/* The skill tags of the certification that words [FROM, N) of T name, as
 * read_certification reads them, *FIRST the word of the first; NULL if
 * none. */
static GPtrArray *cert_tags(nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint n, guint *first)
{
    guint k;
    if (nt_find_seq(t, from, n, cert_words, &k) < 0)
        return NULL;
    GArray *sets[] = {d->vocab.skills[it->lang]};
    GArray *hits = nt_hits(t, from, n, sets, 1);
    GPtrArray *tags = g_ptr_array_new_with_free_func(g_free);
    guint h = 0;
    gboolean ok = TRUE;
    *first = n;
    for (guint i = from; i < n && ok;) {
        const nt_hit *hit = h < hits->len ? &g_array_index(hits, nt_hit, h) : NULL;
        if (hit && hit->start == i) {
            add_tag(tags, hit->tag);
            *first = MIN(*first, i);
            i += hit->n;
            h++;
            continue;
        }
        if (nt_in(t, i, cert_words) || nt_in(t, i, cert_fillers) || nt_in(t, i, cert_or)) {
            i++;
            continue;
        }
        if (nt_in(t, i, cert_and)) {
            ok = nt_in(t, i + 1, cert_or); /* "and/or" */
            i++;
            continue;
        }
        /* a name of words up to the next filler, "or", "," or phrase */
        guint e = i + 1;
        while (e < n && !nt_clause_break(t, e) && !nt_in(t, e, cert_words) && !nt_in(t, e, cert_fillers) &&
               !nt_in(t, e, cert_or) && !nt_in(t, e, cert_and) &&
               !(h < hits->len && g_array_index(hits, nt_hit, h).start == e))
            e++;
        const char *tag = name_skill(d, it, t, i, e);
        ok = tag != NULL;
        if (tag) {
            add_tag(tags, tag);
            *first = MIN(*first, i);
        }
        i = e;
    }
    g_array_free(hits, TRUE);
    if (!ok || tags->len == 0) {
        g_ptr_array_free(tags, TRUE);
        return NULL;
    }
    return tags;
}

/* Do words [FROM, TO) of T name a certification ("Certification in
 * contract management", "a certified contract manager")?  Whatever field
 * they name is then what the certificate is in, not years of experience. */
static gboolean names_certification(const nt_toks *t, guint from, guint to)
{
    /* not "experience in the certification of equipment": a field */
    static const char *const experience[] = {"experience", "experienced", NULL};
    guint k;
    const int at = nt_find_seq(t, from, to, cert_words, &k);
    return at >= 0 && nt_find_seq(t, from, (guint)at, experience, &k) < 0;
}

/* The words that open examples: "(e.g. CPCM, CIPS)", "such as PMP". */
static const char *const example_markers[] = {"e g", "eg", "i e", "ie", "for example", "for instance", "such as",
                                              "including", "par exemple", "p ex", "tels que", "telles que",
                                              "tel que", "telle que", "notamment", "comme", NULL};

/* Does the gap before word E of T (0 < E < its words) hold one of CHARS? */
static gboolean gap_has(const nt_toks *t, guint e, const char *chars)
{
    for (guint p = nt_tok_at(t, e - 1)->end; p < nt_tok_at(t, e)->start; p++)
        if (strchr(chars, t->text[p]))
            return TRUE;
    return FALSE;
}

/* The skill tags of the examples after a marker in words [FROM, TO)
 * ("e.g. CPCM, CIPS": names between ",", "/", "or", "and", up to a closing
 * bracket), *FIRST where the first is.  NULL when there are none, or when
 * one is no skill (name_skill): *UNKNOWN is then that name (g_free). */
static GPtrArray *example_tags(nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint to, guint *first,
                               char **unknown)
{
    guint m;
    const int at = nt_find_seq(t, from, to, example_markers, &m);
    *unknown = NULL;
    if (at < 0)
        return NULL;
    GPtrArray *tags = g_ptr_array_new_with_free_func(g_free);
    static const char *const joins[] = {"or", "and", "ou", "et", NULL};
    for (guint i = (guint)at + m; i < to && !*unknown;) {
        if (nt_in(t, i, joins)) {
            i++;
            continue;
        }
        guint e = i + 1;
        while (e < to && !nt_in(t, e, joins) && !gap_has(t, e, ",/);"))
            e++;
        const char *tag = name_skill(d, it, t, i, e);
        if (tag)
            add_tag(tags, tag);
        else
            *unknown = nt_span(t, i, e - i);
        if (!tag || tags->len == 1)
            *first = i;
        /* the examples end with their bracket: "(e.g. CIPS) or equivalent" */
        if (e < to && gap_has(t, e, ")"))
            break;
        i = e;
    }
    if (*unknown || tags->len == 0) {
        g_ptr_array_free(tags, TRUE);
        return NULL;
    }
    return tags;
}

/* A desirable certification named by what it is in rather than by a name
 * of skills.json ("Certification in contract management (e.g. CPCM,
 * CIPS)"): the examples it gives, where eligo knows them all, are the tags
 * of a skill criterion (with a warning: another certification of the kind
 * is not seen); otherwise a panel criterion, with a warning.  Never years
 * of experience in the field it names. */
static void read_named_certification(nt_doc *d, nt_item *it, const nt_toks *t, guint from, guint to)
{
    guint first = from, s, e;
    char *unknown = NULL;
    GPtrArray *tags = example_tags(d, it, t, from, to, &first, &unknown);
    part_bytes(t, from, to, &s, &e);
    if (from == 0 && to == nt_ntoks(t)) { /* the whole item */
        s = 0;
        e = (guint)it->text->len;
    }
    if (tags) {
        nt_crit *c = nt_crit_new(NK_SKILL, it, it->text->str + s, e - s);
        c->tags = tags;
        nt_item_pos(it, nt_tok_at(t, first)->start, &c->line, &c->col);
        GString *names = g_string_new(NULL);
        for (guint i = 0; i < tags->len; i++)
            g_string_append_printf(names, "%s%s", i ? ", " : "", (const char *)g_ptr_array_index(tags, i));
        nt_crit_note(c, c->line, c->col,
                     "the certification is read as its examples (skills %s); another certification of the kind "
                     "is not seen, and is the panel's", names->str);
        g_string_free(names, TRUE);
        return;
    }
    nt_crit *c = nt_crit_new(NK_PANEL, it, it->text->str + s, e - s);
    nt_item_pos(it, s, &c->line, &c->col);
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, first)->start, &line, &col);
    if (unknown)
        nt_crit_note(c, line, col,
                     "the certification names an example, \"%s\", that is no skill of rules/reference/skills.json; "
                     "it is left to the panel", unknown);
    else
        nt_crit_note(c, c->line, c->col,
                     "the certification is no skill of rules/reference/skills.json; it is left to the panel, "
                     "not read as experience");
    g_free(unknown);
}

/* --- the desirable "higher level of the second official language" ---------------- */

static gboolean higher_language(nt_item *it, const nt_toks *t)
{
    static const char *const second[] = {"second official language", "other official language",
                                         "seconde langue officielle", "deuxieme langue officielle",
                                         "autre langue officielle", "second language",
                                         "seconde langue", NULL};
    static const char *const higher[] = {"higher", "better", "superieure", "superieur",
                                         "eleve", "elevee", "above", "beyond", "meilleure", NULL};
    guint n = nt_ntoks(t), k;
    if (it->list != NT_DESIRABLE || nt_find_seq(t, 0, n, second, &k) < 0)
        return FALSE;
    for (guint i = 0; i < n; i++)
        if (nt_in(t, i, higher)) {
            nt_crit_new(NK_HIGHER_LANGUAGE, it, it->text->str, it->text->len);
            return TRUE;
        }
    return FALSE;
}

/* "be a national of a NATO member country", "Only nationals of NATO member
 * nations may apply": the nationality criterion every post has, no panel
 * criterion beside it; not "experience in the vetting of nationals of
 * member states", which asks something else. */
gboolean nt_nationality_item(const nt_toks *t)
{
    static const char *const content[] = {"experience", "knowledge", "work", "working", "dealing",
                                           "vetting", "connaissance", "travail", "travailler", NULL};
    int at = nt_nationality_statement(t);
    if (at < 0 || at > 6)
        return FALSE;
    for (guint i = 0; i < (guint)at; i++)
        if (nt_in(t, i, content))
            return FALSE;
    return TRUE;
}

/* Does the nationality item ask one more thing after "and" ("be a national
 * of a NATO member country and be willing to travel")? */
static gboolean asks_more(const nt_toks *t)
{
    static const char *const and_words[] = {"and", "et", NULL};
    for (guint i = (guint)nt_nationality_statement(t); i + 1 < nt_ntoks(t); i++)
        if (nt_in(t, i, and_words) && nt_in(t, i + 1, nt_item_verbs))
            return TRUE;
    return FALSE;
}

gboolean nt_read_degree_note(nt_doc *d, nt_item *it)
{
    nt_toks t;
    nt_toks_init(&t, it->text->str, it->text->len);
    it->note = TRUE;
    nt_read_education(d, it, &t);
    gboolean taken = FALSE;
    for (guint i = 0; i < it->crits->len; i++) {
        const nt_crit *c = g_ptr_array_index(it->crits, i);
        taken |= c->kind == NK_EDUCATION && c->or_years > 0;
    }
    if (!taken)
        g_ptr_array_set_size(it->crits, 0);
    nt_toks_clear(&t);
    return taken;
}

/* --- parts of an item that no reader takes -------------------------------------- */

/* The kinds a criterion of the data may be read as, languages as one. */
static guint kind_bit(nt_kind k)
{
    return k == NK_PANEL ? 0 : 1u << (k == NK_LANGUAGE ? NK_LANGUAGES : k);
}

/* Does the part of item IT in words [FROM, TO) of T, read as an item of
 * its own, give a criterion of a kind the whole item gave (or state the
 * nationality)?  "and a NATO SECRET clearance" after a degree is read
 * alone, not in the item.  The part is read without a trace: its warnings
 * and findings are dropped.  A part with a number is taken as read: "and
 * a minimum of 5 in logistics" goes with the years before it. */
static gboolean part_read(nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint to)
{
    guint kinds = 0;
    for (guint i = 0; i < it->crits->len; i++)
        kinds |= kind_bit(((const nt_crit *)g_ptr_array_index(it->crits, i))->kind);
    for (guint i = from; i < to; i++)
        if (nt_tok_at(t, i)->number)
            return TRUE;
    const guint s = nt_tok_at(t, from)->start, e = nt_tok_at(t, to - 1)->end;
    nt_item part = *it;
    part.text = g_string_new_len(t->text + s, e - s);
    part.raw = g_string_new(NULL);
    part.pieces = g_array_new(FALSE, FALSE, sizeof(nt_piece));
    nt_piece pc = g_array_index(it->pieces, nt_piece, 0);
    pc.off = 0;
    g_array_append_val(part.pieces, pc);
    part.crits = g_ptr_array_new_with_free_func(nt_crit_free);
    elg_diags *diags = d->diags, *quiet = elg_diags_new();
    const int item_clearance = d->item_clearance;
    const gboolean held_clearance = d->held_clearance;
    d->diags = quiet;
    nt_toks pt;
    nt_toks_init(&pt, part.text->str, part.text->len);
    gboolean read = nt_nationality_item(&pt) || higher_language(&part, &pt);
    if (!read) {
        if (!nt_read_languages(d, &part, &pt))
            nt_read_other_language(d, &part, &pt);
        nt_read_education(d, &part, &pt);
        nt_read_experience(d, &part, &pt);
        if (part.crits->len == 0)
            read_clearance_item(d, &part, &pt);
        /* the field of the years before it: "5 years of experience in a
         * national administration and an international organisation" */
        for (guint i = 0; i < it->crits->len && part.crits->len == 0; i++) {
            const nt_crit *c = g_ptr_array_index(it->crits, i);
            if (c->kind == NK_EXPERIENCE && c->field && nt_read_field(d, &part, &pt, 0, nt_ntoks(&pt)) &&
                g_strcmp0(((const nt_crit *)g_ptr_array_index(part.crits, 0))->field, c->field) != 0)
                g_ptr_array_set_size(part.crits, 0);
        }
        for (guint i = 0; i < part.crits->len && !read; i++)
            read = (kind_bit(((const nt_crit *)g_ptr_array_index(part.crits, i))->kind) & kinds) != 0;
    }
    nt_toks_clear(&pt);
    d->diags = diags;
    d->item_clearance = item_clearance;
    d->held_clearance = held_clearance;
    elg_diags_free(quiet);
    g_ptr_array_free(part.crits, TRUE);
    g_array_free(part.pieces, TRUE);
    g_string_free(part.raw, TRUE);
    g_string_free(part.text, TRUE);
    return read;
}

/* A desirable skill or certification named in words [FROM, TO) of T, a
 * part of item IT beside its years ("5 years of experience in logistics
 * and a PRINCE2 certification"): a skill criterion of the part's words. */
static gboolean part_skill(nt_doc *d, nt_item *it, const nt_toks *t, guint from, guint to)
{
    GArray *sets[] = {d->vocab.skills[it->lang]};
    GArray *hits = nt_hits(t, from, to, sets, 1);
    guint first = to;
    GPtrArray *tags = cert_tags(d, it, t, from, to, &first);
    if (!tags)
        tags = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < hits->len; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        add_tag(tags, h->tag);
        first = MIN(first, h->start);
    }
    g_array_free(hits, TRUE);
    if (tags->len == 0) {
        g_ptr_array_free(tags, TRUE);
        return FALSE;
    }
    const guint s = nt_tok_at(t, from)->start, e = nt_tok_at(t, to - 1)->end;
    nt_crit *c = nt_crit_new(NK_SKILL, it, t->text + s, e - s);
    c->tags = tags;
    nt_item_pos(it, nt_tok_at(t, first)->start, &c->line, &c->col);
    return TRUE;
}

/* The bytes of words [FROM, TO) of T as a part's wording: with a closing
 * quote, and a parenthesis opened in the part. */
static void part_bytes(const nt_toks *t, guint from, guint to, guint *s, guint *e)
{
    *s = nt_tok_at(t, from)->start;
    *e = nt_tok_at(t, to - 1)->end;
    while (t->text[*e] && (strchr("'\"", t->text[*e]) ||
                           (t->text[*e] == ')' && memchr(t->text + *s, '(', *e - *s))))
        (*e)++;
}

/* A part of desirable IT in words [FROM, TO) that no reader takes
 * ("experience in logistics and excellent drafting skills"): desirables
 * get no panel criterion of a part, so a warning on the item's first
 * criterion says it is not checked, rather than lose it in silence. */
static void desirable_unread(nt_item *it, const nt_toks *t, guint from, guint to)
{
    /* "et une expérience en la matière", "and experience in this area":
     * the field of the part before */
    static const char *const back[] = {
        "and", "a", "an", "the", "some", "experience", "in", "of", "with", "this", "that", "these", "those",
        "such", "it", "them", "area", "areas", "field", "fields", "domain", "relevant", "related", "similar",
        "practical", "et", "un", "une", "de", "d", "des", "du", "en", "dans", "la", "le", "les", "l", "ce", "cet",
        "cette", "ces", "matiere", "domaine", "domaines", "pertinente", "similaire", "pratique", NULL};
    gboolean anaphor = TRUE;
    for (guint i = from; i < to && anaphor; i++)
        anaphor = nt_in(t, i, back);
    if (it->crits->len == 0 || anaphor)
        return;
    guint s, e;
    part_bytes(t, from, to, &s, &e);
    unsigned line, col;
    nt_item_pos(it, s, &line, &col);
    nt_crit_note_apart(g_ptr_array_index(it->crits, 0), line, col,
                       "no criterion the data can decide is read from \"%.*s\"; the rest of the desirable "
                       "is checked and this part is left to the panel", (int)(e - s), t->text + s);
}

/* Is part [FROM, TO) of IT the marker that names the degree missing
 * before the years an education criterion of IT offers in place of it
 * ("in the absence of a degree, have 10 years of experience")?  It asks
 * nothing of its own. */
static gboolean absent_marker_part(const nt_item *it, const nt_toks *t, guint from, guint to)
{
    guint k;
    int m = nt_find_seq(t, from, to, nt_degree_absent, &k);
    if (m < 0 && from == 0) /* "failing that", of an item of its own */
        m = nt_find_seq(t, from, to, nt_failing_markers, &k);
    if (m < 0 || (guint)m + k != to)
        return FALSE;
    for (guint i = 0; i < it->crits->len; i++) {
        const nt_crit *c = g_ptr_array_index(it->crits, i);
        if (c->kind == NK_EDUCATION && c->or_years && c->or_from == to)
            return TRUE;
    }
    return FALSE;
}

/* An essential item whose criteria the data decide may ask one more thing
 * after "and" that no reader takes: "hold a university degree and a
 * PRINCE2 certification" gives the education only.  Each such part is a
 * panel criterion of its own, so that it is not lost; an item the panel
 * sees whole already needs none.  In a desirable beside years, such a
 * part naming a skill is a skill criterion (part_skill). */
static void unread_parts(nt_doc *d, nt_item *it, const nt_toks *t)
{
    gboolean data = FALSE;
    for (guint i = 0; i < it->crits->len; i++) {
        const nt_crit *c = g_ptr_array_index(it->crits, i);
        if (c->kind == NK_PANEL && strcmp(c->text, it->text->str) == 0)
            return;
        data |= c->kind != NK_PANEL;
        /* a desirable's skills are read already */
        if (c->kind == NK_SKILL)
            return;
    }
    if (!data)
        return;
    const guint n = nt_ntoks(t);
    for (guint from = 0; from < n;) {
        guint to;
        const guint next = nt_next_part(&d->vocab, t, it->lang, from, &to);
        if (to > from && it->list == NT_DESIRABLE) {
            /* "experience in logistics, and a good knowledge of French": a
             * field named without years, as read_desirable reads it, where
             * no experience of the item is read yet */
            gboolean experience = FALSE;
            for (guint i = 0; i < it->crits->len; i++)
                experience |= ((const nt_crit *)g_ptr_array_index(it->crits, i))->kind == NK_EXPERIENCE;
            if (!part_read(d, it, t, from, to) && !part_skill(d, it, t, from, to) &&
                (experience || !nt_read_field(d, it, t, from, to)))
                desirable_unread(it, t, from, to);
        } else if (to > from && !absent_marker_part(it, t, from, to) && !part_read(d, it, t, from, to)) {
            guint s, e;
            part_bytes(t, from, to, &s, &e);
            nt_crit *c = nt_crit_new(NK_PANEL, it, t->text + s, e - s);
            nt_item_pos(it, s, &c->line, &c->col);
            nt_crit_note_apart(c, c->line, c->col,
                               "no criterion the data can decide is read from \"%s\"; it is left to the panel",
                               c->text);
        }
        from = next;
    }
}

void nt_classify(nt_doc *d, nt_item *it)
{
    if (it->note)
        return; /* read already */
    nt_toks t;
    nt_toks_init(&t, it->text->str, it->text->len);
    if (nt_ntoks(&t) == 0) {
        nt_toks_clear(&t);
        return; /* a marker with nothing after it */
    }
    /* the nationality is no panel criterion, but what else the item asks
     * ("and hold a university degree in logistics") is still read */
    const gboolean nationality = nt_nationality_item(&t);
    gboolean took = higher_language(it, &t);
    if (!took) {
        if (!nt_read_languages(d, it, &t))
            nt_read_other_language(d, it, &t);
        /* also when the item holds levels: items run together ("7 years in
         * cyber defence; languages: V in one; II in the other") keep both */
        nt_read_education(d, it, &t);
        nt_read_experience(d, it, &t);
        /* the experience reader may drop a degree named in an alternative */
        took = it->crits->len > 0;
        if (!took)
            took = read_clearance_item(d, it, &t);
        /* essential skills stay with the panel: DESIGN.md s.6 counts no
         * skill criterion among the essentials that decide the status */
        if (!took && it->list == NT_DESIRABLE && !nationality)
            took = read_certification(d, it, &t);
        if (!took && it->list == NT_DESIRABLE && !nationality)
            took = read_desirable(d, it, &t);
    }
    if (!took && (!nationality || asks_more(&t)))
        nt_note_unnamed_language(nt_crit_new(NK_PANEL, it, it->text->str, it->text->len), it, &t);
    else if (took)
        unread_parts(d, it, &t);
    nt_toks_clear(&t);
}
