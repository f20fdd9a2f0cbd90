/* Fuzz target: candidate rows screened against the five bundled posts, and
 * every report (CSV, JSON, text; by post and by candidate) checked. */
#include "harness.h"

int fz_screen(const uint8_t *data, size_t size)
{
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(fz_scratch(data, size), fz_ref(), NULL, &err);
    if (!p) {
        g_error_free(err);
        return 0;
    }
    GPtrArray *posts = fz_posts();
    elg_screening *s = elg_screen(p, (elg_post *const *)posts->pdata, posts->len, 1);
    fz_check_reports(s, elg_profiles_count(p), posts->len, FZ_BY_CANDIDATE(size));
    elg_screening_free(s);
    elg_profiles_free(p);
    return 0;
}

#ifndef FZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fz_screen(data, size); }
#endif
