/* The header matcher (DESIGN.md s.2, s.6): canonical names, the aliases of
 * engine/columns.def, folded variants, experience_FIELD / exp_FIELD / q_X
 * columns, duplicates, unknown columns and the --map file. */
#include "testutil.h"
#include "diags.h"

#include <string.h>
#include <glib/gstdio.h>
#include <cjson/cJSON.h>
#include "store.h"

/* A candidate file (and a mapping file) written to a temporary directory and loaded. */
typedef struct {
    char *dir, *csv, *map;
    elg_profiles *p;
    cJSON *json;
    GString *diags; /* "LINE:COLUMN: message\n" per problem */
    GError *err;
} loaded;

static loaded *load_mapped(const char *text, const char *map_json)
{
    loaded *l = g_new0(loaded, 1);
    l->dir = g_dir_make_tmp("eligo-headers-XXXXXX", NULL);
    assert_non_null(l->dir);
    l->csv = g_build_filename(l->dir, "c.csv", NULL);
    assert_true(g_file_set_contents(l->csv, text, -1, NULL));
    elg_load_options opt = {0};
    if (map_json) {
        l->map = g_build_filename(l->dir, "map.json", NULL);
        assert_true(g_file_set_contents(l->map, map_json, -1, NULL));
        opt.map_file = l->map;
    }
    l->p = elg_profiles_load(l->csv, t_ref(), &opt, &l->err);
    l->diags = g_string_new(NULL);
    if (!l->p)
        return l;
    GString *out = g_string_new(NULL);
    elg_profiles_inspect(l->p, TRUE, out);
    l->json = cJSON_Parse(out->str);
    assert_non_null(l->json);
    g_string_free(out, TRUE);
    const elg_diags *d = elg_profiles_diags(l->p);
    for (unsigned i = 0; i < elg_diags_count(d); i++) {
        const elg_diag *g = elg_diags_get(d, i);
        g_string_append_printf(l->diags, "%u:%u: %s\n", g->line, g->column, g->message);
    }
    return l;
}

static loaded *load(const char *text)
{
    loaded *l = load_mapped(text, NULL);
    if (!l->p)
        fail_msg("load failed: %s", l->err ? l->err->message : "(no error set)");
    return l;
}

static void unload(loaded *l)
{
    elg_profiles_free(l->p);
    cJSON_Delete(l->json);
    g_string_free(l->diags, TRUE);
    if (l->err)
        g_error_free(l->err);
    g_unlink(l->csv);
    if (l->map)
        g_unlink(l->map);
    g_rmdir(l->dir);
    g_free(l->csv);
    g_free(l->map);
    g_free(l->dir);
    g_free(l);
}

/* The "columns" member of inspect --format json, compact: {"header":"field"|null,...}. */
static char *columns(const loaded *l)
{
    char *s = cJSON_PrintUnformatted(cJSON_GetObjectItem(l->json, "columns"));
    char *copy = g_strdup(s);
    cJSON_free(s);
    return copy;
}

#define assert_columns(l, want)               \
    do {                                      \
        char *got_ = columns(l);              \
        assert_string_equal(got_, want);      \
        g_free(got_);                         \
    } while (0)

/* The field HEADER maps to when it is the only other column beside candidate_id. */
static char *field_of(const char *header)
{
    char *text = g_strdup_printf("candidate_id,\"%s\"\nC1,x\n", header);
    loaded *l = load(text);
    const cJSON *cols = cJSON_GetObjectItem(l->json, "columns");
    const cJSON *m = cJSON_GetArrayItem(cols, 1);
    char *field = g_strdup(cJSON_IsString(m) ? m->valuestring : "(none)");
    unload(l);
    g_free(text);
    return field;
}

static void field_is(const char *header, const char *want)
{
    char *got = field_of(header);
    if (strcmp(got, want) != 0)
        fail_msg("header \"%s\" maps to %s, expected %s", header, got, want);
    g_free(got);
}

static void test_canonical_names(void **state)
{
    (void)state;
    for (int c = 1; c < ELG_COL__COUNT; c++)
        field_is(elg_column_names[c], elg_column_names[c]);
    loaded *l = load("Candidate ID,x\nC1,y\n");
    assert_columns(l, "{\"Candidate ID\":\"candidate_id\",\"x\":null}");
    unload(l);
}

static void test_every_alias_of_columns_def(void **state)
{
    (void)state;
    for (int c = 1; c < ELG_COL__COUNT; c++) {
        gchar **list = g_strsplit(elg_column_aliases[c], "|", -1);
        for (gchar **a = list; *a; a++)
            field_is(*a, elg_column_names[c]);
        g_strfreev(list);
    }
    /* the id column's aliases, each alone */
    gchar **list = g_strsplit(elg_column_aliases[ELG_COL_CANDIDATE_ID], "|", -1);
    for (gchar **a = list; *a; a++) {
        char *text = g_strdup_printf("%s,name\nC1,Ann\n", *a);
        loaded *l = load(text);
        assert_string_equal(elg_profiles_id(l->p, 0), "C1");
        unload(l);
        g_free(text);
    }
    g_strfreev(list);
}

