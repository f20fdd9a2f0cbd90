/* eligo: post rule sets (rules/README.md), compiled once into an immutable form.
 *
 * A rule set is JSON: a post's facts and its essential and desirable criteria.
 * Compiling validates every member and resolves names (countries, levels,
 * organisation membership on the deadline) so that matching does no lookups.
 */
#ifndef ELIGO_RULES_H
#define ELIGO_RULES_H

#include <glib.h>
#include "eligo/diag.h"
#include "eligo/reference.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct elg_post elg_post;

/* Compile the rule set in PATH.  Errors and warnings go to DIAGS (NULL: dropped) with the
 * file line and JSON path; returns NULL when any error was found.  REF must outlive the
 * post; free it with elg_post_free(). */
ELG_API elg_post *elg_post_compile_file(const char *path, const elg_reference *ref, elg_diags *diags);
/* Compile a rule set from JSON text, as above; NAME is used in diagnostics. */
ELG_API elg_post *elg_post_compile_text(const char *text, size_t len, const char *name,
                                        const elg_reference *ref, elg_diags *diags);
/* Free a compiled post; NULL is allowed. */
ELG_API void elg_post_free(elg_post *post);
/* The post's id (e.g. "250717"); owned by POST. */
ELG_API const char *elg_post_id(const elg_post *post);
/* The post's title; owned by POST. */
ELG_API const char *elg_post_title(const elg_post *post);
/* Number of criteria of POST (the C of elg_screening_state): the essential ones first, then the desirable. */
ELG_API unsigned elg_post_criteria_count(const elg_post *post);
/* Number of essential criteria: criteria 0 to this number minus 1. */
ELG_API unsigned elg_post_essential_count(const elg_post *post);
/* The id of criterion C < elg_post_criteria_count(POST), as reports name it and a q_ID column answers it; owned by POST. */
ELG_API const char *elg_post_criterion_id(const elg_post *post, unsigned c);
/* Append a readable summary of the post and its criteria (for `eligo check`). */
ELG_API void elg_post_describe(const elg_post *post, GString *out);
/* Load every *.json rule set of DIR (sorted by name) into POSTS; the posts are the caller's
 * (give POSTS elg_post_free as its free function).  Returns how many rule sets
 * failed to compile, or 1 when DIR cannot be read or holds none; 0: all loaded.  DIAGS may be NULL. */
ELG_API unsigned elg_posts_load_dir(const char *dir, const elg_reference *ref,
                                    GPtrArray *posts, elg_diags *diags);
/* An error in DIAGS (or NULL) for each post of POSTS whose id an earlier one has,
 * naming both files (a report could not tell them apart); returns how many. */
ELG_API unsigned elg_posts_check_unique(const GPtrArray *posts, elg_diags *diags);
/* Append the list of criterion kinds with one line each (for --help). */
ELG_API void elg_criterion_kinds_help(GString *out);

#ifdef __cplusplus
}
#endif
#endif
