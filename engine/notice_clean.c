/* Decoding a notice and cleaning it into logical lines (notice_int.h).
 * Notices arrive as plain text, Markdown or HTML pasted from job boards: the
 * markup is removed here, once, so that later steps see words only, while
 * each byte keeps the column it came from for FILE:LINE:COLUMN messages. */
#include "notice_int.h"

#include <string.h>
#include "load_utf16.h" /* elg_utf16_bom */

/* Glyphs that start a list item wherever they stand. */
static gboolean is_bullet_glyph(gunichar c)
{
    switch (c) {
    case 0x2022: case 0x25CF: case 0x25AA: case 0x25A0: case 0x25E6: case 0x2023:
    case 0x2043: case 0x2219: case 0x00B7: case 0x25CB: case 0x25A1: case 0x27A2:
    case 0x27A4: case 0x25BA: case 0x25B6: case 0x2713: case 0x2714: case 0x2192:
    case 0x25C6: case 0x25C7: case 0x2756: case 0x2605: case 0x2606:
    case 0xF0B7: case 0xF0A7: case 0xF0D8: case 0xF076: case 0xF0FC: case 0xF0A8:
        return TRUE; /* U+F0xx: Symbol-font bullets pasted from Word */
    default:
        return FALSE;
    }
}

/* Dashes start an item only when a space follows ("- have", not "-241490"). */
static gboolean is_dash(gunichar c)
{
    return c == '-' || c == '*' || c == '+' || c == 0x2013 || c == 0x2014 || c == 0x2010 ||
           c == 0x2012 || c == 0x2212;
}

static gboolean is_space(gunichar c)
{
    return c == ' ' || c == '\t' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == '\f' || c == '\v';
}

/* Superscript letters of French ordinals and abbreviations typed as such
 * ("1ᵉʳ mars", "5ᵉ étage", "nᵒ"): the letters themselves, as they read. */
static gunichar plain_letter(gunichar c)
{
    switch (c) {
    case 0x1D49: return 'e';
    case 0x02B3: return 'r';
    case 0x1D48: return 'd';
    case 0x1D52: return 'o';
    case 0x02E2: return 's';
    default: return c;
    }
}

static gboolean is_invisible(gunichar c)
{
    return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

static const struct {
    const char *name;
    gunichar c;
} entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
    {"ndash", 0x2013}, {"mdash", 0x2014}, {"rsquo", 0x2019}, {"lsquo", 0x2018},
    {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"laquo", 0xAB}, {"raquo", 0xBB},
    {"eacute", 0xE9}, {"egrave", 0xE8}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"agrave", 0xE0},
    {"acirc", 0xE2}, {"ccedil", 0xE7}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"ocirc", 0xF4},
    {"ucirc", 0xFB}, {"ugrave", 0xF9}, {"Eacute", 0xC9}, {"Egrave", 0xC8}, {"Agrave", 0xC0},
    {"oelig", 0x153}, {"hellip", 0x2026}, {"bull", 0x2022}, {"middot", 0xB7}, {"euro", 0x20AC},
    {"shy", 0xAD}, {"zwsp", 0x200B}, {"rarr", 0x2192},
};

/* An HTML entity at P (before END): the character and its length in bytes. */
static gboolean entity(const char *p, const char *end, gunichar *c, size_t *len)
{
    const char *q = p + 1;
    char name[12];
    size_t n = 0;
    while (q < end && n < sizeof name - 1 && *q != ';' &&
           (g_ascii_isalnum(*q) || (*q == '#' && n == 0)))
        name[n++] = *q++;
    if (q >= end || *q != ';' || n == 0)
        return FALSE;
    name[n] = '\0';
    *len = (size_t)(q + 1 - p);
    if (name[0] == '#') {
        gboolean hex = name[1] == 'x' || name[1] == 'X';
        char *stop = NULL;
        guint64 v = g_ascii_strtoull(name + (hex ? 2 : 1), &stop, hex ? 16 : 10);
        if (!stop || *stop || stop == name + (hex ? 2 : 1) || v == 0 || v > 0x10FFFF ||
            !g_unichar_validate((gunichar)v))
            return FALSE;
        *c = (gunichar)v;
        return TRUE;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(entities); i++)
        if (strcmp(name, entities[i].name) == 0) {
            *c = entities[i].c;
            return TRUE;
        }
    return FALSE;
}

typedef enum { TAG_NONE, TAG_INLINE, TAG_CELL, TAG_BREAK, TAG_ITEM } tag_kind;

