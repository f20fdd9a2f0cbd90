/* Education items (notice_int.h): the level through education.json's
 * notice_phrases ("university degree", "niveau secondaire supérieur"),
 * a level that qualifies a degree ("at Master's level", "de niveau master"),
 * "or equivalent", and a NATO or national military staff college. */
#include "notice_int.h"

#include <string.h>
#include "values.h"

/* Candidate-cell synonyms that are safe in running text as well. */
static const char *const single_words[] = {"bachelor", "bachelors", "masters", "doctorate",
                                           "phd", "doctorat", NULL};
static const char *const equivalent_words[] = {"equivalent", "equivalente", "equivalents",
                                               "equivalentes", "equivalence", NULL};
static const char *const staff_college[] = {
    "staff college", "war college", "defence college", "defense college", "staff school",
    "command and staff", "ecole d etat major", "college de defense", "ecole de guerre",
    "ecole superieure de guerre", NULL};
/* Words that make an item about education even when no level is named. */
static const char *const degree_words[] = {"degree", "degrees", "diploma", "diplome", "diplomee",
                                           "graduate", "graduated", "baccalaureat", NULL};

/* "3 ans d'expérience professionnelle après le diplôme": the "diplôme" at
 * word I, after "après le" within a few words of "expérience", says when
 * the experience was gained, not a degree asked for. */
static gboolean french_after_degree(const nt_toks *t, guint i, const char *const *experience)
{
    static const char *const after[] = {"apres le", "apres l obtention du", "apres l obtention d un",
                                        "apres l obtention de son", NULL};
    guint k;
    const int a = nt_find_seq(t, i > 5 ? i - 5 : 0, i, after, &k);
    if (a < 0 || (guint)a + k != i)
        return FALSE;
    for (guint j = (guint)a; j-- > 0 && j + 6 >= (guint)a;) {
        if (nt_in(t, j, experience))
            return TRUE;
        if (nt_clause_break(t, j + 1))
            return FALSE;
    }
    return FALSE;
}

/* "3 years of post-graduate research experience": "graduate" says when
 * the experience was gained, the item asks for no degree. */
gboolean nt_degree_when(const nt_toks *t, guint i)
{
    static const char *const experience[] = {"experience", "experiences", NULL};
    if (nt_is(t, i, "diplome"))
        return french_after_degree(t, i, experience);
    if (!nt_is(t, i, "graduate"))
        return FALSE;
    for (guint k = i + 1; k < nt_ntoks(t) && k <= i + 3; k++) {
        if (nt_clause_break(t, k))
            return FALSE;
        if (nt_in(t, k, experience))
            return TRUE;
    }
    return FALSE;
}

static const char *level_name(const nt_doc *d, int level)
{
    return level >= 0 && level <= ELG_EDU_MAX ? d->ref->education_id[level] : "?";
}

/* "être titulaire d'une licence", "une licence ou équivalent", "avec un
 * master": in French the degrees of those levels (education.json reads the
 * cells "licence" and "master" so), where nt_level_at wants "licence
 * universitaire" or "une licence en" because one word is not enough in
 * English ("a licence" is a permit, "master" a verb).  Only after "un" or
 * "une" ("Scrum Master" is none), and at the end of the clause or before a
 * word that goes on with a degree: not "une licence de pilote", "une
 * licence logicielle", "un Master Plan".  -1 if none. */
static int french_degree_at(const nt_doc *d, nt_lang lang, const nt_toks *t, guint i)
{
    static const char *const degree_next[] = {"ou", "et", "avec", "en", "dans", "universitaire", "professionnelle",
                                              "of", "assorti", "assortie", "accompagne", "accompagnee",
                                              /* a wish: "un master serait un atout" */
                                              "serait", "sera", "constituerait", "constituant", "etant", NULL};
    static const char *const master_next[] = {"de", "d", NULL}; /* "un master de droit" */
    if (lang != NT_FR || i == 0 || !(nt_is(t, i - 1, "un") || nt_is(t, i - 1, "une")))
        return -1;
    const gboolean master = nt_is(t, i, "master");
    if (!master && !nt_is(t, i, "licence"))
        return -1;
    if (i + 1 < nt_ntoks(t) && !nt_clause_break(t, i + 1) && !nt_in(t, i + 1, degree_next) &&
        !(master && nt_in(t, i + 1, master_next)))
        return -1;
    return GPOINTER_TO_INT(g_hash_table_lookup(d->ref->education_keys, nt_f(t, i))) - 1;
}

int nt_level_at(const nt_doc *d, nt_lang lang, const nt_toks *t, guint i, guint *n)
{
    guint k = 0;
    int level = GPOINTER_TO_INT(nt_ngram(t, i, NT_MAX_NGRAM, d->ref->education_phrases, &k)) - 1;
    if (level >= 0) {
        *n = k;
        return level;
    }
    k = 0;
    level = GPOINTER_TO_INT(nt_ngram(t, i, NT_MAX_NGRAM, d->ref->education_keys, &k)) - 1;
    if (level >= 0 && (k >= 2 || nt_in(t, i, single_words))) {
        *n = k;
        return level;
    }
    level = french_degree_at(d, lang, t, i);
    if (level >= 0)
        *n = 1;
    return level;
}

gboolean nt_degree_at(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i, guint *n)
{
    if (nt_level_at(d, it->lang, t, i, n) >= 0)
        return TRUE;
    *n = 1;
    /* "master" alone is a verb in English, the degree in French; so
     * "licence", a permit in English */
    return nt_in(t, i, degree_words) || (it->lang == NT_FR && (nt_is(t, i, "master") || nt_is(t, i, "licence")));
}

/* Any level name at word I, single words included ("master", "doctoral"):
 * safe where "level" or "niveau" says a level is meant; *N its length. */
static int key_at(const nt_doc *d, const nt_toks *t, guint i, guint *n)
{
    guint k = 0;
    int level = GPOINTER_TO_INT(nt_ngram(t, i, NT_MAX_NGRAM, d->ref->education_keys, &k)) - 1;
    if (level < 0 && nt_is(t, i, "doctoral")) {
        k = 1;
        level = GPOINTER_TO_INT(g_hash_table_lookup(d->ref->education_keys, "doctorate")) - 1;
    }
    *n = k;
    return level;
}

/* A level that qualifies a degree: "at Master's level", "(doctoral level)",
 * "de niveau master"; -1 if none. *N its length. */
static int qualifier_at(const nt_doc *d, const nt_toks *t, guint i, guint *n)
{
    guint k;
    int level;
    if (nt_is(t, i, "niveau") && (level = key_at(d, t, i + 1, &k)) >= 0) {
        *n = k + 1;
        return level;
    }
    if ((level = key_at(d, t, i, &k)) >= 0 && (nt_is(t, i + k, "level") || nt_is(t, i + k, "levels"))) {
        *n = k + 1;
        return level;
    }
    return -1;
}

