/* The readable report: per post a summary, the attrition per criterion and
 * the ranked candidates with their reasons.  Text from the input is shown
 * without terminal control characters. */
#include "report.h"

#include "diags.h"
#include "report_put.h"
#include "store.h"

/* ROW's kept cells (--keep): "  HEADER: VALUE" for each given. */
static void text_kept(const elg_profiles *p, guint row, GString *o)
{
    for (unsigned k = 0; k < elg_profiles_kept_count(p); k++) {
        const char *v = elg_profiles_kept_value(p, k, row);
        if (!v)
            continue;
        g_string_append(o, "  ");
        elg_append_printable(o, elg_profiles_kept_header(p, k));
        g_string_append(o, ": ");
        elg_append_printable(o, v);
    }
}

/* ROW's reasons for post P through the memo M, joined by "; ", into OUT. */
static void reasons_text(const elg_screening *s, guint p, guint row, elg_explain_memo *m, GString *out)
{
    elg_reason why[ELG_MAX_CRITERIA];
    const guint n = elg_reason_texts(s, p, row, m, why);
    g_string_truncate(out, 0);
    for (guint i = 0; i < n; i++) {
        if (i)
            g_string_append(out, "; ");
        g_string_append_len(out, why[i].text, why[i].len);
    }
}

/* The reason of the first deciding essential ROW fails for post P, and
 * " (and N more failed)" when others fail too: why not, in one line. */
static void first_failure_text(const elg_screening *s, guint p, guint row, elg_explain_memo *m, GString *out)
{
    elg_reason why[ELG_MAX_CRITERIA];
    const guint n = elg_reason_texts(s, p, row, m, why);
    g_string_truncate(out, 0);
    guint failed = 0;
    for (guint i = 0; i < n; i++)
        if (why[i].state == ELG_NOT_MET && !failed++)
            g_string_append_len(out, why[i].text, why[i].len);
    if (failed > 1)
        g_string_append_printf(out, " (and %u more failed)", failed - 1);
}

/* printf's "%-*s" (or "%*s" when RIGHT) of ASCII TEXT, without printf:
 * a line of a million candidates' report. */
static void append_aligned(GString *o, const char *text, int width, gboolean right)
{
    static const char spaces[] = "                                ";
    const int len = (int)strlen(text);
    if (!right)
        g_string_append_len(o, text, len);
    for (int pad = width - len; pad > 0; pad -= (int)sizeof spaces - 1)
        g_string_append_len(o, spaces, MIN(pad, (int)sizeof spaces - 1));
    if (right)
        g_string_append_len(o, text, len);
}

/* Columns TEXT takes on a terminal: East Asian wide characters two. */
static int text_width(const char *text)
{
    int w = 0;
    for (const char *c = text; *c; c = g_utf8_next_char(c)) {
        const gunichar u = g_utf8_get_char(c);
        w += g_unichar_iswide(u) ? 2 : g_unichar_iszerowidth(u) ? 0 : 1;
    }
    return w;
}

/* The candidate ids as shown, ID_WIDTH columns each (padded), so that the
 * columns after them line up; an id longer than ID_WIDTH_MAX pushes its row on. */
#define ID_WIDTH_MIN 12
#define ID_WIDTH_MAX 30

static int id_column_width(const elg_screening *s, GString *tmp)
{
    int width = ID_WIDTH_MIN;
    for (guint row = 0; row < s->n_rows; row++) {
        const char *id = g_ptr_array_index(s->profiles->ids, row);
        if (strlen(id) <= (size_t)width) /* a byte a column at most, so it fits */
            continue;
        g_string_truncate(tmp, 0);
        elg_append_printable(tmp, id);
        width = MIN(ID_WIDTH_MAX, MAX(width, text_width(tmp->str)));
    }
    return width;
}

