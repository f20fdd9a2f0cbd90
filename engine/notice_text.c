/* The structure of a notice (notice_int.h): its English and French parts,
 * and in each part the ESSENTIAL and DESIRABLE lists and their items.
 * Headings are recognised by their words, not their numbers or markup, so
 * that "2. QUALIFICATIONS", "## **ESSENTIAL**" and "Desirable:" all work. */
#include "notice_int.h"

#include <stdlib.h>
#include <string.h>
#include "fold.h"

/* --- which language a line is in ------------------------------------------ */

static const char *const en_words[] = {
    "the", "and", "of", "to", "in", "with", "for", "is", "are", "be", "have", "has", "will",
    "must", "an", "at", "by", "this", "that", "from", "or", "as", "which", "their", "they",
    "other", "should", "would", "all", "within", "under", "its", "years", "year", "level",
    "knowledge", "ability", "skills", "following", "considered", "advantage", "incumbent",
    "working", "work", "understanding", "deadline", "location", "schedule", "salary",
    "monthly", "clearance", "essential", "desirable", "summary", "accountabilities",
    "competencies", "contract", "staff", "into", "such", "including", "through", "been",
    "not", "can", "may", "our", "your", "you", "we", "please", "note", "who", "least", NULL};
static const char *const fr_words[] = {
    "le", "la", "les", "des", "du", "de", "et", "un", "une", "dans", "pour", "avec", "sur",
    "par", "est", "sont", "etre", "avoir", "doit", "au", "aux", "en", "ses", "son", "sa",
    "qui", "que", "ou", "d", "l", "ans", "annees", "niveau", "poste", "titulaire",
    "connaissance", "personne", "elle", "il", "ils", "elles", "leur", "leurs", "ce", "cette",
    "ces", "tres", "emplacement", "horaire", "retrait", "salaire", "mensuelle",
    "habilitation", "acquis", "essentiels", "souhaitables", "atouts", "resume",
    "responsabilites", "competences", "contrat", "selon", "afin", "ainsi", "notamment", "se",
    "ne", "pas", "moins", "autre", NULL};

/* Does the word hold a letter with a French accent? */
static gboolean accented(const char *s, size_t len)
{
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
            return TRUE;
        if (c == 0x153 || c == 0x152)
            return TRUE;
    }
    return FALSE;
}

/* WORDS: folded word -> 1 English, 2 French. */
static void line_language(nt_text *text, guint li, GHashTable *words, int *en, int *fr)
{
    const nt_line *ln = nt_line_at(text, li);
    const nt_toks *t = nt_line_toks(text, li);
    *en = *fr = 0;
    for (guint i = 0; i < nt_ntoks(t); i++) {
        const nt_tok *k = nt_tok_at(t, i);
        int lang = GPOINTER_TO_INT(g_hash_table_lookup(words, nt_f(t, i)));
        if (lang == 1)
            (*en)++;
        else if (lang == 2 || accented(ln->text + k->start, k->end - k->start))
            (*fr)++;
    }
}

/* Notices are published as the English text then the French (or the other way
 * round): the split is where the running balance of English and French words
 * turns, taken only when both sides are clearly in their language. */
void nt_find_parts(nt_doc *d)
{
    guint n = d->text.lines->len;
    int *en = g_new0(int, n + 1), *fr = g_new0(int, n + 1); /* prefix sums */
    GHashTable *words = g_hash_table_new(g_str_hash, g_str_equal);
    for (const char *const *w = fr_words; *w; w++)
        g_hash_table_insert(words, (gpointer)*w, GINT_TO_POINTER(2));
    for (const char *const *w = en_words; *w; w++)
        g_hash_table_insert(words, (gpointer)*w, GINT_TO_POINTER(1));
    for (guint i = 0; i < n; i++) {
        int e, f;
        line_language(&d->text, i, words, &e, &f);
        en[i + 1] = en[i] + e;
        fr[i + 1] = fr[i] + f;
    }
    g_hash_table_destroy(words);
    int best_gain = G_MININT;
    guint best_k = 0;
    nt_lang best_first = NT_EN;
    for (int order = 0; order < 2; order++) {
        nt_lang a = order == 0 ? NT_EN : NT_FR;
        for (guint k = 1; k < n; k++) {
            int ea = en[k], fa = fr[k], eb = en[n] - en[k], fb = fr[n] - fr[k];
            int la = a == NT_EN ? ea : fa, oa = a == NT_EN ? fa : ea;
            int lb = a == NT_EN ? fb : eb, ob = a == NT_EN ? eb : fb;
            if (la < 8 || la < 2 * oa || lb < 8 || lb < 2 * ob)
                continue;
            int gain = (la - oa) + (lb - ob);
            if (gain > best_gain) {
                best_gain = gain;
                best_k = k;
                best_first = a;
            }
        }
    }
    if (best_gain > G_MININT) {
        d->nparts = 2;
        d->parts[0] = (nt_part){0, best_k, best_first};
        d->parts[1] = (nt_part){best_k, n, best_first == NT_EN ? NT_FR : NT_EN};
    } else {
        d->nparts = 1;
        d->parts[0] = (nt_part){0, n, en[n] >= fr[n] ? NT_EN : NT_FR};
    }
    for (guint i = 0; i < d->nparts; i++)
        d->lang_seen[d->parts[i].lang] = TRUE;
    g_free(en);
    g_free(fr);
}

/* --- headings ---------------------------------------------------------------- */

typedef enum { H_NONE, H_ESSENTIAL, H_DESIRABLE, H_QUALIF, H_OTHER } heading;

static const char *const ess_words[] = {"essential", "essentials", "essentiel", "essentiels",
                                        "essentielle", "essentielles", "mandatory", "minimum",
                                        "required", "requises", "obligatoires", NULL};
static const char *const des_words[] = {"desirable", "desirables", "souhaitable", "souhaitables",
                                        "atouts", "assets", "advantageous", "preferred", NULL};
static const char *const qual_words[] = {"qualifications", "qualification", "requirements",
                                         "exigences", "profil", "profile", NULL};

