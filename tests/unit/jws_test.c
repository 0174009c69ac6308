/* Unit tests of compact JWS and JWKs (RS256, ES256): vectors made by Node's crypto,
 * round trips, tampering, refused algorithms and malformed input, JWK Sets. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "harness.h"
#include "jws.h"

static json_t *vectors;

/* tests/fixtures/jws/node-vectors.json, found from this source file's path */
static json_t *load_vectors(void)
{
    const char *unit = strrchr(__FILE__, '/');
    char path[4096];
    snprintf(path, sizeof path, "%.*s/../fixtures/jws/node-vectors.json", (int)(unit - __FILE__), __FILE__);
    return json_load_file(path, 0, NULL);
}

static const char *vec(const char *alg, const char *member)
{
    return json_string_value(json_object_get(json_object_get(vectors, alg), member));
}

static const jws_key *lookup_one(void *ctx, const json_t *header)
{
    (void)header;
    return ctx;
}

static const jws_key *lookup_in_set(void *ctx, const json_t *header)
{
    return jws_key_set_find(ctx, json_string_value(json_object_get(header, "kid")));
}

static jws_key *vector_private_key(const char *alg)
{
    const char *pem = vec(alg, "pem");
    const json_t *jwk = json_object_get(json_object_get(vectors, alg), "jwk");
    return jws_key_from_private_pem(pem, strlen(pem), json_string_value(json_object_get(jwk, "kid")));
}

static void test_rs256_reproduces_node(void)
{
    jws_key *key = vector_private_key("RS256");
    CU_ASSERT_PTR_NOT_NULL_FATAL(key);
    CU_ASSERT_EQUAL(jws_key_alg(key), JWS_RS256);
    json_t *typ = json_pack("{s:s}", "typ", "JWT");
    const char *payload = json_string_value(json_object_get(vectors, "payload"));
    char *jws = jws_sign(key, typ, (const unsigned char *)payload, strlen(payload));
    CU_ASSERT_STRING_EQUAL(jws, vec("RS256", "jws")); /* PKCS#1 v1.5 is deterministic */
    free(jws);
    json_decref(typ);
    jws_key_free(key);
}

static void test_node_signatures_verify_with_their_jwks(void)
{
    const char *algs[] = {"RS256", "ES256"};
    for (int i = 0; i < 2; i++) {
        const char *why = NULL;
        jws_key *pub = jws_key_from_jwk(json_object_get(json_object_get(vectors, algs[i]), "jwk"), &why);
        CU_ASSERT_PTR_NOT_NULL_FATAL(pub);
        CU_ASSERT_FALSE(jws_key_has_private(pub));
        jws_parts parts;
        CU_ASSERT_EQUAL(jws_verify(vec(algs[i], "jws"), lookup_one, pub, &parts), JWS_OK);
        CU_ASSERT_STRING_EQUAL((char *)parts.payload, json_string_value(json_object_get(vectors, "payload")));
        CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(parts.header, "typ")), "JWT");
        jws_parts_clear(&parts);
        jws_key_free(pub);
    }
}

static void test_public_jwk_matches_node(void)
{
    const char *algs[] = {"RS256", "ES256"};
    const char *members[2][2] = {{"n", "e"}, {"x", "y"}};
    for (int i = 0; i < 2; i++) {
        jws_key *key = vector_private_key(algs[i]);
        json_t *mine = jws_key_public_jwk(key), *node = json_object_get(json_object_get(vectors, algs[i]), "jwk");
        for (int m = 0; m < 2; m++)
            CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(mine, members[i][m])),
                                   json_string_value(json_object_get(node, members[i][m])));
        CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(mine, "alg")), algs[i]);
        CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(mine, "kid")), jws_key_kid(key));
        CU_ASSERT_PTR_NULL(json_object_get(mine, "d")); /* never the private part */
        json_decref(mine);
        jws_key_free(key);
    }
}

