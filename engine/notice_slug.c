/* Short ids for panel items (notice_int.h): the key words of the wording,
 * without the lead-in ("have strong", "be able to") and the qualifiers, so
 * that "have strong interpersonal skills, including …" is
 * interpersonal_skills and "be able to draft quickly, …" is drafting.  A
 * file answers such an item with a q_<id> column, so ids must be readable
 * and must not change from one run to the next. */
#include "notice_int.h"

#include <string.h>

#define SLUG_WORDS 3
#define SLUG_MAX 40

/* Words that only lead in or qualify. */
static const char *const lead_en[] = {
    "have", "has", "possess", "hold", "be", "being", "demonstrate", "demonstrated", "show",
    "maintain", "must", "should", "a", "an", "the", "very", "good", "strong", "excellent",
    "solid", "sound", "proven", "demonstrable", "thorough", "great", "high", "highly",
    "extensive", "considerable", "deep", "broad", "effective", "basic", "well", "developed",
    "outstanding", "superior", "exceptional", "keen", "clear", "full", "some", "previous",
    "prior", "relevant", "current", "modern", "various", "proper", "adequate", "significant",
    "experienced", "experience", "fully", "also", "s", NULL};
/* "be able to VERB": the skill is the verb, named as a noun (drafting). */
static const char *const able_en[] = {"able", "ability", "capacity", "capable", "willing",
                                      "prepared", "ready", NULL};
static const char *const lead_fr[] = {
    "avoir", "etre", "posseder", "faire", "preuve", "de", "d", "des", "du", "la", "le", "les",
    "l", "un", "une", "tres", "bonne", "bonnes", "bon", "bons", "excellente", "excellentes",
    "excellent", "excellents", "solide", "solides", "grande", "grandes", "pouvoir", "savoir",
    "mesure", "apte", "disposer", "demontrer", "justifier", "capable", "capacite", "aptitude",
    "solide", "reelle", "reelles", "approfondie", "approfondies", "bien", "avere", "averee",
    "probante", "s", NULL};
/* Words where the key words end (prepositions, conjunctions). */
static const char *const stop_en[] = {
    "in", "of", "with", "for", "to", "and", "or", "including", "such", "as", "within", "on",
    "at", "by", "from", "into", "across", "e", "g", "eg", "i", "ie", "through", "both",
    "which", "that", "who", "while", "whilst", "when", "where", "if", NULL};
static const char *const stop_fr[] = {
    "de", "d", "du", "des", "et", "ou", "dans", "en", "avec", "pour", "a", "au", "aux", "sur",
    "par", "notamment", "y", "ainsi", "que", "qui", "lorsque", "si", "entre", NULL};
/* Stops that may be crossed while fewer than two key words are found
 * ("understanding of NATO", "collaboration and communication skills"). */
static const char *const cross[] = {"of", "in", "and", "or", "with", "de", "d", "du", "des",
                                    "et", "ou", "en", "dans", NULL};

/* "draft" -> "drafting", "coordinate" -> "coordinating". */
static void gerund(GString *s, const char *verb)
{
    size_t n = strlen(verb);
    if (n > 4 && g_str_has_suffix(verb, "ing")) {
        g_string_append(s, verb);
        return;
    }
    if (n > 2 && verb[n - 1] == 'e' && verb[n - 2] != 'e')
        n--;
    g_string_append_len(s, verb, (gssize)n);
    g_string_append(s, "ing");
}

static gboolean adverb(const char *f, nt_lang lang)
{
    size_t n = strlen(f);
    if (lang == NT_EN)
        return n > 4 && g_str_has_suffix(f, "ly") && strcmp(f, "family") && strcmp(f, "supply") &&
               strcmp(f, "assembly") && strcmp(f, "italy");
    return n > 6 && g_str_has_suffix(f, "ment");
}

static gboolean ascii_word(const char *f)
{
    for (; *f; f++)
        if (!g_ascii_isalnum(*f))
            return FALSE;
    return TRUE;
}

char *nt_slug(const char *text, nt_lang lang)
{
    nt_toks t;
    nt_toks_init(&t, text, strlen(text));
    const char *const *lead = lang == NT_EN ? lead_en : lead_fr;
    const char *const *stop = lang == NT_EN ? stop_en : stop_fr;
    GString *s = g_string_new(NULL);
    guint words = 0, n = nt_ntoks(&t);
    gboolean verb = FALSE;
    for (guint i = 0; i < n && words < SLUG_WORDS; i++) {
        const char *f = nt_f(&t, i);
        if (words == 0 && lang == NT_EN && nt_in(&t, i, able_en)) {
            verb = TRUE;
            continue;
        }
        guint k;
        /* "failing that, have 10 years in F" (failing_item): the marker names nothing */
        if (words == 0 && nt_find_seq(&t, i, n, nt_failing_markers, &k) == (int)i) {
            i += k - 1;
            continue;
        }
        if (words > 0 && nt_clause_break(&t, i))
            break;
        if (adverb(f, lang) || (words == 0 && nt_in(&t, i, lead)) || !ascii_word(f) ||
            nt_tok_at(&t, i)->number)
            continue;
        if (nt_in(&t, i, stop)) {
            if (words == 0 || (words < 2 && nt_in(&t, i, cross)))
                continue;
            break;
        }
        if (words > 0 && nt_in(&t, i, lead))
            continue; /* "knowledge of the …", "and very good …" */
        if (s->len + strlen(f) + 1 > SLUG_MAX)
            break;
        if (s->len)
            g_string_append_c(s, '_');
        if (verb && words == 0)
            gerund(s, f);
        else
            g_string_append(s, f);
        words++;
    }
    nt_toks_clear(&t);
    if (s->len == 0)
        g_string_append(s, "requirement");
    return g_string_free(s, FALSE);
}