/* Whole lines that are headings even in plain lower case. */
static const char *const ess_lines[] = {
    "essential", "essentials", "essential requirements", "essential qualifications",
    "essential criteria", "essential skills", "essential qualifications and experience",
    "minimum requirements", "minimum qualifications", "required qualifications",
    "acquis essentiels", "essentiels", "exigences essentielles", "qualifications essentielles",
    "criteres essentiels", "qualifications requises", "competences essentielles", NULL};
static const char *const des_lines[] = {
    "desirable", "desirables", "desirable requirements", "desirable qualifications",
    "desirable criteria", "desirable skills", "preferred qualifications", "assets",
    "acquis souhaitables", "souhaitables", "atouts", "qualifications souhaitables",
    "criteres souhaitables", "exigences souhaitables", "competences souhaitables", NULL};
static const char *const qual_lines[] = {
    "qualifications and experience", "qualifications and expertise", "qualifications",
    "requirements", "qualifications et experience", "qualifications et expertise",
    "profil requis", "qualifications and requirements", "qualifications requirements",
    "skills and experience", "experience and skills", "education and experience",
    "experience and education", "qualifications and skills", "skills and qualifications",
    "knowledge and experience", "knowledge skills and experience", NULL};
static const char *const other_lines[] = {
    "summary", "main accountabilities", "accountabilities", "interrelationships",
    "competencies", "contract", "additional information", "description", "job description",
    "responsibilities", "key responsibilities", "duties", "resume", "responsabilites principales",
    "structure et liaisons", "competences", "contrat", "informations complementaires", "remarks",
    "remarques", "general remarks", "additional remarks",
    "how to apply", "useful information regarding application and recruitment process",
    "informations utiles concernant la procedure de candidature et de recrutement", NULL};

/* Do words [FROM, end) spell one of LINES exactly? */
static gboolean whole_line(const nt_toks *t, guint from, const char *const *lines)
{
    for (; *lines; lines++)
        if (nt_seq(t, from, *lines) == nt_ntoks(t) - from)
            return TRUE;
    return FALSE;
}

/* Words that introduce the desirable list ("The following would be
 * considered an advantage:", "Seraient considérées comme autant d'atouts :",
 * "Candidates should ideally:", "... would be a plus:"). */
static const char *const des_intro[] = {"advantage", "advantages", "advantageous", "asset",
                                        "assets", "desirable", "atout", "atouts", "souhaitable",
                                        "souhaitables", "avantage", "beneficial", "preferred",
                                        "ideally", "preferably", "idealement", "plus", "bonus", NULL};
static const char *const intro_words[] = {"must", "doit", "incumbent", "titulaire", "following",
                                          "suivants", "suivantes", "candidate", "candidates",
                                          "should", "required", "requis", "seraient", "would", NULL};

static gboolean has_any(const nt_toks *t, guint from, guint to, const char *const *words)
{
    for (guint i = from; i < to && i < nt_ntoks(t); i++)
        if (nt_in(t, i, words))
            return TRUE;
    return FALSE;
}

/* Words [FROM, N) that are all heading words, one of them saying which list
 * ("Required", "Preferred qualifications", "Experience (essential)"): that
 * list, else H_NONE. */
static heading heading_words(const nt_toks *t, guint from, guint n)
{
    static const char *const filler[] = {
        "qualifications", "qualification", "requirements", "requirement", "experience",
        "education", "skills", "knowledge", "criteria", "competencies", "competences",
        "attributes", "expertise", "training", "profile", "professional", "and", "et", "of",
        "de", "formation", "connaissances", "exigences", "profil", NULL};
    static const char *const desired[] = {"desired", "souhaite", "souhaitee", "souhaites", "souhaitees", NULL};
    heading h = H_NONE;
    if (n - from > 6)
        return H_NONE;
    for (guint i = from; i < n; i++) {
        if (h == H_NONE && nt_in(t, i, ess_words))
            h = H_ESSENTIAL;
        else if (h == H_NONE && (nt_in(t, i, des_words) || nt_in(t, i, desired)))
            h = H_DESIRABLE;
        else if (!nt_in(t, i, filler) && !nt_in(t, i, ess_words) && !nt_in(t, i, des_words) &&
                 !nt_in(t, i, desired))
            return H_NONE;
    }
    return h;
}

static heading inline_label(const nt_line *ln, const nt_toks *t, guint *from);

/* "DESIRABLE: A MASTER'S DEGREE", "ESSENTIAL: 5 YEARS OF EXPERIENCE": a
 * label and its item, as in mixed case, where the words after the colon
 * open with an article or a number or name a degree or years.  Others
 * ("DESIRABLE: COMPUTER SKILLS") are headings in capitals. */
static gboolean capital_label(const nt_line *ln, const nt_toks *t)
{
    static const char *const openers[] = {"a", "an", "the", "un", "une", "le", "la", "les", "l", "des", NULL};
    static const char *const item_words[] = {
        "degree", "degrees", "master", "masters", "bachelor", "bachelors", "phd", "doctorate", "diploma",
        "diplome", "licence", "doctorat", "years", "year", "ans", "annees", NULL};
    guint from;
    if (inline_label(ln, t, &from) == H_NONE)
        return FALSE;
    guint i = 0;
    while (i < nt_ntoks(t) && nt_tok_at(t, i)->start < from)
        i++;
    return i < nt_ntoks(t) && (nt_in(t, i, openers) || nt_tok_at(t, i)->number ||
                               has_any(t, i, nt_ntoks(t), item_words));
}

