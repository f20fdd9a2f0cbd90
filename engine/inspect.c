/* `eligo inspect`: what the loader understood of a candidate file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "diags.h"
#include "errors.h"
#include "output.h"
#include "report.h" /* elg_sink */
#include "store.h"
#include "values.h"

static const char *delimiter_name(char d)
{
    return d == ',' ? "comma" : d == ';' ? "semicolon" : "tab";
}

static cJSON *tri(gint8 v)
{
    return v < 0 ? cJSON_CreateNull() : cJSON_CreateBool(v);
}

static cJSON *years(gint32 milli)
{
    return milli < 0 ? cJSON_CreateNull() : cJSON_CreateNumber(milli / 1000.0);
}

/* ROW's years MILLI in FIELD (an index, or ELG_SPAN_TOTAL): a number, or
 * when the cell gave a span, the span as a string ("5+", "3-5"), so that
 * it never reads as exact years. */
static cJSON *row_years(const elg_profiles *p, guint32 row, gint32 field, gint32 milli)
{
    const elg_years_span *sp = p->spans->len ? elg_store_span(p, row, field) : NULL;
    if (!sp)
        return years(milli);
    char lo[24], hi[24], text[56];
    elg_years_format(sp->lo, lo);
    if (sp->hi == ELG_YEARS_NO_MAX)
        g_snprintf(text, sizeof text, "%s+", lo);
    else {
        elg_years_format(sp->hi, hi);
        g_snprintf(text, sizeof text, "%s-%s", lo, hi);
    }
    return cJSON_CreateString(text);
}

static gint compare_keyed(gconstpointer a, gconstpointer b)
{
    const elg_keyed_column *x = *(elg_keyed_column *const *)a, *y = *(elg_keyed_column *const *)b;
    return strcmp(x->key, y->key);
}

/* Keyed columns sorted by key, so that column order in the file does not show. */
static GPtrArray *sorted(const GPtrArray *set)
{
    GPtrArray *s = g_ptr_array_new();
    for (guint i = 0; i < set->len; i++)
        g_ptr_array_add(s, g_ptr_array_index(set, i));
    g_ptr_array_sort(s, compare_keyed);
    return s;
}

static gint compare_field_names(gconstpointer a, gconstpointer b, gpointer names)
{
    return strcmp(g_ptr_array_index((GPtrArray *)names, *(const guint32 *)a),
                  g_ptr_array_index((GPtrArray *)names, *(const guint32 *)b));
}

/* FIELD_RANK[f]: the place of experience field f in name order. */
static guint32 *field_ranks(const elg_profiles *p)
{
    const guint n = p->field_names->len;
    guint32 *order = g_new(guint32, n ? n : 1), *rank = g_new(guint32, n ? n : 1);
    for (guint f = 0; f < n; f++)
        order[f] = f;
    g_qsort_with_data(order, (gint)n, sizeof *order, compare_field_names, p->field_names);
    for (guint k = 0; k < n; k++)
        rank[order[k]] = k;
    g_free(order);
    return rank;
}

static gint compare_pairs(gconstpointer a, gconstpointer b, gpointer unused)
{
    (void)unused;
    const guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
    return x < y ? -1 : x > y;
}

/* ROW's known experience pairs, by field name; null when none is known. */
static cJSON *experience_object(const elg_profiles *p, const guint32 *rank, unsigned row, gboolean empty_ok)
{
    const guint32 from = g_array_index(p->exp_start, guint32, row), to = g_array_index(p->exp_start, guint32, row + 1);
    /* rank << 32 | pair index: sorting puts the names in order */
    guint64 *pairs = g_new(guint64, to - from + 1);
    guint n = 0;
    for (guint32 k = from; k < to; k++)
        if (g_array_index(p->exp_years, gint32, k) >= 0)
            pairs[n++] = (guint64)rank[g_array_index(p->exp_field, guint32, k)] << 32 | k;
    g_qsort_with_data(pairs, (gint)n, sizeof *pairs, compare_pairs, NULL);
    cJSON *o = cJSON_CreateObject();
    for (guint i = 0; i < n; i++) {
        const guint32 k = (guint32)pairs[i];
        cJSON_AddItemToObject(o, g_ptr_array_index(p->field_names, g_array_index(p->exp_field, guint32, k)),
                              row_years(p, row, (gint32)g_array_index(p->exp_field, guint32, k),
                                        g_array_index(p->exp_years, gint32, k)));
    }
    g_free(pairs);
    if (!o->child && !empty_ok) {
        cJSON_Delete(o);
        return cJSON_CreateNull();
    }
    return o;
}

