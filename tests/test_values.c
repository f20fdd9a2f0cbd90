/* Cell parsers (DESIGN.md s.2, s.6): years, yes/no, dates and month names. */
#include "testutil.h"

#include <string.h>
#include "values.h"

/* --- years --------------------------------------------------------------- */

static void years_is(const char *s, gint32 want)
{
    gint32 milli = -7;
    if (!elg_parse_years(s, strlen(s), &milli))
        fail_msg("\"%s\" was refused, expected %d milli-years", s, (int)want);
    assert_int_equal(milli, want);
}

static void years_refused(const char *s)
{
    gint32 milli = -7;
    if (elg_parse_years(s, strlen(s), &milli))
        fail_msg("\"%s\" was read as %d milli-years, expected a refusal", s, (int)milli);
    assert_int_equal(milli, -7); /* untouched */
}

static void test_years_decimal_forms(void **state)
{
    (void)state;
    years_is("5", 5000);
    years_is("12", 12000);
    years_is("2.5", 2500);
    years_is("2,5", 2500);     /* decimal comma */
    years_is("6.5", 6500);
    years_is("2.999", 2999);
    years_is(".5", 500);
    years_is("5.", 5000);     /* as some exports write a whole number */
    years_is("5, ", 5000);
    years_is(" 7 ", 7000);
    years_is("0", 0);
    years_is("0.0", 0);
    years_is("200", 200000);   /* the upper bound itself */
    /* a comma is always decimal: "1,000" is one year, not a thousand */
    years_is("1,000", 1000);
}

static void test_years_none(void **state)
{
    (void)state;
    years_is("none", 0);
    years_is("None", 0);
    years_is("NONE", 0);
    years_is("aucune", 0);
    years_is("nil", 0);
}

static void test_years_truncated_never_rounded(void **state)
{
    (void)state;
    years_is("4.99", 4990);
    years_is("4.999", 4999);
    years_is("4.9999", 4999);
    years_is("4.9999999999999999", 4999); /* a double would make this 5 */
    years_is("1.99", 1990);
    years_is("0.0009", 0);
}

/* Years in words, as free-text forms write them: whole numbers to 49,
 * English or French, with or without a unit. */
static void test_years_in_words(void **state)
{
    (void)state;
    years_is("five", 5000);
    years_is("Five years", 5000);
    years_is("twenty-five years", 25000);
    years_is("cinq ans", 5000);
    years_is("vingt-cinq ans", 25000);
    years_is("dix-huit mois", 1500);
    years_is("une ann\xc3\xa9" "e", 1000);
    years_is("zero", 0);
    gint32 lo = 0, hi = 0;
    assert_int_equal(elg_years_refused("over five", 9, &lo, &hi), ELG_YEARS_BOUND);
    assert_int_equal(lo, 5000);
}

static void test_years_units(void **state)
{
    (void)state;
    /* accepted on purpose: spreadsheets carry units */
    years_is("5 yrs", 5000);
    years_is("5yrs", 5000);
    years_is("6 years", 6000);
    years_is("1 year", 1000);
    years_is("3 y", 3000);
    years_is("2 ans", 2000);
    years_is("2 années", 2000);
    years_is("18 months", 1500);
    years_is("12 mois", 1000);
    years_is("6 mo", 500);
    years_is("11 months", 916);   /* truncated: 11 months stay below a year */
    years_is("59 months", 4916);  /* below 5 years */
    /* whole years and months, as people write a duration */
    years_is("1 year 6 months", 1500);
    years_is("4 years and 11 months", 4916); /* truncated: below 5 */
    years_is("3 ans et 6 mois", 3500);
    years_is("2 années et 3 mois", 2250);
    years_is("1y 6m", 1500);
    years_is("1 yr. 6 mos.", 1500);
    years_is("2 years, 1 month", 2083);
    years_is("5 years 0 months", 5000);
}

/* A unit as forms write it: "year(s)", and the words that only say the
 * years are of experience or the total ("6 years of experience", "6 ans
 * d'expérience", "6 years total"); a sign stays a bound, and words that
 * name something else ("in defence") are no unit */
