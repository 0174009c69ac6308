/* Unit tests of OpenID Connect ID token verification: the issuer file, good staff and
 * learner tokens with their claims and MFA, and every kind of bad token (expired, not yet
 * valid, wrong audience or issuer, tampered, "alg: none", HS256, unknown kid, a key of
 * another issuer, missing claims). Keys come from the test issuer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "harness.h"
#include "jws.h"
#include "oidc.h"
#include "test_issuer.h"

static char dir[] = "/tmp/eb-oidc-test-XXXXXX";
static oidc_config *config;
static arena *a;
static int64_t now;

static int suite_init(void)
{
    char err[512];
    if (!mkdtemp(dir) || !test_issuer_init(dir, err, sizeof err))
        return 1;
    config = oidc_config_load(test_issuer_config(dir), err, sizeof err);
    a = arena_create();
    now = (int64_t)time(NULL);
    return config ? 0 : 1;
}

static int suite_clean(void)
{
    oidc_config_free(config);
    arena_destroy(a);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : 1;
}

static char *token(const char *which, const char *claims_json)
{
    char err[256];
    json_t *claims = json_loads(claims_json, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(claims);
    char *t = test_issuer_token(dir, which, claims, err, sizeof err);
    json_decref(claims);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    return t;
}

static oidc_status verify(const char *t, oidc_claims *c)
{
    const char *detail;
    return oidc_verify(config, t, now, a, c, &detail);
}

#define STAFF_CLAIMS                                                                               \
    "\"sub\": \"s-1\", \"email\": \"J.Jansen@UU.nl\", \"given_name\": \"Jan\", \"family_name\": \"Jansen\"," \
    " \"schac_home_organization\": \"UU.nl\""

static void test_staff_token_gives_its_claims(void)
{
    char *t = token("staff", "{" STAFF_CLAIMS ", \"acr\": \"" TEST_MFA_ACR "\", \"azp\": \"portal\"}");
    oidc_claims c;
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_OK);
    CU_ASSERT_EQUAL(c.kind, OIDC_STAFF);
    CU_ASSERT_STRING_EQUAL(c.subject, "s-1");
    CU_ASSERT_STRING_EQUAL(c.issuer, TEST_STAFF_ISSUER);
    CU_ASSERT_STRING_EQUAL(c.email, "j.jansen@uu.nl");
    CU_ASSERT_STRING_EQUAL(c.schac_home, "uu.nl");
    CU_ASSERT_STRING_EQUAL(c.display_name, "Jan Jansen");
    CU_ASSERT_STRING_EQUAL(c.person_name, "Jan Jansen");
    CU_ASSERT_STRING_EQUAL(c.azp, "portal");
    CU_ASSERT_TRUE(c.mfa);
    free(t);
    t = token("staff", "{" STAFF_CLAIMS ", \"acr\": \"https://refeds.org/profile/sfa\"}");
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_OK);
    CU_ASSERT_FALSE(c.mfa);
    free(t);
    t = token("staff", "{" STAFF_CLAIMS "}");
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_OK);
    CU_ASSERT_FALSE(c.mfa);
    CU_ASSERT_PTR_NULL(c.acr);
    free(t);
}

static void test_learner_token_uses_eduid(void)
{
    char *t = token("learner", "{\"sub\": \"pairwise-9\", \"eduid\": \"eduid-7f3a\", \"name\": \"Sanne de Vries\","
                               " \"aud\": [\"other\", \"" TEST_AUDIENCE "\"]}");
    oidc_claims c;
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_OK);
    CU_ASSERT_EQUAL(c.kind, OIDC_LEARNER);
    CU_ASSERT_STRING_EQUAL(c.subject, "eduid-7f3a");
    CU_ASSERT_STRING_EQUAL(c.display_name, "Sanne de Vries");
    free(t);
    /* a token without a name: the address or the subject stand in as the display name, but
     * no name is made of them (the name labels audit events) */
    t = token("learner", "{\"sub\": \"pairwise-9\", \"eduid\": \"eduid-7f3a\", \"email\": \"S@Example.org\"}");
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_OK);
    CU_ASSERT_STRING_EQUAL(c.display_name, "s@example.org");
    CU_ASSERT_PTR_NULL(c.person_name);
    free(t);
    t = token("learner", "{\"sub\": \"pairwise-9\", \"eduid\": \"eduid-7f3a\"}");
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_OK);
    CU_ASSERT_STRING_EQUAL(c.display_name, "eduid-7f3a");
    CU_ASSERT_PTR_NULL(c.person_name);
    free(t);
}

