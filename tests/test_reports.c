/* Golden reports of fixtures/candidates/sample.csv against the five bundled
 * posts (DESIGN.md s.4), made by `eligo screen`, in every format and by
 * candidate; and checks that tie the goldens to the hand-worked verdicts of
 * fixtures/candidates/sample.expect.md, so that updating a golden cannot
 * silently change a verdict. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "testutil.h"
#include "t_csv.h"
#include "report.h"
#include "generate.h"

#define SAMPLE "fixtures/candidates/sample.csv"
#define GOLDEN "fixtures/expected/reports/"

static const char *const post_ids[] = {"241490", "250303", "250717", "251816", "260036"};

/* --- small RFC 4180 reader for the CSV reports ----------------------------- */

/* Parse TEXT into rows of cells (GPtrArray of GPtrArray of char*). */
static GPtrArray *csv_parse(const char *text)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    GPtrArray *row = NULL;
    const char *p = text;
    while (*p) {
        if (!row)
            row = g_ptr_array_new_with_free_func(g_free);
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
            while (*p && *p != ',' && *p != '\n')
                g_string_append_c(cell, *p++);
        }
        g_ptr_array_add(row, g_string_free(cell, FALSE));
        if (*p == ',') {
            p++;
        } else {
            if (*p == '\n')
                p++;
            g_ptr_array_add(rows, row);
            row = NULL;
        }
    }
    if (row)
        g_ptr_array_add(rows, row);
    return rows;
}

#define CELL(row, i) ((const char *)g_ptr_array_index((GPtrArray *)(row), (i)))

/* --- sample.expect.md ---------------------------------------------------- */

/* "POST/CANDIDATE" -> expected status, from the main table (C001..C040). */
static GHashTable *expected_statuses(void)
{
    char *md = t_read("fixtures/candidates/sample.expect.md");
    assert_non_null(md);
    GHashTable *want = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    gchar **lines = t_lines(md), **posts = NULL;
    for (gchar **l = lines; *l; l++) {
        if (g_str_has_prefix(*l, "## Extra row"))
            break; /* C041 belongs to the latin variants only */
        if (g_str_has_prefix(*l, "| id | ")) {
            g_strfreev(posts);
            posts = g_strsplit(*l, "|", -1);
            continue;
        }
        if (!posts || !g_str_has_prefix(*l, "| C0"))
            continue;
        gchar **cells = g_strsplit(*l, "|", -1);
        char *id = g_strstrip(g_strdup(cells[1]));
        for (int c = 2; cells[c] && posts[c]; c++) {
            char *post = g_strstrip(g_strdup(posts[c]));
            char *text = g_strstrip(g_strdup(cells[c]));
            size_t n = strcspn(text, " :");
            if (*post && n)
                g_hash_table_insert(want, g_strdup_printf("%s/%s", post, id), g_strndup(text, n));
            g_free(post);
            g_free(text);
        }
        g_free(id);
        g_strfreev(cells);
    }
    g_strfreev(posts);
    g_strfreev(lines);
    g_free(md);
    return want;
}

/* --- the goldens ---------------------------------------------------------- */

static char *screen(const char *format, gboolean by_candidate)
{
    const char *argv[] = {"screen", "--candidates", SAMPLE, "--format", format, by_candidate ? "--by-candidate" : NULL,
                          NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 0);
    g_free(err);
    return out;
}

static void golden(const char *format, gboolean by_candidate, const char *file)
{
    char *out = screen(format, by_candidate), *rel = g_strconcat(GOLDEN, file, NULL);
    t_golden(out, rel);
    g_free(rel);
    g_free(out);
}

static void test_golden_text(void **state) { (void)state; golden("text", FALSE, "sample.txt"); }
static void test_golden_csv(void **state) { (void)state; golden("csv", FALSE, "sample.csv"); }
static void test_golden_json(void **state) { (void)state; golden("json", FALSE, "sample.json"); }
static void test_golden_text_by_candidate(void **state) { (void)state; golden("text", TRUE, "sample.by-candidate.txt"); }
static void test_golden_csv_by_candidate(void **state) { (void)state; golden("csv", TRUE, "sample.by-candidate.csv"); }
static void test_golden_json_by_candidate(void **state) { (void)state; golden("json", TRUE, "sample.by-candidate.json"); }

/* Every verdict of the golden CSV is the hand-worked one, and every
 * (post, candidate) pair is there once. */
