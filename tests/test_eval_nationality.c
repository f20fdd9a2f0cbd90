/* Truth table of the nationality criterion (DESIGN.md s.3, s.6): membership
 * on the post's deadline, the day before and on the accession dates of
 * Finland (2023-04-04) and Sweden (2024-03-07). */
#include "test_eval.h"

#define N_POSTS 5

static const struct {
    const char *cells;
    elg_state want[N_POSTS];
} cases[] = {
    /* deadlines: 2023-04-03, 2023-04-04, 2024-03-06, 2024-03-07; "on": 2023-04-04 */
    {"BE", {MET, MET, MET, MET, MET}},
    {"Belgique", {MET, MET, MET, MET, MET}},
    {"USA", {MET, MET, MET, MET, MET}},
    {"FRA", {MET, MET, MET, MET, MET}},
    {"UK", {MET, MET, MET, MET, MET}},
    {"JP", {NOT, NOT, NOT, NOT, NOT}},
    {"Ukraine/Poland", {MET, MET, MET, MET, MET}},
    {"Ukraine;Japan", {NOT, NOT, NOT, NOT, NOT}},
    {"Austria;Switzerland", {NOT, NOT, NOT, NOT, NOT}},
    {"Germny", {UNK, UNK, UNK, UNK, UNK}},
    {"Germny;FR", {MET, MET, MET, MET, MET}},
    {"Germny;JP", {UNK, UNK, UNK, UNK, UNK}},
    {"", {UNK, UNK, UNK, UNK, UNK}},
    {"FI", {NOT, MET, MET, MET, MET}},
    {"Finland", {NOT, MET, MET, MET, MET}},
    {"SE", {NOT, NOT, NOT, MET, NOT}},
    {"Suède", {NOT, NOT, NOT, MET, NOT}},
    {"FI;SE", {NOT, MET, MET, MET, MET}},
    {"SE/JP", {NOT, NOT, NOT, MET, NOT}},
    {"SE;Germny", {UNK, UNK, UNK, MET, UNK}},
    /* commas do not split: one token that names no country */
    {"\"France, Belgium\"", {UNK, UNK, UNK, UNK, UNK}},
    /* a territory of a member state names a place, not a nationality:
     * unknown, never a fail; a territory of another state (Hong Kong:
     * China) is not a member */
    {"Réunion", {UNK, UNK, UNK, UNK, UNK}},
    {"PR", {UNK, UNK, UNK, UNK, UNK}},
    {"Gibraltar", {UNK, UNK, UNK, UNK, UNK}},
    {"GL", {UNK, UNK, UNK, UNK, UNK}},
    {"Aruba", {UNK, UNK, UNK, UNK, UNK}},
    {"Faroe Islands", {UNK, UNK, UNK, UNK, UNK}},
    {"Jersey;JP", {UNK, UNK, UNK, UNK, UNK}},
    {"France;Réunion", {MET, MET, MET, MET, MET}},
    {"Åland", {NOT, UNK, UNK, UNK, UNK}},
    {"AX;SE", {NOT, UNK, UNK, MET, UNK}},
    {"Hong Kong", {NOT, NOT, NOT, NOT, NOT}},
    {"MO", {NOT, NOT, NOT, NOT, NOT}},
};

static char *rules(const char *id, const char *deadline, const char *on)
{
    char *deadline_json = g_strdup_printf("\"%s\"", deadline);
    char *ess = on ? g_strdup_printf("{\"id\": \"nationality\", \"kind\": \"nationality\", \"organisation\": \"OTAN\", \"on\": \"%s\"}", on)
                   : g_strdup("{\"id\": \"nationality\", \"kind\": \"nationality\"}");
    char *r = tx_rules(id, deadline_json, ess, NULL);
    g_free(deadline_json);
    g_free(ess);
    return r;
}

