/* Cell value parsers: see values.h. */
#include "values.h"

#include <string.h>
#include "fold.h"

/* Is the folded word W one of LIST? */
static gboolean word_in(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(w, list[k]) == 0)
            return TRUE;
    return FALSE;
}

static const char *const year_units[] = {"y", "yr", "yrs", "year", "years", "an", "ans", "annee", "annees"};
static const char *const month_units[] = {"m", "mo", "mos", "month", "months", "mois"};

/* The unit of U (LEN bytes, trimmed): 1 for years, 12 for months, 0 for
 * none known.  Folding drops signs: "10+ years" or "5 years+" is a bound,
 * not 10 or 5, as "10+" alone is refused; the unit is letters and dots. */
static int unit_of(const char *u, size_t len)
{
    for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)u[k];
        if (c < 0x80 && !g_ascii_isalpha(c) && c != '.' && c != ' ')
            return 0;
    }
    char folded[ELG_FOLD_MAX];
    if (elg_fold(u, len, folded, sizeof folded) >= sizeof folded)
        return 0;
    if (word_in(folded, year_units, G_N_ELEMENTS(year_units)))
        return 1;
    return word_in(folded, month_units, G_N_ELEMENTS(month_units)) ? 12 : 0;
}

gboolean elg_years_unit_word(const char *s, size_t len)
{
    return unit_of(s, len) == 1;
}

/* The unit of U as forms write it around the unit, "year(s)", "yrs of
 * experience", "years total", "ans d'exp\xc3\xa9rience": 1 for years, 12
 * for months, 0 for none.  Only once unit_of found no unit. */
static int unit_said(const char *u, size_t len)
{
    static const char *const rests[] = {"",           "of_experience", "experience",   "exp",
                                        "total",      "in_total",      "au_total",     "d_experience",
                                        "of_work_experience", "work_experience", "professional_experience",
                                        "of_professional_experience", "d_experience_professionnelle"};
    /* letters and the gaps of words only: folding drops signs, and "10+
     * years of experience" is a bound (elg_years_refused), not 10 */
    for (size_t k = 0; k < len; k++) {
        const unsigned char c = (unsigned char)u[k];
        if (c == '(' && k && g_ascii_isalpha(u[k - 1]) && k + 2 < len && (u[k + 1] | 0x20) == 's' &&
            u[k + 2] == ')')
            k += 2; /* "year(s)" */
        else if (c < 0x80 && !g_ascii_isalpha(c) && c != ' ' && c != '.' && c != '\'')
            return 0;
    }
    char f[ELG_FOLD_MAX];
    if (elg_fold_words(u, len, f, sizeof f) >= sizeof f)
        return 0;
    char *rest = strchr(f, '_');
    if (rest)
        *rest++ = '\0';
    if (rest && (strcmp(rest, "s") == 0 || strncmp(rest, "s_", 2) == 0))
        rest += rest[1] ? 2 : 1; /* "year(s)" */
    const int per = word_in(f, year_units, G_N_ELEMENTS(year_units))    ? 1
                    : word_in(f, month_units, G_N_ELEMENTS(month_units)) ? 12
                                                                         : 0;
    return per && word_in(rest ? rest : "", rests, G_N_ELEMENTS(rests)) ? per : 0;
}

/* "1 year 6 months", "2 years and 6 months", "3 ans et 6 mois", "1y 6m":
 * whole years, then fewer than 12 months.  S (LEN bytes) is what follows
 * the years' number; TRUE with the months in *MONTHS. */
