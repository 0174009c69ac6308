/* Unit tests of the credential verifier with documents from a table instead of a server:
 * which keys count as the issuer's (fragment keys against available controller documents,
 * the service's own URLs), proof purpose, proof count, the VC-JWT claims (exp) and long
 * arrays. */
#include <sodium.h>
#include <string.h>

#include "credential_verify.h"
#include "di_eddsa.h"
#include "harness.h"
#include "jws.h"
#include "multibase.h"

static arena *mem;

#define OWN "https://badges.example.nl"
#define OTHER "https://other.example.org"
#define UNSIGNED EB_FIXTURES_DIR "/ob3-vectors/1edtech-obv3p0/unsigned-credential.json"

/* The documents the verifier may fetch: url -> JSON text. */
typedef struct table {
    const char *urls[4];
    const char *docs[4];
} table;

static json_t *from_table(void *ctx, const char *url, const char **why)
{
    const table *t = ctx;
    for (size_t i = 0; i < 4 && t->urls[i]; i++)
        if (strcmp(t->urls[i], url) == 0)
            return json_loads(t->docs[i], 0, NULL);
    *why = "not in the table";
    return NULL;
}

/* The Multikey of the key made from a one-byte seed. */
static void key_of(uint8_t seed_byte, di_eddsa_key *key, char multikey[MULTIKEY_TEXT_MAX])
{
    uint8_t seed[32];
    memset(seed, seed_byte, sizeof seed);
    di_eddsa_key_from_seed(seed, key);
    jl_error err;
    multikey_encode_public(key->public_key, multikey, &err);
}

/* The 1EdTech example credential issued by issuer, signed (proof purpose purpose) by the
 * key of seed_byte named vm ("%K" stands for its Multikey); JSON text (free it). */
static char *signed_by(const char *issuer, uint8_t seed_byte, const char *vm, const char *purpose)
{
    di_eddsa_key key;
    char mk[MULTIKEY_TEXT_MAX];
    key_of(seed_byte, &key, mk);
    const char *k = strstr(vm, "%K");
    char *method = k ? arena_sprintf(mem, "%.*s%s%s", (int)(k - vm), vm, mk, k + 2) : (char *)vm;
    json_t *doc = json_load_file(UNSIGNED, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    json_object_set_new(json_object_get(doc, "issuer"), "id", json_string(issuer));
    json_t *options = json_pack("{s:s, s:s, s:s, s:s, s:s}", "type", "DataIntegrityProof", "cryptosuite",
                                "eddsa-rdfc-2022", "created", "2024-05-01T12:00:00Z", "verificationMethod", method,
                                "proofPurpose", purpose);
    json_t *out = NULL;
    jl_error err;
    CU_ASSERT_EQUAL_FATAL(di_eddsa_sign(doc, options, &key, NULL, &out, &err), JL_OK);
    char *text = json_dumps(out, 0);
    json_decref(out);
    json_decref(options);
    json_decref(doc);
    return text;
}

static const vc_check *check_of(const vc_report *r, int kind)
{
    for (size_t i = 0; i < r->n_checks; i++)
        if (r->checks[i].kind == kind)
            return &r->checks[i];
    return NULL;
}

static int outcome(const vc_report *r, int kind)
{
    const vc_check *c = check_of(r, kind);
    return c ? c->outcome : 0;
}

static vc_report verify_text(const char *text, table *t)
{
    vc_verify_options o = {.now_us = 1893456000000000 /* 2030 */, .fetch = from_table, .fetch_ctx = t, .own_base = OWN};
    vc_report r;
    credential_verify(mem, text, &o, &r);
    return r;
}

/* A key in the verificationMethod fragment is the issuer's only while no controller
 * document says otherwise: when the issuer's document is available it must list the key,
 * and for this service's own issuers it always has to. */
static void test_fragment_keys(void)
{
    /* another issuer, no document: the 1EdTech convention (the fragment is the key) */
    char *text = signed_by(OTHER "/issuers/1", 7, OTHER "/issuers/1#%K", "assertionMethod");
    table none = {{NULL}, {NULL}};
    vc_report r = verify_text(text, &none);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_PROOF), VC_PASSED);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_ISSUER_KEY), VC_PASSED);
    CU_ASSERT_TRUE(r.verified);

    /* the issuer's controller document is available and does not list that key */
    di_eddsa_key key;
    char mk[MULTIKEY_TEXT_MAX];
    key_of(8, &key, mk);
    char *controller = arena_sprintf(
        mem,
        "{\"@context\": [\"https://www.w3.org/ns/did/v1\", \"https://w3id.org/security/multikey/v1\"],"
        " \"id\": \"" OTHER "/issuers/1\", \"verificationMethod\": [{\"id\": \"" OTHER "/issuers/1#%s\","
        " \"type\": \"Multikey\", \"controller\": \"" OTHER "/issuers/1\", \"publicKeyMultibase\": \"%s\"}],"
        " \"assertionMethod\": [\"" OTHER "/issuers/1#%s\"]}",
        mk, mk, mk);
    table listed_other = {{OTHER "/issuers/1"}, {controller}};
    r = verify_text(text, &listed_other);
    CU_ASSERT_NOT_EQUAL(outcome(&r, VC_CHECK_ISSUER_KEY), VC_PASSED);
    CU_ASSERT_FALSE(r.verified);
    free(text);

    /* the key it lists verifies */
    text = signed_by(OTHER "/issuers/1", 8, OTHER "/issuers/1#%K", "assertionMethod");
    r = verify_text(text, &listed_other);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_ISSUER_KEY), VC_PASSED);
    CU_ASSERT_TRUE(r.verified);
    free(text);

    /* one of this service's issuers: anyone's key under its id is a forgery */
    text = signed_by(OWN "/ob3/issuers/IIIIIIIIIIIIIIIIIIIIIA", 9, OWN "/ob3/issuers/IIIIIIIIIIIIIIIIIIIIIA#%K",
                     "assertionMethod");
    r = verify_text(text, &none);
    CU_ASSERT_NOT_EQUAL(outcome(&r, VC_CHECK_ISSUER_KEY), VC_PASSED);
    CU_ASSERT_FALSE(r.verified);
    free(text);
}

