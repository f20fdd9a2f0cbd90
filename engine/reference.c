/* Reference tables: read rules/reference/ JSON files into hash tables (reference_tables.h). */
#define _GNU_SOURCE /* dladdr */
#include "reference_tables.h"

#include <dlfcn.h>
#include <link.h>
#include <string.h>
#include <unistd.h>
#include <cjson/cJSON.h>
#include "errors.h"
#include "fold.h"
#include "jsonfile.h"
#include "values.h"

#ifndef ELG_SOURCE_DATA_DIR
#define ELG_SOURCE_DATA_DIR ""
#endif
#ifndef ELG_INSTALL_DATA_DIR
#define ELG_INSTALL_DATA_DIR ""
#endif
#ifndef ELG_LIB_TO_DATA
#define ELG_LIB_TO_DATA "../share/eligo"
#endif

static gboolean has_tables(const char *dir)
{
    gchar *probe = g_build_filename(dir, "reference", "countries.json", NULL);
    gboolean ok = g_file_test(probe, G_FILE_TEST_IS_REGULAR);
    g_free(probe);
    return ok;
}

/* The tables at REL from the directory of FILE (canonical), or NULL. */
static char *tables_beside(const char *file, const char *rel)
{
    gchar *dir = g_path_get_dirname(file);
    gchar *path = g_build_filename(dir, rel, NULL);
    gchar *canonical = g_canonicalize_filename(path, NULL);
    g_free(path);
    g_free(dir);
    if (has_tables(canonical))
        return canonical;
    g_free(canonical);
    return NULL;
}

char *elg_data_dir(void)
{
    const char *env = g_getenv("ELIGO_DATA_DIR");
    if (env && *env)
        return g_strdup(env);
    /* A program using the installed libeligo.so finds them from the library's
     * place, wherever the prefix was moved to, and before any beside the
     * program (another eligo's, of another version).  The main program's own
     * entry (the library linked in statically) has no name: dladdr would give
     * its argv[0], no place to go from.  A library's relative name (a relative
     * LD_LIBRARY_PATH) is the loader's, from the current directory (the one it
     * started in, unless it moved since). */
    char *found = NULL;
    Dl_info self;
    struct link_map *map = NULL;
    if (dladdr1((void *)elg_data_dir, &self, (void **)&map, RTLD_DL_LINKMAP) && map && map->l_name &&
        *map->l_name)
        found = tables_beside(map->l_name, ELG_LIB_TO_DATA);
    /* An installed binary finds PREFIX/share/eligo beside PREFIX/bin. */
    gchar *exe = found ? NULL : g_file_read_link("/proc/self/exe", NULL);
    if (exe)
        found = tables_beside(exe, "../share/eligo");
    g_free(exe);
    if (found)
        return found;
    /* A build-tree binary reads the source tree it was configured from. */
    if (*ELG_SOURCE_DATA_DIR && has_tables(ELG_SOURCE_DATA_DIR))
        return g_strdup(ELG_SOURCE_DATA_DIR);
    return g_strdup(ELG_INSTALL_DATA_DIR);
}

/* --- helpers ------------------------------------------------------------ */

static void add_key(GHashTable *t, const char *text, gpointer value)
{
    char key[ELG_FOLD_MAX];
    size_t n = elg_fold(text, strlen(text), key, sizeof key);
    if (n == 0 || n >= sizeof key)
        return;
    /* The first table entry to claim a key keeps it: tables list the
     * canonical forms before the aliases. */
    if (!g_hash_table_contains(t, key))
        g_hash_table_insert(t, g_strdup(key), value);
}

static gpointer find_key(GHashTable *t, const char *text, size_t len)
{
    char key[ELG_FOLD_MAX];
    size_t n = elg_fold(text, len, key, sizeof key);
    if (n == 0 || n >= sizeof key)
        return NULL;
    return g_hash_table_lookup(t, key);
}

static const char *jstr(const cJSON *o, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void add_key_list(GHashTable *t, const cJSON *o, const char *name, gpointer value)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(o, name);
    const cJSON *it;
    cJSON_ArrayForEach(it, arr)
        if (cJSON_IsString(it))
            add_key(t, it->valuestring, value);
}

