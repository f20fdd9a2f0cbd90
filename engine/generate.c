/* The deterministic generator of candidate files and posts (generate.h).
 *
 * Every row draws from its own PRNG stream, seeded from (seed, row index), so
 * a file can be made piecewise or in parallel and is the same bytes every
 * time.  The mixtures below are what an HR export looks like: mostly well
 * formed, every spelling the contract accepts, some blanks, a few mistakes. */
#include "generate.h"

#include <errno.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "diags.h"
#include "errors.h"

const char elg_generate_header[] =
    "candidate_id,name,nationality,education,equivalent_qualification,staff_college,"
    "experience_years,experience,experience_project_management,english,french,languages,"
    "clearance,skills,applied_on,q_drafting\n";

void elg_generate_header_append(GString *out) { g_string_append(out, elg_generate_header); }

/* --- PRNG: splitmix64, one stream per row ---------------------------------- */

typedef struct {
    guint64 s;
} rng;

static inline guint64 next64(rng *r)
{
    guint64 z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform in [0, n). */
static inline unsigned below(rng *r, unsigned n) { return (unsigned)(((next64(r) >> 32) * n) >> 32); }

/* A weighted choice: W holds N weights; returns an index. */
static unsigned weighted(rng *r, const unsigned short *w, unsigned n)
{
    unsigned total = 0;
    for (unsigned i = 0; i < n; i++)
        total += w[i];
    unsigned x = below(r, total);
    for (unsigned i = 0; i < n; i++) {
        if (x < w[i])
            return i;
        x -= w[i];
    }
    return n - 1;
}

#define PICK(r, arr) ((arr)[below((r), G_N_ELEMENTS(arr))])

/* --- cells ------------------------------------------------------------------ */

/* Append TEXT as one CSV cell, quoted when it holds , " or a line break. */
static void cell(GString *out, const char *text)
{
    if (!strpbrk(text, ",\"\n\r")) {
        g_string_append(out, text);
        return;
    }
    g_string_append_c(out, '"');
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            g_string_append_c(out, '"');
        g_string_append_c(out, *p);
    }
    g_string_append_c(out, '"');
}

static const char *const first_names[] = {
    "Anna", "Jan", "Zoë", "Łukasz", "Øyvind", "Jérôme", "Maria", "Pieter", "Sofia", "Mehmet",
    "Ioana", "Lars", "Elena", "Tomás", "Agnieszka", "Jean-Luc", "Kristjan", "Dimitrios",
    "Sarah", "Matteo", "Ingrid", "Ana", "Hélène", "Oğuz", "Mārtiņš", "Eva", "João", "Katarzyna",
    "Björn", "Chloé", "Nikola", "Aleksandra",
};
static const char *const last_names[] = {
    "Van den Broeck", "Wiśniewski", "Ødegård", "Dubois-Lefèvre", "Rossi", "Jansen", "Kowalska",
    "Yılmaz", "Popescu", "Andersen", "Papadopoulos", "García", "Novák", "Schmidt", "Müller",
    "Smith", "Brown", "Tamm", "Kazlauskas", "Bērziņš", "Horvat", "Nagy", "Ivanova", "Costa",
    "Lindqvist", "Virtanen", "O'Brien", "Martin", "Dupont", "Hoxha", "Petrović", "Johansson",
};

static const char *const nicknames[] = {"Kris", "Jo", "Max", "Lu", "Ben", "Sam"};

static void gen_name(rng *r, GString *out)
{
    const char *f = PICK(r, first_names), *l = PICK(r, last_names);
    unsigned u = below(r, 10000);
    char buf[128];
    if (u < 100)
        g_snprintf(buf, sizeof buf, "%s, %s", l, f);            /* quoted: a comma */
    else if (u < 120)
        g_snprintf(buf, sizeof buf, "%s \"%s\" %s", f, PICK(r, nicknames), l); /* doubled quotes */
    else if (u < 122)
        g_snprintf(buf, sizeof buf, "%s\n%s", f, l);            /* a line break in a cell */
    else if (u < 125)
        g_snprintf(buf, sizeof buf, "=%s %s", f, l);            /* formula injection */
    else
        g_snprintf(buf, sizeof buf, "%s %s", f, l);
    cell(out, buf);
}