static gboolean and_months(const char *s, size_t len, gint64 *months)
{
    size_t i = 0;
    while (i < len && (g_ascii_isalpha(s[i]) || s[i] == '.' || (unsigned char)s[i] >= 0x80))
        i++;
    if (i == 0 || unit_of(s, i) != 1)
        return FALSE;
    size_t rest = len - i;
    const char *t = elg_trim(s + i, &rest);
    static const char *const joins[] = {"and ", "et ", "& ", ", "};
    for (size_t k = 0; k < G_N_ELEMENTS(joins); k++) {
        const size_t n = strlen(joins[k]);
        if (rest > n && g_ascii_strncasecmp(t, joins[k], n) == 0) {
            rest -= n;
            t = elg_trim(t + n, &rest);
            break;
        }
    }
    size_t d = 0;
    gint64 m = 0;
    while (d < rest && d < 3 && t[d] >= '0' && t[d] <= '9')
        m = m * 10 + (t[d++] - '0');
    size_t ulen = rest - d;
    const char *u = elg_trim(t + d, &ulen);
    if (d == 0 || m >= 12 || ulen == 0 || unit_of(u, ulen) != 12)
        return FALSE;
    *months = m;
    return TRUE;
}

/* Number words, English and French, as both candidate cells and notices
 * write them (elg_number_words). */
static const struct {
    const char *word;
    int value;
} number_words[] = {
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
    {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {"sept", 7},
    {"huit", 8}, {"neuf", 9}, {"dix", 10}, {"onze", 11}, {"douze", 12}, {"treize", 13},
    {"quatorze", 14}, {"quinze", 15}, {"seize", 16}, {"vingt", 20}, {"trente", 30},
    {"quarante", 40},
};

static int number_word(const char *w)
{
    for (size_t i = 0; i < G_N_ELEMENTS(number_words); i++)
        if (strcmp(w, number_words[i].word) == 0)
            return number_words[i].value;
    return -1;
}

int elg_number_words(const char *w, const char *next, guint *words)
{
    int v = number_word(w);
    if (v < 0)
        return -1;
    *words = 1;
    const int unit = next ? number_word(next) : -1;
    if (((v == 20 || v == 30 || v == 40) && unit >= 1 && unit <= 9) || /* "twenty-four", "vingt-cinq" */
        (v == 10 && unit >= 7 && unit <= 9)) {                           /* "dix-sept" */
        v += unit;
        *words = 2;
    }
    return v;
}

/* Years written in words, "five", "five years", "twenty-five years",
 * "cinq ans", "dix-huit mois", "une année", "zero": whole years (or
 * months) only. */
static gboolean years_in_words(const char *s, size_t len, gint32 *milli)
{
    char f[ELG_FOLD_MAX];
    if (elg_fold_words(s, len, f, sizeof f) >= sizeof f || !*f)
        return FALSE;
    /* the first two words apart, for the number; the rest after them */
    char *second = strchr(f, '_'), *third = NULL;
    if (second) {
        *second++ = '\0';
        if ((third = strchr(second, '_')) != NULL)
            *third = '\0';
    }
    guint used = 1;
    const int value = strcmp(f, "zero") == 0 ? 0 : elg_number_words(f, second, &used);
    if (value < 0)
        return FALSE;
    if (third)
        *third = '_';
    const char *rest = used == 1 ? second : third ? third + 1 : NULL; /* a unit, or nothing */
    gint64 v = (gint64)value * 1000;
    if (rest) {
        const int per = unit_of(rest, strlen(rest));
        if (!per)
            return FALSE;
        v /= per;
    }
    *milli = (gint32)v;
    return TRUE;
}

gboolean elg_parse_years(const char *s, size_t len, gint32 *milli)
{
    s = elg_trim(s, &len);
    char folded[ELG_FOLD_MAX];
    size_t n = elg_fold(s, len, folded, sizeof folded);
    if (n < sizeof folded && (strcmp(folded, "none") == 0 || strcmp(folded, "aucune") == 0 ||
                              strcmp(folded, "nil") == 0)) {
        *milli = 0;
        return TRUE;
    }
    size_t i = 0;
    gint64 whole = 0;
    int digits = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9') {
        whole = whole * 10 + (s[i] - '0');
        if (whole > 1000000)
            return FALSE;
        i++;
        digits++;
    }
    gint64 frac = 0; /* thousandths, truncated: never rounded up */
    int fdigits = 0;
    gboolean point = FALSE;
    if (i < len && (s[i] == '.' || s[i] == ',')) {
        point = TRUE;
        i++;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            if (fdigits < 3)
                frac = frac * 10 + (s[i] - '0');
            fdigits++;
            i++;
        }
        /* "5." as some exports write a whole number: the digits before do */
        for (int k = fdigits; k < 3; k++)
            frac *= 10;
    }
    if (digits == 0 && fdigits == 0)
        return !point && years_in_words(s, len, milli);
    gint64 value = whole * 1000 + frac;
    /* an optional unit */
    size_t rest = len - i;
    const char *unit = elg_trim(s + i, &rest);
    if (rest > 0) {
        gint64 months;
        const int per = unit_of(unit, rest);
        if (per == 12)
            value = value / 12; /* truncates: 11 months stay below a year */
        else if (!per && !point && and_months(unit, rest, &months))
            value += months * 1000 / 12; /* truncated as well */
        else if (!per) {
            const int said = unit_said(unit, rest); /* "year(s)", "years of experience" */
            if (!said)
                return FALSE;
            if (said == 12)
                value = value / 12;
        }
    }
    if (value > ELG_YEARS_MAX_MILLI)
        return FALSE;
    *milli = (gint32)value;
    return TRUE;
}

