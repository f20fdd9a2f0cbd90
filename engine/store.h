/* Private: the columnar profile store behind elg_profiles.
 *
 * Every field is one packed array indexed by row, filled while loading and
 * never changed afterwards; the match loop reads these arrays only.  Where
 * a row holds few of many possible values (experience fields, skills) a row
 * has a list in one shared array instead, and line numbers are kept only
 * where they stop following the rows.  Unknown (an empty cell or an absent
 * column) has its own code in every column, so it is never confused with
 * "none". */
#ifndef ELG_STORE_H
#define ELG_STORE_H

#include <stdint.h>
#include <string.h>
#include <glib.h>
#include "eligo/profiles.h"
#include "reference_tables.h"

/* How a column's cells are read (values.h, load_row.c). */
typedef enum {
    ELG_VT_ID, ELG_VT_TEXT, ELG_VT_COUNTRIES, ELG_VT_EDUCATION, ELG_VT_YESNO,
    ELG_VT_YEARS, ELG_VT_FIELD_YEARS, ELG_VT_LEVEL, ELG_VT_LANG_LEVELS,
    ELG_VT_CLEARANCE, ELG_VT_TAGS, ELG_VT_DATE,
    ELG_VT_NAME_PART, /* a first or last name, joined into the name (load_row.c) */
} elg_value_type;

typedef enum {
#define X(e, name, type, aliases) ELG_COL_##e,
#include "columns.def"
    ELG_COLUMNS(X)
#undef X
    ELG_COL__COUNT
} elg_column;

#define ELG_NAT_SLOTS 8         /* nationalities kept per candidate */
#define ELG_NAT_EMPTY 0x00         /* no nationality in this slot */
#define ELG_NAT_UNRECOGNISED 0xFF  /* a token that names no country */
#define ELG_UNKNOWN_I8 (-1)        /* levels, yes/no, education, clearance */
#define ELG_UNKNOWN_YEARS (-1)     /* years are milli-years, truncated */
#define ELG_UNKNOWN_DATE 0         /* dates are GDate julian days (>= 1) */

/* Row flags. */
enum {
    ELG_ROW_SKILLS_UNKNOWN = 1 << 0, /* the skills cell was empty or absent */
    ELG_ROW_EXP_NONE = 1 << 1,       /* the experience cell said "none" */
    ELG_ROW_HAS_PROBLEM = 1 << 2,
    ELG_ROW_HAS_NAME = 1 << 3,       /* a name follows the id (elg_store_name) */
    ELG_ROW_UNREAD = 1 << 4,         /* a cell of the row could not be read (elg_store_unread) */
};

/* A column of one fixed-size value a row, n values (and while loading,
 * rows_ahead more).  All of a store's row columns lie in one block (the
 * row slab), so that at a million rows the byte columns, 1 MB each, share
 * 2 MiB pages: on these machines memory in 4 KiB pages is slow to touch
 * and, after the process gives memory back, slow to read again.  Only
 * store.c grows them; readers use data (ELG_ROW_VALUE). */
typedef struct {
    gchar *data;    /* in elg_profiles.row_slab */
    guint size;     /* bytes a value */
} elg_row_column;

/* ROW's value in row column COL, as TYPE (an lvalue). */
#define ELG_ROW_VALUE(col, type, row) (((type *)(void *)(col)->data)[row])

/* The row columns, in their order in the slab. */
enum {
    ELG_RC_FLAGS, ELG_RC_NAT, ELG_RC_EDUCATION, ELG_RC_EQUIVALENT, ELG_RC_STAFF_COLLEGE,
    ELG_RC_ENGLISH, ELG_RC_FRENCH, ELG_RC_CLEARANCE, ELG_RC_LANG_COUNT, ELG_RC_EXP_TOTAL,
    ELG_RC_APPLIED_ON, ELG_RC__COUNT
};

typedef struct {
    char *key;      /* criterion id */
    GArray *values; /* gint8 per row: yes/no (q_) */
} elg_keyed_column;

/* A level in a language other than English and French: a row gives few of
 * the languages a file names, so its pairs follow the last row's. */
typedef struct {
    guint8 lang;    /* index into lang_codes */
    gint8 level;    /* 0 to 6, or ELG_UNKNOWN_I8 */
} elg_lang_pair;

/* Years known only to lie in [lo, hi]: a cell "5+" or "3-5" (values.h,
 * elg_years_refused).  Rare, so kept aside: the years column (exp_total or
 * the pair's exp_years) holds lo, and an experience criterion's evaluator
 * corrects its verdict for the rows listed here (eval.c). */
#define ELG_SPAN_TOTAL (-1) /* elg_years_span.field of experience_years */
typedef struct {
    guint32 row;
    gint32 field;   /* index into field_names, or ELG_SPAN_TOTAL */
    gint32 lo, hi;  /* milli-years; hi ELG_YEARS_NO_MAX for a lower bound ("5+") */
} elg_years_span;