/* The member states in four spellings: alpha-2, alpha-3, English, French. */
static const char *const members[][4] = {
    {"BE", "BEL", "Belgium", "Belgique"}, {"FR", "FRA", "France", "France"},
    {"DE", "DEU", "Germany", "Allemagne"}, {"IT", "ITA", "Italy", "Italie"},
    {"NL", "NLD", "Netherlands", "Pays-Bas"}, {"PL", "POL", "Poland", "Pologne"},
    {"ES", "ESP", "Spain", "Espagne"}, {"GB", "GBR", "United Kingdom", "Royaume-Uni"},
    {"US", "USA", "United States", "États-Unis"}, {"CA", "CAN", "Canada", "Canada"},
    {"NO", "NOR", "Norway", "Norvège"}, {"DK", "DNK", "Denmark", "Danemark"},
    {"PT", "PRT", "Portugal", "Portugal"}, {"GR", "GRC", "Greece", "Grèce"},
    {"TR", "TUR", "Türkiye", "Türkiye"}, {"RO", "ROU", "Romania", "Roumanie"},
    {"BG", "BGR", "Bulgaria", "Bulgarie"}, {"CZ", "CZE", "Czechia", "Tchéquie"},
    {"HU", "HUN", "Hungary", "Hongrie"}, {"SK", "SVK", "Slovakia", "Slovaquie"},
    {"SI", "SVN", "Slovenia", "Slovénie"}, {"HR", "HRV", "Croatia", "Croatie"},
    {"EE", "EST", "Estonia", "Estonie"}, {"LV", "LVA", "Latvia", "Lettonie"},
    {"LT", "LTU", "Lithuania", "Lituanie"}, {"LU", "LUX", "Luxembourg", "Luxembourg"},
    {"IS", "ISL", "Iceland", "Islande"}, {"AL", "ALB", "Albania", "Albanie"},
    {"ME", "MNE", "Montenegro", "Monténégro"}, {"MK", "MKD", "North Macedonia", "Macédoine du Nord"},
    {"FI", "FIN", "Finland", "Finlande"}, {"SE", "SWE", "Sweden", "Suède"},
};
static const char *const non_members[][4] = {
    {"UA", "UKR", "Ukraine", "Ukraine"}, {"IE", "IRL", "Ireland", "Irlande"},
    {"CH", "CHE", "Switzerland", "Suisse"}, {"AT", "AUT", "Austria", "Autriche"},
    {"JP", "JPN", "Japan", "Japon"}, {"RS", "SRB", "Serbia", "Serbie"},
    {"GE", "GEO", "Georgia", "Géorgie"}, {"MD", "MDA", "Moldova", "Moldavie"},
    {"BA", "BIH", "Bosnia and Herzegovina", "Bosnie-Herzégovine"}, {"BR", "BRA", "Brazil", "Brésil"},
};
static const char *const everyday[] = {"UK", "USA", "Turkey", "Czech Republic", "Holland",
                                       "SUEDE", "suède", "Great Britain"};
static const char *const typos[] = {"Germny", "Frnace", "Itlay", "Polnad", "Span"};

static const char *country_form(rng *r, const char *const c[4])
{
    static const unsigned short w[] = {45, 20, 20, 15};
    return c[weighted(r, w, 4)];
}

static void gen_nationality(rng *r, GString *out)
{
    static const unsigned short w[] = {860, 40, 70, 50, 27, 3};
    char buf[96];
    switch (weighted(r, w, G_N_ELEMENTS(w))) {
    case 0: cell(out, country_form(r, members[below(r, G_N_ELEMENTS(members))])); break;
    case 1: cell(out, PICK(r, everyday)); break;
    case 2: cell(out, country_form(r, non_members[below(r, G_N_ELEMENTS(non_members))])); break;
    case 3: /* dual nationals: member + other, non-member + member, or two non-members */
        g_snprintf(buf, sizeof buf, "%s%s%s",
                   country_form(r, (below(r, 3) ? members[below(r, G_N_ELEMENTS(members))]
                                                : non_members[below(r, G_N_ELEMENTS(non_members))])),
                   below(r, 2) ? ";" : "/",
                   country_form(r, (below(r, 2) ? members[below(r, G_N_ELEMENTS(members))]
                                                : non_members[below(r, G_N_ELEMENTS(non_members))])));
        cell(out, buf);
        break;
    case 4: break; /* empty */
    default: cell(out, PICK(r, typos)); break;
    }
}

