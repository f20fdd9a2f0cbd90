/* Private to the notice compiler (notice*.c): the notice as cleaned lines,
 * language parts, list items, and the criteria read from each item.
 *
 * The pipeline (notice.c): decode and clean the text into lines
 * (notice_clean.c); find the English and French parts and, in each, the
 * ESSENTIAL and DESIRABLE lists and their items (notice_text.c); read the
 * header facts (notice_header.c); read each item (notice_criteria.c with
 * notice_education.c, notice_experience.c, notice_languages.c); pair the
 * English and French items and cross-check their values (notice_merge.c);
 * name the criteria (notice_slug.c) and write the rule set (notice.c). */
#ifndef ELG_NOTICE_INT_H
#define ELG_NOTICE_INT_H

#include <glib.h>
#include "diags.h"
#include "eligo/profiles.h"
#include "reference_tables.h"

/* Limits that keep every step linear (and quick) on hostile input. */
#define NT_MAX_ITEM_BYTES 4000  /* an item is cut there */
#define NT_MAX_ITEMS 100        /* items per list; the rest are ignored */
#define NT_MAX_HEADER_LINE 400  /* longer lines are not header lines */
#define NT_MAX_SENTENCE_LINE 4000 /* nor searched for a deadline in a sentence */
#define NT_MAX_NGRAM 8          /* longest phrase looked up in a table, in words */

typedef enum { NT_EN, NT_FR, NT_NLANG } nt_lang;
typedef enum { NT_ESSENTIAL, NT_DESIRABLE, NT_NLIST } nt_list;

/* --- notice_tokens.c: the words of a text, folded, with their byte ranges --- */

typedef struct {
    guint start, end;   /* bytes of the word in the text */
    guint f;            /* folded form: offset of a NUL-terminated string in fold */
    guint8 upper;       /* has letters, all upper case */
    guint8 number;      /* digits, maybe with one decimal point */
} nt_tok;

typedef struct {
    const char *text;   /* borrowed */
    GArray *toks;       /* nt_tok */
    GString *fold;
} nt_toks;

/* Words are runs of letters and digits ("2.5" and "2,5" are one word); the
 * folded form is elg_fold()'s (case and accents removed). */
void nt_toks_init(nt_toks *t, const char *text, size_t len);
void nt_toks_clear(nt_toks *t);
guint nt_ntoks(const nt_toks *t);
const nt_tok *nt_tok_at(const nt_toks *t, guint i);
/* Folded word I, or "" past the end. */
const char *nt_f(const nt_toks *t, guint i);
gboolean nt_is(const nt_toks *t, guint i, const char *word);
/* Is word I one of WORDS (NULL-terminated)? */
gboolean nt_in(const nt_toks *t, guint i, const char *const *words);
/* Number of words of PHRASE (folded words separated by single spaces)
 * matched at I, or 0. */
guint nt_seq(const nt_toks *t, guint i, const char *phrase);
/* First position in [FROM, TO) where one of PHRASES (NULL-terminated) starts,
 * or -1; *N receives its length in words. */
int nt_find_seq(const nt_toks *t, guint from, guint to, const char *const *phrases, guint *n);
/* Does the tokenised PHRASE match T at I? */
gboolean nt_match(const nt_toks *t, guint i, const nt_toks *phrase);
/* The longest run of 1..MAXN words from I whose folded concatenation is a key
 * of KEYS (tables keyed by elg_fold()); its value, *N its length; NULL if none. */
gpointer nt_ngram(const nt_toks *t, guint i, guint maxn, GHashTable *keys, guint *n);
/* Is there punctuation that ends a phrase (,;:()[]) between words I - 1 and I? */
gboolean nt_clause_break(const nt_toks *t, guint i);
/* The text of words [I, I + N) as written (g_free). */
char *nt_span(const nt_toks *t, guint i, guint n);

/* Phrase lists of the reference tables, tokenised once per compile. */
typedef struct {
    nt_toks toks;
    const char *tag;    /* owned by the reference */
} nt_phrase;

typedef struct {
    GArray *fields[NT_NLANG]; /* nt_phrase, fields.json phrases_en / phrases_fr */
    GArray *skills[NT_NLANG]; /* nt_phrase, skills.json */
} nt_vocab;

