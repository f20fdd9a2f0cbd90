/* Language items (notice_int.h).  The official languages: "V ("Advanced") in
 * one; II ("Elementary") in the other", "VI in both", "English V, French
 * III", CEFR levels and STANAG 6001 profiles; each level is read from its
 * numeral and from its label, kept apart for the cross-check.  Other named
 * languages ("good working knowledge of Ukrainian") become `language`
 * criteria. */
#include "notice_int.h"

#include <string.h>

static const char *const official_words[] = {"english", "french", "anglais", "francais",
                                             "bilingual", "bilingue", "stanag", "slp", "cefr",
                                             "cecr", "cecrl", NULL};

typedef struct {
    guint i, n;        /* words of the mention (numeral and label) */
    nt_obs numeral, label;
    int role;          /* nt_role, or -1 */
} mention;

static void mention_clear(mention *m)
{
    g_free(m->numeral.shown);
    g_free(m->label.shown);
}

static const char *const romans[] = {"i", "ii", "iii", "iv", "v", "vi", NULL};

/* A label right after a numeral: ("Advanced"), (« avancé »), “Proficiency”. */
static gboolean label_after(nt_doc *d, nt_item *it, const nt_toks *t, guint i, mention *m)
{
    const char *s = t->text;
    guint p = nt_tok_at(t, i)->end;
    while (s[p] == ' ')
        p++;
    if (!(s[p] == '(' || s[p] == '"' || g_str_has_prefix(s + p, "\xE2\x80\x9C") ||
          g_str_has_prefix(s + p, "\xC2\xAB") || g_str_has_prefix(s + p, "\xE2\x80\x98") ||
          s[p] == '\''))
        return FALSE;
    guint j = i + 1, k = 0;
    if (j >= nt_ntoks(t) || nt_tok_at(t, j)->start > p + 8)
        return FALSE;
    int level = GPOINTER_TO_INT(nt_ngram(t, j, 3, d->ref->level_keys, &k)) - 1;
    if (level < 1)
        return FALSE;
    nt_obs_set(&m->label, level, it, t, j, k);
    m->n = j + k - m->i;
    return TRUE;
}

/* A STANAG 6001 profile at word I ("3332", "3+/3/3/2", "SLP 3321"). */
static int stanag_at(nt_doc *d, const nt_toks *t, guint i, guint *n)
{
    const char *s = t->text + nt_tok_at(t, i)->start;
    size_t len = strspn(s, "012345+/ ");
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '/'))
        len--;
    if (len < 4)
        return -1;
    int level = elg_ref_level(d->ref, s, len);
    if (level < 1)
        return -1;
    guint e = nt_tok_at(t, i)->start + (guint)len;
    *n = 0;
    while (i + *n < nt_ntoks(t) && nt_tok_at(t, i + *n)->start < e)
        (*n)++;
    return level;
}

static const char *const en_names[] = {"english", "anglais", NULL};
static const char *const fr_names[] = {"french", "francais", NULL};
/* The words that make a language in an essential item a wish ("would be an
 * asset", "is a plus"), not a requirement. */
static const char *const wish_words[] = {"asset", "advantage", "desirable", "preferred", "preferably", "plus",
                                         "ideally", "welcome", "beneficial", "appreciated", "atout", "avantage",
                                         "souhaitable", "souhaite", "souhaitee", "idealement", "bienvenue",
                                         "apprecie", "appreciee", NULL};

/* Is word I right after an official language and a colon or dash ("English:
 * Advanced", "Anglais - avancé")? */
static gboolean named_before(const nt_toks *t, guint i)
{
    if (i == 0 || !(nt_in(t, i - 1, en_names) || nt_in(t, i - 1, fr_names)))
        return FALSE;
    for (guint p = nt_tok_at(t, i - 1)->end; p < nt_tok_at(t, i)->start; p++)
        if (t->text[p] == ':' || t->text[p] == '-')
            return TRUE;
    return FALSE;
}

/* A numeral or STANAG profile in brackets right after the label of M
 * ("Advanced (V)", "Advanced (SLP 3333)"): M's numeral. */
static void numeral_after(nt_doc *d, nt_item *it, const nt_toks *t, gboolean stanag, mention *m)
{
    guint j = m->i + m->n, sn = 0;
    if (j >= nt_ntoks(t))
        return;
    const char *s = t->text;
    guint p = nt_tok_at(t, j - 1)->end;
    while (s[p] == ' ')
        p++;
    if (s[p] != '(' || nt_tok_at(t, j)->start > p + 8)
        return;
    if (stanag && (nt_is(t, j, "slp") || nt_is(t, j, "stanag")))
        j++;
    if (j >= nt_ntoks(t))
        return;
    const nt_tok *k = nt_tok_at(t, j);
    int level = -1;
    if (k->upper && nt_in(t, j, romans)) {
        level = elg_ref_level(d->ref, s + k->start, k->end - k->start);
        sn = 1;
    } else if (stanag && k->number) {
        level = stanag_at(d, t, j, &sn);
    }
    if (level < 1)
        return;
    nt_obs_set(&m->numeral, level, it, t, j, sn);
    m->n = j + sn - m->i;
}

/* After a label and "level" ("an advanced level ..."): is word J what it is
 * the level of, a language or a role ("of English", "in one", "in the
 * other"), or no such phrase ("English at an advanced level and ...")?
 * Not "an advanced level of analytical skills in English": a level of
 * something else, which says nothing of the English. */
static gboolean level_of_language(const nt_doc *d, const nt_toks *t, guint j)
{
    static const char *const of[] = {"of", "in", "en", "dans", "de", "d", NULL};
    static const char *const roles[] = {"one", "either", "each", "both", "the", "l", "une", "les", "chacune",
                                        "all", "another", "a", "any", "official", NULL};
    if (!nt_in(t, j, of))
        return TRUE;
    guint k;
    return nt_in(t, j + 1, roles) || nt_in(t, j + 1, en_names) || nt_in(t, j + 1, fr_names) ||
           (j + 1 < nt_ntoks(t) && nt_ngram(t, j + 1, 2, d->ref->language_keys, &k));
}

static int arabic_level(const nt_toks *t, guint i, gboolean scale);

