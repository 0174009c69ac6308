/* Unit tests of the domain's shared rules: UTF-8 and text checks, ids and resource names,
 * country and region codes, page tokens, etags, update masks, eppn patterns and the rows
 * of direct award bundles. */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "country.h"
#include "direct_award.h"
#include "eppn_pattern.h"
#include "etag.h"
#include "field_mask.h"
#include "harness.h"
#include "ids.h"
#include "institution.h"
#include "paging.h"
#include "text.h"
#include "utf8.h"

static arena *mem;

/* eb_error keeps a pointer into itself: initialise it where it lives */
#define FRESH_ERROR(e) \
    eb_error e;        \
    eb_error_init(&e, mem)

static void test_utf8(void)
{
    CU_ASSERT_TRUE(utf8_valid("Groningen", 9));
    const char *mixed = "Fran\xc3\xa7" "ais \xe2\x82\xac \xf0\x9f\x8e\x93";
    CU_ASSERT_TRUE(utf8_valid(mixed, strlen(mixed)));
    CU_ASSERT_FALSE(utf8_valid("\xc0\xaf", 2));             /* overlong '/' */
    CU_ASSERT_FALSE(utf8_valid("\xe0\x80\xaf", 3));         /* overlong */
    CU_ASSERT_FALSE(utf8_valid("\xed\xa0\x80", 3));         /* surrogate */
    CU_ASSERT_FALSE(utf8_valid("\xf4\x90\x80\x80", 4));     /* above U+10FFFF */
    CU_ASSERT_FALSE(utf8_valid("\xe2\x82", 2));             /* truncated */
    CU_ASSERT_FALSE(utf8_valid("\x80", 1));                 /* lone continuation */
    CU_ASSERT_EQUAL(utf8_length("\xc3\xa9t\xc3\xa9"), 3);
}

static void test_text_checks(void)
{
    static const struct {
        const char *text;
        size_t max;
        text_kind kind;
        bool bad;
    } cases[] = {
        {"line\nbreak", 100, TEXT_SINGLE_LINE, true},
        {"line\nbreak\ttab", 100, TEXT_MULTILINE, false},
        {"\xc3\xa9\xc3\xa9\xc3\xa9", 2, TEXT_SINGLE_LINE, true},
        {"\xc3\xa9\xc3\xa9", 2, TEXT_SINGLE_LINE, false},
        {"del\x7f", 10, TEXT_MULTILINE, true},
        {"c1 \xc2\x85 next line", 100, TEXT_SINGLE_LINE, true},
        {"c1 \xc2\x9f", 100, TEXT_MULTILINE, true},
        {"\xc2\xa0 and \xc2\xbf and \xc3\x85", 100, TEXT_SINGLE_LINE, false},
    };
    FRESH_ERROR(e);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char field[16];
        snprintf(field, sizeof field, "case %zu", i);
        check_text(&e, field, cases[i].text, cases[i].max, cases[i].kind);
        CU_ASSERT_EQUAL(eb_has_violation(&e, field), cases[i].bad);
    }
    check_required_text(&e, "blank", "   ", 10, TEXT_SINGLE_LINE);
    CU_ASSERT_TRUE(eb_has_violation(&e, "blank"));
    CU_ASSERT_EQUAL(eb_finish_validation(&e), EB_INVALID_ARGUMENT);
    CU_ASSERT_STRING_EQUAL(text_trim(mem, " \t a b \n"), "a b");
    CU_ASSERT_STRING_EQUAL(text_ascii_lower(mem, "UvA.NL"), "uva.nl");
}

static void test_ids_and_names(void)
{
    for (int i = 0; i < 100; i++) {
        char *id = eb_new_id(mem);
        CU_ASSERT_EQUAL(strlen(id), EB_ID_LENGTH);
        CU_ASSERT_TRUE(eb_valid_id(id));
    }
    CU_ASSERT_FALSE(eb_valid_id("AAAAAAAAAAAAAAAAAAAAAB")); /* unused low bits set */
    CU_ASSERT_FALSE(eb_valid_id("AAAAAAAAAAAAAAAAAAAA+A"));
    FRESH_ERROR(e);
    CU_ASSERT_STRING_EQUAL(eb_parse_resource_name(&e, "name", "institutions/AAAAAAAAAAAAAAAAAAAAAA",
                                                  "institutions"), "AAAAAAAAAAAAAAAAAAAAAA");
    CU_ASSERT_PTR_NULL(eb_parse_resource_name(&e, "name", "issuers/AAAAAAAAAAAAAAAAAAAAAA", "institutions"));
    CU_ASSERT_PTR_NULL(eb_parse_resource_name(&e, "other", "", "institutions"));
    CU_ASSERT_EQUAL(e.n_violations, 2);
}

