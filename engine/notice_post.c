/* A vacancy notice straight to a compiled post: notice compiler, then rule compiler. */
#include "notice_post.h"

#include "compile.h"
#include "jsonfile.h"
#include "load_utf16.h"
#include "notice.h"

/* Is TEXT a rule set (a JSON object) rather than a notice?  Compiled as a
 * notice it would give a post of debris. */
static gboolean is_rule_set(const char *text, size_t len)
{
    gchar *utf8 = NULL;
    const char *utf16 = elg_utf16_bom((const guint8 *)text, len);
    if (utf16) { /* read as UTF-16 as a notice is (notice_clean.c) */
        gsize n = 0;
        if (!(utf8 = g_convert(text + 2, (gssize)((len - 2) & ~(size_t)1), "UTF-8", utf16, NULL, &n, NULL)))
            return FALSE;
        text = utf8;
        len = n;
    }
    const size_t i = elg_text_start(text, len);
    gboolean rules = FALSE;
    if (i < len && text[i] == '{') {
        cJSON *root = cJSON_ParseWithLength(text + i, len - i);
        rules = cJSON_IsObject(root);
        cJSON_Delete(root);
    }
    g_free(utf8);
    return rules;
}

cJSON *elg_notice_read(const char *path, const elg_reference *ref, elg_date_order order, elg_diags *diags)
{
    gchar *text = NULL;
    gsize len = 0;
    GError *err = NULL;
    if (g_file_test(path, G_FILE_TEST_IS_DIR) ||
        !elg_file_get_contents(path, ELG_NOTICE_MAX_BYTES, &text, &len, &err)) {
        elg_diags_add(diags, ELG_ERROR, path, 0, 0, NULL, NULL, NULL, "cannot read: %s",
                      err ? err->message : "is a directory");
        if (err)
            g_error_free(err);
        return NULL;
    }
    cJSON *rules = NULL;
    if (len > ELG_NOTICE_MAX_BYTES)
        elg_diags_add(diags, ELG_ERROR, path, 0, 0, NULL, NULL, NULL,
                      "too large for a notice: more than %u bytes", ELG_NOTICE_MAX_BYTES);
    else if (is_rule_set(text, len))
        elg_diags_add(diags, ELG_ERROR, path, 0, 0, NULL, NULL, NULL,
                      "a rule set (JSON), not a vacancy notice; screen with it through --post, check it "
                      "with `eligo check`");
    else if (!(rules = elg_notice_compile(text, len, path, ref, order, diags)))
        elg_diags_add(diags, ELG_ERROR, path, 0, 0, NULL, NULL, NULL,
                      "no post could be read from this notice; expected a vacancy notice with ESSENTIAL criteria");
    g_free(text);
    return rules;
}

elg_post *elg_notice_post(const char *path, const elg_reference *ref, elg_date_order order, elg_diags *diags)
{
    cJSON *rules = elg_notice_read(path, ref, order, diags);
    if (!rules)
        return NULL;
    elg_post *post = elg_post_compile_notice(rules, path, ref, diags);
    cJSON_Delete(rules);
    return post;
}

char *elg_notice_rules_checked(const char *path, const elg_reference *ref, elg_date_order order,
                               gboolean check, elg_diags *diags)
{
    cJSON *rules = elg_notice_read(path, ref, order, diags);
    if (!rules)
        return NULL;
    /* what is given out must be a rule set eligo accepts */
    elg_post *post = check ? elg_post_compile_notice(rules, path, ref, diags) : NULL;
    char *text = NULL;
    if (!check || post) {
        char *json = cJSON_Print(rules);
        text = g_strconcat(json, "\n", NULL);
        cJSON_free(json);
    }
    elg_post_free(post);
    cJSON_Delete(rules);
    return text;
}

char *elg_notice_rules(const char *path, const elg_reference *ref, elg_date_order order, elg_diags *diags)
{
    return elg_notice_rules_checked(path, ref, order, TRUE, diags);
}
