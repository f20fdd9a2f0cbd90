/* Replays every fuzz input kept in fixtures/fuzz/TARGET/{seeds,regress} (and
 * the fixtures the fuzz targets start from) through the very entry points of
 * the fuzz targets, without libFuzzer: the harness is compiled in here.  An
 * input that crashes, leaks (sanitizer build) or breaks an output check
 * aborts this test. */
#include "testutil.h"

#define FZ_SOURCE_DIR ELG_TEST_SOURCE_DIR
#define FZ_NO_MAIN
#include "../fuzz/harness.c"
#include "../fuzz/fuzz_load.c"
#include "../fuzz/fuzz_rules.c"
#include "../fuzz/fuzz_screen.c"
/* the notice compiler is written in parallel: replay its inputs once it exists */
#if __has_include("notice.c")
#define HAVE_NOTICE 1
#include "../fuzz/fuzz_notice.c"
#endif

typedef int (*entry_fn)(const uint8_t *, size_t);

/* Run ENTRY on every file of the source-tree directory REL; returns how many. */
static unsigned replay_dir(entry_fn entry, const char *rel)
{
    char *dir = t_path(rel);
    GDir *d = g_dir_open(dir, 0, NULL);
    unsigned n = 0;
    if (d) {
        const char *name;
        while ((name = g_dir_read_name(d))) {
            char *path = g_build_filename(dir, name, NULL);
            gchar *data;
            gsize len;
            if (g_file_test(path, G_FILE_TEST_IS_REGULAR) && g_file_get_contents(path, &data, &len, NULL)) {
                entry((const uint8_t *)data, len);
                g_free(data);
                n++;
            }
            g_free(path);
        }
        g_dir_close(d);
    }
    g_free(dir);
    return n;
}

static void replay_load(void **state)
{
    (void)state;
    assert_true(replay_dir(fz_load, "fixtures/fuzz/load/seeds") >= 3);
    replay_dir(fz_load, "fixtures/fuzz/load/regress");
    assert_true(replay_dir(fz_load, "fixtures/bad") >= 12);
    assert_true(replay_dir(fz_load, "fixtures/candidates/variants") >= 7);
}

static void replay_screen(void **state)
{
    (void)state;
    assert_true(replay_dir(fz_screen, "fixtures/fuzz/screen/seeds") >= 1);
    replay_dir(fz_screen, "fixtures/fuzz/screen/regress");
    assert_true(replay_dir(fz_screen, "fixtures/candidates") >= 1);
    assert_true(replay_dir(fz_screen, "fixtures/bad") >= 12);
}

static void replay_rules(void **state)
{
    (void)state;
    assert_true(replay_dir(fz_rules, "fixtures/fuzz/rules/seeds") >= 2);
    assert_true(replay_dir(fz_rules, "fixtures/fuzz/rules/regress") >= 2);
    assert_int_equal(replay_dir(fz_rules, "rules/posts"), 5);
}

#ifdef HAVE_NOTICE
static void replay_notice(void **state)
{
    (void)state;
    assert_true(replay_dir(fz_notice, "fixtures/fuzz/notice/seeds") >= 5);
    replay_dir(fz_notice, "fixtures/fuzz/notice/regress");
}
#endif

/* The regression inputs still give their pinned outcome, not just no crash. */
static void rules_regressions_are_refused_with_a_message(void **state)
{
    (void)state;
    gchar *text;
    gsize len;
    char *path = t_path("fixtures/fuzz/rules/regress/invalid-utf8-in-text.json");
    assert_true(g_file_get_contents(path, &text, &len, NULL));
    elg_diags *d = elg_diags_new();
    assert_null(elg_post_compile_text(text, len, "x.json", t_ref(), d));
    assert_int_equal(elg_diags_count(d), 1);
    assert_string_equal(elg_diags_get(d, 0)->message,
                        "invalid UTF-8 (byte 0x97); a JSON file must be UTF-8");
    assert_int_equal(elg_diags_get(d, 0)->line, 35);
    assert_int_equal(elg_diags_get(d, 0)->column, 40);
    elg_diags_free(d);
    g_free(text);
    g_free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(replay_load),
        cmocka_unit_test(replay_screen),
        cmocka_unit_test(replay_rules),
#ifdef HAVE_NOTICE
        cmocka_unit_test(replay_notice),
#endif
        cmocka_unit_test(rules_regressions_are_refused_with_a_message),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
