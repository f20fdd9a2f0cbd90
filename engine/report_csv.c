/* The CSV report (DESIGN.md s.4): one row per (post, candidate), by rank.
 *
 * Millions of rows: segments of consecutive ranks are formatted in
 * parallel (elg_write_segments).  Formatting avoids printf on the common
 * path (numbers by hand, scores through a small cache). */
#include "report.h"

#include <string.h>
#include "store.h"

/* --- by post ------------------------------------------------------------- */

/* The fixed part of a row: separators, the status, five counts, score,
 * rank, line and clearance_held, with room to spare. */
#define ROW_FIXED_BYTES 192u

/* Rows come in rank order, which is random in the file's order: every
 * column a row reads would be a cache miss.  So the columns of the row
 * PREFETCH_AHEAD ranks on are fetched early, and its id and name text when
 * their pointers have arrived. */
#define PREFETCH_AHEAD 16u
#define PREFETCH_COLUMNS 24u

typedef struct {
    const char *base;
    guint size;
} column_ref;

static guint add_column(column_ref *cols, guint n, const void *base, guint size)
{
    if (!base || n == PREFETCH_COLUMNS)
        return n;
    for (guint i = 0; i < n; i++)
        if (cols[i].base == base)
            return n;
    cols[n].base = base;
    cols[n].size = size;
    return n + 1;
}

/* The columns a report row of R reads: the row's own and those the
 * explanations of its essential criteria read; *PAIRS: whether they read
 * the rows' experience pairs too. */
static guint report_columns(const elg_screening *s, const elg_post_result *r, column_ref *cols,
                            gboolean *pairs)
{
    *pairs = FALSE;
    const elg_profiles *p = s->profiles;
    guint n = 0;
    n = add_column(cols, n, p->ids->pdata, sizeof(gpointer));
    n = add_column(cols, n, p->flags->data, 1);
    n = add_column(cols, n, p->clearance->data, 1);
    for (guint c = 0; c < r->post->n_essential; c++) {
        const elg_bound *b = &r->bound[c];
        n = add_column(cols, n, b->a, 1);
        n = add_column(cols, n, b->b, 1);
        n = add_column(cols, n, b->c, 1);
        if (b->cr->kind == ELG_KIND_EXPERIENCE) /* explanations read the rows' pairs */
            n = add_column(cols, n, p->exp_start->data, sizeof(guint32));
        n = add_column(cols, n, b->total, sizeof(gint32));
        n = add_column(cols, n, b->nat, sizeof(guint32));
        n = add_column(cols, n, b->flags, 1);
        n = add_column(cols, n, b->dates, sizeof(guint32));
        for (guint k = 0; k < b->cr->n_fields; k++)
            *pairs |= b->field[k] >= 0;
    }
    return n;
}

/* Room for ROW's kept cells (elg_put_csv_cell's bound, and a comma each). */
static gsize kept_bytes(const elg_profiles *p, guint row)
{
    gsize n = 0;
    for (guint k = 0; k < elg_profiles_kept_count(p); k++) {
        const char *v = elg_profiles_kept_value(p, k, row);
        n += 4 + (v ? 2 * strlen(v) : 0);
    }
    return n;
}

/* ROW's kept cells (--keep), each after a comma. */
static char *put_kept(char *c, const elg_profiles *p, guint row)
{
    for (guint k = 0; k < elg_profiles_kept_count(p); k++) {
        const char *v = elg_profiles_kept_value(p, k, row);
        *c++ = ',';
        if (v)
            c = elg_put_csv_cell(c, v, strlen(v));
    }
    return c;
}

/* Is the kept column HEADER headed kept_HEADER?  When it is one of the
 * report's own (OWN), or kept_X where a kept X is so headed: the file's
 * kept_status beside its status is kept_kept_status, whichever --keep
 * comes first (the first kept took kept_status, and a script reading the
 * report by header got the other column when the options were swapped). */
static gboolean kept_prefixed(const elg_profiles *p, GHashTable *own, const char *header)
{
    if (g_hash_table_contains(own, header))
        return TRUE;
    if (!g_str_has_prefix(header, "kept_"))
        return FALSE;
    for (guint k = 0; k < elg_profiles_kept_count(p); k++)
        if (strcmp(elg_profiles_kept_header(p, k), header + 5) == 0)
            return kept_prefixed(p, own, header + 5);
    return FALSE;
}

