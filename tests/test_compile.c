/* Rule sets: errors pinned to their exact text (FILE:LINE:JSON-PATH: error: ...,
 * DESIGN.md s.5, rules/README.md), `eligo check` exit statuses, and the five
 * seed posts passing the check. */
#include <string.h>
#include <glib/gstdio.h>
#include "testutil.h"
#include "jsonfile.h"

#define F "fixtures/rules/"

static const struct {
    const char *file;
    int status;
    const char *err;
} bad[] = {
    {"unknown_kind", 2,
     F "unknown_kind.json:8:.essential[1].kind: error: unknown kind \"nationalty\"; expected one of nationality, "
       "education, experience, languages, language, clearance, deadline, skill, panel\n"},
    {"missing_kind", 2, F "missing_kind.json:8:.essential[1].kind: error: missing; expected a string\n"},
    {"missing_id", 2, F "missing_id.json:8:.essential[1].id: error: missing; expected a string\n"},
    {"missing_level", 2, F "missing_level.json:8:.essential[1].level: error: missing; expected a string\n"},
    {"missing_other", 2,
     F "missing_other.json:8:.essential[1].other: error: missing; expected a language level I to VI\n"},
    {"missing_essential", 2, F "missing_essential.json:1:.essential: error: missing; expected an array of criteria\n"},
    {"missing_title_mistyped_id", 2,
     F "missing_title_mistyped_id.json:2:.id: error: expected a non-empty string, got 900001\n"
     F "missing_title_mistyped_id.json:1:.title: error: missing; expected a string\n"},
    {"mistyped_years", 2,
     F "mistyped_years.json:8:.essential[1].years: error: expected a number of years above 0 and at most 100, "
       "got \"five\" (omit it for \"some experience\")\n"},
    /* thousandths are what years are kept in: 0.0004 would round to 0, which anyone meets */
    {"fine_years", 2,
     F "fine_years.json:8:.essential[1].years: error: 0.0004 is finer than the thousandths of a year eligo counts; "
       "expected a number of years such as 5, 2.5 or 0.25\n"},
    /* cJSON reads 1e999 as infinity, which it prints as null: not what the file says */
    {"infinite_years", 2,
     F "infinite_years.json:8:.essential[1].years: error: expected a number of years above 0 and at most 100, got a "
       "number too large to read (omit it for \"some experience\")\n"},
    /* each wrong tag at its index, shown; a tag list that is not one, or none */
    {"skill_tags", 2,
     F "skill_tags.json:8:.essential[1].tags[1]: error: \"\" is not a skill tag; expected a tag of "
       "reference/skills.json or a word of your own, such as \"project_management\"\n"
     F "skill_tags.json:11:.desirable[0].tags: error: expected a non-empty array of skill tags, such as "
       "[\"project_management\"], got \"python\"\n"
     F "skill_tags.json:12:.desirable[1].tags: error: missing; expected a non-empty array of skill tags, such as "
       "[\"project_management\"]\n"},
    /* spaces are as empty as "": a post id of spaces would show as none */
    {"blank_strings", 2, F "blank_strings.json:2:.id: error: expected a non-empty string, got \"  \"\n"},
    /* saved by Notepad: a byte order mark and CRLF; the line is still the member's */
    {"byte_order_mark", 2,
     F "byte_order_mark.json:8:.essential[1].years: error: expected a number of years above 0 and at most 100, "
       "got \"five\" (omit it for \"some experience\")\n"},
    /* saved as Notepad's "Unicode": said so, not as bad UTF-8 in a notice */
    {"utf16", 2,
     F "utf16.json:1:1: error: UTF-16 (its byte order mark is 0xFF 0xFE); a JSON file must be UTF-8: save it as "
       "UTF-8\n"},
    /* the offending value said: the grade at its index, how many codes, which one twice */
    {"bad_grades", 2, F "bad_grades.json:5:.grades[1]: error: 17 is not a grade; expected a string such as \"G15\"\n"},
    {"one_language", 2,
     F "one_language.json:8:.essential[1].languages: error: expected two language codes, such as [\"en\", \"fr\"], "
       "got 1 code\n"
     F "one_language.json:11:.desirable[0].languages: error: \"de\" twice; expected two different languages\n"},
    {"mistyped_bool", 2,
     F "mistyped_bool.json:8:.essential[1].staff_college: error: expected true or false, got \"yes\"\n"},
    {"level_out_of_range", 2,
     F "level_out_of_range.json:8:.essential[1].one: error: \"VII\" is not a language level; expected I to VI "
       "(or 1 to 6, a level name, A1 to C2)\n"},
    {"level_number_out_of_range", 2,
     F "level_number_out_of_range.json:8:.essential[1].other: error: 0 is not a language level; expected I to VI "
       "(or 1 to 6, a level name, A1 to C2)\n"},
    {"duplicate_id", 2,
     F "duplicate_id.json:8:.essential[1].id: error: duplicate criterion id \"nationality\"; ids must be unique in a post\n"},
    {"duplicate_id_desirable", 2,
     F "duplicate_id_desirable.json:11:.desirable[0].id: error: duplicate criterion id \"languages\"; ids must be unique "
       "in a post\n"},
    {"bad_id", 2,
     F "bad_id.json:8:.essential[1].id: error: \"Education\" is not a valid id; expected lower-case letters, digits and _\n"},
    {"unknown_organisation", 2,
     F "unknown_organisation.json:4:.organisation: error: unknown organisation \"Warsaw Pact\"; expected one of "
       "reference/organisations.json (e.g. NATO)\n"},
    {"unknown_criterion_organisation", 2,
     F "unknown_criterion_organisation.json:8:.essential[1].organisation: error: unknown organisation \"EU\"; expected "
       "one of reference/organisations.json (e.g. NATO)\n"},
    {"unknown_education", 2,
     F "unknown_education.json:8:.essential[1].level: error: \"diploma\" is not an education level; expected none, "
       "secondary, post_secondary, bachelor, master or doctorate\n"},
    {"unknown_language", 2,
     F "unknown_language.json:8:.essential[1].languages[1]: error: \"xx\" is not a language; expected an ISO 639 code "
       "such as en, fr or uk\n"},
    {"unknown_language_name", 2,
     F "unknown_language_name.json:8:.essential[1].language: error: \"Klingon\" is not a language; expected an ISO 639 "
       "code such as en, fr or uk\n"},
    {"unknown_clearance", 2,
     F "unknown_clearance.json:8:.essential[1].level: error: \"TOP\" is not a clearance level; expected NR, NC, NS or CTS\n"},
    {"unknown_post_clearance", 2,
     F "unknown_post_clearance.json:6:.clearance: error: \"SECRET-ish\" is not a clearance level; expected NR, NC, NS or CTS\n"},
    {"clearance_without_level", 2,
     F "clearance_without_level.json:8:.essential[1].level: error: missing, and the post states no clearance; expected "
       "NR, NC, NS or CTS\n"},
    {"bad_deadline", 2,
     F "bad_deadline.json:5:.deadline: error: \"31-Feb-2025\" is not a date; expected YYYY-MM-DD (or 13-May-2025) in "
       "the years 1900 to 2200, null or \"ongoing\"\n"},
    /* a date for "never" is out of the years read: the message says which are */
    {"never_deadline", 2,
     F "never_deadline.json:5:.deadline: error: \"9999-12-31\" is not a date; expected YYYY-MM-DD (or 13-May-2025) in "
       "the years 1900 to 2200, null or \"ongoing\"\n"},
    {"bad_on_date", 2,
     F "bad_on_date.json:8:.essential[1].on: error: \"soon\" is not a date; expected YYYY-MM-DD in the years 1900 to "
       "2200\n"},
    {"deadline_without_date", 2,
     F "deadline_without_date.json:7:.essential[0]: warning: the post has no deadline; membership of NATO is taken as of today\n"
     F "deadline_without_date.json:8:.essential[1]: error: a deadline criterion needs the post's \"deadline\"; "
       "expected a date there (\"2025-03-19\"), or no deadline criterion for a post without one\n"},
    {"criterion_not_object", 2,
     F "criterion_not_object.json:8:.essential[1]: error: expected a criterion object, got \"education\"\n"},
    {"weights", 2,
     F "weights.json:7:.essential[0].weight: warning: weights count only for desirable criteria; ignored\n"
     F "weights.json:10:.desirable[0].weight: error: expected a number above 0 and at most 1000000, got 0\n"
     F "weights.json:11:.desirable[1].weight: error: expected a number above 0 and at most 1000000, got \"high\"\n"
     F "weights.json:12:.desirable[2].weight: error: expected a number above 0 and at most 1000000, got 2000000\n"},
    {"not_object", 2, F "not_object.json:1:.: error: expected a rule set object, got an array\n"},
    {"invalid_json", 2,
     F "invalid_json.json:6:49: error: invalid JSON near \",\": a comma before a closing bracket; remove it\n"},
    {"comment", 2, F "comment.json:2:3: error: invalid JSON near \"// the post of the M\": a comment; JSON has none\n"},
    {"blank", 2, F "blank.json: error: the file is empty; expected a JSON value\n"},
    {"two_rule_sets", 2,
     F "two_rule_sets.json:7:1: error: text after the end of the JSON value; expected one JSON value a file\n"},
    {"member_twice", 2,
     F "member_twice.json:6:.essential[0].years: error: member given twice; expected each member once\n"},
    /* warnings only: the post is accepted */
    {"unknown_field", 0,
     F "unknown_field.json:8:.essential[1].field: warning: \"underwater_basket_weaving\" is not in the experience "
       "vocabulary (reference/fields.json); only files with that exact field can meet it\n"},
    /* "fields": any of several will do; each mistake of the list said where it is */
    {"experience_fields", 2,
     F "experience_fields.json:7:.essential[0].fields: error: expected a list of 1 to 4 field tags, any of which "
       "will do, such as [\"logistics\", \"public_procurement\"], got []\n"
     F "experience_fields.json:8:.essential[1].fields: error: expected a list of 1 to 4 field tags, any of which "
       "will do, such as [\"logistics\", \"public_procurement\"], got \"logistics\"\n"
     F "experience_fields.json:9:.essential[2].fields: error: expected a list of 1 to 4 field tags, any of which "
       "will do, such as [\"logistics\", \"public_procurement\"], got a list of 5\n"
     F "experience_fields.json:10:.essential[3].fields[1]: error: \"logistics\" is named twice; expected each field "
       "once\n"
     F "experience_fields.json:11:.essential[4].fields[1]: error: 3 is not a field tag; expected a tag of "
       "reference/fields.json\n"
     F "experience_fields.json:12:.essential[5].fields: error: given with \"field\"; expected one of them "
       "(\"fields\" when any of several fields will do)\n"
     F "experience_fields.json:13:.essential[6].fields[1]: warning: \"underwater_basket_weaving\" is not in the "
       "experience vocabulary (reference/fields.json); only files with that exact field can meet it\n"
     F "experience_fields.json:14:.essential[7].or_related: error: without \"field\" or \"fields\"; expected the "
       "fields whose years meet the criterion (every field is related to the total)\n"},
    /* 1925 for 2025: no member state then, so every candidate would fail, said */
    {"early_deadline", 0,
     F "early_deadline.json:7:.essential[0]: warning: NATO had no member state on 1925-03-19 (the first joined on "
       "1949-08-24): every candidate fails this criterion; is the date mistyped?\n"},
    {"unknown_members", 2,
     F "unknown_members.json:6:.grade: error: unknown member; expected one of id, title, organisation, body, "
       "location, grades, deadline, clearance, essential, desirable, source (a member whose name starts with _ is "
       "a comment)\n"
     F "unknown_members.json:9:.essential[1].equivalents: error: unknown member for kind education; expected one "
       "of id, kind, text, weight, source, level, staff_college, equivalent, or_years, or_level (a member whose "
       "name starts with _ is a comment)\n"},
    {"no_essential", 2,
     F "no_essential.json:6:.essential: error: no essential criterion; every candidate would be eligible; expected "
       "at least one (the nationality of a member state, say)\n"},
    {"loosened_level", 2,
     F "loosened_level.json:8:.essential[1].one: error: \"IV+\" is not a language level; expected I to VI (or 1 to "
       "6, a level name, A1 to C2)\n"
     F "loosened_level.json:9:.essential[2].level: error: \"I V\" is not a language level; expected I to VI (or 1 "
       "to 6, a level name, A1 to C2)\n"},
    /* a number in quotes is named as such, not as a wrong value */
    {"quoted_numbers", 2,
     F "quoted_numbers.json:8:.essential[1].years: error: \"5\" is a string; write the number without quotes\n"
     F "quoted_numbers.json:9:.essential[2].one: error: \"5\" is a string; write the number without quotes\n"
     F "quoted_numbers.json:12:.desirable[0].weight: error: \" 2\" is a string; write the number without quotes\n"
     /* strtod reads "inf"; JSON has no such number */
     F "quoted_numbers.json:13:.desirable[1].weight: error: expected a number above 0 and at most 1000000, got \"inf\"\n"},
    /* experience in place of the degree: years as the experience criterion's, a
     * level below the one required, and only with the years */
    {"education_or_years", 2,
     F "education_or_years.json:8:.essential[1].or_years: error: expected a number of years above 0 and at most 100, "
       "got \"ten\"\n"
     F "education_or_years.json:9:.essential[2].or_years: error: expected a number of years above 0 and at most 100, "
       "got 0\n"
     F "education_or_years.json:10:.essential[3].or_years: error: expected a number of years above 0 and at most 100, "
       "got 101\n"
     F "education_or_years.json:11:.essential[4].or_years: error: \"10\" is a string; write the number without quotes\n"
     F "education_or_years.json:12:.essential[5].or_level: error: given without \"or_years\"; expected the years of "
       "experience that go with it\n"
     F "education_or_years.json:13:.essential[6].or_level: error: \"master\" is not below the required level bachelor; "
       "expected a lower level, or no \"or_level\"\n"
     F "education_or_years.json:14:.essential[7].or_level: error: \"bachelor\" is not below the required level "
       "bachelor; expected a lower level, or no \"or_level\"\n"
     F "education_or_years.json:15:.essential[8].or_level: error: \"diploma\" is not an education level; expected "
       "none, secondary, post_secondary, bachelor, master or doctorate\n"
     F "education_or_years.json:16:.essential[9].or_level: error: expected a non-empty string, got 2\n"},
    /* comments are members whose names start with _ */
    {"comment_members", 0, ""},
};