static void gen_education(rng *r, GString *out)
{
    static const char *const forms[] = {
        "bachelor", "Bachelor's degree", "BA", "BSc", "licence", "university degree",
        "master", "Master's degree", "MSc", "MA", "MBA", "maîtrise",
        "PhD", "doctorat", "doctorate", "secondary", "higher secondary", "high school",
        "baccalauréat", "post-secondary", "associate degree", "BTS", "none", "", "Bachelr",
    };
    static const unsigned short w[] = {
        100, 50, 50, 50, 30, 20, 120, 60, 60, 40, 30, 10,
        30, 10, 20, 40, 30, 30, 10, 30, 20, 10, 10, 40, 2,
    };
    cell(out, forms[weighted(r, w, G_N_ELEMENTS(w))]);
}

static void gen_yesno(rng *r, GString *out, unsigned yes_permille, unsigned no_permille)
{
    static const char *const yes[] = {"yes", "yes", "yes", "y", "oui", "true", "1"};
    static const char *const no[] = {"no", "no", "no", "n", "non", "false", "0"};
    unsigned u = below(r, 1000);
    if (u < yes_permille)
        g_string_append(out, PICK(r, yes));
    else if (u < yes_permille + no_permille)
        g_string_append(out, PICK(r, no));
    else if (u < yes_permille + no_permille + 1)
        g_string_append(out, "maybe"); /* invalid */
}

/* Milli-years as a cell: "6", "6.5", "2,5" (quoted), "4.99", "2.999". */
static void years_text(rng *r, gint32 milli, char *buf, size_t cap)
{
    int whole = milli / 1000, frac = milli % 1000;
    char sep = below(r, 10) == 0 ? ',' : '.';
    if (frac == 0)
        g_snprintf(buf, cap, "%d", whole);
    else if (frac % 100 == 0)
        g_snprintf(buf, cap, "%d%c%d", whole, sep, frac / 100);
    else if (frac % 10 == 0)
        g_snprintf(buf, cap, "%d%c%02d", whole, sep, frac / 10);
    else
        g_snprintf(buf, cap, "%d%c%03d", whole, sep, frac);
}

/* A number of years near the thresholds the posts use, or anywhere below MAX. */
static gint32 draw_years(rng *r, gint32 max_milli)
{
    static const gint32 edges[] = {1990, 2000, 2999, 3000, 3999, 4000, 4990, 5000, 5500};
    unsigned u = below(r, 100);
    gint32 y;
    if (u < 15)
        y = PICK(r, edges);
    else if (u < 35)
        y = (gint32)below(r, 40) * 500; /* half years */
    else
        y = (gint32)below(r, 25) * 1000;
    if (max_milli >= 0 && y > max_milli && below(r, 50) != 0)
        y = max_milli; /* a field above the total is rare */
    return y;
}

static const char *const fields[] = {
    "committee_work", "defence_security", "project_management", "security_technology",
    "security_supervision", "international_environment", "capability_development",
    "public_procurement", "financial_management", "defence_policy", "cyber_security", "logistics",
};

