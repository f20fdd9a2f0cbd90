/* Compiling the members of each criterion kind (criteria.def, rules/README.md). */
#include <math.h>
#include <string.h>
#include "compile.h"
#include "fold.h"
#include "values.h"

gboolean elg_compile_NATIONALITY(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    const char *org_name, *on;
    if (!elg_member_string(c, o, "organisation", FALSE, &org_name) ||
        !elg_member_string(c, o, "on", FALSE, &on))
        return FALSE;
    if (!org_name)
        org_name = c->post->organisation;
    const elg_organisation *org = org_name ? elg_ref_organisation(c->ref, org_name) : NULL;
    if (!org) {
        elg_compile_error(c, "organisation", "unknown organisation \"%s\"; expected one of reference/organisations.json (e.g. NATO)",
                          org_name ? org_name : "");
        return FALSE;
    }
    cr->organisation = g_strdup(org->id);
    cr->on_date = c->post->deadline;
    if (on) {
        gboolean slash;
        if (!elg_parse_date(on, strlen(on), ELG_DATES_STRICT, &cr->on_date, &slash)) {
            elg_compile_error(c, "on", "\"%s\" is not a date; expected YYYY-MM-DD in the years " ELG_YEAR_RANGE, on);
            return FALSE;
        }
    }
    if (!cr->on_date) {
        /* no deadline: membership as it stands on the day of compiling */
        GDate today;
        g_date_clear(&today, 1);
        g_date_set_time_t(&today, time(NULL));
        cr->on_date = g_date_get_julian(&today);
        elg_compile_warning(c, NULL, "the post has no deadline; membership of %s is taken as of today", org->id);
    }
    guint32 first = 0; /* the day the first member joined */
    gboolean any = FALSE;
    for (guint i = 0; i < org->members->len; i++) {
        const elg_membership *m = &g_array_index(org->members, elg_membership, i);
        if (m->joined <= cr->on_date) {
            cr->member[m->country] = 1;
            any = TRUE;
        }
        if (!first || m->joined < first)
            first = m->joined;
    }
    if (!any && first) { /* "1925" for "2025": every candidate would fail, with no word why */
        char on_text[11], first_text[11];
        elg_date_format(cr->on_date, on_text);
        elg_date_format(first, first_text);
        elg_compile_warning(c, on ? "on" : NULL, "%s had no member state on %s (the first joined on %s): every "
                            "candidate fails this criterion; is the date mistyped?", org->id, on_text, first_text);
    }
    return TRUE;
}

/* The education level named by member NAME of O, or -1 when absent
 * (*OK FALSE when it names none). */
static int education_member(elg_compiler *c, const cJSON *o, const char *name, gboolean required, gboolean *ok)
{
    const char *level;
    if (!(*ok = elg_member_string(c, o, name, required, &level)) || !level)
        return -1;
    int l = elg_ref_education(c->ref, level, strlen(level));
    if (l < 0) {
        char key[ELG_FOLD_MAX];
        elg_fold(level, strlen(level), key, sizeof key);
        l = GPOINTER_TO_INT(g_hash_table_lookup(c->ref->education_phrases, key)) - 1;
    }
    if (l < 0) {
        elg_compile_error(c, name, "\"%s\" is not an education level; expected none, secondary, post_secondary, bachelor, master or doctorate", level);
        *ok = FALSE;
    }
    return l;
}

/* Member NAME of O, a number of years (0, 100], as milli-years in *OUT,
 * which is left as it is when the member is absent.  HINT ends the error. */
static gboolean years_member(elg_compiler *c, const cJSON *o, const char *name, const char *hint, gint32 *out)
{
    const cJSON *years = cJSON_GetObjectItemCaseSensitive(o, name);
    if (!years)
        return TRUE;
    if (!cJSON_IsNumber(years) || !(years->valuedouble > 0) || years->valuedouble > 100) {
        if (!elg_quoted_number(c, name, years)) {
            char *shown = elg_json_show(years);
            elg_compile_error(c, name, "expected a number of years above 0 and at most 100, got %s%s", shown, hint);
            g_free(shown);
        }
        return FALSE;
    }
    /* years are kept in thousandths: a finer requirement (0.0004) would
     * be rounded, 0 then letting anyone through */
    const double milli = years->valuedouble * 1000;
    if (fabs(milli - (double)llround(milli)) > 1e-6) {
        char *shown = elg_json_show(years);
        elg_compile_error(c, name, "%s is finer than the thousandths of a year eligo counts; expected a "
                          "number of years such as 5, 2.5 or 0.25", shown);
        g_free(shown);
        return FALSE;
    }
    *out = (gint32)llround(milli);
    return TRUE;
}

