/* Truth tables of the languages criterion, "A in one of {en, fr} and B in
 * the other" (DESIGN.md s.3, s.6): each pair both ways round, an unknown
 * level as the lowest (none) for MET and the highest (VI) for NOT_MET,
 * "both", and the languages cell supplying en / fr. */
#include "test_eval.h"

static char *rules_pair(const char *id, const char *one, const char *other)
{
    char *ess = g_strdup_printf("{\"id\": \"languages\", \"kind\": \"languages\", \"one\": \"%s\", \"other\": \"%s\"}",
                                one, other);
    char *r = tx_rules(id, "\"2025-03-19\"", ess, NULL);
    g_free(ess);
    return r;
}

/* V in one, II in the other, by hand. */
static const tx_case v_ii[] = {
    {"V,II,", MET},
    {"II,V,", MET},
    {"VI,VI,", MET},
    {"V,V,", MET},
    {"V,I,", NOT},
    {"I,V,", NOT},
    {"IV,II,", NOT},
    {"II,IV,", NOT},
    {"IV,IV,", NOT},
    {"V,,", UNK},          /* fr none fails, fr VI passes */
    {",V,", UNK},
    {"II,,", UNK},         /* fr VI + en II passes */
    {",II,", UNK},
    {"I,,", NOT},          /* even fr VI: en I is below II */
    {",I,", NOT},
    {",,", UNK},
    {"none,V,", NOT},
    {"V,none,", NOT},
    {"C1,A2,", MET},       /* CEFR */
    {"native,Élémentaire,", MET},
    {"Advanced,Beginner,", NOT},
    {"good,II,", UNK},     /* invalid: reported, read as empty */
    /* the languages cell supplies en / fr when their cells are empty */
    {",,en:V;fr:II", MET},
    {",,fr:V;en:II", MET},
    {"V,,fr:II", MET},
    {"V,,fr:I", NOT},
    {",II,en:C1", MET},
    {",,de:VI", UNK},
    /* and the english / french cells win over it */
    {"V,I,fr:II", NOT},
    {"I,II,en:V", NOT},
};

static void test_v_ii(void **state)
{
    (void)state;
    char *csv = tx_table_csv("english,french,languages", v_ii, G_N_ELEMENTS(v_ii));
    char *r = rules_pair("vii", "V", "II");
    tx *t = tx_new1(csv, r);
    unsigned bad = tx_check_table(t, 0, "languages", v_ii, G_N_ELEMENTS(v_ii));
    for (size_t i = 0; i < G_N_ELEMENTS(v_ii); i++)
        if (elg_screening_status(t->s, 0, (unsigned)i) != tx_status_of(v_ii[i].want))
            bad++;
    assert_int_equal(tx_problems(t, NULL), 1); /* "good" */
    tx_free(t);
    g_free(r);
    g_free(csv);
    assert_int_equal(bad, 0);
}

/* "both": III in en and in fr. */
static const tx_case both_iii[] = {
    {"III,III", MET}, {"VI,III", MET}, {"III,II", NOT}, {"II,III", NOT}, {"III,", UNK},
    {",III", UNK},    {"II,", NOT},    {",II", NOT},    {",", UNK},       {"none,VI", NOT},
};

static void test_both(void **state)
{
    (void)state;
    char *csv = tx_table_csv("english,french", both_iii, G_N_ELEMENTS(both_iii));
    char *r = tx_rules("both", "\"2025-03-19\"", "{\"id\": \"languages\", \"kind\": \"languages\", \"both\": \"III\"}", NULL);
    tx *t = tx_new1(csv, r);
    unsigned bad = tx_check_table(t, 0, "languages", both_iii, G_N_ELEMENTS(both_iii));
    tx_free(t);
    g_free(r);
    g_free(csv);
    assert_int_equal(bad, 0);
}

