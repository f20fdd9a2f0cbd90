/* Values read through the reference tables of rules/reference/ (DESIGN.md
 * s.2, s.6): language levels, education, clearance, countries, languages,
 * member states, experience fields and skills. */
#include "testutil.h"

#include <string.h>
#include <cjson/cJSON.h>
#include <glib/gstdio.h>
#include "reference_tables.h"
#include "values.h"

static int level(const char *s) { return elg_ref_level(t_ref(), s, strlen(s)); }
static int education(const char *s) { return elg_ref_education(t_ref(), s, strlen(s)); }
static int clearance(const char *s) { return elg_ref_clearance(t_ref(), s, strlen(s)); }

/* Alpha-2 code of the country S names, or "" when it names none. */
static const char *country(const char *s)
{
    guint8 i = elg_ref_country(t_ref(), s, strlen(s));
    return i ? g_array_index(t_ref()->countries, elg_country, i).alpha2 : "";
}

#define CHECK_ALL(fn, cases)                                                          \
    for (size_t i_ = 0; i_ < G_N_ELEMENTS(cases); i_++) {                               \
        int got_ = fn(cases[i_].text);                                                  \
        if (got_ != cases[i_].want)                                                     \
            fail_msg(#fn "(\"%s\") = %d, expected %d", cases[i_].text, got_, cases[i_].want); \
    }

typedef struct {
    const char *text;
    int want;
} int_case;

static void test_levels_scale(void **state)
{
    (void)state;
    static const int_case cases[] = {
        {"I", 1}, {"II", 2}, {"III", 3}, {"IV", 4}, {"V", 5}, {"VI", 6}, {"iii", 3}, {" v ", 5},
        {"Beginner", 1}, {"Débutant", 1}, {"debutant", 1}, {"Elementary", 2},
        {"Élémentaire", 2}, {"elementaire", 2}, {"ELEMENTAIRE", 2}, {"Intermediate", 3},
        {"Intermédiaire", 3}, {"Upper Intermediate", 4}, {"upper-intermediate", 4},
        {"Intermédiaire supérieur", 4}, {"Advanced", 5}, {"Avancé", 5}, {"avancée", 5},
        {"Proficiency", 6}, {"Maîtrise", 6}, {"maitrise", 6},
    };
    CHECK_ALL(level, cases);
}

static void test_levels_cefr_native_none(void **state)
{
    (void)state;
    static const int_case cases[] = {
        {"A1", 1}, {"A2", 2}, {"B1", 3}, {"B2", 4}, {"C1", 5}, {"C2", 6}, {"c1", 5}, {"b 2", 4},
        {"native", 6}, {"Native speaker", 6}, {"mother tongue", 6}, {"Mother-Tongue", 6},
        {"langue maternelle", 6}, {"bilingual", 6}, {"pre-intermediate", 2},
        {"Natif", 6}, {"native", 6}, {"locuteur natif", 6}, {"locutrice native", 6},
        {"langue natale", 6}, {"none", 0}, {"aucun", 0}, {"0", 0}, {"néant", 0},
    };
    CHECK_ALL(level, cases);
}

/* LinkedIn's proficiency labels, the ILR scale's names: read through the
 * STANAG 6001 table as the levels they name (languages.json). */
static void test_levels_linkedin(void **state)
{
    (void)state;
    static const int_case cases[] = {
        {"Elementary proficiency", 2}, {"Limited working proficiency", 3}, {"Professional working proficiency", 5},
        {"Full professional proficiency", 6}, {"Native or bilingual proficiency", 6},
    };
    CHECK_ALL(level, cases);
}

static void test_levels_stanag(void **state)
{
    (void)state;
    /* weakest skill decides, through languages.json "stanag6001":
     * 0->0, 0+->I, 1->II, 1+->II, 2->III, 2+->IV, 3->V, 3+->V, 4..5->VI */
    static const int_case cases[] = {
        {"3332", 3}, {"3+/3/3/2", 3}, {"3/3/3/3", 5}, {"3+3+3+3+", 5}, {"4444", 6},
        {"5555", 6}, {"2+2+2+2+", 4}, {"2222", 3}, {"1+1+1+1+", 2}, {"1111", 2},
        {"0+0+0+0+", 1}, {"0000", 0}, {"3 3 3 2", 3}, {"3-3-3-2", 3}, {"4321", 2},
    };
    CHECK_ALL(level, cases);
}

/* languages.json ("stanag6001" note) says a profile may be written "SLP 3332". */
static void test_levels_stanag_slp_prefix(void **state)
{
    (void)state;
    static const int_case cases[] = {{"SLP 3332", 3}, {"SLP 3+/3/3/2", 3}, {"slp3332", 3}};
    CHECK_ALL(level, cases);
}

static void test_levels_refused(void **state)
{
    (void)state;
    static const int_case cases[] = {
        {"VII", -1}, {"IIII", -1}, {"good", -1}, {"fluent", -1}, {"courant", -1},
        {"C3", -1}, {"A0", -1}, {"D1", -1}, {"7", -1}, {"1", -1}, {"3", -1}, {"5", -1},
        {"", -1}, {"333", -1}, {"33332", -1}, {"3336", -1}, {"5+555", -1}, {"3a32", -1},
        {"basic", -1}, {"working knowledge", -1},
    };
    CHECK_ALL(level, cases);
}

static void test_education(void **state)
{
    (void)state;
    static const int_case cases[] = {
        {"none", 0}, {"no formal education", 0}, {"aucun diplôme", 0},
        {"secondary", 1}, {"Higher secondary", 1}, {"higher-secondary", 1},
        {"upper secondary", 1}, {"high school", 1}, {"baccalauréat", 1}, {"secondaire", 1},
        {"Higher Secondary School", 1}, {"upper secondary school", 1},
        {"post_secondary", 2}, {"post-secondary", 2}, {"Post Secondary", 2}, {"BTS", 2},
        {"bachelor", 3}, {"Bachelor's degree", 3}, {"BA", 3}, {"BSc", 3}, {"B.Sc.", 3},
        {"licence", 3}, {"Licence", 3}, {"university degree", 3},
        {"master", 4}, {"Master's degree", 4}, {"Masters", 4}, {"MA", 4}, {"MSc", 4},
        {"M.Sc.", 4}, {"MBA", 4}, {"maîtrise", 4}, {"master 2", 4}, {"Executive MBA", 4}, {"EMBA", 4},
        {"Graduate Diploma", 3}, {"Hochschulabschluss", 3}, {"Universitätsabschluss", 3},
        {"doctorate", 5}, {"PhD", 5}, {"Ph.D.", 5}, {"doctorat", 5}, {"Doctorat", 5},
        /* the degrees of Czech, Slovak, Polish, Portuguese and Spanish CVs */
        {"Bc.", 3}, {"Bakal\xc3\xa1\xc5\x99", 3}, {"Licencjat", 3}, {"Mgr.", 4}, {"Magistr", 4},
        {"Mestrado", 4}, {"M\xc3\xa1ster", 4}, {"Maestr\xc3\xad" "a", 4}, {"Doutoramento", 5}, {"Doctorado", 5},
        /* Belgian Dutch, and the French long forms */
        {"Graduaat", 2}, {"Dipl\xc3\xb4me universitaire de technologie", 2}, {"Professionele bachelor", 3},
        {"Professional bachelor", 3}, {"Licentiaat", 3}, {"Master-na-master", 4}, {"Executive Master", 4},
        {"Titre d'ing\xc3\xa9nieur", 4}, {"Doctoraat", 5}, {"HDR", 5}, {"Kandidaat", -1},
        /* refused: typos and words that straddle levels ("Ing.": a Dutch
         * bachelor's, a Czech master's) */
        {"Bachelr", -1}, {"diploma", -1}, {"degree", -1}, {"college", -1}, {"Ing.", -1},
        {"higher education", -1}, {"", -1}, {"yes", -1},
    };
    CHECK_ALL(education, cases);
    assert_string_equal(t_ref()->education_id[0], "none");
    assert_string_equal(t_ref()->education_id[2], "post_secondary");
    assert_string_equal(t_ref()->education_id[5], "doctorate");
}

static void test_clearance(void **state)
{
    (void)state;
    static const int_case cases[] = {
        {"none", 0}, {"no clearance", 0}, {"NR", 1}, {"nr", 1}, {"NATO RESTRICTED", 1},
        {"Nato Restricted", 1}, {"OTAN DIFFUSION RESTREINTE", 1}, {"NC", 2},
        {"NATO CONFIDENTIAL", 2}, {"CONFIDENTIEL OTAN", 2}, {"NS", 3}, {"NATO SECRET", 3},
        {"nato-secret", 3}, {"SECRET OTAN", 3}, {"secret", 3}, {"CTS", 4},
        {"COSMIC TOP SECRET", 4}, {"Cosmic Top Secret", 4}, {"COSMIC TRÈS SECRET", 4},
        {"cosmic tres secret", 4},
        {"TOP", -1}, {"SC", -1}, {"DV", -1}, {"TS/SCI", -1}, {"", -1}, {"yes", -1},
    };
    CHECK_ALL(clearance, cases);
    static const char *const ids[] = {"none", "NR", "NC", "NS", "CTS"};
    for (int i = 0; i <= ELG_CLEARANCE_MAX; i++)
        assert_string_equal(t_ref()->clearance_id[i], ids[i]);
}

static void test_countries(void **state)
{
    (void)state;
    static const struct {
        const char *text, *code;
    } cases[] = {
        {"BE", "BE"}, {"be", "BE"}, {"BEL", "BE"}, {"Belgium", "BE"}, {"Belgique", "BE"},
        {"POL", "PL"}, {"Poland", "PL"}, {"Pologne", "PL"}, {"UK", "GB"}, {"U.K.", "GB"},
        {"GB", "GB"}, {"GBR", "GB"}, {"United Kingdom", "GB"}, {"Royaume-Uni", "GB"},
        {"Turkey", "TR"}, {"Türkiye", "TR"}, {"Turquie", "TR"}, {"TUR", "TR"},
        {"Czech Republic", "CZ"}, {"Czechia", "CZ"}, {"Tchéquie", "CZ"},
        {"République tchèque", "CZ"}, {"Suède", "SE"}, {"SUEDE", "SE"}, {"suède", "SE"},
        {"Sweden", "SE"}, {"SWE", "SE"}, {"USA", "US"}, {"United States", "US"},
        {"États-Unis", "US"}, {"North Macedonia", "MK"}, {"Macédoine du Nord", "MK"},
        {"Pays-Bas", "NL"}, {"Netherlands", "NL"}, {"Norvège", "NO"}, {"Allemagne", "DE"},
        {"Monténégro", "ME"}, {"Islande", "IS"}, {"Kosovo", "XK"}, {"Ukraine", "UA"},
        {"Germny", ""}, {"Atlantis", ""}, {"", ""}, {"EU", ""}, {"Korea", ""},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        if (strcmp(country(cases[i].text), cases[i].code) != 0)
            fail_msg("country \"%s\" = \"%s\", expected \"%s\"", cases[i].text,
                     country(cases[i].text), cases[i].code);
}

static void test_languages(void **state)
{
    (void)state;
    static const struct {
        const char *text, *code;
    } cases[] = {
        {"uk", "uk"}, {"Ukrainian", "uk"}, {"de", "de"}, {"German", "de"}, {"allemand", "de"},
        {"Deutsch", "de"}, {"ger", "de"}, {"fr", "fr"}, {"Français", "fr"}, {"en", "en"},
        {"English", "en"}, {"nl", "nl"}, {"Flemish", "nl"}, {"pl", "pl"}, {"no", "no"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        const elg_language *l = elg_ref_language(t_ref(), cases[i].text, strlen(cases[i].text));
        if (!l || strcmp(l->code, cases[i].code) != 0)
            fail_msg("language \"%s\" = %s, expected %s", cases[i].text, l ? l->code : "NULL",
                     cases[i].code);
    }
    assert_null(elg_ref_language(t_ref(), "klingon", 7));
    assert_null(elg_ref_language(t_ref(), "", 0));
}

static guint32 joined(const elg_organisation *o, const char *alpha2)
{
    for (guint i = 0; i < o->members->len; i++) {
        const elg_membership *m = &g_array_index(o->members, elg_membership, i);
        if (strcmp(g_array_index(t_ref()->countries, elg_country, m->country).alpha2, alpha2) == 0)
            return m->joined;
    }
    return 0;
}

static void test_nato_members(void **state)
{
    (void)state;
    const elg_organisation *nato = elg_ref_organisation(t_ref(), "NATO");
    assert_non_null(nato);
    assert_ptr_equal(elg_ref_organisation(t_ref(), "OTAN"), nato);
    assert_int_equal(nato->members->len, 32);
    assert_int_equal(joined(nato, "FI"), elg_date_iso("2023-04-04", 10));
    assert_int_equal(joined(nato, "SE"), elg_date_iso("2024-03-07", 10));
    assert_int_equal(joined(nato, "MK"), elg_date_iso("2020-03-27", 10));
    assert_int_equal(joined(nato, "BE"), elg_date_iso("1949-08-24", 10));
    assert_int_equal(joined(nato, "UA"), 0);
    assert_int_equal(joined(nato, "AT"), 0);
}

static void test_fields_of_the_seed_posts(void **state)
{
    (void)state;
    const char *tags[] = {"committee_work", "defence_security", "project_management",
                          "security_technology", "security_supervision"};
    for (size_t i = 0; i < G_N_ELEMENTS(tags); i++)
        if (!elg_ref_field(t_ref(), tags[i]))
            fail_msg("experience field %s is not in fields.json", tags[i]);
    /* fields are looked up by exact tag: the loader folds before asking */
    assert_null(elg_ref_field(t_ref(), "Project Management"));
    assert_null(elg_ref_field(t_ref(), "basket_weaving"));
}

static void test_skills(void **state)
{
    (void)state;
    const char *s = "MS Office";
    assert_string_equal(elg_ref_skill(t_ref(), s, strlen(s)), "ms_office");
    s = "ms-office";
    assert_string_equal(elg_ref_skill(t_ref(), s, strlen(s)), "ms_office");
    s = "no such skill";
    assert_null(elg_ref_skill(t_ref(), s, strlen(s)));
    /* every tag finds itself */
    for (guint i = 0; i < t_ref()->skills->len; i++) {
        const elg_vocab_entry *v = g_ptr_array_index(t_ref()->skills, i);
        const char *got = elg_ref_skill(t_ref(), v->tag, strlen(v->tag));
        if (!got || strcmp(got, v->tag) != 0)
            fail_msg("skill tag %s resolves to %s", v->tag, got ? got : "NULL");
    }
}

static void test_missing_tables(void **state)
{
    (void)state;
    GError *err = NULL;
    /* a directory the caller names: no word of ELIGO_DATA_DIR, which played no part */
    assert_null(elg_reference_load("/nonexistent/eligo-data", &err));
    assert_non_null(err);
    assert_string_equal(err->message, "/nonexistent/eligo-data/reference: error: no reference tables there; "
                                      "expected the directory holding reference/ and posts/");
    g_clear_error(&err);
    /* the directory found (here through ELIGO_DATA_DIR) */
    char *saved = g_strdup(g_getenv("ELIGO_DATA_DIR"));
    g_setenv("ELIGO_DATA_DIR", "/nonexistent/eligo-data", TRUE);
    assert_null(elg_reference_load(NULL, &err));
    if (saved)
        g_setenv("ELIGO_DATA_DIR", saved, TRUE);
    else
        g_unsetenv("ELIGO_DATA_DIR");
    g_free(saved);
    assert_non_null(err);
    assert_string_equal(err->message,
                        "/nonexistent/eligo-data/reference: error: no reference tables there "
                        "(set ELIGO_DATA_DIR to the directory holding reference/ and posts/)");
    g_error_free(err);
}

/* The reference tables with FILE's text JSON instead of the real one are
 * refused with MESSAGE (after "DIR/reference/"). */
static void assert_tables_refused(const char *file, const char *json, const char *message)
{
    char *dir = t_tables_copy(file, json);
    GError *err = NULL;
    assert_null(elg_reference_load(dir, &err));
    gchar *want = g_strdup_printf("%s/reference/%s", dir, message);
    assert_non_null(err);
    assert_string_equal(err->message, want);
    g_free(want);
    g_error_free(err);
    t_tables_remove(dir);
}

/* A mistake in a table is an error at its line and JSON path: an entry
 * skipped in silence (a member state, say) would change verdicts. */
static void test_broken_tables(void **state)
{
    (void)state;
    static const struct {
        const char *file, *json, *message; /* message after "DIR/reference/" */
    } cases[] = {
        {"countries.json", "{\"countries\": [\n  {\"alpha2\": \"BE\", \"alpha3\": \"BEL\", \"en\": \"Belgium\"},\n"
                           "  {\"alpha2\": \"FR\", \"alpha_3\": \"FRA\", \"en\": \"France\"}\n]}\n",
         "countries.json:3:.countries[1]: error: expected a country {\"alpha2\": 2 letters, \"alpha3\": 3 letters, "
         "\"en\": its English name}"},
        {"countries.json", "{\"states\": []}", "countries.json:1:.countries: error: expected the table, found nothing"},
        {"countries.json", "{\"countries\": []}", "countries.json:1:.countries: error: no countries"},
        {"organisations.json", "{\"organisations\": [\n {\"id\": \"NATO\", \"members\": [\n"
                               "  {\"country\": \"BE\", \"joined\": \"1949-08-24\"},\n"
                               "  {\"country\": \"Atlantis\", \"joined\": \"1949-08-24\"}]}]}\n",
         "organisations.json:4:.organisations[0].members[1]: error: a member needs a \"country\" of countries.json "
         "and a \"joined\" date YYYY-MM-DD"},
        {"organisations.json", "{\"organisations\": [{\"id\": \"NATO\", \"members\": []},\n {\"name\": \"EU\"}]}",
         "organisations.json:2:.organisations[1]: error: expected an organisation {\"id\": \"NATO\", \"members\": [...]}"},
        {"education.json", "{\"levels\": [\n {\"level\": 0, \"id\": \"none\"},\n {\"level\": 1}\n]}",
         "education.json:3:.levels[1]: error: expected a level {\"level\": 0 to 5, \"id\": its name in rule sets}"},
        {"education.json", "{\"levels\": [{\"level\": 0, \"id\": \"none\"}]}",
         "education.json:1:.levels: error: levels must be numbered 0 to the top without gaps"},
        {"territories.json", "{\"territories\": [\n {\"country\": \"RE\", \"sovereign\": \"FR\"},\n"
                             " {\"country\": \"Atlantis\", \"sovereign\": \"FR\"}]}",
         "territories.json:3:.territories[1]: error: expected a territory {\"country\": a country of countries.json, "
         "\"sovereign\": a state of countries.json, not a territory}, each territory once"},
        {"territories.json", "{\"territories\": [\n {\"country\": \"RE\", \"sovereign\": \"FR\"},\n"
                             " {\"country\": \"RE\", \"sovereign\": \"FR\"}]}",
         "territories.json:3:.territories[1]: error: expected a territory {\"country\": a country of countries.json, "
         "\"sovereign\": a state of countries.json, not a territory}, each territory once"},
        {"territories.json", "{\"territories\": [\n {\"country\": \"GP\", \"sovereign\": \"RE\"},\n"
                             " {\"country\": \"RE\", \"sovereign\": \"FR\"}]}",
         "territories.json:2:.territories[0]: error: expected a territory {\"country\": a country of countries.json, "
         "\"sovereign\": a state of countries.json, not a territory}, each territory once"},
        {"territories.json", "{\"places\": []}",
         "territories.json:1:.territories: error: expected the table, found nothing"},
        {"fields.json", "{\"fields\": [{\"tag\": \"a\"},\n{\"en\": \"B\"}]}",
         "fields.json:2:.fields[1]: error: expected an entry {\"tag\": \"its_tag\", \"en\": its name}"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        assert_tables_refused(cases[i].file, cases[i].json, cases[i].message);
}

/* A file's languages other than English and French are numbered in a byte
 * (store.h, elg_lang_pair): a table of more than 256 is refused, not
 * wrapped around. */
static void test_too_many_languages(void **state)
{
    (void)state;
    gchar *path = g_build_filename(t_ref()->dir, "reference", "languages.json", NULL), *text;
    assert_true(g_file_get_contents(path, &text, NULL, NULL));
    cJSON *root = cJSON_Parse(text);
    cJSON *codes = cJSON_GetObjectItemCaseSensitive(root, "codes");
    assert_non_null(codes);
    for (int i = cJSON_GetArraySize(codes); i <= 256; i++) {
        char code[8];
        g_snprintf(code, sizeof code, "x%03d", i);
        cJSON *l = cJSON_CreateObject();
        cJSON_AddStringToObject(l, "code", code);
        cJSON_AddItemToArray(codes, l);
    }
    char *json = cJSON_Print(root);
    /* the 257th language: its line is where cJSON_Print put it */
    const char *at = strstr(json, "\"x256\"");
    assert_non_null(at);
    guint line = 1;
    for (const char *c = json; c < at; c++)
        line += *c == '\n';
    gchar *message = g_strdup_printf("languages.json:%u:.codes[256]: error: too many languages", line - 1);
    assert_tables_refused("languages.json", json, message);
    g_free(message);
    cJSON_free(json);
    cJSON_Delete(root);
    g_free(text);
    g_free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_levels_scale),
        cmocka_unit_test(test_levels_cefr_native_none),
        cmocka_unit_test(test_levels_linkedin),
        cmocka_unit_test(test_levels_stanag),
        cmocka_unit_test(test_levels_stanag_slp_prefix),
        cmocka_unit_test(test_levels_refused),
        cmocka_unit_test(test_education),
        cmocka_unit_test(test_clearance),
        cmocka_unit_test(test_countries),
        cmocka_unit_test(test_languages),
        cmocka_unit_test(test_nato_members),
        cmocka_unit_test(test_fields_of_the_seed_posts),
        cmocka_unit_test(test_skills),
        cmocka_unit_test(test_missing_tables),
        cmocka_unit_test(test_broken_tables),
        cmocka_unit_test(test_too_many_languages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