static GPtrArray *string_list(const cJSON *o, const char *name)
{
    GPtrArray *a = g_ptr_array_new_with_free_func(g_free);
    const cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(o, name))
        if (cJSON_IsString(it))
            g_ptr_array_add(a, g_strdup(it->valuestring));
    return a;
}

/* One table file while it is read: its text is kept so that a mistake is
 * reported as FILE:LINE:PATH (DESIGN.md s.5), as in rule sets. */
typedef struct {
    gchar *path;
    gchar *text;
    gsize len;
    cJSON *root;
    const char *member; /* the table's member: "countries", "levels" */
} table;

static void table_close(table *t)
{
    cJSON_Delete(t->root);
    g_free(t->text);
    g_free(t->path);
}

/* An error at .MEMBER[INDEX]SUB (INDEX < 0: at .MEMBER); returns FALSE. */
static gboolean table_error(GError **err, const table *t, int index, const char *sub, const char *what)
{
    GString *at = g_string_new(NULL);
    g_string_append_printf(at, ".%s", t->member);
    if (index >= 0)
        g_string_append_printf(at, "[%d]%s", index, sub ? sub : "");
    g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_INPUT, "%s:%u:%s: error: %s", t->path,
                elg_json_path_line(t->text, t->len, at->str, FALSE), at->str, what);
    g_string_free(at, TRUE);
    return FALSE;
}

/* The table MEMBER of reference/FILE, or NULL with ERR set (T closed). */
static cJSON *table_open(table *t, const char *dir, const char *file, const char *member, GError **err)
{
    *t = (table){g_build_filename(dir, "reference", file, NULL), NULL, 0, NULL, member};
    t->root = elg_json_read_file_text(t->path, &t->text, &t->len, err);
    if (!t->root) {
        table_close(t);
        return NULL;
    }
    cJSON *arr = cJSON_GetObjectItemCaseSensitive(t->root, member);
    if (!arr || !(cJSON_IsArray(arr) || cJSON_IsObject(arr))) {
        table_error(err, t, -1, NULL, "expected the table, found nothing");
        table_close(t);
        return NULL;
    }
    return arr;
}

/* --- tables ------------------------------------------------------------- */

static gboolean load_countries(elg_reference *ref, GError **err)
{
    table t;
    cJSON *arr = table_open(&t, ref->dir, "countries.json", "countries", err);
    if (!arr)
        return FALSE;
    elg_country placeholder = {0};
    g_array_append_val(ref->countries, placeholder);
    const cJSON *c;
    int index = 0;
    cJSON_ArrayForEach(c, arr) {
        const char *a2 = jstr(c, "alpha2"), *a3 = jstr(c, "alpha3");
        const char *en = jstr(c, "en"), *fr = jstr(c, "fr");
        /* a country skipped would make its nationals "not recognised" */
        if (!a2 || !a3 || !en || strlen(a2) != 2 || strlen(a3) != 3) {
            table_error(err, &t, index, NULL, "expected a country {\"alpha2\": 2 letters, \"alpha3\": 3 letters, "
                                              "\"en\": its English name}");
            table_close(&t);
            return FALSE;
        }
        if (ref->countries->len >= ELG_MAX_COUNTRIES) {
            table_error(err, &t, index, NULL, "too many countries");
            table_close(&t);
            return FALSE;
        }
        index++;
        elg_country k = {0};
        memcpy(k.alpha2, a2, 3);
        memcpy(k.alpha3, a3, 4);
        k.en = g_strdup(en);
        k.fr = g_strdup(fr ? fr : en);
        /* codes that forms also use for a missing answer: read as unknown */
        static const char *const placeholders[][2] = {{"NA", "not available"}, {"NC", "non communiqué"},
                                                      {"NR", "non renseigné"}, {"SO", "sans objet"}};
        for (size_t j = 0; j < G_N_ELEMENTS(placeholders); j++)
            if (strcmp(k.alpha2, placeholders[j][0]) == 0)
                k.placeholder = placeholders[j][1];
        g_array_append_val(ref->countries, k);
    }
    /* Codes first, then names, then aliases, so an alias never hides a code. */
    for (guint i = 1; i < ref->countries->len; i++) {
        elg_country *k = &g_array_index(ref->countries, elg_country, i);
        add_key(ref->country_keys, k->alpha2, GUINT_TO_POINTER(i));
        add_key(ref->country_keys, k->alpha3, GUINT_TO_POINTER(i));
    }
    for (guint i = 1; i < ref->countries->len; i++) {
        elg_country *k = &g_array_index(ref->countries, elg_country, i);
        add_key(ref->country_keys, k->en, GUINT_TO_POINTER(i));
        add_key(ref->country_keys, k->fr, GUINT_TO_POINTER(i));
    }
    guint i = 1;
    cJSON_ArrayForEach(c, arr)
        add_key_list(ref->country_keys, c, "aliases", GUINT_TO_POINTER(i++));
    gboolean ok = ref->countries->len >= 2 || table_error(err, &t, -1, NULL, "no countries");
    table_close(&t);
    return ok;
}