static heading classify_heading(const nt_line *ln, const nt_toks *t)
{
    if (ln->bullet == NT_BULLET || ln->len > 160)
        return H_NONE;
    guint from = 0, n = nt_ntoks(t);
    while (from < n && nt_tok_at(t, from)->number)
        from++; /* "2 QUALIFICATIONS" */
    if (from < n && nt_tok_at(t, from)->upper && nt_tok_at(t, from)->end - nt_tok_at(t, from)->start <= 3 &&
        strspn(nt_f(t, from), "ivx") == strlen(nt_f(t, from)) && from + 1 < n)
        from++; /* "IV. COMPETENCIES" */
    if (from >= n || n - from > 12)
        return H_NONE;
    char last = ln->text[ln->len - 1];
    if (last == ';' || last == ',')
        return H_NONE;
    if (whole_line(t, from, ess_lines))
        return H_ESSENTIAL;
    if (whole_line(t, from, des_lines))
        return H_DESIRABLE;
    if (whole_line(t, from, qual_lines))
        return H_QUALIF;
    if (whole_line(t, from, other_lines))
        return H_OTHER;
    /* "Desirable qualifications and experience:", "Essential skills"; but
     * "Desirable: a Master's degree" is a label and its item (inline_label) */
    static const char *const ess_start[] = {"essential", "essentials", NULL};
    static const char *const des_start[] = {"desirable", "desirables", NULL};
    const char *colon = memchr(ln->text, ':', ln->len);
    if (n - from <= 5 && last != '.' && (nt_in(t, from, ess_start) || nt_in(t, from, des_start)) &&
        !has_any(t, from, n, intro_words) && (!colon || colon == ln->text + ln->len - 1))
        return nt_in(t, from, ess_start) ? H_ESSENTIAL : H_DESIRABLE;
    /* a short line of heading words only, in any case: "Required:",
     * "Preferred:", "Mandatory requirements:", "Qualifications required",
     * "Education and experience (essential):" (a sentence has other words) */
    heading named = heading_words(t, from, n);
    if (named != H_NONE && last != '.')
        return named;
    /* upper case or marked up: a heading, named by its key words */
    int letters = 0;
    gboolean upper = TRUE;
    for (guint i = from; i < n; i++) {
        const nt_tok *k = nt_tok_at(t, i);
        if (k->number)
            continue;
        letters += (int)(k->end - k->start);
        if (!k->upper)
            upper = FALSE;
    }
    if (letters < 4 || !(upper || ln->marked))
        return H_NONE;
    if (last != ':' && capital_label(ln, t))
        return H_NONE;
    if (!upper && (has_any(t, from, n, intro_words) || has_any(t, from, n, des_intro)))
        return H_NONE; /* "**The incumbent must:**" introduces a list */
    if (!upper && last == '.')
        return H_NONE; /* a bold sentence */
    for (guint i = from; i < n; i++) {
        if (nt_in(t, i, ess_words))
            return H_ESSENTIAL;
        if (nt_in(t, i, des_words))
            return H_DESIRABLE;
    }
    for (guint i = from; i < n; i++)
        if (nt_in(t, i, qual_words))
            return H_QUALIF;
    return H_OTHER;
}

gboolean nt_named_heading(const nt_line *ln, const nt_toks *t)
{
    heading h = ln->len > 0 ? classify_heading(ln, t) : H_NONE;
    return h == H_ESSENTIAL || h == H_DESIRABLE || h == H_QUALIF ||
           (h == H_OTHER && whole_line(t, 0, other_lines));
}

/* Page furniture of copied PDFs: "Page 2 of 5", "NATO UNCLASSIFIED", "12". */
static gboolean furniture(const nt_toks *t)
{
    guint n = nt_ntoks(t);
    if (n == 1 && nt_tok_at(t, 0)->number)
        return TRUE;
    if (n >= 2 && n <= 4 && nt_is(t, 0, "page") && nt_tok_at(t, 1)->number)
        return TRUE;
    static const char *const marks[] = {"nato unclassified", "nato pfp unclassified",
                                        "otan sans classification", "non classifie", NULL};
    return whole_line(t, 0, marks);
}

/* A line that introduces a list rather than being an item of it. */
static gboolean intro_line(const nt_line *ln, const nt_toks *t, gboolean *desirable)
{
    gboolean colon = ln->text[ln->len - 1] == ':';
    guint n = nt_ntoks(t);
    *desirable = has_any(t, 0, n, des_intro);
    if (colon)
        return TRUE;
    return ln->len < 160 && *desirable && has_any(t, 0, n, intro_words);
}

/* --- items -------------------------------------------------------------------- */

void nt_item_free(gpointer p)
{
    nt_item *it = p;
    g_string_free(it->text, TRUE);
    g_string_free(it->raw, TRUE);
    g_array_free(it->pieces, TRUE);
    g_ptr_array_free(it->crits, TRUE);
    g_free(it);
}

/* Does S end with one of TAILS (NULL-ended; case aside, spaces after it
 * ignored)? */
static gboolean ends_with_any(const GString *s, const char *const *tails)
{
    gsize n = s->len;
    while (n > 0 && s->str[n - 1] == ' ')
        n--;
    for (const char *const *t = tails; *t; t++) {
        size_t tl = strlen(*t);
        if (n >= tl && g_ascii_strncasecmp(s->str + n - tl, *t, tl) == 0)
            return TRUE;
    }
    return FALSE;
}

static gboolean item_ended(const GString *s)
{
    /* "…; and" / "…; et" before the last item */
    static const char *const tails[] = {";", ".", "!", "; and", "; or", "; et", "; ou", ", and", ", et", NULL};
    return ends_with_any(s, tails);
}

/* Folded, the letters of S from FROM while they last (g_free). */
static char *fold_letters(const char *s, size_t from, size_t len)
{
    size_t e = from;
    while (e < len && g_ascii_isalpha(s[e]))
        e++;
    char buf[ELG_FOLD_MAX];
    size_t n = elg_fold(s + from, e - from, buf, sizeof buf);
    return n < sizeof buf ? g_strdup(buf) : g_strdup("");
}

/* Is the '-' that ends TEXT a PDF's hyphenation of one word, the rest at
 * FROM of line LN ("capability develop-" + "ment")?  Where the word whole
 * is one of the vocabulary's and neither part is: the word then names its
 * field ("capability development"), which "develop-ment" did not. */
static gboolean hyphenated(const nt_doc *d, const GString *text, const nt_line *ln, guint from)
{
    size_t s = text->len - 1;
    while (s > 0 && g_ascii_isalpha(text->str[s - 1]))
        s--;
    char *left = fold_letters(text->str, s, text->len - 1), *right = fold_letters(ln->text, from, ln->len);
    char *whole = g_strconcat(left, right, NULL);
    const gboolean one = *left && *right && nt_vocab_word(&d->vocab, whole) &&
                         !nt_vocab_word(&d->vocab, left) && !nt_vocab_word(&d->vocab, right);
    g_free(left);
    g_free(right);
    g_free(whole);
    return one;
}