static void test_design_aliases(void **state)
{
    (void)state;
    /* DESIGN.md s.2, written as spreadsheets write them */
    static const char *const cases[][2] = {
        {"Full Name", "name"}, {"Candidate name", "name"},
        {"Nationalities", "nationality"}, {"Citizenship", "nationality"},
        {"Nationalité", "nationality"}, {"Degree", "education"},
        {"Highest-Degree", "education"}, {"Education Level", "education"},
        {"Equivalent Qualification", "equivalent_qualification"},
        {"Military Staff College", "staff_college"}, {"Total Experience", "experience_years"},
        {"Years experience", "experience_years"}, {"Years of experience", "experience_years"},
        {"Experience (years)", "experience_years"}, {"Experience Fields", "experience"},
        {"EN", "english"}, {"Fr", "french"}, {"Anglais", "english"}, {"Français", "french"},
        {"FRANCAIS", "french"}, {"Other languages", "languages"},
        {"Security Clearance", "clearance"}, {"Tags", "skills"}, {"Certifications", "skills"},
        {"Application Date", "applied_on"}, {"APPLIED-ON", "applied_on"},
        {" applied on ", "applied_on"}, {"Niveau d'études", "education"},
        /* as applicant-tracking systems export them */
        {"First Nationality", "nationality"},
        {"Nationality 1", "nationality"}, {"Nationality 2", "other_nationalities"},
        {"Second Nationality", "other_nationalities"}, {"Autre nationalité", "other_nationalities"},
        /* a third and further nationality, numbered or ranked */
        {"Nationality 3", "other_nationalities"}, {"Nationality (4)", "other_nationalities"},
        {"Third nationality", "other_nationalities"}, {"3rd Nationality", "other_nationalities"},
        {"Fourth citizenship", "other_nationalities"}, {"Nationalité 3", "other_nationalities"},
        {"Troisième nationalité", "other_nationalities"}, {"3e nationalité", "other_nationalities"},
        {"Citizenship 1", "nationality"}, {"Citizenship 2", "other_nationalities"},
        {"Other nationality 1", "other_nationalities"}, {"Additional nationality 2", "other_nationalities"},
        {"Nationality 12", "other_nationalities"},
        {"Country of Nationality", "nationality"}, {"Citizenship Country", "nationality"},
        {"Nationality (Primary)", "nationality"}, {"English Language Proficiency", "english"},
        {"French language", "french"}, {"Proficiency in French", "french"}, {"Languages Spoken", "languages"},
        {"Applied Date", "applied_on"}, {"Date of submission", "applied_on"},
        {"Attended Staff College", "staff_college"},
        {"Highest Qualification", "education"}, {"Highest level of education", "education"},
        {"English Proficiency", "english"}, {"Niveau d'anglais", "english"},
        {"Level of French", "french"}, {"Niveau de français", "french"},
        {"Security Clearance Level", "clearance"}, {"NATO Security Clearance", "clearance"},
        {"Niveau d'habilitation", "clearance"}, {"Submission Date", "applied_on"},
        {"Date submitted", "applied_on"},
        /* applicant-tracking exports, English and French */
        {"Highest Degree Obtained", "education"}, {"Highest Level of Education Completed", "education"},
        {"Highest Diploma", "education"}, {"Degree Level", "education"}, {"Level of Study", "education"},
        {"Niveau de formation", "education"}, {"Diplôme obtenu", "education"},
        {"Dernier diplôme obtenu", "education"}, {"Plus haut diplôme", "education"},
        {"Total Years of Professional Experience", "experience_years"},
        {"Total experience (years)", "experience_years"}, {"Years of Professional Experience", "experience_years"},
        {"Professional Experience (years)", "experience_years"}, {"Total Work Experience", "experience_years"},
        {"Work experience (years)", "experience_years"}, {"Total professional experience", "experience_years"},
        {"Années d'expérience professionnelle", "experience_years"},
        {"Expérience professionnelle (années)", "experience_years"}, {"Expérience totale", "experience_years"},
        {"Nombre d'années d'expérience", "experience_years"},
        {"Current Security Clearance", "clearance"}, {"Current Clearance Level", "clearance"},
        {"Security Clearance Held", "clearance"}, {"Clearance held", "clearance"},
        {"Habilitation actuelle", "clearance"}, {"Niveau d'habilitation de sécurité", "clearance"},
        {"Habilitation détenue", "clearance"},
        /* a column per language: the language's name, alone or with "level" */
        {"German", "language_de"}, {"Deutsch", "language_de"}, {"Allemand", "language_de"},
        {"German level", "language_de"}, {"Level of Spanish", "language_es"},
        {"Niveau d'italien", "language_it"}, {"Ukrainian proficiency", "language_uk"},
        /* years in a field, as forms ask them */
        {"Experience in project management", "experience_project_management"},
        {"Experience in project management (years)", "experience_project_management"},
        {"Years of experience in defence policy", "experience_defence_policy"},
        {"Defence policy experience (years)", "experience_defence_policy"},
        {"Committee work years", "experience_committee_work"},
        {"Années d'expérience en gestion de projets", "experience_project_management"},
        /* "Experience in F" by a name of the field, as "Years of experience in F" */
        {"Experience in defence and security", "experience_defence_security"},
        {"Experience in defence and security (years)", "experience_defence_security"},
        {"Exp defense and security", "experience_defence_security"},
        {"Experience in programme management", "experience_project_management"},
        {"Expérience en gestion de projets", "experience_project_management"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        field_is(cases[i][0], cases[i][1]);
    static const char *const ids[] = {"id", "ID", "Applicant ID", "applicant-id", "Candidate",
                                      "CANDIDATE_ID", "candidate id", "Candidate-Id", "Application ID"};
    for (size_t i = 0; i < G_N_ELEMENTS(ids); i++) {
        char *text = g_strdup_printf("%s,x\nC1,y\n", ids[i]);
        loaded *l = load(text);
        if (strcmp(elg_profiles_id(l->p, 0), "C1") != 0)
            fail_msg("\"%s\" was not taken for candidate_id", ids[i]);
        unload(l);
        g_free(text);
    }
}

/* A French applicant-tracking export, as a French spreadsheet saves it:
 * Windows-1252, semicolons, CRLF, the headers in French. */
static void test_french_export(void **state)
{
    (void)state;
    loaded *l = load("Identifiant;Nom et pr\xe9nom;Nationalit\xe9;Dipl\xf4me;"
                     "Qualification \xe9quivalente;\xc9" "cole de guerre;Ann\xe9" "es d'exp\xe9rience;"
                     "Exp\xe9rience par domaine;Anglais;Fran\xe7" "ais;Autres langues;"
                     "Habilitation de s\xe9" "curit\xe9;Comp\xe9tences;Date de candidature\r\n"
                     "A-17;Ren\xe9" "e Dupont;France;Master;non;oui;12,5;"
                     "defence_policy:4;C1;langue maternelle;de:B2;NS;PRINCE2;19 mars 2025\r\n");
    assert_string_equal(l->diags->str, "");
    assert_columns(l, "{\"Identifiant\":\"candidate_id\",\"Nom et pr\u00e9nom\":\"name\","
                      "\"Nationalit\u00e9\":\"nationality\",\"Dipl\u00f4me\":\"education\","
                      "\"Qualification \u00e9quivalente\":\"equivalent_qualification\","
                      "\"\u00c9cole de guerre\":\"staff_college\","
                      "\"Ann\u00e9es d'exp\u00e9rience\":\"experience_years\","
                      "\"Exp\u00e9rience par domaine\":\"experience\",\"Anglais\":\"english\","
                      "\"Fran\u00e7ais\":\"french\",\"Autres langues\":\"languages\","
                      "\"Habilitation de s\u00e9curit\u00e9\":\"clearance\","
                      "\"Comp\u00e9tences\":\"skills\",\"Date de candidature\":\"applied_on\"}");
    assert_string_equal(elg_profiles_id(l->p, 0), "A-17");
    const cJSON *row = cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0);
    char *got = cJSON_PrintUnformatted(row);
    assert_string_equal(got,
                        "{\"candidate_id\":\"A-17\",\"name\":\"Ren\u00e9e Dupont\",\"nationality\":[\"FR\"],"
                        "\"education\":\"master\",\"equivalent_qualification\":false,\"staff_college\":true,"
                        "\"experience_years\":12.5,\"experience\":{\"defence_policy\":4},\"english\":5,"
                        "\"french\":6,\"languages\":{\"de\":4},\"clearance\":\"NS\","
                        "\"skills\":[\"project_management_certification\"],\"applied_on\":\"2025-03-19\","
                        "\"answers\":{},\"extra\":{}}");
    cJSON_free(got);
    unload(l);
}

/* The name of profile ROW as inspect prints it (JSON, g_free). */
static char *profile_name(const loaded *l, int row)
{
    const cJSON *profile = cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), row);
    char *s = cJSON_PrintUnformatted(cJSON_GetObjectItem(profile, "name"));
    char *copy = g_strdup(s);
    cJSON_free(s);
    return copy;
}

