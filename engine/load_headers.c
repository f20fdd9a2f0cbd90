/* From CSV records to stored rows: the header row mapped to columns (once
 * per file or chunk, off the per-row path); the rows themselves are load_row.c's. */
#include "load_row.h"

#include <string.h>
#include <cjson/cJSON.h>
#include "compile.h"
#include "diags.h"
#include "errors.h"
#include "fold.h"
#include "jsonfile.h"

/* --- headers ------------------------------------------------------------ */

static int alias_of_key(const char *key)
{
    char alias[ELG_FOLD_MAX];
    for (int c = 0; c < ELG_COL__COUNT; c++) {
        elg_fold(elg_column_names[c], strlen(elg_column_names[c]), alias, sizeof alias);
        if (strcmp(key, alias) == 0)
            return c;
    }
    for (int c = 0; c < ELG_COL__COUNT; c++) {
        gchar **list = g_strsplit(elg_column_aliases[c], "|", -1);
        gboolean hit = FALSE;
        for (gchar **a = list; *a && !hit; a++) {
            elg_fold(*a, strlen(*a), alias, sizeof alias);
            hit = strcmp(key, alias) == 0;
        }
        g_strfreev(list);
        if (hit)
            return c;
    }
    return -1;
}

/* A nationality column as applicant-tracking exports number or rank them:
 * "Citizenship 1" is the nationality; "Nationality 3", "Citizenship (2)",
 * "Other nationality 1", "Third nationality", "3rd citizenship",
 * "Troisième nationalité" are further ones, whose countries join the
 * candidate's set.  The folded KEY with a number after, or an ordinal
 * before, what names a nationality column; -1 when it is not one. */
static int numbered_nationality(const char *key)
{
    const size_t n = strlen(key);
    size_t digits = 0;
    while (digits < n && g_ascii_isdigit(key[n - 1 - digits]))
        digits++;
    if (digits && digits < n && digits <= 2) {
        char base[ELG_FOLD_MAX];
        memcpy(base, key, n - digits);
        base[n - digits] = '\0';
        const int c = alias_of_key(base);
        const int number = digits == 1 ? key[n - 1] - '0' : (key[n - 2] - '0') * 10 + key[n - 1] - '0';
        if (c == ELG_COL_OTHER_NATIONALITIES || (c == ELG_COL_NATIONALITY && number >= 2))
            return ELG_COL_OTHER_NATIONALITIES;
        if (c == ELG_COL_NATIONALITY && number == 1)
            return ELG_COL_NATIONALITY;
    }
    static const char *const ordinals[] = {"second", "third", "fourth", "fifth", "sixth", "2nd", "3rd", "4th",
                                           "5th", "6th", "deuxieme", "seconde", "troisieme", "quatrieme",
                                           "cinquieme", "sixieme", "2e", "3e", "4e", "5e", "6e", "2eme",
                                           "3eme", "4eme", "5eme", "6eme", NULL};
    for (const char *const *o = ordinals; *o; o++) {
        const size_t k = strlen(*o);
        if (n > k && strncmp(key, *o, k) == 0) {
            const int c = alias_of_key(key + k);
            if (c == ELG_COL_NATIONALITY || c == ELG_COL_OTHER_NATIONALITIES)
                return ELG_COL_OTHER_NATIONALITIES;
        }
    }
    return -1;
}

static int canonical_by_alias(const char *header, size_t len)
{
    char key[ELG_FOLD_MAX];
    if (elg_fold(header, len, key, sizeof key) >= sizeof key || !*key)
        return -1;
    const int c = alias_of_key(key);
    return c >= 0 ? c : numbered_nationality(key);
}

/* Strip from the folded words [*NAME, *NAME + *N) the first of PREFIXES
 * that begins them and the first of SUFFIXES that ends them (NULL-ended
 * lists); TRUE when one was. */
static gboolean strip_affixes(const char **name, size_t *n, const char *const *prefixes,
                              const char *const *suffixes)
{
    gboolean stripped = FALSE;
    for (const char *const *a = prefixes; *a; a++) {
        const size_t k = strlen(*a);
        if (*n > k && strncmp(*name, *a, k) == 0) {
            *name += k;
            *n -= k;
            stripped = TRUE;
            break;
        }
    }
    for (const char *const *a = suffixes; *a; a++) {
        const size_t k = strlen(*a);
        if (*n > k && strncmp(*name + *n - k, *a, k) == 0) {
            *n -= k;
            stripped = TRUE;
            break;
        }
    }
    return stripped;
}

/* "experience_F", "exp_F" and "q_X" headers (words folded with '_');
 * "Experience in F (years)" is experience_F too. */
static gboolean prefixed(const char *header, size_t len, elg_header_map *m)
{
    char words[ELG_FOLD_MAX];
    if (elg_fold_words(header, len, words, sizeof words) >= sizeof words)
        return FALSE;
    static const struct {
        const char *prefix;
        elg_map_kind kind;
    } prefixes[] = {{"experience_", ELG_MAP_FIELD}, {"exp_", ELG_MAP_FIELD}, {"q_", ELG_MAP_ANSWER}};
    static const char *const field_from[] = {"in_", "en_", "of_", "dans_", NULL},
                             *const field_to[] = {"_in_years", "_years", "_yrs", "_en_annees", "_annees", NULL};
    /* "q_drafting (yes/no)": the answers' form, not a word of the criterion's id */
    static const char *const no_prefix[] = {NULL},
                             *const answer_to[] = {"_yes_no", "_y_n", "_oui_non", "_o_n", NULL};
    for (size_t i = 0; i < G_N_ELEMENTS(prefixes); i++) {
        size_t n = strlen(prefixes[i].prefix);
        if (strncmp(words, prefixes[i].prefix, n) == 0 && words[n]) {
            const char *key = words + n;
            size_t klen = strlen(key);
            if (prefixes[i].kind == ELG_MAP_FIELD)
                strip_affixes(&key, &klen, field_from, field_to);
            else
                strip_affixes(&key, &klen, no_prefix, answer_to);
            m->kind = prefixes[i].kind;
            m->key = g_strndup(key, klen);
            return TRUE;
        }
    }
    return FALSE;
}

