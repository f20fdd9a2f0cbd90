/* The command line (DESIGN.md s.4, s.5; issue 3 item 6): exit statuses,
 * help texts, `eligo posts`, atomic --output, formula-injection protection,
 * valid JSON, and the bundled posts found from any working directory. */
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/resource.h>
#include <glib/gstdio.h>
#include <cjson/cJSON.h>
#include "testutil.h"
#include "generate.h"

#define SAMPLE "fixtures/candidates/sample.csv"

extern char **environ;

/* Run eligo in CWD with ENV (NULL: inherit), SETUP run in the child before exec. */
static int run_in(const char *cwd, char **env, GSpawnChildSetupFunc setup, char **out, char **err,
                  const char *const *argv)
{
    GPtrArray *args = g_ptr_array_new();
    g_ptr_array_add(args, (gpointer)ELG_TEST_BINARY);
    for (; *argv; argv++)
        g_ptr_array_add(args, (gpointer)*argv);
    g_ptr_array_add(args, NULL);
    gint status = 0;
    GError *e = NULL;
    gboolean ok = g_spawn_sync(cwd, (gchar **)args->pdata, env, 0, setup, NULL, out, err, &status, &e);
    g_ptr_array_free(args, TRUE);
    if (!ok)
        fail_msg("cannot run eligo: %s", e->message);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* Run and expect STATUS and exactly ERR on stderr (NULL: anything). */
static void expect(int status, const char *err, const char *const *argv)
{
    char *o = NULL, *e = NULL;
    int got = t_run(&o, &e, argv);
    if (got != status || (err && strcmp(e, err) != 0))
        fprintf(stderr, "eligo %s ...: exit %d (expected %d)\n--- stderr\n%s--- expected\n%s\n", argv[0], got, status,
                e, err ? err : "(any)");
    assert_int_equal(got, status);
    if (err)
        assert_string_equal(e, err);
    g_free(o);
    g_free(e);
}

/* A temporary directory with FILE written in it; returns the file's path. */
static char *temp_file(char **dir, const char *name, const char *text)
{
    *dir = g_dir_make_tmp("eligo-cli-XXXXXX", NULL);
    assert_non_null(*dir);
    char *path = g_build_filename(*dir, name, NULL);
    if (text)
        assert_true(g_file_set_contents(path, text, -1, NULL));
    return path;
}

/* Number of entries in DIR. */
static unsigned dir_entries(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    unsigned n = 0;
    while (g_dir_read_name(d))
        n++;
    g_dir_close(d);
    return n;
}

static void remove_dir(char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name(d))) {
        char *p = g_build_filename(dir, name, NULL);
        g_unlink(p);
        g_free(p);
    }
    g_dir_close(d);
    g_rmdir(dir);
    g_free(dir);
}

/* --- exit statuses ------------------------------------------------------------ */

static void test_exit_ok(void **state)
{
    (void)state;
    const char *screen[] = {"screen", "--candidates", SAMPLE, NULL};
    expect(0, NULL, screen);
    /* inspect reads the file given as screen takes it, or as its argument */
    char *by_option = NULL, *by_argument = NULL;
    const char *inspect_c[] = {"inspect", "-c", SAMPLE, NULL}, *inspect[] = {"inspect", SAMPLE, NULL};
    assert_int_equal(t_run(&by_option, NULL, inspect_c), 0);
    assert_int_equal(t_run(&by_argument, NULL, inspect), 0);
    assert_non_null(strstr(by_argument, "rows:"));
    assert_string_equal(by_option, by_argument);
    g_free(by_option);
    g_free(by_argument);
    const char *help[] = {"--help", NULL};
    expect(0, "", help);
}

static void test_exit_usage(void **state)
{
    (void)state;
    const char *none[] = {NULL};
    expect(1, NULL, none);
    const char *unknown[] = {"frobnicate", NULL};
    expect(1, "eligo: error: unknown command \"frobnicate\"; expected one of screen, inspect, check, posts, compile\n"
              "Try `eligo --help`.\n", unknown);
    const char *missing[] = {"screen", NULL};
    expect(1, "eligo screen: error: --candidates FILE is required\nTry `eligo screen --help`.\n", missing);
    const char *format[] = {"screen", "--candidates", SAMPLE, "--format", "xml", NULL};
    expect(1, "eligo screen: error: --format: \"xml\"; expected text, csv or json\n", format);
    const char *extra[] = {"screen", "--candidates", SAMPLE, "extra", NULL};
    expect(1, "eligo screen: error: unexpected argument \"extra\"\nTry `eligo screen --help`.\n", extra);
    /* the candidate file given as `inspect` takes it: say which option it needs */
    const char *bare[] = {"screen", "applicants.csv", NULL};
    expect(1, "eligo screen: error: unexpected argument \"applicants.csv\"; give the candidate file with "
              "--candidates (-c): eligo screen -c applicants.csv\nTry `eligo screen --help`.\n", bare);
    /* "-" is standard output for --output, but no candidate file: said, not "no such file" */
    const char *dash[] = {"screen", "-c", "-", NULL};
    expect(1, "eligo screen: error: \"-\": the candidate file is not read from standard input (it is read "
              "twice); give its name (./- for a file named -)\n", dash);
    /* inspect takes the file as screen does too, but one file only */
    const char *inspect_twice[] = {"inspect", "-c", SAMPLE, "fixtures/candidates/keep.csv", NULL};
    expect(1, "eligo inspect: error: expected one candidate file, got 2\nTry `eligo inspect --help`.\n",
           inspect_twice);
    const char *dash_inspect_c[] = {"inspect", "-c", "-", NULL};
    expect(1, "eligo inspect: error: \"-\": the candidate file is not read from standard input (it is read "
              "twice); give its name (./- for a file named -)\n", dash_inspect_c);
    const char *dash_inspect[] = {"inspect", "-", NULL};
    expect(1, "eligo inspect: error: \"-\": the candidate file is not read from standard input (it is read "
              "twice); give its name (./- for a file named -)\n", dash_inspect);
    /* a second candidate file is not dropped in silence for the first */
    const char *twice[] = {"screen", "-c", SAMPLE, "--candidates", "fixtures/bad/header_only.csv", NULL};
    expect(1, "eligo screen: error: --candidates given twice (" SAMPLE ", fixtures/bad/header_only.csv); screen "
              "reads one candidate file per run\nTry `eligo screen --help`.\n", twice);
    const char *order[] = {"screen", "--candidates", SAMPLE, "--date-order", "ymd", NULL};
    expect(1, "eligo screen: error: --date-order: \"ymd\"; expected dmy or mdy\n", order);
    /* the option named is the one given, with the command, as other usage errors */
    const char *notice_order[] = {"screen", "--candidates", SAMPLE, "--notice-date-order", "13/01", NULL};
    expect(1, "eligo screen: error: --notice-date-order: \"13/01\"; expected dmy or mdy\n", notice_order);
    /* an option that would change nothing is not taken in silence */
    const char *no_notice[] = {"screen", "--candidates", SAMPLE, "--notice-date-order", "dmy", NULL};
    expect(1, "eligo screen: error: --notice-date-order reads the deadline of a --notice; no --notice is given\n",
           no_notice);
    const char *posts[] = {"posts", "x", NULL};
    expect(1, "eligo posts: error: unexpected argument \"x\"\n", posts);
    /* an unknown option: the wording of the option parser, with the hint */
    char *o = NULL, *e = NULL;
    const char *option[] = {"screen", "--frobnicate", "--candidates", SAMPLE, NULL};
    assert_int_equal(t_run(&o, &e, option), 1);
    assert_true(g_str_has_prefix(e, "eligo screen: error: "));
    assert_non_null(strstr(e, "--frobnicate"));
    assert_true(g_str_has_suffix(e, "\nTry `eligo screen --help`.\n"));
    assert_string_equal(o, "");
    g_free(o);
    g_free(e);
}