static tx *screen_cases(void)
{
    GString *csv = g_string_new("candidate_id,nationality\n");
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
        g_string_append_printf(csv, "r%02zu,%s\n", i, cases[i].cells);
    char *r[N_POSTS + 1] = {
        rules("p0", "2023-04-03", NULL), rules("p1", "2023-04-04", NULL),
        rules("p2", "2024-03-06", NULL), rules("p3", "2024-03-07", NULL),
        rules("p4", "2023-01-01", "2023-04-04"), NULL,
    };
    tx *t = tx_new(csv->str, (const char *const *)r);
    for (int i = 0; i < N_POSTS; i++)
        g_free(r[i]);
    g_string_free(csv, TRUE);
    return t;
}

static void test_truth_table(void **state)
{
    (void)state;
    tx *t = screen_cases();
    unsigned bad = 0;
    for (unsigned p = 0; p < N_POSTS; p++)
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
            elg_state got = tx_state(t, p, "nationality", (unsigned)i);
            elg_status st = elg_screening_status(t->s, p, (unsigned)i);
            if (got != cases[i].want[p] || st != tx_status_of(cases[i].want[p])) {
                fprintf(stderr, "post p%u, [%s]: got %s (%s), expected %s\n", p, cases[i].cells,
                        tx_state_name(got), elg_status_name(st), tx_state_name(cases[i].want[p]));
                bad++;
            }
        }
    /* the unrecognised tokens are reported: Germny (4 rows), and "France,
     * Belgium" saying that commas do not separate nationalities */
    assert_int_equal(tx_problems(t, "is not a country"), 4);
    assert_int_equal(tx_problems(t, "names several countries separated by commas"), 1);
    /* and the territories of member states, once each */
    assert_int_equal(tx_problems(t, "is a territory of"), 10);
    tx_free(t);
    assert_int_equal(bad, 0);
}

/* DESIGN s.3: MET if ANY listed nationality is a member, however many are listed. */
static void test_member_listed_fifth(void **state)
{
    (void)state;
    char *r = rules("p3", "2024-03-07", NULL);
    tx *t = tx_new1("candidate_id,nationality\nx,AT;CH;JP;IE;FR\n", r);
    g_free(r);
    elg_state got = tx_state(t, 0, "nationality", 0);
    tx_free(t);
    assert_int_equal(got, MET);
}

