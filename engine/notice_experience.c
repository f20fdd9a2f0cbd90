/* Experience items (notice_int.h): "at least five years of experience in F",
 * "N years, out of which at least M in G" (two criteria), the field through
 * fields.json phrases, and a new tag (with a warning) where none matches. */
#include "notice_int.h"
#include "post.h" /* ELG_FIELDS_MAX */
#include "values.h"

#include <string.h>

static const char *const experience_words[] = {"experience", "experiences", "experienced",
                                               "worked", "travaille", "exerce", "background",
                                               "career", "carriere", NULL};
static const char *const minimum_words[] = {"least", "minimum", "moins", "minimal", "minimale",
                                            "more", "plus", NULL};
/* The words around them: "at least", "a minimum of", "au moins", "d'au moins". */
static const char *const minimum_leads[] = {"at", "a", "of", "au", "d", NULL};
/* A minimum said by denying less: "not less than 4 years", "pas moins de 4 ans". */
static const char *const not_less_phrases[] = {"not less than", "no less than", "not fewer than",
                                               "no fewer than", "pas moins de", "pas moins d", NULL};
/* "out of which at least 3 years in G": a part of the years before.
 * "including" counts only with years after it (split_duration). */
static const char *const split_marks[] = {"out of which", "of which", "of whom", "among which",
                                          "including", "parmi lesquelles", "parmi lesquels",
                                          "dont", NULL};
/* Durations that bound something else: "within the last 10 years", "up to 6 months".
 * Not "during" / "durant": "worked during 5 years" is the years required;
 * "during the last 5 years" is a window by its recency word. */
static const char *const window_words[] = {"last", "past", "previous", "recent", "within",
                                           "jusqu", "maximum", "max", NULL};
/* A look-back window: "the last 10 years", "les 10 dernières années", "the
 * 10 years preceding", "les dix années précédentes". */
static const char *const recency_words[] = {"last", "past", "previous", "recent", "preceding",
                                            "dernieres", "derniers", "precedentes", "precedents",
                                            "passees", "ecoulees", NULL};
/* Words that open such a window: "within", "in the", "au cours des". */
static const char *const recency_leads[] = {"within", "during", "in", "over", "durant", "pendant",
                                            "au", "cours", "dans", "sur", "the", "des", "les",
                                            "ces", NULL};

typedef struct {
    guint i, n;        /* the duration's words */
    gint32 milli;
    guint seg;         /* where its part of the item starts (a split mark or the start) */
    guint body;        /* where its wording starts (after the split mark) */
} duration;

/* The years MILLI read, in words of the warnings ("5 years"): a range is
 * read as its lower bound, and a French notice's "ans" is no English word. */
static char *years_read(gint32 milli)
{
    char years[24];
    elg_years_format(milli, years);
    return g_strdup_printf("%s %s", years, elg_years_unit(milli));
}

/* C's years (nt_obs_set), quoted with the word that opens their range. */
static void set_years(nt_crit *c, const nt_item *it, const nt_toks *t, const duration *du)
{
    const guint from = nt_range_from(t, du->i);
    nt_obs_set(&c->main, du->milli, it, t, from, du->n + du->i - from);
}

/* Is the duration of words [I, I + K) a look-back window? */
static gboolean recency(const nt_toks *t, guint i, guint k)
{
    /* before it, in its clause: not "les 10 dernières années, dont 3 ans" */
    for (guint j = i; j > 0 && j + 3 > i && !nt_clause_break(t, j); j--)
        if (nt_in(t, j - 1, recency_words))
            return TRUE;
    for (guint j = i; j <= i + k; j++)
        if (nt_in(t, j, recency_words) && !nt_clause_break(t, j))
            return TRUE;
    return FALSE;
}

/* Is the duration of words [I, I + K) a bound on something else? */
static gboolean window(const nt_toks *t, guint i, guint k)
{
    for (guint j = i > 3 ? i - 3 : 0; j < i; j++)
        if (nt_in(t, j, window_words) || nt_seq(t, j, "up to"))
            return TRUE;
    return recency(t, i, k);
}

/* The first look-back window in words [FROM, TO): *START and *END its
 * phrase, from "within", "in the", "au cours des" to the unit (and a
 * "preceding" after it). */
static gboolean find_recency(const nt_toks *t, guint from, guint to, guint *start, guint *end)
{
    gint32 milli;
    guint k;
    for (guint i = from; i < to; i++) {
        if (!nt_duration(t, i, &milli, &k) || !recency(t, i, k))
            continue;
        *start = i;
        while (*start > from && *start + 3 > i && !nt_clause_break(t, *start) &&
               (nt_in(t, *start - 1, recency_leads) || nt_in(t, *start - 1, recency_words)))
            (*start)--;
        *end = i + k;
        if (nt_in(t, *end, recency_words) && !nt_clause_break(t, *end))
            (*end)++;
        return TRUE;
    }
    return FALSE;
}

/* Candidate files give no dates of experience: a window is the panel's. */
static void note_recency(nt_item *it, const nt_toks *t, nt_crit *c, guint start, guint end)
{
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, start)->start, &line, &col);
    char *shown = nt_span(t, start, end - start);
    nt_crit_note_apart(c, line, col, "the recency \"%s\" is not checked (candidate files give no "
                       "dates of experience); it is left to the panel", shown);
    g_free(shown);
}

/* --- the field --------------------------------------------------------------------- */

static const char *const filler_words[] = {
    "in", "of", "with", "within", "on", "sur", "at", "the", "a", "an", "field", "fields", "area",
    "areas", "domain", "relevant", "related", "professional", "work", "working", "progressively",
    "responsible", "similar", "position", "positions", "role", "roles", "post", "posts", "job",
    "experience", "experiences", "national", "international", "level", "years", "year",
    "de", "d", "du", "des", "la", "le", "les", "l", "dans", "en", "au", "aux", "avec", "sein", "domaine",
    "domaines", "matiere", /* "en matière de", "in the area of" */ "pertinente", "pertinent", "professionnelle", "professionnel", "similaire",
    "similaires", "poste", "postes", "fonction", "fonctions", "un", "une", "utile", "acquise",
    "ans", "annees", "least", "moins", "minimum", "solid", "proven", "demonstrated",
    "demonstrable", "extensive", "significant", "considerable", "substantial", "good", "strong",
    "very", "hands", "practical", "direct", "recent", "full", "time", "paid",
    /* "in total", "overall", "globale": the total experience, not a field */
    "total", "totale", "overall", "global", "globale", "cumulative", "cumulee", NULL};
static const char *const stop_words[] = {
    "including", "such", "e", "eg", "preferably", "ideally", "preference", "idealement", "preferentiellement",
    "notamment", "y", "which", "that",
    "where", "evidenced", "dont", "ideally", "particularly", "especially", "and", "or", "et",
    "ou", "as", "comme", "par", "for", "pour", "who", "qui", "gained", "acquired", NULL};

/* "…, preferably in G": a preference, not the requirement. */
static gboolean preferred(const nt_toks *t, guint i)
{
    static const char *const words[] = {"preferably", "ideally", "preference", "idealement",
                                        "possibly", "preferentiellement", NULL};
    for (guint k = i > 3 ? i - 3 : 0; k < i; k++)
        if (nt_in(t, k, words))
            return TRUE;
    return FALSE;
}

/* Is the conjunction at word C the link of two nouns that share what
 * follows, "in the management and the implementation of projects"
 * (nt_parallel_the), "dans la gestion et la mise en œuvre de projets"?
 * The first noun's word, or 0; *Y where the second starts, *OF the word
 * ("of", "de") that opens what they share. */
static guint parallel_pair(const nt_toks *t, nt_lang lang, guint c, guint *y, guint *of)
{
    static const char *const articles[] = {"la", "le", "l", "les", NULL};
    static const char *const leads[] = {"dans", "en", "de", "d", NULL};
    static const char *const ofs[] = {"de", "d", "du", "des", NULL};
    if (lang == NT_EN) {
        const guint a = nt_parallel_the(t, c + 1);
        *y = c + 2;
        *of = c + 3;
        return a;
    }
    if (c < 3 || !nt_is(t, c, "et") || !nt_in(t, c - 2, articles) || !nt_in(t, c - 3, leads) ||
        nt_tok_at(t, c - 1)->number)
        return 0;
    guint p = c + 1 + (nt_is(t, c + 1, "de") || nt_is(t, c + 1, "d"));
    if (!nt_in(t, p, articles))
        return 0;
    *y = p + 1;
    for (*of = *y + 1; *of < *y + 4 && *of + 1 < nt_ntoks(t) && !nt_in(t, *of, ofs); (*of)++)
        ;
    if (!nt_in(t, *of, ofs) || *of + 1 >= nt_ntoks(t))
        return 0;
    for (guint k = c - 2; k <= *of + 1; k++)
        if (nt_clause_break(t, k))
            return 0;
    return c - 1;
}

/* Is TAG only words of seniority ("senior", "senior_level",
 * "senior_management_level"), no field? */
static gboolean seniority_tag(const char *tag)
{
    static const char *const words[] = {"senior", "seniority", "level", "levels", "position", "positions", "role",
                                        "roles", "grade", "management", "managerial", "executive", "haut",
                                        "niveau", "poste", "postes", "superieur", NULL};
    gboolean senior = FALSE;
    gchar **parts = g_strsplit(tag, "_", -1);
    gboolean all = parts[0] != NULL;
    for (gchar **p = parts; *p && all; p++) {
        all = g_strv_contains(words, *p);
        senior |= strcmp(*p, "senior") == 0 || strcmp(*p, "seniority") == 0 || strcmp(*p, "executive") == 0 ||
                  strcmp(*p, "superieur") == 0;
    }
    g_strfreev(parts);
    return all && senior;
}

/* A tag from the words after the experience ("in maritime logistics
 * planning, including …" -> maritime_logistics_planning), or NULL when only
 * generic words follow (the total experience is meant).  A degree ends it:
 * "5 years of experience and a Bachelor's degree" names the education,
 * no field.  *FIRST and *END: the words it is made of. */
static char *new_tag_span(const nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint to, guint *first,
                          guint *end)
{
    /* a language level ends it too: "and SLP III in English" is no field */
    static const char *const level_words[] = {"slp", "stanag", "ii", "iii", "iv", NULL};
    GString *tag = g_string_new(NULL);
    guint words = 0;
    gboolean started = FALSE;
    for (guint i = from; i < to && words < 3; i++) {
        guint dk;
        if ((started && nt_clause_break(t, i)) || preferred(t, i + 1) || nt_degree_at(d, it, t, i, &dk) ||
            nt_in(t, i, level_words))
            break; /* "…, preferably in G" names a preference; a degree, the education */
        guint py, pof;
        if (started && parallel_pair(t, it->lang, i, &py, &pof)) {
            i = py - 1; /* "the management and the implementation of projects": one field */
            continue;
        }
        if (nt_in(t, i, stop_words)) {
            if (started)
                break;
            continue;
        }
        gint64 v;
        guint k;
        if (nt_in(t, i, filler_words) || nt_number(t, i, &v, &k)) {
            if (started && !nt_in(t, i, (const char *const[]){"of", "de", "d", "du", "des", NULL}))
                break;
            continue;
        }
        const char *f = nt_f(t, i);
        gboolean ascii = strlen(f) >= 2;
        for (const char *p = f; *p && ascii; p++)
            ascii = g_ascii_isalnum(*p);
        if (!ascii)
            continue;
        g_string_append_printf(tag, "%s%s", tag->len ? "_" : "", f);
        if (!started)
            *first = i;
        *end = i + 1;
        words++;
        started = TRUE;
    }
    if (tag->len == 0) {
        g_string_free(tag, TRUE);
        return NULL;
    }
    return g_string_free(tag, FALSE);
}

/* Words between a link and the field it leads to ("or in the field of G",
 * "et en matière de G"). */
static const char *const link_leads[] = {"in", "the", "of", "en", "dans", "de", "d", "du", "des", "la", "le", "les",
                                         "l", "au", "aux", "matiere", "domaine", "domaines", "field", "fields",
                                         "area", "areas", NULL};

/* Is hit B offered as an alternative to hit A before it ("in F or G", "in F
 * and/or G": joined, not a later clause)? */
