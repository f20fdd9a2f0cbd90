/* From CSV records to stored rows: cell normalisation (the header's mapping
 * is load_headers.c's). */
#include "load_row.h"

#include <string.h>
#include "diags.h"
#include "errors.h"
#include "fold.h"
#include "values.h"

const char *const elg_column_names[ELG_COL__COUNT] = {
#define X(e, name, type, aliases) name,
    ELG_COLUMNS(X)
#undef X
};
const elg_value_type elg_column_types[ELG_COL__COUNT] = {
#define X(e, name, type, aliases) type,
    ELG_COLUMNS(X)
#undef X
};
const char *const elg_column_aliases[ELG_COL__COUNT] = {
#define X(e, name, type, aliases) aliases,
    ELG_COLUMNS(X)
#undef X
};

/* One entry of elg_columns_help: NAME, then the words of TEXT filled into
 * lines of 78 characters at most, indented under the first. */
static void help_entry(GString *out, const char *name, const char *text)
{
    enum { INDENT = 28, WIDTH = 78 };
    gchar **words = g_strsplit(text, " ", -1);
    gsize line = out->len;
    g_string_append_printf(out, "  %s", name);
    for (char **w = words; *w; w++) {
        const gsize used = out->len - line, need = strlen(*w) + (w == words ? 0 : 1);
        if (w == words && used < INDENT) {
            g_string_append_printf(out, "%*s", (int)(INDENT - used), "");
        } else if (w == words || used + need > WIDTH) {
            g_string_append_c(out, '\n');
            line = out->len;
            g_string_append_printf(out, "%*s", INDENT, "");
        } else {
            g_string_append_c(out, ' ');
        }
        g_string_append(out, *w);
    }
    g_string_append_c(out, '\n');
    g_strfreev(words);
}

void elg_columns_help(GString *out)
{
    for (int c = 0; c < ELG_COL__COUNT; c++) {
        gchar **aliases = g_strsplit(elg_column_aliases[c], "|", -1);
        gchar *listed = g_strjoinv(", ", aliases);
        help_entry(out, elg_column_names[c], listed);
        g_free(listed);
        g_strfreev(aliases);
    }
    help_entry(out, "Nationality N, Nth nationality", "other_nationalities, for N of 2 or more: "
                                                      "Nationality 3, Third nationality, Nationalité 3, "
                                                      "Troisième nationalité; every such column is read");
    help_entry(out, "experience_FIELD, exp_FIELD", "years of experience in FIELD");
    help_entry(out, "q_CRITERION", "yes or no: the candidate's answer to the question of criterion CRITERION");
    help_entry(out, "language_CODE, LANGUAGE", "the level in a language other than English and French: "
                                               "German, Deutsch, German level, Niveau d'allemand, language_de");
    help_entry(out, "HEADER (NOTE), HEADER [NOTE]",
               "a header that matches nothing is read without its note: English (CEFR), Staff college "
               "(yes/no), Clearance [level]; Experience (yrs) is experience_years; a column in months, "
               "Experience (months), or of years a note may narrow, Years of experience (NATO), is not read");
}

/* --- memoised lookups (load_memo.h): the same answer as the call ------- */

enum { MEMO_COUNTRY = 1, MEMO_EDUCATION, MEMO_LEVEL, MEMO_CLEARANCE, MEMO_SKILL, MEMO_LANGUAGE,
       MEMO_YEARS, MEMO_YESNO, MEMO_DATE, MEMO_FIELD };

static gboolean split_gloss(const char *s, size_t len, const char **name, size_t *nlen,
                            const char **gloss, size_t *glen);

/* Is byte C inside a word (a letter, a digit, or part of a UTF-8
 * character)? */
static gboolean word_byte(char c)
{
    return g_ascii_isalnum(c) || (unsigned char)c >= 0x80;
}

/* Is the word W of N bytes one of the K WORDS, in any ASCII case? */
static gboolean listed_word(const char *const *words, size_t k, const char *w, size_t n)
{
    for (size_t j = 0; j < k; j++)
        if (strlen(words[j]) == n && g_ascii_strncasecmp(w, words[j], n) == 0)
            return TRUE;
    return FALSE;
}

/* Where the next word of S at or after A starts, past the gaps and the
 * K WORDS that follow A ("of", "de la": words that link two others). */
static size_t after_words(const char *s, size_t a, size_t len, const char *const *words, size_t k)
{
    for (;;) {
        while (a < len && !word_byte(s[a]))
            a++;
        size_t e = a;
        while (e < len && word_byte(s[e]))
            e++;
        if (e == a || !listed_word(words, k, s + a, e - a))
            return a;
        a = e;
    }
}

/* Does S (LEN bytes) begin with the word "the"?  Its length then, else 0. */
static size_t the_prefix(const char *s, size_t len)
{
    return len > 4 && g_ascii_strncasecmp(s, "the ", 4) == 0 ? 4 : 0;
}

/* The country S names, as ISO 3166's own short names write it too: "The
 * United States of America", "United States of America (the)", "Korea
 * (the Republic of)" (country lists of applicant-tracking forms are made
 * from them).  0 if none. */
static guint8 country_named(const elg_reference *ref, const char *s, size_t len)
{
    guint8 code = elg_ref_country(ref, s, len);
    size_t t = the_prefix(s, len);
    if (!code && t)
        code = elg_ref_country(ref, s + t, len - t);
    const char *name, *gloss;
    size_t nlen, glen;
    if (code || !split_gloss(s, len, &name, &nlen, &gloss, &glen) || !nlen)
        return code;
    if (glen == 3 && g_ascii_strncasecmp(gloss, "the", 3) == 0)
        return elg_ref_country(ref, name, nlen);
    /* the name written twice: "Czech Republic (Czechia)" */
    code = elg_ref_country(ref, name, nlen);
    if (code && glen && code == elg_ref_country(ref, gloss, glen))
        return code;
    t = the_prefix(gloss, glen);
    char turned[ELG_FOLD_MAX];
    if (!glen || glen - t + 1 + nlen >= sizeof turned)
        return 0;
    memcpy(turned, gloss + t, glen - t);
    turned[glen - t] = ' ';
    memcpy(turned + glen - t + 1, name, nlen);
    return elg_ref_country(ref, turned, glen - t + 1 + nlen);
}

/* S without a word of the K WORDS at its start, with the NL LINKING words
 * after it ("citizen of France", "certifié PRINCE2"), or at its end
 * ("British citizen", "CISSP (certified)"): the rest in *REST, *RLEN, from
 * its first word to its last word or closing bracket.  FALSE when neither
 * edge is such a word, or nothing is left. */
static gboolean without_edge_word(const char *s, size_t len, const char *const *words, size_t k,
                                  const char *const *linking, size_t nl, const char **rest, size_t *rlen)
{
    size_t a = 0, b = len, w = 0;
    while (w < len && word_byte(s[w]))
        w++;
    if (listed_word(words, k, s, w)) {
        a = after_words(s, w, len, linking, nl);
    } else {
        size_t e = len;
        while (e > 0 && !word_byte(s[e - 1]))
            e--;
        size_t v = e;
        while (v > 0 && word_byte(s[v - 1]))
            v--;
        if (!listed_word(words, k, s + v, e - v))
            return FALSE;
        b = v;
    }
    while (a < b && !word_byte(s[a]))
        a++;
    while (b > a && !word_byte(s[b - 1]) && s[b - 1] != ')')
        b--;
    *rest = s + a;
    *rlen = b - a;
    return a < b;
}

/* The country of "British citizen", "citizen of France", "German national",
 * "Nationality: French", "ressortissant belge", "citoyenne de la France"
 * (free-text form fields): a word that says citizen before or after a
 * country; 0 when S is no such thing. */
static guint8 citizen_country(const elg_reference *ref, const char *s, size_t len)
{
    static const char *const citizen[] = {"citizen",   "national",     "nationality",   "citizenship",
                                          "passport",  "ressortissant", "ressortissante", "citoyen",
                                          "citoyenne", "nationalit\xc3\xa9", "dual",       "double"};
    /* "Dual nationality: FR/DE" as forms ask it: the word's own nouns link too */
    static const char *const linking[] = {"of", "de", "du", "la", "le", "d", "l", "nationality", "citizenship",
                                          "nationalit\xc3\xa9"};
    const char *rest;
    size_t rlen;
    return without_edge_word(s, len, citizen, G_N_ELEMENTS(citizen), linking, G_N_ELEMENTS(linking), &rest, &rlen)
               ? country_named(ref, rest, rlen)
               : 0;
}

/* The country S names, alone or said to be the candidate's citizenship;
 * "&" for "and" ("Trinidad & Tobago"). */
static guint8 country_of(const elg_reference *ref, const char *s, size_t len)
{
    guint8 code = country_named(ref, s, len);
    if (!code)
        code = citizen_country(ref, s, len);
    const char *amp = code ? NULL : memchr(s, '&', len);
    char spelt[ELG_FOLD_MAX];
    if (amp && len + 2 < sizeof spelt) {
        const size_t at = (size_t)(amp - s);
        memcpy(spelt, s, at);
        memcpy(spelt + at, "and", 3);
        memcpy(spelt + at + 3, amp + 1, len - at - 1);
        code = country_named(ref, spelt, len + 2);
    }
    return code;
}

/* A cell as Excel writes text it must not read as a number, `="00123"`
 * (leading zeros kept): the text inside, trimmed, its doubled quotes made
 * single (copied then, into the store's strings: an id is read at the
 * row's end).  Only that exact form: `="a"&B2` is a formula, left as it
 * is.  FALSE when S is not one. */
static gboolean excel_text(elg_loader *L, const char **s, size_t *len)
{
    const char *t = *s;
    size_t n = *len;
    if (n < 3 || t[1] != '"' || t[n - 1] != '"')
        return FALSE;
    t += 2;
    n -= 3;
    gboolean doubled = FALSE;
    for (size_t i = 0; i < n; i++)
        if (t[i] == '"') {
            if (i + 1 == n || t[i + 1] != '"')
                return FALSE;
            doubled = TRUE;
            i++;
        }
    if (doubled) {
        GString *u = g_string_sized_new(n);
        for (size_t i = 0; i < n; i++) {
            g_string_append_c(u, t[i]);
            i += t[i] == '"';
        }
        t = g_string_chunk_insert_len(L->p->strings, u->str, (gssize)u->len);
        n = u->len;
        g_string_free(u, TRUE);
    }
    *s = elg_trim(t, &n);
    *len = n;
    return TRUE;
}

/* Is S, a value that matched nothing, `="..."`?  Its text inside then, in
 * *S and *LEN, for the lookup to try once more: no value that matches
 * pays for the form. */
static inline gboolean excel_retry(elg_loader *L, const char **s, size_t *len)
{
    return *len && **s == '=' && excel_text(L, s, len);
}

static guint8 memo_country(elg_loader *L, const char *s, size_t len)
{
    gint64 v;
    if (!elg_memo_get(L->memo, MEMO_COUNTRY, s, len, &v)) {
        const char *t = s;
        size_t n = len;
        v = country_of(L->p->ref, s, len);
        if (!v && excel_retry(L, &t, &n))
            v = country_of(L->p->ref, t, n);
        elg_memo_put(L->memo, MEMO_COUNTRY, s, len, v);
    }
    return (guint8)v;
}

static int memo_int(elg_loader *L, guint8 kind, const char *s, size_t len,
                    int (*lookup)(const elg_reference *, const char *, size_t))
{
    gint64 v;
    if (!elg_memo_get(L->memo, kind, s, len, &v)) {
        const char *t = s;
        size_t n = len;
        v = lookup(L->p->ref, s, len);
        if (v < 0 && excel_retry(L, &t, &n))
            v = lookup(L->p->ref, t, n);
        elg_memo_put(L->memo, kind, s, len, v);
    }
    return (int)v;
}

static const void *memo_ptr(elg_loader *L, guint8 kind, const char *s, size_t len,
                            const void *(*lookup)(const elg_reference *, const char *, size_t))
{
    gint64 v;
    if (!elg_memo_get(L->memo, kind, s, len, &v)) {
        const char *t = s;
        size_t n = len;
        v = (gint64)(gintptr)lookup(L->p->ref, s, len);
        if (!v && excel_retry(L, &t, &n))
            v = (gint64)(gintptr)lookup(L->p->ref, t, n);
        elg_memo_put(L->memo, kind, s, len, v);
    }
    return (const void *)(gintptr)v;
}

/* "NAME (GLOSS)": the trimmed text before S's last "(" and inside it, when
 * S ends with ")" (either may be empty). */
static gboolean split_gloss(const char *s, size_t len, const char **name, size_t *nlen,
                            const char **gloss, size_t *glen)
{
    if (len < 2 || s[len - 1] != ')')
        return FALSE;
    const char *open = NULL;
    for (const char *o = s + len - 2; o >= s && !open; o--)
        open = *o == '(' ? o : NULL;
    if (!open)
        return FALSE;
    *nlen = (size_t)(open - s);
    *name = elg_trim(s, nlen);
    *glen = (size_t)(s + len - 1 - open - 1);
    *gloss = elg_trim(open + 1, glen);
    return TRUE;
}

/* "NAME - GLOSS" (or an en dash): the trimmed halves around S's only
 * spaced dash, both non-empty. */
static gboolean split_dash(const char *s, size_t len, const char **name, size_t *nlen,
                           const char **gloss, size_t *glen)
{
    const char *at = NULL;
    size_t w = 0;
    for (size_t i = 1; i + 2 < len; i++) {
        size_t d = s[i] == '-' ? 1 : (i + 4 < len && memcmp(s + i, "\xe2\x80\x93", 3) == 0) ? 3 : 0;
        if (!d || s[i - 1] != ' ' || s[i + d] != ' ')
            continue;
        if (at)
            return FALSE;
        at = s + i;
        w = d;
    }
    if (!at)
        return FALSE;
    *nlen = (size_t)(at - s);
    *name = elg_trim(s, nlen);
    *glen = (size_t)(s + len - at - w);
    *gloss = elg_trim(at + w, glen);
    return *nlen > 0 && *glen > 0;
}

/* LOOKUP of S, or of "NAME (GLOSS)" as forms write a level twice
 * ("Advanced (V)", "NATO SECRET (NS)", "Fluent (V)"): the level the gloss
 * names, unless the name names another.  A gloss that names no level may
 * qualify the name ("Bachelor (in progress)", "NS (expired)"), so the name
 * alone is not taken, unless the gloss is its first word written after it
 * ("Secret (NATO)"); else -1. */
static int with_gloss(int (*lookup)(const elg_reference *, const char *, size_t),
                      const elg_reference *ref, const char *s, size_t len)
{
    const int whole = lookup(ref, s, len);
    const char *name, *gloss;
    size_t nlen, glen;
    if (whole < 0 && split_dash(s, len, &name, &nlen, &gloss, &glen)) {
        /* "C1 - Advanced" as dropdowns list levels: both halves, agreeing */
        const int a = lookup(ref, name, nlen);
        return a >= 0 && a == lookup(ref, gloss, glen) ? a : -1;
    }
    if (whole >= 0 || !split_gloss(s, len, &name, &nlen, &gloss, &glen))
        return whole;
    const int a = nlen ? lookup(ref, name, nlen) : -1, b = glen ? lookup(ref, gloss, glen) : -1;
    if (b >= 0)
        return a >= 0 && a != b ? -1 : b;
    if (!glen) /* "Intermediate ()" */
        return a;
    char turned[64];
    if (!nlen || glen + 1 + nlen > sizeof turned)
        return -1;
    memcpy(turned, gloss, glen);
    turned[glen] = ' ';
    memcpy(turned + glen + 1, name, nlen);
    return lookup(ref, turned, glen + 1 + nlen);
}

/* Why with_gloss refused "NAME (GLOSS)" whose NAME is a level, or WHAT:
 * the list of levels would read as a contradiction beside "Bachelor". */
static const char *gloss_refused(int (*lookup)(const elg_reference *, const char *, size_t),
                                 const elg_reference *ref, const char *s, size_t len, const char *what)
{
    const char *name, *gloss;
    size_t nlen, glen;
    if (split_dash(s, len, &name, &nlen, &gloss, &glen) && lookup(ref, name, nlen) >= 0 &&
        lookup(ref, gloss, glen) >= 0)
        return "names two levels that disagree; read as unknown";
    if (!split_gloss(s, len, &name, &nlen, &gloss, &glen) || !nlen || lookup(ref, name, nlen) < 0)
        return what;
    return glen && lookup(ref, gloss, glen) >= 0
               ? "names two levels that disagree; read as unknown"
               : "has a parenthesis that qualifies the level; read as unknown, for a person to judge";
}

static gboolean prefix_gap(char c)
{
    return c == ' ' || c == ':' || c == '-' || c == '.';
}

/* Is S of LEN bytes one word of a level's notation: a Roman numeral or a
 * CEFR code the table knows? */
static gboolean notation_level(const elg_reference *ref, const char *s, size_t len, gboolean cefr)
{
    if (cefr) {
        const char letter = (char)(s[0] | 0x20);
        if (len != 2 || letter < 'a' || letter > 'c' || (s[1] != '1' && s[1] != '2'))
            return FALSE;
    } else {
        if (len > 3)
            return FALSE;
        for (size_t j = 0; j < len; j++)
            if ((s[j] | 0x20) != 'i' && (s[j] | 0x20) != 'v' && (s[j] | 0x20) != 'x')
                return FALSE;
    }
    return elg_ref_level(ref, s, len) >= 0;
}

static gboolean level_pair(const elg_reference *ref, const char *s, size_t len);

/* "Level V", "Niveau IV", "CEFR C1", "NATO V", "Niveau avancé", as forms
 * write a level: the word, then a bare Roman numeral, CEFR code or level
 * name, as the word allows (after CEFR or its French CECR, CECRL, a CEFR
 * code only; after NATO or OTAN, a Roman numeral of its scale only); else
 * -1.  Digits after it are not read: "Level 3" may be a STANAG 6001 level
 * (3 is V there), or III. */