/* Known answers of ROW as an object, {} when none is known. */
static cJSON *answers_object(GPtrArray *cols, unsigned row)
{
    cJSON *o = cJSON_CreateObject();
    for (guint i = 0; i < cols->len; i++) {
        const elg_keyed_column *c = g_ptr_array_index(cols, i);
        gint8 v = g_array_index(c->values, gint8, row);
        if (v >= 0)
            cJSON_AddItemToObject(o, c->key, cJSON_CreateBool(v));
    }
    return o;
}

typedef struct {
    const char *code;
    gint8 level;
} known_level;

static gint compare_codes(gconstpointer a, gconstpointer b)
{
    return strcmp(((const known_level *)a)->code, ((const known_level *)b)->code);
}

/* ROW's known levels in other languages (its pairs from *PAIR on, which
 * moves past them), by code; null when none is known. */
static cJSON *languages_object(const elg_profiles *p, unsigned row, guint *pair)
{
    const guint first = *pair, n = ELG_ROW_VALUE(p->lang_count, guint8, row);
    *pair += n;
    known_level known[256]; /* a row has one pair a language at most */
    guint k = 0;
    for (guint i = first; i < first + n; i++) {
        const elg_lang_pair *l = &g_array_index(p->lang_pairs, elg_lang_pair, i);
        if (l->level >= 0)
            known[k++] = (known_level){g_ptr_array_index(p->lang_codes, l->lang), l->level};
    }
    if (!k)
        return cJSON_CreateNull();
    qsort(known, k, sizeof *known, compare_codes);
    cJSON *o = cJSON_CreateObject();
    for (guint i = 0; i < k; i++)
        cJSON_AddItemToObject(o, known[i].code, cJSON_CreateNumber(known[i].level));
    return o;
}

/* Two columns may share a header ("Notes", or none at all): the second and
 * later ones are keyed "Notes (column 7)" so that no JSON key repeats. */
static char *header_key(const elg_profiles *p, guint col)
{
    const char *h = g_ptr_array_index(p->headers, col);
    for (guint i = 0; i < col; i++)
        if (strcmp(g_ptr_array_index(p->headers, i), h) == 0)
            return g_strdup_printf("%s (column %u)", h, col + 1);
    return g_strdup(*h ? h : "");
}

static cJSON *profile_json(const elg_profiles *p, unsigned r, const guint32 *field_rank,
                           guint *lang_pair, GPtrArray *answers)
{
    const elg_reference *ref = p->ref;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "candidate_id", g_ptr_array_index(p->ids, r));
    const char *name = elg_store_name(p, r);
    cJSON_AddItemToObject(o, "name", name ? cJSON_CreateString(name) : cJSON_CreateNull());
    const guint8 *nat = elg_store_nat(p, r);
    if (nat[0] == ELG_NAT_EMPTY) {
        cJSON_AddNullToObject(o, "nationality");
    } else {
        cJSON *a = cJSON_AddArrayToObject(o, "nationality");
        for (int k = 0; k < ELG_NAT_SLOTS && nat[k]; k++)
            cJSON_AddItemToArray(a, nat[k] == ELG_NAT_UNRECOGNISED
                                        ? cJSON_CreateNull()
                                        : cJSON_CreateString(g_array_index(ref->countries, elg_country, nat[k]).alpha2));
    }
    gint8 edu = ELG_ROW_VALUE(p->education, gint8, r);
    cJSON_AddItemToObject(o, "education", edu < 0 ? cJSON_CreateNull() : cJSON_CreateString(ref->education_id[edu]));
    cJSON_AddItemToObject(o, "equivalent_qualification", tri(ELG_ROW_VALUE(p->equivalent, gint8, r)));
    cJSON_AddItemToObject(o, "staff_college", tri(ELG_ROW_VALUE(p->staff_college, gint8, r)));
    cJSON_AddItemToObject(o, "experience_years",
                          row_years(p, r, ELG_SPAN_TOTAL, ELG_ROW_VALUE(p->exp_total, gint32, r)));
    guint8 flags = ELG_ROW_VALUE(p->flags, guint8, r);
    cJSON_AddItemToObject(o, "experience", experience_object(p, field_rank, r, flags & ELG_ROW_EXP_NONE));
    gint8 en = ELG_ROW_VALUE(p->english, gint8, r), fr = ELG_ROW_VALUE(p->french, gint8, r);
    cJSON_AddItemToObject(o, "english", en < 0 ? cJSON_CreateNull() : cJSON_CreateNumber(en));
    cJSON_AddItemToObject(o, "french", fr < 0 ? cJSON_CreateNull() : cJSON_CreateNumber(fr));
    cJSON_AddItemToObject(o, "languages", languages_object(p, r, lang_pair));
    gint8 clr = ELG_ROW_VALUE(p->clearance, gint8, r);
    cJSON_AddItemToObject(o, "clearance", clr < 0 ? cJSON_CreateNull() : cJSON_CreateString(ref->clearance_id[clr]));
    if (flags & ELG_ROW_SKILLS_UNKNOWN) {
        cJSON_AddNullToObject(o, "skills");
    } else {
        cJSON *a = cJSON_AddArrayToObject(o, "skills");
        guint32 from = g_array_index(p->skill_start, guint32, r), to = g_array_index(p->skill_start, guint32, r + 1);
        for (guint32 k = from; k < to; k++)
            cJSON_AddItemToArray(a, cJSON_CreateString(g_ptr_array_index(p->skill_names, g_array_index(p->skill_ids, guint32, k))));
    }
    guint32 day = ELG_ROW_VALUE(p->applied_on, guint32, r);
    char buf[11];
    if (day) {
        elg_date_format(day, buf);
        cJSON_AddStringToObject(o, "applied_on", buf);
    } else {
        cJSON_AddNullToObject(o, "applied_on");
    }
    cJSON_AddItemToObject(o, "answers", answers_object(answers, r));
    cJSON *extra = cJSON_AddObjectToObject(o, "extra");
    for (guint e = 0; e < p->text_cols->len; e++) {
        const char *v = g_ptr_array_index((GPtrArray *)g_ptr_array_index(p->text_cols, e), r);
        guint h = g_array_index(p->text_header_index, guint, e);
        /* the columns not read; one read and kept (--keep) shows as read */
        if (v && !g_ptr_array_index(p->mapping, h)) {
            char *key = header_key(p, h);
            cJSON_AddStringToObject(extra, key, v);
            g_free(key);
        }
    }
    return o;
}

