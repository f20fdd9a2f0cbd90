/* The columnar profile store: creation, growth, accessors (store.h). */
#define _DEFAULT_SOURCE /* madvise */
#include <string.h>
#include <sys/mman.h>
#include "load_row.h"
#include "store.h"

static void keyed_free(gpointer p)
{
    elg_keyed_column *k = p;
    g_free(k->key);
    g_array_free(k->values, TRUE);
    g_free(k);
}

static void ptr_array_free(gpointer p) { g_ptr_array_free(p, TRUE); }

/* The row columns by name, in slab order (ELG_RC_*), the bytes of a value
 * of each, and the byte every byte of a blank row's value is (unknown;
 * nationality set 0: none given; no pair of other languages). */
#define ROW_COLUMNS(p)                                                                         \
    {&(p)->flags, &(p)->nat, &(p)->education, &(p)->equivalent, &(p)->staff_college,          \
     &(p)->english, &(p)->french, &(p)->clearance, &(p)->lang_count, &(p)->exp_total,         \
     &(p)->applied_on}
static const guint8 row_column_size[ELG_RC__COUNT] = {1, 4, 1, 1, 1, 1, 1, 1, 1, 4, 4};
static const guint8 row_blank[ELG_RC__COUNT] = {ELG_ROW_SKILLS_UNKNOWN, 0, 0xFF, 0xFF, 0xFF,
                                                0xFF, 0xFF, 0xFF, 0, 0xFF, 0};
G_STATIC_ASSERT(ELG_UNKNOWN_DATE == 0 && ELG_UNKNOWN_YEARS == -1);

/* Bytes row column I takes in a slab of ROWS rows: each starts a 64-byte line. */
static gsize row_column_bytes(size_t i, guint rows)
{
    return ((gsize)rows * row_column_size[i] + 63) & ~(gsize)63;
}

/* Move the row columns into a new slab of CAPACITY rows each. */
static void row_slab_resize(elg_profiles *p, guint capacity)
{
    gsize offset[ELG_RC__COUNT], bytes = 0;
    for (size_t i = 0; i < ELG_RC__COUNT; i++) {
        offset[i] = bytes;
        bytes += row_column_bytes(i, capacity);
    }
    gchar *slab = elg_alloc_huge(bytes);
    const guint rows = p->n + p->rows_ahead;
    for (size_t i = 0; i < ELG_RC__COUNT; i++) {
        elg_row_column *c = &p->row_columns[i];
        if (rows)
            memcpy(slab + offset[i], c->data, (gsize)rows * c->size);
        c->data = slab + offset[i];
    }
    elg_free_huge(p->row_slab, p->row_slab_bytes);
    p->row_slab = slab;
    p->row_slab_bytes = bytes;
    p->row_capacity = capacity;
}

/* Room for ROWS rows in every row column (growing by half at least). */
static void row_columns_reserve(elg_profiles *p, guint rows)
{
    if (rows > p->row_capacity)
        row_slab_resize(p, MAX(rows, p->row_capacity + p->row_capacity / 2));
}

