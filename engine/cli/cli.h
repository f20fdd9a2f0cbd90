/* Private: the eligo command-line tool, one file per command. */
#ifndef ELG_CLI_H
#define ELG_CLI_H

#include <glib.h>
#include "eligo/eligo.h"

/* Exit statuses (DESIGN.md s.5). */
enum { EXIT_OK = 0, EXIT_USAGE = 1, EXIT_INPUT = 2, EXIT_STRICT = 3 };

int cli_inspect(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_screen(int argc, char **argv);
int cli_posts(int argc, char **argv);
int cli_compile(int argc, char **argv);

/* Parse ARGV with ENTRIES; on error print it with the usage hint and return FALSE. */
gboolean cli_parse(const char *command, const char *params, const char *summary,
                   const char *description, GOptionEntry *entries, int *argc, char ***argv);
/* Load the reference tables, or print why not and return NULL. */
elg_reference *cli_reference(void);
/* Write TEXT to PATH atomically, or to stdout when PATH is NULL or "-". */
gboolean cli_write(const char *path, const char *text, gsize len);
/* The format a file NAME asks for, when --format is not given: .csv or
 * .json (in any case), else text. */
elg_report_format cli_format_of_name(const char *name);
/* Is OUTPUT (--output; NULL or "-": standard output) the file INPUT, the
 * command's WHAT ("candidate file")?  Then say so and return TRUE: the atomic rename would put
 * the output in place of the input, and the input would be lost. */
gboolean cli_output_is_input(const char *command, const char *output, const char *input, const char *what);
/* Is PATH "-", which names standard output for --output?  Then say that a
 * candidate file is not read from standard input and return TRUE. */
gboolean cli_candidates_from_stdin(const char *command, const char *path);
/* Flush standard output; FALSE, with a message, when what was printed
 * could not be written (a full disk, a closed pipe). */
gboolean cli_stdout_flushed(void);
/* Parse the value TEXT of OPTION (--date-order, --notice-date-order) of
 * COMMAND; FALSE (with a message naming both) on a bad value. */
gboolean cli_date_order(const char *command, const char *option, const char *text, elg_date_order *order);

/* The loader's limits, the same options in every command that loads candidates. */
typedef struct {
    gint64 max_field, max_record;
    gint max_columns;
} cli_limits;
/* The limits before the options are parsed: none given (0 is given, and
 * refused: it would have meant the default without a word). */
#define CLI_LIMITS_UNSET {G_MININT64, G_MININT64, G_MININT}
#define CLI_LIMIT_ENTRIES(l)                                                                            \
    {"max-field-size", 0, 0, G_OPTION_ARG_INT64, &(l).max_field,                                        \
     "Longest cell read, in bytes (default 1048576); longer cells are reported and read as empty",      \
     "BYTES"},                                                                                          \
    {"max-record-size", 0, 0, G_OPTION_ARG_INT64, &(l).max_record,                                      \
     "Most bytes in one record's cells (default 16777216, at least --max-field-size); the fields past " \
     "it are reported and read as empty",                                                               \
     "BYTES"},                                                                                          \
    {"max-columns", 0, 0, G_OPTION_ARG_INT, &(l).max_columns, "Most columns read (default 4096)", "N"}
/* Check L and set the limits of OPT; FALSE (with a message) when one given is not positive. */
gboolean cli_limits_apply(const char *command, const cli_limits *l, elg_load_options *opt);

#endif