struct elg_profiles {
    const elg_reference *ref;
    char *file;
    const char *encoding;
    char delimiter;
    gboolean sep_line;           /* the delimiter is the one an Excel "sep=" first line sets */
    unsigned n;                  /* data rows */
    gboolean present[ELG_COL__COUNT]; /* which canonical columns the file has */

    GStringChunk *strings;       /* ids, names, pass-through cells */
    GPtrArray *more_strings;     /* GStringChunk* of stores merged in (parallel loading) */
    GPtrArray *ids;              /* const char*, one per row: "ID\0NAME" when the row has a name */
    /* The line each row starts on is row + offset: the offset changes only
     * after a blank line or a record over several lines, so only its
     * changes are kept (elg_profiles_line). */
    GArray *line_rows;           /* guint32: rows where the offset changes, ascending (first: 0) */
    GArray *line_offsets;        /* guint32: the offset from that row on */
    /* per block of 1 << ELG_LINE_BLOCK_SHIFT rows, the change in force at its
     * first row (elg_store_index_lines, once loaded): reports look up rows
     * out of order */
    GArray *line_block;          /* guint32, or NULL while loading */
    elg_row_column *flags;       /* guint8 ELG_ROW_* */
    /* Nationalities: a row holds the index of its set of country slots
     * (guint8[ELG_NAT_SLOTS], ELG_NAT_EMPTY after the last); a file has few
     * distinct sets, so 4 bytes a row, and a criterion is decided once per
     * set (eval.c). */
    elg_row_column *nat;         /* guint32 per row: index into nat_sets (0: none given) */
    GArray *nat_sets;            /* guint8[ELG_NAT_SLOTS] per distinct set */
    GHashTable *nat_index;       /* guint64 set -> index + 1 */
    elg_row_column *education, *equivalent, *staff_college, *english, *french, *clearance; /* gint8 */
    elg_row_column *exp_total;   /* gint32 milli-years */
    elg_row_column *applied_on;  /* guint32 julian day */
    GArray *skill_start;         /* guint32, n + 1 offsets into skill_ids */
    GArray *skill_ids;           /* guint32 index into skill_names */
    GPtrArray *skill_names;      /* interned tags (owned by strings) */
    GHashTable *skill_index;     /* tag -> index + 1 */

    /* Years per experience field, sparse: a row gives one or two fields of
     * the many a file names, so a dense column per field cost 4 bytes a row
     * per field (and one per stray key: a file of a million distinct keys
     * would have asked for terabytes). */
    GPtrArray *field_names;      /* char*: the fields, in the order first met */
    GHashTable *field_index;     /* name -> index + 1 (keys owned by field_names) */
    GArray *exp_start;           /* guint32, n + 1: row r's pairs are [exp_start[r], exp_start[r + 1]) */
    GArray *exp_field;           /* guint32 index into field_names, one per pair */
    GArray *exp_years;           /* gint32 milli-years, one per pair (unknown when unreadable) */
    /* Levels in other languages, sparse as the experience pairs are, but
     * found by a count a row (lang_count, in the row slab) rather than 4
     * bytes of offset: they are read in row order (binding, inspect), and
     * a dense byte a row per language cost 10 bytes a candidate in a file
     * naming ten. */
    GPtrArray *lang_codes;       /* char*: the languages, in the order first met */
    elg_row_column *lang_count;  /* guint8 per row: its pairs in lang_pairs */
    GArray *lang_pairs;          /* elg_lang_pair, rows in order */
    GPtrArray *answers;          /* elg_keyed_column*: q_CRITERION yes/no */
    GArray *spans;               /* elg_years_span, rows ascending: years given as a bound or range */

    GPtrArray *headers;          /* char*: the file's header cells */
    GPtrArray *mapping;          /* char* canonical name per header, "" when the --map
                                  * file ignores it (null), NULL when nothing reads it */
    /* cells kept as written (trimmed; NULL: empty): the columns eligo does
     * not read (unless elg_load_options.drop_unknown), for inspect, and the
     * elg_load_options.keep_columns, for reports */
    GPtrArray *text_cols;        /* GPtrArray* of const char* per column kept */
    GArray *text_header_index;   /* guint: header index of each */
    GArray *kept;                /* guint: the text_cols of keep_columns, in their order */
    /* the cells of one value (education, english, a date...) that could not
     * be read, in row order: a rare list, so that a report can say "\"Bachelr\"
     * not recognised" rather than "not given" */
    GArray *unread;              /* elg_unread */