static void test_exit_input(void **state)
{
    (void)state;
    const char *missing[] = {"screen", "--candidates", "fixtures/candidates/no_such.csv", NULL};
    expect(2, "fixtures/candidates/no_such.csv: error: cannot open: No such file or directory\n", missing);
    const char *dir[] = {"screen", "--candidates", "fixtures/candidates", NULL};
    expect(2, "fixtures/candidates: error: is a directory, expected a CSV file\n", dir);
    const char *rules[] = {"screen", "--candidates", SAMPLE, "--post", "fixtures/rules/unknown_kind.json", NULL};
    expect(2, "fixtures/rules/unknown_kind.json:8:.essential[1].kind: error: unknown kind \"nationalty\"; expected one of "
              "nationality, education, experience, languages, language, clearance, deadline, skill, panel\n", rules);
    const char *rules_dir[] = {"screen", "--candidates", SAMPLE, "--post", "fixtures/rules", NULL};
    expect(2, NULL, rules_dir);
    char *o = NULL, *e = NULL;
    const char *no_post[] = {"screen", "--candidates", SAMPLE, "--post", "fixtures/rules/no_such.json", NULL};
    assert_int_equal(t_run(&o, &e, no_post), 2);
    assert_true(g_str_has_prefix(e, "fixtures/rules/no_such.json: error: cannot read: "));
    assert_string_equal(o, ""); /* no report from an invalid run */
    g_free(o);
    g_free(e);
}

/* --strict: rows with problems (sample.csv has several) give 3,
 * and the report is still written; a clean file gives 0. */
static void test_exit_strict(void **state)
{
    (void)state;
    char *o = NULL, *e = NULL;
    const char *strict[] = {"screen", "--strict", "--candidates", SAMPLE, "--format", "csv", NULL};
    assert_int_equal(t_run(&o, &e, strict), 3);
    assert_true(g_str_has_prefix(o, "post_id,candidate_id,status,"));
    assert_non_null(strstr(e, "sample.csv:41:5: warning: equivalent_qualification: \"maybe\" is not yes or no"));
    g_free(o);
    g_free(e);
    char *dir = NULL, *clean = temp_file(&dir, "clean.csv", "candidate_id,nationality\nA1,BE\n");
    const char *ok[] = {"screen", "--strict", "--candidates", clean, NULL};
    expect(0, "", ok);
    g_free(clean);
    remove_dir(dir);
}

/* Years given as a span ("3-5", "2+") are screened as the span allows, the
 * report's reason shows the span as given, and each such cell is a warning
 * that says how it is read: a row with one counts under --strict. */
static void test_years_span_reasons(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "t.csv",
                                        "candidate_id,nationality,education,english,french,experience_years,"
                                        "experience\n"
                                        "A1,FR,Master,C1,B2,10,project_management:3-5\n"
                                        "A2,FR,Master,C1,B2,2+,\n"
                                        "A3,FR,Master,C1,B2,10,project_management:4+\n");
    const char *argv[] = {"screen", "--strict", "-c", path, "-p", "rules/posts/250303.json", NULL};
    char *o = NULL, *e = NULL;
    assert_int_equal(t_run(&o, &e, argv), 3);
    assert_non_null(strstr(o, "eligible 1, review 2, ineligible 0"));
    assert_non_null(strstr(o, "      1  A3            eligible"));
    assert_non_null(strstr(o, "\n         experience in project_management: 3-5 years, required 4\n"));
    assert_non_null(strstr(o, "\n         experience in project_management: not given (total 2+ years), required 4\n"));
    char *want = g_strdup_printf(
        "%s:2:7: warning: experience: \"project_management:3-5\" is a range, not a number of years; read as 3 to 5 "
        "(a criterion between stays unknown)\n"
        "%s:3:6: warning: experience_years: \"2+\" is a lower bound, not a number of years; read as at least 2 (a "
        "criterion above 2 stays unknown)\n"
        "%s:4:7: warning: experience: \"project_management:4+\" is a lower bound, not a number of years; read as "
        "at least 4 (a criterion above 4 stays unknown)\n",
        path, path, path);
    assert_string_equal(e, want);
    g_free(want);
    g_free(o);
    g_free(e);
    g_free(path);
    remove_dir(dir);
}

