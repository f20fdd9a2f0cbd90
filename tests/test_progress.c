/* Progress lines (issue 5, progress.c): on a terminal, a step that has run
 * for over a second shows "WHAT: N UNIT (S s)" and erases it at its end;
 * nothing when stderr is no terminal, and nothing from the library until a
 * program turns progress on (eligo's main does), so that an embedding
 * program's terminal gets no line it did not ask for. */
#define _GNU_SOURCE /* openpty */
#include "testutil.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>
#include "progress.h"
#include "report.h"

typedef struct {
    int master, saved_stderr;
} terminal;

/* Make stderr a pseudo-terminal whose output T->master reads. */
static void stderr_to_terminal(terminal *t)
{
    int slave;
    assert_int_equal(openpty(&t->master, &slave, NULL, NULL, NULL), 0);
    fflush(stderr);
    t->saved_stderr = dup(STDERR_FILENO);
    assert_true(dup2(slave, STDERR_FILENO) >= 0);
    close(slave);
}

/* What the terminal got.  The pty hands the bytes to its master side
 * asynchronously: read until stderr's side is closed and drained (EIO) or
 * nothing more comes for a while, not only what has arrived. */
static GString *stderr_restored(terminal *t)
{
    fflush(stderr);
    dup2(t->saved_stderr, STDERR_FILENO); /* the pty's last descriptor is gone */
    close(t->saved_stderr);
    GString *seen = g_string_new(NULL);
    char buf[256];
    struct pollfd pfd = {.fd = t->master, .events = POLLIN};
    while (poll(&pfd, 1, 500) > 0) {
        const ssize_t n = read(t->master, buf, sizeof buf);
        if (n <= 0)
            break;
        g_string_append_len(seen, buf, n);
    }
    close(t->master);
    return seen;
}

/* A step begun 2 s ago, updated once, then ended. */
static void run_step(void)
{
    elg_progress pg;
    elg_progress_begin(&pg);
    pg.start = pg.last = g_get_monotonic_time() - 2 * G_USEC_PER_SEC;
    elg_progress_update(&pg, "loading", 1234, "rows");
    elg_progress_end(&pg);
}

static void test_shown_on_a_terminal_when_on(void **state)
{
    (void)state;
    terminal t;
    stderr_to_terminal(&t);
    elg_set_progress(TRUE);
    run_step();
    elg_set_progress(FALSE);
    GString *seen = stderr_restored(&t);
    assert_string_equal(seen->str, "\r\033[Kloading: 1234 rows (2.0 s)\r\033[K");
    g_string_free(seen, TRUE);
}

/* A report (any format) counts the megabytes it has written, when it has
 * run for over a second: JSON reports of a million rows take seconds. */
static void test_report_counts_what_it_wrote(void **state)
{
    (void)state;
    terminal t;
    stderr_to_terminal(&t);
    elg_set_progress(TRUE);
    FILE *null = fopen("/dev/null", "w");
    assert_non_null(null);
    elg_sink k;
    elg_sink_init(&k, null);
    k.pg.start = k.pg.last = g_get_monotonic_time() - 2 * G_USEC_PER_SEC;
    g_string_set_size(k.buf, (3u << 20) + 5);
    memset(k.buf->str, 'x', k.buf->len);
    elg_sink_flush(&k, FALSE);
    assert_int_equal(k.error, 0);
    elg_sink_clear(&k);
    fclose(null);
    elg_set_progress(FALSE);
    GString *seen = stderr_restored(&t);
    /* the seconds shown depend on the machine's speed */
    assert_true(g_str_has_prefix(seen->str, "\r\033[Kwriting the report: 3 MB (2."));
    assert_true(g_str_has_suffix(seen->str, " s)\r\033[K"));
    g_string_free(seen, TRUE);
}

static void test_off_in_the_library_by_default(void **state)
{
    (void)state;
    terminal t;
    stderr_to_terminal(&t);
    run_step(); /* no elg_set_progress: as a program embedding the library */
    GString *seen = stderr_restored(&t);
    assert_string_equal(seen->str, "");
    g_string_free(seen, TRUE);
}

static void test_not_shown_off_a_terminal(void **state)
{
    (void)state;
    fflush(stderr);
    const int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
    dup2(null, STDERR_FILENO);
    close(null);
    elg_set_progress(TRUE);
    elg_progress pg;
    elg_progress_begin(&pg);
    elg_set_progress(FALSE);
    dup2(saved, STDERR_FILENO);
    close(saved);
    assert_false(pg.tty);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_off_in_the_library_by_default),
        cmocka_unit_test(test_shown_on_a_terminal_when_on),
        cmocka_unit_test(test_report_counts_what_it_wrote),
        cmocka_unit_test(test_not_shown_off_a_terminal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
