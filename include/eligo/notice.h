/* eligo: vacancy notices as published, compiled into rule sets.
 *
 * A notice is plain text, Markdown or HTML debris, the English text and then
 * the French; its header facts and ESSENTIAL and DESIRABLE lists become a
 * rule set in the format of rules/README.md, cross-checked between the two
 * languages.  Every reading that is not certain is a warning in the diagnostics.
 */
#ifndef ELIGO_NOTICE_H
#define ELIGO_NOTICE_H

#include "eligo/diag.h"
#include "eligo/profiles.h"
#include "eligo/reference.h"
#include "eligo/rules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Read the notice at PATH and compile it into a post, as `eligo screen
 * --notice` does (ORDER: how a slash deadline reads).  Warnings and errors go to DIAGS
 * (NULL: dropped); NULL on failure.  Free the post with elg_post_free(); REF must outlive it. */
ELG_API elg_post *elg_notice_post(const char *path, const elg_reference *ref, elg_date_order order,
                                  elg_diags *diags);
/* The rule set `eligo compile` writes for the notice at PATH: JSON text
 * ending in a newline, checked by the rule compiler.  NULL on failure (see
 * DIAGS, which may be NULL); free with g_free(). */
ELG_API char *elg_notice_rules(const char *path, const elg_reference *ref, elg_date_order order,
                               elg_diags *diags);

#ifdef __cplusplus
}
#endif
#endif
