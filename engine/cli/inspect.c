/* eligo inspect: how a candidate file was read. */
#include <stdio.h>
#include <string.h>
#include "cli.h"

int cli_inspect(int argc, char **argv)
{
    gchar *map = NULL, *date_order = NULL, *format = NULL, *output = NULL, *candidates = NULL;
    cli_limits limits = CLI_LIMITS_UNSET;
    GOptionEntry entries[] = {
        /* as screen takes it, so that one command line serves both */
        {"candidates", 'c', 0, G_OPTION_ARG_FILENAME, &candidates, "The candidate file, as screen takes it (or CANDIDATES.csv)", "FILE"},
        {"map", 0, 0, G_OPTION_ARG_FILENAME, &map, "Map the file's own headers to fields: JSON {\"Their header\": \"field\"}", "FILE"},
        {"date-order", 0, 0, G_OPTION_ARG_STRING, &date_order, "Read slash dates (19/03/2025) as day/month or month/day", "dmy|mdy"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format (default: json when --output ends in .json, else text)", "text|json"},
        CLI_LIMIT_ENTRIES(limits),
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE instead of standard output", "FILE"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    int status = EXIT_USAGE;
    elg_reference *ref = NULL;
    elg_profiles *p = NULL;
    GString *help = g_string_new("Prints the detected encoding and delimiter, how each header was mapped,\n"
                                 "the rows read and every problem as FILE:LINE:COLUMN: warning: MESSAGE.\n"
                                 "With --format json, one object: encoding, delimiter, rows, columns,\n"
                                 "problems and the normalised profiles.\n\n"
                                 "Columns, and the other header names taken for each (compared without\n"
                                 "regard to case, accents, spaces or punctuation; --map names any other):\n");
    elg_columns_help(help);
    g_string_truncate(help, help->len - 1); /* GOption ends the description itself */
    const gboolean parsed = cli_parse("inspect", "CANDIDATES.csv", "show how a candidate file was read",
                                      help->str, entries, &argc, &argv);
    g_string_free(help, TRUE);
    if (!parsed)
        goto out;
    elg_load_options opt = {0};
    gboolean json = FALSE;
    const int given = argc - 1 + (candidates != NULL);
    if (given != 1) {
        fprintf(stderr, "eligo inspect: error: expected one candidate file, got %d\nTry `eligo inspect --help`.\n", given);
        goto out;
    }
    const char *file = candidates ? candidates : argv[1];
    if (cli_candidates_from_stdin("inspect", file))
        goto out;
    if (format && strcmp(format, "json") == 0)
        json = TRUE;
    else if (!format && output)
        json = cli_format_of_name(output) == ELG_REPORT_JSON; /* -o profiles.json */
    else if (format && strcmp(format, "text") != 0) {
        fprintf(stderr, "eligo inspect: error: --format: \"%s\"; expected text or json\n", format);
        goto out;
    }
    if (!cli_date_order("inspect", "--date-order", date_order, &opt.date_order))
        goto out;
    if (!cli_limits_apply("inspect", &limits, &opt))
        goto out;
    opt.map_file = map;
    if (cli_output_is_input("inspect", output, file, "candidate file") ||
        cli_output_is_input("inspect", output, map, "--map file"))
        goto out;
    status = EXIT_INPUT;
    if (!(ref = cli_reference()))
        goto out;
    GError *err = NULL;
    p = elg_profiles_load(file, ref, &opt, &err);
    if (!p) {
        fprintf(stderr, "%s\n", err->message);
        g_error_free(err);
        goto out;
    }
    const gboolean to_file = output && strcmp(output, "-") != 0;
    if (to_file ? elg_profiles_inspect_write_file(p, json, output, &err) : elg_profiles_inspect_write(p, json, stdout, &err))
        status = EXIT_OK;
    else {
        fprintf(stderr, "%s%s\n", to_file ? "" : "standard output: ", err->message);
        g_error_free(err);
    }
out:
    elg_profiles_free(p);
    elg_reference_free(ref);
    g_free(map);
    g_free(date_order);
    g_free(format);
    g_free(output);
    g_free(candidates);
    return status;
}
