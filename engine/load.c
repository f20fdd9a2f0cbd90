/* Loading candidate CSV files (DESIGN.md s.2, s.6): the file is read twice
 * through reused buffers, first to learn its encoding (a NUL byte means it
 * is not text; invalid UTF-8 means Windows-1252) and where records may be
 * split, then to parse it with libcsv and store every normalised value in the
 * columnar store (store.h).
 *
 * With more than one thread the file is cut at line ends outside quotes into
 * chunks of a few MiB.  The calling thread parses the header and the first
 * chunk into the store; workers parse the other chunks, each with its own
 * libcsv parser, loader and partial store; the caller appends them in file
 * order, checking duplicate ids as it goes.  A chunk counts only if the
 * chunk before it ended exactly at a record end as libcsv sees it (a stray
 * quote can fool the split); otherwise the rest of the file is parsed by the
 * calling thread.  Either way the rows and diagnostics are those of one pass.
 *
 * A file that ends inside a quoted field opened on an earlier line (one
 * stray quote would take every row after it) is loaded a second time, with
 * that quote read as a character of its cell (find_stray_quote). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <csv.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "bytes.h"
#include "diags.h"
#include "errors.h"
#include "fold.h"
#include "jsonfile.h"
#include "load_row.h"
#include "load_utf16.h"
#include "progress.h"
#include "store.h"
#include "utf8.h"

#define CHUNK (1u << 20)
#define DEFAULT_MAX_FIELD (1u << 20)
#define DEFAULT_MAX_COLUMNS 4096u

/* libcsv keeps its state in the public struct; 0 is "no record begun". */
#define CSV_ROW_NOT_BEGUN 0
#define CSV_FIELD_BEGUN 2
#define CSV_FIELD_MIGHT_HAVE_ENDED 3 /* a quote in a quoted field: its end, or half of "" */

/* A line's delimiters, found with its end in one pass (scan_line). */
typedef struct {
    guint32 at[256];         /* offsets from the line's start */
    guint n;                 /* how many; past G_N_ELEMENTS(at) only counted */
    gboolean quote;          /* the line holds a quote */
} line_cuts;

typedef struct {
    elg_loader row;          /* header map and per-row processing (load_row.c) */
    struct csv_parser csv;
    unsigned line;           /* physical line being fed, 1-based */
    unsigned record_line;    /* line the current record started on */
    gboolean pending_cr;     /* a CR ended the last chunk: a line ends unless LF follows */
    gboolean ended_line;     /* the last byte fed ended a line (LINE is already the next one) */
    gboolean header_done;
    gboolean field_overflow; /* the current field passed max_field: being dropped */
    size_t overflow_bytes;
    size_t max_field;
    line_cuts cuts;          /* of the line being fed */
    unsigned open_last_line; /* the file ended inside a quoted field: its last line (loader_eof); else 0 */
    unsigned eof_line;       /* then the line after the last line end: 1 + the file's line ends */
} csv_loader;

/* A quote opened in a record and never closed, which took the rest of the
 * file into one field: a second load reads it as a character of its cell. */
typedef struct {
    guint64 offset;          /* 1 + its offset in the file read; 0: none */
    unsigned last_line;      /* the file's last line (for the warning) */
} literal_quote;

/* --- pass 1: encoding -------------------------------------------------- */

typedef struct {
    guint64 offset;          /* a line starts here, outside quotes */
    unsigned line;           /* its number, as feed_chunk counts them */
} split_point;

typedef struct {
    gboolean bom;
    gboolean utf8;
    guint64 nul_offset;      /* offset + 1 of the first NUL byte, or 0 */
    unsigned nul_line;
    guint64 size;
    char header[4096];       /* the header line, for delimiter detection */
    size_t header_len;
    char sep;                /* the delimiter an Excel "sep=;" first line sets, or 0 */
    size_t sep_len;          /* that line's bytes, its line end included */
    unsigned late_sep_line;  /* a "sep=X" line after empty lines: its number (an error), or 0 */
    guint64 split_every;     /* 0: no split points wanted */
    GArray *splits;          /* split_point, increasing offsets */
    guint64 literal;         /* literal_quote.offset: that quote is a character, as in pass 2 */
} sniff;

/* Scan new bytes for NUL, lines and quotes; note a split point at the first
 * line start outside quotes past every SPLIT_EVERY bytes. */
typedef struct {
    unsigned lf_line;        /* 1 + LFs so far (the NUL message counts LFs) */
    unsigned line;           /* 1 + line ends (CR, LF, CRLF) so far */
    gboolean in_quotes, prev_cr;
    guint64 next_split;
} scan_state;

static void note_split(sniff *s, scan_state *st, guint64 offset)
{
    split_point sp = {offset, st->line};
    g_array_append_val(s->splits, sp);
    st->next_split = offset + s->split_every;
}

#if defined(__SSE2__)
/* From I, 64 bytes at a time while they hold no quote, CR or NUL: their LFs
 * are counted (and a split noted) from masks, since most 64 bytes of a file
 * hold at most a line end.  Returns where a block with one of those begins. */
static size_t scan_plain_blocks(sniff *s, scan_state *st, const char *p, size_t len, guint64 at, size_t i)
{
    const __m128i quote = _mm_set1_epi8('"'), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    const __m128i zero = _mm_setzero_si128();
    for (; i + 64 <= len; i += 64) {
        guint64 lfs = 0, stops = 0;
        for (unsigned k = 0; k < 4; k++) {
            const __m128i v = _mm_loadu_si128((const __m128i *)(p + i + 16 * k));
            const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, cr)),
                                              _mm_cmpeq_epi8(v, zero));
            lfs |= (guint64)(guint16)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)) << (16 * k);
            stops |= (guint64)(guint16)_mm_movemask_epi8(stop) << (16 * k);
        }
        if (stops)
            break;
        /* an LF right after a CR (the last byte before the block) ends no new line */
        const guint after_cr = st->prev_cr && (lfs & 1);
        if (!(s->split_every && !st->in_quotes && at + i + 64 >= st->next_split)) {
            const guint n = (guint)__builtin_popcountll(lfs);
            st->lf_line += n;
            st->line += n - after_cr;
        } else { /* a split is due in this block: LF by LF */
            for (guint64 m = lfs; m; m &= m - 1) {
                const guint j = (guint)__builtin_ctzll(m);
                st->lf_line++;
                st->line += !(j == 0 && after_cr);
                if (at + i + j + 1 >= st->next_split)
                    note_split(s, st, at + i + j + 1);
            }
        }
        st->prev_cr = FALSE;
    }
    return i;
}
#endif

static void scan_bytes(sniff *s, scan_state *st, const char *p, size_t len, guint64 at)
{
    for (size_t i = 0; i < len; i++) {
        size_t from = i;
#if defined(__SSE2__)
        i = scan_plain_blocks(s, st, p, len, at, i);
#endif
        /* most bytes are none of the four below: pass them 8 at a time */
        for (guint64 w; i + 8 <= len; i += 8) {
            memcpy(&w, p + i, 8);
            if (elg_any_byte(w, '"') | elg_any_byte(w, '\n') | elg_any_byte(w, '\r') | elg_any_zero(w))
                break;
        }
        if (i != from)
            st->prev_cr = FALSE;
        if (i == len)
            break;
        const char c = p[i];
        if (c == '"') {
            st->in_quotes = !st->in_quotes;
        } else if (c == '\n') {
            st->lf_line++;
            if (!st->prev_cr)
                st->line++;
            if (s->split_every && !st->in_quotes && at + i + 1 >= st->next_split)
                note_split(s, st, at + i + 1);
        } else if (c == '\r') {
            st->line++;
        } else if (c == '\0') {
            s->nul_offset = at + i + 1;
            s->nul_line = st->lf_line;
            return;
        }
        st->prev_cr = c == '\r';
    }
}