static gboolean joined_by_or(const nt_toks *t, const nt_hit *a, const nt_hit *b)
{
    /* "ou en matière de": the link and leads to a field, however many */
    guint end = a->start + a->n;
    if (b->start < end || b->start - end > 6)
        return FALSE;
    gboolean link = FALSE, led = TRUE;
    for (guint k = end; k < b->start; k++) {
        const gboolean or = (nt_is(t, k, "or") || nt_is(t, k, "ou")) && !nt_clause_break(t, k);
        link |= or;
        led &= or || nt_in(t, k, link_leads);
    }
    return link && (b->start - end <= 3 || led);
}

/* Is hit B asked beside hit A before it ("in F and G", "dans F et la G"),
 * not offered instead ("and/or")? */
static gboolean joined_by_and(const nt_toks *t, const nt_hit *a, const nt_hit *b)
{
    /* "as well as in the", "ainsi que dans les", "et en matière de": a link
     * and the words that lead to a field, however many */
    guint end = a->start + a->n;
    if (b->start < end || b->start - end > 6 || joined_by_or(t, a, b))
        return FALSE;
    for (guint k = end; k <= b->start; k++)
        if (nt_clause_break(t, k))
            return FALSE;
    gboolean link = FALSE, led = TRUE;
    for (guint k = end; k < b->start; k++) {
        const guint w = nt_is(t, k, "and") || nt_is(t, k, "et") ? 1
                        : nt_seq(t, k, "as well as") == 3     ? 3
                        : nt_seq(t, k, "ainsi que") == 2      ? 2
                                                              : 0;
        link |= w > 0;
        led &= w > 0 || nt_in(t, k, link_leads);
        k += w ? w - 1 : 0;
    }
    return link && (b->start - end <= 3 || led);
}

/* Is word K "or" ("and" with AND) joined to its neighbours (no clause break)? */
static gboolean or_at(const nt_toks *t, guint k, gboolean and)
{
    return (and ? nt_is(t, k, "and") || nt_is(t, k, "et") : nt_is(t, k, "or") || nt_is(t, k, "ou")) &&
           !nt_clause_break(t, k) && !nt_clause_break(t, k + 1);
}

/* Does word K link a list's last item, joined (no clause break)? */
static gboolean or_word(const nt_toks *t, guint k)
{
    if (nt_is(t, k, "and") && nt_is(t, k + 1, "or")) /* "and/or" */
        k++;
    return or_at(t, k, FALSE);
}

static gboolean and_word(const nt_toks *t, guint k)
{
    const gboolean as_well_as = nt_seq(t, k, "as well as") == 3 && !nt_clause_break(t, k) &&
                                !nt_clause_break(t, k + 1);
    return (or_at(t, k, TRUE) || as_well_as) && !nt_is(t, k + 1, "or");
}

/* Is hit B right after hit A past a comma only ("in F, G and H"), and
 * an article ("dans la F, les G et la H")? */
static gboolean comma_between(const nt_toks *t, const nt_hit *a, const nt_hit *b)
{
    static const char *const articles[] = {"the", "la", "le", "les", "l", NULL};
    guint start = b->start;
    if (start == a->start + a->n + 1 && nt_in(t, start - 1, articles))
        start--;
    if (start != a->start + a->n)
        return FALSE;
    gboolean comma = FALSE;
    for (guint p = nt_tok_at(t, start - 1)->end; p < nt_tok_at(t, start)->start; p++) {
        if (t->text[p] != ',' && t->text[p] != ' ')
            return FALSE;
        comma |= t->text[p] == ',';
    }
    return comma;
}

/* How many of HITS, from the I-th on and starting before word END, name
 * TAG (a preference aside). */
static guint tag_hits(const nt_toks *t, const GArray *hits, guint i, guint end, const char *tag)
{
    guint n = 0;
    for (; i < hits->len && g_array_index(hits, nt_hit, i).start < end; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        n += !preferred(t, h->start) && strcmp(h->tag, tag) == 0;
    }
    return n;
}

/* Does the phrase at word AT follow "experience" ("experience in F")? */
static gboolean after_experience(const nt_toks *t, guint at)
{
    for (guint k = at > 3 ? at - 3 : 0; k < at; k++)
        if (nt_in(t, k, experience_words))
            return TRUE;
    return FALSE;
}

/* Is the I-th of HITS a phrase that ends with the experience word
 * ("military experience") and leads to a field ("military experience in
 * logistics", "... in the field of logistics")?  The field asked is the one
 * after "experience in", as in "NATO experience in logistics"; the words
 * before say where it was gained (note_place). */
static gboolean qualifies_experience(const nt_toks *t, const GArray *hits, guint i)
{
    const nt_hit *h = &g_array_index(hits, nt_hit, i);
    const guint end = h->start + h->n;
    if (!nt_in(t, end - 1, experience_words) || i + 1 >= hits->len)
        return FALSE;
    const nt_hit *next = &g_array_index(hits, nt_hit, i + 1);
    if (next->start <= end || next->start > end + 5 || preferred(t, next->start))
        return FALSE;
    for (guint k = end; k < next->start; k++)
        if (nt_clause_break(t, k) || !nt_in(t, k, link_leads))
            return FALSE;
    return !nt_clause_break(t, next->start);
}

/* Does the phrase at word AT name a degree's subject ("a degree in
 * logistics or equivalent", "un diplôme en logistique")?  Not the field of
 * the years: "hold a university degree in logistics, and have 5 years of
 * experience" are 5 years in total. */
static gboolean degree_subject(const nt_doc *d, const nt_item *it, const nt_toks *t, guint at)
{
    static const char *const leads[] = {"in", "of", "en", "de", "d", "dans", NULL};
    static const char *const ends[] = {"and", "et", "with", "avec", "plus", NULL};
    for (guint j = at; j > 0 && j + 6 > at && !nt_clause_break(t, j); j--) {
        gint64 v;
        guint k;
        if (nt_in(t, j - 1, ends) || nt_in(t, j - 1, experience_words) || nt_in(t, j - 1, nt_item_verbs) ||
            nt_number(t, j - 1, &v, &k))
            return FALSE;
        if (!nt_in(t, j - 1, leads))
            continue;
        /* the degree's words end at the lead, or one or two words before
         * it ("diplôme universitaire en") */
        /* not over "and experience": "a degree and experience in logistics" */
        for (guint p = j - 1; p > 0 && p + 4 > j - 1 && !nt_in(t, p - 1, ends) && !nt_in(t, p - 1, experience_words);
             p--)
            if (nt_degree_at(d, it, t, p - 1, &k) && p - 1 + k <= j - 1 && p - 1 + k + 2 >= j - 1)
                return !nt_degree_when(t, p - 1); /* "expérience après le diplôme en G": G is the field */
    }
    return FALSE;
}

/* Where the list whose last element so far ends at word E is closed by
 * its link: at E, or past a few words that qualify that element ("key
 * security policy issues on its agenda and capability development", 260036)
 * where a link follows them; E where none does. */
static guint list_close(const nt_toks *t, guint e, guint to)
{
    for (guint k = e; k < to && k < e + 4; k++) {
        if (k > e && (and_word(t, k) || or_word(t, k)))
            return k;
        if (nt_clause_break(t, k) || nt_in(t, k, stop_words) || nt_tok_at(t, k)->number)
            break;
    }
    return e;
}

/* Does the clause go on past the comma before word K?  ", ainsi que des
 * défis liés à ..." and ", as well as ..." add to the same object, as "and"
 * does without a comma (the French of 251816's "... industrial base and
 * related defence-critical supply chain security challenges"). */
static gboolean continued(const nt_toks *t, guint k)
{
    return (nt_seq(t, k, "ainsi que") == 2 && !nt_clause_break(t, k + 1)) ||
           (nt_seq(t, k, "as well as") == 3 && !nt_clause_break(t, k + 1) && !nt_clause_break(t, k + 2));
}

/* The field of words [FROM, TO): the first phrase at or after ANCHOR (the
 * experience is usually named right after "experience in"), else the
 * first; but in a desirable, a field named more often in that phrase's
 * clause wins unless the phrase is the anchor's ("strategic policies and
 * issues relating to the defence and technological industrial base and
 * defence-critical supply chain" is defence industry).
 * *OTHER receives a field offered as an alternative next to it ("in F or G"),
 * ALSO (where not NULL) one asked beside it ("in F and G"), its phrase (n 0
 * where none). */
static const char *find_field(nt_doc *d, nt_item *it, const nt_toks *t, guint from, guint to,
                              guint anchor, guint *at, guint *at_end, const char **other, nt_hit *also)
{
    GArray *sets[] = {d->vocab.fields[it->lang]};
    GArray *hits = nt_hits(t, from, to, sets, 1);
    const nt_hit *chosen = NULL;
    guint ci = 0;
    for (int pass = 0; pass < 2 && !chosen; pass++)
        for (guint i = 0; i < hits->len && !chosen; i++) {
            const nt_hit *h = &g_array_index(hits, nt_hit, i);
            if ((pass == 1 || h->start >= anchor) && !preferred(t, h->start) &&
                !degree_subject(d, it, t, h->start) && !qualifies_experience(t, hits, i)) {
                chosen = h;
                ci = i;
            }
        }
    /* only for a desirable (a guess that changes ranks, never a status) whose
     * field is not the one named right after "experience in" */
    const gboolean recount = chosen && it->list == NT_DESIRABLE && chosen->start != anchor &&
                             !after_experience(t, chosen->start);
    guint end = recount ? chosen->start + 1 : 0;
    while (recount && end < to && (!nt_clause_break(t, end) || continued(t, end)))
        end++;
    for (guint i = ci + 1, best = recount ? tag_hits(t, hits, ci, end, chosen->tag) : 0;
         i < hits->len && g_array_index(hits, nt_hit, i).start < end; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        guint n = preferred(t, h->start) ? 0 : tag_hits(t, hits, i, end, h->tag);
        if (n > best) {
            chosen = h;
            ci = i;
            best = n;
        }
    }
    *other = NULL;
    for (guint i = 0; chosen && i < hits->len && !*other; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        if (i == ci || strcmp(h->tag, chosen->tag) == 0 || preferred(t, h->start))
            continue;
        if (i < ci ? joined_by_or(t, h, chosen) : joined_by_or(t, chosen, h))
            *other = h->tag;
    }
    /* "in F, G and H", "in F, G or H": the list is closed by its last link */
    const nt_hit *listed = NULL;
    guint last = ci;
    for (guint i = ci + 1; chosen && i < hits->len; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        if (!comma_between(t, &g_array_index(hits, nt_hit, last), h))
            break;
        if (!listed && strcmp(h->tag, chosen->tag) != 0 && !preferred(t, h->start))
            listed = h;
        last = i;
    }
    guint close = chosen ? g_array_index(hits, nt_hit, last).start + g_array_index(hits, nt_hit, last).n : 0;
    if (listed)
        close = list_close(t, close, to);
    const gboolean list_or = listed && or_word(t, close), list_and = listed && !list_or && and_word(t, close);
    if (!*other && listed && list_or)
        *other = listed->tag;
    if (also)
        also->n = 0;
    for (guint i = 0; also && chosen && !*other && i < hits->len && !also->n; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        if (i == ci || strcmp(h->tag, chosen->tag) == 0 || preferred(t, h->start))
            continue;
        if (i < ci ? joined_by_and(t, h, chosen) : joined_by_and(t, chosen, h))
            *also = *h;
    }
    if (also && chosen && !*other && !also->n && listed && list_and)
        *also = *listed;
    const char *tag = chosen ? chosen->tag : NULL;
    if (chosen) {
        *at = chosen->start;
        *at_end = chosen->start + chosen->n;
    }
    g_array_free(hits, TRUE);
    return tag;
}

static char *segment_text(const nt_toks *t, guint from, guint to)
{
    if (from >= to)
        return g_strdup("");
    guint s = nt_tok_at(t, from)->start, e = nt_tok_at(t, to - 1)->end;
    /* keep a closing quote or parenthesis of the last word: "years'" */
    while (t->text[e] && strchr("')\"", t->text[e]))
        e++;
    return g_strndup(t->text + s, e - s);
}

/* Words in -ing that name a field, not an action ("experience in
 * engineering management"). */
static const char *const ing_nouns[] = {
    "engineering", "accounting", "budgeting", "planning", "training", "programming", "marketing",
    "auditing", "contracting", "banking", "consulting", "networking", "testing", "modelling",
    "modeling", "financing", "policing", "shipping", "reporting", "purchasing", "processing",
    "manufacturing", "publishing", "fundraising", "nursing", "housing", "mentoring", "coaching",
    "monitoring", "computing", "learning", "building", "peacekeeping", "peacebuilding",
    "wargaming", "targeting", "lobbying", "trading", "teaching", "recruiting", "catering",
    "welding", "printing", "packaging", "warehousing", "scheduling", "forecasting", "costing",
    "invoicing", "pricing", "licensing", "sourcing", "outsourcing", "tendering", "vetting",
    "imaging", "mapping", "surveying", "interpreting", "engineering", "policymaking",
    "rulemaking", "gaming", "clearing", "hedging", "underwriting", "engineering", NULL};