void nt_vocab_init(nt_vocab *v, const elg_reference *ref);
void nt_vocab_clear(nt_vocab *v);
/* Is the folded WORD a word of a field or skill phrase? */
gboolean nt_vocab_word(const nt_vocab *v, const char *word);

/* A phrase found in a text. */
typedef struct {
    guint start, n;     /* words */
    const char *tag;
    guint set;          /* index of the phrase list it came from */
    guint order;        /* for a stable order */
} nt_hit;

/* Every phrase of the NSETS lists found in words [FROM, TO) of T; where two
 * overlap the longer wins (then the earlier, then the first list).  Sorted by
 * position. */
GArray *nt_hits(const nt_toks *t, guint from, guint to, GArray *const *sets, guint nsets);

/* --- notice_clean.c: the text as cleaned lines --------------------------- */

typedef enum { NT_NOBULLET, NT_BULLET, NT_NUMBERED } nt_bullet;
enum { NT_IN_H1 = 1, NT_IN_TITLE = 2 };

/* A logical line: a physical line, or a piece of one split at <br>, <li> or a
 * bullet glyph.  Markup is removed and white space collapsed. */
typedef struct {
    unsigned line;      /* 1-based physical line */
    char *text;         /* cleaned */
    size_t len;
    guint32 *cols;      /* len + 1 entries: 1-based column (in characters) of each byte */
    const char *raw;    /* the piece as written (points into the decoded text) */
    size_t raw_len;
    guint8 bullet;      /* nt_bullet: began with a list marker */
    guint8 marked;      /* a Markdown heading ('#') or a wholly bold line */
    guint8 html_title;  /* NT_IN_H1 or NT_IN_TITLE: the piece is inside <h1> or <title> */
    guint8 closed;      /* an HTML block tag ends it: the next line is no continuation */
    nt_toks *toks;      /* its words, made on first use (nt_line_toks) */
} nt_line;

typedef struct {
    char *buf;          /* the notice as UTF-8 */
    size_t len;
    GArray *lines;      /* nt_line */
    gboolean recoded;   /* the input was not UTF-8: read as Windows-1252 */
} nt_text;

void nt_text_read(nt_text *t, const char *text, size_t len);
void nt_text_clear(nt_text *t);
const nt_line *nt_line_at(const nt_text *t, guint i);
/* The words of line I (made once, kept with the line). */
const nt_toks *nt_line_toks(nt_text *t, guint i);

/* --- notice_text.c: parts, lists and items ------------------------------- */

/* A part of one piece of the item text. */
typedef struct {
    guint off;          /* where it starts in the item text */
    const nt_line *ln;
    guint from;         /* where it starts in the line's text */
} nt_piece;

struct nt_crit;

typedef struct {
    GString *text;      /* the item, cleaned, its lines joined */
    GString *raw;       /* the item as written */
    GArray *pieces;     /* nt_piece */
    unsigned line;      /* first line */
    nt_lang lang;
    nt_list list;
    guint index;        /* position in its list */
    gboolean ended;     /* ends with ';' or '.' */
    gboolean run_on;    /* cut from a paragraph of items run together at "; " */
    gboolean note;      /* a note under the list, read when it was found (nt_read_degree_note) */
    gboolean absorbed;  /* its criteria went to the next item's ("failing that, ...": failing_item) */
    gboolean absorbs;   /* the next item of ABSORBED: its panel criterion is both items whole */
    GPtrArray *crits;   /* struct nt_crit*, owned */
} nt_item;

typedef struct {
    guint first, end;   /* lines [first, end) */
    nt_lang lang;
} nt_part;

/* --- notice_header.c: the post's facts ----------------------------------- */

typedef struct {
    char *value;        /* as written (cleaned) */
    char *whole;        /* the whole line it was read from, cleaned */
    char *raw;          /* and as written */
    unsigned line, col; /* of the value */
    unsigned first;     /* the line WHOLE starts on: the source's line, as an item's */
    gboolean before;    /* a deadline "before" its date: the last day is the day before */
} nt_fact;

typedef struct {
    nt_fact id, title, body, location, deadline, grade, clearance, nationality;
    nt_fact title_grade; /* "(G18)" after the title: the grade where no line gives one */
    GPtrArray *grades;  /* char* "G10", sorted */
    GPtrArray *post_grades; /* grades of the posts a notice lists ("Officer, G15") */
    guint32 deadline_jd;
    gboolean ongoing;   /* "Ongoing": no deadline */
    const char *org;    /* organisation id (owned by the reference), or NULL */
    int clearance_level; /* 1..4, or -1 */
} nt_header;