/* One reader of the first pass: the bytes of FD from S->size (an offset)
 * to TO, through BUF. */
typedef struct {
    int fd;
    guint64 to;              /* G_MAXUINT64: to the end of the file */
    char *buf;
    size_t bufsize;
    sniff *s;
    scan_state st;
    gboolean header_complete; /* or not wanted: a reader from mid-file */
    int read_errno;           /* a read failed: why */
    gboolean sep_cr;          /* a "sep=" line ended with CR: an LF after it is its */
    unsigned lines;           /* line ends before the header so far */
    gboolean after_cr;        /* the last byte before the header was a CR */
} sniff_reader;

/* Is the line [H, H + LEN) Excel's "sep=X", which sets the delimiter X
 * for the lines after it?  Excel writes it and honours it. */
static gboolean sep_line(const char *h, size_t len)
{
    return len == 5 && g_ascii_strncasecmp(h, "sep=", 4) == 0;
}

/* The "sep=X" line read as the header is no header: X is the delimiter,
 * and the line (with its line end of END_LEN bytes) comes before the body. */
static void take_sep_line(sniff *s, size_t end_len)
{
    s->sep = s->header[4];
    s->sep_len = s->header_len + end_len;
    s->header_len = 0;
}

/* Is the line R has read whole before the header (LINE: its number) a
 * "sep=X" line?  The file's first line sets the delimiter, as Excel reads
 * it; after empty lines Excel shows it as a row and guesses the delimiter,
 * so it is refused (late_sep_line) rather than read as Excel would not. */
static gboolean found_sep_line(sniff_reader *r, size_t end_len, unsigned line)
{
    sniff *s = r->s;
    if (s->sep_len || !sep_line(s->header, s->header_len))
        return FALSE;
    if (line > 1) {
        s->late_sep_line = line;
        r->header_complete = TRUE; /* nothing more to know */
    } else {
        take_sep_line(s, end_len);
    }
    return TRUE;
}

/* The header line is complete at a line end.  A first line "sep=X" is no
 * header: it is noted, and the header is the line after it. */
static void header_line_end(sniff_reader *r, char end)
{
    sniff *s = r->s;
    if (!(end == '\n' && r->after_cr)) /* CRLF is one line end */
        r->lines++;
    r->after_cr = end == '\r';
    size_t blank = 0;
    while (blank < s->header_len && strchr(ELG_BLANK_ROW_CHARS, s->header[blank]))
        blank++;
    if (blank == s->header_len) {
        /* a blank line before the header (or one of empty cells, ";;" or
         * quoted "";"", as Excel saves a sheet's empty first row), which the
         * loader skips too: the delimiter is the header's, not a guess from
         * nothing */
        s->header_len = 0;
        return;
    }
    if (found_sep_line(r, 1, r->lines))
        r->sep_cr = end == '\r';
    else
        r->header_complete = TRUE;
}

/* Read and scan from R->s->size to R->to (or a NUL byte, or the end). */
static void sniff_read(sniff_reader *r)
{
    sniff *s = r->s;
    char carry[4];
    size_t carry_len = 0;
    gboolean in_quotes = FALSE;
    for (;;) {
        const size_t want = (size_t)MIN((guint64)r->bufsize, r->to - s->size);
        ssize_t got = want ? pread(r->fd, r->buf + carry_len, want, (off_t)s->size) : 0;
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            r->read_errno = errno;
        if (got <= 0)
            break;
        const size_t n = (size_t)got;
        memcpy(r->buf, carry, carry_len);
        size_t len = carry_len + n;
        const char *start = r->buf;
        if (s->size == 0 && len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0) {
            s->bom = TRUE;
            start += 3;
        }
        if (s->literal > s->size && s->literal <= s->size + n) {
            /* the quote read as a character toggles nothing */
            const size_t k = (size_t)(s->literal - 1 - s->size);
            scan_bytes(s, &r->st, r->buf + carry_len, k, s->size);
            r->st.prev_cr = FALSE;
            if (!s->nul_offset)
                scan_bytes(s, &r->st, r->buf + carry_len + k + 1, n - k - 1, s->size + k + 1);
        } else {
            scan_bytes(s, &r->st, r->buf + carry_len, n, s->size);
        }
        if (s->nul_offset)
            return;
        for (const char *p = start; !r->header_complete && p < r->buf + len; p++) {
            if (r->sep_cr) {
                r->sep_cr = FALSE;
                if (*p == '\n') {
                    s->sep_len++;
                    continue;
                }
            }
            if (*p == '"')
                in_quotes = !in_quotes;
            if (!in_quotes && (*p == '\n' || *p == '\r')) {
                header_line_end(r, *p);
                continue;
            }
            r->after_cr = FALSE;
            if (s->header_len < sizeof s->header - 1)
                s->header[s->header_len++] = *p;
        }
        s->size += n;
        carry_len = 0;
        if (s->utf8) {
            const gchar *end;
            /* the fast answer first; where it says no, where and why */
            const size_t span = (size_t)(r->buf + len - start);
            if (!elg_utf8_valid(start, span) && !elg_utf8_valid_at(start, span, &end)) {
                size_t rest = (size_t)(r->buf + len - end);
                /* a sequence cut by the read is finished next time (a
                 * reader stopping mid-file stops after a line end) */
                if (rest < 4 && g_utf8_get_char_validated(end, rest) == (gunichar)-2) {
                    memcpy(carry, end, rest);
                    carry_len = rest;
                } else {
                    s->utf8 = FALSE;
                }
            }
        }
    }
    if (carry_len) /* the file ended inside a sequence */
        s->utf8 = FALSE;
}

static gpointer sniff_reader_thread(gpointer data)
{
    sniff_read(data);
    return NULL;
}

/* Where the line holding offset AT ends (the offset after its LF), if a LF
 * comes within the LEN bytes read into BUF; 0 otherwise. */
static guint64 line_end_after(int fd, guint64 at, char *buf, size_t len)
{
    ssize_t got = pread(fd, buf, len, (off_t)at);
    const char *lf = got > 0 ? memchr(buf, '\n', (size_t)got) : NULL;
    return lf ? at + (guint64)(lf - buf) + 1 : 0;
}

/* A file this large is read by two threads in the first pass, when split
 * points are wanted (more than one thread). */
#define SNIFF_HALVES_FROM (8u << 20)

/* The first pass.  With split points wanted, a large file is read in two
 * halves at once, the second from the line start after its middle: the
 * second half's split points hold if the first half ends outside quotes
 * (the quote count is even); if not, the second half is read again after
 * the first, as with one reader.  SIZE: the file's size when opened (0 for
 * anything but a regular file: one reader). */
