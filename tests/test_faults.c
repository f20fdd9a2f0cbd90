/* Faults around a run (DESIGN.md s.4, s.5): an output that cannot be written,
 * a full disk, an input that is a directory or does not exist, and SIGINT or
 * SIGTERM while the report is being written.  Each gives one clear message,
 * exit status 2 (or death by the signal), and never a half-written report. */
#define _XOPEN_SOURCE 700 /* mknod */
#define _DEFAULT_SOURCE   /* mincore */
#include "testutil.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/inotify.h>
#include <sys/syscall.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include "output.h"

typedef struct {
    char *dir;   /* a fresh directory for this test */
    char *clean; /* DIR/clean.csv: two rows without any problem (stderr stays quiet) */
} fixture;

static int setup(void **state)
{
    fixture *f = g_new0(fixture, 1);
    f->dir = g_dir_make_tmp("eligo-faults-XXXXXX", NULL);
    f->clean = g_build_filename(f->dir, "clean.csv", NULL);
    g_file_set_contents(f->clean, "candidate_id,name\nA1,Ann\nA2,Bob\n", -1, NULL);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char *cmd = g_strdup_printf("chmod -R u+w '%s' && rm -rf '%s'", f->dir, f->dir);
    assert_int_equal(system(cmd), 0);
    g_free(cmd);
    g_free(f->dir);
    g_free(f->clean);
    g_free(f);
    return 0;
}

static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in DIR, sorted, joined by spaces. */
static char *listing(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *n;
    while ((n = g_dir_read_name(d)))
        g_ptr_array_add(names, g_strdup(n));
    g_dir_close(d);
    g_ptr_array_sort(names, by_name);
    g_ptr_array_add(names, NULL);
    char *s = g_strjoinv(" ", (char **)names->pdata);
    g_ptr_array_free(names, TRUE);
    return s;
}

/* Run eligo with ARGV; stdin is a pipe holding STDIN_TEXT (NULL: inherited),
 * stdout goes to the file STDOUT_PATH (NULL: /dev/null), stderr is returned
 * in *ERR.  AS_NOBODY: when root, drop to uid 65534 first, since root writes
 * into read-only directories.  Returns the exit status. */
