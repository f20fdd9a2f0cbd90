/* Private: report writers share a buffered sink and cell escaping. */
#ifndef ELG_REPORT_INTERNAL_H
#define ELG_REPORT_INTERNAL_H

#include <stdio.h>
#include <string.h>
#include "append.h"
#include "eligo/report.h"
#include "progress.h"
#include "report_put.h"
#include "screening.h"
#include "values.h"

typedef struct {
    FILE *fp;
    GString *buf;   /* flushed to fp in large writes */
    int error;      /* errno of the first failed write, 0 if none */
    int fd;         /* fp's descriptor when it is a regular file, else -1 */
    guint64 written, sent; /* bytes in the file; bytes whose writeback was started */
    elg_progress pg; /* "writing the report: N MB", on a terminal, for a long report */
} elg_sink;

void elg_sink_init(elg_sink *k, FILE *fp);
/* Write what is buffered when it is large (FORCE: always). */
void elg_sink_flush(elg_sink *k, gboolean force);
/* N more bytes were written to K's stream (by elg_sink_flush, or by a writer
 * that bypasses the buffer, one thread at a time): into a file, their
 * writeback is started every so often, while the rest is formatted, rather
 * than all in the final fsync; the progress line counts them. */
void elg_sink_wrote(elg_sink *k, gsize n);
void elg_sink_clear(elg_sink *k);

/* Does a CSV cell starting with C need a `'` before it, so that a
 * spreadsheet does not take it for a formula (= + - @ TAB CR)? */
static inline gboolean elg_csv_injects(unsigned char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* The CSV cell of the N bytes of TEXT into W, which has room for 2 * N + 3
 * bytes: quoted when it holds , " CR or LF (a " doubled), with `'` before
 * it when it injects; returns the end.  The raw writer of every cell. */
static inline char *elg_put_csv_cell(char *w, const char *text, size_t n)
{
    if (n == 0)
        return w;
    const gboolean inject = elg_csv_injects((unsigned char)text[0]);
    const gboolean quote = strcspn(text, ",\"\r\n") != n;
    if (!quote && !inject) {
        memcpy(w, text, n);
        return w + n;
    }
    if (quote)
        *w++ = '"';
    if (inject)
        *w++ = '\'';
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '"')
            *w++ = '"';
        *w++ = text[i];
    }
    if (quote)
        *w++ = '"';
    return w;
}

/* A CSV cell (elg_put_csv_cell) appended to OUT; nothing for NULL. */
void elg_csv_cell(GString *out, const char *text);
/* A JSON string literal. */
void elg_json_string(GString *out, const char *text);
/* ... of the LEN bytes at TEXT. */
void elg_json_string_len(GString *out, const char *text, gsize len);
/* The reasons of ROW for post P, each failed or unknown deciding essential, joined by "; ". */
void elg_reasons(const elg_screening *s, guint p, guint row, GString *out);
/* Explanations already written, per thread (report.c), in SLOTS slots (0:
 * the default, 65536); when half are used it starts again. */
typedef struct elg_explain_memo elg_explain_memo;
elg_explain_memo *elg_explain_memo_new(unsigned slots);
void elg_explain_memo_free(elg_explain_memo *m);
/* How many times M was full and started again (for the tests). */
unsigned elg_explain_memo_restarts(const elg_explain_memo *m);
/* The reasons of ROW for post P as a CSV cell, escaped as elg_csv_cell()
 * does; *TEXT points into M (valid until the next call), the length is returned. */
gsize elg_reasons_cell(const elg_screening *s, guint p, guint row, elg_explain_memo *m, const char **text);
/* The same cell written in place: the room it needs (planned in M) ... */
gsize elg_reasons_cell_room(const elg_screening *s, guint p, guint row, elg_explain_memo *m);
/* ... then the cell itself at W, which has that room; returns the end. */
char *elg_reasons_cell_put(const elg_explain_memo *m, char *w);
/* One reason of a row: a deciding essential criterion not met or unknown. */
typedef struct {
    const char *text;      /* LEN bytes, not terminated; in the memo, valid until its next use */
    guint len;
    elg_state state;       /* ELG_NOT_MET or ELG_UNKNOWN */
    gboolean json_escapes; /* holds a byte a JSON string escapes */
} elg_reason;
/* The reasons of ROW for post P through M, in criterion order, into OUT
 * (room for ELG_MAX_CRITERIA); returns how many: elg_reasons() without
 * formatting each row's texts again. */
guint elg_reason_texts(const elg_screening *s, guint p, guint row, elg_explain_memo *m, elg_reason *out);

/* A stream that rewrites eligo's CSV written to it for a spreadsheet
 * (elg_report_options.excel) into OUT, or NULL; fclose() it to finish (OUT
 * stays open).  CANDIDATES_DELIMITER: the candidate file's delimiter, the
 * list separator of the spreadsheet that exported it.  OWN_SCORE: the
 * report has its own desirable_score column (by post; by candidate, a
 * column of that name is the file's, kept as written). */
FILE *elg_excel_stream(FILE *out, char candidates_delimiter, gboolean own_score);

/* What a thread that formats segments keeps from one to the next. */
typedef struct {
    elg_score_cache sc;
    elg_explain_memo *memo;
    GString *tmp; /* scratch text */
} elg_report_thread;
/* Append segment SEG of a report to OUT; JOB is the format's own. */
typedef void (*elg_segment_fn)(const elg_screening *s, const void *job, guint seg, GString *out,
                               elg_report_thread *ts);
/* Write what K buffers, then N_SEGMENTS segments formatted by FORMAT on
 * s->threads threads and written to K's stream in segment order: the bytes
 * of one thread (report_segments.c).  K's buffer is empty after. */
void elg_write_segments(const elg_screening *s, elg_sink *k, elg_segment_fn format, const void *job,
                        guint n_segments);
/* Rows of a report segment: a few MB of text per thread. */
#define ELG_SEGMENT_ROWS 8192u
/* Where segment SEG of a report by post lies: post POST's ranks FIRST to
 * LAST (from 1; none when LAST < FIRST), in the post's first segment
 * (OPENS: the post's head goes before) and its last (CLOSES). */
typedef struct {
    guint post, first, last;
    gboolean opens, closes;
} elg_post_span;
elg_post_span elg_post_span_of(const elg_screening *s, guint seg);
/* elg_write_segments() of every post's ranks, post by post: at least one
 * segment a post, which has a head even with no rows. */
void elg_write_post_segments(const elg_screening *s, elg_sink *k, elg_segment_fn format, const void *job);
/* Rows [*FIRST, *END) of segment SEG of the rows in file order. */
void elg_row_span_of(const elg_screening *s, guint seg, guint *first, guint *end);
/* elg_write_segments() of the rows in file order. */
void elg_write_row_segments(const elg_screening *s, elg_sink *k, elg_segment_fn format, const void *job);

void elg_report_csv(const elg_screening *s, const elg_report_options *opt, elg_sink *k);
void elg_report_json(const elg_screening *s, const elg_report_options *opt, elg_sink *k);
void elg_report_text(const elg_screening *s, const elg_report_options *opt, elg_sink *k);

#endif
