/* eligo: candidate profiles loaded from a CSV file (DESIGN.md s.2 and s.6).
 *
 * The loader streams the file once through a reused buffer (encoding and
 * delimiter detected, headers matched to canonical fields) and stores every
 * value normalised, column by column.  Problems with single cells or rows are
 * recorded as diagnostics and never drop a row.  Profiles are read only once
 * loaded: threads may share them.  Row I below is < elg_profiles_count() (not checked).
 */
#ifndef ELIGO_PROFILES_H
#define ELIGO_PROFILES_H

#include <stdio.h>
#include <glib.h>
#include "eligo/diag.h"
#include "eligo/reference.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct elg_profiles elg_profiles;

typedef enum { ELG_DATES_STRICT = 0, ELG_DATES_DMY, ELG_DATES_MDY } elg_date_order;

/* How to load a file; zero-initialise, then set what you need. */
typedef struct elg_load_options {
    const char *map_file;       /* JSON {"Their header": "field"}, or NULL */
    elg_date_order date_order;  /* how to read slash dates; strict reports them */
    size_t max_field_bytes;     /* 0: default (1 MiB) */
    unsigned max_columns;       /* 0: default (4096) */
    size_t max_record_bytes;    /* one record's cells; 0: default (16 MiB); never below max_field_bytes */
    unsigned threads;           /* parsing threads; 0: one per core (same result with any number) */
    /* headers whose cells are kept as written, for reports (`--keep`):
     * NULL-terminated, matched as headers are (case, accents, spaces,
     * hyphens); a name no header has is a fatal error.  NULL: none. */
    const char *const *keep_columns;
    gboolean drop_unknown;      /* TRUE: the columns eligo does not read are not kept (inspect shows them) */
} elg_load_options;

/* Load PATH (OPT NULL: the defaults).  On a fatal error (unreadable: ELG_ERR_IO; not text, no
 * candidate_id column, bad mapping file: ELG_ERR_INPUT) returns NULL and sets ERR as
 * `FILE[:LINE[:COLUMN]]: error: ...`, LINE and COLUMN where known (a JSON path for the mapping file).
 * Otherwise the profiles own their problems (see elg_profiles_diags); free
 * with elg_profiles_free().  REF must outlive the profiles. */
ELG_API elg_profiles *elg_profiles_load(const char *path, const elg_reference *ref,
                                        const elg_load_options *opt, GError **err);
/* Free the profiles and everything they own; NULL is allowed. */
ELG_API void elg_profiles_free(elg_profiles *p);
/* Number of data rows read (every row of the file, problems or not). */
ELG_API unsigned elg_profiles_count(const elg_profiles *p);
/* Problems found while loading, in file order (owned by P). */
ELG_API const elg_diags *elg_profiles_diags(const elg_profiles *p);
/* Number of distinct data rows with at least one problem. */
ELG_API unsigned elg_profiles_rows_with_problems(const elg_profiles *p);
/* The detected encoding: "UTF-8", "UTF-8 with BOM", "Windows-1252", or
 * "UTF-16LE" or "UTF-16BE" (with a byte order mark). */
ELG_API const char *elg_profiles_encoding(const elg_profiles *p);
/* The detected delimiter: ',', ';' or '\t'. */
ELG_API char elg_profiles_delimiter(const elg_profiles *p);
/* candidate_id of row I (0-based); owned by P. */
ELG_API const char *elg_profiles_id(const elg_profiles *p, unsigned i);
/* File line on which row I starts. */
ELG_API unsigned elg_profiles_line(const elg_profiles *p, unsigned i);
/* Number of columns kept as written (elg_load_options.keep_columns); the
 * K below follow that order, a header named twice there kept once. */
ELG_API unsigned elg_profiles_kept_count(const elg_profiles *p);
/* The header of kept column K as the file writes it; owned by P. */
ELG_API const char *elg_profiles_kept_header(const elg_profiles *p, unsigned k);
/* Kept column K's cell in row I as written (trimmed), or NULL when empty; owned by P.
 * K < elg_profiles_kept_count(P) here and above. */
ELG_API const char *elg_profiles_kept_value(const elg_profiles *p, unsigned k, unsigned i);
/* Append the `eligo inspect` report to OUT: text (JSON false) or one JSON object. */
ELG_API void elg_profiles_inspect(const elg_profiles *p, gboolean json, GString *out);
/* Write that report to OUT as it is formatted (a megabyte at a time, never held
 * whole).  FALSE and ERR (ELG_ERR_IO) on a write error, which stops the writing. */
ELG_API gboolean elg_profiles_inspect_write(const elg_profiles *p, gboolean json, FILE *out, GError **err);
/* Write it to PATH atomically, as elg_report_write_file() does.  FALSE and ERR on failure. */
ELG_API gboolean elg_profiles_inspect_write_file(const elg_profiles *p, gboolean json, const char *path,
                                                 GError **err);
/* Append the columns a candidate file may have, each with the header names
 * taken for it, wrapped to 78 characters (for --help). */
ELG_API void elg_columns_help(GString *out);

#ifdef __cplusplus
}
#endif
#endif
