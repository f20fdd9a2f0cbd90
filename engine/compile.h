/* Private: compiling rule-set JSON into an elg_post (rules/README.md).
 * compile.c does the post and the criterion members common to every kind;
 * compile_kinds.c does the members of each kind (criteria.def). */
#ifndef ELG_COMPILE_H
#define ELG_COMPILE_H

#include <cjson/cJSON.h>
#include "diags.h"
#include "post.h"

typedef struct {
    const char *file;
    const elg_reference *ref;
    elg_diags *diags;
    elg_post *post;
    GString *path;   /* JSON path of the value being read */
    const char *text; /* the JSON text, for the lines of messages; NULL when built in memory */
    size_t text_len;
    /* made by the notice compiler: its warnings name no JSON path (no such
     * file was written) and do not repeat the notice's own */
    gboolean from_notice;
} elg_compiler;

/* Report at PATH/MEMBER (MEMBER may be NULL for PATH itself). */
void elg_compile_error(elg_compiler *c, const char *member, const char *fmt, ...) G_GNUC_PRINTF(3, 4);
void elg_compile_warning(elg_compiler *c, const char *member, const char *fmt, ...) G_GNUC_PRINTF(3, 4);
/* A short rendering of a JSON value for messages: "five", 12, true, an object. */
char *elg_json_show(const cJSON *v);
/* Is V a string that is a number ("5")?  Then it is reported at MEMBER as
 * one to write without quotes, and TRUE returned. */
gboolean elg_quoted_number(elg_compiler *c, const char *member, const cJSON *v);

/* Members of criterion objects: each returns FALSE after reporting when the
 * member is present but wrong, or absent and REQUIRED. */
gboolean elg_member_string(elg_compiler *c, const cJSON *o, const char *name, gboolean required, const char **out);
gboolean elg_member_bool(elg_compiler *c, const cJSON *o, const char *name, gboolean *out);
gboolean elg_member_level(elg_compiler *c, const cJSON *o, const char *name, gboolean required, gint8 *out);

/* One function per kind: read the kind's members of O into CR. */
#define X(e, name, help) gboolean elg_compile_##e(elg_compiler *c, const cJSON *o, elg_criterion *cr);
#include "criteria.def"
ELG_CRITERION_KINDS(X)
#undef X

/* Compile a parsed rule set; NAME is the file for diagnostics. */
elg_post *elg_post_compile_json(const cJSON *root, const char *name, const elg_reference *ref,
                                elg_diags *diags);
/* Compile the rule set the notice compiler made of the notice NAME. */
elg_post *elg_post_compile_notice(const cJSON *root, const char *name, const elg_reference *ref,
                                  elg_diags *diags);

#endif
