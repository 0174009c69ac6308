/* Unit tests of the Open Badges 2.0 documents and rules: what is public, the document
 * shapes (what they hold and what they never show), dates, and the public base URL. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "ob2.h"
#include "public_url.h"
#include "vocabulary.h"

static arena *mem;

#define BASE "https://badges.example.org"
#define SALT "0123456789abcdef0123456789abcdef"
#define IDENTITY "sha256$4fe0f3e4a8f71950a22d7061cc11296bcea2cdf186a3f03ade8d20920be017e8"

static eb_faculty faculty(const char *visibility)
{
    eb_faculty f = {0};
    f.visibility = vocab_number(&VOCAB_VISIBILITY, visibility);
    return f;
}

static eb_assertion assertion(void)
{
    eb_assertion as = {0};
    as.id = "CCCCCCCCCCCCCCCCCCCCCC";
    as.badge_class_id = "AAAAAAAAAAAAAAAAAAAAAA";
    as.recipient_name = "Sanne de Vries";
    as.issued_us = 1796342400LL * 1000000; /* 2026-12-04T00:00:00Z */
    as.grade = "8.5";
    as.narrative = "Beroepsproduct verdedigd.";
    as.evidence_url = "https://portfolio.hu.nl/s.devries";
    as.public = true;
    as.acceptance = vocab_number(&VOCAB_ACCEPTANCE, "accepted");
    as.revocation_reason = "";
    as.recipient_type = "email";
    as.recipient_salt = SALT;
    as.recipient_hash = IDENTITY;
    return as;
}

static void test_what_is_public(void)
{
    eb_faculty pub = faculty("public"), test = faculty("test");
    eb_badge_class published = {.draft = false}, draft = {.draft = true};
    CU_ASSERT_TRUE(ob2_faculty_public(&pub));
    CU_ASSERT_FALSE(ob2_faculty_public(&test));
    CU_ASSERT_TRUE(ob2_badge_class_public(&published, &pub));
    CU_ASSERT_FALSE(ob2_badge_class_public(&draft, &pub));
    CU_ASSERT_FALSE(ob2_badge_class_public(&published, &test));

    eb_assertion as = assertion();
    CU_ASSERT_EQUAL(ob2_assertion_state_of(&as, &published, &pub), OB2_VALID);
    CU_ASSERT_EQUAL(ob2_assertion_state_of(&as, &draft, &pub), OB2_HIDDEN);
    CU_ASSERT_EQUAL(ob2_assertion_state_of(&as, &published, &test), OB2_HIDDEN);
    as.revoked = true;
    CU_ASSERT_EQUAL(ob2_assertion_state_of(&as, &published, &pub), OB2_REVOKED);
    CU_ASSERT_EQUAL(ob2_assertion_state_of(&as, &draft, &pub), OB2_HIDDEN);
    as.revoked = false;
    as.public = false;
    CU_ASSERT_EQUAL(ob2_assertion_state_of(&as, &published, &pub), OB2_HIDDEN);
    as.revoked = true; /* a private revoked one is not shown either */
    CU_ASSERT_EQUAL(ob2_assertion_state_of(&as, &published, &pub), OB2_HIDDEN);
    as = assertion();
    as.acceptance = vocab_number(&VOCAB_ACCEPTANCE, "rejected");
    CU_ASSERT_EQUAL(ob2_assertion_state_of(&as, &published, &pub), OB2_HIDDEN);
}

static char *dump(json_t *doc)
{
    char *text = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
    char *copy = arena_strdup(mem, text);
    free(text);
    json_decref(doc);
    return copy;
}

static void test_assertion_document(void)
{
    eb_assertion as = assertion();
    CU_ASSERT_STRING_EQUAL(
        dump(ob2_assertion_document(mem, BASE, &as)),
        "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
        "\"id\":\"" BASE "/public/assertions/CCCCCCCCCCCCCCCCCCCCCC\","
        "\"recipient\":{\"type\":\"email\",\"hashed\":true,\"salt\":\"" SALT "\",\"identity\":\"" IDENTITY "\"},"
        "\"badge\":\"" BASE "/public/badges/AAAAAAAAAAAAAAAAAAAAAA\",\"verification\":{\"type\":\"hosted\"},"
        "\"issuedOn\":\"2026-12-04T00:00:00Z\",\"narrative\":\"Beroepsproduct verdedigd.\"}");
    as.expires_us = as.issued_us + 86400LL * 1000000;
    as.narrative = "";
    char *text = dump(ob2_assertion_document(mem, BASE, &as));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"expires\":\"2026-12-05T00:00:00Z\""));
    CU_ASSERT_PTR_NULL(strstr(text, "narrative"));
    /* never the name, the grade or the evidence */
    CU_ASSERT_PTR_NULL(strstr(text, "Sanne"));
    CU_ASSERT_PTR_NULL(strstr(text, "8.5"));
    CU_ASSERT_PTR_NULL(strstr(text, "portfolio"));
    as.revoked = true;
    as.revocation_reason = "Uitgereikt aan de verkeerde student";
    CU_ASSERT_STRING_EQUAL(dump(ob2_revoked_assertion_document(mem, BASE, &as)),
                           "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
                           "\"id\":\"" BASE "/public/assertions/CCCCCCCCCCCCCCCCCCCCCC\",\"revoked\":true,"
                           "\"revocationReason\":\"Uitgereikt aan de verkeerde student\"}");
}