/* Bytes FROM .. TO of line LN (TO 0: to its end) joined to item IT. */
static void item_add_range(nt_doc *d, nt_item *it, const nt_line *ln, guint from, guint to)
{
    if (it->text->len >= NT_MAX_ITEM_BYTES)
        return;
    if (it->text->len > 0) {
        gsize n = it->text->len;
        /* a word broken at the line end: "multi-" + "cultural" */
        gboolean joined = it->text->str[n - 1] == '-' && n > 1 && g_ascii_isalpha(it->text->str[n - 2]) &&
                          from < ln->len && g_ascii_islower(ln->text[from]);
        if (joined && hyphenated(d, it->text, ln, from))
            g_string_truncate(it->text, n - 1);
        else if (!joined)
            g_string_append_c(it->text, ' ');
        g_string_append_c(it->raw, ' ');
    }
    guint take = (guint)((to ? to : ln->len) - from);
    if (it->text->len + take > NT_MAX_ITEM_BYTES) {
        take = (guint)(NT_MAX_ITEM_BYTES - it->text->len);
        while (take > 0 && (ln->text[from + take] & 0xC0) == 0x80)
            take--; /* cut between characters */
        nt_warn(d, ln->line, ln->cols[from + take], NULL, NULL,
                "this list item is longer than %d bytes; the rest is ignored", NT_MAX_ITEM_BYTES);
    }
    nt_piece pc = {(guint)it->text->len, ln, from};
    g_array_append_val(it->pieces, pc);
    g_string_append_len(it->text, ln->text + from, take);
    g_string_append_len(it->raw, ln->raw, (gssize)ln->raw_len);
    it->ended = item_ended(it->text);
}

/* A new item of LIST from bytes FROM .. TO of line LN (TO 0: to its end). */
static nt_item *item_new_range(nt_doc *d, const nt_line *ln, guint from, guint to, nt_lang lang,
                               nt_list list)
{
    GPtrArray *items = d->items[lang][list];
    d->has_list[lang][list] = TRUE;
    if (items->len >= NT_MAX_ITEMS) {
        if (d->dropped[lang][list]++ == 0)
            nt_warn(d, ln->line, ln->cols[from], NULL, NULL,
                    "more than %d items in this list; the rest are ignored", NT_MAX_ITEMS);
        return NULL;
    }
    nt_item *it = g_new0(nt_item, 1);
    it->text = g_string_new(NULL);
    it->raw = g_string_new(NULL);
    it->pieces = g_array_new(FALSE, FALSE, sizeof(nt_piece));
    it->crits = g_ptr_array_new_with_free_func(nt_crit_free);
    it->line = ln->line;
    it->lang = lang;
    it->list = list;
    it->index = items->len;
    g_ptr_array_add(items, it);
    item_add_range(d, it, ln, from, to);
    return it;
}

static gboolean en_or_em_dash(const char *s)
{
    return memcmp(s, "\xE2\x80\x93", 3) == 0 || memcmp(s, "\xE2\x80\x94", 3) == 0;
}

/* Where the list dash (" - ", " – ") that ends just before byte AT of LN
 * starts, or 0 when there is none. */
static guint dash_before(const nt_line *ln, guint at)
{
    if (at < 4 || ln->text[at - 1] != ' ')
        return 0;
    guint dash = ln->text[at - 2] == '-' ? at - 2 : at >= 6 && en_or_em_dash(ln->text + at - 4) ? at - 4 : 0;
    return dash > 0 && ln->text[dash - 1] == ' ' ? dash : 0;
}

/* Past a list dash at AT ("- possess", after an introduction's colon). */
static guint skip_dash(const nt_line *ln, guint at)
{
    guint after = at + (ln->text[at] == '-' ? 1 : at + 3 <= ln->len && en_or_em_dash(ln->text + at) ? 3 : 0);
    if (after == at || after >= ln->len || ln->text[after] != ' ')
        return at;
    while (after < ln->len && ln->text[after] == ' ')
        after++;
    return after;
}

/* Does line LN hold, from byte FROM on, a word that states a requirement
 * eligo may decide (years, a degree, a level, a clearance) or that starts
 * an item ("have", "be")?  What follows the colon of "knowledge of: NATO;
 * the EU" holds none: it is one item's list, not items run together. */
static gboolean requirement_words(const nt_toks *t, guint from)
{
    static const char *const words[] = {
        "year", "years", "ans", "annee", "annees", "degree", "diploma", "diplome", "qualification",
        "qualifications", "level", "levels", "niveau", "niveaux", "clearance", "habilitation",
        "bachelor", "bachelors", "master", "masters", "phd", "doctorate", "doctorat", "licence",
        "university", "universitaire", "experience", "english", "french", "anglais", "francais", NULL};
    for (guint i = 0; i < nt_ntoks(t); i++)
        if (nt_tok_at(t, i)->start >= from && (nt_in(t, i, words) || nt_in(t, i, nt_item_verbs)))
            return TRUE;
    return FALSE;
}

/* Does the paragraph from byte FROM of line I of part P run several items
 * together at "; " ("experience in arms control; a PhD in a relevant
 * field; working knowledge of German.")?  Not in a bulleted item whose
 * colon comes first ("- knowledge of: NATO; the EU"). */
static gboolean semicolon_list(nt_doc *d, const nt_part *p, guint i, guint from)
{
    guint n = 0;
    /* a colon keeps a bulleted item's list whole; in a paragraph without
     * bullets it may be any item's ("Essential: a degree; ...", "levels of
     * the official languages: V in one, II in the other; a degree; ..."):
     * cut there, a list read as items loses nothing, items read as one do */
    const gboolean bulleted = nt_line_at(&d->text, i)->bullet != NT_NOBULLET;
    /* ... but a paragraph that is an item of its own and opens with such a
     * list, nothing after its colon that a criterion could decide, is one
     * item: "knowledge of: NATO; the EU; the UN" */
    const gboolean own = from == 0;
    gboolean colon = FALSE, stated = FALSE;
    for (guint j = i; j < p->end; j++, from = 0) {
        const nt_line *ln = nt_line_at(&d->text, j);
        if (j > i && (ln->len == 0 || ln->bullet != NT_NOBULLET))
            break;
        guint colon_at = 0;
        for (guint k = from; k < ln->len && n < 2; k++) {
            if (n == 0 && !colon && ln->text[k] == ':') {
                if (bulleted)
                    return FALSE;
                colon = TRUE;
                colon_at = k + 1;
            }
            n += k + 1 < ln->len && ln->text[k] == ';' && ln->text[k + 1] == ' ';
        }
        if (n >= 2 && !(own && colon))
            return TRUE;
        if (colon)
            stated |= requirement_words(nt_line_toks(&d->text, j), colon_at);
    }
    return n >= 2 && stated;
}

