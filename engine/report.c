/* Reports: the shared sink, escaping, reasons and the atomic file write. */
#define _GNU_SOURCE /* sync_file_range */
#include <fcntl.h>
#include <sys/stat.h>
#include "report.h"

#include <errno.h>
#include <string.h>
#include "diags.h"
#include "errors.h"
#include "output.h"

#define SINK_CHUNK (1u << 20)

void elg_sink_init(elg_sink *k, FILE *fp)
{
    k->fp = fp;
    k->buf = g_string_sized_new(SINK_CHUNK + 4096);
    k->error = 0;
    k->fd = -1;
    k->written = k->sent = 0;
    elg_progress_begin(&k->pg);
    struct stat st;
    const int fd = fileno(fp); /* -1 for a stream of no file (the spreadsheet rewriter) */
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        k->fd = fd;
        const off_t at = ftello(fp); /* what the caller wrote before */
        k->written = k->sent = at > 0 ? (guint64)at : 0;
    }
}

/* A 1.2 GB report waited 0.6 s in the final fsync when its writeback was
 * left to then.  A hint: failures are ignored. */
#define WRITEBACK_STEP (64u << 20)

void elg_sink_wrote(elg_sink *k, gsize n)
{
    k->written += n;
    elg_progress_update(&k->pg, "writing the report", k->written >> 20, "MB");
    if (k->fd < 0 || k->written - k->sent < WRITEBACK_STEP)
        return;
#ifdef SYNC_FILE_RANGE_WRITE
    if (fflush(k->fp) == 0)
        sync_file_range(k->fd, (off_t)k->sent, (off_t)(k->written - k->sent), SYNC_FILE_RANGE_WRITE);
#endif
    k->sent = k->written;
}

void elg_sink_flush(elg_sink *k, gboolean force)
{
    if (!force && k->buf->len < SINK_CHUNK)
        return;
    if (!k->error && k->buf->len && fwrite(k->buf->str, 1, k->buf->len, k->fp) != k->buf->len)
        k->error = errno ? errno : EIO;
    elg_sink_wrote(k, k->buf->len);
    g_string_truncate(k->buf, 0);
}

void elg_sink_clear(elg_sink *k)
{
    elg_progress_end(&k->pg);
    g_string_free(k->buf, TRUE);
}

void elg_csv_cell(GString *out, const char *text)
{
    if (!text)
        return;
    const size_t n = strlen(text);
    const gsize at = out->len;
    g_string_set_size(out, at + 2 * n + 3);
    g_string_truncate(out, (gsize)(elg_put_csv_cell(out->str + at, text, n) - out->str));
}

void elg_json_string(GString *out, const char *text)
{
    elg_json_string_len(out, text ? text : "", text ? strlen(text) : 0);
}

void elg_json_string_len(GString *out, const char *text, gsize len)
{
    elg_append_c(out, '"');
    /* runs of bytes that need no escape are appended whole */
    const char *run = text, *end = text + len;
    for (const char *p = text; p < end; p++) {
        const unsigned char b = (unsigned char)*p;
        if (b != '"' && b != '\\' && b >= 0x20 && b != 0x7F)
            continue;
        elg_append_len(out, run, p - run);
        run = p + 1;
        switch (b) {
        case '"': ELG_APPEND_LITERAL(out, "\\\""); break;
        case '\\': ELG_APPEND_LITERAL(out, "\\\\"); break;
        case '\n': ELG_APPEND_LITERAL(out, "\\n"); break;
        case '\r': ELG_APPEND_LITERAL(out, "\\r"); break;
        case '\t': ELG_APPEND_LITERAL(out, "\\t"); break;
        default: g_string_append_printf(out, "\\u%04x", b);
        }
    }
    elg_append_len(out, run, end - run);
    elg_append_c(out, '"');
}

/* --- a memo of explanations --------------------------------------------- */