#define TAG_NAME 12 /* longest tag name kept, with its NUL */

/* An HTML tag (or comment) at P: what it does, its length, its NAME (lower
 * case, "" for a comment) and whether it is a CLOSING tag. */
static tag_kind html_tag(const char *p, const char *end, size_t *len, char name[TAG_NAME], gboolean *closing_out)
{
    const char *q = p + 1;
    name[0] = '\0';
    *closing_out = FALSE;
    if (end - q >= 3 && memcmp(q, "!--", 3) == 0) {
        const char *stop = g_strstr_len(q, end - q, "-->");
        if (!stop)
            return TAG_NONE;
        *len = (size_t)(stop + 3 - p);
        return TAG_INLINE;
    }
    if (end - q >= 8 && g_ascii_strncasecmp(q, "!doctype", 8) == 0) {
        const char *gt = memchr(q, '>', (size_t)(end - q));
        if (!gt)
            return TAG_NONE;
        *len = (size_t)(gt + 1 - p);
        return TAG_INLINE;
    }
    gboolean closing = q < end && *q == '/';
    if (closing)
        q++;
    *closing_out = closing;
    size_t n = 0;
    while (q < end && n < TAG_NAME - 1 && g_ascii_isalnum(*q))
        name[n++] = (char)g_ascii_tolower(*q++);
    name[n] = '\0';
    if (n == 0 || !g_ascii_isalpha(name[0]))
        return TAG_NONE;
    const char *gt = q;
    while (gt < end && gt - p < 600 && *gt != '>' && *gt != '<')
        gt++;
    if (gt >= end || *gt != '>')
        return TAG_NONE;
    /* a saved web page: its document tags are no text ("<html><head>") */
    static const char *const breaks[] = {"br", "p", "div", "ul", "ol", "tr", "table", "h1",
                                         "h2", "h3", "h4", "h5", "h6", "hr", "section",
                                         "article", "header", "footer", "dt", "dd",
                                         "blockquote", "tbody", "thead", "html", "head",
                                         "body", "title", "main", "nav", "aside", NULL};
    static const char *const inl[] = {"b", "strong", "i", "em", "u", "span", "font", "a",
                                      "sup", "sub", "small", "big", "mark", "abbr", "code",
                                      "s", "strike", "ins", "del", "o", "img", "label",
                                      "meta", "link", NULL};
    *len = (size_t)(gt + 1 - p);
    if (strcmp(name, "li") == 0)
        return closing ? TAG_BREAK : TAG_ITEM;
    if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)
        return TAG_CELL;
    for (const char *const *b = breaks; *b; b++)
        if (strcmp(name, *b) == 0)
            return TAG_BREAK;
    for (const char *const *b = inl; *b; b++)
        if (strcmp(name, *b) == 0)
            return TAG_INLINE;
    return TAG_NONE;
}

/* The piece being built. */
typedef struct {
    nt_text *t;
    unsigned line;
    const char *lstart;     /* the physical line */
    GString *s;
    GArray *cols;           /* guint32 per byte of s */
    gboolean space;         /* a space is due before the next character */
    guint8 bullet, marked;
    const char *raw_from;   /* where the piece starts in the physical line */
    guint emitted;          /* non-empty pieces of this physical line */
    guint8 in_title;        /* inside <h1> or <title>: NT_IN_H1, NT_IN_TITLE */
} piece;

static void put(piece *e, const char *bytes, size_t n, guint32 col)
{
    if (e->space && e->s->len > 0) {
        g_string_append_c(e->s, ' ');
        g_array_append_val(e->cols, col);
    }
    e->space = FALSE;
    g_string_append_len(e->s, bytes, (gssize)n);
    guint32 cols[8] = {col, col, col, col, col, col, col, col};
    for (size_t left = n; left > 0; left -= MIN(left, 8))
        g_array_append_vals(e->cols, cols, (guint)MIN(left, 8));
}

static void put_char(piece *e, gunichar c, guint32 col)
{
    char buf[8];
    int n = g_unichar_to_utf8(c, buf);
    put(e, buf, (size_t)n, col);
}

/* A line of rule characters ("---", "|---|---|", "***") holds nothing. */
static gboolean only_rules(const GString *s)
{
    for (gsize i = 0; i < s->len; i++)
        if (!strchr("-=_*~:+ ", s->str[i]))
            return FALSE;
    return TRUE;
}