/* "experience leading a team of developers", "experience of managing
 * budgets": after the experience, an action and its object rather than a
 * field.  *START and *END: the phrase's words. */
static gboolean action_phrase(const nt_toks *t, guint from, guint to, guint *start, guint *end)
{
    static const char *const leads[] = {"in", "of", "with", NULL};
    guint i = from;
    while (i < to && nt_in(t, i, leads) && !nt_clause_break(t, i))
        i++;
    const char *f = nt_f(t, i);
    size_t n = strlen(f);
    if (i + 1 >= to || n < 5 || strcmp(f + n - 3, "ing") != 0 || nt_in(t, i, ing_nouns) ||
        nt_in(t, i, filler_words) || nt_clause_break(t, i + 1) || nt_in(t, i + 1, stop_words))
        return FALSE;
    *start = i;
    *end = i + 1;
    while (*end < to && !nt_clause_break(t, *end))
        (*end)++;
    return TRUE;
}

/* A word of an alternative's wording: not filler ("the", "relevant"), not
 * the start of a clause ("including", "and"). */
static const char *const alternative_leads[] = {"in", "en", "dans", "de", "d", "du", "des", "la", "le",
                                                "l", "les", "matiere", NULL};

/* "or equivalent", "or other areas", "or more": no field of their own */
static const char *const vague_words[] = {"equivalent", "equivalente", "equivalents", "other", "others",
                                          "autre", "autres", "more", "plus", "similar", "similaire",
                                          "comparable", "any", "tout", "toute", "same", "meme", NULL};

static gboolean alternative_word(const nt_toks *t, guint k)
{
    gint64 milli;
    guint n;
    /* a number, in digits or words ("or three years for holders of a
     * Master's"), begins other years, not another field */
    return !nt_tok_at(t, k)->number && !nt_number(t, k, &milli, &n) && !nt_in(t, k, filler_words) &&
           !nt_in(t, k, stop_words) && !nt_in(t, k, alternative_leads) && !nt_in(t, k, vague_words);
}

/* "in the area of", "dans le domaine de": a noun of area that leads to a
 * field, not one ("or in the area of maritime surveillance" offers
 * maritime surveillance; it went unsaid, the alternative's words read as
 * filler).  Only before "of", "de": "field experience" names none. */
static gboolean area_lead(const nt_toks *t, guint k)
{
    static const char *const areas[] = {"area", "areas", "field", "fields", "domain", "domains", "domaine",
                                        "domaines", NULL};
    static const char *const ofs[] = {"of", "de", "d", "du", "des", NULL};
    return (nt_in(t, k, areas) && nt_in(t, k + 1, ofs) && !nt_clause_break(t, k + 1)) ||
           (k > 0 && nt_in(t, k, ofs) && nt_in(t, k - 1, areas) && !nt_clause_break(t, k));
}

/* Is word K one that leads to an alternative's field: "in", "the", "dans
 * la", "in the area of", "dans le domaine de la"? */
static gboolean alternative_lead(const nt_toks *t, guint k)
{
    return nt_in(t, k, alternative_leads) || nt_is(t, k, "the") || area_lead(t, k);
}

/* "experience in finance or audit": the words of an alternative to the
 * field's phrase at [START, END) that name no field ("finance"), within
 * words [FROM, TO) (g_free), or NULL.  With AND, the words asked beside it
 * ("in audit and finance"); *A, *B: where they are. */
static char *unmatched_alternative(nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint to,
                                   guint start, guint end, gboolean and, guint *wa, guint *wb)
{
    guint a = 0, b = 0;
    /* "en finance ou en audit", "in F or in the area of logistics", "dans
     * G ou dans la logistique"; before "and" one lead only, as ever: "de la
     * collaboration et de la négociation avec des experts" shares its
     * complement, as the English "working and negotiating with" does */
    guint lead = 0;
    while (lead < (and ? 1u : 6u) && start > from + lead && alternative_lead(t, start - 1 - lead))
        lead++;
    /* the link after it: "or", "and", "as well as", "ainsi que" */
    guint lw = or_at(t, end, and) ? 1 : 0;
    if (and && !lw && nt_seq(t, end, "as well as") == 3 && !nt_clause_break(t, end + 1) && !nt_clause_break(t, end + 3))
        lw = 3;
    if (and && !lw && nt_seq(t, end, "ainsi que") == 2 && !nt_clause_break(t, end + 1) && !nt_clause_break(t, end + 2))
        lw = 2;
    guint skip = 0; /* "et dans la finance", "and in the finance sector", "or in the area of G" */
    while (lw && skip < 6 && end + lw + skip < to && alternative_lead(t, end + lw + skip))
        skip++;
    if (start >= from + 2 + lead && or_at(t, start - 1 - lead, and)) {
        b = start - 1 - lead;
        a = b;
        while (a > from && b - a < 3 && alternative_word(t, a - 1) && (a == b || !nt_clause_break(t, a)))
            a--;
    } else if (end + lw + skip < to && lw) {
        a = end + lw + skip;
        b = a;
        while (b < to && b - a < 3 && alternative_word(t, b) && (b == a || !nt_clause_break(t, b)))
            b++;
    }
    if (a >= b)
        return NULL;
    /* "civil preparedness or crisis management": both name the field */
    GArray *sets[] = {d->vocab.fields[it->lang]};
    GArray *hits = nt_hits(t, a, to, sets, 1);
    gboolean named = FALSE;
    /* "and all aspects of capability development": the words lead to a field */
    static const char *const ofs[] = {"of", "de", "d", "du", "des", NULL};
    const guint lead_to = nt_in(t, b, ofs) && !nt_clause_break(t, b) ? b + 2 + nt_in(t, b + 1, alternative_leads) : b;
    for (guint i = 0; i < hits->len; i++)
        named |= g_array_index(hits, nt_hit, i).start < lead_to;
    g_array_free(hits, TRUE);
    *wa = a;
    *wb = b;
    return named ? NULL : nt_span(t, a, b - a);
}

/* Where the requirement of word I ends (nt_next_part). */
static guint part_end(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i)
{
    guint from = 0, end;
    for (guint next; (next = nt_next_part(&d->vocab, t, it->lang, from, &end)) > from; from = next)
        if (next > i)
            return end;
    return nt_ntoks(t);
}

/* The first field phrase of TEXT (that covers word OVER, unless it is
 * G_MAXUINT), or NULL. */
static const char *text_field(nt_doc *d, const nt_item *it, const char *text, guint over)
{
    nt_toks pt;
    nt_toks_init(&pt, text, strlen(text));
    GArray *sets[] = {d->vocab.fields[it->lang]};
    GArray *hits = nt_hits(&pt, 0, nt_ntoks(&pt), sets, 1);
    const char *tag = NULL;
    for (guint i = 0; i < hits->len && !tag; i++) {
        const nt_hit *h = &g_array_index(hits, nt_hit, i);
        if (over == G_MAXUINT || (h->start <= over && over < h->start + h->n))
            tag = h->tag;
    }
    g_array_free(hits, TRUE);
    nt_toks_clear(&pt);
    return tag;
}

/* "in the planning and the conduct of operations" in words [FROM, TO):
 * the field of each noun with what they share ("planning of operations",
 * "conduct of operations"), in *FIRST and *SECOND (NULL where none), and
 * the nouns' words from the first to the end of the clause in *START and
 * *END.  FALSE when the words hold no such pair. */
static gboolean parallel_fields(nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint to,
                                const char **first, const char **second, guint *start, guint *end, guint *conj)
{
    for (guint c = from + 1; c + 2 < to; c++) {
        guint yw, ofw;
        const guint a = parallel_pair(t, it->lang, c, &yw, &ofw);
        if (a == 0 || a < from || ofw + 1 > to)
            continue;
        guint e = ofw + 1;
        while (e < to && !nt_clause_break(t, e))
            e++;
        const guint of = nt_tok_at(t, ofw)->start, z = nt_tok_at(t, e - 1)->end;
        char *x = g_strdup_printf("%.*s %.*s", (int)(nt_tok_at(t, c - 1)->end - nt_tok_at(t, a)->start),
                                  t->text + nt_tok_at(t, a)->start, (int)(z - of), t->text + of);
        char *y = g_strndup(t->text + nt_tok_at(t, yw)->start, z - nt_tok_at(t, yw)->start);
        /* the pair itself without its articles: "sécurité et défense" */
        char *both = g_strdup_printf("%.*s %s %.*s", (int)(nt_tok_at(t, c - 1)->end - nt_tok_at(t, a)->start),
                                     t->text + nt_tok_at(t, a)->start, nt_f(t, c), (int)(z - nt_tok_at(t, yw)->start),
                                     t->text + nt_tok_at(t, yw)->start);
        const char *whole = text_field(d, it, both, c - a); /* a phrase over the link */
        g_free(both);
        *first = whole ? whole : text_field(d, it, x, G_MAXUINT);
        *second = whole ? whole : text_field(d, it, y, G_MAXUINT);
        *start = a;
        *conj = c;
        *end = e;
        g_free(x);
        g_free(y);
        return TRUE;
    }
    return FALSE;
}

/* Where a note on the field goes: at the years, or at the field of a
 * desirable named without years (nt_read_field). */
static unsigned note_line(const nt_crit *c)
{
    return c->main.shown ? c->main.line : c->line;
}

static unsigned note_col(const nt_crit *c)
{
    return c->main.shown ? c->main.col : c->col;
}

/* SHOWN asks for experience in CHECKED and in LEFT: one criterion cannot
 * ask for years in each, so LEFT goes to the panel, and is said so. */
static void note_two_fields(nt_crit *c, const char *shown, const char *checked, const char *left)
{
    nt_crit_note(c, note_line(c), note_col(c),
                 "\"%s\" asks for experience in %s and in %s; one criterion cannot ask for years in each, so "
                 "only %s is checked and %s is left to the panel", shown, checked, left, checked, left);
}

/* Is word K a link between the elements of a list of fields ("and", "or",
 * "as well as"; with ETC, "etc." too)? */
static gboolean list_link(const nt_toks *t, guint k, gboolean etc)
{
    static const char *const links[] = {"and", "et", "or", "ou", NULL};
    return nt_in(t, k, links) || nt_seq(t, k, "as well as") == 3 || (etc && nt_is(t, k, "etc"));
}

/* The fields of the list "logistics, procurement and finance" in words
 * [FROM, TO) other than CHECKED, in order: tags, and the words of an
 * element no field names, quoted ("\"finance\""); *UNNAMED whether there
 * are such words. */
static GPtrArray *listed_fields(nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint to,
                                const char *checked, gboolean vague_out, gboolean *unnamed)
{
    /* with VAGUE_OUT, "ou dans un domaine apparenté" is no field of its
     * own, as "or other areas" is not (vague_words) */
    static const char *const related[] = {"related", "apparente", "apparentes", "connexe", "connexes", NULL};
    /* "etc." closes the list, it names no field */
    static const char *const leads[] = {"in", "of", "the", "en", "dans", "de", "d", "du", "des", "la", "le",
                                        "les", "l", "etc", NULL};
    GArray *sets[] = {d->vocab.fields[it->lang]};
    GArray *hits = nt_hits(t, from, to, sets, 1);
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    guint h = 0, pa = 0, pb = 0; /* words of the element no field names */
    gboolean named = FALSE;      /* the element has a field ("defence procurement") */
    *unnamed = FALSE;
    for (guint w = from; w <= to; w++) {
        const gboolean link = w < to && list_link(t, w, FALSE);
        if (w == to || link || nt_clause_break(t, w)) { /* an element ends */
            gboolean vague = FALSE;
            for (guint k = pa; vague_out && k < pb; k++)
                vague |= nt_in(t, k, vague_words) || nt_in(t, k, related);
            /* "modernes et utiles pour la gestion": words with a clause of
             * their own ("pour", "which") qualify, they name no field */
            for (guint k = pa; k < pb; k++)
                vague |= nt_in(t, k, stop_words);
            if (pb > pa && !named && !vague) {
                char *words = nt_span(t, pa, pb - pa);
                g_ptr_array_add(out, g_strdup_printf("\"%s\"", words));
                g_free(words);
                *unnamed = TRUE;
            }
            pa = pb = 0;
            named = FALSE;
        }
        if (w == to)
            break;
        if (h < hits->len && g_array_index(hits, nt_hit, h).start == w) {
            const nt_hit *x = &g_array_index(hits, nt_hit, h++);
            gboolean seen = strcmp(x->tag, checked) == 0 || preferred(t, x->start);
            for (guint i = 0; i < out->len && !seen; i++)
                seen = strcmp(g_ptr_array_index(out, i), x->tag) == 0;
            if (!seen)
                g_ptr_array_add(out, g_strdup(x->tag));
            named = TRUE;
            w += x->n - 1;
        } else if (link) {
            w += nt_is(t, w, "as") ? 2 : 0; /* "as well as" */
        } else if (pb > pa) {
            pb = w + 1;
        } else if (!nt_in(t, w, leads)) {
            pa = w;
            pb = w + 1;
        }
    }
    g_array_free(hits, TRUE);
    return out;
}

