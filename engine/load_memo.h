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
    /* one cache line a slot, on a line of its own: a probe reads one line */
    _Alignas(64) guint64 hash;  /* 0: empty */
    gint64 value;
    guint8 kind, len;
    char key[ELG_MEMO_KEY];
} elg_memo_slot;

typedef struct {
    elg_memo_slot *slot;
    guint mask;                 /* slots - 1 */
    guint used;
} elg_memo;

static inline elg_memo_slot *elg_memo_slots_new(guint n)
{
    return g_aligned_alloc0(n, sizeof(elg_memo_slot), _Alignof(elg_memo_slot));
}

static inline elg_memo *elg_memo_new(void)
{
    elg_memo *m = g_new0(elg_memo, 1);
    m->slot = elg_memo_slots_new(ELG_MEMO_FIRST);
    m->mask = ELG_MEMO_FIRST - 1;
    return m;
}

static inline void elg_memo_free(elg_memo *m)
{
    if (m)
        g_aligned_free(m->slot);
    g_free(m);
}

static inline guint64 elg_memo_load64(const char *s)
{
    guint64 w;
    memcpy(&w, s, 8);
    return w;
}

static inline guint64 elg_memo_load32(const char *s)
{
    guint32 w;
    memcpy(&w, s, 4);
    return w;
}

/* The last word of S, up to 8 bytes, from loads within S that overlap
 * rather than from bytes copied one by one into a word: a word load that
 * follows several smaller stores waits for them all (a store-forwarding
 * stall of some 15 cycles, once per cell).  Together with the length it
 * tells the bytes apart: 1 to 3 bytes are taken one by one, 4 to 8 as two
 * overlapping halves. */
static inline guint64 elg_memo_tail(const char *s, size_t len)
{
    if (len >= 8)
        return elg_memo_load64(s + len - 8);
    if (len >= 4)
        return elg_memo_load32(s) | elg_memo_load32(s + len - 4) << 32;
    if (len)
        return (guint8)s[0] | (guint64)(guint8)s[len / 2] << 8 | (guint64)(guint8)s[len - 1] << 16;
    return 0;
}

static inline guint64 elg_memo_hash(guint8 kind, const char *s, size_t len)
{
    guint64 h = 0x9E3779B97F4A7C15ull ^ ((guint64)kind << 56) ^ len;
    for (size_t i = 0; i + 8 < len; i += 8) {
        h = (h ^ elg_memo_load64(s + i)) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    h = (h ^ elg_memo_tail(s, len)) * 0x94D049BB133111EBull;
    return (h ^ (h >> 29)) | 1;
}

/* Do the LEN bytes at KEY and S agree?  Inline, word by word, with the
 * same overlapping loads as the hash: keys are short. */
static inline gboolean elg_memo_same(const char *key, const char *s, size_t len)
{
    for (size_t i = 0; i + 8 < len; i += 8)
        if (elg_memo_load64(key + i) != elg_memo_load64(s + i))
            return FALSE;
    return elg_memo_tail(key, len) == elg_memo_tail(s, len);
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
        if (e->hash == h && e->kind == kind && e->len == len && elg_memo_same(e->key, s, len)) {
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
            m->slot = elg_memo_slots_new(m->mask + 1);
            for (guint k = 0; k < slots; k++) {
                if (!old[k].hash)
                    continue;
                guint i = (guint)old[k].hash & m->mask;
                while (m->slot[i].hash)
                    i = (i + 1) & m->mask;
                m->slot[i] = old[k];
            }
            g_aligned_free(old);
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
