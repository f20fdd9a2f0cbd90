/* eligo-bench: load, screen and report a generated (or given) candidate file
 * and print one JSON line of figures per run (bench/README.md).
 *
 *   eligo-bench [--rows N] [--posts P] [--threads T] [--repeat K]
 *               [--csv FILE | --write-csv FILE] [--seed S] [--report FILE | --report-null]
 *
 * The generated file is written once (to $TMPDIR) before the runs and is not
 * timed.  Times are wall-clock (CLOCK_MONOTONIC); peak RSS is getrusage's. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <glib.h>
#include "eligo/eligo.h"
#include "generate.h"
#include "screening.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU seconds of every thread of the process (user + system). */
static double cpu_now(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 + (double)ru.ru_stime.tv_sec +
           ru.ru_stime.tv_usec * 1e-6;
}

/* Resident memory now, in bytes (/proc/self/statm), or 0 where unknown. */
static double rss_now(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size = 0, resident = 0;
    if (f) {
        if (fscanf(f, "%lu %lu", &size, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (double)resident * (double)sysconf(_SC_PAGESIZE);
}

static double peak_rss_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0; /* ru_maxrss is in KiB on Linux */
}

int main(int argc, char **argv)
{
    gint64 rows = 100000, seed = 1;
    gint posts_n = 5, threads = 0, repeat = 1;
    gboolean report_null = FALSE;
    gchar *csv = NULL, *write_csv = NULL, *report = NULL;
    GOptionEntry entries[] = {
        {"rows", 0, 0, G_OPTION_ARG_INT64, &rows, "Candidates to generate (default 100000)", "N"},
        {"posts", 0, 0, G_OPTION_ARG_INT, &posts_n, "Posts: the five seeds, then generated variants (default 5)", "P"},
        {"threads", 0, 0, G_OPTION_ARG_INT, &threads, "Threads for loading and matching (default: one per core)", "T"},
        {"csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, "Read this candidate file instead of generating one", "FILE"},
        {"write-csv", 0, 0, G_OPTION_ARG_FILENAME, &write_csv, "Only generate the candidate file", "FILE"},
        {"repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Runs (one JSON line each; default 1)", "K"},
        {"seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Generator seed (default 1)", "S"},
        {"report", 0, 0, G_OPTION_ARG_FILENAME, &report, "Where the CSV report goes (default: a temporary file, removed)", "FILE"},
        {"report-null", 0, 0, G_OPTION_ARG_NONE, &report_null, "Format the report into /dev/null (no file: many posts make reports of many GB)", NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new("- time eligo's load, match and report");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *err = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
        fprintf(stderr, "eligo-bench: error: %s\n", err->message);
        return 1;
    }
    g_option_context_free(ctx);
    if (rows < 0 || posts_n < 1 || threads < 0 || repeat < 1) {
        fprintf(stderr, "eligo-bench: error: --rows >= 0, --posts >= 1, --threads >= 0, --repeat >= 1\n");
        return 1;
    }

    if (write_csv) {
        double t0 = now();
        if (!elg_generate_file(write_csv, (guint64)seed, (guint64)rows, &err)) {
            fprintf(stderr, "%s\n", err->message);
            return 2;
        }
        struct stat st;
        stat(write_csv, &st);
        printf("{\"rows\":%" G_GINT64_FORMAT ",\"bytes\":%lld,\"generate_s\":%.3f}\n", rows,
               (long long)st.st_size, now() - t0);
        g_free(write_csv);
        return 0;
    }

    gchar *tmp_csv = NULL;
    if (!csv) {
        tmp_csv = g_strdup_printf("%s/eligo-bench-%d.csv", g_get_tmp_dir(), (int)getpid());
        if (!elg_generate_file(tmp_csv, (guint64)seed, (guint64)rows, &err)) {
            fprintf(stderr, "%s\n", err->message);
            return 2;
        }
    }
    const char *path = csv ? csv : tmp_csv;
    gchar *report_path = report ? g_strdup(report)
                                : g_strdup_printf("%s/eligo-bench-%d.report.csv", g_get_tmp_dir(), (int)getpid());
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "eligo-bench: error: %s: %s\n", path, g_strerror(errno));
        return 2;
    }

    elg_reference *ref = elg_reference_load(NULL, &err);
    if (!ref) {
        fprintf(stderr, "%s\n", err->message);
        return 2;
    }
    GPtrArray *posts = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    elg_diags *diags = elg_diags_new();
    if (!elg_generate_posts(ref, NULL, (unsigned)posts_n, (guint64)seed, posts, diags)) {
        elg_diags_print(diags, stderr);
        return 2;
    }
    elg_diags_free(diags);

    int status = 0;
    for (int k = 0; k < repeat && status == 0; k++) {
        elg_load_options lopt = {0};
        lopt.threads = (unsigned)threads;
        double c0 = cpu_now(), t0 = now(), rss0 = rss_now();
        elg_profiles *p = elg_profiles_load(path, ref, &lopt, &err);
        double t1 = now(), c1 = cpu_now(), rss1 = rss_now();
        if (!p) {
            fprintf(stderr, "%s\n", err->message);
            g_clear_error(&err);
            status = 2;
            break;
        }
        elg_screening *s = elg_screen(p, (elg_post *const *)posts->pdata, posts->len, (unsigned)threads);
        double t2 = now(), c2 = cpu_now();
        elg_report_options ropt = {.format = ELG_REPORT_CSV, .candidates_file = path};
        FILE *null = report_null ? fopen("/dev/null", "wb") : NULL;
        if (report_null ? !elg_report_write(s, &ropt, null, &err)
                        : !elg_report_write_file(s, &ropt, report_path, &err)) {
            fprintf(stderr, "%s\n", err->message);
            g_clear_error(&err);
            status = 2;
        }
        if (null)
            fclose(null);
        double t3 = now(), c3 = cpu_now();
        struct stat rs;
        long long report_bytes = !report_null && stat(report_path, &rs) == 0 ? (long long)rs.st_size : 0;
        unsigned n = elg_profiles_count(p);
        double verdicts = (double)n * posts->len;
        /* what the loaded profiles keep resident (transient load memory freed) */
        double store_b = rss1 > rss0 && n ? (rss1 - rss0) / n : 0;
        double load_s = t1 - t0, match_s = t2 - t1, report_s = t3 - t2;
        double bind_s = s->bind_s, loop_s = s->loop_s, order_s = s->order_s, rank_s = s->rank_s;
        elg_screening_free(s);
        elg_profiles_free(p);
        double total_s = now() - t0;
        printf("{\"rows\":%u,\"posts\":%u,\"threads\":%u,\"bytes\":%lld,\"load_s\":%.4f,"
               "\"load_mb_s\":%.1f,\"load_rows_s\":%.0f,\"match_s\":%.4f,\"verdicts_s\":%.0f,"
               "\"ns_per_verdict\":%.3f,\"bind_s\":%.4f,\"loop_s\":%.4f,\"loop_verdicts_s\":%.0f,"
               "\"id_order_s\":%.4f,\"rank_s\":%.4f,\"report_s\":%.4f,\"report_bytes\":%lld,\"total_s\":%.4f,"
               "\"peak_rss_mb\":%.1f,\"store_bytes_per_row\":%.1f,\"load_cpu_s\":%.3f,\"match_cpu_s\":%.3f,\"report_cpu_s\":%.3f}\n",
               n, posts->len, threads ? (unsigned)threads : g_get_num_processors(),
               (long long)st.st_size, load_s, (double)st.st_size / 1e6 / load_s, n / load_s,
               match_s, match_s > 0 ? verdicts / match_s : 0, verdicts > 0 ? match_s * 1e9 / verdicts : 0,
               bind_s, loop_s, loop_s > 0 ? verdicts / loop_s : 0, order_s, rank_s,
               report_s, report_bytes, total_s, peak_rss_mb(), store_b, c1 - c0, c2 - c1, c3 - c2);
        fflush(stdout);
    }

    if (!report)
        unlink(report_path);
    if (tmp_csv)
        unlink(tmp_csv);
    g_free(report_path);
    g_free(tmp_csv);
    g_free(csv);
    g_free(report);
    g_ptr_array_free(posts, TRUE);
    elg_reference_free(ref);
    return status;
}