/* Do the LEN bytes of S, without the one at CUT (CUT < LEN), read as years
 * (into *MILLI)? */
static gboolean years_without(const char *s, size_t len, size_t cut, gint32 *milli)
{
    char buf[ELG_FOLD_MAX];
    if (len > sizeof buf)
        return FALSE;
    memcpy(buf, s, cut);
    memcpy(buf + cut, s + cut + 1, len - cut - 1);
    return elg_parse_years(buf, len - 1, milli);
}

/* Is S (trimmed) a bare number of years, with no unit ("3", "2.5")? */
static gboolean bare_number(const char *s, size_t len)
{
    gint32 milli;
    for (size_t i = 0; i < len; i++)
        if (!g_ascii_isdigit(s[i]) && s[i] != '.' && s[i] != ',')
            return FALSE;
    return len && elg_parse_years(s, len, &milli);
}

/* The lower end of range L-R: L (a bare number) in the unit R ends with
 * ("6-18 months" is 0.5 to 1.5 years), or FALSE when R's words are more
 * than a unit ("3 to 5 years 6 months"). */
static gboolean range_low(const char *l, size_t llen, const char *r, size_t rlen, gint32 *lo)
{
    size_t d = 0;
    while (d < rlen && (g_ascii_isdigit(r[d]) || r[d] == '.' || r[d] == ','))
        d++;
    size_t ulen = rlen - d;
    const char *u = elg_trim(r + d, &ulen);
    char buf[ELG_FOLD_MAX];
    if (ulen && !unit_of(u, ulen))
        return FALSE;
    if (llen + 1 + ulen > sizeof buf)
        return FALSE;
    memcpy(buf, l, llen);
    buf[llen] = ' ';
    memcpy(buf + llen + 1, u, ulen);
    return elg_parse_years(buf, llen + 1 + ulen, lo);
}