typedef struct {
    int level;
    guint at, len;
    gboolean qualifier; /* "at Master's level" */
    gboolean absorbed;  /* the degree a qualifier gives the level of */
} edu_mention;

/* A wish before a degree's level: "preferably at Master's level". */
static const char *const level_wish[] = {"preferably", "preferable", "ideally", "preference", "idealement",
                                         "possible", "desirable", "souhaitable", NULL};

/* Do words [FROM, TO) join a degree to its level, with no alternative
 * ("or", "and") or wish between? */
static gboolean joined(const nt_toks *t, guint from, guint to)
{
    static const char *const alternatives[] = {"or", "ou", "and", "et", "nor", "ni", "either", "soit", NULL};
    if (to - from > 8)
        return FALSE;
    for (guint i = from; i < to; i++)
        if (nt_in(t, i, alternatives) || nt_in(t, i, level_wish))
            return FALSE;
    return TRUE;
}

/* Are words [FROM, TO) the degree's subjects, "in political science,
 * international relations, history or a related discipline", before "at
 * Master's level"?  Their "or" joins subjects, not another qualification:
 * no word of one ("or a professional qualification at Master's level",
 * "or equivalent") nor a wish, and one clause. */
static gboolean subjects(const nt_toks *t, guint from, guint to)
{
    static const char *const leads[] = {"in", "en", "of", NULL};
    static const char *const credentials[] = {
        "qualification", "qualifications", "diploma", "diplomas", "diplome", "diplomes", "certificate",
        "certificates", "certificat", "certification", "training", "formation", "experience", "education",
        "equivalent", "equivalente", "equivalence", "degree", "degrees", "accreditation", "studies", "etudes",
        "either", "soit", "nor", "ni", NULL};
    if (from >= to || to - from > 20 || !nt_in(t, from, leads))
        return FALSE;
    for (guint i = from; i < to; i++) {
        if (nt_in(t, i, credentials) || nt_in(t, i, level_wish))
            return FALSE;
        if (i > from) {
            const nt_tok *a = nt_tok_at(t, i - 1), *b = nt_tok_at(t, i);
            if (memchr(t->text + a->end, ';', b->start - a->end) || memchr(t->text + a->end, '.', b->start - a->end))
                return FALSE;
        }
    }
    return TRUE;
}

/* Every level named in the item; a qualifier ("a university degree at
 * Master's level", "diplôme universitaire de niveau master") gives its level
 * to the degree next to it, which is then not a level of its own. */
static GArray *edu_mentions(const nt_doc *d, nt_lang lang, const nt_toks *t)
{
    GArray *ms = g_array_new(FALSE, FALSE, sizeof(edu_mention));
    guint n = nt_ntoks(t), k;
    for (guint i = 0; i < n;) {
        edu_mention m = {-1, i, 0, TRUE, FALSE};
        const edu_mention *last = ms->len ? &g_array_index(ms, edu_mention, ms->len - 1) : NULL;
        m.level = qualifier_at(d, t, i, &k);
        /* "de niveau licence ou master" */
        if (m.level < 0 && last && last->qualifier && last->at + last->len == i &&
            (nt_is(t, i, "ou") || nt_is(t, i, "or")) && (m.level = key_at(d, t, i + 1, &k)) >= 0) {
            m.at = i + 1;
        }
        if (m.level < 0) {
            m.qualifier = FALSE;
            m.level = nt_level_at(d, lang, t, i, &k);
        }
        if (m.level < 0) {
            i++;
            continue;
        }
        m.len = k;
        i = m.at + k;
        if (m.qualifier && last && !last->qualifier &&
            (joined(t, last->at + last->len, m.at) || subjects(t, last->at + last->len, m.at)))
            g_array_index(ms, edu_mention, ms->len - 1).absorbed = TRUE;
        else if (!m.qualifier && last && last->qualifier && last->at + last->len == m.at)
            m.absorbed = TRUE; /* "a Master's-level university degree" */
        g_array_append_val(ms, m);
    }
    return ms;
}

/* --- years of experience in place of the degree ------------------------- */

/* Markers of the alternative, which follows them; first those that name
 * the degree missing ("hold a university degree; in the absence of a
 * degree, have 10 years of experience"), after which the years may come
 * with a verb of their own ... */
#define DEGREE_ABSENT                                                                                         \
    "in the absence of a degree", "in the absence of such a degree", "failing a degree", "without a degree",  \
    "in the absence of a university degree", "failing a university degree", "without a university degree",    \
    "a defaut de diplome", "a defaut d un diplome", "a defaut d un tel diplome", "en l absence de diplome",   \
    "en l absence d un diplome", "sans diplome", "who do not hold a degree",                                  \
    "who do not hold a university degree", "who do not have a degree", "who do not have a university degree", \
    "who do not possess a degree", "who do not possess a university degree", "who don t hold a degree",       \
    "who don t hold a university degree", "who don t have a degree", "who don t have a university degree",    \
    "not holding a degree", "not holding a university degree", "qui ne sont pas titulaires d un diplome",     \
    "non titulaires d un diplome", "qui n ont pas de diplome", "qui ne possedent pas de diplome"
const char *const nt_degree_absent[] = {DEGREE_ABSENT, NULL};
const char *const nt_failing_markers[] = {"failing that", "failing this", "otherwise", "a defaut", "sinon", NULL};
static const char *const alternative_after[] = {
    DEGREE_ABSENT, "or equivalent", "or alternatively", "or", "alternatively", "failing that", "failing this",
    "otherwise",
    "replaced by", "replaced with", "substituted by", "substituted with", "ou equivalent", "ou", "a defaut",
    "sinon", "remplace par", "remplacee par", "remplaces par", "remplacees par", NULL};
/* Words that may stand between such a marker and the years without making
 * them a requirement of their own ("failing that, 10 years", "ou, à
 * défaut, de 10 ans", a range's "between"; after an nt_degree_absent
 * marker, "have 10 years"). */
static const char *const alternative_filler[] = {"de", "between", "from", "entre", NULL};
static const char *const absent_filler[] = {"de", "d", "of", "a", "an", "the", "have", "possess", "avoir",
                                            "posseder", "justifier", "between", "from", "entre",
                                            /* "candidates not holding a degree must have 7 years" */
                                            "must", "should", "shall", "will", "need", "doivent", "doit",
                                            "devront", "devra", NULL};

/* A level named in such a marker ("sans diplôme" is education.json's
 * "none") is the degree missing, not one asked for: it is dropped. */