static int prefixed_level(const elg_reference *ref, const char *s, size_t len)
{
    static const struct {
        const char *word;
        gboolean roman, cefr, name;
    } prefixes[] = {{"level", TRUE, TRUE, TRUE}, {"niveau", TRUE, TRUE, TRUE}, {"cefr", FALSE, TRUE, FALSE},
                    {"cecrl", FALSE, TRUE, FALSE}, {"cecr", FALSE, TRUE, FALSE},  {"nato", TRUE, FALSE, FALSE},
                    {"otan", TRUE, FALSE, FALSE}};
    for (size_t k = 0; k < G_N_ELEMENTS(prefixes); k++) {
        const size_t n = strlen(prefixes[k].word);
        if (len <= n + 1 || g_ascii_strncasecmp(s, prefixes[k].word, n) != 0 ||
            !prefix_gap(s[n]))
            continue;
        size_t i = n;
        while (i < len && prefix_gap(s[i]))
            i++;
        const char *v = s + i;
        const size_t vlen = len - i;
        if (!vlen)
            return -1;
        if ((prefixes[k].roman && notation_level(ref, v, vlen, FALSE)) ||
            (prefixes[k].cefr && notation_level(ref, v, vlen, TRUE)))
            return elg_ref_level(ref, v, vlen);
        /* "Niveau avancé": a name, never digits, nor two levels folded
         * into one ("Level I-II" is no III) */
        for (size_t j = 0; prefixes[k].name && j < vlen; j++)
            if (g_ascii_isdigit(v[j]))
                return -1;
        return prefixes[k].name && !level_pair(ref, v, vlen) ? elg_ref_level(ref, v, vlen) : -1;
    }
    return -1;
}

/* Is S of LEN bytes one word of a level's notation, a Roman numeral or a
 * CEFR code? */
static gboolean notation_word(const elg_reference *ref, const char *s, size_t len)
{
    return len && (notation_level(ref, s, len, FALSE) || notation_level(ref, s, len, TRUE));
}

/* A level written twice with only a space between, its name and its
 * notation in either order ("Advanced C1", "C1 Advanced", "Upper
 * Intermediate B2"), as "C1 - Advanced" is with a dash: the level when
 * both agree; or a notation then the word "level" ("C1 level", as "Level
 * C1" is read); else -1. */
static int level_twice(const elg_reference *ref, const char *s, size_t len)
{
    const char *first = memchr(s, ' ', len), *last = first;
    if (!first || len > 48)
        return -1;
    while (last + 1 < s + len && memchr(last + 1, ' ', (size_t)(s + len - last - 1)))
        last = memchr(last + 1, ' ', (size_t)(s + len - last - 1));
    size_t hlen = (size_t)(last - s), tlen = (size_t)(s + len - last - 1);
    const char *head = elg_trim(s, &hlen), *tail = elg_trim(last + 1, &tlen);
    if (notation_word(ref, tail, tlen) && !notation_word(ref, head, hlen)) {
        const int a = elg_ref_level(ref, head, hlen); /* "Advanced C1" */
        return a >= 0 && a == elg_ref_level(ref, tail, tlen) ? a : -1;
    }
    hlen = (size_t)(first - s);
    head = elg_trim(s, &hlen);
    tail = first + 1;
    while (tail < s + len && (*tail == ' ' || *tail == '-'))
        tail++; /* "C1 - CEFR" */
    tlen = (size_t)(s + len - tail);
    tail = elg_trim(tail, &tlen);
    if (!notation_word(ref, head, hlen) || notation_word(ref, tail, tlen))
        return -1;
    static const char *const cefr_names[] = {"cefr", "cecr", "cecrl"};
    if ((tlen == 5 && g_ascii_strncasecmp(tail, "level", 5) == 0) ||
        (notation_level(ref, head, hlen, TRUE) && listed_word(cefr_names, G_N_ELEMENTS(cefr_names), tail, tlen)))
        return elg_ref_level(ref, head, hlen); /* "C1 level", "C1 CEFR" */
    const int a = elg_ref_level(ref, tail, tlen); /* "C1 Advanced" */
    return a >= 0 && a == elg_ref_level(ref, head, hlen) ? a : -1;
}

static int level_lookup(const elg_reference *ref, const char *s, size_t len);

/* "C1 certificate", "C1 - certified", "B2 (certifi\xc3\xa9)", "Certified C1": a
 * level with a word that says it is certified, which says no more than the
 * level; else -1. */
static int certified_level(const elg_reference *ref, const char *s, size_t len)
{
    static const char *const words[] = {"certificate", "certified", "certification", "certificat",
                                        "certifi\xc3\xa9", ("certifi\xc3\xa9" "e")};
    const char *rest;
    size_t rlen;
    return without_edge_word(s, len, words, G_N_ELEMENTS(words), NULL, 0, &rest, &rlen) && rlen < len &&
                   !level_pair(ref, rest, rlen) /* "I-II certified" is no III */
               ? level_lookup(ref, rest, rlen)
               : -1;
}

/* A level as the table names it, or with a prefix word (prefixed_level),
 * written twice (level_twice) or said to be certified (certified_level),
 * which are looked for only once the table has no such level. */
static int level_lookup(const elg_reference *ref, const char *s, size_t len)
{
    int level = elg_ref_level(ref, s, len);
    if (level < 0)
        level = prefixed_level(ref, s, len);
    if (level < 0)
        level = level_twice(ref, s, len);
    return level >= 0 ? level : certified_level(ref, s, len);
}

/* The bytes of the gap between words at S[I]: ASCII that is no letter or
 * digit, or a character of U+2000 to U+203F (dashes, spaces, quotes); 0 in
 * a word. */
static size_t word_gap(const char *s, size_t i, size_t len)
{
    const unsigned char b = (unsigned char)s[i];
    if (b == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80)
        return 3;
    return b < 0x80 && !g_ascii_isalnum(b) ? 1 : 0;
}

/* Does S give two levels of one notation, "I-II", "V/I", "B1-B2", "III to
 * IV", "B1 à B2": a range, or a level for each language as notices write
 * it?  Folding drops the dash or slash, so "I-II" would read as III and
 * "V/I" as VI: no such text is one level. */
static gboolean level_pair(const elg_reference *ref, const char *s, size_t len)
{
    static const char *const joins[] = {"to", "a", "\xc3\xa0", "au", "or", "ou", "and", "et"};
    const char *word[2];
    size_t wlen[2], words = 0, i = 0;
    while (i < len) {
        if (word_gap(s, i, len)) {
            i += word_gap(s, i, len);
            continue;
        }
        const size_t start = i;
        while (i < len && !word_gap(s, i, len))
            i++;
        if (listed_word(joins, G_N_ELEMENTS(joins), s + start, i - start))
            continue;
        if (words == 2)
            return FALSE;
        word[words] = s + start;
        wlen[words++] = i - start;
    }
    if (words != 2)
        return FALSE;
    const gboolean cefr = g_ascii_isdigit(word[0][wlen[0] - 1]);
    return notation_level(ref, word[0], wlen[0], cefr) && notation_level(ref, word[1], wlen[1], cefr);
}

/* The language the word W of N bytes names; a code ("en", "DE") only in
 * capitals or before punctuation (AFTER: "en: V", "en = V", "en/V"), so
 * that "is good (B2)" names no Icelandic. */
static const elg_language *word_language(const elg_reference *ref, const char *w, size_t n, char after)
{
    gboolean code = n <= 3;
    for (size_t i = 0; i < n && code && !g_ascii_ispunct(after); i++)
        code = !g_ascii_islower(w[i]);
    return n > 3 || code ? elg_ref_language(ref, w, n) : NULL;
}

/* Is S of LEN bytes a word of fluency that no level table reads ("fluent",
 * "courant", "very good": left out of languages.json on purpose), which
 * may follow a language's code before the level in brackets? */
static gboolean fluency_words(const char *s, size_t len)
{
    static const char *const words[] = {
        "fluent", "fluently", "fluency", "courant", "couramment", "good", "very good", "bon", "bonne",
        "tr\xc3\xa8s bon", "tr\xc3\xa8s bonne", "tres bon", "tres bonne", "excellent", "excellente",
        "working", "professional", "professionnel", "conversational", "basic", "notions", "scolaire"};
    return listed_word(words, G_N_ELEMENTS(words), s, len);
}

/* The language NAME's first or last word names, when NAME has more than
 * one ("English: V", "C1 English", "Anglais courant"), and *REST the
 * other words, trimmed of the gaps between; else NULL. */
static const elg_language *edge_language(const elg_reference *ref, const char *name, size_t nlen,
                                         const char **rest, size_t *rlen)
{
    size_t first_end = 0, last_start = 0, last_end = 0, words = 0;
    for (size_t i = 0; i < nlen;) {
        if (word_gap(name, i, nlen)) {
            i += word_gap(name, i, nlen);
            continue;
        }
        last_start = i;
        while (i < nlen && !word_gap(name, i, nlen))
            i++;
        last_end = i;
        first_end = words++ ? first_end : i;
    }
    if (words < 2)
        return NULL;
    size_t after = first_end;
    while (after + 1 < nlen && name[after] == ' ')
        after++; /* "en : V" */
    const elg_language *lang = word_language(ref, name, first_end, name[after]);
    /* "fr V (C1)", "Eng V (C1)": a code in any case, when a level follows
     * ("en cours" is French, "no" a level) */
    if (!lang && first_end <= 3 && level_lookup(ref, name + after, nlen - after) >= 0 &&
        level_lookup(ref, name, first_end) < 0)
        lang = elg_ref_language(ref, name, first_end);
    /* "fr courant (C1)", "en fluent (C1)": a code in any case before a
     * word of fluency alone, unless the code is an English word ("is good
     * (B2)" is no Icelandic; "no" is a level) */
    if (!lang && first_end <= 3 && fluency_words(name + after, nlen - after) &&
        level_lookup(ref, name, first_end) < 0 &&
        !(first_end == 2 && g_ascii_strncasecmp(name, "is", 2) == 0))
        lang = elg_ref_language(ref, name, first_end);
    size_t from = first_end, to = nlen;
    if (!lang) {
        lang = word_language(ref, name + last_start, last_end - last_start, '\0');
        from = 0;
        to = last_start;
    }
    while (lang && from < to && word_gap(name, from, to))
        from += word_gap(name, from, to);
    while (lang && to > from && word_gap(name, to - 1, to))
        to--; /* ASCII gaps only: a dash or a space before the last word */
    *rest = name + from;
    *rlen = to - from;
    return lang;
}

/* Does S name a language, and not a level too ("no", Norwegian's code,
 * is the level)? */
static gboolean names_language(const elg_reference *ref, const char *s, size_t len)
{
    return len && elg_ref_language(ref, s, len) != NULL && level_lookup(ref, s, len) < 0;
}

/* The bytes of " and ", " et ", " & " or " + " at S[I], which join two
 * items of a list ("English and French", "UK & Ireland"); else 0. */
static size_t list_join(const char *s, size_t i, size_t len)
{
    static const char *const joins[] = {" and ", " et ", " & ", " + "};
    for (size_t k = 0; k < G_N_ELEMENTS(joins); k++) {
        const size_t n = strlen(joins[k]);
        if (i + n <= len && g_ascii_strncasecmp(s + i, joins[k], n) == 0)
            return n;
    }
    return 0;
}

/* Is S two or more items that each name a language, "English, French",
 * "anglais/fran\xc3\xa7ais", "English and French"? */
static gboolean language_list(const elg_reference *ref, const char *s, size_t len)
{
    size_t items = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        const size_t gap = i == len || memchr(",;/|+&", s[i], 6) ? 1 : list_join(s, i, len);
        if (!gap)
            continue;
        size_t n = i - start;
        const char *item = elg_trim(s + start, &n);
        if (!names_language(ref, item, n))
            return FALSE;
        items++;
        start = i + gap;
        i = start - 1;
    }
    return items >= 2;
}

/* Is S "... , NAME (GLOSS)", levels of several languages in one cell
 * ("English (C1), French (B2)"), whose last item names a language, or
 * "NAMES (GLOSS)" of a list of languages ("English and French (C2)")?
 * The last gloss alone would be read, whichever language it is of. */
static gboolean languages_listed(const elg_reference *ref, const char *s, size_t len)
{
    const char *name, *gloss;
    size_t nlen, glen;
    if (!split_gloss(s, len, &name, &nlen, &gloss, &glen))
        return FALSE;
    if (language_list(ref, name, nlen))
        return TRUE;
    size_t i = nlen;
    while (i && !memchr(",;/|+&", name[i - 1], 6))
        i--;
    size_t ilen = nlen - i;
    const char *item = elg_trim(name + i, &ilen);
    return i && names_language(ref, item, ilen);
}

/* Does "NAME (GLOSS)" name a language before its level ("French (C1)",
 * "Anglais (C1)"), or in NAME's first or last word ("English: V (C1)",
 * "C1 English (Advanced)", "Anglais courant (C1)")?  Which language the
 * column may hold, only the column knows (level_missed).  A NAME that is a
 * level too ("no", Norwegian's code) is the level.  A list of such
 * ("English (C1), French (B2)") is no one level either. */
static gboolean language_glossed(const elg_reference *ref, const char *s, size_t len)
{
    const char *name, *gloss, *rest;
    size_t nlen, glen, rlen;
    return split_gloss(s, len, &name, &nlen, &gloss, &glen) && nlen && level_lookup(ref, name, nlen) < 0 &&
           (elg_ref_language(ref, name, nlen) != NULL || edge_language(ref, name, nlen, &rest, &rlen) != NULL ||
            languages_listed(ref, s, len));
}

/* Read once per spelling (the memo): the pair check costs a row nothing.
 * A level glossed by a language is left to the column (level_missed):
 * "French (C1)" is no English level. */
static int level_of(const elg_reference *ref, const char *s, size_t len)
{
    if (level_pair(ref, s, len))
        return -1;
    const int level = with_gloss(level_lookup, ref, s, len);
    return level >= 0 && len && s[len - 1] == ')' && language_glossed(ref, s, len) ? -1 : level;
}

/* "C1 (English)", "Langue maternelle (français)", "C1 - English": a
 * level, then the language it is of, the other way round from "English
 * (C1)": the level, and *LANG that language; else -1.  A gloss that is a
 * level too ("V (no)") is no language here.  Which language the cell may
 * name, only the column knows: only on the miss path (level_missed,
 * language_pair). */
static int level_then_language(const elg_reference *ref, const char *s, size_t len, const elg_language **lang)
{
    const char *name, *gloss;
    size_t nlen, glen;
    if (!split_gloss(s, len, &name, &nlen, &gloss, &glen) && !split_dash(s, len, &name, &nlen, &gloss, &glen))
        return -1;
    const elg_language *named = nlen && glen ? elg_ref_language(ref, gloss, glen) : NULL;
    if (!named || level_lookup(ref, gloss, glen) >= 0)
        return -1;
    const int level = level_of(ref, name, nlen);
    if (level >= 0)
        *lang = named;
    return level;
}

/* "English: V (C1)", "Anglais courant (C1)", "C1 English (Advanced)": the
 * level of "NAME (GLOSS)" without the language NAME's first or last word
 * names ("V (C1)", "courant (C1)", "C1 (Advanced)"), and *LANG that
 * language; else -1.  Only on the miss path (level_missed). */
static int level_beside_language(const elg_reference *ref, const char *s, size_t len, const elg_language **lang)
{
    const char *name, *gloss, *rest;
    size_t nlen, glen, rlen;
    if (!split_gloss(s, len, &name, &nlen, &gloss, &glen) || !nlen || !glen)
        return -1;
    const elg_language *named = edge_language(ref, name, nlen, &rest, &rlen);
    char cell[128];
    if (!named || rlen + glen + 3 > sizeof cell)
        return -1;
    const int n = g_snprintf(cell, sizeof cell, "%.*s (%.*s)", (int)rlen, rest, (int)glen, gloss);
    const int level = level_of(ref, cell, (size_t)n);
    if (level >= 0)
        *lang = named;
    return level;
}

#define LEVEL_PAIR "is a range or pair of levels, and a range is not one level; read as unknown"

static int clearance_of(const elg_reference *ref, const char *s, size_t len)
{
    return with_gloss(elg_ref_clearance, ref, s, len);
}

#define NOT_HELD_PROGRESS "names a degree in progress, which is not held; read as unknown"
#define NOT_HELD_UNFINISHED "names a degree not completed, which is not held; read as unknown"
#define NOT_HELD_YEAR "names a year of study, which is no degree held; read as unknown"
#define NOT_HELD_EQUIVALENT                                                                              \
    "names a degree or its equivalent, which does not say which is held (the equivalent_qualification "   \
    "column says whether an equivalent is held); read as unknown"
#define NOT_HELD_LEVEL "names a degree's level, which does not say the degree is held; read as unknown"
#define NOT_HELD_OR "names degrees as alternatives, which does not say which is held; read as unknown"

typedef struct {
    const char *word, *why;
} word_why;

/* The next word of S (LEN bytes) from *I: TRUE with it at [*START, *I);
 * FALSE when no word is left. */
static gboolean next_word(const char *s, size_t len, size_t *i, size_t *start)
{
    while (*i < len && !word_byte(s[*i]))
        (*i)++;
    *start = *i;
    while (*i < len && word_byte(s[*i]))
        (*i)++;
    return *i > *start;
}

/* WHY of the earliest of the N WORDS that is a word of S (in any ASCII
 * case), or NULL. */
static const char *listed_why(const word_why *words, size_t n, const char *s, size_t len)
{
    size_t best = n;
    for (size_t i = 0, start; next_word(s, len, &i, &start);)
        for (size_t k = 0; k < best; k++)
            if (strlen(words[k].word) == i - start && g_ascii_strncasecmp(s + start, words[k].word, i - start) == 0)
                best = k;
    return best < n ? words[best].why : NULL;
}

/* Why S holds a word that says a degree is not held, or not as written:
 * "PhD in progress", "Master en cours", "MSc (thesis pending)", "Master
 * level"; NULL when none does.  Of two such words, the earlier in the
 * table says why ("Master or equivalent": an equivalent). */