static void test_round_trip_and_tampering(void)
{
    jws_alg algs[] = {JWS_RS256, JWS_ES256};
    for (int i = 0; i < 2; i++) {
        jws_key *key = jws_key_generate(algs[i], "k1");
        CU_ASSERT_PTR_NOT_NULL_FATAL(key);
        const char *msg = "{\"vc\":\"x\"}";
        char *jws = jws_sign(key, NULL, (const unsigned char *)msg, strlen(msg));
        CU_ASSERT_PTR_NOT_NULL_FATAL(jws);
        jws_parts parts;
        CU_ASSERT_EQUAL(jws_verify(jws, lookup_one, key, &parts), JWS_OK);
        CU_ASSERT_EQUAL(parts.alg, algs[i]);
        CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(parts.header, "kid")), "k1");
        jws_parts_clear(&parts);

        /* the PEM export imports as the same key */
        char *pem = jws_key_private_pem(key);
        jws_key *again = jws_key_from_private_pem(pem, strlen(pem), "k1");
        CU_ASSERT_EQUAL(jws_verify(jws, lookup_one, again, &parts), JWS_OK);
        jws_parts_clear(&parts);
        jws_wipe_free(pem);

        /* one changed payload character, one changed signature character */
        char *dot = strchr(jws, '.');
        dot[1] = dot[1] == 'e' ? 'f' : 'e';
        CU_ASSERT_EQUAL(jws_verify(jws, lookup_one, key, &parts), JWS_BAD_SIGNATURE);
        CU_ASSERT_PTR_NULL(parts.header);
        dot[1] = dot[1] == 'e' ? 'f' : 'e';
        char *last = jws + strlen(jws) - 2;
        *last = *last == 'A' ? 'B' : 'A';
        CU_ASSERT_EQUAL(jws_verify(jws, lookup_one, key, &parts), JWS_BAD_SIGNATURE);

        /* another key of the same algorithm, and a key of the other one */
        jws_key *other = jws_key_generate(algs[i], "k2"), *wrong_alg = jws_key_generate(algs[1 - i], "k3");
        *last = *last == 'A' ? 'B' : 'A';
        CU_ASSERT_EQUAL(jws_verify(jws, lookup_one, other, &parts), JWS_BAD_SIGNATURE);
        CU_ASSERT_EQUAL(jws_verify(jws, lookup_one, wrong_alg, &parts), JWS_KEY_MISMATCH);
        CU_ASSERT_EQUAL(jws_verify(jws, lookup_one, NULL, &parts), JWS_UNKNOWN_KEY);
        free(jws);
        jws_key_free(key);
        jws_key_free(again);
        jws_key_free(other);
        jws_key_free(wrong_alg);
    }
}