static void drop_absent_levels(const nt_toks *t, GArray *ms)
{
    guint k;
    for (int m = nt_find_seq(t, 0, nt_ntoks(t), nt_degree_absent, &k); m >= 0;
         m = nt_find_seq(t, (guint)m + k, nt_ntoks(t), nt_degree_absent, &k))
        for (guint i = 0; i < ms->len; i++) {
            edu_mention *e = &g_array_index(ms, edu_mention, i);
            if (e->at >= (guint)m && e->at < (guint)m + k)
                g_array_remove_index(ms, i--);
        }
}

/* Are the words FROM..Y-1 all of FILLER, at most three of them? */
static gboolean filler_before(const nt_toks *t, guint from, guint y, const char *const *filler)
{
    if (y < from || y - from > 3)
        return FALSE;
    for (guint i = from; i < y; i++)
        if (!nt_in(t, i, filler))
            return FALSE;
    return TRUE;
}

/* ... or comes before them ("10 years ... may be accepted in lieu of a degree") */
static const char *const alternative_before[] = {
    "in lieu of", "instead of", "in place of", "instead", "au lieu d", "en lieu et place d", "a la place d",
    "a la place", NULL};
static const char *const years_words[] = {"years", "year", "ans", "an", "annees", "annee", NULL};
static const char *const additional_words[] = {"additional", "further", "extra", "supplementary", "more",
                                               "supplementaires", "supplementaire", "additionnelles",
                                               "additionnelle", NULL};

/* Is word J one of additional_words, but not the "more" of "10 years or
 * more" or "more than 10 years", which bound the years, adding none? */
static gboolean additional_at(const nt_toks *t, guint j)
{
    if (!nt_in(t, j, additional_words))
        return FALSE;
    return !nt_is(t, j, "more") || !((j > 0 && nt_is(t, j - 1, "or")) || nt_is(t, j + 1, "than"));
}

/* Years at word I: "8 years", "huit ans", or "4 additional years"; *N the
 * words, *ADDED whether they are additional (a word of additional_words
 * just before or after, as in "deux années d'expérience supplémentaires"). */
static gboolean offered_years(const nt_toks *t, guint i, gint32 *milli, guint *n, gboolean *added)
{
    gint64 v;
    guint k;
    *added = FALSE;
    if (nt_number(t, i, &v, &k)) {
        guint a = i + k;
        /* "2 or 3 additional years": the lower bound, as nt_duration reads a range */
        if (nt_duration_range(t, i))
            while (a < i + k + 4 && a < nt_ntoks(t) && !nt_in(t, a, additional_words))
                a++;
        if (nt_in(t, a, additional_words) && nt_in(t, a + 1, years_words) && v > 0 && v <= 100000) {
            *milli = (gint32)v;
            *n = a + 2 - i;
            *added = TRUE;
            return TRUE;
        }
    }
    if (!nt_duration(t, i, milli, n) || *milli <= 0)
        return FALSE;
    for (guint j = i > 2 ? i - 2 : 0; j < i + *n + 4 && j < nt_ntoks(t); j++)
        *added |= (j < i || j >= i + *n) && additional_at(t, j);
    return TRUE;
}

/* Years of experience at or after word FROM, before TO; -1 if none.  The
 * experience is named there, or from word SAID on ("5 years of experience
 * in logistics; candidates without a degree must have 7 years"). */
static int experience_years_in(const nt_toks *t, guint said, guint from, guint to, gint32 *milli, guint *n,
                               gboolean *added)
{
    gboolean experience = FALSE;
    for (guint i = MIN(said, from); i < to; i++)
        experience |= nt_is(t, i, "experience");
    for (guint i = from; experience && i < to; i++)
        if (offered_years(t, i, milli, n, added) && i + *n <= to)
            return (int)i;
    return -1;
}

/* Does a ';', '.' or ':' stand between words I - 1 and I (I > 0)? */
static gboolean sentence_break(const nt_toks *t, guint i)
{
    const nt_tok *a = nt_tok_at(t, i - 1), *b = nt_tok_at(t, i);
    return memchr(t->text + a->end, ';', b->start - a->end) || memchr(t->text + a->end, '.', b->start - a->end) ||
           memchr(t->text + a->end, ':', b->start - a->end);
}

/* The first word of the sentence of word I: after the last ';', '.' or ':'
 * before it ("hold a Master's degree; a Bachelor's ... may be accepted
 * instead"). */
static guint sentence_start(const nt_toks *t, guint i)
{
    for (; i > 0 && !sentence_break(t, i); i--)
        ;
    return i;
}

/* Do the words from I on, to the end of their sentence (or TO), narrow the
 * years just before them: "10 years of experience in logistics", "...,
 * including 5 years in G".  The total (or_years) would not check that, so
 * such years are read as the total with a warning, the field left to the
 * panel. */
gboolean nt_years_narrowed(const nt_toks *t, guint i, guint to)
{
    static const char *const lead[] = {"of", "relevant", "professional", "work", "working", "proven", "experience",
                                       "d", "professionnelle", "pertinente", "or", "more", "ou", "plus", NULL};
    static const char *const in[] = {"in", "en", "dans", "within", NULL};
    const guint n = nt_ntoks(t);
    if (to > n)
        to = n;
    while (i < to && !sentence_break(t, i) && nt_in(t, i, lead))
        i++;
    if (i < to && !sentence_break(t, i) && nt_in(t, i, in) && !nt_is(t, i + 1, "total"))
        return TRUE;
    /* a part of them with its unit left out: "including 3 in G", "dont 3 dans G" */
    static const char *const split[] = {"including", "which", "whom", "dont", "lesquelles", "lesquels", NULL};
    for (; i < to && !sentence_break(t, i); i++) {
        gint32 milli;
        guint k;
        if (nt_duration(t, i, &milli, &k) || (i > 0 && nt_tok_at(t, i)->number && nt_in(t, i - 1, split)))
            return TRUE;
    }
    return FALSE;
}

/* Does the verb at word V go with a lower degree the alternative starting
 * at word FROM names ("or a Bachelor's degree and have 2 years"): "and"
 * just before it, no comma since that degree ("or a Bachelor's degree,
 * and have 2 years" may ask them of all)? */
static gboolean alternative_verb(const nt_toks *t, const GArray *ms, guint from, guint v)
{
    if (v == 0 || !(nt_is(t, v - 1, "and") || nt_is(t, v - 1, "et")))
        return FALSE;
    for (guint i = 0; i < ms->len; i++) {
        const edu_mention *e = &g_array_index(ms, edu_mention, i);
        if (e->at < from || e->at + e->len >= v)
            continue;
        for (guint j = e->at + 1; j <= v; j++)
            if (nt_clause_break(t, j))
                return FALSE;
        return TRUE;
    }
    return FALSE;
}

/* Is there an item verb in words FROM.. TO - 1 ("and have 5 years"): the
 * years a requirement of their own, not the alternative's?  Not the verb
 * of a lower degree's alternative (alternative_verb). */