static void test_golden_csv_agrees_with_hand_verdicts(void **state)
{
    (void)state;
    GHashTable *want = expected_statuses();
    assert_int_equal(g_hash_table_size(want), 200);
    char *text = t_read(GOLDEN "sample.csv");
    assert_non_null(text);
    GPtrArray *rows = csv_parse(text);
    assert_int_equal(rows->len, 201);
    GPtrArray *header = g_ptr_array_index(rows, 0);
    static const char *const columns[] = {"post_id", "candidate_id", "status", "essential_met", "essential_unknown",
                                          "essential_failed", "essential_total", "desirable_score", "rank", "reasons"};
    for (size_t i = 0; i < G_N_ELEMENTS(columns); i++)
        assert_string_equal(CELL(header, i), columns[i]);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    unsigned disagree = 0;
    for (guint r = 1; r < rows->len; r++) {
        GPtrArray *row = g_ptr_array_index(rows, r);
        char *key = g_strdup_printf("%s/%s", CELL(row, 0), CELL(row, 1));
        const char *expected = g_hash_table_lookup(want, key);
        if (!expected || strcmp(expected, CELL(row, 2)) != 0) {
            fprintf(stderr, "%s: golden says %s, sample.expect.md says %s\n", key, CELL(row, 2),
                    expected ? expected : "(nothing)");
            disagree++;
        }
        /* the counts add up and agree with the status */
        int met = atoi(CELL(row, 3)), unk = atoi(CELL(row, 4)), failed = atoi(CELL(row, 5)), total = atoi(CELL(row, 6));
        assert_int_equal(met + unk + failed, total);
        assert_string_equal(CELL(row, 2), failed ? "ineligible" : unk ? "review" : "eligible");
        /* reasons exactly when something failed or is unknown */
        assert_int_equal(*CELL(row, 9) != '\0', failed + unk > 0);
        assert_false(g_hash_table_contains(seen, key));
        g_hash_table_add(seen, key);
        /* rows come by post, then rank 1..40, in the order of DESIGN s.3 */
        assert_int_equal(atoi(CELL(row, 8)), (int)((r - 1) % 40) + 1);
        if ((r - 1) % 40) {
            GPtrArray *prev = g_ptr_array_index(rows, r - 1);
            static const char *const order[] = {"eligible", "review", "ineligible"};
            int sp = 0, sr = 0;
            for (int k = 0; k < 3; k++) {
                sp = strcmp(CELL(prev, 2), order[k]) == 0 ? k : sp;
                sr = strcmp(CELL(row, 2), order[k]) == 0 ? k : sr;
            }
            double dp = atof(CELL(prev, 7)), dr = atof(CELL(row, 7));
            int cmp = sp != sr ? sp - sr : dp != dr ? (dp > dr ? -1 : 1)
                    : atoi(CELL(prev, 4)) != unk ? atoi(CELL(prev, 4)) - unk : strcmp(CELL(prev, 1), CELL(row, 1));
            assert_true(cmp < 0);
        }
    }
    assert_int_equal(g_hash_table_size(seen), 200);
    g_hash_table_destroy(seen);
    g_ptr_array_free(rows, TRUE);
    g_free(text);
    g_hash_table_destroy(want);
    assert_int_equal(disagree, 0);
}

/* The by-candidate CSV says the same: each post in exactly one list. */
static void test_golden_by_candidate_agrees(void **state)
{
    (void)state;
    GHashTable *want = expected_statuses();
    char *text = t_read(GOLDEN "sample.by-candidate.csv");
    assert_non_null(text);
    GPtrArray *rows = csv_parse(text);
    assert_int_equal(rows->len, 41);
    static const char *const status[] = {"eligible", "review", "ineligible"};
    unsigned disagree = 0;
    for (guint r = 1; r < rows->len; r++) {
        GPtrArray *row = g_ptr_array_index(rows, r);
        unsigned listed = 0;
        for (int s = 0; s < 3; s++) {
            gchar **posts = g_strsplit(CELL(row, 3 + s), "; ", -1);
            for (gchar **p = posts; *p && **p; p++, listed++) {
                char *key = g_strdup_printf("%s/%s", *p, CELL(row, 0));
                const char *expected = g_hash_table_lookup(want, key);
                if (!expected || strcmp(expected, status[s]) != 0) {
                    fprintf(stderr, "%s: by-candidate golden says %s, sample.expect.md says %s\n", key, status[s],
                            expected ? expected : "(nothing)");
                    disagree++;
                }
                g_free(key);
            }
            g_strfreev(posts);
        }
        assert_int_equal(listed, 5);
    }
    g_ptr_array_free(rows, TRUE);
    g_free(text);
    g_hash_table_destroy(want);
    assert_int_equal(disagree, 0);
}

/* The JSON golden is valid JSON and agrees with the CSV golden row by row;
 * its summaries add up. */
static void test_golden_json_agrees(void **state)
{
    (void)state;
    GHashTable *want = expected_statuses();
    char *text = t_read(GOLDEN "sample.json");
    assert_non_null(text);
    cJSON *root = cJSON_Parse(text);
    assert_non_null(root);
    assert_int_equal(cJSON_GetObjectItem(root, "rows")->valueint, 40);
    const cJSON *posts = cJSON_GetObjectItem(root, "posts"), *post;
    assert_int_equal(cJSON_GetArraySize(posts), 5);
    int p = 0;
    cJSON_ArrayForEach(post, posts) {
        const char *id = cJSON_GetObjectItem(post, "post_id")->valuestring;
        assert_string_equal(id, post_ids[p++]);
        const cJSON *counts = cJSON_GetObjectItem(post, "counts"), *cand, *crit;
        int tally[3] = {0}, rank = 0;
        cJSON_ArrayForEach(cand, cJSON_GetObjectItem(post, "candidates")) {
            assert_int_equal(cJSON_GetObjectItem(cand, "rank")->valueint, ++rank);
            const char *st = cJSON_GetObjectItem(cand, "status")->valuestring;
            char *key = g_strdup_printf("%s/%s", id, cJSON_GetObjectItem(cand, "candidate_id")->valuestring);
            assert_string_equal(st, g_hash_table_lookup(want, key));
            g_free(key);
            tally[strcmp(st, "eligible") == 0 ? 0 : strcmp(st, "review") == 0 ? 1 : 2]++;
            /* one reason per failed or unknown essential */
            int n_reasons = cJSON_GetArraySize(cJSON_GetObjectItem(cand, "reasons"));
            assert_int_equal(n_reasons, cJSON_GetObjectItem(cand, "essential_unknown")->valueint +
                                            cJSON_GetObjectItem(cand, "essential_failed")->valueint);
        }
        assert_int_equal(rank, 40);
        assert_int_equal(cJSON_GetObjectItem(counts, "eligible")->valueint, tally[0]);
        assert_int_equal(cJSON_GetObjectItem(counts, "review")->valueint, tally[1]);
        assert_int_equal(cJSON_GetObjectItem(counts, "ineligible")->valueint, tally[2]);
        cJSON_ArrayForEach(crit, cJSON_GetObjectItem(post, "criteria")) {
            int sum = cJSON_GetObjectItem(crit, "met")->valueint + cJSON_GetObjectItem(crit, "failed")->valueint +
                      cJSON_GetObjectItem(crit, "unknown")->valueint;
            assert_int_equal(sum, 40);
        }
    }
    cJSON_Delete(root);
    g_free(text);
    /* the by-candidate JSON parses too */
    text = t_read(GOLDEN "sample.by-candidate.json");
    root = cJSON_Parse(text);
    assert_non_null(root);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "candidates")), 40);
    cJSON_Delete(root);
    g_free(text);
    g_hash_table_destroy(want);
}