elg_profiles *elg_store_new(const char *file, const elg_reference *ref)
{
    elg_profiles *p = g_new0(elg_profiles, 1);
    p->ref = ref;
    p->file = g_strdup(file);
    p->delimiter = ',';
    p->encoding = "UTF-8";
    /* 16 KiB blocks: the last block of each chunk's strings (about 120
     * chunks at 1M rows, their strings kept as they are) is left part empty */
    p->strings = g_string_chunk_new(1 << 14);
    p->more_strings = g_ptr_array_new_with_free_func((GDestroyNotify)g_string_chunk_free);
    p->ids = g_ptr_array_new();
    p->line_rows = g_array_new(FALSE, FALSE, sizeof(guint32));
    p->line_offsets = g_array_new(FALSE, FALSE, sizeof(guint32));
    elg_row_column **named[] = ROW_COLUMNS(p);
    G_STATIC_ASSERT(G_N_ELEMENTS(named) == ELG_RC__COUNT);
    for (size_t i = 0; i < G_N_ELEMENTS(named); i++) {
        p->row_columns[i].size = row_column_size[i];
        *named[i] = &p->row_columns[i];
    }
    p->nat_sets = g_array_new(FALSE, FALSE, ELG_NAT_SLOTS);
    p->nat_index = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    const guint8 none[ELG_NAT_SLOTS] = {0};
    elg_store_nat_set(p, none); /* set 0: no nationality given */
    p->skill_start = g_array_new(FALSE, FALSE, sizeof(guint32));
    guint32 zero = 0;
    g_array_append_val(p->skill_start, zero);
    p->skill_ids = g_array_new(FALSE, FALSE, sizeof(guint32));
    p->skill_names = g_ptr_array_new();
    p->skill_index = g_hash_table_new(g_str_hash, g_str_equal);
    p->field_names = g_ptr_array_new_with_free_func(g_free);
    p->field_index = g_hash_table_new(g_str_hash, g_str_equal);
    p->exp_start = g_array_new(FALSE, FALSE, sizeof(guint32));
    g_array_append_val(p->exp_start, zero);
    p->exp_field = g_array_new(FALSE, FALSE, sizeof(guint32));
    p->exp_years = g_array_new(FALSE, FALSE, sizeof(gint32));
    p->lang_codes = g_ptr_array_new_with_free_func(g_free);
    p->lang_pairs = g_array_new(FALSE, FALSE, sizeof(elg_lang_pair));
    p->answers = g_ptr_array_new_with_free_func(keyed_free);
    p->spans = g_array_new(FALSE, FALSE, sizeof(elg_years_span));
    p->headers = g_ptr_array_new_with_free_func(g_free);
    p->mapping = g_ptr_array_new_with_free_func(g_free);
    p->text_cols = g_ptr_array_new_with_free_func(ptr_array_free);
    p->text_header_index = g_array_new(FALSE, FALSE, sizeof(guint));
    p->kept = g_array_new(FALSE, FALSE, sizeof(guint));
    p->unread = g_array_new(FALSE, FALSE, sizeof(elg_unread));
    p->diags = elg_diags_new();
    return p;
}

void elg_profiles_free(elg_profiles *p)
{
    if (!p)
        return;
    g_free(p->file);
    if (p->strings)
        g_string_chunk_free(p->strings);
    g_ptr_array_free(p->more_strings, TRUE);
    g_ptr_array_free(p->ids, TRUE);
    g_hash_table_destroy(p->nat_index);
    GArray *arrays[] = {p->line_rows, p->line_offsets, p->nat_sets, p->skill_start, p->skill_ids,
                        p->text_header_index, p->kept, p->unread, p->exp_start, p->exp_field, p->exp_years,
                        p->lang_pairs, p->spans};
    for (size_t i = 0; i < G_N_ELEMENTS(arrays); i++)
        g_array_free(arrays[i], TRUE);
    elg_free_huge(p->row_slab, p->row_slab_bytes);
    if (p->line_block)
        g_array_free(p->line_block, TRUE);
    g_ptr_array_free(p->skill_names, TRUE);
    g_hash_table_destroy(p->skill_index);
    g_hash_table_destroy(p->field_index);
    g_ptr_array_free(p->field_names, TRUE);
    g_ptr_array_free(p->lang_codes, TRUE);
    g_ptr_array_free(p->answers, TRUE);
    g_ptr_array_free(p->headers, TRUE);
    g_ptr_array_free(p->mapping, TRUE);
    g_ptr_array_free(p->text_cols, TRUE);
    elg_diags_free(p->diags);
    g_free(p);
}

/* From ROW on, rows start on row + OFFSET (rows come in order). */
static void add_line(elg_profiles *p, guint32 row, guint32 offset)
{
    const guint len = p->line_offsets->len;
    if (len && g_array_index(p->line_offsets, guint32, len - 1) == offset)
        return;
    if (len && g_array_index(p->line_rows, guint32, len - 1) == row) {
        g_array_index(p->line_offsets, guint32, len - 1) = offset;
        return;
    }
    g_array_append_val(p->line_rows, row);
    g_array_append_val(p->line_offsets, offset);
}

/* Rows are made ahead a block at a time, every row column grown at once
 * with blank (unknown) values: one call per column and block, not one per
 * column and row. */
