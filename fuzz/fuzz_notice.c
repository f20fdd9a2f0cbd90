/* Fuzz target: the notice compiler (elg_notice_compile).  The rule set it
 * writes goes through the rule compiler like a hand-written one, and a post
 * that compiles screens the sample candidates with every report checked. */
#include <cjson/cJSON.h>
#include "compile.h"
#include "harness.h"
#include "notice.h"

int fz_notice(const uint8_t *data, size_t size)
{
    elg_diags *d = elg_diags_new();
    cJSON *rules = elg_notice_compile((const char *)data, size, "fuzz.txt", fz_ref(), ELG_DATES_STRICT, d);
    fz_check_diags(d);
    if (rules) {
        elg_diags *cd = elg_diags_new();
        elg_post *post = elg_post_compile_json(rules, "fuzz.json", fz_ref(), cd);
        fz_check_diags(cd);
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
        elg_diags_free(cd);
        cJSON_Delete(rules);
    }
    elg_diags_free(d);
    return 0;
}

#ifndef FZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fz_notice(data, size); }
#endif