static gboolean own_requirement(const nt_toks *t, const GArray *ms, guint from, guint to)
{
    static const char *const verbs[] = {"have", "has", "possess", "avoir", "posseder", "justifier", NULL};
    for (guint i = from; i < to; i++)
        if (nt_in(t, i, verbs) && !alternative_verb(t, ms, from, i))
            return TRUE;
    return FALSE;
}

/* The verbs that may follow a marker and offer the years after it ("or
 * have 8 years of experience", "ou justifier de 8 ans"). */
static const char *const offer_verbs[] = {"have", "possess", "avoir", "posseder", "justifier", NULL};

/* Years of experience in place of the degree (nt_crit's or_*); narrowed:
 * years in a field offered with "or" or after a marker that names the
 * degree missing ("a degree or 10 years of experience in logistics", "in the
 * absence of a degree, 10 years of experience in logistics", "5 years in
 * logistics; candidates not holding a degree must have 7 years in
 * logistics", "a degree and 5 years in logistics (7 years in logistics for
 * candidates without a degree)"), which the total (or_years) would not
 * check: read as the total with a warning, as in an item of their own (the
 * field is the panel's; the item's own years in a field are checked beside
 * them).  Not "or equivalent": an equivalent counts only where the
 * candidate claims one (DESIGN.md), which is stricter than the notice. */
typedef struct {
    gint32 years;
    int level;
    gboolean added, narrowed;
    guint from, to, at, len; /* at, len: the years' words */
    guint said, said_end;    /* the alternative with its marker ("without a degree, 10 years") */
} years_alt;

/* "or higher secondary education and completed advanced vocational
 * training in that field ..., with 2 additional years": the training that
 * goes with the lower level is no column of a candidate file, so the
 * level and the years alone are checked; said, as the rule set is looser
 * than the notice there. */
static void note_training(nt_crit *c, const nt_item *it, const nt_toks *t)
{
    static const char *const training[] = {"vocational training", "vocational qualification", "apprenticeship",
                                           "formation professionnelle", "apprentissage", NULL};
    guint k;
    const int at = nt_find_seq(t, 0, nt_ntoks(t), training, &k);
    if (at < 0)
        return;
    char *shown = nt_span(t, (guint)at, k);
    unsigned line, col;
    nt_item_pos(it, nt_tok_at(t, (guint)at)->start, &line, &col);
    nt_crit_note(c, line, col, "the %s asked with the lower level is not checked (candidate files do not give it): "
                 "the level and the years alone meet the alternative", shown);
    g_free(shown);
}

/* Do the words from I to the end of their sentence call what comes before
 * them a wish ("A PhD is highly desirable", "would be an asset")?  Fewer
 * words than notice_languages.c's wish_words, deliberately: after a degree
 * "plus" joins ("a Master's degree plus 5 years"), and "preferably",
 * "ideally" wish for what follows ("a degree, preferably in engineering"),
 * not for the degree; "advantageous" is a wish here only. */
static gboolean wished(const nt_toks *t, guint i, guint limit)
{
    static const char *const wish[] = {"desirable", "asset", "advantage", "advantageous", "preferred",
                                       "souhaitable", "atout", "avantage", "apprecie", "appreciee", NULL};
    for (guint k = i; k < nt_ntoks(t) && k < limit && !(k > i && sentence_break(t, k)); k++)
        if (nt_in(t, k, wish))
            return TRUE;
    return FALSE;
}

/* Where the wish words of mention I of MS may be: up to a degree named
 * after it in a clause or a sentence of its own ("a university degree; a
 * Master's degree would be an asset", "un diplôme universitaire, un master
 * constituant un atout", "Diplôme universitaire. Un master serait un
 * atout.": the wish is the second's; both were wished, and the item went to
 * the panel without a word), not past one it is offered with ("a Master's
 * degree or a PhD would be an asset"). */
static guint wish_limit(const nt_toks *t, const GArray *ms, guint i)
{
    static const char *const links[] = {"or", "ou", "and", "et", NULL};
    static const char *const articles[] = {"a", "an", "un", "une", NULL};
    const edu_mention *m = &g_array_index(ms, edu_mention, i);
    for (guint j = i + 1; j < ms->len; j++) {
        const edu_mention *next = &g_array_index(ms, edu_mention, j);
        if (next->at < m->at + m->len)
            continue;
        guint b = next->at;
        while (b > m->at + m->len && nt_in(t, b - 1, articles))
            b--;
        gboolean apart = FALSE;
        for (guint k = m->at + m->len; k <= next->at && !apart; k++)
            apart = nt_clause_break(t, k) || sentence_break(t, k);
        return apart && !(b > 0 && nt_in(t, b - 1, links)) ? next->at : G_MAXUINT;
    }
    return G_MAXUINT;
}

static void set_alternative(nt_crit *c, const years_alt *a)
{
    c->or_from = a->from;
    c->or_to = a->to;
    c->or_years = a->years;
    c->or_level = a->level;
    c->or_added = a->added;
}

/* Does the degree mentioned at word AT go with the years ending at word I
 * ("or 2 years of experience with a Master's degree", "... and a
 * Master's degree")?  Only lead words
 * stand between, in one clause: it is the alternative's level, as one
 * named before the years is. */
static gboolean degree_with_years(const nt_toks *t, guint i, guint at)
{
    static const char *const leads[] = {"of", "experience", "relevant", "professional", "with", "and", "for",
                                        "holding", "holders", "holder", "having", "a", "an", "d", "de",
                                        "professionnelle", "pertinente", "avec", "et", "pour", "les", "titulaires",
                                        "titulaire", "un", "une", NULL};
    if (at < i || at - i > 6)
        return FALSE;
    for (guint j = i; j < at; j++)
        if (!nt_in(t, j, leads) || (j > i && nt_clause_break(t, j)))
            return FALSE;
    return !nt_clause_break(t, at);
}

/* Does the item name a degree before the sentence of word M ("hold a
 * degree; in the absence of a degree, ...": one of no known level, whose
 * alternative goes to the panel with it)? */
static gboolean degree_before(const nt_toks *t, guint m)
{
    for (guint i = sentence_start(t, m); i-- > 0;)
        if (nt_in(t, i, degree_words))
            return TRUE;
    return FALSE;
}

/* Does item IT follow, in its list, an item that asks for a degree
 * ("hold a university degree;" then "- failing that, have 10 years")? */
static gboolean follows_degree(const nt_doc *d, const nt_item *it)
{
    if (it->note || it->index == 0 || it->index > d->items[it->lang][it->list]->len)
        return FALSE;
    const nt_item *before = g_ptr_array_index(d->items[it->lang][it->list], it->index - 1);
    for (guint i = 0; i < before->crits->len; i++) {
        const nt_crit *c = g_ptr_array_index(before->crits, i);
        if (c->kind == NK_EDUCATION && c->main.value >= 0)
            return TRUE;
    }
    return FALSE;
}