/* Files joined one after the other: the line repeating the header is no
 * candidate, and the reports' totals say it was left out, so that the
 * lines of the file add up. */
static void test_header_repeats_in_reports(void **state)
{
    (void)state;
    const char *text[] = {"screen", "-c", "fixtures/bad/repeated_header.csv", "-p", "rules/posts/250303.json",
                          NULL},
               *json[] = {"screen", "-f", "json", "-c", "fixtures/bad/repeated_header.csv", "-p",
                          "rules/posts/250303.json", NULL},
               *plain[] = {"screen", "-f", "json", "-c", SAMPLE, "-p", "rules/posts/250303.json", NULL};
    char *o = NULL;
    assert_int_equal(t_run(&o, NULL, text), 0);
    assert_non_null(strstr(o, ": 3 candidates (0 with problems in the file; 1 row repeating the header, not read), 1 "
                              "post\n"));
    g_free(o);
    assert_int_equal(t_run(&o, NULL, json), 0);
    assert_non_null(strstr(o, "\n  \"rows\": 3,\n  \"rows_with_problems\": 0,\n  \"header_repeats\": 1,\n"));
    g_free(o);
    assert_int_equal(t_run(&o, NULL, plain), 0); /* only when there are some */
    assert_null(strstr(o, "header_repeats"));
    g_free(o);
}

/* A typo in a decisive header ("Nationalte") left nationality unknown for
 * every row with not a word on screen: a column the posts require that
 * the file lacks, while it has headers eligo does not read, is said. A
 * file that simply lacks the column (all are optional) is not warned. */
static void test_missing_column_with_unread_headers(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "t.csv", "candidate_id,Nationalte,Diplome,Email\nA1,France,Master,a@b\n");
    const char *argv[] = {"screen", "--strict", "-f", "csv", "-c", path, "-p", "rules/posts/250303.json", NULL};
    char *want = g_strdup_printf("%s:1: warning: no column gives nationality, english, french, "
                                 "experience_project_management, "
                                 "which the posts screened require: unknown for every row; the columns "
                                 "\"Nationalte\", \"Email\" are not read (map one with --map; see eligo inspect)\n",
                                 path);
    expect(0, want, argv);
    g_free(want);
    /* a column the --map file ignores (null) is not one to map */
    char *map = g_build_filename(dir, "map.json", NULL);
    assert_true(g_file_set_contents(map, "{\"email\": null, \"Diplome\": \"education\"}", -1, NULL));
    const char *mapped[] = {"screen", "-f", "csv", "-c", path, "-p", "rules/posts/250303.json", "--map", map, NULL};
    want = g_strdup_printf("%s:1: warning: no column gives nationality, english, french, "
                           "experience_project_management, which the posts screened "
                           "require: unknown for every row; the column \"Nationalte\" is not read (map it with "
                           "--map; see eligo inspect)\n",
                           path);
    expect(0, want, mapped);
    /* nor is a column --keep copies into the report */
    const char *kept[] = {"screen", "-f", "csv", "-c", path, "-p", "rules/posts/250303.json", "-k", "email", NULL};
    expect(0, want, kept);
    g_free(want);
    g_free(map);
    g_free(path);
    remove_dir(dir);
    path = temp_file(&dir, "t.csv", "candidate_id,Diplome\nA1,Master\n");
    const char *plain[] = {"screen", "-f", "csv", "-c", path, "-p", "rules/posts/250303.json", NULL};
    expect(0, "", plain);
    g_free(path);
    remove_dir(dir);
}

/* Experience in a field that neither a column nor an experience list
 * gives is unknown for every row: said, as a missing nationality is,
 * when a header is not read ("Years of Relevant Experience") */
/* A program using the library had no way to these warnings (the tool's
 * own functions): elg_screen_warnings gives them, as the tool prints them. */
static void test_screen_warnings_in_the_library(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "t.csv", "candidate_id,Nationalte,q_teamwork\nA1,France,yes\n");
    elg_post *post = elg_post_compile_file("rules/posts/250303.json", t_ref(), NULL);
    elg_profiles *p = elg_profiles_load(path, t_ref(), &(elg_load_options){0}, NULL);
    assert_non_null(post);
    assert_non_null(p);
    elg_diags *d = elg_diags_new();
    elg_screen_warnings(p, &post, 1, d);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    elg_diags_print(d, m);
    fclose(m);
    const char *argv[] = {"screen", "-f", "csv", "-c", path, "-p", "rules/posts/250303.json", NULL};
    expect(0, buf, argv);
    assert_non_null(strstr(buf, "q_teamwork"));
    assert_non_null(strstr(buf, "no column gives nationality"));
    free(buf);
    elg_diags_free(d);
    elg_profiles_free(p);
    elg_post_free(post);
    g_free(path);
    remove_dir(dir);
}

static void test_missing_field_column(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "t.csv",
                                        "candidate_id,nationality,education,english,french,"
                                        "Years of Relevant Experience\nA1,FR,Master,C1,B2,6\n");
    const char *argv[] = {"screen", "-f", "csv", "-c", path, "-p", "rules/posts/250303.json", NULL};
    char *want = g_strdup_printf("%s:1: warning: no column gives experience_project_management, which the posts "
                                 "screened require: unknown for every row; the column \"Years of Relevant "
                                 "Experience\" is not read (map it with --map; see eligo inspect)\n",
                                 path);
    expect(0, want, argv);
    g_free(want);
    g_free(path);
    remove_dir(dir);
    /* an experience list may give it: nothing to say */
    path = temp_file(&dir, "t.csv", "candidate_id,nationality,education,english,french,experience,Notes\n"
                                    "A1,FR,Master,C1,B2,defence_policy:2,x\n");
    const char *list[] = {"screen", "-f", "csv", "-c", path, "-p", "rules/posts/250303.json", NULL};
    expect(0, "", list);
    g_free(path);
    remove_dir(dir);
}