static gboolean sniff_file(FILE *f, guint64 size, char *buf, size_t bufsize, sniff *s, const char *path,
                           GError **err)
{
    guint64 every = s->split_every, literal = s->literal;
    GArray *splits = s->splits;
    memset(s, 0, sizeof *s);
    s->split_every = every;
    s->splits = splits;
    s->literal = literal;
    s->utf8 = TRUE;
    const int fd = fileno(f);
    sniff_reader first = {fd, G_MAXUINT64, buf, bufsize, s, {1, 1, FALSE, FALSE, every}, FALSE, 0, FALSE, 0, FALSE};
    const guint64 mid = every && size >= SNIFF_HALVES_FROM ? line_end_after(fd, size / 2, buf, bufsize) : 0;
    sniff second_s = {0};
    sniff_reader second = {0};
    GThread *helper = NULL;
    if (mid) {
        second_s.utf8 = TRUE;
        second_s.size = mid;
        second_s.split_every = every;
        second_s.literal = literal;
        second_s.splits = g_array_new(FALSE, FALSE, sizeof(split_point));
        second = (sniff_reader){fd, G_MAXUINT64, g_malloc(bufsize + 4), bufsize, &second_s,
                                {1, 1, FALSE, FALSE, mid}, TRUE, 0, FALSE, 0, FALSE};
        first.to = mid;
        /* no thread to be had (a process at its limit): this one reads both halves */
        helper = g_thread_try_new("eligo-sniff", sniff_reader_thread, &second, NULL);
    }
    sniff_read(&first);
    if (!first.header_complete)
        found_sep_line(&first, 0, first.lines + 1); /* the file ends with that line */
    if (mid) {
        if (helper)
            g_thread_join(helper);
        else
            sniff_reader_thread(&second);
        const gboolean whole_first = s->size == mid && !first.read_errno && !s->nul_offset;
        if (whole_first && !first.st.in_quotes) {
            /* the second half's counts follow the first's */
            s->utf8 = s->utf8 && second_s.utf8;
            if (second_s.nul_offset) {
                s->nul_offset = second_s.nul_offset;
                s->nul_line = first.st.lf_line + second_s.nul_line - 1;
            }
            for (guint i = 0; s->splits && i < second_s.splits->len; i++) {
                split_point sp = g_array_index(second_s.splits, split_point, i);
                sp.line += first.st.line - 1;
                g_array_append_val(s->splits, sp);
            }
            s->size = second_s.size;
            first.read_errno = second.read_errno;
        } else if (whole_first) {
            /* the middle fell inside quotes: read on from it */
            first.to = G_MAXUINT64;
            sniff_read(&first);
        }
        g_array_free(second_s.splits, TRUE);
        g_free(second.buf);
    }
    if (first.read_errno) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot read: %s", path,
                    g_strerror(first.read_errno));
        return FALSE;
    }
    return TRUE;
}

/* Most frequent of , ; TAB outside quotes in the header; ties go , then ; then TAB. */
static char detect_delimiter(const char *h, size_t len)
{
    unsigned comma = 0, semi = 0, tab = 0;
    gboolean q = FALSE;
    for (size_t i = 0; i < len; i++) {
        if (h[i] == '"')
            q = !q;
        else if (!q && h[i] == ',')
            comma++;
        else if (!q && h[i] == ';')
            semi++;
        else if (!q && h[i] == '\t')
            tab++;
    }
    if (comma >= semi && comma >= tab)
        return ',';
    return semi >= tab ? ';' : '\t';
}

/* --- pass 2: parsing --------------------------------------------------- */

static void on_field(void *data, size_t len, void *ud)
{
    csv_loader *L = ud;
    /* feed() catches a field still growing at the end of a piece; one that
     * ends inside the piece it grew in is caught here */
    if (L->field_overflow || len > L->max_field) {
        elg_loader_field_too_long(&L->row, L->record_line, L->overflow_bytes + len, L->max_field);
        L->field_overflow = FALSE;
        L->overflow_bytes = 0;
        elg_loader_field(&L->row, "", 0);
        return;
    }
    elg_loader_field(&L->row, data ? data : "", data ? len : 0);
}

static void on_record(int term, void *ud)
{
    (void)term;
    csv_loader *L = ud;
    elg_loader_end_record(&L->row, L->record_line);
}

static int only_space(unsigned char c) { return c == ' '; }

/* A line with quotes, [S, END) without its line end, cut as libcsv would
 * when every quoted field closes on the line and is followed by the
 * delimiter or the line end.  Otherwise (a doubled quote, a quote that runs
 * onto the next line, text or spaces after a closing quote) FALSE, before
 * any field is handed on: libcsv reads the line.  A quote inside an unquoted
 * field is text, as libcsv reads it; elg_loader_field trims the spaces. */
static gboolean feed_quoted_line(csv_loader *L, const char *s, const char *end, char delim)
{
    struct { const char *s; size_t len; } cut[64];
    guint n = 0;
    for (;;) {
        if (n == G_N_ELEMENTS(cut))
            return FALSE;
        while (s < end && *s == ' ')
            s++;
        const char *next;
        if (s < end && *s == '"') {
            const char *close = memchr(s + 1, '"', (size_t)(end - s - 1));
            if (!close || (close + 1 < end && close[1] != delim))
                return FALSE;
            cut[n].s = s + 1;
            cut[n].len = (size_t)(close - s - 1);
            next = close + 1;
        } else {
            const char *e = memchr(s, delim, (size_t)(end - s));
            next = e ? e : end;
            cut[n].s = s;
            cut[n].len = (size_t)(next - s);
        }
        n++;
        if (next == end)
            break;
        s = next + 1;
    }
    for (guint i = 0; i < n; i++)
        elg_loader_field_in_line(&L->row, cut[i].s, cut[i].len);
    elg_loader_end_record(&L->row, L->record_line);
    return TRUE;
}

/* A whole line, starting between records, is cut here as libcsv would cut
 * it, without its callback per byte: fields end at the delimiter, spaces
 * (only_space) are dropped at both ends of each, a line of nothing but
 * spaces is no record, and libcsv stays between records.  A line with
 * quotes goes to feed_quoted_line.  FALSE: not such a line, libcsv reads it. */
static gboolean feed_plain_line(csv_loader *L, const char *p, size_t len, const line_cuts *cuts)
{
    if (L->field_overflow || len == 0 || len > L->max_field ||
        (p[len - 1] != '\n' && p[len - 1] != '\r'))
        return FALSE;
    const char *end = p + len;
    while (end > p && (end[-1] == '\n' || end[-1] == '\r'))
        end--;
    const char *s = p;
    while (s < end && *s == ' ')
        s++;
    if (s == end)
        return TRUE;
    const char delim = L->row.p->delimiter;
    if (cuts->quote)
        return feed_quoted_line(L, s, end, delim);
    /* the cells stay in the line, which lives until the record ends; the
     * loader trims them (all white space, libcsv's spaces included) */
    for (guint k = 0; k < cuts->n; k++) {
        /* spaces are no delimiter: S is at or before the first; past the
         * offsets kept, the next delimiter is looked for */
        const char *e = k < G_N_ELEMENTS(cuts->at) ? p + cuts->at[k] : memchr(s, delim, (size_t)(end - s));
        elg_loader_field_in_line(&L->row, s, (size_t)(e - s));
        s = e + 1;
    }
    elg_loader_field_in_line(&L->row, s, (size_t)(end - s));
    elg_loader_end_record(&L->row, L->record_line);
    return TRUE;
}

gboolean elg_loader_plain_lines = TRUE;

