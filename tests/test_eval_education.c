/* Truth tables of the education criterion (DESIGN.md s.3): each level
 * against each requirement, and the staff-college, equivalent and
 * experience alternatives where the notice accepts them and where it does not. */
#include "test_eval.h"

static const char *const levels[] = {"none", "secondary", "post_secondary", "bachelor", "master", "doctorate"};

static char *rules(const char *id, const char *level, gboolean staff, gboolean equiv)
{
    char *ess = g_strdup_printf("{\"id\": \"education\", \"kind\": \"education\", \"level\": \"%s\""
                                ", \"staff_college\": %s, \"equivalent\": %s}",
                                level, staff ? "true" : "false", equiv ? "true" : "false");
    char *r = tx_rules(id, "\"2025-03-19\"", ess, NULL);
    g_free(ess);
    return r;
}

/* Every level (and an empty cell) against every requirement. */
static void test_levels(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,education\n");
    for (int l = 0; l < 6; l++)
        g_string_append_printf(csv, "r%d,%s\n", l, levels[l]);
    g_string_append(csv, "r6,\n");
    char *r[7];
    for (int q = 0; q < 6; q++)
        r[q] = rules(levels[q], levels[q], FALSE, FALSE);
    r[6] = NULL;
    tx *t = tx_new(csv->str, (const char *const *)r);
    unsigned bad = 0;
    for (int q = 0; q < 6; q++)
        for (int l = 0; l <= 6; l++) {
            elg_state want = l == 6 ? UNK : l >= q ? MET : NOT;
            elg_state got = tx_state(t, (unsigned)q, "education", (unsigned)l);
            if (got != want) {
                fprintf(stderr, "required %s, candidate %s: got %s, expected %s\n", levels[q],
                        l == 6 ? "(empty)" : levels[l], tx_state_name(got), tx_state_name(want));
                bad++;
            }
            if (elg_screening_status(t->s, (unsigned)q, (unsigned)l) != tx_status_of(want))
                bad++;
        }
    assert_int_equal(tx_problems(t, NULL), 0);
    tx_free(t);
    for (int q = 0; q < 6; q++)
        g_free(r[q]);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* Posts: bachelor alone; or staff college; or equivalent; or both. */
static const struct {
    const char *cells; /* education,staff_college,equivalent_qualification */
    elg_state want[4];
} alternatives[] = {
    {"bachelor,,", {MET, MET, MET, MET}},
    {"master,no,no", {MET, MET, MET, MET}},
    {"master,,yes", {MET, MET, MET, MET}},
    {"secondary,yes,", {NOT, MET, NOT, MET}},
    {"secondary,oui,", {NOT, MET, NOT, MET}},
    {"secondary,1,", {NOT, MET, NOT, MET}},
    {"secondary,no,", {NOT, NOT, NOT, NOT}},
    {"secondary,,", {NOT, NOT, NOT, NOT}},
    {",yes,", {UNK, MET, UNK, MET}},
    {",no,", {UNK, UNK, UNK, UNK}},
    {",,", {UNK, UNK, UNK, UNK}},
    {"secondary,,yes", {NOT, NOT, UNK, UNK}},
    {"none,,oui", {NOT, NOT, UNK, UNK}},
    {"secondary,,no", {NOT, NOT, NOT, NOT}},
    {"secondary,,", {NOT, NOT, NOT, NOT}},
    {"secondary,yes,yes", {NOT, MET, UNK, MET}},
    {",,yes", {UNK, UNK, UNK, UNK}},
    {",no,no", {UNK, UNK, UNK, UNK}},
    /* an invalid yes/no is reported and read as empty: not claimed */
    {"secondary,maybe,", {NOT, NOT, NOT, NOT}},
    {"secondary,,maybe", {NOT, NOT, NOT, NOT}},
    /* synonyms (DESIGN s.2, s.6) */
    {"BA,,", {MET, MET, MET, MET}},
    {"MSc,,", {MET, MET, MET, MET}},
    {"PhD,,", {MET, MET, MET, MET}},
    {"licence,,", {MET, MET, MET, MET}},
    {"Higher secondary,,", {NOT, NOT, NOT, NOT}},
    {"Bachelr,,", {UNK, UNK, UNK, UNK}},
};

static void test_alternatives(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,education,staff_college,equivalent_qualification\n");
    for (size_t i = 0; i < G_N_ELEMENTS(alternatives); i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, alternatives[i].cells);
    char *r[5] = {rules("plain", "bachelor", FALSE, FALSE), rules("staff", "bachelor", TRUE, FALSE),
                  rules("equiv", "bachelor", FALSE, TRUE), rules("both", "bachelor", TRUE, TRUE), NULL};
    tx *t = tx_new(csv->str, (const char *const *)r);
    unsigned bad = 0;
    for (unsigned p = 0; p < 4; p++)
        for (size_t i = 0; i < G_N_ELEMENTS(alternatives); i++) {
            elg_state want = alternatives[i].want[p], got = tx_state(t, p, "education", (unsigned)i);
            if (got != want || elg_screening_status(t->s, p, (unsigned)i) != tx_status_of(want)) {
                fprintf(stderr, "post %s, [%s]: got %s, expected %s\n", ((elg_post *)g_ptr_array_index(t->posts, p))->id,
                        alternatives[i].cells, tx_state_name(got), tx_state_name(want));
                bad++;
            }
        }
    /* maybe (twice) and Bachelr are reported */
    assert_int_equal(tx_problems(t, NULL), 3);
    tx_free(t);
    for (int p = 0; p < 4; p++)
        g_free(r[p]);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* A file without an education column: UNKNOWN, and still counted. */
static void test_absent_column(void **state)
{
    (void)state;
    char *r = rules("equiv", "bachelor", FALSE, TRUE);
    tx *t = tx_new1("candidate_id,equivalent_qualification,staff_college\na,yes,yes\nb,,\n", r);
    g_free(r);
    char *row = tx_csv_row(t, "equiv", "a");
    assert_string_equal(row, "equiv,a,review,0,1,0,1,0.00,1,education: not given, required bachelor or equivalent "
                             "(equivalent qualification claimed, to be assessed)");
    g_free(row);
    row = tx_csv_row(t, "equiv", "b");
    assert_string_equal(row, "equiv,b,review,0,1,0,1,0.00,2,education: not given, required bachelor or equivalent");
    g_free(row);
    tx_free(t);
}

static void test_reasons(void **state)
{
    (void)state;
    char *r = rules("both", "master", TRUE, TRUE);
    tx *t = tx_new1("candidate_id,education,staff_college,equivalent_qualification\n"
                    "a,bachelor,no,no\nb,secondary,,yes\n", r);
    g_free(r);
    char *row = tx_csv_row(t, "both", "a");
    assert_string_equal(row, "both,a,ineligible,0,0,1,1,0.00,2,education: bachelor, required master or staff college or equivalent");
    g_free(row);
    row = tx_csv_row(t, "both", "b");
    assert_string_equal(row, "both,b,review,0,1,0,1,0.00,1,education: secondary, required master or staff college or equivalent "
                             "(equivalent qualification claimed, to be assessed)");
    g_free(row);
    tx_free(t);
}

/* Experience in place of the degree ("or_years", with "or_level" beside it
 * or not), alone and ORed with the other alternatives; a post without it
 * at the same level reads the same columns otherwise, and must not share
 * its bits. */
static const struct {
    const char *cells; /* education,staff_college,equivalent_qualification,experience_years */
    elg_state want[4]; /* plain, years, years and level, all alternatives */
} or_years_cases[] = {
    {"bachelor,,,", {MET, MET, MET, MET}},
    {"master,,,0", {MET, MET, MET, MET}},
    {"secondary,,,10", {NOT, MET, MET, MET}},
    {"post_secondary,,,10.5", {NOT, MET, MET, MET}},
    /* years compare exactly */
    {"secondary,,,9.999", {NOT, NOT, NOT, NOT}},
    {"secondary,,,none", {NOT, NOT, NOT, NOT}},
    /* the total unknown: the alternative may hold */
    {"secondary,,,", {NOT, UNK, UNK, UNK}},
    {"secondary,,,lots", {NOT, UNK, UNK, UNK}},
    /* a level below or_level fails that alternative, whatever the years */
    {"none,,,12", {NOT, MET, NOT, NOT}},
    {"none,,,", {NOT, UNK, NOT, NOT}},
    /* the level unknown: the years alone decide without or_level */
    {",,,12", {UNK, MET, UNK, UNK}},
    {",,,5", {UNK, UNK, UNK, UNK}},
    {",,,", {UNK, UNK, UNK, UNK}},
    /* with the other alternatives */
    {"secondary,yes,,3", {NOT, NOT, NOT, MET}},
    {"secondary,yes,,", {NOT, UNK, UNK, MET}},
    {",yes,,", {UNK, UNK, UNK, MET}},
    {"secondary,,yes,3", {NOT, NOT, NOT, UNK}},
    {"none,,yes,12", {NOT, MET, NOT, UNK}},
    {"secondary,,yes,12", {NOT, MET, MET, MET}},
};

static char *or_years_rules(const char *id, const char *members)
{
    char *ess = g_strdup_printf("{\"id\": \"education\", \"kind\": \"education\", \"level\": \"bachelor\"%s}", members);
    char *r = tx_rules(id, "\"2025-03-19\"", ess, NULL);
    g_free(ess);
    return r;
}

static void test_or_years(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,education,staff_college,equivalent_qualification,experience_years\n");
    for (size_t i = 0; i < G_N_ELEMENTS(or_years_cases); i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, or_years_cases[i].cells);
    char *r[5] = {or_years_rules("plain", ""), or_years_rules("years", ", \"or_years\": 10"),
                  or_years_rules("years_level", ", \"or_years\": 10, \"or_level\": \"secondary\""),
                  or_years_rules("all", ", \"or_years\": 10, \"or_level\": \"secondary\", \"staff_college\": true, "
                                        "\"equivalent\": true"),
                  NULL};
    tx *t = tx_new(csv->str, (const char *const *)r);
    unsigned bad = 0;
    for (unsigned p = 0; p < 4; p++)
        for (size_t i = 0; i < G_N_ELEMENTS(or_years_cases); i++) {
            elg_state want = or_years_cases[i].want[p], got = tx_state(t, p, "education", (unsigned)i);
            if (got != want || elg_screening_status(t->s, p, (unsigned)i) != tx_status_of(want)) {
                fprintf(stderr, "post %s, [%s]: got %s, expected %s\n",
                        ((elg_post *)g_ptr_array_index(t->posts, p))->id, or_years_cases[i].cells,
                        tx_state_name(got), tx_state_name(want));
                bad++;
            }
        }
    assert_int_equal(tx_problems(t, NULL), 1); /* lots */
    tx_free(t);
    for (int p = 0; p < 4; p++)
        g_free(r[p]);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* The reasons name the years alternative and what the row has of it;
 * rows of one level and other totals get their own text. */
static void test_or_years_reasons(void **state)
{
    (void)state;
    char *r[3] = {or_years_rules("years", ", \"or_years\": 10"),
                  or_years_rules("all", ", \"or_years\": 1, \"or_level\": \"secondary\", \"staff_college\": true, "
                                        "\"equivalent\": true"),
                  NULL};
    tx *t = tx_new("candidate_id,education,experience_years,equivalent_qualification\n"
                   "a,secondary,6,\nb,secondary,7,\nc,secondary,,\nd,,4,\ne,none,2,yes\nf,secondary,x,\n",
                   (const char *const *)r);
    static const char *const want[][2] = {
        {"years,a,ineligible,0,0,1,1,0.00,4,education: secondary, required bachelor or 10 years of experience "
         "(experience: 6 years)",
         "all,a,eligible,1,0,0,1,0.00,1,"},
        {"years,b,ineligible,0,0,1,1,0.00,5,education: secondary, required bachelor or 10 years of experience "
         "(experience: 7 years)",
         "all,b,eligible,1,0,0,1,0.00,2,"},
        {"years,c,review,0,1,0,1,0.00,1,education: secondary, required bachelor or 10 years of experience "
         "(experience: not given)",
         "all,c,review,0,1,0,1,0.00,3,education: secondary, required bachelor or secondary and 1 year of experience "
         "or staff college or equivalent (experience: not given)"},
        {"years,d,review,0,1,0,1,0.00,2,education: not given, required bachelor or 10 years of experience "
         "(experience: 4 years)",
         "all,d,review,0,1,0,1,0.00,4,education: not given, required bachelor or secondary and 1 year of experience "
         "or staff college or equivalent (experience: 4 years)"},
        {"years,e,ineligible,0,0,1,1,0.00,6,education: none, required bachelor or 10 years of experience "
         "(experience: 2 years)",
         "all,e,review,0,1,0,1,0.00,5,education: none, required bachelor or secondary and 1 year of experience "
         "or staff college or equivalent (experience: 2 years; equivalent qualification claimed, to be assessed)"},
        {"years,f,review,0,1,0,1,0.00,3,education: secondary, required bachelor or 10 years of experience "
         "(experience: \"x\" not recognised)",
         "all,f,review,0,1,0,1,0.00,6,education: secondary, required bachelor or secondary and 1 year of experience "
         "or staff college or equivalent (experience: \"x\" not recognised)"},
    };
    static const char *const ids[] = {"a", "b", "c", "d", "e", "f"};
    for (size_t i = 0; i < G_N_ELEMENTS(ids); i++)
        for (int p = 0; p < 2; p++) {
            char *row = tx_csv_row(t, p ? "all" : "years", ids[i]);
            assert_string_equal(row, want[i][p]);
            g_free(row);
        }
    tx_free(t);
    g_free(r[0]);
    g_free(r[1]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_levels),
        cmocka_unit_test(test_alternatives),
        cmocka_unit_test(test_absent_column),
        cmocka_unit_test(test_reasons),
        cmocka_unit_test(test_or_years),
        cmocka_unit_test(test_or_years_reasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