/* The by-candidate text says, for each post a candidate is ineligible
 * for, the first failed essential (not an unknown one before it) in the
 * words of the reports, and how many more failed: "failed for P: R (and N
 * more failed)".  Checked against the JSON golden's reasons and counts. */
static void test_by_candidate_text_says_why(void **state)
{
    (void)state;
    char *text = screen("text", TRUE), *json = t_read(GOLDEN "sample.json");
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    GHashTable *said = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free); /* "P/C" -> line */
    gchar **lines = t_lines(text);
    char *id = NULL;
    for (gchar **l = lines; *l; l++) {
        if (**l && **l != ' ') {
            g_free(id);
            id = g_strndup(*l, strcspn(*l, " "));
        } else if (g_str_has_prefix(*l, "   failed for ")) {
            const char *post = *l + strlen("   failed for "), *colon = strstr(post, ": ");
            assert_non_null(colon);
            char *key = g_strdup_printf("%.*s/%s", (int)(colon - post), post, id);
            assert_false(g_hash_table_contains(said, key));
            g_hash_table_insert(said, key, g_strdup(colon + 2));
        }
    }
    g_free(id);
    g_strfreev(lines);
    guint ineligible = 0;
    const cJSON *post, *cand;
    cJSON_ArrayForEach(post, cJSON_GetObjectItem(root, "posts")) {
        const char *pid = cJSON_GetObjectItem(post, "post_id")->valuestring;
        cJSON_ArrayForEach(cand, cJSON_GetObjectItem(post, "candidates")) {
            char *key = g_strdup_printf("%s/%s", pid, cJSON_GetObjectItem(cand, "candidate_id")->valuestring);
            const char *line = g_hash_table_lookup(said, key);
            if (strcmp(cJSON_GetObjectItem(cand, "status")->valuestring, "ineligible") != 0) {
                assert_null(line);
                g_free(key);
                continue;
            }
            ineligible++;
            if (!line)
                fail_msg("%s: ineligible, and no reason in the by-candidate text", key);
            const int failed = cJSON_GetObjectItem(cand, "essential_failed")->valueint;
            char *more = failed > 1 ? g_strdup_printf(" (and %d more failed)", failed - 1) : g_strdup("");
            /* one of the row's reasons, with the count of the others failed */
            gboolean found = FALSE;
            const cJSON *r;
            cJSON_ArrayForEach(r, cJSON_GetObjectItem(cand, "reasons")) {
                char *want = g_strconcat(r->valuestring, more, NULL);
                found |= strcmp(line, want) == 0;
                g_free(want);
            }
            if (!found)
                fail_msg("%s: \"%s\" is not one of the reasons of the JSON report", key, line);
            g_free(more);
            g_free(key);
        }
    }
    assert_int_equal(ineligible, 30 + 26 + 27 + 20 + 27);
    assert_int_equal(g_hash_table_size(said), ineligible);
    /* C004 is unknown on two experience criteria before it fails the deadline */
    assert_string_equal(g_hash_table_lookup(said, "241490/C004"), "applied on 2026-02-23, after the deadline 2024-11-10");
    g_hash_table_destroy(said);
    cJSON_Delete(root);
    g_free(json);
    g_free(text);
}

/* The totals of sample.expect.md, in the text report's summary lines. */
static void test_golden_text_totals(void **state)
{
    (void)state;
    char *text = t_read(GOLDEN "sample.txt");
    assert_non_null(text);
    static const char *const totals[] = {
        ("== 241490  Defence Capacity Building (DCB), Programme Officer\n   NATO, G17, deadline 2024-11-10\n"
         "   eligible 4, review 6, ineligible 30\n"),
        "   eligible 5, review 9, ineligible 26\n",
        "   eligible 4, review 9, ineligible 27\n",
        "   eligible 4, review 16, ineligible 20\n",
        "   eligible 3, review 10, ineligible 27\n",
    };
    const char *at = text;
    for (size_t i = 0; i < G_N_ELEMENTS(totals); i++) {
        const char *hit = strstr(at, totals[i]);
        if (!hit)
            fprintf(stderr, "not found after offset %td: %s", at - text, totals[i]);
        assert_non_null(hit);
        at = hit + 1;
    }
    g_free(text);
}

/* The variants of sample.csv (delimiter, BOM, CRLF, header aliases) give
 * the very same CSV report. */
static void test_variants_same_report(void **state)
{
    (void)state;
    char *base = t_read(GOLDEN "sample.csv");
    static const char *const variants[] = {"sample.semicolon.csv", "sample.tab.tsv", "sample.bom.csv",
                                           "sample.crlf.csv", "sample.aliases.csv"};
    for (size_t i = 0; i < G_N_ELEMENTS(variants); i++) {
        char *path = g_strconcat("fixtures/candidates/variants/", variants[i], NULL), *out = NULL, *err = NULL;
        const char *argv[] = {"screen", "--candidates", path, "--format", "csv", NULL};
        assert_int_equal(t_run(&out, &err, argv), 0);
        if (strcmp(out, base) != 0)
            fprintf(stderr, "%s gives another report\n", variants[i]);
        assert_string_equal(out, base);
        g_free(out);
        g_free(err);
        g_free(path);
    }
    g_free(base);
}

/* --excel: a spreadsheet opens the report by a double click.  From a file
 * separated by `;` (as a French or German Excel saves it): a UTF-8 byte
 * order mark, then the very cells of the CSV report, separated by `;`,
 * with a decimal comma in desirable_score and nowhere else. */