/* libcsv, strict so that it stops where a quote breaks RFC 4180.  Not
 * strict, it would read text after a closing quote ("Jo" Smith) as still
 * quoted, taking the lines after it into the field up to some later quote:
 * rows lost without a word.  Here such text ends the quoting, as
 * spreadsheets read it: the closing quote is dropped and the field read on
 * to the delimiter (reported).  A quote inside an unquoted field is text,
 * as libcsv reads it when not strict. */
static void parse_csv(csv_loader *L, const char *p, size_t len)
{
    struct csv_parser *c = &L->csv;
    while (len > 0) {
        const size_t used = csv_parse(c, p, len, on_field, on_record, L);
        if (used >= len || csv_error(c) != CSV_EPARSE)
            return;
        c->status = CSV_SUCCESS;
        p += used;
        len -= used;
        if (c->pstate == CSV_FIELD_MIGHT_HAVE_ENDED) {
            /* the quote, then the spaces after it, end the field read so far */
            unsigned char *q = c->entry_buf + c->entry_pos - c->spaces - 1;
            memmove(q, q + 1, c->spaces);
            c->entry_pos--;
            c->spaces = 0;
            c->quoted = 0;
            c->pstate = CSV_FIELD_BEGUN;
            elg_loader_text_after_quote(&L->row, L->record_line, L->line);
        } else {
            csv_set_opts(c, CSV_APPEND_NULL);
            csv_parse(c, p, 1, on_field, on_record, L);
            csv_set_opts(c, CSV_APPEND_NULL | CSV_STRICT);
            p++;
            len--;
        }
    }
}

/* Feed one piece of a line to libcsv; a piece never holds more than one
 * line end.  CUTS: its delimiters, when it is a whole line. */
static void feed(csv_loader *L, const char *p, size_t len, const line_cuts *cuts)
{
    if (L->csv.pstate == CSV_ROW_NOT_BEGUN) {
        L->record_line = L->line;
        if (elg_loader_plain_lines && cuts && feed_plain_line(L, p, len, cuts))
            return;
    }
    parse_csv(L, p, len);
    /* A field longer than the limit is dropped as it streams in, so memory
     * stays bounded whatever the file holds (libcsv appends at entry_pos).
     * The bytes libcsv may still take back are kept: the spaces it counts
     * at the field's end and, after a quote in a quoted field, that quote;
     * below them, it would write before its buffer.  (A run of spaces
     * longer than a field is forgotten instead, and counted in the field.) */
    if (L->csv.entry_pos > L->max_field) {
        const size_t quote = L->csv.pstate == CSV_FIELD_MIGHT_HAVE_ENDED;
        if (L->csv.spaces > L->max_field)
            L->csv.spaces = 0;
        const size_t keep = L->csv.spaces + quote;
        memmove(L->csv.entry_buf, L->csv.entry_buf + L->csv.entry_pos - keep, keep);
        L->overflow_bytes += L->csv.entry_pos - keep;
        L->csv.entry_pos = keep;
        L->field_overflow = TRUE;
    }
}

/* Note a delimiter at offset AT in C (past the room: only counted). */
static inline void add_cut(line_cuts *c, size_t at)
{
    if (c->n < G_N_ELEMENTS(c->at))
        c->at[c->n] = (guint32)at;
    c->n++;
}

/* The offset of the first CR or LF of the AVAIL bytes at P (AVAIL if none),
 * with the delimiters DELIM and quotes before it in C: lines are long and
 * most bytes are none of these, so 16 bytes are looked at a step. */
static size_t scan_line(const char *p, size_t avail, char delim, line_cuts *c)
{
    c->n = 0;
    c->quote = FALSE;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), quote = _mm_set1_epi8('"'),
                  d = _mm_set1_epi8(delim);
    for (; i + 16 <= avail; i += 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        const guint ends = (guint)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
        const guint before = ends ? (1u << __builtin_ctz(ends)) - 1 : 0xFFFFu;
        c->quote |= ((guint)_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)) & before) != 0;
        for (guint m = (guint)_mm_movemask_epi8(_mm_cmpeq_epi8(v, d)) & before; m; m &= m - 1)
            add_cut(c, i + (guint)__builtin_ctz(m));
        if (ends)
            return i + (guint)__builtin_ctz(ends);
    }
#endif
    for (; i < avail; i++) {
        const char ch = p[i];
        if (ch == '\n' || ch == '\r')
            return i;
        if (ch == '"')
            c->quote = TRUE;
        else if (ch == delim)
            add_cut(c, i);
    }
    return avail;
}

static void feed_chunk(csv_loader *L, const char *buf, size_t len)
{
    size_t i = 0;
    if (len > 0)
        L->ended_line = FALSE;
    if (L->pending_cr && len > 0) {
        L->pending_cr = FALSE;
        if (buf[0] != '\n')
            L->line++;
    }
    const char delim = L->row.p->delimiter;
    while (i < len) {
        const size_t j = i + scan_line(buf + i, len - i, delim, &L->cuts);
        if (j == len) {
            feed(L, buf + i, len - i, NULL);
            return;
        }
        /* include the line end: CR, LF or CRLF */
        size_t end = j + 1;
        if (buf[j] == '\r' && end < len && buf[end] == '\n')
            end++;
        feed(L, buf + i, end - i, &L->cuts);
        if (buf[j] == '\r' && end == len && j + 1 == len) {
            L->pending_cr = TRUE; /* CRLF may be split by the chunk boundary */
        } else {
            L->line++;
            L->ended_line = end == len;
        }
        i = end;
    }
}

static gboolean convert_chunk(GIConv cd, const char *in, size_t len, GString *out)
{
    g_string_set_size(out, 0);
    gchar *inp = (gchar *)in;
    gsize inleft = len;
    while (inleft > 0) {
        char tmp[8192];
        gchar *outp = tmp;
        gsize outleft = sizeof tmp;
        gsize r = g_iconv(cd, &inp, &inleft, &outp, &outleft);
        g_string_append_len(out, tmp, (gssize)(sizeof tmp - outleft));
        if (r == (gsize)-1 && errno == EILSEQ) {
            /* the five bytes Windows-1252 leaves undefined */
            g_string_append(out, "\xEF\xBF\xBD");
            inp++;
            inleft--;
        } else if (r == (gsize)-1 && errno != E2BIG) {
            return FALSE;
        }
    }
    return TRUE;
}

/* --- parallel chunks ------------------------------------------------------ */

#define MIN_SPLIT (256u << 10)
#define MAX_SPLIT (4u << 20)

typedef struct {
    guint64 from, to;        /* raw file offsets */
    unsigned line;           /* line number at FROM */
    gboolean last;           /* runs to the end of the file */
    elg_profiles *q;         /* the chunk's rows (NULL until parsed) */
    GArray *id_hashes;       /* guint32 per row of Q: its id's hash (load_row.c) */
    unsigned header_diags;   /* the first diagnostics of Q are the header's again */
    gboolean clean;          /* ended at a record end (libcsv between records) */
    unsigned open_last_line, eof_line; /* of the last chunk: as csv_loader's */
    gboolean failed;         /* a read error or a fatal loader error */
    gboolean done;
} chunk;

typedef struct {
    const char *path;
    int fd;                  /* the caller's open file: pread needs no offset of its own */
    const elg_reference *ref;
    const elg_load_options *opt;
    size_t max_field;
    unsigned max_columns;
    char delimiter;
    gboolean utf8;
    const char *encoding;
    chunk *chunks;
    guint n_chunks;
    gint next;               /* atomic: next chunk to parse */
    guint merged;            /* chunks appended so far (workers stay within a window) */
    guint window;
    gboolean stop;           /* the caller gave up on the chunks */
    GMutex lock;
    GCond changed;
    const char *header;      /* the header line's raw bytes (BOM excluded) */
    size_t header_len;
    const literal_quote *lit; /* a quote read as a character, or NULL */
} plan;