/* --- the whole notice ----------------------------------------------------- */

typedef struct {
    const char *file;
    const elg_reference *ref;
    elg_date_order date_order; /* for a deadline such as 05/03/2026 */
    elg_diags *diags;
    nt_text text;
    nt_vocab vocab;
    nt_part parts[2];
    guint nparts;
    gboolean lang_seen[NT_NLANG];
    GPtrArray *items[NT_NLANG][NT_NLIST]; /* nt_item*, owned */
    gboolean has_list[NT_NLANG][NT_NLIST];
    guint dropped[NT_NLANG][NT_NLIST];   /* items past NT_MAX_ITEMS */
    nt_header header[NT_NLANG];
    gboolean header_read[NT_NLANG];
    int item_clearance;  /* the level of an item "must be able to obtain NS", or 0 */
    gboolean held_clearance; /* an item asks for a clearance already held */
} nt_doc;

/* A warning at LINE:COL about FIELD (a criterion id or a fact), VALUE the text read. */
void nt_warn(nt_doc *d, unsigned line, unsigned col, const char *field, const char *value,
             const char *fmt, ...) G_GNUC_PRINTF(6, 7);
/* "English" or "French". */
const char *nt_lang_name(nt_lang l);
/* Line and column of byte OFF of the item text. */
void nt_item_pos(const nt_item *it, guint off, unsigned *line, unsigned *col);

/* Split the lines into language parts and collect the lists of each part. */
void nt_find_parts(nt_doc *d);
void nt_find_lists(nt_doc *d);
void nt_item_free(gpointer p);
/* Is the line a heading known by its words ("ESSENTIAL", "Remarks"), not
 * merely a line in capitals (which may be a post title)? */
gboolean nt_named_heading(const nt_line *ln, const nt_toks *t);
/* Does the item stop in mid-sentence ("…in the field of", "…security,")? */
gboolean nt_open_end(const nt_item *it);

/* Read the header facts of part P into H. */
void nt_header_read(nt_doc *d, const nt_part *p, nt_header *h);
/* Where T states the nationality rule ("nationals of NATO member
 * countries", "ressortissants des pays membres"): the word it starts at, or
 * -1. */
int nt_nationality_statement(const nt_toks *t);
/* Is T an item that states the nationality rule, which is no panel
 * criterion (notice_criteria.c)? */
gboolean nt_nationality_item(const nt_toks *t);
/* The verbs that start a requirement ("have", "possess", "be", "avoir"...),
 * folded; NULL-ended. */
extern const char *const nt_item_verbs[];
/* notice_education.c: markers that name the degree missing ("in the
 * absence of a degree", "à défaut de diplôme"), folded. */
extern const char *const nt_degree_absent[];
/* and markers that refer to the item before ("failing that", "à défaut"):
 * at the start of an item after one that asks for a degree, they name it
 * missing too. */
extern const char *const nt_failing_markers[];
void nt_header_clear(nt_header *h);
/* Add grade LETTER DIGITS ("G", "15") to GRADES, kept sorted and unique. */
void nt_grade_add(GPtrArray *grades, char letter, const char *digits);
/* A grade as read already ("G15", "NG15"). */
void nt_grade_add_named(GPtrArray *grades, const char *grade);

/* --- notice_criteria.c and friends: what an item asks for ---------------- */

typedef enum {
    NK_EDUCATION, NK_EXPERIENCE, NK_LANGUAGES, NK_LANGUAGE, NK_HIGHER_LANGUAGE,
    NK_CLEARANCE, NK_SKILL, NK_PANEL
} nt_kind;

/* Roles of a language level: "in one", "in the other", "in both", or a fixed language. */
typedef enum { NR_ONE, NR_OTHER, NR_BOTH, NR_EN, NR_FR, NR_N } nt_role;

/* One reading of a value. */
typedef struct {
    int value;          /* -1: not read */
    char *shown;        /* as written */
    unsigned line, col;
    /* languages: one of two notations of one level ("3333 / SLP IV"),
     * named in warnings by what is written, not as numeral or label */
    gboolean notation;
} nt_obs;

typedef struct {
    unsigned line, col;
    char *text;
    char *value;        /* the wording it quotes, when not its criterion's */
} nt_note;

