/* The readable report: per post a summary, the attrition per criterion and
 * the ranked candidates with their reasons.  Text from the input is shown
 * without terminal control characters.  The candidates are formatted in
 * parallel, by segments (elg_write_segments). */
#include "report.h"

#include "diags.h"
#include "store.h"

/* ROW's kept cells (--keep): "  HEADER: VALUE" for each given. */
static void text_kept(const elg_profiles *p, guint row, GString *o)
{
    for (unsigned k = 0; k < elg_profiles_kept_count(p); k++) {
        const char *v = elg_profiles_kept_value(p, k, row);
        if (!v)
            continue;
        ELG_APPEND_LITERAL(o, "  ");
        elg_append_printable(o, elg_profiles_kept_header(p, k));
        ELG_APPEND_LITERAL(o, ": ");
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
            ELG_APPEND_LITERAL(out, "; ");
        elg_append_len(out, why[i].text, why[i].len);
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
            elg_append_len(out, why[i].text, why[i].len);
    if (failed > 1)
        g_string_append_printf(out, " (and %u more failed)", failed - 1);
}

/* printf's "%-*s" (or "%*s" when RIGHT) of ASCII TEXT, without printf:
 * a line of a million candidates' report. */
static void append_aligned(GString *o, const char *text, int width, gboolean right)
{
    const int len = (int)strlen(text), pad = MAX(0, width - len);
    char *w = elg_append_room(o, (gsize)(len + pad));
    if (right) {
        memset(w, ' ', (size_t)pad);
        w += pad;
    }
    w = (char *)memcpy(w, text, (size_t)len) + len;
    if (!right) {
        memset(w, ' ', (size_t)pad);
        w += pad;
    }
    elg_append_end(o, w);
}

/* Columns TEXT takes on a terminal: East Asian wide characters two. */
static int text_width(const char *text)
{
    const char *c = text;
    while (*c && !(*c & 0x80)) /* ASCII, as most ids: a column a byte */
        c++;
    int w = (int)(c - text);
    for (; *c; c = g_utf8_next_char(c)) {
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

/* "holds CLEARANCE" for a post that states or requires one, else "":
 * whether each candidate already holds it (DESIGN.md s.3). */
typedef struct {
    char text[32];
} holds_label;

static holds_label holds_text(const elg_post *post)
{
    holds_label h = {""};
    if (post->clearance_held > 0)
        g_snprintf(h.text, sizeof h.text, "holds %s", post->ref->clearance_id[post->clearance_held]);
    return h;
}

/* How a post's ranked lines are laid out: the widths of their columns. */
typedef struct {
    int count_width; /* digits of the number of candidates: ranks and counts need as many */
    int id_width, holds_width;
} post_layout;

/* Post P's summary, attrition and the head of its ranked lines, into O. */
static void text_post_head(const elg_screening *s, guint p, const post_layout *l, GString *o, GString *tmp)
{
    const elg_post_result *r = &s->posts[p];
    const elg_post *post = r->post;
    ELG_APPEND_LITERAL(o, "\n== ");
    elg_append_printable(o, post->id);
    ELG_APPEND_LITERAL(o, "  ");
    elg_append_printable(o, post->title);
    g_string_append_printf(o, "\n   %s", post->organisation);
    for (guint g = 0; g < post->grades->len; g++) {
        elg_append(o, g ? "/" : ", ");
        elg_append_printable(o, g_ptr_array_index(post->grades, g));
    }
    g_string_append_printf(o, ", deadline %s", post->deadline_text ? post->deadline_text : "none");
    if (post->clearance > 0)
        g_string_append_printf(o, ", clearance %s (condition of appointment)", post->ref->clearance_id[post->clearance]);
    g_string_append_printf(o, "\n   eligible %u, review %u, ineligible %u\n\n", r->counts[0], r->counts[1], r->counts[2]);
    int width = 9;
    for (guint c = 0; c < r->n_crit; c++)
        width = MAX(width, (int)g_utf8_strlen(r->bound[c].cr->id, -1));
    /* counts as wide as the number of candidates needs */
    const int met_w = MAX(6, l->count_width), failed_w = MAX(7, l->count_width), unknown_w = MAX(8, l->count_width);
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
    g_string_append_printf(o, "\n   %*s  %-*s  status      score  essentials  %-*sname\n", MAX(4, l->count_width), "rank",
                           l->id_width, "candidate", l->holds_width, holds_text(post).text);
}

/* The line of the candidate at RANK of post P, and its reasons. */
static void text_ranked(const elg_screening *s, guint p, const post_layout *l, guint rank, GString *o,
                        elg_report_thread *ts)
{
    const elg_post_result *r = &s->posts[p];
    const guint row = r->order[rank - 1];
    char number[16], ess[32];
    elg_row_result rr;
    elg_result_row(r, row, &rr);
    *elg_put_uint(number, rank) = '\0';
    char *e = elg_put_uint(ess, rr.ess_met);
    *e++ = '/';
    *elg_put_uint(e, r->ess_total) = '\0';
    GString *tmp = ts->tmp;
    g_string_truncate(tmp, 0);
    elg_append_printable(tmp, g_ptr_array_index(s->profiles->ids, row));
    ELG_APPEND_LITERAL(o, "   ");
    append_aligned(o, number, MAX(4, l->count_width), TRUE);
    ELG_APPEND_LITERAL(o, "  ");
    append_aligned(o, tmp->str, l->id_width - text_width(tmp->str) + (int)tmp->len, FALSE);
    ELG_APPEND_LITERAL(o, "  ");
    append_aligned(o, elg_status_name(rr.status), 10, FALSE);
    elg_append_c(o, ' ');
    append_aligned(o, elg_score_cached(&ts->sc, rr.score), 6, TRUE);
    ELG_APPEND_LITERAL(o, "  ");
    append_aligned(o, ess, 10, FALSE);
    ELG_APPEND_LITERAL(o, "  ");
    if (l->holds_width)
        append_aligned(o, elg_clearance_held(s, p, row), l->holds_width, FALSE);
    const char *name = elg_store_name(s->profiles, row);
    if (name)
        elg_append_printable(o, name);
    text_kept(s->profiles, row, o);
    elg_append_c(o, '\n');
    reasons_text(s, p, row, ts->memo, tmp);
    if (tmp->len) {
        ELG_APPEND_LITERAL(o, "         ");
        elg_append_printable(o, tmp->str);
        elg_append_c(o, '\n');
    }
}

/* Segment SEG: ranks of one post, headed by its summary when the first. */
static void by_post_segment(const elg_screening *s, const void *job, guint seg, GString *o, elg_report_thread *ts)
{
    const post_layout *layout = job; /* a post's */
    const elg_post_span span = elg_post_span_of(s, seg);
    if (span.opens)
        text_post_head(s, span.post, &layout[span.post], o, ts->tmp);
    for (guint rank = span.first; rank <= span.last; rank++)
        text_ranked(s, span.post, &layout[span.post], rank, o, ts);
}

static void text_by_post(const elg_screening *s, elg_sink *k)
{
    post_layout *layout = g_new(post_layout, s->n_posts);
    GString *tmp = g_string_new(NULL);
    char digits[16];
    /* ranks as wide as the number of candidates needs; ids as their own widths */
    const int count_width = g_snprintf(digits, sizeof digits, "%u", s->n_rows), id_width = id_column_width(s, tmp);
    for (guint p = 0; p < s->n_posts; p++) {
        const char *holds = holds_text(s->posts[p].post).text;
        layout[p] = (post_layout){.count_width = count_width, .id_width = id_width,
                                  .holds_width = holds[0] ? MAX((int)strlen(holds), 7) + 2 : 0};
    }
    elg_write_post_segments(s, k, by_post_segment, layout);
    g_free(layout);
    g_string_free(tmp, TRUE);
}

/* Segment SEG of the candidates in file order: the posts each is eligible,
 * to review or ineligible for, and why. */
static void by_candidate_segment(const elg_screening *s, const void *job, guint seg, GString *o,
                                 elg_report_thread *ts)
{
    (void)job;
    static const char *const verbs[] = {"eligible for", "review for", "ineligible for"};
    GString *tmp = ts->tmp;
    guint first, end;
    elg_row_span_of(s, seg, &first, &end);
    for (guint row = first; row < end; row++) {
        ELG_APPEND_LITERAL(o, "\n");
        elg_append_printable(o, g_ptr_array_index(s->profiles->ids, row));
        const char *name = elg_store_name(s->profiles, row);
        if (name) {
            ELG_APPEND_LITERAL(o, "  ");
            elg_append_printable(o, name);
        }
        ELG_APPEND_LITERAL(o, "  (line ");
        elg_append_uint(o, elg_profiles_line(s->profiles, row));
        elg_append_c(o, ')');
        text_kept(s->profiles, row, o);
        elg_append_c(o, '\n');
        for (int st = 0; st < 3; st++) {
            gboolean any = FALSE;
            for (guint p = 0; p < s->n_posts; p++) {
                const elg_post_result *r = &s->posts[p];
                if (elg_result_status(r, row) != (elg_status)st)
                    continue;
                elg_append(o, any ? ", " : "   ");
                if (!any) {
                    elg_append(o, verbs[st]);
                    elg_append_c(o, ' ');
                }
                elg_append_printable(o, r->post->id);
                ELG_APPEND_LITERAL(o, " (rank ");
                elg_append_uint(o, elg_result_ranks(s, p)[row]);
                elg_append_c(o, ')');
                any = TRUE;
            }
            if (any)
                elg_append_c(o, '\n');
        }
        /* what to check where a review is needed; why not, in one reason, where ineligible */
        for (int st = ELG_REVIEW; st <= ELG_INELIGIBLE; st++)
            for (guint p = 0; p < s->n_posts; p++) {
                if (elg_result_status(&s->posts[p], row) != (elg_status)st)
                    continue;
                if (st == ELG_REVIEW)
                    reasons_text(s, p, row, ts->memo, tmp);
                else
                    first_failure_text(s, p, row, ts->memo, tmp);
                elg_append(o, st == ELG_REVIEW ? "   to check for " : "   failed for ");
                elg_append_printable(o, s->posts[p].post->id);
                ELG_APPEND_LITERAL(o, ": ");
                elg_append_printable(o, tmp->str);
                elg_append_c(o, '\n');
            }
    }
}

void elg_report_text(const elg_screening *s, const elg_report_options *opt, elg_sink *k)
{
    GString *o = k->buf;
    ELG_APPEND_LITERAL(o, "eligo screening of ");
    elg_append_printable(o, opt->candidates_file ? opt->candidates_file : s->profiles->file);
    g_string_append_printf(o, ": %u candidate%s (%u with problems in the file", s->n_rows, s->n_rows == 1 ? "" : "s",
                           elg_profiles_rows_with_problems(s->profiles));
    /* the lines the candidates do not count (joined exports), as inspect says */
    const unsigned repeats = s->profiles->header_repeats;
    if (repeats)
        g_string_append_printf(o, "; %u row%s repeating the header, not read", repeats, repeats == 1 ? "" : "s");
    g_string_append_printf(o, "), %u post%s\n", s->n_posts, s->n_posts == 1 ? "" : "s");
    if (opt->by_candidate)
        elg_write_row_segments(s, k, by_candidate_segment, NULL);
    else
        text_by_post(s, k);
}
