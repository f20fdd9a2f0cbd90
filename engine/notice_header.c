/* Header facts of one language part (notice_int.h): "Label: value" lines
 * (with or without the colon, as copies lose it: "Grade NATO Grade G10-G12"),
 * the title line that ends with the post number, and the nationality rule. */
#include "notice_int.h"

#include <stdlib.h>
#include <string.h>
#include "values.h"

typedef enum { F_ID, F_TITLE, F_BODY, F_LOCATION, F_DEADLINE, F_GRADE, F_CLEARANCE } fact;

/* Labels as folded words; COLON: only a label when ':' follows (the words
 * also start ordinary sentences).  Longer labels first. */
static const struct {
    const char *words;
    fact f;
    gboolean colon;
} labels[] = {
    {"application deadline", F_DEADLINE, FALSE},
    {"closing date for applications", F_DEADLINE, FALSE},
    {"deadline for applications", F_DEADLINE, FALSE},
    {"closing date", F_DEADLINE, FALSE},
    {"application closing date", F_DEADLINE, FALSE},
    {"applications closing date", F_DEADLINE, FALSE},
    {"deadline for submission of applications", F_DEADLINE, FALSE},
    {"deadline for receipt of applications", F_DEADLINE, FALSE},
    {"deadline", F_DEADLINE, TRUE},
    {"apply by", F_DEADLINE, TRUE},
    {"date de retrait", F_DEADLINE, FALSE},
    {"date limite de depot des candidatures", F_DEADLINE, FALSE},
    {"date limite de candidature", F_DEADLINE, FALSE},
    {"date limite", F_DEADLINE, FALSE},
    {"date de cloture des candidatures", F_DEADLINE, FALSE},
    {"date de cloture", F_DEADLINE, FALSE},
    {"primary location", F_LOCATION, FALSE},
    {"emplacement principal", F_LOCATION, FALSE},
    {"lieu d affectation principal", F_LOCATION, FALSE}, /* the French "Primary Location" of the AVIS DE VACANCE */
    {"duty station", F_LOCATION, TRUE},
    {"location", F_LOCATION, TRUE},
    {"lieu d affectation", F_LOCATION, TRUE},
    {"lieu de travail", F_LOCATION, TRUE},
    {"lieu", F_LOCATION, TRUE},
    {"nato body", F_BODY, FALSE},
    {"organisme otan", F_BODY, FALSE}, /* the French "NATO Body" */
    {"organisation", F_BODY, TRUE},
    {"organization", F_BODY, TRUE},
    {"organisme", F_BODY, TRUE},
    {"employer", F_BODY, TRUE},
    {"body", F_BODY, TRUE},
    {"nato grade", F_GRADE, FALSE},
    {"grade otan", F_GRADE, FALSE},
    {"grades", F_GRADE, FALSE},
    {"grade", F_GRADE, FALSE},
    {"security clearance required", F_CLEARANCE, TRUE},
    {"required security clearance", F_CLEARANCE, TRUE},
    {"habilitation de securite requise", F_CLEARANCE, TRUE},
    {"security clearance level", F_CLEARANCE, FALSE},
    {"clearance level", F_CLEARANCE, FALSE},
    {"niveau de l habilitation de securite", F_CLEARANCE, FALSE},
    {"niveau d habilitation de securite", F_CLEARANCE, FALSE},
    {"niveau d habilitation", F_CLEARANCE, FALSE},
    {"habilitation de securite", F_CLEARANCE, TRUE},
    {"habilitation requise", F_CLEARANCE, TRUE},
    {"clearance required", F_CLEARANCE, TRUE},
    {"required clearance", F_CLEARANCE, TRUE},
    {"security clearance", F_CLEARANCE, TRUE},
    {"clearance", F_CLEARANCE, TRUE},
    {"post number", F_ID, TRUE},
    {"post no", F_ID, TRUE},
    {"vacancy number", F_ID, TRUE},
    {"vacancy no", F_ID, TRUE},
    {"vacancy reference", F_ID, TRUE},
    {"vacancy ref", F_ID, TRUE},
    {"vacancy id", F_ID, TRUE},
    {"post id", F_ID, TRUE},
    {"job number", F_ID, TRUE},
    {"job reference", F_ID, TRUE},
    {"reference code", F_ID, TRUE},
    {"reference number", F_ID, TRUE},
    {"reference no", F_ID, TRUE},
    {"job id", F_ID, TRUE},
    {"requisition id", F_ID, TRUE},
    {"requisition number", F_ID, TRUE},
    {"numero de l avis de vacance", F_ID, TRUE},
    {"numero de vacance", F_ID, TRUE},
    {"numero de reference", F_ID, TRUE},
    {"numero du poste", F_ID, TRUE},
    {"numero de poste", F_ID, TRUE},
    {"reference du poste", F_ID, TRUE},
    {"reference", F_ID, TRUE},
    {"ref no", F_ID, TRUE},
    {"ref", F_ID, TRUE},
    {"job title", F_TITLE, TRUE},
    {"post title", F_TITLE, TRUE},
    {"position title", F_TITLE, TRUE},
    {"intitule du poste", F_TITLE, TRUE},
    {"titre du poste", F_TITLE, TRUE},
    {"title", F_TITLE, TRUE},
    {"post", F_TITLE, TRUE}, /* NSPA: "Post: Senior Technician (Fuel Systems)" */
    {"poste", F_TITLE, TRUE},
};

static gboolean post_number(const char *f)
{
    size_t n = strlen(f);
    return n >= 5 && n <= 8 && strspn(f, "0123456789") == n;
}

static gboolean separator(char c) { return c == ':' || c == ';' || c == '=' || c == '-'; }

/* Is S[0, LEN) one word of a reference code ("NCIA/26/0412", "26-0412",
 * "260412"): letters, digits and / - . _ with at least MIN_DIGITS digits? */
static gboolean code_word(const char *s, size_t len, int min_digits)
{
    int digits = 0;
    for (size_t i = 0; i < len; i++) {
        if (g_ascii_isdigit(s[i]))
            digits++;
        else if (!g_ascii_isalpha(s[i]) && !strchr("/-._", s[i]))
            return FALSE;
    }
    return len > 0 && digits >= min_digits;
}

/* The reference code that starts S[0, LEN), a label's value: past at most
 * two words of letters only, a body's prefix ("ACT 241101", "NDC 250501"),
 * the first word of letters and digits with MIN_DIGITS digits or more
 * ("NCIA/26/0412", "26/0412", "260412"), without the punctuation around it.
 * Its start and length, or FALSE. */
static gboolean reference_code(const char *s, size_t len, int min_digits, size_t *start, size_t *clen)
{
    size_t i = 0;
    for (int word = 0; word < 3; word++) {
        while (i < len && (s[i] == ' ' || strchr("(#[", s[i])))
            i++;
        size_t from = i;
        while (i < len && s[i] != ' ')
            i++;
        size_t to = i;
        while (to > from && strchr(".,;:)]", s[to - 1]))
            to--;
        if (code_word(s + from, to - from, min_digits)) {
            *start = from;
            *clen = to - from;
            return TRUE;
        }
        for (size_t k = from; k < to; k++)
            if (!g_ascii_isalpha(s[k]))
                return FALSE;
        if (to == from)
            return FALSE;
    }
    return FALSE;
}

/* Do label K's words end with an abbreviation ("Vacancy No.", "Ref."),
 * whose dot may stand for the colon? */
static gboolean abbreviated(size_t k)
{
    const char *w = labels[k].words, *last = strrchr(w, ' ');
    last = last ? last + 1 : w;
    return labels[k].f == F_ID && (strcmp(last, "no") == 0 || strcmp(last, "ref") == 0);
}