gboolean elg_compile_EDUCATION(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    gboolean ok;
    int l = education_member(c, o, "level", TRUE, &ok);
    if (!ok)
        return FALSE;
    cr->level = (gint8)l;
    /* "a degree may be replaced by 10 years of experience", "or secondary
     * education and 8 years": years of total experience, with a level
     * alongside when the notice names one */
    cr->or_years = 0;
    if (!years_member(c, o, "or_years", "", &cr->or_years))
        return FALSE;
    if (cJSON_HasObjectItem(o, "or_years"))
        cr->or_years = MAX(cr->or_years, 1); /* present: an alternative, however small */
    int alt = education_member(c, o, "or_level", FALSE, &ok);
    if (!ok)
        return FALSE;
    if (alt >= 0 && !cr->or_years) {
        elg_compile_error(c, "or_level", "given without \"or_years\"; expected the years of experience that go with it");
        return FALSE;
    }
    if (alt >= 0 && alt >= l) {
        elg_compile_error(c, "or_level", "\"%s\" is not below the required level %s; expected a lower level, or no "
                          "\"or_level\"", cJSON_GetObjectItemCaseSensitive(o, "or_level")->valuestring,
                          c->ref->education_id[l]);
        return FALSE;
    }
    cr->or_level = (gint8)alt;
    return elg_member_bool(c, o, "staff_college", &cr->staff_college) &&
           elg_member_bool(c, o, "equivalent", &cr->equivalent);
}

/* The field tag V names, into CR's fields; MEMBER is where it stands. */
static gboolean experience_field(elg_compiler *c, const cJSON *v, const char *member, elg_criterion *cr)
{
    char tag[ELG_FOLD_MAX] = "";
    if (cJSON_IsString(v))
        elg_fold_words(v->valuestring, strlen(v->valuestring), tag, sizeof tag);
    if (!*tag) {
        char *shown = elg_json_show(v);
        elg_compile_error(c, member, "%s is not a field tag; expected a tag of reference/fields.json", shown);
        g_free(shown);
        return FALSE;
    }
    for (guint k = 0; k < cr->n_fields; k++)
        if (strcmp(cr->fields[k], tag) == 0) {
            elg_compile_error(c, member, "\"%s\" is named twice; expected each field once", tag);
            return FALSE;
        }
    if (!elg_ref_field(c->ref, tag))
        elg_compile_warning(c, member, "\"%s\" is not in the experience vocabulary (reference/fields.json); only files "
                            "with that exact field can meet it", tag);
    cr->fields[cr->n_fields++] = g_strdup(tag);
    return TRUE;
}

gboolean elg_compile_EXPERIENCE(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    const char *name;
    if (!elg_member_string(c, o, "field", FALSE, &name))
        return FALSE;
    const cJSON *fields = cJSON_GetObjectItemCaseSensitive(o, "fields"), *f;
    if (cJSON_IsNull(fields)) /* as "field": null, none */
        fields = NULL;
    cr->years = 1; /* without "years", "experience in F": more than none */
    if (!years_member(c, o, "years", " (omit it for \"some experience\")", &cr->years))
        return FALSE;
    if (name && fields) {
        elg_compile_error(c, "fields", "given with \"field\"; expected one of them (\"fields\" when any of "
                          "several fields will do)");
        return FALSE;
    }
    if (!elg_member_bool(c, o, "or_related", &cr->or_related))
        return FALSE;
    if (cr->or_related && !name && !fields) {
        elg_compile_error(c, "or_related", "without \"field\" or \"fields\"; expected the fields whose years meet "
                          "the criterion (every field is related to the total)");
        return FALSE;
    }
    if (name)
        return experience_field(c, cJSON_GetObjectItemCaseSensitive(o, "field"), "field", cr);
    if (!fields)
        return TRUE;
    const int n = cJSON_IsArray(fields) ? cJSON_GetArraySize(fields) : -1;
    if (n < 1 || n > ELG_FIELDS_MAX) {
        char *shown = n < 0 ? elg_json_show(fields) : n == 0 ? g_strdup("[]") : g_strdup_printf("a list of %d", n);
        elg_compile_error(c, "fields", "expected a list of 1 to %d field tags, any of which will do, such as "
                          "[\"logistics\", \"public_procurement\"], got %s", ELG_FIELDS_MAX, shown);
        g_free(shown);
        return FALSE;
    }
    int i = 0;
    cJSON_ArrayForEach(f, fields) {
        char member[32];
        g_snprintf(member, sizeof member, "fields[%d]", i++);
        if (!experience_field(c, f, member, cr))
            return FALSE;
    }
    return TRUE;
}

static gboolean language_code(elg_compiler *c, const cJSON *v, const char *member, char out[4])
{
    const elg_language *l = cJSON_IsString(v) ? elg_ref_language(c->ref, v->valuestring, strlen(v->valuestring)) : NULL;
    if (!l || strlen(l->code) > 3) {
        char *shown = elg_json_show(v);
        elg_compile_error(c, member, "%s is not a language; expected an ISO 639 code such as en, fr or uk", shown);
        g_free(shown);
        return FALSE;
    }
    g_strlcpy(out, l->code, 4);
    return TRUE;
}