/* experience_years, experience and experience_project_management */
static void gen_experience(rng *r, GString *out)
{
    unsigned u = below(r, 1000);
    gint32 total = -1;
    char buf[64];
    if (u < 30) {
        /* empty */
    } else if (u < 35) {
        g_string_append(out, "none");
        total = 0;
    } else if (u < 37) {
        g_string_append(out, below(r, 2) ? "18 months" : "about 5"); /* the second is invalid */
    } else {
        total = (gint32)below(r, 30) * 1000 + (below(r, 5) == 0 ? (gint32)below(r, 10) * 100 : 0);
        if (below(r, 40) == 0)
            total = PICK(r, ((const gint32[]){1990, 2999, 4990, 4999}));
        years_text(r, total, buf, sizeof buf);
        cell(out, buf);
    }
    g_string_append_c(out, ',');
    gint32 pm = -1;
    u = below(r, 1000);
    if (u < 5) {
        g_string_append(out, "none");
    } else if (u < 6) {
        g_string_append(out, "committee work six"); /* invalid pair */
    } else if (u >= 100) {
        static const unsigned short npairs[] = {40, 40, 20};
        unsigned k = weighted(r, npairs, 3) + 1;
        GString *pairs = g_string_sized_new(96);
        unsigned used = 0;
        for (unsigned i = 0; i < k; i++) {
            unsigned f = below(r, G_N_ELEMENTS(fields));
            if (used & (1u << f))
                continue;
            used |= 1u << f;
            gint32 y = draw_years(r, total);
            years_text(r, y, buf, sizeof buf);
            g_string_append_printf(pairs, "%s%s:%s", pairs->len ? ";" : "", fields[f], buf);
            if (strcmp(fields[f], "project_management") == 0)
                pm = y;
        }
        cell(out, pairs->str);
        g_string_free(pairs, TRUE);
    }
    g_string_append_c(out, ',');
    if ((pm >= 0 && below(r, 5) == 0) || (pm < 0 && below(r, 40) == 0)) {
        years_text(r, pm >= 0 ? pm : draw_years(r, total), buf, sizeof buf);
        cell(out, buf);
    }
}

/* A language level 1..6 in one of the forms the contract accepts. */
static void level_text(rng *r, int level, GString *out)
{
    static const char *const roman[] = {"", "I", "II", "III", "IV", "V", "VI"};
    static const char *const en[] = {"", "Beginner", "Elementary", "Intermediate",
                                     "Upper Intermediate", "Advanced", "Proficiency"};
    static const char *const fr[] = {"", "Débutant", "Élémentaire", "Intermédiaire",
                                     "Intermédiaire supérieur", "Avancé", "Maîtrise"};
    static const char *const cefr[] = {"", "A1", "A2", "B1", "B2", "C1", "C2"};
    static const char *const stanag[] = {"", "0+0+0+0+", "1111", "2222", "2+/2+/2+/2+", "3332", "4444"};
    static const unsigned short w[] = {400, 140, 80, 280, 50, 30, 1};
    switch (weighted(r, w, G_N_ELEMENTS(w))) {
    case 0: g_string_append(out, roman[level]); break;
    case 1: g_string_append(out, en[level]); break;
    case 2: g_string_append(out, fr[level]); break;
    case 3: g_string_append(out, cefr[level]); break;
    case 4: g_string_append(out, level == 6 ? PICK(r, ((const char *const[]){"native", "mother tongue", "langue maternelle"})) : cefr[level]); break;
    case 5: g_string_append(out, stanag[level]); break;
    default: g_string_append(out, level <= 2 ? "beginner" : "fluent"); break; /* "fluent" is invalid */
    }
}

static int draw_level(rng *r, gboolean strong)
{
    static const unsigned short strong_w[] = {0, 2, 4, 10, 20, 38, 26};
    static const unsigned short weak_w[] = {0, 20, 26, 24, 15, 10, 5};
    int l = (int)weighted(r, strong ? strong_w : weak_w, 7);
    return l ? l : 1;
}

