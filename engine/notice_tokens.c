/* Words of a notice text, folded for comparison, and phrase lookups on them
 * (notice_int.h).  Comparing word by word keeps "audit" from matching inside
 * "auditorium" and lets reference phrases match across punctuation. */
#include "notice_int.h"

#include <string.h>
#include "fold.h"

static gboolean is_digit(char c) { return c >= '0' && c <= '9'; }

/* Fold one word into T->fold; digits with a decimal point or comma keep it
 * as '.' so that "2,5" reads 2.5. */
static void add_word(nt_toks *t, const char *s, size_t len, size_t start, gboolean number)
{
    nt_tok k = {0};
    k.start = (guint)start;
    k.end = (guint)(start + len);
    k.f = (guint)t->fold->len;
    k.number = number;
    if (number) {
        for (size_t i = 0; i < len; i++)
            g_string_append_c(t->fold, s[i] == ',' ? '.' : s[i]);
    } else {
        char buf[ELG_FOLD_MAX];
        size_t n = elg_fold(s, len, buf, sizeof buf);
        if (n >= sizeof buf)
            n = strlen(buf); /* absurdly long word: keep what fitted */
        if (n == 0)
            return;
        g_string_append_len(t->fold, buf, (gssize)n);
    }
    g_string_append_c(t->fold, '\0');
    gboolean letters = FALSE, lower = FALSE;
    for (const char *p = s; p < s + len;) {
        gunichar c = g_utf8_get_char_validated(p, (gssize)(s + len - p));
        if (c == (gunichar)-1 || c == (gunichar)-2) {
            p++;
            continue;
        }
        if (g_unichar_isalpha(c)) {
            letters = TRUE;
            if (!g_unichar_isupper(c))
                lower = TRUE;
        }
        p = g_utf8_next_char(p);
    }
    k.upper = letters && !lower;
    g_array_append_val(t->toks, k);
}

void nt_toks_init(nt_toks *t, const char *text, size_t len)
{
    t->text = text;
    t->toks = g_array_new(FALSE, FALSE, sizeof(nt_tok));
    t->fold = g_string_new(NULL);
    size_t i = 0;
    while (i < len) {
        gunichar c = g_utf8_get_char_validated(text + i, (gssize)(len - i));
        if (c == (gunichar)-1 || c == (gunichar)-2) {
            i++;
            continue;
        }
        size_t next = (size_t)(g_utf8_next_char(text + i) - text);
        if (!g_unichar_isalnum(c)) {
            i = next;
            continue;
        }
        size_t start = i;
        gboolean digits = TRUE, point = FALSE;
        while (i < len) {
            c = g_utf8_get_char_validated(text + i, (gssize)(len - i));
            if (c == (gunichar)-1 || c == (gunichar)-2)
                break;
            next = (size_t)(g_utf8_next_char(text + i) - text);
            if (g_unichar_isalnum(c) || (g_unichar_ismark(c) && i > start)) {
                if (c > 0x7F || !is_digit((char)c))
                    digits = FALSE;
                i = next;
                continue;
            }
            /* a decimal point or comma between digits stays in the number */
            if ((c == '.' || c == ',') && digits && !point && i + 1 < len && is_digit(text[i + 1])) {
                point = TRUE;
                i++;
                continue;
            }
            break;
        }
        add_word(t, text + start, i - start, start, digits);
    }
}

void nt_toks_clear(nt_toks *t)
{
    if (t->toks)
        g_array_free(t->toks, TRUE);
    if (t->fold)
        g_string_free(t->fold, TRUE);
    t->toks = NULL;
    t->fold = NULL;
}

guint nt_ntoks(const nt_toks *t) { return t->toks->len; }

const nt_tok *nt_tok_at(const nt_toks *t, guint i) { return &g_array_index(t->toks, nt_tok, i); }

const char *nt_f(const nt_toks *t, guint i)
{
    return i < t->toks->len ? t->fold->str + g_array_index(t->toks, nt_tok, i).f : "";
}

gboolean nt_is(const nt_toks *t, guint i, const char *word)
{
    return i < t->toks->len && strcmp(nt_f(t, i), word) == 0;
}

gboolean nt_in(const nt_toks *t, guint i, const char *const *words)
{
    if (i >= t->toks->len)
        return FALSE;
    const char *f = nt_f(t, i);
    for (; *words; words++)
        if (strcmp(f, *words) == 0)
            return TRUE;
    return FALSE;
}

guint nt_seq(const nt_toks *t, guint i, const char *phrase)
{
    guint n = 0;
    const char *p = phrase;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t wl = sp ? (size_t)(sp - p) : strlen(p);
        if (i + n >= t->toks->len)
            return 0;
        const char *f = nt_f(t, i + n);
        if (strlen(f) != wl || memcmp(f, p, wl) != 0)
            return 0;
        n++;
        p += wl;
        if (*p == ' ')
            p++;
    }
    return n;
}

int nt_find_seq(const nt_toks *t, guint from, guint to, const char *const *phrases, guint *n)
{
    if (to > t->toks->len)
        to = t->toks->len;
    for (guint i = from; i < to; i++)
        for (const char *const *p = phrases; *p; p++) {
            guint k = nt_seq(t, i, *p);
            if (k && i + k <= to) {
                if (n)
                    *n = k;
                return (int)i;
            }
        }
    return -1;
}

gboolean nt_match(const nt_toks *t, guint i, const nt_toks *phrase)
{
    guint n = phrase->toks->len;
    if (n == 0 || i + n > t->toks->len)
        return FALSE;
    for (guint k = 0; k < n; k++)
        if (strcmp(nt_f(t, i + k), nt_f(phrase, k)) != 0)
            return FALSE;
    return TRUE;
}