static void loader_open(csv_loader *L, elg_profiles *p, const elg_load_options *opt,
                        size_t max_field, unsigned max_columns, elg_memo *memo)
{
    memset(L, 0, sizeof *L);
    L->line = 1;
    L->max_field = max_field;
    elg_loader_init(&L->row, p, opt, max_columns, memo);
    csv_init(&L->csv, CSV_APPEND_NULL | CSV_STRICT); /* see parse_csv */
    /* a long field grows libcsv's buffer in 64 KiB steps, not thousands of small ones */
    csv_set_blk_size(&L->csv, 64u << 10);
    csv_set_delim(&L->csv, (unsigned char)p->delimiter);
    csv_set_space_func(&L->csv, only_space);
}

static void loader_close(csv_loader *L)
{
    csv_free(&L->csv);
    elg_loader_clear(&L->row);
}

/* Between records exactly: the next byte may start a chunk. */
static gboolean between_records(const csv_loader *L)
{
    return L->csv.pstate == CSV_ROW_NOT_BEGUN && !L->pending_cr && !L->field_overflow &&
           L->row.ncells == 0 && !L->row.extra_fields;
}

/* The end of the file: an open quote is reported, a last record without a line end kept. */
static void loader_eof(csv_loader *L)
{
    /* the last line is the one holding the last byte, not the empty one after it */
    if (L->csv.pstate == CSV_FIELD_BEGUN && L->csv.quoted) {
        L->open_last_line = L->ended_line && L->line > 1 ? L->line - 1 : L->line;
        L->eof_line = L->line + (L->pending_cr ? 1u : 0u);
        elg_loader_unterminated_quote(&L->row, L->record_line, L->open_last_line);
    }
    csv_fini(&L->csv, on_field, on_record, L);
}

/* Feed raw bytes (converted first when the file is Windows-1252). */
static void feed_raw(csv_loader *L, GIConv cd, GString *converted, const char *raw, size_t n)
{
    if (cd != (GIConv)-1) {
        convert_chunk(cd, raw, n, converted);
        feed_chunk(L, converted->str, converted->len);
    } else {
        feed_chunk(L, raw, n);
    }
}

/* The quote LIT names, fed to L as a character of its cell, and reported
 * with the text from it to its line's end, read again from FD (the same
 * text however the file is cut into pieces). */
static void feed_literal_quote(csv_loader *L, const literal_quote *lit, int fd, GIConv cd, GString *converted)
{
    csv_set_quote(&L->csv, 0); /* no byte of a text file: the quote is a character */
    feed_chunk(L, "\"", 1);
    csv_set_quote(&L->csv, '"');
    char text[64];
    ssize_t got = pread(fd, text, sizeof text, (off_t)(lit->offset - 1));
    size_t len = 0;
    while (got > 0 && len < (size_t)got && text[len] != '\n' && text[len] != '\r')
        len++;
    const char *shown = text;
    if (cd != (GIConv)-1) {
        convert_chunk(cd, text, len, converted);
        shown = converted->str;
        len = converted->len;
    }
    elg_loader_stray_quote(&L->row, L->record_line, L->line, shown, len, lit->last_line);
}

/* feed_raw for the N bytes at offset AT of the file; the quote LIT names
 * (if any) is split out there.  Checked once a call, not per byte. */
static void feed_raw_at(csv_loader *L, GIConv cd, GString *converted, const char *raw, size_t n, guint64 at,
                        const literal_quote *lit, int fd)
{
    if (!lit || lit->offset <= at || lit->offset > at + n) {
        feed_raw(L, cd, converted, raw, n);
        return;
    }
    const size_t k = (size_t)(lit->offset - 1 - at);
    feed_raw(L, cd, converted, raw, k);
    feed_literal_quote(L, lit, fd, cd, converted);
    feed_raw(L, cd, converted, raw + k + 1, n - k - 1);
}

static gboolean read_at(int fd, char *buf, size_t n, guint64 offset)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = pread(fd, buf + got, n - got, (off_t)(offset + got));
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            return FALSE;
        }
        got += (size_t)r;
    }
    return TRUE;
}

/* A worker's buffer for the raw bytes of its chunks, reused: from
 * elg_alloc_huge, so that its first touch is a fault per 2 MiB. */
typedef struct {
    char *data;
    size_t size;
} raw_buffer;

static char *raw_buffer_get(raw_buffer *b, size_t n)
{
    if (n > b->size || !b->data) {
        elg_free_huge(b->data, b->size);
        b->size = MAX(n, MAX_SPLIT + 4096);
        b->data = elg_alloc_huge(b->size);
    }
    return b->data;
}

static void parse_chunk(plan *pl, chunk *c, int fd, raw_buffer *buf, GIConv cd, GString *converted,
                        elg_memo *memo)
{
    elg_profiles *q = elg_store_new(pl->path, pl->ref);
    q->encoding = pl->encoding;
    q->delimiter = pl->delimiter;
    csv_loader L;
    loader_open(&L, q, pl->opt, pl->max_field, pl->max_columns, memo);
    L.row.defer_duplicates = TRUE;
    /* the header again, for the same column map; its diagnostics are dropped */
    feed_raw(&L, cd, converted, pl->header, pl->header_len);
    feed_chunk(&L, "\n", 1);
    c->header_diags = elg_diags_count(q->diags);
    gboolean ok = L.row.header_done && !elg_loader_failed(&L.row) && between_records(&L);
    L.line = c->line;
    size_t n = (size_t)(c->to - c->from);
    char *raw = raw_buffer_get(buf, n);
    if (ok && !read_at(fd, raw, n, c->from))
        ok = FALSE;
    if (ok) {
        feed_raw_at(&L, cd, converted, raw, n, c->from, pl->lit, fd);
        if (c->last) {
            loader_eof(&L);
            c->open_last_line = L.open_last_line;
            c->eof_line = L.eof_line;
        }
        ok = !elg_loader_failed(&L.row);
    }
    c->clean = ok && between_records(&L);
    c->failed = !ok;
    c->id_hashes = L.row.id_hashes;
    L.row.id_hashes = NULL;
    loader_close(&L);
    c->q = q;
}

static gpointer chunk_worker(gpointer data)
{
    plan *pl = data;
    /* the file the caller opened, not PATH again: a file replaced by a
     * rename meanwhile must not be mixed with the one being read */
    const int fd = pl->fd;
    raw_buffer raw = {NULL, 0};
    GString *converted = pl->utf8 ? NULL : g_string_sized_new(2 * MAX_SPLIT);
    GIConv cd = pl->utf8 ? (GIConv)-1 : g_iconv_open("UTF-8", "WINDOWS-1252");
    /* one memo for all the chunks of this thread: each chunk starts warm */
    elg_memo *memo = elg_memo_new();
    for (;;) {
        guint k = (guint)g_atomic_int_add(&pl->next, 1);
        if (k >= pl->n_chunks)
            break;
        g_mutex_lock(&pl->lock);
        /* stay within a few chunks of the merge, so memory stays bounded */
        while (!pl->stop && k >= pl->merged + pl->window)
            g_cond_wait(&pl->changed, &pl->lock);
        gboolean stop = pl->stop;
        g_mutex_unlock(&pl->lock);
        chunk *c = &pl->chunks[k];
        if (!stop && fd >= 0)
            parse_chunk(pl, c, fd, &raw, cd, converted, memo);
        else
            c->failed = TRUE;
        g_mutex_lock(&pl->lock);
        c->done = TRUE;
        g_cond_broadcast(&pl->changed);
        g_mutex_unlock(&pl->lock);
    }
    if (cd != (GIConv)-1)
        g_iconv_close(cd);
    if (converted)
        g_string_free(converted, TRUE);
    elg_memo_free(memo);
    elg_free_huge(raw.data, raw.size);
    return NULL;
}

