/* Data Integrity error paths: bad options, missing or malformed proofs,
 * unknown keys, broken chains. */
#include <string.h>

#include <CUnit/CUnit.h>

#include "di_eddsa.h"
#include "jl_test_support.h"
#include "unit.h"

#define VECTORS "ob3-vectors/w3c-vc-di-eddsa/"

static json_t *signed_vector(void) { return load_json(fixture_path(VECTORS "eddsa-rdfc-2022/signedDataInt.json")); }

static void test_bad_options(void)
{
    json_t *doc = load_json(fixture_path(VECTORS "unsigned.json"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    uint8_t seed[32] = {0};
    di_eddsa_key key;
    di_eddsa_key_from_seed(seed, &key);
    json_t *proof = NULL;
    jl_error err;
    json_t *jcs = json_pack("{ssss}", "type", "DataIntegrityProof", "cryptosuite", "eddsa-jcs-2022");
    CU_ASSERT_EQUAL(di_eddsa_create_proof(doc, jcs, &key, NULL, &proof, NULL, &err), JL_ERR_PROOF);
    CU_ASSERT_PTR_NULL(proof);
    json_t *chain = json_pack("{ssssss}", "type", "DataIntegrityProof", "cryptosuite", "eddsa-rdfc-2022",
                              "previousProof", "urn:uuid:missing");
    CU_ASSERT_EQUAL(di_eddsa_create_proof(doc, chain, &key, NULL, &proof, NULL, &err), JL_ERR_PROOF);
    json_t *s = json_string("not a document");
    CU_ASSERT_EQUAL(di_eddsa_create_proof(s, chain, &key, NULL, &proof, NULL, &err), JL_ERR_ARGUMENT);
    CU_ASSERT_EQUAL(di_eddsa_key_from_multikey("zNotAKey", &key, &err), JL_ERR_MULTIBASE);
    json_decref(s);
    json_decref(jcs);
    json_decref(chain);
    json_decref(doc);
}

/* A resolver that, like most, needs a verificationMethod to look at. */
static jl_status resolver_needing_a_method(void *ctx, const char *vm, uint8_t pk[32], jl_error *err)
{
    (void)ctx;
    CU_ASSERT_PTR_NOT_NULL_FATAL(vm);
    return di_resolve_key_from_fragment(NULL, vm, pk, err);
}

static void test_bad_proofs(void)
{
    json_t *doc = signed_vector();
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    jl_error err;
    json_t *proof = json_object_get(doc, "proof");
    json_t *saved = json_deep_copy(proof);

    json_object_set_new(proof, "proofValue", json_string("uNotBase58"));
    CU_ASSERT_EQUAL(di_eddsa_verify(doc, NULL, NULL, NULL, &err), JL_ERR_PROOF);

    /* no verificationMethod, or not a string: an error, the resolver is not asked */
    json_object_set(doc, "proof", saved);
    proof = json_object_get(doc, "proof");
    json_object_del(proof, "verificationMethod");
    CU_ASSERT_EQUAL(di_eddsa_verify(doc, resolver_needing_a_method, NULL, NULL, &err), JL_ERR_PROOF);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "verificationMethod"));
    json_object_set_new(proof, "verificationMethod", json_integer(5));
    CU_ASSERT_EQUAL(di_eddsa_verify(doc, resolver_needing_a_method, NULL, NULL, &err), JL_ERR_PROOF);

    json_object_set_new(proof, "verificationMethod", json_string("https://example.org/keys/1"));
    CU_ASSERT_EQUAL(di_eddsa_verify(doc, NULL, NULL, NULL, &err), JL_ERR_PROOF);

    /* another valid key than the signer's */
    json_object_set_new(proof, "verificationMethod",
                        json_string("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#"
                                    "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"));
    CU_ASSERT_EQUAL(di_eddsa_verify(doc, NULL, NULL, NULL, &err), JL_ERR_VERIFY);

    json_object_del(doc, "proof");
    CU_ASSERT_EQUAL(di_eddsa_verify(doc, NULL, NULL, NULL, &err), JL_ERR_PROOF);
    json_object_set_new(doc, "proof", json_array());
    CU_ASSERT_EQUAL(di_eddsa_verify(doc, NULL, NULL, NULL, &err), JL_ERR_PROOF);
    json_decref(saved);
    json_decref(doc);
}

static void test_unsafe_document_is_not_signed(void)
{
    json_t *doc = load_json(fixture_path(VECTORS "unsigned.json"));
    json_t *options = load_json(fixture_path(VECTORS "eddsa-rdfc-2022/proofConfigDataInt.json"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(options);
    /* The examples context maps every term through @vocab, so use a context
     * without it: an undefined term must stop signing in safe mode. */
    json_object_set_new(doc, "@context", json_pack("[s]", "https://www.w3.org/ns/credentials/v2"));
    json_object_set_new(doc, "typoedProperty", json_string("would not be signed"));
    uint8_t seed[32] = {3};
    di_eddsa_key key;
    di_eddsa_key_from_seed(seed, &key);
    json_t *out = NULL;
    jl_error err;
    CU_ASSERT_EQUAL(di_eddsa_sign(doc, options, &key, NULL, &out, &err), JL_ERR_SAFE_MODE);
    CU_ASSERT_PTR_NULL(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "is not defined by any context"));
    json_decref(doc);
    json_decref(options);
}

void register_di_tests(void)
{
    CU_pSuite s = CU_add_suite("data-integrity", NULL, NULL);
    CU_add_test(s, "bad proof options and keys", test_bad_options);
    CU_add_test(s, "bad proofs", test_bad_proofs);
    CU_add_test(s, "safe mode protects signing", test_unsafe_document_is_not_signed);
}