/* Is a word of KEY (folded words) one that heads free text in applicant-
 * tracking exports ("Experience summary", "Expérience - commentaires")? */
/* Is a word of KEY (folded words, joined by '_') one of WORDS (NULL-ended)? */
static gboolean has_word(const char *key, const char *const *words)
{
    for (const char *w = key; *w;) {
        const size_t n = strcspn(w, "_");
        for (const char *const *f = words; *f; f++)
            if (strlen(*f) == n && strncmp(w, *f, n) == 0)
                return TRUE;
        w += n + (w[n] == '_');
    }
    return FALSE;
}

static gboolean free_text_words(const char *key)
{
    static const char *const words[] = {"summary", "description", "comment", "comments", "note", "notes", "remark",
                                        "remarks", "detail", "details", "resume", "commentaire", "commentaires",
                                        "remarque", "remarques", "observation", "observations", NULL};
    return has_word(key, words);
}

/* A header prefixed as experience_F or q_X (prefixed), but for a field F
 * that is free text: such a column holds sentences, not years, and is
 * passed through as the file's own ("Comments" is).  The vocabulary's
 * fields are fields whatever their words. */
static gboolean prefixed_header(const elg_reference *ref, const char *header, size_t len, elg_header_map *m)
{
    if (!prefixed(header, len, m))
        return FALSE;
    if (m->kind == ELG_MAP_FIELD && !elg_ref_field(ref, m->key)) {
        /* "Experience in defence and security" names defence_security as
         * "Years of experience in defence and security" does */
        const elg_vocab_entry *field = elg_ref_field_named(ref, m->key);
        if (field) {
            g_free(m->key);
            m->key = g_strdup(field->tag);
        }
    }
    if (m->kind != ELG_MAP_FIELD || elg_ref_field(ref, m->key) || !free_text_words(m->key))
        return TRUE;
    /* "experience_release_notes" as README.md writes a field column: the
     * field a rule set names outside the vocabulary, which only this exact
     * column can meet */
    static const char canonical[] = "experience_";
    const size_t cl = sizeof canonical - 1;
    if (len == cl + strlen(m->key) && memcmp(header, canonical, cl) == 0 && memcmp(header + cl, m->key, len - cl) == 0)
        return TRUE;
    g_free(m->key);
    m->key = NULL;
    return FALSE;
}

/* Years in a field of the vocabulary, said as forms ask it: "Years of
 * experience in project management", "Project management experience
 * (years)", "Années d'expérience en gestion de projet".  Only a field the
 * vocabulary names: "Relevant experience" is no field. */
static gboolean field_header(const elg_reference *ref, const char *header, size_t len, elg_header_map *m)
{
    char words[ELG_FOLD_MAX];
    if (elg_fold_words(header, len, words, sizeof words) >= sizeof words)
        return FALSE;
    static const char *const prefixes[] = {"years_of_experience_in_", "years_of_experience_", "years_experience_in_",
                                           "years_in_", "annees_d_experience_en_", "annees_d_experience_dans_",
                                           "annees_d_experience_", NULL},
                             *const suffixes[] = {"_experience_in_years", "_experience_years", "_years_of_experience",
                                                  "_years_experience", "_experience", "_years", NULL};
    const char *name = words;
    size_t n = strlen(words);
    if (!strip_affixes(&name, &n, prefixes, suffixes))
        return FALSE;
    char tag[ELG_FOLD_MAX];
    memcpy(tag, name, n);
    tag[n] = '\0';
    const elg_vocab_entry *field = elg_ref_field_named(ref, tag);
    if (!field)
        return FALSE;
    m->kind = ELG_MAP_FIELD;
    m->key = g_strdup(field->tag);
    return TRUE;
}

/* A header naming a language other than English and French, alone or as
 * a level ("German", "Deutsch", "German level", "Niveau d'allemand"): its
 * cells are levels in that language.  Names only: a code ("IT", "DE") may
 * head another column. */
static gboolean language_header(const elg_reference *ref, const char *header, size_t len, elg_header_map *m)
{
    char words[ELG_FOLD_MAX];
    if (elg_fold_words(header, len, words, sizeof words) >= sizeof words)
        return FALSE;
    static const char *const prefixes[] = {"level_of_", "niveau_d_", "niveau_de_", "niveau_en_", "niveau_", NULL},
                             *const suffixes[] = {"_language_level", "_level", "_proficiency", "_language", NULL};
    const char *name = words;
    size_t n = strlen(words);
    strip_affixes(&name, &n, prefixes, suffixes);
    if (n < 4)
        return FALSE;
    const elg_language *lang = elg_ref_language(ref, name, n);
    if (!lang || strcmp(lang->code, "en") == 0 || strcmp(lang->code, "fr") == 0)
        return FALSE;
    m->kind = ELG_MAP_LANGUAGE;
    m->key = g_strdup(lang->code);
    return TRUE;
}

/* --- headers with a qualifier: "English (CEFR)", "Clearance [level]" ------- */

/* "NAME (QUALIFIER)" or "NAME [QUALIFIER]": the trimmed halves around
 * HEADER's last opening bracket, when it ends with the matching closing
 * one; both non-empty. */
static gboolean split_qualifier(const char *header, size_t len, const char **name, size_t *nlen,
                                const char **qual, size_t *qlen)
{
    const char *h = elg_trim(header, &len);
    if (len < 3 || (h[len - 1] != ')' && h[len - 1] != ']'))
        return FALSE;
    const char opening = h[len - 1] == ')' ? '(' : '[';
    const char *open = NULL;
    for (const char *o = h + len - 2; o >= h && !open; o--)
        open = *o == opening ? o : NULL;
    if (!open)
        return FALSE;
    *nlen = (size_t)(open - h);
    *name = elg_trim(h, nlen);
    *qlen = (size_t)(h + len - 1 - open - 1);
    *qual = elg_trim(open + 1, qlen);
    return *nlen > 0 && *qlen > 0;
}