/* A rule set that gives the deadline (for membership) without a deadline
 * criterion let late applications through without a word: said when rows
 * applied after it, and not for a post that screens it, nor when every
 * row applied in time. */
static void test_deadline_without_its_criterion(void **state)
{
    (void)state;
    char *dir = NULL, *rules = temp_file(&dir, "p.json",
                                         "{\"id\": \"PD\", \"title\": \"T\", \"organisation\": \"NATO\", "
                                         "\"deadline\": \"2024-03-06\", \"essential\": [{\"id\": \"nat\", "
                                         "\"kind\": \"nationality\"}]}");
    char *late = g_build_filename(dir, "late.csv", NULL), *in_time = g_build_filename(dir, "in_time.csv", NULL);
    assert_true(g_file_set_contents(late, "candidate_id,nationality,Date de candidature\nA,FR,2024-03-06\n"
                                          "B,FR,2024-03-07\nC,FR,\nD,FR,2030-01-01\n", -1, NULL));
    assert_true(g_file_set_contents(in_time, "candidate_id,nationality,applied_on\nA,FR,2024-03-06\n", -1, NULL));
    const char *argv[] = {"screen", "--strict", "-f", "csv", "-c", late, "-p", rules, NULL};
    char *want = g_strdup_printf("%s:1:3: warning: applied_on: 2 rows applied after post PD's deadline (2024-03-06), "
                                 "which no criterion of the post screens; add {\"id\": \"deadline\", \"kind\": "
                                 "\"deadline\"} to its essential criteria to screen them out\n",
                                 late);
    expect(0, want, argv);
    g_free(want);
    const char *timely[] = {"screen", "-f", "csv", "-c", in_time, "-p", rules, NULL};
    expect(0, "", timely);
    /* the bundled posts screen their deadlines */
    const char *bundled[] = {"screen", "-f", "csv", "-c", late, "-p", "rules/posts/241490.json", NULL};
    expect(0, "", bundled);
    g_free(late);
    g_free(in_time);
    g_free(rules);
    remove_dir(dir);
}

/* Where years of experience stand in for the degree, a file without an
 * education column still decides the rows with enough years: the column
 * is said missing only when the total is missing too, and then both are. */
static void test_missing_column_with_or_years(void **state)
{
    (void)state;
    char *dir = NULL, *rules = temp_file(&dir, "p.json",
                                         "{\"id\": \"p\", \"title\": \"T\", \"organisation\": \"NATO\", "
                                         "\"deadline\": \"2025-03-19\", \"essential\": [{\"id\": \"education\", "
                                         "\"kind\": \"education\", \"level\": \"bachelor\", \"or_years\": 10}]}");
    char *years = g_build_filename(dir, "years.csv", NULL), *none = g_build_filename(dir, "none.csv", NULL);
    assert_true(g_file_set_contents(years, "candidate_id,Studies,experience_years\nA1,Master,12\n", -1, NULL));
    assert_true(g_file_set_contents(none, "candidate_id,Studies\nA1,Master\n", -1, NULL));
    const char *with_years[] = {"screen", "-f", "csv", "-c", years, "-p", rules, NULL};
    expect(0, "", with_years);
    const char *without[] = {"screen", "-f", "csv", "-c", none, "-p", rules, NULL};
    char *want = g_strdup_printf("%s:1: warning: no column gives education, experience_years, which the posts "
                                 "screened require: unknown for every row; the column \"Studies\" is not read "
                                 "(map it with --map; see eligo inspect)\n",
                                 none);
    expect(0, want, without);
    g_free(want);
    /* with a level beside the years ("or secondary education and 10
     * years"), no row meets it without its level: the column is said */
    char *level = g_build_filename(dir, "level.json", NULL);
    assert_true(g_file_set_contents(level,
                                    "{\"id\": \"p\", \"title\": \"T\", \"organisation\": \"NATO\", "
                                    "\"deadline\": \"2025-03-19\", \"essential\": [{\"id\": \"education\", "
                                    "\"kind\": \"education\", \"level\": \"bachelor\", \"or_years\": 10, "
                                    "\"or_level\": \"secondary\"}]}",
                                    -1, NULL));
    const char *with_level[] = {"screen", "-f", "csv", "-c", years, "-p", level, NULL};
    want = g_strdup_printf("%s:1: warning: no column gives education, which the posts screened require: unknown "
                           "for every row; the column \"Studies\" is not read (map it with --map; see eligo "
                           "inspect)\n",
                           years);
    expect(0, want, with_level);
    g_free(want);
    g_free(level);
    g_free(years);
    g_free(none);
    g_free(rules);
    remove_dir(dir);
}

/* An answer column (q_C) that no post screened has a criterion for is
 * said, with its column, and is no row problem: --strict still exits 0.
 * One a post takes ("Q Drafting" for 251816's drafting) is not. */
