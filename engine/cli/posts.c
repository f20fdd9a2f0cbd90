/* eligo posts: list the bundled posts. */
#include <stdio.h>
#include "cli.h"

int cli_posts(int argc, char **argv)
{
    GOptionEntry entries[] = {{NULL, 0, 0, 0, NULL, NULL, NULL}};
    if (!cli_parse("posts", "", "list the bundled posts",
                   "Lists the rule sets bundled in the data directory (posts/), which\n"
                   "`eligo screen` uses when no --post or --notice is given.", entries, &argc, &argv))
        return EXIT_USAGE;
    if (argc != 1) {
        fprintf(stderr, "eligo posts: error: unexpected argument \"%s\"\n", argv[1]);
        return EXIT_USAGE;
    }
    elg_reference *ref = cli_reference();
    if (!ref)
        return EXIT_INPUT;
    gchar *dir = g_build_filename(elg_reference_dir(ref), "posts", NULL);
    GPtrArray *posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    elg_diags *d = elg_diags_new();
    unsigned errors = elg_posts_load_dir(dir, ref, posts, d);
    elg_diags_print(d, stderr);
    printf("bundled posts in %s:\n", dir);
    for (guint i = 0; i < posts->len; i++) {
        const elg_post *p = g_ptr_array_index(posts, i);
        printf("  %-8s %s\n", elg_post_id(p), elg_post_title(p));
    }
    elg_diags_free(d);
    g_ptr_array_free(posts, TRUE);
    g_free(dir);
    elg_reference_free(ref);
    return errors || !cli_stdout_flushed() ? EXIT_INPUT : EXIT_OK;
}