#define ROWS_AHEAD 4096u

static void make_rows_ahead(elg_profiles *p)
{
    /* within the room reserved while there is some (elg_store_reserve),
     * then the slab grows */
    const guint len = p->n + p->rows_ahead;
    const guint n = p->row_capacity > len ? MIN(ROWS_AHEAD, p->row_capacity - len) : ROWS_AHEAD;
    row_columns_reserve(p, len + n);
    for (size_t i = 0; i < ELG_RC__COUNT; i++) {
        elg_row_column *c = &p->row_columns[i];
        memset(c->data + (gsize)len * c->size, row_blank[i], (gsize)n * c->size);
    }
    g_array_set_size(p->skill_start, p->skill_start->len + n);
    g_array_set_size(p->exp_start, p->exp_start->len + n);
    g_ptr_array_set_size(p->ids, (gint)(p->ids->len + n));
    for (guint e = 0; e < p->text_cols->len; e++) {
        GPtrArray *col = g_ptr_array_index(p->text_cols, e);
        g_ptr_array_set_size(col, (gint)(col->len + n)); /* NULL: no value */
    }
    p->rows_ahead += n;
}

/* Cut the row columns back to the rows stored. */
static void drop_rows_ahead(elg_profiles *p)
{
    if (!p->rows_ahead)
        return;
    g_array_set_size(p->skill_start, p->n + 1);
    g_array_set_size(p->exp_start, p->n + 1);
    g_ptr_array_set_size(p->ids, (gint)p->n);
    for (guint e = 0; e < p->text_cols->len; e++)
        g_ptr_array_set_size(g_ptr_array_index(p->text_cols, e), (gint)p->n);
    p->rows_ahead = 0;
}

unsigned elg_store_append_row(elg_profiles *p, unsigned line)
{
    if (!p->rows_ahead)
        make_rows_ahead(p);
    p->rows_ahead--;
    unsigned row = p->n++;
    add_line(p, row, line - row);
    g_ptr_array_index(p->ids, row) = (gpointer) "";
    /* the row's lists start where the last row's ended, and are empty so far */
    g_array_index(p->skill_start, guint32, row + 1) = p->skill_ids->len;
    g_array_index(p->exp_start, guint32, row + 1) = p->exp_field->len;
    /* keyed columns grow when written (elg_store_keyed_get) and are padded
     * to every row at the end (elg_store_pad): most rows leave most unknown */
    return row;
}

const elg_keyed_column *elg_store_keyed(const GPtrArray *set, const char *key)
{
    for (guint i = 0; i < set->len; i++) {
        const elg_keyed_column *c = g_ptr_array_index(set, i);
        if (c->key[0] == key[0] && strcmp(c->key, key) == 0)
            return c;
    }
    return NULL;
}

static void append_unknowns(GArray *a, guint n);

guint32 elg_store_nat_set(elg_profiles *p, const guint8 slots[ELG_NAT_SLOTS])
{
    G_STATIC_ASSERT(ELG_NAT_SLOTS == sizeof(gint64)); /* a set is its 8 bytes */
    gint64 key;
    memcpy(&key, slots, sizeof key);
    gpointer v = g_hash_table_lookup(p->nat_index, &key);
    if (v)
        return GPOINTER_TO_UINT(v) - 1;
    g_array_append_vals(p->nat_sets, slots, 1);
    g_hash_table_insert(p->nat_index, g_memdup2(&key, sizeof key), GUINT_TO_POINTER(p->nat_sets->len));
    return p->nat_sets->len - 1;
}

guint32 elg_store_field(elg_profiles *p, const char *name)
{
    gpointer v = g_hash_table_lookup(p->field_index, name);
    if (v)
        return GPOINTER_TO_UINT(v) - 1;
    char *copy = g_strdup(name);
    g_ptr_array_add(p->field_names, copy);
    g_hash_table_insert(p->field_index, copy, GUINT_TO_POINTER(p->field_names->len));
    return p->field_names->len - 1;
}

gint elg_store_field_find(const elg_profiles *p, const char *name)
{
    return (gint)GPOINTER_TO_UINT(g_hash_table_lookup(p->field_index, name)) - 1;
}

