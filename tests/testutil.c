/* Shared helpers for the cmocka tests: see testutil.h. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include "reference_tables.h"

static elg_reference *ref;

static void free_ref(void) { elg_reference_free(ref); }

const elg_reference *t_ref(void)
{
    if (!ref) {
        GError *err = NULL;
        gchar *dir = g_build_filename(ELG_TEST_SOURCE_DIR, "rules", NULL);
        ref = elg_reference_load(dir, &err);
        g_free(dir);
        if (!ref) {
            fprintf(stderr, "%s\n", err->message);
            abort();
        }
        atexit(free_ref);
    }
    return ref;
}

char *t_path(const char *rel) { return g_build_filename(ELG_TEST_SOURCE_DIR, rel, NULL); }

char *t_read(const char *rel)
{
    char *path = t_path(rel), *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, NULL))
        text = NULL;
    g_free(path);
    return text;
}

int t_run(char **out, char **err, const char *const *argv)
{
    GPtrArray *args = g_ptr_array_new();
    g_ptr_array_add(args, (gpointer)ELG_TEST_BINARY);
    for (; *argv; argv++)
        g_ptr_array_add(args, (gpointer)*argv);
    g_ptr_array_add(args, NULL);
    gint status = 0;
    GError *e = NULL;
    gboolean ok = g_spawn_sync(ELG_TEST_SOURCE_DIR, (gchar **)args->pdata, NULL, 0, NULL, NULL,
                               out, err, &status, &e);
    g_ptr_array_free(args, TRUE);
    if (!ok) {
        fprintf(stderr, "cannot run eligo: %s\n", e->message);
        abort();
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

void t_golden(const char *actual, const char *rel)
{
    char *path = t_path(rel);
    if (g_strcmp0(g_getenv("ELG_UPDATE_GOLDEN"), "1") == 0) {
        g_file_set_contents(path, actual, -1, NULL);
        g_free(path);
        return;
    }
    char *expected = NULL;
    if (!g_file_get_contents(path, &expected, NULL, NULL)) {
        fprintf(stderr, "missing golden file %s\n", path);
        g_free(path);
        fail();
    }
    if (strcmp(expected, actual) != 0) {
        char *tmp = g_strconcat(path, ".actual", NULL);
        g_file_set_contents(tmp, actual, -1, NULL);
        fprintf(stderr, "%s differs from the output; see diff -u %s %s\n", rel, path, tmp);
        g_free(tmp);
    }
    assert_string_equal(expected, actual);
    g_free(expected);
    g_free(path);
}

char *t_scratch(const char *name)
{
    char *dir = g_dir_make_tmp("eligo-test-XXXXXX", NULL);
    assert_non_null(dir);
    char *path = g_build_filename(dir, name, NULL);
    g_free(dir);
    return path;
}

void t_scratch_remove(char *path)
{
    char *dir = g_path_get_dirname(path);
    remove(path);
    remove(dir);
    g_free(dir);
    g_free(path);
}

static const char *const table_files[] = {"countries.json", "organisations.json", "territories.json",
                                          "languages.json", "education.json", "clearance.json",
                                          "fields.json", "skills.json"};

char *t_tables_copy(const char *file, const char *text)
{
    char *dir = g_dir_make_tmp("eligo-tables-XXXXXX", NULL);
    assert_non_null(dir);
    char *refdir = g_build_filename(dir, "reference", NULL);
    assert_int_equal(g_mkdir(refdir, 0700), 0);
    for (size_t f = 0; f < G_N_ELEMENTS(table_files); f++) {
        char *from = g_build_filename(t_ref()->dir, "reference", table_files[f], NULL), *real;
        char *to = g_build_filename(refdir, table_files[f], NULL);
        gsize len;
        assert_true(g_file_get_contents(from, &real, &len, NULL));
        if (file && strcmp(table_files[f], file) == 0)
            assert_true(g_file_set_contents(to, text, -1, NULL));
        else
            assert_true(g_file_set_contents(to, real, (gssize)len, NULL));
        g_free(real);
        g_free(from);
        g_free(to);
    }
    g_free(refdir);
    return dir;
}

void t_tables_remove(char *dir)
{
    char *refdir = g_build_filename(dir, "reference", NULL);
    for (size_t f = 0; f < G_N_ELEMENTS(table_files); f++) {
        char *to = g_build_filename(refdir, table_files[f], NULL);
        g_unlink(to);
        g_free(to);
    }
    g_rmdir(refdir);
    g_rmdir(dir);
    g_free(refdir);
    g_free(dir);
}

gchar **t_lines(const char *text)
{
    GPtrArray *lines = g_ptr_array_new();
    const char *end = text + strlen(text);
    for (;;) {
        const char *nl = memchr(text, '\n', (size_t)(end - text));
        g_ptr_array_add(lines, g_strndup(text, (gsize)((nl ? nl : end) - text)));
        if (!nl)
            break;
        text = nl + 1;
    }
    g_ptr_array_add(lines, NULL);
    return (gchar **)g_ptr_array_free(lines, FALSE);
}
