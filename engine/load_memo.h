/* Private: a per-loader memo of cell normalisation (load_row.c).  Most
 * cells of a large file repeat a few hundred spellings ("MSc", "C1",
 * "NATO SECRET", "2025-03-19"): each is folded and looked up once, then found
 * by its exact bytes.  Fixed size, no allocation per cell, one per thread. */
#ifndef ELG_LOAD_MEMO_H
#define ELG_LOAD_MEMO_H

#include <string.h>
#include <glib.h>

#define ELG_MEMO_SLOTS 8192u   /* a power of two */
#define ELG_MEMO_KEY 40u       /* longer cells are not memoised */

typedef struct {
    guint64 hash;               /* 0: empty */
    gint64 value;
    guint8 kind, len;
    char key[ELG_MEMO_KEY];
} elg_memo_slot;

typedef struct {
    elg_memo_slot slot[ELG_MEMO_SLOTS];
    guint used;
} elg_memo;

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
    for (guint i = (guint)h & (ELG_MEMO_SLOTS - 1);; i = (i + 1) & (ELG_MEMO_SLOTS - 1)) {
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
    if (m->used >= ELG_MEMO_SLOTS / 2) { /* full: start again, memory stays fixed */
        memset(m->slot, 0, sizeof m->slot);
        m->used = 0;
    }
    guint64 h = elg_memo_hash(kind, s, len);
    guint i = (guint)h & (ELG_MEMO_SLOTS - 1);
    while (m->slot[i].hash)
        i = (i + 1) & (ELG_MEMO_SLOTS - 1);
    elg_memo_slot *e = &m->slot[i];
    e->hash = h;
    e->value = value;
    e->kind = kind;
    e->len = (guint8)len;
    memcpy(e->key, s, len);
    m->used++;
}

#endif