/* Where, from FROM on, line LN holds another requirement (0: nowhere), and
 * in *END where the one before ends.  A job board's copy runs a list's
 * items into one paragraph: "possess a degree; have at least 2 years...",
 * each item starting with one of these verbs; "must: - possess...; - have
 * ...", a dash after an item's end (or "- verb" more than once: the dashes
 * are markers, while "2015 - 2020" or "Brussels - Belgium" are not); and
 * with RUN_ON, any "; " (desirable items start with nouns), but for "; or",
 * an alternative. */
const char *const nt_item_verbs[] = {"have", "possess", "be", "demonstrate", "hold", "show",
                                         "avoir", "posseder", "etre", "justifier", "faire",
                                         "detenir", "demontrer", "maitriser", NULL};

/* Does the item from byte FROM of the line start with one of nt_item_verbs? */
static gboolean starts_with_verb(const nt_toks *t, guint from)
{
    guint i = 0;
    while (i < nt_ntoks(t) && nt_tok_at(t, i)->start < from)
        i++;
    return i < nt_ntoks(t) && nt_in(t, i, nt_item_verbs);
}

/* How many "- verb" the line holds, and in *FIRST where the first dash is. */
static guint dash_verbs(const nt_line *ln, const nt_toks *t, guint *first)
{
    guint n = 0;
    for (guint i = 0; i < nt_ntoks(t); i++) {
        guint dash = dash_before(ln, nt_tok_at(t, i)->start);
        if (dash && nt_in(t, i, nt_item_verbs) && n++ == 0 && first)
            *first = dash;
    }
    return n;
}

static guint next_requirement(const nt_line *ln, const nt_toks *t, guint from, gboolean run_on, guint *end)
{
    const char *const *verbs = nt_item_verbs;
    static const char *const and_words[] = {"and", "et", NULL}, *const or_words[] = {"or", "ou", NULL};
    const guint dashed = dash_verbs(ln, t, NULL);
    for (guint i = 0; i < nt_ntoks(t); i++) {
        const guint at = nt_tok_at(t, i)->start;
        if (at < from + 2)
            continue;
        *end = at;
        if (ln->text[at - 1] == ' ' && ln->text[at - 2] == ';') {
            if (nt_in(t, i, verbs))
                return at;
            if (run_on && !nt_in(t, i, or_words))
                return nt_in(t, i, and_words) && i + 1 < nt_ntoks(t) ? nt_tok_at(t, i + 1)->start : at;
        }
        guint dash = dash_before(ln, at), k = dash;
        while (k > from && ln->text[k - 1] == ' ')
            k--;
        if (dash > from && ((k > from && strchr(";:.", ln->text[k - 1])) || (dashed >= 2 && nt_in(t, i, verbs)))) {
            *end = dash;
            return at;
        }
    }
    *end = 0;
    return 0;
}

/* The item that takes line I of part P from FROM (IT, or a new one of LIST
 * when NULL), and one more item for each requirement the line runs on to;
 * returns the last. */
static nt_item *take_line(nt_doc *d, const nt_part *p, guint i, nt_item *it, guint from, nt_list list)
{
    const nt_line *ln = nt_line_at(&d->text, i);
    const nt_toks *t = nt_line_toks(&d->text, i);
    /* essential items that start with verbs are cut at the verbs only, so
     * that "have experience in audit; ideally in logistics" stays whole */
    const gboolean run_on = it ? it->run_on
                               : (list == NT_DESIRABLE || !starts_with_verb(t, from)) &&
                                     semicolon_list(d, p, i, from);
    guint end, cut = next_requirement(ln, t, from, run_on, &end);
    if (!it)
        it = item_new_range(d, ln, from, end, p->lang, list);
    else
        item_add_range(d, it, ln, from, end);
    while (cut && it) {
        it->run_on = run_on;
        const guint start = cut;
        cut = next_requirement(ln, t, start, run_on, &end);
        it = item_new_range(d, ln, start, end, p->lang, list);
    }
    if (it)
        it->run_on = run_on;
    return it;
}

/* "Seraient considérées comme autant d'atouts : une expérience …": an
 * introduction pasted into the first item, up to its colon, or without one
 * up to the first of the dashes that mark the items ("must - possess ... -
 * have ...").  Returns where the item starts. */
static guint inline_intro(const nt_line *ln, const nt_toks *t, gboolean first, gboolean *desirable)
{
    static const char *const who[] = {"incumbent", "titulaire", "candidate", "candidates", "must",
                                      "doit", NULL};
    const char *colon = memchr(ln->text, ':', ln->len < 160 ? ln->len : 160);
    guint at = colon ? (guint)(colon - ln->text) : G_MAXUINT, dash = 0, n = 0;
    *desirable = FALSE;
    /* only when the words before the dash are no item: "The incumbent must
     * - possess", not "be a candidate ... - have" nor "The incumbent must
     * hold a degree - have" (they end with the modal that asks the items) */
    static const char *const modals[] = {"must", "should", "shall", "will", "to", "doit", "doivent",
                                         "devra", "devront", NULL};
    if (dash_verbs(ln, t, &dash) >= 2 && dash < at && dash < 160 && !nt_in(t, 0, nt_item_verbs)) {
        guint last = 0;
        while (last + 1 < nt_ntoks(t) && nt_tok_at(t, last + 1)->end <= dash)
            last++;
        if (nt_tok_at(t, last)->end <= dash && nt_in(t, last, modals))
            at = dash;
    }
    if (at == G_MAXUINT)
        return 0;
    while (n < nt_ntoks(t) && nt_tok_at(t, n)->end <= at)
        n++;
    if (n < 3 || !(has_any(t, 0, n, des_intro) || (first && has_any(t, 0, n, who))))
        return 0;
    /* items run together before the colon are no introduction: "être
     * titulaire d'un diplôme ; avoir 7 ans ... ; langues officielles : V"
     * ("titulaire" there is the degree's, not the incumbent) */
    if ((nt_in(t, 0, nt_item_verbs) && !has_any(t, 0, n, des_intro)) ||
        g_strstr_len(ln->text, at < ln->len ? at : ln->len, "; "))
        return 0; /* but "Possess the following desirable qualifications:" is one */
    *desirable = has_any(t, 0, n, des_intro);
    at += at != dash; /* past the colon; a dash is skipped below */
    while (at < ln->len && ln->text[at] == ' ')
        at++;
    at = at < ln->len ? skip_dash(ln, at) : at; /* "must: - possess ...; - have ..." */
    return at < ln->len ? at : 0;
}