/* english, french and languages */
static void gen_languages(rng *r, GString *out)
{
    gboolean franco = below(r, 10) < 3;
    int en = draw_level(r, !franco), fr = draw_level(r, franco);
    gboolean en_in_list = below(r, 100) < 3, fr_in_list = below(r, 100) < 2;
    if (below(r, 100) >= 5 && !en_in_list)
        level_text(r, en, out);
    g_string_append_c(out, ',');
    if (below(r, 100) >= 5 && !fr_in_list)
        level_text(r, fr, out);
    g_string_append_c(out, ',');
    static const char *const others[] = {"uk", "de", "pl", "es", "it", "nl", "ru", "tr", "ro", "no"};
    GString *l = g_string_sized_new(48);
    if (en_in_list) {
        g_string_append(l, "en:");
        level_text(r, en, l);
    }
    if (fr_in_list) {
        g_string_append(l, l->len ? ";fr:" : "fr:");
        level_text(r, fr, l);
    }
    if (below(r, 100) < 45) {
        unsigned k = 1 + (below(r, 3) == 0);
        /* two languages are two: the second is drawn from the nine others,
         * with as many draws as before, so the rest of the file is unchanged */
        unsigned first = 0;
        for (unsigned i = 0; i < k; i++) {
            const unsigned n = G_N_ELEMENTS(others);
            const unsigned pick = i == 0 ? (first = below(r, n)) : (first + 1 + below(r, n - 1)) % n;
            g_string_append_printf(l, "%s%s:", l->len ? ";" : "", others[pick]);
            level_text(r, draw_level(r, below(r, 2)), l);
        }
    }
    if (below(r, 1000) == 0)
        g_string_append(l, l->len ? ";german" : "german"); /* invalid pair */
    cell(out, l->str);
    g_string_free(l, TRUE);
}

static void gen_clearance(rng *r, GString *out)
{
    static const char *const forms[] = {"", "none", "NR", "NC", "NS", "NATO SECRET", "CTS",
                                        "Cosmic Top Secret", "pending"};
    static const unsigned short w[] = {350, 150, 50, 80, 180, 70, 35, 15, 2};
    cell(out, forms[weighted(r, w, G_N_ELEMENTS(w))]);
}

static void gen_skills(rng *r, GString *out)
{
    static const char *const tags[] = {
        "ms_office", "MS Office", "Excel", "sharepoint", "PMP", "PRINCE2",
        "project_management_certification", "Scrum", "agile", "design thinking",
        "military training", "first aid", "driving licence", "python", "Power BI", "CISSP",
        "ITIL", "lean", "firearms qualification",
    };
    unsigned u = below(r, 100);
    if (u < 25)
        return;
    if (u < 28) {
        g_string_append(out, "none");
        return;
    }
    unsigned k = 1 + below(r, 3);
    GString *s = g_string_sized_new(64);
    for (unsigned i = 0; i < k; i++)
        g_string_append_printf(s, "%s%s", i ? ";" : "", PICK(r, tags));
    cell(out, s->str);
    g_string_free(s, TRUE);
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void civil(gint64 z, int *y, int *m, int *d)
{
    z += 719468;
    gint64 era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    gint64 yy = (gint64)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

static gint64 days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    gint64 era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (unsigned)(m > 2 ? m - 3 : m + 9) + 2) / 5 + (unsigned)d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (gint64)doe - 719468;
}

/* The seed posts' deadlines: applications cluster in the weeks before them. */
static const int deadlines[][3] = {
    {2024, 11, 10}, {2025, 3, 19}, {2025, 5, 13}, {2026, 1, 13}, {2026, 2, 23},
};

static void gen_applied_on(rng *r, GString *out)
{
    static const char *const en_mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *const fr_mon[] = {"janv", "fev", "mars", "avr", "mai", "juin",
                                         "juil", "aout", "sept", "oct", "nov", "dec"};
    static const char *const fr_full[] = {"janvier", "février", "mars", "avril", "mai", "juin",
                                          "juillet", "août", "septembre", "octobre", "novembre",
                                          "décembre"};
    unsigned u = below(r, 1000);
    if (u < 40)
        return;
    if (u < 41) {
        g_string_append(out, "yesterday"); /* invalid */
        return;
    }
    const int *dl = deadlines[below(r, G_N_ELEMENTS(deadlines))];
    gint64 day = days_from_civil(dl[0], dl[1], dl[2]) - (gint64)below(r, 90);
    if (below(r, 20) == 0)
        day += 1 + below(r, 5); /* late */
    int y, m, d;
    civil(day, &y, &m, &d);
    static const unsigned short w[] = {650, 150, 80, 40, 30, 5};
    char buf[48];
    switch (weighted(r, w, G_N_ELEMENTS(w))) {
    case 0: g_snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d); break;
    case 1: g_snprintf(buf, sizeof buf, "%02d-%s-%04d", d, en_mon[m - 1], y); break;
    case 2: g_snprintf(buf, sizeof buf, "%02d-%s-%04d", d, fr_mon[m - 1], y); break;
    case 3: g_snprintf(buf, sizeof buf, "%d %s %04d", d, fr_full[m - 1], y); break;
    case 4: g_snprintf(buf, sizeof buf, "%02d-%s.-%04d", d, fr_mon[m - 1], y); break;
    default: g_snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, m, y); break; /* ambiguous */
    }
    cell(out, buf);
}