/* Is there only a comma between words I - 1 and I? */
static gboolean list_comma(const nt_toks *t, guint i)
{
    for (guint p = nt_tok_at(t, i - 1)->end; p < nt_tok_at(t, i)->start; p++)
        if (t->text[p] != ',' && t->text[p] != ' ')
            return FALSE;
    return TRUE;
}

/* Where the list of fields going on at word E ("logistics, procurement
 * and finance") ends, before TO: over its commas until its last link
 * ("and", "or"), then to the end of the clause. */
static guint list_end(const nt_toks *t, guint e, guint to)
{
    for (gboolean linked = FALSE; e < to; e++) {
        if (nt_clause_break(t, e) && (linked || !list_comma(t, e)))
            break;
        linked |= list_link(t, e, FALSE);
    }
    return e;
}

/* Words that go on with a field in a list's element ("procurement matters",
 * "finance issues"): the list goes on past them. */
static const char *const list_tails[] = {"matters", "issues", "affairs", "questions", "aspects", "topics", NULL};

/* Does a list of fields go on past a comma after the field's phrase ending
 * at word E, before TO ("logistics, procurement matters and finance", "la
 * logistique, des marchés publics et de la finance", "logistics,
 * procurement, finance, etc.")?  *END: where it ends (list_end); *OR: its
 * link offers ("or", "etc.": the fields listed are examples). */
static gboolean comma_list(const nt_toks *t, guint e, guint to, guint *end, gboolean *or)
{
    while (e < to && nt_in(t, e, list_tails) && !nt_clause_break(t, e))
        e++;
    if (e >= to || !nt_clause_break(t, e) || !list_comma(t, e))
        return FALSE;
    /* words that lead to a field in an element, not counted as its own:
     * "questions relatives aux marchés publics", "issues related to" */
    static const char *const ways[] = {"in", "of", "the", "en", "dans", "de", "d", "du", "des", "la", "le", "les",
                                       "l", "au", "aux", "to", "questions", "affaires", "matiere", "related",
                                       "relatives", "relatifs", "relative", "relatif", NULL};
    static const char *const narrowing[] = {"notably", "particular", "mainly", "primarily", "specifically",
                                            "namely", "both", "particulier", "principalement", "surtout", NULL};
    /* every element a field's few words, two or more: "logistics, procurement, finance" */
    gboolean plain = TRUE;
    guint commas = 0;
    for (guint k = e, w = 0; k <= to; k++) {
        if (k == to || (nt_clause_break(t, k) && !list_comma(t, k))) {
            /* no link: a plain list up to the end of its clause, an "and" */
            *or = FALSE;
            *end = k;
            return plain && commas > 1;
        }
        if (nt_clause_break(t, k)) {
            w = 0;
            commas++;
        }
        if (list_link(t, k, TRUE)) {
            *or = !nt_is(t, k, "and") && !nt_is(t, k, "et") && !nt_is(t, k, "as") ? TRUE : or_word(t, k);
            *end = list_end(t, e, to);
            /* the last element too: not "in NATO or a national administration" */
            for (guint j = k + (nt_is(t, k, "as") ? 3 : 1); j < *end; j++)
                if (!nt_in(t, j, ways) && !nt_in(t, j, list_tails) &&
                    (nt_in(t, j, filler_words) || nt_in(t, j, narrowing) || nt_tok_at(t, j)->number))
                    return FALSE;
            return TRUE;
        }
        if (nt_in(t, k, ways))
            continue;
        plain &= w < 3;
        /* an element is a few words of a field: "including", "notably",
         * "gained", "at national level", a number end it (not a list) */
        if (++w > 4 || nt_in(t, k, stop_words) || nt_in(t, k, filler_words) || nt_in(t, k, narrowing) ||
            nt_tok_at(t, k)->number)
            return FALSE;
    }
    return FALSE;
}

/* Does a list of fields in words [FROM, TO) give examples ("etc.", "such
 * as", "e.g.", "notamment"), so that fields it does not name will do too? */
static gboolean open_list(const nt_toks *t, guint from, guint to)
{
    static const char *const examples[] = {"etc", "eg", "including", "notamment", "exemple", "example", NULL};
    for (guint k = from; k < to; k++)
        if (nt_in(t, k, examples) || nt_seq(t, k, "such as") == 2 || nt_seq(t, k, "e g") == 2 ||
            nt_seq(t, k, "tels que") == 2 || nt_seq(t, k, "telles que") == 2)
            return TRUE;
    return FALSE;
}

/* Adds the tags of the N OTHERS (quoted words, which no field names, left
 * out) to C's or_fields, up to a criterion's ELG_FIELDS_MAX fields. */
static void add_or_fields(nt_crit *c, const char *const *others, guint n)
{
    for (guint i = 0; i < n && (c->or_fields ? c->or_fields->len : 0) + 1 < ELG_FIELDS_MAX; i++) {
        if (others[i][0] == '"')
            continue;
        if (!c->or_fields)
            c->or_fields = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(c->or_fields, g_strdup(others[i]));
    }
}

/* "in F or in G", "in F, G or H": C's field or the N tags of OTHERS will
 * do.  Read exactly, as one criterion of several fields, when every one is
 * a field (not UNNAMED), the list is not OPEN (open_list) and they are few
 * enough for a criterion (ELG_FIELDS_MAX).  TRUE if so. */
static gboolean any_of_fields(nt_crit *c, const char *const *others, guint n, gboolean unnamed, gboolean open)
{
    if (unnamed || open || n == 0 || n >= ELG_FIELDS_MAX)
        return FALSE;
    add_or_fields(c, others, n);
    return TRUE;
}

/* What is checked of experience that may be in C's field or N OTHERS
 * (tags, or quoted words no field names) which any_of_fields could not
 * read exactly: one of them names no field (said by the caller), the
 * fields listed are examples (OPEN), or there are too many.  Years in the
 * fields named meet it (up to ELG_FIELDS_MAX), and other experience is the
 * panel's ("or_related": UNKNOWN, not NOT_MET, unless the total is short),
 * in essentials and desirables alike: checking the fields named alone
 * would fail candidates the notice admits, and total years would pass
 * those it does not.  The words that say so (g_free). */
static char *either_checked(nt_crit *c, const char *const *others, guint n, gboolean open)
{
    guint named = 0;
    for (guint i = 0; i < n; i++)
        named += others[i][0] != '"';
    const char *why = open ? "the fields listed are examples, so "
                      : named >= ELG_FIELDS_MAX ? "a criterion takes at most " G_STRINGIFY(ELG_FIELDS_MAX) " fields, so "
                                                : "";
    c->or_related = TRUE;
    add_or_fields(c, others, n);
    GPtrArray *all = nt_crit_fields(c);
    char *fields = nt_join(all, "", " or ");
    char *out = g_strdup_printf("%syears in %s meet it, and other experience is left to the panel", why, fields);
    g_free(fields);
    g_ptr_array_free(all, TRUE);
    return out;
}

/* SHOWN, a list of fields around CHECKED: OTHERS (listed_fields; UNNAMED
 * where one is quoted) are asked beside it, or offered instead (OR). */
static void note_list(nt_crit *c, const char *shown, const GPtrArray *others, gboolean unnamed, gboolean or,
                      gboolean open)
{
    const char *quoted = unnamed ? " (quoted: no field of rules/reference/fields.json names it)" : "";
    const char *sep = others->len > 1 ? ", " : or ? " or " : " and ";
    if (or && any_of_fields(c, (const char *const *)others->pdata, others->len, unnamed, open))
        return;
    if (or) {
        char *offered = nt_join(others, "in ", " or ");
        char *checked = either_checked(c, (const char *const *)others->pdata, others->len, open);
        nt_crit_note(c, note_line(c), note_col(c), "the experience may be in %s%s%s%s; %s", c->field, sep, offered,
                     quoted, checked);
        g_free(checked);
        g_free(offered);
        return;
    }
    char *asked = nt_join(others, "in ", " and "), *left = nt_join(others, "", " and ");
    nt_crit_note(c, note_line(c), note_col(c),
                 "\"%s\" asks for experience in %s%s%s%s; one criterion cannot ask for years in each, so only %s "
                 "is checked and %s %s left to the panel", shown, c->field, sep, asked, quoted, c->field, left,
                 others->len > 1 ? "are" : "is");
    g_free(asked);
    g_free(left);
}

/* "5 years of experience in logistics and procurement": one criterion
 * cannot ask for years in each, so the field asked beside the one checked
 * (ALSO, or words no field names) is said to be left to the panel, as "or"
 * is said; in a longer list ("logistics, procurement and finance"), every
 * other field. */
static void note_beside(nt_doc *d, const nt_item *it, nt_crit *c, const nt_toks *t, guint from, guint to,
                        guint at, guint at_end, const nt_hit *also)
{
    guint wa = 0, wb = 0;
    char *words = also->n ? NULL : unmatched_alternative(d, it, t, from, to, at, at_end, TRUE, &wa, &wb);
    if (also->n) {
        wa = also->start;
        wb = also->start + also->n;
    } else if (!words)
        return;
    guint e = also->n ? list_end(t, MAX(at_end, wb), to) : MAX(at_end, wb);
    char *shown = nt_span(t, MIN(at, wa), e - MIN(at, wa));
    gboolean unnamed = FALSE;
    GPtrArray *others = also->n ? listed_fields(d, it, t, MIN(at, wa), e, c->field, FALSE, &unnamed) : NULL;
    if (others && others->len > 1) {
        char *asked = nt_join(others, "in ", " and "), *left = nt_join(others, "", " and ");
        nt_crit_note(c, note_line(c), note_col(c),
                     "\"%s\" asks for experience in %s, %s%s; one criterion cannot ask for years in each, so "
                     "only %s is checked and %s are left to the panel", shown, c->field, asked,
                     unnamed ? " (quoted: no field of rules/reference/fields.json names it)" : "", c->field, left);
        g_free(asked);
        g_free(left);
    } else if (also->n)
        note_two_fields(c, shown, c->field, also->tag);
    else
        nt_crit_note(c, note_line(c), note_col(c),
                     "\"%s\" asks for experience in %s and in \"%s\", which no field of "
                     "rules/reference/fields.json names; only %s is checked and \"%s\" is left to the panel",
                     shown, c->field, words, c->field, words);
    if (others)
        g_ptr_array_free(others, TRUE);
    g_free(shown);
    g_free(words);
}

/* Where the experience was gained: "in NATO", "in an international
 * organisation", "at national level", "au sein de l'OTAN".  A lead, a few
 * of the fillers, then a place word. */
static const char *const place_leads[] = {"in", "within", "at", "en", "dans", "au", "a", NULL};
static const char *const place_fillers[] = {
    "a", "an", "the", "de", "d", "du", "des", "la", "le", "l", "les", "un", "une", "sein", "international",
    "national", "multinational", "multilateral", "multicultural", "european", "public", "internationale",
    "nationale", "multinationale", "multiculturel", "multiculturelle", "europeenne", "publique", "private", "prive",
    "armed", "armees", "military", "militaire", "civilian", "civil", "civile", "other", "another", "autre", "autres",
    "similar", "similaire", "similaires", NULL};
static const char *const place_words[] = {
    "nato", "otan", "alliance", "organisation", "organisations", "organization", "organizations",
    "administration", "administrations", "ministry", "ministries", "ministere", "ministeres", "government",
    "governments", "gouvernement", "gouvernements", "headquarters", "agency", "agencies", "agence", "agences",
    "institution", "institutions", "level", "niveau", "echelon", "environment", "environnement", "context",
    "contexte", "setting", "sector", "secteur", "forces", NULL};