static int run_in(const char *stdin_text, const char *const *argv, const char *stdout_path,
                  gboolean as_nobody, char **err)
{
    char errfile[] = "/tmp/eligo-faults-err-XXXXXX";
    int efd = mkstemp(errfile);
    assert_true(efd >= 0);
    int in[2] = {-1, -1};
    if (stdin_text)
        assert_int_equal(pipe(in), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int ofd = open(stdout_path ? stdout_path : "/dev/null", O_WRONLY);
        if (ofd < 0 || dup2(ofd, 1) < 0 || dup2(efd, 2) < 0 || (stdin_text && dup2(in[0], 0) < 0))
            _exit(99);
        if (as_nobody && geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(98);
        GPtrArray *a = g_ptr_array_new();
        g_ptr_array_add(a, (gpointer)ELG_TEST_BINARY);
        for (const char *const *p = argv; *p; p++)
            g_ptr_array_add(a, (gpointer)*p);
        g_ptr_array_add(a, NULL);
        execv(ELG_TEST_BINARY, (char **)a->pdata);
        _exit(97);
    }
    /* (97: the binary cannot be run, e.g. by uid 65534 from a private build directory) */
    if (stdin_text) {
        /* small enough for the pipe's buffer: written whole before the child reads */
        close(in[0]);
        assert_int_equal(write(in[1], stdin_text, strlen(stdin_text)), (ssize_t)strlen(stdin_text));
        close(in[1]);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    close(efd);
    assert_true(g_file_get_contents(errfile, err, NULL, NULL));
    unlink(errfile);
    assert_true(WIFEXITED(status));
    if (as_nobody && geteuid() == 0 && WEXITSTATUS(status) == 97) {
        g_free(*err);
        skip(); /* the environment, not eligo: nobody cannot reach the binary */
    }
    return WEXITSTATUS(status);
}

static int run(const char *const *argv, const char *stdout_path, gboolean as_nobody, char **err)
{
    return run_in(NULL, argv, stdout_path, as_nobody, err);
}

/* --- outputs that cannot be written ---------------------------------------- */

static void output_dir_missing(void **state)
{
    fixture *f = *state;
    char *out = g_build_filename(f->dir, "missing", "report.csv", NULL);
    const char *argv[] = {"screen", "-c", f->clean, "-f", "csv", "-o", out, NULL};
    char *err;
    assert_int_equal(run(argv, NULL, FALSE, &err), 2);
    char *want = g_strdup_printf("%s: error: cannot write: No such file or directory\n", out);
    assert_string_equal(err, want);
    char *ls = listing(f->dir);
    assert_string_equal(ls, "clean.csv");
    g_free(ls);
    g_free(want);
    g_free(err);
    g_free(out);
}

static void output_dir_read_only_keeps_the_old_report(void **state)
{
    fixture *f = *state;
    char *ro = g_build_filename(f->dir, "ro", NULL);
    char *out = g_build_filename(ro, "report.csv", NULL);
    assert_int_equal(g_mkdir(ro, 0755), 0);
    assert_true(g_file_set_contents(out, "the previous report\n", -1, NULL));
    assert_int_equal(chmod(ro, 0555), 0);
    assert_int_equal(chmod(f->dir, 0755), 0); /* nobody must reach the input */
    const char *argv[] = {"screen", "-c", f->clean, "-f", "csv", "-o", out, NULL};
    char *err, *text;
    assert_int_equal(run(argv, NULL, TRUE, &err), 2);
    char *want = g_strdup_printf("%s: error: cannot write: Permission denied\n", out);
    assert_string_equal(err, want);
    assert_true(g_file_get_contents(out, &text, NULL, NULL));
    assert_string_equal(text, "the previous report\n");
    char *ls = listing(ro);
    assert_string_equal(ls, "report.csv");
    g_free(ls);
    g_free(text);
    g_free(want);
    g_free(err);

    /* inspect writes through the same atomic path */
    const char *argv2[] = {"inspect", f->clean, "-o", out, NULL};
    assert_int_equal(run(argv2, NULL, TRUE, &err), 2);
    want = g_strdup_printf("%s: error: cannot write: Permission denied\n", out);
    assert_string_equal(err, want);
    g_free(want);
    g_free(err);
    g_free(out);
    g_free(ro);
}

static void output_is_a_directory(void **state)
{
    fixture *f = *state;
    const char *argv[] = {"screen", "-c", f->clean, "-f", "csv", "-o", f->dir, NULL};
    char *err;
    assert_int_equal(run(argv, NULL, FALSE, &err), 2);
    char *want = g_strdup_printf("%s: error: is a directory; expected the name of a file to write\n", f->dir);
    assert_string_equal(err, want);
    g_free(want);
    g_free(err);
}

/* A full disk.  As root the device is a private copy of /dev/full, so that a
 * regression (a temporary file renamed over the device) could not replace
 * the system's node; the test checks the node is still a device. */
static void output_full_disk(void **state)
{
    fixture *f = *state;
    char *full = g_build_filename(f->dir, "full", NULL);
    int probe = -1;
    if (geteuid() == 0 && mknod(full, S_IFCHR | 0666, makedev(1, 7)) == 0)
        probe = open(full, O_WRONLY); /* fails where /tmp is mounted nodev */
    if (probe < 0) {
        g_free(full);
        full = g_strdup("/dev/full");
    } else {
        close(probe);
    }
    const char *fmts[] = {"csv", "json", "text"};
    for (int i = 0; i < 3; i++) {
        const char *argv[] = {"screen", "-c", f->clean, "-f", fmts[i], "-o", full, NULL};
        char *err;
        assert_int_equal(run(argv, NULL, FALSE, &err), 2);
        char *want = g_strdup_printf("%s: error: cannot write the report: No space left on device\n", full);
        assert_string_equal(err, want);
        g_free(want);
        g_free(err);
    }
    const char *argv[] = {"inspect", f->clean, "-o", full, NULL};
    char *err;
    assert_int_equal(run(argv, NULL, FALSE, &err), 2);
    char *want = g_strdup_printf("%s: error: cannot write: No space left on device\n", full);
    assert_string_equal(err, want);
    struct stat st;
    assert_int_equal(stat(full, &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    g_free(want);
    g_free(err);
    g_free(full);
}

static void stdout_full_disk(void **state)
{
    fixture *f = *state;
    const char *argv[] = {"screen", "-c", f->clean, "-f", "csv", NULL};
    char *err;
    assert_int_equal(run(argv, "/dev/full", FALSE, &err), 2);
    assert_string_equal(err, "standard output: error: cannot write the report: No space left on device\n");
    g_free(err);
    const char *argv2[] = {"inspect", f->clean, NULL};
    assert_int_equal(run(argv2, "/dev/full", FALSE, &err), 2);
    assert_string_equal(err, "standard output: error: cannot write: No space left on device\n");
    g_free(err);
    /* check and posts print to standard output too: a summary lost is an error */
    const char *argv3[] = {"check", "rules/posts/241490.json", NULL};
    assert_int_equal(run(argv3, "/dev/full", FALSE, &err), 2);
    assert_string_equal(err, "standard output: error: cannot write: No space left on device\n");
    g_free(err);
    const char *argv4[] = {"posts", NULL};
    assert_int_equal(run(argv4, "/dev/full", FALSE, &err), 2);
    assert_string_equal(err, "standard output: error: cannot write: No space left on device\n");
    g_free(err);
}

/* --- inputs that cannot be read --------------------------------------------- */

static void input_is_a_directory_or_missing(void **state)
{
    fixture *f = *state;
    char *missing = g_build_filename(f->dir, "gone.csv", NULL);
    char *err, *want;
    const char *a1[] = {"screen", "-c", f->dir, NULL};
    assert_int_equal(run(a1, NULL, FALSE, &err), 2);
    want = g_strdup_printf("%s: error: is a directory, expected a CSV file\n", f->dir);
    assert_string_equal(err, want);
    g_free(want);
    g_free(err);
    const char *a2[] = {"screen", "-c", missing, NULL};
    assert_int_equal(run(a2, NULL, FALSE, &err), 2);
    want = g_strdup_printf("%s: error: cannot open: No such file or directory\n", missing);
    assert_string_equal(err, want);
    g_free(want);
    g_free(err);
    const char *a3[] = {"inspect", missing, NULL};
    assert_int_equal(run(a3, NULL, FALSE, &err), 2);
    want = g_strdup_printf("%s: error: cannot open: No such file or directory\n", missing);
    assert_string_equal(err, want);
    g_free(want);
    g_free(err);
    /* a rule set that is missing, and a directory without rule sets */
    const char *a4[] = {"screen", "-c", f->clean, "-p", missing, NULL};
    assert_int_equal(run(a4, NULL, FALSE, &err), 2);
    want = g_strdup_printf("%s: error: cannot read: No such file or directory\n", missing);
    assert_string_equal(err, want);
    g_free(want);
    g_free(err);
    const char *a5[] = {"screen", "-c", f->clean, "-p", f->dir, NULL};
    assert_int_equal(run(a5, NULL, FALSE, &err), 2);
    want = g_strdup_printf("%s: error: no *.json rule sets in this directory\n", f->dir);
    assert_string_equal(err, want);
    g_free(want);
    g_free(err);
    const char *a6[] = {"check", f->dir, NULL};
    assert_int_equal(run(a6, NULL, FALSE, &err), 2);
    want = g_strdup_printf("%s: error: no *.json rule sets in this directory\n", f->dir);
    assert_string_equal(err, want);
    g_free(want);
    g_free(err);
    g_free(missing);
}

/* A candidate file is read twice: a pipe is refused, not taken for an empty file. */
static void input_is_a_pipe(void **state)
{
    (void)state;
    const char *argv[] = {"screen", "-c", "/dev/stdin", NULL};
    char *err;
    assert_int_equal(run_in("candidate_id\nA1\n", argv, NULL, FALSE, &err), 2);
    assert_string_equal(err, "/dev/stdin: error: cannot read a pipe; expected a CSV file (it is read twice)\n");
    g_free(err);
}

/* A named pipe is refused before it is opened: opening one waits for a
 * writer, and eligo would hang with none (a mistyped path, a stale FIFO). */
static void input_is_a_named_pipe(void **state)
{
    fixture *f = *state;
    char *fifo = g_build_filename(f->dir, "candidates.csv", NULL);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    alarm(20); /* a hang fails the test rather than the suite's time limit */
    GError *err = NULL;
    elg_profiles *p = elg_profiles_load(fifo, t_ref(), NULL, &err);
    alarm(0);
    assert_null(p);
    assert_true(g_error_matches(err, ELG_ERR_DOMAIN, ELG_ERR_IO));
    char *want = g_strdup_printf("%s: error: cannot read a pipe; expected a CSV file (it is read twice)", fifo);
    assert_string_equal(err->message, want);
    g_free(want);
    g_error_free(err);
    g_free(fifo);
}

/* A rule set read from a device or a pipe is read only up to the limit. */
static void endless_rule_set_is_refused(void **state)
{
    (void)state;
    const char *argv[] = {"check", "/dev/zero", NULL};
    char *err;
    assert_int_equal(run(argv, NULL, FALSE, &err), 2);
    assert_string_equal(err, "/dev/zero: error: too large for a rule set: more than 16777216 bytes\n");
    g_free(err);
}

/* --- a signal while the report is written ------------------------------------ */

/* A candidate file big enough that writing its report takes a while. */
static char *big_file(const char *dir, unsigned rows)
{
    char *path = g_build_filename(dir, "big.csv", NULL);
    GString *s = g_string_new("candidate_id,name,nationality,education,english,french\n");
    for (unsigned i = 0; i < rows; i++)
        g_string_append_printf(s, "G%07u,Candidate %u,BE,master,C1,B2\n", i, i);
    assert_true(g_file_set_contents(path, s->str, (gssize)s->len, NULL));
    g_string_free(s, TRUE);
    return path;
}

/* Start `eligo screen ... -o DIR/report.csv`, stop it as soon as its
 * temporary file appears, send SIG, let it go.  Returns FALSE when the run
 * ended before it could be stopped (then nothing was tested). */
static gboolean interrupt_while_writing(const char *dir, const char *input, int sig)
{
    char *out = g_build_filename(dir, "report.csv", NULL);
    int in = inotify_init1(0);
    assert_true(in >= 0);
    assert_true(inotify_add_watch(in, dir, IN_CREATE) >= 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execl(ELG_TEST_BINARY, ELG_TEST_BINARY, "screen", "-c", input, "-f", "csv", "-o", out, "-j", "1",
              (char *)NULL);
        _exit(97);
    }
    /* the first file created in DIR is the report's temporary file; a run
     * that ends before making one (a crash) fails here rather than hangs */
    struct pollfd pfd = {in, POLLIN, 0};
    while (poll(&pfd, 1, 100) == 0) {
        int early;
        if (waitpid(pid, &early, WNOHANG) == pid)
            fail_msg("eligo ended before it created its report (status %d)", early);
    }
    char buf[4096] __attribute__((aligned(8)));
    assert_true(read(in, buf, sizeof buf) > 0);
    const struct inotify_event *ev = (const struct inotify_event *)buf;
    char *tmp = g_build_filename(dir, ev->name, NULL);
    assert_true(g_str_has_prefix(ev->name, ".report.csv."));
    kill(pid, SIGSTOP);
    gboolean caught = g_file_test(tmp, G_FILE_TEST_EXISTS) && !g_file_test(out, G_FILE_TEST_EXISTS);
    kill(pid, sig);
    kill(pid, SIGCONT);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    close(in);
    if (caught) {
        /* death by the signal (a shell reports 128 + N), temporary file gone */
        assert_true(WIFSIGNALED(status));
        assert_int_equal(WTERMSIG(status), sig);
        assert_false(g_file_test(tmp, G_FILE_TEST_EXISTS));
        assert_false(g_file_test(out, G_FILE_TEST_EXISTS));
    } else {
        /* too late: the report was complete and renamed into place */
        assert_true(g_file_test(out, G_FILE_TEST_EXISTS));
        assert_false(g_file_test(tmp, G_FILE_TEST_EXISTS));
        g_unlink(out);
    }
    g_free(tmp);
    g_free(out);
    return caught;
}

static void signal_while_writing(void **state, int sig)
{
    fixture *f = *state;
    char *sub = g_build_filename(f->dir, "run", NULL);
    assert_int_equal(g_mkdir(sub, 0755), 0);
    char *input = big_file(f->dir, 50000);
    /* the window (writing about 25 MB) is far wider than stopping takes;
     * should the run still win, try again rather than test nothing */
    gboolean caught = FALSE;
    for (int attempt = 0; attempt < 5 && !caught; attempt++)
        caught = interrupt_while_writing(sub, input, sig);
    assert_true(caught);
    char *ls = listing(sub);
    assert_string_equal(ls, "");
    g_free(ls);
    g_free(input);
    g_free(sub);
}

/* Pages of PATH in the page cache (mincore over a mapping, which reads nothing). */
static gsize cached_pages(const char *path)
{
    int fd = open(path, O_RDONLY);
    assert_true(fd >= 0);
    struct stat st;
    assert_int_equal(fstat(fd, &st), 0);
    const gsize page = (gsize)sysconf(_SC_PAGESIZE), n = ((gsize)st.st_size + page - 1) / page;
    void *m = mmap(NULL, (gsize)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    assert_true(m != MAP_FAILED);
    unsigned char *resident = g_malloc(n);
    assert_int_equal(mincore(m, (gsize)st.st_size, resident), 0);
    gsize count = 0;
    for (gsize i = 0; i < n; i++)
        count += resident[i] & 1;
    g_free(resident);
    munmap(m, (gsize)st.st_size);
    close(fd);
    return count;
}

/* Write TEXT to PATH, on disk (clean pages can be dropped), then read it back
 * into the page cache. */
static void write_cached(const char *path, const char *text)
{
    assert_true(g_file_set_contents(path, text, -1, NULL));
    int fd = open(path, O_RDONLY);
    assert_true(fd >= 0);
    assert_int_equal(fsync(fd), 0);
    close(fd);
    char *back = NULL;
    assert_true(g_file_get_contents(path, &back, NULL, NULL));
    g_free(back);
}

/* Replacing a report first gives back the old one's cached pages, for the
 * new one to recycle; the old report stays whole until the rename, and stays
 * when the run gives up. */
static void replaced_report_gives_back_its_cached_pages(void **state)
{
    fixture *f = *state;
    GString *text = g_string_new(NULL);
    for (unsigned i = 0; i < 50000; i++)
        g_string_append_printf(text, "241490,C%07u,eligible\n", i);
    char *old = g_build_filename(f->dir, "report.csv", NULL);
    char *control = g_build_filename(f->dir, "control.csv", NULL);
    write_cached(old, text->str);
    write_cached(control, text->str);
    /* a file system that keeps every page (tmpfs) cannot show it */
    int fd = open(control, O_RDONLY);
    assert_true(fd >= 0);
    posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    close(fd);
    if (cached_pages(old) == 0 || cached_pages(control) != 0) {
        g_string_free(text, TRUE);
        g_free(old);
        g_free(control);
        skip();
    }

    elg_atomic a;
    GError *err = NULL;
    assert_true(elg_atomic_open(&a, old, &err));
    assert_int_equal(cached_pages(old), 0);
    elg_atomic_abort(&a);
    char *back = NULL;
    assert_true(g_file_get_contents(old, &back, NULL, NULL));
    assert_string_equal(back, text->str);
    g_free(back);

    /* and replaced whole */
    assert_true(elg_write_atomic(old, "post_id\n", 8, &err));
    assert_true(g_file_get_contents(old, &back, NULL, NULL));
    assert_string_equal(back, "post_id\n");
    g_free(back);
    g_string_free(text, TRUE);
    g_free(old);
    g_free(control);
}

/* A report replaced keeps the permissions it had: one made private (it
 * names candidates) was made world-readable again by each run.  A new one
 * gets 0666 less the umask. */
static void replaced_report_keeps_its_permissions(void **state)
{
    fixture *f = *state;
    char *out = g_build_filename(f->dir, "report.csv", NULL), *fresh = g_build_filename(f->dir, "new.csv", NULL);
    assert_true(g_file_set_contents(out, "the previous report\n", -1, NULL));
    assert_int_equal(chmod(out, 0640), 0);
    const char *argv[] = {"screen", "-c", f->clean, "-f", "csv", "-o", out, NULL};
    char *err;
    assert_int_equal(run(argv, NULL, FALSE, &err), 0);
    g_free(err);
    struct stat st;
    assert_int_equal(stat(out, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
    assert_true(st.st_size > 20); /* replaced all the same */
    const mode_t mask = umask(022);
    const char *argv2[] = {"inspect", f->clean, "-o", fresh, NULL};
    assert_int_equal(run(argv2, NULL, FALSE, &err), 0);
    umask(mask);
    g_free(err);
    assert_int_equal(stat(fresh, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0644);
    g_free(out);
    g_free(fresh);
}

/* The library's calls to umask(), which sets the process's mask even to
 * read it: for that moment a file another thread of the embedding program
 * created got mode 0666. */
/* The fixture's clean file, loaded (*P) and screened against no post: a
 * report to write; NULL when it could not be loaded. */
static elg_screening *screen_clean(const fixture *f, elg_profiles **p)
{
    *p = elg_profiles_load(f->clean, t_ref(), &(elg_load_options){0}, NULL);
    return *p ? elg_screen(*p, NULL, 0, 1) : NULL;
}

static int umask_calls;
mode_t umask(mode_t mask)
{
    umask_calls++;
    return (mode_t)syscall(SYS_umask, mask);
}

static void report_leaves_the_umask_alone(void **state)
{
    fixture *f = *state;
    char *out = g_build_filename(f->dir, "report.csv", NULL);
    elg_profiles *p;
    elg_screening *s = screen_clean(f, &p);
    assert_non_null(s);
    elg_report_options ro = {.format = ELG_REPORT_CSV};
    const mode_t mask = umask(027);
    umask_calls = 0;
    assert_true(elg_report_write_file(s, &ro, out, NULL));
    assert_int_equal(umask_calls, 0);
    struct stat st;
    assert_int_equal(stat(out, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640); /* 0666 less the umask, all the same */
    umask(mask);
    elg_screening_free(s);
    elg_profiles_free(p);
    g_unlink(out);
    g_free(out);
}

/* A report written through a symbolic link replaces the file the link
 * names, whether that file exists or not yet (a link made before the first
 * report); the link stays a link. */
static void report_through_link(void **state, gboolean file_exists)
{
    fixture *f = *state;
    char *target = g_build_filename(f->dir, "reports", NULL), *file = g_build_filename(target, "r.csv", NULL),
         *link = g_build_filename(f->dir, "latest.csv", NULL);
    assert_int_equal(g_mkdir(target, 0755), 0);
    if (file_exists)
        assert_true(g_file_set_contents(file, "the previous report\n", -1, NULL));
    assert_int_equal(symlink("reports/r.csv", link), 0);
    const char *argv[] = {"screen", "-c", f->clean, "-f", "csv", "-o", link, NULL};
    char *err;
    assert_int_equal(run(argv, NULL, FALSE, &err), 0);
    g_free(err);
    assert_true(g_file_test(link, G_FILE_TEST_IS_SYMLINK));
    char *text;
    assert_true(g_file_get_contents(file, &text, NULL, NULL));
    assert_true(g_str_has_prefix(text, "post_id,candidate_id,"));
    g_free(text);
    g_free(target);
    g_free(file);
    g_free(link);
}

static void report_through_a_link(void **state) { report_through_link(state, TRUE); }
static void report_through_a_dangling_link(void **state) { report_through_link(state, FALSE); }

/* A program calling the library tells a file it cannot open, read or
 * write (ELG_ERR_IO: retry, or fix the path) from one whose content is
 * refused (ELG_ERR_INPUT: tell the user); both were ELG_ERR_INPUT. */
static void error_codes_tell_io_from_content(void **state)
{
    fixture *f = *state;
    struct {
        const char *name, *text; /* a file of DIR with TEXT, or no file (NULL) */
        gssize len;
        int code;
    } files[] = {
        {"missing.csv", NULL, 0, ELG_ERR_IO},
        {".", NULL, 0, ELG_ERR_IO}, /* the directory */
        {"empty.csv", "", 0, ELG_ERR_INPUT},
        {"noid.csv", "name,nationality\nAnn,BE\n", -1, ELG_ERR_INPUT},
        {"binary.csv", "candidate_id\nA\0B\n", 17, ELG_ERR_INPUT},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(files); i++) {
        char *path = g_build_filename(f->dir, files[i].name, NULL);
        if (files[i].text)
            assert_true(g_file_set_contents(path, files[i].text, files[i].len, NULL));
        GError *err = NULL;
        elg_load_options o = {0};
        assert_null(elg_profiles_load(path, t_ref(), &o, &err));
        if (!g_error_matches(err, ELG_ERR_DOMAIN, files[i].code))
            fail_msg("%s: code %d, expected %d (%s)", files[i].name, err->code, files[i].code, err->message);
        g_error_free(err);
        g_free(path);
    }
    /* a mapping file: missing, then not JSON */
    char *map = g_build_filename(f->dir, "map.json", NULL);
    elg_load_options o = {.map_file = map};
    GError *err = NULL;
    assert_null(elg_profiles_load(f->clean, t_ref(), &o, &err));
    assert_true(g_error_matches(err, ELG_ERR_DOMAIN, ELG_ERR_IO));
    g_clear_error(&err);
    assert_true(g_file_set_contents(map, "{\"Their header\": ", -1, NULL));
    assert_null(elg_profiles_load(f->clean, t_ref(), &o, &err));
    assert_true(g_error_matches(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT));
    g_clear_error(&err);
    /* reference tables: no directory, then a table that is not JSON */
    char *nowhere = g_build_filename(f->dir, "nowhere", NULL), *tables = g_build_filename(f->dir, "reference", NULL),
         *countries = g_build_filename(tables, "countries.json", NULL);
    assert_null(elg_reference_load(nowhere, &err));
    assert_true(g_error_matches(err, ELG_ERR_DOMAIN, ELG_ERR_IO));
    g_clear_error(&err);
    assert_int_equal(g_mkdir(tables, 0755), 0);
    assert_true(g_file_set_contents(countries, "[", -1, NULL));
    assert_null(elg_reference_load(f->dir, &err));
    assert_true(g_error_matches(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT));
    g_clear_error(&err);
    /* a report into a directory that does not exist */
    elg_profiles *p;
    elg_screening *s = screen_clean(f, &p);
    assert_non_null(s);
    char *out = g_build_filename(nowhere, "report.csv", NULL);
    assert_false(elg_report_write_file(s, &(elg_report_options){.format = ELG_REPORT_CSV}, out, &err));
    assert_true(g_error_matches(err, ELG_ERR_DOMAIN, ELG_ERR_IO));
    g_clear_error(&err);
    assert_false(elg_report_write_file(s, &(elg_report_options){.format = ELG_REPORT_CSV}, "/dev/full", &err));
    assert_string_equal(err->message, "/dev/full: error: cannot write the report: No space left on device");
    assert_true(g_error_matches(err, ELG_ERR_DOMAIN, ELG_ERR_IO));
    g_clear_error(&err);
    elg_screening_free(s);
    elg_profiles_free(p);
    g_unlink(countries);
    g_rmdir(tables);
    g_free(out);
    g_free(countries);
    g_free(tables);
    g_free(nowhere);
    g_free(map);
}

/* A program that embeds the library and handles SIGTERM itself (a service
 * shutting down gracefully) or ignores SIGINT keeps its dispositions across
 * elg_report_write_file: the library took both over for good, and the
 * signal then ended the process. */
static volatile sig_atomic_t got_term;
static void on_term(int sig) { (void)sig; got_term = 1; }

static void report_leaves_program_signals_alone(void **state)
{
    fixture *f = *state;
    char *out = g_build_filename(f->dir, "report.csv", NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        signal(SIGTERM, on_term);
        signal(SIGINT, SIG_IGN);
        elg_profiles *p;
        elg_screening *s = screen_clean(f, &p);
        elg_report_options ro = {.format = ELG_REPORT_CSV};
        if (!s || !elg_report_write_file(s, &ro, out, NULL))
            _exit(90);
        struct sigaction term, intr;
        sigaction(SIGTERM, NULL, &term);
        sigaction(SIGINT, NULL, &intr);
        if (term.sa_handler != on_term || intr.sa_handler != SIG_IGN)
            _exit(91);
        raise(SIGINT);
        raise(SIGTERM);
        _exit(got_term ? 0 : 92);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_false(WIFSIGNALED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_true(g_file_test(out, G_FILE_TEST_IS_REGULAR));
    g_unlink(out);
    g_free(out);
}

/* Where they are at their default, they are so again once the report is written. */
static void report_gives_back_default_signals(void **state)
{
    fixture *f = *state;
    char *out = g_build_filename(f->dir, "report.csv", NULL);
    elg_profiles *p;
    elg_screening *s = screen_clean(f, &p);
    assert_non_null(s);
    elg_report_options ro = {.format = ELG_REPORT_CSV};
    assert_true(elg_report_write_file(s, &ro, out, NULL));
    struct sigaction term, intr;
    sigaction(SIGTERM, NULL, &term);
    sigaction(SIGINT, NULL, &intr);
    assert_true(term.sa_handler == SIG_DFL);
    assert_true(intr.sa_handler == SIG_DFL);
    elg_screening_free(s);
    elg_profiles_free(p);
    g_unlink(out);
    g_free(out);
}

/* Two reports written at once (two threads of one program): the first one
 * finished must not leave the other's temporary file unguarded; a signal
 * then removes it. */
static void two_reports_at_once_both_guarded(void **state)
{
    fixture *f = *state;
    char *a_path = g_build_filename(f->dir, "a.csv", NULL), *b_path = g_build_filename(f->dir, "b.csv", NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        elg_atomic a, b;
        if (!elg_atomic_open(&a, a_path, NULL) || !elg_atomic_open(&b, b_path, NULL))
            _exit(90);
        fputs("half", a.fp);
        fflush(a.fp);
        if (!elg_atomic_commit(&b, NULL)) /* b is done, a is still being written */
            _exit(91);
        raise(SIGTERM);
        _exit(92);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), SIGTERM);
    GDir *d = g_dir_open(f->dir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name(d)))
        assert_false(g_str_has_prefix(name, ".a.csv."));
    g_dir_close(d);
    assert_false(g_file_test(a_path, G_FILE_TEST_EXISTS));
    assert_true(g_file_test(b_path, G_FILE_TEST_IS_REGULAR));
    g_unlink(b_path);
    g_free(a_path);
    g_free(b_path);
}

static void sigint_while_writing(void **state) { signal_while_writing(state, SIGINT); }
static void sigterm_while_writing(void **state) { signal_while_writing(state, SIGTERM); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(output_dir_missing, setup, teardown),
        cmocka_unit_test_setup_teardown(output_dir_read_only_keeps_the_old_report, setup, teardown),
        cmocka_unit_test_setup_teardown(replaced_report_gives_back_its_cached_pages, setup, teardown),
        cmocka_unit_test_setup_teardown(replaced_report_keeps_its_permissions, setup, teardown),
        cmocka_unit_test_setup_teardown(report_leaves_the_umask_alone, setup, teardown),
        cmocka_unit_test_setup_teardown(report_through_a_link, setup, teardown),
        cmocka_unit_test_setup_teardown(report_through_a_dangling_link, setup, teardown),
        cmocka_unit_test_setup_teardown(output_is_a_directory, setup, teardown),
        cmocka_unit_test_setup_teardown(output_full_disk, setup, teardown),
        cmocka_unit_test_setup_teardown(stdout_full_disk, setup, teardown),
        cmocka_unit_test_setup_teardown(input_is_a_directory_or_missing, setup, teardown),
        cmocka_unit_test_setup_teardown(input_is_a_pipe, setup, teardown),
        cmocka_unit_test_setup_teardown(input_is_a_named_pipe, setup, teardown),
        cmocka_unit_test_setup_teardown(endless_rule_set_is_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(error_codes_tell_io_from_content, setup, teardown),
        cmocka_unit_test_setup_teardown(report_leaves_program_signals_alone, setup, teardown),
        cmocka_unit_test_setup_teardown(report_gives_back_default_signals, setup, teardown),
        cmocka_unit_test_setup_teardown(sigint_while_writing, setup, teardown),
        cmocka_unit_test_setup_teardown(sigterm_while_writing, setup, teardown),
        cmocka_unit_test_setup_teardown(two_reports_at_once_both_guarded, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
