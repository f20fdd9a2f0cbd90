/* The JSON report: the rows of the CSV report with every criterion's state,
 * and per post the counts by status and the attrition per criterion.  The
 * candidates are formatted in parallel, by segments (elg_write_segments). */
#include "report.h"

#include "store.h"
#include "values.h"

/* A JSON string, or null for NULL. */
static void string_or_null(GString *o, const char *text)
{
    if (text)
        elg_json_string(o, text);
    else
        ELG_APPEND_LITERAL(o, "null");
}

/* The members of a row's "criteria" object, made once a post: ", \"ID\":
 * \"STATE\"" for each criterion in each state, so that a row's object is
 * one copy a criterion. */
typedef struct {
    GString *text;
    gsize at[ELG_MAX_CRITERIA][3]; /* criterion c in state s: text from at[c][s] */
    guint len[ELG_MAX_CRITERIA][3];
} criteria_members;

static void criteria_members_init(criteria_members *m, const elg_post_result *r)
{
    m->text = g_string_new(NULL);
    for (guint c = 0; c < r->n_crit; c++)
        for (guint st = 0; st < 3; st++) {
            m->at[c][st] = m->text->len;
            ELG_APPEND_LITERAL(m->text, ", ");
            elg_json_string(m->text, r->bound[c].cr->id);
            ELG_APPEND_LITERAL(m->text, ": \"");
            elg_append(m->text, elg_state_name((elg_state)st));
            elg_append_c(m->text, '"');
            m->len[c][st] = (guint)(m->text->len - m->at[c][st]);
        }
}

/* ROW's "criteria" object: each criterion's state by its id. */
static void criteria_states(const elg_post_result *r, const criteria_members *m, guint row, GString *o)
{
    elg_append_c(o, '{');
    for (guint c = 0; c < r->n_crit; c++) {
        const elg_state st = elg_result_state(r, c, row);
        const guint skip = c ? 0 : 2; /* the first without ", " */
        elg_append_len(o, m->text->str + m->at[c][st] + skip, m->len[c][st] - skip);
    }
    elg_append_c(o, '}');
}

/* ROW's reasons for post P through the memo M, as an array of strings. */
static void reasons_array(const elg_screening *s, guint p, guint row, GString *o, elg_explain_memo *m)
{
    elg_reason why[ELG_MAX_CRITERIA];
    const guint n = elg_reason_texts(s, p, row, m, why);
    elg_append_c(o, '[');
    for (guint i = 0; i < n; i++) {
        if (i)
            ELG_APPEND_LITERAL(o, ", ");
        if (why[i].json_escapes) {
            elg_json_string_len(o, why[i].text, why[i].len);
            continue;
        }
        elg_append_c(o, '"');
        elg_append_len(o, why[i].text, why[i].len);
        elg_append_c(o, '"');
    }
    elg_append_c(o, ']');
}

static void candidate_head(const elg_screening *s, guint row, GString *o)
{
    ELG_APPEND_LITERAL(o, "\"candidate_id\": ");
    elg_json_string(o, g_ptr_array_index(s->profiles->ids, row));
    const char *name = elg_store_name(s->profiles, row);
    ELG_APPEND_LITERAL(o, ", \"name\": ");
    string_or_null(o, name);
    ELG_APPEND_LITERAL(o, ", \"line\": ");
    elg_append_uint(o, elg_profiles_line(s->profiles, row));
    /* the file's own columns asked for (--keep), by their headers */
    const elg_profiles *p = s->profiles;
    const unsigned n_kept = elg_profiles_kept_count(p);
    for (unsigned k = 0; k < n_kept; k++) {
        elg_append(o, k ? ", " : ", \"kept\": {");
        elg_json_string(o, elg_profiles_kept_header(p, k));
        ELG_APPEND_LITERAL(o, ": ");
        string_or_null(o, elg_profiles_kept_value(p, k, row));
    }
    if (n_kept)
        elg_append_c(o, '}');
}

