/* Helpers for the engine tests (test_eval_*.c, test_status.c, test_rank.c):
 * screen a CSV text against rule sets given as JSON text, then read states,
 * statuses and report rows.  Header-only (static) so that each test program
 * stays one file plus testutil. */
#ifndef TEST_EVAL_H
#define TEST_EVAL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include "testutil.h"
#include "post.h"
#include "screening.h"

#define MET ELG_MET
#define NOT ELG_NOT_MET
#define UNK ELG_UNKNOWN

typedef struct {
    char *dir, *csv;
    elg_profiles *profiles;
    GPtrArray *posts;     /* elg_post* */
    elg_screening *s;
} tx;

/* A rule set with DEADLINE (a JSON value: "\"2025-03-19\"" or "null") and
 * the given criteria lists (JSON array bodies, without brackets). */
static inline char *tx_rules(const char *id, const char *deadline, const char *essential,
                             const char *desirable)
{
    return g_strdup_printf("{\"id\": \"%s\", \"title\": \"Test post %s\", \"organisation\": \"NATO\", "
                           "\"deadline\": %s, \"essential\": [%s], \"desirable\": [%s]}",
                           id, id, deadline, essential, desirable ? desirable : "");
}

/* Load CSV (text) and compile every rule set of the NULL-terminated RULES;
 * screen with THREADS threads.  Any rule-set diagnostic fails the test. */
static inline tx *tx_new_threads(const char *csv, const char *const *rules, unsigned threads)
{
    tx *t = g_new0(tx, 1);
    GError *err = NULL;
    t->dir = g_dir_make_tmp("eligo-test-XXXXXX", &err);
    assert_non_null(t->dir);
    t->csv = g_build_filename(t->dir, "candidates.csv", NULL);
    assert_true(g_file_set_contents(t->csv, csv, -1, NULL));
    elg_load_options opt = {0};
    t->profiles = elg_profiles_load(t->csv, t_ref(), &opt, &err);
    if (!t->profiles)
        fail_msg("cannot load the test CSV: %s", err->message);
    t->posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    for (const char *const *r = rules; *r; r++) {
        elg_diags *d = elg_diags_new();
        elg_post *post = elg_post_compile_text(*r, strlen(*r), "test.json", t_ref(), d);
        if (!post || elg_diags_count(d)) {
            elg_diags_print(d, stderr);
            fail_msg("the test rule set does not compile cleanly: %s", *r);
        }
        elg_diags_free(d);
        g_ptr_array_add(t->posts, post);
    }
    t->s = elg_screen(t->profiles, (elg_post *const *)t->posts->pdata, t->posts->len, threads);
    return t;
}

static inline tx *tx_new(const char *csv, const char *const *rules)
{
    return tx_new_threads(csv, rules, 1);
}

/* One rule set. */
static inline tx *tx_new1(const char *csv, const char *rules)
{
    const char *list[] = {rules, NULL};
    return tx_new(csv, list);
}

static inline void tx_free(tx *t)
{
    elg_screening_free(t->s);
    g_ptr_array_free(t->posts, TRUE);
    elg_profiles_free(t->profiles);
    g_unlink(t->csv);
    g_rmdir(t->dir);
    g_free(t->csv);
    g_free(t->dir);
    g_free(t);
}

/* Index of criterion ID in post P. */
static inline unsigned tx_crit(const tx *t, unsigned p, const char *id)
{
    const elg_post *post = g_ptr_array_index(t->posts, p);
    for (unsigned c = 0; c < post->criteria->len; c++)
        if (strcmp(elg_post_criterion(post, c)->id, id) == 0)
            return c;
    fail_msg("no criterion %s in post %u", id, p);
    return 0;
}

static inline elg_state tx_state(const tx *t, unsigned p, const char *id, unsigned row)
{
    return elg_screening_state(t->s, p, tx_crit(t, p, id), row);
}

/* The row of CANDIDATE_ID. */
static inline unsigned tx_row(const tx *t, const char *id)
{
    for (unsigned r = 0; r < elg_profiles_count(t->profiles); r++)
        if (strcmp(elg_profiles_id(t->profiles, r), id) == 0)
            return r;
    fail_msg("no candidate %s", id);
    return 0;
}