/* Words that name a place as they qualify the experience or its field:
 * "NATO experience", "experience in military logistics", "expérience
 * militaire", "la logistique militaire". */
static const char *const place_qualifiers[] = {"nato", "otan", "military", "militaire", "militaires", "government",
                                               "governmental", "gouvernemental", "gouvernementale", NULL};
/* and words that may stand with them: "national military experience" */
static const char *const place_adjectives[] = {
    "national", "international", "multinational", "european", "public", "civilian", "civil", "nationale",
    "internationale", "multinationale", "europeenne", "publique", "civile", "internationales", "internationaux",
    "nationales", "nationaux", "multinationales", "multinationaux", "europeennes", "europeens", "publiques",
    "publics", "civiles", NULL};

/* Does a clause end between words K - 1 and K (";", ":", not a comma or a bracket)? */
static gboolean clause_ends(const nt_toks *t, guint k)
{
    for (guint p = nt_tok_at(t, k - 1)->end; p < nt_tok_at(t, k)->start; p++)
        if (t->text[p] == ';' || t->text[p] == ':')
            return TRUE;
    return FALSE;
}

/* Do words [FROM, TO) after a field's phrase offer experience in a field
 * that is only described ("or a related field", "or similar", "ou dans un
 * domaine connexe", "or equivalent experience"), which a person judges?
 * Only right after the field, or the list of fields it begins: "and a
 * degree in economics or a related field" is the degree's, "with experts
 * working in other fields or ..." the experts'. */
static gboolean related_after(nt_doc *d, const nt_item *it, const nt_toks *t, guint from, guint to)
{
    static const char *const links[] = {"or", "ou", "and", "et", NULL};
    static const char *const related[] = {"related", "similar", "relevant", "comparable", "equivalent", "allied",
                                          "other", "another", "autre", "autres",
                                          "connexe", "connexes", "apparente", "apparentes", "similaire",
                                          "similaires", "equivalente", "equivalents", "equivalentes", "analogue",
                                          "analogues", NULL};
    const guint end = MIN(to, from + 8);
    GArray *sets[] = {d->vocab.fields[it->lang]};
    GArray *hits = nt_hits(t, from, end, sets, 1);
    guint h = 0;
    gboolean found = FALSE;
    for (guint k = from; k < end && !found; k++) {
        if (k > 0 && clause_ends(t, k))
            break; /* "; a degree in economics or a related field" is the degree's */
        while (h < hits->len && g_array_index(hits, nt_hit, h).start + g_array_index(hits, nt_hit, h).n <= k)
            h++;
        if (h < hits->len && g_array_index(hits, nt_hit, h).start <= k)
            continue; /* a field of the list */
        if (!nt_in(t, k, links) && !nt_in(t, k, alternative_leads))
            break; /* words of something else */
        if (!nt_is(t, k, "or") && !nt_is(t, k, "ou"))
            continue;
        for (guint j = k + 1; j < to && j < k + 5 && !nt_clause_break(t, j) && !found; j++)
            found = nt_in(t, j, related);
    }
    g_array_free(hits, TRUE);
    return found;
}

/* The place of words [I, ...) ("in NATO", "at national level"), with
 * others linked to it ("in NATO or a national administration"): its end,
 * or 0. */
static guint place_at(const nt_toks *t, guint i, guint to)
{
    if (!nt_in(t, i, place_leads))
        return 0;
    guint end = 0;
    for (guint j = i + 1; j < to && j < i + 5 && !nt_clause_break(t, j); j++) {
        /* French adjectives after the place: "dans une administration nationale" */
        if (j == end && (nt_in(t, j, place_adjectives) || nt_in(t, j, place_qualifiers))) {
            end = j + 1;
            continue;
        }
        if (nt_in(t, j, place_words)) {
            end = j + 1;
            i = j; /* another after a link: "or a national administration" */
            if (j + 1 < to && (nt_is(t, j + 1, "or") || nt_is(t, j + 1, "ou") || nt_is(t, j + 1, "and") ||
                               nt_is(t, j + 1, "et")))
                j++;
            continue;
        }
        if (!nt_in(t, j, place_fillers) && !nt_in(t, j, place_leads))
            break;
    }
    return end;
}

/* A place the notice names with a lead ("in NATO") in words [FROM, TO)
 * outside the field's phrase [AT, AT_END), from *S (with "gained" before
 * it): its end, or 0.  After the field, a preference ("preferably in
 * NATO") or another element ("and in procurement") ends the search. */
static guint lead_place(const nt_toks *t, guint from, guint to, guint at, guint at_end, guint *s)
{
    static const char *const gained[] = {"gained", "acquired", "acquise", "acquises", "obtained", NULL};
    for (guint i = from; i < to; i++) {
        if (i >= at && i < at_end)
            continue;
        if (i >= at_end && nt_in(t, i, stop_words) && !nt_in(t, i, gained))
            return 0;
        const guint end = place_at(t, i, to);
        if (!end || (i < at_end && end > at)) /* the field's own: "in a multinational organisation" */
            continue;
        *s = i > from && nt_in(t, i - 1, gained) && !nt_clause_break(t, i) ? i - 1 : i;
        return end;
    }
    return 0;
}

static gboolean qualifier_word(const nt_toks *t, guint i)
{
    return nt_in(t, i, place_qualifiers) || nt_in(t, i, place_adjectives);
}

/* Is word I a link of a choice between qualifiers ("civilian or
 * military"), which names no place? */
static gboolean qualifier_choice(const nt_toks *t, guint i, guint from, guint to)
{
    return i > from && i + 1 < to &&
           (nt_is(t, i, "or") || nt_is(t, i, "ou") || nt_is(t, i, "and") || nt_is(t, i, "et")) &&
           qualifier_word(t, i - 1) && qualifier_word(t, i + 1);
}

/* A place named by qualifiers of the experience word or of the field's
 * phrase [AT, AT_END) in words [FROM, TO): before them in English ("NATO
 * experience in logistics", "experience in military logistics"), after
 * them in French ("expérience militaire", "logistique militaire").  Its
 * end, from *S, or 0.  The field's own words ("military intelligence")
 * are its phrase, not a place. */
static guint qualified_place(const nt_item *it, const nt_toks *t, guint from, guint to, guint at, guint at_end,
                             guint *s)
{
    for (guint i = from; i < to && i <= at; i++) {
        if (i != at && !nt_in(t, i, experience_words))
            continue;
        guint a, b;
        if (it->lang == NT_FR) {
            a = b = i == at ? at_end : i + 1;
            while (b < to && (b < at || b >= at_end) && qualifier_word(t, b) && !nt_clause_break(t, b))
                b++;
            if (qualifier_choice(t, b, from, to))
                continue;
        } else {
            a = b = i;
            while (a > from && qualifier_word(t, a - 1) && !nt_clause_break(t, a))
                a--;
            if (a > from && qualifier_choice(t, a - 1, from, to))
                continue;
        }
        for (guint j = a; j < b; j++)
            if (nt_in(t, j, place_qualifiers)) {
                *s = a;
                return b;
            }
    }
    return 0;
}

/* The place of words [S, END) said, quoted, and left to the panel (C's
 * field, or the total where it has none). */
static void say_place(const nt_item *it, nt_crit *c, const nt_toks *t, guint s, guint end)
{
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, s)->start, &line, &col);
    char *shown = nt_span(t, s, end - s);
    if (c->field)
        nt_crit_note_apart(c, line, col, "the place \"%s\" is not checked (candidate files give no place of "
                           "experience): experience in %s gained anywhere meets the criterion, and the place is "
                           "left to the panel", shown, c->field);
    else
        nt_crit_note_apart(c, line, col, "the place \"%s\" is not checked (candidate files give no place of "
                           "experience): total experience gained anywhere meets the criterion, and the place is "
                           "left to the panel", shown);
    g_free(shown);
}

/* Candidate files give years per field, not where they were gained, so
 * years in the field anywhere meet the criterion: a place the notice
 * names ("5 years of experience in logistics in NATO", "5 years of NATO
 * experience in logistics") in words [FROM, TO) outside the field's
 * phrase [AT, AT_END) is said, quoted, and left to the panel. */
static void note_place(const nt_item *it, nt_crit *c, const nt_toks *t, guint from, guint to, guint at,
                       guint at_end)
{
    guint s = 0, end = lead_place(t, from, to, at, at_end, &s);
    if (!end)
        end = qualified_place(it, t, from, to, at, at_end, &s);
    if (end)
        say_place(it, c, t, s, end);
}

/* The place of years that no field names, the experience's words
 * starting at START and the years at ANCHOR ("5 years of experience in
 * NATO", "of NATO experience", "d'expérience OTAN"): its end, from *S, or
 * 0.  Such years are the total: a place is no field, and a tag of it
 * ("nato") is met by no candidate file. */
static guint place_of_total(const nt_item *it, const nt_toks *t, guint anchor, guint start, guint to, guint *s)
{
    const guint end = lead_place(t, start, to, start, start, s);
    return end ? end : qualified_place(it, t, anchor, to, to, to, s);
}

/* The fields named beside C's (its field's phrase at [AT, AT_END) of
 * words [FROM, TO)): OTHER offered instead ("in F or G"), ALSO asked
 * beside it ("in F and G"), a list, or words no field names.  Fields
 * offered instead are read exactly where any_of_fields can; the rest is
 * said in a warning. */
static void note_fields(nt_doc *d, const nt_item *it, nt_crit *c, const nt_toks *t, guint from, guint to, guint at,
                        guint at_end, const char *other, const nt_hit *also)
{
    guint wa, wb, list_to;
    gboolean list_or;
    /* "or a related field": read as such, whatever else is offered */
    const gboolean related = related_after(d, it, t, at_end, to);
    c->or_related |= related;
    char *alt = other ? NULL : unmatched_alternative(d, it, t, from, to, at, at_end, FALSE, &wa, &wb);
    /* "logistics, procurement or finance": every other field of the list */
    gboolean unnamed = FALSE;
    const guint others_end = other ? list_end(t, at_end, to) : 0;
    GPtrArray *others = other ? listed_fields(d, it, t, at, others_end, c->field, FALSE, &unnamed) : NULL;
    for (guint i = others && related ? others->len : 0; i-- > 0;)
        if (*(const char *)g_ptr_array_index(others, i) == '"') /* "or a related area": or_related says it */
            g_ptr_array_remove_index(others, i);
    unnamed &= !related;
    const gboolean open = other && open_list(t, from, others_end);
    if (others && others->len > 1 &&
        any_of_fields(c, (const char *const *)others->pdata, others->len, unnamed, open))
        ; /* read exactly: no warning */
    else if (others && others->len > 1) {
        char *offered = nt_join(others, "in ", " or ");
        char *checked = either_checked(c, (const char *const *)others->pdata, others->len, open);
        nt_crit_note(c, note_line(c), note_col(c), "the experience may be in %s, %s%s; %s", c->field, offered,
                     unnamed ? " (quoted: no field of rules/reference/fields.json names it)" : "", checked);
        g_free(checked);
        g_free(offered);
    } else if (other && any_of_fields(c, &other, 1, unnamed, open))
        ; /* read exactly: no warning */
    else if (other) {
        char *checked = either_checked(c, &other, 1, open);
        nt_crit_note(c, note_line(c), note_col(c), "the experience may be in %s or in %s; %s", c->field, other,
                     checked);
        g_free(checked);
    } else if (alt && related)
        ; /* "or in another area relevant to the post": the related field, said by or_related */
    else if (alt) {
        char *checked = either_checked(c, NULL, 0, FALSE);
        nt_crit_note(c, note_line(c), note_col(c),
                     "the experience may be in %s or in \"%s\", which no field of rules/reference/fields.json names; %s",
                     c->field, alt, checked);
        g_free(checked);
    } else if (also->n || !comma_list(t, at_end, to, &list_to, &list_or))
        note_beside(d, it, c, t, from, to, at, at_end, also);
    else {
        /* "logistics, procurement matters and finance": a list the
         * hits alone did not show (words after a field, leads) */
        GPtrArray *listed = listed_fields(d, it, t, at, list_to, c->field, TRUE, &unnamed);
        char *shown = nt_span(t, at, list_to - at);
        if (listed->len)
            note_list(c, shown, listed, unnamed, list_or, open_list(t, from, list_to));
        g_free(shown);
        g_ptr_array_free(listed, TRUE);
    }
    if (others)
        g_ptr_array_free(others, TRUE);
    g_free(alt);
}

