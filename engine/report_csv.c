/* The CSV report (DESIGN.md s.4): one row per (post, candidate), by rank. */
#include "report.h"

#include "store.h"

static void csv_by_post(const elg_screening *s, elg_sink *k)
{
    GString *o = k->buf, *reasons = g_string_new(NULL);
    g_string_append(o, "post_id,candidate_id,status,essential_met,essential_unknown,essential_failed,"
                       "essential_total,desirable_score,rank,reasons,name,line,clearance_held,"
                       "desirable_met,desirable_unknown,desirable_total\n");
    for (guint p = 0; p < s->n_posts; p++) {
        const elg_post_result *r = &s->posts[p];
        guint n_des = r->n_crit - r->post->n_essential;
        for (guint rank = 1; rank <= s->n_rows; rank++) {
            guint row = r->order[rank - 1];
            char score[16];
            elg_score_text(r->score[row], score);
            elg_csv_cell(o, r->post->id);
            g_string_append_c(o, ',');
            elg_csv_cell(o, g_ptr_array_index(s->profiles->ids, row));
            g_string_append_printf(o, ",%s,%u,%u,%u,%u,%s,%u,", elg_status_name(r->status[row]),
                                   r->ess_met[row], r->ess_unk[row], r->ess_fail[row], r->ess_total,
                                   score, rank);
            g_string_truncate(reasons, 0);
            elg_reasons(s, p, row, reasons);
            elg_csv_cell(o, reasons->str);
            g_string_append_c(o, ',');
            elg_csv_cell(o, g_ptr_array_index(s->profiles->names, row));
            const char *held = elg_clearance_held(s, p, row);
            g_string_append_printf(o, ",%u,%s,%u,%u,%u\n", elg_profiles_line(s->profiles, row),
                                   held ? held : "", r->des_met[row], r->des_unk[row], n_des);
            elg_sink_flush(k, FALSE);
        }
    }
    g_string_free(reasons, TRUE);
}

/* --by-candidate: one row per candidate, the posts grouped by status. */
static void csv_by_candidate(const elg_screening *s, elg_sink *k)
{
    GString *o = k->buf, *lists[3];
    for (int i = 0; i < 3; i++)
        lists[i] = g_string_new(NULL);
    g_string_append(o, "candidate_id,name,line,eligible_posts,review_posts,ineligible_posts\n");
    for (guint row = 0; row < s->n_rows; row++) {
        for (int i = 0; i < 3; i++)
            g_string_truncate(lists[i], 0);
        for (guint p = 0; p < s->n_posts; p++) {
            GString *l = lists[s->posts[p].status[row]];
            if (l->len)
                g_string_append(l, "; ");
            g_string_append(l, s->posts[p].post->id);
        }
        elg_csv_cell(o, g_ptr_array_index(s->profiles->ids, row));
        g_string_append_c(o, ',');
        elg_csv_cell(o, g_ptr_array_index(s->profiles->names, row));
        g_string_append_printf(o, ",%u", elg_profiles_line(s->profiles, row));
        for (int i = 0; i < 3; i++) {
            g_string_append_c(o, ',');
            elg_csv_cell(o, lists[i]->str);
        }
        g_string_append_c(o, '\n');
        elg_sink_flush(k, FALSE);
    }
    for (int i = 0; i < 3; i++)
        g_string_free(lists[i], TRUE);
}

void elg_report_csv(const elg_screening *s, const elg_report_options *opt, elg_sink *k)
{
    if (opt->by_candidate)
        csv_by_candidate(s, k);
    else
        csv_by_post(s, k);
}