static void flush(piece *e, const char *raw_end)
{
    if (e->s->len > 0 && !only_rules(e->s)) {
        nt_line ln = {0};
        ln.line = e->line;
        ln.len = e->s->len;
        ln.text = g_strndup(e->s->str, e->s->len);
        guint32 last = e->cols->len ? g_array_index(e->cols, guint32, e->cols->len - 1) + 1 : 1;
        g_array_append_val(e->cols, last);
        ln.cols = g_memdup2(e->cols->data, (gsize)e->cols->len * sizeof(guint32));
        size_t rl = (size_t)(raw_end - e->raw_from);
        ln.raw = e->raw_from;
        while (rl > 0 && (*ln.raw == ' ' || *ln.raw == '\t')) {
            ln.raw++;
            rl--;
        }
        while (rl > 0 && (ln.raw[rl - 1] == ' ' || ln.raw[rl - 1] == '\t' || ln.raw[rl - 1] == '\r'))
            rl--;
        ln.raw_len = rl;
        ln.bullet = e->bullet;
        ln.marked = e->marked;
        ln.html_title = e->in_title;
        g_array_append_val(e->t->lines, ln);
        e->emitted++;
    }
    g_string_truncate(e->s, 0);
    g_array_set_size(e->cols, 0);
    e->space = FALSE;
    e->bullet = NT_NOBULLET;
    e->raw_from = raw_end;
}

/* An HTML block tag ends the piece, and the line before it is no sentence
 * that goes on ("<h2>Remarks</h2>" + "<p>Only nationals …"). */
static void close_block(piece *e, const char *raw_end)
{
    flush(e, raw_end);
    if (e->t->lines->len > 0)
        g_array_index(e->t->lines, nt_line, e->t->lines->len - 1).closed = TRUE;
}

/* The length of the space at P ("\t", " ", a no-break space as Word copies
 * put after "i."), or 0. */
static size_t space_at(const char *p, const char *end)
{
    if (p >= end)
        return 0;
    if (*p == ' ' || *p == '\t')
        return 1;
    gunichar c = g_utf8_get_char_validated(p, end - p);
    if (c == (gunichar)-1 || c == (gunichar)-2 || !is_space(c))
        return 0;
    return (size_t)(g_utf8_next_char(p) - p);
}

/* "2.5 years": a number that starts an item, not a section number. */
static gboolean before_unit(const char *p, const char *end)
{
    static const char *const units[] = {"year", "yr", "an", "month", "mois", NULL};
    for (const char *const *u = units; *u; u++) {
        size_t n = strlen(*u);
        if ((size_t)(end - p) >= n && g_ascii_strncasecmp(p, *u, n) == 0 &&
            (p + n == end || !g_ascii_isalpha(p[n]) || p[n] == 's' || p[n] == 'n'))
            return TRUE; /* years, yrs, ans, années */
    }
    return FALSE;
}

/* A section number "1.1", "3.2.1" or "1.1." at P (digits, not a decimal
 * before a unit): where it ends, or P. */
static const char *section_number(const char *p, const char *end)
{
    const char *r = p;
    int levels = 0;
    for (;;) {
        const char *d = r;
        while (r < end && r - d < 2 && g_ascii_isdigit(*r))
            r++;
        if (r == d || (r < end && g_ascii_isdigit(*r)))
            return p;
        levels++;
        if (r + 1 < end && *r == '.' && g_ascii_isdigit(r[1]))
            r++;
        else
            break;
    }
    if (levels < 2)
        return p;
    if (r < end && *r == '.')
        r++;
    if (!space_at(r, end))
        return p;
    const char *w = r; /* "2.5  years": PDF copies double the spaces */
    for (size_t sp; (sp = space_at(w, end)) != 0;)
        w += sp;
    if (before_unit(w, end))
        return p;
    return r;
}

/* After "B. " at P: a degree's abbreviation ("B. Sc.", "M. A.", "B. Eng.",
 * "D. Phil."), so that the letter before is part of it, no list marker. */
static gboolean abbreviation_after(const char *p, const char *end)
{
    for (size_t sp; (sp = space_at(p, end)) != 0;)
        p += sp;
    if (p >= end || !g_ascii_isupper(*p))
        return FALSE;
    const char *w = p++;
    while (p < end && p - w < 4 && g_ascii_islower(*p))
        p++;
    return p < end && *p == '.';
}

