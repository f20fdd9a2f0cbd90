/* Where an item's requirements are cut apart (nt_next_part): "have a
 * university degree, a valid driving licence and 5 years of experience"
 * is three requirements, "experience in logistics and procurement" one.
 * Words only, but for the field phrases after "and the": what each part
 * asks is read in notice_criteria.c, which makes a panel criterion of a
 * part no reader takes. */
#include "notice_int.h"
#include <string.h>

/* How many words before word I link another requirement to what came
 * before ("and", "as well as", "plus", "ainsi que"), or 0; a comma links
 * too (*COMMA). */
static guint linker_before(const nt_toks *t, guint i, gboolean *comma)
{
    static const char *const links[] = {"and", "et", "plus", "as well as", "together with", "along with",
                                        "ainsi que", NULL};
    *comma = FALSE;
    for (const char *const *l = links; *l; l++) {
        guint k = 1;
        for (const char *c = *l; *c; c++)
            k += *c == ' ';
        if (i >= k && nt_seq(t, i - k, *l) == k)
            return k;
    }
    for (guint p = i ? nt_tok_at(t, i - 1)->end : 0; i && p < nt_tok_at(t, i)->start; p++)
        *comma |= t->text[p] == ',';
    return 0;
}

/* Words after "and" that open a requirement of their own, whatever it
 * names: a quality ("and excellent drafting skills", "et d'excellentes
 * capacités") or, in English, "the" ("and the PRINCE2 certification").
 * No field of experience starts so: "and procurement" goes on with the
 * field before it.  (French fields are joined by "et la", "et le".) */
static const char *const en_opening[] = {"the", "excellent", "strong", "good", "very", "proven", "sound",
                                         "solid", "outstanding", "exceptional", "demonstrated",
                                         "demonstrable", "thorough", "fluent", NULL};
static const char *const fr_opening[] = {"excellent", "excellente", "excellents", "excellentes", "bon",
                                         "bons", "bonne", "bonnes", "solide", "solides", "tres", NULL};

guint nt_parallel_the(const nt_toks *t, guint j)
{
    static const char *const leads[] = {"in", "of", "on", NULL};
    if (j < 4 || !nt_is(t, j, "the") || !nt_is(t, j - 1, "and") || !nt_is(t, j + 2, "of"))
        return 0;
    for (guint k = j - 1; k <= j + 2; k++)
        if (nt_clause_break(t, k))
            return 0;
    for (guint w = 1; w <= 2 && j >= w + 3; w++) {
        const guint a = j - 2 - w; /* "the" before the first noun */
        gboolean joined = TRUE;
        for (guint k = a; k < j - 1; k++)
            joined &= !nt_clause_break(t, k + 1) && !nt_tok_at(t, k)->number;
        if (joined && nt_is(t, a, "the") && nt_in(t, a - 1, leads))
            return a + 1;
    }
    return 0;
}

/* Are words [I, E) a few words that say where the experience was gained
 * ("in NATO", "in an international organisation", "within the Alliance"),
 * no requirement of their own? */
static gboolean qualifier(const nt_toks *t, guint i, guint e)
{
    static const char *const leads[] = {"in", "within", "at", "inside", "across", "with", NULL};
    static const char *const links[] = {"and", "or", "as", NULL};
    if (i >= e || !nt_in(t, i, leads))
        return FALSE;
    /* up to a link: "in NATO and the PRINCE2 certification" is a part of its own */
    guint k = i;
    for (; k < e && !nt_in(t, k, links); k++)
        if (k >= i + 6 || nt_in(t, k, nt_item_verbs) || nt_tok_at(t, k)->number)
            return FALSE;
    return k < e ? k > i + 1 : TRUE;
}

/* Is a phrase of the experience fields (fields.json) all the words from J
 * to the end of the clause ("and the management of projects"), but for
 * a qualifier ("in NATO")?  Then the
 * "the" before it names a second field of the years, as "and procurement"
 * does, not a requirement of its own. */
static gboolean field_named(const nt_vocab *v, const nt_toks *t, guint j)
{
    if (!v || j >= nt_ntoks(t))
        return FALSE;
    guint e = j + 1;
    while (e < nt_ntoks(t) && !nt_clause_break(t, e))
        e++;
    GArray *hits = nt_hits(t, j, e, &v->fields[NT_EN], 1);
    const gboolean whole = hits->len >= 1 && g_array_index(hits, nt_hit, 0).start == j &&
                           (g_array_index(hits, nt_hit, 0).n == e - j ||
                            qualifier(t, j + g_array_index(hits, nt_hit, 0).n, e));
    g_array_free(hits, TRUE);
    return whole;
}