/* What a qualifier says of a column of years: its unit, or nothing. */
typedef enum { QUAL_OTHER, QUAL_YEARS, QUAL_MONTHS } qual_unit;

static gchar *keyed_name(elg_map_kind kind, const char *key);

static qual_unit unit_of(const char *qual, size_t qlen)
{
    char key[ELG_FOLD_MAX];
    if (elg_fold(qual, qlen, key, sizeof key) >= sizeof key)
        return QUAL_OTHER;
    static const char *const years[] = {"y", "yr", "yrs", "year", "years", "inyears", "total", "totalyears",
                                        "totalyrs", "an", "ans", "annee", "annees", "enannees", "totalannees",
                                        NULL},
                             *const months[] = {"m", "mo", "mos", "mth", "mths", "month", "months", "inmonths",
                                                "totalmonths", "mois", "enmois", NULL};
    for (const char *const *u = years; *u; u++)
        if (strcmp(key, *u) == 0)
            return QUAL_YEARS;
    for (const char *const *u = months; *u; u++)
        if (strcmp(key, *u) == 0)
            return QUAL_MONTHS;
    return QUAL_OTHER;
}

/* The field HEADER maps to by name alone: an alias, experience_F or q_X,
 * years in a field, a language. */
static gboolean header_by_name(const elg_reference *ref, const char *header, size_t len, elg_header_map *m)
{
    const int c = canonical_by_alias(header, len);
    if (c >= 0) {
        m->kind = ELG_MAP_CANONICAL;
        m->column = (elg_column)c;
        return TRUE;
    }
    return prefixed_header(ref, header, len, m) || field_header(ref, header, len, m) ||
           language_header(ref, header, len, m);
}

/* Does M read years of experience (in total, as pairs, or in a field)? */
static gboolean counts_years(const elg_header_map *m)
{
    return m->kind == ELG_MAP_FIELD ||
           (m->kind == ELG_MAP_CANONICAL && (m->column == ELG_COL_EXPERIENCE_YEARS || m->column == ELG_COL_EXPERIENCE));
}

static void forget_map(elg_header_map *m)
{
    g_free(m->key);
    memset(m, 0, sizeof *m);
}

/* The name M's column takes in the report and messages (g_free it). */
static gchar *map_name(const elg_header_map *m)
{
    return m->kind == ELG_MAP_CANONICAL ? g_strdup(elg_column_names[m->column]) : keyed_name(m->kind, m->key);
}

typedef enum { QUALIFIED_NO, QUALIFIED_MAPPED, QUALIFIED_REFUSED } qualified;

/* Does a header of the file other than column I name M's field without a
 * note?  That one is the field's, wherever it stands: "ID (passport
 * number)" before "Applicant ID" must not take the ids.  (A unit, as in
 * "Experience (yrs)", says what the column holds: such a column is
 * first-wins as any other.) */
static gboolean named_elsewhere(const elg_loader *L, guint i, const elg_header_map *m)
{
    for (guint j = 0; j < L->ncells; j++) {
        elg_header_map o = {0};
        if (j == i || !header_by_name(L->p->ref, elg_loader_cell(L, j), L->cell[j].len, &o))
            continue;
        const gboolean same = o.kind == m->kind && (o.kind == ELG_MAP_CANONICAL ? o.column == m->column
                                                                                 : strcmp(o.key, m->key) == 0);
        forget_map(&o);
        if (same)
            return TRUE;
    }
    return FALSE;
}

/* A column of years whose header gives its unit, tried before experience_F
 * would take the unit for a field ("Experience (yrs)": field "yrs"):
 * years are read ("Experience (années)", "Experience (total years)" are the
 * total, not the experience pairs), months are not, with a warning.
 * QUALIFIED_NO for any other header, which the other rules then read. */
static qualified unit_qualified(elg_loader *L, unsigned line, guint i, const char *header, size_t hlen,
                                elg_header_map *m)
{
    const char *name, *qual;
    size_t nlen, qlen;
    if (!split_qualifier(header, hlen, &name, &nlen, &qual, &qlen))
        return QUALIFIED_NO;
    const qual_unit unit = unit_of(qual, qlen);
    if (unit == QUAL_OTHER || !header_by_name(L->p->ref, name, nlen, m))
        return QUALIFIED_NO;
    if (!counts_years(m)) {
        forget_map(m);
        return QUALIFIED_NO;
    }
    if (m->kind == ELG_MAP_CANONICAL)
        m->column = ELG_COL_EXPERIENCE_YEARS; /* a number of years: no field:years pairs */
    if (unit == QUAL_YEARS)
        return QUALIFIED_MAPPED;
    gchar *target = map_name(m);
    elg_loader_row_warn(L, line, i + 1, NULL, header,
                        "column \"%s\" is in months, and %s is read in years; not read", header, target);
    g_free(target);
    forget_map(m);
    return QUALIFIED_REFUSED;
}

/* Does a word of the qualifier KEY (folded words) say the column holds
 * something else than its name's field ("Education (institution)",
 * "Clearance (expiry date)", "Candidate (status)")? */
static gboolean other_content_words(const char *key)
{
    static const char *const words[] = {
        "field",  "subject", "major",  "institution", "school",   "university", "universite", "ecole",
        "etablissement", "domaine", "date", "dates", "expiry", "expires", "expiration", "expired",
        "valid",  "validity", "validite", "until", "since", "year", "years", "annee", "annees", "month",
        "months", "mois", "name", "names", "nom", "status", "statut", "stage", "state", "score", NULL};
    return has_word(key, words) || free_text_words(key);
}

/* A header that matched nothing, read without its trailing qualifier
 * ("English (CEFR)", "Staff college (yes/no)", "Nationality(ies)",
 * "Application date (dd/mm/yyyy)"), unless the qualifier may change what
 * the column holds: it names another column ("Candidate (name)") or other
 * content ("Education (field of study)"), or it narrows years of experience
 * ("Years of experience (NATO)" is not the total: reported, not read). */