/* Every level named in the item, in order. */
static GArray *mentions(nt_doc *d, nt_item *it, const nt_toks *t, gboolean stanag)
{
    GArray *ms = g_array_new(FALSE, TRUE, sizeof(mention));
    guint n = nt_ntoks(t);
    gboolean scale = FALSE; /* a Roman numeral names a level */
    for (guint i = 0; i < n && !stanag; i++)
        scale |= nt_tok_at(t, i)->upper && nt_in(t, i, romans);
    for (guint i = 0; i < n;) {
        const nt_tok *k = nt_tok_at(t, i);
        const char *f = nt_f(t, i);
        mention m = {i, 1, {-1, NULL, 0, 0, FALSE}, {-1, NULL, 0, 0, FALSE}, -1};
        gboolean cefr = strlen(f) == 2 && f[0] >= 'a' && f[0] <= 'c' && (f[1] == '1' || f[1] == '2');
        guint sn = 0;
        int level;
        if ((k->upper && nt_in(t, i, romans)) || (cefr && g_ascii_isupper(t->text[k->start]))) {
            level = elg_ref_level(d->ref, t->text + k->start, k->end - k->start);
            nt_obs_set(&m.numeral, level, it, t, i, 1);
            label_after(d, it, t, i, &m);
        } else if (stanag && k->number && (level = stanag_at(d, t, i, &sn)) >= 1) {
            nt_obs_set(&m.numeral, level, it, t, i, sn);
            m.n = sn;
        } else if ((level = arabic_level(t, i, scale)) >= 1) {
            nt_obs_set(&m.numeral, level, it, t, i, 1);
        } else if (!k->number && (level = GPOINTER_TO_INT(nt_ngram(t, i, 3, d->ref->level_keys, &sn)) - 1) >= 1 &&
                   (nt_is(t, i - 1, "level") || nt_is(t, i - 1, "niveau") ||
                    (i > 0 && strchr("\"(", t->text[k->start - 1])) || named_before(t, i) ||
                    /* "an advanced level in one ... an elementary level in the other" */
                    (nt_is(t, i + sn, "level") && level_of_language(d, t, i + sn + 1)))) {
            nt_obs_set(&m.label, level, it, t, i, sn); /* a level named by its label only */
            m.n = sn + (nt_is(t, i + sn, "level") ? 1 : 0); /* then "in English" is right after it */
            const nt_tok *r = m.n > sn && i + m.n < n ? nt_tok_at(t, i + m.n) : NULL;
            if (r && r->upper && nt_in(t, i + m.n, romans)) {
                /* "advanced level V": one level, its label and numeral */
                nt_obs_set(&m.numeral, elg_ref_level(d->ref, t->text + r->start, r->end - r->start), it, t,
                           i + m.n, 1);
                m.n++;
            } else {
                numeral_after(d, it, t, stanag, &m); /* "Advanced (SLP 3333)" */
            }
        } else {
            i++;
            continue;
        }
        g_array_append_val(ms, m);
        i += m.n;
    }
    return ms;
}

static const char *const one_phrases[] = {"in one", "in either", "dans l une", "dans une",
                                          "en l une", "l une", "one of", "either", NULL};
static const char *const other_phrases[] = {"in the other", "dans l autre", "the other",
                                            "l autre", "in the second", "in the remaining",
                                            "other", "autre", NULL};
static const char *const both_phrases[] = {"in both", "dans les deux", "both", "each",
                                           "chacune", "in each", "les deux", NULL};
/* "V in one official language and 2 in the other": where the item names
 * levels by Roman numerals (SCALE), a digit 1 to 6 after "level" or before
 * a role is a level of that scale too, not a number of something. */
static int arabic_level(const nt_toks *t, guint i, gboolean scale)
{
    const char *f = nt_f(t, i);
    if (!scale || !nt_tok_at(t, i)->number || strlen(f) != 1 || f[0] < '1' || f[0] > '6')
        return -1;
    /* not "2 other languages", "2 each" */
    static const char *const roles[] = {"in one", "in either", "dans l une", "dans une", "en l une",
                                        "in the other", "dans l autre", "the other", "l autre",
                                        "in both", "dans les deux", "in each", NULL};
    gboolean role = i > 0 && (nt_is(t, i - 1, "level") || nt_is(t, i - 1, "niveau"));
    for (const char *const *p = roles; *p && !role; p++)
        role = nt_seq(t, i + 1, *p) > 0;
    return role ? f[0] - '0' : -1;
}

static const char *const in_en[] = {"in english", "en anglais", "of english", NULL};
static const char *const in_fr[] = {"in french", "en francais", "of french", NULL};
static int role_in(const nt_toks *t, guint from, guint to)
{
    const char *const *sets[] = {other_phrases, one_phrases, both_phrases};
    const int roles[] = {NR_OTHER, NR_ONE, NR_BOTH};
    int best = -1, best_at = G_MAXINT;
    for (int s = 0; s < 3; s++) {
        guint k;
        int at = nt_find_seq(t, from, to, sets[s], &k);
        if (at >= 0 && at < best_at) {
            best = roles[s];
            best_at = at;
        }
    }
    return best;
}

/* "English or French", "French or in English", "en anglais ou en français"
 * at word I: either official language, so "one", not a fixed language; *N
 * its length. */
static gboolean either_at(const nt_toks *t, guint i, guint *n)
{
    static const char *const in_words[] = {"in", "en", NULL};
    static const char *const or_words[] = {"or", "ou", NULL};
    guint j = i + (nt_in(t, i, in_words) ? 1 : 0);
    gboolean en = nt_in(t, j, en_names);
    if ((!en && !nt_in(t, j, fr_names)) || !nt_in(t, j + 1, or_words))
        return FALSE;
    guint k = j + 2 + (nt_in(t, j + 2, in_words) ? 1 : 0);
    if (!nt_in(t, k, en ? fr_names : en_names))
        return FALSE;
    *n = k + 1 - i;
    return TRUE;
}

/* The start of the words that lead up to a level at I ("level", "minimum",
 * "of the"), not before PREV. */
static guint lead_in(const nt_toks *t, guint i, guint prev)
{
    static const char *const between[] = {"level", "niveau", "slp", "stanag", "6001", "cefr",
                                          "cecr", "at", "of", "minimum", "a", "the", "de", "du",
                                          "au",
                                          /* STANAG 6001 names before the profile: "English:
                                           * Professional (SLP 3333)" */
                                          "survival", "functional", "professional", "expert", "survie",
                                          "fonctionnel", "professionnel", NULL};
    guint at = i;
    while (at > prev && i - at < 4 && nt_in(t, at - 1, between))
        at--;
    return at;
}

/* "English or French: V": either language named just before the level. */
static gboolean either_before(const nt_toks *t, guint i, guint prev)
{
    guint at = lead_in(t, i, prev), n;
    for (guint len = 3; len <= 5; len++)
        if (at >= prev + len && either_at(t, at - len, &n) && n == len)
            return TRUE;
    return FALSE;
}

/* "English: V", "anglais (niveau V)": one language named just before the
 * level, and not as half of "(English/French): V". */
static int language_before(const nt_toks *t, guint i, guint prev)
{
    guint at = lead_in(t, i, prev);
    if (at == prev || at == 0)
        return -1;
    gboolean en = nt_in(t, at - 1, en_names), fr = nt_in(t, at - 1, fr_names);
    if (!en && !fr)
        return -1;
    if (at >= 2 && at - 2 >= prev && nt_in(t, at - 2, en ? fr_names : en_names) && !nt_clause_break(t, at - 1))
        return -1; /* but "English and French; English: level V" names English */
    return en ? NR_EN : NR_FR;
}

/* Does a role phrase lead up to the level whose lead-in starts at AT, in
 * its clause ("and the other at level II", "et l'autre au niveau II")?  Its
 * start in *START; it is that level's role, not the one before's. */