static void test_unused_answer_column(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "q.csv", "candidate_id,q_travl,Q Drafting\nA1,yes,no\n");
    const char *argv[] = {"screen", "--strict", "-f", "csv", "-c", path, NULL};
    char *want = g_strdup_printf("%s:1:2: warning: q_travl: no post screened has a criterion \"travl\" for it "
                                 "to answer; the column is not used\n",
                                 path);
    expect(0, want, argv);
    g_free(want);
    const char *one[] = {"screen", "-f", "csv", "-c", path, "-p", "rules/posts/250303.json", NULL};
    want = g_strdup_printf("%s:1:2: warning: q_travl: no post screened has a criterion \"travl\" for it to "
                           "answer; the column is not used\n%s:1:3: warning: q_drafting: no post screened has a "
                           "criterion \"drafting\" for it to answer; the column is not used\n",
                           path, path);
    expect(0, want, one);
    g_free(want);
    /* an id the post decides from the file's data (251816's nato_structure,
     * a panel criterion until it became experience in nato_affairs) */
    char *old = g_build_filename(dir, "old.csv", NULL);
    assert_true(g_file_set_contents(old, "candidate_id,q_nato_structure\nA1,yes\n", -1, NULL));
    const char *decided[] = {"screen", "-f", "csv", "-c", old, "-p", "rules/posts/251816.json", NULL};
    want = g_strdup_printf("%s:1:2: warning: q_nato_structure: criterion \"nato_structure\" of post 251816 is an "
                           "experience criterion, decided by the file's data, not by an answer; the column is not "
                           "used\n",
                           old);
    expect(0, want, decided);
    g_free(want);
    g_free(old);
    g_free(path);
    remove_dir(dir);
}

/* --- help and posts ------------------------------------------------------------ */

static void test_help(void **state)
{
    (void)state;
    char *o = NULL, *e = NULL;
    const char *help[] = {"--help", NULL};
    assert_int_equal(t_run(&o, &e, help), 0);
    static const char *const commands[] = {"\n  screen ", "\n  inspect ", "\n  check ", "\n  posts ", "\n  compile "};
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
        assert_non_null(strstr(o, commands[i]));
    assert_non_null(strstr(o, "Exit status: 0 success, 1 wrong usage, 2 unreadable input, invalid rule set or\n"
                              "report that cannot be written, 3 "));
    g_free(o);
    g_free(e);
    const char *screen_help[] = {"screen", "--help", NULL};
    assert_int_equal(t_run(&o, &e, screen_help), 0);
    /* every option of issue 3 item 6, and the formats */
    static const char *const options[] = {"--candidates=FILE", "--post=FILE|DIR", "--format=text|csv|json",
                                          "--output=FILE", "--by-candidate", "--map=FILE", "--date-order=dmy|mdy",
                                          "--strict", "Exit status: 0 success, 1 wrong usage, 2 "};
    for (size_t i = 0; i < G_N_ELEMENTS(options); i++) {
        if (!strstr(o, options[i]))
            fprintf(stderr, "eligo screen --help does not mention %s\n", options[i]);
        assert_non_null(strstr(o, options[i]));
    }
    g_free(o);
    g_free(e);
}

static const char *const posts_list =
    "  241490   Defence Capacity Building (DCB), Programme Officer\n"
    "  250303   Ukraine Innovation Officer (2 posts)\n"
    "  250717   Coordinator, HQ Security Force\n"
    "  251816   Officer, Defence Industrial Production Board\n"
    "  260036   Officer, Innovation and Technology Adoption\n";

static void test_posts(void **state)
{
    (void)state;
    char *o = NULL, *e = NULL;
    const char *argv[] = {"posts", NULL};
    assert_int_equal(t_run(&o, &e, argv), 0);
    char *dir = t_path("rules/posts");
    char *want = g_strdup_printf("bundled posts in %s:\n%s", dir, posts_list);
    assert_string_equal(o, want);
    assert_string_equal(e, "");
    g_free(want);
    g_free(dir);
    g_free(o);
    g_free(e);
}

/* Run from /tmp with ELIGO_DATA_DIR unset: the build-tree binary finds the
 * bundled posts of its source tree. */
static void test_bundled_posts_from_elsewhere(void **state)
{
    (void)state;
    char **env = g_environ_unsetenv(g_strdupv(environ), "ELIGO_DATA_DIR");
    char *o = NULL, *e = NULL;
    const char *posts[] = {"posts", NULL};
    assert_int_equal(run_in("/tmp", env, NULL, &o, &e, posts), 0);
    assert_non_null(strstr(o, posts_list));
    assert_string_equal(e, "");
    g_free(o);
    g_free(e);
    char *sample = t_path(SAMPLE);
    const char *screen[] = {"screen", "--candidates", sample, "--format", "csv", NULL};
    assert_int_equal(run_in("/tmp", env, NULL, &o, &e, screen), 0);
    /* the same report as from the source tree */
    char *golden = t_read("fixtures/expected/reports/sample.csv");
    assert_string_equal(o, golden);
    g_free(golden);
    g_free(o);
    g_free(e);
    g_free(sample);
    g_strfreev(env);
}

/* --- --output ------------------------------------------------------------------ */

static void test_output_written(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "report.csv", "old contents\n"), *o = NULL, *e = NULL;
    const char *argv[] = {"screen", "--candidates", SAMPLE, "--format", "csv", "--output", path, NULL};
    assert_int_equal(t_run(&o, &e, argv), 0);
    assert_string_equal(o, ""); /* the report went to the file */
    char *written = NULL;
    assert_true(g_file_get_contents(path, &written, NULL, NULL));
    char *golden = t_read("fixtures/expected/reports/sample.csv");
    assert_string_equal(written, golden);
    assert_int_equal(dir_entries(dir), 1); /* no temporary file left */
    g_free(golden);
    g_free(written);
    g_free(o);
    g_free(e);
    g_free(path);
    remove_dir(dir);
}

/* Without --format, the output's name says the format: -o report.csv is a
 * CSV report, not a text report in a file named .csv; --format wins. */
