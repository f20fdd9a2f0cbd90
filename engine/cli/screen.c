/* eligo screen: candidates against posts, and the report. */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "diags.h" /* elg_quote */
#include "notice_post.h"
#include "post.h"
#include "screening.h"

#define SHOWN_PROBLEMS 20

typedef struct {
    gchar *candidates, **post_paths, **notices, *format, *output, *map, *date_order, **keep;
    /* The notices' own order, not --date-order: that one says how the
     * candidate file was exported (an ATS may write month/day), while NATO
     * notices write day/month; one option for both would misread one. */
    gchar *notice_date_order;
    elg_date_order notice_order;
    gboolean strict, by_candidate, all_problems, excel;
    gint threads;
    cli_limits limits;
} screen_args;

/* Compile every --post (file or directory) and --notice; diagnostics to stderr. */
static gboolean load_posts(const screen_args *a, const elg_reference *ref, GPtrArray *posts)
{
    elg_diags *d = elg_diags_new();
    unsigned errors = 0;
    if (!a->post_paths && !a->notices) {
        gchar *dir = g_build_filename(elg_reference_dir(ref), "posts", NULL);
        errors += elg_posts_load_dir(dir, ref, posts, d);
        g_free(dir);
    }
    for (gchar **p = a->post_paths; p && *p; p++) {
        if (g_file_test(*p, G_FILE_TEST_IS_DIR))
            errors += elg_posts_load_dir(*p, ref, posts, d);
        else {
            elg_post *post = elg_post_compile_file(*p, ref, d);
            if (post)
                g_ptr_array_add(posts, post);
            else
                errors++;
        }
    }
    for (gchar **n = a->notices; n && *n; n++) {
        elg_post *post = elg_notice_post(*n, ref, a->notice_order, d);
        if (post)
            g_ptr_array_add(posts, post);
        else
            errors++;
    }
    errors += elg_posts_check_unique(posts, d);
    elg_diags_print(d, stderr);
    elg_diags_free(d);
    return errors == 0;
}

static void print_problems(const elg_profiles *p, gboolean all)
{
    const elg_diags *d = elg_profiles_diags(p);
    unsigned n = elg_diags_count(d);
    for (unsigned i = 0; i < n && (all || i < SHOWN_PROBLEMS); i++)
        elg_diag_print(elg_diags_get(d, i), stderr);
    if (!all && n > SHOWN_PROBLEMS)
        fprintf(stderr, "eligo: %u more problems in the candidate file; see them all with --all-problems or `eligo inspect`\n",
                n - SHOWN_PROBLEMS);
}

/* Where --candidates goes: the option parser would keep the last of two
 * silently, and `-c jan.csv -c feb.csv` would screen February alone. */
static gchar **candidates_slot;

static gboolean take_candidates(const gchar *option, const gchar *value, gpointer data, GError **error)
{
    (void)data;
    if (*candidates_slot) {
        g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                    "%s given twice (%s, %s); screen reads one candidate file per run", option, *candidates_slot,
                    value);
        return FALSE;
    }
    *candidates_slot = g_strdup(value);
    return TRUE;
}

