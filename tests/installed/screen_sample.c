/* A program that uses the installed library, as README's "Using the
 * library" shows: screen a candidate file against one post (a rule set, or
 * a notice's text), report each status's count on stderr and write the CSV
 * report on stdout.  Built and run by tests/installed_library.sh.
 *
 *   screen_sample CANDIDATES.csv RULES.json|NOTICE.txt */
#include <stdio.h>
#include <string.h>
#include <eligo/eligo.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s CANDIDATES.csv RULES.json|NOTICE.txt\n", argv[0]);
        return 1;
    }
    if (strcmp(elg_version(), ELG_VERSION) != 0) {
        fprintf(stderr, "libeligo %s, headers %s\n", elg_version(), ELG_VERSION);
        return 1;
    }
    GError *err = NULL;
    elg_reference *ref = elg_reference_load(NULL, &err); /* the installed tables */
    if (!ref) {
        fprintf(stderr, "%s\n", err->message);
        g_error_free(err);
        return 2;
    }
    fprintf(stderr, "tables: %s\n", elg_reference_dir(ref));

    int status = 2;
    elg_diags *diags = elg_diags_new();
    elg_post *post = g_str_has_suffix(argv[2], ".json") ? elg_post_compile_file(argv[2], ref, diags)
                                                        : elg_notice_post(argv[2], ref, ELG_DATES_DMY, diags);
    elg_diags_print(diags, stderr);
    elg_load_options options = {0}; /* the defaults, as `eligo screen` */
    elg_profiles *profiles = post ? elg_profiles_load(argv[1], ref, &options, &err) : NULL;
    if (post && !profiles) {
        fprintf(stderr, "%s\n", err->message);
        g_error_free(err);
    }
    if (profiles) {
        elg_screening *s = elg_screen(profiles, &post, 1, 0);
        unsigned counts[3] = {0, 0, 0};
        for (unsigned row = 0; row < elg_profiles_count(profiles); row++)
            counts[elg_screening_status(s, 0, row)]++;
        fprintf(stderr, "%s: %s %u, %s %u, %s %u\n", elg_post_id(post), elg_status_name(ELG_ELIGIBLE),
                counts[ELG_ELIGIBLE], elg_status_name(ELG_REVIEW), counts[ELG_REVIEW],
                elg_status_name(ELG_INELIGIBLE), counts[ELG_INELIGIBLE]);
        elg_report_options report = {.format = ELG_REPORT_CSV, .candidates_file = argv[1]};
        if (elg_report_write(s, &report, stdout, &err)) {
            status = 0;
        } else {
            fprintf(stderr, "%s\n", err->message);
            g_error_free(err);
        }
        elg_screening_free(s);
    }
    elg_profiles_free(profiles);
    elg_post_free(post);
    elg_diags_free(diags);
    elg_reference_free(ref);
    return status;
}