static gboolean other_qualified(elg_loader *L, unsigned line, guint i, const char *header, size_t hlen,
                                elg_header_map *m)
{
    const char *name, *qual;
    size_t nlen, qlen;
    if (!split_qualifier(header, hlen, &name, &nlen, &qual, &qlen) || !header_by_name(L->p->ref, name, nlen, m))
        return FALSE;
    char words[ELG_FOLD_MAX];
    const int named = canonical_by_alias(qual, qlen);
    if (elg_fold_words(qual, qlen, words, sizeof words) >= sizeof words || other_content_words(words) ||
        (named >= 0 && !(m->kind == ELG_MAP_CANONICAL && (int)m->column == named)) || named_elsewhere(L, i, m)) {
        forget_map(m);
        return FALSE;
    }
    if (counts_years(m)) {
        gchar *target = map_name(m);
        elg_loader_row_warn(L, line, i + 1, NULL, header,
                            "column \"%s\": \"%.*s\" may narrow the years it counts, so it is not read as %s; a --map "
                            "file maps it if it is that", header, (int)qlen, qual, target);
        g_free(target);
        forget_map(m);
        return FALSE;
    }
    return TRUE;
}

/* Map a target name from a --map file ("nationality", "experience_F", "q_X",
 * "language_L"). */
static gboolean map_target(const char *target, elg_header_map *m)
{
    for (int c = 0; c < ELG_COL__COUNT; c++)
        if (strcmp(target, elg_column_names[c]) == 0) {
            m->kind = ELG_MAP_CANONICAL;
            m->column = (elg_column)c;
            return TRUE;
        }
    /* only here: a header "Language of correspondence" is no level */
    if (g_str_has_prefix(target, "language_") && target[9]) {
        m->kind = ELG_MAP_LANGUAGE;
        m->key = g_strdup(target + 9);
        return TRUE;
    }
    return prefixed(target, strlen(target), m);
}

/* The mapping file's entry KEY as a JSON path: .["KEY"]. */
static void entry_path(GString *path, const char *key)
{
    g_string_append(path, ".[");
    elg_quote(path, key, strlen(key), 0);
    g_string_append_c(path, ']');
}

/* Is TEXT, which is not valid JSON, a CSV file: its first line not
 * JSON's and cut by a delimiter? */
static gboolean looks_like_csv(const char *text, size_t len)
{
    const size_t i = elg_text_start(text, len);
    if (i == len || text[i] == '{' || text[i] == '[')
        return FALSE;
    const char *nl = memchr(text + i, '\n', len - i);
    const size_t n = nl ? (size_t)(nl - text) - i : len - i;
    /* "Their header": "field" without its braces is JSON's, not a CSV header */
    const gchar *member = g_strstr_len(text + i, (gssize)n, "\":");
    return !member && (memchr(text + i, ',', n) || memchr(text + i, ';', n) || memchr(text + i, '\t', n));
}

/* The mapping file, and its text in *TEXT for the lines of messages
 * (FILE:LINE:PATH, as for rule sets: DESIGN.md s.5). */
static cJSON *read_mapping(elg_loader *L, gchar **text, gsize *len)
{
    GError *e = NULL;
    cJSON *root = elg_json_read_file_text(L->opt.map_file, text, len, &e);
    if (!root) {
        /* a candidate file given as the mapping: the JSON error alone puzzles */
        if (*text && looks_like_csv(*text, *len)) {
            L->error = g_error_new(e->domain, e->code, "%s; this file looks like a CSV file, not a mapping; give "
                                   "the candidates with -c and a JSON mapping {\"Their header\": \"field\"} "
                                   "with --map", e->message);
            g_error_free(e);
        } else {
            L->error = e;
        }
        g_free(*text);
        *text = NULL;
        return NULL;
    }
    if (!cJSON_IsObject(root) || cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(root, "essential"))) {
        /* a rule set given as the mapping: its members are no headers */
        const gboolean rule_set = cJSON_IsObject(root);
        g_set_error(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u:.: error: expected an object {\"Their header\": \"field\"}%s",
                    L->opt.map_file, elg_json_path_line(*text, *len, ".", FALSE),
                    rule_set ? "; this file looks like a rule set (it has \"essential\"): a rule set is given "
                               "with --post"
                             : "");
        cJSON_Delete(root);
        g_free(*text);
        *text = NULL;
        return NULL;
    }
    const cJSON *it;
    cJSON_ArrayForEach(it, root) {
        elg_header_map m = {0};
        if (cJSON_IsNull(it))
            continue;
        if (!cJSON_IsString(it) || !map_target(it->valuestring, &m)) {
            GString *path = g_string_new(NULL);
            entry_path(path, it->string);
            GString *msg = g_string_new(NULL);
            g_string_printf(msg, "%s:%u:%s: error: ", L->opt.map_file,
                            elg_json_path_line(*text, *len, path->str, TRUE), path->str);
            g_string_free(path, TRUE);
            if (cJSON_IsString(it)) {
                elg_quote(msg, it->valuestring, strlen(it->valuestring), 60);
            } else {
                /* the offending value is said as for a string (DESIGN.md s.5) */
                char *shown = elg_json_show(it);
                g_string_append(msg, shown);
                g_free(shown);
            }
            g_string_append(msg, " is not a field; expected null or one of ");
            for (int c = 0; c < ELG_COL__COUNT; c++)
                g_string_append_printf(msg, "%s, ", elg_column_names[c]);
            g_string_append(msg, "experience_FIELD, q_CRITERION, language_CODE");
            g_set_error_literal(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT, msg->str);
            g_string_free(msg, TRUE);
            g_free(m.key);
            cJSON_Delete(root);
            g_free(*text);
            *text = NULL;
            return NULL;
        }
        g_free(m.key);
    }
    return root;
}

/* The first MAX header cells as read, quoted, for a message: a title line
 * above the header, or a name of the file's own, shows. */
static void append_headers(GString *out, const elg_profiles *p, guint max)
{
    for (guint i = 0; i < p->headers->len && i < max; i++) {
        const char *h = g_ptr_array_index(p->headers, i);
        g_string_append(out, i ? ", " : "");
        elg_quote(out, h, strlen(h), 40);
    }
    if (p->headers->len > max)
        g_string_append(out, ", ...");
}