static void test_years_units_in_words(void **state)
{
    (void)state;
    years_is("6 year(s)", 6000);
    years_is("6 yr(s)", 6000);
    years_is("18 month(s)", 1500);
    years_is("6 years of experience", 6000);
    years_is("6 yrs experience", 6000);
    years_is("6 years exp.", 6000);
    years_is("6.5 years total", 6500);
    years_is("6 ans d'exp\xc3\xa9rience", 6000);
    years_is("6 ans d\xe2\x80\x99" "exp\xc3\xa9rience professionnelle", 6000);
    years_is("6 months of work experience", 500);
    years_refused("10+ years of experience");
    years_refused("6 years experience in defence");
    years_refused("6 years of");
    years_refused("6 (years)");
    years_refused("6 of experience");
    gint32 lo, hi;
    assert_int_equal(elg_years_refused("10+ years of experience", 23, &lo, &hi), ELG_YEARS_BOUND);
    assert_int_equal(lo, 10000);
}

static void test_years_refused(void **state)
{
    (void)state;
    years_refused("");
    years_refused("   ");
    years_refused("-1");
    years_refused("-0.5");
    years_refused("+5");
    years_refused("fiveish");
    years_refused("five and a half");
    years_refused("cinq ans et demi");
    years_refused("twenty-ten");
    years_refused(".");
    years_refused("5.x");
    years_refused("2.5.1");
    years_refused("1e3");
    years_refused("5 apples");
    years_refused("5 weeks");
    years_refused("5-7");
    years_refused("about 5");
    years_refused("201");        /* more than a career */
    years_refused("1000000000");
    years_refused("2401 months");
    years_is("2400 months", 200000);
    years_refused("n/a");
    /* a sign is a bound whatever unit follows, as "10+" alone is */
    years_refused("10+");
    years_refused("10+ years");
    years_refused("10 +years");
    years_refused("5 years+");
    years_refused("5 > years");
    years_is("5 yrs.", 5000);
    /* a duration's parts must be whole years, then months below 12 */
    years_refused("1 year 6");
    years_refused("1 year 12 months");
    years_refused("1.5 years 6 months");
    years_refused("6 months 1 year");
    years_refused("1 year 6 weeks");
    years_refused("1 year and");
    years_refused("1 year 6+ months");
    years_refused("1 year or 6 months");
}

static void refusal_is(const char *s, elg_years_refusal want)
{
    gint32 lo, hi;
    years_refused(s);
    const elg_years_refusal got = elg_years_refused(s, strlen(s), &lo, &hi);
    if (got != want)
        fail_msg("\"%s\": refusal %d, expected %d", s, (int)got, (int)want);
}

/* A bound or a range read as the span of years it says. */
static void span_is(const char *s, elg_years_refusal want, gint32 want_lo, gint32 want_hi)
{
    gint32 lo = -7, hi = -7;
    refusal_is(s, want);
    elg_years_refused(s, strlen(s), &lo, &hi);
    if (lo != want_lo || hi != want_hi)
        fail_msg("\"%s\": read as [%d, %d], expected [%d, %d]", s, (int)lo, (int)hi, (int)want_lo, (int)want_hi);
}

/* Why years are refused: a lower bound or a range is no number, and read
 * as its lower end it would fail a higher minimum the candidate may meet;
 * it is read as the span of years it gives. */