gint32 *elg_store_row_field(elg_profiles *p, guint32 f)
{
    guint32 *start = &g_array_index(p->exp_start, guint32, p->n - 1);
    const guint32 *field = (const guint32 *)p->exp_field->data;
    /* a field given twice in a row: the later value is written over the earlier */
    for (guint32 k = *start; k < p->exp_field->len; k++)
        if (field[k] == f)
            return &g_array_index(p->exp_years, gint32, k);
    const gint32 unknown = ELG_UNKNOWN_YEARS;
    g_array_append_val(p->exp_field, f);
    g_array_append_val(p->exp_years, unknown);
    start[1] = p->exp_field->len;
    return &g_array_index(p->exp_years, gint32, p->exp_years->len - 1);
}

/* ROW's span in FIELD among the last row's, which end the list. */
static elg_years_span *last_row_span(elg_profiles *p, guint32 row, gint32 field)
{
    for (guint k = p->spans->len; k-- > 0;) {
        elg_years_span *sp = &g_array_index(p->spans, elg_years_span, k);
        if (sp->row != row)
            break;
        if (sp->field == field)
            return sp;
    }
    return NULL;
}

void elg_store_span_set(elg_profiles *p, guint32 row, gint32 field, gint32 lo, gint32 hi)
{
    elg_years_span *sp = last_row_span(p, row, field);
    const elg_years_span n = {row, field, lo, hi};
    if (sp)
        *sp = n;
    else
        g_array_append_val(p->spans, n);
}

void elg_store_span_clear(elg_profiles *p, guint32 row, gint32 field)
{
    elg_years_span *sp = last_row_span(p, row, field);
    if (sp)
        g_array_remove_index(p->spans, (guint)(sp - (elg_years_span *)(void *)p->spans->data));
}

const elg_years_span *elg_store_span(const elg_profiles *p, guint32 row, gint32 field)
{
    const elg_years_span *sp = (const elg_years_span *)(const void *)p->spans->data;
    for (guint k = elg_spans_from(sp, p->spans->len, row); k < p->spans->len && sp[k].row == row; k++)
        if (sp[k].field == field)
            return &sp[k];
    return NULL;
}

guint8 elg_store_language(elg_profiles *p, const char *code)
{
    const gint known = elg_store_language_find(p, code);
    if (known >= 0)
        return (guint8)known;
    /* the codes are the reference's (at most ELG_MAX_LANGUAGES, en and fr
     * among them, never stored) */
    g_assert(p->lang_codes->len < ELG_MAX_LANGUAGES);
    g_ptr_array_add(p->lang_codes, g_strdup(code));
    return (guint8)(p->lang_codes->len - 1);
}

gint elg_store_language_find(const elg_profiles *p, const char *code)
{
    for (guint i = 0; i < p->lang_codes->len; i++) {
        const char *c = g_ptr_array_index(p->lang_codes, i);
        if (c[0] == code[0] && strcmp(c, code) == 0)
            return (gint)i;
    }
    return -1;
}

gint8 *elg_store_row_language(elg_profiles *p, guint8 lang)
{
    guint8 *count = &ELG_ROW_VALUE(p->lang_count, guint8, p->n - 1);
    /* a language given twice in a row: the later level is written over the earlier */
    for (guint k = p->lang_pairs->len - *count; k < p->lang_pairs->len; k++) {
        elg_lang_pair *pair = &g_array_index(p->lang_pairs, elg_lang_pair, k);
        if (pair->lang == lang)
            return &pair->level;
    }
    const elg_lang_pair unknown = {lang, ELG_UNKNOWN_I8};
    g_array_append_val(p->lang_pairs, unknown);
    (*count)++; /* one pair a language, and fewer than 256 languages */
    return &g_array_index(p->lang_pairs, elg_lang_pair, p->lang_pairs->len - 1).level;
}

