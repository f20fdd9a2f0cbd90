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

/* The length of the number at I when it starts with a leading zero (01,
 * -01, 00.5), which JSON does not allow and cJSON reads as 1, or 0. */
static size_t leading_zero(const char *text, size_t len, size_t i)
{
    if (i > 0 && (g_ascii_isalnum(text[i - 1]) || strchr(".+-", text[i - 1])))
        return 0; /* inside a number or a word: not where one starts */
    size_t j = i + (text[i] == '-');
    if (j + 1 >= len || text[j] != '0' || !g_ascii_isdigit(text[j + 1]))
        return 0;
    while (j < len && (g_ascii_isalnum(text[j]) || strchr(".+-", text[j])))
        j++;
    return j - i;
}

/* The length of the number at I when its point has no digit after it (1.,
 * 2.e3), which JSON does not allow and cJSON reads as 1; else 0. */
static size_t bare_point(const char *text, size_t len, size_t i)
{
    if (i > 0 && (g_ascii_isalnum(text[i - 1]) || strchr(".+-", text[i - 1])))
        return 0;
    size_t j = i + (text[i] == '-');
    if (j >= len || !g_ascii_isdigit(text[j]))
        return 0;
    while (j < len && g_ascii_isdigit(text[j]))
        j++;
    if (j >= len || text[j] != '.' || (j + 1 < len && g_ascii_isdigit(text[j + 1])))
        return 0;
    while (j < len && (g_ascii_isalnum(text[j]) || strchr(".+-", text[j])))
        j++;
    return j - i;
}

/* The first fault that cJSON lets through: in a string, a line end (a
 * closing quote left out, which cJSON reads past to the next quote), another
 * control character, or \u0000 (which ends the string there, the rest
 * silently dropped); out of one, a number with a leading zero or a bare point.  Its offset
 * in *WHERE, the text to quote in *START and *NEAR (its length), and what it
 * is, or NULL. */
static const char *string_fault(const char *text, size_t len, size_t *where, size_t *start, size_t *near)
{
    gboolean in_string = FALSE;
    for (size_t i = 0; i < len; i++) {
        const char c = text[i];
        if (!in_string) {
            in_string = c == '"';
            *start = i;
            if ((*near = leading_zero(text, len, i)) > 0) {
                *where = i;
                return "a number with a leading zero; expected it without, such as 1 or 0.5 (or in double quotes, "
                       "for a code such as \"01\")";
            }
            if ((*near = bare_point(text, len, i)) > 0) {
                *where = i;
                return "a number with no digit after its point; expected one, such as 1.0, or no point";
            }
            continue;
        }
        *near = i - *start;
        if (c == '"') {
            in_string = FALSE;
        } else if (c == '\n' || c == '\r') {
            *where = i;
            return "a line end inside a string; expected its closing quote before it (or \\n)";
        } else if ((guchar)c < 0x20) {
            /* JSON (RFC 8259) wants them escaped; cJSON keeps them, and a tab
             * pasted into a criterion's text would reach the reports as is */
            *where = i;
            return c == '\t' ? "a tab inside a string; expected it written \\t"
                             : "a control character inside a string; expected it written \\u and its four hex "
                               "digits (\\u0001 to \\u001F)";
        } else if (c == '\\') {
            if (i + 5 < len && memcmp(text + i + 1, "u0000", 5) == 0) {
                *where = i;
                return "\\u0000 inside a string; expected text without a NUL character";
            }
            i++;
        }
    }
    return NULL;
}

