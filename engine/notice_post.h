/* Private: a vacancy notice straight to a compiled post (eligo screen --notice). */
#ifndef ELG_NOTICE_POST_H
#define ELG_NOTICE_POST_H

#include <cjson/cJSON.h>
#include "eligo/profiles.h"
#include "eligo/notice.h"
#include "eligo/rules.h"

/* Read the notice at PATH and compile it into a rule set (ORDER: its slash
 * dates, see elg_notice_compile); the caller frees it with cJSON_Delete.
 * NULL, with an error in DIAGS, when the file cannot be read, is too
 * large, is a rule set already, or holds no post. */
cJSON *elg_notice_read(const char *path, const elg_reference *ref, elg_date_order order, elg_diags *diags);
/* elg_notice_rules(), the rule compiler's check made only when CHECK
 * (`eligo compile --no-check` writes what was read even when it fails). */
char *elg_notice_rules_checked(const char *path, const elg_reference *ref, elg_date_order order,
                               gboolean check, elg_diags *diags);

#endif
