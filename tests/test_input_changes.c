/* A candidate file that changes while it is read (issue 6: an input that
 * vanishes or is saved over mid-run).  The loader reads a file twice (the
 * encoding and split points, then the rows), rewinding in between; this
 * program defines rewind(), which the statically linked engine calls, and
 * changes the file there, between the two passes, so the fault happens at
 * the same point on every run. */
#define _GNU_SOURCE /* utimensat */
#include "testutil.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "eligo/eligo.h"

typedef enum { CHANGE_NONE, CHANGE_TRUNCATE, CHANGE_APPEND, CHANGE_SAME_SIZE, CHANGE_REPLACE } change;

static const char *change_path; /* the file to change at the next rewind */
static change change_kind;

void rewind(FILE *f)
{
    /* rewind() is fseek to the start and clearerr */
    (void)fseek(f, 0L, SEEK_SET);
    clearerr(f);
    if (!change_path)
        return;
    switch (change_kind) {
    case CHANGE_NONE:
        break;
    case CHANGE_TRUNCATE:
        assert_int_equal(truncate(change_path, 40), 0);
        break;
    case CHANGE_APPEND: {
        FILE *a = fopen(change_path, "a");
        assert_non_null(a);
        fputs("Z9,Zed,FR\n", a);
        assert_int_equal(fclose(a), 0);
        break;
    }
    case CHANGE_SAME_SIZE: {
        /* same bytes count, other content, and a modification time that
         * surely differs from the first (timestamps are coarse) */
        int fd = open(change_path, O_WRONLY);
        assert_true(fd >= 0);
        assert_int_equal(pwrite(fd, "X", 1, 30), 1);
        struct timespec when[2] = {{0, UTIME_OMIT}, {1000000000, 0}};
        assert_int_equal(futimens(fd, when), 0);
        close(fd);
        break;
    }
    case CHANGE_REPLACE: {
        /* saved by writing a new file and renaming it over the old one:
         * the open file is still the old one, read whole and consistent */
        char *tmp = g_strconcat(change_path, ".new", NULL);
        assert_true(g_file_set_contents(tmp, "candidate_id,name\nN1,New\n", -1, NULL));
        assert_int_equal(g_rename(tmp, change_path), 0);
        g_free(tmp);
        break;
    }
    }
    change_path = NULL; /* once */
}

/* A scratch file of ROWS rows, big enough to be split for the parallel pass
 * when ROWS is large; t_scratch_remove() it. */
static char *write_rows(unsigned rows)
{
    char *path = t_scratch("candidates.csv");
    GString *s = g_string_new("candidate_id,name,nationality\n");
    for (unsigned i = 0; i < rows; i++)
        g_string_append_printf(s, "C%07u,Name %u,%s\n", i, i, i % 2 ? "FR" : "DE");
    assert_true(g_file_set_contents(path, s->str, (gssize)s->len, NULL));
    g_string_free(s, TRUE);
    return path;
}

static elg_profiles *load_with_change(const char *path, change kind, unsigned threads, GError **err)
{
    elg_load_options opt = {.threads = threads};
    change_path = path;
    change_kind = kind;
    elg_profiles *p = elg_profiles_load(path, t_ref(), &opt, err);
    change_path = NULL;
    return p;
}

/* Load a file of ROWS rows with THREADS threads while it undergoes KIND:
 * refused, with its size before and after. */
static void check_refused(change kind, unsigned rows, unsigned threads)
{
    char *path = write_rows(rows);
    GStatBuf st;
    assert_int_equal(g_stat(path, &st), 0);
    const long long before = (long long)st.st_size;
    const long long now = kind == CHANGE_TRUNCATE ? 40 : kind == CHANGE_APPEND ? before + 10 : before;
    GError *err = NULL;
    elg_profiles *p = load_with_change(path, kind, threads, &err);
    assert_null(p);
    assert_non_null(err);
    char *want = g_strdup_printf("%s: error: the file changed while it was read (%lld bytes, now %lld); "
                                 "read it again once it is saved",
                                 path, before, now);
    assert_string_equal(err->message, want);
    g_free(want);
    g_error_free(err);
    t_scratch_remove(path);
}

/* 10 rows are read by the calling thread; 200,000 rows (6 MB) are split
 * and read by worker threads too. */
static void truncated_between_passes(void **state)
{
    (void)state;
    check_refused(CHANGE_TRUNCATE, 10, 1);
    check_refused(CHANGE_TRUNCATE, 200000, 2);
}

static void appended_between_passes(void **state)
{
    (void)state;
    check_refused(CHANGE_APPEND, 10, 1);
    check_refused(CHANGE_APPEND, 200000, 2);
}

static void rewritten_in_place_between_passes(void **state)
{
    (void)state;
    check_refused(CHANGE_SAME_SIZE, 10, 1);
    check_refused(CHANGE_SAME_SIZE, 200000, 2);
}

/* Saved over by a rename: the file eligo opened is read whole, the new one
 * is not mixed in (the worker threads read the open file, not the path). */
static void replaced_by_rename_reads_the_old_file(void **state)
{
    (void)state;
    for (unsigned threads = 1; threads <= 2; threads++) {
        char *path = write_rows(200000);
        GError *err = NULL;
        elg_profiles *p = load_with_change(path, CHANGE_REPLACE, threads, &err);
        assert_non_null(p);
        assert_int_equal(elg_profiles_count(p), 200000);
        assert_string_equal(elg_profiles_id(p, 199999), "C0199999");
        elg_profiles_free(p);
        t_scratch_remove(path);
    }
}

/* The interposed rewind changes nothing unless asked: an ordinary load. */
static void unchanged_file_loads(void **state)
{
    (void)state;
    char *path = write_rows(200000);
    GError *err = NULL;
    elg_profiles *p = load_with_change(path, CHANGE_NONE, 2, &err);
    assert_non_null(p);
    assert_int_equal(elg_profiles_count(p), 200000);
    elg_profiles_free(p);
    t_scratch_remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unchanged_file_loads),
        cmocka_unit_test(truncated_between_passes),
        cmocka_unit_test(appended_between_passes),
        cmocka_unit_test(rewritten_in_place_between_passes),
        cmocka_unit_test(replaced_by_rename_reads_the_old_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