static const char *not_held_why(const char *s, size_t len)
{
    static const word_why words[] = {
        {"progress", NOT_HELD_PROGRESS}, {"cours", NOT_HELD_PROGRESS}, {"ongoing", NOT_HELD_PROGRESS},
        {"candidate", NOT_HELD_PROGRESS}, {"candidat", NOT_HELD_PROGRESS}, {"student", NOT_HELD_PROGRESS},
        {"expected", NOT_HELD_PROGRESS}, {"pending", NOT_HELD_PROGRESS}, {"enrolled", NOT_HELD_PROGRESS},
        {"studying", NOT_HELD_PROGRESS}, {"current", NOT_HELD_PROGRESS}, {"currently", NOT_HELD_PROGRESS},
        {"started", NOT_HELD_PROGRESS}, {"towards", NOT_HELD_PROGRESS}, {"toward", NOT_HELD_PROGRESS},
        {"pursuing", NOT_HELD_PROGRESS}, {"preparing", NOT_HELD_PROGRESS},
        {"pr\xc3\xa9paration", NOT_HELD_PROGRESS}, {"\xc3\xa9tudiant", NOT_HELD_PROGRESS},
        {"\xc3\xa9tudiante", NOT_HELD_PROGRESS}, {"incomplete", NOT_HELD_UNFINISHED},
        {"unfinished", NOT_HELD_UNFINISHED}, {"not", NOT_HELD_UNFINISHED}, {"non", NOT_HELD_UNFINISHED},
        {"abandoned", NOT_HELD_UNFINISHED}, {"dropped", NOT_HELD_UNFINISHED}, {"partial", NOT_HELD_UNFINISHED},
        {"abd", NOT_HELD_UNFINISHED}, {"inachev\xc3\xa9", NOT_HELD_UNFINISHED}, {"year", NOT_HELD_YEAR},
        {"ann\xc3\xa9" "e", NOT_HELD_YEAR}, {"equivalent", NOT_HELD_EQUIVALENT},
        {"\xc3\xa9quivalent", NOT_HELD_EQUIVALENT}, {"level", NOT_HELD_LEVEL}, {"niveau", NOT_HELD_LEVEL},
        {"or", NOT_HELD_OR}, {"ou", NOT_HELD_OR}};
    return listed_why(words, G_N_ELEMENTS(words), s, len);
}

#define CLEARANCE_UNDER_WAY "says a clearance is applied for or under way, which is not held yet; read as unknown"
#define CLEARANCE_LAPSED "says a clearance has expired, which is not held now; read as unknown"

/* Why a clearance cell that names no level as held says so: "pending",
 * "NS (in progress)", "en cours", "Secret - expired"; NULL when it does
 * not.  Unknown, not none: a post may appoint on a clearance to come. */
static G_GNUC_NO_INLINE const char *clearance_not_held_why(const char *s, size_t len)
{
    static const word_why words[] = {
        {"pending", CLEARANCE_UNDER_WAY},     {"progress", CLEARANCE_UNDER_WAY},
        {"ongoing", CLEARANCE_UNDER_WAY},     {"applied", CLEARANCE_UNDER_WAY},
        {"requested", CLEARANCE_UNDER_WAY},   {"processing", CLEARANCE_UNDER_WAY},
        {"cours", CLEARANCE_UNDER_WAY},       {"attente", CLEARANCE_UNDER_WAY},
        {"demand\xc3\xa9" "e", CLEARANCE_UNDER_WAY}, {"demande", CLEARANCE_UNDER_WAY},
        {"expired", CLEARANCE_LAPSED},        {"lapsed", CLEARANCE_LAPSED},
        {"expir\xc3\xa9" "e", CLEARANCE_LAPSED}, {"expir\xc3\xa9", CLEARANCE_LAPSED}};
    return listed_why(words, G_N_ELEMENTS(words), s, len);
}

/* The clearance of S less its words that say it is held or only name it
 * ("NS (valid)", "NATO SECRET - active", "NS-valid", "NATO Secret
 * clearance", "Security clearance: NS", "Habilitation Secret OTAN"), when
 * S has such a word; else -1.  A date ("valid until 2027") is left for a
 * person to judge.  Only on the miss path, after clearance_not_held_why. */
static G_GNUC_NO_INLINE int clearance_held(const elg_reference *ref, const char *s, size_t len)
{
    static const char *const words[] = {"valid", "valide", "active", "current", "held", "granted",
                                        "clearance", "security", "habilitation", ("s\xc3\xa9" "curit\xc3\xa9"),
                                        "securite", "de"};
    char b[128];
    if (len >= sizeof b)
        return -1;
    memcpy(b, s, len);
    gboolean found = FALSE;
    for (size_t i = 0, start; next_word(b, len, &i, &start);)
        if (listed_word(words, G_N_ELEMENTS(words), b + start, i - start)) {
            memset(b + start, ' ', i - start);
            found = TRUE;
        }
    /* the gaps the words leave at the ends: "NS -", ": NS"; "NS ()" reads as "NS" */
    size_t from = 0, to = len;
    while (from < to && memchr(" -:,", b[from], 4))
        from++;
    for (;;)
        if (to > from && memchr(" -:,", b[to - 1], 4))
            to--;
        else if (to >= from + 3 && memcmp(b + to - 3, "\xe2\x80\x93", 3) == 0)
            to -= 3; /* "NATO SECRET (NS) \u2013 valid" */
        else
            break;
    return found && to > from ? with_gloss(elg_ref_clearance, ref, b + from, to - from) : -1;
}

/* Does S name a clearance of the European Union, "EU SECRET", "SECRET UE",
 * "EUS", "EU CONFIDENTIAL"?  NATO staff often hold one beside NATO's. */
static gboolean eu_clearance(const char *s, size_t len)
{
    static const char *const codes[] = {"eur", "euc", "eus", "euts"};
    static const char *const levels[] = {"restricted", "confidential", "secret", "top secret",
                                         "restreint",  "confidentiel", "tres secret", "tr\xc3\xa8s secret"};
    if (listed_word(codes, G_N_ELEMENTS(codes), s, len))
        return TRUE;
    const char *rest;
    size_t rlen;
    static const char *const eu[] = {"eu", "ue"};
    return without_edge_word(s, len, eu, G_N_ELEMENTS(eu), NULL, 0, &rest, &rlen) &&
           listed_word(levels, G_N_ELEMENTS(levels), rest, rlen);
}

/* The NATO clearance of a list that also names the European Union's,
 * "NATO SECRET / EU SECRET", "NS; EUS", "NS + SECRET UE": the one NATO
 * level the list names (or the same one twice), every other part an EU
 * clearance; else -1.  Only on the miss path. */
static G_GNUC_NO_INLINE int clearance_beside_eu(const elg_reference *ref, const char *s, size_t len)
{
    int level = -1;
    gboolean eu = FALSE;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        const size_t gap = i == len || memchr("/;,+&", s[i], 5) ? 1 : list_join(s, i, len);
        if (!gap)
            continue;
        size_t n = i - start;
        const char *part = elg_trim(s + start, &n);
        const int l = n ? with_gloss(elg_ref_clearance, ref, part, n) : -1;
        if (l >= 0 && (level < 0 || l == level))
            level = l;
        else if (n && eu_clearance(part, n))
            eu = TRUE;
        else
            return -1;
        start = i + gap;
        i = start - 1;
    }
    return eu ? level : -1;
}

/* Does S hold a word that says a degree is not held (not_held_why)?  Then
 * the degree part is not read. */
static gboolean not_held(const char *s, size_t len)
{
    return not_held_why(s, len) != NULL;
}

/* Is S of LEN bytes a Roman numeral's letters, "II", "iv": a year or a
 * part, "Licence II", no subject. */
static gboolean roman_word(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!strchr("ivxIVX", s[i]))
            return FALSE;
    return len > 0 && len <= 4;
}

/* Is S a subject, "Physics", "International Relations", "droit": words of
 * letters (no digit, no "+" or "/", no Roman numeral alone), that name no
 * education level? */
static gboolean subject_words(const elg_reference *ref, const char *s, size_t len)
{
    if (!len || !(g_ascii_isalpha(s[0]) || (unsigned char)s[0] >= 0x80) || roman_word(s, len))
        return FALSE;
    for (size_t i = 0; i < len; i++)
        if (!word_byte(s[i]) && !strchr(" -&'.,", s[i]))
            return FALSE;
        else if (g_ascii_isdigit(s[i]))
            return FALSE;
    return elg_ref_education(ref, s, len) < 0;
}

/* What follows a degree: "in Physics", "en droit", "of Arts", ",
 * International Relations", "(Physics)", or a bare subject ("Economics"
 * after "BA (Hons)"), with no word that says the degree is not held. */
static gboolean subject_rest(const elg_reference *ref, const char *s, size_t len)
{
    static const char *const joins[] = {"in ", "en ", "of ", "de ", "d'", "d\xe2\x80\x99"};
    if (not_held(s, len))
        return FALSE;
    if (s[0] == ',' || (s[0] == '-' && len > 1 && s[1] == ' ')) { /* ", Physics", "- Political Science" */
        s++;
        len--;
    } else if (len > 3 && memcmp(s, "\xe2\x80\x93 ", 4) == 0) { /* an en dash */
        s += 3;
        len -= 3;
    } else if (s[0] == '(') {
        if (s[len - 1] != ')')
            return FALSE;
        s++;
        len -= 2;
    } else
        for (size_t k = 0; k < G_N_ELEMENTS(joins); k++) {
            const size_t n = strlen(joins[k]);
            if (len > n && g_ascii_strncasecmp(s, joins[k], n) == 0) {
                s += n;
                len -= n;
                break;
            }
        }
    s = elg_trim(s, &len);
    return subject_words(ref, s, len);
}

/* The level of the longest leading phrase of S that the education table
 * knows ("Master of Science", not "Master"), ending before a space, comma
 * or parenthesis at *AT; else -1. */
static int leading_degree(const elg_reference *ref, const char *s, size_t len, size_t *at)
{
    /* no phrase of the table is longer than a fold holds: the prefixes
     * tried are that short, or a long cell (a stray quote's lines) costs
     * its length squared */
    for (size_t i = MIN(len, (size_t)ELG_FOLD_MAX + 1); --i > 0;) {
        const char c = s[i], before = s[i - 1];
        if ((c != ' ' && c != ',' && c != '(') ||
            !(word_byte(before) || before == ')' || before == '.' || before == '\''))
            continue;
        const int level = with_gloss(elg_ref_education, ref, s, i);
        if (level >= 0) {
            *at = i;
            return level;
        }
    }
    return -1;
}

/* A degree with its subject, "MSc in Physics", "Master of Science in
 * Computer Science", "BA (Hons) Economics", "Licence en droit": the level
 * of the longest leading phrase the education table knows ("Master of
 * Science", not "Master"), when the rest is a subject (subject_rest); a
 * degree, never "none"; else -1. */
static int subject_degree(const elg_reference *ref, const char *s, size_t len)
{
    size_t i;
    const int level = leading_degree(ref, s, len, &i);
    if (level < 0)
        return -1;
    size_t rlen = len - i;
    const char *rest = elg_trim(s + i, &rlen);
    /* "BA Hons": a word the table reads as the same degree says no more */
    return level > 0 && rlen && (subject_rest(ref, rest, rlen) || elg_ref_education(ref, rest, rlen) == level)
               ? level
               : -1;
}

/* Why the education cell S, which read as no level, is no degree held: a
 * degree then a word that says it is not held ("PhD in progress", "Master
 * 1st year in law", "Bachelor (en cours)", "BSc, MSc (in progress)");
 * else NULL.  Only on the miss path (put_canonical). */
static const char *education_refused(const elg_reference *ref, const char *s, size_t len)
{
    size_t i;
    if (leading_degree(ref, s, len, &i) <= 0)
        return NULL;
    size_t rlen = len - i;
    const char *rest = elg_trim(s + i, &rlen);
    return not_held_why(rest, rlen);
}

/* Does S begin with a French university year that completes no degree,
 * "L1", "L2", "Licence 2", "Licence II", "Licence 1re" (education.json
 * leaves them out: a year of study)?  Only on the miss path. */
static gboolean study_year(const char *s, size_t len)
{
    size_t w = 0;
    while (w < len && word_byte(s[w]))
        w++;
    if (w == 2 && (s[0] | 0x20) == 'l' && (s[1] == '1' || s[1] == '2'))
        return TRUE;
    if (w != 7 || g_ascii_strncasecmp(s, "licence", 7) != 0)
        return FALSE;
    size_t i = w;
    while (i < len && s[i] == ' ')
        i++;
    const char *year = s + i;
    size_t n = 0;
    while (i + n < len && word_byte(year[n]))
        n++;
    /* "2", "2e", "1re", "1ère", "II": not "2025" */
    return (n && (year[0] == '1' || year[0] == '2') && (n == 1 || !g_ascii_isdigit(year[1]))) ||
           ((n == 1 || n == 2) && g_ascii_strncasecmp(year, "ii", n) == 0);
}

/* Is S[I] a separator of a list of degrees: ",", ";", or a "+" that is not
 * part of "bac+5"? */
static gboolean degree_separator(const char *s, size_t i, size_t len)
{
    return s[i] == ',' || s[i] == ';' || (s[i] == '+' && !(i + 1 < len && g_ascii_isdigit(s[i + 1])));
}

/* A list of the degrees held, "BSc, MSc", "BA; MA", "Bachelor + Master":
 * the highest, as the column gives the highest degree, when every part
 * reads as a degree (alone or with its subject); else -1. */
static int degree_list(const elg_reference *ref, const char *s, size_t len)
{
    int highest = -1, parts = 0;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && !degree_separator(s, i, len))
            continue;
        size_t n = i - start;
        const char *part = elg_trim(s + start, &n);
        int level = n ? with_gloss(elg_ref_education, ref, part, n) : -1;
        if (level < 0 && n)
            level = subject_degree(ref, part, n);
        if (level < 1)
            return -1;
        highest = MAX(highest, level);
        parts++;
        start = i + 1;
    }
    return parts > 1 ? highest : -1;
}

static int education_of(const elg_reference *ref, const char *s, size_t len)
{
    const int level = with_gloss(elg_ref_education, ref, s, len);
    if (level >= 0)
        return level;
    const int listed = degree_list(ref, s, len);
    return listed >= 0 ? listed : subject_degree(ref, s, len);
}

/* The skill of "PMP certified", "Certified ScrumMaster" is the
 * vocabulary's already; "ITIL certificate", "CISSP (certified)", "certifié
 * PRINCE2": a certification word before or after a skill's name, which
 * says no more than the name. */
static const void *certified_skill(const elg_reference *ref, const char *s, size_t len)
{
    static const char *const words[] = {"certified", "certification", "certificate", "cert",
                                        "certifi\xc3\xa9", "certifi\303\251e"};
    const char *rest;
    size_t rlen;
    return without_edge_word(s, len, words, G_N_ELEMENTS(words), NULL, 0, &rest, &rlen)
               ? elg_ref_skill(ref, rest, rlen)
               : NULL;
}

/* A vocabulary skill of S alone or said to be certified, else NULL. */
static const void *skill_named(const elg_reference *ref, const char *s, size_t len)
{
    const void *tag = elg_ref_skill(ref, s, len);
    return tag ? tag : certified_skill(ref, s, len);
}

/* A skill named twice, "Project Management Professional (PMP)",
 * "Certified Scrum Master (CSM)", as forms write a long name and its
 * abbreviation: the skill both name, else NULL ("PMP (in progress)" is no
 * PMP held, "Agile (Scrum)" ...). */
static const void *lookup_skill(const elg_reference *ref, const char *s, size_t len)
{
    const void *tag = skill_named(ref, s, len);
    const char *name, *gloss;
    size_t nlen, glen;
    if (tag || !split_gloss(s, len, &name, &nlen, &gloss, &glen) || !nlen || !glen)
        return tag;
    tag = skill_named(ref, name, nlen);
    return tag && tag == skill_named(ref, gloss, glen) ? tag : NULL;
}

static const void *lookup_language(const elg_reference *ref, const char *s, size_t len)
{
    const void *lang = elg_ref_language(ref, s, len);
    /* a language tag with its region, as forms and ATS exports write
     * them (BCP 47): "en-GB", "fr_CA", "pt-BR" are en, fr, pt */
    if (!lang && (len == 5 || len == 6) && (s[2] == '-' || s[2] == '_') && g_ascii_isalpha(s[0]) &&
        g_ascii_isalpha(s[1]) && g_ascii_isalpha(s[3]) && g_ascii_isalpha(s[4]) && (len == 5 || g_ascii_isalpha(s[5])))
        lang = elg_ref_language(ref, s, 2);
    return lang;
}

/* The vocabulary's experience field an experience key names, by its tag
 * or a name ("defence and security:6"), or NULL (not a field of the
 * vocabulary, or not a usable tag). */
static const void *lookup_field(const elg_reference *ref, const char *s, size_t len)
{
    char tag[ELG_FOLD_MAX];
    if (elg_fold_words(s, len, tag, sizeof tag) >= sizeof tag || !*tag)
        return NULL;
    return elg_ref_field_named(ref, tag);
}

static int years_of(const elg_reference *ref, const char *s, size_t len)
{
    (void)ref;
    gint32 m;
    return elg_parse_years(s, len, &m) ? m : -1;
}

static gboolean memo_years(elg_loader *L, const char *s, size_t len, gint32 *milli)
{
    const int v = memo_int(L, MEMO_YEARS, s, len, years_of);
    if (v >= 0)
        *milli = v;
    return v >= 0;
}

static int yesno_of(const elg_reference *ref, const char *s, size_t len)
{
    (void)ref;
    gint8 y;
    return elg_parse_yesno(s, len, &y) ? y : -1;
}

static gboolean memo_yesno(elg_loader *L, const char *s, size_t len, gint8 *value)
{
    const int v = memo_int(L, MEMO_YESNO, s, len, yesno_of);
    if (v >= 0)
        *value = (gint8)v;
    return v >= 0;
}

/* a date: julian day, or -1 (not a date) or -2 (a slash date without an order) */
static gboolean memo_date(elg_loader *L, const char *s, size_t len, guint32 *jd, gboolean *slash)
{
    gint64 v;
    if (!elg_memo_get(L->memo, MEMO_DATE, s, len, &v)) {
        guint32 d;
        gboolean sl;
        const char *t = s;
        size_t n = len;
        v = elg_parse_date(s, len, L->opt.date_order, &d, &sl) ? (gint64)d : sl ? -2 : -1;
        if (v == -1 && excel_retry(L, &t, &n))
            v = elg_parse_date(t, n, L->opt.date_order, &d, &sl) ? (gint64)d : sl ? -2 : -1;
        elg_memo_put(L->memo, MEMO_DATE, s, len, v);
    }
    *slash = v == -2;
    if (v < 0)
        return FALSE;
    *jd = (guint32)v;
    return TRUE;
}