static void test_excel_semicolon(void **state)
{
    (void)state;
    char *base = t_read(GOLDEN "sample.csv"), *out = NULL, *err = NULL;
    const char *argv[] = {"screen", "--candidates", "fixtures/candidates/variants/sample.semicolon.csv", "--excel",
                          NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_true(g_str_has_prefix(out, "\xEF\xBB\xBF"));
    GPtrArray *want = t_csv_parse(base, strlen(base), ',', NULL, NULL);
    GPtrArray *got = t_csv_parse(out + 3, strlen(out + 3), ';', NULL, NULL);
    assert_int_equal(got->len, want->len);
    guint decimals = 0, semicolons = 0;
    for (guint r = 0; r < want->len; r++) {
        GPtrArray *w = g_ptr_array_index(want, r), *g = g_ptr_array_index(got, r);
        assert_int_equal(g->len, w->len);
        for (guint c = 0; c < w->len; c++) {
            char *expected = g_strdup(g_ptr_array_index(w, c));
            if (r > 0 && c == 7 && strchr(expected, '.')) { /* desirable_score */
                *strchr(expected, '.') = ',';
                decimals++;
            }
            semicolons += strchr(expected, ';') != NULL;
            assert_string_equal(g_ptr_array_index(g, c), expected);
            g_free(expected);
        }
    }
    assert_true(decimals > 100);
    assert_true(semicolons > 10); /* reasons cells: quoted, since they hold the separator */
    assert_non_null(strstr(out, "40,00;1;;Mihai Popescu;"));
    g_ptr_array_unref(want);
    g_ptr_array_unref(got);
    g_free(out);
    g_free(err);
    g_free(base);
}

/* By candidate the report has no desirable_score of its own: a kept column
 * of that name is the file's, written as in the file, point and all. */
static void test_excel_kept_score_by_candidate(void **state)
{
    (void)state;
    char *path = t_scratch("score.csv"), *out = NULL, *err = NULL;
    assert_true(g_file_set_contents(path, "candidate_id;name;desirable_score\nC1;Ann;12.50\n", -1, NULL));
    const char *argv[] = {"screen", "-c", path, "-p", "rules/posts/251816.json", "--excel", "--by-candidate",
                          "-k", "desirable_score", NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_string_equal(out, "\xEF\xBB\xBF"
                             "candidate_id;name;line;eligible_posts;review_posts;ineligible_posts;desirable_score\n"
                             "C1;Ann;2;;251816;;12.50\n");
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* From a file separated by `,`: the CSV report, byte for byte, after a byte
 * order mark; by candidate too. */
static void test_excel_comma(void **state)
{
    (void)state;
    static const char *const goldens[] = {"sample.csv", "sample.by-candidate.csv"};
    for (int by_candidate = 0; by_candidate < 2; by_candidate++) {
        char *golden = g_strconcat(GOLDEN, goldens[by_candidate], NULL);
        char *base = t_read(golden), *out = NULL, *err = NULL;
        g_free(golden);
        const char *argv[] = {"screen", "--candidates", SAMPLE, "--excel", "--format", "csv",
                              by_candidate ? "--by-candidate" : NULL, NULL};
        assert_int_equal(t_run(&out, &err, argv), 0);
        assert_true(g_str_has_prefix(out, "\xEF\xBB\xBF"));
        assert_string_equal(out + 3, base);
        g_free(out);
        g_free(err);
        g_free(base);
    }
}

/* The rewriting itself, on cells a report may hold: quotes, separators and
 * line ends inside cells, a formula guard, numbers in other columns. */
static void test_excel_stream(void **state)
{
    (void)state;
    /* the second desirable_score: a column of the file's, kept (--keep) */
    static const char csv[] =
        "post_id,desirable_score,name,note,desirable_score\n"
        "P1,12.50,\"Moreau, Jean\",a;b,7.25\n"
        "P2,100.00,\"He said \"\"hi\"\"\",\"two\nlines\",3.5\n"
        "P3,,'-3.5,4.5,\n";
    static const char want_semicolon[] =
        "\xEF\xBB\xBF"
        "post_id;desirable_score;name;note;desirable_score\n"
        "P1;12,50;Moreau, Jean;\"a;b\";7.25\n"
        "P2;100,00;\"He said \"\"hi\"\"\";\"two\nlines\";3.5\n"
        "P3;;'-3.5;4.5;\n";
    /* by candidate, the report has no score of its own: the file's is as written */
    static const char want_by_candidate[] =
        "\xEF\xBB\xBF"
        "post_id;desirable_score;name;note;desirable_score\n"
        "P1;12.50;Moreau, Jean;\"a;b\";7.25\n"
        "P2;100.00;\"He said \"\"hi\"\"\";\"two\nlines\";3.5\n"
        "P3;;'-3.5;4.5;\n";
    static const struct { char delim; gboolean own_score; const char *want; } cases[] = {
        {';', TRUE, want_semicolon},
        {';', FALSE, want_by_candidate},
        {',', TRUE, NULL}, /* the input itself, after the mark */
        {'\t', TRUE, NULL},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        FILE *x = elg_excel_stream(mem, cases[i].delim, cases[i].own_score);
        assert_non_null(x);
        /* written in pieces that cut cells and doubled quotes */
        for (size_t at = 0; at < sizeof csv - 1; at += 7)
            assert_int_equal(fwrite(csv + at, 1, MIN((size_t)7, sizeof csv - 1 - at), x),
                             MIN((size_t)7, sizeof csv - 1 - at));
        assert_int_equal(fclose(x), 0);
        fclose(mem);
        char *want = cases[i].want ? g_strdup(cases[i].want) : g_strconcat("\xEF\xBB\xBF", csv, NULL);
        assert_string_equal(buf, want);
        g_free(want);
        free(buf);
    }
}

/* --excel writes CSV: another format with it is a usage error. */
static void test_excel_usage(void **state)
{
    (void)state;
    char *out = NULL, *err = NULL;
    const char *argv[] = {"screen", "--candidates", SAMPLE, "--excel", "--format", "json", NULL};
    assert_int_equal(t_run(&out, &err, argv), 1);
    assert_string_equal(err, "eligo screen: error: --excel writes a CSV report; it cannot go with --format json\n");
    assert_string_equal(out, "");
    g_free(out);
    g_free(err);
}

/* A criterion a rule set gives no "text" has none in the JSON report: null,
 * as the report writes every value it does not have; it was "". */
static void test_json_criterion_without_text(void **state)
{
    (void)state;
    char *path = t_scratch("notext.json");
    assert_true(g_file_set_contents(path,
                                    "{\"id\": \"900001\", \"title\": \"T\", \"organisation\": \"NATO\", "
                                    "\"deadline\": \"2026-01-13\", \"essential\": [{\"id\": \"nationality\", "
                                    "\"kind\": \"nationality\", \"text\": \"a national\"}, {\"id\": \"teamwork\", "
                                    "\"kind\": \"panel\"}], \"desirable\": [{\"id\": \"pm\", \"kind\": \"panel\"}]}",
                                    -1, NULL));
    char *out = NULL, *err = NULL;
    const char *argv[] = {"screen", "-c", SAMPLE, "-p", path, "-f", "json", NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    cJSON *root = cJSON_Parse(out);
    assert_non_null(root);
    const cJSON *criteria = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(root, "posts"), 0), "criteria");
    assert_int_equal(cJSON_GetArraySize(criteria), 3);
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(criteria, 0), "text")->valuestring, "a national");
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetArrayItem(criteria, 1), "text")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetArrayItem(criteria, 2), "text")));
    cJSON_Delete(root);
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* A locale whose decimal separator is a comma, made with localedef where
 * the system has none installed; FALSE when neither works. */
