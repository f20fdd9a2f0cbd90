/* Truth tables of the experience criterion (DESIGN.md s.3, s.6): years
 * compared exactly, a field given above the total, a field not given with
 * the total below / at / above N, "none", per-field columns, years
 * omitted ("some experience"), and many fields at once. */
#include "test_eval.h"

/* One post, four criteria:
 *   total5  at least 5 years in total
 *   pm5     at least 5 years in project_management
 *   pm_some some experience in project_management (years omitted)
 *   some    some experience in total */
static const char *const essential =
    "{\"id\": \"total5\", \"kind\": \"experience\", \"years\": 5},"
    "{\"id\": \"pm5\", \"kind\": \"experience\", \"years\": 5, \"field\": \"project_management\"},"
    "{\"id\": \"pm_some\", \"kind\": \"experience\", \"field\": \"project_management\"},"
    "{\"id\": \"some\", \"kind\": \"experience\"}";

static const struct {
    const char *cells; /* experience_years,experience,exp_project_management */
    elg_state total5, pm5, pm_some, some;
} cases[] = {
    /* the total, compared exactly */
    {"4.99,,", NOT, NOT, UNK, MET},
    {"5,,", MET, UNK, UNK, MET},
    {"4.9999999999999999,,", NOT, NOT, UNK, MET},
    {"\"4,99\",,", NOT, NOT, UNK, MET},
    {"\"5,0\",,", MET, UNK, UNK, MET},
    {"6,,", MET, UNK, UNK, MET},
    {",,", UNK, UNK, UNK, UNK},
    {"0,,", NOT, NOT, NOT, NOT},
    {"none,,", NOT, NOT, NOT, NOT},
    {"0.5,,", NOT, NOT, UNK, MET},
    /* the field, given: used even above the total */
    {",project_management:5,", UNK, MET, MET, UNK},
    {",project_management:4.99,", UNK, NOT, MET, UNK},
    {"3,project_management:6,", NOT, MET, MET, MET},
    {"10,project_management:4.99,", MET, NOT, MET, MET},
    {"10,project_management:0,", MET, NOT, NOT, MET},
    {"10,\"project_management:4,5\",", MET, NOT, MET, MET},
    /* the field not given: NOT_MET only when the total is known and below N */
    {"4,defence_security:4,", NOT, NOT, UNK, MET},
    {"5,defence_security:5,", MET, UNK, UNK, MET},
    {"6,defence_security:6,", MET, UNK, UNK, MET},
    {",defence_security:6,", UNK, UNK, UNK, UNK},
    /* "none" in the experience cell: no years in any field */
    {",none,", UNK, NOT, NOT, UNK},
    {"10,none,", MET, NOT, NOT, MET},
    /* the per-field column */
    {"2,,5", NOT, MET, MET, MET},
    {",,4.99", UNK, NOT, MET, UNK},
    {",,0", UNK, NOT, NOT, UNK},
    {",,none", UNK, NOT, NOT, UNK},
};

/* How many of criteria IDS (N) of post 0 do not have the states WANT on
 * ROW, whose CELLS are printed with each difference. */
static unsigned row_mismatches(const tx *t, unsigned row, const char *cells, const char *const *ids,
                               const elg_state *want, int n)
{
    unsigned bad = 0;
    for (int c = 0; c < n; c++) {
        const elg_state got = tx_state(t, 0, ids[c], row);
        if (got != want[c]) {
            fprintf(stderr, "%s, [%s]: got %s, expected %s\n", ids[c], cells, tx_state_name(got),
                    tx_state_name(want[c]));
            bad++;
        }
    }
    return bad;
}

static void test_truth_table(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,experience_years,experience,exp_project_management\n");
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, cases[i].cells);
    char *r = tx_rules("exp", "\"2025-03-19\"", essential, NULL);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    unsigned bad = 0;
    const char *const ids[] = {"total5", "pm5", "pm_some", "some"};
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        const elg_state want[] = {cases[i].total5, cases[i].pm5, cases[i].pm_some, cases[i].some};
        bad += row_mismatches(t, (unsigned)i, cases[i].cells, ids, want, 4);
    }
    assert_int_equal(tx_problems(t, NULL), 0);
    tx_free(t);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* "experience_F" is the same column as "exp_F"; a field column absent from
 * the file leaves the field not given. */