/* --- diagnostics for the current row ----------------------------------- */

void elg_loader_row_warn(elg_loader *L, unsigned line, unsigned column, const char *field,
                         const char *value, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gchar *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, line, column, NULL, field, value,
                  "%s", msg);
    g_free(msg);
    L->row_problem = TRUE;
}

/* What a spreadsheet error value is, in any column. */
#define SHEET_ERROR "is a spreadsheet error value (a formula that failed); read as unknown"

/* `FIELD: "VALUE" WHAT` with the value quoted and cut to 60 bytes.  A
 * spreadsheet error value ("#N/A") is not what the column expected, it is
 * a broken formula: said so, whatever WHAT says. */
static void bad_value(elg_loader *L, unsigned line, unsigned column, const char *field,
                      const char *value, size_t len, const char *what)
{
    if (len && value[0] == '#' && elg_cell_placeholder(value, len) == ELG_CELL_SHEET_ERROR)
        what = SHEET_ERROR;
    GString *q = g_string_new(NULL);
    elg_quote(q, value, len, 60);
    gchar *v = g_strndup(value, len);
    elg_loader_row_warn(L, line, column, field, v, "%s: %s %s", field, q->str, what);
    g_free(v);
    g_string_free(q, TRUE);
}

/* --- cells --------------------------------------------------------------- */

/* What a level cell that cannot be read was expected to hold. */
#define LEVEL_EXPECTED                                                                                   \
    "is not a language level; expected I to VI, a level name, A1 to C2, native, or a STANAG 6001 profile " \
    "such as 3332"

typedef struct {
    elg_loader *L;
    unsigned row, line, column;
} cell_ctx;

#define I8(arr, row) (((gint8 *)(arr)->data)[row])

/* What the country CODE found for S may mean instead, when S is its bare
 * two-letter code and spreadsheets write that code for a missing value:
 * "NA" read as Namibia would fail a candidate whose nationality is not
 * known.  NULL otherwise. */
static const char *missing_value_meaning(const elg_reference *ref, guint8 code, const char *s, size_t len)
{
    const char *meaning = g_array_index(ref->countries, elg_country, code).placeholder;
    char folded[4];
    return meaning && elg_fold(s, len, folded, sizeof folded) == 2 ? meaning : NULL;
}

/* Is TOK all of cell S, in a column of other nationalities (NAME), where a
 * form's yes/no answer may stand? */
static gboolean lone_other_nationality(const char *name, const char *s, size_t len, const char *tok, size_t tlen)
{
    size_t n = len;
    const char *cell = elg_trim(s, &n);
    return cell == tok && n == tlen && strcmp(name, elg_column_names[ELG_COL_OTHER_NATIONALITIES]) == 0;
}

/* What TOK, all of cell S of column NAME, may answer instead of naming
 * the country CODE, in a column of other nationalities: exports head the
 * answer to "Do you hold another nationality?" as such a column ("Dual
 * nationality": Yes / No, Sí / No).  Read as Norway or Slovenia, the
 * answer made a non-member's nationality met.  NULL otherwise. */
static const char *yes_no_answer(const elg_reference *ref, const char *name, guint8 code, const char *s,
                                 size_t len, const char *tok, size_t tlen)
{
    if (tlen != 2)
        return NULL;
    /* the country first: most cells name neither, and this runs for each */
    const char *alpha2 = g_array_index(ref->countries, elg_country, code).alpha2;
    const char *answer = strcmp(alpha2, "NO") == 0 ? "no other nationality" : strcmp(alpha2, "SI") == 0 ? "yes (si)" : NULL;
    return answer && lone_other_nationality(name, s, len, tok, tlen) ? answer : NULL;
}

/* TOK, a yes or no in a nationality column, names no country: the column
 * answers whether there is another nationality; a --map entry (its
 * header as the file has it, when JSON needs no escape for it) ignores it. */
static void yes_no_not_country(cell_ctx *c, const char *name, const char *tok, size_t tlen)
{
    const char *header = g_ptr_array_index(c->L->p->headers, c->column - 1);
    const gboolean plain = !strpbrk(header, "\"\\") && *header;
    gchar *what = g_strdup_printf("is a yes or no, not a country; read as unknown (a column that only answers "
                                  "whether there is another nationality can be left out with --map: "
                                  "{\"%s\": null})",
                                  plain ? header : "HEADER");
    bad_value(c->L, c->line, c->column, name, tok, tlen, what);
    g_free(what);
}

/* TOK, the country CODE, is a territory of a state that an organisation
 * counts ("Réunion": France): a place, not a nationality.  The criterion
 * reads it as unknown where the state is a member (eval.c); said here. */
static void territory(cell_ctx *c, const char *name, const char *tok, size_t tlen, guint8 code)
{
    const GArray *countries = c->L->p->ref->countries;
    const guint8 state = g_array_index(countries, elg_country, code).sovereign;
    const elg_country *k = &g_array_index(countries, elg_country, state);
    if (!state || !k->in_organisation)
        return;
    const char *the = elg_ref_country_the(k);
    gchar *what = g_strdup_printf("is a territory of %s%s, not a nationality; read as unknown where %s%s is a "
                                  "member (give the candidate's nationality)",
                                  the, k->en, the, k->en);
    bad_value(c->L, c->line, c->column, name, tok, tlen, what);
    g_free(what);
}

/* The first line break in S: a LF, or a bare CR as old Mac exports break
 * a quoted cell's lines (a CRLF's CR, too: the empty line between is
 * skipped); NULL when none. */
static const char *line_break(const char *s, size_t len)
{
    const char *nl = memchr(s, '\n', len), *cr = memchr(s, '\r', nl ? (size_t)(nl - s) : len);
    return cr ? cr : nl;
}

/* Where S joins two countries with "&", "and", "et" or "+" ("UK & Ireland",
 * "France et Belgique"), both halves read as countries; *SKIP: the length
 * of the join.  NULL when it does not ("Bosnia and Herzegovina" is one,
 * read before this is asked). */
static G_GNUC_NO_INLINE const char *countries_joined(elg_loader *L, const char *s, size_t len, size_t *skip)
{
    /* no country's name is longer, nor a list of nationalities: the scan
     * stays short whatever the cell (a cell of thousands of joins is none) */
    enum { LONGEST_NAME = 64, MOST_PIECES = ELG_NAT_SLOTS + 1 };
    const char *first = NULL;
    size_t cut = 0, pieces = 0;
    for (size_t i = 1; i < len; i++) {
        const size_t n = list_join(s, i, len);
        if (i - cut > LONGEST_NAME)
            return NULL;
        if (!n)
            continue;
        size_t plen = i - cut;
        const char *piece = elg_trim(s + cut, &plen);
        /* not a country: the join is inside a name ("Bosnia and Herzegovina & France") */
        if (!plen || !memo_country(L, piece, plen))
            continue;
        if (!first) {
            first = s + i;
            *skip = n;
        }
        if (++pieces >= MOST_PIECES)
            return NULL;
        cut = i + n;
        i = cut - 1;
    }
    size_t rlen = len - cut;
    const char *rest = elg_trim(s + cut, &rlen);
    return first && rlen && rlen <= LONGEST_NAME && memo_country(L, rest, rlen) ? first : NULL;
}

/* Does S list two or more countries between commas, "French, Belgian",
 * each part one?  Commas do not split a nationality cell (DESIGN s.6:
 * "Korea, Republic of" is one country), so the warning says what does.
 * Only on the miss path. */
static G_GNUC_NO_INLINE gboolean countries_by_commas(elg_loader *L, const char *s, size_t len)
{
    enum { LONGEST_NAME = 64 };
    size_t parts = 0, start = 0;
    if (!memchr(s, ',', len) || len > LONGEST_NAME * ELG_NAT_SLOTS)
        return FALSE;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != ',')
            continue;
        size_t n = i - start;
        const char *part = elg_trim(s + start, &n);
        if (!n || n > LONGEST_NAME || !memo_country(L, part, n))
            return FALSE;
        parts++;
        start = i + 1;
    }
    return parts >= 2;
}

/* The countries of cell S of column NAME, added to the row's nationalities:
 * nationality and other_nationalities make one set ("Second nationality"
 * columns of applicant-tracking exports), as a list in one cell does. */
static void put_countries(cell_ctx *c, const char *name, const char *s, size_t len)
{
    elg_profiles *p = c->L->p;
    guint8 slots[ELG_NAT_SLOTS];
    memcpy(slots, elg_store_nat(p, c->row), sizeof slots);
    unsigned n = 0;
    while (n < ELG_NAT_SLOTS && slots[n] != ELG_NAT_EMPTY)
        n++;
    gboolean overflow = FALSE;
    size_t i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && s[j] != ';' && s[j] != '/')
            j++;
        size_t cut = 1; /* the bytes that end the token: ';', '/', or a join */
        size_t tlen = j - i;
        const char *tok = elg_trim(s + i, &tlen);
        /* "#N/A" or "#DIV/0!", the cell or an item of its list, is one
         * unknown value, not two tokens (looked at only for a '#' before
         * a '/', so that countries pay one compare) */
        if (tlen && tok[0] == '#' && j < len && s[j] == '/') {
            size_t e = j;
            while (e < len && s[e] != ';')
                e++;
            size_t elen = e - i;
            const char *item = elg_trim(s + i, &elen);
            if (elg_cell_placeholder(item, elen) == ELG_CELL_SHEET_ERROR) {
                j = e;
                tok = item;
                tlen = elen;
            }
        }
        if (tlen > 0) {
            guint8 code = memo_country(c->L, tok, tlen);
            const char *nl = code ? NULL : line_break(tok, tlen);
            if (nl) {
                /* "France\nBelgium": a quoted cell's lines, as a form's text
                 * box lists them; the token ends at the line break, the
                 * next starts after it */
                j = (size_t)(nl - s);
                tlen = (size_t)(nl - tok);
                tok = elg_trim(tok, &tlen);
                code = memo_country(c->L, tok, tlen);
            }
            size_t skip;
            const char *and = code ? NULL : countries_joined(c->L, tok, tlen, &skip);
            if (and) {
                /* "UK & Ireland", "France et Belgique": two countries */
                j = (size_t)(and - s);
                cut = skip;
                tlen = (size_t)(and - tok);
                tok = elg_trim(tok, &tlen);
                code = memo_country(c->L, tok, tlen);
            }
            const char *missing = code ? missing_value_meaning(p->ref, code, tok, tlen) : NULL;
            if (code && !missing)
                missing = yes_no_answer(p->ref, name, code, s, len, tok, tlen);
            if (missing) {
                const elg_country *k = &g_array_index(p->ref->countries, elg_country, code);
                gchar *what = g_strdup_printf("is ambiguous: %s's code, or \"%s\"; read as unknown (write "
                                              "%s or %s for the country)",
                                              k->en, missing, k->en, k->alpha3);
                bad_value(c->L, c->line, c->column, name, tok, tlen, what);
                g_free(what);
                code = 0;
            } else if (!code) {
                gint8 yes;
                /* "Dual nationality": Yes, as forms ask whether there is one */
                if (lone_other_nationality(name, s, len, tok, tlen) && elg_parse_yesno(tok, tlen, &yes))
                    yes_no_not_country(c, name, tok, tlen);
                else if (countries_by_commas(c->L, tok, tlen))
                    bad_value(c->L, c->line, c->column, name, tok, tlen,
                              "names several countries separated by commas; expected ; or / between "
                              "nationalities (a comma may be part of one country's name: Korea, Republic of); "
                              "read as unknown");
                else
                    bad_value(c->L, c->line, c->column, name, tok, tlen,
                              "is not a country; expected an ISO 3166 code or an English or "
                              "French country name");
            } else {
                territory(c, name, tok, tlen, code);
            }
            gboolean dup = FALSE;
            for (unsigned k = 0; k < n; k++)
                dup |= code && slots[k] == code;
            if (dup)
                ;
            else if (n < ELG_NAT_SLOTS)
                slots[n++] = code ? code : ELG_NAT_UNRECOGNISED;
            else
                overflow = TRUE;
        }
        i = j + cut;
    }
    if (overflow) {
        /* the nationalities not kept may include a member state: the last
         * slot then says "unknown", so the cell can never read as NOT_MET */
        slots[ELG_NAT_SLOTS - 1] = ELG_NAT_UNRECOGNISED;
        elg_loader_row_warn(c->L, c->line, c->column, name, NULL,
                            "%s: more than %d nationalities; only the first %d are read", name,
                            ELG_NAT_SLOTS, ELG_NAT_SLOTS - 1);
    }
    /* a file has few distinct sets: most rows find theirs here */
    guint64 set;
    memcpy(&set, slots, sizeof set);
    struct elg_nat_slot *e = &c->L->nat_cache[(set * 0x9E3779B97F4A7C15ull) >> (64 - ELG_NAT_CACHE_BITS)];
    if (!e->index || e->set != set) {
        e->set = set;
        e->index = elg_store_nat_set(p, slots) + 1;
    }
    ELG_ROW_VALUE(p->nat, guint32, c->row) = e->index - 1;
}

/* A cell of one value that could not be read: reported, and kept so that
 * a report can say what it held rather than "not given". */
static void bad_cell(cell_ctx *c, const char *field, const char *s, size_t len, const char *what)
{
    bad_value(c->L, c->line, c->column, field, s, len, what);
    elg_store_unread_add(c->L->p, c->row, field, s, len);
}

/* A slash date without --date-order: when only one order reads it
 * (19/03/2025), name that order; "ambiguous" is for 05/03/2025. */
/* The order of slash dates the column's header states ("Application date
 * (dd/mm/yyyy)"): 'd', 'm', or 0.  Said in the warning, never assumed:
 * the header may be older than the cells. */
static char header_date_order(const cell_ctx *c)
{
    const GPtrArray *headers = c->L->p->headers;
    if (!c->column || c->column > headers->len)
        return 0;
    gchar *h = g_ascii_strdown(g_ptr_array_index(headers, c->column - 1), -1);
    const char order = strstr(h, "dd/mm") || strstr(h, "jj/mm") ? 'd' : strstr(h, "mm/dd") ? 'm' : 0;
    g_free(h);
    return order;
}

static void slash_date_refused(cell_ctx *c, const char *field, const char *s, size_t len)
{
    guint32 jd;
    gboolean slash;
    const gboolean dmy = elg_parse_date(s, len, ELG_DATES_DMY, &jd, &slash);
    const gboolean mdy = elg_parse_date(s, len, ELG_DATES_MDY, &jd, &slash);
    const char stated = dmy && mdy ? header_date_order(c) : 0;
    const char *kind = memchr(s, '/', len) ? "slash" : "dashed"; /* "19/03/2025", "19-03-2025" */
    char what[200];
    if (stated)
        g_snprintf(what, sizeof what,
                   "is ambiguous; the column's header says %s: give --date-order %s to read %s dates so",
                   stated == 'd' ? "day/month/year" : "month/day/year", stated == 'd' ? "dmy" : "mdy", kind);
    else if (dmy && mdy)
        g_snprintf(what, sizeof what, "is ambiguous; give --date-order dmy or mdy to read %s dates", kind);
    else if (dmy || mdy)
        g_snprintf(what, sizeof what,
                   "is a %s date, read only with --date-order; give --date-order %s, the one order it fits", kind,
                   dmy ? "dmy (day/month/year)" : "mdy (month/day/year)");
    else
        g_snprintf(what, sizeof what, "is not a date, day/month/year or month/day/year");
    bad_cell(c, field, s, len, what);
}

/* A number of five digits, with or without a fraction (45736, 45736.5):
 * how a spreadsheet stores a date (days since 1899-12-30, or since 1904-01-01
 * in the other date system, so it is not read) when the column is exported
 * without its date format. */
static gboolean spreadsheet_day_number(const char *s, size_t len)
{
    size_t digits = 0;
    while (digits < len && g_ascii_isdigit(s[digits]))
        digits++;
    if (digits != 5 || s[0] == '0')
        return FALSE;
    if (digits == len)
        return TRUE;
    if (s[digits] != '.' || digits + 1 == len)
        return FALSE;
    for (size_t i = digits + 1; i < len; i++)
        if (!g_ascii_isdigit(s[i]))
            return FALSE;
    return TRUE;
}

/* Does S begin with WORD (any case) and a space? */
static gboolean first_word(const char *s, size_t len, const char *word)
{
    const size_t n = strlen(word);
    return len > n + 1 && g_ascii_strncasecmp(s, word, n) == 0 && s[n] == ' ';
}

/* "IELTS 7.5", "TOEIC 850": a language test's score, which no documented
 * correspondence turns into a level. */
static gboolean test_score(const char *s, size_t len)
{
    static const char *const tests[] = {"ielts", "toefl", "toeic", "tcf", "tef"};
    for (size_t k = 0; k < G_N_ELEMENTS(tests); k++)
        if (first_word(s, len, tests[k])) {
            size_t i = strlen(tests[k]);
            while (i < len && s[i] == ' ')
                i++;
            return i < len && g_ascii_isdigit(s[i]);
        }
    return FALSE;
}

#define TEST_SCORE                                                                                       \
    "is a test score, and no documented correspondence turns a score into a language level; read as "  \
    "unknown, for a person to judge"

/* "DELF B2", "DALF C1": a French certificate, named by the CEFR level it
 * certifies (DELF A1 to B2, DALF C1 and C2): that level, else -1. */