static void test_output_format_from_name(void **state)
{
    (void)state;
    static const struct {
        const char *name, *format, *golden;
    } cases[] = {
        {"report.csv", NULL, "fixtures/expected/reports/sample.csv"},
        {"REPORT.Json", NULL, "fixtures/expected/reports/sample.json"},
        {"report.txt", NULL, "fixtures/expected/reports/sample.txt"},
        {"report", NULL, "fixtures/expected/reports/sample.txt"},
        {"report.csv", "text", "fixtures/expected/reports/sample.txt"},
        {"report.json", "csv", "fixtures/expected/reports/sample.csv"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *dir = NULL, *path = temp_file(&dir, cases[i].name, NULL), *o = NULL, *e = NULL;
        const char *argv[] = {"screen", "-c", SAMPLE, "-o", path, cases[i].format ? "-f" : NULL, cases[i].format, NULL};
        assert_int_equal(t_run(&o, &e, argv), 0);
        char *written = NULL, *golden = t_read(cases[i].golden);
        assert_true(g_file_get_contents(path, &written, NULL, NULL));
        if (strcmp(written, golden) != 0)
            fail_msg("-o %s -f %s: not %s", cases[i].name, cases[i].format ? cases[i].format : "(none)",
                     cases[i].golden);
        g_free(written);
        g_free(golden);
        g_free(o);
        g_free(e);
        g_free(path);
        remove_dir(dir);
    }
}

static void test_output_unwritable(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "x", NULL);
    char *target = g_build_filename(dir, "no_such_dir", "report.csv", NULL);
    char *o = NULL, *e = NULL;
    const char *argv[] = {"screen", "--candidates", SAMPLE, "--output", target, NULL};
    assert_int_equal(t_run(&o, &e, argv), 2);
    char *msg = g_strdup_printf("%s: error: cannot write: No such file or directory\n", target);
    assert_true(g_str_has_suffix(e, msg));
    assert_int_equal(dir_entries(dir), 0);
    g_free(msg);
    g_free(o);
    g_free(e);
    /* a directory as the output */
    const char *to_dir[] = {"screen", "--candidates", SAMPLE, "--output", dir, NULL};
    assert_int_equal(t_run(&o, &e, to_dir), 2);
    msg = g_strdup_printf("%s: error: is a directory; expected the name of a file to write\n", dir);
    assert_true(g_str_has_suffix(e, msg));
    assert_int_equal(dir_entries(dir), 0);
    g_free(o);
    g_free(e);
    /* the same for a rule set compiled from a notice: it is no report */
    const char *compile_to_dir[] = {"compile", "fixtures/notices/251816.txt", "--output", dir, NULL};
    assert_int_equal(t_run(&o, &e, compile_to_dir), 2);
    assert_true(g_str_has_suffix(e, msg));
    assert_int_equal(dir_entries(dir), 0);
    g_free(msg);
    g_free(o);
    g_free(e);
    g_free(target);
    g_free(path);
    remove_dir(dir);
}

/* --output naming an input of the run (the candidate file, a link to it,
 * a rule set, a notice, the --map file) would put the output in its place:
 * the input would be lost.  Refused as wrong usage, the input untouched. */
static void test_output_is_an_input(void **state)
{
    (void)state;
    char *dir = NULL, *cands = temp_file(&dir, "c.csv", "candidate_id,education\nA1,master\n");
    char *rules = g_build_filename(dir, "r.json", NULL), *link = g_build_filename(dir, "link.csv", NULL);
    char *notice = g_build_filename(dir, "n.txt", NULL), *map = g_build_filename(dir, "map.txt", NULL);
    char *notice_text = t_read("fixtures/notices/251816.txt");
    assert_true(g_file_set_contents(rules, "{\"id\": \"X1\", \"title\": \"T\", \"organisation\": \"NATO\", "
                                           "\"deadline\": \"2025-01-01\", \"essential\": [{\"id\": \"education\", "
                                           "\"kind\": \"education\", \"level\": \"bachelor\"}]}\n",
                                    -1, NULL));
    assert_true(g_file_set_contents(notice, notice_text, -1, NULL));
    assert_true(g_file_set_contents(map, "{}\n", -1, NULL));
    assert_int_equal(symlink("c.csv", link), 0);
    char *msg = g_strdup_printf("eligo screen: error: --output %s is the candidate file (%s); writing there "
                                "would replace it\n", cands, cands);
    const char *same[] = {"screen", "-c", cands, "-p", rules, "-f", "csv", "-o", cands, NULL};
    expect(1, msg, same);
    g_free(msg);
    msg = g_strdup_printf("eligo screen: error: --output %s is the candidate file (%s); writing there "
                          "would replace it\n", link, cands);
    const char *linked[] = {"screen", "-c", cands, "-p", rules, "-o", link, NULL};
    expect(1, msg, linked);
    g_free(msg);
    msg = g_strdup_printf("eligo screen: error: --output %s is the file of post X1 (%s); writing there "
                          "would replace it\n", rules, rules);
    const char *rule_set[] = {"screen", "-c", cands, "-p", dir, "-o", rules, NULL};
    expect(1, msg, rule_set);
    g_free(msg);
    msg = g_strdup_printf("eligo screen: error: --output %s is the --map file (%s); writing there "
                          "would replace it\n", map, map);
    const char *mapped[] = {"screen", "-c", cands, "-p", rules, "--map", map, "-o", map, NULL};
    expect(1, msg, mapped);
    g_free(msg);
    msg = g_strdup_printf("eligo inspect: error: --output %s is the candidate file (%s); writing there "
                          "would replace it\n", cands, cands);
    const char *inspected[] = {"inspect", cands, "-o", cands, NULL};
    expect(1, msg, inspected);
    g_free(msg);
    msg = g_strdup_printf("eligo compile: error: --output %s is the notice (%s); writing there "
                          "would replace it\n", notice, notice);
    const char *compiled[] = {"compile", notice, "-o", notice, NULL};
    expect(1, msg, compiled);
    g_free(msg);
    /* screened: the notice's own warnings come first */
    msg = g_strdup_printf("eligo screen: error: --output %s is the notice of post 251816 (%s); writing there "
                          "would replace it\n", notice, notice);
    const char *screened[] = {"screen", "-c", cands, "--notice", notice, "-o", notice, NULL};
    char *o = NULL, *e = NULL;
    assert_int_equal(t_run(&o, &e, screened), 1);
    assert_true(g_str_has_suffix(e, msg));
    g_free(o);
    g_free(e);
    g_free(msg);
    char *text = NULL;
    assert_true(g_file_get_contents(cands, &text, NULL, NULL));
    assert_string_equal(text, "candidate_id,education\nA1,master\n");
    g_free(text);
    assert_true(g_file_get_contents(notice, &text, NULL, NULL));
    assert_string_equal(text, notice_text);
    g_free(text);
    assert_true(g_file_test(link, G_FILE_TEST_IS_SYMLINK));
    /* a new file, or standard output, is written as before */
    char *report = g_build_filename(dir, "report.csv", NULL);
    const char *fresh[] = {"screen", "-c", cands, "-p", rules, "-f", "csv", "-o", report, NULL};
    expect(0, "", fresh);
    assert_true(g_file_test(report, G_FILE_TEST_IS_REGULAR));
    g_free(report);
    g_free(notice_text);
    g_free(cands);
    g_free(rules);
    g_free(link);
    g_free(notice);
    g_free(map);
    remove_dir(dir);
}