#define assert_name(l, row, want)                 \
    do {                                          \
        char *got_ = profile_name(l, row);        \
        assert_string_equal(got_, want);          \
        g_free(got_);                             \
    } while (0)

/* Exports often give the first and last names apart: they make the name. */
static void test_name_from_first_and_last_names(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,First Name,Last Name\nC1,Ren\u00e9e,Dupont\nC2,,Dupont\n"
                     "C3,Ren\u00e9e,\nC4,,\n");
    assert_columns(l, "{\"candidate_id\":\"candidate_id\",\"First Name\":\"first_name\","
                      "\"Last Name\":\"last_name\"}");
    assert_name(l, 0, "\"Ren\u00e9e Dupont\"");
    assert_name(l, 1, "\"Dupont\"");
    assert_name(l, 2, "\"Ren\u00e9e\"");
    assert_name(l, 3, "null");
    assert_string_equal(l->diags->str, "");
    GString *text = g_string_new(NULL);
    elg_profiles_inspect(l->p, FALSE, text);
    assert_null(strstr(text->str, "name,")); /* neither the name nor its parts are missing */
    g_string_free(text, TRUE);
    unload(l);

    /* "Nom" beside "Prénom" and no last name column is the family name */
    l = load("Identifiant;Nom;Pr\u00e9nom\nC1;Dupont;Ren\u00e9e\nC2;Martin;\n");
    assert_name(l, 0, "\"Ren\u00e9e Dupont\"");
    assert_name(l, 1, "\"Martin\"");
    unload(l);
    /* a name column beside both parts is the whole name; beside a last name alone, too */
    l = load("candidate_id,Name,First name,Surname\nC1,Dr Ren\u00e9e Dupont,Ren\u00e9e,Dupont\n"
             "C2,,Jean,Martin\n");
    assert_name(l, 0, "\"Dr Ren\u00e9e Dupont\"");
    assert_name(l, 1, "null");
    unload(l);
    l = load("candidate_id,Full name,Family name\nC1,Ren\u00e9e Dupont,Dupont\n");
    assert_name(l, 0, "\"Ren\u00e9e Dupont\"");
    unload(l);
    /* a file without any: the name is missing, not its parts */
    l = load("candidate_id,english\nC1,V\n");
    text = g_string_new(NULL);
    elg_profiles_inspect(l->p, FALSE, text);
    assert_non_null(strstr(text->str, ": name, nationality,"));
    assert_null(strstr(text->str, "first_name"));
    g_string_free(text, TRUE);
    unload(l);
}

