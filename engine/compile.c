/* Compiling a rule set: the post's members and the criterion lists. */
#include "compile.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "fold.h"
#include "jsonfile.h"
#include "values.h"

const char *const elg_kind_names[ELG_KIND__COUNT] = {
#define X(e, name, help) name,
    ELG_CRITERION_KINDS(X)
#undef X
};

static const char *const kind_help[ELG_KIND__COUNT] = {
#define X(e, name, help) help,
    ELG_CRITERION_KINDS(X)
#undef X
};

typedef gboolean (*compile_fn)(elg_compiler *, const cJSON *, elg_criterion *);
static const compile_fn kind_compile[ELG_KIND__COUNT] = {
#define X(e, name, help) elg_compile_##e,
    ELG_CRITERION_KINDS(X)
#undef X
};

/* --- diagnostics ---------------------------------------------------------- */

static void report(elg_compiler *c, elg_severity sev, const char *member, const char *fmt, va_list ap)
{
    /* a notice's new field was warned at its phrase ("read as the new field") */
    if (c->from_notice && sev == ELG_WARNING && member && g_str_has_prefix(member, "field"))
        return;
    gchar *msg = g_strdup_vprintf(fmt, ap);
    GString *path = g_string_new(c->path->str);
    if (member) {
        /* "languages[1]": a member, then an element of it */
        const char *index = strchr(member, '[');
        gchar *name = g_strndup(member, index && g_str_has_suffix(index, "]") ? (gsize)(index - member)
                                                                              : strlen(member));
        elg_json_append_key(path, name);
        g_string_append(path, member + strlen(name));
        g_free(name);
    }
    if (!path->len)
        g_string_append_c(path, '.');
    /* FILE:LINE:PATH (DESIGN.md s.5) when the text is at hand */
    const unsigned line = c->text ? elg_json_path_line(c->text, c->text_len, path->str, TRUE) : 0;
    elg_diags_add(c->diags, sev, c->file, line, 0, c->from_notice ? NULL : path->str, member, NULL, "%s", msg);
    g_string_free(path, TRUE);
    g_free(msg);
}

void elg_compile_error(elg_compiler *c, const char *member, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(c, ELG_ERROR, member, fmt, ap);
    va_end(ap);
}

void elg_compile_warning(elg_compiler *c, const char *member, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(c, ELG_WARNING, member, fmt, ap);
    va_end(ap);
}

char *elg_json_show(const cJSON *v)
{
    if (cJSON_IsString(v)) {
        GString *s = g_string_new(NULL);
        elg_quote(s, v->valuestring, strlen(v->valuestring), 40);
        return g_string_free(s, FALSE);
    }
    if (cJSON_IsArray(v))
        return g_strdup("an array");
    if (cJSON_IsObject(v))
        return g_strdup("an object");
    /* 1e999: cJSON reads infinity, and would print it as null */
    if (cJSON_IsNumber(v) && !isfinite(v->valuedouble))
        return g_strdup("a number too large to read");
    char *text = cJSON_PrintUnformatted(v);
    char *copy = g_strdup(text ? text : "?");
    cJSON_free(text);
    return copy;
}

gboolean elg_quoted_number(elg_compiler *c, const char *member, const cJSON *v)
{
    if (!cJSON_IsString(v))
        return FALSE;
    /* digits as JSON writes numbers, not strtod's "inf" or "0x10" */
    const char *s = v->valuestring + strspn(v->valuestring, " ");
    char *end;
    g_ascii_strtod(s, &end);
    if (!strchr("+-.0123456789", *s) || !*s || *end || s[strspn(s, "+-.0123456789eE")])
        return FALSE;
    char *shown = elg_json_show(v);
    elg_compile_error(c, member, "%s is a string; write the number without quotes", shown);
    g_free(shown);
    return TRUE;
}

/* --- members --------------------------------------------------------------- */