static gboolean comma_locale(char **dir)
{
    *dir = NULL;
    if (setlocale(LC_NUMERIC, "de_DE.UTF-8"))
        return TRUE;
    *dir = g_dir_make_tmp("eligo-locale-XXXXXX", NULL);
    char *out = g_build_filename(*dir, "de_DE.UTF-8", NULL);
    const char *argv[] = {"localedef", "-i", "de_DE", "-f", "UTF-8", out, NULL};
    int status = -1;
    gboolean made = g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL);
    g_free(out);
    if (made && g_setenv("LOCPATH", *dir, TRUE) && setlocale(LC_NUMERIC, "de_DE.UTF-8"))
        return TRUE;
    g_unsetenv("LOCPATH");
    return FALSE;
}

/* S's report in FORMAT, in memory (free() it). */
static char *report_in_memory(const elg_screening *s, elg_report_format format, gboolean by_candidate)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    elg_report_options ro = {.format = format, .by_candidate = by_candidate};
    GError *err = NULL;
    assert_true(elg_report_write(s, &ro, m, &err));
    fclose(m);
    return buf;
}

/* S's JSON report, parsed (cJSON_Delete() it). */
static cJSON *json_in_memory(const elg_screening *s, gboolean by_candidate)
{
    char *buf = report_in_memory(s, ELG_REPORT_JSON, by_candidate);
    cJSON *root = cJSON_Parse(buf);
    free(buf);
    assert_non_null(root);
    return root;
}

/* Every report and the post's description, in memory. */
static char *all_reports(const elg_screening *s, const elg_post *post)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    const elg_report_format formats[] = {ELG_REPORT_TEXT, ELG_REPORT_CSV, ELG_REPORT_JSON};
    for (size_t f = 0; f < G_N_ELEMENTS(formats); f++) {
        elg_report_options ro = {.format = formats[f], .candidates_file = SAMPLE};
        assert_true(elg_report_write(s, &ro, m, NULL));
    }
    GString *d = g_string_new(NULL);
    elg_post_describe(post, d);
    fputs(d->str, m);
    g_string_free(d, TRUE);
    fclose(m);
    return buf;
}

/* A format outside the enum (a program's bad cast) is an error, not an
 * empty report said to be written. */
static void test_unknown_format_is_refused(void **state)
{
    (void)state;
    elg_load_options o = {0};
    char *sample = t_path(SAMPLE);
    elg_profiles *p = elg_profiles_load(sample, t_ref(), &o, NULL);
    assert_non_null(p);
    elg_screening *s = elg_screen(p, NULL, 0, 1);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    const elg_report_options bad = {.format = (elg_report_format)7};
    GError *err = NULL;
    assert_false(elg_report_write(s, &bad, out, &err));
    fclose(out);
    assert_int_equal(len, 0);
    assert_true(g_error_matches(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT));
    assert_string_equal(err->message, "error: unknown report format 7; expected ELG_REPORT_TEXT, ELG_REPORT_CSV "
                                      "or ELG_REPORT_JSON");
    g_error_free(err);
    free(buf);
    elg_screening_free(s);
    elg_profiles_free(p);
    g_free(sample);
}

/* A program embedding the library may set a locale whose decimal separator
 * is a comma (setlocale(LC_ALL, "") in a German session): the scores and
 * weights of the reports were written "40,00", which broke the JSON and
 * shifted the CSV's columns.  Reports are the same bytes in every locale. */