/* An explanation depends only on the criterion, its state and what
 * elg_explain_key() says it reads of the row, so rows with equal keys get
 * equal text.  Millions of report rows have few distinct explanations:
 * formatting each once keeps printf out of most rows.  (A memo of whole
 * reasons cells does not pay: combinations of dates and years are nearly
 * unique per row.) */
#define MEMO_SLOTS (1u << 16)
#define MEMO_TEXT_LIMIT (64u << 20)

enum {
    TEXT_NEEDS_QUOTES = 1, /* holds , " CR or LF: the CSV cell is quoted */
    TEXT_HAS_QUOTE = 2,    /* holds ": doubled in a CSV cell */
    TEXT_ASKS_UNREAD = 4,  /* looked for a cell the row could not read (elg_explain_quoting) */
    TEXT_JSON_ESCAPES = 8, /* holds " \\ or a control character: escaped in a JSON string */
};

/* TEXT_NEEDS_QUOTES, TEXT_HAS_QUOTE and TEXT_JSON_ESCAPES of TEXT. */
static guint8 text_flags(const char *text, size_t len)
{
    guint8 flags = (strcspn(text, ",\"\r\n") < len ? TEXT_NEEDS_QUOTES : 0) |
                   (memchr(text, '"', len) ? TEXT_HAS_QUOTE : 0);
    for (size_t i = 0; i < len; i++) {
        const unsigned char b = (unsigned char)text[i];
        if (b == '"' || b == '\\' || b < 0x20 || b == 0x7F)
            return flags | TEXT_JSON_ESCAPES;
    }
    return flags;
}

typedef struct {
    guint64 tag;           /* post, criterion and state, + 1; 0: empty */
    guint64 value;         /* elg_explain_key() */
    guint32 text_off, text_len;
    guint8 text_flags;     /* TEXT_* */
} memo_slot;

typedef struct {
    memo_slot *slots;
    guint n_slots;         /* a power of two */
    guint used;
    guint generation;      /* counts the times the memo started again */
    GString *texts;
} text_memo;

struct elg_explain_memo {
    text_memo criteria;
    /* rows with cells that could not be read: the cells, as a key, -> an id
     * that the memo's tags carry; ids are never used twice, so clearing
     * the table (to bound it) leaves no entry of the memo wrong */
    GHashTable *unread_ids;
    guint64 next_unread_id;
    GString *unread_key;   /* scratch */
    const memo_slot *parts[ELG_MAX_CRITERIA]; /* scratch: a row's reasons */
    guint8 part_state[ELG_MAX_CRITERIA];      /* ... and their states */
    GString *cell;         /* scratch: a row's reasons as a CSV cell */
    /* the cell planned by elg_reasons_cell_room for elg_reasons_cell_put:
     * N_PARTS of parts[] (their flags or-ed in PARTS_FLAGS), or, when
     * IN_CELL, the cell already made in CELL */
    guint n_parts, parts_flags;
    gboolean in_cell;
    GString *plain;        /* scratch: the reasons of a row taken without the memo */
};