static void test_bad_rule_sets(void **state)
{
    (void)state;
    unsigned failures = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
        char *path = g_strdup_printf(F "%s.json", bad[i].file), *out = NULL, *err = NULL;
        const char *argv[] = {"check", path, NULL};
        int status = t_run(&out, &err, argv);
        /* a refused post prints no summary; an accepted one does */
        gboolean summary = g_str_has_prefix(out, "900001  Test post\n");
        if (status != bad[i].status || strcmp(err, bad[i].err) != 0 || summary != (bad[i].status == 0)) {
            fprintf(stderr, "%s: exit %d (expected %d)\n--- stderr\n%s--- expected\n%s--- stdout\n%s\n", path, status,
                    bad[i].status, err, bad[i].err, out);
            failures++;
        }
        g_free(out);
        g_free(err);
        g_free(path);
    }
    assert_int_equal(failures, 0);
}

/* Every file in fixtures/rules/ is in the table above. */
static void test_every_fixture_listed(void **state)
{
    (void)state;
    char *dir = t_path("fixtures/rules");
    GDir *d = g_dir_open(dir, 0, NULL);
    assert_non_null(d);
    const char *name;
    unsigned n = 0;
    while ((name = g_dir_read_name(d))) {
        if (!g_str_has_suffix(name, ".json"))
            continue;
        gboolean listed = FALSE;
        for (size_t i = 0; i < G_N_ELEMENTS(bad) && !listed; i++)
            listed = strlen(name) == strlen(bad[i].file) + 5 && strncmp(name, bad[i].file, strlen(bad[i].file)) == 0;
        if (!listed)
            fprintf(stderr, "fixtures/rules/%s is not tested\n", name);
        assert_true(listed);
        n++;
    }
    g_dir_close(d);
    g_free(dir);
    assert_int_equal(n, G_N_ELEMENTS(bad));
}