static void organisation_free(gpointer p)
{
    elg_organisation *o = p;
    g_free(o->id);
    g_free(o->name);
    g_array_free(o->members, TRUE);
    g_free(o);
}

static gboolean load_organisations(elg_reference *ref, GError **err)
{
    table t;
    cJSON *arr = table_open(&t, ref->dir, "organisations.json", "organisations", err);
    if (!arr)
        return FALSE;
    const cJSON *o;
    gboolean ok = TRUE;
    int index = 0;
    cJSON_ArrayForEach(o, arr) {
        const char *id = jstr(o, "id");
        if (!id) {
            ok = table_error(err, &t, index, NULL, "expected an organisation {\"id\": \"NATO\", \"members\": [...]}");
            break;
        }
        elg_organisation *org = g_new0(elg_organisation, 1);
        org->id = g_strdup(id);
        org->name = g_strdup(jstr(o, "name") ? jstr(o, "name") : id);
        org->members = g_array_new(FALSE, FALSE, sizeof(elg_membership));
        const cJSON *m;
        int member = 0;
        cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(o, "members")) {
            const char *cc = jstr(m, "country"), *joined = jstr(m, "joined");
            guint8 idx = cc ? elg_ref_country(ref, cc, strlen(cc)) : 0;
            guint32 day = joined ? elg_date_iso(joined, strlen(joined)) : 0;
            if (!idx || !day) {
                gchar *sub = g_strdup_printf(".members[%d]", member);
                ok = table_error(err, &t, index, sub,
                                 "a member needs a \"country\" of countries.json and a \"joined\" date YYYY-MM-DD");
                g_free(sub);
                break;
            }
            member++;
            elg_membership mem = {idx, day};
            g_array_append_val(org->members, mem);
        }
        g_ptr_array_add(ref->organisations, org);
        add_key(ref->org_keys, org->id, org);
        add_key_list(ref->org_keys, o, "names", org);
        if (!ok)
            break;
        index++;
    }
    table_close(&t);
    return ok;
}

/* territories.json: each territory's state; and which states are members
 * of an organisation, for the loader to know a territory worth a word. */
static gboolean load_territories(elg_reference *ref, GError **err)
{
    for (guint i = 0; i < ref->organisations->len; i++) {
        const elg_organisation *o = g_ptr_array_index(ref->organisations, i);
        for (guint m = 0; m < o->members->len; m++)
            g_array_index(ref->countries, elg_country, g_array_index(o->members, elg_membership, m).country)
                .in_organisation = TRUE;
    }
    table t;
    cJSON *arr = table_open(&t, ref->dir, "territories.json", "territories", err);
    if (!arr)
        return FALSE;
    /* twice: a territory's state must be no territory itself, whatever the order */
    for (int pass = 0; pass < 2; pass++) {
        const cJSON *e;
        int index = 0;
        cJSON_ArrayForEach(e, arr) {
            const char *cc = jstr(e, "country"), *sc = jstr(e, "sovereign");
            const guint8 c = cc ? elg_ref_country(ref, cc, strlen(cc)) : 0,
                         s = sc ? elg_ref_country(ref, sc, strlen(sc)) : 0;
            elg_country *k = &g_array_index(ref->countries, elg_country, c);
            const gboolean bad = pass == 0 ? !c || !s || s == c || k->sovereign
                                           : g_array_index(ref->countries, elg_country, s).sovereign != 0;
            if (bad) {
                table_error(err, &t, index, NULL, "expected a territory {\"country\": a country of countries.json, "
                                                  "\"sovereign\": a state of countries.json, not a territory}, each "
                                                  "territory once");
                table_close(&t);
                return FALSE;
            }
            k->sovereign = s;
            index++;
        }
    }
    table_close(&t);
    return TRUE;
}