static void test_reports_ignore_the_locale(void **state)
{
    (void)state;
    const char *rules = "{\"id\": \"900002\", \"title\": \"T\", \"organisation\": \"NATO\", "
                        "\"deadline\": \"2026-01-13\", \"essential\": [{\"id\": \"nationality\", "
                        "\"kind\": \"nationality\"}], \"desirable\": [{\"id\": \"pm\", \"kind\": "
                        "\"experience\", \"field\": \"project_management\", \"years\": 3, \"weight\": 1.5}, "
                        "{\"id\": \"fr\", \"kind\": \"language\", \"language\": \"fr\", \"level\": \"III\"}]}";
    elg_diags *d = elg_diags_new();
    elg_post *post = elg_post_compile_text(rules, strlen(rules), "weights.json", t_ref(), d);
    assert_non_null(post);
    elg_load_options o = {0};
    char *sample = t_path(SAMPLE);
    elg_profiles *p = elg_profiles_load(sample, t_ref(), &o, NULL);
    assert_non_null(p);
    elg_screening *s = elg_screen(p, &post, 1, 1);
    char *in_c = all_reports(s, post);
    assert_non_null(strstr(in_c, "\"weight\": 1.5,"));
    assert_non_null(strstr(in_c, "(weight 1.5)"));
    char *dir;
    if (!comma_locale(&dir)) {
        g_free(dir);
        skip(); /* no locale with a decimal comma can be had here */
    }
    assert_string_equal(localeconv()->decimal_point, ",");
    char *in_de = all_reports(s, post);
    setlocale(LC_NUMERIC, "C");
    assert_string_equal(in_de, in_c);
    if (dir) {
        g_unsetenv("LOCPATH");
        char *rm[] = {"rm", "-rf", dir, NULL};
        g_spawn_sync(NULL, rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
    g_free(dir);
    free(in_de);
    free(in_c);
    elg_screening_free(s);
    elg_profiles_free(p);
    g_free(sample);
    elg_post_free(post);
    elg_diags_free(d);
}

/* The CSV cell writer: a leading = + - @ TAB or CR gets a ', inside the
 * quotes when the cell needs them; nothing else is touched. */
/* ROWS generated rows of SEED screened against N_POSTS generated posts on
 * two threads; generated_free() frees all of it. */
typedef struct {
    char *path;
    GPtrArray *posts;
    elg_profiles *profiles;
    elg_screening *s;
} generated;

static generated generated_screening(const char *name, guint seed, guint rows, guint n_posts)
{
    generated g = {.path = t_scratch(name),
                   .posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free)};
    GError *err = NULL;
    assert_true(elg_generate_file(g.path, seed, rows, &err));
    elg_diags *d = elg_diags_new();
    gchar *rules = t_path("rules");
    assert_true(elg_generate_posts(t_ref(), rules, n_posts, 3, g.posts, d));
    g_free(rules);
    elg_diags_free(d);
    elg_load_options lo = {0};
    g.profiles = elg_profiles_load(g.path, t_ref(), &lo, &err);
    assert_non_null(g.profiles);
    g.s = elg_screen(g.profiles, (elg_post *const *)g.posts->pdata, g.posts->len, 2);
    return g;
}

static void generated_free(generated *g)
{
    elg_screening_free(g->s);
    elg_profiles_free(g->profiles);
    g_ptr_array_free(g->posts, TRUE);
    t_scratch_remove(g->path);
}

/* DESIGN.md s.4: reasons are "separated by `; `", one per failed or
 * unknown essential criterion, so that the cell splits back into them:
 * over generated rows and posts (every shape of explanation), a row's
 * reasons are essential_unknown + essential_failed items, none holding
 * "; " itself. */
static void test_reasons_one_item_per_criterion(void **state)
{
    (void)state;
    generated g = generated_screening("gen.csv", 5, 3000, 15);
    cJSON *root = json_in_memory(g.s, FALSE);
    unsigned items = 0, shapes = 0;
    const cJSON *post, *row;
    cJSON_ArrayForEach(post, cJSON_GetObjectItem(root, "posts"))
    {
        cJSON_ArrayForEach(row, cJSON_GetObjectItem(post, "candidates"))
        {
            const cJSON *reasons = cJSON_GetObjectItem(row, "reasons");
            const int want = cJSON_GetObjectItem(row, "essential_unknown")->valueint +
                             cJSON_GetObjectItem(row, "essential_failed")->valueint;
            assert_int_equal(cJSON_GetArraySize(reasons), want);
            const cJSON *r;
            cJSON_ArrayForEach(r, reasons)
            {
                if (strstr(r->valuestring, "; "))
                    fail_msg("a reason holds \"; \": %s", r->valuestring);
                /* the shapes that once held one */
                shapes += strstr(r->valuestring, "(total ") || strstr(r->valuestring, "in the other") ||
                          strstr(r->valuestring, "claimed");
                items++;
            }
        }
    }
    assert_true(items > 10000);
    assert_true(shapes > 1000);
    cJSON_Delete(root);
    generated_free(&g);
}

/* An explanation that holds a quote (here a country named so in the
 * reference tables, which a user may edit) has it doubled inside the
 * quoted reasons cell, when first formatted and when taken again from the
 * memo of explanations for the next row. */
static void test_reasons_cell_doubles_quotes(void **state)
{
    (void)state;
    char *countries = t_read("rules/reference/countries.json");
    char *at = strstr(countries, "\"en\": \"Brazil\"");
    assert_non_null(at);
    *at = '\0';
    char *edited = g_strconcat(countries, "\"en\": \"Brazil \\\"BR\\\"\"", at + strlen("\"en\": \"Brazil\""), NULL);
    char *dir = t_tables_copy("countries.json", edited);
    g_free(edited);
    g_free(countries);
    GError *err = NULL;
    elg_reference *ref = elg_reference_load(dir, &err);
    assert_non_null(ref);
    const char *rules = "{\"id\": \"900003\", \"title\": \"T\", \"organisation\": \"NATO\", "
                        "\"deadline\": \"2026-01-13\", \"essential\": [{\"id\": \"nationality\", "
                        "\"kind\": \"nationality\"}]}";
    elg_diags *d = elg_diags_new();
    elg_post *post = elg_post_compile_text(rules, strlen(rules), "quotes.json", ref, d);
    assert_non_null(post);
    char *csv = t_scratch("quotes.csv");
    assert_true(g_file_set_contents(csv, "candidate_id,nationality\nC1,BR\nC2,Brazil \"BR\"\nC3,FR\n", -1, NULL));
    elg_load_options o = {0};
    elg_profiles *p = elg_profiles_load(csv, ref, &o, &err);
    assert_non_null(p);
    elg_screening *s = elg_screen(p, &post, 1, 1);
    char *buf = report_in_memory(s, ELG_REPORT_CSV, FALSE);
    const char *header = "post_id,candidate_id,status,essential_met,essential_unknown,essential_failed,"
                         "essential_total,desirable_score,rank,reasons,name,line,clearance_held,"
                         "desirable_met,desirable_unknown,desirable_total\n";
    char *want = g_strconcat(header, "900003,C3,eligible,1,0,0,1,0.00,1,,,4,,0,0,0\n",
                             "900003,C1,ineligible,0,0,1,1,0.00,2,\"nationality: Brazil \"\"BR\"\" is not a NATO "
                             "member on 2026-01-13\",,2,,0,0,0\n",
                             "900003,C2,ineligible,0,0,1,1,0.00,3,\"nationality: Brazil \"\"BR\"\" is not a NATO "
                             "member on 2026-01-13\",,3,,0,0,0\n",
                             NULL);
    assert_string_equal(buf, want);
    g_free(want);
    free(buf);
    elg_screening_free(s);
    elg_profiles_free(p);
    t_scratch_remove(csv);
    elg_post_free(post);
    elg_diags_free(d);
    elg_reference_free(ref);
    t_tables_remove(dir);
}

/* The ranked table of the text report lines up under its heading whatever
 * the ids' lengths (up to 30 columns) and characters. */
static void test_text_columns_line_up(void **state)
{
    (void)state;
    char *path = t_scratch("ids.csv");
    assert_true(g_file_set_contents(path, "candidate_id,name,nationality\nAPP-2025-000123-X,Ann,BE\nB1,Bob,FR\n"
                                          "\xC3\x89lodie-0001234,Eve,DE\n\xE7\x94\xB0\xE4\xB8\xAD-77,Yuki,JP\n", -1, NULL));
    const char *argv[] = {"screen", "-c", path, "-p", "rules/posts/251816.json", NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 0);
    const char *table = strstr(out, "\n   rank  ");
    assert_non_null(table);
    char *want = g_strdup(
        "\n   rank  candidate          status      score  essentials  holds NS  name\n"
        "      1  APP-2025-000123-X  review       0.00  1/4         unknown   Ann\n%s"
        "      2  B1                 review       0.00  1/4         unknown   Bob\n%s"
        "      3  \xC3\x89lodie-0001234     review       0.00  1/4         unknown   Eve\n%s"
        "      4  \xE7\x94\xB0\xE4\xB8\xAD-77            ineligible   0.00  0/4         unknown   Yuki\n%s");
    /* the reasons lines between, as they are */
    GString *got = g_string_new(NULL);
    gchar **lines = t_lines(table);
    for (gchar **l = lines; *l; l++)
        if (!g_str_has_prefix(*l, "         "))
            g_string_append_printf(got, "%s\n", *l);
        else
            g_string_append(got, "%s");
    g_strfreev(lines);
    g_string_truncate(got, got->len - 1); /* the split's last, empty, piece */
    assert_string_equal(got->str, want);
    g_string_free(got, TRUE);
    g_free(want);
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* 12000 candidates: the ranks take five digits, and their column widens
 * to them under its heading (as the counts' do past 999999). */
static void test_text_columns_many_rows(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,nationality\n");
    for (int i = 1; i <= 12000; i++)
        g_string_append_printf(csv, "C%05d,%s\n", i, i % 3 ? "BE" : "");
    char *path = t_scratch("many.csv");
    assert_true(g_file_set_contents(path, csv->str, (gssize)csv->len, NULL));
    g_string_free(csv, TRUE);
    const char *argv[] = {"screen", "-c", path, "-p", "rules/posts/251816.json", NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_non_null(strstr(out, "\n              criterion                  decides    met  failed  unknown\n"
                                "   essential  nationality                yes       8000       0     4000\n"));
    assert_non_null(strstr(out, "\n    rank  candidate     status      score  essentials  holds NS  name\n"
                                "       1  C00001        review       0.00  1/4         unknown   \n"));
    assert_non_null(strstr(out, "\n   12000  C12000        review       0.00  0/4         unknown   \n"));
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* The ranks of a text report's post, in the order its lines give them:
 * the lines under the heading that do not hold reasons. */
static GArray *text_ranks(const char *section)
{
    GArray *ranks = g_array_new(FALSE, FALSE, sizeof(guint));
    const char *table = strstr(section, "    rank  candidate");
    assert_non_null(table);
    gchar **lines = t_lines(strchr(table, '\n') + 1);
    for (gchar **l = lines; *l && **l; l++)
        if (!g_str_has_prefix(*l, "         ")) {
            guint rank = (guint)g_ascii_strtoull(*l, NULL, 10);
            g_array_append_val(ranks, rank);
        }
    g_strfreev(lines);
    return ranks;
}

enum { SEGMENTS_ROWS = 20000, SEGMENTS_POSTS = 5 }; /* more rows than a segment (8192) */

static void json_ranks_in_order(const elg_screening *s)
{
    cJSON *root = json_in_memory(s, FALSE);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "posts")), SEGMENTS_POSTS);
    const cJSON *post, *row;
    cJSON_ArrayForEach(post, cJSON_GetObjectItem(root, "posts"))
    {
        const int n_crit = cJSON_GetArraySize(cJSON_GetObjectItem(post, "criteria"));
        int rank = 0;
        cJSON_ArrayForEach(row, cJSON_GetObjectItem(post, "candidates"))
        {
            assert_int_equal(cJSON_GetObjectItem(row, "rank")->valueint, ++rank);
            assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(row, "criteria")), n_crit);
        }
        assert_int_equal(rank, SEGMENTS_ROWS);
    }
    cJSON_Delete(root);
}