/* `eligo inspect --help` lists every column with every alias of
 * columns.def, in lines of 78 characters at most. */
static void test_columns_help(void **state)
{
    (void)state;
    GString *help = g_string_new(NULL);
    elg_columns_help(help);
    gchar **lines = t_lines(help->str);
    for (gchar **l = lines; *l; l++)
        if (g_utf8_strlen(*l, -1) > 78)
            fail_msg("line longer than 78 characters: \"%s\"", *l);
    /* its words, commas dropped: each column, then its aliases in order */
    gchar *flat = g_strdelimit(g_strdup(help->str), ",\n", ' ');
    gchar **split = g_strsplit(flat, " ", -1);
    GPtrArray *words = g_ptr_array_new();
    for (gchar **x = split; *x; x++)
        if (**x)
            g_ptr_array_add(words, *x);
    guint w = 0;
    for (int c = 0; c < ELG_COL__COUNT; c++) {
        while (w < words->len && strcmp(words->pdata[w], elg_column_names[c]) != 0)
            w++;
        if (w == words->len)
            fail_msg("column %s not listed in order", elg_column_names[c]);
        gchar **aliases = g_strsplit(elg_column_aliases[c], "|", -1);
        for (gchar **a = aliases; *a; a++)
            if (++w == words->len || strcmp(words->pdata[w], *a) != 0)
                fail_msg("%s: alias %s not listed in its place", elg_column_names[c], *a);
        g_strfreev(aliases);
    }
    assert_non_null(strstr(help->str, "\n  experience_FIELD, exp_FIELD\n"));
    assert_non_null(strstr(help->str, "\n  q_CRITERION "));
    assert_non_null(strstr(help->str, "\n  HEADER (NOTE), HEADER [NOTE]\n"));
    g_ptr_array_free(words, TRUE);
    g_strfreev(split);
    g_free(flat);
    g_strfreev(lines);
    g_string_free(help, TRUE);
}

static void test_field_and_question_columns(void **state)
{
    (void)state;
    field_is("experience_project_management", "experience_project_management");
    field_is("Experience - Project Management", "experience_project_management");
    field_is("exp_defence_security", "experience_defence_security");
    field_is("EXP Committee Work", "experience_committee_work");
    field_is("Exp-Security-Technology", "experience_security_technology");
    field_is("q_drafting", "q_drafting");
    field_is("Q Drafting", "q_drafting");
    field_is("q_interpersonal_skills", "q_interpersonal_skills");
    /* the answers' form in a note is no part of the criterion's id */
    field_is("q_drafting (yes/no)", "q_drafting");
    field_is("Q Drafting [Oui/Non]", "q_drafting");
    field_is("q_drafting (Y/N)", "q_drafting");
    /* canonical names come first: this is the total, not a field "years" */
    field_is("Experience years", "experience_years");
    field_is("exp_years", "experience_years"); /* not a field "years" */
    field_is("Exp. total", "experience_years");
    field_is("Experience (in years)", "experience_years");
    /* a prefix alone is not a column of its kind */
    field_is("q_", "(none)");
    field_is("exp", "(none)");
    field_is("Notes", "(none)");
}

static void test_field_column_outside_vocabulary(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,experience_basket_weaving\nC1,3\n");
    assert_columns(l, "{\"candidate_id\":\"candidate_id\","
                      "\"experience_basket_weaving\":\"experience_basket_weaving\"}");
    assert_string_equal(l->diags->str,
                        "1:2: column \"experience_basket_weaving\": \"basket_weaving\" is not an "
                        "experience field of the vocabulary; kept as a new field\n");
    const cJSON *exp = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0),
                                           "experience");
    assert_int_equal(cJSON_GetObjectItem(exp, "basket_weaving")->valuedouble, 3);
    unload(l);
}

static void test_duplicates_first_wins(void **state)
{
    (void)state;
    loaded *l = load("candidate_id,English,EN,experience_project_management,"
                     "Exp Project Management,ID\n"
                     "C1,V,II,4,2,X9\n");
    assert_columns(l, "{\"candidate_id\":\"candidate_id\",\"English\":\"english\",\"EN\":null,"
                      "\"experience_project_management\":\"experience_project_management\","
                      "\"Exp Project Management\":null,\"ID\":null}");
    assert_string_equal(l->diags->str,
                        "1:3: column \"EN\" also maps to english; ignored (column 2, \"English\", is "
                        "used; a --map file chooses)\n"
                        "1:5: column \"Exp Project Management\" also maps to "
                        "experience_project_management; ignored\n"
                        "1:6: column \"ID\" also maps to candidate_id; ignored (column 1, "
                        "\"candidate_id\", is used; a --map file chooses)\n");
    const cJSON *p = cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0);
    assert_int_equal(cJSON_GetObjectItem(p, "english")->valueint, 5);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(p, "experience"),
                                         "project_management")->valuedouble, 4);
    assert_string_equal(cJSON_GetObjectItem(p, "candidate_id")->valuestring, "C1");
    /* header problems are not row problems */
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 0);
    unload(l);
    /* a --map file is keyed by header, compared as folded: it cannot tell
     * "Nationality" from "nationality", so the warning does not send there */
    l = load("candidate_id,nationality,Nationality\nC1,FR,XX\n");
    assert_string_equal(l->diags->str,
                        "1:3: column \"Nationality\" also maps to nationality; ignored (column 2, \"nationality\", "
                        "is used; rename one of the two to choose)\n");
    unload(l);
}

