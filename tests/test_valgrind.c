/* Memory hygiene: the command-line tool under valgrind memcheck on the
 * fixtures, with no memory error and no definite leak.  Only in a build
 * without sanitizers (valgrind cannot run their instrumented code; the
 * sanitizer build checks leaks with LeakSanitizer instead) and only where
 * valgrind is installed: skipped otherwise. */
#include "testutil.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#if defined(__SANITIZE_ADDRESS__) || defined(ELG_TEST_BINARY_SANITIZED)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif

static char *valgrind;

static int find_valgrind(void **state)
{
    (void)state;
#ifndef SANITIZED
    valgrind = g_find_program_in_path("valgrind");
#endif
    return 0;
}

static int forget_valgrind(void **state)
{
    (void)state;
    g_free(valgrind);
    return 0;
}

/* Run eligo ARGS under memcheck from the source tree; the status must be
 * WANT (memcheck turns any error or definite leak into 99). */
static void memcheck(int want, const char *const *args)
{
    if (!valgrind)
        skip();
    GPtrArray *argv = g_ptr_array_new();
    const char *const vg[] = {valgrind, "--error-exitcode=99", "--leak-check=full",
                              "--errors-for-leak-kinds=definite", "--show-leak-kinds=definite",
                              "--quiet", ELG_TEST_BINARY};
    for (size_t i = 0; i < G_N_ELEMENTS(vg); i++)
        g_ptr_array_add(argv, (gpointer)vg[i]);
    for (const char *const *a = args; *a; a++)
        g_ptr_array_add(argv, (gpointer)*a);
    g_ptr_array_add(argv, NULL);
    char *src = t_path(".");
    char *out = NULL, *err = NULL;
    int status = -1;
    GError *e = NULL;
    if (!g_spawn_sync(src, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                      &status, &e))
        fail_msg("cannot run valgrind: %s", e->message);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != want) {
        GString *cmd = g_string_new(NULL);
        for (const char *const *a = args; *a; a++)
            g_string_append_printf(cmd, " %s", *a);
        fail_msg("eligo%s: status %d under memcheck (expected %d):\n%s", cmd->str,
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1, want, err);
    }
    g_free(out);
    g_free(err);
    g_free(src);
    g_ptr_array_free(argv, TRUE);
}

static void screen_every_format(void **state)
{
    (void)state;
    static const char *const formats[] = {"text", "csv", "json"};
    for (int f = 0; f < 3; f++) {
        const char *by_post[] = {"screen", "-c", "fixtures/candidates/sample.csv", "-f", formats[f], NULL};
        memcheck(0, by_post);
        const char *by_candidate[] = {"screen", "-c", "fixtures/candidates/sample.csv", "-f", formats[f],
                                      "--by-candidate", NULL};
        memcheck(0, by_candidate);
    }
    char *out = g_build_filename(g_get_tmp_dir(), "eligo-valgrind-report.csv", NULL);
    const char *to_file[] = {"screen", "-c", "fixtures/candidates/variants/latin.cp1252.csv", "-f", "csv",
                             "-o", out, "-j", "2", NULL};
    memcheck(0, to_file);
    const char *excel[] = {"screen", "-c", "fixtures/candidates/variants/sample.semicolon.csv", "--excel",
                           "-o", out, NULL};
    memcheck(0, excel);
    g_unlink(out);
    g_free(out);
}

static void inspect_and_check(void **state)
{
    (void)state;
    const char *text[] = {"inspect", "fixtures/candidates/sample.csv", NULL};
    memcheck(0, text);
    const char *json[] = {"inspect", "fixtures/candidates/variants/sample.aliases.csv", "--format", "json", NULL};
    memcheck(0, json);
    const char *check[] = {"check", "rules/posts/241490.json", "rules/posts/250303.json",
                           "rules/posts/250717.json", "rules/posts/251816.json",
                           "rules/posts/260036.json", NULL};
    memcheck(0, check);
    const char *posts[] = {"posts", NULL};
    memcheck(0, posts);
}

/* The notice compiler: a notice in both languages, one in French only
 * (its deadline label read for "before"), and one screened directly. */
static void notices(void **state)
{
    (void)state;
    const char *both[] = {"compile", "fixtures/notices/251816.txt", NULL};
    memcheck(0, both);
    const char *french[] = {"compile", "fixtures/notices/french_only.txt", NULL};
    memcheck(0, french);
    const char *screen[] = {"screen", "-c", "fixtures/candidates/sample.csv", "--notice",
                            "fixtures/notices/english_only.md", "-f", "csv", NULL};
    memcheck(0, screen);
}

/* The error paths free what they allocated too. */
static void bad_inputs(void **state)
{
    (void)state;
    const char *ragged[] = {"screen", "-c", "fixtures/bad/ragged_rows.csv", "-f", "json", "--strict", NULL};
    memcheck(3, ragged);
    const char *quote[] = {"inspect", "fixtures/bad/unterminated_quote.csv", NULL};
    memcheck(0, quote);
    const char *binary[] = {"screen", "-c", "fixtures/bad/binary.csv", NULL};
    memcheck(2, binary);
    const char *no_id[] = {"screen", "-c", "fixtures/bad/no_id_column.csv", NULL};
    memcheck(2, no_id);
    const char *bad_rules[] = {"check", "fixtures/fuzz/rules/regress/invalid-utf8-in-text.json", NULL};
    memcheck(2, bad_rules);
    const char *usage[] = {"screen", "--format", "xml", "-c", "fixtures/candidates/sample.csv", NULL};
    memcheck(1, usage);
}

/* A field longer than --max-field-size whose end (a closing quote, and
 * spaces) ends the loader's first read of 1 MiB: libcsv takes those bytes
 * back from a buffer the loader has emptied.  A header of over 4 KiB keeps
 * the file to one reader, so that the read ends there. */
static void field_over_limit_ends_a_read(void **state)
{
    (void)state;
    if (!valgrind)
        skip(); /* before anything is allocated */
    const size_t read = 1u << 20; /* load.c's CHUNK */
    static const char *const ends[][2] = {{"\"", "\""}, {"\"", "\" "}, {"", " "}};
    for (size_t e = 0; e < G_N_ELEMENTS(ends); e++) {
        GString *s = g_string_new("candidate_id,name,nationality,");
        for (int i = 0; i < 4200; i++)
            g_string_append_c(s, 'x');
        g_string_append_c(s, '\n');
        for (unsigned n = 0; s->len + 400 < read; n++)
            g_string_append_printf(s, "C%u,Ann,BE,\n", n);
        g_string_append_printf(s, "X1,%s", ends[e][0]);
        while (s->len + strlen(ends[e][1]) < read)
            g_string_append_c(s, 'a');
        g_string_append(s, ends[e][1]);
        g_string_append(s, ",BE,\nX2,Bob,FR,\n");
        char *path = t_scratch("long-field.csv");
        assert_true(g_file_set_contents(path, s->str, (gssize)s->len, NULL));
        /* above the header's 4200 bytes (a header cell over it is refused) */
        const char *args[] = {"inspect", "--max-field-size", "5000", path, NULL};
        memcheck(0, args);
        t_scratch_remove(path);
        g_string_free(s, TRUE);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(screen_every_format),
        cmocka_unit_test(inspect_and_check),
        cmocka_unit_test(notices),
        cmocka_unit_test(bad_inputs),
        cmocka_unit_test(field_over_limit_ends_a_read),
    };
    return cmocka_run_group_tests(tests, find_valgrind, forget_valgrind);
}