/* --- a header that is not the header: helpful errors --------------------- */

/* A delimiter as a message names it. */
static const char *delimiter_name(char d)
{
    return d == '\t' ? "TAB" : d == ',' ? "\",\"" : d == ';' ? "\";\"" : d == '|' ? "\"|\"" : "?";
}

/* The current record read as a header: how many of its cells name a
 * column, *ID when one names candidate_id.  A record of one cell is split
 * at another delimiter than the file's (*SPLIT, with *PIECES), the one
 * that splits it most, as a header with the wrong delimiter reads. */
static guint named_cells(const elg_loader *L, gboolean *id, char *split, guint *pieces)
{
    *id = FALSE;
    *split = 0;
    *pieces = L->ncells;
    if (L->ncells == 1) {
        const char *s = elg_loader_cell(L, 0);
        const size_t len = L->cell[0].len;
        static const char others[] = ",;\t|";
        for (const char *d = others; *d; d++) {
            guint k = 1;
            for (size_t i = 0; i < len; i++)
                k += s[i] == *d;
            if (*d != L->p->delimiter && k > *pieces) {
                *pieces = k;
                *split = *d;
            }
        }
    }
    guint named = 0;
    for (guint i = 0; i < L->ncells; i++) {
        const char *s = elg_loader_cell(L, i), *end = s + L->cell[i].len;
        for (const char *at = s; at <= end;) {
            const char *stop = *split ? memchr(at, *split, (size_t)(end - at)) : NULL;
            size_t n = (size_t)((stop ? stop : end) - at);
            const char *piece = elg_trim(at, &n);
            if (n >= 2 && piece[0] == '"' && piece[n - 1] == '"') {
                piece++;
                n -= 2;
            }
            const int c = canonical_by_alias(piece, n);
            named += c >= 0;
            *id |= c == ELG_COL_CANDIDATE_ID;
            at = stop ? stop + 1 : end + 1;
        }
    }
    return named;
}

/* Does the header's first cell H begin a web page or an XML document
 * ("<html>", "<table>", "<?xml", "<!DOCTYPE html>"), as an "Excel export"
 * of some systems is? */
static gboolean is_markup(const char *h)
{
    static const char *const starts[] = {"<html", "<!doctype", "<table", "<?xml", "<workbook", "<body", "<head",
                                         "<meta"};
    while (*h == ' ' || *h == '\t')
        h++;
    for (size_t k = 0; k < G_N_ELEMENTS(starts); k++)
        if (g_ascii_strncasecmp(h, starts[k], strlen(starts[k])) == 0)
            return TRUE;
    return FALSE;
}

/* After "no candidate_id column": a header of one cell that another
 * delimiter splits, named (a file separated by "|", which eligo does not
 * read, or a sep= line that says another than the file's). */
static void append_split_hint(GString *out, const elg_loader *L)
{
    gboolean id;
    char split;
    guint pieces;
    named_cells(L, &id, &split, &pieces);
    if (!split)
        return;
    g_string_append_printf(out, "; the header is one column, which %s splits into %u", delimiter_name(split),
                           pieces);
    if (split == '|')
        g_string_append(out, ": \"|\" is no delimiter eligo reads; save the file with \",\", \";\" or TAB "
                              "between cells");
    else
        g_string_append_printf(out, ", but the file is read as separated by %s (%s)",
                               delimiter_name(L->p->delimiter),
                               L->p->sep_line ? "its sep= line says so" : "the most frequent in the header");
}

/* A record after a header without candidate_id (LINE): when it reads as a
 * header with one, the file's header seems to be there, below a title
 * line; said in the error, which suggests deleting the lines above. */
void elg_loader_header_below(elg_loader *L, unsigned line)
{
    gboolean id;
    char split;
    guint pieces;
    if (named_cells(L, &id, &split, &pieces) < 2 || !id)
        return;
    gchar *msg = g_strdup_printf("%s; the header seems to be on line %u, not line %u%s%s%s: delete the "
                                 "lines above it",
                                 L->error->message, line, L->no_id_line, split ? " (separated by " : "",
                                 split ? delimiter_name(split) : "", split ? ")" : "");
    g_free(L->error->message);
    L->error->message = msg;
    L->no_id_line = 0;
}

/* Keep the cells of header column HEADER_INDEX as written. */
static void add_text(elg_loader *L, elg_header_map *m, guint header_index)
{
    elg_profiles *p = L->p;
    m->text = p->text_cols->len + 1;
    g_ptr_array_add(p->text_cols, g_ptr_array_new());
    g_array_append_val(p->text_header_index, header_index);
}

/* Is HEADER one of keep_columns?  The first header a name matches is
 * kept: *FOUND, one slot per name (0 or 1 + header index), says which. */
static gboolean keep_header(const elg_loader *L, const char *header, size_t hlen, guint header_index,
                            guint *found)
{
    const char *const *names = L->opt.keep_columns;
    if (!names)
        return FALSE;
    char want[ELG_FOLD_MAX], key[ELG_FOLD_MAX];
    elg_fold(header, hlen, want, sizeof want);
    gboolean keep = FALSE;
    for (guint k = 0; names[k]; k++) {
        const size_t n = strlen(names[k]);
        elg_fold(names[k], n, key, sizeof key);
        /* a name of no letter or digit ("-", "#") folds to nothing, as an
         * empty header does: it matches a header written exactly so */
        const gboolean same = *key ? strcmp(key, want) == 0 : n == hlen && memcmp(names[k], header, n) == 0;
        if (!found[k] && same) {
            found[k] = header_index + 1;
            keep = TRUE;
        }
    }
    return keep;
}

/* The report column that already shows the cells of M as they are: its
 * candidate_id, or its name when that is M's cell alone (not first and
 * last names joined); NULL for any other column. */