static guint64 memo_hash(guint64 tag, guint64 value)
{
    guint64 h = (value ^ tag * 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    return h ^ h >> 31;
}

/* The text stored under (TAG, VALUE), or NULL; *SLOT is where it would go. */
static const memo_slot *memo_find(const text_memo *t, guint64 tag, guint64 value, guint *slot)
{
    const guint mask = t->n_slots - 1;
    guint i = (guint)(memo_hash(tag, value) >> 40) & mask;
    for (;; i = (i + 1) & mask) {
        const memo_slot *e = &t->slots[i];
        if (!e->tag)
            break;
        if (e->tag == tag && e->value == value)
            return e;
    }
    *slot = i;
    return NULL;
}

static const memo_slot *memo_store(text_memo *t, guint slot, guint64 tag, guint64 value, const GString *text,
                                   guint8 flags)
{
    const size_t text_len = text->len;
    if (t->used >= t->n_slots / 2 || t->texts->len + text_len > MEMO_TEXT_LIMIT) { /* full: start again */
        memset(t->slots, 0, t->n_slots * sizeof *t->slots);
        t->used = 0;
        t->generation++;
        g_string_truncate(t->texts, 0);
        memo_find(t, tag, value, &slot);
    }
    memo_slot *e = &t->slots[slot];
    e->text_flags = flags | text_flags(text->str, text_len);
    e->tag = tag;
    e->value = value;
    e->text_off = (guint32)t->texts->len;
    e->text_len = (guint32)text_len;
    g_string_append_len(t->texts, text->str, (gssize)text_len);
    t->used++;
    return e;
}

elg_explain_memo *elg_explain_memo_new(unsigned slots)
{
    elg_explain_memo *m = g_new0(elg_explain_memo, 1);
    guint n = 8;
    while (n < (slots ? slots : MEMO_SLOTS) && n < (1u << 30))
        n <<= 1;
    m->criteria.n_slots = n;
    m->criteria.slots = g_new0(memo_slot, n);
    m->criteria.texts = g_string_new(NULL);
    m->cell = g_string_new(NULL);
    m->plain = g_string_new(NULL);
    m->unread_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    m->unread_key = g_string_new(NULL);
    return m;
}

void elg_explain_memo_free(elg_explain_memo *m)
{
    if (!m)
        return;
    g_free(m->criteria.slots);
    g_string_free(m->criteria.texts, TRUE);
    g_string_free(m->cell, TRUE);
    g_string_free(m->plain, TRUE);
    g_hash_table_destroy(m->unread_ids);
    g_string_free(m->unread_key, TRUE);
    g_free(m);
}

unsigned elg_explain_memo_restarts(const elg_explain_memo *m) { return m->criteria.generation; }

/* The tags of a post, criterion and state take the low bits (posts number
 * far below 2^30); an id of the cells a row could not read, the bits from
 * UNREAD_SHIFT up. */
#define UNREAD_SHIFT 40
#define UNREAD_IDS (((guint64)1 << (64 - UNREAD_SHIFT)) - 1)

/* ROW's cells that could not be read, as a part of the memo's tags: an
 * explanation quotes them, so rows with the same key and the same such
 * cells get the same text; 0 when there are too many to tell apart. */
static guint64 unread_tag(const elg_profiles *p, guint row, elg_explain_memo *m)
{
    guint n;
    const elg_unread *u = elg_store_unread_row(p, row, &n);
    GString *k = m->unread_key;
    g_string_truncate(k, 0);
    for (guint i = 0; i < n; i++) /* lengths first: a cell may hold any byte but NUL */
        g_string_append_printf(k, "%zu:%s%zu:%s", strlen(u[i].field), u[i].field, strlen(u[i].text), u[i].text);
    gpointer id = g_hash_table_lookup(m->unread_ids, k->str);
    if (id)
        return (guint64)GPOINTER_TO_SIZE(id) << UNREAD_SHIFT;
    if (m->next_unread_id >= UNREAD_IDS || m->next_unread_id >= G_MAXSIZE)
        return 0;
    if (g_hash_table_size(m->unread_ids) >= m->criteria.n_slots) /* more than it could hold */
        g_hash_table_remove_all(m->unread_ids);
    const guint64 fresh = ++m->next_unread_id;
    g_hash_table_insert(m->unread_ids, g_strdup(k->str), GSIZE_TO_POINTER((gsize)fresh));
    return fresh << UNREAD_SHIFT;
}

/* The entry under the tag of ROW's unread cells (*ROW_TAG, found when first
 * needed) for TAG and VALUE, formatted if new (already in TEXT if FORMATTED);
 * NULL when the row's cells have no id left. */
static const memo_slot *unread_entry(const elg_screening *s, guint p, guint c, guint row, guint64 tag,
                                     guint64 value, guint64 *row_tag, gboolean formatted, elg_explain_memo *m)
{
    if (!*row_tag && !(*row_tag = unread_tag(s->profiles, row, m)))
        return NULL;
    guint slot;
    const memo_slot *own = memo_find(&m->criteria, tag | *row_tag, value, &slot);
    if (own)
        return own;
    if (!formatted) {
        g_string_truncate(m->cell, 0);
        elg_explain(s, p, c, row, m->cell);
    }
    return memo_store(&m->criteria, slot, tag | *row_tag, value, m->cell, TEXT_ASKS_UNREAD);
}

/* The memo's entry for criterion C of post P on ROW, formatted if new, or
 * NULL (see unread_entry).  A text that quotes a cell the row could not
 * read (UNREAD: it has some) is kept under a tag of those cells; any
 * other, under the criterion's tag, for every row with its key. */
static const memo_slot *explain_memo(const elg_screening *s, guint p, guint c, guint row, elg_state st,
                                     gboolean unread, guint64 *row_tag, elg_explain_memo *m)
{
    const guint64 tag = ((guint64)p * ELG_MAX_CRITERIA + c) * 3 + st + 1;
    const guint64 value = elg_explain_key(s, p, c, row, st);
    if (value == ELG_EXPLAIN_NO_KEY)
        return NULL; /* the row's reasons are made afresh */
    guint slot;
    const memo_slot *e = memo_find(&m->criteria, tag, value, &slot);
    if (e)
        return unread && (e->text_flags & TEXT_ASKS_UNREAD)
                   ? unread_entry(s, p, c, row, tag, value, row_tag, FALSE, m)
                   : e;
    GString *text = m->cell; /* free until the caller builds the cell */
    g_string_truncate(text, 0);
    const gboolean asks = elg_explain_quoting(s, p, c, row, text);
    if (unread && asks)
        return unread_entry(s, p, c, row, tag, value, row_tag, TRUE, m);
    return memo_store(&m->criteria, slot, tag, value, text, asks ? TEXT_ASKS_UNREAD : 0);
}

/* The first of the deciding criteria r->decides[I..] that ROW does not meet
 * (its state in *ST), or n_decides when there is none: the reasons.  Read
 * from the bits themselves: this runs for every deciding criterion of
 * millions of report rows. */
static guint next_reason(const elg_post_result *r, guint row, guint i, elg_state *st)
{
    const guint shift = row & 63, word = row >> 6;
    for (; i < r->n_decides; i++) {
        const guint64 *w = &ELG_W_MET(r, word, r->decides[i]);
        if (w[0] >> shift & 1)
            continue;
        *st = (w[1] >> shift & 1) ? ELG_UNKNOWN : ELG_NOT_MET;
        break;
    }
    return i;
}

void elg_reasons(const elg_screening *s, guint p, guint row, GString *out)
{
    const elg_post_result *r = &s->posts[p];
    elg_state st = ELG_MET; /* set by next_reason where it finds one */
    for (guint i = next_reason(r, row, 0, &st), first = i; i < r->n_decides; i = next_reason(r, row, i + 1, &st)) {
        if (i != first)
            g_string_append(out, "; ");
        elg_explain(s, p, r->decides[i], row, out);
    }
}

/* elg_reasons_cell() without the memo, for the row during which it starts
 * again, or whose unread cells have no id left. */
static gsize reasons_cell_unmemoised(const elg_screening *s, guint p, guint row, elg_explain_memo *m,
                                     const char **text)
{
    g_string_truncate(m->plain, 0);
    elg_reasons(s, p, row, m->plain);
    g_string_truncate(m->cell, 0);
    elg_csv_cell(m->cell, m->plain->str);
    *text = m->cell->str;
    return m->cell->len;
}

/* The reasons of ROW for post P through M, in m->parts and m->part_state,
 * their flags or-ed in *FLAGS and their lengths summed in *LEN; returns
 * how many, or G_MAXUINT when M could not keep them (it started again
 * partway, or the row's unread cells have no id left). */
static guint reason_parts(const elg_screening *s, guint p, guint row, elg_explain_memo *m, guint *flags_out, gsize *len_out)
{
    const elg_post_result *r = &s->posts[p];
    /* a row with a cell that could not be read quotes it: the cell is part of the tag */
    const gboolean unread = (ELG_ROW_VALUE(s->profiles->flags, guint8, row) & ELG_ROW_UNREAD) != 0;
    guint64 row_tag = 0;
    const guint generation = m->criteria.generation;
    guint n = 0, flags = 0;
    gsize len = 0;
    elg_state st = ELG_MET; /* set by next_reason where it finds one */
    for (guint i = next_reason(r, row, 0, &st); i < r->n_decides; i = next_reason(r, row, i + 1, &st)) {
        const memo_slot *e = explain_memo(s, p, r->decides[i], row, st, unread, &row_tag, m);
        if (!e || m->criteria.generation != generation) /* no id left, or the parts so far are gone */
            return G_MAXUINT;
        m->part_state[n] = (guint8)st;
        m->parts[n++] = e;
        flags |= e->text_flags;
        len += e->text_len;
    }
    *flags_out = flags;
    *len_out = len;
    return n;
}

guint elg_reason_texts(const elg_screening *s, guint p, guint row, elg_explain_memo *m, elg_reason *out)
{
    guint flags;
    gsize len;
    guint n = reason_parts(s, p, row, m, &flags, &len);
    if (n != G_MAXUINT) {
        for (guint i = 0; i < n; i++) {
            const memo_slot *e = m->parts[i];
            out[i] = (elg_reason){m->criteria.texts->str + e->text_off, e->text_len, (elg_state)m->part_state[i],
                                  (e->text_flags & TEXT_JSON_ESCAPES) != 0};
        }
        return n;
    }
    /* afresh, one after another in M's scratch, then pointed at once it stops moving */
    const elg_post_result *r = &s->posts[p];
    GString *plain = m->plain;
    g_string_truncate(plain, 0);
    gsize at[ELG_MAX_CRITERIA];
    n = 0;
    elg_state st = ELG_MET;
    for (guint i = next_reason(r, row, 0, &st); i < r->n_decides; i = next_reason(r, row, i + 1, &st)) {
        at[n] = plain->len;
        elg_explain(s, p, r->decides[i], row, plain);
        out[n].len = (guint)(plain->len - at[n]);
        out[n++].state = st;
    }
    for (guint i = 0; i < n; i++) {
        out[i].text = plain->str + at[i];
        out[i].json_escapes = (text_flags(out[i].text, out[i].len) & TEXT_JSON_ESCAPES) != 0;
    }
    return n;
}

/* rows by the million: reason_parts and the memo lookups inlined */
__attribute__((flatten)) gsize elg_reasons_cell_room(const elg_screening *s, guint p, guint row,
                                                      elg_explain_memo *m)
{
    guint flags;
    gsize len;
    const guint n = reason_parts(s, p, row, m, &flags, &len);
    m->in_cell = n == G_MAXUINT;
    if (m->in_cell) {
        const char *text;
        return reasons_cell_unmemoised(s, p, row, m, &text);
    }
    m->n_parts = n;
    m->parts_flags = flags;
    return n ? len * ((flags & TEXT_HAS_QUOTE) ? 2 : 1) + 2 * (n - 1) + 3 : 0;
}

/* millions of rows: the parts go straight into the report's row, a quote
 * doubled only in the texts that hold one */
char *elg_reasons_cell_put(const elg_explain_memo *m, char *w)
{
    if (m->in_cell)
        return elg_put_bytes(w, m->cell->str, m->cell->len);
    const guint n = m->n_parts;
    if (n == 0)
        return w;
    const char *texts = m->criteria.texts->str;
    const memo_slot *const *parts = m->parts;
    const unsigned char c0 = parts[0]->text_len ? (unsigned char)texts[parts[0]->text_off] : 0;
    const gboolean inject = elg_csv_injects(c0), quoted = (m->parts_flags & TEXT_NEEDS_QUOTES) != 0;
    if (quoted)
        *w++ = '"';
    if (inject)
        *w++ = '\'';
    for (guint i = 0; i < n; i++) {
        const memo_slot *e = parts[i];
        if (i) {
            *w++ = ';';
            *w++ = ' ';
        }
        const char *q = texts + e->text_off;
        if (!(e->text_flags & TEXT_HAS_QUOTE)) {
            memcpy(w, q, e->text_len);
            w += e->text_len;
            continue;
        }
        for (const char *end = q + e->text_len; q < end; q++) {
            if (*q == '"')
                *w++ = '"';
            *w++ = *q;
        }
    }
    if (quoted)
        *w++ = '"';
    return w;
}

gsize elg_reasons_cell(const elg_screening *s, guint p, guint row, elg_explain_memo *m, const char **text)
{
    const gsize room = elg_reasons_cell_room(s, p, row, m);
    if (!m->in_cell) {
        GString *o = m->cell;
        g_string_set_size(o, room);
        g_string_truncate(o, (gsize)(elg_reasons_cell_put(m, o->str) - o->str));
    }
    *text = m->cell->str;
    return m->cell->len;
}

gboolean elg_report_format_parse(const char *name, elg_report_format *fmt)
{
    static const char *const names[] = {"text", "csv", "json"};
    for (int i = 0; i < 3; i++)
        if (name && strcmp(name, names[i]) == 0) {
            *fmt = (elg_report_format)i;
            return TRUE;
        }
    return FALSE;
}

gboolean elg_report_write(const elg_screening *s, const elg_report_options *opt, FILE *out, GError **err)
{
    if (opt->format != ELG_REPORT_TEXT && opt->format != ELG_REPORT_CSV && opt->format != ELG_REPORT_JSON) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "error: unknown report format %d; expected "
                    "ELG_REPORT_TEXT, ELG_REPORT_CSV or ELG_REPORT_JSON", (int)opt->format);
        return FALSE;
    }
    elg_sink k;
    FILE *excel = NULL;
    if (opt->excel && opt->format == ELG_REPORT_CSV) {
        if (!(excel = elg_excel_stream(out, elg_profiles_delimiter(s->profiles), !opt->by_candidate))) {
            g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "error: cannot write the report: %s", g_strerror(errno));
            return FALSE;
        }
    }
    elg_sink_init(&k, excel ? excel : out);
    switch (opt->format) {
    case ELG_REPORT_CSV: elg_report_csv(s, opt, &k); break;
    case ELG_REPORT_JSON: elg_report_json(s, opt, &k); break;
    case ELG_REPORT_TEXT: elg_report_text(s, opt, &k); break;
    }
    elg_sink_flush(&k, TRUE);
    if (excel && fclose(excel) != 0 && !k.error)
        k.error = errno ? errno : EIO;
    if (!k.error && fflush(out) != 0)
        k.error = errno ? errno : EIO;
    elg_sink_clear(&k);
    if (k.error) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "error: cannot write the report: %s", g_strerror(k.error));
        return FALSE;
    }
    return TRUE;
}

gboolean elg_report_write_file(const elg_screening *s, const elg_report_options *opt, const char *path, GError **err)
{
    elg_atomic a;
    if (!elg_atomic_open(&a, path, err))
        return FALSE;
    GError *werr = NULL;
    if (!elg_report_write(s, opt, a.fp, &werr)) {
        g_set_error(err, ELG_ERR_DOMAIN, werr->code, "%s: %s", path, werr->message);
        g_error_free(werr);
        elg_atomic_abort(&a);
        return FALSE;
    }
    return elg_atomic_commit(&a, err);
}