static gboolean role_leads(const nt_toks *t, guint from, guint at, guint *start)
{
    const char *const *sets[] = {other_phrases, one_phrases, both_phrases};
    gboolean found = FALSE;
    /* the longest ("in the other" before "other"), within the clause: "in
     * one, level II" is the first level's role */
    for (guint s = at; s-- > from && !nt_clause_break(t, s + 1);)
        for (int k = 0; k < 3; k++)
            for (const char *const *p = sets[k]; *p; p++)
                if (nt_seq(t, s, *p) == at - s) {
                    *start = s;
                    found = TRUE;
                }
    return found;
}

/* The role of each mention: "V in English or French" (either), then "V in
 * English", then "V in one", then "English: V", then "in the other, level
 * III". */
static void assign_roles(const nt_toks *t, GArray *ms)
{
    guint used = 0; /* words taken by the last "in English or French" */
    for (guint k = 0; k < ms->len; k++) {
        mention *m = &g_array_index(ms, mention, k);
        guint after = m->i + m->n;
        guint next = k + 1 < ms->len ? g_array_index(ms, mention, k + 1).i : nt_ntoks(t);
        guint prev = k > 0 ? g_array_index(ms, mention, k - 1).i + g_array_index(ms, mention, k - 1).n : 0;
        guint lim = after + 6 < next ? after + 6 : next, n, lead = 0;
        if (prev < used)
            prev = used;
        /* "at level V, and the other at level II": "the other" is II's */
        const guint at = k + 1 < ms->len ? lead_in(t, next, after) : next;
        if (at < next && role_leads(t, after, at, &lead) && lead < lim)
            lim = lead;
        if (either_at(t, after, &n) && after + n <= next) {
            m->role = NR_ONE;
            used = after + n;
        } else if (either_before(t, m->i, prev))
            m->role = NR_ONE;
        else if (nt_find_seq(t, after, after + 2 < next ? after + 2 : next, in_en, &n) == (int)after)
            m->role = NR_EN;
        else if (nt_find_seq(t, after, after + 2 < next ? after + 2 : next, in_fr, &n) == (int)after)
            m->role = NR_FR;
        if (m->role < 0)
            m->role = role_in(t, after, lim);
        if (m->role < 0)
            m->role = language_before(t, m->i, prev);
        if (m->role < 0)
            m->role = role_in(t, m->i >= 6 && m->i - 6 >= prev ? m->i - 6 : prev, m->i);
    }
}

static const char *const role_names[NR_N] = {"one", "other", "both", "en", "fr"};

/* Is mention M of one official language next to both named, joined by
 * "and" ("English and French: Advanced", "English and French: level V",
 * "level V in English and French", "anglais et français : avancé")? */
static gboolean both_named_before(const nt_toks *t, const mention *m)
{
    static const char *const and_words[] = {"and", "et", NULL};
    static const char *const articles[] = {"in", "en", "le", "du", "l", NULL};
    if (m->role != NR_EN && m->role != NR_FR)
        return FALSE;
    const guint n = nt_ntoks(t), from = m->i > 5 ? m->i - 5 : 0, to = MIN(n, m->i + m->n + 5);
    for (guint i = from; i + 2 < to; i++) {
        const gboolean en = nt_in(t, i, en_names), fr = nt_in(t, i, fr_names);
        if ((!en && !fr) || !nt_in(t, i + 1, and_words))
            continue;
        guint j = i + 2;
        if (j + 1 < n && nt_in(t, j, articles))
            j++;
        if (!nt_in(t, j, en ? fr_names : en_names) || (j >= m->i && i < m->i + m->n))
            continue;
        /* no language named between the pair and the level: not "English
         * and French; English: level V" */
        gboolean other = FALSE;
        for (guint k = j < m->i ? j + 1 : m->i + m->n; k < (j < m->i ? m->i : i) && !other; k++)
            other = nt_in(t, k, en_names) || nt_in(t, k, fr_names);
        if (!other)
            return TRUE;
    }
    return FALSE;
}

/* Do mentions A and B name the two official languages, one each, with "or"
 * between them ("English: Advanced or French: Advanced", "English - V /
 * French - V")? */
static gboolean either_language(const nt_toks *t, const mention *a, const mention *b)
{
    static const char *const or_words[] = {"or", "ou", "either", NULL};
    if (!((a->role == NR_EN && b->role == NR_FR) || (a->role == NR_FR && b->role == NR_EN)))
        return FALSE;
    /* the "or" stands right before the second language's name: not "English
     * at level IV or above and French at level II" */
    const char *const *names = b->role == NR_EN ? en_names : fr_names;
    for (guint i = a->i + a->n; i < b->i; i++) {
        if (!nt_in(t, i, names))
            continue;
        if (nt_in(t, i - 1, or_words))
            return TRUE;
        const guint from = nt_tok_at(t, i - 1)->end, to = nt_tok_at(t, i)->start;
        return memchr(t->text + from, '/', to - from) != NULL;
    }
    return FALSE;
}

static void other_official(nt_doc *d, nt_item *it, const nt_toks *t, nt_crit *c, const GArray *ms);
static gboolean worded_official(nt_doc *d, nt_item *it, const nt_toks *t);

/* "5 in one official language and 2 in the other": levels in digits with
 * no Roman numeral to say which scale they are on.  They may be STANAG
 * 6001 levels (0 to 5) as well as the NATO I to VI (rules/reference/
 * languages.json leaves a lone digit out for that reason), so the item goes
 * to the panel, with a warning that quotes them.  Unless the item NAMED
 * the official languages, only a digit after "level" counts.  FALSE if it
 * has none. */
static gboolean digit_levels(nt_item *it, const nt_toks *t, gboolean named)
{
    const guint n = nt_ntoks(t);
    guint first = n, last = 0;
    for (guint i = 0; i < n; i++)
        /* with no language named, only "level 5": not "2 in the other team" */
        if (arabic_level(t, i, TRUE) >= 1 &&
            (named || (i > 0 && (nt_is(t, i - 1, "level") || nt_is(t, i - 1, "niveau"))))) {
            first = MIN(first, i);
            last = i;
        }
    if (first == n)
        return FALSE;
    if (first > 0 && (nt_is(t, first - 1, "level") || nt_is(t, first - 1, "niveau")))
        first--; /* quoted from "level 5" */
    guint e = last + 1; /* the role after the last digit ("2 in the other") */
    while (e < n && !nt_clause_break(t, e))
        e++;
    char *shown = nt_span(t, first, e - first);
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, first)->start, &line, &col);
    nt_crit *c = nt_crit_new(NK_PANEL, it, it->text->str, it->text->len);
    nt_crit_note(c, line, col, "\"%s\" gives the language levels in digits, which may be levels of another "
                 "scale (STANAG 6001 runs from 0 to 5) as well as the NATO I to VI; it is left to the panel", shown);
    g_free(shown);
    return TRUE;
}

/* "Knowledge of French (level 2222)": a STANAG 6001 profile right after
 * "level", with no "SLP" or "STANAG" to name the scale.  Four skill levels
 * are no level of the NATO I to VI scale, whose levels are one numeral
 * each; "level 2" alone stays ambiguous (digit_levels). */
