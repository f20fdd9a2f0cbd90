/* The notice compiler never crashes, hangs or writes a rule set the rule
 * compiler refuses, whatever the input: empty, binary, not UTF-8, huge, or
 * a seed notice mangled at random. */
#include "test_notice_helpers.h"
#include "compile.h"

/* Every rule set written compiles without errors; returns how many criteria. */
static int check(const char *text, size_t len)
{
    tn_out o = tn_compile_as(text, len, "robust.txt");
    int n = 0;
    if (o.rules) {
        elg_diags *d = elg_diags_new();
        elg_post *p = elg_post_compile_json(o.rules, "robust.json", t_ref(), d);
        if (elg_diags_errors(d)) {
            elg_diags_print(d, stderr);
            char *json = cJSON_Print(o.rules);
            fprintf(stderr, "%s\n", json);
            cJSON_free(json);
        }
        assert_int_equal(elg_diags_errors(d), 0);
        assert_non_null(p);
        elg_post_free(p);
        elg_diags_free(d);
        n = cJSON_GetArraySize(tn_list(&o, "essential")) + cJSON_GetArraySize(tn_list(&o, "desirable"));
    }
    /* every diagnostic is a warning with a line, and prints without control characters */
    for (unsigned i = 0; i < elg_diags_count(o.diags); i++) {
        const elg_diag *g = elg_diags_get(o.diags, i);
        assert_int_equal(g->severity, ELG_WARNING);
        assert_true(g->line >= 1);
    }
    for (const char *p = o.warnings; *p; p++)
        assert_true((unsigned char)*p >= 0x20 || *p == '\n');
    tn_free(&o);
    return n;
}

static void test_empty(void **state)
{
    (void)state;
    elg_diags *d = elg_diags_new();
    assert_null(elg_notice_compile(NULL, 0, NULL, t_ref(), ELG_DATES_STRICT, d));
    assert_null(elg_notice_compile("", 0, "empty.txt", t_ref(), ELG_DATES_STRICT, d));
    assert_null(elg_notice_compile("\n\n  \n", 5, "blank.txt", t_ref(), ELG_DATES_STRICT, d));
    assert_int_equal(elg_diags_count(d), 3);
    assert_non_null(strstr(elg_diags_get(d, 1)->message, "does not look like a vacancy notice"));
    elg_diags_free(d);
}

static void test_binary_and_encodings(void **state)
{
    (void)state;
    /* NUL bytes inside a notice */
    const char with_nul[] = "Officer - 123456\n\0ESSENTIAL\n- have at least 5\0 years of experience in audit;\n";
    assert_true(check(with_nul, sizeof with_nul - 1) >= 1);
    /* Windows-1252: read as such, with a warning */
    const char *cp = "Officer - 123456\nNATO Body: NATO\nDate de retrait : 23-f\xE9v-2026\n\n"
                     "ACQUIS ESSENTIELS\n- avoir au moins cinq ans d'exp\xE9rience en logistique ;\n";
    tn_out o = tn_compile(cp);
    assert_str(tn_str(o.rules, "deadline"), "2026-02-23");
    assert_int_equal(tn_warned(&o, "the notice is not UTF-8; it is read as Windows-1252"), 1);
    tn_free(&o);
    /* a UTF-8 BOM and CRLF line ends */
    o = tn_compile("\xEF\xBB\xBFOfficer - 123456\r\nNATO Body: NATO\r\n\r\nESSENTIAL\r\n- have at least 5 years of experience in audit;\r\n");
    assert_true(tn_num(tn_crit(&o, "essential", "experience_audit"), "years") == 5);
    tn_free(&o);
    /* pseudo-random bytes */
    guint32 x = 12345;
    char buf[4096];
    for (int round = 0; round < 50; round++) {
        for (size_t i = 0; i < sizeof buf; i++) {
            x = x * 1103515245u + 12345u;
            buf[i] = (char)(x >> 16);
        }
        check(buf, sizeof buf);
    }
}

/* TEXT (UTF-8) as UTF-16 with its byte order mark (BIG: big endian). */
static GString *utf16(const char *text, gboolean big)
{
    GString *out = g_string_new(big ? "\xFE\xFF" : "\xFF\xFE");
    glong n = 0;
    gunichar2 *units = g_utf8_to_utf16(text, -1, NULL, &n, NULL);
    for (glong i = 0; i < n; i++) {
        g_string_append_c(out, (char)(big ? units[i] >> 8 : units[i] & 0xFF));
        g_string_append_c(out, (char)(big ? units[i] & 0xFF : units[i] >> 8));
    }
    g_free(units);
    return out;
}

/* A notice saved as UTF-16 (Notepad's "Unicode") reads as its UTF-8 text
 * does, without a warning; it was read as Windows-1252 (no post). */