elg_years_refusal elg_years_refused(const char *s, size_t len, gint32 *lo, gint32 *hi)
{
    gint32 milli;
    s = elg_trim(s, &len);
    *hi = ELG_YEARS_NO_MAX;
    /* "5+", "5+ years", "5 years+", "10 +years": the '+' after the number */
    const char *plus = len > 1 ? memchr(s + 1, '+', len - 1) : NULL;
    if (plus && years_without(s, len, (size_t)(plus - s), lo))
        return ELG_YEARS_BOUND;
    static const char *const bounds[] = {"over ", "more than ", "at least ", "min ", "minimum ", "plus de ",
                                         "au moins ", "> ", ">= ", ">", ">="};
    for (size_t k = 0; k < G_N_ELEMENTS(bounds); k++) {
        const size_t n = strlen(bounds[k]);
        if (len > n && g_ascii_strncasecmp(s, bounds[k], n) == 0 && elg_parse_years(s + n, len - n, lo))
            return ELG_YEARS_BOUND;
    }
    /* "3-5", "3 - 5 years", "3 to 5", "3 à 5 ans", "3–5": a bare number, the separator, years */
    static const char *const ranges[] = {"-", "\xe2\x80\x93", " to ", " \xc3\xa0 ", " a "};
    for (size_t k = 0; k < G_N_ELEMENTS(ranges); k++) {
        const size_t n = strlen(ranges[k]);
        for (size_t i = 1; i + n < len; i++) {
            if (memcmp(s + i, ranges[k], n) != 0)
                continue;
            size_t llen = i, rlen = len - i - n;
            const char *l = elg_trim(s, &llen), *r = elg_trim(s + i + n, &rlen);
            /* ends the wrong way round ("5-3") say no range */
            if (bare_number(l, llen) && elg_parse_years(r, rlen, &milli) && range_low(l, llen, r, rlen, lo) &&
                *lo <= milli) {
                *hi = milli;
                return ELG_YEARS_RANGE;
            }
            break;
        }
    }
    return ELG_YEARS_NOT_A_NUMBER;
}

gboolean elg_parse_yesno(const char *s, size_t len, gint8 *value)
{
    char f[16];
    s = elg_trim(s, &len);
    size_t n = elg_fold(s, len, f, sizeof f);
    if (n >= sizeof f)
        return FALSE;
    /* folding drops signs and dots: "-1" or "1." must not read as 1 */
    if (n == 1 && (f[0] == '0' || f[0] == '1') && len != 1)
        return FALSE;
    /* exactly the forms of DESIGN.md s.6: anything else is reported */
    static const char *const yes[] = {"yes", "y", "true", "1", "oui"};
    static const char *const no[] = {"no", "n", "false", "0", "non"};
    for (size_t i = 0; i < G_N_ELEMENTS(yes); i++)
        if (strcmp(f, yes[i]) == 0) {
            *value = 1;
            return TRUE;
        }
    for (size_t i = 0; i < G_N_ELEMENTS(no); i++)
        if (strcmp(f, no[i]) == 0) {
            *value = 0;
            return TRUE;
        }
    return FALSE;
}

static const struct {
    const char *name;
    int month;
} month_names[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5},
    {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"janvier", 1}, {"fevrier", 2}, {"mars", 3},
    {"avril", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7}, {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12},
    {"sept", 9}, {"fev", 2}, {"fevr", 2}, {"janv", 1}, {"juil", 7}, {"avr", 4},
};

int elg_parse_month(const char *s, size_t len)
{
    char f[32];
    size_t n = elg_fold(s, len, f, sizeof f);
    if (n >= sizeof f || n < 3)
        return 0;
    /* an exact name or abbreviation; else a prefix of 3 or more letters
     * that only one month starts with ("dec", "juil", "sept") */
    int found = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(month_names); i++)
        if (strcmp(f, month_names[i].name) == 0)
            return month_names[i].month;
    for (size_t i = 0; i < G_N_ELEMENTS(month_names); i++) {
        if (strncmp(f, month_names[i].name, n) == 0) {
            if (found && found != month_names[i].month)
                return 0;
            found = month_names[i].month;
        }
    }
    return found;
}

static guint32 julian(int y, int m, int d)
{
    if (y < ELG_YEAR_MIN || y > ELG_YEAR_MAX || m < 1 || m > 12 || d < 1)
        return 0;
    if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
        return 0;
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    return g_date_get_julian(&date);
}

static int read_int(const char *s, size_t len, size_t *i, int max_digits)
{
    int v = 0, n = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9' && n < max_digits) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        n++;
    }
    return n ? v : -1;
}