static gboolean profile_after_level(nt_doc *d, const nt_toks *t)
{
    for (guint i = 1, n; i < nt_ntoks(t); i++)
        if (nt_tok_at(t, i)->number && (nt_is(t, i - 1, "level") || nt_is(t, i - 1, "niveau")) &&
            stanag_at(d, t, i, &n) >= 1)
            return TRUE;
    return FALSE;
}

/* "Proficiency in English (NATO level 3333 / SLP IV)": two levels side by
 * side with only "/" or "=" (and "level", "SLP", ...) between them, in an
 * item that names one official language, the second with no role of its
 * own.  They are two notations of that language's one level, which may
 * disagree (3333 is V through the STANAG 6001 table): they become the
 * mention's two readings, cross-checked as a numeral and its label are
 * (notice_merge.c keeps the level most readings support, the lower on a
 * tie, and warns with both).  Read as "one" and "other", a candidate
 * fluent in French alone passed a post that asks for English. */
static void notations_of_one(const nt_toks *t, GArray *ms)
{
    static const char *const glue[] = {"level", "niveau", "slp", "stanag", "6001", "nato", "otan",
                                       "cefr", "cecr", "cecrl", NULL};
    const guint n = nt_ntoks(t);
    guint k;
    if (ms->len != 2 || (nt_find_seq(t, 0, n, en_names, &k) >= 0) == (nt_find_seq(t, 0, n, fr_names, &k) >= 0))
        return;
    mention *a = &g_array_index(ms, mention, 0), *b = &g_array_index(ms, mention, 1);
    if (b->role >= 0 || (a->role >= 0 && a->role != NR_EN && a->role != NR_FR) || a->numeral.value < 1 ||
        b->numeral.value < 1 || a->label.value >= 0 || b->label.value >= 0)
        return;
    for (guint i = a->i + a->n; i < b->i; i++)
        if (!nt_in(t, i, glue))
            return;
    const guint from = nt_tok_at(t, a->i + a->n - 1)->end, to = nt_tok_at(t, b->i)->start;
    if (!memchr(t->text + from, '/', to - from) && !memchr(t->text + from, '=', to - from))
        return;
    /* quoted with the word that says its scale: "SLP IV" */
    guint at = b->i;
    while (at > a->i + a->n && (nt_is(t, at - 1, "slp") || nt_is(t, at - 1, "stanag") || nt_is(t, at - 1, "cefr")))
        at--;
    g_free(b->numeral.shown);
    b->numeral.shown = nt_span(t, at, b->i + b->n - at);
    a->label = b->numeral;
    a->numeral.notation = a->label.notation = TRUE;
    a->n = b->i + b->n - a->i;
    b->numeral.shown = NULL;
    mention_clear(b);
    g_array_remove_index(ms, 1);
}

/* Do words [I, I + K) of T name language L by its name ("German"), not
 * its code ("de")? */
static gboolean by_name(const nt_toks *t, guint i, guint k, const elg_language *l)
{
    char *name = nt_span(t, i, k);
    const gboolean named = strlen(name) >= 4 && g_ascii_strcasecmp(name, l->code) != 0;
    g_free(name);
    return named;
}

/* Does the item name a language other than English and French by its name
 * ("German", not the code "de")? */
static gboolean other_language_named(nt_doc *d, const nt_toks *t)
{
    for (guint i = 0, k = 0; i < nt_ntoks(t); i++) {
        const elg_language *l = nt_ngram(t, i, 2, d->ref->language_keys, &k);
        if (!l || strcmp(l->code, "en") == 0 || strcmp(l->code, "fr") == 0)
            continue;
        if (by_name(t, i, k, l))
            return TRUE;
    }
    return FALSE;
}

/* "German: SLP 2222", "German (C1)": the language other than English and
 * French named just before the level at word I (not before PREV), by its
 * name; *AT and *N where the name is, or NULL. */
static const elg_language *other_language_before(nt_doc *d, const nt_toks *t, guint i, guint prev, guint *at,
                                                 guint *n)
{
    const guint lead = lead_in(t, i, prev);
    for (guint len = 1; len <= 2; len++) {
        if (lead < prev + len)
            return NULL;
        guint k = 0;
        const elg_language *l = nt_ngram(t, lead - len, 2, d->ref->language_keys, &k);
        if (!l || k != len || strcmp(l->code, "en") == 0 || strcmp(l->code, "fr") == 0)
            continue;
        if (by_name(t, lead - len, k, l)) {
            *at = lead - len;
            *n = len;
            return l;
        }
    }
    return NULL;
}

/* A level of another language taken out of the official ones'. */
typedef struct {
    const elg_language *l;
    guint at;          /* the language's name */
    mention m;
} other_level;

/* "English: SLP 3333; German: SLP 2222": a level with no role of its own,
 * right after another language's name, is that language's, not a level in
 * the other official language.  Those mentions leave MS, into the array
 * returned (other_levels_add them once the official levels are read, so
 * that the criteria keep the item's order). */
static GArray *other_levels_take(nt_doc *d, const nt_toks *t, GArray *ms)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(other_level));
    for (guint i = 0; i < ms->len; i++) {
        const mention *m = &g_array_index(ms, mention, i);
        const mention *before = i > 0 ? &g_array_index(ms, mention, i - 1) : NULL;
        other_level o = {NULL, 0, *m};
        guint n;
        if (m->role >= 0 || !(o.l = other_language_before(d, t, m->i, before ? before->i + before->n : 0, &o.at, &n)))
            continue;
        g_array_append_val(out, o);
        g_array_remove_index(ms, i--);
    }
    return out;
}

/* Each level of OTHERS as a `language` criterion of its language; frees OTHERS. */
static void other_levels_add(nt_item *it, const nt_toks *t, GArray *others)
{
    for (guint i = 0; i < others->len; i++) {
        other_level *o = &g_array_index(others, other_level, i);
        nt_crit *c = nt_crit_new(NK_LANGUAGE, it, it->text->str, it->text->len);
        g_strlcpy(c->code, o->l->code, sizeof c->code);
        nt_item_pos(it, nt_tok_at(t, o->at)->start, &c->line, &c->col);
        c->main.value = o->m.numeral.value >= 1 ? o->m.numeral.value : o->m.label.value;
        c->main.shown = g_strdup(o->m.numeral.shown ? o->m.numeral.shown : o->m.label.shown);
        c->main.line = c->line;
        c->main.col = c->col;
        mention_clear(&o->m);
    }
    g_array_free(others, TRUE);
}

