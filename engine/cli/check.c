/* eligo check: validate rule sets and summarise each post. */
#include <stdio.h>
#include "cli.h"

int cli_check(int argc, char **argv)
{
    gboolean quiet = FALSE;
    GOptionEntry entries[] = {
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only errors and warnings", NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GString *kinds = g_string_new("Validates each rule set (rules/README.md) and prints a summary of the post.\n"
                                  "Errors name the file, the line and the JSON path:\n"
                                  "FILE:12:.essential[2].years: error: ...\n\n"
                                  "Criterion kinds:\n");
    elg_criterion_kinds_help(kinds);
    gboolean parsed = cli_parse("check", "RULES.json|DIR...", "validate rule sets", kinds->str, entries, &argc, &argv);
    g_string_free(kinds, TRUE);
    if (!parsed)
        return EXIT_USAGE;
    if (argc < 2) {
        fprintf(stderr, "eligo check: error: expected one or more rule files or directories\nTry `eligo check --help`.\n");
        return EXIT_USAGE;
    }
    elg_reference *ref = cli_reference();
    if (!ref)
        return EXIT_INPUT;
    int status = EXIT_OK;
    GPtrArray *posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    for (int i = 1; i < argc; i++) {
        elg_diags *d = elg_diags_new();
        const guint before = posts->len;
        /* a directory is its *.json rule sets, as `screen --post DIR` reads it */
        if (g_file_test(argv[i], G_FILE_TEST_IS_DIR)) {
            if (elg_posts_load_dir(argv[i], ref, posts, d))
                status = EXIT_INPUT;
        } else {
            elg_post *post = elg_post_compile_file(argv[i], ref, d);
            if (post)
                g_ptr_array_add(posts, post);
            else
                status = EXIT_INPUT;
        }
        elg_diags_print(d, stderr);
        for (guint k = before; k < posts->len && !quiet; k++) {
            GString *s = g_string_new(NULL);
            elg_post_describe(g_ptr_array_index(posts, k), s);
            printf("%s%s", k ? "\n" : "", s->str);
            g_string_free(s, TRUE);
        }
        elg_diags_free(d);
    }
    /* rule sets checked together are screened together: one id each */
    elg_diags *d = elg_diags_new();
    if (elg_posts_check_unique(posts, d))
        status = EXIT_INPUT;
    elg_diags_print(d, stderr);
    elg_diags_free(d);
    g_ptr_array_free(posts, TRUE);
    elg_reference_free(ref);
    if (!cli_stdout_flushed())
        status = EXIT_INPUT;
    return status;
}