static void line_col(const char *text, size_t off, unsigned *line, unsigned *col)
{
    *line = 1;
    *col = 1;
    /* a byte order mark, as Notepad saves, is no column an editor shows */
    for (size_t i = off >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; i < off; i++) {
        if (text[i] == '\n') {
            (*line)++;
            *col = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

/* Where the text before I ends, past spaces (0 at the start). */
static size_t before_space(const char *text, size_t i)
{
    while (i > 0 && g_ascii_isspace(text[i - 1]))
        i--;
    return i;
}

/* Is the text from I to LEN spaces only (or nothing)? */
static gboolean space_to_end(const char *text, size_t len, size_t i)
{
    while (i < len && g_ascii_isspace(text[i]))
        i++;
    return i >= len;
}

/* Where the number cut short at END starts (`-`, `1.`, `1e`, `2E+`: JSON's
 * number grammar all through, but no digit last), or END when the text
 * before END is no such number. */
static size_t number_cut(const char *text, size_t end)
{
    size_t s = end;
    while (s > 0 && text[s - 1] && strchr("0123456789+-.eE", text[s - 1]))
        s--;
    if (s == end || (s > 0 && (!text[s - 1] || !strchr(":,[ \t\r\n", text[s - 1]))))
        return end; /* not where a value starts */
    size_t i = s + (text[s] == '-');
    if (i < end && !g_ascii_isdigit(text[i]))
        return end;
    while (i < end && g_ascii_isdigit(text[i]))
        i++;
    if (i < end && text[i] == '.') {
        const size_t point = ++i;
        while (i < end && g_ascii_isdigit(text[i]))
            i++;
        if (i == point && i < end)
            return end; /* 1.e5: bare_point's */
    }
    if (i < end && (text[i] == 'e' || text[i] == 'E')) {
        i++;
        if (i < end && (text[i] == '+' || text[i] == '-'))
            i++;
        while (i < end && g_ascii_isdigit(text[i]))
            i++;
    }
    return i == end && !g_ascii_isdigit(text[end - 1]) ? s : end;
}

/* Did cJSON fail for want of more text?  It gives the last character as
 * where it stopped then, as when that character is the fault: the text
 * parsed again with spaces after it tells which. */
static char open_at_end(const char *text, size_t len, size_t *quote);

static gboolean ran_out(const char *text, size_t len, size_t off)
{
    size_t quote = 0;
    if (open_at_end(text, len, &quote) == '"' && off >= quote)
        return TRUE; /* in a string left open: cJSON stops at its start */
    const size_t e = before_space(text, len), number = number_cut(text, e);
    if (number < e && off >= number)
        return TRUE; /* in a number cut short: cJSON stops at its start or after its digits */
    if (len == 0 || off + 1 < len)
        return off >= len;
    char *padded = g_malloc(len + 2);
    memcpy(padded, text, len);
    memcpy(padded + len, "  ", 2);
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(padded, len + 2, &end, 0);
    const gboolean out = !root && end && (size_t)(end - padded) >= len;
    cJSON_Delete(root);
    g_free(padded);
    return out;
}

/* What the file is in where it ends: '"' a string (its opening quote at
 * *QUOTE), '{' or '[' the innermost bracket left open, 0 none (too_deep has
 * bounded the depth). */
static char open_at_end(const char *text, size_t len, size_t *quote)
{
    char open[ELG_JSON_MAX_DEPTH + 1];
    int depth = 0;
    gboolean in_string = FALSE;
    for (size_t i = 0; i < len; i++) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = FALSE;
        } else if (c == '"') {
            in_string = TRUE;
            *quote = i;
        } else if ((c == '[' || c == '{') && depth <= ELG_JSON_MAX_DEPTH) {
            open[depth++] = c;
        } else if ((c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    return in_string ? '"' : depth > 0 ? open[depth - 1] : 0;
}

/* Is the string that ends just before END (its closing quote at END - 1) a
 * member name: after { or , rather than after a colon? */
static gboolean member_name_before(const char *text, size_t end)
{
    size_t q = end - 1;
    while (q > 0 && !(text[q - 1] == '"' && (q < 2 || text[q - 2] != '\\')))
        q--;
    const size_t k = q > 0 ? before_space(text, q - 1) : 0;
    return k > 0 && (text[k - 1] == '{' || text[k - 1] == ',');
}

/* What was expected where the file ends (*OFF is moved there, past the
 * last character that is not a space). */
static const char *file_ends(const char *text, size_t len, size_t *off)
{
    *off = before_space(text, len);
    size_t quote = 0;
    const char open = open_at_end(text, *off, &quote), last = *off > 0 ? text[*off - 1] : 0;
    if (open == '"') {
        size_t before = 0; /* a bracket open around the string? */
        return open_at_end(text, quote, &before)
                   ? "the file ends inside a string; expected its closing quote, then } or ] for each bracket opened"
                   : "the file ends inside a string; expected its closing quote";
    }
    if (number_cut(text, *off) < *off)
        return open ? "the file ends inside a number; expected its digits, then } or ] for each bracket opened"
                    : "the file ends inside a number; expected its digits";
    if (open == '{' && last == '"' && member_name_before(text, *off))
        return "the file ends after a member name; expected a colon and its value, then } or ] for each bracket "
               "opened";
    if (open == '{' && (last == '{' || last == ','))
        return "the file ends where a member name was expected; expected more, then } or ] for each bracket "
               "opened";
    if (last == ':' || (open == '[' && (last == '[' || last == ',')))
        return "the file ends where a value was expected; expected more, then } or ] for each bracket opened";
    return "the file ends before the brackets opened are closed; expected more, or } or ]";
}

/* What else a hand-edited file most often does wrong at *OFF, where cJSON
 * stopped (one past the first character of a member name it could not
 * read), or NULL; *OFF is moved onto the fault. */
static const char *usual_mistake(const char *text, size_t len, size_t *off)
{
    size_t i = *off;
    if (space_to_end(text, len, i))
        return file_ends(text, len, off);
    /* a member name expected: after { or , */
    const size_t b = i > 0 ? before_space(text, i - 1) : 0;
    if (i > 0 && b > 0 && (text[b - 1] == '{' || text[b - 1] == ',')) {
        const char c = text[i - 1];
        if (c == '\'') {
            *off = i - 1;
            return "a single quote; JSON strings take double quotes";
        }
        if (g_ascii_isalpha(c) || c == '_') {
            *off = i - 1;
            return "a member name without quotes; expected it in double quotes";
        }
        if (c == ',') {
            *off = i - 1;
            return "a comma where a member name was expected; remove it";
        }
    }
    if (i >= len)
        return NULL;
    /* a value expected, after [ , or :, and a comma or a bracket instead
     * (a criterion deleted with one comma too many left) */
    const size_t before = before_space(text, i);
    if ((text[i] == ',' || text[i] == ']' || text[i] == '}') && before > 0 && strchr("[,:", text[before - 1]))
        return text[i] == ',' ? "a comma where a value was expected; remove it"
               : text[before - 1] == ':' ? "a closing bracket where a value was expected; expected a value after the colon"
                                         : "a closing bracket where a value was expected; expected a value or ]";
    if (text[i] == '\\')
        return "an escape JSON does not have; expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t, or \\u and four hex "
               "digits (a surrogate only in a pair)";
    if (text[i] == '+' || text[i] == '.')
        return "a number JSON does not write so; expected digits first, such as 5 or 0.5";
    /* a number where a value goes with no digit after its sign or exponent
     * (-}, - 1, 1e}): cJSON stops at its sign, or at the e after its digits */
    size_t num = i, num_end = i;
    while (num > 0 && text[num - 1] && strchr("0123456789+-.eE", text[num - 1]))
        num--;
    while (num_end < len && text[num_end] && strchr("0123456789+-.eE", text[num_end]))
        num_end++;
    const size_t v = before_space(text, num);
    if (num_end > i && (v == 0 || strchr(":[,", text[v - 1])) && number_cut(text, num_end) == num) {
        *off = num;
        return "a number with no digit after its sign or exponent; expected one, such as -1 or 1e3";
    }
    /* a word that is not one of JSON's three: Python's True and None, NaN */
    if (g_ascii_isalpha(text[i])) {
        size_t n = 0;
        while (i + n < len && g_ascii_isalpha(text[i + n]))
            n++;
        static const char *const cased[] = {"true", "false", "null"};
        for (size_t k = 0; k < G_N_ELEMENTS(cased); k++)
            if (n == strlen(cased[k]) && g_ascii_strncasecmp(text + i, cased[k], n) == 0)
                return "JSON writes true, false and null in lower case";
        static const char *const words[] = {"None", "NaN", "Infinity", "undefined"};
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
            if (n == strlen(words[k]) && strncmp(text + i, words[k], n) == 0)
                return "not a JSON value; expected a number, a string, true, false or null";
        /* where a value goes, any other word is one mistyped or cut ("tru") */
        const size_t v = before_space(text, i);
        if (v > 0 && strchr(":[,", text[v - 1]))
            return "not a JSON value; expected a number, a string in double quotes, true, false or null";
        return NULL;
    }
    /* a value right after another, or after a member name: a comma or a colon left out */
    const size_t p = before_space(text, i);
    if (p < i && p > 0 && text[i] && strchr("\"{[-0123456789tfn", text[i])) {
        const char e = text[p - 1];
        if (e == '"' && member_name_before(text, p)) /* a member name before, or a value? */
            return "a colon missing after the member name before it";
        if (e == '"' || e == '}' || e == ']' || g_ascii_isdigit(e) || e == 'e' || e == 'l')
            return "a comma missing before it";
    }
    return NULL;
}

/* The JSON syntax error at OFF, with what most often causes it said: a
 * comma before a closing bracket, a comment, an empty file. */
static void syntax_error(const char *text, size_t len, size_t off, const char *name, GError **err)
{
    if (elg_text_start(text, len) == len) { /* spaces, or a byte order mark, only */
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
    } else {
        why = usual_mistake(text, len, &off);
    }
    line_col(text, off, &line, &col);
    GString *near = g_string_new(NULL);
    size_t n = 0;
    while (off + n < len && n < 20 && text[off + n] != '\n' && text[off + n] != '\r')
        n++;
    if (space_to_end(text, len, off))
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

void elg_json_append_key(GString *path, const char *key)
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
            elg_json_append_key(path, c->string);
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

static unsigned path_line(const char *text, size_t len, const char *path, gboolean at_key, gboolean last);

cJSON *elg_json_parse(const char *text, size_t len, const char *name, GError **err)
{
    size_t where = 0;
    unsigned line, col;
    const gchar *bad;
    /* JSON is UTF-8 (RFC 8259); cJSON does not check, and every string read
     * here may reach a report that must stay valid UTF-8 */
    if (len >= 2 && ((guchar)text[0] == 0xFF || (guchar)text[0] == 0xFE) && (guchar)text[1] == ((guchar)text[0] ^ 1)) {
        /* Notepad's "Unicode", Excel's "Unicode Text" */
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:1:1: error: UTF-16 (its byte order mark is 0x%02X 0x%02X); a JSON file must be UTF-8: "
                    "save it as UTF-8", name, (guchar)text[0], (guchar)text[1]);
        return NULL;
    }
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
    size_t off = root ? len : end ? MIN((size_t)(end - text), len) : 0;
    size_t start = 0, near_len = 0;
    const char *fault = string_fault(text, off, &where, &start, &near_len);
    if (fault) { /* before where cJSON stopped, or in what it accepted */
        line_col(text, where, &line, &col);
        GString *near = g_string_new(NULL);
        elg_quote(near, text + start, near_len, 20);
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s:%u:%u: error: invalid JSON near %s: %s", name, line,
                    col, near->str, fault);
        g_string_free(near, TRUE);
        cJSON_Delete(root);
        return NULL;
    }
    if (!root) {
        syntax_error(text, len, ran_out(text, len, off) ? len : off, name, err);
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
                    "%s:%u:%u: error: text after the end of the JSON value; expected one JSON value a file",
                    name, line, col);
        cJSON_Delete(root);
        return NULL;
    }
    GString *path = g_string_new(NULL);
    const gboolean twice = duplicate_member(root, path);
    if (twice)
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT,
                    "%s:%u:%s: error: member given twice; expected each member once", name,
                    path_line(text, len, path->str, TRUE, TRUE), path->str);
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
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (guint64)st.st_size > max) {
        *text = g_strdup("");
        *len = (gsize)st.st_size;
        return TRUE;
    }
    /* a device or a pipe has no size: /dev/zero must not fill the memory */
    FILE *f = fopen(path, "rb");
    if (!f) {
        /* errno's text alone: the callers name the file ("x.json: error:
         * cannot read: No such file or directory"), as the candidate file's
         * messages do, where GLib's would name it a second time */
        const int failed = errno;
        g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(failed), "%s", g_strerror(failed));
        return FALSE;
    }
    GString *s = g_string_new(NULL);
    char buf[65536];
    size_t n;
    while (s->len <= max && (n = fread(buf, 1, MIN(sizeof buf, max + 1 - s->len), f)) > 0)
        g_string_append_len(s, buf, (gssize)n);
    int failed = ferror(f) ? errno : 0;
    fclose(f);
    if (failed) {
        g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(failed), "%s", g_strerror(failed));
        g_string_free(s, TRUE);
        return FALSE;
    }
    *len = s->len;
    *text = g_string_free(s, FALSE);
    return TRUE;
}