/* A --map entry chooses the column of its field, wherever it stands: the
 * column that only matches the field by name or alias, before it or after
 * it, gives way.  "Candidate" (names) before "Candidate ID" took the id,
 * and the warning said "a --map file chooses" of the very file that had. */
static void test_map_chooses_between_duplicates(void **state)
{
    (void)state;
    loaded *l = load_mapped("Candidate,Candidate ID,nationality,Pays,experience_project_management,PM years,"
                            "German,Deutsch lvl,q_x,Answer X\n"
                            "Ann Lee,C1,FR,CH,1,4,A1,C2,no,yes\n",
                            "{\"Candidate ID\": \"candidate_id\", \"Pays\": \"nationality\","
                            " \"PM years\": \"experience_project_management\", \"Deutsch lvl\": \"language_german\","
                            " \"Answer X\": \"q_x\"}");
    if (!l->p)
        fail_msg("load failed: %s", l->err->message);
    assert_columns(l, "{\"Candidate\":null,\"Candidate ID\":\"candidate_id\",\"nationality\":null,"
                      "\"Pays\":\"nationality\",\"experience_project_management\":null,"
                      "\"PM years\":\"experience_project_management\",\"German\":null,"
                      "\"Deutsch lvl\":\"language_de\",\"q_x\":null,\"Answer X\":\"q_x\"}");
    assert_string_equal(l->diags->str,
                        "1:1: column \"Candidate\" also maps to candidate_id; ignored (column 2, \"Candidate ID\", "
                        "is used, as the --map file says)\n"
                        "1:3: column \"nationality\" also maps to nationality; ignored (column 4, \"Pays\", is "
                        "used, as the --map file says)\n"
                        "1:5: column \"experience_project_management\" also maps to experience_project_management; "
                        "ignored (column 6, \"PM years\", is used, as the --map file says)\n"
                        "1:7: column \"German\" also maps to language_de; ignored (column 8, \"Deutsch lvl\", is "
                        "used, as the --map file says)\n"
                        "1:9: column \"q_x\" also maps to q_x; ignored (column 10, \"Answer X\", is used, as the "
                        "--map file says)\n");
    const cJSON *p = cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0);
    assert_string_equal(cJSON_GetObjectItem(p, "candidate_id")->valuestring, "C1");
    assert_string_equal(cJSON_GetArrayItem(cJSON_GetObjectItem(p, "nationality"), 0)->valuestring, "CH");
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(p, "experience"), "project_management")->valuedouble,
                     4);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(p, "languages"), "de")->valueint, 6);
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetObjectItem(p, "answers"), "x")));
    unload(l);
}

static void test_unknown_columns_passed_through(void **state)
{
    (void)state;
    loaded *l = load("Notes,candidate_id,E-mail,\n\"a, b\",C1,x@example.org,\nc,C2,,z\n");
    assert_columns(l, "{\"Notes\":null,\"candidate_id\":\"candidate_id\",\"E-mail\":null,\"\":null}");
    char *extra = cJSON_PrintUnformatted(cJSON_GetObjectItem(
        cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0), "extra"));
    assert_string_equal(extra, "{\"Notes\":\"a, b\",\"E-mail\":\"x@example.org\"}");
    cJSON_free(extra);
    extra = cJSON_PrintUnformatted(cJSON_GetObjectItem(
        cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 1), "extra"));
    assert_string_equal(extra, "{\"Notes\":\"c\",\"\":\"z\"}");
    cJSON_free(extra);
    assert_string_equal(l->diags->str, "");
    unload(l);
}

/* Free-text columns of applicant-tracking exports headed "Experience
 * summary" hold sentences, not years in a field "summary": passed through
 * as the file's own, without a warning at the header and on every row.
 * The vocabulary's fields, and a --map target, are read as before. */
static void test_free_text_experience_columns(void **state)
{
    (void)state;
    static const char *const free_text[] = {
        "Experience summary", "Experience - description", "Experience Comments", "exp_notes",
        "Experience remarks", "Experience details (years)", "Expérience (commentaires)", "Expérience - résumé",
        "Expérience : remarques", "Experience summary text", "Exp. observations", "Experience - Detailed Notes",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(free_text); i++)
        field_is(free_text[i], "(none)");
    field_is("Experience - Project Management", "experience_project_management");
    field_is("experience_basket_weaving", "experience_basket_weaving");
    /* the canonical column of a rule set's own field ("release_notes"),
     * which nothing else can meet */
    field_is("experience_release_notes", "experience_release_notes");
    field_is("Experience release notes", "(none)");
    loaded *l = load("candidate_id,Experience summary,experience_committee_work\n"
                     "C1,Ten years at NATO HQ,3\n");
    assert_columns(l, "{\"candidate_id\":\"candidate_id\",\"Experience summary\":null,"
                      "\"experience_committee_work\":\"experience_committee_work\"}");
    char *extra = cJSON_PrintUnformatted(cJSON_GetObjectItem(
        cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0), "extra"));
    assert_string_equal(extra, "{\"Experience summary\":\"Ten years at NATO HQ\"}");
    cJSON_free(extra);
    assert_string_equal(l->diags->str, "");
    unload(l);
    l = load_mapped("candidate_id,Summary\nC1,4\n", "{\"Summary\": \"experience_summary\"}");
    assert_columns(l, "{\"candidate_id\":\"candidate_id\",\"Summary\":\"experience_summary\"}");
    unload(l);
}

