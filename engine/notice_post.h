/* Private: a vacancy notice straight to a compiled post (eligo screen --notice). */
#ifndef ELG_NOTICE_POST_H
#define ELG_NOTICE_POST_H

#include "eligo/profiles.h"
#include "eligo/rules.h"

/* Read and compile the notice at PATH (ORDER: its slash dates, see
 * elg_notice_compile); diagnostics to DIAGS; NULL on failure. */
elg_post *elg_notice_post(const char *path, const elg_reference *ref, elg_date_order order,
                          elg_diags *diags);

#endif
