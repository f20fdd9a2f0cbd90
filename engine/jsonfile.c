/* Reading JSON files: see jsonfile.h. */
#include "jsonfile.h"

#include <string.h>
#include "diags.h"
#include "errors.h"


/* cJSON recurses once per nesting level: refuse deep input before parsing. */
static gboolean too_deep(const char *text, size_t len, size_t *where)
{
    int depth = 0, in_string = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (in_string) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = 0;
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '[' || c == '{') {
            if (++depth > ELG_JSON_MAX_DEPTH) {
                *where = i;
                return TRUE;
            }
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return FALSE;
}

static void line_col(const char *text, size_t off, unsigned *line, unsigned *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off; i++) {
        if (text[i] == '\n') {
            (*line)++;
            *col = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

cJSON *elg_json_parse(const char *text, size_t len, const char *name, GError **err)
{
    size_t where = 0;
    unsigned line, col;
    if (too_deep(text, len, &where)) {
        line_col(text, where, &line, &col);
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u:%u: error: nested more than %d levels deep", name, line, col,
                    ELG_JSON_MAX_DEPTH);
        return NULL;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    if (!root) {
        size_t off = end ? (size_t)(end - text) : 0;
        if (off > len)
            off = len;
        line_col(text, off, &line, &col);
        GString *near = g_string_new(NULL);
        size_t n = 0;
        while (off + n < len && n < 20 && text[off + n] != '\n')
            n++;
        if (off >= len)
            g_string_append(near, "end of file");
        else
            elg_quote(near, text + off, n, 20);
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s:%u:%u: error: invalid JSON near %s", name,
                    line, col, near->str);
        g_string_free(near, TRUE);
    }
    return root;
}

cJSON *elg_json_read_file(const char *path, GError **err)
{
    gchar *text = NULL;
    gsize len = 0;
    GError *io = NULL;
    if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s: error: is a directory, expected a JSON file",
                    path);
        return NULL;
    }
    if (!g_file_get_contents(path, &text, &len, &io)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s: error: cannot read: %s", path,
                    io->message);
        g_error_free(io);
        return NULL;
    }
    cJSON *root = NULL;
    if (len > ELG_JSON_MAX_BYTES)
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s: error: %zu bytes is too large for a JSON file (limit %u)", path,
                    (size_t)len, ELG_JSON_MAX_BYTES);
    else
        root = elg_json_parse(text, len, path, err);
    g_free(text);
    return root;
}