/* The headers of the kept columns, each after a comma and after OWN, the
 * report's own (written).  A file's "status" or "rank" is not the report's:
 * it is headed kept_status, so that no header is written twice (a
 * spreadsheet or a script reading by header would take one for the other). */
static void kept_headers(GString *o, const elg_profiles *p, const char *own)
{
    gchar **taken = g_strsplit(own, ",", -1);
    GHashTable *own_set = g_hash_table_new(g_str_hash, g_str_equal);
    GHashTable *written = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (gchar **t = taken; *t; t++) {
        g_hash_table_add(own_set, *t);
        g_hash_table_add(written, g_strdup(*t));
    }
    for (guint k = 0; k < elg_profiles_kept_count(p); k++) {
        const char *file_header = elg_profiles_kept_header(p, k);
        char *header = kept_prefixed(p, own_set, file_header) ? g_strconcat("kept_", file_header, NULL)
                                                              : g_strdup(file_header);
        while (g_hash_table_contains(written, header)) {
            char *prefixed = g_strconcat("kept_", header, NULL);
            g_free(header);
            header = prefixed;
        }
        g_string_append_c(o, ',');
        elg_csv_cell(o, header);
        g_hash_table_add(written, header);
    }
    g_hash_table_destroy(written);
    g_hash_table_destroy(own_set);
    g_strfreev(taken);
}

static void by_post_segment(const elg_screening *s, const void *job, guint seg, GString *o, elg_report_thread *ts)
{
    (void)job;
    const elg_post_span span = elg_post_span_of(s, seg);
    const guint p = span.post, first = span.first, last = span.last;
    const elg_post_result *r = &s->posts[p];
    const guint n_des = r->n_crit - r->post->n_essential;
    const char *const *ids = (const char *const *)s->profiles->ids->pdata;
    GString *post_id = g_string_new(NULL);
    elg_csv_cell(post_id, r->post->id);
    g_string_append_c(post_id, ',');
    column_ref cols[PREFETCH_COLUMNS];
    gboolean pairs; /* experience in a field: the row's pairs, once its start has arrived */
    const guint n_cols = report_columns(s, r, cols, &pairs);
    const elg_profiles *pr = s->profiles;
    const gboolean kept = elg_profiles_kept_count(pr) > 0;
    const char *status[3];
    size_t status_len[3];
    for (elg_status st = ELG_ELIGIBLE; st <= ELG_INELIGIBLE; st++)
        status_len[st] = strlen(status[st] = elg_status_name(st));
    for (guint rank = first; rank <= last; rank++) {
        const guint row = r->order[rank - 1];
        if (rank + PREFETCH_AHEAD <= s->n_rows) {
            const guint ahead = r->order[rank + PREFETCH_AHEAD - 1];
            for (guint i = 0; i < n_cols; i++)
                __builtin_prefetch(cols[i].base + (gsize)ahead * cols[i].size);
            __builtin_prefetch(&ELG_W_FAILED(r, ahead >> 6));
            __builtin_prefetch(&ELG_W_FAILED(r, ahead >> 6) + r->stride - 1);
            for (guint i = 0; i < r->n_sources; i++) /* the words it shares with other posts */
                __builtin_prefetch(&ELG_W_MET(r, ahead >> 6, r->source_crit[i]));
        }
        if (rank + PREFETCH_AHEAD / 2 <= s->n_rows) {
            const guint ahead = r->order[rank + PREFETCH_AHEAD / 2 - 1];
            /* the name follows the id (as an address only: the id may be
             * a short literal, so no pointer arithmetic past it) */
            __builtin_prefetch(ids[ahead]);
            __builtin_prefetch((const void *)((guintptr)ids[ahead] + 32));
            const guint32 k = pairs ? g_array_index(pr->exp_start, guint32, ahead) : 0;
            if (pairs && k < pr->exp_field->len) { /* the row has pairs */
                __builtin_prefetch(&g_array_index(pr->exp_field, guint32, k));
                __builtin_prefetch(&g_array_index(pr->exp_years, gint32, k));
            }
        }
        const gsize reasons_len = elg_reasons_cell_room(s, p, row, ts->memo);
        const char *id = ids[row];
        const size_t id_len = strlen(id);
        const char *name = elg_store_name_after(pr, row, id, id_len);
        const size_t name_len = name ? strlen(name) : 0;
        elg_row_result rr;
        elg_result_row(r, row, &rr);
        const char *held = elg_clearance_held(s, p, row);
        const gsize at = o->len;
        g_string_set_size(o, at + ROW_FIXED_BYTES + post_id->len + 2 * (id_len + name_len) + reasons_len +
                                 (kept ? kept_bytes(pr, row) : 0));
        char *c = o->str + at;
        c = elg_put_bytes(c, post_id->str, post_id->len);
        c = elg_put_csv_cell(c, id, id_len);
        *c++ = ',';
        c = elg_put_bytes(c, status[rr.status], status_len[rr.status]);
        *c++ = ',';
        c = elg_put_uint(c, rr.ess_met);
        *c++ = ',';
        c = elg_put_uint(c, rr.ess_unk);
        *c++ = ',';
        c = elg_put_uint(c, rr.ess_fail);
        *c++ = ',';
        c = elg_put_uint(c, r->ess_total);
        *c++ = ',';
        size_t score_len;
        const char *score = elg_score_cached_len(&ts->sc, rr.score, &score_len);
        c = elg_put_bytes(c, score, score_len);
        *c++ = ',';
        c = elg_put_uint(c, rank);
        *c++ = ',';
        c = elg_reasons_cell_put(ts->memo, c);
        *c++ = ',';
        c = elg_put_csv_cell(c, name, name_len);
        *c++ = ',';
        c = elg_put_uint(c, elg_profiles_line(s->profiles, row));
        *c++ = ',';
        if (held)
            c = elg_put_bytes(c, held, strlen(held));
        *c++ = ',';
        c = elg_put_uint(c, rr.des_met);
        *c++ = ',';
        c = elg_put_uint(c, rr.des_unk);
        *c++ = ',';
        c = elg_put_uint(c, n_des);
        if (kept)
            c = put_kept(c, pr, row);
        *c++ = '\n';
        g_string_truncate(o, (gsize)(c - o->str));
    }
    g_string_free(post_id, TRUE);
}

