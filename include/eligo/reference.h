/* eligo: reference tables (countries, organisations and their member states,
 * language scale, education and clearance ladders, experience fields, skills).
 *
 * They are data files in rules/reference/, read once at start-up and shared
 * read-only by every other object; nothing in them is typed into C.
 */
#ifndef ELIGO_REFERENCE_H
#define ELIGO_REFERENCE_H

#include "eligo/base.h"
#include <glib.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct elg_reference elg_reference;

/* The data directory: $ELIGO_DATA_DIR, else the one installed beside
 * libeligo.so (PREFIX/lib), else beside the executable (PREFIX/bin), else the
 * source tree of a build-tree binary, else the configured install prefix.
 * Returns a newly allocated string (g_free). */
ELG_API char *elg_data_dir(void);
/* Load every table from DIR/reference/ (DIR NULL: elg_data_dir()).  Returns NULL and sets ERR when
 * a table is missing (ELG_ERR_IO) or malformed (ELG_ERR_INPUT); free with elg_reference_free(). */
ELG_API elg_reference *elg_reference_load(const char *dir, GError **err);
/* Free the tables; NULL is allowed.  Objects built from them must be freed first. */
ELG_API void elg_reference_free(elg_reference *ref);
/* The directory the tables were read from (owned by REF). */
ELG_API const char *elg_reference_dir(const elg_reference *ref);

#ifdef __cplusplus
}
#endif
#endif