static void test_both_reasons(void **state)
{
    (void)state;
    char *r = tx_rules("both", "\"2025-03-19\"", "{\"id\": \"languages\", \"kind\": \"languages\", \"both\": \"III\"}", NULL);
    tx *t = tx_new1("candidate_id,english,french\na,II,III\nb,II,\nc,,\nd,IV,I\n", r);
    g_free(r);
    const char *const want[] = {
        "both,a,ineligible,0,0,1,1,0.00,2,english: II, required III in both",
        "both,b,ineligible,0,0,1,1,0.00,3,english: II, french: not given, required III in both",
        "both,c,review,0,1,0,1,0.00,1,english: not given, french: not given, required III in both",
        "both,d,ineligible,0,0,1,1,0.00,4,french: I, required III in both",
    };
    const char *const ids[] = {"a", "b", "c", "d"};
    for (int i = 0; i < 4; i++) {
        char *row = tx_csv_row(t, "both", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

/* Every pair of cells (empty, none, I..VI) against every requirement
 * A >= B, straight from the wording of DESIGN s.3 and s.6. */
static const char *const cell[] = {"", "none", "I", "II", "III", "IV", "V", "VI"};
static const char *const roman[] = {"", "I", "II", "III", "IV", "V", "VI"};

static int level_of(int i) { return i == 0 ? -1 : i - 1; } /* -1 empty, 0 none, 1..6 */

static elg_state contract(int en, int fr, int a, int b)
{
    int elo = en < 0 ? 0 : en, flo = fr < 0 ? 0 : fr;
    int ehi = en < 0 ? 6 : en, fhi = fr < 0 ? 6 : fr;
    if ((elo >= a && flo >= b) || (flo >= a && elo >= b))
        return MET;
    if ((ehi >= a && fhi >= b) || (fhi >= a && ehi >= b))
        return UNK;
    return NOT;
}

static void test_every_pair(void **state)
{
    (void)state;
    GString *csv = g_string_new("candidate_id,english,french\n");
    for (int e = 0; e < 8; e++)
        for (int f = 0; f < 8; f++)
            g_string_append_printf(csv, "r%d%d,%s,%s\n", e, f, cell[e], cell[f]);
    GPtrArray *rules = g_ptr_array_new_with_free_func(g_free);
    for (int a = 1; a <= 6; a++)
        for (int b = 1; b <= a; b++) {
            char id[8];
            g_snprintf(id, sizeof id, "p%d%d", a, b);
            /* written the other way round half of the time: the order does not matter */
            g_ptr_array_add(rules, (a + b) % 2 ? rules_pair(id, roman[a], roman[b]) : rules_pair(id, roman[b], roman[a]));
        }
    g_ptr_array_add(rules, NULL);
    tx *t = tx_new(csv->str, (const char *const *)rules->pdata);
    unsigned bad = 0, p = 0;
    for (int a = 1; a <= 6; a++)
        for (int b = 1; b <= a; b++, p++)
            for (int e = 0; e < 8; e++)
                for (int f = 0; f < 8; f++) {
                    elg_state want = contract(level_of(e), level_of(f), a, b);
                    elg_state got = tx_state(t, p, "languages", (unsigned)(e * 8 + f));
                    if (got != want) {
                        fprintf(stderr, "%s in one, %s in the other; en \"%s\", fr \"%s\": got %s, expected %s\n",
                                roman[a], roman[b], cell[e], cell[f], tx_state_name(got), tx_state_name(want));
                        bad++;
                    }
                }
    tx_free(t);
    g_ptr_array_free(rules, TRUE);
    g_string_free(csv, TRUE);
    assert_int_equal(bad, 0);
}

/* A file with neither english, french nor languages: UNKNOWN and counted. */
static void test_absent_columns(void **state)
{
    (void)state;
    char *r = rules_pair("vii", "V", "II");
    tx *t = tx_new1("candidate_id,name\na,Ann\n", r);
    g_free(r);
    char *row = tx_csv_row(t, "vii", "a");
    assert_string_equal(row, "vii,a,review,0,1,0,1,0.00,1,english: not given, french: not given, required V in one language and II in the other");
    g_free(row);
    tx_free(t);
}

/* A pair naming a language no row of the file gives (no languages column,
 * or one that never lists it): that level is unknown, the lowest for MET
 * and the highest for NOT_MET, not "none". */
static const tx_case en_de[] = {
    {"V,", UNK},       /* de none fails, de VI passes */
    {"II,", UNK},      /* de VI + en II passes */
    {"I,", NOT},       /* even de VI: en I is below II */
    {",", UNK},
    {"V,uk:VI", UNK},
    {"none,fr:VI", NOT},
};

static void test_language_no_row_gives(void **state)
{
    (void)state;
    /* the absent language first and second: the pair reads both ways */
    char *r[2];
    for (int k = 0; k < 2; k++) {
        char *ess = g_strdup_printf("{\"id\": \"languages\", \"kind\": \"languages\", \"languages\": "
                                    "[\"%s\", \"%s\"], \"one\": \"V\", \"other\": \"II\"}",
                                    k ? "de" : "en", k ? "en" : "de");
        r[k] = tx_rules(k ? "deen" : "ende", "\"2025-03-19\"", ess, NULL);
        g_free(ess);
    }
    /* without a languages column (the first four rows), then with one */
    GString *csv = g_string_new("candidate_id,english\n");
    for (size_t i = 0; i < 4; i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, en_de[i].cells);
    char *with = tx_table_csv("english,languages", en_de, G_N_ELEMENTS(en_de));
    unsigned bad = 0;
    for (int file = 0; file < 2; file++) {
        const size_t n = file ? G_N_ELEMENTS(en_de) : 4;
        /* each post alone: screened together, the second would share the first's evaluation */
        for (int p = 0; p < 2; p++) {
            tx *t = tx_new1(file ? with : csv->str, r[p]);
            bad += tx_check_table(t, 0, "languages", en_de, n);
            for (size_t i = 0; i < n; i++)
                if (elg_screening_status(t->s, 0, (unsigned)i) != tx_status_of(en_de[i].want))
                    bad++;
            tx_free(t);
        }
    }
    g_free(with);
    g_string_free(csv, TRUE);
    g_free(r[0]);
    g_free(r[1]);
    assert_int_equal(bad, 0);
}

static void test_reasons(void **state)
{
    (void)state;
    char *r = rules_pair("vii", "V", "II");
    tx *t = tx_new1("candidate_id,english,french\na,V,I\nb,IV,IV\nc,,IV\nd,I,\ne,,II\n", r);
    g_free(r);
    const char *const want[] = {
        "vii,a,ineligible,0,0,1,1,0.00,3,french: I, required II in the other language",
        "vii,b,ineligible,0,0,1,1,0.00,4,english: IV, french: IV, required V in one language and II in the other",
        "vii,c,review,0,1,0,1,0.00,1,english: not given, required V in one language (french: IV)",
        "vii,d,ineligible,0,0,1,1,0.00,5,english: I, french: not given, required V in one language and II in the other",
        "vii,e,review,0,1,0,1,0.00,2,english: not given, required V in one language (french: II)",
    };
    const char *const ids[] = {"a", "b", "c", "d", "e"};
    for (int i = 0; i < 5; i++) {
        char *row = tx_csv_row(t, "vii", ids[i]);
        assert_string_equal(row, want[i]);
        g_free(row);
    }
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_v_ii),
        cmocka_unit_test(test_both),
        cmocka_unit_test(test_both_reasons),
        cmocka_unit_test(test_every_pair),
        cmocka_unit_test(test_absent_columns),
        cmocka_unit_test(test_language_no_row_gives),
        cmocka_unit_test(test_reasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