static void post_head(const elg_post_result *r, GString *o)
{
    const elg_post *post = r->post;
    const elg_reference *ref = post->ref;
    ELG_APPEND_LITERAL(o, "\"post_id\": ");
    elg_json_string(o, post->id);
    ELG_APPEND_LITERAL(o, ", \"title\": ");
    elg_json_string(o, post->title);
    ELG_APPEND_LITERAL(o, ", \"organisation\": ");
    elg_json_string(o, post->organisation);
    ELG_APPEND_LITERAL(o, ", \"grades\": [");
    for (guint g = 0; g < post->grades->len; g++) {
        if (g)
            ELG_APPEND_LITERAL(o, ", ");
        elg_json_string(o, g_ptr_array_index(post->grades, g));
    }
    ELG_APPEND_LITERAL(o, "], \"deadline\": ");
    string_or_null(o, post->deadline_text);
    ELG_APPEND_LITERAL(o, ", \"clearance\": ");
    string_or_null(o, post->clearance > 0 ? ref->clearance_id[post->clearance] : NULL);
}

/* A post's members up to its "candidates" array, opened. */
static void post_open(const elg_post_result *r, guint p, GString *o)
{
    elg_append(o, p ? ",\n    {" : "\n    {");
    post_head(r, o);
    g_string_append_printf(o, ",\n      \"counts\": {\"eligible\": %u, \"review\": %u, \"ineligible\": %u},"
                              "\n      \"essential_total\": %u,\n      \"criteria\": [",
                           r->counts[0], r->counts[1], r->counts[2], r->ess_total);
    for (guint c = 0; c < r->n_crit; c++) {
        const elg_criterion *cr = r->bound[c].cr;
        elg_append(o, c ? ",\n        {\"id\": " : "\n        {\"id\": ");
        elg_json_string(o, cr->id);
        char weight[G_ASCII_DTOSTR_BUF_SIZE]; /* a point in any locale */
        g_string_append_printf(o, ", \"kind\": \"%s\", \"essential\": %s, \"decides\": %s, \"weight\": %s, \"text\": ",
                               elg_kind_names[cr->kind], cr->essential ? "true" : "false",
                               r->bound[c].decides ? "true" : "false", elg_weight_text(cr->weight, weight));
        string_or_null(o, *cr->text ? cr->text : NULL); /* a rule set need not quote the notice */
        g_string_append_printf(o, ", \"met\": %u, \"failed\": %u, \"unknown\": %u}", r->crit_met[c],
                               r->crit_failed[c], r->crit_unknown[c]);
    }
    ELG_APPEND_LITERAL(o, "\n      ],\n      \"candidates\": [");
}

/* The candidate at RANK of post P, as an element of its "candidates". */
static void ranked_candidate(const elg_screening *s, guint p, const criteria_members *members, guint rank, GString *o,
                             elg_report_thread *ts)
{
    const elg_post_result *r = &s->posts[p];
    const guint row = r->order[rank - 1];
    elg_row_result rr;
    elg_result_row(r, row, &rr);
    elg_append(o, rank > 1 ? ",\n        {\"rank\": " : "\n        {\"rank\": ");
    elg_append_uint(o, rank);
    ELG_APPEND_LITERAL(o, ", ");
    candidate_head(s, row, o);
    ELG_APPEND_LITERAL(o, ", \"status\": \"");
    elg_append(o, elg_status_name(rr.status));
    ELG_APPEND_LITERAL(o, "\", \"essential_met\": ");
    elg_append_uint(o, rr.ess_met);
    ELG_APPEND_LITERAL(o, ", \"essential_unknown\": ");
    elg_append_uint(o, rr.ess_unk);
    ELG_APPEND_LITERAL(o, ", \"essential_failed\": ");
    elg_append_uint(o, rr.ess_fail);
    ELG_APPEND_LITERAL(o, ", \"essential_total\": ");
    elg_append_uint(o, r->ess_total);
    ELG_APPEND_LITERAL(o, ", \"desirable_score\": ");
    elg_append(o, elg_score_cached(&ts->sc, rr.score));
    ELG_APPEND_LITERAL(o, ", \"reasons\": ");
    reasons_array(s, p, row, o, ts->memo);
    ELG_APPEND_LITERAL(o, ", \"clearance_held\": ");
    string_or_null(o, elg_clearance_held(s, p, row));
    ELG_APPEND_LITERAL(o, ", \"criteria\": ");
    criteria_states(r, members, row, o);
    elg_append_c(o, '}');
}

