/* Reports: the shared sink, escaping, reasons and the atomic file write. */
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
}

void elg_sink_flush(elg_sink *k, gboolean force)
{
    if (!force && k->buf->len < SINK_CHUNK)
        return;
    if (!k->error && k->buf->len && fwrite(k->buf->str, 1, k->buf->len, k->fp) != k->buf->len)
        k->error = errno ? errno : EIO;
    g_string_truncate(k->buf, 0);
}

void elg_sink_clear(elg_sink *k) { g_string_free(k->buf, TRUE); }

void elg_csv_cell(GString *out, const char *text)
{
    if (!text)
        return;
    gboolean inject = text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                      text[0] == '\t' || text[0] == '\r';
    gboolean quote = strpbrk(text, ",\"\r\n") != NULL;
    if (quote)
        g_string_append_c(out, '"');
    if (inject)
        g_string_append_c(out, '\'');
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            g_string_append_c(out, '"');
        g_string_append_c(out, *p);
    }
    if (quote)
        g_string_append_c(out, '"');
}

void elg_json_string(GString *out, const char *text)
{
    g_string_append_c(out, '"');
    for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p; p++) {
        switch (*p) {
        case '"': g_string_append(out, "\\\""); break;
        case '\\': g_string_append(out, "\\\\"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r': g_string_append(out, "\\r"); break;
        case '\t': g_string_append(out, "\\t"); break;
        default:
            if (*p < 0x20 || *p == 0x7F)
                g_string_append_printf(out, "\\u%04x", *p);
            else
                g_string_append_c(out, (char)*p);
        }
    }
    g_string_append_c(out, '"');
}

void elg_reasons(const elg_screening *s, guint p, guint row, GString *out)
{
    elg_reasons_memo(s, p, row, out, NULL);
}

/* --- a memo of explanations --------------------------------------------- */

/* An explanation depends only on the criterion, its state and the row's
 * values in the columns the criterion is bound to (explain.c reads nothing
 * else of the row), so rows with equal keys get equal text.  Millions of
 * report rows have few distinct explanations: formatting each once keeps
 * printf out of most rows. */
#define MEMO_SLOTS (1u << 16)

typedef struct {
    guint64 hash;          /* 0: empty */
    guint32 key_off, text_off, text_len;
    guint16 key_len;
} memo_slot;

struct elg_explain_memo {
    memo_slot *slots;
    guint used;
    GString *keys, *texts;
};

elg_explain_memo *elg_explain_memo_new(void)
{
    elg_explain_memo *m = g_new0(elg_explain_memo, 1);
    m->slots = g_new0(memo_slot, MEMO_SLOTS);
    m->keys = g_string_new(NULL);
    m->texts = g_string_new(NULL);
    return m;
}

void elg_explain_memo_free(elg_explain_memo *m)
{
    if (!m)
        return;
    g_free(m->slots);
    g_string_free(m->keys, TRUE);
    g_string_free(m->texts, TRUE);
    g_free(m);
}

static void key_put(char *key, size_t *n, const void *v, size_t len)
{
    memcpy(key + *n, v, len);
    *n += len;
}

/* The key of criterion C of post P for ROW: everything its explanation reads. */
static size_t explain_key(const elg_screening *s, guint p, guint c, guint row, elg_state st, char *key)
{
    const elg_bound *b = &s->posts[p].bound[c];
    size_t n = 0;
    guint8 tag = (guint8)st;
    key_put(key, &n, &p, sizeof p);
    key_put(key, &n, &c, sizeof c);
    key_put(key, &n, &tag, 1);
    if (b->nat)
        key_put(key, &n, b->nat + (gsize)row * ELG_NAT_SLOTS, ELG_NAT_SLOTS);
    const gint8 *cols[3] = {b->a, b->b, b->c};
    for (int i = 0; i < 3; i++) {
        gint8 v[2] = {cols[i] != NULL, cols[i] ? cols[i][row] : 0};
        key_put(key, &n, v, 2);
    }
    gint32 y = b->years ? b->years[row] : G_MININT32;
    key_put(key, &n, &y, 4);
    if (b->total)
        key_put(key, &n, b->total + row, 4);
    if (b->flags)
        key_put(key, &n, b->flags + row, 1);
    if (b->dates)
        key_put(key, &n, b->dates + row, 4);
    return n;
}

