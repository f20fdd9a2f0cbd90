/* Worker threads: see threads.h. */
#include "threads.h"

void elg_run_threads(guint threads, const char *name, GThreadFunc fn, gpointer data)
{
    GThread **pool = g_new0(GThread *, threads ? threads : 1);
    guint started = 1; /* g_thread_new would abort a process at its thread limit */
    while (started < threads && (pool[started] = g_thread_try_new(name, fn, data, NULL)))
        started++;
    fn(data);
    for (guint t = 1; t < started; t++)
        g_thread_join(pool[t]);
    g_free(pool);
}