const char *elg_ref_country_the(const elg_country *k)
{
    return g_str_has_prefix(k->en, "United ") || strcmp(k->en, "Netherlands") == 0 ? "the " : "";
}

static const char *const roman[] = {"", "I", "II", "III", "IV", "V", "VI"};
static const char *const stanag_names[] = {"0", "0+", "1", "1+", "2", "2+", "3", "3+", "4", "4+", "5"};

static gboolean load_languages(elg_reference *ref, GError **err)
{
    table t;
    cJSON *scale = table_open(&t, ref->dir, "languages.json", "scale", err);
    if (!scale)
        return FALSE;
    const cJSON *root = t.root, *s;
    int seen = 0, index = 0;
    cJSON_ArrayForEach(s, scale) {
        const cJSON *lv = cJSON_GetObjectItemCaseSensitive(s, "level");
        if (!cJSON_IsNumber(lv) || lv->valueint < 1 || lv->valueint > ELG_LEVEL_MAX) {
            table_error(err, &t, index, NULL, "expected a level {\"level\": 1 to 6, \"en\": its name}");
            table_close(&t);
            return FALSE;
        }
        index++;
        int level = lv->valueint;
        seen |= 1 << level;
        ref->level_roman[level] = g_strdup(roman[level]);
        ref->level_en[level] = g_strdup(jstr(s, "en") ? jstr(s, "en") : roman[level]);
        ref->level_fr[level] = g_strdup(jstr(s, "fr") ? jstr(s, "fr") : ref->level_en[level]);
        gpointer v = GINT_TO_POINTER(level + 1);
        add_key(ref->level_keys, roman[level], v);
        add_key(ref->level_keys, ref->level_en[level], v);
        add_key(ref->level_keys, ref->level_fr[level], v);
        if (jstr(s, "cefr"))
            add_key(ref->level_keys, jstr(s, "cefr"), v);
    }
    ref->level_roman[0] = g_strdup("none");
    ref->level_en[0] = g_strdup("none");
    ref->level_fr[0] = g_strdup("aucun");
    if (seen != 0x7E) {
        table_error(err, &t, -1, NULL, "the scale needs levels 1 to 6");
        table_close(&t);
        return FALSE;
    }
    const cJSON *syn = cJSON_GetObjectItemCaseSensitive(root, "synonyms");
    cJSON_ArrayForEach(s, syn)
        if (cJSON_IsNumber(s) && s->valueint >= 0 && s->valueint <= ELG_LEVEL_MAX)
            add_key(ref->level_keys, s->string, GINT_TO_POINTER(s->valueint + 1));
    for (int i = 0; i < 11; i++)
        ref->stanag[i] = -1;
    const cJSON *st = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(root, "stanag6001"), "levels");
    for (int i = 0; i < 11; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(st, stanag_names[i]);
        if (cJSON_IsNumber(v) && v->valueint >= 0 && v->valueint <= ELG_LEVEL_MAX)
            ref->stanag[i] = (gint8)v->valueint;
    }
    const cJSON *codes = cJSON_GetObjectItemCaseSensitive(root, "codes");
    t.member = "codes";
    index = 0;
    cJSON_ArrayForEach(s, codes) {
        const char *code = jstr(s, "code");
        if (!code) {
            table_error(err, &t, index, NULL, "expected a language {\"code\": \"de\", \"en\": \"German\"}");
            table_close(&t);
            return FALSE;
        }
        if (ref->languages->len >= ELG_MAX_LANGUAGES) {
            table_error(err, &t, index, NULL, "too many languages");
            table_close(&t);
            return FALSE;
        }
        index++;
        elg_language *l = g_new0(elg_language, 1);
        l->code = g_strdup(code);
        l->en = g_strdup(jstr(s, "en") ? jstr(s, "en") : code);
        l->fr = g_strdup(jstr(s, "fr") ? jstr(s, "fr") : l->en);
        g_ptr_array_add(ref->languages, l);
        add_key(ref->language_keys, l->code, l);
        add_key(ref->language_keys, l->en, l);
        add_key(ref->language_keys, l->fr, l);
        add_key_list(ref->language_keys, s, "aliases", l);
    }
    table_close(&t);
    return TRUE;
}

