/* Ordered parallel writing, for every report format: millions of rows are
 * cut into segments, formatted in parallel into per-thread buffers and
 * written strictly in segment order, so the bytes are those of one thread. */
#include "report.h"

#include <errno.h>
#include "threads.h"

#define SEGMENT_BUFFER_BYTES (2u << 20) /* grown as a segment needs */

typedef struct {
    const elg_screening *s;
    elg_sink *k;
    elg_segment_fn format;
    const void *job;
    guint n_segments;
    gint next_segment; /* atomic: the next segment to format */
    GMutex lock;
    GCond turn;
    guint next_write; /* the segment whose turn it is to be written */
} segment_writer;

static gpointer segment_worker(gpointer data)
{
    segment_writer *w = data;
    GString *out = g_string_sized_new(SEGMENT_BUFFER_BYTES);
    elg_report_thread ts = {.memo = elg_explain_memo_new(0), .tmp = g_string_new(NULL)};
    for (;;) {
        guint seg = (guint)g_atomic_int_add(&w->next_segment, 1);
        if (seg >= w->n_segments)
            break;
        g_string_truncate(out, 0);
        w->format(w->s, w->job, seg, out, &ts);
        g_mutex_lock(&w->lock);
        while (w->next_write != seg)
            g_cond_wait(&w->turn, &w->lock);
        /* whole segments go straight to the stream; the sink held only what came before */
        if (!w->k->error && out->len && fwrite(out->str, 1, out->len, w->k->fp) != out->len)
            w->k->error = errno ? errno : EIO;
        elg_sink_wrote(w->k, out->len);
        w->next_write++;
        g_cond_broadcast(&w->turn);
        g_mutex_unlock(&w->lock);
    }
    elg_explain_memo_free(ts.memo);
    g_string_free(ts.tmp, TRUE);
    g_string_free(out, TRUE);
    return NULL;
}

void elg_write_segments(const elg_screening *s, elg_sink *k, elg_segment_fn format, const void *job,
                        guint n_segments)
{
    elg_sink_flush(k, TRUE);
    segment_writer w = {.s = s, .k = k, .format = format, .job = job, .n_segments = n_segments};
    g_mutex_init(&w.lock);
    g_cond_init(&w.turn);
    guint threads = s->threads ? s->threads : 1;
    if (threads > n_segments)
        threads = n_segments ? n_segments : 1;
    elg_run_threads(threads, "eligo-report", segment_worker, &w);
    g_mutex_clear(&w.lock);
    g_cond_clear(&w.turn);
}

/* Segments of a post's ranks: at least one, for the post's head. */
static guint segments_per_post(const elg_screening *s)
{
    return MAX(1u, (s->n_rows + ELG_SEGMENT_ROWS - 1) / ELG_SEGMENT_ROWS);
}

elg_post_span elg_post_span_of(const elg_screening *s, guint seg)
{
    const guint per_post = segments_per_post(s), part = seg % per_post, first = part * ELG_SEGMENT_ROWS + 1;
    return (elg_post_span){.post = seg / per_post, .first = first,
                           .last = MIN(s->n_rows, first + ELG_SEGMENT_ROWS - 1),
                           .opens = part == 0, .closes = part == per_post - 1};
}

void elg_write_post_segments(const elg_screening *s, elg_sink *k, elg_segment_fn format, const void *job)
{
    elg_write_segments(s, k, format, job, segments_per_post(s) * s->n_posts);
}

void elg_row_span_of(const elg_screening *s, guint seg, guint *first, guint *end)
{
    *first = MIN(s->n_rows, seg * ELG_SEGMENT_ROWS);
    *end = MIN(s->n_rows, *first + ELG_SEGMENT_ROWS);
}

void elg_write_row_segments(const elg_screening *s, elg_sink *k, elg_segment_fn format, const void *job)
{
    elg_write_segments(s, k, format, job, (s->n_rows + ELG_SEGMENT_ROWS - 1) / ELG_SEGMENT_ROWS);
}