gboolean elg_member_string(elg_compiler *c, const cJSON *o, const char *name, gboolean required,
                           const char **out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    *out = NULL;
    if (!v || cJSON_IsNull(v)) {
        if (required)
            elg_compile_error(c, name, "missing; expected a string");
        return !required;
    }
    /* "  " is as empty as "": a post id or a title of spaces shows as none */
    if (!cJSON_IsString(v) || !v->valuestring[strspn(v->valuestring, " \t\r\n")]) {
        char *shown = elg_json_show(v);
        elg_compile_error(c, name, "expected a non-empty string, got %s", shown);
        g_free(shown);
        return FALSE;
    }
    *out = v->valuestring;
    return TRUE;
}

gboolean elg_member_bool(elg_compiler *c, const cJSON *o, const char *name, gboolean *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    *out = FALSE;
    if (!v)
        return TRUE;
    if (!cJSON_IsBool(v)) {
        char *shown = elg_json_show(v);
        elg_compile_error(c, name, "expected true or false, got %s", shown);
        g_free(shown);
        return FALSE;
    }
    *out = cJSON_IsTrue(v);
    return TRUE;
}

/* A level the reader would fold into another one ("IV+" as IV, "I V" as
 * IV, "V.I" as VI): a rule set means exactly what it says, so these are
 * refused rather than read looser or other than written. */
static gboolean loosened_level(const char *text)
{
    size_t n = strlen(text);
    text = elg_trim(text, &n);
    return memchr(text, '+', n) || (n <= 4 && (memchr(text, ' ', n) || memchr(text, '.', n) ||
                                                memchr(text, '-', n)));
}

gboolean elg_member_level(elg_compiler *c, const cJSON *o, const char *name, gboolean required,
                          gint8 *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    int level = -1;
    if (!v) {
        if (required)
            elg_compile_error(c, name, "missing; expected a language level I to VI");
        return !required;
    }
    if (cJSON_IsNumber(v) && v->valuedouble == (double)v->valueint)
        level = v->valueint >= 1 && v->valueint <= ELG_LEVEL_MAX ? v->valueint : -1;
    else if (cJSON_IsString(v) && !loosened_level(v->valuestring))
        level = elg_ref_level(c->ref, v->valuestring, strlen(v->valuestring));
    if (level < 1) {
        if (!elg_quoted_number(c, name, v)) {
            char *shown = elg_json_show(v);
            elg_compile_error(c, name, "%s is not a language level; expected I to VI (or 1 to 6, a level name, A1 to C2)",
                              shown);
            g_free(shown);
        }
        return FALSE;
    }
    *out = (gint8)level;
    return TRUE;
}

/* --- criteria -------------------------------------------------------------- */

static void criterion_clear(gpointer p)
{
    elg_criterion *cr = p;
    g_free(cr->id);
    g_free(cr->text);
    for (guint k = 0; k < cr->n_fields; k++)
        g_free(cr->fields[k]);
    g_free(cr->organisation);
    if (cr->tags)
        g_ptr_array_free(cr->tags, TRUE);
}

static gboolean valid_id(const char *id)
{
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return FALSE;
    return *id != '\0';
}

static const char *const common_members[] = {"id", "kind", "text", "weight", "source", NULL};

/* Every member of O is one of KNOWN (and of ALSO, if given), or a comment
 * ("_note"): a misspelt member ("year", "desireable") would otherwise be
 * ignored and the post read looser than meant.  WHAT names the object. */
