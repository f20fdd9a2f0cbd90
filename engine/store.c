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

elg_profiles *elg_store_new(const char *file, const elg_reference *ref)
{
    elg_profiles *p = g_new0(elg_profiles, 1);
    p->ref = ref;
    p->file = g_strdup(file);
    p->delimiter = ',';
    p->encoding = "UTF-8";
    p->strings = g_string_chunk_new(1 << 16);
    p->more_strings = g_ptr_array_new_with_free_func((GDestroyNotify)g_string_chunk_free);
    p->ids = g_ptr_array_new();
    p->names = g_ptr_array_new();
    p->lines = g_array_new(FALSE, FALSE, sizeof(guint32));
    p->flags = g_array_new(FALSE, FALSE, sizeof(guint8));
    p->nat = g_array_new(FALSE, FALSE, ELG_NAT_SLOTS);
    GArray **i8[] = {&p->education, &p->equivalent, &p->staff_college,
                     &p->english, &p->french, &p->clearance};
    for (size_t i = 0; i < G_N_ELEMENTS(i8); i++)
        *i8[i] = g_array_new(FALSE, FALSE, sizeof(gint8));
    p->exp_total = g_array_new(FALSE, FALSE, sizeof(gint32));
    p->applied_on = g_array_new(FALSE, FALSE, sizeof(guint32));
    p->skill_start = g_array_new(FALSE, FALSE, sizeof(guint32));
    guint32 zero = 0;
    g_array_append_val(p->skill_start, zero);
    p->skill_ids = g_array_new(FALSE, FALSE, sizeof(guint32));
    p->skill_names = g_ptr_array_new();
    p->skill_index = g_hash_table_new(g_str_hash, g_str_equal);
    p->fields = g_ptr_array_new_with_free_func(keyed_free);
    p->languages = g_ptr_array_new_with_free_func(keyed_free);
    p->answers = g_ptr_array_new_with_free_func(keyed_free);
    p->headers = g_ptr_array_new_with_free_func(g_free);
    p->mapping = g_ptr_array_new_with_free_func(g_free);
    p->extra_cols = g_ptr_array_new_with_free_func(ptr_array_free);
    p->extra_header_index = g_array_new(FALSE, FALSE, sizeof(guint));
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
    g_ptr_array_free(p->names, TRUE);
    GArray *arrays[] = {p->lines, p->flags, p->nat, p->education, p->equivalent,
                        p->staff_college, p->english, p->french, p->clearance,
                        p->exp_total, p->applied_on, p->skill_start, p->skill_ids,
                        p->extra_header_index};
    for (size_t i = 0; i < G_N_ELEMENTS(arrays); i++)
        g_array_free(arrays[i], TRUE);
    g_ptr_array_free(p->skill_names, TRUE);
    g_hash_table_destroy(p->skill_index);
    g_ptr_array_free(p->fields, TRUE);
    g_ptr_array_free(p->languages, TRUE);
    g_ptr_array_free(p->answers, TRUE);
    g_ptr_array_free(p->headers, TRUE);
    g_ptr_array_free(p->mapping, TRUE);
    g_ptr_array_free(p->extra_cols, TRUE);
    elg_diags_free(p->diags);
    g_free(p);
}

static void append_unknown(GArray *a, guint elem_size)
{
    g_array_set_size(a, a->len + 1);
    memset(a->data + (gsize)(a->len - 1) * elem_size, 0xFF, elem_size);
}