static void test_countries_and_regions(void)
{
    CU_ASSERT_TRUE(country_code_valid("NL"));
    CU_ASSERT_TRUE(country_code_valid("BE"));
    CU_ASSERT_TRUE(country_code_valid("ZW"));
    CU_ASSERT_FALSE(country_code_valid("XX"));
    CU_ASSERT_FALSE(country_code_valid("EU"));
    CU_ASSERT_FALSE(country_code_valid("nl"));
    CU_ASSERT_FALSE(country_code_valid("NLD"));
    CU_ASSERT_TRUE(region_code_valid("NL", "NL-UT"));
    CU_ASSERT_TRUE(region_code_valid("NL", "NL-BQ1"));
    CU_ASSERT_FALSE(region_code_valid("NL", "NL-XX"));
    CU_ASSERT_TRUE(region_code_valid("BE", "BE-VAN"));
    CU_ASSERT_FALSE(region_code_valid("NL", "BE-VAN"));
    CU_ASSERT_FALSE(region_code_valid("DE", "DE-"));
    CU_ASSERT_FALSE(region_code_valid("DE", "DE-BAYERN"));
}

static void test_page_tokens(void)
{
    FRESH_ERROR(e);
    char *t = page_token_encode(mem, "institutions", "sector=0", "uva.nl");
    CU_ASSERT_STRING_EQUAL(page_token_decode(&e, "page_token", t, "institutions", "sector=0"), "uva.nl");
    CU_ASSERT_STRING_EQUAL(page_token_decode(&e, "page_token", "", "institutions", "sector=0"), "");
    CU_ASSERT_EQUAL(e.n_violations, 0);
    CU_ASSERT_PTR_NULL(page_token_decode(&e, "page_token", t, "institutions", "sector=2"));
    CU_ASSERT_PTR_NULL(page_token_decode(&e, "page_token", t, "faculties", "sector=0"));
    CU_ASSERT_PTR_NULL(page_token_decode(&e, "page_token", "djEA", "institutions", "sector=0"));
    CU_ASSERT_PTR_NULL(page_token_decode(&e, "page_token", "!!!", "institutions", "sector=0"));
    CU_ASSERT_EQUAL(e.n_violations, 4);
    /* forged keys: invalid UTF-8, control characters, NUL, too long */
    static char long_key[514];
    memset(long_key, 'k', 513);
    const char *forged[] = {"uva\xff.nl", "uva\x01.nl", "uva\x7f", long_key};
    for (size_t i = 0; i < sizeof forged / sizeof *forged; i++) {
        FRESH_ERROR(f);
        t = page_token_encode(mem, "institutions", "sector=0", forged[i]);
        CU_ASSERT_PTR_NULL(page_token_decode(&f, "page_token", t, "institutions", "sector=0"));
        CU_ASSERT_TRUE(f.violations && strstr(f.violations->description, "not a page token"));
    }
    /* "v1\0institutions\0<hash>\0uva\0nl": a NUL inside the key */
    const char *good = page_token_encode(mem, "institutions", "sector=0", "uva_nl");
    unsigned char raw[128];
    size_t n = 0;
    sodium_base642bin(raw, sizeof raw, good, strlen(good), NULL, &n, NULL,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    raw[n - 3] = '\0';
    char nul_token[256];
    sodium_bin2base64(nul_token, sizeof nul_token, raw, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    FRESH_ERROR(g);
    CU_ASSERT_PTR_NULL(page_token_decode(&g, "page_token", nul_token, "institutions", "sector=0"));
    memset(long_key, 'k', 512);
    long_key[512] = '\0';
    t = page_token_encode(mem, "institutions", "sector=0", long_key);
    CU_ASSERT_STRING_EQUAL(page_token_decode(&g, "page_token", t, "institutions", "sector=0"), long_key);
    CU_ASSERT_EQUAL(g.n_violations, 1);
    CU_ASSERT_EQUAL(page_size_resolve(&e, "page_size", 0), EB_PAGE_SIZE_DEFAULT);
    CU_ASSERT_EQUAL(page_size_resolve(&e, "page_size", 1000), 1000);
    CU_ASSERT_EQUAL(page_size_resolve(&e, "page_size", 1001), 0);
}

static void test_etags(void)
{
    FRESH_ERROR(e);
    CU_ASSERT_STRING_EQUAL(etag_of(mem, 12), "v12");
    CU_ASSERT_EQUAL(etag_parse(&e, "etag", "v12"), 12);
    CU_ASSERT_EQUAL(etag_parse(&e, "etag", ""), 0);
    CU_ASSERT_EQUAL(etag_parse(&e, "etag", "12"), -1);
    CU_ASSERT_EQUAL(etag_parse(&e, "etag", "v-1"), -1);
    CU_ASSERT_EQUAL(etag_parse(&e, "etag", "v1x"), -1);
    CU_ASSERT_EQUAL(e.n_violations, 3);
    const char *odd[] = {"v\t5", "v005", "v0", "v+5", "v 5", "v", "V5", "v9223372036854775808"};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++)
        CU_ASSERT_EQUAL(etag_parse(&e, "etag", odd[i]), -1);
    CU_ASSERT_EQUAL(e.n_violations, 3 + (int)(sizeof odd / sizeof *odd));
    CU_ASSERT_EQUAL(etag_parse(&e, "etag", "v9223372036854775807"), INT64_MAX);
}

static void test_field_masks(void)
{
    const char *paths[] = {"display_name", "brin"};
    field_mask m = {paths, 2};
    CU_ASSERT_TRUE(field_mask_covers(&m, "display_name.nl"));
    CU_ASSERT_TRUE(field_mask_covers(&m, "brin"));
    CU_ASSERT_FALSE(field_mask_covers(&m, "brin_code"));
    CU_ASSERT_FALSE(field_mask_covers(&m, "sector"));
    FRESH_ERROR(e);
    field_mask_check(&e, &m, INSTITUTION_UPDATABLE);
    CU_ASSERT_EQUAL(e.n_violations, 0);
    const char *bad[] = {"display_name.fr", "*", "etag"};
    field_mask b = {bad, 3};
    field_mask_check(&e, &b, INSTITUTION_UPDATABLE);
    CU_ASSERT_TRUE(eb_has_violation(&e, "update_mask.paths[0]"));
    CU_ASSERT_FALSE(eb_has_violation(&e, "update_mask.paths[1]"));
    CU_ASSERT_TRUE(eb_has_violation(&e, "update_mask.paths[2]"));
    /* a parent of updatable paths is valid; a path below a plain field is not */
    FRESH_ERROR(e2);
    const char *nested[] = {"display_name", "display_name.nl", "sector.x", "brin.code", "display_", "eppn_pattern"};
    field_mask n = {nested, 6};
    field_mask_check(&e2, &n, INSTITUTION_UPDATABLE);
    CU_ASSERT_FALSE(eb_has_violation(&e2, "update_mask.paths[0]"));
    CU_ASSERT_FALSE(eb_has_violation(&e2, "update_mask.paths[1]"));
    CU_ASSERT_TRUE(eb_has_violation(&e2, "update_mask.paths[2]"));
    CU_ASSERT_TRUE(eb_has_violation(&e2, "update_mask.paths[3]"));
    CU_ASSERT_TRUE(eb_has_violation(&e2, "update_mask.paths[4]"));
    CU_ASSERT_EQUAL(e2.n_violations, 3);
}

static bool matches(const char *pattern, const char *eppn)
{
    eppn_matcher m;
    eppn_matcher_init(&m, pattern);
    bool ok = eppn_matcher_match(&m, eppn);
    eppn_matcher_free(&m);
    return ok;
}

static void test_eppn_patterns(void)
{
    CU_ASSERT_TRUE(matches(".*@(student\\.)?uu\\.nl", "j.jansen@student.uu.nl"));
    CU_ASSERT_TRUE(matches(".*@(student\\.)?uu\\.nl", "J.Jansen@UU.nl"));
    CU_ASSERT_FALSE(matches(".*@(student\\.)?uu\\.nl", "x@uu.nl.evil.org"));
    CU_ASSERT_FALSE(matches(".*@uu\\.nl|.*@hu\\.nl", "x@hu.nl.evil"));
    CU_ASSERT_TRUE(matches("", "anyone@anywhere"));
    const char *uu = "(.*@uu\\.nl|.*@students\\.uu\\.nl)";
    CU_ASSERT_PTR_NULL(eppn_pattern_problem(uu));
    CU_ASSERT_TRUE(matches(uu, "a@students.uu.nl"));
    CU_ASSERT_TRUE(matches(uu, "a@uu.nl"));
    CU_ASSERT_FALSE(matches(uu, "a@uu.nl.evil"));
    CU_ASSERT_PTR_NULL(eppn_pattern_problem(".*@(student\\.)?uu\\.nl"));
    CU_ASSERT_PTR_NULL(eppn_pattern_problem("[]{(][[:alnum:]{]*@x\\{\\(\\.nl"));
    /* refused before regcomp, which would take gigabytes for the first */
    const char *dos = "((a{1000}){1000}){1000}";
    CU_ASSERT_PTR_NOT_NULL(strstr(eppn_pattern_problem(dos), "{m,n}"));
    CU_ASSERT_FALSE(matches(dos, "a"));
    /* would turn ^(...)$ into ^(.*@uu\.nl)|.*)$, which matches any eppn ending in ')' */
    const char *escape = ".*@uu\\.nl)|(.*";
    CU_ASSERT_PTR_NOT_NULL(strstr(eppn_pattern_problem(escape), "parentheses"));
    CU_ASSERT_FALSE(matches(escape, "x@evil.org"));
    CU_ASSERT_PTR_NOT_NULL(eppn_pattern_problem(".*@uu\\.nl)|.*"));
    CU_ASSERT_PTR_NOT_NULL(eppn_pattern_problem("(.*@uu\\.nl"));
    CU_ASSERT_PTR_NOT_NULL(eppn_pattern_problem("[)"));
    CU_ASSERT_PTR_NOT_NULL(eppn_pattern_problem("(a*)\\1"));
    /* a pattern of 512 characters of two bytes each is matched whole, not cut at 520 bytes */
    char wide[2 * 512 + 1] = "";
    for (int i = 0; i < 511; i++)
        strcat(wide, "\xc3\xa9");
    strcat(wide, "x");
    CU_ASSERT_TRUE(matches(wide, wide));
    CU_ASSERT_FALSE(matches(wide, "x"));
    CU_ASSERT_TRUE(institution_domain_valid("hva.tempguestidp.edubadges.nl"));
    CU_ASSERT_FALSE(institution_domain_valid("a..nl"));
    CU_ASSERT_FALSE(institution_domain_valid("1.2.3.4"));
    CU_ASSERT_FALSE(institution_domain_valid("uu.1nl"));
    CU_ASSERT_TRUE(institution_domain_valid("1.uu.nl"));
    CU_ASSERT_TRUE(institution_domain_valid("hu.xn--p1ai"));
}

static void test_violations_are_bounded(void)
{
    FRESH_ERROR(e);
    for (int i = 0; i < 3 * EB_MAX_LISTED_VIOLATIONS; i++)
        eb_violate(&e, "rows", "row %d is bad", i);
    CU_ASSERT_EQUAL(e.n_violations, 3 * EB_MAX_LISTED_VIOLATIONS);
    int listed = 0;
    for (const eb_violation *v = e.violations; v; v = v->next)
        listed++;
    CU_ASSERT_EQUAL(listed, EB_MAX_LISTED_VIOLATIONS);
    CU_ASSERT_EQUAL(eb_finish_validation(&e), EB_INVALID_ARGUMENT);
    CU_ASSERT_PTR_NOT_NULL(strstr(e.message, "300"));
}

static void test_messages_are_bounded(void)
{
    static char big[5001];
    memset(big, 'x', 5000);
    FRESH_ERROR(e);
    eb_violate(&e, "a", "%s", big);
    eb_violate(&e, "b", "\"%s\" is short", "fine");
    for (int i = 0; i < 2000; i++) /* U+00E9 is two bytes: the cut falls inside one */
        memcpy(big + 2 * i, "\xc3\xa9", 2);
    eb_violate(&e, "c", "%s", big);
    const eb_violation *v = e.violations;
    CU_ASSERT_EQUAL(strlen(v->description), EB_DESCRIPTION_MAX);
    CU_ASSERT_STRING_EQUAL(v->description + EB_DESCRIPTION_MAX - 3, "\xe2\x80\xa6");
    CU_ASSERT_STRING_EQUAL(v->next->description, "\"fine\" is short");
    const char *c = v->next->next->description;
    CU_ASSERT_TRUE(strlen(c) <= EB_DESCRIPTION_MAX);
    CU_ASSERT_TRUE(utf8_valid(c, strlen(c)));
    CU_ASSERT_STRING_EQUAL(c + strlen(c) - 3, "\xe2\x80\xa6");
    CU_ASSERT_EQUAL(eb_fail(&e, EB_NOT_FOUND, "X", "no %s", big), EB_NOT_FOUND);
    CU_ASSERT_TRUE(strlen(e.message) <= EB_MESSAGE_MAX && strlen(e.message) > EB_MESSAGE_MAX - 4);
    CU_ASSERT_TRUE(utf8_valid(e.message, strlen(e.message)));
    CU_ASSERT_STRING_EQUAL(eb_excerpt(mem, "short", 60), "short");
    CU_ASSERT_EQUAL(strlen(eb_excerpt(mem, big, 60)), 59); /* 28 of U+00E9 and "…" */
    /* an unknown mask path is quoted in part */
    const char *paths[] = {big};
    field_mask m = {paths, 1};
    FRESH_ERROR(e2);
    field_mask_check(&e2, &m, INSTITUTION_UPDATABLE);
    CU_ASSERT_TRUE(strlen(e2.violations->description) < 100);
}

/* Every problem of a bundle row is reported, each with its field; the first gives the reason. */
static void test_direct_award_rows(void)
{
    static char long_text[10002];
    memset(long_text, 'x', sizeof long_text - 1);
    eb_badge_class bc = {0};
    bc.narrative_required = true;
    eb_award_row rows[] = {
        {"no-at-sign", "a\nb", long_text, "ftp://x.org", long_text + 10000 - 101},
        {"j.jansen@uu.nl", "", "n", "", ""},
        {" J.Jansen@UU.nl", "", "", "", ""},
        {"no-at-sign", "", "n", "", ""},
    };
    row_outcome out[4];
    eppn_matcher m;
    eppn_matcher_init(&m, ".*@uu\\.nl");
    CU_ASSERT_EQUAL(direct_award_check_rows(mem, rows, 4, 1, &m, &bc, out), 1);
    eppn_matcher_free(&m);
    const char *want[] = {"recipient", "recipient_name", "narrative", "evidence_url", "grade"};
    const row_problem *p = out[0].problems;
    for (size_t i = 0; i < 5; i++, p = p ? p->next : NULL)
        CU_ASSERT_STRING_EQUAL(p ? p->field : "(none)", want[i]);
    CU_ASSERT_PTR_NULL(p);
    CU_ASSERT_STRING_EQUAL(out[0].reason, "INVALID_RECIPIENT");
    CU_ASSERT_PTR_NOT_NULL(strstr(out[0].message, "; grade must be at most 100 characters"));
    CU_ASSERT_PTR_NULL(out[1].reason);
    /* a repeated recipient fails once for the repetition, an invalid one only for itself */
    CU_ASSERT_STRING_EQUAL(out[2].message, "narrative is required by the badge class; the recipient is already in row 1");
    CU_ASSERT_STRING_EQUAL(out[2].reason, "NARRATIVE_REQUIRED");
    CU_ASSERT_STRING_EQUAL(out[3].reason, "INVALID_RECIPIENT");
    CU_ASSERT_PTR_NULL(out[3].problems->next);
}

int main(void)
{
    mem = arena_create();
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("domain rules", NULL, NULL);
    CU_add_test(s, "UTF-8", test_utf8);
    CU_add_test(s, "text checks", test_text_checks);
    CU_add_test(s, "ids and names", test_ids_and_names);
    CU_add_test(s, "countries and regions", test_countries_and_regions);
    CU_add_test(s, "page tokens", test_page_tokens);
    CU_add_test(s, "etags", test_etags);
    CU_add_test(s, "field masks", test_field_masks);
    CU_add_test(s, "eppn patterns", test_eppn_patterns);
    CU_add_test(s, "direct award rows", test_direct_award_rows);
    CU_add_test(s, "violations are bounded", test_violations_are_bounded);
    CU_add_test(s, "messages are bounded", test_messages_are_bounded);
    int rc = test_run_all();
    arena_destroy(mem);
    return rc;
}