void elg_generate_rows(GString *out, guint64 seed, guint64 first, guint64 n)
{
    char buf[32];
    for (guint64 row = first; row < first + n; row++) {
        rng r = {seed * 0xD1B54A32D192ED03ull ^ (row + 1) * 0x9E3779B97F4A7C15ull};
        next64(&r);
        gsize start = out->len;
        unsigned u = below(&r, 10000);
        if (u < 2)
            ; /* an empty id */
        else if (u < 7 && row > 0) { /* a duplicate of a recent id */
            g_snprintf(buf, sizeof buf, "C%07" G_GUINT64_FORMAT, row - below(&r, MIN(row, 5000)));
            g_string_append(out, buf);
        } else {
            g_snprintf(buf, sizeof buf, "C%07" G_GUINT64_FORMAT, row + 1);
            g_string_append(out, buf);
        }
        g_string_append_c(out, ',');
        gen_name(&r, out);
        g_string_append_c(out, ',');
        gen_nationality(&r, out);
        g_string_append_c(out, ',');
        gen_education(&r, out);
        g_string_append_c(out, ',');
        gen_yesno(&r, out, 60, 80);
        g_string_append_c(out, ',');
        gen_yesno(&r, out, 30, 70);
        g_string_append_c(out, ',');
        gen_experience(&r, out);
        g_string_append_c(out, ',');
        gen_languages(&r, out);
        g_string_append_c(out, ',');
        gen_clearance(&r, out);
        g_string_append_c(out, ',');
        gen_skills(&r, out);
        g_string_append_c(out, ',');
        gen_applied_on(&r, out);
        g_string_append_c(out, ',');
        gen_yesno(&r, out, 450, 150);
        u = below(&r, 10000);
        if (u < 2) {
            /* a short row: cut after the fifth cell */
            gsize i = start;
            for (int commas = 0; i < out->len; i++) {
                if (out->str[i] == '"') { /* skip a quoted cell */
                    for (i++; i < out->len && !(out->str[i] == '"' && (i + 1 >= out->len || out->str[i + 1] != '"')); i++)
                        if (out->str[i] == '"')
                            i++;
                    continue;
                }
                if (out->str[i] == ',' && ++commas == 5)
                    break;
            }
            g_string_truncate(out, i);
        } else if (u < 3) {
            g_string_append(out, ",extra"); /* a long row */
        }
        g_string_append_c(out, '\n');
    }
}

gboolean elg_generate_file(const char *path, guint64 seed, guint64 rows, GError **err)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot write: %s", path,
                    g_strerror(errno));
        return FALSE;
    }
    GString *buf = g_string_sized_new(1 << 21);
    elg_generate_header_append(buf);
    gboolean ok = TRUE;
    for (guint64 row = 0; row < rows && ok; row += 8192) {
        elg_generate_rows(buf, seed, row, MIN(8192, rows - row));
        ok = fwrite(buf->str, 1, buf->len, f) == buf->len;
        g_string_truncate(buf, 0);
    }
    g_string_free(buf, TRUE);
    if (fclose(f) != 0)
        ok = FALSE;
    if (!ok)
        g_set_error(err, ELG_ERR_DOMAIN, ELG_ERR_IO, "%s: error: cannot write: %s", path,
                    g_strerror(errno));
    return ok;
}

/* --- posts --------------------------------------------------------------- */