static void test_years_refusal_reasons(void **state)
{
    (void)state;
    const gint32 up = ELG_YEARS_NO_MAX;
    span_is("5+", ELG_YEARS_BOUND, 5000, up);
    span_is("5+ years", ELG_YEARS_BOUND, 5000, up);
    span_is("5 years+", ELG_YEARS_BOUND, 5000, up);
    span_is("10 +years", ELG_YEARS_BOUND, 10000, up);
    span_is("over 5", ELG_YEARS_BOUND, 5000, up);
    span_is("More than 5 years", ELG_YEARS_BOUND, 5000, up);
    span_is("at least 2.5", ELG_YEARS_BOUND, 2500, up);
    span_is("plus de 5 ans", ELG_YEARS_BOUND, 5000, up);
    span_is(">5", ELG_YEARS_BOUND, 5000, up);
    span_is("3-5", ELG_YEARS_RANGE, 3000, 5000);
    span_is("3 - 5 years", ELG_YEARS_RANGE, 3000, 5000);
    span_is("3 to 5", ELG_YEARS_RANGE, 3000, 5000);
    span_is("3 to 5 years", ELG_YEARS_RANGE, 3000, 5000);
    span_is("3 \xc3\xa0 5 ans", ELG_YEARS_RANGE, 3000, 5000);
    span_is("3\xe2\x80\x93" "5", ELG_YEARS_RANGE, 3000, 5000);
    span_is("2.5-4,5", ELG_YEARS_RANGE, 2500, 4500);
    /* the unit after the upper end is the lower end's too */
    span_is("6-18 months", ELG_YEARS_RANGE, 500, 1500);
    refusal_is("5-3", ELG_YEARS_NOT_A_NUMBER); /* the wrong way round: no span */
    refusal_is("3 to 5 years 6 months", ELG_YEARS_NOT_A_NUMBER);
    refusal_is("+5", ELG_YEARS_NOT_A_NUMBER); /* a sign, not a bound */
    refusal_is("5 > years", ELG_YEARS_NOT_A_NUMBER);
    refusal_is("5++", ELG_YEARS_NOT_A_NUMBER);
    refusal_is("about 5", ELG_YEARS_NOT_A_NUMBER);
    refusal_is("-5", ELG_YEARS_NOT_A_NUMBER);
    refusal_is("3-5-7", ELG_YEARS_NOT_A_NUMBER);
    refusal_is("over fivefold", ELG_YEARS_NOT_A_NUMBER);
}

static void test_years_format(void **state)
{
    (void)state;
    char buf[24];
    static const struct {
        gint32 milli;
        const char *text;
    } cases[] = {{0, "0"}, {6000, "6"}, {2500, "2.5"}, {4990, "4.99"}, {4999, "4.999"},
                 {2050, "2.05"}, {1, "0.001"}, {200000, "200"}};
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        elg_years_format(cases[i].milli, buf);
        assert_string_equal(buf, cases[i].text);
    }
}

/* --- yes / no -------------------------------------------------------------- */

static void yesno_is(const char *s, gint8 want)
{
    gint8 v = -1;
    if (!elg_parse_yesno(s, strlen(s), &v))
        fail_msg("\"%s\" was refused, expected %d", s, want);
    assert_int_equal(v, want);
}

static void yesno_refused(const char *s)
{
    gint8 v = -1;
    if (elg_parse_yesno(s, strlen(s), &v))
        fail_msg("\"%s\" was read as %d, expected a refusal", s, v);
    assert_int_equal(v, -1);
}

static void test_yesno(void **state)
{
    (void)state;
    const char *yes[] = {"yes", "Yes", "YES", "y", "Y", "true", "TRUE", "1", "oui", "Oui", " yes "};
    const char *no[] = {"no", "No", "NO", "n", "N", "false", "False", "0", "non", "NON", " no "};
    for (size_t i = 0; i < G_N_ELEMENTS(yes); i++)
        yesno_is(yes[i], 1);
    for (size_t i = 0; i < G_N_ELEMENTS(no); i++)
        yesno_is(no[i], 0);
}

static void test_yesno_refused(void **state)
{
    (void)state;
    /* exactly the forms of DESIGN.md s.6: not vrai / faux / o, not -1 or 1.0 */
    const char *bad[] = {"", "maybe", "2", "-1", "+1", "1.", "1.0", "0.0", "yes please",
                         "ja", "nein", "si", "vrai", "faux", "o", "peut-être", "x", "none",
                         "unknown", "yesno"};
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++)
        yesno_refused(bad[i]);
}

/* --- dates ----------------------------------------------------------------- */

static guint32 jd(int y, int m, int d)
{
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    return g_date_get_julian(&date);
}

static void date_is(const char *s, elg_date_order order, int y, int m, int d)
{
    guint32 got = 0;
    gboolean slash = TRUE;
    if (!elg_parse_date(s, strlen(s), order, &got, &slash))
        fail_msg("\"%s\" was refused, expected %04d-%02d-%02d", s, y, m, d);
    char buf[11];
    elg_date_format(got, buf);
    char want[11];
    g_snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
    assert_string_equal(buf, want);
    assert_int_equal(got, jd(y, m, d));
    assert_false(slash);
}

/* Refused; SLASH says whether it was refused only for want of --date-order. */
static void date_refused(const char *s, elg_date_order order, gboolean want_slash)
{
    guint32 got = 0;
    gboolean slash = !want_slash;
    if (elg_parse_date(s, strlen(s), order, &got, &slash)) {
        char buf[11];
        elg_date_format(got, buf);
        fail_msg("\"%s\" was read as %s, expected a refusal", s, buf);
    }
    assert_int_equal(slash, want_slash);
}