static gboolean check_members(elg_compiler *c, const cJSON *o, const char *const *known,
                              const char *const *also, const char *what)
{
    const char *const *const lists[] = {known, also};
    GString *expected = g_string_new(NULL);
    for (size_t l = 0; l < G_N_ELEMENTS(lists); l++)
        for (const char *const *m = lists[l]; m && *m; m++)
            g_string_append_printf(expected, "%s%s", expected->len ? ", " : "", *m);
    gboolean good = TRUE;
    const cJSON *it;
    cJSON_ArrayForEach(it, o) {
        gboolean ok = it->string[0] == '_';
        for (size_t l = 0; l < G_N_ELEMENTS(lists) && !ok; l++)
            for (const char *const *m = lists[l]; m && *m && !ok; m++)
                ok = strcmp(*m, it->string) == 0;
        if (!ok) {
            elg_compile_error(c, it->string, "unknown member%s%s; expected one of %s (a member whose name starts "
                                             "with _ is a comment)",
                              what ? " for " : "", what ? what : "", expected->str);
            good = FALSE;
        }
    }
    g_string_free(expected, TRUE);
    return good;
}

/* Members each kind reads, for the unknown-member warning. */
static const char *const kind_members[ELG_KIND__COUNT][6] = {
    [ELG_KIND_NATIONALITY] = {"organisation", "on", NULL},
    [ELG_KIND_EDUCATION] = {"level", "staff_college", "equivalent", "or_years", "or_level", NULL},
    [ELG_KIND_EXPERIENCE] = {"years", "field", "fields", "or_related", NULL},
    [ELG_KIND_LANGUAGES] = {"languages", "one", "other", "both", NULL},
    [ELG_KIND_LANGUAGE] = {"language", "level", NULL},
    [ELG_KIND_CLEARANCE] = {"level", NULL},
    [ELG_KIND_DEADLINE] = {NULL},
    [ELG_KIND_SKILL] = {"tags", NULL},
    [ELG_KIND_PANEL] = {NULL},
};

static void compile_criterion(elg_compiler *c, const cJSON *o, gboolean essential,
                              GHashTable *ids, gboolean *ok)
{
    elg_criterion cr = {0};
    cr.essential = essential;
    cr.weight = 1;
    cr.level = cr.level_other = -1;
    if (!cJSON_IsObject(o)) {
        char *shown = elg_json_show(o);
        elg_compile_error(c, NULL, "expected a criterion object, got %s", shown);
        g_free(shown);
        *ok = FALSE;
        return;
    }
    const char *id, *kind, *text;
    gboolean good = elg_member_string(c, o, "id", TRUE, &id);
    if (id && !valid_id(id)) {
        elg_compile_error(c, "id", "\"%s\" is not a valid id; expected lower-case letters, digits and _", id);
        good = FALSE;
    } else if (id && g_hash_table_contains(ids, id)) {
        elg_compile_error(c, "id", "duplicate criterion id \"%s\"; ids must be unique in a post", id);
        good = FALSE;
    }
    good &= elg_member_string(c, o, "text", FALSE, &text);
    if (!elg_member_string(c, o, "kind", TRUE, &kind)) {
        *ok = FALSE;
        return;
    }
    int k = 0;
    while (k < ELG_KIND__COUNT && strcmp(elg_kind_names[k], kind) != 0)
        k++;
    if (k == ELG_KIND__COUNT) {
        GString *names = g_string_new(NULL);
        for (int i = 0; i < ELG_KIND__COUNT; i++)
            g_string_append_printf(names, "%s%s", i ? ", " : "", elg_kind_names[i]);
        elg_compile_error(c, "kind", "unknown kind \"%s\"; expected one of %s", kind, names->str);
        g_string_free(names, TRUE);
        *ok = FALSE;
        return;
    }
    cr.kind = (elg_kind)k;
    const cJSON *weight = cJSON_GetObjectItemCaseSensitive(o, "weight");
    if (weight) {
        if (!cJSON_IsNumber(weight) || !(weight->valuedouble > 0) || weight->valuedouble > 1e6) {
            if (!elg_quoted_number(c, "weight", weight)) {
                char *shown = elg_json_show(weight);
                /* the bound is said: "above 0" alone refused 2000000 without a reason */
                elg_compile_error(c, "weight", "expected a number above 0 and at most 1000000, got %s", shown);
                g_free(shown);
            }
            good = FALSE;
        } else if (essential) {
            elg_compile_warning(c, "weight", "weights count only for desirable criteria; ignored");
        } else {
            cr.weight = weight->valuedouble;
        }
    }
    const cJSON *source = cJSON_GetObjectItemCaseSensitive(o, "source");
    const cJSON *line = source ? cJSON_GetObjectItemCaseSensitive(source, "line") : NULL;
    if (cJSON_IsNumber(line) && line->valuedouble >= 1 && line->valuedouble < 1e9)
        cr.source_line = (unsigned)line->valuedouble;
    gchar *what = g_strdup_printf("kind %s", kind);
    good &= check_members(c, o, common_members, kind_members[k], what);
    g_free(what);
    cr.id = g_strdup(id ? id : "");
    cr.text = g_strdup(text ? text : "");
    good &= kind_compile[k](c, o, &cr);
    if (!good) {
        criterion_clear(&cr);
        *ok = FALSE;
        return;
    }
    g_hash_table_add(ids, g_strdup(cr.id));
    g_array_append_val(c->post->criteria, cr);
}

