/* The JSON report: the rows of the CSV report with every criterion's state,
 * and per post the counts by status and the attrition per criterion. */
#include "report.h"

#include "report_put.h"
#include "store.h"
#include "values.h"

/* A JSON string, or null for NULL. */
static void string_or_null(GString *o, const char *text)
{
    if (text)
        elg_json_string(o, text);
    else
        g_string_append(o, "null");
}

/* The members of a row's "criteria" object up to each state, made once a
 * post: ", \"ID\": \"" for each criterion, and where each begins. */
typedef struct {
    GString *text;
    gsize at[ELG_MAX_CRITERIA + 1];
} criteria_keys;

static void criteria_keys_init(criteria_keys *keys, const elg_post_result *r)
{
    keys->text = g_string_new(NULL);
    for (guint c = 0; c < r->n_crit; c++) {
        keys->at[c] = keys->text->len;
        g_string_append(keys->text, ", ");
        elg_json_string(keys->text, r->bound[c].cr->id);
        g_string_append(keys->text, ": \"");
    }
    keys->at[r->n_crit] = keys->text->len;
}

/* ROW's "criteria" object: each criterion's state by its id. */
static void criteria_states(const elg_post_result *r, const criteria_keys *keys, guint row, GString *o)
{
    g_string_append_c(o, '{');
    for (guint c = 0; c < r->n_crit; c++) {
        const gsize from = keys->at[c] + (c ? 0 : 2); /* the first without ", " */
        g_string_append_len(o, keys->text->str + from, (gssize)(keys->at[c + 1] - from));
        g_string_append(o, elg_state_name(elg_result_state(r, c, row)));
        g_string_append_c(o, '"');
    }
    g_string_append_c(o, '}');
}

/* ROW's reasons for post P through the memo M, as an array of strings. */
static void reasons_array(const elg_screening *s, guint p, guint row, GString *o, elg_explain_memo *m)
{
    elg_reason why[ELG_MAX_CRITERIA];
    const guint n = elg_reason_texts(s, p, row, m, why);
    g_string_append_c(o, '[');
    for (guint i = 0; i < n; i++) {
        if (i)
            g_string_append(o, ", ");
        if (why[i].json_escapes) {
            elg_json_string_len(o, why[i].text, why[i].len);
            continue;
        }
        g_string_append_c(o, '"');
        g_string_append_len(o, why[i].text, why[i].len);
        g_string_append_c(o, '"');
    }
    g_string_append_c(o, ']');
}

static void candidate_head(const elg_screening *s, guint row, GString *o)
{
    g_string_append(o, "\"candidate_id\": ");
    elg_json_string(o, g_ptr_array_index(s->profiles->ids, row));
    const char *name = elg_store_name(s->profiles, row);
    g_string_append(o, ", \"name\": ");
    string_or_null(o, name);
    g_string_append(o, ", \"line\": ");
    elg_append_uint(o, elg_profiles_line(s->profiles, row));
    /* the file's own columns asked for (--keep), by their headers */
    const elg_profiles *p = s->profiles;
    const unsigned n_kept = elg_profiles_kept_count(p);
    for (unsigned k = 0; k < n_kept; k++) {
        g_string_append(o, k ? ", " : ", \"kept\": {");
        elg_json_string(o, elg_profiles_kept_header(p, k));
        g_string_append(o, ": ");
        string_or_null(o, elg_profiles_kept_value(p, k, row));
    }
    if (n_kept)
        g_string_append_c(o, '}');
}

static void post_head(const elg_post_result *r, GString *o)
{
    const elg_post *post = r->post;
    const elg_reference *ref = post->ref;
    g_string_append(o, "\"post_id\": ");
    elg_json_string(o, post->id);
    g_string_append(o, ", \"title\": ");
    elg_json_string(o, post->title);
    g_string_append(o, ", \"organisation\": ");
    elg_json_string(o, post->organisation);
    g_string_append(o, ", \"grades\": [");
    for (guint g = 0; g < post->grades->len; g++) {
        if (g)
            g_string_append(o, ", ");
        elg_json_string(o, g_ptr_array_index(post->grades, g));
    }
    g_string_append(o, "], \"deadline\": ");
    string_or_null(o, post->deadline_text);
    g_string_append(o, ", \"clearance\": ");
    string_or_null(o, post->clearance > 0 ? ref->clearance_id[post->clearance] : NULL);
}