/* If LN starts with a label, its fact and where the value starts. */
static gboolean label_line(const nt_line *ln, const nt_toks *t, fact *f, guint *value)
{
    for (size_t k = 0; k < G_N_ELEMENTS(labels); k++) {
        guint n = nt_seq(t, 0, labels[k].words);
        if (!n)
            continue;
        guint at = nt_tok_at(t, n - 1)->end;
        const gboolean dot = at < ln->len && ln->text[at] == '.' && abbreviated(k);
        if (dot)
            at++;
        while (at < ln->len && ln->text[at] == ' ')
            at++;
        gboolean sep = at < ln->len && separator(ln->text[at]);
        size_t cs, cl;
        if (dot && !sep && reference_code(ln->text + at, ln->len - at, 1, &cs, &cl)) {
            /* "Vacancy No. 260412", "Ref. NCIA/26/0412": the dot, then a code */
            *f = labels[k].f;
            *value = at + (guint)cs;
            return TRUE;
        }
        if (labels[k].colon && !sep)
            continue;
        while (at < ln->len && (separator(ln->text[at]) || ln->text[at] == ' '))
            at++;
        if (at >= ln->len)
            continue;
        *f = labels[k].f;
        *value = at;
        return TRUE;
    }
    return FALSE;
}

/* Is LN a label and its colon alone ("Closing date:"), as web pages paste
 * it, the value on the line below?  Its fact then. */
static gboolean label_alone(const nt_line *ln, const nt_toks *t, fact *f)
{
    for (size_t k = 0; k < G_N_ELEMENTS(labels); k++) {
        guint n = nt_seq(t, 0, labels[k].words);
        if (!n || n != nt_ntoks(t))
            continue;
        guint at = nt_tok_at(t, n - 1)->end;
        while (at < ln->len && ln->text[at] == ' ')
            at++;
        if (at + 1 == ln->len && ln->text[at] == ':') {
            *f = labels[k].f;
            return TRUE;
        }
    }
    return FALSE;
}

static void fact_set(nt_fact *x, const nt_line *ln, guint from, guint len)
{
    if (x->value)
        return; /* the first one in the part counts */
    while (len > 0 && strchr(" ;,.", ln->text[from + len - 1]))
        len--;
    x->value = g_strndup(ln->text + from, len);
    x->whole = g_strndup(ln->text, ln->len);
    x->raw = g_strndup(ln->raw, ln->raw_len);
    x->line = x->first = ln->line;
    x->col = ln->cols[from];
}

/* --- grades --------------------------------------------------------------- */

static gboolean grade_word(const char *f, gboolean strict)
{
    size_t n = strlen(f);
    if (n < 2 || n > 3 || !g_ascii_isalpha(f[0]) || !g_ascii_isdigit(f[1]) ||
        (n == 3 && !g_ascii_isdigit(f[2])))
        return FALSE;
    return !strict || f[0] == 'g' || f[0] == 'a' || f[0] == 'b';
}