typedef struct nt_crit {
    nt_kind kind;
    nt_item *item;
    char *text;         /* the wording it was read from */
    unsigned line, col; /* where */
    nt_obs main;        /* education level, years (milli), language or clearance level */
    gboolean equivalent, staff_college;
    /* education: years of total experience offered in place of the degree
     * (milli, 0 none), with a lower level alongside (-1 none); or_added:
     * on top of the post's own experience requirement ("4 additional
     * years"); or_from, or_to: the words of that alternative (years in a
     * field among them, read as the total), which the experience reader
     * leaves alone */
    gint32 or_years;
    int or_level;
    gboolean or_added;
    guint or_from, or_to;
    char *field;        /* experience field tag, or NULL for the total */
    gboolean new_field; /* not in fields.json */
    gboolean field_either; /* the English and French fields cannot be one criterion's: total years (merge) */
    gboolean or_related; /* other experience may do too: the panel's (either_checked, "or a related field") */
    GPtrArray *or_fields; /* experience: other fields that will do as well ("in F or in G"), or NULL */
    gboolean unnamed_degree; /* panel: a degree of no level eligo knows */
    /* education: a degree an essential item wishes for ("A PhD is highly
     * desirable"), written among the desirables (nt_wished_to_desirable) */
    gboolean wished;
    nt_obs level[NR_N][2]; /* languages: per role, the numeral [0] and the label [1] */
    int chosen[NR_N];   /* languages: the level kept per role, 0 when absent */
    char code[4];       /* language */
    GPtrArray *tags;    /* skill tags (char*) */
    char *note;         /* a warning about the reading, given if the criterion is kept */
    unsigned note_line, note_col;
    GPtrArray *apart;   /* nt_note*: warnings given on their own, at their place */
    char *id;           /* set when the rule set is written */
} nt_crit;

nt_crit *nt_crit_new(nt_kind kind, nt_item *it, const char *text, size_t len);
void nt_crit_free(gpointer p);
/* An experience criterion's fields, any of which will do: field, then or_fields
 * (g_ptr_array_free; the strings stay C's). */
GPtrArray *nt_crit_fields(const nt_crit *c);
/* ITEMS joined: "a, b and c" (LINK " and "), each after PREFIX ("in "); g_free. */
char *nt_join(const GPtrArray *items, const char *prefix, const char *link);
void nt_obs_set(nt_obs *o, int value, const nt_item *it, const nt_toks *t, guint i, guint n);
/* Attach a warning to C: both texts read the same thing, so it is given once,
 * for the reading that is kept. */
void nt_crit_note(nt_crit *c, unsigned line, unsigned col, const char *fmt, ...) G_GNUC_PRINTF(4, 5);
/* The same, as a warning of its own rather than joined to the others. */
void nt_crit_note_apart(nt_crit *c, unsigned line, unsigned col, const char *fmt, ...) G_GNUC_PRINTF(4, 5);
/* A warning of another reading of C (the French one), quoting VALUE, its wording. */
void nt_crit_note_of(nt_crit *c, unsigned line, unsigned col, const char *value, const char *text);

/* If the years at word I (N words, MILLI their reading) are a range ("2 or
 * 3 years"), say on C that its lower bound is read: a candidate with those
 * years meets it. */
void nt_note_range(nt_crit *c, const nt_item *it, const nt_toks *t, guint i, guint n, gint32 milli);
/* Where the years at word I are quoted from: the word that opens their
 * range ("between 8 and 10 years", "entre 8 et 10 ans"), else I. */
guint nt_range_from(const nt_toks *t, guint i);

/* Read item IT (its criteria go to it->crits). */
void nt_classify(nt_doc *d, nt_item *it);
/* The kinds that read one item; each returns TRUE when it took the item. */
gboolean nt_read_languages(nt_doc *d, nt_item *it, const nt_toks *t);
gboolean nt_read_other_language(nt_doc *d, nt_item *it, const nt_toks *t);
/* On C, the panel criterion of item IT: the language it asks for is not
 * named ("knowledge of a third NATO language"), if so. */