elg_keyed_column *elg_store_keyed_get(elg_profiles *p, GPtrArray *set, const char *key)
{
    elg_keyed_column *c = (elg_keyed_column *)elg_store_keyed(set, key);
    if (c) {
        if (c->values->len < p->n)
            append_unknowns(c->values, p->n - c->values->len);
        return c;
    }
    c = g_new0(elg_keyed_column, 1);
    c->key = g_strdup(key);
    const guint size = sizeof(gint8);
    c->values = g_array_sized_new(FALSE, FALSE, size, MAX(p->n, p->reserve));
    if (p->reserve)
        elg_store_advise_huge(c->values->data, (gsize)MAX(p->n, p->reserve) * size);
    g_array_set_size(c->values, p->n);
    if (p->n)
        memset(c->values->data, 0xFF, (gsize)p->n * size);
    g_ptr_array_add(set, c);
    return c;
}

guint32 elg_store_skill(elg_profiles *p, const char *tag)
{
    gpointer v = g_hash_table_lookup(p->skill_index, tag);
    if (v)
        return GPOINTER_TO_UINT(v) - 1;
    char *interned = g_string_chunk_insert(p->strings, tag);
    g_ptr_array_add(p->skill_names, interned);
    g_hash_table_insert(p->skill_index, interned, GUINT_TO_POINTER(p->skill_names->len));
    return p->skill_names->len - 1;
}

unsigned elg_profiles_count(const elg_profiles *p) { return p->n; }
const elg_diags *elg_profiles_diags(const elg_profiles *p) { return p->diags; }
unsigned elg_profiles_rows_with_problems(const elg_profiles *p) { return p->rows_with_problems; }
const char *elg_profiles_encoding(const elg_profiles *p) { return p->encoding; }
char elg_profiles_delimiter(const elg_profiles *p) { return p->delimiter; }

const char *elg_profiles_id(const elg_profiles *p, unsigned i)
{
    return g_ptr_array_index(p->ids, i);
}

unsigned elg_profiles_line(const elg_profiles *p, unsigned i)
{
    return i + g_array_index(p->line_offsets, guint32, elg_store_line_span(p, i));
}

void elg_store_unread_add(elg_profiles *p, guint32 row, const char *field, const char *text, size_t len)
{
    const elg_unread u = {row, g_string_chunk_insert_const(p->strings, field),
                          g_string_chunk_insert_len(p->strings, text, (gssize)len)};
    g_array_append_val(p->unread, u);
    ELG_ROW_VALUE(p->flags, guint8, row) |= ELG_ROW_UNREAD;
}

