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
    const elg_post_result *r = &s->posts[p];
    gboolean first = TRUE;
    for (guint c = 0; c < r->post->n_essential; c++) {
        if (!r->bound[c].decides || elg_result_state(r, s->n_words, c, row) == ELG_MET)
            continue;
        if (!first)
            g_string_append(out, "; ");
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