static void set_string(cJSON *o, const char *name, const char *value)
{
    cJSON_DeleteItemFromObjectCaseSensitive(o, name);
    cJSON_AddStringToObject(o, name, value);
}

static void set_number(cJSON *o, const char *name, double value)
{
    cJSON_DeleteItemFromObjectCaseSensitive(o, name);
    cJSON_AddNumberToObject(o, name, value);
}

/* FIRST, and N - 1 fields after it in the list (without drawing: the
 * posts of a seed stay the ones they were), as "field" or "fields"; and
 * "or_related" where RELATED. */
static void set_fields(cJSON *o, const char *first, unsigned n, gboolean related)
{
    cJSON_DeleteItemFromObjectCaseSensitive(o, "field");
    if (related && !cJSON_GetObjectItemCaseSensitive(o, "or_related")) /* a seed's may have it */
        cJSON_AddBoolToObject(o, "or_related", TRUE);
    if (n == 1) {
        cJSON_AddStringToObject(o, "field", first);
        return;
    }
    guint at = 0;
    while (strcmp(fields[at], first) != 0)
        at++;
    const char *names[3];
    for (unsigned k = 0; k < n && k < G_N_ELEMENTS(names); k++)
        names[k] = fields[(at + k) % G_N_ELEMENTS(fields)];
    cJSON_AddItemToObject(o, "fields", cJSON_CreateStringArray(names, (int)MIN(n, G_N_ELEMENTS(names))));
}

static void set_bool(cJSON *o, const char *name, gboolean value)
{
    cJSON_DeleteItemFromObjectCaseSensitive(o, name);
    cJSON_AddBoolToObject(o, name, value);
}

/* A variant of a seed: other years, fields, levels, deadline and desirables,
 * so that many posts exercise every evaluator with different thresholds. */
static void vary(cJSON *post, rng *r, unsigned index)
{
    static const char *const roman[] = {"I", "II", "III", "IV", "V", "VI"};
    static const char *const edu[] = {"secondary", "post_secondary", "bachelor", "bachelor", "master"};
    static const char *const skill_tags[] = {"ms_office", "project_management_certification", "agile",
                                             "design_thinking", "first_aid", "sharepoint",
                                             "military_police_training", "data_visualisation"};
    const cJSON *idj = cJSON_GetObjectItemCaseSensitive(post, "id");
    char buf[64];
    g_snprintf(buf, sizeof buf, "%s-%03u", cJSON_IsString(idj) ? idj->valuestring : "post", index);
    set_string(post, "id", buf);
    cJSON_DeleteItemFromObjectCaseSensitive(post, "source");
    const cJSON *dj = cJSON_GetObjectItemCaseSensitive(post, "deadline");
    int y, m, d;
    if (cJSON_IsString(dj) && sscanf(dj->valuestring, "%d-%d-%d", &y, &m, &d) == 3) {
        civil(days_from_civil(y, m, d) + (gint64)below(r, 61) - 30, &y, &m, &d);
        g_snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        set_string(post, "deadline", buf);
    }
    cJSON *ess = cJSON_GetObjectItemCaseSensitive(post, "essential"), *c;
    cJSON_ArrayForEach(c, ess) {
        const cJSON *kind = cJSON_GetObjectItemCaseSensitive(c, "kind");
        const char *k = cJSON_IsString(kind) ? kind->valuestring : "";
        if (strcmp(k, "experience") == 0) {
            set_number(c, "years", 1 + below(r, 8) + (below(r, 4) == 0 ? 0.5 : 0));
            if (below(r, 2))
                set_fields(c, fields[below(r, 9)], index % 4 == 1 ? 2 : index % 8 == 3 ? 3 : 1, index % 9 == 0);
        } else if (strcmp(k, "education") == 0) {
            set_string(c, "level", PICK(r, edu));
            set_bool(c, "equivalent", below(r, 3) != 0);
            set_bool(c, "staff_college", below(r, 4) == 0);
        } else if (strcmp(k, "languages") == 0) {
            int one = 3 + (int)below(r, 4), other = 1 + (int)below(r, (unsigned)one);
            set_string(c, "one", roman[one - 1]);
            set_string(c, "other", roman[other - 1]);
        }
    }
    if (below(r, 5) == 0) {
        cJSON *cl = cJSON_CreateObject();
        cJSON_AddStringToObject(cl, "id", "clearance_held");
        cJSON_AddStringToObject(cl, "kind", "clearance");
        cJSON_AddStringToObject(cl, "level", below(r, 2) ? "NS" : "NC");
        cJSON_AddItemToArray(ess, cl);
    }
    cJSON *des = cJSON_GetObjectItemCaseSensitive(post, "desirable");
    if (!des)
        des = cJSON_AddArrayToObject(post, "desirable");
    cJSON_ArrayForEach(c, des)
        if (below(r, 3) == 0)
            set_number(c, "weight", 1 + below(r, 3));
    unsigned extra = below(r, 4);
    for (unsigned i = 0; i < extra; i++) {
        cJSON *x = cJSON_CreateObject();
        g_snprintf(buf, sizeof buf, "generated_%u", i);
        cJSON_AddStringToObject(x, "id", buf);
        switch (below(r, 3)) {
        case 0: {
            cJSON_AddStringToObject(x, "kind", "skill");
            const char *tags[2] = {PICK(r, skill_tags), PICK(r, skill_tags)};
            cJSON_AddItemToObject(x, "tags", cJSON_CreateStringArray(tags, tags[0] == tags[1] ? 1 : 2));
            break;
        }
        case 1:
            cJSON_AddStringToObject(x, "kind", "experience");
            set_fields(x, PICK(r, fields), index % 3 == 2 ? 3 : 1, FALSE);
            cJSON_AddNumberToObject(x, "years", 1 + below(r, 5));
            break;
        default:
            cJSON_AddStringToObject(x, "kind", "language");
            cJSON_AddStringToObject(x, "language", PICK(r, ((const char *const[]){"uk", "de", "pl", "es"})));
            cJSON_AddStringToObject(x, "level", roman[1 + below(r, 4)]);
            break;
        }
        cJSON_AddItemToArray(des, x);
    }
}

