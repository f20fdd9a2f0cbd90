/* eligo: reports of a screening (DESIGN.md s.4): CSV, JSON and readable text.
 *
 * Reports are written to a temporary file beside the target and renamed into
 * place, so an interrupted run never leaves a half-written report.
 */
#ifndef ELIGO_REPORT_H
#define ELIGO_REPORT_H

#include <stdio.h>
#include <glib.h>
#include "eligo/match.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { ELG_REPORT_TEXT, ELG_REPORT_CSV, ELG_REPORT_JSON } elg_report_format;

typedef struct elg_report_options {
    elg_report_format format;
    gboolean by_candidate;  /* group by candidate instead of by post */
    const char *candidates_file; /* shown in the report header; NULL: the path the profiles were loaded from */
    /* CSV for a spreadsheet to open: a UTF-8 byte order mark, and when the
     * candidate file was separated by `;` (as Excel saves it where the
     * decimal separator is a comma), `;` between cells and decimal commas */
    gboolean excel;
} elg_report_options;

/* Write the report of S to OUT, formatted on the threads S was screened with (the same bytes
 * as on one).  FALSE and ERR on a write error (ELG_ERR_IO) or a format outside
 * elg_report_format (ELG_ERR_INPUT). */
ELG_API gboolean elg_report_write(const elg_screening *s, const elg_report_options *opt,
                                  FILE *out, GError **err);
/* Write the report to PATH atomically (temporary file, then rename; SIGINT and SIGTERM left at their
 * default remove it meanwhile); a device or pipe is written in place.  FALSE and ERR on failure. */
ELG_API gboolean elg_report_write_file(const elg_screening *s, const elg_report_options *opt,
                                       const char *path, GError **err);
/* Parse "text", "csv" or "json"; FALSE when NAME is none of them. */
ELG_API gboolean elg_report_format_parse(const char *name, elg_report_format *fmt);

#ifdef __cplusplus
}
#endif
#endif