static void compile_list(elg_compiler *c, const cJSON *root, const char *name, gboolean essential,
                         GHashTable *ids, gboolean *ok)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, name);
    if (!list) {
        if (essential) {
            elg_compile_error(c, name, "missing; expected an array of criteria");
            *ok = FALSE;
        }
        return;
    }
    if (!cJSON_IsArray(list)) {
        char *shown = elg_json_show(list);
        elg_compile_error(c, name, "expected an array of criteria, got %s", shown);
        g_free(shown);
        *ok = FALSE;
        return;
    }
    if (cJSON_GetArraySize(list) + c->post->criteria->len > ELG_MAX_CRITERIA) {
        elg_compile_error(c, name, "%u criteria in the post; expected at most %d",
                          (guint)cJSON_GetArraySize(list) + c->post->criteria->len, ELG_MAX_CRITERIA);
        *ok = FALSE;
        return;
    }
    int i = 0;
    const cJSON *o;
    cJSON_ArrayForEach(o, list) {
        gsize len = c->path->len;
        g_string_append_printf(c->path, ".%s[%d]", name, i++);
        compile_criterion(c, o, essential, ids, ok);
        g_string_truncate(c->path, len);
    }
}

/* --- the post --------------------------------------------------------------- */

void elg_post_free(elg_post *post)
{
    if (!post)
        return;
    g_free(post->file);
    g_free(post->id);
    g_free(post->title);
    g_free(post->organisation);
    g_free(post->body);
    g_free(post->location);
    g_free(post->deadline_text);
    g_ptr_array_free(post->grades, TRUE);
    for (guint i = 0; i < post->criteria->len; i++)
        criterion_clear(&g_array_index(post->criteria, elg_criterion, i));
    g_array_free(post->criteria, TRUE);
    g_free(post);
}

static gboolean compile_deadline(elg_compiler *c, const cJSON *root)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "deadline");
    if (!v || cJSON_IsNull(v))
        return TRUE;
    if (cJSON_IsString(v)) {
        char f[16];
        elg_fold(v->valuestring, strlen(v->valuestring), f, sizeof f);
        if (strcmp(f, "ongoing") == 0 || strcmp(f, "none") == 0)
            return TRUE;
        guint32 jd;
        gboolean slash;
        if (elg_parse_date(v->valuestring, strlen(v->valuestring), ELG_DATES_STRICT, &jd, &slash)) {
            char buf[11];
            elg_date_format(jd, buf);
            c->post->deadline = jd;
            c->post->deadline_text = g_strdup(buf);
            return TRUE;
        }
    }
    char *shown = elg_json_show(v);
    elg_compile_error(c, "deadline", "%s is not a date; expected YYYY-MM-DD (or 13-May-2025) in the years "
                      ELG_YEAR_RANGE ", null or \"ongoing\"", shown);
    g_free(shown);
    return FALSE;
}