gboolean nt_read_languages(nt_doc *d, nt_item *it, const nt_toks *t)
{
    guint n = nt_ntoks(t), k;
    gboolean official = nt_find_seq(t, 0, n, official_words, &k) >= 0;
    static const char *const official_seq[] = {"official languages", "official language",
                                               "langues officielles", "langue officielle",
                                               "working languages", NULL};
    const gboolean says_official = nt_find_seq(t, 0, n, official_seq, &k) >= 0;
    official |= says_official;
    /* "German: SLP 2222", "Knowledge of German (CEFR B2)": a scale's name
     * alone names no official language where another language is named */
    static const char *const official_names[] = {"english", "french", "anglais", "francais",
                                                 "bilingual", "bilingue", NULL};
    if (official && !says_official && nt_find_seq(t, 0, n, official_names, &k) < 0 &&
        other_language_named(d, t))
        return FALSE;
    /* "Level IV (Competent) in one, level II (Elementary) in the other",
     * "niveau V dans l'une, niveau II dans l'autre": the official languages,
     * though neither is named */
    static const char *const in_one[] = {"in one", "in either", "dans l une", NULL};
    static const char *const in_other[] = {"in the other", "dans l autre", NULL};
    const gboolean unnamed = !official && nt_find_seq(t, 0, n, in_one, &k) >= 0 &&
                             nt_find_seq(t, 0, n, in_other, &k) >= 0;
    if (!official && !unnamed)
        return FALSE;
    gboolean stanag = nt_find_seq(t, 0, n, (const char *const[]){"stanag", "slp", NULL}, &k) >= 0 ||
                      profile_after_level(d, t);
    GArray *ms = mentions(d, it, t, stanag);
    if (ms->len == 0) {
        g_array_free(ms, TRUE);
        if (digit_levels(it, t, official))
            return TRUE;
        if (unnamed)
            return FALSE; /* "in one team and in the other" */
        if (worded_official(d, it, t))
            return TRUE;
        /* "draft … in one of the official languages" is a skill; "fluent
         * English and good French" is a level eligo cannot read */
        static const char *const level_words[] = {"level", "levels", "niveau", "niveaux", "fluent",
                                                  "fluency", "proficiency", "command", "knowledge",
                                                  "connaissance", "maitrise", "courant", NULL};
        if (it->list == NT_ESSENTIAL && nt_find_seq(t, 0, n, level_words, &k) >= 0) {
            nt_crit *c = nt_crit_new(NK_PANEL, it, it->text->str, it->text->len);
            unsigned line, col;
            nt_item_pos(it, 0, &line, &col);
            nt_crit_note(c, line, col, "the language requirement gives no level eligo can read "
                         "(I to VI, A1 to C2, a STANAG 6001 profile); it is left to the panel");
            return TRUE;
        }
        return FALSE;
    }
    assign_roles(t, ms);
    notations_of_one(t, ms);
    GArray *others = other_levels_take(d, t, ms);
    if (ms->len == 0) {
        g_array_free(ms, TRUE);
        other_levels_add(it, t, others);
        return TRUE;
    }
    /* one level and one official language named anywhere: that language
     * ("Level 3 (Professional) in English in all four skills (SLP 3333)") */
    if (ms->len == 1 && g_array_index(ms, mention, 0).role < 0) {
        gboolean en = nt_find_seq(t, 0, n, en_names, &k) >= 0, fr = nt_find_seq(t, 0, n, fr_names, &k) >= 0;
        if (en != fr)
            g_array_index(ms, mention, 0).role = en ? NR_EN : NR_FR;
    }
    /* "English and French: Advanced": one level for both languages named */
    if (ms->len == 1 && both_named_before(t, &g_array_index(ms, mention, 0)))
        g_array_index(ms, mention, 0).role = NR_BOTH;
    /* "English: Advanced or French: Advanced" offers a choice a rule set
     * cannot state (its "one" needs a level in the other); requiring both
     * would be stricter than the notice */
    if (ms->len == 2 && either_language(t, &g_array_index(ms, mention, 0), &g_array_index(ms, mention, 1))) {
        const mention *m = &g_array_index(ms, mention, 0);
        const nt_obs *o = m->numeral.value >= 0 ? &m->numeral : &m->label;
        nt_crit *c = nt_crit_new(NK_PANEL, it, it->text->str, it->text->len);
        nt_crit_note(c, o->line, o->col, "the notice offers a choice of language (English or French); a rule set "
                                         "cannot say either one alone, so it is left to the panel");
        for (guint i = 0; i < ms->len; i++)
            mention_clear(&g_array_index(ms, mention, i));
        g_array_free(ms, TRUE);
        other_levels_add(it, t, others);
        return TRUE;
    }
    /* without words saying which is which: the first "one", the second "other" */
    for (guint i = 0; i < ms->len; i++) {
        mention *m = &g_array_index(ms, mention, i);
        if (m->role < 0)
            m->role = ms->len == 1 ? NR_ONE : i == 0 ? NR_ONE : NR_OTHER;
    }
    nt_crit *c = nt_crit_new(NK_LANGUAGES, it, it->text->str, it->text->len);
    for (guint i = 0; i < ms->len; i++) {
        mention *m = &g_array_index(ms, mention, i);
        if (c->level[m->role][0].value >= 1 || c->level[m->role][1].value >= 1) {
            nt_warn(d, m->numeral.value >= 0 ? m->numeral.line : m->label.line,
                    m->numeral.value >= 0 ? m->numeral.col : m->label.col, "languages",
                    m->numeral.shown ? m->numeral.shown : m->label.shown,
                    "a second level for \"%s\" in the language requirement is ignored",
                    role_names[m->role]);
            mention_clear(m);
            continue;
        }
        c->level[m->role][0] = m->numeral;
        c->level[m->role][1] = m->label;
        if (i == 0) {
            const nt_obs *o = m->numeral.value >= 0 ? &m->numeral : &m->label;
            c->line = o->line;
            c->col = o->col;
        }
    }
    other_official(d, it, t, c, ms);
    g_array_free(ms, TRUE);
    other_levels_add(it, t, others);
    return TRUE;
}

/* --- other languages ---------------------------------------------------------------- */

static const char *const proficiency_words[] = {
    "knowledge", "command", "proficiency", "proficient", "fluency", "fluent", "speaking",
    "speak", "spoken", "written", "language", "languages", "connaissance", "maitrise",
    "pratique", "courant", "couramment", "parler", "langue", "langues", "niveau", "level",
    "skills", "native", "maternelle", NULL};

/* Levels read from wording where no numeral is given, in the order
 * wording_level_in tries them. */
static const struct {
    const char *phrase;
    int level;
} wording_table[] = {
    {"native", 6}, {"mother tongue", 6}, {"langue maternelle", 6}, {"bilingual", 6},
    {"fluent", 5}, {"fluency", 5}, {"courant", 5}, {"couramment", 5}, {"excellent", 5},
    {"excellente", 5}, {"very good", 5}, {"tres bonne", 5}, {"advanced", 5},
    {"good working knowledge", 3}, {"working knowledge", 3}, {"bonne connaissance pratique", 3},
    {"connaissance pratique", 3}, {"good knowledge", 3}, {"bonne connaissance", 3},
    {"bonnes connaissances", 3},
    {"good command", 3}, {"bonne maitrise", 3},
    {"basic", 1}, {"notions", 1}, {"elementary", 2},
};

/* A level from the wording of words [FROM, TO), where no numeral is
 * given; *AT and *N where the phrase is. */
static int wording_level_in(const nt_toks *t, guint from, guint to, const char **why, guint *at, guint *n)
{
    for (size_t k = 0; k < G_N_ELEMENTS(wording_table); k++) {
        const char *const one[] = {wording_table[k].phrase, NULL};
        int i = nt_find_seq(t, from, to, one, n);
        if (i >= 0) {
            *why = wording_table[k].phrase;
            *at = (guint)i;
            return wording_table[k].level;
        }
    }
    *why = NULL;
    return -1;
}