/* Segment SEG: ranks of one post, the post opened before its first and
 * closed after its last. */
static void by_post_segment(const elg_screening *s, const void *job, guint seg, GString *o, elg_report_thread *ts)
{
    const criteria_members *members = job; /* a post's */
    const elg_post_span span = elg_post_span_of(s, seg);
    if (span.opens)
        post_open(&s->posts[span.post], span.post, o);
    for (guint rank = span.first; rank <= span.last; rank++)
        ranked_candidate(s, span.post, &members[span.post], rank, o, ts);
    if (span.closes)
        ELG_APPEND_LITERAL(o, "\n      ]\n    }");
}

static void json_by_post(const elg_screening *s, elg_sink *k)
{
    ELG_APPEND_LITERAL(k->buf, "  \"posts\": [");
    criteria_members *members = g_new(criteria_members, s->n_posts);
    for (guint p = 0; p < s->n_posts; p++)
        criteria_members_init(&members[p], &s->posts[p]);
    elg_write_post_segments(s, k, by_post_segment, members);
    for (guint p = 0; p < s->n_posts; p++)
        g_string_free(members[p].text, TRUE);
    g_free(members);
    ELG_APPEND_LITERAL(k->buf, "\n  ]\n");
}

/* Segment SEG of the candidates in file order, each with every post. */
static void by_candidate_segment(const elg_screening *s, const void *job, guint seg, GString *o,
                                 elg_report_thread *ts)
{
    (void)job;
    guint first, end;
    elg_row_span_of(s, seg, &first, &end);
    for (guint row = first; row < end; row++) {
        elg_append(o, row ? ",\n    {" : "\n    {");
        candidate_head(s, row, o);
        ELG_APPEND_LITERAL(o, ", \"posts\": [");
        for (guint p = 0; p < s->n_posts; p++) {
            const elg_post_result *r = &s->posts[p];
            elg_row_result rr;
            elg_result_row(r, row, &rr);
            elg_append(o, p ? ", {\"post_id\": " : "{\"post_id\": ");
            elg_json_string(o, r->post->id);
            ELG_APPEND_LITERAL(o, ", \"status\": \"");
            elg_append(o, elg_status_name(rr.status));
            ELG_APPEND_LITERAL(o, "\", \"rank\": ");
            elg_append_uint(o, elg_result_ranks(s, p)[row]);
            ELG_APPEND_LITERAL(o, ", \"desirable_score\": ");
            elg_append(o, elg_score_cached(&ts->sc, rr.score));
            ELG_APPEND_LITERAL(o, ", \"reasons\": ");
            reasons_array(s, p, row, o, ts->memo);
            elg_append_c(o, '}');
        }
        ELG_APPEND_LITERAL(o, "]}");
    }
}

static void json_by_candidate(const elg_screening *s, elg_sink *k)
{
    GString *o = k->buf;
    ELG_APPEND_LITERAL(o, "  \"posts\": [");
    for (guint p = 0; p < s->n_posts; p++) {
        elg_append(o, p ? ",\n    {" : "\n    {");
        post_head(&s->posts[p], o);
        elg_append_c(o, '}');
    }
    ELG_APPEND_LITERAL(o, "\n  ],\n  \"candidates\": [");
    elg_write_row_segments(s, k, by_candidate_segment, NULL);
    ELG_APPEND_LITERAL(k->buf, "\n  ]\n");
}

void elg_report_json(const elg_screening *s, const elg_report_options *opt, elg_sink *k)
{
    GString *o = k->buf;
    ELG_APPEND_LITERAL(o, "{\n  \"candidates_file\": ");
    elg_json_string(o, opt->candidates_file ? opt->candidates_file : s->profiles->file);
    g_string_append_printf(o, ",\n  \"rows\": %u,\n  \"rows_with_problems\": %u,\n", s->n_rows,
                           elg_profiles_rows_with_problems(s->profiles));
    if (s->profiles->header_repeats) /* as inspect: only when there are some */
        g_string_append_printf(o, "  \"header_repeats\": %u,\n", s->profiles->header_repeats);
    if (opt->by_candidate)
        json_by_candidate(s, k);
    else
        json_by_post(s, k);
    ELG_APPEND_LITERAL(o, "}\n");
}