/* A UTF-16 file (Excel's "Unicode Text") is screened through its UTF-8
 * conversion; with nowhere to write that, exit 2 and say so. */
static void test_utf16_candidates(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "unicode.txt", NULL);
    gsize n = 0;
    char *body = g_convert("candidate_id\tname\tenglish\r\nC1\tZo\u00eb\tV\r\n", -1, "UTF-16LE", "UTF-8",
                           NULL, &n, NULL);
    GString *file = g_string_new_len("\xFF\xFE", 2);
    g_string_append_len(file, body, (gssize)n);
    assert_true(g_file_set_contents(path, file->str, (gssize)file->len, NULL));
    const char *argv[] = {"inspect", path, NULL};
    char *o = NULL, *e = NULL;
    assert_int_equal(run_in(NULL, NULL, NULL, &o, &e, argv), 0);
    assert_non_null(strstr(o, "encoding:  UTF-16LE\n"));
    assert_string_equal(e, "");
    g_free(o);
    g_free(e);
    char *missing = g_build_filename(dir, "no_such_dir", NULL);
    char **env = g_environ_setenv(g_strdupv(environ), "TMPDIR", missing, TRUE);
    assert_int_equal(run_in(NULL, env, NULL, &o, &e, argv), 2);
    char *msg = g_strdup_printf("%s: error: cannot convert from UTF-16LE: ", path);
    if (!g_str_has_prefix(e, msg))
        fail_msg("stderr: %s", e);
    g_free(msg);
    g_free(o);
    g_free(e);
    g_strfreev(env);
    g_free(missing);
    g_string_free(file, TRUE);
    g_free(body);
    g_free(path);
    remove_dir(dir);
}

/* An Excel 97-2003 workbook given for the candidate file is named as such
 * (an .xlsx is fixtures/bad/workbook.csv). */
static void test_xls_workbook(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "candidates.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest");
    char *msg = g_strdup_printf("%s: error: an Excel 97-2003 workbook (.xls), not a CSV file; save the "
                                "sheet as CSV (UTF-8) and give that file\n", path);
    const char *argv[] = {"screen", "--candidates", path, NULL};
    expect(2, msg, argv);
    g_free(msg);
    g_free(path);
    remove_dir(dir);
}

/* A write that fails half-way (the child may write at most 1000 bytes to a
 * file): exit 2, the previous file untouched, no temporary file left. */
static void limit_file_size(gpointer data)
{
    (void)data;
    struct rlimit lim = {1000, 1000};
    signal(SIGXFSZ, SIG_IGN); /* EFBIG instead of the signal */
    setrlimit(RLIMIT_FSIZE, &lim);
}

static void test_output_fails_midway(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "report.csv", "old contents\n"), *o = NULL, *e = NULL;
    char *src = t_path(".");
    const char *argv[] = {"screen", "--candidates", SAMPLE, "--format", "csv", "--output", path, NULL};
    assert_int_equal(run_in(src, NULL, limit_file_size, &o, &e, argv), 2);
    assert_non_null(strstr(e, "error: cannot write"));
    char *kept = NULL;
    assert_true(g_file_get_contents(path, &kept, NULL, NULL));
    assert_string_equal(kept, "old contents\n");
    assert_int_equal(dir_entries(dir), 1);
    g_free(kept);
    g_free(src);
    g_free(o);
    g_free(e);
    g_free(path);
    remove_dir(dir);
}

/* --- what reports do with hostile text -------------------------------------------- */

static const char *const hostile_csv =
    "candidate_id,name,nationality\n"
    "=1+1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",BE\n"
    "+A,@SUM(A1:A2),BE\n"
    "-B,-2 minus,BE\n"
    "C,\"back\\slash \"\"quoted\"\" \x01 ctrl\",BE\n";