static void test_utf16(void **state)
{
    (void)state;
    const char *text = "Officer - 123456\nNATO Body: NATO\nDate de retrait : 23-f\u00e9v-2026\n\n"
                       "ESSENTIAL\n- have at least 5 years of experience in audit;\n"
                       "- be a national of a NATO member state \U0001F600;\n";
    tn_out want = tn_compile(text);
    assert_non_null(want.rules);
    char *json = cJSON_PrintUnformatted(want.rules);
    for (int big = 0; big < 2; big++) {
        GString *b = utf16(text, big);
        tn_out o = tn_compile_as(b->str, b->len, "t.txt");
        char *got = cJSON_PrintUnformatted(o.rules);
        assert_string_equal(got, json);
        assert_string_equal(o.warnings, want.warnings);
        assert_int_equal(tn_warned(&o, "Windows-1252"), 0);
        cJSON_free(got);
        tn_free(&o);
        /* cut short: an odd last byte, a surrogate without its pair, U+0000 */
        g_string_truncate(b, b->len - 1);
        check(b->str, b->len);
        g_string_append_len(b, big ? "\xD8\x00\x00\x00\x00\x41" : "\x00\xD8\x00\x00\x41\x00", 6);
        check(b->str, b->len);
        g_string_free(b, TRUE);
    }
    cJSON_free(json);
    tn_free(&want);
}

/* Markup and markers with nothing around them. */
static void test_debris(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "ESSENTIAL\n-\n- \n•\n1.\n<li></li><li>\n&#0;&#x110000;&bogus;&amp\n[[[](\n<\n<<a>\n**\n#\n|---|\n",
        "ESSENTIAL\nV I II III IV VI in one in the other\n- V (\"\n- (\n- \"\n- out of which\n- dont 5\n",
        "DESIRABLE\n- higher level of the second official language\n- knowledge of\n- Ukrainian\n",
        "Officer -\n\n-\n123456\nGrade G\nGrade G99999\nApplication Deadline: 99-Foo-99999\nClearance Level\n",
        ("ESSENTIAL\n- have at least 99999999999999999999 years of experience in audit;\n"
         "- have 0 years of experience;\n- have 1.2.3 years of experience;\n- have 101 years of experience;\n"),
        "ESSENTIAL\n- have at least five years of experience in, of which, out of which 3 in, dont au moins;\n",
        "ACQUIS ESSENTIELS\n- avoir le niveau VI dans l'une et VI dans l'autre et V dans les deux, en anglais V et en français;\n",
        "ESSENTIAL\n- English: V; French: III; English: II\n- SLP 5+5+5+5+ STANAG\n- STANAG 0000\n",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
        check(texts[i], strlen(texts[i]));
}

/* Huge lines and lists are cut, with a warning, and stay quick. */
static void test_limits(void **state)
{
    (void)state;
    GString *s = g_string_new("Officer - 123456\nNATO Body: NATO\n\nESSENTIAL\n\n- have ");
    for (int i = 0; i < 100000; i++)
        g_string_append(s, "very ");
    g_string_append(s, "strong skills;\n");
    tn_out o = tn_compile(s->str);
    assert_int_equal(tn_warned(&o, "this list item is longer than 4000 bytes; the rest is ignored"), 1);
    tn_free(&o);
    g_string_assign(s, "Officer - 123456\nNATO Body: NATO\n\nESSENTIAL\n\n");
    for (int i = 0; i < 300; i++)
        g_string_append_printf(s, "- have at least %d years of experience in audit;\n", i % 20 + 1);
    o = tn_compile(s->str);
    assert_int_equal(tn_warned(&o, "more than 100 items in this list; the rest are ignored"), 1);
    assert_int_equal(cJSON_GetArraySize(tn_list(&o, "essential")), 101);
    check(s->str, s->len);
    tn_free(&o);
    /* one line of a megabyte, no newline at all */
    g_string_truncate(s, 0);
    for (int i = 0; i < 100000; i++)
        g_string_append(s, "ESSENTIAL ");
    check(s->str, s->len);
    g_string_free(s, TRUE);
}

/* The seed notices mangled: ranges deleted, repeated, bytes changed. */
static void test_mutations(void **state)
{
    (void)state;
    static const char *const seeds[] = {"241490", "250303", "250717", "251816", "260036"};
    guint32 x = 4242;
#define RND(n) (x = x * 1103515245u + 12345u, (size_t)((x >> 8) % (guint32)(n)))
    for (size_t s = 0; s < G_N_ELEMENTS(seeds); s++) {
        char *rel = g_strdup_printf("fixtures/notices/%s.txt", seeds[s]);
        char *text = t_read(rel);
        size_t len = strlen(text);
        for (int round = 0; round < 16; round++) {
            GString *m = g_string_new_len(text, (gssize)len);
            for (int k = 0; k < 8; k++) {
                size_t at = RND(m->len), n = RND(400) + 1;
                if (at + n > m->len)
                    n = m->len - at;
                switch (RND(4)) {
                case 0:
                    g_string_erase(m, (gssize)at, (gssize)n);
                    break;
                case 1: {
                    char *copy = g_strndup(m->str + at, n);
                    g_string_insert_len(m, (gssize)RND(m->len), copy, (gssize)n);
                    g_free(copy);
                    break;
                }
                case 2:
                    for (size_t i = 0; i < 8 && at + i < m->len; i++)
                        m->str[at + i] = (char)RND(256);
                    break;
                default:
                    g_string_truncate(m, at);
                    break;
                }
                if (m->len == 0)
                    break;
            }
            check(m->str, m->len);
            g_string_free(m, TRUE);
        }
        g_free(text);
        g_free(rel);
    }
#undef RND
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_binary_and_encodings),
        cmocka_unit_test(test_utf16),
        cmocka_unit_test(test_debris),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_mutations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