static int french_certificate(const elg_reference *ref, const char *s, size_t len)
{
    const gboolean delf = first_word(s, len, "delf"), dalf = first_word(s, len, "dalf");
    const char *name, *gloss;
    size_t nlen, glen;
    if (!delf && !dalf) {
        /* "C1 (DALF)", "B2 (DELF)": the level, then the certificate */
        if (!split_gloss(s, len, &name, &nlen, &gloss, &glen) || glen != 4 || !nlen ||
            (g_ascii_strncasecmp(gloss, "delf", 4) != 0 && g_ascii_strncasecmp(gloss, "dalf", 4) != 0) ||
            !notation_level(ref, name, nlen, TRUE) ||
            ((gloss[1] | 0x20) == 'a') != ((name[0] | 0x20) == 'c'))
            return -1;
        return elg_ref_level(ref, name, nlen);
    }
    size_t n = len - 4;
    const char *v = elg_trim(s + 4, &n);
    /* "DELF B2 (2019)": the year it was passed says no more */
    if (split_gloss(v, n, &name, &nlen, &gloss, &glen) && glen == 4 && strspn(gloss, "0123456789") >= 4) {
        v = name;
        n = nlen;
    }
    if (!notation_level(ref, v, n, TRUE) || (dalf != ((v[0] | 0x20) == 'c')))
        return -1;
    return elg_ref_level(ref, v, n);
}

static gboolean split_pair(const char *s, size_t len, const char **k, size_t *klen, const char **v,
                           size_t *vlen);

/* Report the level cell S of column NAME (language CODE) that names LANG,
 * another language: "French (C1)" in english says nothing of English. */
static void other_language(cell_ctx *c, const char *name, const char *code, const elg_language *lang,
                           const char *s, size_t len)
{
    const elg_language *own = elg_ref_language(c->L->p->ref, code, strlen(code));
    char what[256];
    g_snprintf(what, sizeof what,
               "names %s in the %s column; expected a level of %s, such as C1 or V; read as unknown", lang->en,
               name, own ? own->en : code);
    bad_cell(c, name, s, len, what);
}

/* Report the level cell S of column NAME (language CODE) that lists the
 * levels of several languages: which is the column's is for a person. */
static void several_languages(cell_ctx *c, const char *name, const char *code, const char *s, size_t len)
{
    const elg_language *own = elg_ref_language(c->L->p->ref, code, strlen(code));
    char what[256];
    g_snprintf(what, sizeof what,
               "gives the levels of several languages; expected one level of %s, such as C1 or V; read as unknown",
               own ? own->en : code);
    bad_cell(c, name, s, len, what);
}

/* What named_level found in a level cell that names a language. */
typedef struct {
    const elg_language *lang; /* the language named, or NULL */
    const char *k, *v;        /* "NAME: LEVEL" as split_pair splits it, when it names a language (else k NULL) */
    size_t klen, vlen;
    gboolean several; /* no level, and the levels of several languages ("English (C1), French (B2)") */
} named_cell;

/* "C1 (English, French)", "Bilingual (anglais/fran\xc3\xa7ais)": one level
 * for a list of languages. */
static gboolean level_of_languages(const elg_reference *ref, const char *s, size_t len)
{
    const char *name, *gloss;
    size_t nlen, glen;
    return split_gloss(s, len, &name, &nlen, &gloss, &glen) && nlen && level_lookup(ref, name, nlen) >= 0 &&
           language_list(ref, gloss, glen);
}

/* A language and a level with only a space or a dash between them, in
 * either order: "English C1", "C1 English", "English native", "en-C1".
 * The level, else -1; *LANG the language; *K, *KLEN the language's words
 * and *V, *VLEN the level's. */
static int spaced_level(elg_loader *L, const char *s, size_t len, const elg_language **lang, const char **k,
                        size_t *klen, const char **v, size_t *vlen)
{
    /* a gloss is the other readers'; a language and a level are a few
     * words (the cuts tried stay few whatever the cell) */
    if (len > 64 || memchr(s, '(', len) || memchr(s, ')', len))
        return -1;
    for (size_t i = len; i-- > 1;) {
        if (s[i] != ' ' && s[i] != '-')
            continue;
        size_t alen = i, blen = len - i - 1;
        const char *a = elg_trim(s, &alen), *b = elg_trim(s + i + 1, &blen);
        if (!alen || !blen)
            continue;
        for (int turn = 0; turn < 2; turn++) {
            const char *ls = turn ? b : a, *vs = turn ? a : b;
            const size_t ln = turn ? blen : alen, vn = turn ? alen : blen;
            const elg_language *found = memo_ptr(L, MEMO_LANGUAGE, ls, ln, lookup_language);
            const int level = found ? memo_int(L, MEMO_LEVEL, vs, vn, level_of) : -1;
            if (level >= 0) {
                *lang = found;
                *k = ls;
                *klen = ln;
                *v = vs;
                *vlen = vn;
                return level;
            }
        }
    }
    return -1;
}

/* A level that names its language, in any of the forms a level cell or a
 * languages pair's level writes it: "English: C1" (the language then the
 * level, "Français : DELF B2" with French's certificate), "C1 (English)"
 * (the level then its language), "English: V (C1)" (the language beside a
 * glossed level): the level, else -1, and in *N the language named (also
 * when the level is refused: "French: fluent" names French) and the
 * halves of the pair form, from which a refusal says why.  Which language
 * the cell may name, only the caller knows: on the miss path only
 * (level_missed, pair_named_level). */
static int named_level(elg_loader *L, const char *s, size_t len, named_cell *n)
{
    const elg_reference *ref = L->p->ref;
    n->k = NULL;
    n->lang = split_pair(s, len, &n->k, &n->klen, &n->v, &n->vlen)
                  ? memo_ptr(L, MEMO_LANGUAGE, n->k, n->klen, lookup_language)
                  : NULL;
    if (!n->lang)
        n->k = NULL;
    int level = n->lang ? memo_int(L, MEMO_LEVEL, n->v, n->vlen, level_of) : -1;
    if (level < 0 && n->lang && strcmp(n->lang->code, "fr") == 0)
        level = french_certificate(ref, n->v, n->vlen); /* "Français : DELF B2" */
    if (level < 0)
        level = level_then_language(ref, s, len, &n->lang); /* "C1 (English)" */
    if (level < 0)
        level = level_beside_language(ref, s, len, &n->lang); /* "English: V (C1)" */
    const char *k, *v;
    size_t klen, vlen;
    if (level < 0 && !n->k)
        level = spaced_level(L, s, len, &n->lang, &k, &klen, &v, &vlen); /* "English C1", "C1 English" */
    n->several = level < 0 && (languages_listed(ref, s, len) || level_of_languages(ref, s, len));
    return level;
}

/* A level cell that the level table did not read, of the column of
 * language CODE: a French certificate in the french column, or a level
 * that names the column's language (named_level) into *DST; else
 * reported, saying why when the cell is a test score or names another
 * language.  Not memoised: the column decides. */
static G_GNUC_NO_INLINE void level_missed(cell_ctx *c, const char *name, gint8 *dst, const char *s,
                                          size_t len)
{
    const elg_reference *ref = c->L->p->ref;
    /* the column's language, from its name (english, french, language_CODE):
     * found here, so that the common path passes nothing more */
    const char *code = strcmp(name, "english") == 0  ? "en"
                       : strcmp(name, "french") == 0 ? "fr"
                       : g_str_has_prefix(name, "language_") ? name + 9
                                                             : "";
    const int cert = french_certificate(ref, s, len);
    if (cert >= 0 && strcmp(code, "fr") == 0) {
        *dst = (gint8)cert;
        return;
    }
    if (cert >= 0) {
        bad_cell(c, name, s, len, "is a French certificate, not a level of this column's language; read as unknown");
        return;
    }
    if (test_score(s, len)) {
        bad_cell(c, name, s, len, TEST_SCORE);
        return;
    }
    named_cell n;
    const int level = named_level(c->L, s, len, &n);
    const elg_language *lang = n.lang;
    if (level >= 0 && strcmp(lang->code, code) == 0) {
        *dst = (gint8)level;
        return;
    }
    /* "French: fluent" names French whatever its level; "No (fluent)" is a
     * level qualified, not Norwegian */
    if (lang && level < 0 && n.k && level_lookup(ref, n.k, n.klen) >= 0)
        lang = NULL;
    if (level >= 0 || (lang && strcmp(lang->code, code) != 0)) {
        other_language(c, name, code, lang, s, len);
        return;
    }
    if (n.several) {
        several_languages(c, name, code, s, len);
        return;
    }
    /* the column's language then a level refused ("Anglais : C1
     * (courant)"): why, from the level */
    const char *why = lang ? n.v : s;
    const size_t wlen = lang ? n.vlen : len;
    bad_cell(c, name, s, len,
             level_pair(ref, why, wlen) ? LEVEL_PAIR : gloss_refused(level_lookup, ref, why, wlen, LEVEL_EXPECTED));
}

/* A level cell of column NAME into *DST (english, french or another
 * language's column), or reported. */
static void put_level(cell_ctx *c, const char *name, gint8 *dst, const char *s, size_t len)
{
    const int level = memo_int(c->L, MEMO_LEVEL, s, len, level_of);
    if (level >= 0)
        *dst = (gint8)level;
    else
        level_missed(c, name, dst, s, len);
}

/* "5+ years" or "3-5" read as a span (store.h): *DST, the column's years,
 * gets the lower end.  Still reported, as a warning that says how the cell
 * is read, as other cells read with a warning are (a row with one counts
 * toward rows_with_problems and --strict): the sheet's dropdown lost the
 * exact years, and a criterion inside the span stays unknown. */
static void put_span(cell_ctx *c, const char *name, gint32 field, gint32 *dst, elg_years_refusal why,
                     gint32 lo, gint32 hi, const char *s, size_t len)
{
    char a[24], b[24], what[160];
    elg_years_format(lo, a);
    if (why == ELG_YEARS_BOUND)
        g_snprintf(what, sizeof what,
                   "is a lower bound, not a number of years; read as at least %s (a criterion above %s stays unknown)",
                   a, a);
    else {
        elg_years_format(hi, b);
        g_snprintf(what, sizeof what,
                   "is a range, not a number of years; read as %s to %s (a criterion between stays unknown)", a,
                   b);
    }
    bad_value(c->L, c->line, c->column, name, s, len, what);
    *dst = lo;
    if (lo == hi)
        elg_store_span_clear(c->L->p, c->row, field);
    else
        elg_store_span_set(c->L->p, c->row, field, lo, hi);
}

/* Years of FIELD (an index, or ELG_SPAN_TOTAL) that elg_parse_years
 * refused: a bound or a range is read as a span, anything else reported. */
static void bad_years(cell_ctx *c, const char *name, gint32 field, gint32 *dst, const char *s, size_t len)
{
    gint32 lo, hi;
    const elg_years_refusal why = elg_years_refused(s, len, &lo, &hi);
    switch (why) {
    case ELG_YEARS_BOUND:
    case ELG_YEARS_RANGE:
        put_span(c, name, field, dst, why, lo, hi, s, len);
        break;
    case ELG_YEARS_NOT_A_NUMBER:
        bad_cell(c, name, s, len,
                 "is not a number of years; expected decimal years such as 5, 2.5 or 2,5, or none");
        break;
    }
}

static void put_years(cell_ctx *c, const char *field, gint32 *dst, const char *s, size_t len)
{
    gint32 milli;
    if (memo_years(c->L, s, len, &milli))
        *dst = milli;
    else
        bad_years(c, field, ELG_SPAN_TOTAL, dst, s, len);
}

/* The cell's row is the store's last (cells are read as their record ends). */
static gint32 *field_cell(cell_ctx *c, const char *tag)
{
    return elg_store_row_field(c->L->p, elg_store_field(c->L->p, tag));
}

/* The entry of TAG in CACHE (field_cache, skill_cache: 128 slots, open
 * addressing by its address's bits mixed): TAG's own if cached, else a free
 * one to fill; NULL after 8 probes (the caller then looks TAG up, as it
 * would on a miss).  No eviction: a file names few tags, and two hot tags
 * in one slot of a direct-mapped cache evicted each other every row. */
static inline struct elg_tag_slot *tag_entry(struct elg_tag_slot cache[128], const char *tag)
{
    guint i = (guint)(((guint64)(guintptr)tag * 0x9E3779B97F4A7C15ull) >> 57);
    for (guint probe = 0; probe < 8; probe++, i = (i + 1) & 127)
        if (cache[i].tag == tag || !cache[i].tag)
            return &cache[i];
    return NULL;
}

/* As field_cell, for a TAG that stays at its address while the file is read
 * (a vocabulary tag, a header's key): its index is cached by pointer, with
 * no hashing per cell. */
static gint32 *stable_field_cell(cell_ctx *c, const char *tag)
{
    elg_loader *L = c->L;
    struct elg_tag_slot *e = tag_entry(L->field_cache, tag);
    if (!e)
        return elg_store_row_field(L->p, elg_store_field(L->p, tag));
    if (e->tag != tag) {
        e->tag = tag;
        e->index = elg_store_field(L->p, tag);
    }
    return elg_store_row_field(L->p, e->index);
}

/* The first comma of [S, END) outside brackets, or NULL: "MS Office (Word,
 * Excel)", "English (C1, fluent)" are one item each. */
static const char *comma_outside_brackets(const char *s, const char *end)
{
    const char *c = memchr(s, ',', (size_t)(end - s));
    if (!c || !memchr(s, '(', (size_t)(c - s)))
        return c; /* most cells: no bracket before the comma */
    int depth = 0;
    for (; s < end; s++) {
        if (*s == '(')
            depth++;
        else if (*s == ')' && depth > 0)
            depth--;
        else if (*s == ',' && depth == 0)
            return s;
    }
    return NULL;
}

/* Split S on ';' (and on ',' too with COMMA, but for a comma in
 * brackets) and call FN for each trimmed,
 * non-empty item. */
static void each_item(cell_ctx *c, const char *s, size_t len, gboolean comma,
                      void (*fn)(cell_ctx *, const char *, size_t))
{
    const char *end = s + len;
    comma = comma && memchr(s, ',', len); /* once a cell: most hold none */
    for (;;) {
        const char *cut = memchr(s, ';', (size_t)(end - s));
        if (!cut)
            cut = end;
        const char *c2 = comma ? comma_outside_brackets(s, cut) : NULL;
        if (c2)
            cut = c2;
        size_t n = (size_t)(cut - s);
        const char *item = elg_trim(s, &n);
        if (n)
            fn(c, item, n);
        if (cut == end)
            break;
        s = cut + 1;
    }
}

/* FN for each trimmed, non-empty part of S between the cuts CUT_AT finds
 * (the first cut in the bytes it is given, or NULL). */
static void each_part(cell_ctx *c, const char *s, size_t len, const char *(*cut_at)(const char *, size_t),
                      void (*fn)(cell_ctx *, const char *, size_t))
{
    const char *end = s + len;
    for (;;) {
        const char *cut = cut_at(s, (size_t)(end - s));
        if (!cut)
            cut = end;
        size_t n = (size_t)(cut - s);
        const char *part = elg_trim(s, &n);
        if (n)
            fn(c, part, n);
        if (cut == end)
            return;
        s = cut + 1;
    }
}

/* S cut by CUT_AT into two or more parts that each read as a pair
 * (IS_PAIR): FN for each part (each_part), TRUE; else nothing done, FALSE,
 * and S is reported as it is. */
static gboolean pairs_cut(cell_ctx *c, const char *s, size_t len, const char *(*cut_at)(const char *, size_t),
                          gboolean (*is_pair)(cell_ctx *, const char *, size_t),
                          void (*fn)(cell_ctx *, const char *, size_t))
{
    const char *end = s + len;
    size_t parts = 0;
    for (const char *a = s;;) {
        const char *b = cut_at(a, (size_t)(end - a));
        if (!b)
            b = end;
        size_t n = (size_t)(b - a);
        const char *part = elg_trim(a, &n);
        if (!n || !is_pair(c, part, n))
            return FALSE;
        parts++;
        if (b == end)
            break;
        a = b + 1;
    }
    if (parts < 2)
        return FALSE;
    each_part(c, s, len, cut_at, fn);
    return TRUE;
}

/* An item of a list that could not be read but holds line breaks, as a
 * quoted cell's lines list items ("de:C1\nit:B2", "PMP\nSharePoint"): FN
 * for each trimmed, non-empty line instead.  FALSE when S holds none. */
static gboolean by_lines(cell_ctx *c, const char *s, size_t len, void (*fn)(cell_ctx *, const char *, size_t))
{
    if (!line_break(s, len))
        return FALSE;
    each_part(c, s, len, line_break, fn);
    return TRUE;
}

/* Split "key:value" into trimmed halves; key=value, "key (value)" and
 * "key - value" are read too, as forms and exports write them
 * ("German (C1)", "Project management - 3"). */
static gboolean split_pair(const char *s, size_t len, const char **k, size_t *klen,
                           const char **v, size_t *vlen)
{
    const char *colon = memchr(s, ':', len);
    if (!colon)
        colon = memchr(s, '=', len);
    if (!colon && split_gloss(s, len, k, klen, v, vlen))
        return *klen > 0 && *vlen > 0;
    size_t gap = 1; /* the separator's bytes */
    for (const char *d = s; !colon && d + 3 <= s + len; d++)
        if (d[0] == ' ' && d[1] == '-' && d[2] == ' ') {
            colon = d;
            gap = 3;
        }
    if (!colon)
        return FALSE;
    *klen = (size_t)(colon - s);
    *k = elg_trim(s, klen);
    *vlen = (size_t)(s + len - colon - gap);
    *v = elg_trim(colon + gap, vlen);
    return *klen > 0 && *vlen > 0;
}

/* The value V of a pair of list FIELD that could not be read, when it is
 * a placeholder: "project_management:N/A" gives no years, as the pair left
 * out would, and "de:#N/A" is reported as a spreadsheet error.  TRUE when
 * V was one of those, and so dealt with. */
static gboolean not_given_pair(cell_ctx *c, const char *field, const char *v, size_t vlen)
{
    switch (elg_cell_placeholder(v, vlen)) {
    case ELG_CELL_NOT_GIVEN:
        return TRUE;
    case ELG_CELL_SHEET_ERROR:
        bad_value(c->L, c->line, c->column, field, v, vlen, SHEET_ERROR);
        return TRUE;
    case ELG_CELL_VALUE:
        break;
    }
    return FALSE;
}

/* The rare ends of experience_pair, out of its way: the pair S (LEN bytes)
 * gives TAG (a field) years MILLI where *DST already holds some (given
 * twice: the later wins), or the span WHY [LO, HI]. */