/* Grades sort by their letters ("A", "G", "NG"), then their number. */
static gint grade_cmp(gconstpointer a, gconstpointer b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    const size_t xl = strspn(x, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), yl = strspn(y, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const int c = strncmp(x, y, MIN(xl, yl));
    if (c != 0 || xl != yl)
        return c != 0 ? c : xl < yl ? -1 : 1;
    return atoi(x + xl) - atoi(y + yl);
}

/* Add grade G (owned), written as "G15" or "NG15", unless it is there. */
static void grade_put(GPtrArray *grades, char *g)
{
    for (guint i = 0; i < grades->len; i++)
        if (strcmp(g_ptr_array_index(grades, i), g) == 0) {
            g_free(g);
            return;
        }
    g_ptr_array_add(grades, g);
    g_ptr_array_sort(grades, grade_cmp);
}

void nt_grade_add(GPtrArray *grades, char letter, const char *digits)
{
    grade_put(grades, g_strdup_printf("%c%d", g_ascii_toupper(letter), atoi(digits)));
}

void nt_grade_add_named(GPtrArray *grades, const char *grade)
{
    grade_put(grades, g_strdup(grade));
}

/* NCIA's "NG-15", "NG 15", "NG15" at word I: the grade's number, *N the
 * words it takes, or -1. */
static int ncia_grade(const nt_toks *t, guint i, guint *n)
{
    const char *f = nt_f(t, i);
    if (strncmp(f, "ng", 2) != 0)
        return -1;
    const char *digits = f[2] ? f + 2 : nt_f(t, i + 1);
    const size_t len = strlen(digits);
    if (len < 1 || len > 2 || strspn(digits, "0123456789") != len || (!f[2] && !nt_tok_at(t, i + 1)->number))
        return -1;
    *n = f[2] ? 1 : 2;
    return atoi(digits);
}

/* "NATO Grade G10-G12", "G15/G17", "A2-3": twin grades are both kept. */
static void read_grades(GPtrArray *grades, const nt_toks *t, guint from)
{
    char letter = 0;
    for (guint i = from; i < nt_ntoks(t); i++) {
        const char *f = nt_f(t, i);
        guint n;
        int ng = ncia_grade(t, i, &n);
        if (ng >= 0) {
            letter = 0;
            grade_put(grades, g_strdup_printf("NG%d", ng));
            i += n - 1;
        } else if (grade_word(f, FALSE)) {
            letter = f[0];
            nt_grade_add(grades, letter, f + 1);
        } else if (strlen(f) == 1 && strchr("gab", f[0]) && i + 1 < nt_ntoks(t) &&
                   nt_tok_at(t, i + 1)->number && strlen(nt_f(t, i + 1)) <= 2) {
            letter = f[0]; /* "G 9" */
            nt_grade_add(grades, letter, nt_f(t, ++i));
        } else if (letter && nt_tok_at(t, i)->number && strlen(f) <= 2 && i > from &&
                   grade_word(nt_f(t, i - 1), FALSE)) {
            nt_grade_add(grades, letter, f); /* "G10-12" */
        }
    }
}

/* "- Ukraine Innovation Officer, G15": one of several posts of a notice. */
static void post_grade(GPtrArray *grades, const nt_line *ln, const nt_toks *t)
{
    guint n = nt_ntoks(t);
    if (n < 2 || ln->len > 150)
        return;
    const nt_tok *k = nt_tok_at(t, n - 1);
    if (!k->upper || !grade_word(nt_f(t, n - 1), TRUE))
        return;
    const char *p = ln->text + k->start;
    while (p > ln->text && p[-1] == ' ')
        p--;
    if (p > ln->text && (p[-1] == ',' || p[-1] == '(' || p[-1] == '-'))
        nt_grade_add(grades, nt_f(t, n - 1)[0], nt_f(t, n - 1) + 1);
}

/* --- the deadline --------------------------------------------------------- */

static const char *const ongoing_words[] = {"ongoing", "continuous", "continu", "continue",
                                            "permanent", "filled", "pourvu", "open", NULL};

static gboolean has_ongoing(const nt_toks *t)
{
    for (guint i = 0; i < nt_ntoks(t); i++)
        if (nt_in(t, i, ongoing_words))
            return TRUE;
    return FALSE;
}

/* Is word I a number of a time of day ("23:59", "12:00 noon", "23.59")? */
static gboolean time_part(const nt_toks *t, guint i)
{
    const nt_tok *k = nt_tok_at(t, i);
    const char *text = t->text;
    return (k->start > 0 && text[k->start - 1] == ':') || text[k->end] == ':' ||
           memchr(text + k->start, '.', k->end - k->start) || memchr(text + k->start, ',', k->end - k->start);
}

/* a time of day: a date "before" it is the last day */
static const char *const day_time_words[] = {"midnight", "minuit", "noon", "midi", NULL};

/* Do words I and I + 1 write "a.m." or "p.m." with their dots (two words)? */
static gboolean dotted_meridiem(const nt_toks *t, guint i)
{
    return i + 1 < nt_ntoks(t) && (nt_is(t, i, "a") || nt_is(t, i, "p")) && nt_is(t, i + 1, "m") &&
           t->text[nt_tok_at(t, i)->end] == '.';
}

/* Is word I a time of day ("23:59", "23h59", "17 h", "5 pm", "12 noon", "midnight")?  Its
 * number is no day. */
static gboolean clock_time(const nt_toks *t, guint i)
{
    static const char *const hour_words[] = {"h", "heures", "hours", "hrs", "am", "pm",
                                             "midnight", "minuit", "noon", "midi", NULL};
    const char *f = nt_f(t, i), *rest = f + strspn(f, "0123456789");
    if (nt_in(t, i, day_time_words))
        return TRUE;
    if (rest == f)
        return FALSE;
    return (nt_tok_at(t, i)->number && time_part(t, i)) ||
           (rest[0] == 'h' && rest[1 + strspn(rest + 1, "0123456789")] == 0) ||
           (nt_tok_at(t, i)->number && (nt_in(t, i + 1, hour_words) || dotted_meridiem(t, i + 1)));
}

/* Day, month name and year in any order and with any debris around them
 * ("Monday, 13th May 2025 (midnight)", "May 13, 2025", "1er mars 2025",
 * "23:59 (Brussels time) on 13 January 2026": a time's numbers are no day). */
static guint32 loose_date(const nt_toks *t)
{
    int day = 0, month = 0, year = 0;
    guint month_at = G_MAXUINT;
    for (guint i = 0; i < nt_ntoks(t); i++) {
        const char *f = nt_f(t, i);
        int v = atoi(f);
        if (nt_tok_at(t, i)->number && strlen(f) == 4 && v >= 1900 && v <= 2200 && !year)
            year = v;
        else if (nt_tok_at(t, i)->number && strlen(f) == 2 && day && i == month_at + 1 && !year)
            year = 2000 + v; /* "13 Jan 26": two digits right after the month are 20YY */
        else if (g_ascii_isdigit(f[0]) && v >= 1 && v <= 31 && !day && !clock_time(t, i) &&
                 (nt_tok_at(t, i)->number || strcmp(f + strspn(f, "0123456789"), "st") == 0 ||
                  strcmp(f + strspn(f, "0123456789"), "nd") == 0 ||
                  strcmp(f + strspn(f, "0123456789"), "rd") == 0 ||
                  strcmp(f + strspn(f, "0123456789"), "th") == 0 ||
                  strcmp(f + strspn(f, "0123456789"), "er") == 0))
            day = v;
        else if (g_ascii_isalpha(f[0]) && !month && strlen(f) >= 3 && (month = elg_parse_month(f, strlen(f))))
            month_at = i;
    }
    if (!day || !month || !year)
        return 0;
    char buf[40];
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    g_snprintf(buf, sizeof buf, "%d %s %d", day, names[month - 1], year);
    gboolean slash;
    guint32 jd = 0;
    return elg_parse_date(buf, strlen(buf), ELG_DATES_STRICT, &jd, &slash) ? jd : 0;
}

/* The first date of digits in V ("13/01/2026", "13-01-2026", "13.01.2026",
 * "13.01.26", with debris around it), dashes after a day or month written as slashes so
 * that elg_parse_date reads it as a slash date (g_free), or NULL. */
static char *numeric_date(const char *v)
{
    for (const char *p = v; *p; p++) {
        if (!g_ascii_isdigit(*p) || (p > v && g_ascii_isalnum(p[-1])))
            continue;
        size_t n = strspn(p, "0123456789/.-");
        while (n > 0 && !g_ascii_isdigit(p[n - 1]))
            n--; /* "13.01.2026." ends a sentence */
        if (n >= 8 && n <= 10 && !g_ascii_isalnum(p[n])) {
            char *s = g_strndup(p, n);
            const char *dot = strrchr(s, '.');
            if (dot && dot != strchr(s, '.') && !strpbrk(s, "/-") && strlen(dot + 1) == 2) {
                /* "13.01.26": a dotted date's two-digit year is 20YY */
                char *full = g_strdup_printf("%.*s20%s", (int)(dot + 1 - s), s, dot + 1);
                g_free(s);
                return full;
            }
            if (strspn(s, "0123456789") <= 2)
                g_strdelimit(s, "-", '/');
            return s;
        }
        p += n;
        if (!*p)
            break;
    }
    return NULL;
}

/* A deadline of digits.  A slash (or dash) date is read as in candidate
 * files (DESIGN.md s.6): only in the ORDER the user gives, even 13/01/2026,
 * so that one notice is never read two ways; without one, *NEEDS_ORDER. */
static gboolean numeric_deadline(const char *v, elg_date_order order, guint32 *jd, gboolean *needs_order)
{
    char *s = numeric_date(v);
    if (!s)
        return FALSE;
    size_t n = strlen(s);
    gboolean slash = FALSE, ok = elg_parse_date(s, n, ELG_DATES_STRICT, jd, &slash);
    if (!ok && slash) {
        if (order == ELG_DATES_STRICT)
            *needs_order = TRUE;
        else
            ok = elg_parse_date(s, n, order, jd, &slash);
    }
    g_free(s);
    return ok;
}

/* Is word I of T a day of the week's name, whole ("Monday", "lundi")? */
static gboolean weekday(const nt_toks *t, guint i)
{
    const char *f = nt_f(t, i);
    return elg_parse_weekday(f, strlen(f), TRUE) != 0;
}

/* Is T only a date ("20 October 2025", "Monday, 2nd June 2025",
 * "13/01/2026"), nothing else on its line?  A deadline's label alone may
 * have its date a blank line below; only such a line is taken there. */
static gboolean date_only(const nt_toks *t)
{
    if (nt_ntoks(t) == 0)
        return FALSE;
    for (guint i = 0; i < nt_ntoks(t); i++) {
        const char *f = nt_f(t, i);
        const char *rest = f + strspn(f, "0123456789");
        gboolean day = rest != f && (!*rest || strcmp(rest, "st") == 0 || strcmp(rest, "nd") == 0 ||
                                     strcmp(rest, "rd") == 0 || strcmp(rest, "th") == 0 ||
                                     strcmp(rest, "er") == 0);
        if (!day && !weekday(t, i) && !(strlen(f) >= 3 && elg_parse_month(f, strlen(f))))
            return FALSE;
    }
    char *digits = numeric_date(t->text);
    gboolean date = digits || loose_date(t);
    g_free(digits);
    return date;
}

/* ... or such a date and a note of the time in brackets after it
 * ("6 October 2025 (midnight CET)"). */
static gboolean date_line(const nt_line *ln, const nt_toks *t)
{
    const char *open = memchr(ln->text, '(', ln->len);
    if (!open || open == ln->text || ln->text[ln->len - 1] != ')')
        return date_only(t);
    nt_toks before;
    nt_toks_init(&before, ln->text, (size_t)(open - ln->text));
    gboolean date = date_only(&before);
    nt_toks_clear(&before);
    return date;
}

/* --- a deadline in a sentence ------------------------------------------- */

/* "Applications must be received by 6 October 2025.", "Les candidatures
 * doivent parvenir au plus tard le 6 octobre 2025": a sentence about the
 * applications, a word that sets a limit, then the date. */
static const char *const application_words[] = {"application", "applications", "candidature",
                                                "candidatures", "apply", NULL};
static const char *const limit_words[] = {"no later than", "not later than", "on or before", "au plus tard",
                                          "jusqu au", "closing date", "deadline", "date limite",
                                          "date de cloture", "close", "closes", "by", "until", NULL};
/* "before 6 October 2025", "avant le 6 octobre 2025": the 6th is too late
 * (but not "before 23:59 on 6 October 2025") */
static const char *const before_words[] = {"before", "prior to", "avant", NULL};
/* ... in a sentence that asks for them by then ("must be submitted before"),
 * not "candidates who applied before 6 October need not apply again" */
static const char *const obligation_words[] = {"must", "should", "shall", "have to", "has to", "need to",
                                               "needs to", "are to", "is to", "due", "required", "doivent",
                                               "doit", "devront", "devra", "devez", "requises", "requise", NULL};
/* ... unless that day is allowed: "before 6 October 2025 (inclusive)" */
static const char *const inclusive_words[] = {"inclusive", "included", "inclus", "incluse", "compris", NULL};
/* between the limit and the date: "the closing date for applications is" */
static const char *const limit_fillers[] = {"the", "is", "on", "for", "of", "applications", "application",
                                            "submission", "receipt", "le", "est", "fixee", "au", "de",
                                            "des", "depot", "candidatures", "candidature", "reception", NULL};
/* before the day: "by 23:59 CET on Monday, 6 October 2025" */
static const char *const time_words[] = {"at", "on", "midnight", "minuit", "noon", "midi", "cet",
                                         "cest", "utc", "gmt", "le", "the", "am", "pm", "h", "heures",
                                         "hours", "hrs", "a", "p", "m", NULL}; /* "a.m.", "p.m." */

/* After "before", is the date's own day excluded?  Not when words
 * [FROM, TO) give a time on that day ("before 23:59 on 6 October") or call
 * it included ("before 6 October 2025 (inclusive)"). */
static gboolean day_excluded(const nt_toks *t, guint from, guint to)
{
    for (guint k = from; k < to; k++)
        if (clock_time(t, k) || nt_in(t, k, inclusive_words))
            return FALSE;
    return TRUE;
}

/* Does a date start at word I: a day ("6", "1er") or a month's name? */
static gboolean date_start(const nt_toks *t, guint i)
{
    const char *f = nt_f(t, i);
    const char *rest = f + strspn(f, "0123456789");
    if (rest != f)
        return !clock_time(t, i) && atoi(f) >= 1 && atoi(f) <= 31 &&
               (!*rest || strcmp(rest, "st") == 0 || strcmp(rest, "nd") == 0 || strcmp(rest, "rd") == 0 ||
                strcmp(rest, "th") == 0 || strcmp(rest, "er") == 0);
    return strlen(f) >= 3 && elg_parse_month(f, strlen(f)) != 0;
}

/* Does a sentence end between words I and I + 1 of LN? */
static gboolean sentence_end(const nt_line *ln, const nt_toks *t, guint i)
{
    guint from = nt_tok_at(t, i)->end, to = nt_tok_at(t, i + 1)->start;
    /* "by 5 p.m. on 6 October": the dot is the time's, unless a sentence starts */
    const gboolean meridiem = i > 0 && dotted_meridiem(t, i - 1) && !g_ascii_isupper(ln->text[to]);
    for (guint k = from; k < to; k++)
        if (strchr(";!?", ln->text[k]) ||
            (ln->text[k] == '.' && k + 1 < to && ln->text[k + 1] == ' ' && !meridiem))
            return TRUE;
    return FALSE;
}

/* The date of words [S, E) of LN, a sentence, if it sets when applications
 * close: into OUT, from the date to the sentence's end. */
static gboolean limit_in(const nt_line *ln, const nt_toks *t, guint s, guint e, nt_fact *out)
{
    gboolean about = FALSE;
    for (guint i = s; i < e && !about; i++)
        about = nt_in(t, i, application_words);
    if (!about)
        return FALSE;
    for (guint i = s; i < e; i++) {
        guint n = 0;
        for (const char *const *w = limit_words; *w && !n; w++)
            n = nt_seq(t, i, *w);
        gboolean before = FALSE;
        for (const char *const *w = before_words; *w && !n; w++)
            before = (n = nt_seq(t, i, *w)) > 0;
        guint ok;
        if (!n || (before && nt_find_seq(t, s, e, obligation_words, &ok) < 0))
            continue;
        guint j = i + n;
        for (guint k = 0; j < e && k < 8 && nt_in(t, j, limit_fillers); k++)
            j++;
        guint v = j;
        for (guint k = 0; j < e && k < 6 && (weekday(t, j) || nt_in(t, j, time_words) ||
                                             clock_time(t, j)); k++)
            j++;
        if (j >= e || !date_start(t, j))
            continue;
        /* a few words past the date: a long line stays quick to read */
        guint last = MIN(e, j + 12);
        guint from = nt_tok_at(t, v)->start, to = last == nt_ntoks(t) ? (guint)ln->len : nt_tok_at(t, last - 1)->end;
        char *value = g_strndup(ln->text + from, to - from), *digits = numeric_date(value);
        nt_toks vt;
        nt_toks_init(&vt, value, strlen(value));
        gboolean date = digits || loose_date(&vt);
        nt_toks_clear(&vt);
        g_free(digits);
        g_free(value);
        if (date) {
            fact_set(out, ln, from, to - from);
            out->before = before && day_excluded(t, i + n, last);
            return TRUE;
        }
    }
    return FALSE;
}

/* The first sentence of LN that gives the applications' deadline, into OUT. */
static gboolean deadline_sentence(const nt_line *ln, const nt_toks *t, nt_fact *out)
{
    guint s = 0;
    for (guint i = 0; i < nt_ntoks(t); i++)
        if (i + 1 == nt_ntoks(t) || sentence_end(ln, t, i)) {
            if (limit_in(ln, t, s, i + 1, out))
                return TRUE;
            s = i + 1;
        }
    return FALSE;
}

/* "Applications must be received by 6" / "October 2025." (as PDFs copy
 * it): a sentence wrapped over line I and the next, read as one line.  The
 * next line's columns are counted on from the end of line I, so that the
 * place of a date there is known. */
static gboolean wrapped_deadline(nt_doc *d, const nt_part *p, guint i, nt_fact *out)
{
    const nt_line *ln = nt_line_at(&d->text, i), *next = i + 1 < p->end ? nt_line_at(&d->text, i + 1) : NULL;
    if (!next || ln->len == 0 || next->len == 0 || next->bullet || ln->bullet ||
        strchr(".;:!?", ln->text[ln->len - 1]) || ln->len + next->len >= NT_MAX_SENTENCE_LINE)
        return FALSE;
    nt_line both = *ln;
    const guint32 end = ln->cols[ln->len];
    GString *text = g_string_new_len(ln->text, (gssize)ln->len), *raw = g_string_new_len(ln->raw, (gssize)ln->raw_len);
    g_string_append_c(text, ' ');
    g_string_append_len(text, next->text, (gssize)next->len);
    g_string_append_c(raw, ' ');
    g_string_append_len(raw, next->raw, (gssize)next->raw_len);
    both.text = text->str;
    both.len = text->len;
    both.raw = raw->str;
    both.raw_len = raw->len;
    both.cols = g_new(guint32, both.len + 1);
    memcpy(both.cols, ln->cols, (ln->len + 1) * sizeof *both.cols);
    for (size_t k = 0; k <= next->len; k++)
        both.cols[ln->len + 1 + k] = end + next->cols[k];
    both.toks = NULL;
    nt_toks t;
    nt_toks_init(&t, both.text, both.len);
    const gboolean found = deadline_sentence(&both, &t, out);
    if (found && out->col > end) {
        out->line = next->line;
        out->col -= end;
    }
    nt_toks_clear(&t);
    g_free(both.cols);
    g_string_free(text, TRUE);
    g_string_free(raw, TRUE);
    return found;
}

/* "slash" or "dashed", as the first run of digits in V that a '/' or a
 * '-' follows is written ("13/01/2026", "13-01-2026"): the warning names
 * the date as the notice wrote it, as candidate files' do. */
static const char *numeric_kind(const char *v)
{
    for (const char *p = v; *p; p++)
        if (g_ascii_isdigit(*p) && (p[1] == '/' || p[1] == '-'))
            return p[1] == '/' ? "slash" : "dashed";
    return "slash";
}

static void read_deadline_date(nt_doc *d, nt_header *h)
{
    const char *v = h->deadline.value;
    gboolean slash = FALSE, needs_order = FALSE;
    guint32 jd = 0;
    if (elg_parse_date(v, strlen(v), ELG_DATES_STRICT, &jd, &slash)) {
        h->deadline_jd = jd;
        return;
    }
    nt_toks t;
    nt_toks_init(&t, v, strlen(v));
    gboolean year = FALSE;
    for (guint i = 0; i < nt_ntoks(&t); i++)
        year |= nt_tok_at(&t, i)->number && strlen(nt_f(&t, i)) == 4;
    if (!year && has_ongoing(&t)) {
        h->ongoing = TRUE;
    } else if (numeric_deadline(v, d->date_order, &jd, &needs_order)) {
        h->deadline_jd = jd;
    } else if (!needs_order && (jd = loose_date(&t)) != 0) {
        h->deadline_jd = jd;
    } else if (needs_order) {
        /* not guessed, even where one order only makes a date, as in
         * candidate files; but the advice names the order that does */
        char *digits = numeric_date(v);
        guint32 dmy = 0, mdy = 0;
        gboolean slash;
        elg_parse_date(digits, strlen(digits), ELG_DATES_DMY, &dmy, &slash);
        elg_parse_date(digits, strlen(digits), ELG_DATES_MDY, &mdy, &slash);
        g_free(digits);
        nt_warn(d, h->deadline.line, h->deadline.col, "deadline", v,
                !dmy && !mdy ? "the deadline \"%s\" is not a date in either order, day/month or month/day; "
                               "it is left out"
                : dmy && mdy && dmy != mdy
                    ? "the deadline \"%s\" may be day/month or month/day; it is not read: "
                      "pass --date-order dmy or mdy (eligo screen: --notice-date-order)"
                : !mdy ? "the deadline \"%s\" is a %s date, read only with --date-order; it is not read: "
                         "pass --date-order dmy (day/month/year), the one order it fits (eligo screen: "
                         "--notice-date-order)"
                : !dmy ? "the deadline \"%s\" is a %s date, read only with --date-order; it is not read: "
                         "pass --date-order mdy (month/day/year), the one order it fits (eligo screen: "
                         "--notice-date-order)"
                       : "the deadline \"%s\" is a %s date, read only with --date-order; it is not read: "
                         "pass --date-order dmy or mdy (it reads the same in both; eligo screen: "
                         "--notice-date-order)",
                v, numeric_kind(v));
    } else {
        nt_warn(d, h->deadline.line, h->deadline.col, "deadline", v,
                "the deadline \"%s\" is not a date eligo can read; it is left out", v);
    }
    nt_toks_clear(&t);
}

/* Does a label's value say "before" its date ("Closing date: before 6
 * October 2025", "avant le 6 octobre 2025"), with no time of day? */
static gboolean before_value(const char *v)
{
    nt_toks t;
    nt_toks_init(&t, v, strlen(v));
    const guint n = nt_ntoks(&t);
    guint k = 0;
    gboolean before = nt_find_seq(&t, 0, MIN(n, 2), before_words, &k) == 0;
    /* the date right after it: not "before or on 6 October", "before
     * close of business on 6 October", "before 6 October (inclusive)" */
    guint j = k;
    while (before && j < n && (weekday(&t, j) || nt_is(&t, j, "the") || nt_is(&t, j, "le")))
        j++;
    before = before && j < n && (date_start(&t, j) || (nt_tok_at(&t, j)->number && strlen(nt_f(&t, j)) == 4)) &&
             day_excluded(&t, 0, n);
    nt_toks_clear(&t);
    return before;
}

static void read_deadline(nt_doc *d, nt_header *h)
{
    read_deadline_date(d, h);
    if ((h->deadline.before || before_value(h->deadline.value)) && h->deadline_jd) {
        char date[16], last[16];
        elg_date_format(h->deadline_jd, date);
        elg_date_format(--h->deadline_jd, last);
        nt_warn(d, h->deadline.line, h->deadline.col, "deadline", h->deadline.value,
                "applications are due before %s, so the last day to apply is read as %s", date, last);
    }
}

/* --- clearance and organisation -------------------------------------------- */

/* A clearance level named in VALUE ("NS", "NATO SECRET", "CTS (Cosmic Top
 * Secret)"): 1..4, or -1. */
static int read_clearance(const elg_reference *ref, const char *value)
{
    int l = elg_ref_clearance(ref, value, strlen(value));
    if (l >= 1)
        return l;
    nt_toks t;
    nt_toks_init(&t, value, strlen(value));
    int found = -1;
    for (guint i = 0; i < nt_ntoks(&t) && found < 0; i++) {
        guint n = 0;
        int v = GPOINTER_TO_INT(nt_ngram(&t, i, 5, ref->clearance_keys, &n)) - 1;
        if (v >= 1)
            found = v;
    }
    nt_toks_clear(&t);
    return found;
}

/* The organisation named in TEXT ("NATO International Staff (NATO IS)"). */
static const char *find_org(const elg_reference *ref, const char *text, size_t len)
{
    nt_toks t;
    nt_toks_init(&t, text, len);
    const elg_organisation *org = NULL;
    for (guint i = 0; i < nt_ntoks(&t) && !org; i++) {
        guint n = 0;
        org = nt_ngram(&t, i, NT_MAX_NGRAM, ref->org_keys, &n);
    }
    nt_toks_clear(&t);
    return org ? org->id : NULL;
}

/* --- the title line -------------------------------------------------------- */


/* Does S[0, LEN) end with an en or em dash? */
static gboolean ends_with_dash(const char *s, guint len)
{
    return len >= 3 && (memcmp(s + len - 3, "\xE2\x80\x93", 3) == 0 ||
                        memcmp(s + len - 3, "\xE2\x80\x94", 3) == 0);
}

/* "Procurement Officer (Ref. 26/0412)", "Procurement Officer - Reference:
 * NCIA/26/0412": a post's reference after its title S[0, LEN), in brackets
 * or after a dash or comma, nothing after it.  Where the title ends (*CUT),
 * the code (*CODE, *CODE_LEN); FALSE if there is none.  The code needs
 * three digits, so that "Officer (Reference Data)" stays a title. */
static gboolean reference_after_title(const char *s, guint len, guint *cut, guint *code, guint *code_len)
{
    nt_toks t;
    nt_toks_init(&t, s, len);
    gboolean found = FALSE;
    for (guint i = 1; i < nt_ntoks(&t) && !found; i++) {
        guint before = nt_tok_at(&t, i)->start;
        while (before > 0 && s[before - 1] == ' ')
            before--;
        const gboolean dash = ends_with_dash(s, before);
        if (before == 0 || !(dash || strchr("(-,|", s[before - 1])))
            continue;
        for (size_t k = 0; k < G_N_ELEMENTS(labels) && !found; k++) {
            guint n;
            if (labels[k].f != F_ID || !(n = nt_seq(&t, i, labels[k].words)))
                continue;
            guint at = nt_tok_at(&t, i + n - 1)->end;
            while (at < len && strchr(".:#- ", s[at]))
                at++;
            size_t cs, cl;
            if (!reference_code(s + at, len - at, 3, &cs, &cl))
                continue;
            guint end = at + (guint)(cs + cl);
            while (end < len && strchr(" .)", s[end]))
                end++;
            if (end < len)
                continue;
            *cut = dash ? before - 3 : before - 1;
            *code = at + (guint)cs;
            *code_len = (guint)cl;
            found = TRUE;
        }
    }
    nt_toks_clear(&t);
    return found;
}

/* Drop "(2 posts)", "(2 postes)" and separators from the end of a title. */
static guint title_end(const char *s, guint len)
{
    for (;;) {
        if (len > 0 && strchr(" -:(#", s[len - 1])) {
            len--;
            continue;
        }
        if (ends_with_dash(s, len)) {
            len -= 3;
            continue;
        }
        if (len > 0 && s[len - 1] == ')') {
            guint open = len - 1;
            while (open > 0 && s[open] != '(')
                open--;
            if (s[open] == '(' && len - open < 16) {
                char *inner = g_ascii_strdown(s + open + 1, len - open - 2);
                gboolean posts = g_ascii_isdigit(inner[0]) && strstr(inner, "post");
                g_free(inner);
                if (posts) {
                    len = open;
                    continue;
                }
            }
        }
        return len;
    }
}

/* "(G18)", "(B4)" ending the title S[0, LEN): the post's grade.  Returns
 * where it starts, or LEN when there is none. */
static guint grade_in_title(const char *s, guint len)
{
    if (len < 5 || s[len - 1] != ')')
        return len;
    guint open = len - 1;
    while (open > 0 && s[open] != '(' && len - open <= 5)
        open--;
    const char *g = s + open + 1;
    guint n = len - 1 - (open + 1);
    if (s[open] != '(' || n < 2 || n > 3 || !strchr("GABgab", g[0]) || !g_ascii_isdigit(g[1]) ||
        (n == 3 && !g_ascii_isdigit(g[2])))
        return len;
    return open;
}

/* The title: S[FROM, FROM + LEN) of LN without its trimmings; a grade in
 * brackets after it is kept apart ("Research Advisor (G18)"). */
static void title_set(nt_header *h, const nt_line *ln, guint from, guint len)
{
    const char *s = ln->text + from;
    guint cut, code, code_len;
    if (reference_after_title(s, len, &cut, &code, &code_len)) {
        fact_set(&h->id, ln, from + code, code_len);
        len = cut;
    }
    len = title_end(s, len);
    guint g = grade_in_title(s, len);
    if (g < len && title_end(s, g) > 0) {
        fact_set(&h->title_grade, ln, from + g + 1, len - g - 2);
        len = title_end(s, g);
    }
    fact_set(&h->title, ln, from, len);
}

/* "Officer - 250999" from byte FROM of LN to its end: the title and then the
 * post number, after a dash, '(' or '#'. */
static gboolean title_number(const nt_line *ln, const nt_toks *t, guint from, nt_header *h)
{
    guint n = nt_ntoks(t);
    const nt_tok *last = nt_tok_at(t, n - 1);
    if (n < 2 || !post_number(nt_f(t, n - 1)) || last->start <= from)
        return FALSE;
    guint after = last->end;
    while (after < ln->len && strchr(" )", ln->text[after]))
        after++;
    if (after < ln->len)
        return FALSE;
    guint before = last->start;
    while (before > from && ln->text[before - 1] == ' ')
        before--;
    if (before == from || !(strchr("(-#", ln->text[before - 1]) || ends_with_dash(ln->text, before)))
        return FALSE;
    fact_set(&h->id, ln, last->start, last->end - last->start);
    title_set(h, ln, from, before - from);
    return TRUE;
}

/* "Coordinator, HQ Security Force (250717)", "Programme Officer-241490",
 * or a title ending with a dash whose number is on the next line. */
static gboolean title_line(nt_doc *d, const nt_part *p, guint i, const nt_toks *t, nt_header *h)
{
    const nt_line *ln = nt_line_at(&d->text, i);
    guint n = nt_ntoks(t);
    guint cut, code, code_len;
    if (ln->len <= 150 && ln->bullet != NT_BULLET && ln->text[0] != '(' &&
        reference_after_title(ln->text, (guint)ln->len, &cut, &code, &code_len) &&
        !memchr(ln->text, ':', cut)) {
        title_set(h, ln, 0, (guint)ln->len); /* "Procurement Officer (Ref. 26/0412)" */
        return TRUE;
    }
    if (ln->len > 250 || n < 2 || ln->bullet == NT_BULLET || memchr(ln->text, ':', ln->len))
        return FALSE;
    if (post_number(nt_f(t, n - 1)))
        return title_number(ln, t, 0, h);
    char end = ln->text[ln->len - 1];
    if ((end == '-' || ends_with_dash(ln->text, (guint)ln->len)) && i + 1 < p->end) {
        guint j = i + 1;
        while (j < p->end && nt_line_at(&d->text, j)->len == 0)
            j++;
        if (j >= p->end)
            return FALSE;
        const nt_line *next = nt_line_at(&d->text, j);
        nt_toks nt;
        nt_toks_init(&nt, next->text, next->len);
        gboolean ok = nt_ntoks(&nt) == 1 && post_number(nt_f(&nt, 0));
        if (ok) {
            fact_set(&h->id, next, nt_tok_at(&nt, 0)->start, nt_tok_at(&nt, 0)->end - nt_tok_at(&nt, 0)->start);
            title_set(h, ln, 0, (guint)ln->len);
        }
        nt_toks_clear(&nt);
        return ok;
    }
    return FALSE;
}

static const char *const vacancy_leads[] = {
    "vacancy notice", "vacancy announcement", "job vacancy", "vacancy",
    "notification de vacance de poste", "avis de vacance de poste", "avis de vacance",
    "vacance de poste", NULL};

/* The words of a line that names the notice ("VACANCY NOTICE", "NCIA
 * Vacancy", "Avis de vacance"): how many, or 0. */
static guint vacancy_lead(const nt_toks *t)
{
    for (guint skip = 0; skip <= 2 && skip < nt_ntoks(t); skip++) {
        if (skip > 0 && !nt_tok_at(t, skip - 1)->upper)
            return 0; /* only an acronym before it: "NCIA", "NSPA" */
        for (const char *const *l = vacancy_leads; *l; l++) {
            guint n = nt_seq(t, skip, *l);
            if (n)
                return skip + n;
        }
    }
    return 0;
}

static gboolean dash_at(const char *s, guint at, guint len)
{
    return at + 3 <= len && (memcmp(s + at, "\xE2\x80\x93", 3) == 0 || memcmp(s + at, "\xE2\x80\x94", 3) == 0);
}

/* Past the spaces, colons and dashes at AT of LN; *SEP: there was one. */
static guint past_separators(const nt_line *ln, guint at, gboolean *sep)
{
    *sep = FALSE;
    for (;;) {
        if (at < ln->len && ln->text[at] == ' ') {
            at++;
        } else if (at < ln->len && (ln->text[at] == ':' || ln->text[at] == '-')) {
            at++;
            *sep = TRUE;
        } else if (dash_at(ln->text, at, (guint)ln->len)) {
            at += 3;
            *sep = TRUE;
        } else {
            return at;
        }
    }
}

/* Could line LN, alone, be a post title ("Logistics Assistant (B4)")? */
static gboolean title_like(const nt_line *ln, const nt_toks *t)
{
    fact f;
    guint v;
    return ln->len > 0 && ln->len <= 150 && ln->bullet != NT_BULLET && nt_ntoks(t) > 0 &&
           !memchr(ln->text, ':', ln->len) && ln->text[ln->len - 1] != '.' &&
           !label_line(ln, t, &f, &v) && !nt_named_heading(ln, t) &&
           !(nt_ntoks(t) == 1 && post_number(nt_f(t, 0)));
}

/* "VACANCY NOTICE – Research Advisor (G18)", "Vacancy Notice: Principal
 * Engineer", "Vacancy: Officer - 250999", "NCIA Vacancy 251301 - Senior
 * Software Engineer", or SHAPE's "VACANCY NOTICE 250088" with the title on
 * the line below. */
static gboolean vacancy_line(nt_doc *d, const nt_part *p, guint i, const nt_toks *t, nt_header *h)
{
    const nt_line *ln = nt_line_at(&d->text, i);
    guint w = vacancy_lead(t);
    if (!w || w >= nt_ntoks(t) || ln->bullet == NT_BULLET || ln->len > 250)
        return FALSE;
    /* "Vacancy No. 260815 - Officer", "Avis de vacance n° 260815 – Acheteur" */
    static const char *const number_words[] = {"no", "n", "nr", "number", "numero", NULL};
    if (w + 1 < nt_ntoks(t) && nt_in(t, w, number_words) && post_number(nt_f(t, w + 1)))
        w++;
    gboolean sep;
    guint at = past_separators(ln, nt_tok_at(t, w - 1)->end, &sep);
    if (post_number(nt_f(t, w))) {
        const nt_tok *k = nt_tok_at(t, w);
        fact_set(&h->id, ln, k->start, k->end - k->start);
        guint rest = past_separators(ln, k->end, &sep);
        if (rest < ln->len) {
            title_set(h, ln, rest, (guint)ln->len - rest);
        } else if (i + 1 < p->end) {
            const nt_toks *nt = nt_line_toks(&d->text, i + 1);
            const nt_line *next = nt_line_at(&d->text, i + 1);
            if (title_like(next, nt))
                title_set(h, next, 0, (guint)next->len);
        }
        return TRUE;
    }
    if (!sep || at >= ln->len)
        return FALSE;
    if (!title_number(ln, t, at, h)) {
        if (ln->text[ln->len - 1] == '.')
            return FALSE; /* a sentence: "Vacancy: see the site." */
        title_set(h, ln, at, (guint)ln->len - at);
    }
    return TRUE;
}

/* A web page's <h1>, else its <title>, as the title: "Senior Software
 * Engineer" where no line names the post with its number. */
static void html_title(nt_doc *d, const nt_part *p, nt_header *h, unsigned lists_line)
{
    for (int pass = NT_IN_H1; pass <= NT_IN_TITLE && !h->title.value; pass++)
        for (guint i = p->first; i < p->end && !h->title.value; i++) {
            const nt_line *ln = nt_line_at(&d->text, i);
            if (ln->line >= lists_line)
                break;
            const nt_toks *t = nt_line_toks(&d->text, i);
            if (ln->html_title == pass && title_like(ln, t) && vacancy_lead(t) == 0)
                title_set(h, ln, 0, (guint)ln->len);
        }
}

/* "we can only accept applications from nationals of NATO member countries",
 * "Only nationals from NATO member countries may apply", "Applicants must be
 * citizens of a NATO member country", "Seuls les ressortissants des pays
 * membres de l'OTAN" */
int nt_nationality_statement(const nt_toks *t)
{
    static const char *const marks[] = {"nationals of", "nationals from", "national of",
                                        "national from", "citizens of", "citizens from",
                                        "citizen of", "citizenship of", "nationality of",
                                        "ressortissant", "ressortissants", "ressortissante",
                                        "ressortissantes", "ressortissant e s", "citoyens",
                                        "citoyennes", "citoyen ne s", "nationalite d", NULL};
    guint n;
    int at = nt_find_seq(t, 0, nt_ntoks(t), marks, &n);
    if (at < 0)
        return -1;
    static const char *const member[] = {"member", "members", "membre", "membres", "nato", "otan", NULL};
    for (guint i = (guint)at + n; i < nt_ntoks(t) && i < (guint)at + n + 8; i++)
        if (nt_in(t, i, member))
            return at;
    return -1;
}

static void nationality_sentence(nt_doc *d, const nt_part *p, guint li, const nt_toks *t,
                                 nt_header *h)
{
    const nt_line *ln = nt_line_at(&d->text, li);
    int at = nt_nationality_statement(t);
    if (at < 0 || h->nationality.value)
        return;
    /* the sentence around it */
    guint s = nt_tok_at(t, (guint)at)->start, e = nt_tok_at(t, (guint)at)->end;
    while (s > 0 && !(ln->text[s - 1] == '.' && (s == 1 || ln->text[s] == ' ')))
        s--;
    while (s < e && ln->text[s] == ' ')
        s++;
    while (e < ln->len && ln->text[e] != '.')
        e++;
    fact_set(&h->nationality, ln, s, e - s);
    /* a sentence wrapped over the lines around it */
    GString *text = g_string_new(h->nationality.value);
    if (s == 0 && li > p->first && !ln->bullet) { /* a list item starts its sentence */
        const nt_line *prev = nt_line_at(&d->text, li - 1);
        size_t from = prev->len;
        while (from > 0 && prev->text[from - 1] != '.')
            from--;
        while (from < prev->len && prev->text[from] == ' ')
            from++;
        gboolean lower = FALSE;
        for (size_t k = from; k < prev->len && !lower; k++)
            lower = g_ascii_islower(prev->text[k]);
        if (lower && !prev->bullet && !prev->marked && !prev->closed && from < prev->len &&
            prev->text[prev->len - 1] != '.' && prev->text[prev->len - 1] != ':') {
            g_string_prepend_c(text, ' ');
            g_string_prepend_len(text, prev->text + from, (gssize)(prev->len - from));
            h->nationality.line = prev->line;
            h->nationality.col = prev->cols[from];
        }
    }
    for (guint j = li + 1; e == ln->len && j < p->end && j <= li + 3; j++) {
        const nt_line *next = nt_line_at(&d->text, j);
        if (next->len == 0 || next->bullet)
            break;
        const char *dot = memchr(next->text, '.', next->len);
        size_t take = dot ? (size_t)(dot - next->text) : next->len;
        g_string_append_c(text, ' ');
        g_string_append_len(text, next->text, (gssize)take);
        if (dot)
            break;
    }
    g_free(h->nationality.value);
    h->nationality.value = g_string_free(text, FALSE);
}

/* "Research Advisor (G18)": the grade where no grade line gives one. */
static void grade_of_title(nt_doc *d, nt_header *h)
{
    const char *v = h->title_grade.value;
    if (!h->grade.value) {
        nt_grade_add(h->grades, v[0], v + 1);
        h->grade = h->title_grade;
        memset(&h->title_grade, 0, sizeof h->title_grade);
        return;
    }
    char *g = g_strdup_printf("%c%d", g_ascii_toupper(v[0]), atoi(v + 1));
    gboolean listed = FALSE;
    for (guint i = 0; i < h->grades->len; i++)
        listed |= strcmp(g_ptr_array_index(h->grades, i), g) == 0;
    if (!listed)
        nt_warn(d, h->title_grade.line, h->title_grade.col, "grades", v,
                "the title gives the grade %s but the grade line says \"%s\"; the grade line is used",
                g, h->grade.value);
    g_free(g);
}

/* "Principal Scientist (Underwater Acoustics)" on its own line, then
 * "Reference: CMRE/26/117": line I, above the post number's label, is the
 * title where no line names the post with its number (the title was the
 * number). */
static void title_above(nt_doc *d, nt_header *h, guint i, unsigned lists_line)
{
    /* not a line that names the notice ("VACANCY NOTICE", "Vacancy notices
     * are published on the site") */
    static const char *const notice_words[] = {"vacancy", "vacancies", "vacance", "vacances", "notice", "notices",
                                               "avis", NULL};
    const nt_line *ln = nt_line_at(&d->text, i);
    const nt_toks *t = nt_line_toks(&d->text, i);
    if (ln->line < lists_line && title_like(ln, t) && nt_find_seq(t, 0, nt_ntoks(t), notice_words, NULL) < 0)
        title_set(h, ln, 0, (guint)ln->len);
}

void nt_header_read(nt_doc *d, const nt_part *p, nt_header *h)
{
    memset(h, 0, sizeof *h);
    h->grades = g_ptr_array_new_with_free_func(g_free);
    h->clearance_level = -1;
    h->post_grades = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *post_grades = h->post_grades;
    /* the facts and the list of positions come before the qualifications */
    const GPtrArray *ess = d->items[p->lang][NT_ESSENTIAL];
    unsigned lists_line = ess->len ? ((const nt_item *)g_ptr_array_index(ess, 0))->line : G_MAXUINT;
    nt_fact said = {0}; /* a deadline in a sentence: a label's comes first */
    guint id_label = G_MAXUINT; /* the line "Reference: CMRE/26/117", the title perhaps above it */
    for (guint i = p->first; i < p->end; i++) {
        const nt_line *ln = nt_line_at(&d->text, i);
        if (!said.value && ln->len > 0 && ln->len <= NT_MAX_SENTENCE_LINE &&
            !deadline_sentence(ln, nt_line_toks(&d->text, i), &said))
            wrapped_deadline(d, p, i, &said);
        if (ln->len == 0 || ln->len > NT_MAX_HEADER_LINE)
            continue;
        const nt_toks *tp = nt_line_toks(&d->text, i);
        fact f;
        guint v, cut, code, code_len;
        gboolean below = i + 1 < p->end && label_alone(ln, tp, &f);
        if (below) {
            /* the value is the line below, unless that is a label too */
            const nt_line *next = nt_line_at(&d->text, i + 1);
            const nt_toks *nt = nt_line_toks(&d->text, i + 1);
            fact g;
            guint w;
            below = next->len > 0 && next->len <= 80 && !label_line(next, nt, &g, &w) && !label_alone(next, nt, &g) &&
                    !nt_named_heading(next, nt); /* "Location:" left empty, then "2. QUALIFICATIONS" */
            /* "Closing date:", a blank line, then only a date */
            guint j = i + 1;
            while (f == F_DEADLINE && next->len == 0 && j + 1 < p->end && j < i + 4) {
                next = nt_line_at(&d->text, ++j);
                nt = nt_line_toks(&d->text, j);
                below = next->len > 0 && next->len <= 80 && date_line(next, nt);
            }
            if (below) {
                ln = next;
                tp = nt;
                v = 0;
                i = j;
            }
        }
        if (below || label_line(ln, tp, &f, &v)) {
            nt_fact *x = f == F_ID ? &h->id : f == F_TITLE ? &h->title : f == F_BODY ? &h->body
                       : f == F_LOCATION ? &h->location : f == F_DEADLINE ? &h->deadline
                       : f == F_GRADE ? &h->grade : &h->clearance;
            if (f == F_GRADE) {
                guint before = h->grades->len;
                guint at = 0;
                while (at < nt_ntoks(tp) && nt_tok_at(tp, at)->start < v)
                    at++;
                if (!x->value)
                    read_grades(h->grades, tp, at);
                if (h->grades->len > before)
                    fact_set(x, ln, v, (guint)(ln->len - v));
            } else if (f == F_ID) {
                if (!below && id_label == G_MAXUINT)
                    id_label = i;
                /* the code, past a body's prefix: "ACT 241101", "NDC 250501",
                 * whole: "NCIA/26/0412" (not "NCIA", the same for all its posts) */
                size_t cs, cl;
                nt_toks vt;
                nt_toks_init(&vt, ln->text + v, ln->len - v);
                if (reference_code(ln->text + v, ln->len - v, 1, &cs, &cl)) {
                    fact_set(x, ln, v + (guint)cs, (guint)cl);
                    /* "Vacancy No. 260815 - Procurement Officer": the title after it */
                    gboolean sep;
                    guint rest = past_separators(ln, v + (guint)(cs + cl), &sep);
                    if (sep && rest < ln->len)
                        title_set(h, ln, rest, (guint)ln->len - rest);
                } else if (nt_ntoks(&vt) > 0)
                    fact_set(x, ln, v + nt_tok_at(&vt, 0)->start, nt_tok_at(&vt, 0)->end - nt_tok_at(&vt, 0)->start);
                nt_toks_clear(&vt);
            } else if (f == F_TITLE && nt_ntoks(tp) > 0 && post_number(nt_f(tp, nt_ntoks(tp) - 1)) &&
                       nt_tok_at(tp, nt_ntoks(tp) - 1)->start == v) {
                /* "Post: 250733" names the number, not the title */
                const nt_tok *k = nt_tok_at(tp, nt_ntoks(tp) - 1);
                fact_set(&h->id, ln, k->start, k->end - k->start);
            } else if (f == F_TITLE && reference_after_title(ln->text + v, (guint)(ln->len - v), &cut, &code, &code_len)) {
                /* "Post: Procurement Officer (Ref. 26/0412)": the reference is the post number */
                fact_set(&h->id, ln, v + code, code_len);
                fact_set(x, ln, v, title_end(ln->text + v, cut));
            } else {
                fact_set(x, ln, v, (guint)(ln->len - v));
            }
        } else if ((!h->title.value || !h->id.value) && ln->line < lists_line) {
            if (!vacancy_line(d, p, i, tp, h) && !h->title.value)
                title_line(d, p, i, tp, h);
        }
        if (ln->bullet && ln->line < lists_line)
            post_grade(post_grades, ln, tp);
        nationality_sentence(d, p, i, tp, h);
    }
    if (!h->deadline.value)
        h->deadline = said;
    else {
        g_free(said.value);
        g_free(said.whole);
        g_free(said.raw);
    }
    if (!h->title.value && id_label != G_MAXUINT && id_label > p->first)
        title_above(d, h, id_label - 1, lists_line);
    if (!h->title.value)
        html_title(d, p, h, lists_line);
    if (h->title_grade.value)
        grade_of_title(d, h);
    if (h->deadline.value)
        read_deadline(d, h);
    if (h->clearance.value) {
        h->clearance_level = read_clearance(d->ref, h->clearance.value);
        if (h->clearance_level < 1)
            nt_warn(d, h->clearance.line, h->clearance.col, "clearance", h->clearance.value,
                    "the clearance level \"%s\" is not one eligo knows (NR, NC, NS, CTS); it is left out",
                    h->clearance.value);
    }
    if (h->body.value)
        h->org = find_org(d->ref, h->body.value, strlen(h->body.value));
    for (guint i = p->first; i < p->end && !h->org && i < p->first + 80; i++) {
        const nt_line *ln = nt_line_at(&d->text, i);
        if (ln->len <= NT_MAX_HEADER_LINE)
            h->org = find_org(d->ref, ln->text, ln->len);
    }
}

void nt_header_clear(nt_header *h)
{
    nt_fact *facts[] = {&h->id, &h->title, &h->body, &h->location, &h->deadline,
                        &h->grade, &h->clearance, &h->nationality, &h->title_grade};
    for (size_t i = 0; i < G_N_ELEMENTS(facts); i++) {
        g_free(facts[i]->value);
        g_free(facts[i]->whole);
        g_free(facts[i]->raw);
    }
    if (h->grades)
        g_ptr_array_free(h->grades, TRUE);
    if (h->post_grades)
        g_ptr_array_free(h->post_grades, TRUE);
    memset(h, 0, sizeof *h);
}