static guint marker_at(const nt_toks *t, guint i, const char *const *markers);

/* "expérience de recherche postuniversitaire en G", "expérience
 * professionnelle après le diplôme en G": in French, when the experience
 * was gained (and what kind it was) follows the word "expérience", where
 * "post-graduate research" precede "experience" in English; the field
 * comes after them, or none ("3 ans d'expérience postdoctorale": the
 * total), as in English.  The word from START past them, or START. */
static guint after_french_when(const nt_toks *t, guint start, guint to)
{
    static const char *const when[] = {"postuniversitaire", "postdoctorale", "postdoctoral", "post universitaire",
                                       "post doctorale", "post doctoral", "apres le diplome",
                                       "apres l obtention du diplome", "apres l obtention d un diplome",
                                       "apres l obtention de son diplome", "apres le doctorat", NULL};
    static const char *const kinds[] = {"de recherche", "d recherche", "de travail", "professionnelle",
                                        "professionnel", "acquise", "acquis", NULL};
    guint i = start, k;
    gboolean said = FALSE;
    while (i < to) {
        if ((k = marker_at(t, i, when)) && i + k <= to)
            said = TRUE;
        else if (!(k = marker_at(t, i, kinds)) || i + k > to)
            break;
        i += k;
    }
    return said ? MIN(i, to) : start;
}

static void set_field(nt_doc *d, nt_item *it, nt_crit *c, const nt_toks *t, guint from,
                      guint to, guint anchor, gboolean nested)
{
    guint at = 0, at_end = 0;
    const char *other;
    nt_hit also;
    const char *tag = find_field(d, it, t, from, to, anchor, &at, &at_end, &other, &also);
    /* "the management and the implementation of projects": a field named
     * by either noun with what they share, which a phrase of one of them
     * ("implementation of projects") does not say alone; else the tag is
     * made of both */
    const char *px = NULL, *py = NULL;
    guint ps = 0, pe = 0, pc = 0;
    const gboolean pair = parallel_fields(d, it, t, from, to, &px, &py, &ps, &pe, &pc) && (px || py);
    /* a phrase over the link ("défense et de la sécurité") is the field */
    if (tag && !(pair && at >= ps && at < pe && (at > pc || at_end <= pc))) {
        c->field = g_strdup(tag);
        note_fields(d, it, c, t, from, to, at, at_end, other, &also);
        note_place(it, c, t, anchor, to, at, at_end);
        return;
    }
    if (pair) {
        c->field = g_strdup(px ? px : py);
        char *shown = nt_span(t, ps, pe - ps);
        if (px && py && strcmp(px, py) != 0)
            note_two_fields(c, shown, px, py);
        else if (!px || !py)
            nt_crit_note(c, c->main.line, c->main.col,
                         "\"%s\" names the field %s in part only; only %s is checked and the rest is "
                         "left to the panel", shown, c->field, c->field);
        g_free(shown);
        return;
    }
    /* after the word "experience" if it follows the years, else after the years;
     * its adjectives may come between ("3 years of post-graduate research
     * experience in G", "5 years of full-time professional work experience") */
    guint start = anchor;
    for (guint i = anchor; i < to && i < anchor + 9; i++)
        if (nt_in(t, i, experience_words)) {
            start = i + 1;
            break;
        }
    if (it->lang == NT_FR)
        start = after_french_when(t, start, to);
    guint as, ae;
    if (!nested && action_phrase(t, start, to, &as, &ae)) {
        /* a tag named after the action ("leading") is met by no file: the
         * years are the total, and what was done is the panel's to judge */
        char *shown = nt_span(t, as, ae - as);
        guint ps = as; /* the panel's wording: "experience leading a team of developers" */
        while (ps > from && ps + 3 > as && !nt_in(t, ps, experience_words))
            ps--;
        if (!nt_in(t, ps, experience_words))
            ps = as;
        unsigned line, col;
        nt_item_pos(it, nt_tok_at(t, as)->start, &line, &col);
        char *years = years_read(c->main.value);
        nt_crit_note(c, line, col,
                     "no experience field of rules/reference/fields.json matches \"%s\"; the %s "
                     "are checked as total experience and \"%s\" is left to the panel",
                     shown, years, shown);
        g_free(years);
        g_free(shown);
        gboolean panel = FALSE;
        for (guint i = 0; i < it->crits->len; i++)
            panel |= ((nt_crit *)g_ptr_array_index(it->crits, i))->kind == NK_PANEL;
        if (!panel) {
            char *text = segment_text(t, ps, ae);
            nt_crit *p = nt_crit_new(NK_PANEL, it, text, strlen(text));
            nt_item_pos(it, nt_tok_at(t, ps)->start, &p->line, &p->col);
            g_free(text);
        }
        return;
    }
    /* a field no table names is not sought in another requirement: "5 years
     * of experience and a valid driving licence" are the total */
    to = MIN(to, part_end(d, it, t, anchor));
    /* a place is none of the tag's words: "in crisis response in NATO",
     * "in NATO in crisis response" */
    guint place = 0, place_end = place_of_total(it, t, anchor, start, to, &place);
    const guint tag_to = place_end && place >= start ? place : to;
    guint tag_first = 0, tag_end = 0;
    char *fresh = new_tag_span(d, it, t, start, tag_to, &tag_first, &tag_end);
    if (!fresh && place_end > start)
        fresh = new_tag_span(d, it, t, place_end, to, &tag_first, &tag_end);
    if (!fresh && nested)
        fresh = new_tag_span(d, it, t, from, tag_to, &tag_first, &tag_end);
    if (fresh && seniority_tag(fresh)) {
        /* "of which 2 years at a senior level": how senior, not a field (it
         * was the new field senior, which no file has) */
        char *shown = nt_span(t, tag_first, tag_end - tag_first);
        unsigned line, col;
        nt_item_pos(it, nt_tok_at(t, tag_first)->start, &line, &col);
        nt_crit_note(c, line, col, "the seniority \"%s\" is not checked (candidate files do not give it): the years are "
                     "read as total experience, and the seniority is left to the panel", shown);
        g_free(shown);
        g_free(fresh);
        return;
    }
    if (!fresh) {
        if (place_end) /* "5 years of experience in NATO": the total, gained there */
            say_place(it, c, t, place, place_end);
        return; /* "5 years of relevant experience": the total */
    }
    c->field = fresh;
    c->new_field = TRUE;
    GString *words = g_string_new(fresh);
    g_strdelimit(words->str, "_", ' ');
    nt_crit_note(c, c->main.line, c->main.col,
                 "no experience field of rules/reference/fields.json matches \"%s\"; "
                 "it is read as the new field %s, which only files with that exact field can meet",
                 words->str, fresh);
    /* "in underwater acoustics or sonar signal processing": the other is
     * as good, and no file has the first either way; said, as for fields
     * a table names (note_fields) */
    guint wa, wb;
    c->or_related |= related_after(d, it, t, tag_end, to); /* "or a related field", as note_fields reads it */
    char *alt = unmatched_alternative(d, it, t, from, to, tag_first, tag_end, FALSE, &wa, &wb);
    if (alt) { /* the new field is said to be checked just above: it stays, with the other the panel's */
        char *checked = either_checked(c, NULL, 0, FALSE);
        nt_crit_note(c, c->main.line, c->main.col,
                     "the experience may be in %s or in \"%s\", which no field of rules/reference/fields.json "
                     "names either; %s", fresh, alt, checked);
        g_free(checked);
    }
    g_free(alt);
    g_string_free(words, TRUE);
    if (place_end)
        say_place(it, c, t, place, place_end);
}

/* "of which 3 in G" at word I: the part of the years before.  The unit may
 * be left out after the split mark. */
static guint split_mark(const nt_toks *t, guint i)
{
    guint mk = 0;
    for (const char *const *m = split_marks; !mk && *m; m++)
        mk = nt_seq(t, i, *m);
    return mk;
}

/* The years at word I after or before a split mark: a duration, or a bare
 * number whose unit the mark leaves out ("of which 3 in G"). */
static gboolean part_years(const nt_toks *t, guint i, gint32 *milli, guint *k)
{
    gint64 v;
    if (nt_duration(t, i, milli, k))
        return TRUE;
    if (!nt_number(t, i, &v, k) || v <= 0 || v > 100000)
        return FALSE;
    *milli = (gint32)v;
    return TRUE;
}

/* The length of a not_less_phrases phrase at word I, or 0. */
static guint not_less_at(const nt_toks *t, guint i)
{
    guint n = 0;
    for (const char *const *p = not_less_phrases; !n && *p; p++)
        n = nt_seq(t, i, *p);
    return n;
}

/* The length of a not_less_phrases phrase ending before word I, or 0. */
static guint not_less_before(const nt_toks *t, guint i)
{
    for (guint n = 3; n >= 2; n--)
        if (i >= n && not_less_at(t, i - n) == n)
            return n;
    return 0;
}

static gboolean split_duration(const nt_toks *t, guint i, duration *du)
{
    gint32 milli;
    guint k, mk = split_mark(t, i);
    /* the number first: "3 of which in G", "(three of which in G)" */
    if (!mk && part_years(t, i, &milli, &k) && (mk = split_mark(t, i + k)) != 0) {
        /* its minimum is its part's too: "..., at least three of which in
         * G" left "at least" at the end of the item before */
        guint b = i, nl;
        while (b > 0 && b + 4 > i && !nt_clause_break(t, b) &&
               (nt_in(t, b - 1, minimum_words) || nt_in(t, b - 1, minimum_leads)))
            b--;
        if (b == i && (nl = not_less_before(t, i)) != 0 && !nt_clause_break(t, i))
            b -= nl;
        *du = (duration){i, k, milli, b, i + k + mk};
        return TRUE;
    }
    /* "10 years of experience and a minimum of 5 in G": a part too, with
     * its unit left out and a minimum said (a unit makes years of their own),
     * or its field right after the number ("and 5 in logistics") */
    const gboolean and = !mk && (nt_is(t, i, "and") || nt_is(t, i, "et")) && !nt_clause_break(t, i + 1);
    if (and)
        mk = 1;
    if (!mk)
        return FALSE;
    guint j = i + mk;
    gboolean minimum = FALSE;
    for (guint nl; nt_in(t, j, minimum_words) || nt_is(t, j, "at") || nt_is(t, j, "au") || nt_is(t, j, "a") ||
                   nt_is(t, j, "of") || (nl = not_less_at(t, j)) != 0;
         j++) {
        minimum |= nt_in(t, j, minimum_words);
        if ((nl = not_less_at(t, j)) != 0) { /* "of which not less than 4 years in G" */
            minimum = TRUE;
            j += nl - 1;
        }
    }
    if (nt_range_from(t, j + 1) == j)
        j++; /* "including between 2 and 3 years in G" */
    static const char *const field_leads[] = {"in", "en", "dans", NULL};
    if (!part_years(t, j, &milli, &k) ||
        (and && ((!minimum && !nt_in(t, j + k, field_leads)) || nt_duration(t, j, &milli, &k))))
        return FALSE;
    *du = (duration){j, k, milli, i, i + mk};
    return TRUE;
}

/* Is word I in the years an education criterion of IT offers in place of
 * its degree (or_years, years in a field among them; read by
 * nt_read_education)? */
static gboolean in_degree_alternative(const nt_item *it, guint i)
{
    for (guint c = 0; c < it->crits->len; c++) {
        const nt_crit *e = g_ptr_array_index(it->crits, c);
        if (e->kind == NK_EDUCATION && i >= e->or_from && i < e->or_to)
            return TRUE;
    }
    return FALSE;
}

/* The end of the last years an education criterion of IT offers in place
 * of its degree before word I, or 0: the post's own years after them are
 * not in the field named there ("in the absence of a degree, 10 years,
 * including 5 in logistics; and have 3 years in finance"). */
static guint degree_alternative_end(const nt_item *it, guint i)
{
    guint end = 0;
    for (guint c = 0; c < it->crits->len; c++) {
        const nt_crit *e = g_ptr_array_index(it->crits, c);
        if (e->kind == NK_EDUCATION && e->or_from < e->or_to && e->or_to <= i && e->or_to > end)
            end = e->or_to;
    }
    return end;
}

/* Where the requirement of word I starts (nt_next_part): "hold a degree,
 * have excellent drafting skills and have 5 years of experience" names no
 * field of the years in the skills before them. */