static G_GNUC_NO_INLINE void pair_again_or_span(cell_ctx *c, const char *tag, gint32 *dst, gint32 milli,
                                                elg_years_refusal why, gint32 lo, gint32 hi, const char *s,
                                                size_t len)
{
    if (*dst != ELG_UNKNOWN_YEARS && *dst != milli) {
        char a[24], b[24];
        elg_years_format(*dst, a);
        elg_years_format(milli, b);
        elg_loader_row_warn(c->L, c->line, c->column, "experience", NULL,
                            "experience: %s given twice (%s, then %s years); using %s", tag, a, b, b);
    }
    if (why != ELG_YEARS_NOT_A_NUMBER)
        put_span(c, "experience", (gint32)elg_store_field(c->L->p, tag), dst, why, lo, hi, s, len);
    else {
        if (elg_store_row_has_spans(c->L->p, c->row))
            elg_store_span_clear(c->L->p, c->row, (gint32)elg_store_field(c->L->p, tag));
        *dst = milli;
    }
}

static void experience_pair(cell_ctx *c, const char *s, size_t len);

/* The length of the number of years at S ("3", "2.5", "4,5"), 0 if none. */
static size_t years_number(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && g_ascii_isdigit(s[i]))
        i++;
    if (i && i + 1 < len && (s[i] == '.' || s[i] == ',') && g_ascii_isdigit(s[i + 1]))
        for (i++; i < len && g_ascii_isdigit(s[i]);)
            i++;
    return i;
}

/* "K:V" into PAIR (ELG_FOLD_MAX bytes), *N its length: a pair rewritten
 * from another form; FALSE when it does not fit. */
static gboolean pair_text(const char *k, size_t klen, const char *v, size_t vlen, char pair[ELG_FOLD_MAX],
                          size_t *n)
{
    if (klen + 1 + vlen >= ELG_FOLD_MAX)
        return FALSE;
    memcpy(pair, k, klen);
    pair[klen] = ':';
    memcpy(pair + klen + 1, v, vlen);
    *n = klen + 1 + vlen;
    return TRUE;
}

typedef gboolean (*pair_rewrite)(cell_ctx *c, const char *s, size_t len, char pair[ELG_FOLD_MAX], size_t *n);

/* S as REWRITE reads it as a pair ("committee work 3 years" as
 * "committee work:3"), put into the row by FN; FALSE when it does not. */
static G_GNUC_NO_INLINE gboolean read_rewritten(cell_ctx *c, const char *s, size_t len, pair_rewrite rewrite,
                                                void (*fn)(cell_ctx *, const char *, size_t))
{
    char pair[ELG_FOLD_MAX];
    size_t n;
    if (!rewrite(c, s, len, pair, &n))
        return FALSE;
    fn(c, pair, n);
    return TRUE;
}

/* A pair written in words, "committee work 3 years", "3 years of
 * committee work", "4 ans de gestion de projet", rewritten "field:years"
 * into PAIR (ELG_FOLD_MAX bytes), *N its length, when the words name a
 * field of the vocabulary and the number reads as years (so that nothing
 * is reported for the rewritten text); FALSE otherwise. */
static gboolean words_pair(cell_ctx *c, const char *s, size_t len, char pair[ELG_FOLD_MAX], size_t *n)
{
    const char *k = NULL, *v = NULL;
    size_t klen = 0, vlen = 0, u = len;
    while (u > 0 && word_byte(s[u - 1]))
        u--;
    if (u < len && elg_years_unit_word(s + u, len - u)) { /* "FIELD N years" */
        size_t e = u;
        while (e > 0 && s[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > 0 && (g_ascii_isdigit(s[b - 1]) || s[b - 1] == '.' || s[b - 1] == ','))
            b--;
        if (b < e && b > 0 && s[b - 1] == ' ' && years_number(s + b, e - b) == e - b) {
            v = s + b;
            vlen = e - b;
            k = s;
            klen = b;
        }
    } else if (u < len && g_ascii_isdigit(s[len - 1])) { /* "FIELD N", a field of the vocabulary only */
        size_t b = len;
        while (b > 0 && (g_ascii_isdigit(s[b - 1]) || s[b - 1] == '.' || s[b - 1] == ','))
            b--;
        if (b > 0 && s[b - 1] == ' ' && years_number(s + b, len - b) == len - b) {
            v = s + b;
            vlen = len - b;
            k = s;
            klen = b;
        }
    } else if ((vlen = years_number(s, len)) > 0) { /* "N years of FIELD" */
        size_t w = vlen;
        while (w < len && s[w] == ' ')
            w++;
        size_t e = w;
        while (e < len && word_byte(s[e]))
            e++;
        if (e > w && elg_years_unit_word(s + w, e - w)) {
            static const char *const linking[] = {"of", "in", "as", "de", "d", "en", "dans", "comme"};
            const size_t a = after_words(s, e, len, linking, G_N_ELEMENTS(linking));
            if (a > e && a < len) {
                v = s;
                k = s + a;
                klen = len - a;
            }
        }
    }
    gint32 milli;
    if (!k || !(klen = (size_t)(elg_trim(k, &klen) - k) + klen, klen) ||
        !memo_ptr(c->L, MEMO_FIELD, k, klen, lookup_field) || !memo_years(c->L, v, vlen, &milli))
        return FALSE;
    return pair_text(k, klen, v, vlen, pair, n);
}

/* The first comma of S that is no decimal comma ("3,5" is one), or NULL. */
static const char *list_comma(const char *s, size_t len)
{
    for (const char *c = memchr(s, ',', len); c; c = memchr(c + 1, ',', len - (size_t)(c + 1 - s)))
        if (!(c > s && g_ascii_isdigit(c[-1]) && c + 1 < s + len && g_ascii_isdigit(c[1])))
            return c;
    return NULL;
}

/* Is S an experience pair, as written ("defence_security:3") or in words
 * ("committee work 3 years")? */
static gboolean experience_pair_form(cell_ctx *c, const char *s, size_t len)
{
    const char *k, *v;
    size_t klen, vlen, plen;
    char pair[ELG_FOLD_MAX];
    return split_pair(s, len, &k, &klen, &v, &vlen) || words_pair(c, s, len, pair, &plen);
}

/* "defence_security:3, project_management:2": pairs cut by commas, when
 * every part is a pair, in words or not (pairs_cut). */
static G_GNUC_NO_INLINE gboolean pairs_by_commas(cell_ctx *c, const char *s, size_t len)
{
    return pairs_cut(c, s, len, list_comma, experience_pair_form, experience_pair);
}

static void experience_pair(cell_ctx *c, const char *s, size_t len)
{
    const char *k, *v;
    size_t klen, vlen;
    gint32 milli;
    char tag[ELG_FOLD_MAX];
    /* a key naming a vocabulary field is folded once (memo); any other key
     * is folded every time, as it is rare and reported */
    const elg_vocab_entry *field = NULL;
    const gboolean pair = split_pair(s, len, &k, &klen, &v, &vlen);
    gboolean years = pair && memo_years(c->L, v, vlen, &milli);
    if (pair && !years && not_given_pair(c, "experience", v, vlen))
        return;
    /* "project_management:5+": a span (put_span) */
    gint32 lo = 0, hi = 0;
    elg_years_refusal span = ELG_YEARS_NOT_A_NUMBER;
    if (pair && !years && (span = elg_years_refused(v, vlen, &lo, &hi)) != ELG_YEARS_NOT_A_NUMBER) {
        years = TRUE;
        milli = lo;
    }
    if (!years ||
        (!(field = memo_ptr(c->L, MEMO_FIELD, k, klen, lookup_field)) &&
         (elg_fold_words(k, klen, tag, sizeof tag) >= sizeof tag || !*tag))) {
        if (by_lines(c, s, len, experience_pair) || pairs_by_commas(c, s, len) ||
            read_rewritten(c, s, len, words_pair, experience_pair))
            return;
        bad_value(c->L, c->line, c->column, "experience", s, len,
                  "is not a field:years pair; expected e.g. defence_security:6;project_management:3.5");
        return;
    }
    if (!field && by_lines(c, s, len, experience_pair))
        return;
    if (!field)
        bad_value(c->L, c->line, c->column, "experience", k, klen,
                  "is not an experience field of the vocabulary; kept as a new field");
    gint32 *dst = field ? stable_field_cell(c, field->tag) : field_cell(c, tag);
    if (G_UNLIKELY(span != ELG_YEARS_NOT_A_NUMBER) || *dst != ELG_UNKNOWN_YEARS)
        pair_again_or_span(c, field ? field->tag : tag, dst, milli, span, lo, hi, s, len);
    else
        *dst = milli;
}

/* The level V of a pair of LANG that the level table did not read, as
 * the french column reads it: a French certificate ("fr: DELF B2") for
 * French; under another code ("de: DELF B2") it is no level of that
 * language, and is reported.  -1 when V is no certificate, -2 when it
 * was reported. */
static G_GNUC_NO_INLINE int pair_certificate(cell_ctx *c, const elg_language *lang, const char *v, size_t vlen)
{
    const int cert = french_certificate(c->L->p->ref, v, vlen);
    if (cert < 0 || strcmp(lang->code, "fr") == 0)
        return cert;
    char what[160];
    g_snprintf(what, sizeof what, "is a French certificate, not a level of %s (%s); read as unknown", lang->en,
               lang->code);
    bad_value(c->L, c->line, c->column, "languages", v, vlen, what);
    return -2;
}

/* The level V of a pair of LANG that names a language again, as the
 * level columns read it (named_level): after the level ("fr: C1
 * (français)"), before it ("en: English (C1)", "fr: Français : DELF B2")
 * or beside it ("en: English: V (C1)"): the level, when that language is
 * LANG; another language's ("en: C1 (French)", "en: French (C1)") is
 * reported, -2.  -1 when V is no such level. */
static G_GNUC_NO_INLINE int pair_named_level(cell_ctx *c, const elg_language *lang, const char *v, size_t vlen)
{
    named_cell n;
    const int level = named_level(c->L, v, vlen, &n);
    if ((level < 0 && !n.several) || (level >= 0 && strcmp(n.lang->code, lang->code) == 0))
        return level;
    char what[160];
    if (level < 0)
        g_snprintf(what, sizeof what, "gives the levels of several languages, not one of %s (%s); read as unknown",
                   lang->en, lang->code);
    else
        g_snprintf(what, sizeof what, "is a level of %s, not of %s (%s); read as unknown", n.lang->en, lang->en,
                   lang->code);
    bad_value(c->L, c->line, c->column, "languages", v, vlen, what);
    return -2;
}

static void language_pair(cell_ctx *c, const char *s, size_t len);

/* A language and its level with only a space or a dash between them
 * (spaced_level: "English C1", "C1 English", "en-C1"), rewritten
 * "language:level" into PAIR (ELG_FOLD_MAX bytes), *N its length, so
 * that nothing is reported for the rewritten text; FALSE when S is none. */
static gboolean spaced_language_pair(cell_ctx *c, const char *s, size_t len, char pair[ELG_FOLD_MAX], size_t *n)
{
    const elg_language *lang;
    const char *k, *v;
    size_t klen, vlen;
    return spaced_level(c->L, s, len, &lang, &k, &klen, &v, &vlen) >= 0 && pair_text(k, klen, v, vlen, pair, n);
}

/* The first slash of S with a space before and after it, or the first
 * bar ("German B2 | Italian A2", as exports join a list), or NULL. */
static const char *spaced_slash_or_bar(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] == '|' || (s[i] == '/' && i && i + 1 < len && s[i - 1] == ' ' && s[i + 1] == ' '))
            return s + i;
    return NULL;
}

/* Is S a language and its level, "de: C1", "German - C1", "English C1"? */
static gboolean language_pair_form(cell_ctx *c, const char *s, size_t len)
{
    const char *k, *v;
    size_t klen, vlen, plen;
    char pair[ELG_FOLD_MAX];
    return (split_pair(s, len, &k, &klen, &v, &vlen) && memo_ptr(c->L, MEMO_LANGUAGE, k, klen, lookup_language) &&
            memo_int(c->L, MEMO_LEVEL, v, vlen, level_of) >= 0) ||
           spaced_language_pair(c, s, len, pair, &plen);
}

/* Pairs cut by a slash with spaces around it, "English - C1 / French - B1",
 * or by bars, "German B2 | Italian A2", when every part reads as a
 * language and its level (pairs_cut). */
static G_GNUC_NO_INLINE gboolean language_pairs_by_slashes(cell_ctx *c, const char *s, size_t len)
{
    return pairs_cut(c, s, len, spaced_slash_or_bar, language_pair_form, language_pair);
}

static void language_pair(cell_ctx *c, const char *s, size_t len)
{
    elg_profiles *p = c->L->p;
    const char *k, *v;
    size_t klen, vlen;
    if (!split_pair(s, len, &k, &klen, &v, &vlen)) {
        if (by_lines(c, s, len, language_pair) || language_pairs_by_slashes(c, s, len) ||
            read_rewritten(c, s, len, spaced_language_pair, language_pair))
            return;
        bad_value(c->L, c->line, c->column, "languages", s, len,
                  "is not a code:level pair; expected e.g. uk:III;de:C1");
        return;
    }
    const elg_language *lang = memo_ptr(c->L, MEMO_LANGUAGE, k, klen, lookup_language);
    int level = memo_int(c->L, MEMO_LEVEL, v, vlen, level_of);
    if ((!lang || level < 0) &&
        (by_lines(c, s, len, language_pair) || language_pairs_by_slashes(c, s, len) ||
         read_rewritten(c, s, len, spaced_language_pair, language_pair)))
        return;
    if (!lang)
        level = level_then_language(p->ref, s, len, &lang); /* "C1 (German)", as "German (C1)" */
    if (!lang) {
        bad_value(c->L, c->line, c->column, "languages", k, klen,
                  "is not a language; expected an ISO 639 code such as uk or de, or a language name");
        return;
    }
    if (level < 0) {
        level = pair_certificate(c, lang, v, vlen);
        if (level == -1)
            level = pair_named_level(c, lang, v, vlen);
        if (level == -1 && !not_given_pair(c, "languages", v, vlen))
            bad_value(c->L, c->line, c->column, "languages", v, vlen,
                      level_pair(p->ref, v, vlen) ? LEVEL_PAIR
                      : test_score(v, vlen)       ? TEST_SCORE
                                                  : gloss_refused(level_lookup, p->ref, v, vlen, LEVEL_EXPECTED));
        if (level < 0)
            return;
    }
    /* en and fr here fill the english and french columns; their own cells,
     * read afterwards, take precedence */
    gint8 *dst;
    if (strcmp(lang->code, "en") == 0)
        dst = &I8(p->english, c->row);
    else if (strcmp(lang->code, "fr") == 0)
        dst = &I8(p->french, c->row);
    else
        dst = elg_store_row_language(p, elg_store_language(p, lang->code));
    if (*dst != ELG_UNKNOWN_I8 && *dst != level) {
        char *const *roman = p->ref->level_roman;
        elg_loader_row_warn(c->L, c->line, c->column, "languages", NULL,
                            "languages: %s given twice (%s, then %s); using %s", lang->code, roman[*dst],
                            roman[level], roman[level]);
    }
    *dst = (gint8)level;
}

static void skill_item(cell_ctx *c, const char *s, size_t len);

static const char *slash(const char *s, size_t len)
{
    return memchr(s, '/', len);
}

static const char *bar(const char *s, size_t len)
{
    return memchr(s, '|', len);
}

/* Skills separated by bars, "Agile | Scrum | Kanban", as exports join a
 * list (no skill's name holds one): each part is a skill.  FALSE when S
 * holds none. */
static gboolean bar_list(cell_ctx *c, const char *s, size_t len)
{
    gboolean words = FALSE; /* "|" alone is no list of skills: reported as it is */
    for (size_t i = 0; i < len && !words; i++)
        words = word_byte(s[i]);
    if (!words)
        return FALSE;
    each_part(c, s, len, bar, skill_item);
    return TRUE;
}

/* Skills separated by slashes, S being no tag of the vocabulary: "PMP /
 * SharePoint" (a slash with spaces around it), or "PMP/PRINCE2" when every
 * part is a tag of the vocabulary; then each part is a skill.  "TCP/IP",
 * "CIPP/E" (a tag itself) stay one. */
static gboolean slash_list(cell_ctx *c, const char *s, size_t len)
{
    const char *end = s + len, *sl = memchr(s, '/', len);
    if (!sl)
        return FALSE;
    gboolean spaced = FALSE, tags = TRUE;
    for (const char *a = s;;) {
        const char *b = memchr(a, '/', (size_t)(end - a));
        if (!b)
            b = end;
        spaced |= b < end && b > s && b[-1] == ' ' && b + 1 < end && b[1] == ' ';
        size_t n = (size_t)(b - a);
        const char *part = elg_trim(a, &n);
        tags = tags && n && memo_ptr(c->L, MEMO_SKILL, part, n, lookup_skill);
        if (b == end)
            break;
        a = b + 1;
    }
    if (!spaced && !tags)
        return FALSE;
    each_part(c, s, len, slash, skill_item);
    return TRUE;
}

/* A skill that lists its parts in brackets, S being no tag of the
 * vocabulary: "Microsoft Office (Word, Excel, PowerPoint)", "Agile (Scrum;
 * Kanban)": the name and each part are skills.  FALSE when S is none. */
static G_GNUC_NO_INLINE gboolean gloss_list(cell_ctx *c, const char *s, size_t len)
{
    const char *name, *gloss;
    size_t nlen, glen;
    /* a flat list only: parts in brackets of their own are not read so,
     * which also bounds the recursion a cell of nested brackets would make */
    if (!split_gloss(s, len, &name, &nlen, &gloss, &glen) || !glen ||
        !(memchr(gloss, ',', glen) || memchr(gloss, ';', glen)) || memchr(gloss, '(', glen))
        return FALSE;
    if (nlen)
        skill_item(c, name, nlen);
    each_item(c, gloss, glen, TRUE, skill_item);
    return TRUE;
}

/* S, no tag of the vocabulary, as a list of skills: over lines, cut by
 * bars, in brackets or cut by slashes; each part then a skill.  FALSE
 * when S is no such list.  Kept out of skill_item, whose vocabulary hits
 * are the common path. */