gboolean elg_compile_LANGUAGES(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    const cJSON *langs = cJSON_GetObjectItemCaseSensitive(o, "languages");
    g_strlcpy(cr->lang[0], "en", 4);
    g_strlcpy(cr->lang[1], "fr", 4);
    if (langs) {
        if (!cJSON_IsArray(langs) || cJSON_GetArraySize(langs) != 2) {
            const int n = cJSON_GetArraySize(langs);
            char *shown = cJSON_IsArray(langs) ? g_strdup_printf("%d code%s", n, n == 1 ? "" : "s")
                                               : elg_json_show(langs);
            elg_compile_error(c, "languages", "expected two language codes, such as [\"en\", \"fr\"], got %s", shown);
            g_free(shown);
            return FALSE;
        }
        if (!language_code(c, cJSON_GetArrayItem(langs, 0), "languages[0]", cr->lang[0]) ||
            !language_code(c, cJSON_GetArrayItem(langs, 1), "languages[1]", cr->lang[1]))
            return FALSE;
        if (strcmp(cr->lang[0], cr->lang[1]) == 0) {
            elg_compile_error(c, "languages", "\"%s\" twice; expected two different languages", cr->lang[0]);
            return FALSE;
        }
    }
    gboolean has_both = cJSON_HasObjectItem(o, "both");
    if (has_both) {
        if (cJSON_HasObjectItem(o, "one") || cJSON_HasObjectItem(o, "other")) {
            elg_compile_error(c, "both", "give either \"both\" or \"one\" and \"other\", not all three");
            return FALSE;
        }
        if (!elg_member_level(c, o, "both", TRUE, &cr->level))
            return FALSE;
        cr->level_other = cr->level;
        return TRUE;
    }
    if (!elg_member_level(c, o, "one", TRUE, &cr->level) ||
        !elg_member_level(c, o, "other", TRUE, &cr->level_other))
        return FALSE;
    if (cr->level_other > cr->level) {
        /* "II in one and V in the other" says the same as V/II */
        gint8 t = cr->level;
        cr->level = cr->level_other;
        cr->level_other = t;
    }
    return TRUE;
}

gboolean elg_compile_LANGUAGE(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    const cJSON *lang = cJSON_GetObjectItemCaseSensitive(o, "language");
    if (!lang) {
        elg_compile_error(c, "language", "missing; expected an ISO 639 code such as uk");
        return FALSE;
    }
    return language_code(c, lang, "language", cr->lang[0]) &&
           elg_member_level(c, o, "level", TRUE, &cr->level);
}

gboolean elg_compile_CLEARANCE(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    const char *level;
    if (!elg_member_string(c, o, "level", FALSE, &level))
        return FALSE;
    if (!level) {
        if (c->post->clearance < 1) {
            elg_compile_error(c, "level", "missing, and the post states no clearance; expected NR, NC, NS or CTS");
            return FALSE;
        }
        cr->level = c->post->clearance;
        return TRUE;
    }
    int l = elg_ref_clearance(c->ref, level, strlen(level));
    if (l < 1) {
        elg_compile_error(c, "level", "\"%s\" is not a clearance level; expected NR, NC, NS or CTS", level);
        return FALSE;
    }
    cr->level = (gint8)l;
    return TRUE;
}

gboolean elg_compile_DEADLINE(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    (void)o;
    if (!c->post->deadline) {
        elg_compile_error(c, NULL, "a deadline criterion needs the post's \"deadline\"; expected a date there "
                                   "(\"2025-03-19\"), or no deadline criterion for a post without one");
        return FALSE;
    }
    cr->on_date = c->post->deadline;
    return TRUE;
}

gboolean elg_compile_SKILL(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    const cJSON *tags = cJSON_GetObjectItemCaseSensitive(o, "tags"), *t;
    if (!cJSON_IsArray(tags) || cJSON_GetArraySize(tags) == 0) {
        if (!tags) {
            elg_compile_error(c, "tags", "missing; expected a non-empty array of skill tags, such as "
                              "[\"project_management\"]");
            return FALSE;
        }
        char *shown = elg_json_show(tags);
        elg_compile_error(c, "tags", "expected a non-empty array of skill tags, such as [\"project_management\"], "
                          "got %s", cJSON_IsArray(tags) ? "[]" : shown);
        g_free(shown);
        return FALSE;
    }
    cr->tags = g_ptr_array_new_with_free_func(g_free);
    int i = 0;
    cJSON_ArrayForEach(t, tags) {
        char tag[ELG_FOLD_MAX];
        const char *known = cJSON_IsString(t) ? elg_ref_skill(c->ref, t->valuestring, strlen(t->valuestring)) : NULL;
        if (!known && cJSON_IsString(t))
            elg_fold_words(t->valuestring, strlen(t->valuestring), tag, sizeof tag);
        if (!cJSON_IsString(t) || (!known && !*tag)) {
            char *shown = elg_json_show(t), member[32];
            g_snprintf(member, sizeof member, "tags[%d]", i);
            elg_compile_error(c, member, "%s is not a skill tag; expected a tag of reference/skills.json or a word "
                              "of your own, such as \"project_management\"", shown);
            g_free(shown);
            return FALSE;
        }
        i++;
        g_ptr_array_add(cr->tags, g_strdup(known ? known : tag));
    }
    return TRUE;
}

gboolean elg_compile_PANEL(elg_compiler *c, const cJSON *o, elg_criterion *cr)
{
    (void)c;
    (void)o;
    (void)cr;
    return TRUE;
}
