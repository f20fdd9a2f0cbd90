/* Atomic file output: see output.h. */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include "errors.h"

/* The temporary files being written (a program may write several reports
 * at once, from several threads), removed if a signal ends the run.  The
 * handler reads their names from these static slots, never from memory a
 * thread may free meanwhile; a slot is in use while its flag is set, and
 * slots are taken round robin, so that one just released is the last to
 * be written again.  Past PENDING_MAX at once (or a longer name), a file
 * is written unguarded. */
#define PENDING_MAX 16
#define PENDING_NAME 4096
static char pending_name[PENDING_MAX][PENDING_NAME];
static gint pending_used[PENDING_MAX]; /* g_atomic: the handler reads it */
/* how many are pending, the next slot to try, and the dispositions:
 * changed together, never by the handler */
static GMutex pending_lock;
static guint pending_count, pending_next;

static void remove_pending(int sig)
{
    for (size_t i = 0; i < PENDING_MAX; i++)
        if (g_atomic_int_get(&pending_used[i]))
            unlink(pending_name[i]);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* SIGINT and SIGTERM remove the temporary file only where they would end
 * the process anyway (SIG_DFL): a program embedding the library keeps its
 * own handler, or SIG_IGN, and gets SIG_DFL back once the file is renamed. */
static const int cleanup_signals[] = {SIGINT, SIGTERM};

/* Each cleanup signal whose handler is FROM gets TO (one the program set
 * itself, or SA_SIGINFO, is left alone). */
static void replace_handler(void (*from)(int), void (*to)(int))
{
    for (size_t k = 0; k < G_N_ELEMENTS(cleanup_signals); k++) {
        struct sigaction now;
        if (sigaction(cleanup_signals[k], NULL, &now) == 0 && !(now.sa_flags & SA_SIGINFO) &&
            now.sa_handler == from)
            signal(cleanup_signals[k], to);
    }
}

/* Let a signal remove TMP until release_signals(TMP). */
static void catch_signals(const char *tmp)
{
    g_mutex_lock(&pending_lock);
    size_t i = PENDING_MAX;
    for (size_t k = 0; k < PENDING_MAX && strlen(tmp) < PENDING_NAME; k++) {
        const size_t slot = (pending_next + k) % PENDING_MAX;
        if (!g_atomic_int_get(&pending_used[slot])) {
            i = slot;
            break;
        }
    }
    if (i < PENDING_MAX) {
        strcpy(pending_name[i], tmp);
        g_atomic_int_set(&pending_used[i], 1); /* the name is whole before the handler may read it */
        pending_next = (guint)(i + 1) % PENDING_MAX;
    }
    if (i < PENDING_MAX && pending_count++ == 0)
        replace_handler(SIG_DFL, remove_pending);
    g_mutex_unlock(&pending_lock);
}

/* Forget TMP (if a signal would remove it); once no file is pending, give
 * the signals back their default. */
static void release_signals(const char *tmp)
{
    if (!tmp)
        return;
    g_mutex_lock(&pending_lock);
    size_t i = 0;
    while (i < PENDING_MAX && !(g_atomic_int_get(&pending_used[i]) && strcmp(pending_name[i], tmp) == 0))
        i++;
    if (i < PENDING_MAX) /* the name stays: the handler may be reading it */
        g_atomic_int_set(&pending_used[i], 0);
    if (i < PENDING_MAX && --pending_count == 0)
        replace_handler(remove_pending, SIG_DFL);
    g_mutex_unlock(&pending_lock);
}

/* The cached pages of the file about to be replaced are garbage once the
 * rename lands: hand them back now, so that the new file's pages recycle
 * them.  On a virtual machine that gives back free memory to its host, fresh
 * pages cost the writer about 2 s per GB, recycled ones a tenth of that.
 * The file itself is untouched until the rename; a hint, so failures are
 * ignored. */
static void release_cached_pages(const char *path)
{
#ifdef POSIX_FADV_DONTNEED
    /* O_NONBLOCK: a FIFO put in its place meanwhile must not block the open */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    close(fd);
#else
    (void)path;
#endif
}

/* The file a symbolic link PATH names, or NULL when PATH is no link; one
 * that does not exist yet (a link made before the first report) too, which
 * is why the chain is followed here rather than by realpath(). */
static gchar *link_target(const char *path)
{
    if (!g_file_test(path, G_FILE_TEST_IS_SYMLINK))
        return NULL;
    gchar *p = g_strdup(path);
    for (int hops = 0; hops < 40 && g_file_test(p, G_FILE_TEST_IS_SYMLINK); hops++) {
        gchar *next = g_file_read_link(p, NULL);
        if (!next)
            break;
        if (!g_path_is_absolute(next)) {
            gchar *dir = g_path_get_dirname(p), *joined = g_build_filename(dir, next, NULL);
            g_free(dir);
            g_free(next);
            next = joined;
        }
        g_free(p);
        p = next;
    }
    return p;
}

gboolean elg_atomic_open(elg_atomic *a, const char *path, GError **err)
{
    memset(a, 0, sizeof *a);
    /* one stat (through a link, of the file it names) tells a directory, a
     * device and a file to replace apart */
    struct stat st;
    const gboolean exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: is a directory; expected the name of a file to write", path);
        return FALSE;
    }
    /* A device or pipe (/dev/stdout, /dev/full, a FIFO) is written in place:
     * renaming a temporary file over it would replace the device node. */
    if (exists && !S_ISREG(st.st_mode)) {
        a->fp = fopen(path, "wb");
        if (!a->fp) {
            g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot write: %s", path, g_strerror(errno));
            return FALSE;
        }
        a->path = g_strdup(path);
        return TRUE;
    }
    /* through a symbolic link, the file it names is replaced, not the link */
    gchar *target = link_target(path);
    if (target)
        path = target;
    release_cached_pages(path);
    gchar *dir = g_path_get_dirname(path), *base = g_path_get_basename(path);
    gchar *tmpl = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
    g_free(dir);
    g_free(base);
    /* SIGINT and SIGTERM wait until the handler knows the temporary file:
     * one arriving just after it is created must still remove it */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    /* a new file gets 0666 less the umask from open() itself (reading the
     * umask would set it, for every thread of the process); one replaced
     * (EXISTS, a regular file by now) stays private until it gets its own
     * mode back (elg_atomic_commit) */
    /* as mkstemp, but the handler knows the name before the file exists: a
     * signal taken meanwhile by another thread of the program still removes it */
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    char *suffix = tmpl + strlen(tmpl) - 6;
    int fd = -1, saved = EEXIST;
    for (int tries = 0; fd < 0 && saved == EEXIST && tries < 100; tries++) {
        for (int k = 0; k < 6; k++)
            suffix[k] = letters[g_random_int_range(0, (gint32)sizeof letters - 1)];
        catch_signals(tmpl);
        fd = open(tmpl, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, exists ? 0600 : 0666);
        saved = errno;
        if (fd < 0)
            release_signals(tmpl);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (fd < 0) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot write: %s", path, g_strerror(saved));
        g_free(tmpl);
        g_free(target);
        return FALSE;
    }
    a->fp = fdopen(fd, "wb");
    a->path = g_strdup(path);
    a->tmp = tmpl;
    g_free(target);
    return TRUE;
}

