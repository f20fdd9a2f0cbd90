/* Helpers shared by the commands. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"
#include "output.h"

gboolean cli_parse(const char *command, const char *params, const char *summary,
                   const char *description, GOptionEntry *entries, int *argc, char ***argv)
{
    gchar *usage = g_strdup_printf("%s - %s", params, summary);
    GOptionContext *ctx = g_option_context_new(usage);
    g_free(usage);
    gchar *prog = g_strdup_printf("eligo %s", command);
    g_set_prgname(prog);
    g_free(prog);
    g_option_context_add_main_entries(ctx, entries, NULL);
    if (description)
        g_option_context_set_description(ctx, description);
    GError *err = NULL;
    gboolean ok = g_option_context_parse(ctx, argc, argv, &err);
    if (!ok) {
        fprintf(stderr, "eligo %s: error: %s\nTry `eligo %s --help`.\n", command, err->message,
                command);
        g_error_free(err);
    }
    g_option_context_free(ctx);
    return ok;
}

elg_reference *cli_reference(void)
{
    GError *err = NULL;
    elg_reference *ref = elg_reference_load(NULL, &err);
    if (!ref) {
        fprintf(stderr, "%s\n", err->message);
        g_error_free(err);
    }
    return ref;
}

gboolean cli_write(const char *path, const char *text, gsize len)
{
    GError *err = NULL;
    gboolean ok = path && strcmp(path, "-") != 0
                      ? elg_write_atomic(path, text, len, &err)
                      : elg_write_stream(stdout, "standard output", text, len, &err);
    if (!ok) {
        fprintf(stderr, "%s\n", err->message);
        g_error_free(err);
    }
    return ok;
}

gboolean cli_candidates_from_stdin(const char *command, const char *path)
{
    if (!path || strcmp(path, "-") != 0)
        return FALSE;
    /* the loader reads the file twice (encoding and delimiter, then rows) */
    fprintf(stderr, "eligo %s: error: \"-\": the candidate file is not read from standard input (it is read "
                    "twice); give its name (./- for a file named -)\n", command);
    return TRUE;
}

gboolean cli_stdout_flushed(void)
{
    int error = fflush(stdout) == 0 ? 0 : errno;
    if (!error && !ferror(stdout))
        return TRUE;
    fprintf(stderr, "standard output: error: cannot write: %s\n", g_strerror(error ? error : EIO));
    return FALSE;
}

gboolean cli_output_is_input(const char *command, const char *output, const char *input, const char *what)
{
    struct stat o, i;
    if (!output || !input || strcmp(output, "-") == 0 || stat(output, &o) != 0 || !S_ISREG(o.st_mode) ||
        stat(input, &i) != 0 || o.st_dev != i.st_dev || o.st_ino != i.st_ino)
        return FALSE;
    fprintf(stderr, "eligo %s: error: --output %s is the %s (%s); writing there would replace it\n", command,
            output, what, input);
    return TRUE;
}

gboolean cli_date_order(const char *command, const char *option, const char *text, elg_date_order *order)
{
    *order = ELG_DATES_STRICT;
    if (!text)
        return TRUE;
    if (strcmp(text, "dmy") == 0)
        *order = ELG_DATES_DMY;
    else if (strcmp(text, "mdy") == 0)
        *order = ELG_DATES_MDY;
    else {
        fprintf(stderr, "eligo %s: error: %s: \"%s\"; expected dmy or mdy\n", command, option, text);
        return FALSE;
    }
    return TRUE;
}

gboolean cli_limits_apply(const char *command, const cli_limits *l, elg_load_options *opt)
{
    const cli_limits unset = CLI_LIMITS_UNSET;
    if ((l->max_field != unset.max_field && l->max_field <= 0) ||
        (l->max_record != unset.max_record && l->max_record <= 0) ||
        (l->max_columns != unset.max_columns && l->max_columns <= 0)) {
        fprintf(stderr, "eligo %s: error: --max-field-size, --max-record-size and --max-columns take "
                        "positive numbers\n", command);
        return FALSE;
    }
    /* 0: the loader's default */
    opt->max_field_bytes = l->max_field == unset.max_field ? 0 : (size_t)l->max_field;
    opt->max_record_bytes = l->max_record == unset.max_record ? 0 : (size_t)l->max_record;
    opt->max_columns = l->max_columns == unset.max_columns ? 0 : (unsigned)l->max_columns;
    return TRUE;
}

elg_report_format cli_format_of_name(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (dot && g_ascii_strcasecmp(dot, ".csv") == 0)
        return ELG_REPORT_CSV;
    if (dot && g_ascii_strcasecmp(dot, ".json") == 0)
        return ELG_REPORT_JSON;
    return ELG_REPORT_TEXT;
}