static G_GNUC_NO_INLINE gboolean skill_list(cell_ctx *c, const char *s, size_t len)
{
    return by_lines(c, s, len, skill_item) || (memchr(s, '|', len) && bar_list(c, s, len)) ||
           gloss_list(c, s, len) || slash_list(c, s, len);
}

static void skill_item(cell_ctx *c, const char *s, size_t len)
{
    elg_profiles *p = c->L->p;
    if (s[0] == '#' && elg_cell_placeholder(s, len) == ELG_CELL_SHEET_ERROR) {
        bad_value(c->L, c->line, c->column, "skills", s, len, SHEET_ERROR); /* "python;#N/A": not a tag "n_a" */
        return;
    }
    const char *tag = memo_ptr(c->L, MEMO_SKILL, s, len, lookup_skill);
    char free_tag[ELG_FOLD_MAX];
    if (!tag && skill_list(c, s, len))
        return;
    if (!tag) {
        if (elg_fold_words(s, len, free_tag, sizeof free_tag) >= sizeof free_tag || !*free_tag) {
            bad_value(c->L, c->line, c->column, "skills", s, len, "is not a usable tag");
            return;
        }
        tag = free_tag;
    }
    /* "agile;Scrum" names one skill twice: keep it once */
    guint32 skill;
    if (tag == free_tag) {
        skill = elg_store_skill(p, tag);
    } else {
        /* a vocabulary tag is one pointer: its index in this store is cached */
        struct elg_tag_slot *e = tag_entry(c->L->skill_cache, tag);
        if (!e) {
            skill = elg_store_skill(p, tag);
        } else {
            if (e->tag != tag) {
                e->tag = tag;
                e->index = elg_store_skill(p, tag);
            }
            skill = e->index;
        }
    }
    for (guint k = g_array_index(p->skill_start, guint32, c->row); k < p->skill_ids->len; k++)
        if (g_array_index(p->skill_ids, guint32, k) == skill)
            return;
    elg_store_row_skill(p, skill);
}

static gboolean is_none(const char *s, size_t len)
{
    /* a letter or digit first folds to itself: only n and a can begin these */
    const char c0 = (char)(*s | 0x20);
    if (len && g_ascii_isalnum(*s) && c0 != 'n' && c0 != 'a')
        return FALSE;
    char f[16];
    size_t n = elg_fold(s, len, f, sizeof f);
    return n < sizeof f && (strcmp(f, "none") == 0 || strcmp(f, "aucun") == 0 ||
                            strcmp(f, "aucune") == 0 || strcmp(f, "nil") == 0);
}

#define STAFF_COLLEGE                                                                                    \
    "names a staff or defence college, which is not an education level; expected a level here (none, "      \
    "secondary, post_secondary, bachelor, master, doctorate) and the college in the staff_college column " \
    "(yes or no); read as unknown"

/* Does S name a staff, war or defence college, "Staff College", "NATO
 * Defense College", "École de guerre", "Führungsakademie"?  Recruiters
 * put it in the education column; it is the staff_college column's
 * (DESIGN s.2), and an alternative counts only where it is claimed there,
 * so it is named, not read.  Only on the miss path (education_missed). */
static gboolean staff_college_named(const char *s, size_t len)
{
    static const char *const phrases[] = {
        "_staff_college_", "_war_college_", "_defense_college_", "_defence_college_",
        "_college_of_defence_", "_college_de_defense_", "_college_interarmees_de_defense_",
        "_ecole_de_guerre_", "_ecole_superieure_de_guerre_", "_fuhrungsakademie_", "_fuehrungsakademie_"};
    char f[ELG_FOLD_MAX + 2];
    if (len < 11) /* "War College", the shortest: a misspelt level ("Bachelr") costs no fold */
        return FALSE;
    f[0] = '_';
    const size_t n = elg_fold_words(s, len, f + 1, ELG_FOLD_MAX);
    if (n >= ELG_FOLD_MAX || !n)
        return FALSE;
    f[n + 1] = '_';
    f[n + 2] = 0;
    for (size_t k = 0; k < G_N_ELEMENTS(phrases); k++)
        if (strstr(f, phrases[k]))
            return TRUE;
    return FALSE;
}

/* Report the education cell S that read as no level: why, when it is a
 * degree not held ("MSc in progress") or a staff college, else what was
 * expected. */
static G_GNUC_NO_INLINE void education_missed(cell_ctx *c, const char *name, const char *s, size_t len)
{
    const elg_reference *ref = c->L->p->ref;
    const char *why = education_refused(ref, s, len);
    if (!why && study_year(s, len))
        why = NOT_HELD_YEAR; /* "L2", "Licence II" */
    if (!why && staff_college_named(s, len))
        why = STAFF_COLLEGE;
    bad_cell(c, name, s, len,
             why ? why
                 : gloss_refused(elg_ref_education, ref, s, len,
                                 "is not an education level; expected none, secondary, post_secondary, "
                                 "bachelor, master, doctorate or a synonym such as BA, MSc, PhD, licence"));
}

#define CLEARANCE_EXPECTED "expected none, NR, NC, NS, CTS or a long name such as NATO SECRET"

/* The clearance cell S that the table did not read: a level said to be
 * held or beside the European Union's ("NS (valid)", "NATO SECRET / EU
 * SECRET") into the row; else reported, saying why when it is not held
 * yet or is the European Union's only. */
static G_GNUC_NO_INLINE void clearance_missed(cell_ctx *c, const char *name, const char *s, size_t len)
{
    const elg_reference *ref = c->L->p->ref;
    const char *why = clearance_not_held_why(s, len);
    int level;
    if (!why && ((level = clearance_held(ref, s, len)) >= 0 || (level = clearance_beside_eu(ref, s, len)) >= 0)) {
        I8(c->L->p->clearance, c->row) = (gint8)level;
        return;
    }
    if (!why && eu_clearance(s, len))
        why = "is a clearance of the European Union, not of NATO; " CLEARANCE_EXPECTED "; read as unknown";
    bad_cell(c, name, s, len,
             why ? why : gloss_refused(elg_ref_clearance, ref, s, len, "is not a clearance level; " CLEARANCE_EXPECTED));
}

static void put_canonical(cell_ctx *c, elg_column col, const char *s, size_t len)
{
    elg_loader *L = c->L;
    elg_profiles *p = L->p;
    const char *name = elg_column_names[col];
    gint8 v8;
    switch (elg_column_types[col]) {
    case ELG_VT_ID:
        /* no lookup to miss: one byte's compare a row, for `="00123"` */
        if (*s == '=' && excel_text(L, &s, &len) && !len)
            break; /* `=""`: an empty cell */
        L->row_id = s;
        L->row_id_len = len;
        break;
    case ELG_VT_TEXT:
        if (*s == '=' && excel_text(L, &s, &len) && !len)
            break; /* `=""`: an empty cell */
        L->row_name = s;
        L->row_name_len = len;
        break;
    case ELG_VT_NAME_PART:
        if (*s == '=' && excel_text(L, &s, &len) && !len)
            break; /* `=""`: an empty cell */
        if (col == ELG_COL_FIRST_NAME) {
            L->row_first = s;
            L->row_first_len = len;
        } else {
            L->row_last = s;
            L->row_last_len = len;
        }
        break;
    case ELG_VT_COUNTRIES:
        /* "Second nationality: None" is none other (DESIGN s.2: none is
         * none); the nationality column decides */
        if (col != ELG_COL_OTHER_NATIONALITIES || !is_none(s, len))
            put_countries(c, name, s, len);
        break;
    case ELG_VT_EDUCATION: {
        int level = memo_int(L, MEMO_EDUCATION, s, len, education_of);
        if (level >= 0)
            I8(p->education, c->row) = (gint8)level;
        else
            education_missed(c, name, s, len);
        break;
    }
    case ELG_VT_YESNO:
        if (memo_yesno(L, s, len, &v8))
            I8(col == ELG_COL_EQUIVALENT ? p->equivalent : p->staff_college, c->row) = v8;
        else
            bad_value(L, c->line, c->column, name, s, len,
                      "is not yes or no; read as empty");
        break;
    case ELG_VT_YEARS:
        put_years(c, name, &ELG_ROW_VALUE(p->exp_total, gint32, c->row), s, len);
        break;
    case ELG_VT_FIELD_YEARS:
        if (is_none(s, len))
            ELG_ROW_VALUE(p->flags, guint8, c->row) |= ELG_ROW_EXP_NONE;
        else
            each_item(c, s, len, FALSE, experience_pair); /* '4,5' is a number */
        break;
    case ELG_VT_LEVEL:
        put_level(c, name, &I8(col == ELG_COL_ENGLISH ? p->english : p->french, c->row), s, len);
        break;
    case ELG_VT_LANG_LEVELS:
        each_item(c, s, len, TRUE, language_pair); /* no level holds a comma */
        break;
    case ELG_VT_CLEARANCE: {
        int level = memo_int(L, MEMO_CLEARANCE, s, len, clearance_of);
        if (level >= 0)
            I8(p->clearance, c->row) = (gint8)level;
        else
            clearance_missed(c, name, s, len);
        break;
    }
    case ELG_VT_TAGS:
        if (s[0] == '#' && elg_cell_placeholder(s, len) == ELG_CELL_SHEET_ERROR) {
            bad_value(L, c->line, c->column, name, s, len, SHEET_ERROR); /* not a tag "n_a" */
            break;
        }
        ELG_ROW_VALUE(p->flags, guint8, c->row) &= (guint8)~ELG_ROW_SKILLS_UNKNOWN;
        if (!is_none(s, len))
            each_item(c, s, len, TRUE, skill_item); /* 'PMP, Prince2' is two */
        break;
    case ELG_VT_DATE: {
        guint32 jd;
        gboolean slash;
        if (memo_date(L, s, len, &jd, &slash))
            ELG_ROW_VALUE(p->applied_on, guint32, c->row) = jd;
        else if (slash)
            slash_date_refused(c, name, s, len);
        else if (L->opt.date_order != ELG_DATES_STRICT && memchr(s, '/', len))
            bad_cell(c, name, s, len,
                     L->opt.date_order == ELG_DATES_DMY
                         ? "is not a date read day/month/year (--date-order dmy), such as 19/03/2025"
                         : "is not a date read month/day/year (--date-order mdy), such as 03/19/2025");
        else if (spreadsheet_day_number(s, len))
            bad_cell(c, name, s, len,
                     "is a spreadsheet's day number, not a date; format the column as dates before exporting "
                     "(2025-03-19, 19-Mar-2025 or 19 mars 2025)");
        else if (elg_date_weekday_wrong(s, len, L->opt.date_order))
            bad_cell(c, name, s, len, "names a day of the week that is not the date's; read as unknown");
        else
            bad_cell(c, name, s, len, "is not a date; expected 2025-03-19, 19-Mar-2025 or 19 mars 2025");
        break;
    }
    }
}

/* Does M read its cells as values, rather than as text (an id, a name, a
 * column the engine does not know)? */
static gboolean reads_values(const elg_header_map *m)
{
    if (m->kind != ELG_MAP_CANONICAL)
        return m->kind != ELG_MAP_EXTRA;
    const elg_value_type t = elg_column_types[m->column];
    return t != ELG_VT_ID && t != ELG_VT_TEXT && t != ELG_VT_NAME_PART;
}

/* The name the cell's column was mapped to ("experience_logistics",
 * "q_drafting", "language_de"), as elg_loader_map_headers recorded it: no string is
 * made per cell. */
static const char *mapped_name(const cell_ctx *c)
{
    return g_ptr_array_index(c->L->p->mapping, c->column - 1);
}

static void put_value(cell_ctx *c, const elg_header_map *m, const char *s, size_t len)
{
    elg_profiles *p = c->L->p;
    switch (m->kind) {
    case ELG_MAP_CANONICAL:
        put_canonical(c, m->column, s, len);
        break;
    case ELG_MAP_FIELD: {
        gint32 *dst = stable_field_cell(c, m->key);
        const gint32 before = *dst;
        gint32 milli;
        const gboolean read = memo_years(c->L, s, len, &milli);
        if (read && before == ELG_UNKNOWN_YEARS) {
            *dst = milli;
            break;
        }
        const char *name = mapped_name(c);
        /* the column's years win over the experience list's, span or not */
        if (!read) {
            bad_years(c, name, (gint32)elg_store_field(p, m->key), dst, s, len);
        } else if (milli == before) {
            if (elg_store_row_has_spans(p, c->row))
                elg_store_span_clear(p, c->row, (gint32)elg_store_field(p, m->key));
        } else {
            if (elg_store_row_has_spans(p, c->row))
                elg_store_span_clear(p, c->row, (gint32)elg_store_field(p, m->key));
            *dst = milli;
            char a[24], b[24];
            elg_years_format(milli, a);
            elg_years_format(before, b);
            elg_loader_row_warn(c->L, c->line, c->column, name, NULL,
                                "%s: %s years here but %s in the experience column; using %s", name, a,
                                b, a);
        }
        break;
    }
    case ELG_MAP_ANSWER: {
        gint8 v;
        elg_keyed_column *k = elg_store_keyed_get(p, p->answers, m->key);
        if (memo_yesno(c->L, s, len, &v))
            g_array_index(k->values, gint8, c->row) = v;
        else
            bad_cell(c, mapped_name(c), s, len, "is not yes or no; read as empty");
        break;
    }
    case ELG_MAP_LANGUAGE: {
        /* read after the languages list (cell_pass): the column wins, as english's does */
        put_level(c, mapped_name(c), elg_store_row_language(p, elg_store_language(p, m->key)), s, len);
        break;
    }
    case ELG_MAP_EXTRA:
        break;
    }
}

/* "NA", as R and pandas write a missing value; in a nationality cell it
 * may also be Namibia's code, which put_countries says. */
static inline gboolean is_r_missing(const char *s, size_t len)
{
    return len == 2 && (s[0] | 0x20) == 'n' && (s[1] | 0x20) == 'a';
}

static gboolean is_countries(const elg_header_map *m)
{
    return m->kind == ELG_MAP_CANONICAL && elg_column_types[m->column] == ELG_VT_COUNTRIES;
}

static void put_cell(cell_ctx *c, const elg_header_map *m, const char *s, size_t len)
{
    elg_profiles *p = c->L->p;
    /* "N/A", "-", "unknown": read as the empty cell they stand for (a
     * column kept as written still keeps them).  Asked only of a cell
     * whose first byte may begin one. */
    if (!((elg_maybe_not_given(s, len) && reads_values(m) && elg_cell_placeholder(s, len) == ELG_CELL_NOT_GIVEN) ||
          (is_r_missing(s, len) && reads_values(m) && !is_countries(m))))
        put_value(c, m, s, len);
    if (m->text) {
        if (*s == '=') /* kept as the spreadsheet showed it */
            excel_text(c->L, &s, &len);
        g_ptr_array_index((GPtrArray *)g_ptr_array_index(p->text_cols, m->text - 1), c->row) =
            g_string_chunk_insert_len(p->strings, s, (gssize)len);
    }
}

/* The hash of a candidate_id in the table of ids seen (never 0: 0 is an empty slot). */
static guint32 id_hash(const char *id)
{
    guint32 h = 2166136261u;
    for (const unsigned char *c = (const unsigned char *)id; *c; c++)
        h = (h ^ *c) * 16777619u;
    return h | 1;
}

/* The row's id and name as one string "ID\0NAME" (the id alone when there
 * is no name): one pointer a row finds both.  The name is the name cell,
 * or the first and last names joined by a space (name_joined). */
static void store_id_and_name(elg_loader *L, unsigned row)
{
    elg_profiles *p = L->p;
    const char *part[2] = {L->row_name, NULL};
    size_t part_len[2] = {L->row_name_len, 0};
    if (L->name_joined) {
        part[0] = L->row_first;
        part_len[0] = L->row_first_len;
        part[1] = L->name_is_last ? L->row_name : L->row_last;
        part_len[1] = L->name_is_last ? L->row_name_len : L->row_last_len;
        if (!part[0]) { /* a last name alone */
            part[0] = part[1];
            part_len[0] = part_len[1];
            part[1] = NULL;
        }
    }
    if (!L->row_id && !part[0])
        return;
    if (!part[0]) {
        g_ptr_array_index(p->ids, row) = g_string_chunk_insert_len(p->strings, L->row_id, (gssize)L->row_id_len);
        return;
    }
    /* put together where it fits on the stack (almost always), else in scratch */
    const size_t id_len = L->row_id ? L->row_id_len : 0,
                 len = id_len + 1 + part_len[0] + (part[1] ? 1 + part_len[1] : 0);
    char small[256];
    char *t = len <= sizeof small ? small : (g_string_set_size(L->row_text, len), L->row_text->str);
    memcpy(t, L->row_id ? L->row_id : "", id_len);
    t[id_len] = '\0';
    memcpy(t + id_len + 1, part[0], part_len[0]);
    if (part[1]) {
        t[id_len + 1 + part_len[0]] = ' ';
        memcpy(t + id_len + 2 + part_len[0], part[1], part_len[1]);
    }
    g_ptr_array_index(p->ids, row) = g_string_chunk_insert_len(p->strings, t, (gssize)len);
    ELG_ROW_VALUE(p->flags, guint8, row) |= ELG_ROW_HAS_NAME;
}

/* Does the current record repeat the header, cell for cell, as files
 * joined one after the other do?  Looked at only when its id cell is as
 * long as the id's header: one comparison a row. */
static gboolean repeats_header(const elg_loader *L)
{
    if (L->ncells != L->p->headers->len || L->extra_fields)
        return FALSE;
    for (guint i = 0; i < L->ncells; i++) {
        const char *h = g_ptr_array_index(L->p->headers, i);
        if (strlen(h) != L->cell[i].len || memcmp(h, elg_loader_cell(L, i), L->cell[i].len) != 0)
            return FALSE;
    }
    return TRUE;
}

/* A record that repeats the header is no candidate: not stored, and said
 * so, so that it is not dropped silently.  Out of line: the rows' path
 * stays as it was. */
static G_GNUC_NO_INLINE gboolean header_repeated(elg_loader *L, unsigned line)
{
    if (!repeats_header(L))
        return FALSE;
    elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, line, L->id_col + 1, NULL, NULL, NULL,
                  "the row repeats the header (as files joined one after the other do); not a "
                  "candidate: not read, not screened");
    L->p->header_repeats++;
    return TRUE;
}