/* The seed posts pass; their summary is pinned (checked by hand against the notices). */
static void test_seed_posts(void **state)
{
    (void)state;
    const char *argv[] = {"check", "rules/posts/241490.json", "rules/posts/250303.json", "rules/posts/250717.json",
                          "rules/posts/251816.json", "rules/posts/260036.json", NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_string_equal(err, "");
    t_golden(out, "fixtures/expected/rules/check-seed-posts.txt");
    g_free(out);
    g_free(err);
}

/* A program reading elg_screening_state needs the criteria its C counts:
 * their number, which are essential, and their ids (the headers had none).
 * 251816's as its rule set lists them, essential first. */
static void test_criteria_getters(void **state)
{
    (void)state;
    elg_diags *d = elg_diags_new();
    char *path = t_path("rules/posts/251816.json");
    elg_post *post = elg_post_compile_file(path, t_ref(), d);
    assert_non_null(post);
    const char *want[] = {"nationality", "education", "experience_committee_work", "drafting", "nato_understanding",
                          "interpersonal_skills", "computer_literacy", "languages", "deadline",
                          "international_environment", "defence_industrial_policy", "nato_structure"};
    assert_int_equal(elg_post_criteria_count(post), G_N_ELEMENTS(want));
    assert_int_equal(elg_post_essential_count(post), 9);
    for (unsigned c = 0; c < G_N_ELEMENTS(want); c++)
        assert_string_equal(elg_post_criterion_id(post, c), want[c]);
    elg_post_free(post);
    g_free(path);
    elg_diags_free(d);
}

/* A program that does not want the diagnostics passes NULL: a rule set or
 * notice that gives a warning or an error crashed elg_diags_add, one that
 * gave none did not.  The results are those with a list. */
static void test_null_diags(void **state)
{
    (void)state;
    char *bad = t_path(F "unknown_kind.json"), *notice = t_path("fixtures/notices/250717.txt"),
         *posts = t_path("rules/posts"), *missing = t_path("no-such-dir");
    assert_null(elg_post_compile_file(bad, t_ref(), NULL));
    elg_diags *d = elg_diags_new();
    elg_post *post = elg_notice_post(notice, t_ref(), ELG_DATES_DMY, d);
    assert_non_null(post);
    assert_true(elg_diags_count(d) > 0); /* it has warnings */
    elg_post *quiet = elg_notice_post(notice, t_ref(), ELG_DATES_DMY, NULL);
    assert_non_null(quiet);
    assert_int_equal(elg_post_criteria_count(quiet), elg_post_criteria_count(post));
    char *rules = elg_notice_rules(notice, t_ref(), ELG_DATES_DMY, NULL);
    assert_non_null(rules);
    GPtrArray *loaded = g_ptr_array_new_with_free_func((GDestroyNotify)elg_post_free);
    assert_int_equal(elg_posts_load_dir(missing, t_ref(), loaded, NULL), 1);
    assert_int_equal(elg_posts_load_dir(posts, t_ref(), loaded, NULL), 0);
    assert_int_equal(loaded->len, 5);
    g_ptr_array_add(loaded, quiet); /* 250717 twice */
    assert_int_equal(elg_posts_check_unique(loaded, NULL), 1);
    g_ptr_array_free(loaded, TRUE);
    g_free(rules);
    elg_post_free(post);
    elg_diags_free(d);
    g_free(bad);
    g_free(notice);
    g_free(posts);
    g_free(missing);
}

/* `eligo check` of post 900001 with the ESSENTIAL criteria (JSON) prints
 * its summary and WANT after the header lines, and nothing on stderr. */
static void check_summary(const char *essential, const char *want)
{
    char *path = t_scratch("summary.json"), *out = NULL, *err = NULL;
    char *json = g_strdup_printf("{\"id\": \"900001\", \"title\": \"Test post\", \"organisation\": \"NATO\", "
                                 "\"deadline\": \"2026-01-13\", \"essential\": [%s]}", essential);
    assert_true(g_file_set_contents(path, json, -1, NULL));
    const char *argv[] = {"check", path, NULL};
    assert_int_equal(t_run(&out, &err, argv), 0);
    assert_string_equal(err, "");
    char *expected = g_strconcat("900001  Test post\n  NATO, deadline 2026-01-13\n  essential:\n", want, NULL);
    assert_string_equal(out, expected);
    g_free(expected);
    g_free(json);
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* The summary words experience in place of a degree as the reasons do
 * (explain.c): one year is "1 year". */
static void test_or_years_summary(void **state)
{
    (void)state;
    check_summary("{\"id\": \"education\", \"kind\": \"education\", \"level\": \"bachelor\", \"or_years\": 1, "
                  "\"or_level\": \"secondary\"}, "
                  "{\"id\": \"edu2\", \"kind\": \"education\", \"level\": \"master\", \"or_years\": 12.5}",
                  "    education     education    at least bachelor, or secondary and 1 year of experience in total\n"
                  "    edu2          education    at least master, or 12.5 years of experience in total\n");
}

/* The summary words several fields as the reasons do (explain.c). */
static void test_fields_summary(void **state)
{
    (void)state;
    check_summary("{\"id\": \"two\", \"kind\": \"experience\", \"years\": 5, \"fields\": [\"logistics\", \"audit\"]}, "
                  "{\"id\": \"three\", \"kind\": \"experience\", \"fields\": [\"logistics\", \"audit\", \"legal\"]}, "
                  "{\"id\": \"one\", \"kind\": \"experience\", \"years\": 2, \"fields\": [\"legal\"], \"field\": null},"
                  "{\"id\": \"related\", \"kind\": \"experience\", \"years\": 2, \"field\": \"legal\", "
                  "\"or_related\": true}",
                  "    two           experience   at least 5 years in logistics or audit\n"
                  "    three         experience   some experience in logistics, audit or legal\n"
                  "    one           experience   at least 2 years in legal\n"
                  "    related       experience   at least 2 years in legal or a related field\n");
}

/* One bad file among good ones: exit 2, the good ones still summarised. */
static void test_mixed(void **state)
{
    (void)state;
    const char *argv[] = {"check", "rules/posts/250717.json", F "duplicate_id.json", "rules/posts/251816.json", NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 2);
    assert_string_equal(err, F "duplicate_id.json:8:.essential[1].id: error: duplicate criterion id \"nationality\"; "
                               "ids must be unique in a post\n");
    assert_true(g_str_has_prefix(out, "250717  Coordinator, HQ Security Force\n"));
    assert_non_null(strstr(out, "\n251816  Officer, Defence Industrial Production Board\n"));
    g_free(out);
    g_free(err);
}

static void test_check_usage(void **state)
{
    (void)state;
    char *out = NULL, *err = NULL;
    const char *none[] = {"check", NULL};
    assert_int_equal(t_run(&out, &err, none), 1);
    assert_string_equal(err, "eligo check: error: expected one or more rule files or directories\nTry `eligo check --help`.\n");
    g_free(out);
    g_free(err);
    const char *missing[] = {"check", F "no_such_file.json", NULL};
    assert_int_equal(t_run(&out, &err, missing), 2);
    assert_true(g_str_has_prefix(err, F "no_such_file.json: error: cannot read: "));
    g_free(out);
    g_free(err);
    /* a directory is its *.json rule sets, as for screen --post */
    const char *dir[] = {"check", "rules/posts", NULL};
    assert_int_equal(t_run(&out, &err, dir), 0);
    assert_string_equal(err, "");
    t_golden(out, "fixtures/expected/rules/check-seed-posts.txt");
    g_free(out);
    g_free(err);
    /* a notice where a rule set is expected: said what to do instead */
    const char *notice[] = {"check", "fixtures/notices/english_only.md", NULL};
    assert_int_equal(t_run(&out, &err, notice), 2);
    assert_string_equal(err, "fixtures/notices/english_only.md:1:1: error: invalid JSON near \"| | | |\"; a rule set "
                             "is JSON: a vacancy notice is compiled with `eligo compile` or screened with --notice\n");
    g_free(out);
    g_free(err);
    const char *no_rules[] = {"check", "fixtures/candidates", NULL};
    assert_int_equal(t_run(&out, &err, no_rules), 2);
    assert_string_equal(err, "fixtures/candidates: error: no *.json rule sets in this directory\n");
    g_free(out);
    g_free(err);
    /* --help lists every criterion kind */
    const char *help[] = {"check", "--help", NULL};
    assert_int_equal(t_run(&out, &err, help), 0);
    static const char *const kinds[] = {"nationality", "education", "experience", "languages", "language",
                                        "clearance", "deadline", "skill", "panel"};
    for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++) {
        char *line = g_strdup_printf("\n  %-12s ", kinds[i]);
        assert_non_null(strstr(out, line));
        g_free(line);
    }
    g_free(out);
    g_free(err);
}

/* The structured diagnostic behind the text: severity, file, JSON path. */
/* A member given twice is found in a large object too (checked through a
 * set there), and in an array's objects; a key that is not a plain word is
 * quoted in the path. */
/* The line of a JSON path: brackets, commas and quotes inside strings are
 * not structure; a missing part gives the deepest part found; a member
 * given twice is found at its second place when asked. */
static void test_path_line(void **state)
{
    (void)state;
    static const char text[] = "{\n"                                   /* 1 */
                               "  \"s\": \"[{,\\\"}]\",\n"      /* 2 */
                               "  \"essential\": [\n"                 /* 3 */
                               "    {\"id\": \"a\", \"n\": [1, [2, 3]]},\n" /* 4 */
                               "    {\"id\": \"b\",\n"              /* 5 */
                               "     \"years\":\n"                    /* 6 */
                               "        5},\n"                          /* 7 */
                               "    \"text\"\n"                       /* 8 */
                               "  ],\n"                                 /* 9 */
                               "  \"caf\\u00e9 \\\"x\\\"\": {\"k\": 1}\n" /* 10 */
                               "}\n";
    const size_t len = sizeof text - 1;
    assert_int_equal(elg_json_path_line(text, len, ".", TRUE), 1);
    assert_int_equal(elg_json_path_line(text, len, ".essential", TRUE), 3);
    assert_int_equal(elg_json_path_line(text, len, ".essential[0]", TRUE), 4);
    assert_int_equal(elg_json_path_line(text, len, ".essential[1]", TRUE), 5);
    assert_int_equal(elg_json_path_line(text, len, ".essential[1].years", TRUE), 6);
    assert_int_equal(elg_json_path_line(text, len, ".essential[1].years", FALSE), 7);
    assert_int_equal(elg_json_path_line(text, len, ".essential[1].kind", TRUE), 5);  /* missing */
    assert_int_equal(elg_json_path_line(text, len, ".essential[2]", TRUE), 8);
    assert_int_equal(elg_json_path_line(text, len, ".essential[7]", TRUE), 3);       /* no such element */
    assert_int_equal(elg_json_path_line(text, len, ".[\"caf\u00e9 \\\"x\\\"\"].k", TRUE), 10);
    assert_int_equal(elg_json_path_line(text, len, ".nothing.deeper", TRUE), 1);
    /* the second of a member given twice, where the parser reports it */
    static const char twice[] = "{\"a\": {\n\"x\": 1,\n\"y\": 2,\n\"x\": 3}}";
    GError *err = NULL;
    assert_null(elg_json_parse(twice, sizeof twice - 1, "twice.json", &err));
    assert_string_equal(err->message, "twice.json:4:.a.x: error: member given twice; expected each member once");
    g_clear_error(&err);
}

static void test_member_twice_anywhere(void **state)
{
    (void)state;
    GString *big = g_string_new("{\"list\": [0, {");
    for (int i = 0; i < 40; i++)
        g_string_append_printf(big, "%s\"k%d\": %d", i ? ", " : "", i % 30, i);
    g_string_append(big, "}]}");
    GError *err = NULL;
    assert_null(elg_json_parse(big->str, big->len, "big.json", &err));
    assert_string_equal(err->message, "big.json:1:.list[1].k0: error: member given twice; expected each member once");
    g_clear_error(&err);
    static const char odd[] = "{\"a b\": 1, \"a b\": 2}";
    assert_null(elg_json_parse(odd, sizeof odd - 1, "odd.json", &err));
    assert_string_equal(err->message, "odd.json:1:.[\"a b\"]: error: member given twice; expected each member once");
    g_clear_error(&err);
    static const char fine[] = "{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}, \"c\": [{\"x\": 1}, {\"x\": 2}]}";
    cJSON *root = elg_json_parse(fine, sizeof fine - 1, "fine.json", &err);
    assert_non_null(root);
    cJSON_Delete(root);
    g_string_free(big, TRUE);
}

/* Two rule sets of one post id, checked or screened together: refused,
 * naming both files (a report could not tell their rows apart). */
/* More criteria than a post holds: how many, and the most. */
static void test_too_many_criteria(void **state)
{
    (void)state;
    GString *json = g_string_new("{\"id\": \"9\", \"title\": \"T\", \"organisation\": \"NATO\", \"deadline\": \"2025-03-19\", \"essential\": ["
                                 "{\"id\": \"nationality\", \"kind\": \"nationality\"}], \"desirable\": [");
    for (int i = 0; i < 200; i++)
        g_string_append_printf(json, "%s{\"id\": \"p%d\", \"kind\": \"panel\"}", i ? ", " : "", i);
    g_string_append(json, "]}");
    char *path = t_scratch("many.json");
    assert_true(g_file_set_contents(path, json->str, (gssize)json->len, NULL));
    g_string_free(json, TRUE);
    const char *argv[] = {"check", path, NULL};
    char *out = NULL, *err = NULL;
    assert_int_equal(t_run(&out, &err, argv), 2);
    char *want = g_strdup_printf("%s:1:.desirable: error: 201 criteria in the post; expected at most 200\n", path);
    assert_string_equal(err, want);
    g_free(want);
    g_free(out);
    g_free(err);
    t_scratch_remove(path);
}

/* The syntax mistakes of a hand-edited file, each at its own character and
 * named, with what was expected. */
static void test_syntax_mistakes(void **state)
{
    (void)state;
    static const struct {
        const char *json, *message;
    } cases[] = {
        {"{\n  'id': 'x'\n}", "s.json:2:3: error: invalid JSON near \"'id': 'x'\": a single quote; JSON strings take "
                              "double quotes"},
        {"{\n  id: \"x\"\n}", "s.json:2:3: error: invalid JSON near \"id: \\\"x\\\"\": a member name without quotes; "
                               "expected it in double quotes"},
        {"{\"a\": 1,,\n\"b\": 2}", "s.json:1:9: error: invalid JSON near \",\": a comma where a member name was "
                                  "expected; remove it"},
        /* ... and where a value was expected */
        {"{\"essential\": [{\"id\": \"a\"},\n  , {\"id\": \"b\"}]}",
         "s.json:2:3: error: invalid JSON near \", {\\\"id\\\": \\\"b\\\"}]}\": a comma where a value was expected; "
         "remove it"},
        {"[,1]", "s.json:1:2: error: invalid JSON near \",1]\": a comma where a value was expected; remove it"},
        {"{\"a\": , 1}", "s.json:1:7: error: invalid JSON near \", 1}\": a comma where a value was expected; remove it"},
        {"{\"a\": }", "s.json:1:7: error: invalid JSON near \"}\": a closing bracket where a value was expected; "
                     "expected a value after the colon"},
        {"[}", "s.json:1:2: error: invalid JSON near \"}\": a closing bracket where a value was expected; expected a "
               "value or ]"},
        {"{\"a\": 1\n \"b\": 2}", "s.json:2:2: error: invalid JSON near \"\\\"b\\\": 2}\": a comma missing before it"},
        {"[{\"a\": 1}\n {\"b\": 2}]", "s.json:2:2: error: invalid JSON near \"{\\\"b\\\": 2}]\": a comma missing before it"},
        {"{\"a\" 1}", "s.json:1:6: error: invalid JSON near \"1}\": a colon missing after the member name before it"},
        {"{\"a\": True}", "s.json:1:7: error: invalid JSON near \"True}\": JSON writes true, false and null in lower case"},
        {"{\"a\": NaN}", "s.json:1:7: error: invalid JSON near \"NaN}\": not a JSON value; expected a number, a string, "
                         "true, false or null"},
        {"{\"a\": +1}", "s.json:1:7: error: invalid JSON near \"+1}\": a number JSON does not write so; expected digits "
                        "first, such as 5 or 0.5"},
        {"{\"a\": \"x\\q\"}", "s.json:1:9: error: invalid JSON near \"\\\\q\\\"}\": an escape JSON does not have; "
                              "expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t, or \\u and four hex digits (a surrogate "
                              "only in a pair)"},
        /* a closing quote left out: cJSON would read on to the next line's quote */
        {"{\"a\": \"x,\n \"b\": \"y\"}", "s.json:1:10: error: invalid JSON near \"\\\"x,\": a line end inside a string; "
                                   "expected its closing quote before it (or \\n)"},
        /* cJSON would end the string there: "V\u0000I" read as "V" */
        {"{\"a\": \"V\\u0000I\"}", "s.json:1:9: error: invalid JSON near \"\\\"V\": \\u0000 inside a string; expected "
                                  "text without a NUL character"},
        {"{\"a\": [1, 2\n", "s.json:1:12: error: invalid JSON near end of file: the file ends before the brackets "
                            "opened are closed; expected more, or } or ]"},
        /* the file cut short: cJSON stops on its last character, as on a fault there */
        {"{\"a\": 1,", "s.json:1:9: error: invalid JSON near end of file: the file ends where a member name was "
                       "expected; expected more, then } or ] for each bracket opened"},
        {"{\n", "s.json:1:2: error: invalid JSON near end of file: the file ends where a member name was expected; "
                "expected more, then } or ] for each bracket opened"},
        {"[1,", "s.json:1:4: error: invalid JSON near end of file: the file ends where a value was expected; expected "
                "more, then } or ] for each bracket opened"},
        {"{\"a\": 1", "s.json:1:8: error: invalid JSON near end of file: the file ends before the brackets opened are "
                      "closed; expected more, or } or ]"},
        {"{\"a\": \"xyz", "s.json:1:11: error: invalid JSON near end of file: the file ends inside a string; "
                         "expected its closing quote, then } or ] for each bracket opened"},
        /* a number cut short: cJSON stops at its start, or after its digits */
        {"{\"a\": -", "s.json:1:8: error: invalid JSON near end of file: the file ends inside a number; expected its "
                      "digits, then } or ] for each bracket opened"},
        {"[0.5, 1e+ \n", "s.json:1:10: error: invalid JSON near end of file: the file ends inside a number; expected "
                         "its digits, then } or ] for each bracket opened"},
        {"{\"a\": 1.", "s.json:1:9: error: invalid JSON near end of file: the file ends inside a number; expected its "
                       "digits, then } or ] for each bracket opened"},
        {"-", "s.json:1:2: error: invalid JSON near end of file: the file ends inside a number; expected its digits"},
        /* ... or with no digit after its sign or exponent, where a value goes */
        {"{\"a\": [-, 1e}", "s.json:1:8: error: invalid JSON near \"-, 1e}\": a number with no digit after its sign "
                            "or exponent; expected one, such as -1 or 1e3"},
        {"{\"a\": 1.5E+}", "s.json:1:7: error: invalid JSON near \"1.5E+}\": a number with no digit after its sign "
                           "or exponent; expected one, such as -1 or 1e3"},
        {"{\"a\": 1 -}", "s.json:1:9: error: invalid JSON near \"-}\": a comma missing before it"},
        /* a byte order mark (Notepad's) is no column, and alone no JSON */
        {"\xEF\xBB\xBF{\"a\": 1,}", "s.json:1:8: error: invalid JSON near \",}\": a comma before a closing bracket; "
                                   "remove it"},
        {"\xEF\xBB\xBF\n", "s.json: error: the file is empty; expected a JSON value"},
        /* the file cut after a member name */
        {"{\"b\": 1, \"a\" ", "s.json:1:13: error: invalid JSON near end of file: the file ends after a member name; "
                             "expected a colon and its value, then } or ] for each bracket opened"},
        {"[\"a\"", "s.json:1:5: error: invalid JSON near end of file: the file ends before the brackets opened are "
                  "closed; expected more, or } or ]"},
        {"{\"a\": x", "s.json:1:7: error: invalid JSON near \"x\": not a JSON value; expected a number, a string in "
                      "double quotes, true, false or null"},
        /* a value mistyped or cut; a word after a value is no value */
        {"{\"a\": [tru, 1]}", "s.json:1:8: error: invalid JSON near \"tru, 1]}\": not a JSON value; expected a number, "
                              "a string in double quotes, true, false or null"},
        {"{\"a\": 1 b: 2}", "s.json:1:9: error: invalid JSON near \"b: 2}\""},
        /* no bracket around the string left open */
        {"\"abc", "s.json:1:5: error: invalid JSON near end of file: the file ends inside a string; expected its "
                  "closing quote"},
        /* raw control characters, which cJSON keeps */
        {"{\"a\": \"V\tI\"}", "s.json:1:9: error: invalid JSON near \"\\\"V\": a tab inside a string; expected it "
                             "written \\t"},
        {"{\"a\": \"V\x01\"}", "s.json:1:9: error: invalid JSON near \"\\\"V\": a control character inside a "
                              "string; expected it written \\u and its four hex digits (\\u0001 to \\u001F)"},
        /* cJSON reads 1. as 1 */
        {"{\"a\": [0.5, 2.e3]}", "s.json:1:13: error: invalid JSON near \"2.e3\": a number with no digit after its "
                               "point; expected one, such as 1.0, or no point"},
        /* cJSON reads 01 as 1, 00.5 as 0.5 */
        {"{\"id\": 01}", "s.json:1:8: error: invalid JSON near \"01\": a number with a leading zero; expected it "
                         "without, such as 1 or 0.5 (or in double quotes, for a code such as \"01\")"},
        {"{\"a\": [0, 1e05,\n -01]}", "s.json:2:2: error: invalid JSON near \"-01\": a number with a leading zero; "
                                    "expected it without, such as 1 or 0.5 (or in double quotes, for a code such as "
                                    "\"01\")"},
        {"{\"a\": 00.5}", "s.json:1:7: error: invalid JSON near \"00.5\": a number with a leading zero; expected it "
                          "without, such as 1 or 0.5 (or in double quotes, for a code such as \"01\")"},
    };
    unsigned failures = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        GError *err = NULL;
        cJSON *root = elg_json_parse(cases[i].json, strlen(cases[i].json), "s.json", &err);
        if (root || strcmp(err->message, cases[i].message) != 0) {
            fprintf(stderr, "%s\n--- got\n%s\n--- expected\n%s\n", cases[i].json, err ? err->message : "(parsed)",
                    cases[i].message);
            failures++;
        }
        cJSON_Delete(root);
        g_clear_error(&err);
    }
    assert_int_equal(failures, 0);
}