guint32 elg_date_iso(const char *s, size_t len)
{
    size_t i = 0;
    int y = read_int(s, len, &i, 4);
    if (i != 4 || i >= len || s[i] != '-')
        return 0;
    i++;
    size_t start = i;
    int m = read_int(s, len, &i, 2);
    if (i - start != 2 || i >= len || s[i] != '-')
        return 0;
    i++;
    start = i;
    int d = read_int(s, len, &i, 2);
    if (i - start != 2 || i != len)
        return 0;
    return julian(y, m, d);
}

/* Is the rest after a date a time of day ("11:59:00 PM", "T10:00")? */
static gboolean time_or_nothing(const char *s, size_t len)
{
    /* the time is set apart from the date: "2025-03-199" is not 2025-03-19 */
    if (len > 0 && !(*s == ' ' || *s == '\t' || *s == ',' || *s == 'T'))
        return FALSE;
    s = elg_trim(s, &len);
    if (len == 0)
        return TRUE;
    if (*s == ',' || *s == 'T') {
        s++;
        len--;
        s = elg_trim(s, &len);
    }
    /* "19 mars 2025 à 10h22", "March 19, 2025 at 10:22" */
    if (len > 3 && (memcmp(s, "\xc3\xa0 ", 3) == 0 || g_ascii_strncasecmp(s, "at ", 3) == 0)) {
        s += 3; /* both are 3 bytes */
        len -= 3;
        s = elg_trim(s, &len);
    }
    if (len == 0 || s[0] < '0' || s[0] > '9')
        return FALSE;
    /* a zone by its name after the time, "00:00:00 UTC" as database
     * exports write a timestamp */
    static const char *const zones[] = {" utc", " gmt", " cet", " cest"};
    for (size_t k = 0; k < G_N_ELEMENTS(zones); k++) {
        const size_t n = strlen(zones[k]);
        if (len > n && g_ascii_strncasecmp(s + len - n, zones[k], n) == 0) {
            len -= n;
            break;
        }
    }
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= '0' && c <= '9') || c == ':' || c == ' ' || c == '.' || c == 'A' ||
              c == 'P' || c == 'M' || c == 'a' || c == 'p' || c == 'm' || c == 'h' ||
              c == 'Z' || c == '+' || c == '-'))
            return FALSE;
    }
    return TRUE;
}

/* The year of a date from I on: four digits, then a time of day or nothing;
 * the date's julian day (0: not a date). */
static guint32 year_and_time(const char *s, size_t len, size_t i, int month, int day)
{
    const size_t ystart = i;
    const int y = read_int(s, len, &i, 4);
    if (i - ystart != 4 || !time_or_nothing(s + i, len - i))
        return 0;
    return julian(y, month, day);
}

/* Past the ordinal suffix of DAY at I, if there is one: "1st", "2nd",
 * "23rd", "19th", and the French "1er". */
static void skip_ordinal(const char *s, size_t len, size_t *i, int day)
{
    if (*i + 2 > len)
        return;
    const char a = g_ascii_tolower(s[*i]), b = g_ascii_tolower(s[*i + 1]);
    const int last = day % 10, teen = day / 10 == 1;
    const gboolean english = (a == 's' && b == 't' && last == 1 && !teen) ||
                             (a == 'n' && b == 'd' && last == 2 && !teen) ||
                             (a == 'r' && b == 'd' && last == 3 && !teen) ||
                             (a == 't' && b == 'h' && (teen || last == 0 || last > 3));
    if (english || (a == 'e' && b == 'r' && day == 1))
        *i += 2;
}

/* The month name first, as English writes it: "March 19, 2025", "Nov 5 2024". */
static guint32 month_first(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && !(s[i] == ' ' || s[i] == '.' || (s[i] >= '0' && s[i] <= '9')))
        i++;
    const int m = elg_parse_month(s, i);
    if (!m)
        return 0;
    while (i < len && (s[i] == ' ' || s[i] == '.'))
        i++;
    const int d = read_int(s, len, &i, 2);
    skip_ordinal(s, len, &i, d);
    gboolean apart = FALSE; /* the day and the year: "19, 2025" or "19 2025" */
    if (i < len && s[i] == ',') {
        i++;
        apart = TRUE;
    }
    while (i < len && s[i] == ' ') {
        i++;
        apart = TRUE;
    }
    return d < 0 || !apart ? 0 : year_and_time(s, len, i, m, d);
}