/* Is ID a spreadsheet's summary line ("Total", "Grand total", "Total: 40",
 * "Moyenne", "Nombre de candidats") rather than a candidate?  Such a line
 * under the data is screened as every row is (DESIGN.md s.6), and said so.
 * Only a summary word and words that may follow it ("Sum Li" is a name).
 * Asked only of an id whose first two bytes are letters (store_row), which
 * keeps it off the common path of ids such as "C0000001". */
static G_GNUC_NO_INLINE gboolean summary_id(const char *id)
{
    static const char *const lead[] = {"grand", "sous", "sub"};
    static const char *const words[] = {"total", "totals", "subtotal", "totaux", "sum",    "count",
                                        "average", "mean", "somme",   "moyenne", "nombre", "number"};
    static const char *const after[] = {"general",    "generale",   "de",           "des", "of",
                                        "candidats",  "candidates", "candidatures", "applicants",
                                        "applications", "rows",     "lignes"};
    char f[64];
    if (elg_fold_words(id, strlen(id), f, sizeof f) >= sizeof f)
        return FALSE;
    gboolean summary = FALSE;
    for (const char *w = f; *w;) {
        const size_t n = strcspn(w, "_");
        if (summary) {
            if (strspn(w, "0123456789") < n && !listed_word(after, G_N_ELEMENTS(after), w, n))
                return FALSE;
        } else if (listed_word(words, G_N_ELEMENTS(words), w, n)) {
            summary = TRUE;
        } else if (w != f || !listed_word(lead, G_N_ELEMENTS(lead), w, n)) {
            return FALSE;
        }
        w += n + (w[n] == '_');
    }
    return summary;
}

static void store_row(elg_loader *L, unsigned line)
{
    elg_profiles *p = L->p;
    guint ncells = L->ncells;
    guint nheaders = L->map->len;
    unsigned row = elg_store_append_row(p, line);
    L->row_problem = L->record_problem;
    L->row_id = L->row_name = L->row_first = L->row_last = NULL;
    cell_ctx c = {L, row, line, 0};
    const guint *order = (const guint *)L->order->data;
    for (guint k = 0; k < nheaders; k++) {
        const guint i = order[k];
        if (i >= ncells || L->cell[i].len == 0)
            continue; /* a missing or empty cell means unknown */
        c.column = i + 1;
        put_cell(&c, &g_array_index(L->map, elg_header_map, i), elg_loader_cell(L, i), L->cell[i].len);
    }
    store_id_and_name(L, row);
    guint nfields = ncells + L->extra_fields;
    if (nfields < nheaders)
        elg_loader_row_warn(L, line, nfields + 1, NULL, NULL,
                            "row has %u field%s, the header has %u; the missing cells are read as empty",
                            nfields, nfields == 1 ? "" : "s", nheaders);
    else if (nfields > nheaders)
        elg_loader_row_warn(L, line, nheaders + 1, NULL, NULL,
                            "row has %u fields, the header has %u; the %u extra field%s ignored",
                            nfields, nheaders, nfields - nheaders, nfields - nheaders == 1 ? " is" : "s are");
    const char *id = g_ptr_array_index(p->ids, row);
    if (!*id) {
        elg_loader_row_warn(L, line, L->id_col + 1, "candidate_id", NULL,
                            "candidate_id is empty; the row is screened and reported without an id");
    } else if (G_UNLIKELY(g_ascii_isalpha(id[0]) && g_ascii_isalpha(id[1])) && summary_id(id)) {
        elg_loader_row_warn(L, line, L->id_col + 1, "candidate_id", id,
                            "candidate_id \"%s\" reads as a spreadsheet's summary line (a total), not a "
                            "candidate; it is screened and reported as one: delete the line if it is not",
                            id);
    }
    if (*id && !L->defer_duplicates) {
        const guint32 h = id_hash(id);
        elg_loader_prefetch_id(L, h);
        L->pending_id.row = row;
        L->pending_id.hash = h;
        L->pending_id.line = line;
        L->pending_id.due = TRUE;
    }
    if (L->defer_duplicates) {
        /* hashed here, while the id is in cache and in parallel: the merge only probes */
        guint32 h = *id ? id_hash(id) : 0;
        g_array_append_val(L->id_hashes, h);
    }
    if (L->row_problem) {
        ELG_ROW_VALUE(p->flags, guint8, row) |= ELG_ROW_HAS_PROBLEM;
        p->rows_with_problems++;
    }
}

/* The ids seen so far: open addressing over row numbers (8 bytes a slot,
 * the hash kept to skip most string compares), grown at 70% full
 * (linear probing stays short; fresh memory costs more than a probe). */
static void ids_insert(elg_loader *L, guint32 h, guint32 row)
{
    guint32 mask = L->id_cap - 1, i = h & mask;
    while (L->id_slots[i].hash)
        i = (i + 1) & mask;
    L->id_slots[i].hash = h;
    L->id_slots[i].row = row;
}

/* Grow the table to CAP slots (a power of two). */
static void ids_grow(elg_loader *L, guint32 cap)
{
    guint32 old_cap = L->id_cap;
    elg_id_slot *old = L->id_slots;
    L->id_cap = cap;
    L->id_slots = g_new0(elg_id_slot, L->id_cap);
    elg_store_advise_huge(L->id_slots, (gsize)L->id_cap * sizeof(elg_id_slot));
    for (guint32 i = 0; i < old_cap; i++)
        if (old[i].hash)
            ids_insert(L, old[i].hash, old[i].row);
    g_free(old);
}

void elg_loader_reserve_ids(elg_loader *L, guint32 n)
{
    guint32 cap = L->id_cap ? L->id_cap : 1024;
    while (cap < G_MAXUINT32 / 4 && (guint64)n * 10 >= (guint64)cap * 7)
        cap *= 2;
    if (cap > L->id_cap)
        ids_grow(L, cap);
}

void elg_loader_check_pending_id(elg_loader *L)
{
    if (!L->pending_id.due)
        return;
    L->pending_id.due = FALSE;
    const guint32 row = L->pending_id.row;
    elg_loader_check_duplicate_hashed(L, row, g_ptr_array_index(L->p->ids, row), L->pending_id.hash,
                                      L->pending_id.line);
}

gboolean elg_loader_check_duplicate_hashed(elg_loader *L, guint32 row, const char *id,
                                           guint32 hash, unsigned line)
{
    elg_profiles *p = L->p;
    if ((guint64)L->id_used * 10 >= (guint64)L->id_cap * 7)
        ids_grow(L, L->id_cap ? L->id_cap * 2 : 1024);
    const guint32 h = hash, mask = L->id_cap - 1;
    for (guint32 i = h & mask; L->id_slots[i].hash; i = (i + 1) & mask) {
        const elg_id_slot *e = &L->id_slots[i];
        if (e->hash != h || strcmp(g_ptr_array_index(p->ids, e->row), id) != 0)
            continue;
        unsigned first = elg_profiles_line(p, e->row);
        GString *q = g_string_new(NULL);
        elg_quote(q, id, strlen(id), 60);
        elg_loader_row_warn(L, line, 1, "candidate_id", id,
                            "duplicate candidate_id %s (first on line %u); both rows are screened",
                            q->str, first);
        g_string_free(q, TRUE);
        /* the row is stored already: it is marked here, not at its end */
        guint8 *flags = &ELG_ROW_VALUE(p->flags, guint8, row);
        if (!(*flags & ELG_ROW_HAS_PROBLEM)) {
            *flags |= ELG_ROW_HAS_PROBLEM;
            p->rows_with_problems++;
        }
        return TRUE;
    }
    ids_insert(L, h, row);
    L->id_used++;
    return FALSE;
}

/* --- records ------------------------------------------------------------ */

void elg_loader_init(elg_loader *L, elg_profiles *p, const elg_load_options *opt,
                     unsigned max_columns, elg_memo *memo)
{
    memset(L, 0, sizeof *L);
    L->p = p;
    L->opt = *opt;
    L->max_columns = max_columns;
    /* a record may always hold one field of the largest size allowed */
    L->max_record = MAX(opt->max_record_bytes ? opt->max_record_bytes : ELG_DEFAULT_MAX_RECORD,
                        opt->max_field_bytes);
    L->cells_cap = 4096;
    L->cells = g_malloc(L->cells_cap);
    L->cell_cap = 64;
    L->cell = g_new(struct elg_cell, L->cell_cap);
    L->map = g_array_new(FALSE, TRUE, sizeof(elg_header_map));
    L->order = g_array_new(FALSE, FALSE, sizeof(guint));
    L->own_memo = !memo;
    L->memo = memo ? memo : elg_memo_new();
    L->id_hashes = g_array_new(FALSE, FALSE, sizeof(guint32));
    L->row_text = g_string_new(NULL);
}

void elg_loader_clear(elg_loader *L)
{
    for (guint i = 0; i < L->map->len; i++)
        g_free(g_array_index(L->map, elg_header_map, i).key);
    g_array_free(L->map, TRUE);
    g_array_free(L->order, TRUE);
    g_free(L->cells);
    g_free(L->cell);
    g_free(L->id_slots);
    g_string_free(L->row_text, TRUE);
    if (L->id_hashes)
        g_array_free(L->id_hashes, TRUE);
    if (L->own_memo)
        elg_memo_free(L->memo);
    if (L->error)
        g_error_free(L->error);
}

/* What both ways of taking a field do first: count a field past
 * max_columns (FALSE: not kept), trim, apply max_record, make room for
 * the cell. */
static gboolean field_begin(elg_loader *L, const char **data, size_t *len)
{
    if (L->ncells >= L->max_columns) {
        L->extra_fields++; /* counted, not kept: memory stays bounded */
        return FALSE;
    }
    /* every reader of a cell trims it first: trim once, here (most need not) */
    *data = elg_trim(*data, len);
    /* past the record limit, fields are counted and read as empty: the
     * memory a record takes stays bounded whatever its line holds */
    L->record_bytes += *len;
    if (L->record_bytes > L->max_record) {
        if (!L->overflow_from)
            L->overflow_from = L->ncells + 1;
        *len = 0;
    }
    if (L->ncells == L->cell_cap) {
        L->cell_cap *= 2;
        L->cell = g_renew(struct elg_cell, L->cell, L->cell_cap);
    }
    return TRUE;
}

void elg_loader_field(elg_loader *L, const char *data, size_t len)
{
    if (!field_begin(L, &data, &len))
        return;
    if (len + 1 > L->cells_cap - L->cells_len) {
        while (len + 1 > L->cells_cap - L->cells_len)
            L->cells_cap *= 2;
        L->cells = g_realloc(L->cells, L->cells_cap);
    }
    memcpy(L->cells + L->cells_len, data, len);
    L->cells[L->cells_len + len] = '\0';
    L->cell[L->ncells].start = L->cells_len;
    L->cell[L->ncells].len = len;
    L->ncells++;
    L->cells_len += len + 1;
}

void elg_loader_field_in_line(elg_loader *L, const char *data, size_t len)
{
    if (!field_begin(L, &data, &len))
        return;
    L->record_in_line = TRUE;
    L->cell[L->ncells].text = data;
    L->cell[L->ncells].len = len;
    L->ncells++;
    L->cells_len += len + 1;
}

void elg_loader_field_too_long(elg_loader *L, unsigned line, size_t bytes, size_t limit)
{
    elg_loader_check_pending_id(L);
    if (!L->header_done) {
        /* a header read as empty loses its column's name: the id column's
         * gave "no candidate_id column in the header (\"\", ...)" */
        if (!L->error)
            g_set_error(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                        "%s:%u:%u: error: a header of %zu bytes is longer than the limit of %zu bytes "
                        "(--max-field-size)",
                        L->p->file, line, L->ncells + 1, bytes, limit);
        return;
    }
    elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, line,
                  L->ncells + 1, NULL, NULL, NULL,
                  "field of %zu bytes is longer than the limit of %zu bytes "
                  "(--max-field-size); read as empty",
                  bytes, limit);
    L->record_problem = TRUE;
    L->record_bytes += bytes; /* the record's, though none of it is kept */
}

void elg_loader_unterminated_quote(elg_loader *L, unsigned line, unsigned last_line)
{
    elg_loader_check_pending_id(L);
    if (!L->header_done && !L->error) {
        /* every row would be read into the header: none screened, exit 0 */
        g_set_error(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u:%u: error: the quote opened in the header runs to the end of the file (line %u), "
                    "so every row would be read as part of the header; expected its closing quote",
                    L->p->file, line, L->ncells + 1, last_line);
        return;
    }
    elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, line, L->ncells + 1, NULL,
                  NULL, NULL,
                  "unterminated quoted field: the quote opened in the record on line %u runs "
                  "to the end of the file (line %u); the rest of the file was read as one field",
                  line, last_line);
    L->record_problem = TRUE;
}

void elg_loader_stray_quote(elg_loader *L, unsigned line, unsigned quote_line, const char *text, size_t len,
                            unsigned last_line)
{
    elg_loader_check_pending_id(L);
    const unsigned column = L->ncells + L->extra_fields + 1;
    GString *q = g_string_new(NULL);
    elg_quote(q, text, len, 60);
    gchar *value = g_strndup(text, len);
    gchar *field = column <= L->p->headers->len ? g_strdup(g_ptr_array_index(L->p->headers, column - 1))
                                                : g_strdup_printf("field %u", column);
    char where[32] = "";
    if (quote_line != line)
        g_snprintf(where, sizeof where, ", on line %u,", quote_line);
    elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, line, column, NULL, field, value,
                  "%s: %s opens a quote%s that is never closed (it would take the rest of the file, to line %u, "
                  "into one field); the quote is read as a character of the cell, and the record as ending "
                  "at the end of line %u",
                  field, q->str, where, last_line, quote_line);
    g_free(field);
    g_free(value);
    g_string_free(q, TRUE);
    L->record_problem = TRUE;
}

void elg_loader_text_after_quote(elg_loader *L, unsigned line, unsigned quote_line)
{
    elg_loader_check_pending_id(L);
    if (quote_line > line) /* the lines between may be rows that a stray quote took */
        elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, line, L->ncells + 1, NULL, NULL, NULL,
                      "text after the closing quote of a quoted field, on line %u; read on, unquoted, to the next "
                      "delimiter; the record runs from line %u to line %u: if a quote in it is stray, rows on "
                      "those lines were read into one field", quote_line, line, quote_line);
    else
        elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, line, L->ncells + 1, NULL, NULL, NULL,
                      "text after the closing quote of a quoted field; read on, unquoted, to the next delimiter");
    L->record_problem = TRUE;
}

/* The record on LINE was longer than max_record: say which fields were lost. */
static void record_too_long(elg_loader *L, unsigned line)
{
    char fields[48];
    if (L->overflow_from == L->ncells)
        g_snprintf(fields, sizeof fields, "field %u", L->ncells);
    else
        g_snprintf(fields, sizeof fields, "fields %u to %u", L->overflow_from, L->ncells);
    elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, line, L->overflow_from, NULL, NULL, NULL,
                  "record of %zu bytes is longer than the limit of %zu bytes (--max-record-size); "
                  "%s read as empty",
                  L->record_bytes, L->max_record, fields);
    L->record_problem = TRUE;
}

static gboolean all_cells_empty(const elg_loader *L)
{
    for (guint i = 0; i < L->ncells; i++)
        if (L->cell[i].len != 0)
            return FALSE;
    return TRUE;
}

/* A row of empty cells before the header (";;" or "";"", as Excel saves a
 * sheet's empty first rows), whatever the delimiter: the file's first pass
 * skips it too, before guessing the delimiter from the header.  Its test is
 * on the raw line, quotes and all: the same characters here. */
static gboolean empty_row_before_header(const elg_loader *L)
{
    for (guint i = 0; i < L->ncells; i++) {
        const char *text = elg_loader_cell(L, i);
        for (size_t k = 0; k < L->cell[i].len; k++)
            if (!strchr(ELG_BLANK_ROW_CHARS, text[k]))
                return FALSE;
    }
    return TRUE;
}

void elg_loader_end_record(elg_loader *L, unsigned line)
{
    elg_loader_check_pending_id(L);
    if (L->error) {
        /* a fatal problem: the records after it are dropped, and each is
         * cleared like any other (its cells may lie in its line); the first
         * few after a header without ids are looked at */
        if (L->no_id_line && L->no_id_looked++ < 5 && L->ncells && !empty_row_before_header(L))
            elg_loader_header_below(L, line);
    } else if (!L->header_done) {
        if (L->overflow_from) {
            g_set_error(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                        "%s:%u: error: the header is longer than %zu bytes (--max-record-size)",
                        L->p->file, line, L->max_record);
        } else if (L->ncells >= L->max_columns && L->extra_fields) {
            g_set_error(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                        "%s:%u: error: the header has more than %u columns (--max-columns)",
                        L->p->file, line, L->max_columns);
        } else if (!empty_row_before_header(L)) {
            L->header_done = TRUE;
            elg_loader_map_headers(L, line);
        }
    } else {
        if (L->overflow_from)
            record_too_long(L, line);
        /* a record whose cells are all empty is a blank line, not a row;
         * one whose only cell was too long and read as empty is a row */
        gboolean blank = !L->record_problem && all_cells_empty(L);
        if ((!blank || L->extra_fields) &&
            !(G_UNLIKELY(L->cell[L->id_col].len == L->id_header_len) && header_repeated(L, line)))
            store_row(L, line);
    }
    L->cells_len = 0;
    L->record_in_line = FALSE;
    L->ncells = 0;
    L->extra_fields = 0;
    L->record_bytes = 0;
    L->overflow_from = 0;
    L->record_problem = FALSE;
}

gboolean elg_loader_failed(const elg_loader *L) { return L->error != NULL; }

gboolean elg_loader_finish(elg_loader *L, GError **err)
{
    elg_loader_check_pending_id(L);
    if (!L->error && !L->header_done)
        g_set_error(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s: error: no header row; expected a header with a candidate_id column",
                    L->p->file);
    if (L->error) {
        g_propagate_error(err, L->error);
        L->error = NULL;
        return FALSE;
    }
    if (L->p->n == 0)
        elg_diags_add(L->p->diags, ELG_WARNING, L->p->file, 1, 0, NULL, NULL, NULL,
                      "no data rows after the header");
    return TRUE;
}