/* Is word J one of them?  Not the "the" of "and the other at level II",
 * "and the equivalent of 2 years", which go on with what came before. */
static gboolean opening_at(const nt_vocab *v, const nt_toks *t, nt_lang lang, guint j)
{
    static const char *const going_on[] = {"other", "second", "latter", "former", "same", "equivalent", NULL};
    if (lang == NT_EN && nt_is(t, j, "the") && nt_in(t, j + 1, going_on))
        return FALSE;
    if (lang == NT_EN && nt_parallel_the(t, j))
        return FALSE;
    if (lang == NT_EN && nt_is(t, j, "the") && field_named(v, t, j + 1))
        return FALSE;
    return nt_in(t, j, lang == NT_FR ? fr_opening : en_opening);
}

/* The word that may open a part at word I after a linker: after the "d"
 * or "de" of "et d'une", "et de solides". */
static guint part_word(const nt_toks *t, nt_lang lang, guint i)
{
    if (lang == NT_FR && nt_is(t, i, "d"))
        return i + 1;
    if (lang == NT_FR && nt_is(t, i, "de") && nt_in(t, i + 1, fr_opening))
        return i + 1;
    return i;
}

/* The nouns of a skill, a certificate or a licence. */
static const char *const skill_heads[] = {"skills", "skill", "certification", "certificate", "licence", "license",
                                          "abilities", "ability", "competences", "capacites", "aptitudes", NULL};

/* The words that end a degree or years, after which a skill is a
 * requirement of its own ("a university degree, excellent drafting
 * skills"), not a part of a field ("in logistics, the defence sector"). */
static const char *const data_ends[] = {"degree", "degrees", "diploma", "diplome", "universitaire", "equivalent",
                                        "experience", "years", "ans", "annees", NULL};

/* Is the part at word J, after a linker or a comma, a skill, a
 * certificate or a licence ("PRINCE2 certification", "drafting skills",
 * "certification PRINCE2") after the degree or the years, "a university
 * degree and PRINCE2 certification", "5 years of experience, excellent
 * drafting skills"?
 * "experience in training and skills development" is none. */
static gboolean named_apart(const nt_toks *t, nt_lang lang, guint j)
{
    gboolean comma;
    const guint i = lang == NT_FR && j > 0 && nt_is(t, j - 1, "d") ? j - 1 : j;
    const guint k = linker_before(t, i, &comma);
    if ((k == 0 && !comma) || i < k + 1 || !nt_in(t, i - k - 1, data_ends))
        return FALSE;
    if (lang == NT_FR) {
        /* "et de la certification PRINCE2" */
        static const char *const fr_determiners[] = {"de", "d", "la", "le", "les", "l", "du", "des", NULL};
        for (guint w = j; w < j + 3; w++)
            if (!nt_in(t, w, fr_determiners))
                return nt_in(t, w, skill_heads);
        return FALSE;
    }
    guint e = j + 1;
    while (e < nt_ntoks(t) && e < j + 5 && !nt_clause_break(t, e) && linker_before(t, e, &comma) == 0)
        e++;
    return (e == nt_ntoks(t) || nt_clause_break(t, e)) && nt_in(t, e - 1, skill_heads);
}

gboolean nt_part_opens(const nt_vocab *v, const nt_toks *t, nt_lang lang, guint j)
{
    return nt_in(t, j, nt_item_verbs) || opening_at(v, t, lang, j) || named_apart(t, lang, j);
}

static const char *const en_articles[] = {"a", "an", NULL}, *const fr_articles[] = {"un", "une", NULL};

static gboolean article_at(const nt_toks *t, nt_lang lang, guint j)
{
    return nt_in(t, j, lang == NT_FR ? fr_articles : en_articles);
}

/* Is there a comma between words I - 1 and I? */
static gboolean comma_before(const nt_toks *t, guint i)
{
    gboolean comma;
    return i > 0 && i < nt_ntoks(t) && linker_before(t, i, &comma) == 0 && comma;
}