static int wording_level(const nt_toks *t, const char **why)
{
    guint at, n;
    return wording_level_in(t, 0, nt_ntoks(t), why, &at, &n);
}

/* "good knowledge of English and French; English: level V": the level of
 * one official language is given, the other (French) is named in a clause
 * of its own with a proficiency word.  Its level is read from the wording,
 * as for other languages ("good knowledge" III), with a note: without it
 * the one level was taken for either language and French for level I. */
static gboolean semicolon_before(const nt_toks *t, guint i)
{
    const nt_tok *a = nt_tok_at(t, i - 1), *b = nt_tok_at(t, i);
    return memchr(t->text + a->end, ';', b->start - a->end) || memchr(t->text + a->end, '.', b->start - a->end);
}

/* Is the language name at word I an adjective, a noun right after it ("the
 * French administration", "French law"), not the language? */
static gboolean name_as_adjective(const nt_toks *t, guint i)
{
    static const char *const followers[] = {"and", "or", "et", "ou", "at", "to", "is", "are", "would", "will",
                                            "should", "as", "being", "language", "languages", "langue", "level",
                                            "niveau", "required", "preferred", "desirable", "essential", "an", "a",
                                            "also", "with", NULL};
    if (i + 1 >= nt_ntoks(t))
        return FALSE;
    const nt_tok *a = nt_tok_at(t, i), *b = nt_tok_at(t, i + 1);
    for (guint p = a->end; p < b->start; p++)
        if (t->text[p] != ' ')
            return FALSE; /* "French: working knowledge", "French (III)" */
    return !b->number && !b->upper && !nt_in(t, i + 1, followers);
}

static void other_official(nt_doc *d, nt_item *it, const nt_toks *t, nt_crit *c, const GArray *ms)
{
    const int given = c->level[NR_EN][0].value >= 1 || c->level[NR_EN][1].value >= 1 ? NR_EN : NR_FR;
    for (int r = 0; r < NR_N; r++)
        if ((r == given) != (c->level[r][0].value >= 1 || c->level[r][1].value >= 1))
            return; /* only one fixed language has a level */
    const int other = given == NR_EN ? NR_FR : NR_EN;
    const char *const *names = other == NR_EN ? en_names : fr_names;
    const guint n = nt_ntoks(t);
    for (guint i = 0; i < n; i++) {
        gboolean in_mention = FALSE;
        for (guint k = 0; k < ms->len && !in_mention; k++) {
            const mention *m = &g_array_index(ms, mention, k);
            in_mention = i >= m->i && i < m->i + m->n;
        }
        const char *const *given_names = given == NR_EN ? en_names : fr_names;
        if (in_mention || !nt_in(t, i, names) ||
            (i > 0 && nt_in(t, i - 1, given_names) && !semicolon_before(t, i)) ||
            (i + 1 < n && nt_in(t, i + 1, given_names) && !semicolon_before(t, i + 1)) || name_as_adjective(t, i))
            continue; /* "(English/French)" names both; "the French administration" none */
        /* the part of the item between ";" around the name ("French:
         * working knowledge"), mentions left out ("English: level V
         * (Advanced) and good knowledge of French") */
        guint from = i, to = i + 1;
        while (from > 0 && !semicolon_before(t, from))
            from--;
        while (to < n && !semicolon_before(t, to))
            to++;
        for (guint k = 0; k < ms->len; k++) {
            const mention *m = &g_array_index(ms, mention, k);
            if (m->i + m->n <= i && m->i + m->n > from)
                from = m->i + m->n;
            if (m->i > i && m->i < to)
                to = m->i;
        }
        static const char *const language_words[] = {"language", "languages", "langue", "langues", NULL};
        gboolean proficiency = FALSE;
        for (guint k = from; k < to; k++)
            proficiency |= nt_in(t, k, proficiency_words) && !nt_in(t, k, language_words);
        if (!proficiency)
            continue;
        const char *lang = other == NR_EN ? "English" : "French";
        /* "English SLP 3333 minimum; knowledge of French is an asset": the
         * other language is wished for, not required (it was level I, an
         * essential the notice does not ask); so is it where it "is not
         * required" */
        static const char *const not_words[] = {"not", "pas", "non", NULL};
        if (it->list == NT_ESSENTIAL &&
            (nt_find_seq(t, from, to, wish_words, NULL) >= 0 || nt_find_seq(t, from, to, not_words, NULL) >= 0)) {
            unsigned line, col;
            nt_item_pos(it, nt_tok_at(t, i)->start, &line, &col);
            char *shown = nt_span(t, from, to - from);
            nt_crit_note(c, line, col, "\"%s\" does not make %s a requirement; no level of it is required "
                         "(list it under the desirable qualifications by hand if need be)", shown, lang);
            g_free(shown);
            return;
        }
        const char *why;
        guint at, len;
        const int level = wording_level_in(t, from, to, &why, &at, &len);
        if (level >= 1) {
            nt_obs_set(&c->level[other][1], level, it, t, at, len);
            nt_crit_note(c, c->level[other][1].line, c->level[other][1].col,
                         "no level is given for %s; \"%s\" is read as level %s", lang, why,
                         d->ref->level_roman[level]);
        } else {
            nt_obs_set(&c->level[other][1], 1, it, t, i, 1);
            nt_crit_note(c, c->level[other][1].line, c->level[other][1].col,
                         "no level is given for %s; level I (any knowledge) is required", lang);
        }
        return;
    }
}

/* --- official languages named with words only ------------------------------------ */

/* Words between a level phrase and the language it is the level of ("good
 * knowledge of the", "fluent in", "bonne connaissance de l'"). */
static const char *const level_glue[] = {"of", "in", "the", "en", "de", "du", "d", "l", "le", "la", "knowledge",
                                         "command", "proficiency", "connaissance", "connaissances", "maitrise",
                                         NULL};

/* Are words I - 1 and I in one clause? */
static gboolean joined(const nt_toks *t, guint i)
{
    return i > 0 && !semicolon_before(t, i) && !nt_clause_break(t, i);
}

/* The longest phrase of wording_table matched at word I (or, with BEFORE,
 * ending right before I): its index, or -1; *N its length. */
static int wording_phrase(const nt_toks *t, guint i, gboolean before, guint *n)
{
    int best = -1;
    *n = 0;
    for (size_t k = 0; k < G_N_ELEMENTS(wording_table); k++) {
        guint len = 1;
        for (const char *p = wording_table[k].phrase; *p; p++)
            len += *p == ' ';
        if (len <= *n || (before && len > i))
            continue;
        if (nt_seq(t, before ? i - len : i, wording_table[k].phrase) == len) {
            best = (int)k;
            *n = len;
        }
    }
    return best;
}

/* The phrase of wording_table that gives the level of the official
 * language named at word I: one before it, joined by words of level_glue
 * (or by the other language and "and": "good knowledge of English and
 * French"), the earliest where they overlap ("very good knowledge of"), or
 * one right after it ("English: fluent", "anglais courant"); -1 if none.
 * Not "excellent drafting skills in English" nor "draft fluently in
 * English": the level of something else. *AT and *N where it is. */