char *elg_generate_post_text(const char *const seeds[5], unsigned index, guint64 seed)
{
    cJSON *post = cJSON_Parse(seeds[index % 5]);
    if (!post)
        return NULL;
    if (index >= 5) {
        rng r = {seed * 0x2545F4914F6CDD1Dull ^ (guint64)(index + 1) * 0x9E3779B97F4A7C15ull};
        next64(&r);
        vary(post, &r, index);
    }
    char *json = cJSON_Print(post);
    cJSON_Delete(post);
    char *text = g_strdup(json);
    cJSON_free(json);
    return text;
}

gboolean elg_generate_posts(const elg_reference *ref, const char *dir, unsigned n,
                            guint64 seed, GPtrArray *posts, elg_diags *diags)
{
    static const char *const ids[5] = {"241490", "250303", "250717", "251816", "260036"};
    gchar *data = dir ? g_strdup(dir) : elg_data_dir();
    char *seeds[5] = {0};
    gboolean ok = TRUE;
    for (int i = 0; i < 5 && ok; i++) {
        gchar *file = g_strdup_printf("%s.json", ids[i]);
        gchar *path = g_build_filename(data, "posts", file, NULL);
        if (!g_file_get_contents(path, &seeds[i], NULL, NULL)) {
            elg_diags_add(diags, ELG_ERROR, path, 0, 0, NULL, NULL, NULL, "cannot read the seed post");
            ok = FALSE;
        }
        g_free(file);
        g_free(path);
    }
    for (unsigned i = 0; i < n && ok; i++) {
        char *text = elg_generate_post_text((const char *const *)seeds, i, seed);
        gchar *name = g_strdup_printf("generated-post-%u.json", i);
        elg_post *post = text ? elg_post_compile_text(text, strlen(text), name, ref, diags) : NULL;
        if (post)
            g_ptr_array_add(posts, post);
        else
            ok = FALSE;
        g_free(name);
        g_free(text);
    }
    for (int i = 0; i < 5; i++)
        g_free(seeds[i]);
    g_free(data);
    return ok;
}
