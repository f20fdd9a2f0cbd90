/* Private: a vacancy notice straight to a compiled post (eligo screen --notice). */
#ifndef ELG_NOTICE_POST_H
#define ELG_NOTICE_POST_H

#include "eligo/rules.h"

/* Read and compile the notice at PATH; diagnostics to DIAGS; NULL on failure. */
elg_post *elg_notice_post(const char *path, const elg_reference *ref, elg_diags *diags);

#endif