typedef struct bad_case {
    const char *what, *which, *claims;
    oidc_status want;
} bad_case;

/* The claims with TIME replaced by a number. */
static void with_time(char *out, size_t len, const char *claims, long long t)
{
    const char *at = strstr(claims, "TIME");
    snprintf(out, len, "%.*s%lld%s", (int)(at - claims), claims, t, at + 4);
}

static void test_bad_claims_are_refused(void)
{
    char claims[512];
    const bad_case cases[] = {
        {"expired beyond the leeway", "staff", "{" STAFF_CLAIMS ", \"exp\": TIME}", OIDC_EXPIRED},
        {"not before the future", "staff", "{" STAFF_CLAIMS ", \"nbf\": TIME}", OIDC_NOT_YET_VALID},
        {"issued in the future", "staff", "{" STAFF_CLAIMS ", \"iat\": TIME}", OIDC_NOT_YET_VALID},
        {"wrong audience", "staff", "{" STAFF_CLAIMS ", \"aud\": \"someone-else\", \"x\": TIME}", OIDC_WRONG_AUDIENCE},
        {"unknown issuer", "staff", "{" STAFF_CLAIMS ", \"iss\": \"https://evil.example\", \"x\": TIME}",
         OIDC_UNKNOWN_ISSUER},
        {"learner key under the staff issuer", "learner",
         "{" STAFF_CLAIMS ", \"iss\": \"" TEST_STAFF_ISSUER "\", \"x\": TIME}", OIDC_UNKNOWN_KEY},
        {"staff without schac_home", "staff", "{\"sub\": \"s-2\", \"x\": TIME}", OIDC_MISSING_CLAIM},
        {"no subject", "learner", "{\"name\": \"x\", \"x\": TIME}", OIDC_MISSING_CLAIM},
        {"exp not a number", "staff", "{" STAFF_CLAIMS ", \"exp\": \"soon\", \"x\": TIME}", OIDC_MISSING_CLAIM},
        /* times out of any calendar: no arithmetic on them may overflow */
        {"exp at the end of int64", "staff", "{" STAFF_CLAIMS ", \"exp\": TIME}", OIDC_MISSING_CLAIM},
        {"exp after the year 9999", "staff", "{" STAFF_CLAIMS ", \"exp\": TIME}", OIDC_MISSING_CLAIM},
        {"nbf at the start of int64", "staff", "{" STAFF_CLAIMS ", \"nbf\": TIME}", OIDC_MISSING_CLAIM},
        {"iat before 1970", "staff", "{" STAFF_CLAIMS ", \"iat\": TIME}", OIDC_MISSING_CLAIM},
    };
    long long when[] = {now - 120, now + 120, now + 120, 0, 0, 0, 0, 0, 0, INT64_MAX, 253402300800LL, INT64_MIN, -1};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        with_time(claims, sizeof claims, cases[i].claims, when[i]);
        char *t = token(cases[i].which, claims);
        oidc_claims c;
        oidc_status got = verify(t, &c);
        if (got != cases[i].want)
            fprintf(stderr, "\n%s: got %s\n", cases[i].what, oidc_status_reason(got));
        CU_ASSERT_EQUAL(got, cases[i].want);
        free(t);
    }
    /* within the leeway an expired token still passes */
    with_time(claims, sizeof claims, "{" STAFF_CLAIMS ", \"exp\": TIME}", (long long)now - 30);
    char *t = token("staff", claims);
    oidc_claims c;
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_OK);
    free(t);
}