static const char *shown_by_report(const elg_loader *L, const elg_header_map *m)
{
    if (m->kind != ELG_MAP_CANONICAL)
        return NULL;
    const gboolean *present = L->p->present;
    switch (m->column) {
    case ELG_COL_CANDIDATE_ID: return "candidate_id";
    case ELG_COL_NAME: return L->name_joined ? NULL : "name";
    case ELG_COL_FIRST_NAME:
        return L->name_joined && !L->name_is_last && !present[ELG_COL_LAST_NAME] ? "name" : NULL;
    case ELG_COL_LAST_NAME: return L->name_joined && !present[ELG_COL_FIRST_NAME] ? "name" : NULL;
    default: return NULL;
    }
}

/* The kept columns in keep_columns' order, each once; a name that no
 * header matched is a fatal error.  One the report shows already
 * (shown_by_report) is not repeated: said, and left out. */
static void order_kept(elg_loader *L, const guint *found, unsigned line)
{
    elg_profiles *p = L->p;
    const char *const *names = L->opt.keep_columns;
    for (guint k = 0; names && names[k]; k++) {
        if (!found[k]) {
            if (L->error)
                return;
            GString *msg = g_string_new(NULL);
            g_string_printf(msg, "%s:%u: error: no column ", p->file, line);
            elg_quote(msg, names[k], strlen(names[k]), 60);
            g_string_append(msg, " in the header to keep (--keep); the header has ");
            append_headers(msg, p, 12);
            g_set_error_literal(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT, msg->str);
            g_string_free(msg, TRUE);
            return;
        }
        const elg_header_map *m = &g_array_index(L->map, elg_header_map, found[k] - 1);
        const char *own = shown_by_report(L, m);
        if (own) {
            const char *header = g_ptr_array_index(p->headers, found[k] - 1);
            GString *q = g_string_new(NULL);
            elg_quote(q, names[k], strlen(names[k]), 60);
            g_string_append(q, " names column ");
            elg_quote(q, header, strlen(header), 60);
            elg_diags_add(p->diags, ELG_WARNING, p->file, line, found[k], NULL, NULL, NULL,
                          "--keep %s, which the report shows already as its %s column; not kept twice",
                          q->str, own);
            g_string_free(q, TRUE);
            continue;
        }
        const guint text = m->text - 1;
        gboolean twice = FALSE;
        for (guint j = 0; j < p->kept->len; j++)
            twice |= g_array_index(p->kept, guint, j) == text;
        if (!twice)
            g_array_append_val(p->kept, text);
    }
}

/* Cells that combine with others are read first, whatever the column order:
 * the experience and languages lists, then the single-value columns. */
static int cell_pass(const elg_header_map *m)
{
    if (m->kind == ELG_MAP_CANONICAL &&
        (m->column == ELG_COL_EXPERIENCE || m->column == ELG_COL_LANGUAGES))
        return 0;
    return 1;
}

/* The entries of the mapping file no header took (USED): a typo in a key,
 * or a key given twice, would otherwise go unnoticed. */
static void unused_mapping(elg_loader *L, const cJSON *mapping, const char *text, gsize len, GHashTable *used)
{
    const cJSON *it;
    cJSON_ArrayForEach(it, mapping) {
        if (g_hash_table_contains(used, it))
            continue;
        char key[ELG_FOLD_MAX], other[ELG_FOLD_MAX];
        elg_fold(it->string, strlen(it->string), key, sizeof key);
        const cJSON *before = NULL;
        for (const cJSON *b = mapping->child; b != it && !before; b = b->next) {
            elg_fold(b->string, strlen(b->string), other, sizeof other);
            before = strcmp(key, other) == 0 ? b : NULL;
        }
        GString *path = g_string_new(NULL);
        entry_path(path, it->string);
        const unsigned line = elg_json_path_line(text, len, path->str, TRUE);
        GString *name = g_string_new(NULL);
        elg_quote(name, it->string, strlen(it->string), 60);
        if (before)
            elg_diags_add(L->p->diags, ELG_WARNING, L->opt.map_file, line, 0, path->str, NULL, NULL,
                          "%s names the same header as an entry before it; this one is not used", name->str);
        else
            elg_diags_add(L->p->diags, ELG_WARNING, L->opt.map_file, line, 0, path->str, NULL, NULL,
                          "no header of %s is %s; the entry is not used", L->p->file, name->str);
        g_string_free(path, TRUE);
        g_string_free(name, TRUE);
    }
}

/* The error for a --keep name that matched header column I, which the
 * mapping's entry IT ignores (null): kept, the column would contradict it. */
static GString *keep_ignored(const elg_loader *L, const cJSON *it, const char *text, gsize len,
                             const guint *found, guint i, unsigned line)
{
    guint k = 0;
    while (found[k] != i + 1)
        k++;
    const char *header = g_ptr_array_index(L->p->headers, i);
    GString *path = g_string_new(NULL), *msg = g_string_new(NULL);
    entry_path(path, it->string);
    g_string_printf(msg, "%s:%u:%u: error: --keep ", L->p->file, line, i + 1);
    elg_quote(msg, L->opt.keep_columns[k], strlen(L->opt.keep_columns[k]), 60);
    g_string_append(msg, " names column ");
    elg_quote(msg, header, strlen(header), 60);
    g_string_append_printf(msg, ", which the --map file ignores (%s:%u:%s is null); remove that entry to keep "
                           "the column, or the --keep",
                           L->opt.map_file, elg_json_path_line(text, len, path->str, TRUE), path->str);
    g_string_free(path, TRUE);
    return msg;
}

/* A keyed column's name as the report and the messages give it. */
static gchar *keyed_name(elg_map_kind kind, const char *key)
{
    return g_strconcat(kind == ELG_MAP_FIELD ? "experience_" : kind == ELG_MAP_ANSWER ? "q_" : "language_", key, NULL);
}

/* The mapping's entry for HEADER, or NULL. */
static const cJSON *mapping_entry(const cJSON *mapping, const char *header, size_t hlen)
{
    char key[ELG_FOLD_MAX], want[ELG_FOLD_MAX];
    elg_fold(header, hlen, want, sizeof want);
    const cJSON *it;
    cJSON_ArrayForEach(it, mapping) {
        elg_fold(it->string, strlen(it->string), key, sizeof key);
        if (strcmp(key, want) == 0)
            return it;
    }
    return NULL;
}

