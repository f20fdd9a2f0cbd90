/* Appending to a GString inline (private to the library).  GLib 2.74's
 * g_string_append_len is a call into g_string_insert_len, which was a third
 * of a JSON report's instructions (callgrind); these copy in place when
 * the string has room, through GString's public fields, and leave the
 * growing to GLib when it has not. */
#ifndef ELG_APPEND_H
#define ELG_APPEND_H

#include <glib.h>
#include <string.h>

/* The N bytes at TEXT appended to O. */
static inline void elg_append_len(GString *o, const char *text, gsize n)
{
    if (G_UNLIKELY(o->len + n >= o->allocated_len)) {
        g_string_append_len(o, text, (gssize)n);
        return;
    }
    memcpy(o->str + o->len, text, n);
    o->len += n;
    o->str[o->len] = '\0';
}

/* The byte C appended to O. */
static inline void elg_append_c(GString *o, char c)
{
    elg_append_len(o, &c, 1);
}

/* The string TEXT appended to O. */
static inline void elg_append(GString *o, const char *text)
{
    elg_append_len(o, text, strlen(text));
}

/* Where up to N bytes may be written at the end of O, grown if need be;
 * elg_append_end() then says where they end. */
static inline char *elg_append_room(GString *o, gsize n)
{
    if (G_UNLIKELY(o->len + n >= o->allocated_len)) {
        const gsize len = o->len;
        g_string_set_size(o, len + n);
        g_string_truncate(o, len);
    }
    return o->str + o->len;
}

/* The bytes written from elg_append_room() up to END are O's. */
static inline void elg_append_end(GString *o, char *end)
{
    o->len = (gsize)(end - o->str);
    *end = '\0';
}

/* A string literal appended to O, its length known when compiled. */
#define ELG_APPEND_LITERAL(o, literal) elg_append_len((o), "" literal, sizeof(literal) - 1)

#endif
