/* Header facts: post number, title, organisation, location, grades,
 * deadline and clearance, from either language and in many layouts. */
#include "test_notice_helpers.h"

static tn_out header(const char *head)
{
    char *text = g_strdup_printf("%s\n\nESSENTIAL\n\n- have at least 5 years of experience in logistics;\n", head);
    tn_out o = tn_compile(text);
    g_free(text);
    return o;
}

static void test_post_number_and_title(void **state)
{
    (void)state;
    static const struct {
        const char *head, *id, *title;
    } cases[] = {
        {"### Coordinator, HQ Security Force (250717)", "250717", "Coordinator, HQ Security Force"},
        {"Officer, Defence Industrial Production Board - 251816", "251816", "Officer, Defence Industrial Production Board"},
        {"Defence Capacity Building (DCB), Programme Officer-241490", "241490", "Defence Capacity Building (DCB), Programme Officer"},
        {"Ukraine Innovation Officer (2 posts) (250303)", "250303", "Ukraine Innovation Officer"},
        {"Officer, Innovation and Technology Adoption - \n260036", "260036", "Officer, Innovation and Technology Adoption"},
        {"<h1>Senior Assistant (Registry) &ndash; 250555</h1>", "250555", "Senior Assistant (Registry)"},
        {"Job Title: Assistant (Finance and Budget)\nReference: 250999", "250999", "Assistant (Finance and Budget)"},
        /* the whole code: "ABC" alone would name every post of the body */
        {"Vacancy number: ABC/2025/17\nPost title: Analyst", "ABC/2025/17", "Analyst"},
        {"Vacancy ID: 251111\nTitle: Head, Registry", "251111", "Head, Registry"},
        /* a body's prefix before the number: the id was "ACT", the same for all ACT posts */
        {"Post number: ACT 241101\nTitle: Staff Officer", "241101", "Staff Officer"},
        {"Post ID: NDC 250501\nPost title: Research Advisor", "250501", "Research Advisor"},
        /* the title after "Vacancy notice": it was not found, the post number was used */
        {"VACANCY NOTICE \xE2\x80\x93 Research Advisor (G18)\nPost ID: NDC 250501", "250501", "Research Advisor"},
        {"Vacancy Notice: Principal Cyber Security Engineer\nGrade: A4\nVacancy number: 251277", "251277",
         "Principal Cyber Security Engineer"},
        {"VACANCY NOTICE 250088\nLogistics Assistant (B4)\nClosing date: 5th May 2025", "250088", "Logistics Assistant"},
        {"Vacancy: Officer - 250999\nApplication Deadline: 19-Mar-2025", "250999", "Officer"},
        {"NCIA Vacancy 251301 - Senior Software Engineer", "251301", "Senior Software Engineer"},
        {"Avis de vacance de poste : Analyste (A2)\nR\xC3\xA9" "f\xC3\xA9rence : 250321", "250321", "Analyste"},
        {"Post: Senior Technician (Fuel Systems)\nVacancy ID: 250733", "250733", "Senior Technician (Fuel Systems)"},
        {"Post: 250733\nVacancy: Senior Technician", "250733", "Senior Technician"},
        /* a web page: its <title> or <h1> */
        {"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>NCIA Vacancy 251301 - Senior Software Engineer</title></head>\n<body>",
         "251301", "Senior Software Engineer"},
        {"<html><body>\n<h1>Senior Software Engineer</h1>\n<table><tr><td>Vacancy ID:</td><td>251301</td></tr></table>",
         "251301", "Senior Software Engineer"},
        {"<html><head><title>Careers</title></head><body>\n<h1>Senior <b>Software</b> Engineer</h1>\n<p>Vacancy ID: 251301</p>",
         "251301", "Senior Software Engineer"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        tn_out o = header(cases[i].head);
        assert_str(tn_str(o.rules, "id"), cases[i].id);
        assert_str(tn_str(o.rules, "title"), cases[i].title);
        tn_free(&o);
    }
}

/* Agencies' references: after the title ("(Ref. 26/0412)"), which then
 * loses them, or on a line of their own, with a dot for the colon
 * ("Vacancy No. 260412"), and written as codes ("NCIA/26/0412"). */
static void test_post_references(void **state)
{
    (void)state;
    static const struct {
        const char *head, *id, *title;
    } cases[] = {
        {"Post: Procurement Officer (Ref. 26/0412)", "26/0412", "Procurement Officer"},
        {"Post: Procurement Officer (Ref: NCIA/26/0412)", "NCIA/26/0412", "Procurement Officer"},
        {"Post: Procurement Officer (Reference No. 26-0412)", "26-0412", "Procurement Officer"},
        {"Job Title: Procurement Officer (Vacancy ID: 260412)", "260412", "Procurement Officer"},
        {"Procurement Officer (Ref. 26/0412)\nGrade: G16", "26/0412", "Procurement Officer"},
        {"Vacancy Notice: Procurement Officer \xE2\x80\x93 Ref. 26/0412", "26/0412", "Procurement Officer"},
        {"Post: Procurement Officer, Vacancy No. 260412", "260412", "Procurement Officer"},
        {"Post: Procurement Officer\nReference: NCIA/26/0412", "NCIA/26/0412", "Procurement Officer"},
        {"Post: Procurement Officer\nVacancy No. 260412", "260412", "Procurement Officer"},
        {"Post: Procurement Officer\nVacancy No.: 260412", "260412", "Procurement Officer"},
        {"Post: Procurement Officer\nRef. NSPA-26-0412", "NSPA-26-0412", "Procurement Officer"},
        {"Post: Procurement Officer\nReference No. 26/0412.", "26/0412", "Procurement Officer"},
        /* the number, then the title, on one line */
        {"Vacancy No. 260815 - Procurement Officer", "260815", "Procurement Officer"},
        {"Reference: 250999 \xE2\x80\x93 Senior Assistant", "250999", "Senior Assistant"},
        /* in French */
        {"Poste : Acheteur (R\xC3\xA9" "f. 26/0412)", "26/0412", "Acheteur"},
        {"Num\xC3\xA9ro de vacance : 260815\nIntitul\xC3\xA9 du poste : Acheteur", "260815", "Acheteur"},
        {"Avis de vacance n\xC2\xB0 260815 \xE2\x80\x93 Acheteur", "260815", "Acheteur"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        tn_out o = header(cases[i].head);
        assert_str(tn_str(o.rules, "id"), cases[i].id);
        assert_str(tn_str(o.rules, "title"), cases[i].title);
        assert_int_equal(tn_warned(&o, "no post number was found"), 0);
        tn_free(&o);
    }
    /* not references: a title that names one, a sentence that starts with "Ref." */
    static const struct {
        const char *head, *title;
    } titles[] = {
        {"Post: Officer (Reference Data Management)", "Officer (Reference Data Management)"},
        {"Post: Officer (Reference Data 2)", "Officer (Reference Data 2)"},
        {"Post: Officer (Ref. 12)", "Officer (Ref. 12)"},
        {"Post: Officer - Reference Library\nRef. see the website", "Officer - Reference Library"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(titles); i++) {
        tn_out o = header(titles[i].head);
        assert_str(tn_str(o.rules, "id"), "t");
        assert_str(tn_str(o.rules, "title"), titles[i].title);
        assert_int_equal(tn_warned(&o, "no post number was found"), 1);
        tn_free(&o);
    }
}

/* Without a post number the file name is used, with a warning. */
static void test_no_post_number(void **state)
{
    (void)state;
    const char *text = "ESSENTIAL\n\n- have at least 5 years of experience in logistics;\n";
    tn_out o = tn_compile_as(text, strlen(text), "/tmp/notices/officer.txt");
    assert_str(tn_str(o.rules, "id"), "officer");
    assert_str(tn_str(o.rules, "title"), "officer");
    assert_int_equal(tn_warned(&o, "no post number was found; the post is named \"officer\" after the file"), 1);
    assert_int_equal(tn_warned(&o, "no title was found"), 1);
    tn_free(&o);
}

static void test_grades(void **state)
{
    (void)state;
    static const struct {
        const char *line, *grades;
    } cases[] = {
        {"Grade NATO Grade G10-G12", "G10 G12"},
        {"**Grade** NATO Grade G15-G17", "G15 G17"},
        {"Grade : NATO Grade G17", "G17"},
        {"Grades: G15/G17", "G15 G17"},
        {"Grade: A2-3", "A2 A3"},
        {"NATO Grade: G 9", "G9"},
        /* NCIA: the grade was not read */
        {"Grade: NG-15", "NG15"},
        {"NATO Grade: NG 7", "NG7"},
        {"Grade: NG15", "NG15"},
        {"Grades: NG-14/NG-15", "NG14 NG15"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *head = g_strdup_printf("Officer - 123456\n%s", cases[i].line);
        tn_out o = header(head);
        GString *s = g_string_new(NULL);
        const cJSON *g;
        cJSON_ArrayForEach(g, cJSON_GetObjectItemCaseSensitive(o.rules, "grades"))
            g_string_append_printf(s, "%s%s", s->len ? " " : "", g->valuestring);
        assert_string_equal(s->str, cases[i].grades);
        g_string_free(s, TRUE);
        tn_free(&o);
        g_free(head);
    }
}

/* "Research Advisor (G18)": the grade in the title, where no line gives one. */
static void test_grade_in_title(void **state)
{
    (void)state;
    static const struct {
        const char *head, *grades;
        int warned;
    } cases[] = {
        {"VACANCY NOTICE \xE2\x80\x93 Research Advisor (G18)\nPost ID: NDC 250501", "G18", 0},
        {"VACANCY NOTICE 250088\nLogistics Assistant (B4)", "B4", 0},
        {"Vacancy: Officer (A2) - 250999", "A2", 0},
        {"Vacancy: Officer (A2) - 250999\nGrade: A2", "A2", 0},
        /* the grade line wins, and the difference is told */
        {"Vacancy: Officer (A2) - 250999\nGrade: A3", "A3", 1},
        {"Vacancy: Officer (Logistics) - 250999", "", 0},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        tn_out o = header(cases[i].head);
        GString *s = g_string_new(NULL);
        const cJSON *g;
        cJSON_ArrayForEach(g, cJSON_GetObjectItemCaseSensitive(o.rules, "grades"))
            g_string_append_printf(s, "%s%s", s->len ? " " : "", g->valuestring);
        assert_string_equal(s->str, cases[i].grades);
        assert_int_equal(tn_warned(&o, "the title gives the grade A2 but the grade line says \"A3\"; the grade line is used"),
                         cases[i].warned);
        assert_int_equal(tn_warned(&o, "no title was found"), 0);
        g_string_free(s, TRUE);
        tn_free(&o);
    }
}

/* The title on its own line, the reference labelled on the line below
 * (CMRE): the title was the post number, "no title was found". */
static void test_title_above_reference(void **state)
{
    (void)state;
    static const char *const heads[][2] = {
        {"NATO Centre for Maritime Research and Experimentation\n\nPrincipal Scientist (Underwater Acoustics)\n"
         "Reference: CMRE/26/117", "Principal Scientist (Underwater Acoustics)"},
        {"Scientifique principal(e) (Acoustique sous-marine)\nRéf. : CMRE/26/117\nGrade : G-17",
         "Scientifique principal(e) (Acoustique sous-marine)"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(heads); i++) {
        tn_out o = header(heads[i][0]);
        assert_str(tn_str(o.rules, "id"), "CMRE/26/117");
        assert_str(tn_str(o.rules, "title"), heads[i][1]);
        assert_int_equal(tn_warned(&o, "no title was found"), 0);
        tn_free(&o);
    }
}

/* Lines that start with "Vacancy" but name no post. */
static void test_vacancy_lines_without_title(void **state)
{
    (void)state;
    static const char *const heads[] = {
        "VACANCY NOTICE\nPost number: 250999",
        "NSPA VACANCY NOTICE\nVacancy ID: 250999",
        "Vacancy 250999\nApplication Deadline: 19-Mar-2025",
        "Vacancy notices are published on the site\nVacancy ID: 250999",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(heads); i++) {
        tn_out o = header(heads[i]);
        assert_str(tn_str(o.rules, "id"), "250999");
        assert_str(tn_str(o.rules, "title"), "250999");
        assert_int_equal(tn_warned(&o, "no title was found; the post number is used"), 1);
        tn_free(&o);
    }
}

/* One competition, several posts at other grades (250303). */
static void test_grades_of_listed_posts(void **state)
{
    (void)state;
    tn_out o = header("Ukraine Innovation Officer (2 posts) (250303)\nGrade NATO Grade G17\n\n"
                      "Through this competition, the NATO International Staff seeks to identify qualified applicants for the 2 similar positions below:\n\n"
                      "- Ukraine Innovation Officer, G17\n- Ukraine Innovation Officer, G15\n");
    const cJSON *g = cJSON_GetObjectItemCaseSensitive(o.rules, "grades");
    assert_int_equal(cJSON_GetArraySize(g), 2);
    assert_string_equal(cJSON_GetArrayItem(g, 0)->valuestring, "G15");
    assert_string_equal(cJSON_GetArrayItem(g, 1)->valuestring, "G17");
    assert_int_equal(tn_warned(&o, "the grade line says \"NATO Grade G17\" but the notice lists posts at other grades; the grades are G15, G17"), 1);
    tn_free(&o);
}

static void test_deadlines(void **state)
{
    (void)state;
    static const struct {
        const char *line, *date;
    } cases[] = {
        {"Application Deadline: 13-May-2025", "2025-05-13"},
        {"Date de retrait : 19-mars-2025", "2025-03-19"},
        {"Date de retrait : 23-fev-2026", "2026-02-23"},
        {"Date de retrait : 23-fév.-2026", "2026-02-23"},
        {"Application Deadline: 10-Nov-2024, 11:59:00 PM", "2024-11-10"},
        {"Date de retrait : 10-nov.-2024, 23:59:00", "2024-11-10"},
        {"Closing date: May 13, 2025", "2025-05-13"},
        {"Closing date: Monday, 2nd June 2025 (midnight, Brussels time)", "2025-06-02"},
        {"Date limite : 1er mars 2025", "2025-03-01"},
        /* its letters in superscript, as a word processor types them ("not a date eligo can read") */
        {"Date limite de dépôt des candidatures : 1ᵉʳ décembre 2026", "2026-12-01"},
        {"Deadline: 2025-05-13", "2025-05-13"},
        {"**Application Deadline:** 13-May-2025  ", "2025-05-13"},
        /* a time before the date: its numbers are no day */
        {"Application Deadline: 23:59 (Brussels time) on 13 January 2026", "2026-01-13"},
        {"Closing date: 23:59 CET, 13 January 2026", "2026-01-13"},
        {"Closing date: 12:00 noon, 5 February 2026", "2026-02-05"},
        {"Closing date: 11:59 PM, 3 March 2026", "2026-03-03"},
        {"Date limite : 23.59, le 4 mars 2026", "2026-03-04"},
        /* ... and without a colon: "5 pm" was read as the 5th */
        {"Closing date: 5 pm CET, 13 January 2026", "2026-01-13"},
        {"Closing date: 12 noon, 13 January 2026", "2026-01-13"},
        {"Date limite : 17 h, le 13 janvier 2026", "2026-01-13"},
        {"Applications must be received by 5 pm on 6 October 2025.", "2025-10-06"},
        {"Applications must be submitted before 5 pm on 6 October 2025.", "2025-10-06"},
        /* ... and "p.m.", "a.m." with their dots */
        {"Closing date: 5 p.m. CET, 13 January 2026", "2026-01-13"},
        {"Closing date: 11 A.M., 13 January 2026", "2026-01-13"},
        {"Applications must be received by 5 p.m. on 6 October 2025.", "2025-10-06"},
        {"Applications must be submitted before 11 a.m. on 6 October 2025.", "2025-10-06"},
        {"Applications must be submitted before 6 October 2025, 5 p.m.", "2025-10-06"},
        {"Closing date: before 23:59 CET on 6 October 2025", "2025-10-06"},
        /* the 6th itself is allowed, or the 'before' is not of the date */
        {"Closing date: before or on 6 October 2025", "2025-10-06"},
        {"Closing date: prior to or on 6 October 2025", "2025-10-06"},
        {"Closing date: before close of business on 6 October 2025", "2025-10-06"},
        {"Closing date: before the end of 6 October 2025", "2025-10-06"},
        {"Closing date: before 6 October 2025 (inclusive)", "2025-10-06"},
        {"Applications must be submitted before 6 October 2025 (inclusive).", "2025-10-06"},
        {"Les candidatures doivent \xC3\xAAtre envoy\xC3\xA9\x65s avant le 6 octobre 2025 inclus.", "2025-10-06"},
        /* NCIA's and NSPA's labels: no deadline was found */
        {"Application closing date: 30 June 2025", "2025-06-30"},
        {"Deadline for submission of applications: 30 June 2025", "2025-06-30"},
        /* a web page's copy: the label alone, the date on the line below */
        {"Closing date:\n20 October 2025", "2025-10-20"},
        {"Date limite de candidature :\n1er mars 2025", "2025-03-01"},
        /* ... and a blank line between them: no deadline was found */
        {"Closing date:\n\n20 October 2025", "2025-10-20"},
        {"Application closing date:\n\n\nMonday, 2nd June 2025", "2025-06-02"},
        {"Deadline for submission of applications:\n\n30 June 2025", "2025-06-30"},
        {"Date de cl\xC3\xB4ture :\n\n20 octobre 2025", "2025-10-20"},
        {"Date de cl\xC3\xB4ture :\n\n19-mars-2025", "2025-03-19"},
        /* ... and a note of the time in brackets after the date */
        {"Closing date:\n\n6 October 2025 (midnight CET)", "2025-10-06"},
        {"Date de cl\xC3\xB4ture :\n\n6 octobre 2025 (minuit HEC)", "2025-10-06"},
        /* a sentence about the applications: no deadline was found */
        {"Applications must be received by 6 October 2025.", "2025-10-06"},
        {"Applications should be submitted by 6 October 2025 (midnight CET)", "2025-10-06"},
        {"The closing date for applications is 6 October 2025", "2025-10-06"},
        {"Applications must be received by 23:59 CET on Monday, 6 October 2025.", "2025-10-06"},
        {"Please send your CV. Applications will be accepted until 6 October 2025.", "2025-10-06"},
        {"Les candidatures doivent parvenir au plus tard le 6 octobre 2025", "2025-10-06"},
        {"La date limite de d\xC3\xA9p\xC3\xB4t des candidatures est le 6 octobre 2025.", "2025-10-06"},
        {"Date limite de d\xC3\xA9p\xC3\xB4t des candidatures : 6 octobre 2025", "2025-10-06"},
        {"The deadline for applications is 6 October 2025", "2025-10-06"},
        /* ... wrapped over two lines, as PDFs copy it: no deadline was found */
        {"Applications must be received by 6\nOctober 2025.", "2025-10-06"},
        {"Applications must be received by\n6 October 2025.", "2025-10-06"},
        {"Les candidatures doivent parvenir au plus tard le\n6 octobre 2025.", "2025-10-06"},
        /* "before" a time of day on the date: that day is the last */
        {"Applications must be submitted before 23:59 CET on 6 October 2025.", "2025-10-06"},
        {"Applications must be submitted before 6 October 2025 at 12:00 noon.", "2025-10-06"},
        {"Les candidatures doivent \xC3\xAAtre envoy\xC3\xA9\x65s avant le 6 octobre 2025 \xC3\xA0 23h59.", "2025-10-06"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *head = g_strdup_printf("Officer - 123456\n%s", cases[i].line);
        tn_out o = header(head);
        if (!tn_str(o.rules, "deadline"))
            fprintf(stderr, "%s\n%s", cases[i].line, o.warnings);
        assert_str(tn_str(o.rules, "deadline"), cases[i].date);
        assert_non_null(tn_crit(&o, "essential", "deadline"));
        tn_free(&o);
        g_free(head);
    }
    /* a label alone is no value of the label below it */
    tn_out o = header("Officer - 123456\nClosing date:\nGrade: NATO Grade G15");
    assert_null(tn_str(o.rules, "deadline"));
    assert_str(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(o.rules, "grades"), 0)->valuestring, "G15");
    tn_free(&o);
    /* past a blank line, only a line that is a date and nothing else */
    static const char *const not_dates[] = {
        "Closing date:\n\nThe incumbent will start on 1 March 2026.",
        "Closing date:\n\nLocation: Brussels",
        "Closing date:\n\n20 October",
        "Closing date:\n\n(midnight CET)",
        /* a date in a sentence that is not about when applications close */
        "The contract ends on 6 October 2025.",
        "The contract is offered until 6 October 2025.",
        "Applications must be sent by email. The contract ends on 6 October 2025.",
        "Applications must be sent by email; interviews will be held on 6 October 2025.",
        "Applications will be reviewed and interviews held on 20 October 2025.",
        "Applications must be received by email, and the post starts on 6 October 2025.",
        "Applications must be received by the closing date.",
        "Le contrat prend fin au plus tard le 6 octobre 2025.",
        /* nor in a sentence wrapped over two lines */
        "Applications must be sent by email and\ninterviews will be held on 6 October 2025.",
        "Applications must be sent by email\nThe contract ends on 6 October 2025.",
        /* "before" a date in a sentence that asks nothing by then */
        "Candidates who applied before 6 October 2025 need not apply again.",
        "Applications received before 6 October 2025 will be considered first.",
        "Les candidats ayant postul\xC3\xA9 avant le 6 octobre 2025 n'ont pas \xC3\xA0 postuler \xC3\xA0 nouveau.",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(not_dates); i++) {
        char *head = g_strdup_printf("Officer - 123456\n%s", not_dates[i]);
        o = header(head);
        assert_null(tn_str(o.rules, "deadline"));
        assert_int_equal(tn_warned(&o, "no application deadline was found"), 1);
        tn_free(&o);
        g_free(head);
    }
    /* "before" a date: the date is too late, so the last day is the day
     * before, with a warning; it was not read at all */
    static const struct {
        const char *line, *date, *warning;
    } before[] = {
        {"Applications must be submitted before 6 October 2025.", "2025-10-05",
         "t.txt:2:39: warning: applications are due before 2025-10-06, so the last day to apply is read as 2025-10-05"},
        {"Applications must be submitted prior to 1 March 2024.", "2024-02-29",
         "t.txt:2:41: warning: applications are due before 2024-03-01, so the last day to apply is read as 2024-02-29"},
        {"Les candidatures doivent \xC3\xAAtre envoy\xC3\xA9\x65s avant le 6 octobre 2025.", "2025-10-05",
         "t.txt:2:49: warning: applications are due before 2025-10-06, so the last day to apply is read as 2025-10-05"},
        /* a label's value too: it was read as the 6th */
        {"Closing date: before 6 October 2025", "2025-10-05",
         "t.txt:2:15: warning: applications are due before 2025-10-06, so the last day to apply is read as 2025-10-05"},
        {"Date limite : avant le 6 octobre 2025", "2025-10-05",
         "t.txt:2:15: warning: applications are due before 2025-10-06, so the last day to apply is read as 2025-10-05"},
        {"Closing date: before Monday, 6 October 2025", "2025-10-05",
         "t.txt:2:15: warning: applications are due before 2025-10-06, so the last day to apply is read as 2025-10-05"},
        {"Closing date: before 2025-10-06", "2025-10-05",
         "t.txt:2:15: warning: applications are due before 2025-10-06, so the last day to apply is read as 2025-10-05"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(before); i++) {
        char *head = g_strdup_printf("Officer - 123456\n%s", before[i].line);
        o = header(head);
        if (tn_warned(&o, before[i].warning) != 1)
            fprintf(stderr, "%s\n%s", before[i].line, o.warnings);
        assert_str(tn_str(o.rules, "deadline"), before[i].date);
        assert_int_equal(tn_warned(&o, before[i].warning), 1);
        tn_free(&o);
        g_free(head);
    }
    /* a wrapped sentence: the source is both lines, the warnings at the date */
    o = header("Officer - 123456\nApplications must be received by\n06/10/2025.");
    assert_null(tn_str(o.rules, "deadline"));
    assert_int_equal(tn_warned(&o, "t.txt:3:1: warning: the deadline \"06/10/2025\" may be day/month or month/day"), 1);
    tn_free(&o);
    o = header("Officer - 123456\nApplications must be received by 6\nOctober 2025.");
    assert_str(tn_str(tn_crit(&o, "essential", "deadline"), "text"), "Applications must be received by 6 October 2025.");
    tn_free(&o);
    o = header("Officer - 123456\nApplications must be submitted before\n6 October 2025.");
    assert_str(tn_str(o.rules, "deadline"), "2025-10-05");
    assert_int_equal(tn_warned(&o, "t.txt:3:1: warning: applications are due before 2025-10-06"), 1);
    assert_str(tn_str(tn_crit(&o, "essential", "deadline"), "text"),
               "Applications must be submitted before 6 October 2025.");
    /* its source line is where the sentence starts, as an item's is where
     * the item starts (it was the date's line, 3) */
    const cJSON *src = cJSON_GetObjectItemCaseSensitive(tn_crit(&o, "essential", "deadline"), "source");
    assert_true(tn_num(src, "line") == 2);
    assert_str(tn_str(src, "text"), "Applications must be submitted before 6 October 2025.");
    tn_free(&o);
    /* a label gives the deadline before a sentence, wherever either is */
    static const char *const both[] = {
        "Closing date: 1 October 2025\nApplications must be received by 6 October 2025.",
        "Applications must be received by 6 October 2025.\nClosing date: 1 October 2025",
        "Applications must be received by 6 October 2025.\nClosing date:\n\n1 October 2025 (midnight CET)",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(both); i++) {
        char *head = g_strdup_printf("Officer - 123456\n%s", both[i]);
        o = header(head);
        assert_str(tn_str(o.rules, "deadline"), "2025-10-01");
        assert_int_equal(tn_warned(&o, "deadline"), 0);
        tn_free(&o);
        g_free(head);
    }
    /* a sentence's date is read as a label's: in the order given */
    o = header("Officer - 123456\nApplications must be received by 06/10/2025.");
    assert_null(tn_str(o.rules, "deadline"));
    assert_int_equal(tn_warned(&o, "t.txt:2:34: warning: the deadline \"06/10/2025\" may be day/month or month/day"), 1);
    tn_free(&o);
    o = header("Officer - 123456\nLocation:\n\nBrussels");
    assert_null(tn_str(o.rules, "location"));
    tn_free(&o);
    /* nor of the heading below it, where the web page left the value empty */
    o = header("Officer - 123456\nApplication Deadline: 20-Oct-2025\nLocation:\n2. QUALIFICATIONS AND EXPERIENCE");
    assert_null(tn_str(o.rules, "location"));
    tn_free(&o);
}

static void test_deadline_ongoing_and_unreadable(void **state)
{
    (void)state;
    tn_out o = header("Officer - 123456\nApplication Deadline: Ongoing");
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(o.rules, "deadline");
    assert_true(cJSON_IsNull(d));
    assert_null(tn_crit(&o, "essential", "deadline"));
    tn_free(&o);
    o = header("Officer - 123456\nApplication Deadline: 05/03/2025");
    assert_null(cJSON_GetObjectItemCaseSensitive(o.rules, "deadline"));
    assert_null(tn_crit(&o, "essential", "deadline"));
    assert_int_equal(tn_warned(&o, "t.txt:2:23: warning: the deadline \"05/03/2025\" may be day/month or "
                                   "month/day; it is not read: pass --date-order dmy or mdy"), 1);
    tn_free(&o);
    /* the whole French label: the value quoted was "des candidatures : 05/03/2025" */
    o = header("Administrateur - 123456\nDate de clôture des candidatures : 05/03/2025");
    assert_null(cJSON_GetObjectItemCaseSensitive(o.rules, "deadline"));
    assert_int_equal(tn_warned(&o, "the deadline \"05/03/2025\" may be day/month or month/day"), 1);
    tn_free(&o);
    o = header("Officer - 123456");
    assert_int_equal(tn_warned(&o, "no application deadline was found"), 1);
    tn_free(&o);
}

/* A slash or dash date with a part above 12 can be read one way only
 * (13/01/2026 is day/month); an ambiguous one is read only with the order
 * given (eligo compile --date-order), never guessed; the warning calls a
 * dashed date so, not a slash date. */
static void test_deadline_numeric_dates(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        elg_date_order order;
        const char *date;
    } cases[] = {
        {"Application Deadline: 13/01/2026", ELG_DATES_DMY, "2026-01-13"},
        {"Application Deadline: 01/13/2026", ELG_DATES_MDY, "2026-01-13"},
        {"Closing date: 13.01.2026", ELG_DATES_STRICT, "2026-01-13"}, /* dots: day first */
        {"Closing date: 13-01-2026", ELG_DATES_DMY, "2026-01-13"},
        {"Date limite : 13/01/2026", ELG_DATES_DMY, "2026-01-13"},
        {"Date de retrait : 13-01-2026", ELG_DATES_DMY, "2026-01-13"},
        {"Application Deadline: 13/01/2026 23:59", ELG_DATES_DMY, "2026-01-13"},
        {"Application Deadline: 13/01/2026 (midnight, Brussels time)", ELG_DATES_DMY, "2026-01-13"},
        {"Application Deadline: 05/03/2026", ELG_DATES_DMY, "2026-03-05"},
        {"Application Deadline: 05/03/2026", ELG_DATES_MDY, "2026-05-03"},
        {"Closing date: 05-03-2026", ELG_DATES_DMY, "2026-03-05"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *text = g_strdup_printf("Officer - 123456\n%s\n\nESSENTIAL\n\n- have at least 5 years of "
                                     "experience in logistics;\n", cases[i].line);
        tn_out o = tn_compile_with(text, strlen(text), "t.txt", cases[i].order);
        if (!tn_str(o.rules, "deadline"))
            fprintf(stderr, "%s\n%s", cases[i].line, o.warnings);
        assert_str(tn_str(o.rules, "deadline"), cases[i].date);
        assert_int_equal(tn_warned(&o, "the deadline"), 0);
        tn_free(&o);
        g_free(text);
    }
    /* no order: a warning that quotes it, nothing read, as in candidate
     * files (DESIGN.md s.6), even where one order only makes a date */
    static const struct {
        const char *date, *said; /* SAID after 'the deadline "DATE" ' */
    } unread[] = {
        {"05-03-2026", "may be day/month or month/day; it is not read: pass --date-order dmy or mdy"},
        {"13/01/2026", "is a slash date, read only with --date-order; it is not read: pass --date-order dmy "
                       "(day/month/year), the one order it fits"},
        {"01/13/2026", "is a slash date, read only with --date-order; it is not read: pass --date-order mdy "
                       "(month/day/year), the one order it fits"},
        {"05/05/2026", "is a slash date, read only with --date-order; it is not read: pass --date-order dmy or mdy "
                       "(it reads the same in both"},
        {"32/13/2026", "is not a date in either order, day/month or month/day; it is left out"},
        /* with dashes, a dashed date, not a slash one */
        {"13-01-2026", "is a dashed date, read only with --date-order; it is not read: pass --date-order dmy "
                       "(day/month/year), the one order it fits"},
        {"01-13-2026", "is a dashed date, read only with --date-order; it is not read: pass --date-order mdy "
                       "(month/day/year), the one order it fits"},
        {"10-10-2024", "is a dashed date, read only with --date-order; it is not read: pass --date-order dmy or mdy "
                       "(it reads the same in both"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(unread); i++) {
        char *text = g_strdup_printf("Officer - 123456\nClosing date: %s", unread[i].date);
        char *want = g_strdup_printf("t.txt:2:15: warning: the deadline \"%s\" %s", unread[i].date, unread[i].said);
        tn_out o = header(text);
        assert_null(cJSON_GetObjectItemCaseSensitive(o.rules, "deadline"));
        assert_int_equal(tn_warned(&o, want), 1);
        tn_free(&o);
        g_free(want);
        g_free(text);
    }
    /* the order given is the order read: 13/01/2026 is no month/day date */
    char *text = g_strdup("Officer - 123456\nApplication Deadline: 13/01/2026\n\nESSENTIAL\n\n- have at least 5 "
                          "years of experience in logistics;\n");
    tn_out o = tn_compile_with(text, strlen(text), "t.txt", ELG_DATES_MDY);
    g_free(text);
    assert_null(cJSON_GetObjectItemCaseSensitive(o.rules, "deadline"));
    assert_int_equal(tn_warned(&o, "the deadline \"13/01/2026\" is not a date eligo can read"), 1);
    tn_free(&o);
    /* not a date at all: 13/13/2026 */
    text = g_strdup("Officer - 123456\nApplication Deadline: 13/13/2026\n\nESSENTIAL\n\n- have at least 5 "
                    "years of experience in logistics;\n");
    o = tn_compile_with(text, strlen(text), "t.txt", ELG_DATES_DMY);
    g_free(text);
    assert_null(cJSON_GetObjectItemCaseSensitive(o.rules, "deadline"));
    assert_int_equal(tn_warned(&o, "the deadline \"13/13/2026\" is not a date eligo can read"), 1);
    tn_free(&o);
}

/* A two-digit year is 20YY: "13.01.26" (dots: day first), "13 Jan 26".
 * Slash and dash dates stay as they were: not read without four digits. */
static void test_deadline_two_digit_years(void **state)
{
    (void)state;
    static const struct {
        const char *line, *date;
    } cases[] = {
        {"Closing date: 13.01.26", "2026-01-13"},
        {"Closing date: 13.01.26 (midnight, Brussels time)", "2026-01-13"},
        {"Closing date: 13 Jan 26", "2026-01-13"},
        {"Closing date: 13 January 26, 23:59", "2026-01-13"},
        {"Date limite : 13 janv. 26", "2026-01-13"},
        {"Date limite : 1er mars 26", "2026-03-01"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *head = g_strdup_printf("Officer - 123456\n%s", cases[i].line);
        tn_out o = header(head);
        if (!tn_str(o.rules, "deadline"))
            fprintf(stderr, "%s\n%s", cases[i].line, o.warnings);
        assert_str(tn_str(o.rules, "deadline"), cases[i].date);
        assert_int_equal(tn_warned(&o, "the deadline"), 0);
        tn_free(&o);
        g_free(head);
    }
    static const char *const unread[] = {"13/01/26", "13-01-26"};
    for (size_t i = 0; i < G_N_ELEMENTS(unread); i++) {
        char *text = g_strdup_printf("Officer - 123456\nClosing date: %s\n\nESSENTIAL\n\n- have at least 5 years "
                                     "of experience in logistics;\n", unread[i]);
        char *want = g_strdup_printf("the deadline \"%s\" is not a date eligo can read", unread[i]);
        tn_out o = tn_compile_with(text, strlen(text), "t.txt", ELG_DATES_DMY);
        assert_null(cJSON_GetObjectItemCaseSensitive(o.rules, "deadline"));
        assert_int_equal(tn_warned(&o, want), 1);
        tn_free(&o);
        g_free(want);
        g_free(text);
    }
}

static void test_clearance(void **state)
{
    (void)state;
    static const struct {
        const char *line, *level;
    } cases[] = {
        {"Clearance Level NS", "NS"},
        {"**Clearance Level** NS", "NS"},
        {"Security Clearance: NATO SECRET", "NS"},
        {"Niveau de l'habilitation de sécurité CTS", "CTS"},
        {"Clearance Level: NC (NATO CONFIDENTIAL)", "NC"},
        {"Security clearance required: COSMIC TOP SECRET", "CTS"},
        {"Required clearance: NATO SECRET", "NS"},
        {"Clearance required: NR", "NR"},
        {"Habilitation requise : NATO SECRET", "NS"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *head = g_strdup_printf("Officer - 123456\n%s", cases[i].line);
        tn_out o = header(head);
        assert_str(tn_str(o.rules, "clearance"), cases[i].level);
        /* stated, not essential: no clearance criterion */
        assert_null(tn_crit(&o, "essential", "clearance"));
        tn_free(&o);
        g_free(head);
    }
    tn_out o = header("Officer - 123456\nClearance Level: Top Level");
    assert_null(tn_str(o.rules, "clearance"));
    assert_int_equal(tn_warned(&o, "the clearance level \"Top Level\" is not one eligo knows"), 1);
    tn_free(&o);
}

static void test_organisation_and_location(void **state)
{
    (void)state;
    tn_out o = header("Officer - 123456\nPrimary Location: Belgium-Brussels\nNATO Body: NATO International Staff (NATO IS)");
    assert_str(tn_str(o.rules, "organisation"), "NATO");
    assert_str(tn_str(o.rules, "body"), "NATO International Staff (NATO IS)");
    assert_str(tn_str(o.rules, "location"), "Belgium-Brussels");
    assert_non_null(tn_crit(&o, "essential", "nationality"));
    tn_free(&o);
    o = header("Administrateur - 123456\nEmplacement principal : Belgique-Bruxelles\nOrganisation ; OTAN SI");
    assert_str(tn_str(o.rules, "organisation"), "NATO");
    assert_str(tn_str(o.rules, "location"), "Belgique-Bruxelles");
    tn_free(&o);
    /* the AVIS DE VACANCE's labels, a no-break space before the colon: both were left unread */
    o = header("Administrateur - 123456\nLieu d’affectation principal : Belgique-Bruxelles\n"
               "Organisme OTAN : Secrétariat international de l'OTAN (SI OTAN)");
    assert_str(tn_str(o.rules, "body"), "Secrétariat international de l'OTAN (SI OTAN)");
    assert_str(tn_str(o.rules, "location"), "Belgique-Bruxelles");
    tn_free(&o);
    /* no organisation anywhere: the only one eligo knows, said so */
    o = header("Officer - 123456\nEmployer: Acme Corporation");
    assert_str(tn_str(o.rules, "organisation"), "NATO");
    assert_non_null(tn_crit(&o, "essential", "nationality"));
    assert_int_equal(tn_warned(&o, "no organisation is named; NATO, the only one of rules/reference/organisations.json, is assumed"), 1);
    tn_free(&o);
}

/* The nationality criterion quotes the notice, wrapped lines and all. */
static void test_nationality_sentence(void **state)
{
    (void)state;
    tn_out o = header("Officer - 123456\nNATO Body: NATO IS\n\nApply now. Please note that we can only accept\n"
                      "applications from nationals of NATO member\ncountries. Applications must be submitted online.");
    const cJSON *n = tn_crit(&o, "essential", "nationality");
    assert_str(tn_str(n, "text"), "Please note that we can only accept applications from nationals of NATO member countries");
    assert_true(tn_num(cJSON_GetObjectItemCaseSensitive(n, "source"), "line") == 4);
    tn_free(&o);
    /* an item of its own: the heading above it is no start of its sentence
     * (it was "Essential Must be a national ...") */
    const char *text = "Post: Procurement Officer (Ref. 26/0412)\nGrade: G-16\n\nEssential\n"
                       "- Must be a national of a NATO member nation.\n- have at least 5 years of experience in logistics;\n";
    o = tn_compile(text);
    n = tn_crit(&o, "essential", "nationality");
    assert_str(tn_str(n, "text"), "Must be a national of a NATO member nation");
    assert_true(tn_num(cJSON_GetObjectItemCaseSensitive(n, "source"), "line") == 5);
    tn_free(&o);
}

/* The English and French headers disagree: warned, decided. */
/* The usual ways of saying it, in English and French: the criterion's text
 * was null where only "nationals of" was known. */
static void test_nationality_forms(void **state)
{
    (void)state;
    static const char *const sentences[] = {
        "Only nationals from NATO member countries may apply",
        "Open to nationals of NATO member states only",
        "Applicants must be citizens of a NATO member country",
        "Applicants must be a national of a NATO member state",
        "Candidates must hold the citizenship of a NATO member nation",
        "Seuls les ressortissants des pays membres de l'OTAN peuvent postuler",
        "Ce poste est ouvert aux ressortissants des pays membres de l'OTAN",
        "Seul(e)s les citoyen(ne)s des pays membres de l'OTAN peuvent postuler",
        "Les candidats doivent avoir la nationalit\xC3\xA9 d'un pays membre de l'OTAN",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(sentences); i++) {
        char *head = g_strdup_printf("Officer - 123456\nNATO Body: NATO IS\n\n%s.\n", sentences[i]);
        tn_out o = header(head);
        assert_str(tn_str(tn_crit(&o, "essential", "nationality"), "text"), sentences[i]);
        assert_str(tn_str(tn_crit(&o, "essential", "nationality"), "kind"), "nationality");
        tn_free(&o);
        g_free(head);
    }
    /* partner nations admitted too: no rule set lists them, and NATO's
     * members alone would fail their nationals; the panel decides, warned */
    static const char *const partners[] = {
        "Only nationals of NATO member countries and of partner nations may apply",
        "Ce poste est ouvert aux ressortissants des pays membres de l'OTAN et des pays partenaires",
        ("Seuls les ressortissants des pays membres de l'OTAN et des pays du Partenariat pour la paix peuvent "
         "postuler"),
    };
    for (size_t i = 0; i < G_N_ELEMENTS(partners); i++) {
        char *head = g_strdup_printf("Officer - 123456\nNATO Body: NATO IS\n\n%s.\n", partners[i]);
        tn_out o = header(head);
        assert_str(tn_str(tn_crit(&o, "essential", "nationality"), "kind"), "panel");
        assert_int_equal(tn_warned(&o, "the notice also admits nationals of partner nations, which no rule set can "
                                       "list; the nationality is left to the panel"), 1);
        tn_free(&o);
        g_free(head);
    }
}

/* A web page's heading before the sentence is no part of it ("Remarks Only nationals"). */
static void test_nationality_after_html_heading(void **state)
{
    (void)state;
    tn_out o = header("<h1>Officer - 123456</h1>\n<p>NATO Body: NATO IS</p>\n<h2>Remarks</h2>\n"
                      "<p>Only nationals of NATO member states can apply.<br>Apply online.</p>");
    assert_str(tn_str(tn_crit(&o, "essential", "nationality"), "text"),
               "Only nationals of NATO member states can apply");
    tn_free(&o);
    o = header("<h1>Officer - 123456</h1>\n<h2>Remarks</h2><p>Only nationals of NATO\nmember states can apply.</p>");
    assert_str(tn_str(tn_crit(&o, "essential", "nationality"), "text"),
               "Only nationals of NATO member states can apply");
    tn_free(&o);
    /* a line break inside the sentence joins it still */
    o = header("<h1>Officer - 123456</h1>\n<p>We can only accept<br>\napplications from nationals of NATO member states.</p>");
    assert_str(tn_str(tn_crit(&o, "essential", "nationality"), "text"),
               "We can only accept applications from nationals of NATO member states");
    tn_free(&o);
}

static void test_header_cross_check(void **state)
{
    (void)state;
    char *en = tn_en("- have at least 5 years of experience in logistics;", NULL);
    char *fr = tn_fr("- avoir au moins cinq ans d'expérience en logistique ;", NULL);
    char *fr2 = g_strdup(fr);
    /* another post number and deadline in the French text */
    char *p = strstr(fr2, "123456");
    memcpy(p, "123457", 6);
    p = strstr(fr2, "13-mai-2025");
    memcpy(p, "14", 2);
    char *text = g_strconcat(en, "\n", fr2, NULL);
    tn_out o = tn_compile(text);
    assert_str(tn_str(o.rules, "id"), "123456");
    assert_str(tn_str(o.rules, "deadline"), "2025-05-14");
    assert_int_equal(tn_warned(&o, "the English text gives the post number 123456, the French text 123457; 123456 is kept"), 1);
    assert_int_equal(tn_warned(&o, "the application deadline: English \"13-May-2025\" = 2025-05-13, French \"14-mai-2025\" = 2025-05-14; "
                                   "the readings are split, so the less demanding 2025-05-14 is kept"), 1);
    tn_free(&o);
    g_free(text);
    g_free(en);
    g_free(fr);
    g_free(fr2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_post_number_and_title),
        cmocka_unit_test(test_post_references),
        cmocka_unit_test(test_no_post_number),
        cmocka_unit_test(test_grades),
        cmocka_unit_test(test_grades_of_listed_posts),
        cmocka_unit_test(test_grade_in_title),
        cmocka_unit_test(test_vacancy_lines_without_title),
        cmocka_unit_test(test_title_above_reference),
        cmocka_unit_test(test_deadlines),
        cmocka_unit_test(test_deadline_ongoing_and_unreadable),
        cmocka_unit_test(test_deadline_numeric_dates),
        cmocka_unit_test(test_deadline_two_digit_years),
        cmocka_unit_test(test_clearance),
        cmocka_unit_test(test_organisation_and_location),
        cmocka_unit_test(test_nationality_sentence),
        cmocka_unit_test(test_nationality_forms),
        cmocka_unit_test(test_nationality_after_html_heading),
        cmocka_unit_test(test_header_cross_check),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