static void test_post_id_twice(void **state)
{
    (void)state;
    char *dir = g_dir_make_tmp("eligo-ids-XXXXXX", NULL);
    const char *rules = "{\"id\": \"900004\", \"title\": \"T\", \"organisation\": \"NATO\", \"deadline\": "
                        "\"2026-01-13\", \"essential\": [{\"id\": \"nationality\", \"kind\": \"nationality\"}]}";
    char *a = g_build_filename(dir, "a.json", NULL), *b = g_build_filename(dir, "b.json", NULL);
    assert_true(g_file_set_contents(a, rules, -1, NULL));
    assert_true(g_file_set_contents(b, rules, -1, NULL));
    char *want = g_strdup_printf("%s:1:.id: error: post 900004 is also the post of %s; each post is screened once "
                                 "(give each rule set its own id)\n",
                                 b, a);
    char *out = NULL, *err = NULL;
    const char *check[] = {"check", "-q", a, b, NULL};
    assert_int_equal(t_run(&out, &err, check), 2);
    assert_string_equal(err, want);
    g_free(out);
    g_free(err);
    const char *screen[] = {"screen", "-c", "fixtures/candidates/sample.csv", "-p", dir, "-f", "csv", NULL};
    assert_int_equal(t_run(&out, &err, screen), 2);
    assert_string_equal(err, want);
    assert_string_equal(out, "");
    g_free(out);
    g_free(err);
    g_free(want);
    /* one file given twice, by two spellings of its path: said as such, at the line of its id */
    assert_true(g_file_set_contents(a, "{\n  \"id\": \"900005\",\n  \"title\": \"T\", \"organisation\": \"NATO\", "
                                       "\"deadline\": \"2026-01-13\", \"essential\": [{\"id\": \"nationality\", "
                                       "\"kind\": \"nationality\"}]}\n", -1, NULL));
    char *a2 = g_build_filename(dir, ".", "a.json", NULL);
    want = g_strdup_printf("%s:2:.id: error: post 900005 is given twice; each post is screened once\n", a2);
    const char *again[] = {"screen", "-c", "fixtures/candidates/sample.csv", "-p", a, "-p", a2, NULL};
    assert_int_equal(t_run(&out, &err, again), 2);
    assert_string_equal(err, want);
    g_free(out);
    g_free(err);
    g_free(want);
    g_free(a2);
    /* a notice has no JSON path to give */
    want = g_strdup("fixtures/notices/251816.txt: error: post 251816 is given twice; each post is screened once\n");
    const char *notices[] = {"screen", "-c", "fixtures/candidates/sample.csv", "-n", "fixtures/notices/251816.txt",
                             "-n", "fixtures/notices/251816.txt", NULL};
    assert_int_equal(t_run(&out, &err, notices), 2);
    assert_true(g_str_has_suffix(err, want));
    g_free(out);
    g_free(err);
    g_free(want);
    g_unlink(a);
    g_unlink(b);
    g_rmdir(dir);
    g_free(a);
    g_free(b);
    g_free(dir);
}