static void test_badge_class_document(void)
{
    static eb_alignment alignments[] = {
        {"no URL", "", "", "ESCO", "x"},
        {"with URL", "http://data.europa.eu/esco/skill/abc", "", "", ""}};
    static char *tags[] = {"TTTTTTTTTTTTTTTTTTTTTT"};
    eb_badge_class bc = {0};
    bc.id = "AAAAAAAAAAAAAAAAAAAAAA";
    bc.issuer_id = "BBBBBBBBBBBBBBBBBBBBBB";
    bc.type = 1;
    bc.name = "Secure Software";
    bc.description = "Beschrijving";
    bc.criteria = "Criteria";
    bc.alignments = alignments;
    bc.n_alignments = 2;
    bc.tags = tags;
    bc.n_tags = 1;
    bc.country_code = "NL";
    char *text = dump(ob2_badge_class_document(mem, BASE, &bc));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"@context\":[\"https://w3id.org/openbadges/v2\","
                                        "\"https://edubadges.nl/contexts/eu-microcredential/1.0.jsonld\"]"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"criteria\":{\"narrative\":\"Criteria\"}"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"issuer\":\"" BASE "/public/issuers/BBBBBBBBBBBBBBBBBBBBBB\""));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(text, "\"alignment\":[{\"targetName\":\"with URL\",\"targetUrl\":\"http://data.europa.eu/esco/skill/abc\"}]"));
    CU_ASSERT_PTR_NULL(strstr(text, "TTTT")); /* tags are never public */
    CU_ASSERT_PTR_NULL(strstr(text, "tags"));
    CU_ASSERT_PTR_NULL(strstr(text, "\"image\"")); /* none stored */
    bc.image.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    text = dump(ob2_badge_class_document(mem, BASE, &bc));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"image\":\"" BASE "/public/badges/AAAAAAAAAAAAAAAAAAAAAA/image\""));
}

static void test_issuer_document(void)
{
    eb_issuer is = {0};
    is.id = "BBBBBBBBBBBBBBBBBBBBBB";
    is.display_name = (eb_localized){"Leven Lang Ontwikkelen ICT", ""};
    is.description = (eb_localized){"Korte programma's", "Short programmes"};
    is.url = (eb_localized){"https://www.hu.nl/ict", "https://www.internationalhu.com/ict"};
    is.email = "llo-ict@hu.nl";
    CU_ASSERT_STRING_EQUAL(dump(ob2_issuer_document(mem, BASE, &is)),
                           "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Issuer\","
                           "\"id\":\"" BASE "/public/issuers/BBBBBBBBBBBBBBBBBBBBBB\","
                           "\"name\":\"Leven Lang Ontwikkelen ICT\","
                           "\"url\":\"https://www.internationalhu.com/ict\",\"email\":\"llo-ict@hu.nl\","
                           "\"description\":\"Short programmes\"}");
}

static void test_datetime(void)
{
    CU_ASSERT_STRING_EQUAL(ob2_datetime(mem, 0), "1970-01-01T00:00:00Z");
    CU_ASSERT_STRING_EQUAL(ob2_datetime(mem, 1796342400LL * 1000000 + 999999), "2026-12-04T00:00:00Z");
    CU_ASSERT_STRING_EQUAL(ob2_datetime(mem, -1), "1969-12-31T23:59:59Z");
}

static void test_public_base_url(void)
{
    char out[600];
    const char *why = NULL;
    struct {
        const char *in, *out;
    } good[] = {
        {"https://edubadges.nl", "https://edubadges.nl"},
        {"https://edubadges.nl/", "https://edubadges.nl"},
        {"https://api.edubadges.nl:8443/v1//", "https://api.edubadges.nl:8443/v1"},
        {"http://localhost:8080", "http://localhost:8080"},
        {"http://127.0.0.1", "http://127.0.0.1"},
        {"http://[::1]:9000/", "http://[::1]:9000"},
        {"https://[2001:db8::1]", "https://[2001:db8::1]"},
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        CU_ASSERT_TRUE(public_base_url_normalize(good[i].in, out, sizeof out, &why));
        CU_ASSERT_STRING_EQUAL(out, good[i].out);
    }
    const char *bad[] = {"", "edubadges.nl", "ftp://edubadges.nl", "http://edubadges.nl",
                         "http://localhost.evil.org", "https://", "https:///x", "https://a b.nl",
                         "https://user@edubadges.nl", "https://edubadges.nl/?q=1", "https://edubadges.nl/#x",
                         "https://edubadges.nl:", "https://edubadges.nl:123456", "https://-x.nl",
                         "https://[::1", "https://edubadges.nl\xc3\xa9", NULL};
    for (const char **b = bad; *b; b++) {
        why = NULL;
        CU_ASSERT_FALSE(public_base_url_normalize(*b, out, sizeof out, &why));
        CU_ASSERT_PTR_NOT_NULL(why);
    }
    char long_url[600];
    memset(long_url, 'a', sizeof long_url - 1);
    memcpy(long_url, "https://", 8);
    long_url[sizeof long_url - 1] = '\0';
    CU_ASSERT_FALSE(public_base_url_normalize(long_url, out, sizeof out, &why));
    CU_ASSERT_FALSE(public_base_url_normalize(NULL, out, sizeof out, &why));
}

int main(void)
{
    mem = arena_create();
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("open badges 2.0", NULL, NULL);
    CU_add_test(s, "what is public", test_what_is_public);
    CU_add_test(s, "assertion document", test_assertion_document);
    CU_add_test(s, "badge class document", test_badge_class_document);
    CU_add_test(s, "issuer document", test_issuer_document);
    CU_add_test(s, "dates", test_datetime);
    CU_add_test(s, "public base URL", test_public_base_url);
    int rc = test_run_all();
    arena_destroy(mem);
    return rc;
}
