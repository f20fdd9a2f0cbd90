/* Private: the notice compiler.  A vacancy notice as published (plain text,
 * Markdown or HTML debris, the English text and then the French) is read into
 * a rule set in the format of rules/README.md, which the rule compiler
 * (rules.h) then compiles like a hand-written one. */
#ifndef ELG_NOTICE_H
#define ELG_NOTICE_H

#include <stddef.h>
#include <cjson/cJSON.h>
#include "eligo/diag.h"
#include "eligo/profiles.h"
#include "eligo/reference.h"

/* Compile the vacancy notice TEXT (LEN bytes, UTF-8) read from FILE into a rule set
 * in the format of rules/README.md.  Warnings (and errors) go to DIAGS as
 * FILE:LINE:COLUMN; returns NULL only when nothing usable was found (no post id
 * and no criteria).  The caller owns the result (cJSON_Delete). Deterministic.
 *
 * What is read: the header facts (post number, title, organisation, location,
 * grades, deadline, clearance) and the ESSENTIAL and DESIRABLE lists of both
 * languages.  Every item becomes a criterion (education, experience,
 * languages, language, clearance, skill, or panel with its text); values read
 * from the English and the French text, and language levels read from the
 * numeral and from its label, are cross-checked, the reading most of them
 * support is kept and each disagreement is reported.  Every criterion keeps
 * "source": {"line", "text"} (the English item, or the French one when there
 * is no English).  Input that is not UTF-8 is read as Windows-1252.  FILE may
 * be NULL ("notice" is used in messages).  ORDER reads a numeric deadline
 * that could be day/month or month/day ("05/03/2026"); ELG_DATES_STRICT leaves
 * it unread with a warning (one with a part above 12 is read either way). */
/* Larger notice files are refused unread (a notice is some 35 KB). */
#define ELG_NOTICE_MAX_BYTES (4u << 20)

cJSON *elg_notice_compile(const char *text, size_t len, const char *file,
                          const elg_reference *ref, elg_date_order order, elg_diags *diags);

#endif
