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
/* yes, y, true, 1, oui / no, n, false, 0, non -> 1 or 0. */
gboolean elg_parse_yesno(const char *s, size_t len, gint8 *value);
/* ISO, day-month name-year (English or French) or, with ORDER, slash dates;
 * a time of day after the date is ignored.  *SLASH is set for a slash date
 * refused because no order was given. */
gboolean elg_parse_date(const char *s, size_t len, elg_date_order order, guint32 *julian,
                        gboolean *slash);
/* Month 1..12 from an English or French name or abbreviation, else 0. */
int elg_parse_month(const char *s, size_t len);
/* Strict YYYY-MM-DD, as julian day, or 0. */
guint32 elg_date_iso(const char *s, size_t len);
/* Write julian day JD as YYYY-MM-DD into BUF (11 bytes). */
void elg_date_format(guint32 jd, char buf[11]);
/* Format milli-years as the shortest decimal ("6", "2.5", "4.999"). */
void elg_years_format(gint32 milli, char buf[24]);

#endif