/* JD into OUT when it is a date (not 0). */
static gboolean date_found(guint32 jd, guint32 *out)
{
    if (jd)
        *out = jd;
    return jd != 0;
}

/* The year first, as ISO orders it but with '/' or '.' ("2025/03/19",
 * "2025.03.19": no one writes the day before the month after the year), or
 * '-' with a month or day of one digit ("2025-3-19", as a spreadsheet's
 * yyyy-m-d format writes it), or without separators ("20250319", the
 * whole cell); I: past the year. */
static guint32 year_first(const char *s, size_t len, size_t i, int y)
{
    if (i == len)
        return 0;
    const char sep = s[i];
    if (sep >= '0' && sep <= '9') {
        size_t k = i;
        const int md = read_int(s, len, &k, 4);
        return k == 8 && len == 8 ? julian(y, md / 100, md % 100) : 0;
    }
    if (sep != '/' && sep != '.' && sep != '-')
        return 0;
    i++;
    size_t start = i;
    const int m = read_int(s, len, &i, 2);
    if (i == start || i >= len || s[i] != sep)
        return 0;
    start = ++i;
    const int d = read_int(s, len, &i, 2);
    return i > start && time_or_nothing(s + i, len - i) ? julian(y, m, d) : 0;
}

static gboolean parse_date(const char *s, size_t len, elg_date_order order, guint32 *out, gboolean *slash)
{
    size_t i = 0;
    int a = read_int(s, len, &i, 4);
    if (a < 0)
        return date_found(month_first(s, len), out);
    if (i == 4 && i < len && s[i] == '-') { /* ISO, maybe with a time */
        size_t date_len = 10 <= len ? 10 : len;
        if (time_or_nothing(s + date_len, len - date_len) && date_found(elg_date_iso(s, date_len), out))
            return TRUE;
        return date_found(year_first(s, len, i, a), out); /* "2025-3-19": the year first all the same */
    }
    if (i == 4)
        return date_found(year_first(s, len, i, a), out);
    if (i > 2 || i >= len)
        return FALSE;
    if (s[i] == '/' || (s[i] == '-' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')) {
        /* "19/03/2025", "03-19-2025": the day or the month first, which
         * says nothing about which: read only with an order */
        const char sep = s[i];
        i++;
        int b = read_int(s, len, &i, 2);
        if (b < 0 || i >= len || s[i] != sep)
            return FALSE;
        i++;
        size_t ystart = i;
        int y = read_int(s, len, &i, 4);
        if (i - ystart != 4 || !time_or_nothing(s + i, len - i))
            return FALSE;
        if (order == ELG_DATES_STRICT) {
            *slash = TRUE;
            return FALSE;
        }
        return date_found(order == ELG_DATES_DMY ? julian(y, b, a) : julian(y, a, b), out);
    }
    if (s[i] == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9') {
        /* "19.03.2025": wherever dates are written with dots, the day comes first */
        i++;
        const int b = read_int(s, len, &i, 2);
        if (b < 0 || i >= len || s[i] != '.')
            return FALSE;
        return date_found(year_and_time(s, len, i + 1, b, a), out);
    }
    /* day, month name, year: "19-Mar-2025", "19 mars 2025", "10-nov.-2024",
     * "1er mars 2025", "1st March 2025" */
    skip_ordinal(s, len, &i, a);
    while (i < len && (s[i] == '-' || s[i] == ' ' || s[i] == '.'))
        i++;
    if (i + 3 < len && (s[i] | 0x20) == 'o' && (s[i + 1] | 0x20) == 'f' && s[i + 2] == ' ' && s[i - 1] == ' ')
        i += 3; /* "19th of March 2025" */
    size_t mstart = i;
    while (i < len && !(s[i] == '-' || s[i] == ' ' || s[i] == '.' || s[i] == '/' ||
                        (s[i] >= '0' && s[i] <= '9')))
        i++;
    int m = elg_parse_month(s + mstart, i - mstart);
    if (!m)
        return FALSE;
    const gboolean dashed = mstart > 0 && s[mstart - 1] == '-' && i + 3 == len && s[i] == '-';
    while (i < len && (s[i] == '-' || s[i] == ' ' || s[i] == '.' || s[i] == '/'))
        i++;
    /* "10-Nov-24", Excel's d-mmm-yy: this century, a year of two digits
     * only so, with nothing after it */
    size_t y2 = i;
    const int y = dashed ? read_int(s, len, &y2, 2) : -1;
    if (y >= 0 && y2 == len)
        return date_found(julian(2000 + y, m, a), out);
    return date_found(year_and_time(s, len, i, m, a), out);
}

int elg_parse_weekday(const char *s, size_t len, gboolean whole)
{
    static const char *const names[][2] = {
        {"monday", "lundi"},    {"tuesday", "mardi"},  {"wednesday", "mercredi"}, {"thursday", "jeudi"},
        {"friday", "vendredi"}, {"saturday", "samedi"}, {"sunday", "dimanche"}};
    if (len < 3)
        return 0;
    for (int d = 0; d < 7; d++)
        for (int l = 0; l < 2; l++)
            if ((whole ? len == strlen(names[d][l]) : len <= strlen(names[d][l])) &&
                g_ascii_strncasecmp(s, names[d][l], len) == 0)
                return d + 1;
    return 0;
}

/* The day of the week S begins with (elg_parse_weekday: "Wednesday",
 * "Wed", "mercredi", "mer."), 1 (Monday) to 7; *I past it and what sets it
 * apart (", ", ". ", " "); 0 if none. */
static int weekday_first(const char *s, size_t len, size_t *i)
{
    size_t n = 0;
    while (n < len && g_ascii_isalpha(s[n]))
        n++;
    const int day = n < len ? elg_parse_weekday(s, n, FALSE) : 0;
    if (!day)
        return 0;
    size_t k = n;
    if (k < len && (s[k] == ',' || s[k] == '.'))
        k++;
    if (k == len || s[k] != ' ')
        return 0;
    while (k < len && s[k] == ' ')
        k++;
    *i = k;
    return day;
}

/* S after the day of the week it begins with, "Wednesday 19 March 2025",
 * "Wed, 19 Mar 2025 10:22:00 +0000" (an e-mail's date), "mercredi 19 mars
 * 2025": 1 when that is the date's day, -1 when it is another's (the cell
 * says two things), 0 when S is no such date. */
static int weekday_date(const char *s, size_t len, elg_date_order order, guint32 *jd, gboolean *slash)
{
    size_t i;
    const int weekday = weekday_first(s, len, &i);
    if (!weekday || !parse_date(s + i, len - i, order, jd, slash))
        return 0;
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_julian(&date, *jd);
    return (int)g_date_get_weekday(&date) == weekday ? 1 : -1;
}

gboolean elg_parse_date(const char *s, size_t len, elg_date_order order, guint32 *out,
                        gboolean *slash)
{
    *slash = FALSE;
    s = elg_trim(s, &len);
    if (parse_date(s, len, order, out, slash))
        return TRUE;
    guint32 jd;
    if (*slash || weekday_date(s, len, order, &jd, slash) != 1)
        return FALSE;
    *out = jd;
    return TRUE;
}

gboolean elg_date_weekday_wrong(const char *s, size_t len, elg_date_order order)
{
    guint32 jd;
    gboolean slash;
    s = elg_trim(s, &len);
    return weekday_date(s, len, order, &jd, &slash) < 0;
}

void elg_date_format(guint32 jd, char buf[11])
{
    GDate d;
    g_date_clear(&d, 1);
    g_date_set_julian(&d, jd);
    g_snprintf(buf, 11, "%04d-%02d-%02d", g_date_get_year(&d), g_date_get_month(&d),
               g_date_get_day(&d));
}

const char *elg_years_unit(gint32 milli)
{
    return milli == 1000 ? "year" : "years";
}

void elg_years_format(gint32 milli, char buf[24])
{
    int whole = milli / 1000, frac = milli % 1000;
    if (frac == 0)
        g_snprintf(buf, 24, "%d", whole);
    else if (frac % 100 == 0)
        g_snprintf(buf, 24, "%d.%d", whole, frac / 100);
    else if (frac % 10 == 0)
        g_snprintf(buf, 24, "%d.%02d", whole, frac / 10);
    else
        g_snprintf(buf, 24, "%d.%03d", whole, frac);
}

void elg_score_text(double score, char buf[16])
{
    /* with a point whatever locale the program embedding the library set */
    g_ascii_formatd(buf, 16, "%.2f", score);
}

const char *elg_weight_text(double weight, char buf[G_ASCII_DTOSTR_BUF_SIZE])
{
    return g_ascii_formatd(buf, G_ASCII_DTOSTR_BUF_SIZE, "%.15g", weight);
}

/* The lists of values.h: each byte for byte but for ASCII case, with its
 * length, since the loader asks about many cells ("Norway", "NS") that
 * only a length compare needs to refuse. */
typedef struct {
    const char *text;
    size_t len;
} word;
#define W(s) {s, sizeof s - 1}
static const word not_given[] = {
    W("n/a"), W("n.a."), W("n/d"), W("n.d."), W("-"), W("\xE2\x80\x93"), W("\xE2\x80\x94"), /* en and em dash */
    W("?"), W("unknown"), W("not known"), W("not available"), W("inconnu"), W("inconnue"), W("non disponible"),
    W("tbd"), W("null"),
};
static const word sheet_errors[] = {
    W("#N/A"), W("#VALUE!"), W("#REF!"), W("#DIV/0!"), W("#NAME?"), W("#NUM!"), W("#NULL!"), W("#SPILL!"), W("#CALC!"),
};
#undef W

const unsigned char elg_not_given_first[256] = {
    ['n'] = 1, ['N'] = 1, ['-'] = 1, [0xE2] = 1, ['?'] = 1, ['u'] = 1, ['U'] = 1,
    ['i'] = 1, ['I'] = 1, ['t'] = 1, ['T'] = 1, ['='] = 1,
};

static gboolean one_of(const char *s, size_t len, const word *list, size_t n)
{
    /* the first two bytes compared with ASCII case folded (the words'
     * punctuation and UTF-8 bytes keep bit 0x20 set, and a word of one
     * byte its NUL, 0x20 folded, second) before the call; no match is lost */
    const char first = (char)(s[0] | 0x20), second = len > 1 ? (char)(s[1] | 0x20) : 0x20;
    for (size_t i = 0; i < n; i++)
        if (list[i].len == len && (char)(list[i].text[0] | 0x20) == first &&
            (char)(list[i].text[1] | 0x20) == second && g_ascii_strncasecmp(s, list[i].text, len) == 0)
            return TRUE;
    return FALSE;
}

elg_cell_kind elg_cell_placeholder(const char *s, size_t len)
{
    if (len && s[0] == '#')
        return one_of(s, len, sheet_errors, G_N_ELEMENTS(sheet_errors)) ? ELG_CELL_SHEET_ERROR : ELG_CELL_VALUE;
    /* Excel's empty text, as its text-forcing formula writes it: not in
     * the list, which every cell asked of ("III", "NOR") would go through */
    if (len && s[0] == '=')
        return len == 3 && s[1] == '"' && s[2] == '"' ? ELG_CELL_NOT_GIVEN : ELG_CELL_VALUE;
    if (elg_maybe_not_given(s, len) && one_of(s, len, not_given, G_N_ELEMENTS(not_given)))
        return ELG_CELL_NOT_GIVEN;
    return ELG_CELL_VALUE;
}