/* The fields the mapping gives a header of the file: the first header
 * mapped to each canonical column in CHOSEN_BY_MAP[], and the keyed ones
 * ("experience_F", "q_C", "language_L") in KEYED, each with its column
 * (1-based).  A header that only matches a field by name or alias leaves
 * it to them: the user named the column to read. */
static void mapped_fields(const elg_loader *L, const cJSON *mapping, int *chosen_by_map, GHashTable *keyed)
{
    for (guint i = 0; i < L->ncells; i++) {
        const cJSON *it = mapping_entry(mapping, elg_loader_cell(L, i), L->cell[i].len);
        elg_header_map m = {0};
        if (!it || cJSON_IsNull(it) || !map_target(it->valuestring, &m))
            continue;
        if (m.kind == ELG_MAP_CANONICAL) {
            if (chosen_by_map[m.column] < 0)
                chosen_by_map[m.column] = (int)i;
        } else {
            const char *key = m.key;
            if (m.kind == ELG_MAP_LANGUAGE) {
                const elg_language *lang = elg_ref_language(L->p->ref, m.key, strlen(m.key));
                key = lang ? lang->code : NULL;
            }
            if (key) {
                gchar *full = keyed_name(m.kind, key);
                if (!g_hash_table_contains(keyed, full))
                    g_hash_table_insert(keyed, full, GUINT_TO_POINTER(i + 1));
                else
                    g_free(full);
            }
        }
        g_free(m.key);
    }
}