/* The reasons name the nationalities, the organisation and the date. */
static void test_reasons(void **state)
{
    (void)state;
    char *r = rules("p2", "2024-03-06", NULL);
    tx *t = tx_new1("candidate_id,nationality\na,Sweden\nb,Austria;Switzerland\nc,\nd,Germny\ne,Germny;JP\n", r);
    g_free(r);
    const struct {
        const char *id, *row;
    } want[] = {
        {"a", "p2,a,ineligible,0,0,1,1,0.00,4,nationality: Sweden is not a NATO member on 2024-03-06"},
        {"b", "p2,b,ineligible,0,0,1,1,0.00,5,nationality: Austria, Switzerland are not NATO members on 2024-03-06"},
        {"c", "p2,c,review,0,1,0,1,0.00,1,nationality: not given"},
        {"d", "p2,d,review,0,1,0,1,0.00,2,nationality: 1 nationality not recognised"},
        {"e", "p2,e,review,0,1,0,1,0.00,3,nationality: Japan is not a NATO member on 2024-03-06 and 1 nationality not recognised"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        char *row = tx_csv_row(t, "p2", want[i].id);
        assert_string_equal(row, want[i].row);
        g_free(row);
    }
    tx_free(t);
}

/* Every territory of a member state (rules/reference/territories.json)
 * reads as unknown, with a reason and a warning that name the state; the
 * territories of other states read as before, not members, unwarned. */
static void test_territories(void **state)
{
    (void)state;
    const elg_reference *ref = t_ref();
    GString *csv = g_string_new("candidate_id,nationality\n"), *of_members = g_string_new(NULL);
    for (guint i = 1; i < ref->countries->len; i++) {
        const elg_country *k = &g_array_index(ref->countries, elg_country, i);
        if (k->sovereign)
            g_string_append_printf(csv, "%s,%s\n", k->alpha2, k->alpha3);
    }
    char *r = rules("p3", "2024-03-07", NULL);
    tx *t = tx_new1(csv->str, r);
    g_free(r);
    unsigned warned = 0;
    for (guint i = 1, row = 0; i < ref->countries->len; i++) {
        const elg_country *k = &g_array_index(ref->countries, elg_country, i);
        if (!k->sovereign)
            continue;
        const elg_country *state = &g_array_index(ref->countries, elg_country, k->sovereign);
        const elg_post *post = g_ptr_array_index(t->posts, 0);
        const gboolean member = elg_post_criterion(post, tx_crit(t, 0, "nationality"))->member[k->sovereign];
        if (member)
            g_string_append_printf(of_members, "%s%s:%s", of_members->len ? " " : "", k->alpha2, state->alpha2);
        assert_int_equal(tx_state(t, 0, "nationality", row), member ? UNK : NOT);
        char *row_csv = tx_csv_row(t, "p3", k->alpha2);
        char *want = member ? g_strdup_printf("nationality: %s is a territory of %s%s, not a nationality", k->en,
                                              elg_ref_country_the(state), state->en)
                            : g_strdup_printf("nationality: %s is not a NATO member on 2024-03-07", k->en);
        if (!strstr(row_csv, want))
            fail_msg("%s: \"%s\" has no \"%s\"", k->alpha2, row_csv, want);
        g_free(want);
        g_free(row_csv);
        warned += member;
        row++;
    }
    /* the territories of the member states in ISO 3166-1, and their states */
    assert_string_equal(of_members->str,
                        "AI:GB AS:US AW:NL AX:FI BL:FR BM:GB BQ:NL BV:NO CW:NL FK:GB FO:DK GF:FR GG:GB GI:GB GL:DK "
                        "GP:FR GS:GB GU:US IM:GB IO:GB JE:GB KY:GB MF:FR MP:US MQ:FR MS:GB NC:FR PF:FR PM:FR PN:GB "
                        "PR:US RE:FR SH:GB SJ:NO SX:NL TC:GB TF:FR UM:US VG:GB VI:US WF:FR YT:FR");
    assert_int_equal(tx_problems(t, "is a territory of"), warned);
    assert_int_equal(tx_problems(t, NULL), warned);
    char *row_csv = tx_csv_row(t, "p3", "RE");
    assert_string_equal(row_csv, "p3,RE,review,0,1,0,1,0.00,32,nationality: Réunion is a territory of France, not a "
                                 "nationality");
    g_free(row_csv);
    tx_free(t);
    g_string_free(csv, TRUE);
    g_string_free(of_members, TRUE);
    /* beside a nationality that is no member, and twice */
    r = rules("p2", "2024-03-06", NULL);
    t = tx_new1("candidate_id,nationality\na,Brazil;Gibraltar\nb,Isle of Man/Aruba;Germny\n", r);
    g_free(r);
    row_csv = tx_csv_row(t, "p2", "a");
    assert_string_equal(row_csv, "p2,a,review,0,1,0,1,0.00,1,nationality: Brazil is not a NATO member on 2024-03-06 "
                                 "and Gibraltar is a territory of the United Kingdom, not a nationality");
    g_free(row_csv);
    row_csv = tx_csv_row(t, "p2", "b");
    assert_string_equal(row_csv, "p2,b,review,0,1,0,1,0.00,2,nationality: Isle of Man is a territory of the United "
                                 "Kingdom, not a nationality and Aruba is a territory of the Netherlands, not a "
                                 "nationality and 1 nationality not recognised");
    g_free(row_csv);
    tx_free(t);
}

/* A second nationality in a column of its own ("Second Nationality", as
 * applicant-tracking systems export it) adds to the nationality cell, as a
 * list in one cell does: a Ukrainian-Polish candidate is a national of a
 * member state whichever column says Poland. */
static void test_other_nationalities_column(void **state)
{
    (void)state;
    char *r = rules("p3", "2024-03-07", NULL);
    tx *t = tx_new1("candidate_id,Nationality,Second Nationality\n"
                    "a,Ukraine,Poland\n"      /* the member in the second column */
                    "b,Poland,Ukraine\n"
                    "c,Ukraine,Japan\n"       /* neither: both named in the reason */
                    "d,,Poland\n"             /* the second alone */
                    "e,Ukraine,Germny\n"      /* unrecognised: unknown */
                    "f,Ukraine,\n"
                    "g,Ukraine,Ukraine;Japan\n" /* given twice: once */
                    "h,AT;CH;JP;AU;NZ;BR;AR,CL;MX;FR\n", /* past the eight kept: unknown, said */
                    r);
    g_free(r);
    static const struct {
        const char *id;
        elg_state want;
        const char *reason;
    } want[] = {
        {"a", MET, NULL},
        {"b", MET, NULL},
        {"c", NOT, "nationality: Ukraine, Japan are not NATO members on 2024-03-07"},
        {"d", MET, NULL},
        {"e", UNK, "nationality: Ukraine is not a NATO member on 2024-03-07 and 1 nationality not recognised"},
        {"f", NOT, "nationality: Ukraine is not a NATO member on 2024-03-07"},
        {"g", NOT, "nationality: Ukraine, Japan are not NATO members on 2024-03-07"},
        {"h", UNK, NULL},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        assert_int_equal(tx_state(t, 0, "nationality", tx_row(t, want[i].id)), want[i].want);
        if (want[i].reason) {
            char *row = tx_csv_row(t, "p3", want[i].id);
            assert_non_null(strstr(row, want[i].reason));
            g_free(row);
        }
    }
    /* the problems name the column the value was in */
    assert_int_equal(tx_problems(t, "other_nationalities: \"Germny\" is not a country"), 1);
    assert_int_equal(tx_problems(t, "other_nationalities: more than 8 nationalities; only the first 7 are read"), 1);
    tx_free(t);
}

/* A third nationality column (and any further one) joins the set as the
 * second does: a Brazilian-Ukrainian-Portuguese candidate is a national of
 * a member state.  Every such column is read; none is "also maps". */
static void test_further_nationality_columns(void **state)
{
    (void)state;
    char *r = rules("p3", "2024-03-07", NULL);
    tx *t = tx_new1("candidate_id,Nationality,Second nationality,Nationality 3,Fourth nationality,Dual nationality\n"
                    "a,Brazil,Ukraine,Portugal,,\n"
                    "b,Brazil,Ukraine,,Poland,\n"
                    "c,Brazil,Ukraine,Japan,,\n"
                    "d,Brazil,,Germny,,\n"
                    "e,Brazil,,,,Portugal\n",
                    r);
    g_free(r);
    assert_int_equal(tx_state(t, 0, "nationality", tx_row(t, "a")), MET);
    assert_int_equal(tx_state(t, 0, "nationality", tx_row(t, "b")), MET);
    assert_int_equal(tx_state(t, 0, "nationality", tx_row(t, "c")), NOT);
    assert_int_equal(tx_state(t, 0, "nationality", tx_row(t, "d")), UNK);
    assert_int_equal(tx_state(t, 0, "nationality", tx_row(t, "e")), MET);
    char *row = tx_csv_row(t, "p3", "c");
    assert_non_null(strstr(row, "nationality: Brazil, Ukraine, Japan are not NATO members on 2024-03-07"));
    g_free(row);
    assert_int_equal(tx_problems(t, NULL), 1);
    assert_int_equal(tx_problems(t, "other_nationalities: \"Germny\" is not a country"), 1);
    tx_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_truth_table),
        cmocka_unit_test(test_member_listed_fifth),
        cmocka_unit_test(test_reasons),
        cmocka_unit_test(test_territories),
        cmocka_unit_test(test_other_nationalities_column),
        cmocka_unit_test(test_further_nationality_columns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