static void test_field_columns(void **state)
{
    (void)state;
    char *r = tx_rules("exp", "\"2025-03-19\"",
                       "{\"id\": \"pm5\", \"kind\": \"experience\", \"years\": 5, \"field\": \"project_management\"},"
                       "{\"id\": \"ds3\", \"kind\": \"experience\", \"years\": 3, \"field\": \"defence_security\"}",
                       NULL);
    tx *t = tx_new1("candidate_id,experience_years,experience_project_management\n"
                    "a,2,5\nb,2,4.99\nc,4,\nd,2,\n",
                    r);
    g_free(r);
    const struct {
        const char *id;
        elg_state pm5, ds3;
    } want[] = {{"a", MET, NOT}, {"b", NOT, NOT}, {"c", NOT, UNK}, {"d", NOT, NOT}};
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        unsigned row = tx_row(t, want[i].id);
        assert_int_equal(tx_state(t, 0, "pm5", row), want[i].pm5);
        assert_int_equal(tx_state(t, 0, "ds3", row), want[i].ds3);
    }
    tx_free(t);
}

/* Reasons say what was required and what the candidate has; a field
 * not given fails on a short total, and the reason says so (b), not in
 * the words of an unknown (d). */
static void test_reasons(void **state)
{
    (void)state;
    char *r = tx_rules("exp", "\"2025-03-19\"",
                       "{\"id\": \"total5\", \"kind\": \"experience\", \"years\": 5},"
                       "{\"id\": \"pm3\", \"kind\": \"experience\", \"years\": 3, \"field\": \"project_management\"}",
                       NULL);
    tx *t = tx_new1("candidate_id,experience_years,experience\n"
                    "a,4.99,project_management:2.999\n"
                    "b,2.5,\n"
                    "c,,\n"
                    "d,6,defence_security:6\n",
                    r);
    g_free(r);
    const char *const want[] = {
        "exp,a,ineligible,0,0,2,2,0.00,3,experience: 4.99 years, required 5; experience in project_management: 2.999 years, required 3",
        "exp,b,ineligible,0,0,2,2,0.00,4,experience: 2.5 years, required 5; experience in project_management: not given, and the total of 2.5 years is below the required 3",
        "exp,c,review,0,2,0,2,0.00,2,experience: not given, required 5; experience in project_management: not given, required 3",
        "exp,d,review,1,1,0,2,0.00,1,experience in project_management: not given (total 6 years), required 3",
    };
    const char *const ids[] = {"a", "b", "c", "d"};
    for (int i = 0; i < 4; i++) {
        char *row = tx_csv_row(t, "exp", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

/* Years given as a span, as an applicant-tracking system's dropdown exports
 * them: "5+" (at least 5) or "3-5" (between 3 and 5).  Against "at least
 * R", a span [lo, hi] is MET when lo >= R, NOT_MET when hi < R, else
 * UNKNOWN; the total, a field (list or column) and education's years
 * alternative alike.  Each span cell is reported, saying how it is read. */
static const char *const span_essential =
    "{\"id\": \"total5\", \"kind\": \"experience\", \"years\": 5},"
    "{\"id\": \"pm5\", \"kind\": \"experience\", \"years\": 5, \"field\": \"project_management\"},"
    "{\"id\": \"edu\", \"kind\": \"education\", \"level\": \"bachelor\", \"or_years\": 5}";

static const struct {
    const char *cells; /* experience_years,experience,exp_project_management,education */
    elg_state total5, pm5, edu;
    unsigned spans;    /* cells read as a span */
} span_cases[] = {
    /* the total: lo = R, lo < R <= hi, hi < R, a bound from R, a bound below R */
    {"5-7,,,secondary", MET, UNK, MET, 1},
    {"3-5,,,secondary", UNK, UNK, UNK, 1},
    {"4 to 6 years,,,secondary", UNK, UNK, UNK, 1},
    {"1-4.99,,,secondary", NOT, NOT, NOT, 1},
    {"5+,,,secondary", MET, UNK, MET, 1},
    {"6+ years,,,secondary", MET, UNK, MET, 1},
    {"3+,,,secondary", UNK, UNK, UNK, 1},
    {"more than 3,,,secondary", UNK, UNK, UNK, 1},
    {"plus de 5 ans,,,secondary", MET, UNK, MET, 1},
    /* education's level decides first; the years only stand in */
    {"1-4,,,master", NOT, NOT, MET, 1},
    {"3+,,,", UNK, UNK, UNK, 1},
    /* a field in the experience list */
    {",project_management:5-7,,", UNK, MET, UNK, 1},
    {",project_management:3-5,,", UNK, UNK, UNK, 1},
    {",project_management:1-4,,", UNK, NOT, UNK, 1},
    {",project_management:5+,,", UNK, MET, UNK, 1},
    {",project_management:3+,,", UNK, UNK, UNK, 1},
    {"10,project_management:3+,,", MET, UNK, MET, 1},
    /* a field given exactly is used whatever the total's span */
    {"3+,project_management:4,,", UNK, NOT, UNK, 1},
    {"1-4,project_management:6,,", NOT, MET, UNK, 1}, /* education not given */
    /* a field not given: NOT_MET only when the whole span of the total is below */
    {"3-6,defence_security:2,,", UNK, UNK, UNK, 1},
    {"1-4,defence_security:2+,,secondary", NOT, NOT, NOT, 2},
    {"2+,none,,", UNK, NOT, UNK, 1},
    /* the field column, which wins over the list, span or not */
    {",,3-5,", UNK, UNK, UNK, 1},
    {",,5+,", UNK, MET, UNK, 1},
    {",project_management:6+,4,", UNK, NOT, UNK, 1},
    {",project_management:6,3-5,", UNK, UNK, UNK, 1},
    {",project_management:3+,6,", UNK, MET, UNK, 1},
    /* the same field twice in the list: the later wins, span or not */
    {",project_management:6+;project_management:4,,", UNK, NOT, UNK, 1},
};

static void test_spans(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,experience_years,experience,exp_project_management,education\n");
    unsigned spans = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(span_cases); i++) {
        g_string_append_printf(csv, "r%02zu,%s\n", i, span_cases[i].cells);
        spans += span_cases[i].spans;
    }
    char *r = tx_rules("exp", "\"2025-03-19\"", span_essential, NULL);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    assert_int_equal(elg_profiles_count(t->profiles), G_N_ELEMENTS(span_cases));
    unsigned bad = 0;
    const char *const ids[] = {"total5", "pm5", "edu"};
    for (size_t i = 0; i < G_N_ELEMENTS(span_cases); i++) {
        const elg_state want[] = {span_cases[i].total5, span_cases[i].pm5, span_cases[i].edu};
        bad += row_mismatches(t, (unsigned)i, span_cases[i].cells, ids, want, 3);
    }
    assert_int_equal(tx_problems(t, "; read as "), spans);
    tx_free(t);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* A span's reason shows it as the cell gave it, lower bound or range. */
static void test_span_reasons(void **state)
{
    (void)state;
    char *r = tx_rules("exp", "\"2025-03-19\"", span_essential, NULL);
    tx *t = tx_new1("candidate_id,experience_years,experience,education\n"
                    "a,3+,project_management:3-5,secondary\n"
                    "b,1-4,,secondary\n"
                    "c,4-6,defence_security:6,secondary\n",
                    r);
    g_free(r);
    const char *const want[] = {
        "exp,a,review,0,3,0,3,0.00,1,experience: 3+ years, required 5; experience in project_management: 3-5 years, "
        "required 5; education: secondary, required bachelor or 5 years of experience (experience: 3+ years)",
        "exp,b,ineligible,0,0,3,3,0.00,3,experience: 1-4 years, required 5; experience in project_management: not "
        "given, and the total of 1-4 years is below the required 5; education: secondary, required bachelor or 5 "
        "years of experience (experience: 1-4 years)",
        "exp,c,review,0,3,0,3,0.00,2,experience: 4-6 years, required 5; experience in project_management: not given "
        "(total 4-6 years), required 5; education: secondary, required bachelor or 5 years of experience "
        "(experience: 4-6 years)",
    };
    const char *const ids[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        char *row = tx_csv_row(t, "exp", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

/* Reasons are memoised by what they read (report.c): a span and the exact
 * years of its lower end, or two spans from the same lower end, read
 * alike in the columns but not in the reasons. */
static void test_span_reasons_memo(void **state)
{
    (void)state;
    char *r = tx_rules("exp", "\"2025-03-19\"", span_essential, NULL);
    tx *t = tx_new1("candidate_id,experience_years,experience,education\n"
                    "a,3,project_management:4,\n"
                    "b,3+,project_management:4+,\n"
                    "c,3-6,project_management:4-6,\n"
                    "d,3,project_management:4,\n"
                    "e,3+,project_management:4+,\n",
                    r);
    g_free(r);
    const struct {
        const char *id, *reasons;
    } want[] = {
        {"a", "experience: 3 years, required 5; experience in project_management: 4 years, required 5; "
              "education: not given, required bachelor or 5 years of experience (experience: 3 years)"},
        {"b", "experience: 3+ years, required 5; experience in project_management: 4+ years, required 5; "
              "education: not given, required bachelor or 5 years of experience (experience: 3+ years)"},
        {"c", "experience: 3-6 years, required 5; experience in project_management: 4-6 years, required 5; "
              "education: not given, required bachelor or 5 years of experience (experience: 3-6 years)"},
        {"d", "experience: 3 years, required 5; experience in project_management: 4 years, required 5; "
              "education: not given, required bachelor or 5 years of experience (experience: 3 years)"},
        {"e", "experience: 3+ years, required 5; experience in project_management: 4+ years, required 5; "
              "education: not given, required bachelor or 5 years of experience (experience: 3+ years)"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        char *row = tx_csv_row(t, "exp", want[i].id);
        if (!strstr(row, want[i].reasons))
            fail_msg("%s: %s\nexpected the reasons %s", want[i].id, row, want[i].reasons);
        g_free(row);
    }
    tx_free(t);
}

/* Spans over many blocks and ranges of the match loop, in a file large
 * enough to be loaded in chunks by two threads (whose spans are merged)
 * and screened with one thread and two: every state as the span says. */
enum { SPAN_ROWS = 120000 };
static const struct {
    const char *text;
    gint32 lo, hi; /* -1: not given */
} span_totals[] = {{"", -1, -1}, {"5+", 5, G_MAXINT32}, {"3+", 3, G_MAXINT32}, {"3-5", 3, 5},
                   {"1-4.5", 1, 4}, {"6", 6, 6}, {"5-7", 5, 7}, {"2", 2, 2}},
  span_fields[] = {{"", -1, -1}, {"project_management:5+", 5, G_MAXINT32}, {"project_management:3-5", 3, 5},
                   {"project_management:1-4", 1, 4}, {"project_management:6", 6, 6},
                   {"project_management:3+", 3, G_MAXINT32}, {"defence_security:2-9", -1, -1}};

static elg_state at_least(gint32 lo, gint32 hi, gint32 need)
{
    return lo >= need ? MET : hi < need ? NOT : UNK;
}

static void check_many_spans(unsigned threads)
{
    GString *csv = g_string_new("candidate_id,experience_years,experience,education\n");
    for (unsigned i = 0; i < SPAN_ROWS; i++)
        g_string_append_printf(csv, "r%06u,%s,%s,secondary\n", i, span_totals[i % 8].text,
                               span_fields[(i / 8) % 7].text);
    assert_true(csv->len > (3u << 20));
    char *r = tx_rules("exp", "\"2025-03-19\"", span_essential, NULL);
    tx *t = tx_new_threads(csv->str, (const char *const[]){r, NULL}, threads);
    g_free(r);
    unsigned bad = 0;
    for (unsigned i = 0; i < SPAN_ROWS; i++) {
        const gint32 tlo = span_totals[i % 8].lo, thi = span_totals[i % 8].hi;
        const gint32 flo = span_fields[(i / 8) % 7].lo, fhi = span_fields[(i / 8) % 7].hi;
        const elg_state total = tlo < 0 ? UNK : at_least(tlo, thi, 5);
        const elg_state want[] = {total, flo >= 0 ? at_least(flo, fhi, 5) : tlo >= 0 && thi < 5 ? NOT : UNK, total};
        const char *const ids[] = {"total5", "pm5", "edu"};
        for (int c = 0; c < 3; c++) {
            const elg_state got = tx_state(t, 0, ids[c], i);
            if (got != want[c] && bad++ < 10)
                fprintf(stderr, "%s, row %u (%u threads): got %s, expected %s\n", ids[c], i, threads,
                        tx_state_name(got), tx_state_name(want[c]));
        }
    }
    tx_free(t);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

static void test_many_spans(void **state)
{
    (void)state;
    check_many_spans(1);
    check_many_spans(2);
}

/* Experience in any of several fields ("5 years in logistics or in public
 * procurement": "fields"): MET when one field reaches N; NOT_MET when
 * every field is given and together they fall short (periods may overlap,
 * never add up to more), or the total does; else UNKNOWN.
 *   lp5     at least 5 years in logistics or public_procurement
 *   lp_some some experience in either
 *   lpf5    at least 5 years in logistics, public_procurement or financial_management */
static const char *const any_essential =
    "{\"id\": \"lp5\", \"kind\": \"experience\", \"years\": 5, "
    "\"fields\": [\"logistics\", \"public_procurement\"]},"
    "{\"id\": \"lp_some\", \"kind\": \"experience\", \"fields\": [\"logistics\", \"public_procurement\"]},"
    "{\"id\": \"lpf5\", \"kind\": \"experience\", \"years\": 5, "
    "\"fields\": [\"logistics\", \"public_procurement\", \"financial_management\"]}";

static const struct {
    const char *cells; /* experience_years,experience,exp_logistics */
    elg_state lp5, lp_some, lpf5;
} any_cases[] = {
    /* one field reaches the years, whichever, even above the total */
    {",logistics:5,", MET, MET, MET},
    {",public_procurement:6,", MET, MET, MET},
    {"2,public_procurement:6,", MET, MET, MET},
    {",financial_management:5,", UNK, UNK, MET},
    {",,5", MET, MET, MET},
    /* every field given: short together is NOT_MET, enough together UNKNOWN */
    {",logistics:2;public_procurement:2.999,", NOT, MET, UNK},
    {"10,logistics:2;public_procurement:2.999,", NOT, MET, UNK},
    {",logistics:3;public_procurement:3,", UNK, MET, UNK},
    {",logistics:2.5;public_procurement:2.5,", UNK, MET, UNK},
    {",logistics:4.99;public_procurement:0,", NOT, MET, UNK},
    {",logistics:0;public_procurement:0,", NOT, NOT, UNK},
    {",logistics:1;public_procurement:1;financial_management:2,", NOT, MET, NOT},
    {",logistics:1;public_procurement:2;financial_management:2,", NOT, MET, UNK},
    {",public_procurement:2,2", NOT, MET, UNK},
    /* a field not given: NOT_MET only when the total is known and below N */
    {",logistics:3,", UNK, MET, UNK},
    {"10,logistics:3,", UNK, MET, UNK},
    {"4,logistics:3,", NOT, MET, NOT},
    {"4,,", NOT, UNK, NOT},
    {"10,,", UNK, UNK, UNK},
    {",,", UNK, UNK, UNK},
    {"0,,", NOT, NOT, NOT},
    {"10,defence_security:10,", UNK, UNK, UNK},
    /* "none": no years in any field */
    {",none,", NOT, NOT, NOT},
    {"10,none,", NOT, NOT, NOT},
};

static void test_any_field_truth_table(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,experience_years,experience,exp_logistics\n");
    for (size_t i = 0; i < G_N_ELEMENTS(any_cases); i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, any_cases[i].cells);
    char *r = tx_rules("any", "\"2025-03-19\"", any_essential, NULL);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    unsigned bad = 0;
    const char *const ids[] = {"lp5", "lp_some", "lpf5"};
    for (size_t i = 0; i < G_N_ELEMENTS(any_cases); i++) {
        const elg_state want[] = {any_cases[i].lp5, any_cases[i].lp_some, any_cases[i].lpf5};
        bad += row_mismatches(t, (unsigned)i, any_cases[i].cells, ids, want, 3);
    }
    assert_int_equal(tx_problems(t, NULL), 0);
    tx_free(t);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* "fields" of one field is "field": the same state on every row of the
 * truth tables above, spans included. */
static void test_one_of_fields_is_field(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,experience_years,experience,exp_project_management,education\n");
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        g_string_append_printf(csv, "r%02zu,%s,\n", i, cases[i].cells);
    for (size_t i = 0; i < G_N_ELEMENTS(span_cases); i++)
        g_string_append_printf(csv, "s%02zu,%s\n", i, span_cases[i].cells);
    char *r = tx_rules("one", "\"2025-03-19\"",
                       "{\"id\": \"field\", \"kind\": \"experience\", \"years\": 5, \"field\": \"project_management\"},"
                       "{\"id\": \"fields\", \"kind\": \"experience\", \"years\": 5, "
                       "\"fields\": [\"project_management\"]}",
                       NULL);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    unsigned bad = 0;
    for (unsigned row = 0; row < elg_profiles_count(t->profiles); row++)
        bad += tx_state(t, 0, "field", row) != tx_state(t, 0, "fields", row);
    assert_int_equal(elg_profiles_count(t->profiles), G_N_ELEMENTS(cases) + G_N_ELEMENTS(span_cases));
    tx_free(t);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* Spans in several fields: their tops add up before a row is NOT_MET. */
static void test_any_field_spans(void **state)
{
    (void)state;
    static const struct {
        const char *cells; /* experience_years,experience */
        elg_state lp5;
    } spans[] = {
        {",logistics:3-6;public_procurement:1", UNK},
        {",logistics:2-4;public_procurement:1", UNK}, /* together 5 at the top */
        {",logistics:2-3;public_procurement:1", NOT},
        {",logistics:5+;public_procurement:1", MET},
        {",logistics:1-2;public_procurement:1+", UNK},
        {"6+,logistics:1-2;public_procurement:1-2", NOT},
        {"1-4,logistics:1", NOT},
        {"3-6,logistics:1", UNK},
        {"3-6,logistics:1;public_procurement:2", NOT},
    };
    GString *csv = g_string_new("candidate_id,experience_years,experience\n");
    for (size_t i = 0; i < G_N_ELEMENTS(spans); i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, spans[i].cells);
    char *r = tx_rules("any", "\"2025-03-19\"", any_essential, NULL);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    unsigned bad = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(spans); i++)
        bad += row_mismatches(t, (unsigned)i, spans[i].cells, (const char *const[]){"lp5"}, &spans[i].lp5, 1);
    tx_free(t);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* The reason names every field with its years, then why they fall short
 * or leave it open; three fields (no memo key) read the same way. */
static void test_any_field_reasons(void **state)
{
    (void)state;
    char *r = tx_rules("any", "\"2025-03-19\"", any_essential, NULL);
    tx *t = tx_new1("candidate_id,experience_years,experience,exp_financial_management\n"
                    "a,,logistics:2;public_procurement:1,1\n"
                    "b,3,logistics:2,\n"
                    "c,10,logistics:3;public_procurement:3,xyz\n"
                    "d,,,\n"
                    "e,8,logistics:2-4;public_procurement:1,\n",
                    r);
    g_free(r);
    const char *const want[] = {
        "any,a,ineligible,1,0,2,3,0.00,4,experience in logistics or public_procurement: logistics 2 years, "
        "public_procurement 1 year, together below the required 5; experience in logistics, public_procurement or "
        "financial_management: logistics 2 years, public_procurement 1 year, financial_management 1 year, together "
        "below the required 5",
        "any,b,ineligible,1,0,2,3,0.00,5,experience in logistics or public_procurement: logistics 2 years, "
        "public_procurement not given, and the total of 3 years is below the required 5; experience in logistics, "
        "public_procurement or financial_management: logistics 2 years, public_procurement not given, "
        "financial_management not given, and the total of 3 years is below the required 5",
        "any,c,review,1,2,0,3,0.00,1,experience in logistics or public_procurement: logistics 3 years, "
        "public_procurement 3 years, required 5 in one of them, or together if the periods do not overlap; "
        "experience in logistics, public_procurement or financial_management: logistics 3 years, public_procurement "
        "3 years, financial_management \"xyz\" not recognised (total 10 years), required 5",
        "any,d,review,0,3,0,3,0.00,3,experience in logistics or public_procurement: logistics not given, "
        "public_procurement not given, required 5; experience in logistics or public_procurement: logistics not "
        "given, public_procurement not given, required some; experience in logistics, public_procurement or "
        "financial_management: logistics not given, public_procurement not given, financial_management not given, "
        "required 5",
        "any,e,review,1,2,0,3,0.00,2,experience in logistics or public_procurement: logistics 2-4 years, "
        "public_procurement 1 year, required 5 in one of them, or together if the periods do not overlap; "
        "experience in logistics, public_procurement or financial_management: logistics 2-4 years, "
        "public_procurement 1 year, financial_management not given (total 8 years), required 5",
    };
    const char *const ids[] = {"a", "b", "c", "d", "e"};
    for (int i = 0; i < 5; i++) {
        char *row = tx_csv_row(t, "any", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

/* Many fields asked at once (the match loop then screens fewer rows per
 * range, as their years are gathered per range), fields in no post, rows
 * over several ranges, one thread and two, and a file that names no field:
 * every state is the one DESIGN.md s.6 gives from what each row says. */
static const char *const many_fields[] = {
    "committee_work", "defence_security", "project_management", "security_technology",
    "security_supervision", "security_operations", "protective_security", "financial_management",
    "public_procurement", "international_environment", "capability_development", "capacity_building",
    "defence_policy", "defence_planning", "defence_industry", "technology_innovation",
    "stakeholder_management", "policy_analysis", "political_affairs", "nato_affairs",
    "partnerships_cooperation", "human_resources", "people_management", "legal",
    "communications", "intelligence", "information_technology", "cyber_security",
    "knowledge_management", "logistics", "audit", "risk_management"};
enum { MANY_ASKED = 30, MANY_ROWS = 9000, MANY_NEED = 4 };

static int many_total(unsigned i) { return i % 11 == 0 ? -1 : (int)(i % 7); }
static gboolean many_none(unsigned i) { return i % 13 == 0; }
/* years of row I in field J, or -1 when not given */
static int many_years(unsigned i, unsigned j)
{
    return (i * 31 + j * 17) % 5 == 0 ? (int)((i + j) % 9) : -1;
}

static elg_state many_want(unsigned i, unsigned j, gboolean fields_named)
{
    int f = fields_named && !many_none(i) ? many_years(i, j) : -1;
    if (f < 0 && many_none(i))
        f = 0;
    if (f >= 0)
        return f >= MANY_NEED ? MET : NOT;
    return many_total(i) >= 0 && many_total(i) < MANY_NEED ? NOT : UNK;
}

static void check_many_fields(gboolean fields_named, unsigned threads)
{
    GString *csv = g_string_new("candidate_id,experience_years,experience\n");
    for (unsigned i = 0; i < MANY_ROWS; i++) {
        g_string_append_printf(csv, "r%05u,", i);
        if (many_total(i) >= 0)
            g_string_append_printf(csv, "%d", many_total(i));
        g_string_append_c(csv, ',');
        if (many_none(i)) {
            g_string_append(csv, "none");
        } else if (fields_named) {
            const char *sep = "";
            for (unsigned j = 0; j < G_N_ELEMENTS(many_fields); j++)
                if (many_years(i, j) >= 0) {
                    g_string_append_printf(csv, "%s%s:%d", sep, many_fields[j], many_years(i, j));
                    sep = ";";
                }
        }
        g_string_append_c(csv, '\n');
    }
    /* two posts of fifteen fields each; the last fields are named by rows only */
    char *rules[3] = {NULL, NULL, NULL};
    for (unsigned p = 0; p < 2; p++) {
        GString *crit = g_string_new(NULL);
        for (unsigned j = p * MANY_ASKED / 2; j < (p + 1) * MANY_ASKED / 2; j++)
            g_string_append_printf(crit, "%s{\"id\": \"f%02u\", \"kind\": \"experience\", \"years\": %d, "
                                   "\"field\": \"%s\"}", crit->len ? "," : "", j, MANY_NEED, many_fields[j]);
        char *id = g_strdup_printf("many%u", p);
        rules[p] = tx_rules(id, "\"2025-03-19\"", crit->str, NULL);
        g_free(id);
        g_string_free(crit, TRUE);
    }
    tx *t = tx_new_threads(csv->str, (const char *const *)rules, threads);
    unsigned bad = 0;
    for (unsigned j = 0; j < MANY_ASKED; j++) {
        char id[8];
        g_snprintf(id, sizeof id, "f%02u", j);
        for (unsigned i = 0; i < MANY_ROWS; i++) {
            elg_state got = tx_state(t, j / (MANY_ASKED / 2), id, i), want = many_want(i, j, fields_named);
            if (got != want && bad++ < 10)
                fprintf(stderr, "%s, row %u (%u threads, fields named: %d): got %s, expected %s\n", id, i,
                        threads, fields_named, tx_state_name(got), tx_state_name(want));
        }
    }
    tx_free(t);
    g_free(rules[0]);
    g_free(rules[1]);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

static void test_many_fields(void **state)
{
    (void)state;
    check_many_fields(TRUE, 1);
    check_many_fields(TRUE, 2);
    check_many_fields(FALSE, 1);
    check_many_fields(FALSE, 2);
}

/* Several fields per criterion over the many rows and fields above: two to
 * four fields each, some in no row, one thread and two. */
static elg_state many_any_want(unsigned i, const unsigned *js, unsigned n)
{
    int best = -1, sum = 0;
    gboolean all_given = TRUE;
    for (unsigned k = 0; k < n; k++) {
        const int f = many_none(i) ? 0 : js[k] < MANY_ASKED ? many_years(i, js[k]) : -1;
        best = MAX(best, f);
        sum += MAX(f, 0);
        all_given &= f >= 0;
    }
    if (best >= MANY_NEED)
        return MET;
    return (all_given && sum < MANY_NEED) || (many_total(i) >= 0 && many_total(i) < MANY_NEED) ? NOT : UNK;
}

static void check_many_any_fields(unsigned threads)
{
    GString *csv = g_string_new("candidate_id,experience_years,experience\n");
    for (unsigned i = 0; i < MANY_ROWS; i++) {
        g_string_append_printf(csv, "r%05u,", i);
        if (many_total(i) >= 0)
            g_string_append_printf(csv, "%d", many_total(i));
        g_string_append_c(csv, ',');
        const char *sep = "";
        for (unsigned j = 0; j < MANY_ASKED && !many_none(i); j++) /* the last fields: in no row */
            if (many_years(i, j) >= 0) {
                g_string_append_printf(csv, "%s%s:%d", sep, many_fields[j], many_years(i, j));
                sep = ";";
            }
        g_string_append(csv, many_none(i) ? "none\n" : "\n");
    }
    enum { CRITERIA = 24 };
    unsigned fields[CRITERIA][4], n_fields[CRITERIA];
    GString *crit = g_string_new(NULL);
    for (unsigned c = 0; c < CRITERIA; c++) {
        n_fields[c] = 2 + c % 3;
        g_string_append_printf(crit, "%s{\"id\": \"a%02u\", \"kind\": \"experience\", \"years\": %d, \"fields\": [",
                               c ? "," : "", c, MANY_NEED);
        for (unsigned k = 0; k < n_fields[c]; k++) {
            fields[c][k] = (c * 7 + k * 11) % G_N_ELEMENTS(many_fields);
            g_string_append_printf(crit, "%s\"%s\"", k ? ", " : "", many_fields[fields[c][k]]);
        }
        g_string_append(crit, "]}");
    }
    char *r = tx_rules("any", "\"2025-03-19\"", crit->str, NULL);
    tx *t = tx_new_threads(csv->str, (const char *const[]){r, NULL}, threads);
    unsigned bad = 0;
    for (unsigned c = 0; c < CRITERIA; c++) {
        char id[8];
        g_snprintf(id, sizeof id, "a%02u", c);
        for (unsigned i = 0; i < MANY_ROWS; i++) {
            elg_state got = tx_state(t, 0, id, i), want = many_any_want(i, fields[c], n_fields[c]);
            if (got != want && bad++ < 10)
                fprintf(stderr, "%s, row %u (%u threads): got %s, expected %s\n", id, i, threads,
                        tx_state_name(got), tx_state_name(want));
        }
    }
    tx_free(t);
    g_free(r);
    g_string_free(crit, TRUE);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

static void test_many_any_fields(void **state)
{
    (void)state;
    check_many_any_fields(1);
    check_many_any_fields(2);
}

/* "or_related": years in another field may do too ("5 years in logistics
 * or a related field"), which a person judges: short in the fields named
 * is UNKNOWN, not NOT_MET, unless the total is short.
 *   l5    at least 5 years in logistics or a related field
 *   lp5   at least 5 years in logistics, public_procurement or a related field */
static void test_or_related(void **state)
{
    (void)state;
    static const struct {
        const char *cells; /* experience_years,experience */
        elg_state l5, lp5;
    } rows[] = {
        {",logistics:5", MET, MET},
        {",public_procurement:5", UNK, MET},
        {",logistics:3", UNK, UNK},
        {"10,logistics:3", UNK, UNK},
        {"4,logistics:3", NOT, NOT},
        {",logistics:1;public_procurement:1", UNK, UNK},
        {"10,logistics:1;public_procurement:1", UNK, UNK},
        {"2,logistics:1;public_procurement:1", NOT, NOT},
        {",none", UNK, UNK},
        {"3,none", NOT, NOT},
        {",", UNK, UNK},
        {"10,logistics:2-6", UNK, UNK},
        {"10,logistics:5+", MET, MET},
        {"1-4,logistics:1", NOT, NOT},
    };
    GString *csv = g_string_new("candidate_id,experience_years,experience\n");
    for (size_t i = 0; i < G_N_ELEMENTS(rows); i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, rows[i].cells);
    char *r = tx_rules("rel", "\"2025-03-19\"",
                       "{\"id\": \"l5\", \"kind\": \"experience\", \"years\": 5, \"field\": \"logistics\", "
                       "\"or_related\": true},"
                       "{\"id\": \"lp5\", \"kind\": \"experience\", \"years\": 5, "
                       "\"fields\": [\"logistics\", \"public_procurement\"], \"or_related\": true}",
                       NULL);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    unsigned bad = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(rows); i++) {
        const elg_state want[] = {rows[i].l5, rows[i].lp5};
        bad += row_mismatches(t, (unsigned)i, rows[i].cells, (const char *const[]){"l5", "lp5"}, want, 2);
    }
    assert_int_equal(bad, 0);
    char *row = tx_csv_row(t, "rel", "r03");
    assert_string_equal(row, "rel,r03,review,0,2,0,2,0.00,5,experience in logistics or a related field: 3 years, "
                             "required 5; experience in logistics, public_procurement or a related field: logistics 3 "
                             "years, public_procurement not given (total 10 years), required 5");
    g_free(row);
    row = tx_csv_row(t, "rel", "r07");
    assert_string_equal(row, "rel,r07,ineligible,0,0,2,2,0.00,12,experience in logistics or a related field: "
                             "1 year, and the total of 2 years is below the required 5; experience in "
                             "logistics, public_procurement or a related field: logistics 1 year, public_procurement "
                             "1 year, and the total of 2 years is below the required 5");
    g_free(row);
    tx_free(t);
    g_string_free(csv, TRUE);
}

/* A short total fails fields that together reach the years: the reason
 * names the total, not the fields together. */
static void test_any_field_short_total_reason(void **state)
{
    (void)state;
    char *r = tx_rules("any", "\"2025-03-19\"", any_essential, NULL);
    tx *t = tx_new1("candidate_id,experience_years,experience\n"
                    "a,4,logistics:3;public_procurement:3;financial_management:0\n",
                    r);
    g_free(r);
    char *row = tx_csv_row(t, "any", "a");
    assert_string_equal(row, "any,a,ineligible,1,0,2,3,0.00,1,experience in logistics or public_procurement: "
                             "logistics 3 years, public_procurement 3 years, and the total of 4 years is below the "
                             "required 5; experience in logistics, public_procurement or financial_management: "
                             "logistics 3 years, public_procurement 3 years, financial_management 0 years, and the "
                             "total of 4 years is below the required 5");
    g_free(row);
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_truth_table),
        cmocka_unit_test(test_field_columns),
        cmocka_unit_test(test_reasons),
        cmocka_unit_test(test_many_fields),
        cmocka_unit_test(test_any_field_truth_table),
        cmocka_unit_test(test_one_of_fields_is_field),
        cmocka_unit_test(test_any_field_spans),
        cmocka_unit_test(test_any_field_reasons),
        cmocka_unit_test(test_many_any_fields),
        cmocka_unit_test(test_or_related),
        cmocka_unit_test(test_any_field_short_total_reason),
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_span_reasons),
        cmocka_unit_test(test_span_reasons_memo),
        cmocka_unit_test(test_many_spans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