/* Does the article at word J after a comma name one of a list of
 * requirements, "a university degree, a valid driving licence and 5
 * years of experience": is the list closed by "and" and a requirement (an
 * article, a verb, a quality, a number) after it?  Not "5 years in
 * procurement, a field where budgets and contracts ...". */
static gboolean listed_at(const nt_vocab *vo, const nt_toks *t, nt_lang lang, guint j)
{
    gint64 v;
    guint k;
    for (guint i = j + 1, n = nt_ntoks(t); i < n; i++) {
        gboolean comma;
        if (linker_before(t, i, &comma) == 0)
            continue;
        const guint w = part_word(t, lang, i);
        /* "et de cinq ans" */
        const guint x = w + (lang == NT_FR && nt_is(t, w, "de"));
        return article_at(t, lang, w) || nt_part_opens(vo, t, lang, w) || nt_number(t, x, &v, &k);
    }
    return FALSE;
}

/* "hold a university degree and experience in logistics": experience of
 * its own after "and" (at word J, the linker's K words before it), not
 * "education and experience in", "knowledge and experience of", which
 * share what follows. */
static gboolean experience_apart(const nt_toks *t, guint i, guint k, guint j)
{
    static const char *const words[] = {"experience", "experiences", NULL};
    static const char *const leads[] = {"in", "of", "with", "working", "en", "dans", "de", "d", NULL};
    static const char *const shared[] = {"education", "training", "qualification", "qualifications",
                                         "knowledge", "skills", "expertise", "formation", "connaissance",
                                         "connaissances", "competences", "qualifications", NULL};
    return k > 0 && i > k && nt_in(t, j, words) && nt_in(t, j + 1, leads) && !nt_clause_break(t, j + 1) &&
           !nt_in(t, i - k - 1, shared);
}

/* Where, after word FROM of T, another requirement starts: a verb, a
 * quality or an article after "and" or "as well as", a verb after a comma
 * ("and have excellent drafting skills", ", have", "and excellent drafting
 * skills", "et d'une certification": at "une"), an article after a comma
 * in a list closed by "and" (listed_at), and the "and" that closes it, a
 * skill after the degree or years (named_apart), years after a skill; or
 * the number of words; in *END where the one before ends.  "and 2 years",
 * "and II in the other" or "and development" go on with what came before. */
guint nt_next_part(const nt_vocab *v, const nt_toks *t, nt_lang lang, guint from, guint *end)
{
    const guint n = nt_ntoks(t);
    /* FROM starts an element of a list: the next "and" ends it */
    const guint before = from > 0 && lang == NT_FR && nt_is(t, from - 1, "d") ? from - 1 : from;
    const gboolean element = (article_at(t, lang, from) || opening_at(v, t, lang, from)) &&
                             comma_before(t, before);
    gboolean inner_comma = FALSE; /* "have, in a similar position, a minimum of" */
    for (guint i = from + 1; i < n; i++) {
        gboolean comma;
        const guint k = linker_before(t, i, &comma);
        if (k == 0 && !comma)
            continue;
        const guint j = part_word(t, lang, i);
        /* after a comma only a verb, or an article in a list: "avoir acquis,
         * dans le cadre de ..., une expérience" is one requirement */
        const gboolean list = k == 0 && !inner_comma &&
                              (article_at(t, lang, j) ||
                               (opening_at(v, t, lang, j) && nt_in(t, i - 1, data_ends))) &&
                              listed_at(v, t, lang, j);
        inner_comma |= comma;
        /* "have excellent drafting skills and 5 years of experience": the
         * years' field is not in the skills ("capacités rédactionnelles et
         * cinq ans": the noun before its adjective) */
        gint32 milli;
        guint dk;
        const gboolean years = k > 0 && i > k &&
                               (nt_in(t, i - k - 1, skill_heads) ||
                                (lang == NT_FR && i > k + 1 && nt_in(t, i - k - 2, skill_heads))) &&
                               nt_duration(t, j, &milli, &dk);
        if (i - k > from && (nt_in(t, j, nt_item_verbs) || list || (k > 0 && element) || years ||
                             experience_apart(t, i, k, j) ||
                             (k == 0 && named_apart(t, lang, j)) ||
                             (k > 0 && (nt_part_opens(v, t, lang, j) || article_at(t, lang, j))))) {
            *end = i - k;
            return j;
        }
    }
    *end = n;
    return n;
}