/* base64url of a header and payload, with a signature part */
static char *token(const char *header, const char *payload, const char *signature)
{
    static char buf[4][1024];
    static int next;
    char *out = buf[next++ % 4];
    char h[256], p[256];
    sodium_bin2base64(h, sizeof h, (const unsigned char *)header, strlen(header),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_bin2base64(p, sizeof p, (const unsigned char *)payload, strlen(payload),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    snprintf(out, sizeof buf[0], "%s.%s.%s", h, p, signature);
    return out;
}

static void test_refused_algorithms_and_forms(void)
{
    jws_key *key = jws_key_generate(JWS_ES256, "k1");
    jws_parts parts;
    CU_ASSERT_EQUAL(jws_verify(token("{\"alg\":\"none\"}", "{}", "x"), lookup_one, key, &parts), JWS_UNSUPPORTED_ALG);
    CU_ASSERT_EQUAL(jws_decode(token("{\"alg\":\"none\"}", "{}", ""), &parts), JWS_MALFORMED);
    CU_ASSERT_EQUAL(jws_verify(token("{\"alg\":\"HS256\"}", "{}", "AAAA"), lookup_one, key, &parts),
                    JWS_UNSUPPORTED_ALG);
    CU_ASSERT_EQUAL(jws_verify(token("{\"typ\":\"JWT\"}", "{}", "AAAA"), lookup_one, key, &parts),
                    JWS_UNSUPPORTED_ALG);
    CU_ASSERT_EQUAL(jws_verify(token("{\"alg\":\"es256\"}", "{}", "AAAA"), lookup_one, key, &parts),
                    JWS_UNSUPPORTED_ALG);
    CU_ASSERT_EQUAL(jws_verify(token("{\"alg\":\"ES256\",\"crit\":[\"b64\"]}", "{}", "AAAA"), lookup_one, key, &parts),
                    JWS_MALFORMED);
    CU_ASSERT_EQUAL(jws_verify(token("{\"alg\":\"ES256\",\"alg\":\"none\"}", "{}", "AAAA"), lookup_one, key, &parts),
                    JWS_MALFORMED); /* a repeated member */
    CU_ASSERT_EQUAL(jws_verify(token("[1]", "{}", "AAAA"), lookup_one, key, &parts), JWS_MALFORMED);
    CU_ASSERT_EQUAL(jws_verify(token("{\"alg\":\"ES256\"}", "{}", "AAAA"), lookup_one, key, &parts),
                    JWS_BAD_SIGNATURE); /* 3 bytes is no P-256 signature */
    CU_ASSERT_EQUAL(jws_verify(token("{\"alg\":\"ES256\"}", "{}", "AA+A"), lookup_one, key, &parts), JWS_MALFORMED);
    CU_ASSERT_EQUAL(jws_verify(token("{\"alg\":\"ES256\"}", "{}", "AAAA=="), lookup_one, key, &parts), JWS_MALFORMED);
    const char *bad[] = {"", ".", "..", "a.b", "a.b.c.d", ".b.c", "a.b.", "e30.e30.e30.", "%%%.e30.AAAA"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CU_ASSERT_EQUAL(jws_verify(bad[i], lookup_one, key, &parts), JWS_MALFORMED);
    CU_ASSERT_EQUAL(jws_decode(NULL, &parts), JWS_MALFORMED);
    CU_ASSERT_FALSE(jws_alg_parse("none", &(jws_alg){0}));
    CU_ASSERT_STRING_EQUAL(jws_status_text(JWS_UNSUPPORTED_ALG), "the algorithm is not RS256 or ES256");
    jws_key_free(key);
}

static void test_bad_jwks(void)
{
    const char *why = NULL;
    const char *bad[] = {
        "{\"kty\":\"oct\",\"k\":\"AAAA\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"AAAA\",\"y\":\"AAAA\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAA\",\"y\":\"AAAA\"}",
        /* 32-byte coordinates that are not a point on the curve */
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
        "\"y\":\"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}",
        "{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}", /* far below 2048 bits */
        "{\"kty\":\"RSA\",\"e\":\"AQAB\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"use\":\"enc\"}",
        "{\"kty\":\"RSA\",\"kid\":\"\",\"n\":\"AQAB\",\"e\":\"AQAB\"}",
        "[]",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        json_t *j = json_loads(bad[i], 0, NULL);
        why = NULL;
        CU_ASSERT_PTR_NULL(jws_key_from_jwk(j, &why));
        CU_ASSERT_PTR_NOT_NULL(why);
        json_decref(j);
    }
    /* alg must match the key type */
    json_t *jwk = json_deep_copy(json_object_get(json_object_get(vectors, "ES256"), "jwk"));
    json_object_set_new(jwk, "alg", json_string("RS256"));
    CU_ASSERT_PTR_NULL(jws_key_from_jwk(jwk, &why));
    json_decref(jwk);
}

static void test_key_sets(void)
{
    json_t *rs = json_object_get(json_object_get(vectors, "RS256"), "jwk");
    json_t *es = json_object_get(json_object_get(vectors, "ES256"), "jwk");
    json_t *okp = json_pack("{s:s,s:s,s:s}", "kty", "OKP", "crv", "Ed25519", "x", "AAAA");
    json_t *jwks = json_pack("{s:[O,O,o]}", "keys", rs, es, okp);
    const char *why = NULL;
    jws_key_set *set = jws_key_set_parse(jwks, &why);
    CU_ASSERT_PTR_NOT_NULL_FATAL(set);
    CU_ASSERT_EQUAL(jws_key_set_size(set), 2); /* the Ed25519 key is skipped */
    CU_ASSERT_EQUAL(jws_key_alg(jws_key_set_find(set, "key-es256")), JWS_ES256);
    CU_ASSERT_PTR_NULL(jws_key_set_find(set, "key-none"));
    CU_ASSERT_PTR_NULL(jws_key_set_find(set, NULL)); /* two keys: a kid is needed */
    jws_parts parts;
    CU_ASSERT_EQUAL(jws_verify(vec("ES256", "jws"), lookup_in_set, set, &parts), JWS_OK);
    jws_parts_clear(&parts);
    CU_ASSERT_EQUAL(jws_verify(vec("RS256", "jws"), lookup_in_set, set, &parts), JWS_OK);
    jws_parts_clear(&parts);
    jws_key_set_free(set);

    json_t *dup = json_pack("{s:[O,O]}", "keys", es, es);
    CU_ASSERT_PTR_NULL(jws_key_set_parse(dup, &why));
    CU_ASSERT_STRING_EQUAL(why, "two keys have the same kid");
    json_t *no_kid = json_deep_copy(es);
    json_object_del(no_kid, "kid");
    json_t *unnamed = json_pack("{s:[O,o]}", "keys", rs, no_kid);
    CU_ASSERT_PTR_NULL(jws_key_set_parse(unnamed, &why));
    json_t *single = json_pack("{s:[O]}", "keys", es);
    set = jws_key_set_parse(single, &why);
    CU_ASSERT_PTR_NOT_NULL(jws_key_set_find(set, NULL));
    jws_key_set_free(set);
    json_t *not_a_set = json_pack("{s:s}", "keys", "x");
    CU_ASSERT_PTR_NULL(jws_key_set_parse(not_a_set, &why));
    json_decref(jwks);
    json_decref(dup);
    json_decref(unnamed);
    json_decref(single);
    json_decref(not_a_set);
}

int main(void)
{
    vectors = load_vectors();
    if (!vectors) {
        fprintf(stderr, "tests/fixtures/jws/node-vectors.json is missing\n");
        return 1;
    }
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("jws", NULL, NULL);
    CU_add_test(s, "RS256 reproduces Node's signature", test_rs256_reproduces_node);
    CU_add_test(s, "Node's signatures verify with their JWKs", test_node_signatures_verify_with_their_jwks);
    CU_add_test(s, "public JWK matches Node's", test_public_jwk_matches_node);
    CU_add_test(s, "round trip and tampering", test_round_trip_and_tampering);
    CU_add_test(s, "refused algorithms and forms", test_refused_algorithms_and_forms);
    CU_add_test(s, "bad JWKs", test_bad_jwks);
    CU_add_test(s, "key sets", test_key_sets);
    int rc = test_run_all();
    json_decref(vectors);
    return rc;
}