/* Does the item stop where its sentence cannot ("…in the field of",
 * "…security,")?  Then the next line continues it even in a list without
 * markers, where a capital letter otherwise starts the next item. */
gboolean nt_open_end(const nt_item *it)
{
    static const char *const open_words[] = {
        "a", "an", "the", "of", "in", "and", "or", "with", "to", "for", "at", "on", "by", "from",
        "le", "la", "les", "l", "de", "d", "du", "des", "et", "ou", "en", "dans", "avec", "pour",
        "au", "aux", "un", "une", NULL};
    const GString *s = it->text;
    if (s->len == 0 || strchr(",-(/", s->str[s->len - 1]))
        return TRUE;
    nt_toks t;
    nt_toks_init(&t, s->str, s->len);
    gboolean open = nt_ntoks(&t) > 0 && nt_in(&t, nt_ntoks(&t) - 1, open_words);
    nt_toks_clear(&t);
    return open;
}

static gboolean starts_upper(const nt_line *ln)
{
    gunichar c = g_utf8_get_char(ln->text);
    return g_unichar_isupper(c);
}

/* Does the item end with ";" (or "; and"), so that another item follows? */
static gboolean semicolon_end(const nt_item *it)
{
    static const char *const tails[] = {";", "; and", "; et", NULL};
    return ends_with_any(it->text, tails);
}

/* Does the item end with "or" after a comma or semicolon ("…a formal
 * qualification, or"), so that the next item is its alternative? */
static gboolean or_end(const nt_item *it)
{
    static const char *const tails[] = {", or", "; or", ", ou", "; ou", NULL};
    return ends_with_any(it->text, tails);
}

/* Does item IT end inside the list after its colon ("- knowledge of the
 * following organisations: NATO; the EU;"), so that the line of words T
 * below it, without a marker, is that list wrapped ("the UN; the OSCE;")?
 * Not where either states a requirement: that line is an item whose marker
 * a copy lost. */
static gboolean colon_list_goes_on(const nt_item *it, const nt_toks *t)
{
    const char *s = it->text->str, *colon = strchr(s, ':'), *semi = strstr(s, "; ");
    if (it->run_on || !colon || (semi && semi < colon) || !semicolon_end(it) || requirement_words(t, 0))
        return FALSE;
    nt_toks words;
    nt_toks_init(&words, s, it->text->len);
    const gboolean stated = requirement_words(&words, (guint)(colon - s));
    nt_toks_clear(&words);
    return !stated;
}

/* A line of one to four words that name a kind of qualification, capitalised
 * and without punctuation at its end, maybe after its section's number
 * ("3.3 Language", "2. Education"): a sub-heading of a list. */
static gboolean subheading(const nt_line *ln, const nt_toks *t)
{
    static const char *const words[] = {
        "professional", "experience", "education", "training", "language", "languages", "skills",
        "knowledge", "personal", "attributes", "qualifications", "certification", "certifications",
        "competencies", "other", "and", "formation", "langue", "langues", "professionnelle",
        "connaissances", "competences", "et", "security", "clearance", "habilitation", "de", "securite",
        NULL};
    guint from = 0, n = nt_ntoks(t);
    while (from < n && nt_tok_at(t, from)->number)
        from++;
    if (from == n || n - from > 4 || strchr(".;,", ln->text[ln->len - 1]) ||
        !g_unichar_isupper(g_utf8_get_char(ln->text + nt_tok_at(t, from)->start)))
        return FALSE;
    for (guint i = from; i < n; i++)
        if (!nt_in(t, i, words))
            return FALSE;
    return !whole_line(t, from, other_lines); /* "COMPETENCIES" is a section of its own */
}

/* "Note: the work is mainly conducted in English" under a list: a remark,
 * no requirement. */
static gboolean note_line(const nt_line *ln, const nt_toks *t)
{
    static const char *const notes[] = {"note", "nota", "nb", "n b", "remark", "remarque", NULL};
    if (ln->bullet != NT_NOBULLET)
        return FALSE;
    for (const char *const *p = notes; *p; p++) {
        guint k = nt_seq(t, 0, *p), at = k ? nt_tok_at(t, k - 1)->end : 0;
        while (k && at < ln->len && ln->text[at] == ' ')
            at++; /* "Note :" */
        if (k && at < ln->len && (ln->text[at] == ':' || (ln->text[at] == '.' && at + 1 < ln->len)))
            return TRUE;
    }
    return FALSE;
}

/* Does the note LN offer years of experience in place of a degree?  Then it
 * is an item of the essential list, read at once (nt_read_degree_note); if
 * the reading finds no such years, no trace of it is kept. */
