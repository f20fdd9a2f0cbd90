/* Shared helpers for the cmocka tests. */
#ifndef ELG_TESTUTIL_H
#define ELG_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <glib.h>
#include "eligo/eligo.h"

/* The reference tables of the source tree (loaded once, freed at exit). */
const elg_reference *t_ref(void);
/* PATH relative to the source tree; g_free the result. */
char *t_path(const char *rel);
/* Read a file of the source tree whole; g_free the result. */
char *t_read(const char *rel);
/* Run the eligo binary with ARGV (NULL-terminated, without argv[0]); capture
 * stdout and stderr (g_free them) and return the exit status. */
int t_run(char **out, char **err, const char *const *argv);
/* Compare ACTUAL with the golden file REL; with ELG_UPDATE_GOLDEN=1 in the
 * environment, rewrite the golden file instead (review the diff!). */
void t_golden(const char *actual, const char *rel);
/* A path NAME in a new temporary directory (for a test's scratch file);
 * t_scratch_remove() deletes both and frees the path. */
char *t_scratch(const char *name);
void t_scratch_remove(char *path);
/* A copy of the reference tables in a new temporary directory DIR (as
 * DIR/reference/NAME.json), FILE's text replaced by TEXT (FILE NULL: none);
 * t_tables_remove() deletes them and frees DIR. */
char *t_tables_copy(const char *file, const char *text);
void t_tables_remove(char *dir);
/* TEXT's lines, as g_strsplit(TEXT, "\n", -1) gives them but in linear time
 * under AddressSanitizer, whose strstr measures the whole rest of TEXT at
 * each line; g_strfreev the result. */
gchar **t_lines(const char *text);

#endif