static void json_by_post(const elg_screening *s, elg_sink *k)
{
    GString *o = k->buf;
    elg_explain_memo *m = elg_explain_memo_new(0);
    elg_score_cache scores = {0};
    g_string_append(o, "  \"posts\": [");
    for (guint p = 0; p < s->n_posts; p++) {
        const elg_post_result *r = &s->posts[p];
        g_string_append(o, p ? ",\n    {" : "\n    {");
        post_head(r, o);
        g_string_append_printf(o, ",\n      \"counts\": {\"eligible\": %u, \"review\": %u, \"ineligible\": %u},"
                                  "\n      \"essential_total\": %u,\n      \"criteria\": [",
                               r->counts[0], r->counts[1], r->counts[2], r->ess_total);
        for (guint c = 0; c < r->n_crit; c++) {
            const elg_criterion *cr = r->bound[c].cr;
            g_string_append(o, c ? ",\n        {\"id\": " : "\n        {\"id\": ");
            elg_json_string(o, cr->id);
            char weight[G_ASCII_DTOSTR_BUF_SIZE]; /* a point in any locale */
            g_string_append_printf(o, ", \"kind\": \"%s\", \"essential\": %s, \"decides\": %s, \"weight\": %s, \"text\": ",
                                   elg_kind_names[cr->kind], cr->essential ? "true" : "false",
                                   r->bound[c].decides ? "true" : "false",
                                   elg_weight_text(cr->weight, weight));
            string_or_null(o, *cr->text ? cr->text : NULL); /* a rule set need not quote the notice */
            g_string_append_printf(o, ", \"met\": %u, \"failed\": %u, \"unknown\": %u}",
                                   r->crit_met[c], r->crit_failed[c], r->crit_unknown[c]);
        }
        g_string_append(o, "\n      ],\n      \"candidates\": [");
        criteria_keys keys;
        criteria_keys_init(&keys, r);
        for (guint rank = 1; rank <= s->n_rows; rank++) {
            guint row = r->order[rank - 1];
            elg_row_result rr;
            elg_result_row(r, row, &rr);
            const char *score = elg_score_cached(&scores, rr.score);
            g_string_append(o, rank > 1 ? ",\n        {\"rank\": " : "\n        {\"rank\": ");
            elg_append_uint(o, rank);
            g_string_append(o, ", ");
            candidate_head(s, row, o);
            g_string_append(o, ", \"status\": \"");
            g_string_append(o, elg_status_name(rr.status));
            g_string_append(o, "\", \"essential_met\": ");
            elg_append_uint(o, rr.ess_met);
            g_string_append(o, ", \"essential_unknown\": ");
            elg_append_uint(o, rr.ess_unk);
            g_string_append(o, ", \"essential_failed\": ");
            elg_append_uint(o, rr.ess_fail);
            g_string_append(o, ", \"essential_total\": ");
            elg_append_uint(o, r->ess_total);
            g_string_append(o, ", \"desirable_score\": ");
            g_string_append(o, score);
            g_string_append(o, ", \"reasons\": ");
            reasons_array(s, p, row, o, m);
            const char *held = elg_clearance_held(s, p, row);
            g_string_append(o, ", \"clearance_held\": ");
            string_or_null(o, held);
            g_string_append(o, ", \"criteria\": ");
            criteria_states(r, &keys, row, o);
            g_string_append_c(o, '}');
            elg_sink_flush(k, FALSE);
        }
        g_string_free(keys.text, TRUE);
        g_string_append(o, "\n      ]\n    }");
    }
    g_string_append(o, "\n  ]\n");
    elg_explain_memo_free(m);
}

static void json_by_candidate(const elg_screening *s, elg_sink *k)
{
    GString *o = k->buf;
    elg_explain_memo *m = elg_explain_memo_new(0);
    elg_score_cache scores = {0};
    g_string_append(o, "  \"posts\": [");
    for (guint p = 0; p < s->n_posts; p++) {
        g_string_append(o, p ? ",\n    {" : "\n    {");
        post_head(&s->posts[p], o);
        g_string_append_c(o, '}');
    }
    g_string_append(o, "\n  ],\n  \"candidates\": [");
    for (guint row = 0; row < s->n_rows; row++) {
        g_string_append(o, row ? ",\n    {" : "\n    {");
        candidate_head(s, row, o);
        g_string_append(o, ", \"posts\": [");
        for (guint p = 0; p < s->n_posts; p++) {
            const elg_post_result *r = &s->posts[p];
            elg_row_result rr;
            elg_result_row(r, row, &rr);
            const char *score = elg_score_cached(&scores, rr.score);
            g_string_append(o, p ? ", {\"post_id\": " : "{\"post_id\": ");
            elg_json_string(o, r->post->id);
            g_string_append(o, ", \"status\": \"");
            g_string_append(o, elg_status_name(rr.status));
            g_string_append(o, "\", \"rank\": ");
            elg_append_uint(o, elg_result_ranks(s, p)[row]);
            g_string_append(o, ", \"desirable_score\": ");
            g_string_append(o, score);
            g_string_append(o, ", \"reasons\": ");
            reasons_array(s, p, row, o, m);
            g_string_append_c(o, '}');
        }
        g_string_append(o, "]}");
        elg_sink_flush(k, FALSE);
    }
    g_string_append(o, "\n  ]\n");
    elg_explain_memo_free(m);
}

void elg_report_json(const elg_screening *s, const elg_report_options *opt, elg_sink *k)
{
    GString *o = k->buf;
    g_string_append(o, "{\n  \"candidates_file\": ");
    elg_json_string(o, opt->candidates_file ? opt->candidates_file : s->profiles->file);
    g_string_append_printf(o, ",\n  \"rows\": %u,\n  \"rows_with_problems\": %u,\n", s->n_rows,
                           elg_profiles_rows_with_problems(s->profiles));
    if (opt->by_candidate)
        json_by_candidate(s, k);
    else
        json_by_post(s, k);
    g_string_append(o, "}\n");
}