/* A header that matches nothing is read without its trailing qualifier in
 * parentheses or brackets, as exports gloss a column; a qualifier of years
 * keeps its unit (the total, not the experience pairs), months are not read
 * as years, and a qualifier that may change what the column holds leaves it
 * the file's own. */
static void test_qualified_headers(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"English (CEFR)", "english"}, {"Staff college (yes/no)", "staff_college"},
        {"Application date (dd/mm/yyyy)", "applied_on"}, {"Nationality(ies)", "nationality"},
        {"Education (highest)", "education"}, {"Clearance [level]", "clearance"},
        {"French [CEFR level]", "french"}, {" Nationalité (s) ", "nationality"},
        /* years keep their unit: the total, not the field:years pairs */
        {"Experience (yrs)", "experience_years"}, {"Experience (years)", "experience_years"},
        {"Experience (années)", "experience_years"}, {"Experience (total years)", "experience_years"},
        {"Experience [yrs]", "experience_years"}, {"Total experience (yrs)", "experience_years"},
        {"Project management experience (yrs)", "experience_project_management"},
        {"Experience in project management (years)", "experience_project_management"},
        /* not read: the qualifier may say the column holds something else */
        {"Experience (months)", "(none)"}, {"Expérience totale (mois)", "(none)"},
        {"Years of experience (NATO)", "(none)"}, {"Education (field of study)", "(none)"},
        {"Clearance (expiry date)", "(none)"}, {"Applicant (nationality)", "(none)"},
        {"Education (years)", "(none)"}, {"Experience details (years)", "(none)"},
        {"Remarks (English)", "(none)"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        field_is(cases[i][0], cases[i][1]);
    loaded *l = load("ID,Experience (yrs),Experience (months),Years of experience (NATO),English (CEFR)\n"
                     "C1,5,30,2,C1\n");
    const cJSON *row = cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0);
    assert_int_equal(cJSON_GetObjectItem(row, "experience_years")->valuedouble, 5);
    assert_int_equal(cJSON_GetObjectItem(row, "english")->valuedouble, 5);
    char *extra = cJSON_PrintUnformatted(cJSON_GetObjectItem(row, "extra"));
    assert_string_equal(extra, "{\"Experience (months)\":\"30\",\"Years of experience (NATO)\":\"2\"}");
    cJSON_free(extra);
    assert_string_equal(l->diags->str,
                        "1:3: column \"Experience (months)\" is in months, and experience_years is read in "
                        "years; not read\n"
                        "1:4: column \"Years of experience (NATO)\": \"NATO\" may narrow the years it counts, "
                        "so it is not read as experience_years; a --map file maps it if it is that\n");
    unload(l);
    /* the order of slash dates a header states is said, not assumed */
    l = load("ID,Application date (dd/mm/yyyy)\nC1,03/04/2025\nC2,13/04/2025\n");
    assert_string_equal(l->diags->str,
                        "2:2: applied_on: \"03/04/2025\" is ambiguous; the column's header says day/month/year: "
                        "give --date-order dmy to read slash dates so\n"
                        "3:2: applied_on: \"13/04/2025\" is a slash date, read only with --date-order; give "
                        "--date-order dmy (day/month/year), the one order it fits\n");
    unload(l);
    l = load("ID,Date of application (MM/DD/YYYY)\nC1,03/04/2025\n");
    assert_string_equal(l->diags->str,
                        "2:2: applied_on: \"03/04/2025\" is ambiguous; the column's header says month/day/year: "
                        "give --date-order mdy to read slash dates so\n");
    unload(l);
    /* a header that names the field without a note takes it, wherever it stands */
    l = load("Name,ID (passport number),Applicant ID,English (CEFR)\nAl,P1,C1,C1\n");
    assert_columns(l, "{\"Name\":\"name\",\"ID (passport number)\":null,\"Applicant ID\":\"candidate_id\","
                      "\"English (CEFR)\":\"english\"}");
    assert_string_equal(elg_profiles_id(l->p, 0), "C1");
    assert_string_equal(l->diags->str, "");
    unload(l);
}

static void test_no_id_column_is_fatal(void **state)
{
    (void)state;
    loaded *l = load_mapped("Candidate Name,Reference\nAnn,R1\n", NULL);
    assert_null(l->p);
    assert_non_null(l->err);
    char *want = g_strdup_printf("%s:1: error: no candidate_id column in the header (\"Candidate Name\", "
                                 "\"Reference\"); expected a header named candidate_id or an alias (id, "
                                 "applicant_id, candidate, identifiant, ...), or a --map file such as "
                                 "{\"Their header\": \"candidate_id\"}", l->csv);
    assert_string_equal(l->err->message, want);
    assert_int_equal(l->err->code, 2);
    g_free(want);
    unload(l);
    /* a rule set given as the candidate file */
    l = load_mapped("{\n  \"id\": \"250303\",\n  \"title\": \"Officer\"\n}\n", NULL);
    assert_null(l->p);
    assert_non_null(l->err);
    assert_true(g_str_has_suffix(l->err->message, "; this file looks like JSON: a rule set is given with --post"));
    unload(l);
    /* an "Excel export" that is a web page or an XML spreadsheet */
    static const char *const markup[] = {
        "<html><body><table><tr><td>candidate_id</td><td>name</td></tr></table></body></html>\n",
        "<!DOCTYPE html>\n<html>\n",
        "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">\n",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(markup); i++) {
        l = load_mapped(markup[i], NULL);
        assert_non_null(l->err);
        assert_true(g_str_has_suffix(l->err->message, "; this file is an HTML page or an XML spreadsheet (as "
                                                      "systems write an \"Excel\" export), not CSV: open it in a "
                                                      "spreadsheet and save the sheet as CSV (UTF-8)"));
        unload(l);
    }
}

