/* Private: from CSV records to stored rows.  load.c drives libcsv and hands
 * each field and record end here; load_headers.c maps headers to fields and
 * load_row.c normalises a row's cells into the columnar store. */
#ifndef ELG_LOAD_ROW_H
#define ELG_LOAD_ROW_H

#include <glib.h>
#include "load_memo.h"
#include "store.h"

#define ELG_DEFAULT_MAX_RECORD ((size_t)16 << 20) /* bytes of one record's cells */
#define ELG_NAT_CACHE_BITS 10 /* slots of elg_loader.nat_cache: 1 << 10 */

/* For tests only: FALSE sends every line through libcsv, turning off load.c's
 * own split of lines without quotes, so that both paths can be compared.
 * Set it only while no file is being loaded. */
extern gboolean elg_loader_plain_lines;

typedef enum {
    ELG_MAP_CANONICAL,  /* one of the columns.def fields */
    ELG_MAP_FIELD,      /* experience_F / exp_F: years in field F */
    ELG_MAP_ANSWER,     /* q_CRITERION */
    ELG_MAP_LANGUAGE,   /* a language's level: "German", "Niveau d'allemand", language_de */
    ELG_MAP_EXTRA,      /* unknown: not read (kept as written unless drop_unknown) */
} elg_map_kind;

typedef struct {
    elg_map_kind kind;
    elg_column column;    /* ELG_MAP_CANONICAL */
    char *key;            /* field tag, criterion id or language code */
    guint text;           /* 1 + its index in p->text_cols, where its cells are kept as written; 0: not kept */
} elg_header_map;

typedef struct elg_id_slot elg_id_slot;

typedef struct {
    elg_profiles *p;
    elg_load_options opt;
    unsigned max_columns;
    size_t max_record;     /* bytes of one record's cells (--max-record-size) */
    /* the current record's cells, trimmed: copied back to back, each
     * NUL-terminated, into one buffer reused for every record (no allocation
     * per cell); or, for a line the loader cut itself, left where they are
     * in the line, which lives until the record ends.  Read them with
     * elg_loader_cell: they are not NUL-terminated then. */
    char *cells;
    size_t cells_len, cells_cap;   /* cells_len: bytes a copy takes, for max_record either way */
    gboolean record_in_line;       /* the current record's cells are left in its line */
    struct elg_cell {
        union { size_t start; const char *text; }; /* offset into cells, or the text in its line */
        size_t len;
    } *cell;
    guint ncells, cell_cap;
    unsigned extra_fields; /* fields past max_columns in this record */
    size_t record_bytes;   /* bytes of the record's cells so far, kept or not */
    guint overflow_from;   /* first field read as empty for max_record (1-based), 0: none */
    gboolean header_done;
    GArray *map;           /* elg_header_map per header column */
    GArray *order;         /* guint: header columns in the order their cells are read (cell_pass) */
    struct elg_id_slot { guint32 hash, row; } *id_slots; /* candidate_ids seen (load_row.c) */
    guint32 id_cap, id_used;
    /* the last row's id, checked once the next row is read (or at the end):
     * its table slot is fetched meanwhile, not waited for */
    struct { guint32 row, hash; unsigned line; gboolean due; } pending_id;
    GError *error;         /* a fatal problem (bad header, mapping file) */
    guint id_col;          /* the candidate_id column, and its header's length: a row that */
    size_t id_header_len;  /* repeats the header is looked for only when its id is that long */
    unsigned no_id_line;   /* the header's line when it had no candidate_id: the records after are looked at */
    guint no_id_looked;    /* how many were */
    const char *row_id, *row_name; /* the row's id and name cells, stored together at its end */
    size_t row_id_len, row_name_len;
    const char *row_first, *row_last; /* its first and last name cells */
    size_t row_first_len, row_last_len;
    /* from the header: the name is the first and last names joined (no
     * name column, or a name column beside a first name column and no last
     * name column: the family name then) */
    gboolean name_joined, name_is_last;
    GString *row_text;       /* scratch: "ID\0NAME" */
    gboolean row_problem;    /* the row being stored has a problem */
    gboolean record_problem; /* found while its fields streamed in */
    gboolean defer_duplicates; /* a parallel chunk: load.c checks ids in file order */
    GArray *id_hashes;     /* deferred: guint32 hash of each row's id (0: empty), for load.c */
    elg_memo *memo;        /* normalised spellings seen before */
    gboolean own_memo;
    /* vocabulary tag (by pointer) -> its skill index in P, and a field tag
     * of a stable address (vocabulary, header key) -> its field index in P:
     * no hashing of the text per cell (open addressing, load_row.c tag_entry) */
    struct elg_tag_slot { const char *tag; guint32 index; } skill_cache[128], field_cache[128];
    /* the store's index of a set of nationality slots (index + 1; 0: empty);
     * a file has some thousands of sets (spellings and pairs) */
    struct elg_nat_slot { guint64 set; guint32 index; } nat_cache[1 << ELG_NAT_CACHE_BITS];
} elg_loader;

