/* Private: running one worker function on several threads. */
#ifndef ELG_THREADS_H
#define ELG_THREADS_H

#include <glib.h>

/* Run FN(DATA) on THREADS threads named NAME, this one included; on fewer
 * when the process can have no more.  FN takes its work from DATA as it
 * comes (an atomic counter), so any number of threads does all of it. */
void elg_run_threads(guint threads, const char *name, GThreadFunc fn, gpointer data);

#endif