static void explain_memo(const elg_screening *s, guint p, guint c, guint row, GString *out,
                         elg_explain_memo *m)
{
    char key[72 + ELG_NAT_SLOTS];
    size_t klen = explain_key(s, p, c, row, elg_result_state(&s->posts[p], s->n_words, c, row), key);
    memset(key + klen, 0, 8 - klen % 8);
    guint64 h = 0x9E3779B97F4A7C15ull; /* a word at a time: keys are a few words */
    for (size_t i = 0; i < klen; i += 8) {
        guint64 w;
        memcpy(&w, key + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 29;
    }
    h |= 1;
    guint i = (guint)(h >> 40) & (MEMO_SLOTS - 1);
    for (;; i = (i + 1) & (MEMO_SLOTS - 1)) {
        memo_slot *e = &m->slots[i];
        if (!e->hash)
            break;
        if (e->hash == h && e->key_len == klen && memcmp(m->keys->str + e->key_off, key, klen) == 0) {
            g_string_append_len(out, m->texts->str + e->text_off, e->text_len);
            return;
        }
    }
    gsize before = out->len;
    elg_explain(s, p, c, row, out);
    if (m->used >= MEMO_SLOTS / 2 || m->texts->len > (64u << 20)) { /* full: start again */
        memset(m->slots, 0, MEMO_SLOTS * sizeof *m->slots);
        m->used = 0;
        g_string_truncate(m->keys, 0);
        g_string_truncate(m->texts, 0);
        i = (guint)(h >> 40) & (MEMO_SLOTS - 1);
    }
    memo_slot *e = &m->slots[i];
    e->hash = h;
    e->key_off = (guint32)m->keys->len;
    e->key_len = (guint16)klen;
    e->text_off = (guint32)m->texts->len;
    e->text_len = (guint32)(out->len - before);
    g_string_append_len(m->keys, key, (gssize)klen);
    g_string_append_len(m->texts, out->str + before, (gssize)(out->len - before));
    m->used++;
}

void elg_reasons_memo(const elg_screening *s, guint p, guint row, GString *out, elg_explain_memo *m)
{
    const elg_post_result *r = &s->posts[p];
    gboolean first = TRUE;
    for (guint c = 0; c < r->post->n_essential; c++) {
        if (!r->bound[c].decides || elg_result_state(r, s->n_words, c, row) == ELG_MET)
            continue;
        if (!first)
            g_string_append(out, "; ");
        if (m)
            explain_memo(s, p, c, row, out, m);
        else
            elg_explain(s, p, c, row, out);
        first = FALSE;
    }
}

void elg_score_text(double score, char buf[16])
{
    g_snprintf(buf, 16, "%.2f", score);
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
    elg_sink k;
    elg_sink_init(&k, out);
    switch (opt->format) {
    case ELG_REPORT_CSV: elg_report_csv(s, opt, &k); break;
    case ELG_REPORT_JSON: elg_report_json(s, opt, &k); break;
    case ELG_REPORT_TEXT: elg_report_text(s, opt, &k); break;
    }
    elg_sink_flush(&k, TRUE);
    if (!k.error && fflush(out) != 0)
        k.error = errno ? errno : EIO;
    elg_sink_clear(&k);
    if (k.error) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "error: cannot write the report: %s", g_strerror(k.error));
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
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s: %s", path, werr->message);
        g_error_free(werr);
        elg_atomic_abort(&a);
        return FALSE;
    }
    return elg_atomic_commit(&a, err);
}