/* The writers append to OUT; with a sink K (whose buffer OUT is), each
 * profile or problem that fills it past a megabyte sends it on, so that a
 * file of millions of rows is never held whole, and a write error stops the
 * writing.  Without K, OUT gets it all (elg_profiles_inspect). */
static gboolean sent_on(elg_sink *k)
{
    if (!k)
        return TRUE;
    elg_sink_flush(k, FALSE);
    return k->error == 0;
}

static void inspect_json(const elg_profiles *p, GString *out, elg_sink *k)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "file", p->file);
    cJSON_AddStringToObject(root, "encoding", p->encoding);
    char d[2] = {p->delimiter, 0};
    cJSON_AddStringToObject(root, "delimiter", d);
    cJSON_AddNumberToObject(root, "rows", p->n);
    cJSON_AddNumberToObject(root, "rows_with_problems", p->rows_with_problems);
    if (p->header_repeats) /* the lines the rows do not count: only when there are some */
        cJSON_AddNumberToObject(root, "header_repeats", p->header_repeats);
    cJSON *cols = cJSON_AddObjectToObject(root, "columns");
    for (guint i = 0; i < p->headers->len; i++) {
        const char *m = g_ptr_array_index(p->mapping, i);
        char *key = header_key(p, i);
        /* false: ignored by the --map file (null there); null: not read, passed through */
        cJSON_AddItemToObject(cols, key, !m ? cJSON_CreateNull() : *m ? cJSON_CreateString(m) : cJSON_CreateFalse());
        g_free(key);
    }
    cJSON *probs = cJSON_AddArrayToObject(root, "problems");
    for (unsigned i = 0; i < elg_diags_count(p->diags); i++) {
        const elg_diag *g = elg_diags_get(p->diags, i);
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "severity", g->severity == ELG_ERROR ? "error" : "warning");
        cJSON_AddNumberToObject(o, "line", g->line);
        cJSON_AddNumberToObject(o, "column", g->column);
        cJSON_AddItemToObject(o, "field", g->field ? cJSON_CreateString(g->field) : cJSON_CreateNull());
        cJSON_AddItemToObject(o, "value", g->value ? cJSON_CreateString(g->value) : cJSON_CreateNull());
        cJSON_AddStringToObject(o, "message", g->message);
        cJSON_AddItemToArray(probs, o);
    }
    /* the profiles, last, are printed one at a time as cJSON_Print would
     * print them in place (two tabs deeper, ", " between): a tree of them
     * all took some 3.7 KB a row, seven times the text */
    cJSON_AddArrayToObject(root, "profiles");
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    const size_t head = strlen(text) - strlen("]\n}");
    g_assert(strcmp(text + head, "]\n}") == 0);
    g_string_append_len(out, text, (gssize)head);
    cJSON_free(text);
    guint32 *field_rank = field_ranks(p);
    GPtrArray *answers = sorted(p->answers);
    guint lang_pair = 0;
    for (unsigned r = 0; r < p->n; r++) {
        cJSON *profile = profile_json(p, r, field_rank, &lang_pair, answers);
        char *one = cJSON_Print(profile);
        if (r)
            g_string_append(out, ", ");
        for (const char *line = one, *nl; *line; line = nl + 1) {
            if (!(nl = strchr(line, '\n'))) { /* strings hold no raw newline: cJSON escapes it */
                g_string_append(out, line);
                break;
            }
            g_string_append_len(out, line, nl + 1 - line);
            g_string_append(out, "\t\t");
        }
        cJSON_free(one);
        cJSON_Delete(profile);
        if (!sent_on(k))
            break;
    }
    g_free(field_rank);
    g_ptr_array_free(answers, TRUE);
    g_string_append(out, "]\n}\n");
}