static gboolean degree_note(nt_doc *d, const nt_part *p, const nt_line *ln, const nt_toks *t)
{
    static const char *const replaced[] = {
        "replaced by", "replaced with", "substituted by", "substituted with", "in lieu of", "instead of",
        "in place of", "remplace par", "remplacee par", "remplaces par", "a defaut", "au lieu d",
        "a la place d", "en lieu et place d", NULL};
    static const char *const years[] = {"years", "year", "ans", "annees", NULL};
    GPtrArray *items = d->items[p->lang][NT_ESSENTIAL];
    const guint n = nt_ntoks(t), before = items->len;
    const gboolean had_list = d->has_list[p->lang][NT_ESSENTIAL];
    if (nt_find_seq(t, 0, n, replaced, NULL) < 0 || !has_any(t, 0, n, years))
        return FALSE;
    nt_item *it = item_new_range(d, ln, 0, 0, p->lang, NT_ESSENTIAL);
    if (it && nt_read_degree_note(d, it))
        return TRUE;
    if (items->len > before)
        g_ptr_array_set_size(items, before);
    d->has_list[p->lang][NT_ESSENTIAL] = had_list;
    return FALSE;
}

/* Is the next line of part P after line I that holds text a list item? */
static gboolean bullet_follows(nt_doc *d, const nt_part *p, guint i)
{
    for (guint j = i + 1; j < p->end; j++) {
        const nt_line *ln = nt_line_at(&d->text, j);
        if (ln->len > 0) /* "3. MAIN ACCOUNTABILITIES" is a heading, not an item */
            return ln->bullet != NT_NOBULLET && classify_heading(ln, nt_line_toks(&d->text, j)) == H_NONE;
    }
    return FALSE;
}

/* "Essential: a degree ...", "Desirable: a Master's degree ..." (NSPA): a
 * label of the list before a colon, the item after it.  The list, and in
 * *FROM where the item starts; H_NONE when the line has no such label.
 * "Minimum: two years ..." or "Required: ..." among desirable items is no
 * label: only the word essential makes an item essential. */
static heading inline_label(const nt_line *ln, const nt_toks *t, guint *from)
{
    static const char *const essential[] = {"essential", "essentials", "essentiel", "essentiels",
                                            "essentielle", "essentielles", NULL};
    const char *colon = memchr(ln->text, ':', ln->len < 48 ? ln->len : 48);
    if (!colon)
        return H_NONE;
    const guint at = (guint)(colon - ln->text);
    guint n = 0;
    while (n < nt_ntoks(t) && nt_tok_at(t, n)->end <= at)
        n++;
    const heading h = n > 0 && n <= 3 ? heading_words(t, 0, n) : H_NONE;
    if (h == H_ESSENTIAL && !has_any(t, 0, n, essential))
        return H_NONE;
    guint start = at + 1;
    while (start < ln->len && ln->text[start] == ' ')
        start++;
    if ((h != H_ESSENTIAL && h != H_DESIRABLE) || start >= ln->len)
        return H_NONE;
    *from = start;
    return h;
}

/* Walk one part: headings open and close lists; list markers start items;
 * lines that continue an unfinished item are joined to it. */