static int worded_level_at(const nt_toks *t, guint i, guint *at, guint *n)
{
    static const char *const and_words[] = {"and", "et", NULL};
    /* glue that names what has the level: past it, "and" joins no other
     * language ("fluency in English and knowledge of French") */
    static const char *const glue_nouns[] = {"knowledge", "command", "proficiency", "connaissance",
                                             "connaissances", "maitrise", NULL};
    gboolean noun = FALSE;
    int best = -1;
    for (guint k = i, steps = 0; steps < 8 && joined(t, k); steps++) {
        guint len;
        const int p = wording_phrase(t, k, TRUE, &len);
        if (p >= 0 && (best < 0 || k - len < *at)) {
            best = p;
            *at = k - len;
            *n = len;
        }
        if (nt_in(t, k - 1, level_glue))
            noun |= nt_in(t, --k, glue_nouns);
        else if (!noun && k >= 2 && nt_in(t, k - 1, and_words) && joined(t, k - 1) &&
                 (nt_in(t, k - 2, en_names) || nt_in(t, k - 2, fr_names)))
            k -= 2;
        else
            break;
    }
    if (best >= 0 || i + 1 >= nt_ntoks(t))
        return best;
    /* right after: spaces and at most one ':', '(' or '-' between */
    guint marks = 0;
    for (guint p = nt_tok_at(t, i)->end; p < nt_tok_at(t, i + 1)->start; p++)
        if (t->text[p] != ' ' && (!strchr(":(-", t->text[p]) || ++marks > 1))
            return -1;
    best = wording_phrase(t, i + 1, FALSE, n);
    *at = i + 1;
    return best;
}

/* Is the official language named at word I followed by "and" and the
 * capitalised name of no language ("French and Belgian legislation")?  The
 * name is then a people's, of something else. */
static gboolean people_and(nt_doc *d, const nt_toks *t, guint i)
{
    if (i + 2 >= nt_ntoks(t) || !(nt_is(t, i + 1, "and") || nt_is(t, i + 1, "et")) || !joined(t, i + 1) ||
        !joined(t, i + 2) || nt_in(t, i + 2, en_names) || nt_in(t, i + 2, fr_names))
        return FALSE;
    const nt_tok *w = nt_tok_at(t, i + 2);
    guint k = 0;
    return g_unichar_isupper(g_utf8_get_char(t->text + w->start)) && !w->upper &&
           !nt_ngram(t, i + 2, 2, d->ref->language_keys, &k);
}

/* "be fluent in English and have a good knowledge of French", "parler
 * couramment le français et avoir une bonne connaissance de l'anglais":
 * no level is given, but each official language is named with words that
 * give one, read as for other languages ("fluent" V, "good knowledge" III)
 * with a warning.  An official language named without such words, a name
 * that is no language ("the French administration") or another language
 * beside them leaves the item to the panel. */
static gboolean worded_official(nt_doc *d, nt_item *it, const nt_toks *t)
{
    /* "fluent in English or have a good knowledge of French", "or vice
     * versa": either one, which criteria cannot say; "a good knowledge of
     * French is not required": that level is not asked for */
    static const char *const either_not[] = {"or", "ou", "either", "soit", "inversement", "not", "no", "pas",
                                             "non", "nor", "ni", NULL};
    const guint n = nt_ntoks(t);
    guint k;
    /* an essential "be fluent in English and French would be an asset":
     * part of it is not required */
    if ((it->list == NT_ESSENTIAL && nt_find_seq(t, 0, n, wish_words, &k) >= 0) || nt_find_seq(t, 0, n, either_not, &k) >= 0)
        return FALSE;
    int found[NR_N];
    guint at[NR_N], len[NR_N];
    for (int r = 0; r < NR_N; r++)
        found[r] = -1;
    for (guint i = 0; i < n; i++) {
        const gboolean en = nt_in(t, i, en_names), fr = nt_in(t, i, fr_names);
        if (!en && !fr) {
            k = 0;
            const elg_language *l = nt_ngram(t, i, 2, d->ref->language_keys, &k);
            if (!l)
                continue;
            if (by_name(t, i, k, l))
                return FALSE; /* its reader is not called when this one takes the item */
            continue;
        }
        guint a = 0, m = 0;
        const int p = worded_level_at(t, i, &a, &m);
        if (name_as_adjective(t, i) && !(p >= 0 && a == i + 1))
            return FALSE; /* "the French administration" asks more; not "anglais courant" */
        if (people_and(d, t, i))
            return FALSE; /* "French and Belgian legislation": no language either */
        const int r = en ? NR_EN : NR_FR;
        if (p < 0 || (found[r] >= 0 && wording_table[found[r]].level != wording_table[p].level))
            return FALSE;
        if (found[r] < 0) {
            found[r] = p;
            at[r] = a;
            len[r] = m;
        }
    }
    if (found[NR_EN] < 0 && found[NR_FR] < 0)
        return FALSE;
    nt_crit *c = nt_crit_new(NK_LANGUAGES, it, it->text->str, it->text->len);
    /* the warnings in the order of the text */
    const int first = found[NR_FR] >= 0 && (found[NR_EN] < 0 || at[NR_FR] < at[NR_EN]) ? NR_FR : NR_EN;
    const int order[2] = {first, first == NR_EN ? NR_FR : NR_EN};
    for (int k = 0; k < 2; k++) {
        const int r = order[k];
        if (found[r] < 0)
            continue;
        nt_obs *o = &c->level[r][1];
        nt_obs_set(o, wording_table[found[r]].level, it, t, at[r], len[r]);
        if (r == first) {
            c->line = o->line;
            c->col = o->col;
        }
        nt_crit_note_apart(c, o->line, o->col, "no level is given for %s; \"%s\" is read as level %s",
                           r == NR_EN ? "English" : "French", wording_table[found[r]].phrase,
                           d->ref->level_roman[o->value]);
    }
    return TRUE;
}

/* "knowledge of a third NATO language, e.g. German or Spanish": the
 * languages named are examples of any other, which no rule set can say;
 * reading the first alone denied the others their credit.  A panel
 * criterion of IT, said once at the examples (TRUE); FALSE when the item
 * names its languages otherwise. */
static gboolean languages_as_examples(nt_doc *d, nt_item *it, const nt_toks *t)
{
    static const char *const language_words[] = {"language", "languages", "langue", "langues", NULL};
    static const char *const markers[] = {"e g", "eg", "for example", "for instance", "such as", "including",
                                          "par exemple", "p ex", "tels que", "telles que", "tel que",
                                          "telle que", "notamment", "comme", NULL};
    const guint n = nt_ntoks(t);
    guint m, k;
    const int ex = nt_find_seq(t, 0, n, markers, &m);
    if (ex <= 0 || nt_find_seq(t, 0, (guint)ex, language_words, &k) < 0)
        return FALSE;
    gboolean named = FALSE;
    for (guint i = (guint)ex + m; i < n && !named; i++) {
        const elg_language *l = nt_ngram(t, i, 2, d->ref->language_keys, &k);
        named = l && strcmp(l->code, "en") != 0 && strcmp(l->code, "fr") != 0 && by_name(t, i, k, l);
    }
    if (!named)
        return FALSE;
    nt_crit *c = nt_crit_new(NK_PANEL, it, it->text->str, it->text->len);
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, (guint)ex)->start, &line, &col);
    char *shown = nt_span(t, (guint)ex, n - (guint)ex);
    nt_crit_note(c, line, col, "the languages \"%s\" are examples of any other language, which no rule set can "
                 "state; it is left to the panel", shown);
    g_free(shown);
    return TRUE;
}