/* Did chunk Q read the header as the caller did? */
static gboolean same_header(const elg_profiles *p, const elg_profiles *q)
{
    if (!q || q->headers->len != p->headers->len)
        return FALSE;
    for (guint i = 0; i < p->headers->len; i++)
        if (strcmp(g_ptr_array_index(p->headers, i), g_ptr_array_index(q->headers, i)) != 0)
            return FALSE;
    return TRUE;
}

/* Room for the whole file of SIZE bytes at the rate of its first DONE
 * bytes (L's rows and Q's, if any), and a little more, so that the columns
 * and the id table are not copied as they grow. */
static void reserve_at_rate(csv_loader *L, const elg_profiles *q, guint64 done, guint64 size)
{
    const elg_profiles *p = L->row.p;
    const double scale = (double)size / (double)done * 1.05;
    const double rows = (double)(p->n + (q ? q->n : 0)) * scale + 1024;
    const double skills = (double)(p->skill_ids->len + (q ? q->skill_ids->len : 0)) * scale + 1024;
    const double pairs = (double)(p->exp_field->len + (q ? q->exp_field->len : 0)) * scale + 1024;
    if (rows < G_MAXUINT32 / 4 && skills < G_MAXUINT32 / 4 && pairs < G_MAXUINT32 / 4) {
        elg_store_reserve(L->row.p, (guint)rows, (guint)skills, (guint)pairs);
        elg_loader_reserve_ids(&L->row, (guint32)rows);
    }
}

/* Append chunk C's rows to the store of L, with its diagnostics and the
 * duplicate-id check in file order. */
static void merge_chunk(csv_loader *L, chunk *c, guint64 size)
{
    elg_profiles *p = L->row.p, *q = c->q;
    elg_loader_check_pending_id(&L->row); /* the caller's last row comes first */
    const guint first = p->n;
    const unsigned nd = elg_diags_count(q->diags);
    unsigned d = c->header_diags;
    if (!p->reserve && c->to > 0)
        reserve_at_rate(L, q, c->to, size);
    elg_store_append_store(p, q);
    const guint32 *hashes = (const guint32 *)c->id_hashes->data;
    enum { AHEAD = 8 }; /* rows the id table slots are fetched ahead of use */
    for (guint r = first; r < p->n && r < first + AHEAD; r++)
        elg_loader_prefetch_id(&L->row, hashes[r - first]);
    /* rows in order: the line offset in force is found by walking its changes */
    const guint32 *offsets = (const guint32 *)p->line_offsets->data;
    guint change = first < p->n ? elg_store_line_span(p, first) : 0;
    for (guint r = first; r < p->n; r++) {
        if (r + AHEAD < p->n)
            elg_loader_prefetch_id(&L->row, hashes[r + AHEAD - first]);
        change = elg_store_line_span_from(p, change, r);
        const unsigned line = r + offsets[change];
        unsigned to = d;
        while (to < nd && elg_diags_get_line(q->diags, to) <= line)
            to++;
        elg_diags_move(p->diags, q->diags, d, to);
        d = to;
        const char *id = g_ptr_array_index(p->ids, r);
        if (*id)
            elg_loader_check_duplicate_hashed(&L->row, r, id, hashes[r - first], line);
    }
    elg_diags_move(p->diags, q->diags, d, nd);
    elg_profiles_free(q);
    c->q = NULL;
    g_array_free(c->id_hashes, TRUE);
    c->id_hashes = NULL;
}

/* Did the file change since BEFORE (its state when opened)?  It is read
 * twice, and in parallel: a spreadsheet saving over it meanwhile would give
 * rows of two versions, or rows lost without a word.  (A change within the
 * file system's timestamp resolution that keeps the size is not seen.) */
static gboolean file_changed(FILE *f, const struct stat *before, guint64 sniffed, const char *path,
                             GError **err)
{
    struct stat now;
    if (!S_ISREG(before->st_mode) || fstat(fileno(f), &now) != 0)
        return FALSE; /* a device says nothing of its size */
    if ((guint64)now.st_size == sniffed && now.st_size == before->st_size &&
        now.st_mtim.tv_sec == before->st_mtim.tv_sec && now.st_mtim.tv_nsec == before->st_mtim.tv_nsec)
        return FALSE;
    g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO,
                "%s: error: the file changed while it was read (%" G_GUINT64_FORMAT " bytes, now %"
                G_GUINT64_FORMAT "); read it again once it is saved",
                path, (guint64)before->st_size, (guint64)now.st_size);
    return TRUE;
}

/* What a workbook given for a CSV file is, from its first LEN bytes B (at
 * most 8), or NULL: no CSV file starts with these control bytes. */