unsigned elg_store_append_row(elg_profiles *p, unsigned line)
{
    unsigned row = p->n++;
    guint32 l = line;
    g_array_append_val(p->lines, l);
    guint8 flags = ELG_ROW_SKILLS_UNKNOWN;
    g_array_append_val(p->flags, flags);
    g_ptr_array_add(p->ids, (gpointer) "");
    g_ptr_array_add(p->names, NULL);
    guint8 nat[ELG_NAT_SLOTS] = {0};
    g_array_append_vals(p->nat, nat, 1);
    GArray *i8[] = {p->education, p->equivalent, p->staff_college,
                    p->english, p->french, p->clearance};
    for (size_t i = 0; i < G_N_ELEMENTS(i8); i++)
        append_unknown(i8[i], 1);
    append_unknown(p->exp_total, 4);
    guint32 no_date = ELG_UNKNOWN_DATE;
    g_array_append_val(p->applied_on, no_date);
    guint32 start = p->skill_ids->len;
    g_array_append_val(p->skill_start, start);
    /* keyed columns grow when written (elg_store_keyed_get) and are padded
     * to every row at the end (elg_store_pad): most rows leave most unknown */
    for (guint e = 0; e < p->extra_cols->len; e++)
        g_ptr_array_add(g_ptr_array_index(p->extra_cols, e), NULL);
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

elg_keyed_column *elg_store_keyed_get(elg_profiles *p, GPtrArray *set, const char *key,
                                      gboolean years)
{
    elg_keyed_column *c = (elg_keyed_column *)elg_store_keyed(set, key);
    if (c) {
        if (c->values->len < p->n)
            append_unknowns(c->values, p->n - c->values->len);
        return c;
    }
    c = g_new0(elg_keyed_column, 1);
    c->key = g_strdup(key);
    guint size = years ? sizeof(gint32) : sizeof(gint8);
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
    return g_array_index(p->lines, guint32, i);
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
    GPtrArray *sets[] = {p->fields, p->languages, p->answers};
    for (size_t s = 0; s < G_N_ELEMENTS(sets); s++)
        for (guint k = 0; k < sets[s]->len; k++) {
            elg_keyed_column *c = g_ptr_array_index(sets[s], k);
            if (c->values->len < p->n)
                append_unknowns(c->values, p->n - c->values->len);
        }
}

void elg_store_append_store(elg_profiles *p, elg_profiles *q)
{
    const guint nq = q->n;
    elg_store_pad(p);
    elg_store_pad(q);
    GPtrArray *psets[] = {p->fields, p->languages, p->answers};
    GPtrArray *qsets[] = {q->fields, q->languages, q->answers};
    for (size_t s = 0; s < G_N_ELEMENTS(psets); s++) {
        /* new keys come after the known ones, in the order the chunk met them,
         * as they would have in one pass */
        for (guint k = 0; k < qsets[s]->len; k++) {
            const elg_keyed_column *qc = g_ptr_array_index(qsets[s], k);
            elg_store_keyed_get(p, psets[s], qc->key, g_array_get_element_size(qc->values) == 4);
        }
        for (guint k = 0; k < psets[s]->len; k++) {
            elg_keyed_column *pc = g_ptr_array_index(psets[s], k);
            const elg_keyed_column *qc = elg_store_keyed(qsets[s], pc->key);
            if (qc)
                append_array(pc->values, qc->values, 0);
            else
                append_unknowns(pc->values, nq);
        }
    }
    p->n += nq;
    GArray *pa[] = {p->lines, p->flags, p->nat, p->education, p->equivalent, p->staff_college,
                    p->english, p->french, p->clearance, p->exp_total, p->applied_on};
    GArray *qa[] = {q->lines, q->flags, q->nat, q->education, q->equivalent, q->staff_college,
                    q->english, q->french, q->clearance, q->exp_total, q->applied_on};
    for (size_t i = 0; i < G_N_ELEMENTS(pa); i++)
        append_array(pa[i], qa[i], 0);
    g_ptr_array_extend(p->ids, q->ids, NULL, NULL);
    g_ptr_array_extend(p->names, q->names, NULL, NULL);
    for (guint e = 0; e < p->extra_cols->len && e < q->extra_cols->len; e++)
        g_ptr_array_extend(g_ptr_array_index(p->extra_cols, e),
                           g_ptr_array_index(q->extra_cols, e), NULL, NULL);
    /* skills: the chunk's indexes to the store's, interned in the same order */
    guint32 *map = g_new(guint32, q->skill_names->len ? q->skill_names->len : 1);
    for (guint i = 0; i < q->skill_names->len; i++)
        map[i] = elg_store_skill(p, g_ptr_array_index(q->skill_names, i));
    const guint32 base = p->skill_ids->len;
    g_array_set_size(p->skill_ids, base + q->skill_ids->len);
    guint32 *ids = &g_array_index(p->skill_ids, guint32, base);
    for (guint i = 0; i < q->skill_ids->len; i++)
        ids[i] = map[g_array_index(q->skill_ids, guint32, i)];
    const guint starts = p->skill_start->len;
    g_array_set_size(p->skill_start, starts + nq);
    guint32 *start = &g_array_index(p->skill_start, guint32, starts);
    for (guint i = 1; i <= nq; i++)
        start[i - 1] = base + g_array_index(q->skill_start, guint32, i);
    g_free(map);
    p->rows_with_problems += q->rows_with_problems;
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

void elg_store_reserve(elg_profiles *p, guint rows, guint skills)
{
    if (rows <= p->n)
        return;
    p->reserve = rows;
    GArray **arrays[] = {&p->lines, &p->flags, &p->nat, &p->education, &p->equivalent,
                         &p->staff_college, &p->english, &p->french, &p->clearance,
                         &p->exp_total, &p->applied_on};
    for (size_t i = 0; i < G_N_ELEMENTS(arrays); i++)
        *arrays[i] = reserved_array(*arrays[i], rows);
    p->skill_start = reserved_array(p->skill_start, rows + 1);
    p->skill_ids = reserved_array(p->skill_ids, skills);
    p->ids = reserved_ptr_array(p->ids, rows);
    p->names = reserved_ptr_array(p->names, rows);
    for (guint e = 0; e < p->extra_cols->len; e++)
        p->extra_cols->pdata[e] = reserved_ptr_array(p->extra_cols->pdata[e], rows);
    GPtrArray *sets[] = {p->fields, p->languages, p->answers};
    for (size_t s = 0; s < G_N_ELEMENTS(sets); s++)
        for (guint k = 0; k < sets[s]->len; k++) {
            elg_keyed_column *c = g_ptr_array_index(sets[s], k);
            c->values = reserved_array(c->values, rows);
        }
}
