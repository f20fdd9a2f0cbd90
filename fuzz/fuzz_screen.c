/* Fuzz target: candidate rows screened against the five bundled posts, and
 * every report (CSV, JSON, text; by post and by candidate, with kept
 * columns) checked. */
#include "harness.h"

int fz_screen(const uint8_t *data, size_t size)
{
    GError *err = NULL;
    /* every fourth input keeps its notes and e-mail columns in the reports
     * (--keep), fatal when its header has neither */
    static const char *const keep[] = {"notes", "email", NULL};
    elg_load_options opt = {0};
    opt.keep_columns = (size & 6) == 6 ? keep : NULL;
    opt.drop_unknown = (size & 2) != 0;
    elg_profiles *p = elg_profiles_load(fz_scratch(data, size), fz_ref(), &opt, &err);
    if (!p) {
        g_error_free(err);
        return 0;
    }
    GPtrArray *posts = fz_posts();
    elg_screening *s = elg_screen(p, (elg_post *const *)posts->pdata, posts->len, 1);
    fz_check_reports(s, p, posts->len, FZ_BY_CANDIDATE(size));
    elg_screening_free(s);
    elg_profiles_free(p);
    return 0;
}

#ifndef FZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fz_screen(data, size); }
#endif