/* Does the marker at word M (K words) name the degree missing: one of
 * nt_degree_absent, or, at the start of an item that follows a degree
 * (AFTER_DEGREE), one of nt_failing_markers? */
static gboolean absent_marker_at(const nt_toks *t, guint m, guint k, gboolean after_degree)
{
    guint ak;
    return nt_find_seq(t, m, m + k, nt_degree_absent, &ak) == (int)m ||
           (after_degree && m == 0 && nt_find_seq(t, m, m + k, nt_failing_markers, &ak) == (int)m && ak == k);
}

/* The years a notice offers in place of the degree, in *A: "a university degree, or higher
 * secondary education and 8 years of experience", "a degree may be
 * replaced by 4 additional years of experience", "à défaut, un diplôme de
 * l'enseignement secondaire et 8 ans d'expérience", "a lower level of
 * education with 10 years of experience may be accepted in lieu of a
 * degree".  The degree replaced is named outside the alternative; a level
 * named in it goes alongside the years and must be below that degree's;
 * in a NOTE, or in an ESSENTIAL item after a marker that names the degree
 * missing ("candidates not holding a degree must have 7 years"), it may be
 * the list's; AFTER_DEGREE: the item follows one that asks for a degree
 * (absent_marker_at).  FALSE when the item offers no such years. */
static gboolean years_alternative(years_alt *a, const nt_toks *t, const GArray *ms, gboolean note,
                                  gboolean essential, gboolean after_degree)
{
    const guint n = nt_ntoks(t);
    for (int pass = 0; pass < 2; pass++) {
        const char *const *markers = pass ? alternative_before : alternative_after;
        guint k;
        for (int m = nt_find_seq(t, 0, n, markers, &k); m >= 0; m = nt_find_seq(t, (guint)m + k, n, markers, &k)) {
            guint from = pass ? 0 : (guint)m + k;
            const guint to = pass ? (guint)m : n;
            gint32 milli;
            guint yn;
            gboolean added;
            /* after a marker that names the degree missing in an essential
             * item, the experience named before it is theirs */
            const gboolean absent_at = !pass && essential && !note &&
                                       absent_marker_at(t, (guint)m, k, after_degree);
            int y = experience_years_in(t, absent_at ? 0 : from, from, to, &milli, &yn, &added);
            if (y < 0)
                continue;
            if (pass)
                from = sentence_start(t, (guint)y);
            int degree = -1, alt = -1;
            guint with_end = 0; /* the end of a degree that goes with the years */
            for (guint i = 0; i < ms->len; i++) {
                const edu_mention *e = &g_array_index(ms, edu_mention, i);
                const gboolean with = !pass && degree_with_years(t, (guint)y + yn, e->at);
                if (with && !e->absorbed)
                    with_end = MAX(with_end, e->at + e->len);
                gboolean inside = e->at >= from && e->at < to && (pass || e->at < (guint)y || with);
                if (e->absorbed || (!pass && e->at >= (guint)y + yn && !with))
                    continue;
                if (inside)
                    alt = alt < 0 || e->level < alt ? e->level : alt;
                else
                    degree = degree < 0 || e->level < degree ? e->level : degree;
            }
            /* "a degree in economics or law, and have 5 years": the years are
             * a requirement of their own unless a level goes with them or
             * they follow the marker at once ("or 10 years of experience",
             * "ou, à défaut, de 10 ans d'expérience") */
            const gboolean absent = !pass && absent_marker_at(t, (guint)m, k, after_degree);
            /* "or have 8 years of experience": the verb offers them too */
            const guint v = !pass && nt_in(t, from, offer_verbs) ? from + 1 : from;
            const gboolean next = (guint)y == v || (nt_is(t, v, "equivalent") && (guint)y == v + 1) ||
                                  filler_before(t, v, (guint)y, absent ? absent_filler : alternative_filler);
            const gboolean narrowed = nt_years_narrowed(t, (guint)y + yn, to);
            /* no degree for them to replace: a note may leave it to the list
             * ("Note: failing that, secondary education and 8 years of
             * experience"), an essential item after the marker to the item
             * before */
            if (degree < 0 && !note && !(absent && essential))
                continue;
            if ((alt >= 0 && degree >= 0 && alt >= degree) || /* a level alongside not below the degree */
                (!pass && alt < 0 && !next) ||                 /* not offered right after the marker */
                (!absent && own_requirement(t, ms, v, (guint)y)))
                continue;
            /* years in a field are taken as the total where the item names
             * the degree they replace ("or 10 years of experience in
             * logistics", "in the absence of a degree, 10 years ..."); where
             * it names none, they are left to the experience reader
             * (alternative_to_degree) or the list's degree; a note's
             * stays a note ("... may be replaced by 10 years in logistics") */
            if (narrowed && (absent ? degree < 0 && (note || !essential || degree_before(t, (guint)m))
                                    : note || degree < 0))
                continue;
            guint end = MAX((guint)y + yn, with_end);
            /* the field and any part of the years in one, up to a
             * requirement of the post's own ("..., and have 5 years in finance") */
            while (narrowed && end < n && !sentence_break(t, end) && !own_requirement(t, ms, end, end + 1) &&
                   !((nt_is(t, end, "and") || nt_is(t, end, "et")) && own_requirement(t, ms, end + 1, end + 2)))
                end++;
            /* quoted from the sentence's start where it names the degree
             * missing ("candidates not holding a degree must have ...") */
            guint said = pass ? from : absent ? sentence_start(t, (guint)m) : (guint)m;
            guint said_end = pass ? (guint)m + k : end;
            while (said_end < n && !sentence_break(t, said_end))
                said_end++;
            *a = (years_alt){milli, alt, added, narrowed, from, pass ? (guint)m : end, (guint)y, yn, said, said_end};
            return TRUE;
        }
    }
    return FALSE;
}

/* Is every degree word of T inside a marker that names the degree missing
 * ("5 years (7 years for candidates without a degree)")? */
static gboolean degree_only_absent(const nt_toks *t)
{
    guint k;
    for (guint i = 0; i < nt_ntoks(t); i++) {
        if (nt_find_seq(t, i, nt_ntoks(t), nt_degree_absent, &k) == (int)i)
            i += k - 1;
        else if (nt_in(t, i, degree_words))
            return FALSE;
    }
    return TRUE;
}

/* "5 years in logistics (7 years for candidates without a degree)" in an
 * essential item that names no degree of its own: the 7 years are offered
 * in place of the list's degree, as "...; candidates not holding a degree
 * must have 7 years" offers them (years_alternative finds the years after
 * the marker only), not a degree of no known level asked by the item.
 * NAMED: the item names its degree ("hold a university degree and have 5
 * years ... (7 years ...)"); the years are offered in place of that one, as
 * they would be with the degree in an item of its own. */
