/* Fuzz target: the rule-set compiler (elg_post_compile_text).  A rule set
 * that compiles is described (`eligo check`) and screens the sample
 * candidates, and its reports are checked. */
#include "harness.h"

int fz_rules(const uint8_t *data, size_t size)
{
    elg_diags *d = elg_diags_new();
    elg_post *post = elg_post_compile_text((const char *)data, size, "fuzz.json", fz_ref(), d);
    fz_check_diags(d);
    fz_assert(post || elg_diags_errors(d) > 0, "a refused rule set gives no error", NULL, 0);
    if (post) {
        GString *out = g_string_new(NULL);
        elg_post_describe(post, out);
        fz_check_text(out->str, out->len, "the post summary holds a control character");
        g_string_free(out, TRUE);
        const elg_profiles *sample = fz_sample();
        elg_screening *s = elg_screen(sample, &post, 1, 1);
        fz_check_reports(s, sample, 1, FZ_BY_CANDIDATE(size));
        elg_screening_free(s);
    }
    elg_post_free(post);
    elg_diags_free(d);
    return 0;
}

#ifndef FZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fz_rules(data, size); }
#endif
