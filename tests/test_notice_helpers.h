/* Helpers shared by the notice compiler tests (tests/test_notice_*.c):
 * compile a notice text, find its criteria, count its warnings. */
#ifndef TEST_NOTICE_HELPERS_H
#define TEST_NOTICE_HELPERS_H

#include <string.h>
#include "testutil.h"
#include "diags.h"
#include "notice.h"

typedef struct {
    cJSON *rules;
    elg_diags *diags;
    char *warnings;     /* every diagnostic, formatted, one per line */
} tn_out;

/* ORDER: how slash dates are read (eligo compile --date-order). */
static inline tn_out tn_compile_with(const char *text, size_t len, const char *file, elg_date_order order)
{
    tn_out o;
    o.diags = elg_diags_new();
    o.rules = elg_notice_compile(text, len, file, t_ref(), order, o.diags);
    GString *s = g_string_new(NULL);
    for (unsigned i = 0; i < elg_diags_count(o.diags); i++)
        elg_diag_format(elg_diags_get(o.diags, i), s);
    o.warnings = g_string_free(s, FALSE);
    return o;
}

static inline tn_out tn_compile_as(const char *text, size_t len, const char *file)
{
    return tn_compile_with(text, len, file, ELG_DATES_STRICT);
}

static inline tn_out tn_compile(const char *text) { return tn_compile_as(text, strlen(text), "t.txt"); }

static inline void tn_free(tn_out *o)
{
    cJSON_Delete(o->rules);
    elg_diags_free(o->diags);
    g_free(o->warnings);
}

/* An English notice around the ESSENTIAL and DESIRABLE items given (g_free). */
static inline char *tn_en(const char *essential, const char *desirable)
{
    return g_strdup_printf("Officer, Test Post - 123456\n\nNATO Body: NATO International Staff\n"
                           "Application Deadline: 13-May-2025\n\n2. QUALIFICATIONS AND EXPERIENCE\n\n"
                           "ESSENTIAL\n\nThe incumbent must:\n\n%s\n\nDESIRABLE\n\n"
                           "The following would be considered an advantage:\n\n%s\n\n"
                           "3. MAIN ACCOUNTABILITIES\n\nWork.\n",
                           essential, desirable ? desirable : "- knowledge of NATO.");
}

/* The same in French. */
static inline char *tn_fr(const char *essential, const char *desirable)
{
    return g_strdup_printf("Administratrice/Administrateur (Essai) - 123456\n\nOrganisation : OTAN SI\n"
                           "Date de retrait : 13-mai-2025\n\n2. QUALIFICATIONS ET EXPÉRIENCE\n\n"
                           "ACQUIS ESSENTIELS\n\nLa personne titulaire du poste doit :\n\n%s\n\n"
                           "ACQUIS SOUHAITABLES\n\nSeraient considérées comme autant d'atouts :\n\n%s\n\n"
                           "3. RESPONSABILITÉS PRINCIPALES\n\nTravaille.\n",
                           essential, desirable ? desirable : "- une connaissance de l'OTAN.");
}

/* Compile the English notice around ESSENTIAL (and DESIRABLE). */
static inline tn_out tn_en_items(const char *essential, const char *desirable)
{
    char *text = tn_en(essential, desirable);
    tn_out o = tn_compile(text);
    g_free(text);
    return o;
}

static inline tn_out tn_fr_items(const char *essential, const char *desirable)
{
    char *text = tn_fr(essential, desirable);
    tn_out o = tn_compile(text);
    g_free(text);
    return o;
}

/* Both texts, the English then the French. */
static inline tn_out tn_both_items(const char *en_ess, const char *en_des, const char *fr_ess,
                                   const char *fr_des)
{
    char *en = tn_en(en_ess, en_des), *fr = tn_fr(fr_ess, fr_des);
    char *text = g_strconcat(en, "\n", fr, NULL);
    tn_out o = tn_compile(text);
    g_free(en);
    g_free(fr);
    g_free(text);
    return o;
}

static inline const cJSON *tn_list(const tn_out *o, const char *list)
{
    return o->rules ? cJSON_GetObjectItemCaseSensitive(o->rules, list) : NULL;
}

/* The criterion ID of LIST ("essential" or "desirable"), or NULL. */
static inline const cJSON *tn_crit(const tn_out *o, const char *list, const char *id)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, tn_list(o, list)) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(c, "id");
        if (cJSON_IsString(v) && strcmp(v->valuestring, id) == 0)
            return c;
    }
    return NULL;
}

/* The I-th criterion of LIST that is of KIND, or NULL. */
static inline const cJSON *tn_kind(const tn_out *o, const char *list, const char *kind, int i)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, tn_list(o, list)) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(c, "kind");
        if (cJSON_IsString(v) && strcmp(v->valuestring, kind) == 0 && i-- == 0)
            return c;
    }
    return NULL;
}

static inline int tn_count_kind(const tn_out *o, const char *list, const char *kind)
{
    int n = 0;
    while (tn_kind(o, list, kind, n))
        n++;
    return n;
}

static inline const char *tn_str(const cJSON *o, const char *name)
{
    const cJSON *v = o ? cJSON_GetObjectItemCaseSensitive(o, name) : NULL;
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A number member, or -1 when absent. */
static inline double tn_num(const cJSON *o, const char *name)
{
    const cJSON *v = o ? cJSON_GetObjectItemCaseSensitive(o, name) : NULL;
    return cJSON_IsNumber(v) ? v->valuedouble : -1;
}

/* A boolean member: 1, 0, or -1 when absent. */
static inline int tn_bool(const cJSON *o, const char *name)
{
    const cJSON *v = o ? cJSON_GetObjectItemCaseSensitive(o, name) : NULL;
    return cJSON_IsBool(v) ? cJSON_IsTrue(v) : -1;
}

/* How many diagnostics contain NEEDLE. */
static inline int tn_warned(const tn_out *o, const char *needle)
{
    int n = 0;
    for (const char *p = o->warnings; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

static inline int tn_ndiags(const tn_out *o) { return (int)elg_diags_count(o->diags); }

#define assert_str(actual, expected) assert_string_equal((actual) ? (actual) : "(null)", (expected))
/* Criterion E's experience field is FIELD, or it has none (FIELD NULL). */
#define tn_assert_field(e, field)                                                                         \
    do {                                                                                                  \
        const char *tn_field_ = (field);                                                                  \
        if (tn_field_)                                                                                    \
            assert_str(tn_str((e), "field"), tn_field_);                                                  \
        else                                                                                              \
            assert_null(tn_str((e), "field"));                                                            \
    } while (0)

#endif
