/* eligo compile: a vacancy notice (English and French text) to a rule set. */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "notice_post.h"

int cli_compile(int argc, char **argv)
{
    gchar *output = NULL, *date_order = NULL;
    gboolean no_check = FALSE;
    elg_date_order order;
    GOptionEntry entries[] = {
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the rule set to FILE (atomically) instead of standard output", "FILE"},
        {"no-check", 0, 0, G_OPTION_ARG_NONE, &no_check, "Do not validate the result with the rule compiler", NULL},
        {"date-order", 0, 0, G_OPTION_ARG_STRING, &date_order, "Read a slash deadline (13/01/2026) as day/month (NATO notices) or month/day; without it, none is read", "dmy|mdy"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    if (!cli_parse("compile", "NOTICE.txt", "compile a vacancy notice into a rule set",
                   "Reads a vacancy notice as published (plain text, Markdown or HTML debris,\n"
                   "English then French) and writes a rule set in the format of rules/README.md.\n"
                   "Warnings, as FILE:LINE:COLUMN: warning: ..., say what could not be read and\n"
                   "every decision taken (such as a level the English and French texts disagree on).",
                   entries, &argc, &argv) ||
        !cli_date_order("compile", "--date-order", date_order, &order)) {
        g_free(output);
        g_free(date_order);
        return EXIT_USAGE;
    }
    g_free(date_order);
    if (argc != 2) {
        fprintf(stderr, "eligo compile: error: expected one notice file, got %d\nTry `eligo compile --help`.\n", argc - 1);
        g_free(output);
        return EXIT_USAGE;
    }
    if (cli_output_is_input("compile", output, argv[1], "notice")) {
        g_free(output);
        return EXIT_USAGE;
    }
    elg_reference *ref = cli_reference();
    if (!ref) {
        g_free(output);
        return EXIT_INPUT;
    }
    int status = EXIT_INPUT;
    elg_diags *d = elg_diags_new();
    char *rules = elg_notice_rules_checked(argv[1], ref, order, !no_check, d);
    elg_diags_print(d, stderr);
    if (rules)
        status = cli_write(output, rules, strlen(rules)) ? EXIT_OK : EXIT_INPUT;
    g_free(rules);
    elg_diags_free(d);
    g_free(output);
    elg_reference_free(ref);
    return status;
}