static void test_dates_iso(void **state)
{
    (void)state;
    date_is("2025-03-19", ELG_DATES_STRICT, 2025, 3, 19);
    date_is(" 2025-03-19 ", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("2024-02-29", ELG_DATES_STRICT, 2024, 2, 29);
    date_is("2026-01-14", ELG_DATES_STRICT, 2026, 1, 14);
}

static void test_dates_month_names(void **state)
{
    (void)state;
    date_is("19-Mar-2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19-MAR-2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19 March 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19 mars 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19-mars-2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("10-nov.-2024", ELG_DATES_STRICT, 2024, 11, 10);
    /* Excel's d-mmm-yy, dashes only: this century */
    date_is("19-Mar-25", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("1-fevr-26", ELG_DATES_STRICT, 2026, 2, 1);
    date_is("05-Nov-2024", ELG_DATES_STRICT, 2024, 11, 5);
    date_is("5 Nov 2024", ELG_DATES_STRICT, 2024, 11, 5);
    date_is("13-May-2025", ELG_DATES_STRICT, 2025, 5, 13);
    date_is("13 mai 2025", ELG_DATES_STRICT, 2025, 5, 13);
    date_is("23-fev-2026", ELG_DATES_STRICT, 2026, 2, 23);
    date_is("23-fév-2026", ELG_DATES_STRICT, 2026, 2, 23);
    date_is("23 février 2026", ELG_DATES_STRICT, 2026, 2, 23);
    date_is("23 févr. 2026", ELG_DATES_STRICT, 2026, 2, 23);
    date_is("12 janvier 2026", ELG_DATES_STRICT, 2026, 1, 12);
    date_is("1 août 2025", ELG_DATES_STRICT, 2025, 8, 1);
    date_is("10 juil. 2025", ELG_DATES_STRICT, 2025, 7, 10);
    date_is("3 sept 2025", ELG_DATES_STRICT, 2025, 9, 3);
    date_is("3 Sep 2025", ELG_DATES_STRICT, 2025, 9, 3);
    date_is("1-déc.-2025", ELG_DATES_STRICT, 2025, 12, 1);
    date_is("31 décembre 2025", ELG_DATES_STRICT, 2025, 12, 31);
    /* a prefix names a month from 3 letters on, even where only one month
     * starts with its 2 ("de": December, "ja": January) */
    date_refused("19-de-2025", ELG_DATES_STRICT, FALSE);
    date_refused("19 ja 2025", ELG_DATES_STRICT, FALSE);
}

static void test_dates_dotted_and_month_first(void **state)
{
    (void)state;
    date_is("19.03.2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("1.2.2025", ELG_DATES_STRICT, 2025, 2, 1);
    date_is("29.02.2024", ELG_DATES_STRICT, 2024, 2, 29);
    date_is("19.03.2025 10:00", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19.03.2025", ELG_DATES_MDY, 2025, 3, 19); /* the order is for slashes */
    date_is("March 19, 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("Mar 19 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("Nov. 5, 2024", ELG_DATES_STRICT, 2024, 11, 5);
    date_is("September 3,2025", ELG_DATES_STRICT, 2025, 9, 3);
    date_is("Nov 5, 2024 11:59 PM", ELG_DATES_STRICT, 2024, 11, 5);
    date_is(" february 28, 2026 ", ELG_DATES_STRICT, 2026, 2, 28);
}

/* An ordinal day, as letters and forms write it: "1er mars 2025" in
 * French, "1st March 2025" or "March 19th, 2025" in English.  A suffix
 * that does not belong to its number is no ordinal. */
static void test_dates_ordinal_day(void **state)
{
    (void)state;
    date_is("1er mars 2025", ELG_DATES_STRICT, 2025, 3, 1);
    date_is("1ER-MARS-2025", ELG_DATES_STRICT, 2025, 3, 1);
    date_is("1st March 2025", ELG_DATES_STRICT, 2025, 3, 1);
    date_is("2nd May 2025", ELG_DATES_STRICT, 2025, 5, 2);
    date_is("23rd Jan 2026", ELG_DATES_STRICT, 2026, 1, 23);
    date_is("11th June 2025", ELG_DATES_STRICT, 2025, 6, 11);
    date_is("12th June 2025", ELG_DATES_STRICT, 2025, 6, 12);
    date_is("13th June 2025", ELG_DATES_STRICT, 2025, 6, 13);
    date_is("20th June 2025", ELG_DATES_STRICT, 2025, 6, 20);
    date_is("March 19th, 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("March 1st 2025", ELG_DATES_STRICT, 2025, 3, 1);
    date_refused("2er mars 2025", ELG_DATES_STRICT, FALSE);
    date_refused("11st June 2025", ELG_DATES_STRICT, FALSE);
    date_refused("3th June 2025", ELG_DATES_STRICT, FALSE);
    date_refused("21th June 2025", ELG_DATES_STRICT, FALSE);
    date_refused("March 2nd2025", ELG_DATES_STRICT, FALSE);
}

static void test_dates_with_time(void **state)
{
    (void)state;
    date_is("2025-03-19 23:59", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("2025-03-19T10:00:00Z", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("2025-03-19T10:00:00+01:00", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19-Mar-2025 11:59 PM", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19 mars 2025, 23h59", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("10-Nov-2024, 11:59:00 PM", ELG_DATES_STRICT, 2024, 11, 10);
    date_is("19/03/2025 10:00", ELG_DATES_DMY, 2025, 3, 19);
}

static void test_dates_slash_need_an_order(void **state)
{
    (void)state;
    date_refused("19/03/2025", ELG_DATES_STRICT, TRUE);
    date_refused("03/19/2025", ELG_DATES_STRICT, TRUE);
    date_refused("01/02/2025", ELG_DATES_STRICT, TRUE);
    date_is("19/03/2025", ELG_DATES_DMY, 2025, 3, 19);
    date_is("03/19/2025", ELG_DATES_MDY, 2025, 3, 19);
    date_is("1/2/2025", ELG_DATES_DMY, 2025, 2, 1);
    date_is("1/2/2025", ELG_DATES_MDY, 2025, 1, 2);
    /* with an order, an impossible slash date is simply not a date */
    date_refused("03/19/2025", ELG_DATES_DMY, FALSE);
    date_refused("19/03/2025", ELG_DATES_MDY, FALSE);
    date_refused("31/02/2025", ELG_DATES_DMY, FALSE);
    /* a two-digit year is not read in any order */
    date_refused("19/03/25", ELG_DATES_STRICT, FALSE);
    date_refused("19/03/25", ELG_DATES_DMY, FALSE);
}

/* Dates as other exports write them: the year first with '/' or '.' or
 * no separator, or '-' with a one-digit month or day (no one writes the
 * day before the month after the year);
 * dashes between numbers as ambiguous as slashes; the day of the week
 * before a date, when it is the date's; "à" or "at" before the time. */
static void test_dates_other_exports(void **state)
{
    (void)state;
    date_is("2025/03/19", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("2025/3/9", ELG_DATES_STRICT, 2025, 3, 9);
    /* with dashes too, as a yyyy-m-d format writes a month or day of one digit */
    date_is("2025-3-19", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("2025-03-9", ELG_DATES_STRICT, 2025, 3, 9);
    date_is("2025-3-9 10:22", ELG_DATES_STRICT, 2025, 3, 9);
    date_refused("2025-2-29", ELG_DATES_STRICT, FALSE);
    date_refused("2025-3/19", ELG_DATES_STRICT, FALSE);
    date_is("2025.03.19", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("2025/03/19 10:22", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("20250319", ELG_DATES_STRICT, 2025, 3, 19);
    date_refused("2025/19/03", ELG_DATES_STRICT, FALSE);
    date_refused("2025/03.19", ELG_DATES_STRICT, FALSE);
    date_refused("20250319 10:22", ELG_DATES_STRICT, FALSE);
    date_refused("19-03-2025", ELG_DATES_STRICT, TRUE);
    date_refused("03-19-2025", ELG_DATES_STRICT, TRUE);
    date_is("19-03-2025", ELG_DATES_DMY, 2025, 3, 19);
    date_is("03-19-2025", ELG_DATES_MDY, 2025, 3, 19);
    date_refused("19-03/2025", ELG_DATES_DMY, FALSE);
    date_is("Wednesday 19 March 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("Wed, 19 Mar 2025 10:22:00 +0000", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("mercredi 19 mars 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("mer. 19 mars 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("Mar 19, 2025", ELG_DATES_STRICT, 2025, 3, 19); /* March, not mardi */
    date_refused("Thu, 19 Mar 2025", ELG_DATES_STRICT, FALSE);
    assert_true(elg_date_weekday_wrong("Thu, 19 Mar 2025", 16, ELG_DATES_STRICT));
    assert_false(elg_date_weekday_wrong("Wed, 19 Mar 2025", 16, ELG_DATES_STRICT));
    assert_false(elg_date_weekday_wrong("Thursday", 8, ELG_DATES_STRICT));
    date_refused("Wednesday19 March 2025", ELG_DATES_STRICT, FALSE);
    date_is("19 mars 2025 \xc3\xa0 10h22", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("March 19, 2025 at 10:22", ELG_DATES_STRICT, 2025, 3, 19);
    date_refused("19 mars 2025 \xc3\xa0 midi", ELG_DATES_STRICT, FALSE);
    /* a zone named after the time, as database exports write a timestamp;
     * a zone alone is no time, and one not listed no zone */
    date_is("2025-03-19 00:00:00 UTC", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("2025-03-19 10:22 gmt", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19-Mar-2025 10:22 CET", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("19 mars 2025 \xc3\xa0 10h22 CEST", ELG_DATES_STRICT, 2025, 3, 19);
    date_refused("2025-03-19 UTC", ELG_DATES_STRICT, FALSE);
    date_refused("2025-03-19 10:22 PST", ELG_DATES_STRICT, FALSE);
    date_refused("2025-03-19 10:22UTC", ELG_DATES_STRICT, FALSE);
    /* "of" between the day and the month, as British English writes it */
    date_is("19th of March 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_is("1st of Mar 2025", ELG_DATES_STRICT, 2025, 3, 1);
    date_is("Wednesday 19th of March 2025", ELG_DATES_STRICT, 2025, 3, 19);
    date_refused("19-of-Mar-2025", ELG_DATES_STRICT, FALSE);
    date_refused("19 ofMarch 2025", ELG_DATES_STRICT, FALSE);
}

static void test_dates_refused(void **state)
{
    (void)state;
    const char *bad[] = {
        "", "yesterday", "31-Feb-2025", "2025-02-29", "2025-13-01", "2025-00-10",
        "2025-03-32", "2025-3-32", "2025-3-1-9", "32-Mar-2025", "0-Mar-2025", "19-Mar-255", "19 Mar 25", "19-Mar-25 11:00", "19-Xyz-2025",
        "19-Ma-2025", "19 jui 2025", "1899-12-31", "2025-03-19T",
        "2025-03-19 soon", "19-Mar-2025 later", "20251319", "2025031", "202503190",
        /* a time of day begins with its hour: letters alone are none */
        "2025-03-19 PM", "19-Mar-2025 am", "2025-03-19 -",
        /* dots: day, month, four-digit year; the month's name first: a day, then the year */
        "19.13.2025", "31.02.2025", "19.03.25", "19.03", "19.03.2025x", "19..03.2025",
        "March 2025", "Mar 19", "Mar 192025", "Mar 19, 25", "Mars 32, 2025", "Xyz 19, 2025",
        "Ma 19, 2025",
        /* digits glued to the year are not a time of day */
        "2025-03-199", "19-Mar-20255", "19 mars 202512:00",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++)
        date_refused(bad[i], ELG_DATES_STRICT, FALSE);
    date_refused("19/03/20255", ELG_DATES_DMY, FALSE);
}

static void test_date_iso_strict(void **state)
{
    (void)state;
    assert_int_equal(elg_date_iso("2023-04-04", 10), jd(2023, 4, 4));
    assert_int_equal(elg_date_iso("2023-04-04 ", 11), 0);
    assert_int_equal(elg_date_iso("2023-4-04", 9), 0);
    assert_int_equal(elg_date_iso("2023-02-30", 10), 0);
    /* only LEN bytes count */
    assert_int_equal(elg_date_iso("2023-04-04xyz", 10), jd(2023, 4, 4));
}

/* --- placeholders ------------------------------------------------------ */

static void test_cell_placeholders(void **state)
{
    (void)state;
    static const char *const not_given[] = {
        "N/A", "n/a", "n.a.", "N.A.", "n/d", "N/D", "n.d.", "N.D.", "-", "\xE2\x80\x93", "\xE2\x80\x94",
        "?", "unknown", "UNKNOWN", "not known", "Not Available", "inconnu", "Inconnue", "non disponible",
        "TBD", "tbd", "null", "NULL", "=\"\"",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(not_given); i++) {
        const char *s = not_given[i];
        if (elg_cell_placeholder(s, strlen(s)) != ELG_CELL_NOT_GIVEN)
            fail_msg("\"%s\" is not read as not given", s);
        /* the loader asks only of a cell whose first byte may begin one */
        assert_true(elg_not_given_first[(unsigned char)s[0]]);
    }
    static const char *const errors[] = {
        "#N/A", "#n/a", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(errors); i++)
        if (elg_cell_placeholder(errors[i], strlen(errors[i])) != ELG_CELL_SHEET_ERROR)
            fail_msg("\"%s\" is not read as a spreadsheet error", errors[i]);
    /* values, meanings of their own, and placeholders in a longer text */
    static const char *const values[] = {
        "", "none", "nil", "NA", "N", "n/a/b", "n/an", "-1", "--", "??", "unknown country", "I", "Norway",
        "#N/A!", "#", "#VALUE", "null;FR", "\xE2\x80\x92", "TBC", "=\"1\"", "=\"\"\"",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(values); i++)
        if (elg_cell_placeholder(values[i], strlen(values[i])) != ELG_CELL_VALUE)
            fail_msg("\"%s\" is read as a placeholder", values[i]);
    /* the length decides, not a NUL */
    assert_int_equal(elg_cell_placeholder("n/a", 2), ELG_CELL_VALUE);
    assert_int_equal(elg_cell_placeholder("#N/A", 3), ELG_CELL_VALUE);
}

static void test_months(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int month;
    } cases[] = {
        {"January", 1}, {"jan", 1}, {"janv", 1}, {"Janvier", 1}, {"February", 2},
        {"feb", 2}, {"fév", 2}, {"févr", 2}, {"Février", 2}, {"mar", 3}, {"mars", 3},
        {"MARCH", 3}, {"apr", 4}, {"avr", 4}, {"avril", 4}, {"may", 5}, {"mai", 5},
        {"jun", 6}, {"juin", 6}, {"jul", 7}, {"juil", 7}, {"juillet", 7}, {"aug", 8},
        {"août", 8}, {"aou", 8}, {"sep", 9}, {"sept", 9}, {"septembre", 9}, {"oct", 10},
        {"nov", 11}, {"novembre", 11}, {"dec", 12}, {"déc", 12}, {"décembre", 12},
        /* refused: too short, ambiguous (juin / juillet) or no month */
        {"ma", 0}, {"ju", 0}, {"jui", 0}, {"mayo", 0}, {"marzo", 0}, {"", 0}, {"xyz", 0},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        int m = elg_parse_month(cases[i].text, strlen(cases[i].text));
        if (m != cases[i].month)
            fail_msg("month \"%s\": %d, expected %d", cases[i].text, m, cases[i].month);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_years_decimal_forms),
        cmocka_unit_test(test_years_none),
        cmocka_unit_test(test_years_truncated_never_rounded),
        cmocka_unit_test(test_years_in_words),
        cmocka_unit_test(test_years_units),
        cmocka_unit_test(test_years_units_in_words),
        cmocka_unit_test(test_years_refused),
        cmocka_unit_test(test_years_refusal_reasons),
        cmocka_unit_test(test_years_format),
        cmocka_unit_test(test_yesno),
        cmocka_unit_test(test_yesno_refused),
        cmocka_unit_test(test_dates_iso),
        cmocka_unit_test(test_dates_month_names),
        cmocka_unit_test(test_dates_dotted_and_month_first),
        cmocka_unit_test(test_dates_ordinal_day),
        cmocka_unit_test(test_dates_with_time),
        cmocka_unit_test(test_dates_slash_need_an_order),
        cmocka_unit_test(test_dates_other_exports),
        cmocka_unit_test(test_dates_refused),
        cmocka_unit_test(test_date_iso_strict),
        cmocka_unit_test(test_months),
        cmocka_unit_test(test_cell_placeholders),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