static void json_candidates_in_order(const elg_screening *s)
{
    cJSON *root = json_in_memory(s, TRUE);
    int line = 0, rows = 0;
    const cJSON *row;
    cJSON_ArrayForEach(row, cJSON_GetObjectItem(root, "candidates"))
    {
        assert_true(cJSON_GetObjectItem(row, "line")->valueint > line);
        line = cJSON_GetObjectItem(row, "line")->valueint;
        assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(row, "posts")), SEGMENTS_POSTS);
        rows++;
    }
    assert_int_equal(rows, SEGMENTS_ROWS);
    cJSON_Delete(root);
}

static void text_ranks_in_order(const elg_screening *s)
{
    char *buf = report_in_memory(s, ELG_REPORT_TEXT, FALSE);
    gchar **sections = g_strsplit(buf, "\n== ", -1);
    assert_int_equal(g_strv_length(sections), SEGMENTS_POSTS + 1); /* the title before the first */
    for (int i = 1; i <= SEGMENTS_POSTS; i++) {
        GArray *ranks = text_ranks(sections[i]);
        assert_int_equal(ranks->len, SEGMENTS_ROWS);
        for (guint r = 0; r < ranks->len; r++)
            assert_int_equal(g_array_index(ranks, guint, r), r + 1);
        g_array_free(ranks, TRUE);
    }
    g_strfreev(sections);
    free(buf);
}