static void test_formula_injection(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "hostile.csv", hostile_csv), *o = NULL, *e = NULL;
    const char *argv[] = {"screen", "--candidates", path, "--post", "rules/posts/250717.json", "--format", "csv", NULL};
    assert_int_equal(t_run(&o, &e, argv), 0);
    gchar **lines = t_lines(o);
    /* every data line: the id and name cells begin with ' when they begin with = + - or @
     * (cells are trimmed on loading, so TAB and CR are tested in test_reports.c) */
    static const char *const want[] = {
        "250717,'+A,review,",
        "250717,'-B,review,",
        "250717,'=1+1,review,",
        "250717,C,review,",
    };
    static const char *const names[] = {
        ",'@SUM(A1:A2),3,",
        ",'-2 minus,4,",
        ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",2,",
        ",\"back\\slash \"\"quoted\"\" \x01 ctrl\",5,",
    };
    for (int i = 0; i < 4; i++) {
        if (!g_str_has_prefix(lines[i + 1], want[i]) || !strstr(lines[i + 1], names[i]))
            fprintf(stderr, "line %d: %s\n", i + 2, lines[i + 1]);
        assert_true(g_str_has_prefix(lines[i + 1], want[i]));
        assert_non_null(strstr(lines[i + 1], names[i]));
    }
    g_strfreev(lines);
    g_free(o);
    g_free(e);
    /* by candidate too */
    const char *by[] = {"screen", "--candidates", path, "--post", "rules/posts/250717.json", "--format", "csv",
                        "--by-candidate", NULL};
    assert_int_equal(t_run(&o, &e, by), 0);
    assert_non_null(strstr(o, "\n'=1+1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",2,,250717,\n"));
    g_free(o);
    g_free(e);
    g_free(path);
    remove_dir(dir);
}

/* The JSON report parses, and hostile strings come back intact. */
static void test_json_valid(void **state)
{
    (void)state;
    char *dir = NULL, *path = temp_file(&dir, "hostile.csv", hostile_csv), *o = NULL, *e = NULL;
    for (int by = 0; by < 2; by++) {
        const char *argv[] = {"screen", "--candidates", path, "--format", "json", by ? "--by-candidate" : NULL, NULL};
        assert_int_equal(t_run(&o, &e, argv), 0);
        cJSON *root = cJSON_Parse(o);
        assert_non_null(root);
        const cJSON *list = by ? cJSON_GetObjectItem(root, "candidates")
                               : cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(root, "posts"), 0), "candidates");
        assert_int_equal(cJSON_GetArraySize(list), 4);
        gboolean seen = FALSE;
        const cJSON *c;
        cJSON_ArrayForEach(c, list) {
            if (strcmp(cJSON_GetObjectItem(c, "candidate_id")->valuestring, "C") == 0) {
                assert_string_equal(cJSON_GetObjectItem(c, "name")->valuestring, "back\\slash \"quoted\" \x01 ctrl");
                seen = TRUE;
            }
        }
        assert_true(seen);
        cJSON_Delete(root);
        g_free(o);
        g_free(e);
    }
    g_free(path);
    remove_dir(dir);
}

/* The threads eligo ARGV starts (clone with CLONE_THREAD), counted by
 * strace; -1 where strace is missing or cannot trace here. */
static int threads_started(const char *const *argv)
{
    char *strace = g_find_program_in_path("strace");
    if (!strace)
        return -1;
    char *trace = t_scratch("trace.txt");
    GPtrArray *args = g_ptr_array_new();
    const char *const head[] = {strace, "-f", "-qq", "-e", "trace=clone,clone3", "-o", trace, ELG_TEST_BINARY};
    for (size_t i = 0; i < G_N_ELEMENTS(head); i++)
        g_ptr_array_add(args, (gpointer)head[i]);
    for (; *argv; argv++)
        g_ptr_array_add(args, (gpointer)*argv);
    g_ptr_array_add(args, NULL);
    /* LeakSanitizer cannot work under ptrace */
    gchar **env = g_environ_setenv(g_get_environ(), "ASAN_OPTIONS", "detect_leaks=0", TRUE);
    gint status = -1;
    char *text = NULL;
    int threads = -1;
    if (g_spawn_sync(NULL, (gchar **)args->pdata, env, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) &&
        g_spawn_check_wait_status(status, NULL) && g_file_get_contents(trace, &text, NULL, NULL)) {
        threads = 0;
        for (const char *at = text; (at = strstr(at, "CLONE_THREAD")); at++)
            threads++;
    }
    g_free(text);
    g_strfreev(env);
    g_ptr_array_free(args, TRUE);
    t_scratch_remove(trace);
    g_free(strace);
    return threads;
}

/* -j bounds every phase: with -j 1 the load, the match and the report
 * start no thread (the load started one per core whatever -j said); with
 * -j 2 each starts its own. */
static void test_threads_bound_every_phase(void **state)
{
    (void)state;
    char *path = t_scratch("many.csv");
    GError *err = NULL;
    assert_true(elg_generate_file(path, 3, 20000, &err)); /* 2.5 MB: the load splits it */
    const char *one[] = {"screen", "-c", path, "-f", "csv", "-o", "/dev/null", "-j", "1", NULL};
    const char *two[] = {"screen", "-c", path, "-f", "csv", "-o", "/dev/null", "-j", "2", NULL};
    const int with_one = threads_started(one), with_two = threads_started(two);
    t_scratch_remove(path);
    if (with_one < 0 || with_two < 0)
        skip();
    assert_int_equal(with_one, 0);
    assert_true(with_two >= 3); /* two loaders at least, and the match's and the report's */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exit_ok),
        cmocka_unit_test(test_exit_usage),
        cmocka_unit_test(test_exit_input),
        cmocka_unit_test(test_exit_strict),
        cmocka_unit_test(test_years_span_reasons),
        cmocka_unit_test(test_header_repeats_in_reports),
        cmocka_unit_test(test_help),
        cmocka_unit_test(test_posts),
        cmocka_unit_test(test_bundled_posts_from_elsewhere),
        cmocka_unit_test(test_output_written),
        cmocka_unit_test(test_output_format_from_name),
        cmocka_unit_test(test_output_unwritable),
        cmocka_unit_test(test_output_is_an_input),
        cmocka_unit_test(test_utf16_candidates),
        cmocka_unit_test(test_xls_workbook),
        cmocka_unit_test(test_output_fails_midway),
        cmocka_unit_test(test_formula_injection),
        cmocka_unit_test(test_unused_answer_column),
        cmocka_unit_test(test_missing_column_with_unread_headers),
        cmocka_unit_test(test_screen_warnings_in_the_library),
        cmocka_unit_test(test_missing_field_column),
        cmocka_unit_test(test_missing_column_with_or_years),
        cmocka_unit_test(test_deadline_without_its_criterion),
        cmocka_unit_test(test_json_valid),
        cmocka_unit_test(test_threads_bound_every_phase),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
