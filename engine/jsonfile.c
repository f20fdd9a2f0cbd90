/* Reading JSON files: see jsonfile.h. */
#include "jsonfile.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
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

/* The JSON syntax error at OFF, with what most often causes it said: a
 * comma before a closing bracket, a comment, an empty file. */
static void syntax_error(const char *text, size_t len, size_t off, const char *name, GError **err)
{
    size_t start = 0;
    while (start < len && g_ascii_isspace(text[start]))
        start++;
    if (start == len) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s: error: the file is empty; expected a JSON value",
                    name);
        return;
    }
    /* a comma before the closing bracket at OFF (or just before it, where
     * cJSON stops past one) is the fault */
    size_t close = off;
    if (close >= len || g_ascii_isspace(text[close])) {
        while (close > 0 && g_ascii_isspace(text[close - 1]))
            close--;
        if (close > 0 && (text[close - 1] == '}' || text[close - 1] == ']'))
            close--;
    }
    size_t prev = close;
    while (prev > 0 && g_ascii_isspace(text[prev - 1]))
        prev--;
    unsigned line, col;
    const char *why = NULL;
    if (close < len && (text[close] == '}' || text[close] == ']') && prev > 0 && text[prev - 1] == ',') {
        off = prev - 1;
        why = "a comma before a closing bracket; remove it";
    } else if (off < len && (text[off] == '/' || (text[off] == '*' && off > 0 && text[off - 1] == '/'))) {
        if (off > 0 && text[off - 1] == '/') /* cJSON stops at the comment's second character */
            off--;
        why = "a comment; JSON has none";
    }
    line_col(text, off, &line, &col);
    GString *near = g_string_new(NULL);
    size_t n = 0;
    while (off + n < len && n < 20 && text[off + n] != '\n' && text[off + n] != '\r')
        n++;
    if (off >= len)
        g_string_append(near, "end of file");
    else
        elg_quote(near, text + off, n, 20);
    if (why)
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s:%u:%u: error: invalid JSON near %s: %s", name, line,
                    col, near->str, why);
    else
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s:%u:%u: error: invalid JSON near %s", name, line,
                    col, near->str);
    g_string_free(near, TRUE);
}

/* ".key", or ".[\"odd key\"]" for a key that is not a plain word. */
static void append_key(GString *path, const char *key)
{
    gboolean plain = *key != '\0';
    for (const char *k = key; *k && plain; k++)
        plain = g_ascii_isalnum(*k) || *k == '_';
    if (plain) {
        g_string_append_printf(path, ".%s", key);
        return;
    }
    g_string_append(path, ".[");
    elg_quote(path, key, strlen(key), 60);
    g_string_append_c(path, ']');
}

/* Is a member given twice in an object of ITEM?  cJSON keeps both and
 * finds the first, so {"years": 3, "years": 5} would read as 3.  PATH: the
 * second one's (".essential[0].years"). */
static gboolean duplicate_member(const cJSON *item, GString *path)
{
    const gsize at = path->len;
    /* a large object (a table) is checked through a set, not pair by pair */
    GHashTable *seen = cJSON_IsObject(item) && cJSON_GetArraySize(item) > 16
                           ? g_hash_table_new(g_str_hash, g_str_equal) : NULL;
    gboolean twice = FALSE;
    int index = 0;
    for (const cJSON *c = item->child; c && !twice; c = c->next, index++) {
        if (cJSON_IsObject(item)) {
            if (seen)
                twice = !g_hash_table_add(seen, c->string);
            for (const cJSON *b = item->child; !seen && b != c && !twice; b = b->next)
                twice = strcmp(b->string, c->string) == 0;
            append_key(path, c->string);
        } else {
            g_string_append_printf(path, "[%d]", index);
        }
        if (!twice && !(twice = duplicate_member(c, path)))
            g_string_truncate(path, at);
    }
    if (seen)
        g_hash_table_destroy(seen);
    return twice;
}

cJSON *elg_json_parse(const char *text, size_t len, const char *name, GError **err)
{
    size_t where = 0;
    unsigned line, col;
    const gchar *bad;
    /* JSON is UTF-8 (RFC 8259); cJSON does not check, and every string read
     * here may reach a report that must stay valid UTF-8 */
    if (!g_utf8_validate_len(text, len, &bad)) {
        line_col(text, (size_t)(bad - text), &line, &col);
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u:%u: error: invalid UTF-8 (byte 0x%02X); a JSON file must be UTF-8",
                    name, line, col, (unsigned char)*bad);
        return NULL;
    }
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
        syntax_error(text, len, off, name, err);
        return NULL;
    }
    /* one value a file: text after it (a second rule set pasted below the
     * first) would otherwise be dropped without a word */
    size_t after = (size_t)(end - text);
    while (after < len && g_ascii_isspace(text[after]))
        after++;
    if (after < len) {
        line_col(text, after, &line, &col);
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u:%u: error: text after the end of the JSON value; expected one value a file "
                    "(one rule set a file)",
                    name, line, col);
        cJSON_Delete(root);
        return NULL;
    }
    GString *path = g_string_new(NULL);
    const gboolean twice = duplicate_member(root, path);
    if (twice)
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%s: error: member given twice; expected each member once", name, path->str);
    g_string_free(path, TRUE);
    if (twice) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

gboolean elg_file_get_contents(const char *path, gsize max, gchar **text, gsize *len, GError **err)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        if ((guint64)st.st_size > max) {
            *text = g_strdup("");
            *len = (gsize)st.st_size;
            return TRUE;
        }
        return g_file_get_contents(path, text, len, err);
    }
    /* a device or a pipe has no size: /dev/zero must not fill the memory */
    FILE *f = fopen(path, "rb");
    if (!f)
        return g_file_get_contents(path, text, len, err); /* its usual message */
    GString *s = g_string_new(NULL);
    char buf[65536];
    size_t n;
    while (s->len <= max && (n = fread(buf, 1, MIN(sizeof buf, max + 1 - s->len), f)) > 0)
        g_string_append_len(s, buf, (gssize)n);
    int failed = ferror(f) ? errno : 0;
    fclose(f);
    if (failed) {
        g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(failed), "Failed to read from file \u201c%s\u201d: %s",
                    path, g_strerror(failed));
        g_string_free(s, TRUE);
        return FALSE;
    }
    *len = s->len;
    *text = g_string_free(s, FALSE);
    return TRUE;
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
    if (!elg_file_get_contents(path, ELG_JSON_MAX_BYTES, &text, &len, &io)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s: error: cannot read: %s", path,
                    io->message);
        g_error_free(io);
        return NULL;
    }
    cJSON *root = NULL;
    if (len > ELG_JSON_MAX_BYTES)
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s: error: too large for a JSON file: more than %u bytes", path,
                    ELG_JSON_MAX_BYTES);
    else
        root = elg_json_parse(text, len, path, err);
    g_free(text);
    return root;
}