/* education.json and clearance.json share one shape: levels with an id and synonyms. */
static gboolean load_ladder(elg_reference *ref, const char *file, int max, char **ids,
                            char **names, GHashTable *keys, GError **err)
{
    table t;
    cJSON *levels = table_open(&t, ref->dir, file, "levels", err);
    if (!levels)
        return FALSE;
    int seen = 0, index = 0;
    const cJSON *l;
    cJSON_ArrayForEach(l, levels) {
        const cJSON *lv = cJSON_GetObjectItemCaseSensitive(l, "level");
        const char *id = jstr(l, "id");
        if (!cJSON_IsNumber(lv) || lv->valueint < 0 || lv->valueint > max || !id) {
            gchar *what = g_strdup_printf("expected a level {\"level\": 0 to %d, \"id\": its name in rule sets}", max);
            table_error(err, &t, index, NULL, what);
            g_free(what);
            table_close(&t);
            return FALSE;
        }
        index++;
        int level = lv->valueint;
        seen |= 1 << level;
        ids[level] = g_strdup(id);
        if (names)
            names[level] = g_strdup(jstr(l, "en") ? jstr(l, "en") : id);
        add_key(keys, id, GINT_TO_POINTER(level + 1));
        if (jstr(l, "en"))
            add_key(keys, jstr(l, "en"), GINT_TO_POINTER(level + 1));
        if (jstr(l, "fr"))
            add_key(keys, jstr(l, "fr"), GINT_TO_POINTER(level + 1));
        add_key_list(keys, l, "synonyms", GINT_TO_POINTER(level + 1));
    }
    if (ref->education_keys == keys) {
        const cJSON *ph;
        cJSON_ArrayForEach(ph, cJSON_GetObjectItemCaseSensitive(t.root, "notice_phrases"))
            if (cJSON_IsNumber(ph) && ph->valueint >= 0 && ph->valueint <= max)
                add_key(ref->education_phrases, ph->string, GINT_TO_POINTER(ph->valueint + 1));
    }
    gboolean ok = seen == (1 << (max + 1)) - 1 ||
                  table_error(err, &t, -1, NULL, "levels must be numbered 0 to the top without gaps");
    table_close(&t);
    return ok;
}

static void vocab_free(gpointer p)
{
    elg_vocab_entry *v = p;
    g_free(v->tag);
    g_free(v->en);
    g_free(v->fr);
    g_ptr_array_free(v->phrases_en, TRUE);
    g_ptr_array_free(v->phrases_fr, TRUE);
    g_ptr_array_free(v->aliases, TRUE);
    g_free(v);
}

static gboolean load_vocabulary(elg_reference *ref, const char *file, const char *member,
                                GPtrArray *entries, GHashTable *keys, gboolean folded,
                                GError **err)
{
    table t;
    cJSON *arr = table_open(&t, ref->dir, file, member, err);
    if (!arr)
        return FALSE;
    const cJSON *f;
    int index = 0;
    cJSON_ArrayForEach(f, arr) {
        const char *tag = jstr(f, "tag");
        if (!tag) {
            table_error(err, &t, index, NULL, "expected an entry {\"tag\": \"its_tag\", \"en\": its name}");
            table_close(&t);
            return FALSE;
        }
        index++;
        elg_vocab_entry *v = g_new0(elg_vocab_entry, 1);
        v->tag = g_strdup(tag);
        v->en = g_strdup(jstr(f, "en") ? jstr(f, "en") : tag);
        v->fr = g_strdup(jstr(f, "fr") ? jstr(f, "fr") : v->en);
        v->phrases_en = string_list(f, "phrases_en");
        v->phrases_fr = string_list(f, "phrases_fr");
        v->aliases = string_list(f, "aliases");
        g_ptr_array_add(entries, v);
        if (folded) {
            /* a skills cell may name a tag, an alias or the tag's English
             * or French name ("Certification in project management") */
            add_key(keys, tag, v->tag);
            add_key(keys, v->en, v->tag);
            add_key(keys, v->fr, v->tag);
            add_key_list(keys, f, "aliases", v->tag);
        } else {
            g_hash_table_insert(keys, g_strdup(tag), v);
        }
    }
    table_close(&t);
    return TRUE;
}