/* The text of cell I of the current record (its length: L->cell[I].len). */
static inline const char *elg_loader_cell(const elg_loader *L, guint i)
{
    return L->record_in_line ? L->cell[i].text : L->cells + L->cell[i].start;
}
/* A warning about the row (or header) on LINE, COLUMN; marks the row as having a problem. */
void elg_loader_row_warn(elg_loader *L, unsigned line, unsigned column, const char *field,
                         const char *value, const char *fmt, ...) G_GNUC_PRINTF(6, 7);
/* load_headers.c: map the header row (on LINE) to columns; a fatal problem goes to L->error. */
void elg_loader_map_headers(elg_loader *L, unsigned line);
/* load_headers.c: a record on LINE after a header without candidate_id that
 * reads as the header: said in L->error. */
void elg_loader_header_below(elg_loader *L, unsigned line);

/* MEMO: a memo to share (the loaders one thread makes in turn; it holds
 * nothing of P), or NULL for one of its own. */
void elg_loader_init(elg_loader *L, elg_profiles *p, const elg_load_options *opt,
                     unsigned max_columns, elg_memo *memo);
/* One field of the current record (copied). */
void elg_loader_field(elg_loader *L, const char *data, size_t len);
/* One field of the current record, left where it is: DATA lies in a line
 * that stays as it is until elg_loader_end_record.  A record's fields all
 * come one way or the other. */
void elg_loader_field_in_line(elg_loader *L, const char *data, size_t len);
/* The field just ended was longer than the limit and was dropped. */
void elg_loader_field_too_long(elg_loader *L, unsigned line, size_t bytes, size_t limit);
/* The file ended inside a quoted field opened in the record on line LINE. */
void elg_loader_unterminated_quote(elg_loader *L, unsigned line, unsigned last_line);
/* The second load of a file whose quote, on QUOTE_LINE in the record on
 * LINE, was never closed and took the rest of the file (to LAST_LINE) into
 * one field: that quote, now fed as a character of the current cell, is
 * reported at the record's line (as every problem of a row) with TEXT (LEN
 * bytes: from it to its line's end). */
void elg_loader_stray_quote(elg_loader *L, unsigned line, unsigned quote_line, const char *text, size_t len,
                            unsigned last_line);
/* Text followed a closing quote, on QUOTE_LINE, in the field now being
 * read, of the record on LINE: the field was read on unquoted. */
void elg_loader_text_after_quote(elg_loader *L, unsigned line, unsigned quote_line);
/* What a row before the header may hold and still be blank (";;", "";""
 * of a sheet's empty first rows): the file's first pass and the loader
 * skip the same rows. */
#define ELG_BLANK_ROW_CHARS " \t,;\""

/* The current record ended; it started on LINE. */
void elg_loader_end_record(elg_loader *L, unsigned line);
/* Check the last stored row's id now if that is still to do: before
 * anything is said of a later row, or rows are appended by others. */
void elg_loader_check_pending_id(elg_loader *L);
/* Report ID (of stored row ROW, on LINE; HASH as id_hashes holds it) if an
 * earlier row had it, and mark ROW as having a problem; else remember it.
 * TRUE when reported (the warning goes to the profiles' list). */
gboolean elg_loader_check_duplicate_hashed(elg_loader *L, guint32 row, const char *id,
                                           guint32 hash, unsigned line);
/* Make room for N ids in all (the table then does not grow on the way). */
void elg_loader_reserve_ids(elg_loader *L, guint32 n);
/* Start fetching the slot where HASH is looked up first (a hint only). */
static inline void elg_loader_prefetch_id(const elg_loader *L, guint32 hash)
{
#if defined(__GNUC__)
    if (L->id_cap)
        __builtin_prefetch(&L->id_slots[hash & (L->id_cap - 1)]);
#else
    (void)L;
    (void)hash;
#endif
}
/* TRUE once a fatal problem was found; loading stops. */
gboolean elg_loader_failed(const elg_loader *L);
/* After the last record: move a fatal problem to ERR, or finish the store. */
gboolean elg_loader_finish(elg_loader *L, GError **err);
void elg_loader_clear(elg_loader *L);

/* store.c */
elg_profiles *elg_store_new(const char *file, const elg_reference *ref);
/* Append a row of unknown values to every column; returns its index. */
unsigned elg_store_append_row(elg_profiles *p, unsigned line);
/* The keyed column KEY of SET, created (unknown for every row so far) if absent. */
elg_keyed_column *elg_store_keyed_get(elg_profiles *p, GPtrArray *set, const char *key);
/* Intern a skill tag; returns its index. */
guint32 elg_store_skill(elg_profiles *p, const char *tag);
/* Give the last row the skill SKILL. */
void elg_store_row_skill(elg_profiles *p, guint32 skill);

#endif