static char *b64(const char *s)
{
    size_t n = sodium_base64_ENCODED_LEN(strlen(s), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    char *out = malloc(n);
    sodium_bin2base64(out, n, (const unsigned char *)s, strlen(s), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

/* header.payload.signature with a header and payload of our choosing. */
static char *forged(const char *header, const char *payload, const char *signature)
{
    char *h = b64(header), *p = b64(payload);
    char *t = malloc(strlen(h) + strlen(p) + strlen(signature) + 3);
    sprintf(t, "%s.%s.%s", h, p, signature);
    free(h);
    free(p);
    return t;
}

static void test_forged_and_tampered_tokens_are_refused(void)
{
    char payload[512];
    snprintf(payload, sizeof payload, "{\"iss\": \"" TEST_STAFF_ISSUER "\", \"aud\": \"" TEST_AUDIENCE
                                      "\", \"exp\": %lld, " STAFF_CLAIMS "}", (long long)now + 600);
    oidc_claims c;
    char *none = forged("{\"alg\": \"none\", \"typ\": \"JWT\"}", payload, "");
    CU_ASSERT_NOT_EQUAL(verify(none, &c), OIDC_OK);
    free(none);
    none = forged("{\"alg\": \"none\", \"typ\": \"JWT\"}", payload, "c2lnbmF0dXJl");
    CU_ASSERT_EQUAL(verify(none, &c), OIDC_UNSUPPORTED_ALG);
    char *hs = forged("{\"alg\": \"HS256\", \"kid\": \"staff-rsa-1\"}", payload, "c2lnbmF0dXJl");
    CU_ASSERT_EQUAL(verify(hs, &c), OIDC_UNSUPPORTED_ALG);
    CU_ASSERT_EQUAL(verify("not.a-token", &c), OIDC_MALFORMED);
    CU_ASSERT_EQUAL(verify("", &c), OIDC_MALFORMED);
    free(none);
    free(hs);

    /* a key the issuer never published, with and without its kid */
    jws_key *stranger = jws_key_generate(JWS_RS256, "staff-rsa-2");
    char *t = jws_sign(stranger, NULL, (const unsigned char *)payload, strlen(payload));
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_UNKNOWN_KEY);
    free(t);
    jws_key_free(stranger);
    stranger = jws_key_generate(JWS_RS256, "staff-rsa-1"); /* the right kid, the wrong key */
    t = jws_sign(stranger, NULL, (const unsigned char *)payload, strlen(payload));
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_BAD_SIGNATURE);
    free(t);
    jws_key_free(stranger);

    /* a good token with its payload swapped keeps its signature, which then fails */
    char *good = token("staff", "{" STAFF_CLAIMS "}");
    CU_ASSERT_EQUAL(verify(good, &c), OIDC_OK);
    char *dot1 = strchr(good, '.'), *dot2 = strchr(dot1 + 1, '.');
    char *other = b64("{\"iss\": \"" TEST_STAFF_ISSUER "\", \"aud\": \"" TEST_AUDIENCE "\", \"exp\": 9999999999, "
                      "\"sub\": \"admin\", \"schac_home_organization\": \"uu.nl\"}");
    char *tampered = malloc(strlen(good) + strlen(other) + 2);
    sprintf(tampered, "%.*s.%s%s", (int)(dot1 - good), good, other, dot2);
    CU_ASSERT_EQUAL(verify(tampered, &c), OIDC_BAD_SIGNATURE);
    free(tampered);
    free(other);
    free(good);
}

/* A token signed by the staff issuer's own key over exactly these payload bytes. */
static char *signed_raw(const char *payload)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/staff.pem", dir);
    FILE *f = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    char pem[8192];
    size_t n = fread(pem, 1, sizeof pem, f);
    fclose(f);
    jws_key *key = jws_key_from_private_pem(pem, n, "staff-rsa-1");
    CU_ASSERT_PTR_NOT_NULL_FATAL(key);
    char *t = jws_sign(key, NULL, (const unsigned char *)payload, strlen(payload));
    jws_key_free(key);
    return t;
}