/* The folded words of every field's names and notice phrases, once: a
 * header or an experience pair may name a field so (elg_ref_field_named).
 * The first field so named keeps the words, as a scan in order would. */
static void add_field_words(elg_reference *ref, const char *text, const elg_vocab_entry *v)
{
    char folded[ELG_FOLD_MAX];
    if (text && elg_fold_words(text, strlen(text), folded, sizeof folded) < sizeof folded &&
        !g_hash_table_contains(ref->field_words, folded))
        g_hash_table_insert(ref->field_words, g_strdup(folded), (gpointer)v);
}

static void index_field_words(elg_reference *ref)
{
    for (guint i = 0; i < ref->fields->len; i++) {
        const elg_vocab_entry *v = g_ptr_array_index(ref->fields, i);
        add_field_words(ref, v->en, v);
        add_field_words(ref, v->fr, v);
        /* "IT", "HR": a header or a pair's key, never words of a notice */
        const GPtrArray *phrases[] = {v->phrases_en, v->phrases_fr, v->aliases};
        for (size_t l = 0; l < G_N_ELEMENTS(phrases); l++)
            for (guint k = 0; phrases[l] && k < phrases[l]->len; k++)
                add_field_words(ref, g_ptr_array_index(phrases[l], k), v);
    }
}

elg_reference *elg_reference_load(const char *dir, GError **err)
{
    elg_reference *ref = g_new0(elg_reference, 1);
    ref->dir = dir ? g_strdup(dir) : elg_data_dir();
    ref->countries = g_array_new(FALSE, TRUE, sizeof(elg_country));
    ref->country_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->organisations = g_ptr_array_new_with_free_func(organisation_free);
    ref->org_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->level_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->languages = g_ptr_array_new();
    ref->language_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->education_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->education_phrases = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->clearance_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->fields = g_ptr_array_new_with_free_func(vocab_free);
    ref->field_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->field_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ref->skills = g_ptr_array_new_with_free_func(vocab_free);
    ref->skill_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

    if (!has_tables(ref->dir)) {
        /* a directory the caller named is the one to mend; one found is ELIGO_DATA_DIR's to set */
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO,
                    dir ? "%s/reference: error: no reference tables there; expected the directory "
                          "holding reference/ and posts/"
                        : "%s/reference: error: no reference tables there (set ELIGO_DATA_DIR "
                          "to the directory holding reference/ and posts/)",
                    ref->dir);
        elg_reference_free(ref);
        return NULL;
    }
    if (!load_countries(ref, err) || !load_organisations(ref, err) || !load_territories(ref, err) ||
        !load_languages(ref, err) ||
        !load_ladder(ref, "education.json", ELG_EDU_MAX, ref->education_id, NULL,
                     ref->education_keys, err) ||
        !load_ladder(ref, "clearance.json", ELG_CLEARANCE_MAX, ref->clearance_id,
                     ref->clearance_name, ref->clearance_keys, err) ||
        !load_vocabulary(ref, "fields.json", "fields", ref->fields, ref->field_keys, FALSE, err) ||
        !load_vocabulary(ref, "skills.json", "skills", ref->skills, ref->skill_keys, TRUE, err)) {
        elg_reference_free(ref);
        return NULL;
    }
    index_field_words(ref);
    return ref;
}

static void language_free(gpointer p)
{
    elg_language *l = p;
    g_free(l->code);
    g_free(l->en);
    g_free(l->fr);
    g_free(l);
}

