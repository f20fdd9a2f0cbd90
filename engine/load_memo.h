/* Private: a per-loader memo of cell normalisation (load_row.c).  Most
 * cells of a large file repeat a few hundred spellings ("MSc", "C1",
 * "NATO SECRET", "2025-03-19"): each is folded and looked up once, then found
 * by its exact bytes.  No allocation per cell, one per thread.  It starts
 * small (a file of ten rows should not clear half a megabyte) and grows to a
 * fixed size, then starts again when full. */
#ifndef ELG_LOAD_MEMO_H
#define ELG_LOAD_MEMO_H

#include <string.h>
#include <glib.h>

#define ELG_MEMO_SLOTS 8192u   /* most slots, a power of two */
#define ELG_MEMO_FIRST 256u    /* slots at first */
#define ELG_MEMO_KEY 40u       /* longer cells are not memoised */

typedef struct {
    guint64 hash;               /* 0: empty */
    gint64 value;
    guint8 kind, len;
    char key[ELG_MEMO_KEY];
} elg_memo_slot;

typedef struct {
    elg_memo_slot *slot;
    guint mask;                 /* slots - 1 */
    guint used;
} elg_memo;

static inline elg_memo *elg_memo_new(void)
{
    elg_memo *m = g_new0(elg_memo, 1);
    m->slot = g_new0(elg_memo_slot, ELG_MEMO_FIRST);
    m->mask = ELG_MEMO_FIRST - 1;
    return m;
}

static inline void elg_memo_free(elg_memo *m)
{
    if (m)
        g_free(m->slot);
    g_free(m);
}

static inline guint64 elg_memo_hash(guint8 kind, const char *s, size_t len)
{
    guint64 h = 0x9E3779B97F4A7C15ull ^ ((guint64)kind << 56) ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        guint64 w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    guint64 w = 0;
    memcpy(&w, s + i, len - i);
    h = (h ^ w) * 0x94D049BB133111EBull;
    return (h ^ (h >> 29)) | 1;
}

/* The value memoised for (KIND, S), if any. */
static inline gboolean elg_memo_get(const elg_memo *m, guint8 kind, const char *s, size_t len,
                                    gint64 *value)
{
    if (!m || len > ELG_MEMO_KEY)
        return FALSE;
    guint64 h = elg_memo_hash(kind, s, len);
    for (guint i = (guint)h & m->mask;; i = (i + 1) & m->mask) {
        const elg_memo_slot *e = &m->slot[i];
        if (!e->hash)
            return FALSE;
        if (e->hash == h && e->kind == kind && e->len == len && memcmp(e->key, s, len) == 0) {
            *value = e->value;
            return TRUE;
        }
    }
}

static inline void elg_memo_put(elg_memo *m, guint8 kind, const char *s, size_t len, gint64 value)
{
    if (!m || len > ELG_MEMO_KEY)
        return;
    if (m->used >= (m->mask + 1) / 2) {
        const guint slots = m->mask + 1;
        if (slots < ELG_MEMO_SLOTS) { /* grow: the entries move to a table 4x larger */
            elg_memo_slot *old = m->slot;
            m->mask = MIN(slots * 4, ELG_MEMO_SLOTS) - 1;
            m->slot = g_new0(elg_memo_slot, m->mask + 1);
            for (guint k = 0; k < slots; k++) {
                if (!old[k].hash)
                    continue;
                guint i = (guint)old[k].hash & m->mask;
                while (m->slot[i].hash)
                    i = (i + 1) & m->mask;
                m->slot[i] = old[k];
            }
            g_free(old);
        } else { /* full: start again, memory stays fixed */
            memset(m->slot, 0, slots * sizeof *m->slot);
            m->used = 0;
        }
    }
    guint64 h = elg_memo_hash(kind, s, len);
    guint i = (guint)h & m->mask;
    while (m->slot[i].hash)
        i = (i + 1) & m->mask;
    elg_memo_slot *e = &m->slot[i];
    e->hash = h;
    e->value = value;
    e->kind = kind;
    e->len = (guint8)len;
    memcpy(e->key, s, len);
    m->used++;
}

#endif