/* Number of load diagnostics whose message contains NEEDLE (NULL: all). */
static inline unsigned tx_problems(const tx *t, const char *needle)
{
    const elg_diags *d = elg_profiles_diags(t->profiles);
    unsigned n = 0;
    for (unsigned i = 0; i < elg_diags_count(d); i++)
        if (!needle || strstr(elg_diags_get(d, i)->message, needle))
            n++;
    return n;
}

/* The report of the screening in FORMAT, as text (g_free). */
static inline char *tx_report(const tx *t, elg_report_format format, gboolean by_candidate)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    elg_report_options opt = {.format = format, .by_candidate = by_candidate, .candidates_file = "candidates.csv"};
    GError *err = NULL;
    assert_true(elg_report_write(t->s, &opt, fp, &err));
    fclose(fp);
    return buf;
}

/* The CSV report line of CANDIDATE for post POST_ID, without the columns
 * after `reasons` (name, line, ...): "post,id,status,met,unk,failed,total,score,rank,reasons".
 * Parsed with the report's own quoting rules.  g_free the result. */
static inline char *tx_csv_row(const tx *t, const char *post_id, const char *candidate)
{
    char *report = tx_report(t, ELG_REPORT_CSV, FALSE);
    char *found = NULL;
    gchar **lines = g_strsplit(report, "\n", -1);
    for (gchar **l = lines; *l && !found; l++) {
        /* fields up to and including reasons: 10; reasons may be quoted */
        GString *out = g_string_new(NULL);
        const char *p = *l;
        int field = 0;
        while (field < 10 && *p) {
            GString *cell = g_string_new(NULL);
            if (*p == '"') {
                for (p++; *p; p++) {
                    if (*p == '"' && p[1] == '"')
                        g_string_append_c(cell, *p++);
                    else if (*p == '"') {
                        p++;
                        break;
                    } else
                        g_string_append_c(cell, *p);
                }
            } else {
                while (*p && *p != ',')
                    g_string_append_c(cell, *p++);
            }
            if (*p == ',')
                p++;
            g_string_append_printf(out, "%s%s", field ? "," : "", cell->str);
            g_string_free(cell, TRUE);
            field++;
        }
        char *prefix = g_strdup_printf("%s,%s,", post_id, candidate);
        if (g_str_has_prefix(out->str, prefix))
            found = g_string_free(out, FALSE);
        else
            g_string_free(out, TRUE);
        g_free(prefix);
    }
    g_strfreev(lines);
    free(report);
    if (!found)
        fail_msg("no report row for %s / %s", post_id, candidate);
    return found;
}

static inline const char *tx_state_name(elg_state s)
{
    return s == MET ? "MET" : s == NOT ? "NOT_MET" : "UNKNOWN";
}

/* A truth table: each case is the CSV cells after candidate_id and the
 * expected state of one criterion.  Every mismatch is printed, then the
 * test fails, so one run shows the whole table. */
typedef struct {
    const char *cells;
    elg_state want;
} tx_case;

/* Build "candidate_id,HEADER" and one row per case ("r00,CELLS"). */
static inline char *tx_table_csv(const char *header, const tx_case *cases, size_t n)
{
    GString *csv = g_string_new(NULL);
    g_string_append_printf(csv, "candidate_id,%s\n", header);
    for (size_t i = 0; i < n; i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, cases[i].cells);
    return g_string_free(csv, FALSE);
}

/* Compare criterion CRIT of post P for every case row; returns mismatches. */
static inline unsigned tx_check_table(const tx *t, unsigned p, const char *crit,
                                      const tx_case *cases, size_t n)
{
    unsigned bad = 0;
    assert_int_equal(elg_profiles_count(t->profiles), n);
    for (size_t i = 0; i < n; i++) {
        elg_state got = tx_state(t, p, crit, (unsigned)i);
        if (got != cases[i].want) {
            const elg_post *post = g_ptr_array_index(t->posts, p);
            fprintf(stderr, "post %s, %s, row r%02zu [%s]: got %s, expected %s\n", post->id, crit, i,
                    cases[i].cells, tx_state_name(got), tx_state_name(cases[i].want));
            bad++;
        }
    }
    return bad;
}

/* Status expected from a single deciding essential criterion's state. */
static inline elg_status tx_status_of(elg_state s)
{
    return s == MET ? ELG_ELIGIBLE : s == NOT ? ELG_INELIGIBLE : ELG_REVIEW;
}

#endif