static gboolean years_before_absent(years_alt *a, const nt_toks *t, gboolean named)
{
    gboolean own = FALSE; /* the post's own years before them */
    if (!named && !degree_only_absent(t))
        return FALSE;
    for (guint i = 0; i < nt_ntoks(t); i++) {
        gint32 milli;
        guint yn, end;
        gboolean added;
        if (!offered_years(t, i, &milli, &yn, &added))
            continue;
        if (!own || (end = nt_absent_after(t, i + yn)) == 0) {
            own = TRUE;
            i += yn - 1;
            continue;
        }
        /* "(7 years of experience in logistics for candidates without a
         * degree)": read as the total, with a warning */
        const gboolean narrowed = nt_years_narrowed(t, i + yn, end);
        *a = (years_alt){milli, -1, added, narrowed, i, end, i, yn, i, end};
        return TRUE;
    }
    return FALSE;
}

/* Is a degree ending at word FROM joined to the years at word Y ("and",
 * "with")? */
static gboolean joined_to_years(const nt_toks *t, guint from, guint y)
{
    /* "un master assorti de 3 ans d'expérience": "combined with" */
    static const char *const joins[] = {"and", "et", "with", "avec", "assorti", "assortie", "accompagne",
                                        "accompagnee", NULL};
    for (guint i = from; i < y; i++)
        if (nt_in(t, i, joins))
            return TRUE;
    return FALSE;
}

/* The shape of "a Bachelor's degree and 5 years of experience, or a
 * Master's degree" and of its mirror: the item's last "or" followed by a
 * degree, the item's first duration, of experience, before it, the levels
 * named in the years' sentence before them and joined to them ("and",
 * "with"), and those named after that "or"; at most one duration after
 * it ("..., or a Bachelor's degree and 3 years"), of the lower degree's. */
typedef struct {
    guint or_at;          /* the "or" */
    guint y, yn;          /* the years' first word and their length */
    gint32 milli;
    gboolean added;
    guint y2, yn2;        /* the years after the "or", y2 G_MAXUINT if none */
    gint32 milli2;
    gboolean added2;
    guint from;           /* where the years' sentence starts */
    int before, after;    /* the lowest level named before the years, and after the "or" */
    guint before_at, before_end, after_end; /* where those mentions begin and end */
} degree_or_shape;

/* Does IT have that shape (into *SH)?  Not if years follow the "or", if
 * there are other years, or a level stands elsewhere. */
static gboolean degree_or_shape_read(const nt_doc *d, const nt_item *it, const nt_toks *t, const GArray *ms,
                                     degree_or_shape *sh)
{
    const guint n = nt_ntoks(t);
    int o = -1, at = -1;
    for (guint i = 0; i < n; i++)
        if ((nt_is(t, i, "or") || nt_is(t, i, "ou")) && nt_degree_after_or(d, it, t, i))
            o = (int)i;
    if (o < 0)
        return FALSE;
    sh->y2 = G_MAXUINT;
    for (guint i = 0; i < n; i++) {
        gint32 v;
        guint k;
        gboolean add;
        if (!offered_years(t, i, &v, &k, &add))
            continue;
        if (at < 0 && i + k <= (guint)o)
            at = (int)i, sh->milli = v, sh->yn = k, sh->added = add;
        else if (at >= 0 && i > (guint)o && sh->y2 == G_MAXUINT)
            sh->y2 = i, sh->milli2 = v, sh->yn2 = k, sh->added2 = add;
        else
            return FALSE; /* years of their own */
        i += k - 1;
    }
    if (at < 0)
        return FALSE;
    gboolean experience = FALSE;
    for (guint i = (guint)at; i < (guint)o; i++)
        experience |= nt_is(t, i, "experience");
    if (!experience)
        return FALSE;
    sh->or_at = (guint)o;
    sh->y = (guint)at;
    sh->from = sentence_start(t, sh->y);
    sh->before = sh->after = -1;
    sh->before_at = G_MAXUINT;
    sh->before_end = sh->after_end = 0;
    for (guint i = 0; i < ms->len; i++) {
        const edu_mention *e = &g_array_index(ms, edu_mention, i);
        if (e->absorbed)
            continue;
        if (e->at > sh->or_at) {
            sh->after = sh->after < 0 || e->level < sh->after ? e->level : sh->after;
            sh->after_end = MAX(sh->after_end, e->at + e->len);
            continue;
        }
        if (e->at < sh->from || e->at + e->len > sh->y)
            return FALSE;
        sh->before = sh->before < 0 || e->level < sh->before ? e->level : sh->before;
        sh->before_at = MIN(sh->before_at, e->at);
        sh->before_end = MAX(sh->before_end, e->at + e->len);
    }
    return sh->before >= 0 && sh->after >= 0 && joined_to_years(t, sh->before_end, sh->y);
}

/* "a Bachelor's degree and 5 years of experience, or a Master's degree",
 * "une licence et avoir 5 ans d'expérience, ou d'un master": the higher
 * degree, with the lower level and the years as its alternative (or_level,
 * or_years), as "a Master's degree, or a Bachelor's degree and 5 years" is
 * read; the lower degree and the years, both essential, failed a holder of
 * the higher degree without the years.  Only where that degree follows the
 * item's last "or" at once and no years follow it, the item's one duration
 * comes before it, and the lower levels before the years, in their
 * sentence, joined to them ("and", "with"). */
static gboolean lower_with_years_or_higher(years_alt *a, const nt_doc *d, const nt_item *it, const nt_toks *t,
                                           const GArray *ms)
{
    degree_or_shape sh;
    if (!degree_or_shape_read(d, it, t, ms, &sh) || sh.y2 != G_MAXUINT || sh.after <= sh.before)
        return FALSE;
    const gboolean narrowed = nt_years_narrowed(t, sh.y + sh.yn, sh.or_at);
    *a = (years_alt){sh.milli, sh.before, sh.added, narrowed, sh.from, sh.or_at, sh.y, sh.yn, sh.from, sh.or_at};
    return TRUE;
}

/* "a Master's degree and 5 years of experience, or a Bachelor's degree",
 * "un master et avoir 5 ans d'expérience, ou d'une licence": the lower
 * degree alone meets the item, so the higher one and the years that go
 * with it ask nothing more; both essential failed a holder of the lower
 * degree without the years.  The shape of lower_with_years_or_higher with
 * the levels the other way round, and nothing but "or equivalent" after
 * the lower degree.  *A: the higher level and the years, the words of
 * that alternative [from, to), quoted to the lower degree's end
 * [said, said_end). */