static const char *const post_members[] = {"id", "title", "organisation", "body", "location", "grades",
                                           "deadline", "clearance", "essential", "desirable", "source", NULL};

/* TEXT, when not NULL, is the JSON ROOT was parsed from: messages give lines. */
static elg_post *compile_root(const cJSON *root, const char *text, size_t text_len, gboolean from_notice,
                              const char *name, const elg_reference *ref, elg_diags *diags)
{
    elg_compiler c = {name, ref, diags, NULL, g_string_new(NULL), text, text_len, from_notice};
    if (!cJSON_IsObject(root)) {
        char *shown = elg_json_show(root);
        elg_compile_error(&c, NULL, "expected a rule set object, got %s", shown);
        g_free(shown);
        g_string_free(c.path, TRUE);
        return NULL;
    }
    elg_post *post = g_new0(elg_post, 1);
    c.post = post;
    post->ref = ref;
    post->file = g_strdup(name);
    post->from_notice = from_notice;
    if (text && !from_notice)
        post->id_line = elg_json_path_line(text, text_len, ".id", TRUE);
    post->clearance = -1;
    post->grades = g_ptr_array_new_with_free_func(g_free);
    post->criteria = g_array_new(FALSE, TRUE, sizeof(elg_criterion));
    /* reported, and the criteria still read, so that every mistake shows at once */
    const gboolean members_ok = check_members(&c, root, post_members, NULL, NULL);
    gboolean ok = TRUE;

    const char *id, *title, *org, *body, *location, *clearance;
    ok &= elg_member_string(&c, root, "id", TRUE, &id);
    ok &= elg_member_string(&c, root, "title", TRUE, &title);
    ok &= elg_member_string(&c, root, "organisation", TRUE, &org);
    ok &= elg_member_string(&c, root, "body", FALSE, &body);
    ok &= elg_member_string(&c, root, "location", FALSE, &location);
    ok &= elg_member_string(&c, root, "clearance", FALSE, &clearance);
    post->id = g_strdup(id ? id : "");
    post->title = g_strdup(title ? title : "");
    post->body = g_strdup(body);
    post->location = g_strdup(location);
    if (org) {
        const elg_organisation *o = elg_ref_organisation(ref, org);
        if (!o) {
            elg_compile_error(&c, "organisation", "unknown organisation \"%s\"; expected one of reference/organisations.json (e.g. NATO)", org);
            ok = FALSE;
        } else {
            post->organisation = g_strdup(o->id);
        }
    }
    if (clearance) {
        int level = elg_ref_clearance(ref, clearance, strlen(clearance));
        if (level < 1) {
            elg_compile_error(&c, "clearance", "\"%s\" is not a clearance level; expected NR, NC, NS or CTS", clearance);
            ok = FALSE;
        }
        post->clearance = (gint8)level;
    }
    const cJSON *grades = cJSON_GetObjectItemCaseSensitive(root, "grades"), *g;
    if (grades && !cJSON_IsArray(grades)) {
        char *shown = elg_json_show(grades);
        elg_compile_error(&c, "grades", "expected an array of strings such as [\"G15\", \"G17\"], got %s", shown);
        g_free(shown);
        ok = FALSE;
    }
    int gi = 0;
    cJSON_ArrayForEach(g, (cJSON_IsArray(grades) ? grades : NULL)) {
        if (cJSON_IsString(g) && g->valuestring[strspn(g->valuestring, " \t\r\n")]) {
            g_ptr_array_add(post->grades, g_strdup(g->valuestring));
            gi++;
            continue;
        }
        char *shown = elg_json_show(g), member[32];
        g_snprintf(member, sizeof member, "grades[%d]", gi);
        elg_compile_error(&c, member, "%s is not a grade; expected a string such as \"G15\"", shown);
        g_free(shown);
        ok = FALSE;
        break;
    }
    ok &= compile_deadline(&c, root);

    GHashTable *ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    if (ok) {
        compile_list(&c, root, "essential", TRUE, ids, &ok);
        post->n_essential = post->criteria->len;
        if (ok && post->n_essential == 0) {
            /* with none, every candidate would be eligible */
            elg_compile_error(&c, "essential", "no essential criterion; every candidate would be eligible; "
                                               "expected at least one (the nationality of a member state, say)");
            ok = FALSE;
        }
        compile_list(&c, root, "desirable", FALSE, ids, &ok);
    }
    g_hash_table_destroy(ids);
    ok &= members_ok;
    for (guint i = post->n_essential; i < post->criteria->len; i++)
        post->desirable_weight += elg_post_criterion(post, i)->weight;
    /* a rule set may require a clearance without stating the notice's:
     * whether each candidate holds it is still reported (DESIGN.md s.3) */
    post->clearance_held = post->clearance;
    for (guint i = 0; post->clearance < 1 && i < post->n_essential; i++) {
        const elg_criterion *cr = elg_post_criterion(post, i);
        if (cr->kind == ELG_KIND_CLEARANCE && cr->level > post->clearance_held)
            post->clearance_held = cr->level;
    }
    g_string_free(c.path, TRUE);
    if (!ok) {
        elg_post_free(post);
        return NULL;
    }
    return post;
}