const elg_unread *elg_store_unread_row(const elg_profiles *p, guint32 row, guint *n)
{
    *n = 0;
    if (!(ELG_ROW_VALUE(p->flags, guint8, row) & ELG_ROW_UNREAD))
        return NULL;
    /* the first entry of ROW, then its few entries */
    const elg_unread *u = (const elg_unread *)(void *)p->unread->data;
    guint lo = 0, hi = p->unread->len;
    while (lo < hi) {
        const guint mid = lo + (hi - lo) / 2;
        if (u[mid].row < row)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (hi = lo; hi < p->unread->len && u[hi].row == row; hi++)
        ;
    *n = hi - lo;
    return u + lo;
}

const char *elg_store_unread(const elg_profiles *p, guint32 row, const char *field)
{
    guint n;
    const elg_unread *u = elg_store_unread_row(p, row, &n);
    for (guint i = 0; i < n; i++)
        if (strcmp(u[i].field, field) == 0)
            return u[i].text;
    return NULL;
}

unsigned elg_profiles_kept_count(const elg_profiles *p)
{
    return p->kept->len;
}

const char *elg_profiles_kept_header(const elg_profiles *p, unsigned k)
{
    const guint text = g_array_index(p->kept, guint, k);
    return g_ptr_array_index(p->headers, g_array_index(p->text_header_index, guint, text));
}

const char *elg_profiles_kept_value(const elg_profiles *p, unsigned k, unsigned i)
{
    const GPtrArray *col = g_ptr_array_index(p->text_cols, g_array_index(p->kept, guint, k));
    return g_ptr_array_index(col, i);
}

void elg_store_row_skill(elg_profiles *p, guint32 skill)
{
    g_array_append_val(p->skill_ids, skill);
    g_array_index(p->skill_start, guint32, p->n) = p->skill_ids->len;
}

static void append_unknowns(GArray *a, guint n)
{
    guint size = g_array_get_element_size(a), len = a->len;
    g_array_set_size(a, len + n);
    memset(a->data + (gsize)len * size, 0xFF, (gsize)n * size);
}

static void append_array(GArray *dst, GArray *src, guint from)
{
    if (src->len > from)
        g_array_append_vals(dst, src->data + (gsize)from * g_array_get_element_size(src),
                            src->len - from);
}

void elg_store_pad(elg_profiles *p)
{
    drop_rows_ahead(p);
    for (guint k = 0; k < p->answers->len; k++) {
        elg_keyed_column *c = g_ptr_array_index(p->answers, k);
        if (c->values->len < p->n)
            append_unknowns(c->values, p->n - c->values->len);
    }
}

static void release_tail(void *data, gsize used, gsize bytes);

void elg_store_fit(elg_profiles *p)
{
    drop_rows_ahead(p);
    if (p->row_capacity == p->n)
        return;
    /* each column moves down (to where a slab of n rows puts it), in slab
     * order, so none is overwritten before it has moved */
    gsize bytes = 0;
    for (size_t i = 0; i < ELG_RC__COUNT; i++) {
        elg_row_column *c = &p->row_columns[i];
        gchar *to = p->row_slab + bytes;
        if (p->n && to != c->data)
            memmove(to, c->data, (gsize)p->n * c->size);
        c->data = to;
        bytes += row_column_bytes(i, p->n);
    }
    p->row_capacity = p->n;
    release_tail(p->row_slab, bytes, p->row_slab_bytes);
}

void elg_store_index_lines(elg_profiles *p)
{
    const guint blocks = (p->n >> ELG_LINE_BLOCK_SHIFT) + 1;
    GArray *index = g_array_sized_new(FALSE, FALSE, sizeof(guint32), blocks);
    guint32 change = 0;
    for (guint b = 0; b < blocks; b++) {
        change = elg_store_line_span_from(p, change, b << ELG_LINE_BLOCK_SHIFT);
        g_array_append_val(index, change);
    }
    p->line_block = index;
}

/* Append SRC's guint32 indexes to DST, each through MAP (a chunk's index
 * to the store's); returns where they start in DST. */
static guint32 append_mapped(GArray *dst, const GArray *src, const guint32 *map)
{
    const guint32 base = dst->len;
    g_array_set_size(dst, base + src->len);
    guint32 *to = &g_array_index(dst, guint32, base);
    for (guint i = 0; i < src->len; i++)
        to[i] = map[g_array_index(src, guint32, i)];
    return base;
}

/* Append the NQ rows' lists of a chunk (Q_START: NQ + 1 offsets into
 * Q_IDX, whose values index Q_NAMES) to P's, the names registered in P by
 * INTERN. */
static void append_lists(elg_profiles *p, GArray *p_start, GArray *p_idx, const GArray *q_start,
                         const GArray *q_idx, const GPtrArray *q_names,
                         guint32 (*intern)(elg_profiles *, const char *), guint nq)
{
    guint32 *map = g_new(guint32, q_names->len ? q_names->len : 1);
    for (guint i = 0; i < q_names->len; i++)
        map[i] = intern(p, g_ptr_array_index(q_names, i));
    const guint32 base = append_mapped(p_idx, q_idx, map);
    const guint starts = p_start->len;
    g_array_set_size(p_start, starts + nq);
    guint32 *start = &g_array_index(p_start, guint32, starts);
    for (guint i = 1; i <= nq; i++)
        start[i - 1] = base + g_array_index(q_start, guint32, i);
    g_free(map);
}

void elg_store_append_store(elg_profiles *p, elg_profiles *q)
{
    const guint nq = q->n;
    elg_store_pad(p);
    elg_store_pad(q);
    /* new keys come after the known ones, in the order the chunk met them,
     * as they would have in one pass */
    for (guint k = 0; k < q->answers->len; k++) {
        const elg_keyed_column *qc = g_ptr_array_index(q->answers, k);
        elg_store_keyed_get(p, p->answers, qc->key);
    }
    for (guint k = 0; k < p->answers->len; k++) {
        elg_keyed_column *pc = g_ptr_array_index(p->answers, k);
        const elg_keyed_column *qc = elg_store_keyed(q->answers, pc->key);
        if (qc)
            append_array(pc->values, qc->values, 0);
        else
            append_unknowns(pc->values, nq);
    }
    /* other languages: the chunk's indexes to the store's (the counts come
     * with the row columns) */
    guint8 lang_map[ELG_MAX_LANGUAGES];
    for (guint i = 0; i < q->lang_codes->len; i++)
        lang_map[i] = elg_store_language(p, g_ptr_array_index(q->lang_codes, i));
    const guint lang_base = p->lang_pairs->len;
    append_array(p->lang_pairs, q->lang_pairs, 0);
    elg_lang_pair *lp = (elg_lang_pair *)(void *)p->lang_pairs->data;
    for (guint i = lang_base; i < p->lang_pairs->len; i++)
        lp[i].lang = lang_map[lp[i].lang];
    row_columns_reserve(p, p->n + nq);
    p->n += nq;
    const guint32 row_base = p->n - nq; /* q's rows come after p's */
    for (guint j = 0; j < q->line_rows->len; j++)
        add_line(p, row_base + g_array_index(q->line_rows, guint32, j),
                 g_array_index(q->line_offsets, guint32, j) - row_base);
    /* nationality sets: the chunk's indexes to the store's */
    guint32 *set_map = g_new(guint32, q->nat_sets->len);
    for (guint i = 0; i < q->nat_sets->len; i++)
        set_map[i] = elg_store_nat_set(p, (const guint8 *)q->nat_sets->data + (gsize)i * ELG_NAT_SLOTS);
    guint32 *nat = &ELG_ROW_VALUE(p->nat, guint32, row_base);
    for (guint i = 0; i < nq; i++)
        nat[i] = set_map[ELG_ROW_VALUE(q->nat, guint32, i)];
    g_free(set_map);
    for (size_t i = 0; i < ELG_RC__COUNT; i++) {
        elg_row_column *to = &p->row_columns[i];
        if (i != ELG_RC_NAT && nq)
            memcpy(to->data + (gsize)row_base * to->size, q->row_columns[i].data, (gsize)nq * to->size);
    }
    g_ptr_array_extend(p->ids, q->ids, NULL, NULL);
    for (guint e = 0; e < p->text_cols->len && e < q->text_cols->len; e++)
        g_ptr_array_extend(g_ptr_array_index(p->text_cols, e),
                           g_ptr_array_index(q->text_cols, e), NULL, NULL);
    /* skills and experience pairs: the chunk's indexes to the store's,
     * registered in the order the chunk met them, as in one pass */
    append_lists(p, p->skill_start, p->skill_ids, q->skill_start, q->skill_ids, q->skill_names,
                 elg_store_skill, nq);
    append_lists(p, p->exp_start, p->exp_field, q->exp_start, q->exp_field, q->field_names,
                 elg_store_field, nq);
    append_array(p->exp_years, q->exp_years, 0);
    for (guint i = 0; i < q->spans->len; i++) { /* rows and fields to the store's */
        elg_years_span sp = g_array_index(q->spans, elg_years_span, i);
        sp.row += row_base;
        if (sp.field != ELG_SPAN_TOTAL)
            sp.field = (gint32)elg_store_field(p, g_ptr_array_index(q->field_names, sp.field));
        g_array_append_val(p->spans, sp);
    }
    p->rows_with_problems += q->rows_with_problems;
    p->header_repeats += q->header_repeats;
    for (guint i = 0; i < q->unread->len; i++) { /* its strings come along below */
        elg_unread u = g_array_index(q->unread, elg_unread, i);
        u.row += row_base;
        g_array_append_val(p->unread, u);
    }
    g_ptr_array_add(p->more_strings, q->strings);
    q->strings = NULL;
}

/* Large columns are filled once, front to back: huge pages spare a page
 * fault every 4 KiB (the system gives them where asked: THP "madvise"). */
void elg_store_advise_huge(void *data, gsize bytes)
{
#ifdef MADV_HUGEPAGE
    const guintptr page = 4096, start = ((guintptr)data + page - 1) & ~(page - 1),
                   end = ((guintptr)data + bytes) & ~(page - 1);
    if (bytes >= (2u << 20) && end > start)
        madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

#define HUGE_PAGE ((gsize)2 << 20)
/* mmap, not malloc: freed blocks of a few MiB go back to malloc's heap and
 * are handed out again already backed by 4 KiB pages; a fresh mapping gets
 * huge pages.  Sanitizer builds keep malloc, which they watch. */
#if defined(MADV_HUGEPAGE) && !defined(ELG_ASAN)
#define HUGE_MAP 1
#endif

void *elg_alloc_huge(gsize bytes)
{
#ifdef HUGE_MAP
    if (bytes >= HUGE_PAGE) {
        const gsize len = (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
        char *m = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            g_error("eligo: out of memory (%" G_GSIZE_FORMAT " bytes)", bytes);
        /* keep the 2 MiB-aligned part */
        char *a = (char *)(((guintptr)m + HUGE_PAGE - 1) & ~(guintptr)(HUGE_PAGE - 1));
        if (a > m)
            munmap(m, (gsize)(a - m));
        if (m + len + HUGE_PAGE > a + len)
            munmap(a + len, (gsize)(m + len + HUGE_PAGE - (a + len)));
        madvise(a, len, MADV_HUGEPAGE);
        return a;
    }
#endif
    return g_malloc(bytes ? bytes : 1);
}

/* Give back the pages of a block of elg_alloc_huge (BYTES) past its first
 * USED bytes, keeping the block as it is: the next touch there would get
 * fresh pages. */
static void release_tail(void *data, gsize used, gsize bytes)
{
#ifdef HUGE_MAP
    if (bytes >= HUGE_PAGE) {
        const guintptr page = 4096, from = ((guintptr)data + used + page - 1) & ~(page - 1),
                       end = (guintptr)data + ((bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1));
        if (end > from)
            madvise((void *)from, end - from, MADV_DONTNEED);
    }
#else
    (void)data;
    (void)used;
    (void)bytes;
#endif
}

void elg_free_huge(void *data, gsize bytes)
{
    if (!data)
        return;
#ifdef HUGE_MAP
    if (bytes >= HUGE_PAGE) {
        munmap(data, (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1));
        return;
    }
#else
    (void)bytes;
#endif
    g_free(data);
}

/* A copy of A with room for N elements (GArray has no way to reserve). */
static GArray *reserved_array(GArray *a, guint n)
{
    GArray *b = g_array_sized_new(FALSE, FALSE, g_array_get_element_size(a), MAX(n, a->len));
    elg_store_advise_huge(b->data, (gsize)MAX(n, a->len) * g_array_get_element_size(a));
    g_array_append_vals(b, a->data, a->len);
    g_array_free(a, TRUE);
    return b;
}

static GPtrArray *reserved_ptr_array(GPtrArray *a, guint n)
{
    GPtrArray *b = g_ptr_array_sized_new(MAX(n, a->len));
    elg_store_advise_huge(b->pdata, (gsize)MAX(n, a->len) * sizeof(gpointer));
    g_ptr_array_extend(b, a, NULL, NULL);
    g_ptr_array_free(a, TRUE);
    return b;
}

void elg_store_reserve(elg_profiles *p, guint rows, guint skills, guint pairs)
{
    if (rows <= p->n)
        return;
    p->reserve = rows;
    if (rows > p->row_capacity)
        row_slab_resize(p, rows);
    p->skill_start = reserved_array(p->skill_start, rows + 1);
    p->skill_ids = reserved_array(p->skill_ids, skills);
    p->exp_start = reserved_array(p->exp_start, rows + 1);
    p->exp_field = reserved_array(p->exp_field, pairs);
    p->exp_years = reserved_array(p->exp_years, pairs);
    p->ids = reserved_ptr_array(p->ids, rows);
    for (guint e = 0; e < p->text_cols->len; e++)
        p->text_cols->pdata[e] = reserved_ptr_array(p->text_cols->pdata[e], rows);
    for (guint k = 0; k < p->answers->len; k++) {
        elg_keyed_column *c = g_ptr_array_index(p->answers, k);
        c->values = reserved_array(c->values, rows);
    }
}