static void csv_by_post(const elg_screening *s, elg_sink *k)
{
    static const char own[] = "post_id,candidate_id,status,essential_met,essential_unknown,essential_failed,"
                              "essential_total,desirable_score,rank,reasons,name,line,clearance_held,"
                              "desirable_met,desirable_unknown,desirable_total";
    g_string_append(k->buf, own);
    kept_headers(k->buf, s->profiles, own);
    g_string_append_c(k->buf, '\n');
    elg_write_post_segments(s, k, by_post_segment, NULL);
}

/* --by-candidate: one row per candidate, the posts grouped by status. */
static void by_candidate_segment(const elg_screening *s, const void *job, guint seg, GString *o,
                                 elg_report_thread *ts)
{
    (void)job;
    (void)ts;
    GString *lists[3];
    for (int i = 0; i < 3; i++)
        lists[i] = g_string_new(NULL);
    guint first, end;
    elg_row_span_of(s, seg, &first, &end);
    for (guint row = first; row < end; row++) {
        for (int i = 0; i < 3; i++)
            g_string_truncate(lists[i], 0);
        for (guint p = 0; p < s->n_posts; p++) {
            GString *l = lists[elg_result_status(&s->posts[p], row)];
            if (l->len)
                g_string_append(l, "; ");
            g_string_append(l, s->posts[p].post->id);
        }
        elg_csv_cell(o, g_ptr_array_index(s->profiles->ids, row));
        g_string_append_c(o, ',');
        elg_csv_cell(o, elg_store_name(s->profiles, row));
        g_string_append_c(o, ',');
        elg_append_uint(o, elg_profiles_line(s->profiles, row));
        for (int i = 0; i < 3; i++) {
            g_string_append_c(o, ',');
            elg_csv_cell(o, lists[i]->str);
        }
        const gsize at = o->len;
        g_string_set_size(o, at + kept_bytes(s->profiles, row));
        g_string_truncate(o, (gsize)(put_kept(o->str + at, s->profiles, row) - o->str));
        g_string_append_c(o, '\n');
    }
    for (int i = 0; i < 3; i++)
        g_string_free(lists[i], TRUE);
}

static void csv_by_candidate(const elg_screening *s, elg_sink *k)
{
    static const char own[] = "candidate_id,name,line,eligible_posts,review_posts,ineligible_posts";
    g_string_append(k->buf, own);
    kept_headers(k->buf, s->profiles, own);
    g_string_append_c(k->buf, '\n');
    elg_write_row_segments(s, k, by_candidate_segment, NULL);
}

void elg_report_csv(const elg_screening *s, const elg_report_options *opt, elg_sink *k)
{
    if (opt->by_candidate)
        csv_by_candidate(s, k);
    else
        csv_by_post(s, k);
}