/* "knowledge of a third NATO language", "d'autres langues": a language
 * asked for by its rank or as any other, not by its name.  The words from
 * the qualifier to the language word ("third NATO language", "troisième
 * langue", "langue supplémentaire") in *AT and *N; FALSE when there are
 * none, or they are the other official language ("the other language",
 * "l'autre langue officielle"), or no proficiency is asked before them
 * ("drafting in other languages" asks something else). */
static gboolean unnamed_language(const nt_toks *t, guint *at, guint *n)
{
    static const char *const language_words[] = {"language", "languages", "langue", "langues", NULL};
    static const char *const before[] = {"third", "another", "other", "additional", "further", "troisieme",
                                         "autre", "autres", NULL};
    static const char *const after[] = {"supplementaire", "supplementaires", "additionnelle",
                                        "additionnelles", NULL};
    static const char *const between[] = {"nato", "otan", "alliance", NULL};
    static const char *const official[] = {"official", "officielle", "officielles", "officiel", NULL};
    static const char *const asked[] = {"knowledge", "command", "proficiency", "proficient", "fluency", "fluent",
                                        "speak", "speaking", "connaissance", "connaissances", "maitrise",
                                        "maitriser", "pratique", "parler", "skills", NULL};
    const guint nt = nt_ntoks(t);
    for (guint w = 0; w < nt; w++) {
        if (!nt_in(t, w, language_words))
            continue;
        guint q = w;
        while (q > 0 && w - q < 2 && nt_in(t, q - 1, between) && !nt_clause_break(t, q))
            q--;
        guint s = G_MAXUINT, e = w + 1;
        if (q > 0 && nt_in(t, q - 1, before) && !nt_clause_break(t, q) &&
            !(q > 1 && (nt_is(t, q - 2, "the") || nt_is(t, q - 2, "l"))))
            s = q - 1;
        else if (w + 1 < nt && nt_in(t, w + 1, after) && !nt_clause_break(t, w + 1)) {
            s = w;
            e = w + 2;
        }
        if (s == G_MAXUINT || nt_in(t, e, official) || (s > 0 && nt_in(t, s - 1, official)))
            continue;
        gboolean proficiency = FALSE;
        for (guint k = 0; k < s && !proficiency; k++)
            proficiency = nt_in(t, k, asked);
        if (!proficiency)
            continue;
        *at = s;
        *n = e - s;
        return TRUE;
    }
    return FALSE;
}

void nt_note_unnamed_language(nt_crit *c, const nt_item *it, const nt_toks *t)
{
    guint at, n;
    if (!unnamed_language(t, &at, &n))
        return;
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, at)->start, &line, &col);
    char *shown = nt_span(t, at, n);
    nt_crit_note(c, line, col, "\"%s\" names no language: any other than English and French will do, which no "
                 "rule set can state (a language criterion names its language); it is left to the panel", shown);
    g_free(shown);
}

gboolean nt_read_other_language(nt_doc *d, nt_item *it, const nt_toks *t)
{
    guint n = nt_ntoks(t), k;
    /* "German: SLP 2222", "Knowledge of German (level 2222)" */
    const gboolean stanag = nt_find_seq(t, 0, n, (const char *const[]){"stanag", "slp", NULL}, &k) >= 0 ||
                            profile_after_level(d, t);
    gboolean proficiency = stanag;
    for (guint i = 0; i < n; i++)
        proficiency |= nt_in(t, i, proficiency_words);
    if (!proficiency)
        return FALSE;
    if (languages_as_examples(d, it, t))
        return TRUE;
    GArray *ms = NULL;
    gboolean took = FALSE, alternative = FALSE;
    for (guint i = 0; i < n; i++) {
        guint k = 0;
        const elg_language *l = nt_ngram(t, i, 2, d->ref->language_keys, &k);
        if (!l || strcmp(l->code, "en") == 0 || strcmp(l->code, "fr") == 0)
            continue;
        const gboolean is_name = by_name(t, i, k, l);
        /* the language is the object: "knowledge of Ukrainian.", "Russian language",
         * "Ukrainian (III)"; not "Russian military doctrine" */
        guint after = i + k;
        gboolean object = after >= n || nt_in(t, after, proficiency_words) ||
                          nt_clause_break(t, after) || nt_is(t, after, "and") || nt_is(t, after, "et") ||
                          nt_is(t, after, "or") || nt_is(t, after, "ou") || nt_is(t, after, "at") ||
                          nt_seq(t, after, "au niveau") == 2; /* not "la politique russe au Moyen-Orient" */
        if (!is_name || !object) {
            i += k - 1;
            continue;
        }
        if (took && alternative) {
            char *name = nt_span(t, i, k);
            nt_crit *prev = g_ptr_array_index(it->crits, it->crits->len - 1);
            nt_crit_note(prev, prev->line, prev->col,
                         "%s is named as an alternative; only the first language is checked", name);
            g_free(name);
            break;
        }
        if (!ms)
            ms = mentions(d, it, t, stanag);
        nt_crit *c = nt_crit_new(NK_LANGUAGE, it, it->text->str, it->text->len);
        g_strlcpy(c->code, l->code, sizeof c->code);
        nt_item_pos(it, nt_tok_at(t, i)->start, &c->line, &c->col);
        if (ms->len > 0) {
            mention *m = &g_array_index(ms, mention, 0);
            c->main.value = m->numeral.value >= 1 ? m->numeral.value : m->label.value;
            c->main.shown = g_strdup(m->numeral.shown ? m->numeral.shown : m->label.shown);
            c->main.line = c->line;
            c->main.col = c->col;
        } else {
            const char *why;
            int level = wording_level(t, &why);
            char *lang = nt_span(t, i, k);
            const char *name = l->en;
            if (level < 1) {
                level = 1;
                nt_crit_note(c, c->line, c->col, "no level is given for %s; level I (any knowledge) is required",
                             name);
            } else {
                nt_crit_note(c, c->line, c->col, "no level is given for %s; \"%s\" is read as level %s", name,
                             why, d->ref->level_roman[level]);
            }
            g_free(lang);
            c->main.value = level;
        }
        took = TRUE;
        alternative = nt_is(t, after, "or") || nt_is(t, after, "ou");
        i += k - 1;
    }
    if (ms) {
        for (guint i = 0; i < ms->len; i++)
            mention_clear(&g_array_index(ms, mention, i));
        g_array_free(ms, TRUE);
    }
    return took;
}