static guint part_start(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i)
{
    guint from = 0, end;
    for (guint next; (next = nt_next_part(&d->vocab, t, it->lang, from, &end)) <= i && next > from;)
        from = next;
    return from;
}

/* Where the requirements after word I start with a verb or a quality
 * ("and have excellent drafting skills", ", be willing to", "and
 * excellent drafting skills"): the years' field is not named past it.
 * "and an international organisation" goes on with them. */
static guint verb_part_end(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i)
{
    const guint n = nt_ntoks(t);
    guint from = 0, end;
    for (guint next; (next = nt_next_part(&d->vocab, t, it->lang, from, &end)) < n && next > from; from = next)
        if (next > i && nt_part_opens(&d->vocab, t, it->lang, next))
            return end;
    return n;
}

/* The words of the first of MARKERS at word I, or 0. */
static guint marker_at(const nt_toks *t, guint i, const char *const *markers)
{
    for (const char *const *m = markers; *m; m++) {
        const guint n = nt_seq(t, i, *m);
        if (n)
            return n;
    }
    return 0;
}

/* The words of a marker that names the degree missing at word I ("in the
 * absence of a degree, 10 years"), or 0.  The years after it are offered
 * as an "or" would offer them. */
static guint absent_marker(const nt_toks *t, guint i) { return marker_at(t, i, nt_degree_absent); }

/* The words of "failing that" (nt_failing_markers) at word I; 0 if none. */
static guint failing_marker(const nt_toks *t, guint i) { return marker_at(t, i, nt_failing_markers); }

/* Years offered instead of the degree ("a master's degree, or a bachelor's
 * and two years of experience") that the education reader could not take
 * as or_years make an equivalent, not a requirement; instead of a degree
 * of no known level, they go to the panel with it. */
static void alternative_to_degree(nt_item *it, const nt_toks *t, guint i, guint k)
{
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, i)->start, &line, &col);
    char *shown = nt_span(t, i, k);
    for (guint c = 0; c < it->crits->len; c++) {
        nt_crit *e = g_ptr_array_index(it->crits, c);
        if (e->unnamed_degree)
            nt_crit_note(e, line, col, "\"%s\" belongs to an alternative to the degree; it is left to the panel "
                         "with it", shown);
        if (e->kind != NK_EDUCATION)
            continue;
        e->equivalent = TRUE;
        nt_crit_note(e, line, col, "\"%s\" belongs to an alternative to the degree; "
                     "it is read as \"or equivalent\" and left to the panel", shown);
    }
    g_free(shown);
}

/* Words between years and a marker that names the degree missing after
 * them: "7 years for candidates without a degree", "7 ans pour les
 * candidats sans diplôme". */
static const char *const absent_leads[] = {
    "of", "experience", "relevant", "professional", "work", "for", "candidates", "applicants", "those",
    "persons", "staff", "d", "de", "professionnelle", "pertinente", "pour", "les", "candidats",
    "personnes", NULL};

guint nt_absent_after(const nt_toks *t, guint i)
{
    /* the years' field between ("7 years of experience in logistics for
     * candidates not holding a degree"): any few words after "in" */
    static const char *const in[] = {"in", "en", "dans", NULL};
    gboolean field = FALSE;
    for (guint j = i, n = nt_ntoks(t); j < n && j < i + (field ? 10 : 6); j++) {
        if (j > i && nt_clause_break(t, j))
            return 0;
        const guint k = absent_marker(t, j);
        if (k)
            return j + k;
        field |= nt_in(t, j, in);
        if (!field && !nt_in(t, j, absent_leads))
            return 0;
    }
    return 0;
}

/* Where the first alternative to the degree after word I starts (the
 * years an education criterion offers in place of it, or those at OFFERED),
 * or N: the field of the years at I is not named in it ("have 5 years of
 * experience, or 10 years of experience without a degree"). */
static guint alternative_start(const nt_item *it, const GArray *offered, guint i, guint n)
{
    guint start = n;
    for (guint c = 0; c < it->crits->len; c++) {
        const nt_crit *e = g_ptr_array_index(it->crits, c);
        if (e->kind == NK_EDUCATION && e->or_from < e->or_to && e->or_from > i && e->or_from < start)
            start = e->or_from;
    }
    for (guint k = 0; k < offered->len; k++) {
        const guint at = g_array_index(offered, guint, k);
        if (at > i && at < start)
            start = at;
    }
    return start;
}

/* Words between the years and the degree of "or 3 years with a Master's
 * degree", "ou 3 ans pour les titulaires d'un doctorat". */
static const char *const degree_leads[] = {
    "of", "experience", "relevant", "professional", "with", "if", "holding", "for", "those", "who",
    "hold", "holders", "holder", "having", "a", "an", "the", "d", "de", "professionnelle",
    "pertinente", "avec", "si", "pour", "les", "titulaires", "titulaire", "un", "une", "en",
    "possession", "detenteurs", "detentrices", NULL};

/* Is a degree named right after the years ending at word I ("3 years with a
 * Master's degree")?  *END receives the word after it. */
static gboolean degree_follows(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i,
                               guint *end)
{
    guint k;
    for (guint n = nt_ntoks(t); i < n && !nt_clause_break(t, i); i++) {
        if (nt_degree_at(d, it, t, i, &k)) {
            *end = i + k;
            return TRUE;
        }
        if (!nt_in(t, i, degree_leads))
            return FALSE;
    }
    return FALSE;
}

/* A degree named in one of two alternatives ("5 years, or 3 years with a
 * Master's") is not required: the education reader's criteria of the item
 * are dropped unless a level is also named before the "or" at OR_AT, or
 * after the alternative's words ending at ALT_END (a parenthesis: "(3
 * years for holders of a Master's degree) and a Bachelor's degree"). */
static void drop_alternative_degrees(const nt_doc *d, nt_item *it, const nt_toks *t, guint or_at, guint alt_end)
{
    guint k;
    for (guint i = 0; i < nt_ntoks(t); i++)
        if ((i < or_at || i >= alt_end) && nt_level_at(d, it->lang, t, i, &k) >= 0)
            return;
    g_ptr_array_set_size(it->crits, 0); /* only the education reader has read the item yet */
}

/* "5 years in F, or 3 years with a Master's": the fewer years, in F, with a
 * note that the choice is the panel's (criteria cannot say "or"). */
static void fewer_with_degree(nt_item *it, const nt_toks *t, nt_crit *c, const duration *first,
                              const duration *alt, guint or_at, guint end)
{
    const duration *low = alt->milli < first->milli ? alt : first;
    set_years(c, it, t, low);
    nt_note_range(c, it, t, alt->i, alt->n, alt->milli); /* the first's is noted with it */
    const guint alt_from = nt_range_from(t, alt->i), first_from = nt_range_from(t, first->i);
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, alt_from)->start, &line, &col);
    char *shown = nt_span(t, alt_from, end - alt_from), *main = nt_span(t, first_from, or_at - first_from);
    char *more = years_read(first->milli), *fewer = years_read(alt->milli), *low_read = years_read(low->milli);
    nt_crit_note(c, line, col, "\"%s\" belongs to an alternative to \"%s\"; criteria cannot say \"or\", "
                 "so only %s is required and the choice between %s without the degree and %s with "
                 "it is left to the panel", shown, main, low_read, more, fewer);
    g_free(low_read);
    g_free(shown);
    g_free(main);
    g_free(more);
    g_free(fewer);
}

/* What item BEFORE asks if no years of experience can replace it: the
 * nationality (an item of no criterion of its own), a language, a
 * clearance; NULL otherwise. */
static const char *irreplaceable(const nt_item *before)
{
    if (before->crits->len == 0) {
        nt_toks bt;
        nt_toks_init(&bt, before->text->str, before->text->len);
        const gboolean nationality = nt_nationality_item(&bt);
        nt_toks_clear(&bt);
        return nationality ? "nationality" : NULL;
    }
    for (guint i = 0; i < before->crits->len; i++) {
        const nt_kind kind = ((const nt_crit *)g_ptr_array_index(before->crits, i))->kind;
        if (kind != NK_LANGUAGES && kind != NK_LANGUAGE && kind != NK_HIGHER_LANGUAGE && kind != NK_CLEARANCE)
            return NULL;
    }
    return ((const nt_crit *)g_ptr_array_index(before->crits, 0))->kind == NK_CLEARANCE ? "clearance"
                                                                                         : "language levels";
}

/* "- be a national of a NATO member country;" then "- failing that, have
 * 10 years of experience in F": the years have nothing they could stand
 * in for (WHAT, the item before asks), and made essential they would fail
 * those who meet the item before; IT goes to the panel whole (its marker
 * was a panel criterion of its own beside the years), the item before is
 * read as it is.  The note names what, not the item before, which the
 * notes of the two texts would quote in their own words. */
static void failing_nothing(nt_item *it, const char *what)
{
    unsigned line, col;
    nt_item_pos(it, 0, &line, &col);
    nt_crit *c = nt_crit_new(NK_PANEL, it, it->text->str, it->text->len);
    nt_crit_note(c, line, col, "\"%s\" offers an alternative to the %s the item before asks for, which no years "
                 "of experience can replace; the item is left to the panel", it->text->str, what);
}

/* "- 5 years in F;" then "- failing that, 8 years in G": IT offers years
 * in place of what the item before asks, experience or what the panel
 * judges.  Criteria cannot say "or", and either alone made essential fails
 * those who have the other: both go to the panel, as one criterion of IT.
 * In place of what no years can replace, IT alone (failing_nothing). */
static gboolean failing_item(nt_doc *d, nt_item *it, const nt_toks *t)
{
    const GPtrArray *items = d->items[it->lang][it->list];
    /* not a part of an item read alone (part_read), a copy outside the list */
    if (it->note || !failing_marker(t, 0) || it->index == 0 || it->index >= items->len ||
        g_ptr_array_index(items, it->index) != it)
        return FALSE;
    nt_item *before = g_ptr_array_index(items, it->index - 1);
    if (before->note)
        return FALSE;
    const char *what = irreplaceable(before);
    if (what) {
        failing_nothing(it, what);
        return TRUE;
    }
    if (before->crits->len == 0)
        return FALSE;
    for (guint i = 0; i < before->crits->len; i++) {
        const nt_kind kind = ((const nt_crit *)g_ptr_array_index(before->crits, i))->kind;
        if (kind != NK_EXPERIENCE && kind != NK_PANEL)
            return FALSE;
    }
    /* a chain ("failing that, ..." twice): the item before is the choice so far */
    const nt_crit *only = before->crits->len == 1 ? g_ptr_array_index(before->crits, 0) : NULL;
    const char *so_far = only && only->kind == NK_PANEL ? only->text : before->text->str;
    char *both = g_strdup_printf("%s%s; %s", so_far, it->lang == NT_FR ? " " : "", it->text->str);
    unsigned line, col;
    nt_item_pos(it, 0, &line, &col);
    nt_warn(d, line, col, "experience", both,
            "\"%s\" offers an alternative to \"%s\"; criteria cannot say \"or\", so both are left to the panel",
            it->text->str, before->text->str);
    g_ptr_array_set_size(before->crits, 0);
    before->absorbed = TRUE;
    it->absorbs = TRUE;
    nt_crit_new(NK_PANEL, it, both, strlen(both));
    g_free(both);
    return TRUE;
}

gboolean nt_degree_after_or(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i)
{
    static const char *const leads[] = {"a", "an", "the", "hold", "holding", "have", "possess", "un", "une", "d",
                                        "de", "du", "etre", "titulaire", "avoir", "posseder", NULL};
    const guint k = nt_is(t, i, "or") || nt_is(t, i, "ou") ? 1 : failing_marker(t, i);
    guint j = i + k, n;
    while (k && j < i + k + 4 && nt_in(t, j, leads))
        j++;
    return k && nt_degree_at(d, it, t, j, &n);
}

/* "5 years of experience or a university degree", "...; failing that, a
 * Master's degree": the degree's alternative, which its criterion says
 * (or_years) as it does for "a university degree or 5 years of
 * experience". Both were essential, which failed a holder of the degree
 * without the years and one with the years without it. Years in a field
 * are read as the total, with a warning, as there. DU: the item's one
 * duration; OR_AT: the first "or" or marker after it, which may be one
 * between the years' fields ("in logistics or procurement, or a university
 * degree"): the degree's is a later one. */