    elg_diags *diags;
    unsigned rows_with_problems;
    unsigned header_repeats;     /* rows that repeated the header: reported, not read as rows */
    guint reserve;               /* rows expected (elg_store_reserve): columns made later get room */
    guint rows_ahead;            /* blank rows past n in the row columns, made ahead while
                                    loading (elg_store_append_row); elg_store_pad drops them */
    /* the row columns (the named pointers above point here) and the one
     * block they lie in, row_capacity rows each (elg_alloc_huge) */
    elg_row_column row_columns[ELG_RC__COUNT];
    gchar *row_slab;
    gsize row_slab_bytes;
    guint row_capacity;
};

/* Canonical name, value type and aliases of each column (columns.def). */
extern const char *const elg_column_names[ELG_COL__COUNT];
extern const elg_value_type elg_column_types[ELG_COL__COUNT];
extern const char *const elg_column_aliases[ELG_COL__COUNT];

/* Give every keyed column a value (unknown) for every row, and drop the
 * blank rows made ahead; the loader calls it once the last row is stored
 * (keyed columns grow only when written), and before appending a store. */
void elg_store_pad(elg_profiles *p);
/* Close the row columns' room for rows never stored and give it back; the
 * loader calls it once the last row is stored (room reserved ahead would
 * otherwise stay resident: the row slab is in huge pages). */
void elg_store_fit(elg_profiles *p);
/* Index the line offsets by block of rows (line_block); the loader calls it
 * once the last row is stored: no row is added after. */
void elg_store_index_lines(elg_profiles *p);
/* Append the rows of Q (a chunk of the same file, loaded in parallel with
 * the same header) to P: columns, keyed columns by key, skills re-interned;
 * Q's strings move to P.  Diagnostics and the duplicate-id check are the
 * caller's.  Free Q afterwards. */
void elg_store_append_store(elg_profiles *p, elg_profiles *q);
/* Make room for ROWS rows, SKILLS row skills and PAIRS experience pairs in
 * every column, so that appending chunks does not copy the columns again as
 * they grow (a hint: more rows still fit). */
void elg_store_reserve(elg_profiles *p, guint rows, guint skills, guint pairs);

/* The index of the set of nationality slots SLOTS, registered if new. */
guint32 elg_store_nat_set(elg_profiles *p, const guint8 slots[ELG_NAT_SLOTS]);

/* ROW's nationality slots (country indexes, ELG_NAT_EMPTY after the last). */
static inline const guint8 *elg_store_nat(const elg_profiles *p, guint row)
{
    const guint32 set = ((const guint32 *)p->nat->data)[row];
    return (const guint8 *)p->nat_sets->data + (gsize)set * ELG_NAT_SLOTS;
}

typedef struct {
    guint32 row;
    const char *field; /* the column's canonical name ("education", "experience_F", "q_C"), interned */
    const char *text;  /* the cell as written, interned */
} elg_unread;

/* Record that ROW's cell for FIELD, TEXT (LEN bytes), could not be read. */
void elg_store_unread_add(elg_profiles *p, guint32 row, const char *field, const char *text, size_t len);
/* The cell of ROW for FIELD that could not be read, or NULL (read, or empty). */
const char *elg_store_unread(const elg_profiles *p, guint32 row, const char *field);
/* The N cells of ROW that could not be read, in the order they were read
 * (N is 0 and NULL returned for a row read whole); they stay with P. */
const elg_unread *elg_store_unread_row(const elg_profiles *p, guint32 row, guint *n);

/* ROW's name, or NULL, given its id and the id's length: kept right after
 * the id, so a row costs one pointer. */
static inline const char *elg_store_name_after(const elg_profiles *p, guint row, const char *id, size_t id_len)
{
    return (((const guint8 *)p->flags->data)[row] & ELG_ROW_HAS_NAME) ? id + id_len + 1 : NULL;
}

/* ROW's name, or NULL. */
static inline const char *elg_store_name(const elg_profiles *p, guint row)
{
    const char *id = g_ptr_array_index(p->ids, row);
    return elg_store_name_after(p, row, id, strlen(id));
}

#define ELG_LINE_BLOCK_SHIFT 10 /* blocks of 1024 rows */

/* The index in line_rows of the change in force at ROW, from SPAN, the one
 * in force at an earlier row: for rows taken in order. */
static inline guint elg_store_line_span_from(const elg_profiles *p, guint span, guint row)
{
    const guint32 *rows = (const guint32 *)p->line_rows->data;
    while (span + 1 < p->line_rows->len && rows[span + 1] <= row)
        span++;
    return span;
}

/* The index in line_rows of the change in force at ROW (ROW < n): searched
 * between the changes in force at its block and the next, most often none. */