/* A Data Integrity proof of a credential must be made for assertionMethod. */
static void test_proof_purpose(void)
{
    table none = {{NULL}, {NULL}};
    char *text = signed_by(OTHER "/issuers/1", 7, OTHER "/issuers/1#%K", "authentication");
    vc_report r = verify_text(text, &none);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_PROOF), VC_FAILED);
    CU_ASSERT_PTR_NOT_NULL(strstr(check_of(&r, VC_CHECK_PROOF)->message, "proofPurpose"));
    CU_ASSERT_FALSE(r.verified);
    free(text);
}

/* Proof sets are small; thousands of proofs (each a canonicalization) are refused. */
static void test_proof_count(void)
{
    table none = {{NULL}, {NULL}};
    char *text = signed_by(OTHER "/issuers/1", 7, OTHER "/issuers/1#%K", "assertionMethod");
    json_t *doc = json_loads(text, 0, NULL);
    json_t *proofs = json_object_get(doc, "proof"), *one = json_array_get(proofs, 0);
    for (int i = 0; i < 16; i++)
        json_array_append(proofs, one);
    char *many = json_dumps(doc, 0);
    vc_report r = verify_text(many, &none);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_PROOF), VC_FAILED);
    CU_ASSERT_PTR_NOT_NULL(strstr(check_of(&r, VC_CHECK_PROOF)->message, "proofs"));
    free(many);
    while (json_array_size(proofs) > 3) /* a few repeated proofs are a proof set */
        json_array_remove(proofs, 0);
    many = json_dumps(doc, 0);
    r = verify_text(many, &none);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_PROOF), VC_PASSED);
    free(many);
    json_decref(doc);
    free(text);
}

/* A VC-JWT of another issuer whose keys are in the table; claims: the credential's plus
 * the extra ones given. */