elg_post *elg_post_compile_json(const cJSON *root, const char *name, const elg_reference *ref,
                                elg_diags *diags)
{
    return compile_root(root, NULL, 0, FALSE, name, ref, diags);
}

elg_post *elg_post_compile_notice(const cJSON *root, const char *name, const elg_reference *ref,
                                  elg_diags *diags)
{
    return compile_root(root, NULL, 0, TRUE, name, ref, diags);
}

elg_post *elg_post_compile_text(const char *text, size_t len, const char *name,
                                const elg_reference *ref, elg_diags *diags)
{
    GError *err = NULL;
    cJSON *root = elg_json_parse(text, len, name, &err);
    if (!root) {
        /* the message is `NAME:LINE:COLUMN: error: ...` or `NAME:LINE:PATH:
         * error: ...`: keep its position */
        unsigned line = 0, col = 0;
        size_t n = strlen(name);
        const char *msg = strstr(err->message, ": error: ");
        gchar *path = NULL;
        if (strncmp(err->message, name, n) == 0 && err->message[n] == ':' && msg) {
            const char *at = err->message + n + 1;
            char *end;
            line = (unsigned)strtoul(at, &end, 10);
            if (end != at && *end == ':' && end[1] == '.')
                path = g_strndup(end + 1, (gsize)(msg - end - 1));
            else if (end != at && *end == ':')
                col = (unsigned)strtoul(end + 1, NULL, 10);
        }
        /* a notice (text) given where a rule set (JSON) is expected */
        const size_t first = elg_text_start(text, len);
        const gboolean prose = first < len && !strchr("{[/", text[first]) &&
                               (guchar)text[first] < 0xFE; /* not a UTF-16 byte order mark */
        elg_diags_add(diags, ELG_ERROR, name, line, col, path, NULL, NULL, "%s%s", msg ? msg + 9 : err->message,
                      prose ? "; a rule set is JSON: a vacancy notice is compiled with `eligo compile` or "
                              "screened with --notice" : "");
        g_free(path);
        g_error_free(err);
        return NULL;
    }
    elg_post *post = compile_root(root, text, len, FALSE, name, ref, diags);
    cJSON_Delete(root);
    return post;
}

