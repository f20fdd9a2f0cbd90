/* Private: a progress line on standard error for long runs (issue 5): shown
 * only when turned on (elg_set_progress), stderr is a terminal and the step
 * has run for over a second; redrawn at most five times a second, erased
 * when the step ends. */
#ifndef ELG_PROGRESS_H
#define ELG_PROGRESS_H

#include <glib.h>
#include "eligo/base.h"

typedef struct {
    gboolean tty;        /* stderr is a terminal */
    gboolean shown;      /* a line is on the screen */
    gint64 start, last;  /* monotonic microseconds */
} elg_progress;

void elg_progress_begin(elg_progress *pg);
/* Show "WHAT: N UNIT" if due; cheap when not. */
void elg_progress_update(elg_progress *pg, const char *what, guint64 n, const char *unit);
/* Erase the line if one was shown. */
void elg_progress_end(elg_progress *pg);

#endif
