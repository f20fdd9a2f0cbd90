/* eligo: screen candidate spreadsheets against vacancy notices. */
#include <stdio.h>
#include <string.h>
#include <locale.h>
#include "cli.h"

static const struct {
    const char *name;
    int (*run)(int, char **);
    const char *summary;
} commands[] = {
    {"screen", cli_screen, "screen candidates against posts and report who is eligible, who needs review, and why"},
    {"inspect", cli_inspect, "show how a candidate file was read: encoding, delimiter, columns, problems"},
    {"check", cli_check, "validate rule sets and summarise each post"},
    {"posts", cli_posts, "list the bundled posts"},
    {"compile", cli_compile, "compile a vacancy notice (English/French text) into a rule set"},
};

static void usage(FILE *out)
{
    fprintf(out, "Usage: eligo COMMAND [OPTION...]\n\n"
                 "Screen candidate spreadsheets against vacancy notices.\n\nCommands:\n");
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n`eligo COMMAND --help` describes each command.\n"
                 "Exit status: 0 success, 1 wrong usage, 2 unreadable input, invalid rule set or\n"
                 "report that cannot be written, 3 invalid candidate rows with --strict.\n");
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    elg_set_progress(TRUE); /* issue 5: long runs show progress on a terminal */
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("eligo %s\n", ELG_VERSION);
        return EXIT_OK;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "eligo: error: unknown command \"%s\"; expected one of screen, inspect, check, posts, compile\n"
                    "Try `eligo --help`.\n", argv[1]);
    return EXIT_USAGE;
}