void elg_atomic_abort(elg_atomic *a)
{
    if (a->fp)
        fclose(a->fp);
    if (a->tmp)
        g_unlink(a->tmp);
    release_signals(a->tmp);
    g_free(a->tmp);
    g_free(a->path);
    memset(a, 0, sizeof *a);
}

gboolean elg_atomic_commit(elg_atomic *a, GError **err)
{
    int failed = fflush(a->fp) != 0 || ferror(a->fp) || (a->tmp && fsync(fileno(a->fp)) != 0);
    int saved = errno;
    failed |= fclose(a->fp) != 0;
    if (!failed)
        saved = 0;
    a->fp = NULL;
    /* a file replaced keeps its own permissions (a report kept private
     * stays private); a new one has the umask's since elg_atomic_open */
    struct stat old;
    if (!failed && a->tmp && stat(a->path, &old) == 0 && S_ISREG(old.st_mode))
        failed = chmod(a->tmp, old.st_mode & 07777) != 0;
    if (!failed && a->tmp)
        failed = rename(a->tmp, a->path) != 0;
    if (failed) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot write: %s", a->path,
                    g_strerror(saved ? saved : errno));
        elg_atomic_abort(a);
        return FALSE;
    }
    release_signals(a->tmp);
    g_free(a->tmp);
    g_free(a->path);
    memset(a, 0, sizeof *a);
    return TRUE;
}

gboolean elg_write_stream(FILE *fp, const char *name, const char *text, gsize len, GError **err)
{
    if (fwrite(text, 1, len, fp) != len || fflush(fp) != 0) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot write: %s", name, g_strerror(errno));
        return FALSE;
    }
    return TRUE;
}

gboolean elg_write_atomic(const char *path, const char *text, gsize len, GError **err)
{
    elg_atomic a;
    if (!elg_atomic_open(&a, path, err))
        return FALSE;
    if (fwrite(text, 1, len, a.fp) != len) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot write: %s", path, g_strerror(errno));
        elg_atomic_abort(&a);
        return FALSE;
    }
    return elg_atomic_commit(&a, err);
}