cJSON *elg_json_read_file(const char *path, GError **err)
{
    return elg_json_read_file_text(path, NULL, NULL, err);
}

cJSON *elg_json_read_file_text(const char *path, gchar **text_out, gsize *len_out, GError **err)
{
    gchar *text = NULL;
    gsize len = 0;
    GError *io = NULL;
    if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: is a directory, expected a JSON file",
                    path);
        return NULL;
    }
    if (!elg_file_get_contents(path, ELG_JSON_MAX_BYTES, &text, &len, &io)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot read: %s", path,
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
    if (text_out && len <= ELG_JSON_MAX_BYTES) { /* too large: TEXT is not the file's */
        *text_out = text;
        *len_out = len;
    } else {
        g_free(text);
    }
    return root;
}

/* --- the line of a JSON path ------------------------------------------------
 * A small scanner over text that cJSON has already accepted: it only skips
 * values and reads member names, so that messages about a parsed value can
 * say on which line it is (DESIGN.md s.5: FILE:LINE:PATH). */

typedef struct {
    const char *p, *end;
} json_cursor;

static void skip_space(json_cursor *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

/* A string at the cursor, decoded into OUT (when not NULL); the cursor
 * ends past its closing quote. */
static gboolean read_string(json_cursor *j, GString *out)
{
    if (j->p >= j->end || *j->p != '"')
        return FALSE;
    for (j->p++; j->p < j->end; j->p++) {
        char c = *j->p;
        if (c == '"') {
            j->p++;
            return TRUE;
        }
        if (c != '\\') {
            if (out)
                g_string_append_c(out, c);
            continue;
        }
        if (++j->p >= j->end)
            return FALSE;
        c = *j->p;
        if (c == 'u' && j->end - j->p > 4) {
            gunichar u = 0;
            for (int k = 1; k <= 4; k++)
                u = u * 16 + (gunichar)g_ascii_xdigit_value(j->p[k]);
            j->p += 4;
            /* a surrogate pair is one character */
            if (u >= 0xD800 && u < 0xDC00 && j->end - j->p > 6 && j->p[1] == '\\' && j->p[2] == 'u') {
                gunichar lo = 0;
                for (int k = 3; k <= 6; k++)
                    lo = lo * 16 + (gunichar)g_ascii_xdigit_value(j->p[k]);
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                j->p += 6;
            }
            if (out)
                g_string_append_unichar(out, u);
            continue;
        }
        static const char from[] = "bfnrt", to[] = "\b\f\n\r\t";
        const char *e = strchr(from, c);
        if (out)
            g_string_append_c(out, e && c ? to[e - from] : c);
    }
    return FALSE;
}

/* Past one value (text that parsed: brackets balance). */
static void skip_value(json_cursor *j)
{
    int depth = 0;
    while (j->p < j->end) {
        char c = *j->p;
        if (c == '"') {
            read_string(j, NULL);
            if (depth == 0)
                return;
            continue;
        }
        if (c == '}' || c == ']') {
            if (depth == 0)
                return; /* the end of the container a number or word was last in */
            j->p++;
            if (--depth == 0)
                return;
            continue;
        }
        if (c == '{' || c == '[')
            depth++;
        else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t'))
            return;
        j->p++;
    }
}

/* Into member KEY of the object at the cursor (its LAST one, for a member
 * given twice): the cursor ends on its value, *KEY_AT on its name. */
static gboolean enter_member(json_cursor *j, const char *key, gboolean last, const char **key_at)
{
    if (j->p >= j->end || *j->p != '{')
        return FALSE;
    j->p++;
    GString *name = g_string_new(NULL);
    gboolean found = FALSE;
    const char *value_at = NULL;
    for (;;) {
        skip_space(j);
        const char *at = j->p;
        g_string_truncate(name, 0);
        if (!read_string(j, name))
            break;
        skip_space(j);
        if (j->p >= j->end || *j->p != ':')
            break;
        j->p++;
        skip_space(j);
        if (strcmp(name->str, key) == 0) {
            *key_at = at;
            found = TRUE;
            if (!last)
                break;
            value_at = j->p;
        }
        skip_value(j);
        skip_space(j);
        if (j->p >= j->end || *j->p != ',')
            break;
        j->p++;
    }
    g_string_free(name, TRUE);
    if (last && found)
        j->p = value_at;
    return found;
}

static gboolean enter_element(json_cursor *j, unsigned long index)
{
    if (j->p >= j->end || *j->p != '[')
        return FALSE;
    j->p++;
    for (unsigned long i = 0;; i++) {
        skip_space(j);
        if (j->p >= j->end || *j->p == ']')
            return FALSE;
        if (i == index)
            return TRUE;
        skip_value(j);
        skip_space(j);
        if (j->p >= j->end || *j->p != ',')
            return FALSE;
        j->p++;
    }
}

/* The next key of PATH at *P: `.name` or `.["quoted"]` (elg_quote's
 * escapes); NULL at a `[N]` or the end.  A key elg_quote cut short ("...")
 * cannot be found, and is not. */
static gboolean next_key(const char **p, GString *key)
{
    const char *s = *p;
    g_string_truncate(key, 0);
    if (s[0] != '.' || !s[1])
        return FALSE;
    if (s[1] != '[' || s[2] != '"') {
        size_t n = strcspn(s + 1, ".[");
        g_string_append_len(key, s + 1, (gssize)n);
        *p = s + 1 + n;
        return TRUE;
    }
    for (s += 3; *s && *s != '"'; s++) {
        if (*s != '\\' || !s[1]) {
            g_string_append_c(key, *s);
            continue;
        }
        s++;
        if (*s == 'x' && g_ascii_isxdigit(s[1]) && g_ascii_isxdigit(s[2])) {
            g_string_append_c(key, (char)(g_ascii_xdigit_value(s[1]) * 16 + g_ascii_xdigit_value(s[2])));
            s += 2;
        } else {
            g_string_append_c(key, *s == 'n' ? '\n' : *s == 'r' ? '\r' : *s == 't' ? '\t' : *s);
        }
    }
    *p = *s ? s + 1 : s;
    if (**p == ']')
        (*p)++;
    return TRUE;
}

static unsigned path_line(const char *text, size_t len, const char *path, gboolean at_key, gboolean last)
{
    json_cursor j = {text, text + len};
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) /* a byte order mark, as Notepad saves */
        j.p += 3;
    skip_space(&j);
    const char *best = j.p;
    GString *key = g_string_new(NULL);
    const char *p = path ? path : "";
    while (*p) {
        if (*p == '[') {
            char *end;
            unsigned long index = strtoul(p + 1, &end, 10);
            if (*end != ']' || !enter_element(&j, index))
                break;
            p = end + 1;
            best = j.p;
        } else if (next_key(&p, key)) {
            const char *key_at = NULL;
            if (!enter_member(&j, key->str, last && !*p, &key_at))
                break;
            best = at_key ? key_at : j.p;
        } else {
            break;
        }
    }
    g_string_free(key, TRUE);
    unsigned line, col;
    line_col(text, (size_t)(best - text), &line, &col);
    return line;
}

unsigned elg_json_path_line(const char *text, size_t len, const char *path, gboolean at_key)
{
    return path_line(text, len, path, at_key, FALSE);
}

size_t elg_text_start(const char *text, size_t len)
{
    size_t i = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len && g_ascii_isspace(text[i]))
        i++;
    return i;
}
