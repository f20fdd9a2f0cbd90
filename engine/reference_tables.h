/* Private: the reference tables in memory, and the lookups every module uses.
 * All keys are folded with elg_fold() so that "Suède", "SUEDE" and "suede" meet. */
#ifndef ELG_REFERENCE_TABLES_H
#define ELG_REFERENCE_TABLES_H

#include <stdint.h>
#include <glib.h>
#include "eligo/reference.h"

#define ELG_LEVEL_MAX 6      /* language scale I..VI; 0 is none */
#define ELG_EDU_MAX 5        /* none..doctorate */
#define ELG_CLEARANCE_MAX 4  /* none..CTS */
#define ELG_MAX_COUNTRIES 255 /* country indexes fit a byte; 0 and 0xFF are reserved */
#define ELG_MAX_LANGUAGES 256 /* a file's language indexes fit a byte (elg_lang_pair) */

typedef struct {
    char alpha2[3];
    char alpha3[4];
    char *en, *fr;
    guint8 sovereign;   /* a territory (territories.json): its state's index; 0 for a state */
    gboolean in_organisation; /* a member, at some date, of an organisation of the tables */
    const char *placeholder; /* what the code alone also means in a form ("NA": not available), or NULL */
} elg_country;

typedef struct {
    guint8 country;     /* index into countries */
    guint32 joined;     /* julian day of accession */
} elg_membership;

typedef struct {
    char *id, *name;
    GArray *members;    /* elg_membership */
} elg_organisation;

typedef struct {
    char *tag, *en, *fr;
    GPtrArray *phrases_en, *phrases_fr; /* char* (notice compiler) */
    GPtrArray *aliases;                 /* char*: whole candidate cells only, never notice text */
} elg_vocab_entry;

typedef struct {
    char *code, *en, *fr;
} elg_language;

struct elg_reference {
    char *dir;
    GArray *countries;          /* elg_country; index 0 is a placeholder */
    GHashTable *country_keys;   /* folded name/code -> index */
    GPtrArray *organisations;   /* elg_organisation* */
    GHashTable *org_keys;       /* folded name -> elg_organisation* */
    char *level_roman[ELG_LEVEL_MAX + 1];
    char *level_en[ELG_LEVEL_MAX + 1];
    char *level_fr[ELG_LEVEL_MAX + 1];
    GHashTable *level_keys;     /* folded roman/name/CEFR/synonym -> level + 1 */
    gint8 stanag[11];           /* 0,0+,1,1+,...,5 -> level */
    GPtrArray *languages;       /* elg_language* */
    GHashTable *language_keys;  /* folded code/name -> elg_language* */
    char *education_id[ELG_EDU_MAX + 1];
    GHashTable *education_keys; /* folded synonym -> level + 1 */
    GHashTable *education_phrases; /* folded notice phrase -> level + 1 */
    char *clearance_id[ELG_CLEARANCE_MAX + 1];
    char *clearance_name[ELG_CLEARANCE_MAX + 1];
    GHashTable *clearance_keys; /* folded synonym -> level + 1 */
    GPtrArray *fields;          /* elg_vocab_entry* */
    GHashTable *field_keys;     /* tag -> elg_vocab_entry* */
    GHashTable *field_words;    /* folded words of a field's names and phrases -> the first field so named */
    GPtrArray *skills;          /* elg_vocab_entry* */
    GHashTable *skill_keys;     /* folded tag/alias -> tag (char*) */
};

/* Country index for a code or name (folded), or 0 when unknown. */
guint8 elg_ref_country(const elg_reference *ref, const char *text, size_t len);
/* "the " where the English name of country K takes it in a sentence
 * ("the Netherlands", "the United States"), else "". */
const char *elg_ref_country_the(const elg_country *k);
/* The state (its index) of territory CODE, a nationality slot, where
 * MEMBER (country index -> member on a date) counts that state: the
 * territory names a place whose people are mostly its nationals, so their
 * nationality is unknown, not a fail.  0 otherwise. */
static inline guint8 elg_ref_member_territory(const elg_reference *ref, guint8 code, const guint8 *member)
{
    if (code == 0 || code >= ref->countries->len)
        return 0;
    const guint8 state = g_array_index(ref->countries, elg_country, code).sovereign;
    return state && member[state] ? state : 0;
}
/* Organisation by id or name, or NULL. */
const elg_organisation *elg_ref_organisation(const elg_reference *ref, const char *name);
/* Language level 0..6 for a Roman numeral, scale name, CEFR level, synonym or
 * STANAG 6001 profile; -1 when TEXT is none of these. */
int elg_ref_level(const elg_reference *ref, const char *text, size_t len);
/* Language for an ISO 639 code or a name, or NULL. */
const elg_language *elg_ref_language(const elg_reference *ref, const char *text, size_t len);
/* Education level 0..5, or -1. */
int elg_ref_education(const elg_reference *ref, const char *text, size_t len);
/* Clearance level 0..4, or -1. */
int elg_ref_clearance(const elg_reference *ref, const char *text, size_t len);
/* Experience field entry for a tag, or NULL. */
const elg_vocab_entry *elg_ref_field(const elg_reference *ref, const char *tag);
/* The field whose tag is WORDS (folded with elg_fold_words), or else the
 * first field one of whose names or notice phrases folds to WORDS
 * ("defence and security", "gestion de projets"); NULL if none. */
const elg_vocab_entry *elg_ref_field_named(const elg_reference *ref, const char *words);
/* Canonical skill tag for a tag or alias (folded), or NULL. */
const char *elg_ref_skill(const elg_reference *ref, const char *text, size_t len);

#endif