static void text_post(const elg_screening *s, guint p, elg_sink *k, GString *tmp, elg_explain_memo *m)
{
    GString *o = k->buf;
    elg_score_cache scores = {0};
    const elg_post_result *r = &s->posts[p];
    const elg_post *post = r->post;
    g_string_append(o, "\n== ");
    elg_append_printable(o, post->id);
    g_string_append(o, "  ");
    elg_append_printable(o, post->title);
    g_string_append_printf(o, "\n   %s", post->organisation);
    for (guint g = 0; g < post->grades->len; g++) {
        g_string_append(o, g ? "/" : ", ");
        elg_append_printable(o, g_ptr_array_index(post->grades, g));
    }
    g_string_append_printf(o, ", deadline %s", post->deadline_text ? post->deadline_text : "none");
    if (post->clearance > 0)
        g_string_append_printf(o, ", clearance %s (condition of appointment)", post->ref->clearance_id[post->clearance]);
    g_string_append_printf(o, "\n   eligible %u, review %u, ineligible %u\n\n", r->counts[0], r->counts[1], r->counts[2]);
    int width = 9;
    for (guint c = 0; c < r->n_crit; c++)
        width = MAX(width, (int)g_utf8_strlen(r->bound[c].cr->id, -1));
    /* counts and ranks as wide as the number of candidates needs */
    char digits[16];
    const int n_width = g_snprintf(digits, sizeof digits, "%u", s->n_rows);
    const int met_w = MAX(6, n_width), failed_w = MAX(7, n_width), unknown_w = MAX(8, n_width),
              rank_w = MAX(4, n_width);
    g_string_append_printf(o, "   %-10s %-*s  decides %*s %*s %*s\n", "", width, "criterion", met_w, "met",
                           failed_w, "failed", unknown_w, "unknown");
    for (guint c = 0; c < r->n_crit; c++) {
        const elg_criterion *cr = r->bound[c].cr;
        g_string_truncate(tmp, 0);
        elg_append_printable(tmp, cr->id);
        g_string_append_printf(o, "   %-10s %-*s  %-7s %*u %*u %*u\n", cr->essential ? "essential" : "desirable",
                               width, tmp->str, r->bound[c].decides ? "yes" : "no", met_w, r->crit_met[c],
                               failed_w, r->crit_failed[c], unknown_w, r->crit_unknown[c]);
    }
    /* whether each already holds the clearance the post states (DESIGN.md s.3) */
    char holds[32] = "";
    if (post->clearance > 0)
        g_snprintf(holds, sizeof holds, "holds %s", post->ref->clearance_id[post->clearance]);
    const int holds_width = holds[0] ? MAX((int)strlen(holds), 7) + 2 : 0;
    const int id_width = id_column_width(s, tmp);
    g_string_append_printf(o, "\n   %*s  %-*s  status      score  essentials  %-*sname\n", rank_w, "rank", id_width,
                           "candidate", holds_width, holds);
    for (guint rank = 1; rank <= s->n_rows; rank++) {
        guint row = r->order[rank - 1];
        char number[16], ess[32];
        elg_row_result rr;
        elg_result_row(r, row, &rr);
        *elg_put_uint(number, rank) = '\0';
        char *e = elg_put_uint(ess, rr.ess_met);
        *e++ = '/';
        *elg_put_uint(e, r->ess_total) = '\0';
        g_string_truncate(tmp, 0);
        elg_append_printable(tmp, g_ptr_array_index(s->profiles->ids, row));
        g_string_append(o, "   ");
        append_aligned(o, number, rank_w, TRUE);
        g_string_append(o, "  ");
        append_aligned(o, tmp->str, id_width - text_width(tmp->str) + (int)tmp->len, FALSE);
        g_string_append(o, "  ");
        append_aligned(o, elg_status_name(rr.status), 10, FALSE);
        g_string_append_c(o, ' ');
        append_aligned(o, elg_score_cached(&scores, rr.score), 6, TRUE);
        g_string_append(o, "  ");
        append_aligned(o, ess, 10, FALSE);
        g_string_append(o, "  ");
        if (holds_width)
            append_aligned(o, elg_clearance_held(s, p, row), holds_width, FALSE);
        const char *name = elg_store_name(s->profiles, row);
        if (name)
            elg_append_printable(o, name);
        text_kept(s->profiles, row, o);
        g_string_append_c(o, '\n');
        reasons_text(s, p, row, m, tmp);
        if (tmp->len) {
            g_string_append(o, "         ");
            elg_append_printable(o, tmp->str);
            g_string_append_c(o, '\n');
        }
        elg_sink_flush(k, FALSE);
    }
}

static void text_by_candidate(const elg_screening *s, elg_sink *k, GString *tmp, elg_explain_memo *m)
{
    GString *o = k->buf;
    static const char *const verbs[] = {"eligible for", "review for", "ineligible for"};
    for (guint row = 0; row < s->n_rows; row++) {
        g_string_append(o, "\n");
        elg_append_printable(o, g_ptr_array_index(s->profiles->ids, row));
        const char *name = elg_store_name(s->profiles, row);
        if (name) {
            g_string_append(o, "  ");
            elg_append_printable(o, name);
        }
        g_string_append_printf(o, "  (line %u)", elg_profiles_line(s->profiles, row));
        text_kept(s->profiles, row, o);
        g_string_append_c(o, '\n');
        for (int st = 0; st < 3; st++) {
            gboolean any = FALSE;
            for (guint p = 0; p < s->n_posts; p++) {
                const elg_post_result *r = &s->posts[p];
                if (elg_result_status(r, row) != (elg_status)st)
                    continue;
                g_string_append(o, any ? ", " : "   ");
                if (!any)
                    g_string_append_printf(o, "%s ", verbs[st]);
                elg_append_printable(o, r->post->id);
                g_string_append_printf(o, " (rank %u)", elg_result_ranks(s, p)[row]);
                any = TRUE;
            }
            if (any)
                g_string_append_c(o, '\n');
        }
        /* what to check where a review is needed; why not, in one reason, where ineligible */
        for (int st = ELG_REVIEW; st <= ELG_INELIGIBLE; st++)
            for (guint p = 0; p < s->n_posts; p++) {
                if (elg_result_status(&s->posts[p], row) != (elg_status)st)
                    continue;
                if (st == ELG_REVIEW)
                    reasons_text(s, p, row, m, tmp);
                else
                    first_failure_text(s, p, row, m, tmp);
                g_string_append(o, st == ELG_REVIEW ? "   to check for " : "   failed for ");
                elg_append_printable(o, s->posts[p].post->id);
                g_string_append(o, ": ");
                elg_append_printable(o, tmp->str);
                g_string_append_c(o, '\n');
            }
        elg_sink_flush(k, FALSE);
    }
}

void elg_report_text(const elg_screening *s, const elg_report_options *opt, elg_sink *k)
{
    GString *o = k->buf, *tmp = g_string_new(NULL);
    elg_explain_memo *m = elg_explain_memo_new(0);
    g_string_append(o, "eligo screening of ");
    elg_append_printable(o, opt->candidates_file ? opt->candidates_file : s->profiles->file);
    g_string_append_printf(o, ": %u candidate%s (%u with problems in the file), %u post%s\n", s->n_rows,
                           s->n_rows == 1 ? "" : "s", elg_profiles_rows_with_problems(s->profiles), s->n_posts,
                           s->n_posts == 1 ? "" : "s");
    if (opt->by_candidate)
        text_by_candidate(s, k, tmp, m);
    else
        for (guint p = 0; p < s->n_posts; p++)
            text_post(s, p, k, tmp, m);
    elg_explain_memo_free(m);
    g_string_free(tmp, TRUE);
}