static const char *workbook_kind(const guint8 *b, size_t len)
{
    if (len >= 4 && memcmp(b, "PK\x03\x04", 4) == 0)
        return "a ZIP archive, such as an Excel (.xlsx) or OpenDocument (.ods) workbook";
    if (len >= 8 && memcmp(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
        return "an Excel 97-2003 workbook (.xls)";
    return NULL;
}

/* UTF-16 without a byte order mark, as some exports write it (its first
 * bytes have one NUL of two): the iconv name of its byte order, read from
 * byte 0 (*START), and its name for inspect in *SHOWN; NULL otherwise.
 * Only a file whose first two bytes hold a NUL is looked at further. */
static const char *unmarked_utf16(FILE *f, const char **shown, long *start)
{
    guint8 b[512];
    if (fseek(f, 0, SEEK_SET) != 0)
        return NULL;
    const char *utf16 = elg_utf16_unmarked(b, fread(b, 1, sizeof b, f));
    if (utf16) {
        *shown = strcmp(utf16, "UTF-16LE") == 0 ? "UTF-16LE without BOM" : "UTF-16BE without BOM";
        *start = 0;
    }
    return utf16;
}

/* Where the quote of a quoted field that runs to the end of the file was
 * opened: inside that field every quote is half of a "" pair (any other
 * would have closed it), so its opening quote begins the last run of an
 * odd number of quotes.  Read backwards from the end of FD (SIZE bytes)
 * into BUF; *ENDS: the line ends after it.  FALSE if none is found. */
static gboolean open_quote_at(int fd, guint64 size, char *buf, size_t bufsize, guint64 *at, unsigned *ends)
{
    guint64 run = 0;         /* quotes in the run being read */
    unsigned n_ends = 0;
    char after = 0;          /* the byte after the one looked at */
    for (guint64 end = size; end > 0;) {
        const size_t len = (size_t)MIN((guint64)bufsize, end);
        const guint64 from = end - len;
        if (!read_at(fd, buf, len, from))
            return FALSE;
        for (size_t i = len; i-- > 0;) {
            const char c = buf[i];
            if (c != '"' && run % 2) {
                *at = from + i + 1;
                *ends = n_ends;
                return TRUE;
            }
            if (c != '"')
                run = 0;
            else
                run++;
            if (c == '\n' || (c == '\r' && after != '\n'))
                n_ends++;
            after = c;
        }
        end = from;
    }
    return FALSE; /* at the file's start: in the header, which is an error already */
}

/* After a load that ended inside a quoted field (L->open_last_line): if
 * that field's quote was opened in a row and the field spans more than its
 * own line, say in *FOUND where it is, for a second load.  HEADER_END: the
 * offset where the header line ends. */
static void find_stray_quote(const csv_loader *L, int fd, guint64 size, guint64 header_end, char *buf,
                             size_t bufsize, literal_quote *found)
{
    guint64 at;
    unsigned ends;
    if (!open_quote_at(fd, size, buf, bufsize, &at, &ends) || at < header_end || ends >= L->eof_line)
        return;
    if (L->eof_line - ends < L->open_last_line) { /* its line is not the last */
        found->offset = at + 1;
        found->last_line = L->open_last_line;
    }
}

/* Give up a load before the store exists: free what the first pass
 * allocated; NULL for the caller to return. */
static elg_profiles *abandon_load(char *buf, sniff *s)
{
    g_free(buf);
    if (s->splits)
        g_array_free(s->splits, TRUE);
    return NULL;
}

static elg_profiles *load_once(FILE *f, const char *path, const elg_reference *ref,
                               const elg_load_options *opt_p, const char *utf16, const literal_quote *lit,
                               literal_quote *found, GError **err)
{
    const elg_load_options opt = *opt_p;
    unsigned threads = opt.threads ? opt.threads : g_get_num_processors();
    elg_progress pg;
    elg_progress_begin(&pg);
    struct stat st = {0};
    const guint64 size = fstat(fileno(f), &st) == 0 ? (guint64)st.st_size : 0;
    /* a small file gets a small buffer (it may still grow while read: the
     * loops read in pieces of any size) */
    const size_t bufsize = size < CHUNK ? MAX((size_t)size, 4096u) : CHUNK;
    char *buf = g_malloc(bufsize + 4);
    sniff s = {0};
    s.literal = lit ? lit->offset : 0;
    if (threads > 1) {
        /* a few chunks a thread, so that an uneven chunk does not leave one idle */
        guint64 every = size / ((guint64)threads * 6);
        s.split_every = CLAMP(every, MIN_SPLIT, MAX_SPLIT);
        s.splits = g_array_new(FALSE, FALSE, sizeof(split_point));
    }
    if (!sniff_file(f, S_ISREG(st.st_mode) ? size : 0, buf, bufsize, &s, path, err)) {
        return abandon_load(buf, &s);
    }
    if (s.nul_offset) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u: error: binary data (a NUL byte at offset %" G_GUINT64_FORMAT
                    "); expected a CSV text file",
                    path, s.nul_line, s.nul_offset - 1);
        return abandon_load(buf, &s);
    }
    if (s.late_sep_line) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u: error: a \"sep=\" line after %u empty line%s: Excel reads it only as the file's "
                    "first line, and shows this one as a row; remove the empty line%s before it",
                    path, s.late_sep_line, s.late_sep_line - 1, s.late_sep_line == 2 ? "" : "s",
                    s.late_sep_line == 2 ? "" : "s");
        return abandon_load(buf, &s);
    }
    /* where the header begins: after a BOM and Excel's "sep=;" line */
    const guint64 body = (s.bom ? 3u : 0u) + s.sep_len;
    const gboolean sep_ok = !s.sep || s.sep == ',' || s.sep == ';' || s.sep == '\t';
    if (s.size == body || !sep_ok) {
        if (!sep_ok)
            g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                        "%s:1: error: the first line \"sep=%c\" sets the delimiter %c; expected sep=, or sep=; or "
                        "sep= and a TAB (the delimiters eligo reads)",
                        path, s.sep, s.sep);
        else
            g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                        "%s: error: the file is empty%s; expected a header row with a candidate_id column",
                        path, s.sep ? " but for its \"sep=\" line" : "");
        return abandon_load(buf, &s);
    }

    elg_profiles *p = elg_store_new(path, ref);
    p->encoding = utf16 ? utf16 : s.utf8 ? (s.bom ? "UTF-8 with BOM" : "UTF-8") : "Windows-1252";
    GIConv cd = (GIConv)-1;
    GString *converted = NULL;
    if (!s.utf8) {
        cd = g_iconv_open("UTF-8", "WINDOWS-1252");
        converted = g_string_sized_new(bufsize * 2);
    }
    if (s.sep) {
        p->delimiter = s.sep;
        p->sep_line = TRUE;
    } else if (!s.utf8 && s.header_len) {
        GString *h = g_string_new(NULL);
        convert_chunk(cd, s.header, s.header_len, h);
        p->delimiter = detect_delimiter(h->str, h->len);
        g_string_free(h, TRUE);
    } else {
        p->delimiter = detect_delimiter(s.header, s.header_len);
    }

    csv_loader L;
    const size_t max_field = opt.max_field_bytes ? opt.max_field_bytes : DEFAULT_MAX_FIELD;
    const unsigned max_columns = opt.max_columns ? opt.max_columns : DEFAULT_MAX_COLUMNS;
    loader_open(&L, p, &opt, max_field, max_columns, NULL);

    /* Chunks: the caller parses [0, first split), workers the others.  The
     * header must be whole in the sniffed sample (workers parse it again). */
    plan pl = {0};
    const guint64 header_end = body + s.header_len;
    guint first_split = 0;
    while (s.splits && first_split < s.splits->len &&
           g_array_index(s.splits, split_point, first_split).offset <= header_end)
        first_split++;
    if (s.splits && s.splits->len > first_split && s.header_len < sizeof s.header - 1) {
        pl.path = path;
        pl.fd = fileno(f);
        pl.ref = ref;
        pl.opt = &opt;
        pl.max_field = max_field;
        pl.max_columns = max_columns;
        pl.delimiter = p->delimiter;
        pl.utf8 = s.utf8;
        pl.encoding = p->encoding;
        pl.header = s.header;
        pl.header_len = s.header_len;
        pl.lit = lit;
        pl.n_chunks = s.splits->len - first_split;
        pl.chunks = g_new0(chunk, pl.n_chunks);
        for (guint k = 0; k < pl.n_chunks; k++) {
            const split_point *sp = &g_array_index(s.splits, split_point, first_split + k);
            pl.chunks[k].from = sp->offset;
            pl.chunks[k].line = sp->line;
            pl.chunks[k].last = k + 1 == pl.n_chunks;
            pl.chunks[k].to = pl.chunks[k].last ? s.size
                                                : g_array_index(s.splits, split_point, first_split + k + 1).offset;
        }
        pl.window = threads + 1; /* chunks parsed ahead of the merge: memory stays bounded */
        g_mutex_init(&pl.lock);
        g_cond_init(&pl.changed);
    }
    const guint64 serial_end = pl.n_chunks ? pl.chunks[0].from : s.size;
    GThread **pool = pl.n_chunks ? g_new0(GThread *, threads) : NULL;
    guint workers = 0; /* fewer than asked when the process can have no more threads */
    while (pl.n_chunks && workers < threads &&
           (pool[workers] = g_thread_try_new("eligo-load", chunk_worker, &pl, NULL)))
        workers++;

    rewind(f);
    gboolean ok = !body || fseeko(f, (off_t)body, SEEK_SET) == 0;
    guint64 offset = body;
    L.line = s.sep_len ? 2 : 1; /* line numbers stay the file's */
    size_t n;
    /* the caller's part: [body, serial_end), then whatever the chunks could not do */
    while (ok && offset < serial_end &&
           (n = fread(buf, 1, (size_t)MIN((guint64)bufsize, serial_end - offset), f)) > 0) {
        feed_raw_at(&L, cd, converted, buf, n, offset, lit, fileno(f));
        offset += n;
        if (elg_loader_failed(&L.row))
            ok = FALSE;
        /* a file read here alone: its size is known after the first piece */
        if (!pl.n_chunks && !p->reserve && p->n && offset < s.size)
            reserve_at_rate(&L, NULL, offset, s.size);
        elg_progress_update(&pg, "loading", p->n, "rows");
    }
    guint merged = 0;
    if (pl.n_chunks) {
        /* without a worker, no chunk is parsed ahead: all are parsed here below */
        gboolean usable = ok && workers > 0 && between_records(&L);
        for (guint k = 0; k < pl.n_chunks && usable; k++) {
            chunk *c = &pl.chunks[k];
            g_mutex_lock(&pl.lock);
            while (!c->done)
                g_cond_wait(&pl.changed, &pl.lock);
            g_mutex_unlock(&pl.lock);
            /* a chunk that ended inside a record, or whose header was not
             * read as ours, is parsed again here, from its start */
            if (c->failed || (!c->clean && !c->last) || !same_header(p, c->q))
                break;
            merge_chunk(&L, c, s.size);
            merged++;
            if (c->last) {
                L.open_last_line = c->open_last_line;
                L.eof_line = c->eof_line;
            }
            elg_progress_update(&pg, "loading", p->n, "rows");
            g_mutex_lock(&pl.lock);
            pl.merged = merged;
            g_cond_broadcast(&pl.changed);
            g_mutex_unlock(&pl.lock);
        }
        g_mutex_lock(&pl.lock);
        pl.stop = TRUE;
        g_cond_broadcast(&pl.changed);
        g_mutex_unlock(&pl.lock);
        for (guint t = 0; t < workers; t++)
            g_thread_join(pool[t]);
        for (guint k = 0; k < pl.n_chunks; k++) {
            if (pl.chunks[k].q)
                elg_profiles_free(pl.chunks[k].q);
            if (pl.chunks[k].id_hashes)
                g_array_free(pl.chunks[k].id_hashes, TRUE);
        }
        if (merged < pl.n_chunks && ok) {
            /* parse the rest here, from the first chunk not taken */
            offset = pl.chunks[merged].from;
            L.line = pl.chunks[merged].line;
            if (fseeko(f, (off_t)offset, SEEK_SET) != 0)
                ok = FALSE;
            while (ok && (n = fread(buf, 1, bufsize, f)) > 0) {
                feed_raw_at(&L, cd, converted, buf, n, offset, lit, fileno(f));
                offset += n;
                if (elg_loader_failed(&L.row))
                    ok = FALSE;
                elg_progress_update(&pg, "loading", p->n, "rows");
            }
        }
        g_free(pool);
        g_free(pl.chunks);
        g_mutex_clear(&pl.lock);
        g_cond_clear(&pl.changed);
    }
    if (ferror(f)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot read: %s", path,
                    g_strerror(errno));
        ok = FALSE;
    } else {
        /* the last chunk saw the end of the file itself */
        if (ok && !(pl.n_chunks && merged == pl.n_chunks))
            loader_eof(&L);
        /* also hands over a fatal problem found in the header */
        ok = elg_loader_finish(&L.row, err);
        elg_store_pad(p);
        elg_store_fit(p);
        elg_store_index_lines(p);
    }
    if (ok && file_changed(f, &st, s.size, path, err))
        ok = FALSE;
    if (ok && found && L.open_last_line)
        find_stray_quote(&L, fileno(f), s.size, header_end, buf, bufsize, found);
    loader_close(&L);
    elg_progress_end(&pg);
    if (converted)
        g_string_free(converted, TRUE);
    if (cd != (GIConv)-1)
        g_iconv_close(cd);
    if (s.splits)
        g_array_free(s.splits, TRUE);
    g_free(buf);
    if (!ok) {
        elg_profiles_free(p);
        return NULL;
    }