static inline guint elg_store_line_span(const elg_profiles *p, guint row)
{
    const guint32 *rows = (const guint32 *)p->line_rows->data;
    guint lo = 0, hi = p->line_rows->len; /* rows[0] == 0 <= row */
    if (p->line_block) {
        const guint32 *block = (const guint32 *)p->line_block->data;
        const guint b = row >> ELG_LINE_BLOCK_SHIFT;
        lo = block[b];
        if (b + 1 < p->line_block->len)
            hi = block[b + 1] + 1;
    }
    while (hi - lo > 1) {
        const guint mid = (lo + hi) / 2;
        if (rows[mid] <= row)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* The index of experience field NAME, registered if new. */
guint32 elg_store_field(elg_profiles *p, const char *name);
/* The index of experience field NAME, or -1 when the file never named it. */
gint elg_store_field_find(const elg_profiles *p, const char *name);
/* Where the last row's years in field F are written: an unknown pair is
 * made if the row has none yet (valid until the next pair is made). */
gint32 *elg_store_row_field(elg_profiles *p, guint32 f);

/* ROW's years in field F (an index, or -1), or ELG_UNKNOWN_YEARS. */
/* Years F in a field (-1 not given) of a row with FLAGS: 0 where the
 * experience cell said "none" (every field 0).  As masks, without a branch
 * or a select: the match loop's lanes vectorise it (a select made
 * eval_EXPERIENCE five times slower). */
static inline gint32 elg_years_or_none(gint32 f, guint8 flags)
{
    const gint32 none = -(gint32)((flags & ELG_ROW_EXP_NONE) != 0);
    return f & ~(none & -(gint32)(f < 0));
}

static inline gint32 elg_store_field_years(const elg_profiles *p, gint f, guint row)
{
    const guint32 *start = (const guint32 *)p->exp_start->data;
    const guint32 *field = (const guint32 *)p->exp_field->data;
    const gint32 *years = (const gint32 *)p->exp_years->data;
    gint32 v = ELG_UNKNOWN_YEARS;
    for (guint32 k = start[row]; f >= 0 && k < start[row + 1]; k++)
        v = field[k] == (guint32)f ? years[k] : v;
    return v;
}

/* Say that ROW's years in FIELD (an index, or ELG_SPAN_TOTAL) lie in
 * [LO, HI]; ROW is the last row stored (spans are added in row order). */
void elg_store_span_set(elg_profiles *p, guint32 row, gint32 field, gint32 lo, gint32 hi);
/* Forget ROW's span in FIELD (the last row's: a later cell gave the years). */
void elg_store_span_clear(elg_profiles *p, guint32 row, gint32 field);
/* Has ROW, the last row stored, a span yet?  (Cheap: spans are in row order.) */
static inline gboolean elg_store_row_has_spans(const elg_profiles *p, guint32 row)
{
    return p->spans->len && g_array_index(p->spans, elg_years_span, p->spans->len - 1).row == row;
}
/* ROW's span in FIELD, or NULL when its years (if any) are exact. */
const elg_years_span *elg_store_span(const elg_profiles *p, guint32 row, gint32 field);
/* The index of the first of the N spans SP (rows ascending) at row ROW or after. */
static inline guint elg_spans_from(const elg_years_span *sp, guint n, guint32 row)
{
    guint lo = 0, hi = n;
    while (lo < hi) {
        const guint mid = lo + (hi - lo) / 2;
        if (sp[mid].row < row)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The index of language CODE (not en or fr), registered if new. */
guint8 elg_store_language(elg_profiles *p, const char *code);
/* The index of language CODE, or -1 when the file never named it. */
gint elg_store_language_find(const elg_profiles *p, const char *code);
/* Where the last row's level in language LANG (an index) is written: an
 * unknown pair is made if the row has none yet (valid until the next pair
 * is made). */
gint8 *elg_store_row_language(elg_profiles *p, guint8 lang);

/* The column of KEY in a keyed set (answers), or NULL. */
const elg_keyed_column *elg_store_keyed(const GPtrArray *set, const char *key);

/* Ask for huge pages for a large block about to be filled (a hint): on
 * these machines the first touch of fresh memory costs as much as the work,
 * and far less in 2 MiB pages. */
void elg_store_advise_huge(void *data, gsize bytes);
/* Under AddressSanitizer (gcc defines __SANITIZE_ADDRESS__, clang answers
 * __has_feature), large arrays stay malloc blocks, which it watches. */
#if defined(__SANITIZE_ADDRESS__)
#define ELG_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ELG_ASAN 1
#endif
#endif

/* BYTES of memory for a large array about to be filled: from 2 MiB up, a
 * fresh mapping aligned to 2 MiB and advised for huge pages, so that its
 * first touch costs a fault per 2 MiB (the interior of a malloc block, often
 * reused and already in 4 KiB pages, does not get them).  Never NULL (aborts
 * like g_malloc).  Free with elg_free_huge(), giving the same BYTES. */
void *elg_alloc_huge(gsize bytes);
void elg_free_huge(void *data, gsize bytes);

#endif