/* --- the mapping file ------------------------------------------------------- */

static void test_map_file(void **state)
{
    (void)state;
    loaded *l = load_mapped("Reference,Pays,Degree,Langue 1,PM years,Drafting?,Remarks\n"
                            "R1,Belgique,master,C1,4,oui,none\n",
                            "{\"reference\": \"candidate_id\", \"Pays\": \"nationality\","
                            " \"DEGREE\": null, \"Langue 1\": \"english\","
                            " \"PM years\": \"experience_project_management\","
                            " \"Drafting?\": \"q_drafting\"}");
    if (!l->p)
        fail_msg("load failed: %s", l->err->message);
    /* null: ignored (false), not a column passed through (null) */
    assert_columns(l, "{\"Reference\":\"candidate_id\",\"Pays\":\"nationality\",\"Degree\":false,"
                      "\"Langue 1\":\"english\",\"PM years\":\"experience_project_management\","
                      "\"Drafting?\":\"q_drafting\",\"Remarks\":null}");
    const cJSON *p = cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0);
    char *s = cJSON_PrintUnformatted(p);
    assert_string_equal(s, "{\"candidate_id\":\"R1\",\"name\":null,\"nationality\":[\"BE\"],"
                           "\"education\":null,\"equivalent_qualification\":null,"
                           "\"staff_college\":null,\"experience_years\":null,"
                           "\"experience\":{\"project_management\":4},\"english\":5,"
                           "\"french\":null,\"languages\":null,\"clearance\":null,"
                           "\"skills\":null,\"applied_on\":null,\"answers\":{\"drafting\":true},"
                           "\"extra\":{\"Remarks\":\"none\"}}");
    cJSON_free(s);
    assert_string_equal(l->diags->str, "");
    GString *text = g_string_new(NULL);
    elg_profiles_inspect(l->p, FALSE, text);
    assert_non_null(strstr(text->str, "\n    3  Degree                           -> (ignored: null in the --map file)\n"));
    assert_non_null(strstr(text->str, "\n    7  Remarks                          -> (not used; passed through)\n"));
    g_string_free(text, TRUE);
    unload(l);
}

/* Not languages: codes ("IT" may be IT skills), English and French (their
 * own columns), other words after "language"; nor fields: years in what the
 * vocabulary does not name. */
static void test_language_columns_names_only(void **state)
{
    (void)state;
    static const char *const headers[] = {"IT", "DE", "Language of correspondence", "Preferred language",
                                          "Language skills", "Notes", "Relevant experience",
                                          "Years of experience in sales"};
    for (size_t i = 0; i < G_N_ELEMENTS(headers); i++)
        field_is(headers[i], "(none)");
}

/* The id column ignored by the mapping: the error says so, not only that
 * there is no id column in a header that shows one. */
static void test_map_ignores_the_id(void **state)
{
    (void)state;
    loaded *l = load_mapped("ID,Name\nC1,Ann\n", "{\"id\": null}");
    assert_null(l->p);
    assert_non_null(strstr(l->err->message, "; the --map file ignores \"ID\" (null): map it to candidate_id, or "
                                            "remove that entry"));
    unload(l);
}

/* --map names a language's column language_L, L a code or a name; a name
 * that is no language (or English, French: columns of their own) is said. */
static void test_map_language_column(void **state)
{
    (void)state;
    loaded *l = load_mapped("Ref,Sprache,Lingua,Anglais2\nR1,C1,B2,V\n",
                            "{\"Ref\": \"candidate_id\", \"Sprache\": \"language_de\", "
                            "\"Lingua\": \"language_italian\", \"Anglais2\": \"language_en\"}");
    assert_non_null(l->p);
    assert_columns(l, "{\"Ref\":\"candidate_id\",\"Sprache\":\"language_de\",\"Lingua\":\"language_it\","
                      "\"Anglais2\":null}");
    const cJSON *p = cJSON_GetArrayItem(cJSON_GetObjectItem(l->json, "profiles"), 0);
    char *s = cJSON_PrintUnformatted(cJSON_GetObjectItem(p, "languages"));
    assert_string_equal(s, "{\"de\":5,\"it\":4}");
    cJSON_free(s);
    assert_non_null(strstr(l->diags->str, "column \"Anglais2\": not a language other than English and French"));
    unload(l);
}

/* An entry of the mapping file that no header takes is said, with its
 * line and JSON path: a typo in a key, or a key given twice (folded alike). */
