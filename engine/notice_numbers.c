/* Numbers and durations as notices write them (notice_int.h): digits,
 * English and French number words ("five", "deux", "twenty-four", "dix-huit":
 * values.c, elg_number_words, as candidate cells read them),
 * "two (2) years", "6 months", "one and a half years", "un an et demi". */
#include "notice_int.h"
#include "values.h"

#include <stdlib.h>
#include <string.h>

/* Digits with an optional decimal part, in thousandths (truncated). */
static gboolean digits_value(const char *f, gint64 *milli)
{
    gint64 whole = 0, frac = 0;
    int fd = 0;
    const char *p = f;
    for (; *p && *p != '.'; p++) {
        whole = whole * 10 + (*p - '0');
        if (whole > 100000)
            return FALSE;
    }
    if (*p == '.')
        for (p++; *p; p++)
            if (fd < 3) {
                frac = frac * 10 + (*p - '0');
                fd++;
            }
    for (; fd < 3; fd++)
        frac *= 10;
    *milli = whole * 1000 + frac;
    return TRUE;
}

gboolean nt_number(const nt_toks *t, guint i, gint64 *milli, guint *n)
{
    if (i >= nt_ntoks(t))
        return FALSE;
    if (nt_tok_at(t, i)->number) {
        if (!digits_value(nt_f(t, i), milli))
            return FALSE;
        *n = 1;
        return TRUE;
    }
    guint k;
    const int v = elg_number_words(nt_f(t, i), i + 1 < nt_ntoks(t) ? nt_f(t, i + 1) : NULL, &k);
    if (v < 0 || ((nt_is(t, i, "un") || nt_is(t, i, "une")) && !nt_is(t, i + 1, "an") &&
                  !nt_is(t, i + 1, "annee") && !nt_is(t, i + 1, "mois")))
        return FALSE; /* "un"/"une" are articles unless a unit follows */
    *milli = (gint64)v * 1000;
    /* "two (2) years": the digits repeat the word */
    if (i + k < nt_ntoks(t) && nt_tok_at(t, i + k)->number && atoi(nt_f(t, i + k)) == v)
        k++;
    if (nt_seq(t, i + k, "and a half")) { /* "one and a half" */
        *milli += 500;
        k += 3;
    }
    *n = k;
    return TRUE;
}

static const char *const year_units[] = {"year", "years", "yr", "yrs", "annee", "annees",
                                         "an", "ans", NULL};
static const char *const month_units[] = {"month", "months", "mois", NULL};

/* The words of a range's upper end at word U after its lower end V ("5-7
 * years", "between 3 and 5 years", "2 or 3 years"); 0 if none. */
static guint range_upper(const nt_toks *t, guint u, gint64 v)
{
    gint64 upper;
    guint uk;
    if (nt_in(t, u, (const char *const[]){"to", "and", "or", "a", "et", "ou", NULL}) &&
        nt_number(t, u + 1, &upper, &uk) && upper > v)
        return 1 + uk;
    if (u < nt_ntoks(t) && nt_tok_at(t, u)->number && nt_number(t, u, &upper, &uk) && upper > v)
        return uk;
    return 0;
}

gboolean nt_duration_range(const nt_toks *t, guint i)
{
    gint64 v;
    guint k;
    return nt_number(t, i, &v, &k) && range_upper(t, i + k, v) > 0;
}

gboolean nt_duration(const nt_toks *t, guint i, gint32 *milli, guint *n)
{
    gint64 v;
    guint k;
    if (nt_in(t, i, (const char *const[]){"a", "an", NULL}) &&
        (nt_in(t, i + 1, year_units) || nt_in(t, i + 1, month_units))) {
        v = 1000; /* "a year" */
        k = 1;
    } else if (!nt_number(t, i, &v, &k)) {
        return FALSE;
    }
    guint u = i + k;
    /* a range: its lower end, which a candidate with those years meets */
    u += range_upper(t, u, v);
    /* "5 or more years": the number is the minimum */
    if (nt_seq(t, u, "or more") && (nt_in(t, u + 2, year_units) || nt_in(t, u + 2, month_units)))
        u += 2;
    /* "5 full years", "les 10 dernières années" (a window, which the reader tells) */
    if (nt_in(t, u, (const char *const[]){"full", "complete", "consecutive", "pleines", "dernieres",
                                           "derniers", NULL}))
        u++;
    gboolean months = nt_in(t, u, month_units);
    if (!months && !nt_in(t, u, year_units))
        return FALSE;
    u++;
    if (nt_seq(t, u, "et demi") || nt_seq(t, u, "and a half")) {
        v += months ? 0 : 500; /* "un an et demi" */
        u += nt_seq(t, u, "et demi") ? 2 : 3;
    }
    if (months)
        v /= 12; /* truncated: 11 months stay below a year */
    if (v <= 0 || v > 100 * 1000)
        return FALSE;
    *milli = (gint32)v;
    *n = u - i;
    return TRUE;
}
