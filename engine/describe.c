/* A readable summary of a compiled post, for `eligo check` and `eligo posts`. */
#include "diags.h"
#include <string.h>
#include "post.h"
#include "values.h"

void elg_education_alternative(const elg_reference *ref, const elg_criterion *cr, GString *out)
{
    char years[24];
    elg_years_format(cr->or_years, years);
    if (cr->or_level >= 0)
        g_string_append_printf(out, "%s and ", ref->education_id[cr->or_level]);
    g_string_append_printf(out, "%s %s of experience", years, elg_years_unit(cr->or_years));
}

void elg_experience_fields(const elg_criterion *cr, GString *out)
{
    const guint n = cr->n_fields + (cr->or_related ? 1 : 0);
    for (guint k = 0; k < n; k++)
        g_string_append_printf(out, "%s%s", k == 0 ? "" : k + 1 < n ? ", " : " or ",
                               k < cr->n_fields ? cr->fields[k] : "a related field");
}

static void requirement(const elg_post *post, const elg_criterion *cr, GString *o)
{
    const elg_reference *ref = post->ref;
    char buf[24];
    switch (cr->kind) {
    case ELG_KIND_NATIONALITY:
        elg_date_format(cr->on_date, buf);
        g_string_append_printf(o, "national of a %s member state on %s", cr->organisation, buf);
        break;
    case ELG_KIND_EDUCATION:
        g_string_append_printf(o, "at least %s", ref->education_id[cr->level]);
        if (cr->or_years) {
            g_string_append(o, ", or ");
            elg_education_alternative(ref, cr, o);
            g_string_append(o, " in total");
        }
        if (cr->staff_college)
            g_string_append(o, ", or a staff college");
        if (cr->equivalent)
            g_string_append(o, ", or equivalent (assessed by a person)");
        break;
    case ELG_KIND_EXPERIENCE:
        if (cr->years == 1)
            g_string_append(o, "some experience");
        else {
            elg_years_format(cr->years, buf);
            g_string_append_printf(o, "at least %s years", buf);
        }
        g_string_append(o, cr->n_fields ? " in " : " in total");
        elg_experience_fields(cr, o);
        break;
    case ELG_KIND_LANGUAGES:
        if (cr->level == cr->level_other)
            g_string_append_printf(o, "%s in both %s and %s", ref->level_roman[cr->level], cr->lang[0], cr->lang[1]);
        else
            g_string_append_printf(o, "%s in one of %s/%s, %s in the other", ref->level_roman[cr->level],
                                   cr->lang[0], cr->lang[1], ref->level_roman[cr->level_other]);
        break;
    case ELG_KIND_LANGUAGE:
        g_string_append_printf(o, "at least %s in %s", ref->level_roman[cr->level], cr->lang[0]);
        break;
    case ELG_KIND_CLEARANCE:
        g_string_append_printf(o, "holds %s or higher", ref->clearance_id[cr->level]);
        break;
    case ELG_KIND_DEADLINE:
        elg_date_format(cr->on_date, buf);
        g_string_append_printf(o, "applied on or before %s (where the file has applied_on)", buf);
        break;
    case ELG_KIND_SKILL:
        g_string_append(o, "any of: ");
        for (guint i = 0; i < cr->tags->len; i++)
            g_string_append_printf(o, "%s%s", i ? ", " : "", (char *)g_ptr_array_index(cr->tags, i));
        break;
    case ELG_KIND_PANEL:
        g_string_append_printf(o, "judged by the panel (decided by a q_%s column)", cr->id);
        break;
    case ELG_KIND__COUNT:
        break;
    }
}

void elg_post_describe(const elg_post *post, GString *o)
{
    /* id, title and grades are free text from the rule file: shown printable */
    elg_append_printable(o, post->id);
    g_string_append(o, "  ");
    elg_append_printable(o, post->title);
    g_string_append_printf(o, "\n  %s", post->organisation);
    for (guint g = 0; g < post->grades->len; g++) {
        g_string_append(o, g ? "/" : ", grades ");
        elg_append_printable(o, g_ptr_array_index(post->grades, g));
    }
    g_string_append_printf(o, ", deadline %s", post->deadline_text ? post->deadline_text : "none (ongoing)");
    if (post->clearance > 0)
        g_string_append_printf(o, ", clearance %s (condition of appointment)", post->ref->clearance_id[post->clearance]);
    g_string_append_c(o, '\n');
    int width = 12;
    for (guint i = 0; i < post->criteria->len; i++)
        width = MAX(width, (int)strlen(elg_post_criterion(post, i)->id));
    for (guint i = 0; i < post->criteria->len; i++) {
        const elg_criterion *cr = elg_post_criterion(post, i);
        if (i == 0 && post->n_essential)
            g_string_append(o, "  essential:\n");
        if (i == post->n_essential)
            g_string_append(o, "  desirable:\n");
        g_string_append_printf(o, "    %-*s  %-12s ", width, cr->id, elg_kind_names[cr->kind]);
        requirement(post, cr, o);
        if (!cr->essential && cr->weight != 1) {
            char weight[G_ASCII_DTOSTR_BUF_SIZE]; /* a point in any locale */
            g_string_append_printf(o, " (weight %s)", elg_weight_text(cr->weight, weight));
        }
        g_string_append_c(o, '\n');
    }
}
