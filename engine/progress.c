/* Progress lines on a terminal: see progress.h. */
#include "progress.h"

#include <stdio.h>
#include <unistd.h>

/* Off in a program that embeds the library: a line it did not ask for would
 * land in its terminal.  Set once at start-up, before any thread. */
static gboolean progress_on = FALSE;

void elg_set_progress(int on) { progress_on = on != 0; }

void elg_progress_begin(elg_progress *pg)
{
    pg->tty = progress_on && isatty(STDERR_FILENO);
    pg->shown = FALSE;
    pg->start = pg->last = g_get_monotonic_time();
}

void elg_progress_update(elg_progress *pg, const char *what, guint64 n, const char *unit)
{
    if (!pg->tty)
        return;
    gint64 now = g_get_monotonic_time();
    if (now - pg->start < G_USEC_PER_SEC || now - pg->last < G_USEC_PER_SEC / 5)
        return;
    pg->last = now;
    pg->shown = TRUE;
    fprintf(stderr, "\r\033[K%s: %" G_GUINT64_FORMAT " %s (%.1f s)", what, n, unit,
            (double)(now - pg->start) / G_USEC_PER_SEC);
    fflush(stderr);
}

void elg_progress_end(elg_progress *pg)
{
    if (pg->shown) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
    pg->shown = FALSE;
}
