/* Private: parsing single cell values into typed codes (DESIGN.md s.2, s.6).
 * Each parser returns FALSE for text it cannot read; the caller reports it. */
#ifndef ELG_VALUES_H
#define ELG_VALUES_H

#include <stdint.h>
#include <glib.h>
#include "eligo/profiles.h"

#define ELG_YEARS_MAX_MILLI (200 * 1000) /* no career is longer */

/* Decimal years ("5", "2.5", "2,5", "none", "18 months", "6 yrs") as
 * milli-years, truncated so that 4.9999 stays below 5. */
gboolean elg_parse_years(const char *s, size_t len, gint32 *milli);
/* Why elg_parse_years refused a cell: a lower bound ("5+", "5+ years",
 * "over 5", "more than 5", "at least 5", "plus de 5 ans") or a range ("3-5",
 * "3 to 5 years", "6-18 months") is no number of years, but the years are
 * known to lie in [*LO, *HI] (milli-years; *HI ELG_YEARS_NO_MAX for a bound),
 * which the evaluators reason with (store.h, elg_years_span).  Reading it
 * as its lower end alone would fail a criterion above it that the candidate
 * may meet.  *LO and *HI are set for BOUND and RANGE only. */
typedef enum {
    ELG_YEARS_NOT_A_NUMBER,
    ELG_YEARS_BOUND,
    ELG_YEARS_RANGE,
} elg_years_refusal;
#define ELG_YEARS_NO_MAX G_MAXINT32 /* the top of a lower bound's span */
elg_years_refusal elg_years_refused(const char *s, size_t len, gint32 *lo, gint32 *hi);
/* A number in words, English or French, 1 to 49: the folded word W and
 * the one after it, NEXT (NULL at the end), as "twenty" "five" or "dix"
 * "sept"; its value, and in *WORDS the words it takes (1 or 2); -1 when W
 * is no number word.  Candidate cells and notices alike. */
int elg_number_words(const char *w, const char *next, guint *words);
/* Is S a unit of years ("years", "yrs", "ans", "années")? */
gboolean elg_years_unit_word(const char *s, size_t len);
/* yes, y, true, 1, oui / no, n, false, 0, non -> 1 or 0. */
gboolean elg_parse_yesno(const char *s, size_t len, gint8 *value);
/* The years a date may fall in: others are typing mistakes (or 9999-12-31 for "never"). */
#define ELG_YEAR_MIN 1900
#define ELG_YEAR_MAX 2200
#define ELG_YEAR_RANGE "1900 to 2200"
/* ISO (also "2025/03/19", "2025.03.19", "20250319"), day-month name-year
 * (English or French; after its day of the week too, when that is the
 * date's) or, with ORDER, slash and dashed numeric dates ("19/03/2025",
 * "03-19-2025"); a time of day after the date is ignored.  *SLASH is set
 * for a slash or dashed date refused because no order was given. */
gboolean elg_parse_date(const char *s, size_t len, elg_date_order order, guint32 *julian,
                        gboolean *slash);
/* Does S name a day of the week that is not its date's ("Thu, 19 Mar 2025")? */
gboolean elg_date_weekday_wrong(const char *s, size_t len, elg_date_order order);
/* Day of the week 1 (Monday) to 7 from an English or French name in any
 * ASCII case, whole, or with WHOLE false also cut to 3 letters or more
 * ("Wed", "mer": in a notice's running text "mar" and "sun" are words);
 * else 0. */
int elg_parse_weekday(const char *s, size_t len, gboolean whole);
/* Month 1..12 from an English or French name or abbreviation, else 0. */
int elg_parse_month(const char *s, size_t len);
/* Strict YYYY-MM-DD, as julian day, or 0. */
guint32 elg_date_iso(const char *s, size_t len);
/* Write julian day JD as YYYY-MM-DD into BUF (11 bytes). */
void elg_date_format(guint32 jd, char buf[11]);
/* Format milli-years as the shortest decimal ("6", "2.5", "4.999"). */
void elg_years_format(gint32 milli, char buf[24]);
/* "year" for exactly one year of milli-years, else "years". */
const char *elg_years_unit(gint32 milli);
/* Desirable score as text with two decimals ("66.67", "100.00"), as the
 * reports print it and the ranking compares it. */
void elg_score_text(double score, char buf[16]);
/* A criterion's weight as "%.15g" with a point in any locale, in BUF; returns BUF. */
const char *elg_weight_text(double weight, char buf[G_ASCII_DTOSTR_BUF_SIZE]);

/* What a trimmed cell says when it holds no value (README.md, "Candidate
 * file"): a "not available" placeholder, read as an empty cell, or a
 * spreadsheet's error value, a formula that failed, reported and read as
 * unknown.  Whole cell, case-insensitive. */
typedef enum {
    ELG_CELL_VALUE,       /* neither: the column reads it */
    ELG_CELL_NOT_GIVEN,   /* N/A, n.a., n/d, N.D., -, en/em dash, ?, unknown, not known, not available,
                           * inconnu(e), non disponible, TBD, null, ="" (Excel's empty text) */
    ELG_CELL_SHEET_ERROR, /* #N/A, #VALUE!, #REF!, #DIV/0!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC! */
} elg_cell_kind;

elg_cell_kind elg_cell_placeholder(const char *s, size_t len);
/* Non-zero for a byte that may begin a "not available" placeholder. */
extern const unsigned char elg_not_given_first[256];

/* The lengths of the "not available" words, one bit each (test_values asks
 * for every word, so a length missing here fails it). */
#define ELG_NOT_GIVEN_LENGTHS (1u << 1 | 1u << 3 | 1u << 4 | 1u << 7 | 1u << 8 | 1u << 9 | 1u << 13 | 1u << 14)

/* Could the cell S of LEN bytes be a "not available" placeholder?  Inline,
 * so that the loader asks elg_cell_placeholder() of few cells ("N/A", but
 * also "III" and "NOR") and the others pay a shift and a load. */
static inline int elg_maybe_not_given(const char *s, size_t len)
{
    return len < 32 && (ELG_NOT_GIVEN_LENGTHS >> len & 1) && elg_not_given_first[(unsigned char)s[0]];
}

#endif