#if defined(__GLIBC__)
    /* the workers' chunk stores were freed into their threads' malloc
     * arenas, where they would stay resident beside the store for the
     * whole screening: give those pages back */
    if (pl.n_chunks)
        malloc_trim(0);
#endif
    return p;
}

elg_profiles *elg_profiles_load(const char *path, const elg_reference *ref,
                                const elg_load_options *opt_in, GError **err)
{
    elg_load_options opt = {0};
    if (opt_in)
        opt = *opt_in;
    struct stat kind;
    const gboolean known = stat(path, &kind) == 0;
    if (known && S_ISDIR(kind.st_mode)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO,
                    "%s: error: is a directory, expected a CSV file", path);
        return NULL;
    }
    /* the file is read twice (encoding, then rows): a pipe would look empty
     * the second time; a named one is refused unopened, as opening it waits
     * for a writer */
    if (known && S_ISFIFO(kind.st_mode)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO,
                    "%s: error: cannot read a pipe; expected a CSV file (it is read twice)", path);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot open: %s", path,
                    g_strerror(errno));
        return NULL;
    }
    if (fseek(f, 0, SEEK_SET) != 0) { /* an unnamed pipe (/dev/stdin) */
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO,
                    "%s: error: cannot read a pipe; expected a CSV file (it is read twice)", path);
        fclose(f);
        return NULL;
    }
    guint8 head[8];
    const size_t head_len = fread(head, 1, sizeof head, f);
    const char *workbook = workbook_kind(head, head_len);
    if (workbook) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s: error: %s, not a CSV file; save the sheet as CSV (UTF-8) and give that file",
                    path, workbook);
        fclose(f);
        return NULL;
    }
    /* UTF-16 (Excel's "Unicode Text"): its UTF-8 conversion is read instead */
    const char *utf16 = elg_utf16_bom(head, head_len), *shown = utf16;
    long start = 2;
    if (!utf16 && head_len >= 2 && !head[0] != !head[1])
        utf16 = unmarked_utf16(f, &shown, &start);
    if (utf16) {
        struct stat before = {0}; /* not a regular file when unknown: file_changed says no */
        fstat(fileno(f), &before);
        guint64 read = 0;
        FILE *text = elg_utf16_to_utf8(f, utf16, start, path, &read, err);
        if (text && file_changed(f, &before, read, path, err)) {
            fclose(text);
            text = NULL;
        }
        fclose(f);
        if (!text)
            return NULL;
        f = text;
    } else if (fseek(f, 0, SEEK_SET) != 0) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot read: %s", path,
                    g_strerror(errno));
        fclose(f);
        return NULL;
    }
    literal_quote open = {0, 0};
    elg_profiles *p = load_once(f, path, ref, &opt, shown, NULL, &open, err);
    if (p && open.offset) {
        /* a stray quote took the rest of the file: read it again with that
         * quote as a character (only once: the second load finds none) */
        elg_profiles_free(p);
        p = load_once(f, path, ref, &opt, shown, &open, NULL, err);
    }
    fclose(f);
    return p;
}