static void test_diag_fields(void **state)
{
    (void)state;
    const char *json = "{\"id\": \"1\", \"title\": \"T\", \"organisation\": \"NATO\", \"deadline\": \"2025-03-19\","
                       " \"essential\": [{\"id\": \"x\", \"kind\": \"experience\", \"years\": 3, \"field\": \"basket_weaving\"},"
                       " {\"id\": \"y\", \"kind\": \"languages\", \"one\": \"V\", \"other\": 9}]}";
    elg_diags *d = elg_diags_new();
    assert_null(elg_post_compile_text(json, strlen(json), "mem.json", t_ref(), d));
    assert_int_equal(elg_diags_count(d), 2);
    assert_int_equal(elg_diags_errors(d), 1);
    const elg_diag *w = elg_diags_get(d, 0), *e = elg_diags_get(d, 1);
    assert_int_equal(w->severity, ELG_WARNING);
    assert_string_equal(w->file, "mem.json");
    assert_string_equal(w->path, ".essential[0].field");
    assert_int_equal(e->severity, ELG_ERROR);
    assert_string_equal(e->path, ".essential[1].other");
    assert_string_equal(e->message, "9 is not a language level; expected I to VI (or 1 to 6, a level name, A1 to C2)");
    elg_diags_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_rule_sets),
        cmocka_unit_test(test_every_fixture_listed),
        cmocka_unit_test(test_seed_posts),
        cmocka_unit_test(test_criteria_getters),
        cmocka_unit_test(test_null_diags),
        cmocka_unit_test(test_or_years_summary),
        cmocka_unit_test(test_fields_summary),
        cmocka_unit_test(test_mixed),
        cmocka_unit_test(test_check_usage),
        cmocka_unit_test(test_diag_fields),
        cmocka_unit_test(test_post_id_twice),
        cmocka_unit_test(test_syntax_mistakes),
        cmocka_unit_test(test_too_many_criteria),
        cmocka_unit_test(test_path_line),
        cmocka_unit_test(test_member_twice_anywhere),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