int cli_screen(int argc, char **argv)
{
    screen_args a = {0};
    a.limits = (cli_limits)CLI_LIMITS_UNSET;
    candidates_slot = &a.candidates;
    GOptionEntry entries[] = {
        {"candidates", 'c', G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK, (gpointer)take_candidates, "The candidate file (CSV; any delimiter and encoding)", "FILE"},
        {"post", 'p', 0, G_OPTION_ARG_FILENAME_ARRAY, &a.post_paths, "A rule set, or a directory of them; repeatable (default: the bundled posts)", "FILE|DIR"},
        {"notice", 'n', 0, G_OPTION_ARG_FILENAME_ARRAY, &a.notices, "A vacancy notice (text), compiled on the fly; repeatable", "FILE"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &a.format, "Report format (default: csv or json when --output ends in .csv or .json, else text)", "text|csv|json"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &a.output, "Write the report to FILE (atomically) instead of standard output", "FILE"},
        {"excel", 0, 0, G_OPTION_ARG_NONE, &a.excel, "A CSV report for a spreadsheet to open: a UTF-8 byte order mark, and `;` and decimal commas when the candidate file is separated by `;` (implies --format csv)", NULL},
        {"by-candidate", 0, 0, G_OPTION_ARG_NONE, &a.by_candidate, "Report per candidate: each post's status; in text, what to check for a review and why not where ineligible", NULL},
        {"keep", 'k', 0, G_OPTION_ARG_STRING_ARRAY, &a.keep, "Copy the file's column COLUMN (e-mail, phone...) into the report after eligo's own columns; repeatable", "COLUMN"},
        {"map", 0, 0, G_OPTION_ARG_FILENAME, &a.map, "Map the file's own headers to fields: JSON {\"Their header\": \"field\"}", "FILE"},
        {"date-order", 0, 0, G_OPTION_ARG_STRING, &a.date_order, "Read slash dates (19/03/2025) as day/month or month/day", "dmy|mdy"},
        {"notice-date-order", 0, 0, G_OPTION_ARG_STRING, &a.notice_date_order, "Read a slash deadline of a --notice (13/01/2026) as day/month or month/day", "dmy|mdy"},
        {"strict", 0, 0, G_OPTION_ARG_NONE, &a.strict, "Exit with status 3 when any row has a problem", NULL},
        {"all-problems", 0, 0, G_OPTION_ARG_NONE, &a.all_problems, "Print every problem of the candidate file, not only the first 20", NULL},
        CLI_LIMIT_ENTRIES(a.limits),
        {"threads", 'j', 0, G_OPTION_ARG_INT, &a.threads, "Threads for loading, matching and formatting the report (default: one per core)", "N"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    int status = EXIT_USAGE;
    elg_reference *ref = NULL;
    elg_profiles *profiles = NULL;
    elg_screening *s = NULL;
    GPtrArray *posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    if (!cli_parse("screen", "--candidates FILE [--post FILE|DIR]...",
                   "screen candidates against posts",
                   "Every candidate is screened against every post: eligible, review (an\n"
                   "essential criterion is unknown) or ineligible (one is not met), with the\n"
                   "reasons, the desirable score and the rank (DESIGN.md s.3 and s.4).\n"
                   "Problems in the candidate file go to standard error as FILE:LINE:COLUMN;\n"
                   "the rows are still screened.\n\n"
                   "Exit status: 0 success, 1 wrong usage, 2 unreadable input, invalid rule set or\n"
                   "report that cannot be written, 3 rows with problems under --strict.",
                   entries, &argc, &argv))
        goto out;
    elg_report_options ropt = {0};
    elg_load_options lopt = {0};
    /* `inspect FILE` takes the file bare, `screen` does not: say how */
    if (argc > 1 && !a.candidates) {
        fprintf(stderr,
                "eligo screen: error: unexpected argument \"%s\"; give the candidate file with --candidates (-c): "
                "eligo screen -c %s\nTry `eligo screen --help`.\n",
                argv[1], argv[1]);
        goto out;
    }
    if (argc > 1) {
        fprintf(stderr, "eligo screen: error: unexpected argument \"%s\"\nTry `eligo screen --help`.\n", argv[1]);
        goto out;
    }
    if (!a.candidates) {
        fprintf(stderr, "eligo screen: error: --candidates FILE is required\nTry `eligo screen --help`.\n");
        goto out;
    }
    if (cli_candidates_from_stdin("screen", a.candidates))
        goto out;
    if (a.format && !elg_report_format_parse(a.format, &ropt.format)) {
        fprintf(stderr, "eligo screen: error: --format: \"%s\"; expected text, csv or json\n", a.format);
        goto out;
    }
    if (a.excel && a.format && ropt.format != ELG_REPORT_CSV) {
        fprintf(stderr, "eligo screen: error: --excel writes a CSV report; it cannot go with --format %s\n", a.format);
        goto out;
    }
    if (a.excel) {
        ropt.format = ELG_REPORT_CSV;
        ropt.excel = TRUE;
    } else if (!a.format && a.output) {
        ropt.format = cli_format_of_name(a.output); /* -o report.csv: a text report in it would surprise */
    }
    if (a.threads < 0 || a.threads > 256) {
        fprintf(stderr, "eligo screen: error: --threads: %d; expected 1 to 256 (0: one per core)\n", a.threads);
        goto out;
    }
    if (!cli_date_order("screen", "--date-order", a.date_order, &lopt.date_order) ||
        !cli_date_order("screen", "--notice-date-order", a.notice_date_order, &a.notice_order))
        goto out;
    if (a.notice_date_order && !a.notices) {
        /* it would change nothing: the rule sets' deadlines are ISO dates */
        fprintf(stderr, "eligo screen: error: --notice-date-order reads the deadline of a --notice; no --notice "
                        "is given\n");
        goto out;
    }
    if (!cli_limits_apply("screen", &a.limits, &lopt))
        goto out;
    for (gchar **k = a.keep; k && *k; k++) {
        /* it would keep an empty header's column, or say none is blank */
        if (strspn(*k, " \t\r\n\v\f") == strlen(*k)) {
            GString *q = g_string_new(NULL);
            elg_quote(q, *k, strlen(*k), 20);
            fprintf(stderr, "eligo screen: error: --keep %s: a blank column name; expected a header of the "
                            "candidate file\n", q->str);
            g_string_free(q, TRUE);
            goto out;
        }
    }
    lopt.map_file = a.map;
    lopt.keep_columns = (const char *const *)a.keep;
    lopt.drop_unknown = TRUE; /* the report shows only the columns kept */
    lopt.threads = (unsigned)a.threads; /* -j bounds every phase, the load too */
    ropt.by_candidate = a.by_candidate;
    ropt.candidates_file = a.candidates;

    if (cli_output_is_input("screen", a.output, a.candidates, "candidate file") ||
        cli_output_is_input("screen", a.output, a.map, "--map file"))
        goto out;
    status = EXIT_INPUT;
    if (!(ref = cli_reference()) || !load_posts(&a, ref, posts))
        goto out;
    for (guint i = 0; i < posts->len; i++) {
        const elg_post *post = g_ptr_array_index(posts, i);
        gchar *what = g_strdup_printf("%s of post %s", post->from_notice ? "notice" : "file", post->id);
        const gboolean clash = cli_output_is_input("screen", a.output, post->file, what);
        g_free(what);
        if (clash) {
            status = EXIT_USAGE;
            goto out;
        }
    }
    GError *err = NULL;
    profiles = elg_profiles_load(a.candidates, ref, &lopt, &err);
    if (!profiles) {
        fprintf(stderr, "%s\n", err->message);
        g_error_free(err);
        goto out;
    }
    print_problems(profiles, a.all_problems);
    elg_diags *unused = elg_diags_new();
    elg_screen_warnings(profiles, (elg_post *const *)posts->pdata, posts->len, unused);
    elg_diags_print(unused, stderr);
    elg_diags_free(unused);
    s = elg_screen(profiles, (elg_post *const *)posts->pdata, posts->len, (unsigned)a.threads);
    const gboolean to_file = a.output && strcmp(a.output, "-") != 0;
    gboolean written = to_file ? elg_report_write_file(s, &ropt, a.output, &err)
                               : elg_report_write(s, &ropt, stdout, &err);
    if (!written) {
        /* the file named, as the other commands name it */
        fprintf(stderr, "%s%s\n", to_file ? "" : "standard output: ", err->message);
        g_error_free(err);
        goto out;
    }
    status = a.strict && elg_profiles_rows_with_problems(profiles) ? EXIT_STRICT : EXIT_OK;
out:
    elg_screening_free(s);
    elg_profiles_free(profiles);
    g_ptr_array_free(posts, TRUE);
    elg_reference_free(ref);
    g_free(a.candidates);
    g_strfreev(a.post_paths);
    g_strfreev(a.notices);
    g_free(a.format);
    g_free(a.output);
    g_free(a.map);
    g_free(a.date_order);
    g_free(a.notice_date_order);
    g_strfreev(a.keep);
    return status;
}
