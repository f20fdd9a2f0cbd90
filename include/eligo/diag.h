/* eligo: diagnostics (warnings and errors about input files).
 *
 * Every problem eligo finds in a candidate file, rule set or notice is kept
 * as one elg_diag: where it happened (file, line, column or JSON path), the
 * offending text and what was expected.  A list owns its entries and strings;
 * it is not locked: give each thread that compiles or loads its own.
 */
#ifndef ELIGO_DIAG_H
#define ELIGO_DIAG_H

#include "eligo/base.h"
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { ELG_WARNING, ELG_ERROR } elg_severity;

/* One diagnostic; read-only, owned by its elg_diags list. */
typedef struct elg_diag {
    elg_severity severity;
    const char *file;    /* path as given by the user */
    unsigned line;       /* 1-based line, 0 when not known */
    unsigned column;     /* 1-based column (CSV: field number), 0 when none */
    const char *path;    /* JSON path for rule files, else NULL */
    const char *field;   /* canonical field or header the value belongs to, or NULL */
    const char *value;   /* the offending text, or NULL */
    const char *message; /* what is wrong and what was expected */
} elg_diag;

typedef struct elg_diags elg_diags;

/* Create an empty list; free it with elg_diags_free(). */
ELG_API elg_diags *elg_diags_new(void);
/* Free the list and every diagnostic in it; NULL is allowed. */
ELG_API void elg_diags_free(elg_diags *d);
/* Number of diagnostics in the list. */
ELG_API unsigned elg_diags_count(const elg_diags *d);
/* Number of diagnostics of severity ELG_ERROR. */
ELG_API unsigned elg_diags_errors(const elg_diags *d);
/* The i-th diagnostic, in the order found, or NULL when I >= elg_diags_count(); valid until the list is freed. */
ELG_API const elg_diag *elg_diags_get(const elg_diags *d, unsigned i);
/* Print one diagnostic as `FILE:LINE:COLUMN: warning: MESSAGE` (or FILE:LINE:PATH with a JSON path). */
ELG_API void elg_diag_print(const elg_diag *g, FILE *out);
/* Print every diagnostic of the list, one per line. */
ELG_API void elg_diags_print(const elg_diags *d, FILE *out);

#ifdef __cplusplus
}
#endif
#endif
