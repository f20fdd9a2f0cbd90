/* Private: writing files so that a reader never sees half of one: the text
 * goes to a temporary file in the same directory, then is renamed into place. */
#ifndef ELG_OUTPUT_H
#define ELG_OUTPUT_H

#include <stdio.h>
#include <glib.h>

typedef struct {
    char *path, *tmp;
    FILE *fp;
} elg_atomic;

/* Open a temporary file beside PATH; FALSE with ERR set when it cannot be created. */
gboolean elg_atomic_open(elg_atomic *a, const char *path, GError **err);
/* Flush, sync and rename into place; on failure remove the temporary file. */
gboolean elg_atomic_commit(elg_atomic *a, GError **err);
/* Remove the temporary file (after an error). */
void elg_atomic_abort(elg_atomic *a);
/* Write TEXT to PATH atomically. */
gboolean elg_write_atomic(const char *path, const char *text, gsize len, GError **err);
/* Write TEXT to an open stream and flush; NAME is used in the error message. */
gboolean elg_write_stream(FILE *fp, const char *name, const char *text, gsize len, GError **err);

#endif