/* A list marker at P, at the start of a piece: "- ", "1. ", "a) ", "(ii) ",
 * "A. ", "IV. ", "1.1 ", "o " before a lower-case word, with spaces or
 * no-break spaces after it.  Returns its length (with the spaces after it)
 * and the kind; 0 when there is none. */
static size_t list_marker(const char *p, const char *end, guint8 *kind)
{
    const char *q = p;
    if (q < end && *q == '\\')
        q++; /* Markdown escape: "\- item" */
    gunichar c = q < end ? g_utf8_get_char_validated(q, end - q) : 0;
    if (c == (gunichar)-1 || c == (gunichar)-2)
        return 0;
    const char *after = q < end ? g_utf8_next_char(q) : q;
    const char *sect;
    if (is_dash(c) && space_at(after, end)) {
        *kind = NT_BULLET;
    } else if (c == 'o' && after + 1 < end && *after == ' ' && g_ascii_islower(after[1])) {
        *kind = NT_BULLET;
    } else if ((sect = section_number(q, end)) != q) {
        *kind = NT_NUMBERED;
        after = sect;
    } else {
        /* numbers and letters: "12.", "3)", "a)", "(b)", "iv.", "A.", "IV." */
        const char *r = q;
        gboolean paren = r < end && *r == '(';
        if (paren)
            r++;
        const char *w = r;
        while (r < end && r - w < 4 && g_ascii_isalnum(*r))
            r++;
        size_t wl = (size_t)(r - w);
        if (wl == 0 || r >= end)
            return 0;
        gboolean digits = TRUE, lower = TRUE, upper = TRUE;
        for (const char *x = w; x < r; x++) {
            digits &= g_ascii_isdigit(*x) != 0;
            lower &= g_ascii_islower(*x) != 0;
            upper &= g_ascii_isupper(*x) != 0;
        }
        gboolean roman = (lower && strspn(w, "ivx") >= wl) || (upper && strspn(w, "IVX") >= wl);
        if (!(digits && wl <= 3) && !((lower || upper) && wl == 1) && !roman)
            return 0;
        if (paren ? *r != ')' : (*r != '.' && *r != ')'))
            return 0;
        r++;
        if (!space_at(r, end) || (upper && wl == 1 && !paren && r[-1] == '.' && abbreviation_after(r, end)))
            return 0;
        *kind = NT_NUMBERED;
        after = r;
    }
    for (size_t sp; (sp = space_at(after, end)) != 0;)
        after += sp;
    return (size_t)(after - p);
}

/* Is the physical line wholly bold ("**Description**", "<b>ESSENTIAL</b>")? */
static gboolean wholly_bold(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '#'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == ':'))
        end--;
    size_t n = (size_t)(end - p);
    if (n >= 5 && (memcmp(p, "**", 2) == 0 || memcmp(p, "__", 2) == 0) &&
        (memcmp(end - 2, "**", 2) == 0 || memcmp(end - 2, "__", 2) == 0))
        return g_strstr_len(p + 2, (gssize)(n - 4), "**") == NULL;
    if (n >= 8 && g_ascii_strncasecmp(p, "<b>", 3) == 0 && g_ascii_strncasecmp(end - 4, "</b>", 4) == 0)
        return TRUE;
    if (n >= 18 && g_ascii_strncasecmp(p, "<strong>", 8) == 0 &&
        g_ascii_strncasecmp(end - 9, "</strong>", 9) == 0)
        return TRUE;
    return FALSE;
}

/* A Markdown link "[text](url)" starting at P: where its text ends and the
 * whole link ends. */
static gboolean md_link(const char *p, const char *end, const char **close, const char **stop)
{
    const char *q = p + 1;
    while (q < end && q - p < 500 && *q != ']' && *q != '[')
        q++;
    if (q + 1 >= end || *q != ']' || q[1] != '(')
        return FALSE;
    const char *r = q + 2;
    while (r < end && r - q < 1000 && *r != ')' && *r != ' ')
        r++;
    if (r >= end || *r != ')')
        return FALSE;
    *close = q;
    *stop = r + 1;
    return TRUE;
}