static char *jwt_of(jws_key *key, const char *extra_claims)
{
    json_t *c = json_load_file(UNSIGNED, 0, NULL);
    json_object_set_new(json_object_get(c, "issuer"), "id", json_string(OTHER "/issuers/1"));
    json_t *extra = json_loads(extra_claims, 0, NULL);
    json_object_update(c, extra);
    json_object_set_new(c, "iss", json_string(OTHER "/issuers/1"));
    json_object_set_new(c, "jti", json_string(json_string_value(json_object_get(c, "id"))));
    json_object_set_new(c, "nbf", json_integer(1262304000)); /* validFrom 2010-01-01 */
    json_object_set_new(c, "sub", json_string(json_string_value(json_object_get(json_object_get(c, "credentialSubject"), "id"))));
    char *payload = json_dumps(c, 0);
    json_t *header = json_pack("{s:s}", "typ", "JWT");
    char *jwt = jws_sign(key, header, (const unsigned char *)payload, strlen(payload));
    json_decref(header);
    free(payload);
    json_decref(extra);
    json_decref(c);
    return jwt;
}

/* exp is validUntil in a VC-JWT: an exp without validUntil still ends the credential
 * (jose refuses the token); with validUntil both must agree. */
static void test_jwt_expiry(void)
{
    jws_key *key = jws_key_generate(JWS_ES256, OTHER "/keys/1");
    CU_ASSERT_PTR_NOT_NULL_FATAL(key);
    json_t *jwk = jws_key_public_jwk(key);
    json_t *set = json_pack("{s:[O]}", "keys", jwk);
    char *jwk_text = json_dumps(jwk, 0), *set_text = json_dumps(set, 0);
    table keys = {{OTHER "/keys/1", OTHER "/.well-known/jwks.json"}, {jwk_text, set_text}};

    char *jwt = jwt_of(key, "{}");
    vc_report r = verify_text(jwt, &keys);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_PROOF), VC_PASSED);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_ISSUER_KEY), VC_PASSED);
    CU_ASSERT_TRUE(r.verified);
    free(jwt);

    jwt = jwt_of(key, "{\"exp\": 1577836800}"); /* 2020, no validUntil */
    r = verify_text(jwt, &keys);
    CU_ASSERT_FALSE(r.verified);
    free(jwt);

    jwt = jwt_of(key, "{\"exp\": 1577836800, \"validUntil\": \"2020-01-01T00:00:00Z\"}");
    r = verify_text(jwt, &keys);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_PROOF), VC_PASSED);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_VALID_UNTIL), VC_FAILED);
    CU_ASSERT_FALSE(r.verified);
    free(jwt);

    free(jwk_text);
    free(set_text);
    json_decref(set);
    json_decref(jwk);
    jws_key_free(key);
}

/* Long arrays are refused before any JSON-LD processing (which costs their square). */
static void test_long_arrays(void)
{
    table none = {{NULL}, {NULL}};
    char *text = signed_by(OTHER "/issuers/1", 7, OTHER "/issuers/1#%K", "assertionMethod");
    json_t *doc = json_loads(text, 0, NULL);
    json_t *evidence = json_array();
    for (int i = 0; i < VC_MAX_ARRAY_ITEMS + 1; i++)
        json_array_append_new(evidence, json_pack("{s:[s]}", "type", "Evidence"));
    json_object_set_new(doc, "evidence", evidence);
    char *longer = json_dumps(doc, 0);
    vc_report r = verify_text(longer, &none);
    CU_ASSERT_EQUAL(r.n_checks, 1);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_FORMAT), VC_FAILED);
    CU_ASSERT_STRING_EQUAL(check_of(&r, VC_CHECK_FORMAT)->message, "the array at /evidence has more than 256 items");
    free(longer);
    json_array_remove(evidence, 0); /* 256 items: read, and the changed credential fails its proof */
    longer = json_dumps(doc, 0);
    r = verify_text(longer, &none);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_FORMAT), VC_PASSED);
    CU_ASSERT_EQUAL(outcome(&r, VC_CHECK_PROOF), VC_FAILED);
    free(longer);
    json_decref(doc);
    free(text);
}

int main(void)
{
    mem = arena_create();
    if (sodium_init() < 0)
        return 1;
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("credential verification", NULL, NULL);
    CU_add_test(s, "keys in verificationMethod fragments", test_fragment_keys);
    CU_add_test(s, "proof purpose", test_proof_purpose);
    CU_add_test(s, "number of proofs", test_proof_count);
    CU_add_test(s, "VC-JWT expiry", test_jwt_expiry);
    CU_add_test(s, "long arrays", test_long_arrays);
    int rc = test_run_all();
    jl_global_cleanup();
    arena_destroy(mem);
    return rc;
}