static gboolean higher_with_years_or_lower(years_alt *a, const nt_doc *d, const nt_item *it, const nt_toks *t,
                                           const GArray *ms)
{
    static const char *const tail[] = {"or", "ou", "degree", "diploma", "diplome", NULL};
    degree_or_shape sh;
    if (!degree_or_shape_read(d, it, t, ms, &sh) || sh.y2 != G_MAXUINT || sh.before <= sh.after)
        return FALSE;
    for (guint i = sh.after_end; i < nt_ntoks(t); i++)
        if (!nt_in(t, i, tail) && !nt_in(t, i, equivalent_words))
            return FALSE;
    *a = (years_alt){sh.milli, sh.before, sh.added, FALSE, sh.from, sh.or_at, sh.y, sh.yn, sh.before_at, sh.after_end};
    return TRUE;
}

/* Are words [A, A_END) the same as [B, B_END)? */
static gboolean same_words(const nt_toks *t, guint a, guint a_end, guint b, guint b_end)
{
    if (a_end - a != b_end - b)
        return FALSE;
    for (; a < a_end; a++, b++)
        if (strcmp(nt_f(t, a), nt_f(t, b)) != 0)
            return FALSE;
    return TRUE;
}

/* Do words [FROM, TO) name no field of the years before them ("of
 * experience", "d'expérience", none): the total?  A closed list, not
 * nt_years_narrowed(), which looks for "in F" only: here "3 years of
 * management experience" names a field the higher route may not cover. */
static gboolean total_years_words(const nt_toks *t, guint from, guint to)
{
    static const char *const total[] = {"of", "experience", "d", "de", "professional", "professionnelle", "work",
                                        NULL};
    for (guint i = from; i < to; i++)
        if (!nt_in(t, i, total))
            return FALSE;
    return TRUE;
}

/* "a Master's degree and 5 years of experience in logistics, or a
 * Bachelor's degree and 3 years of experience in logistics": the higher
 * degree with the more years meets the lower route too, so the item asks
 * the lower degree and its years; read as the higher degree with the
 * lower one and its years as the alternative (or_level, or_years), and
 * the higher one's years essential, it failed a holder of the lower degree
 * with its years.  Only where the lower degree is joined to its years, no
 * more than the higher one's, and the same words follow both (the same
 * experience) or those of the lower degree name no field (the total,
 * which years in a field count towards).  *A as for higher_with_years_or_lower, quoted to the
 * item's end; *LOWER_YEARS the lower degree's years. */
static gboolean higher_route_covered(years_alt *a, gint32 *lower_years, const nt_doc *d, const nt_item *it,
                                     const nt_toks *t, const GArray *ms)
{
    degree_or_shape sh;
    const guint n = nt_ntoks(t);
    if (!degree_or_shape_read(d, it, t, ms, &sh) || sh.y2 == G_MAXUINT || sh.before <= sh.after ||
        sh.milli2 > sh.milli || sh.added || sh.added2 || !joined_to_years(t, sh.after_end, sh.y2) ||
        !(same_words(t, sh.y + sh.yn, sh.or_at, sh.y2 + sh.yn2, n) || total_years_words(t, sh.y2 + sh.yn2, n)))
        return FALSE;
    /* the "or" too: it offers no alternative to the lower degree's years */
    *a = (years_alt){sh.milli, sh.before, FALSE, FALSE, sh.from, sh.or_at + 1, sh.y, sh.yn, sh.before_at, n};
    *lower_years = sh.milli2;
    return TRUE;
}

/* The note on years in a field offered in place of a degree, which only
 * total years can replace, and what became of them (OUTCOME). */
static void note_field_years(nt_crit *c, const nt_item *it, const nt_toks *t, const years_alt *a,
                             const char *outcome)
{
    unsigned line, col;
    const guint from = nt_range_from(t, a->at); /* "between 8 and 10 years ..." */
    nt_item_pos(it, nt_tok_at(t, from)->start, &line, &col);
    char *shown = nt_span(t, from, a->to - from);
    nt_crit_note(c, line, col, "\"%s\" is offered instead of a degree, but only total years of experience can "
                 "replace one; %s", shown, outcome);
    g_free(shown);
}

/* The years of higher_with_years_or_lower and higher_route_covered: the
 * experience reader skips their words (or_from, or_to) as it does an
 * alternative's, and a warning at the phrase says why they are not
 * required; LOWER_YEARS: those of the lower degree (higher_route_covered),
 * which the experience reader reads as the item's, or 0. */
static void note_unneeded_years(const nt_doc *d, nt_crit *c, const nt_item *it, const nt_toks *t,
                                const years_alt *a, gint32 lower_years)
{
    unsigned line, col;
    char years[24], lower[24];
    c->or_from = a->from;
    c->or_to = a->to;
    elg_years_format(a->years, years);
    elg_years_format(lower_years, lower);
    nt_item_pos(it, nt_tok_at(t, a->said)->start, &line, &col);
    char *shown = nt_span(t, a->said, a->said_end - a->said);
    if (lower_years)
        nt_crit_note(c, line, col, "\"%s\": a %s with %s %s of experience also meets the %s with %s %s, so the %s "
                     "and the %s %s are required", shown, level_name(d, a->level), years, elg_years_unit(a->years),
                     level_name(d, c->main.value), lower, elg_years_unit(lower_years), level_name(d, c->main.value),
                     lower, elg_years_unit(lower_years));
    else
        nt_crit_note(c, line, col, "\"%s\": the %s %s of experience go with the %s, and the %s alone meets the "
                     "item; they are not required", shown, years, elg_years_unit(a->years), level_name(d, a->level),
                     level_name(d, c->main.value));
    g_free(shown);
}