void nt_note_unnamed_language(nt_crit *c, const nt_item *it, const nt_toks *t);
gboolean nt_read_education(nt_doc *d, nt_item *it, const nt_toks *t);
/* A note under a list ("Note: a degree may be replaced by 4 additional years
 * of experience"), as item IT of the essential list: TRUE when it offers
 * years in place of a degree (an education criterion with or_years, which
 * the rule set reads into that degree's); otherwise IT is left without
 * criteria. */
gboolean nt_read_degree_note(nt_doc *d, nt_item *it);
/* notice_education.c: the education level named at word I (longest phrase;
 * in French, "licence" and "master" alone), or -1; *N its length. */
int nt_level_at(const nt_doc *d, nt_lang lang, const nt_toks *t, guint i, guint *n);
/* Is a degree named at word I (a level, or "degree", "diploma", …)? *N its length. */
gboolean nt_degree_at(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i, guint *n);
/* Does the degree word at I say when experience was gained, not ask for a
 * degree ("post-graduate experience", "expérience après le diplôme")? */
gboolean nt_degree_when(const nt_toks *t, guint i);
/* Do the words from I on (to the end of their sentence, or TO) name the
 * field of the years just before them ("10 years of experience in
 * logistics"), which years in place of a degree (or_years) cannot check? */
gboolean nt_years_narrowed(const nt_toks *t, guint i, guint to);
/* notice_experience.c: does a degree follow the "or" or "failing that" at
 * word I at once, after at most four lead words ("or a university degree",
 * "à défaut, être titulaire d'un master")? */
gboolean nt_degree_after_or(const nt_doc *d, const nt_item *it, const nt_toks *t, guint i);
gboolean nt_read_experience(nt_doc *d, nt_item *it, const nt_toks *t);
/* notice_experience.c: the end of a marker that names the degree missing
 * after the years ending at word I ("7 years for candidates without a
 * degree"), or 0: those years are offered in place of the degree, as
 * after "or". */
guint nt_absent_after(const nt_toks *t, guint i);
/* notice_experience.c, desirable items: an experience field named without years. */
gboolean nt_read_field(nt_doc *d, nt_item *it, const nt_toks *t, guint from, guint to);
/* notice_parts.c: where, after word FROM of T, another requirement of an
 * item starts ("and have excellent drafting skills", ", have"), or the
 * number of words; *END where the one before ends.  V (may be NULL): the
 * fields, so that "and the management of projects" goes on with the field
 * before it. */
guint nt_next_part(const nt_vocab *v, const nt_toks *t, nt_lang lang, guint from, guint *end);
/* Does the part at word J that nt_next_part found ask something of its own
 * whatever it names (a verb, "and excellent drafting skills", "and the
 * PRINCE2 certification"), not perhaps the field of years before it ("and
 * an international organisation")? */
gboolean nt_part_opens(const nt_vocab *v, const nt_toks *t, nt_lang lang, guint j);
/* Is the "the" at word J, after "and", the second of two nouns that share
 * what follows ("in the management and the implementation of projects",
 * "in the planning and the conduct of operations": "in the" one or two
 * words before "and", one word then "of" after "the")?  The word where the
 * first noun starts, or 0. */
guint nt_parallel_the(const nt_toks *t, guint j);

/* notice_numbers.c: a number written in digits or words ("five", "deux") at
 * word I: its value in thousandths and its length in words; FALSE if none. */
gboolean nt_number(const nt_toks *t, guint i, gint64 *milli, guint *n);
/* A duration at word I ("5 years", "six mois", "two (2) years", "18 months"):
 * milli-years and the words it spans. */
gboolean nt_duration(const nt_toks *t, guint i, gint32 *milli, guint *n);
/* Is the duration at word I a range ("2-3 years", "2 or 3 years"), read
 * as its lower end? */
gboolean nt_duration_range(const nt_toks *t, guint i);

/* notice_merge.c: pair the English and French items of LIST and keep one
 * criterion per requirement, cross-checked; returns nt_crit* (borrowed). */
GPtrArray *nt_merge(nt_doc *d, nt_list list);
/* Move the criteria of ESS that an essential item only wished for (wished)
 * to the front of DES, in their order. */
void nt_wished_to_desirable(GPtrArray *ess, GPtrArray *des);
/* Merge the header facts of both languages into OUT (borrowing their strings). */
void nt_merge_header(nt_doc *d, nt_header *out);

/* notice_slug.c: a short snake_case id of the key words of TEXT. */
char *nt_slug(const char *text, nt_lang lang);

#endif