static void test_map_file_unused_entries(void **state)
{
    (void)state;
    loaded *l = load_mapped("Ref,Notes\nA1,x\n", "{\n  \"Refrence\": \"name\",\n  \"Ref\": \"candidate_id\",\n"
                                                 "  \"REF\": \"name\",\n  \"Notes\": null\n}\n");
    assert_non_null(l->p);
    assert_string_equal(elg_profiles_id(l->p, 0), "A1");
    const elg_diags *d = elg_profiles_diags(l->p);
    assert_int_equal(elg_diags_count(d), 2);
    GString *out = g_string_new(NULL);
    for (unsigned i = 0; i < elg_diags_count(d); i++)
        elg_diag_format(elg_diags_get(d, i), out);
    char *want = g_strdup_printf("%s:2:.[\"Refrence\"]: warning: no header of %s is \"Refrence\"; the entry is "
                                 "not used\n"
                                 "%s:4:.[\"REF\"]: warning: \"REF\" names the same header as an entry before "
                                 "it; this one is not used\n",
                                 l->map, l->csv, l->map);
    assert_string_equal(out->str, want);
    g_free(want);
    g_string_free(out, TRUE);
    assert_int_equal(elg_profiles_rows_with_problems(l->p), 0);
    unload(l);
}

#define CSV_HINT                                                                                          \
    "this file looks like a CSV file, not a mapping; give the candidates with -c and a JSON mapping "     \
    "{\"Their header\": \"field\"} with --map"

static void test_map_file_errors(void **state)
{
    (void)state;
    static const struct {
        const char *json, *message; /* message after "MAPFILE" */
    } cases[] = {
        {"{\n  \"Name\": \"name\",\n  \"Nationalité\": \"citizenship\"\n}",
         ":3:.[\"Nationalité\"]: error: \"citizenship\" is not a field; expected null or one of "
         "candidate_id, name, first_name, last_name, nationality, other_nationalities, education, "
         "equivalent_qualification, staff_college, experience_years, experience, english, french, "
         "languages, clearance, skills, applied_on, experience_FIELD, q_CRITERION, language_CODE"},
        {"{\"X\": 3}",
         ":1:.[\"X\"]: error: 3 is not a field; expected null or one of candidate_id, name, first_name, last_name, "
         "nationality, other_nationalities, education, equivalent_qualification, staff_college, experience_years, "
         "experience, english, french, languages, clearance, skills, applied_on, "
         "experience_FIELD, q_CRITERION, language_CODE"},
        {"{\"X\": [\"name\"]}",
         ":1:.[\"X\"]: error: an array is not a field; expected null or one of candidate_id, name, first_name, "
         "last_name, nationality, other_nationalities, education, equivalent_qualification, staff_college, "
         "experience_years, experience, english, french, languages, clearance, skills, applied_on, "
         "experience_FIELD, q_CRITERION, language_CODE"},
        {"\n[\"nationality\"]", ":2:.: error: expected an object {\"Their header\": \"field\"}"},
        {"{\"X\": ", ":1:6: error: invalid JSON near end of file: the file ends where a value was expected; "
                    "expected more, then } or ] for each bracket opened"},
        /* a candidate file given as the mapping, in whatever way it fails to parse */
        {"candidate_id,name\nC1,Ann\n", ":1:1: error: invalid JSON near \"candidate_id,name\"; " CSV_HINT},
        {"\"Candidate ID\";Nom\n", ":1:15: error: text after the end of the JSON value; expected one JSON value a "
                                   "file; " CSV_HINT},
        /* but not a mapping without its braces, nor a rule set */
        {"\"Email\": \"name\", \"x\": null\n", ":1:8: error: text after the end of the JSON value; expected one "
                                               "JSON value a file"},
        {"{\"id\": \"1\", \"essential\": []}", ":1:.: error: expected an object {\"Their header\": \"field\"}; this "
                                             "file looks like a rule set (it has \"essential\"): a rule set is given "
                                             "with --post"},
        {"id\tnom\nC1\tJos\xE9\n", ":2:7: error: invalid UTF-8 (byte 0xE9); a JSON file must be UTF-8; " CSV_HINT},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        loaded *l = load_mapped("candidate_id,X\nC1,y\n", cases[i].json);
        assert_null(l->p);
        assert_non_null(l->err);
        char *want = g_strconcat(l->map, cases[i].message, NULL);
        assert_string_equal(l->err->message, want);
        g_free(want);
        unload(l);
    }
}

static void test_map_file_missing(void **state)
{
    (void)state;
    char *csv = t_path("fixtures/candidates/sample.csv");
    elg_load_options opt = {0};
    opt.map_file = "/nonexistent/map.json";
    GError *err = NULL;
    assert_null(elg_profiles_load(csv, t_ref(), &opt, &err));
    assert_non_null(err);
    assert_string_equal(err->message, "/nonexistent/map.json: error: cannot read: No such file or directory");
    g_error_free(err);
    g_free(csv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_canonical_names),
        cmocka_unit_test(test_every_alias_of_columns_def),
        cmocka_unit_test(test_design_aliases),
        cmocka_unit_test(test_french_export),
        cmocka_unit_test(test_columns_help),
        cmocka_unit_test(test_name_from_first_and_last_names),
        cmocka_unit_test(test_field_and_question_columns),
        cmocka_unit_test(test_field_column_outside_vocabulary),
        cmocka_unit_test(test_duplicates_first_wins),
        cmocka_unit_test(test_unknown_columns_passed_through),
        cmocka_unit_test(test_free_text_experience_columns),
        cmocka_unit_test(test_qualified_headers),
        cmocka_unit_test(test_no_id_column_is_fatal),
        cmocka_unit_test(test_map_file),
        cmocka_unit_test(test_map_chooses_between_duplicates),
        cmocka_unit_test(test_map_file_unused_entries),
        cmocka_unit_test(test_language_columns_names_only),
        cmocka_unit_test(test_map_language_column),
        cmocka_unit_test(test_map_ignores_the_id),
        cmocka_unit_test(test_map_file_errors),
        cmocka_unit_test(test_map_file_missing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