gboolean nt_read_education(nt_doc *d, nt_item *it, const nt_toks *t)
{
    guint n = nt_ntoks(t), k;
    int lowest = -1;
    guint at = 0, len = 0;
    GString *names = g_string_new(NULL);
    GArray *ms = edu_mentions(d, it->lang, t);
    drop_absent_levels(t, ms);
    years_alt alt = {0, -1, FALSE, FALSE, 0, 0, 0, 0, 0, 0};
    years_alt unneeded = alt; /* the higher degree and its years, which the lower one makes unnecessary */
    gint32 lower_years = 0;   /* the lower degree's own years (higher_route_covered) */
    const gboolean own = !it->note && it->list == NT_ESSENTIAL;
    const gboolean covered = own && higher_route_covered(&unneeded, &lower_years, d, it, t, ms);
    gboolean has_alt = !covered && years_alternative(&alt, t, ms, it->note, it->list == NT_ESSENTIAL,
                                                     it->list == NT_ESSENTIAL && follows_degree(d, it));
    if (!has_alt && !covered && own)
        has_alt = lower_with_years_or_higher(&alt, d, it, t, ms);
    const gboolean lower_alone = covered || (!has_alt && own && higher_with_years_or_lower(&unneeded, d, it, t, ms));
    /* "A Master's degree in physics. A PhD is highly desirable.": the
     * wished level is no level of the requirement (it read as "several
     * levels (master, doctorate)") */
    guint required = 0, wished_at = G_MAXUINT, wished_len = 0, required_end = 0;
    int wished_level = -1;
    for (guint i = 0; i < ms->len; i++) {
        const edu_mention *m = &g_array_index(ms, edu_mention, i);
        if (m->absorbed || (has_alt && m->at >= alt.from && m->at < alt.to) ||
            (lower_alone && m->at >= unneeded.from && m->at < unneeded.to))
            continue;
        if (it->list == NT_ESSENTIAL && wished(t, m->at + m->len, wish_limit(t, ms, i))) {
            if (wished_at == G_MAXUINT) {
                wished_at = m->at;
                wished_len = m->len;
                wished_level = m->level;
            }
        } else {
            required++;
            if (m->at < wished_at || wished_at == G_MAXUINT)
                required_end = m->at + m->len;
        }
    }
    if (!required && wished_at != G_MAXUINT && !has_alt && !lower_alone) {
        /* "A PhD is desirable." alone in an essential item: no degree is
         * required (it was the doctorate); the item is the panel's */
        g_array_free(ms, TRUE);
        g_string_free(names, TRUE);
        return FALSE;
    }
    if (!required)
        wished_at = G_MAXUINT;
    for (guint i = 0; i < ms->len; i++) {
        const edu_mention *m = &g_array_index(ms, edu_mention, i);
        if (m->absorbed || (has_alt && m->at >= alt.from && m->at < alt.to) ||
            (lower_alone && m->at >= unneeded.from && m->at < unneeded.to))
            continue;
        if (wished_at != G_MAXUINT && wished(t, m->at + m->len, wish_limit(t, ms, i)))
            continue;
        if (!strstr(names->str, level_name(d, m->level)))
            g_string_append_printf(names, "%s%s", names->len ? ", " : "", level_name(d, m->level));
        if (lowest < 0 || m->level < lowest) {
            lowest = m->level;
            at = m->at;
            len = m->len;
        }
    }
    g_array_free(ms, TRUE);
    gboolean staff = nt_find_seq(t, 0, n, staff_college, &k) >= 0;
    if (!has_alt && !lower_alone && !it->note && it->list == NT_ESSENTIAL)
        has_alt = years_before_absent(&alt, t, lowest >= 0);
    if (lowest < 0 && has_alt) {
        /* a note's years in place of the list's degree (nt_read_degree_note) */
        g_string_free(names, TRUE);
        nt_crit *c = nt_crit_new(NK_EDUCATION, it, it->text->str, it->text->len);
        nt_item_pos(it, 0, &c->line, &c->col);
        if (!it->note) {
            /* "5 years in logistics; candidates not holding a degree must
             * have 7 years": the words that offer the years, not the item */
            g_free(c->text);
            c->text = nt_span(t, alt.said, alt.said_end - alt.said);
            nt_item_pos(it, nt_tok_at(t, alt.said)->start, &c->line, &c->col);
        }
        set_alternative(c, &alt);
        if (alt.narrowed)
            note_field_years(c, it, t, &alt, "they are read as total years, and the field named with them is left "
                                             "to the panel");
        nt_note_range(c, it, t, alt.at, alt.len, alt.years);
        return TRUE;
    }
    if (lowest < 0) {
        /* not "a high degree of proficiency in English", "a certain degree
         * of autonomy": a measure, not a diploma */
        static const char *const measure[] = {"high", "higher", "great", "greater", "certain", "considerable",
                                              "strong", "significant", "utmost", "some", NULL};
        gboolean degree = FALSE;
        for (guint i = 0; i < n && !degree; i++)
            degree = nt_in(t, i, degree_words) && !(i > 0 && nt_in(t, i - 1, measure)) && !nt_degree_when(t, i);
        g_string_free(names, TRUE);
        if (!degree || it->list != NT_ESSENTIAL)
            return FALSE;
        unsigned line, col;
        nt_item_pos(it, 0, &line, &col);
        nt_crit *c = nt_crit_new(NK_PANEL, it, it->text->str, it->text->len);
        c->unnamed_degree = TRUE;
        nt_crit_note(c, line, col, "this item asks for an education but names no level eligo knows "
                     "(rules/reference/education.json); it is left to the panel");
        return TRUE;
    }
    nt_crit *c = nt_crit_new(NK_EDUCATION, it, it->text->str, it->text->len);
    nt_obs_set(&c->main, lowest, it, t, at, len);
    if (wished_at != G_MAXUINT) {
        /* the wish is the post's desirable criterion, beside the degree
         * required: written among the desirables, and said */
        guint e = wished_at;
        while (e < n && !(e > wished_at && sentence_break(t, e)))
            e++;
        guint s = sentence_start(t, wished_at);
        /* after the degree required in its sentence: "a university degree, a
         * Master's degree being an asset" */
        for (guint k = wished_at; k > s && required_end > s && required_end <= wished_at; k--)
            if (nt_clause_break(t, k) && k >= required_end) {
                s = k;
                break;
            }
        char *shown = nt_span(t, s, e - s);
        nt_crit *w = nt_crit_new(NK_EDUCATION, it, shown, strlen(shown));
        nt_obs_set(&w->main, wished_level, it, t, wished_at, wished_len);
        w->line = w->main.line;
        w->col = w->main.col;
        w->wished = TRUE;
        nt_crit_note(w, w->line, w->col, "\"%s\" names a degree as desirable in an essential item: it is not "
                     "required, and is read as a desirable criterion", shown);
        g_free(shown);
    }
    c->line = c->main.line;
    c->col = c->main.col;
    c->staff_college = staff;
    if (has_alt)
        set_alternative(c, &alt);
    if (has_alt && alt.narrowed)
        note_field_years(c, it, t, &alt, "they are read as total years, and the field named with them is left "
                                         "to the panel");
    for (guint i = 0; i < n && !c->equivalent; i++)
        c->equivalent = nt_in(t, i, equivalent_words);
    if (strchr(names->str, ','))
        nt_crit_note(c, c->line, c->col, "the education item names several levels (%s); the lowest, %s, is required",
                     names->str, level_name(d, lowest));
    if (has_alt)
        nt_note_range(c, it, t, alt.at, alt.len, alt.years); /* "or 8 to 10 years": 8 meet it */
    if (has_alt && alt.level >= 0)
        note_training(c, it, t);
    if (lower_alone)
        note_unneeded_years(d, c, it, t, &unneeded, lower_years);
    g_string_free(names, TRUE);
    return TRUE;
}
