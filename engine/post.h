/* Private: a compiled post (rules.h).  Immutable after compilation: every
 * name is resolved (levels to codes, organisation membership to a per-country
 * table on the deadline), so the match loop does no lookups. */
#ifndef ELG_POST_H
#define ELG_POST_H

#include <glib.h>
#include "eligo/rules.h"
#include "reference_tables.h"

/* Per-candidate counts are bytes: a post has at most this many criteria. */
#define ELG_MAX_CRITERIA 200
/* An experience criterion names at most this many fields ("5 years in F or G"). */
#define ELG_FIELDS_MAX 4

typedef enum {
#define X(e, name, help) ELG_KIND_##e,
#include "criteria.def"
    ELG_CRITERION_KINDS(X)
#undef X
    ELG_KIND__COUNT
} elg_kind;

extern const char *const elg_kind_names[ELG_KIND__COUNT];

typedef struct {
    elg_kind kind;
    gboolean essential;
    char *id;               /* stable, unique in the post; q_<id> answers it */
    char *text;             /* the notice's wording */
    double weight;          /* desirables; 1 by default */
    unsigned source_line;   /* provenance from a notice, 0 when hand-written */
    /* parameters, by kind */
    gint8 level;            /* education, language, clearance minimum; languages "one" */
    gint8 level_other;      /* languages "other" */
    char lang[2][4];        /* languages pair, or the one language */
    gboolean staff_college, equivalent; /* education alternatives accepted */
    gint32 or_years;        /* education: total milli-years that stand in for the level, 0 none */
    gint8 or_level;         /* ... with at least this level alongside, -1 any (even not given) */
    gint32 years;           /* experience minimum, milli-years (1 = "some") */
    char *fields[ELG_FIELDS_MAX]; /* experience: the field tags, any of which will do (n_fields; 0: the total) */
    guint n_fields;
    gboolean or_related;    /* experience: years in another field may do too ("or a related field"): a person judges */
    char *organisation;     /* nationality */
    guint32 on_date;        /* nationality membership date, julian */
    guint8 member[256];     /* nationality: country index -> member on on_date */
    GPtrArray *tags;        /* skill tags */
} elg_criterion;

struct elg_post {
    char *file, *id, *title, *organisation, *body, *location, *deadline_text;
    unsigned id_line;       /* the line of "id" in FILE, for messages; 0 unknown */
    gboolean from_notice;   /* compiled from a notice: FILE has no JSON paths */
    GPtrArray *grades;      /* char* */
    guint32 deadline;       /* julian, 0 when ongoing */
    gint8 clearance;        /* required level stated by the notice, -1 none */
    gint8 clearance_held;   /* the level clearance_held reports: the stated one, else the highest an
                             * essential clearance criterion requires; -1 none */
    GArray *criteria;       /* elg_criterion: essential first, then desirable */
    guint n_essential;
    double desirable_weight;
    const elg_reference *ref;
};

static inline const elg_criterion *elg_post_criterion(const elg_post *p, guint i)
{
    return &g_array_index(p->criteria, elg_criterion, i);
}

/* Appends an education criterion's experience alternative, as describe.c
 * and explain.c both word it: "secondary and 10 years of experience". */
void elg_education_alternative(const elg_reference *ref, const elg_criterion *cr, GString *out);

/* Appends an experience criterion's fields as describe.c and explain.c both
 * word them: "logistics", "logistics or finance", "a, b or c", "logistics
 * or a related field". */
void elg_experience_fields(const elg_criterion *cr, GString *out);

#endif