static void text_candidates_in_order(const elg_screening *s)
{
    char *buf = report_in_memory(s, ELG_REPORT_TEXT, TRUE);
    gchar **lines = t_lines(buf);
    int rows = 0, line = 0;
    for (gchar **l = lines; *l; l++) {
        const char *at = strstr(*l, "  (line "); /* a candidate's first line */
        if (!at)
            continue;
        assert_true(atoi(at + 8) > line);
        line = atoi(at + 8);
        rows++;
    }
    assert_int_equal(rows, SEGMENTS_ROWS);
    g_strfreev(lines);
    free(buf);
}

static void csv_ranks_in_order(const elg_screening *s)
{
    char *buf = report_in_memory(s, ELG_REPORT_CSV, FALSE);
    GPtrArray *table = csv_parse(buf);
    assert_int_equal(table->len, 1 + SEGMENTS_POSTS * SEGMENTS_ROWS);
    for (guint r = 1; r < table->len; r++)
        assert_int_equal(atoi(CELL(g_ptr_array_index(table, r), 8)), (int)((r - 1) % SEGMENTS_ROWS + 1));
    g_ptr_array_free(table, TRUE);
    free(buf);
}

/* Reports of more rows than a segment are formatted a segment at a time on
 * each thread and joined in order: every format, both ways, holds each
 * post once and every candidate once, in order, across the joins. */
static void test_reports_of_many_segments(void **state)
{
    (void)state;
    generated g = generated_screening("segments.csv", 7, SEGMENTS_ROWS, SEGMENTS_POSTS);
    json_ranks_in_order(g.s);
    json_candidates_in_order(g.s);
    text_ranks_in_order(g.s);
    text_candidates_in_order(g.s);
    csv_ranks_in_order(g.s);
    generated_free(&g);
}

static void test_csv_cell(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } cells[] = {
        {"=1+1", "'=1+1"},
        {"+33 2 123", "'+33 2 123"},
        {"-5", "'-5"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "'\tx"},
        {"\rx", "\"'\rx\""},
        {"=A1,B1", "\"'=A1,B1\""},
        {"=\"x\"", "\"'=\"\"x\"\"\""},
        {"a=b", "a=b"},
        {"plain", "plain"},
        {"", ""},
        {"x\ny", "\"x\ny\""},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cells); i++) {
        GString *s = g_string_new(NULL);
        elg_csv_cell(s, cells[i].in);
        assert_string_equal(s->str, cells[i].out);
        g_string_free(s, TRUE);
    }
    /* each special byte at every place of cells of 1 to 24 bytes */
    static const char special[] = ",\"\r\n";
    for (size_t n = 1; n <= 24; n++) {
        char cell[25];
        memset(cell, 'a', n);
        cell[n] = '\0';
        GString *s = g_string_new(NULL);
        elg_csv_cell(s, cell);
        assert_string_equal(s->str, cell);
        for (size_t at = 0; at < n; at++)
            for (size_t k = 0; k < 4; k++) {
                cell[at] = special[k];
                g_string_truncate(s, 0);
                elg_csv_cell(s, cell);
                assert_true(s->len >= n + 2 && s->str[0] == '"' && s->str[s->len - 1] == '"');
                cell[at] = 'a';
            }
        g_string_free(s, TRUE);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_text),
        cmocka_unit_test(test_golden_csv),
        cmocka_unit_test(test_golden_json),
        cmocka_unit_test(test_golden_text_by_candidate),
        cmocka_unit_test(test_golden_csv_by_candidate),
        cmocka_unit_test(test_golden_json_by_candidate),
        cmocka_unit_test(test_golden_csv_agrees_with_hand_verdicts),
        cmocka_unit_test(test_golden_by_candidate_agrees),
        cmocka_unit_test(test_by_candidate_text_says_why),
        cmocka_unit_test(test_golden_json_agrees),
        cmocka_unit_test(test_golden_text_totals),
        cmocka_unit_test(test_variants_same_report),
        cmocka_unit_test(test_excel_semicolon),
        cmocka_unit_test(test_excel_comma),
        cmocka_unit_test(test_excel_kept_score_by_candidate),
        cmocka_unit_test(test_excel_stream),
        cmocka_unit_test(test_excel_usage),
        cmocka_unit_test(test_json_criterion_without_text),
        cmocka_unit_test(test_reports_ignore_the_locale),
        cmocka_unit_test(test_reports_of_many_segments),
        cmocka_unit_test(test_unknown_format_is_refused),
        cmocka_unit_test(test_csv_cell),
        cmocka_unit_test(test_text_columns_line_up),
        cmocka_unit_test(test_text_columns_many_rows),
        cmocka_unit_test(test_reasons_one_item_per_criterion),
        cmocka_unit_test(test_reasons_cell_doubles_quotes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