static void scan_part(nt_doc *d, const nt_part *p)
{
    int cur = -1;                /* the list being read, or -1 */
    gboolean bulleted = FALSE, blank = FALSE;
    /* a sub-heading just read, nothing under it yet; a label (Essential,
     * Desirable) seen right under one */
    gboolean under_subheading = FALSE, labels_under_subheadings = FALSE;
    heading prev_heading = H_NONE; /* that of the last line with words */
    nt_item *it = NULL;
    for (guint i = p->first; i < p->end; i++) {
        const nt_line *ln = nt_line_at(&d->text, i);
        if (ln->len == 0) {
            blank = TRUE;
            continue;
        }
        const nt_toks *tp = nt_line_toks(&d->text, i);
        gboolean skip = furniture(tp);
        heading h = skip ? H_NONE : classify_heading(ln, tp);
        gboolean sub = FALSE;
        heading label;
        guint label_from = 0;
        /* "3.3 LANGUAGE" inside a list heads a part of it, while
         * "ATTRIBUTES/COMPETENCIES" ends it */
        static const char *const parts[] = {"language", "languages", "langue", "langues",
                                            "education", "training", "formation", "experience",
                                            "clearance", "habilitation", NULL};
        if (h == H_OTHER && cur >= 0 && subheading(ln, tp) && has_any(tp, 0, nt_ntoks(tp), parts))
            h = H_NONE;
        if (h == H_QUALIF && (prev_heading == H_ESSENTIAL || prev_heading == H_DESIRABLE)) {
            /* "Desirable" + "Qualifications": one heading broken over two
             * lines (a web page's copy), not the start of a new list */
            prev_heading = H_NONE;
            blank = FALSE;
            continue;
        }
        if (!skip)
            prev_heading = h;
        if (skip) {
            /* a page break inside a list changes nothing */
        } else if (h != H_NONE) {
            it = NULL;
            bulleted = FALSE;
            if (h == H_ESSENTIAL || h == H_QUALIF)
                cur = NT_ESSENTIAL;
            else if (h == H_DESIRABLE)
                cur = NT_DESIRABLE;
            else
                cur = -1;
            if (h == H_ESSENTIAL || h == H_DESIRABLE)
                d->has_list[p->lang][cur] = TRUE;
            labels_under_subheadings |= under_subheading && (h == H_ESSENTIAL || h == H_DESIRABLE);
            if (h != H_ESSENTIAL && h != H_DESIRABLE)
                labels_under_subheadings = FALSE;
        } else if (cur >= 0 && ln->bullet != NT_BULLET && subheading(ln, tp) &&
                   (!it || !nt_open_end(it))) {
            /* "Professional/Experience", "Education/Training", "3.3 Language"
             * inside a list (NSPA, NCIA): no item; what follows is */
            it = NULL;
            bulleted = FALSE;
            /* where each sub-heading has its own Essential and Desirable
             * labels, one without them ("3.3 Language": "English - SLP
             * 3333") states requirements, not the last section's assets */
            if (labels_under_subheadings)
                cur = NT_ESSENTIAL;
            sub = TRUE;
        } else if (cur >= 0 && ln->bullet == NT_NOBULLET && (label = inline_label(ln, tp, &label_from)) != H_NONE) {
            const nt_list list = label == H_ESSENTIAL ? NT_ESSENTIAL : NT_DESIRABLE;
            d->has_list[p->lang][list] = TRUE;
            labels_under_subheadings |= under_subheading;
            bulleted = FALSE;
            if (ln->text[ln->len - 1] == ':') {
                /* "Desirable qualifications: the following would be an
                 * advantage:": an introduction, the items below it */
                cur = list;
                it = NULL;
            } else {
                /* the label is its item's alone: an unlabelled item after
                 * it is still the open list's */
                it = take_line(d, p, i, NULL, label_from, list);
            }
        } else if (cur >= 0 && note_line(ln, tp)) {
            it = NULL;
            /* "Note: a degree may be replaced by 4 more years of experience"
             * loosens the education requirement: read as its alternative
             * where it can be (nt_read_degree_note); any other note that may
             * loosen a requirement is no item, but it is not passed over in
             * silence */
            static const char *const requirement_words[] = {
                "degree", "diploma", "qualification", "years", "experience", "level", "diplome",
                "ans", "annees", "niveau", NULL};
            if (!degree_note(d, p, ln, tp) && has_any(tp, 0, nt_ntoks(tp), requirement_words))
                nt_warn(d, ln->line, ln->cols[0], NULL, NULL,
                        "a note under the list is not read as a requirement; check whether it changes one: "
                        "\"%.*s\"", (int)ln->len, ln->text);
        } else if (cur >= 0) {
            gboolean des;
            guint from = 0;
            if (ln->bullet == NT_NOBULLET && (!it || it->ended) &&
                (from = inline_intro(ln, tp, !it && d->items[p->lang][cur]->len == 0, &des)) != 0) {
                /* "The following would be considered an advantage: experience in ...; a PhD ..." */
                if (des)
                    cur = NT_DESIRABLE;
                it = take_line(d, p, i, NULL, from, (nt_list)cur);
            } else if (ln->bullet == NT_NOBULLET && (!it || it->ended) && intro_line(ln, tp, &des)) {
                it = NULL;
                if (des)
                    cur = NT_DESIRABLE;
            } else if (ln->bullet != NT_NOBULLET && it && or_end(it)) {
                /* "- a degree, or" / "- secondary education and 5 years
                 * instead": one requirement, its alternatives on two bullets */
                it = take_line(d, p, i, it, 0, (nt_list)cur);
            } else if (ln->bullet != NT_NOBULLET && (label = inline_label(ln, tp, &label_from)) != H_NONE &&
                       ln->text[ln->len - 1] != ':') {
                /* "- Desirable: a Master's degree" among essential items:
                 * that item alone is desirable, as without the bullet */
                const nt_list list = label == H_ESSENTIAL ? NT_ESSENTIAL : NT_DESIRABLE;
                d->has_list[p->lang][list] = TRUE;
                it = take_line(d, p, i, NULL, label_from, list);
                bulleted = TRUE;
            } else if (ln->bullet != NT_NOBULLET) {
                from = inline_intro(ln, tp, !it && d->items[p->lang][cur]->len == 0, &des);
                if (des)
                    cur = NT_DESIRABLE;
                it = take_line(d, p, i, NULL, from, (nt_list)cur);
                bulleted = TRUE;
            } else if (it && !it->ended && !(blank && starts_upper(ln)) &&
                       (bulleted || !starts_upper(ln) || nt_open_end(it))) {
                it = take_line(d, p, i, it, 0, (nt_list)cur);
            } else if (bulleted && it && !blank && colon_list_goes_on(it, tp)) {
                it = take_line(d, p, i, it, 0, (nt_list)cur);
            } else if (!bulleted || (it && semicolon_end(it) &&
                                     (!(blank && starts_upper(ln)) || ln->text[ln->len - 1] == ';'))) {
                /* a list without markers; or a line whose marker a copy lost,
                 * after an item whose ";" says more follow (a sentence after
                 * a blank line is a paragraph, unless it ends like an item) */
                it = take_line(d, p, i, NULL, 0, (nt_list)cur);
            } else if (bullet_follows(d, p, i)) {
                /* between two bullets, a line whose marker a copy lost is
                 * in the list, not after it */
                it = take_line(d, p, i, NULL, 0, (nt_list)cur);
            } else {
                it = NULL; /* a paragraph after the list */
            }
        }
        if (!skip)
            under_subheading = sub;
        blank = FALSE;
    }
}

/* Trailing punctuation and a final "and" are not part of the requirement. */
static void item_trim(nt_item *it)
{
    GString *s = it->text;
    for (;;) {
        while (s->len > 0 && strchr(" ;.,:!", s->str[s->len - 1]))
            g_string_truncate(s, s->len - 1);
        static const char *const tails[] = {" and", " or", " et", " ou", NULL};
        gboolean cut = FALSE;
        for (const char *const *t = tails; *t && !cut; t++) {
            size_t tl = strlen(*t);
            if (s->len > tl && g_ascii_strncasecmp(s->str + s->len - tl, *t, tl) == 0 &&
                strchr(";,", s->str[s->len - tl - 1])) {
                g_string_truncate(s, s->len - tl);
                cut = TRUE;
            }
        }
        if (!cut)
            break;
    }
}

void nt_find_lists(nt_doc *d)
{
    for (int l = 0; l < NT_NLANG; l++)
        for (int k = 0; k < NT_NLIST; k++)
            d->items[l][k] = g_ptr_array_new_with_free_func(nt_item_free);
    for (guint i = 0; i < d->nparts; i++)
        scan_part(d, &d->parts[i]);
    for (int l = 0; l < NT_NLANG; l++)
        for (int k = 0; k < NT_NLIST; k++)
            for (guint i = 0; i < d->items[l][k]->len; i++)
                item_trim(g_ptr_array_index(d->items[l][k], i));
}

void nt_item_pos(const nt_item *it, guint off, unsigned *line, unsigned *col)
{
    const nt_piece *pc = &g_array_index(it->pieces, nt_piece, 0);
    for (guint i = 1; i < it->pieces->len; i++) {
        const nt_piece *q = &g_array_index(it->pieces, nt_piece, i);
        if (q->off > off)
            break;
        pc = q;
    }
    guint at = pc->from + (off > pc->off ? off - pc->off : 0);
    if (at > pc->ln->len)
        at = (guint)pc->ln->len;
    *line = pc->ln->line;
    *col = pc->ln->cols[at];
}