static void test_duplicate_claims_are_refused(void)
{
    /* two schac_home_organization claims, two issuers: a parser taking the first and one
     * taking the last would see different tokens; both are refused as malformed */
    char payload[1024];
    const char *twice[] = {
        "\"schac_home_organization\": \"uu.nl\", \"schac_home_organization\": \"vu.nl\"",
        "\"iss\": \"https://evil.example\", \"schac_home_organization\": \"uu.nl\"",
        "\"sub\": \"other\", \"schac_home_organization\": \"uu.nl\"",
    };
    for (size_t i = 0; i < sizeof twice / sizeof *twice; i++) {
        snprintf(payload, sizeof payload, "{\"iss\": \"" TEST_STAFF_ISSUER "\", \"aud\": \"" TEST_AUDIENCE "\","
                                          " \"exp\": %lld, \"sub\": \"s-1\", %s}", (long long)now + 600, twice[i]);
        char *t = signed_raw(payload);
        oidc_claims c;
        oidc_status got = verify(t, &c);
        if (got != OIDC_MALFORMED)
            fprintf(stderr, "\n%s: got %s\n", twice[i], oidc_status_reason(got));
        CU_ASSERT_EQUAL(got, OIDC_MALFORMED);
        free(t);
    }
    /* the same payload without the repetition is fine */
    snprintf(payload, sizeof payload, "{\"iss\": \"" TEST_STAFF_ISSUER "\", \"aud\": \"" TEST_AUDIENCE "\","
                                      " \"exp\": %lld, \"sub\": \"s-1\", \"schac_home_organization\": \"uu.nl\"}",
             (long long)now + 600);
    char *t = signed_raw(payload);
    oidc_claims c;
    CU_ASSERT_EQUAL(verify(t, &c), OIDC_OK);
    free(t);
}

static void write_file(const char *name, const char *text)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(text, f);
    fclose(f);
}

static void expect_config_error(const char *text, const char *fragment)
{
    write_file("bad.json", text);
    char path[4096], err[512] = "";
    snprintf(path, sizeof path, "%s/bad.json", dir);
    oidc_config *c = oidc_config_load(path, err, sizeof err);
    CU_ASSERT_PTR_NULL(c);
    if (!strstr(err, fragment))
        fprintf(stderr, "\nexpected \"%s\" in: %s\n", fragment, err);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, fragment));
    oidc_config_free(c);
}

static void test_bad_issuer_files_are_start_up_errors(void)
{
    CU_ASSERT_EQUAL(oidc_config_issuers(config), 2);
    expect_config_error("{", "bad.json");
    expect_config_error("{\"issuers\": []}", "at least one issuer");
    expect_config_error("{\"issuers\": [{\"issuer\": \"x\", \"audience\": \"a\", \"jwks_file\": \"staff-jwks.json\","
                        " \"principal\": \"admin\"}]}", "principal (staff or learner)");
    expect_config_error("{\"issuers\": [{\"issuer\": \"x\", \"audience\": \"a\", \"jwks_file\": \"missing.json\","
                        " \"principal\": \"staff\"}]}", "missing.json");
    write_file("empty-jwks.json", "{\"keys\": []}");
    expect_config_error("{\"issuers\": [{\"issuer\": \"x\", \"audience\": \"a\", \"jwks_file\": \"empty-jwks.json\","
                        " \"principal\": \"staff\"}]}", "no RS256 or ES256");
    expect_config_error("{\"issuers\": [{\"issuer\": \"x\", \"audience\": \"a\", \"jwks_file\": \"staff-jwks.json\","
                        " \"principal\": \"staff\"}, {\"issuer\": \"x\", \"audience\": \"b\", \"jwks_file\":"
                        " \"staff-jwks.json\", \"principal\": \"learner\"}]}", "configured twice");
    expect_config_error("{\"issuers\": [{\"issuer\": \"x\", \"audience\": \"a\", \"jwks_file\": \"staff-jwks.json\","
                        " \"principal\": \"staff\", \"mfa_acr_values\": \"loa2\"}]}", "mfa_acr_values");
}

int main(void)
{
    if (sodium_init() < 0)
        return 1;
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("OpenID Connect tokens", suite_init, suite_clean);
    CU_add_test(s, "a staff token gives its claims and MFA", test_staff_token_gives_its_claims);
    CU_add_test(s, "a learner token uses the eduid claim", test_learner_token_uses_eduid);
    CU_add_test(s, "bad claims are refused", test_bad_claims_are_refused);
    CU_add_test(s, "duplicate claims are refused", test_duplicate_claims_are_refused);
    CU_add_test(s, "forged and tampered tokens are refused", test_forged_and_tampered_tokens_are_refused);
    CU_add_test(s, "bad issuer files are start-up errors", test_bad_issuer_files_are_start_up_errors);
    return test_run_all();
}