static void inspect_text(const elg_profiles *p, GString *out, elg_sink *k)
{
    g_string_append(out, "file:      ");
    elg_append_printable(out, p->file);
    g_string_append_printf(out, "\nencoding:  %s\ndelimiter: %s\nrows:      %u read, %u with problems",
                           p->encoding, delimiter_name(p->delimiter), p->n, p->rows_with_problems);
    if (p->header_repeats)
        g_string_append_printf(out, "; %u more repeat%s the header (not read)", p->header_repeats,
                               p->header_repeats == 1 ? "s" : "");
    g_string_append_c(out, '\n');
    g_string_append(out, "columns:\n");
    for (guint i = 0; i < p->headers->len; i++) {
        const char *m = g_ptr_array_index(p->mapping, i);
        GString *h = g_string_new(NULL);
        elg_append_printable(h, g_ptr_array_index(p->headers, i));
        /* pad by characters, not bytes, so "Français" lines up */
        glong width = g_utf8_strlen(h->str, -1);
        g_string_append_printf(out, "  %3u  %s%*s -> %s\n", i + 1, h->str, width < 32 ? (int)(32 - width) : 0, "",
                               !m ? "(not used; passed through)" : *m ? m : "(ignored: null in the --map file)");
        g_string_free(h, TRUE);
    }
    int missing = 0;
    /* the first and last names are parts of the name, not missing on their
     * own; other nationalities add to the nationality */
    const gboolean name_parts = p->present[ELG_COL_FIRST_NAME] || p->present[ELG_COL_LAST_NAME];
    for (int c = 0; c < ELG_COL__COUNT; c++)
        if (!p->present[c] && elg_column_types[c] != ELG_VT_NAME_PART &&
            !(c == ELG_COL_NAME && name_parts) && c != ELG_COL_OTHER_NATIONALITIES) {
            g_string_append(out, missing++ ? ", " : "not in the file (unknown for every row): ");
            g_string_append(out, elg_column_names[c]);
        }
    if (missing)
        g_string_append_c(out, '\n');
    unsigned n = elg_diags_count(p->diags);
    g_string_append_printf(out, "problems:  %u\n", n);
    for (unsigned i = 0; i < n && sent_on(k); i++)
        elg_diag_format(elg_diags_get(p->diags, i), out);
}

void elg_profiles_inspect(const elg_profiles *p, gboolean json, GString *out)
{
    if (json)
        inspect_json(p, out, NULL);
    else
        inspect_text(p, out, NULL);
}

gboolean elg_profiles_inspect_write(const elg_profiles *p, gboolean json, FILE *out, GError **err)
{
    elg_sink k;
    elg_sink_init(&k, out);
    if (json)
        inspect_json(p, k.buf, &k);
    else
        inspect_text(p, k.buf, &k);
    elg_sink_flush(&k, TRUE);
    if (!k.error && fflush(out) != 0)
        k.error = errno ? errno : EIO;
    const int error = k.error;
    elg_sink_clear(&k);
    if (error) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "error: cannot write: %s", g_strerror(error));
        return FALSE;
    }
    return TRUE;
}

gboolean elg_profiles_inspect_write_file(const elg_profiles *p, gboolean json, const char *path, GError **err)
{
    elg_atomic a;
    if (!elg_atomic_open(&a, path, err))
        return FALSE;
    GError *werr = NULL;
    if (!elg_profiles_inspect_write(p, json, a.fp, &werr)) {
        g_set_error(err, ELG_ERR_DOMAIN, werr->code, "%s: %s", path, werr->message);
        g_error_free(werr);
        elg_atomic_abort(&a);
        return FALSE;
    }
    return elg_atomic_commit(&a, err);
}