gpointer nt_ngram(const nt_toks *t, guint i, guint maxn, GHashTable *keys, guint *n)
{
    char buf[ELG_FOLD_MAX];
    size_t len = 0;
    gpointer best = NULL;
    for (guint k = 0; k < maxn && i + k < t->toks->len; k++) {
        const char *f = nt_f(t, i + k);
        size_t fl = strlen(f);
        if (len + fl >= sizeof buf)
            break;
        memcpy(buf + len, f, fl);
        len += fl;
        buf[len] = '\0';
        gpointer v = g_hash_table_lookup(keys, buf);
        if (v) {
            best = v;
            *n = k + 1;
        }
    }
    return best;
}

gboolean nt_clause_break(const nt_toks *t, guint i)
{
    if (i == 0 || i >= t->toks->len)
        return FALSE;
    const nt_tok *a = nt_tok_at(t, i - 1), *b = nt_tok_at(t, i);
    for (guint p = a->end; p < b->start; p++)
        if (strchr(",;:()[]", t->text[p]))
            return TRUE;
    return FALSE;
}

char *nt_span(const nt_toks *t, guint i, guint n)
{
    if (n == 0 || i + n > t->toks->len)
        return g_strdup("");
    guint s = nt_tok_at(t, i)->start, e = nt_tok_at(t, i + n - 1)->end;
    return g_strndup(t->text + s, e - s);
}

/* --- reference phrase lists ------------------------------------------------ */

static void phrase_clear(gpointer p)
{
    nt_toks_clear(&((nt_phrase *)p)->toks);
}

static void add_phrases(GArray *out, const elg_vocab_entry *e, const GPtrArray *list)
{
    for (guint i = 0; i < list->len; i++) {
        const char *s = g_ptr_array_index(list, i);
        nt_phrase ph = {.tag = e->tag};
        nt_toks_init(&ph.toks, s, strlen(s));
        if (ph.toks.toks->len == 0) {
            nt_toks_clear(&ph.toks);
            continue;
        }
        ph.toks.text = NULL; /* the phrase string is not needed after folding */
        g_array_append_val(out, ph);
    }
}

static void vocab_lists(GArray **out, const GPtrArray *entries)
{
    for (int l = 0; l < NT_NLANG; l++) {
        out[l] = g_array_new(FALSE, FALSE, sizeof(nt_phrase));
        g_array_set_clear_func(out[l], phrase_clear);
    }
    for (guint i = 0; i < entries->len; i++) {
        const elg_vocab_entry *e = g_ptr_array_index(entries, i);
        add_phrases(out[NT_EN], e, e->phrases_en);
        add_phrases(out[NT_FR], e, e->phrases_fr);
    }
}

void nt_vocab_init(nt_vocab *v, const elg_reference *ref)
{
    vocab_lists(v->fields, ref->fields);
    vocab_lists(v->skills, ref->skills);
}

gboolean nt_vocab_word(const nt_vocab *v, const char *word)
{
    GArray *const sets[] = {v->fields[NT_EN], v->fields[NT_FR], v->skills[NT_EN], v->skills[NT_FR]};
    for (size_t s = 0; s < G_N_ELEMENTS(sets); s++)
        for (guint i = 0; sets[s] && i < sets[s]->len; i++) {
            const nt_toks *t = &g_array_index(sets[s], nt_phrase, i).toks;
            for (guint k = 0; k < nt_ntoks(t); k++)
                if (nt_is(t, k, word))
                    return TRUE;
        }
    return FALSE;
}

void nt_vocab_clear(nt_vocab *v)
{
    for (int l = 0; l < NT_NLANG; l++) {
        if (v->fields[l])
            g_array_free(v->fields[l], TRUE);
        if (v->skills[l])
            g_array_free(v->skills[l], TRUE);
        v->fields[l] = v->skills[l] = NULL;
    }
}

static gint hit_by_length(gconstpointer a, gconstpointer b)
{
    const nt_hit *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->set != y->set)
        return x->set < y->set ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static gint hit_by_start(gconstpointer a, gconstpointer b)
{
    const nt_hit *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

GArray *nt_hits(const nt_toks *t, guint from, guint to, GArray *const *sets, guint nsets)
{
    GArray *all = g_array_new(FALSE, FALSE, sizeof(nt_hit));
    if (to > t->toks->len)
        to = t->toks->len;
    guint order = 0;
    for (guint s = 0; s < nsets; s++) {
        for (guint k = 0; k < sets[s]->len; k++) {
            const nt_phrase *ph = &g_array_index(sets[s], nt_phrase, k);
            guint n = ph->toks.toks->len;
            const char *first = nt_f(&ph->toks, 0);
            for (guint i = from; i + n <= to; i++) {
                if (strcmp(nt_f(t, i), first) != 0 || !nt_match(t, i, &ph->toks))
                    continue;
                nt_hit h = {i, n, ph->tag, s, order++};
                g_array_append_val(all, h);
            }
        }
    }
    g_array_sort(all, hit_by_length);
    GArray *kept = g_array_new(FALSE, FALSE, sizeof(nt_hit));
    for (guint i = 0; i < all->len; i++) {
        const nt_hit *h = &g_array_index(all, nt_hit, i);
        gboolean overlaps = FALSE;
        for (guint j = 0; j < kept->len && !overlaps; j++) {
            const nt_hit *k = &g_array_index(kept, nt_hit, j);
            overlaps = h->start < k->start + k->n && k->start < h->start + h->n;
        }
        if (!overlaps)
            g_array_append_val(kept, *h);
    }
    g_array_free(all, TRUE);
    g_array_sort(kept, hit_by_start);
    return kept;
}