void elg_loader_map_headers(elg_loader *L, unsigned line)
{
    elg_profiles *p = L->p;
    cJSON *mapping = NULL;
    gchar *map_text = NULL;
    gsize map_len = 0;
    if (L->opt.map_file && !(mapping = read_mapping(L, &map_text, &map_len)))
        return;
    int used[ELG_COL__COUNT], chosen_by_map[ELG_COL__COUNT];
    for (int c = 0; c < ELG_COL__COUNT; c++)
        used[c] = chosen_by_map[c] = -1;
    GHashTable *keyed_seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *keyed_mapped = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    if (mapping)
        mapped_fields(L, mapping, chosen_by_map, keyed_mapped);
    guint n_keep = 0;
    while (L->opt.keep_columns && L->opt.keep_columns[n_keep])
        n_keep++;
    guint *keep_found = g_new0(guint, n_keep + 1);
    GHashTable *map_used = g_hash_table_new(NULL, NULL); /* the mapping's entries a header took */
    GString *refused = NULL; /* a --keep of a column the mapping ignores */
    for (guint i = 0; i < L->ncells; i++) {
        const char *h = elg_loader_cell(L, i);
        size_t hlen = L->cell[i].len;
        gchar *header = g_strndup(h, hlen);
        g_ptr_array_add(p->headers, header);
        elg_header_map m = {0};
        gboolean mapped = FALSE, ignored = FALSE;
        const cJSON *it = NULL;
        if (mapping && (it = mapping_entry(mapping, header, hlen))) {
            if (cJSON_IsNull(it))
                ignored = TRUE;
            else
                mapped = map_target(it->valuestring, &m);
            g_hash_table_add(map_used, (gpointer)it);
        }
        const gboolean by_map = mapped;
        if (!mapped && !ignored) {
            int c = canonical_by_alias(header, hlen);
            if (c >= 0) {
                m.kind = ELG_MAP_CANONICAL;
                m.column = (elg_column)c;
                mapped = TRUE;
            } else {
                /* a qualifier is tried on a miss only: a unit before experience_F
                 * reads it as a field, any other after every rule has failed */
                const qualified q = unit_qualified(L, line, i, header, hlen, &m);
                mapped = q == QUALIFIED_MAPPED ||
                         (q == QUALIFIED_NO &&
                          (prefixed_header(p->ref, header, hlen, &m) || field_header(p->ref, header, hlen, &m) ||
                           language_header(p->ref, header, hlen, &m) || other_qualified(L, line, i, header, hlen, &m)));
            }
        }
        if (mapped && m.kind == ELG_MAP_LANGUAGE) {
            /* language_L names L by its code or its name: the store keys it by code */
            const elg_language *lang = elg_ref_language(p->ref, m.key, strlen(m.key));
            g_free(m.key);
            m.key = lang && strcmp(lang->code, "en") != 0 && strcmp(lang->code, "fr") != 0 ? g_strdup(lang->code)
                                                                                        : NULL;
            if (!m.key) {
                elg_loader_row_warn(L, line, i + 1, NULL, header,
                                    "column \"%s\": not a language other than English and French (which have columns "
                                    "of their own); ignored", header);
                mapped = FALSE;
            }
        }
        const char *target = NULL;
        if (mapped && m.kind == ELG_MAP_CANONICAL) {
            /* every other nationality column adds to the set: none is "the" one */
            const int chosen = chosen_by_map[m.column];
            if (!by_map && chosen >= 0 && m.column != ELG_COL_OTHER_NATIONALITIES) {
                elg_loader_row_warn(L, line, i + 1, elg_column_names[m.column], header,
                                    "column \"%s\" also maps to %s; ignored (column %d, \"%.*s\", is used, as the "
                                    "--map file says)",
                                    header, elg_column_names[m.column], chosen + 1, (int)L->cell[chosen].len,
                                    elg_loader_cell(L, (guint)chosen));
                mapped = FALSE;
            } else if (used[m.column] >= 0 && m.column != ELG_COL_OTHER_NATIONALITIES) {
                /* the column used named, and how to choose the other: an export
                 * with "Candidate" (names) before "Candidate ID" takes the first;
                 * a --map file cannot tell apart headers that fold alike */
                const char *first = g_ptr_array_index(p->headers, used[m.column]);
                char a[ELG_FOLD_MAX], b[ELG_FOLD_MAX];
                elg_fold(first, strlen(first), a, sizeof a);
                elg_fold(header, hlen, b, sizeof b);
                elg_loader_row_warn(L, line, i + 1, elg_column_names[m.column], header,
                                    "column \"%s\" also maps to %s; ignored (column %d, \"%s\", is used; %s)", header,
                                    elg_column_names[m.column], used[m.column] + 1, first,
                                    strcmp(a, b) == 0 ? "rename one of the two to choose" : "a --map file chooses");
                mapped = FALSE;
            } else {
                used[m.column] = (int)i;
                p->present[m.column] = TRUE;
                target = elg_column_names[m.column];
            }
        } else if (mapped) {
            gchar *full = keyed_name(m.kind, m.key);
            const guint chosen = GPOINTER_TO_UINT(g_hash_table_lookup(keyed_mapped, full));
            if (!by_map && chosen) {
                elg_loader_row_warn(L, line, i + 1, full, header,
                                    "column \"%s\" also maps to %s; ignored (column %u, \"%.*s\", is used, as the "
                                    "--map file says)",
                                    header, full, chosen, (int)L->cell[chosen - 1].len, elg_loader_cell(L, chosen - 1));
                g_free(full);
                g_free(m.key);
                m.key = NULL;
                mapped = FALSE;
            } else if (g_hash_table_contains(keyed_seen, full)) {
                elg_loader_row_warn(L, line, i + 1, full, header,
                                    "column \"%s\" also maps to %s; ignored", header, full);
                g_free(full);
                g_free(m.key);
                m.key = NULL;
                mapped = FALSE;
            } else {
                if (m.kind == ELG_MAP_FIELD) {
                    if (!elg_ref_field(p->ref, m.key))
                        elg_loader_row_warn(L, line, i + 1, full, header,
                                            "column \"%s\": \"%s\" is not an experience field of the "
                                            "vocabulary; kept as a new field",
                                            header, m.key);
                    elg_store_field(p, m.key);
                } else if (m.kind == ELG_MAP_ANSWER) {
                    elg_store_keyed_get(p, p->answers, m.key);
                } else {
                    elg_store_language(p, m.key);
                }
                g_hash_table_add(keyed_seen, full);
                target = full;
            }
        }
        if (!mapped)
            m.kind = ELG_MAP_EXTRA;
        const gboolean keep = keep_header(L, header, hlen, i, keep_found);
        if (ignored) {
            /* null in the mapping: not read, not kept, not shown as extra */
            if (keep && !refused)
                refused = keep_ignored(L, it, map_text, map_len, keep_found, i, line);
            target = "";
        } else if (keep || (!mapped && !L->opt.drop_unknown)) {
            add_text(L, &m, i);
        }
        g_ptr_array_add(p->mapping, g_strdup(target));
        g_array_append_val(L->map, m);
    }
    g_hash_table_destroy(keyed_seen);
    g_hash_table_destroy(keyed_mapped);
    if (mapping) {
        unused_mapping(L, mapping, map_text, map_len, map_used);
        cJSON_Delete(mapping);
        g_free(map_text);
    }
    g_hash_table_destroy(map_used);
    /* "Name" beside "First name" and no "Last name" is the family name */
    const gboolean first = p->present[ELG_COL_FIRST_NAME], last = p->present[ELG_COL_LAST_NAME];
    L->name_is_last = p->present[ELG_COL_NAME] && first && !last;
    L->name_joined = (first || last) && (!p->present[ELG_COL_NAME] || L->name_is_last);
    /* the order cells are read in, decided once for every row */
    for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < L->map->len; i++)
            if (cell_pass(&g_array_index(L->map, elg_header_map, i)) == pass)
                g_array_append_val(L->order, i);
    if (used[ELG_COL_CANDIDATE_ID] < 0) {
        GString *seen = g_string_new(NULL);
        append_headers(seen, p, 4);
        /* a rule set given as the candidate file */
        const char *h0 = p->headers->len ? g_ptr_array_index(p->headers, 0) : "";
        /* the id column there, but ignored by the mapping (null) */
        GString *ignored = g_string_new(NULL);
        for (guint h = 0; h < p->headers->len && !ignored->len; h++) {
            const char *hd = g_ptr_array_index(p->headers, h), *m = g_ptr_array_index(p->mapping, h);
            if (m && !*m && canonical_by_alias(hd, strlen(hd)) == ELG_COL_CANDIDATE_ID) {
                g_string_append(ignored, "; the --map file ignores ");
                elg_quote(ignored, hd, strlen(hd), 40);
                g_string_append(ignored, " (null): map it to candidate_id, or remove that entry");
            }
        }
        append_split_hint(ignored, L);
        g_set_error(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u: error: no candidate_id column in the header (%s); expected a header named "
                    "candidate_id or an alias (id, applicant_id, candidate, identifiant, ...), or a "
                    "--map file such as {\"Their header\": \"candidate_id\"}%s%s",
                    p->file, line, seen->str, ignored->str,
                    h0[0] == '{' ? "; this file looks like JSON: a rule set is given with --post"
                    : is_markup(h0)
                        ? "; this file is an HTML page or an XML spreadsheet (as systems write an \"Excel\" "
                          "export), not CSV: open it in a spreadsheet and save the sheet as CSV (UTF-8)"
                        : "");
        /* the next records may show the header below a title line (elg_loader_header_below) */
        L->no_id_line = line;
        g_string_free(ignored, TRUE);
        g_string_free(seen, TRUE);
    }
    if (used[ELG_COL_CANDIDATE_ID] >= 0) {
        L->id_col = (guint)used[ELG_COL_CANDIDATE_ID];
        L->id_header_len = L->cell[L->id_col].len;
    }
    /* after the id's check: a file without ids is told of that first */
    if (refused && !L->error)
        g_set_error_literal(&L->error, ELG_ERR_DOMAIN, ELG_ERR_INPUT, refused->str);
    if (refused)
        g_string_free(refused, TRUE);
    if (!L->error)
        order_kept(L, keep_found, line);
    g_free(keep_found);
}

