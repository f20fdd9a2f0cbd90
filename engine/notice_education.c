/* Education items (notice_int.h): the level through education.json's
 * notice_phrases ("university degree", "niveau secondaire supérieur"),
 * "or equivalent", and a NATO or national military staff college. */
#include "notice_int.h"

#include <string.h>

/* Candidate-cell synonyms that are safe in running text as well. */
static const char *const single_words[] = {"bachelor", "bachelors", "masters", "doctorate",
                                           "phd", "doctorat", NULL};
static const char *const equivalent_words[] = {"equivalent", "equivalente", "equivalents",
                                               "equivalentes", "equivalence", NULL};
static const char *const staff_college[] = {
    "staff college", "war college", "defence college", "defense college", "staff school",
    "command and staff", "ecole d etat major", "college de defense", "ecole de guerre",
    "ecole superieure de guerre", NULL};
/* Words that make an item about education even when no level is named. */
static const char *const degree_words[] = {"degree", "degrees", "diploma", "diplome", "diplomee",
                                           "graduate", "graduated", NULL};

static const char *level_name(const nt_doc *d, int level)
{
    return level >= 0 && level <= ELG_EDU_MAX ? d->ref->education_id[level] : "?";
}

int nt_level_at(const nt_doc *d, const nt_toks *t, guint i, guint *n)
{
    guint k = 0;
    int level = GPOINTER_TO_INT(nt_ngram(t, i, NT_MAX_NGRAM, d->ref->education_phrases, &k)) - 1;
    if (level >= 0) {
        *n = k;
        return level;
    }
    k = 0;
    level = GPOINTER_TO_INT(nt_ngram(t, i, NT_MAX_NGRAM, d->ref->education_keys, &k)) - 1;
    if (level >= 0 && (k >= 2 || nt_in(t, i, single_words))) {
        *n = k;
        return level;
    }
    return -1;
}

gboolean nt_degree_at(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i, guint *n)
{
    if (nt_level_at(d, t, i, n) >= 0)
        return TRUE;
    *n = 1;
    /* "master" alone is a verb in English, the degree in French */
    return nt_in(t, i, degree_words) || (it->lang == NT_FR && nt_is(t, i, "master"));
}

gboolean nt_read_education(nt_doc *d, nt_item *it, const nt_toks *t)
{
    guint n = nt_ntoks(t), k;
    int lowest = -1;
    guint at = 0, len = 0;
    GString *names = g_string_new(NULL);
    for (guint i = 0; i < n;) {
        int level = nt_level_at(d, t, i, &k);
        if (level < 0) {
            i++;
            continue;
        }
        if (!strstr(names->str, level_name(d, level)))
            g_string_append_printf(names, "%s%s", names->len ? ", " : "", level_name(d, level));
        if (lowest < 0 || level < lowest) {
            lowest = level;
            at = i;
            len = k;
        }
        i += k;
    }
    gboolean staff = nt_find_seq(t, 0, n, staff_college, &k) >= 0;
    if (lowest < 0) {
        gboolean degree = FALSE;
        for (guint i = 0; i < n && !degree; i++)
            degree = nt_in(t, i, degree_words);
        g_string_free(names, TRUE);
        if (!degree || it->list != NT_ESSENTIAL)
            return FALSE;
        unsigned line, col;
        nt_item_pos(it, 0, &line, &col);
        nt_crit *c = nt_crit_new(NK_PANEL, it, it->text->str, it->text->len);
        nt_crit_note(c, line, col, "this item asks for an education but names no level eligo knows "
                     "(rules/reference/education.json); it is left to the panel");
        return TRUE;
    }
    nt_crit *c = nt_crit_new(NK_EDUCATION, it, it->text->str, it->text->len);
    nt_obs_set(&c->main, lowest, it, t, at, len);
    c->line = c->main.line;
    c->col = c->main.col;
    c->staff_college = staff;
    for (guint i = 0; i < n && !c->equivalent; i++)
        c->equivalent = nt_in(t, i, equivalent_words);
    if (strchr(names->str, ','))
        nt_crit_note(c, c->line, c->col, "the education item names several levels (%s); the lowest, %s, is required",
                     names->str, level_name(d, lowest));
    g_string_free(names, TRUE);
    return TRUE;
}