static void clean_line(nt_text *t, piece *e, const char *p, const char *end)
{
    e->lstart = p;
    e->raw_from = p;
    e->emitted = 0;
    e->marked = wholly_bold(p, end);
    guint32 col = 1;
    const char *link_close = NULL, *link_stop = NULL;
    gboolean drop_gt = FALSE, first = TRUE;
    while (p < end) {
        if (e->s->len == 0) {
            /* the start of a piece: Markdown heading marks, then a list marker */
            while (p < end && (*p == ' ' || *p == '\t')) {
                p++;
                col++;
            }
            if (first && p < end && *p == '#') {
                while (p < end && *p == '#') {
                    p++;
                    col++;
                }
                e->marked = TRUE;
                continue;
            }
            first = FALSE;
            guint8 kind;
            size_t m = e->bullet ? 0 : list_marker(p, end, &kind);
            if (m) {
                e->bullet = kind;
                col += (guint32)g_utf8_strlen(p, (gssize)m);
                p += m;
                continue;
            }
        }
        if (p == link_close) {
            col += (guint32)g_utf8_strlen(p, link_stop - p);
            p = link_stop;
            link_close = NULL;
            continue;
        }
        gunichar c = g_utf8_get_char_validated(p, end - p);
        size_t n = 1;
        if (c == (gunichar)-1 || c == (gunichar)-2)
            c = 0xFFFD; /* cannot happen after decoding; be safe */
        else
            n = (size_t)(g_utf8_next_char(p) - p);
        guint32 here = col;
        if (c == '&') {
            gunichar ec;
            size_t el;
            if (entity(p, end, &ec, &el)) {
                c = ec;
                n = el;
            }
        } else if (c == '<') {
            size_t tl;
            char name[TAG_NAME];
            gboolean closing;
            tag_kind k = html_tag(p, end, &tl, name, &closing);
            if (k != TAG_NONE) {
                col += (guint32)g_utf8_strlen(p, (gssize)tl);
                p += tl;
                if (k == TAG_CELL)
                    e->space = TRUE;
                else if (k == TAG_BREAK || k == TAG_ITEM) {
                    if (strcmp(name, "br") == 0)
                        flush(e, p - tl); /* a line break, maybe in mid-sentence */
                    else
                        close_block(e, p - tl);
                    e->raw_from = p;
                    if (k == TAG_ITEM)
                        e->bullet = NT_BULLET;
                    if (strcmp(name, "h1") == 0 || strcmp(name, "title") == 0)
                        e->in_title = closing ? 0 : name[0] == 'h' ? NT_IN_H1 : NT_IN_TITLE;
                }
                continue;
            }
            if (end - p > 4 && (g_ascii_strncasecmp(p + 1, "http", 4) == 0 ||
                                g_ascii_strncasecmp(p + 1, "www.", 4) == 0 ||
                                g_ascii_strncasecmp(p + 1, "mailto", 4) == 0)) {
                drop_gt = TRUE; /* autolink: keep the address, drop the brackets */
                p++;
                col++;
                continue;
            }
        } else if (c == '>' && drop_gt) {
            drop_gt = FALSE;
            p++;
            col++;
            continue;
        } else if (c == '[' && !link_close && md_link(p, end, &link_close, &link_stop)) {
            p++;
            col++;
            continue;
        } else if (c == '\\' && p + 1 < end && g_ascii_ispunct(p[1])) {
            put(e, p + 1, 1, col + 1); /* an escaped character is text */
            p += 2;
            col += 2;
            continue;
        }
        p += n;
        col++;
        if (c == '*' || c == '`') {
            continue; /* Markdown emphasis and code marks */
        } else if (c == '_') {
            gboolean inside = e->s->len > 0 && !e->space && g_ascii_isalnum(e->s->str[e->s->len - 1]) &&
                              p < end && g_ascii_isalnum(*p);
            if (inside)
                put(e, "_", 1, here);
        } else if (c == '|' || is_space(c) || c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            e->space = TRUE;
        } else if (is_invisible(c)) {
            continue;
        } else if (c == 0x2028 || c == 0x2029) {
            flush(e, p);
        } else if (is_bullet_glyph(c)) {
            if (e->s->len == 0) {
                e->bullet = NT_BULLET;
            } else if (e->space) {
                flush(e, p - n); /* "…; • have …": two items on one line */
                e->bullet = NT_BULLET;
            } else {
                put_char(e, c, here);
            }
        } else {
            put_char(e, plain_letter(c), here);
        }
    }
    flush(e, end);
    if (e->emitted == 0) {
        /* a blank line: it separates paragraphs */
        nt_line ln = {0};
        ln.line = e->line;
        ln.text = g_strdup("");
        ln.cols = g_new0(guint32, 1);
        ln.cols[0] = 1;
        ln.raw = e->lstart;
        g_array_append_val(t->lines, ln);
    }
}