elg_post *elg_post_compile_file(const char *path, const elg_reference *ref, elg_diags *diags)
{
    gchar *text = NULL;
    gsize len = 0;
    GError *err = NULL;
    if (g_file_test(path, G_FILE_TEST_IS_DIR) ||
        !elg_file_get_contents(path, ELG_JSON_MAX_BYTES, &text, &len, &err)) {
        elg_diags_add(diags, ELG_ERROR, path, 0, 0, NULL, NULL, NULL, "cannot read: %s",
                      err ? err->message : "is a directory");
        if (err)
            g_error_free(err);
        return NULL;
    }
    elg_post *post = NULL;
    if (len > ELG_JSON_MAX_BYTES)
        elg_diags_add(diags, ELG_ERROR, path, 0, 0, NULL, NULL, NULL,
                      "too large for a rule set: more than %u bytes", ELG_JSON_MAX_BYTES);
    else
        post = elg_post_compile_text(text, len, path, ref, diags);
    g_free(text);
    return post;
}

static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

unsigned elg_posts_load_dir(const char *dir, const elg_reference *ref, GPtrArray *posts, elg_diags *diags)
{
    GError *err = NULL;
    GDir *d = g_dir_open(dir, 0, &err);
    if (!d) {
        elg_diags_add(diags, ELG_ERROR, dir, 0, 0, NULL, NULL, NULL, "cannot read the directory: %s", err->message);
        g_error_free(err);
        return 1;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *n;
    while ((n = g_dir_read_name(d)))
        if (g_str_has_suffix(n, ".json"))
            g_ptr_array_add(names, g_build_filename(dir, n, NULL));
    g_dir_close(d);
    g_ptr_array_sort(names, by_name);
    unsigned errors = 0;
    for (guint i = 0; i < names->len; i++) {
        elg_post *post = elg_post_compile_file(g_ptr_array_index(names, i), ref, diags);
        if (post)
            g_ptr_array_add(posts, post);
        else
            errors++;
    }
    if (names->len == 0) {
        elg_diags_add(diags, ELG_ERROR, dir, 0, 0, NULL, NULL, NULL, "no *.json rule sets in this directory");
        errors++;
    }
    g_ptr_array_free(names, TRUE);
    return errors;
}

/* Do paths A and B name one file ("dir/x.json" and "./dir/x.json")? */
static gboolean same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return strcmp(a, b) == 0 ||
           (stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino);
}

unsigned elg_posts_check_unique(const GPtrArray *posts, elg_diags *diags)
{
    GHashTable *first = g_hash_table_new(g_str_hash, g_str_equal); /* id -> its post */
    unsigned twice = 0;
    for (guint i = 0; i < posts->len; i++) {
        const elg_post *p = g_ptr_array_index(posts, i);
        const elg_post *q = g_hash_table_lookup(first, p->id);
        if (!q) {
            g_hash_table_insert(first, p->id, (gpointer)p);
            continue;
        }
        /* the same file given twice (a directory and a file in it) is not two rule sets */
        if (same_file(p->file, q->file))
            elg_diags_add(diags, ELG_ERROR, p->file, p->id_line, 0, p->from_notice ? NULL : ".id", NULL, NULL,
                          "post %s is given twice; each post is screened once", p->id);
        else
            elg_diags_add(diags, ELG_ERROR, p->file, p->id_line, 0, p->from_notice ? NULL : ".id", NULL, NULL,
                          "post %s is also the post of %s; each post is screened once (give each rule set its own id)",
                          p->id, q->file);
        twice++;
    }
    g_hash_table_destroy(first);
    return twice;
}

const char *elg_post_id(const elg_post *post) { return post->id; }
const char *elg_post_title(const elg_post *post) { return post->title; }
unsigned elg_post_criteria_count(const elg_post *post) { return post->criteria->len; }
unsigned elg_post_essential_count(const elg_post *post) { return post->n_essential; }
const char *elg_post_criterion_id(const elg_post *post, unsigned c) { return elg_post_criterion(post, c)->id; }

void elg_criterion_kinds_help(GString *out)
{
    for (int k = 0; k < ELG_KIND__COUNT; k++)
        g_string_append_printf(out, "  %-12s %s\n", elg_kind_names[k], kind_help[k]);
}