static gboolean years_or_degree(const nt_doc *d, nt_item *it, const nt_toks *t, const duration *du, guint or_at)
{
    if (it->list != NT_ESSENTIAL || or_at == G_MAXUINT || or_at < du->i + du->n || it->crits->len != 1)
        return FALSE;
    nt_crit *e = g_ptr_array_index(it->crits, 0);
    if (e->kind != NK_EDUCATION || e->or_years || e->main.value < 0)
        return FALSE;
    if (!nt_is(t, or_at, "or") && !nt_is(t, or_at, "ou") && !failing_marker(t, or_at))
        return FALSE;
    guint n;
    while (or_at < nt_ntoks(t) && !nt_degree_after_or(d, it, t, or_at))
        or_at++;
    if (or_at == nt_ntoks(t))
        return FALSE;
    for (guint i = 0; i < or_at; i++)
        if (nt_degree_at(d, it, t, i, &n))
            return FALSE; /* a degree of the years' own ("a Bachelor's and 5 years, or a Master's") */
    const guint from = nt_range_from(t, du->i);
    e->or_years = du->milli;
    e->or_level = -1;
    e->or_from = from;
    e->or_to = or_at;
    if (nt_years_narrowed(t, du->i + du->n, or_at)) {
        unsigned line, col;
        nt_item_pos(it, nt_tok_at(t, from)->start, &line, &col);
        char *shown = nt_span(t, from, or_at - from);
        nt_crit_note(e, line, col, "\"%s\" is offered instead of a degree, but only total years of experience can "
                     "replace one; they are read as total years, and the field named with them is left to the panel",
                     shown);
        g_free(shown);
    }
    nt_note_range(e, it, t, du->i, du->n, du->milli);
    return TRUE;
}

gboolean nt_read_experience(nt_doc *d, nt_item *it, const nt_toks *t)
{
    guint n = nt_ntoks(t);
    gboolean marked = FALSE, education = FALSE;
    for (guint i = 0; i < n; i++)
        marked |= nt_in(t, i, experience_words);
    for (guint i = 0; i < it->crits->len; i++) {
        const nt_crit *c = g_ptr_array_index(it->crits, i);
        education |= c->kind == NK_EDUCATION || c->unnamed_degree;
    }
    GArray *durs = g_array_new(FALSE, FALSE, sizeof(duration));
    guint or_seen = G_MAXUINT;
    gboolean or_degree = FALSE; /* a degree named after it */
    gboolean offered = FALSE;   /* years offered in place of the degree, read */
    guint own_from = 0;         /* where the post's own years' part starts after them */
    GArray *offered_at = g_array_new(FALSE, FALSE, sizeof(guint)); /* years of nt_absent_after */
    guint paren = G_MAXUINT, paren_end = 0; /* "(3 years for holders of a Master's degree)" */
    for (guint i = 0; i < n;) {
        duration du;
        gint32 milli;
        guint k;
        guint marker = 0;
        /* "5 years in F; failing that, 8 years in G" offers one or the other,
         * as "or" does */
        if (or_seen == G_MAXUINT && (nt_is(t, i, "or") || nt_is(t, i, "ou") || (marker = absent_marker(t, i)) ||
                                     (durs->len && failing_marker(t, i)))) {
            or_seen = i;
            or_degree = FALSE;
        } else if (or_seen != G_MAXUINT && nt_degree_at(d, it, t, i, &k)) {
            or_degree = TRUE;
        } else if (or_seen != G_MAXUINT && !or_degree && durs->len == 0 &&
                   nt_in(t, i, (const char *const[]){"and", "et", "with", "avec", NULL}) &&
                   (!offered || nt_in(t, i + 1, nt_item_verbs))) {
            /* "a degree in economics or law, and have 5 years", "a degree or
             * equivalent and 5 years", "in engineering or computer science
             * with 5 years": that "or" offered no other degree, and the
             * years after are a requirement of their own (after years it
             * offered, only with a verb: "or 10 years with 3 in logistics"
             * are one alternative), whose field is
             * not the one of years offered before ("or 2 years in
             * logistics, and have 5 years in finance") */
            or_seen = G_MAXUINT;
            if (offered)
                own_from = i;
        }
        if (in_degree_alternative(it, i)) {
            or_seen = G_MAXUINT; /* its "or" offers the degree's alternative, read */
            i++;
            continue;
        }
        if (marker) {
            /* its own "degree" offers none: "as applicants without a degree
             * are not eligible, and have 5 years" are the post's own */
            i += marker;
            continue;
        }
        /* a window is no part: "within the last 10 years, of which 3 in G" */
        if (durs->len && nt_duration(t, i, &milli, &k) && window(t, i, k)) {
            i += k;
            continue;
        }
        if (durs->len && split_duration(t, i, &du)) {
            g_array_append_val(durs, du);
            i = du.i + du.n;
            continue;
        }
        if (!nt_duration(t, i, &milli, &k) || window(t, i, k)) {
            i++;
            continue;
        }
        guint absent_end;
        if (education && durs->len && (absent_end = nt_absent_after(t, i + k)) != 0) {
            /* "(7 years for candidates without a degree)": no field
             * "candidates_without", but an alternative to the degree */
            alternative_to_degree(it, t, i, absent_end - i);
            g_array_append_val(offered_at, i);
            i = absent_end;
            continue;
        }
        gboolean minimum = FALSE;
        for (guint j = i > 3 ? i - 3 : 0; j < i; j++)
            minimum |= nt_in(t, j, minimum_words);
        minimum |= not_less_before(t, i) != 0; /* "have not less than 5 years in logistics" */
        if (marked || minimum) {
            /* further years' wording starts at their minimum: "and at least 5
             * years in G" is not "... and at least" and "5 years in G" */
            guint b = durs->len ? nt_range_from(t, i) : i; /* "and between 8 and 10 years in G" */
            guint nl;
            while (durs->len && b > 0 && b + 4 > i && !nt_clause_break(t, b) &&
                   (nt_in(t, b - 1, minimum_words) || nt_in(t, b - 1, minimum_leads)))
                b--;
            if (durs->len && b == i && (nl = not_less_before(t, b)) != 0 && !nt_clause_break(t, b))
                b -= nl; /* "and not less than 4 years in G" */
            du = (duration){i, k, milli,
                            durs->len ? b : MAX(MAX(own_from, degree_alternative_end(it, i)), part_start(d, it, t, i)),
                            durs->len ? b : 0};
            if (education && or_seen < i && durs->len == 0) {
                alternative_to_degree(it, t, i, k); /* "a Master's, or a Bachelor's and 2 years" */
                offered = TRUE;
            } else {
                /* "5 years in F (3 years for holders of a Master's degree)":
                 * fewer years with a degree, offered as after "or" */
                if (durs->len == 1 && or_seen == G_MAXUINT && paren == G_MAXUINT && i > 0 &&
                    memchr(t->text + nt_tok_at(t, i - 1)->end, '(',
                           nt_tok_at(t, i)->start - nt_tok_at(t, i - 1)->end) &&
                    degree_follows(d, it, t, i + k, &paren_end))
                    paren = i;
                g_array_append_val(durs, du);
            }
        }
        i += k;
    }
    const gboolean none = durs->len == 0;
    if (none || (!education && failing_item(d, it, t)) ||
        (durs->len == 1 && years_or_degree(d, it, t, &g_array_index(durs, duration, 0), or_seen))) {
        g_array_free(durs, TRUE);
        g_array_free(offered_at, TRUE);
        return !none;
    }
    /* "5 years in F or 3 years in G": either will do, which criteria that
     * all must meet cannot say; a person judges it (the item goes to the
     * panel) rather than a verdict that fails those with only one.  "5 years
     * in F, or 3 years with a Master's" keeps the fewer years in F. */
    const duration first = g_array_index(durs, duration, 0);
    const duration *second = durs->len > 1 ? &g_array_index(durs, duration, 1) : NULL;
    duration alt = {0};
    guint degree_end = 0;
    const gboolean in_paren = second && second->i == paren;
    if (in_paren)
        or_seen = paren; /* the alternative starts at its years */
    if (second && second->body == second->seg && ((or_seen < second->i && or_seen > first.i) || in_paren)) {
        drop_alternative_degrees(d, it, t, or_seen, in_paren ? paren_end : G_MAXUINT);
        /* "5 years with a Bachelor's degree, or 2 years with a Master's":
         * a degree goes with each, so neither is without it; one
         * experience or another, as "a Bachelor's degree and 5 years, or a
         * Master's degree and 2 years" */
        guint first_end;
        const gboolean both = degree_follows(d, it, t, first.i + first.n, &first_end) && first_end <= or_seen;
        if (durs->len == 2 && !both && degree_follows(d, it, t, second->i + second->n, &degree_end)) {
            alt = *second;
            g_array_set_size(durs, 1);
        } else {
            unsigned line, col;
            nt_item_pos(it, nt_tok_at(t, or_seen)->start, &line, &col);
            /* both alternatives, the second up to its clause's end */
            guint end = second->i + second->n;
            while (end < nt_ntoks(t) && !nt_clause_break(t, end))
                end++;
            const guint from = nt_range_from(t, first.i);
            char *shown = nt_span(t, from, end - from);
            nt_warn(d, line, col, "experience", shown,
                    "\"%s\" asks for one experience or another; criteria cannot say \"or\", so it is "
                    "left to the panel",
                    shown);
            if (it->crits->len > 0) {
                /* a degree read before it: the item is no panel item as a
                 * whole, so the choice is one of its own */
                nt_crit *p = nt_crit_new(NK_PANEL, it, shown, strlen(shown));
                nt_item_pos(it, nt_tok_at(t, from)->start, &p->line, &p->col);
            }
            g_free(shown);
            g_array_free(durs, TRUE);
            g_array_free(offered_at, TRUE);
            return FALSE;
        }
    }
    for (guint k = 0; k < durs->len; k++) {
        const duration *du = &g_array_index(durs, duration, k);
        guint to = MIN(MIN(k + 1 < durs->len ? g_array_index(durs, duration, k + 1).seg : n,
                           verb_part_end(d, it, t, du->i)),
                       alternative_start(it, offered_at, du->i, n));
        /* the "and" before the next years is theirs */
        guint te = to;
        while (k + 1 < durs->len && te > du->body + 1 && te == g_array_index(durs, duration, k + 1).seg &&
               (nt_is(t, te - 1, "and") || nt_is(t, te - 1, "et")))
            te--;
        char *text = durs->len == 1 ? g_strdup(it->text->str) : segment_text(t, du->body, te);
        nt_crit *c = nt_crit_new(NK_EXPERIENCE, it, text, strlen(text));
        g_free(text);
        set_years(c, it, t, du);
        c->line = c->main.line;
        c->col = c->main.col;
        nt_note_range(c, it, t, du->i, du->n, du->milli); /* "2 or 3 years": 2 meets it */
        guint rs, re;
        gboolean recent = find_recency(t, du->seg, to, &rs, &re);
        /* the window names no field: "5 years of experience within the last 10 years" */
        const guint before = recent && rs > du->i ? rs : to;
        set_field(d, it, c, t, du->seg, before, du->i, k > 0);
        /* nor does it end the clause: "2 years of experience (within the
         * last 5 years) in logistics" */
        if (!c->field && before < to && re < to)
            set_field(d, it, c, t, re, to, re, FALSE);
        if (alt.n)
            fewer_with_degree(it, t, c, &first, &alt, or_seen, degree_end);
        if (recent)
            note_recency(it, t, c, rs, re);
    }
    g_array_free(durs, TRUE);
    g_array_free(offered_at, TRUE);
    return TRUE;
}

gboolean nt_read_field(nt_doc *d, nt_item *it, const nt_toks *t, guint from, guint to)
{
    guint at = 0, at_end;
    const char *other;
    nt_hit also;
    const char *tag = find_field(d, it, t, from, to, from, &at, &at_end, &other, &also);
    if (!tag)
        return FALSE;
    nt_crit *c = nt_crit_new(NK_EXPERIENCE, it, it->text->str, it->text->len);
    c->field = g_strdup(tag);
    nt_item_pos(it, nt_tok_at(t, at)->start, &c->line, &c->col);
    /* a desirable decides nothing, but the recruiter should know what is
     * scored: "experience in logistics and procurement" scores logistics */
    note_fields(d, it, c, t, from, to, at, at_end, other, &also);
    note_place(it, c, t, from, to, at, at_end);
    guint rs, re;
    if (find_recency(t, from, to, &rs, &re))
        note_recency(it, t, c, rs, re);
    return TRUE;
}