/* The LEN bytes of UTF-16 at TEXT, past their byte order mark (BIG: big
 * endian), as UTF-8, as a candidate file in UTF-16 is read (load_utf16.c):
 * a code unit that is not a character (an unpaired surrogate, an odd last
 * byte) becomes U+FFFD, U+0000 a space. */
static char *from_utf16(const char *text, size_t len, gboolean big, size_t *out_len)
{
    const guchar *b = (const guchar *)text;
    GString *out = g_string_sized_new(len + len / 2);
    for (size_t i = 2; i < len; i += 2) {
        if (i + 1 >= len) {
            g_string_append_unichar(out, 0xFFFD);
            break;
        }
        gunichar u = big ? (gunichar)(b[i] << 8 | b[i + 1]) : (gunichar)(b[i + 1] << 8 | b[i]);
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < len) {
            const gunichar lo = big ? (gunichar)(b[i + 2] << 8 | b[i + 3]) : (gunichar)(b[i + 3] << 8 | b[i + 2]);
            if (lo >= 0xDC00 && lo < 0xE000) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        g_string_append_unichar(out, u == 0 ? ' ' : u >= 0xD800 && u < 0xE000 ? 0xFFFD : u);
    }
    *out_len = out->len;
    return g_string_free(out, FALSE);
}

/* The input as UTF-8: NUL bytes become spaces, a BOM goes, UTF-16 (with
 * its BOM: Notepad's "Unicode") is converted, and text that is not UTF-8
 * is read as Windows-1252 (or repaired). */
static char *decode(const char *text, size_t len, size_t *out_len, gboolean *recoded)
{
    const char *utf16 = elg_utf16_bom((const guint8 *)text, len);
    if (utf16) {
        *recoded = FALSE;
        return from_utf16(text, len, strcmp(utf16, "UTF-16BE") == 0, out_len);
    }
    char *copy = g_malloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
    for (size_t i = 0; i < len; i++)
        if (copy[i] == '\0')
            copy[i] = ' ';
    size_t skip = len >= 3 && memcmp(copy, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    *recoded = FALSE;
    if (g_utf8_validate(copy + skip, (gssize)(len - skip), NULL)) {
        memmove(copy, copy + skip, len - skip + 1);
        *out_len = len - skip;
        return copy;
    }
    *recoded = TRUE;
    gsize written = 0;
    char *u = g_convert(copy, (gssize)len, "UTF-8", "WINDOWS-1252", NULL, &written, NULL);
    if (!u) {
        u = g_utf8_make_valid(copy, (gssize)len);
        written = strlen(u);
    }
    g_free(copy);
    *out_len = written;
    return u;
}

void nt_text_read(nt_text *t, const char *text, size_t len)
{
    t->buf = decode(text, len, &t->len, &t->recoded);
    t->lines = g_array_new(FALSE, TRUE, sizeof(nt_line));
    piece e = {0};
    e.t = t;
    e.s = g_string_new(NULL);
    e.cols = g_array_new(FALSE, FALSE, sizeof(guint32));
    const char *p = t->buf, *end = t->buf + t->len;
    unsigned line = 1;
    while (p <= end) {
        const char *eol = p;
        while (eol < end && *eol != '\n' && *eol != '\r')
            eol++;
        e.line = line;
        clean_line(t, &e, p, eol);
        if (eol >= end)
            break;
        p = eol + (*eol == '\r' && eol + 1 < end && eol[1] == '\n' ? 2 : 1);
        line++;
    }
    g_string_free(e.s, TRUE);
    g_array_free(e.cols, TRUE);
}

void nt_text_clear(nt_text *t)
{
    if (t->lines) {
        for (guint i = 0; i < t->lines->len; i++) {
            nt_line *ln = &g_array_index(t->lines, nt_line, i);
            g_free(ln->text);
            g_free(ln->cols);
            if (ln->toks) {
                nt_toks_clear(ln->toks);
                g_free(ln->toks);
            }
        }
        g_array_free(t->lines, TRUE);
    }
    g_free(t->buf);
    t->lines = NULL;
    t->buf = NULL;
}

const nt_line *nt_line_at(const nt_text *t, guint i) { return &g_array_index(t->lines, nt_line, i); }

const nt_toks *nt_line_toks(nt_text *t, guint i)
{
    nt_line *ln = &g_array_index(t->lines, nt_line, i);
    if (!ln->toks) {
        ln->toks = g_new0(nt_toks, 1);
        nt_toks_init(ln->toks, ln->text, ln->len);
    }
    return ln->toks;
}