void elg_reference_free(elg_reference *ref)
{
    if (!ref)
        return;
    for (guint i = 0; i < ref->countries->len; i++) {
        elg_country *k = &g_array_index(ref->countries, elg_country, i);
        g_free(k->en);
        g_free(k->fr);
    }
    g_array_free(ref->countries, TRUE);
    g_hash_table_destroy(ref->country_keys);
    g_ptr_array_free(ref->organisations, TRUE);
    g_hash_table_destroy(ref->org_keys);
    for (int i = 0; i <= ELG_LEVEL_MAX; i++) {
        g_free(ref->level_roman[i]);
        g_free(ref->level_en[i]);
        g_free(ref->level_fr[i]);
    }
    g_hash_table_destroy(ref->level_keys);
    g_ptr_array_set_free_func(ref->languages, language_free);
    g_ptr_array_free(ref->languages, TRUE);
    g_hash_table_destroy(ref->language_keys);
    for (int i = 0; i <= ELG_EDU_MAX; i++)
        g_free(ref->education_id[i]);
    g_hash_table_destroy(ref->education_keys);
    g_hash_table_destroy(ref->education_phrases);
    for (int i = 0; i <= ELG_CLEARANCE_MAX; i++) {
        g_free(ref->clearance_id[i]);
        g_free(ref->clearance_name[i]);
    }
    g_hash_table_destroy(ref->clearance_keys);
    g_ptr_array_free(ref->fields, TRUE);
    g_hash_table_destroy(ref->field_keys);
    if (ref->field_words)
        g_hash_table_destroy(ref->field_words);
    g_ptr_array_free(ref->skills, TRUE);
    g_hash_table_destroy(ref->skill_keys);
    g_free(ref->dir);
    g_free(ref);
}

const char *elg_reference_dir(const elg_reference *ref) { return ref->dir; }

/* --- lookups ------------------------------------------------------------- */

guint8 elg_ref_country(const elg_reference *ref, const char *text, size_t len)
{
    return (guint8)GPOINTER_TO_UINT(find_key(ref->country_keys, text, len));
}

const elg_organisation *elg_ref_organisation(const elg_reference *ref, const char *name)
{
    return find_key(ref->org_keys, name, strlen(name));
}

/* A STANAG 6001 profile: four skill levels (listening, speaking, reading,
 * writing) as "3332" or "3+/3/3/2"; the overall level is the lowest skill. */
static int stanag_profile(const elg_reference *ref, const char *s, size_t len)
{
    int skills = 0, lowest = ELG_LEVEL_MAX;
    size_t i = 0;
    while (i < len) {
        if (s[i] == '/' || s[i] == ' ' || s[i] == '-') {
            i++;
            continue;
        }
        if (s[i] < '0' || s[i] > '5')
            return -1;
        int idx = (s[i] - '0') * 2;
        i++;
        if (i < len && s[i] == '+') {
            if (s[i - 1] == '5')
                return -1;
            idx++;
            i++;
        }
        int level = ref->stanag[idx];
        if (level < 0)
            return -1;
        if (level < lowest)
            lowest = level;
        skills++;
    }
    return skills == 4 ? lowest : -1;
}

int elg_ref_level(const elg_reference *ref, const char *text, size_t len)
{
    gpointer v = find_key(ref->level_keys, text, len);
    if (v)
        return GPOINTER_TO_INT(v) - 1;
    size_t n = len;
    const char *s = elg_trim(text, &n);
    /* "SLP 3332": the standardised language profile, as CVs write it */
    if (n > 3 && g_ascii_strncasecmp(s, "SLP", 3) == 0) {
        s += 3;
        n -= 3;
        while (n > 0 && (*s == ' ' || *s == ':')) {
            s++;
            n--;
        }
    }
    if (n >= 4 && n <= 11)
        return stanag_profile(ref, s, n);
    return -1;
}

const elg_language *elg_ref_language(const elg_reference *ref, const char *text, size_t len)
{
    return find_key(ref->language_keys, text, len);
}

int elg_ref_education(const elg_reference *ref, const char *text, size_t len)
{
    return GPOINTER_TO_INT(find_key(ref->education_keys, text, len)) - 1;
}

int elg_ref_clearance(const elg_reference *ref, const char *text, size_t len)
{
    return GPOINTER_TO_INT(find_key(ref->clearance_keys, text, len)) - 1;
}

const elg_vocab_entry *elg_ref_field(const elg_reference *ref, const char *tag)
{
    return g_hash_table_lookup(ref->field_keys, tag);
}

const elg_vocab_entry *elg_ref_field_named(const elg_reference *ref, const char *words)
{
    const elg_vocab_entry *field = elg_ref_field(ref, words);
    return field ? field : g_hash_table_lookup(ref->field_words, words);
}

const char *elg_ref_skill(const elg_reference *ref, const char *text, size_t len)
{
    return find_key(ref->skill_keys, text, len);
}
