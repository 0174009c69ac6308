/* Bit-exact Data Integrity vectors: the 1EdTech OB 3.0 eddsa-rdfc-2022 vector,
 * the W3C vc-di-eddsa vectors (plain and "employ"), the W3C proof set / proof
 * chain vectors, the OB 3.0 example oracles, tampering and the rejected
 * edubadges draft context. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/Basic.h>
#include <sodium.h>

#include "di_eddsa.h"
#include "jl_test_support.h"
#include "multibase.h"

#define OB "ob3-vectors/1edtech-obv3p0/"
#define W3C "ob3-vectors/w3c-vc-di-eddsa/"
#define CHAIN W3C "proof-set-chain/"

static json_t *fixture_json(const char *rel) { return load_json(fixture_path(rel)); }

static char *fixture_text(const char *rel) { return read_file(fixture_path(rel), NULL); }

static void assert_hex(const uint8_t *bytes, size_t n, const char *want)
{
    char hex[2 * 64 + 1];
    to_hex(bytes, n, hex);
    CU_ASSERT_STRING_EQUAL(hex, want);
}

static void assert_text_fixture(const char *got, const char *rel)
{
    char *want = fixture_text(rel);
    CU_ASSERT_PTR_NOT_NULL_FATAL(want);
    /* hash/signature .txt files carry no trailing newline */
    CU_ASSERT_STRING_EQUAL(got, want);
    free(want);
}

static void test_1edtech_vector(void)
{
    json_t *keyj = fixture_json(OB "key.json"), *doc = fixture_json(OB "unsigned-credential.json"),
           *opts = fixture_json(OB "proof-options.json");
    CU_ASSERT_PTR_NOT_NULL_FATAL(keyj);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(opts);
    const json_t *exp = json_object_get(keyj, "expected");
    uint8_t seed[32];
    CU_ASSERT_EQUAL_FATAL(sodium_hex2bin(seed, 32, json_string_value(json_object_get(keyj, "seedHex")), 64,
                                         NULL, NULL, NULL), 0);
    di_eddsa_key key, key2;
    di_eddsa_key_from_seed(seed, &key);
    jl_error err;
    jl_error_clear(&err);
    /* the older 64-byte secretKeyMultibase decodes to the same key */
    CU_ASSERT_EQUAL(di_eddsa_key_from_multikey(json_string_value(json_object_get(keyj, "secretKeyMultibase")),
                                               &key2, &err), JL_OK);
    CU_ASSERT(memcmp(key.secret_key, key2.secret_key, 64) == 0);
    char mk[MULTIKEY_TEXT_MAX];
    CU_ASSERT_EQUAL(multikey_encode_public(key.public_key, mk, &err), JL_OK);
    CU_ASSERT_STRING_EQUAL(mk, json_string_value(json_object_get(keyj, "publicKeyMultibase")));

    di_eddsa_trace tr = {0};
    json_t *proof = NULL;
    CU_ASSERT_EQUAL_FATAL(di_eddsa_create_proof(doc, opts, &key, NULL, &proof, &tr, &err), JL_OK);
    char *doc_canon = fixture_text(OB "document-canon.txt"), *proof_canon = fixture_text(OB "proof-canon.txt");
    CU_ASSERT_STRING_EQUAL(tr.document_canon, doc_canon);
    CU_ASSERT_STRING_EQUAL(tr.proof_canon, proof_canon);
    assert_hex(tr.document_hash, 32, json_string_value(json_object_get(exp, "documentHashHex")));
    assert_hex(tr.proof_hash, 32, json_string_value(json_object_get(exp, "proofHashHex")));
    assert_hex(tr.signature, 64, json_string_value(json_object_get(exp, "signatureHex")));
    CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(proof, "proofValue")),
                           json_string_value(json_object_get(exp, "proofValue")));
    free(doc_canon);
    free(proof_canon);
    di_eddsa_trace_free(&tr);

    /* the published signed credential verifies; one changed field does not */
    json_t *signed_doc = fixture_json(OB "signed-credential.json");
    CU_ASSERT_EQUAL(di_eddsa_verify(signed_doc, NULL, NULL, NULL, &err), JL_OK);
    json_object_set_new(signed_doc, "name", json_string("Tampered name"));
    CU_ASSERT_EQUAL(di_eddsa_verify(signed_doc, NULL, NULL, NULL, &err), JL_ERR_VERIFY);
    json_decref(signed_doc);

    /* sign -> verify round trip; tampering a nested field is detected */
    json_t *signed2 = NULL;
    CU_ASSERT_EQUAL_FATAL(di_eddsa_sign(doc, opts, &key, NULL, &signed2, &err), JL_OK);
    CU_ASSERT(json_is_array(json_object_get(signed2, "proof")));
    CU_ASSERT_EQUAL(di_eddsa_verify(signed2, NULL, NULL, NULL, &err), JL_OK);
    json_t *subject = json_object_get(signed2, "credentialSubject");
    json_object_set_new(subject, "id", json_string("did:example:someone-else"));
    CU_ASSERT_EQUAL(di_eddsa_verify(signed2, NULL, NULL, NULL, &err), JL_ERR_VERIFY);
    json_decref(signed2);
    json_decref(proof);
    json_decref(keyj);
    json_decref(doc);
    json_decref(opts);
}

static void run_w3c_vector(const char *dir, const char *unsigned_rel)
{
    char rel[512];
    json_t *pair = fixture_json(W3C "keyPair.json"), *doc = fixture_json(unsigned_rel);
    snprintf(rel, sizeof rel, "%sproofConfigDataInt.json", dir);
    json_t *config = fixture_json(rel);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pair);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(config);
    jl_error err;
    jl_error_clear(&err);
    di_eddsa_key key;
    CU_ASSERT_EQUAL_FATAL(di_eddsa_key_from_multikey(json_string_value(json_object_get(pair, "privateKeyMultibase")),
                                                     &key, &err), JL_OK);
    char mk[MULTIKEY_TEXT_MAX];
    multikey_encode_public(key.public_key, mk, &err);
    CU_ASSERT_STRING_EQUAL(mk, json_string_value(json_object_get(pair, "publicKeyMultibase")));
    di_eddsa_trace tr = {0};
    json_t *proof = NULL;
    CU_ASSERT_EQUAL_FATAL(di_eddsa_create_proof(doc, config, &key, NULL, &proof, &tr, &err), JL_OK);
    char hex[129];
    snprintf(rel, sizeof rel, "%scanonDocDataInt.txt", dir);
    assert_text_fixture(tr.document_canon, rel);
    snprintf(rel, sizeof rel, "%sproofCanonDataInt.txt", dir);
    assert_text_fixture(tr.proof_canon, rel);
    to_hex(tr.document_hash, 32, hex);
    snprintf(rel, sizeof rel, "%sdocHashDataInt.txt", dir);
    assert_text_fixture(hex, rel);
    to_hex(tr.proof_hash, 32, hex);
    snprintf(rel, sizeof rel, "%sproofHashDataInt.txt", dir);
    assert_text_fixture(hex, rel);
    uint8_t combined[64];
    memcpy(combined, tr.proof_hash, 32);
    memcpy(combined + 32, tr.document_hash, 32);
    to_hex(combined, 64, hex);
    snprintf(rel, sizeof rel, "%scombinedHashDataInt.txt", dir);
    assert_text_fixture(hex, rel);
    to_hex(tr.signature, 64, hex);
    snprintf(rel, sizeof rel, "%ssigHexDataInt.txt", dir);
    assert_text_fixture(hex, rel);
    snprintf(rel, sizeof rel, "%ssigBTC58DataInt.txt", dir);
    assert_text_fixture(json_string_value(json_object_get(proof, "proofValue")), rel);
    snprintf(rel, sizeof rel, "%ssignedDataInt.json", dir);
    json_t *signed_doc = fixture_json(rel);
    CU_ASSERT(json_equal(json_object_get(signed_doc, "proof"), proof));
    CU_ASSERT_EQUAL(di_eddsa_verify(signed_doc, NULL, NULL, NULL, &err), JL_OK);
    di_eddsa_trace_free(&tr);
    json_decref(signed_doc);
    json_decref(proof);
    json_decref(pair);
    json_decref(doc);
    json_decref(config);
}

static void test_w3c_vector(void) { run_w3c_vector(W3C "eddsa-rdfc-2022/", W3C "unsigned.json"); }

static void test_w3c_employ_vector(void)
{
    run_w3c_vector(W3C "eddsa-rdfc-2022/employ/", W3C "employmentAuth.json");
}

static void test_proof_sets_and_chains(void)
{
    static const char *const files[] = {"signedProofSet1.json", "signedProofSet2.json",
                                        "signedProofChain1.json", "signedProofChain2.json"};
    jl_error err;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char rel[256];
        snprintf(rel, sizeof rel, CHAIN "%s", files[i]);
        json_t *doc = fixture_json(rel);
        CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
        jl_error_clear(&err);
        CU_ASSERT_EQUAL(di_eddsa_verify(doc, NULL, NULL, NULL, &err), JL_OK);
        if (err.code)
            printf("%s: %s\n", files[i], err.message);
        /* changing a proof that a later proof chains to breaks the chain */
        json_t *proofs = json_object_get(doc, "proof");
        json_t *first = json_is_array(proofs) ? json_array_get(proofs, 0) : proofs;
        json_object_set_new(first, "created", json_string("2020-01-01T00:00:00Z"));
        CU_ASSERT_NOT_EQUAL(di_eddsa_verify(doc, NULL, NULL, NULL, &err), JL_OK);
        json_decref(doc);
    }
}

/* Re-creating the last link of the chain reproduces its proofValue. */
static void test_chain_signing(void)
{
    json_t *keys = fixture_json(CHAIN "multiKeyPairs.json"), *temp = fixture_json(CHAIN "proofChainTempDoc2.json"),
           *config = fixture_json(CHAIN "proofChainConfig2.json"),
           *want = fixture_json(CHAIN "signedProofChain2.json");
    CU_ASSERT_PTR_NOT_NULL_FATAL(keys);
    CU_ASSERT_PTR_NOT_NULL_FATAL(temp);
    CU_ASSERT_PTR_NOT_NULL_FATAL(config);
    CU_ASSERT_PTR_NOT_NULL_FATAL(want);
    jl_error err;
    jl_error_clear(&err);
    di_eddsa_key key;
    const char *sk = json_string_value(json_object_get(json_object_get(keys, "keyPair4"), "privateKeyMultibase"));
    CU_ASSERT_EQUAL_FATAL(di_eddsa_key_from_multikey(sk, &key, &err), JL_OK);
    json_t *proof = NULL;
    CU_ASSERT_EQUAL_FATAL(di_eddsa_create_proof(temp, config, &key, NULL, &proof, NULL, &err), JL_OK);
    json_t *proofs = json_object_get(want, "proof");
    json_t *last = json_array_get(proofs, json_array_size(proofs) - 1);
    CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(proof, "proofValue")),
                           json_string_value(json_object_get(last, "proofValue")));
    json_decref(proof);
    json_decref(keys);
    json_decref(temp);
    json_decref(config);
    json_decref(want);
}

static void canon_oracle(const char *json_rel, const char *nq_rel)
{
    json_t *doc = fixture_json(json_rel);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    jsonld_options o = {.safe = true};
    rdfc10_result r;
    jl_error err;
    jl_error_clear(&err);
    CU_ASSERT_EQUAL_FATAL(jsonld_canonize(doc, &o, NULL, &r, &err), JL_OK);
    assert_text_fixture(r.nquads, nq_rel);
    rdfc10_result_free(&r);
    json_decref(doc);
}

static void test_ob3_examples(void)
{
    canon_oracle("ob3-examples/ref/full_ex.json", "ob3-examples/derived/full_ex.rdfc10.nq");
    canon_oracle("ob3-examples/ref/minimal_valid_obv3.json", "ob3-examples/derived/minimal_valid_obv3.rdfc10.nq");
}

static void test_edubadges_draft_context_rejected(void)
{
    jl_error err;
    jl_error_clear(&err);
    jl_loader *loader = jl_loader_new(true, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(loader);
    json_t *ctx = fixture_json("ob3-examples/contexts/educredential.json");
    CU_ASSERT_EQUAL(jl_loader_add_json(loader,
                                       "https://raw.githubusercontent.com/educredentials/obv3-examples/refs/"
                                       "heads/main/contexts/educredential.json",
                                       ctx, &err), JL_OK);
    json_t *doc = fixture_json("ob3-examples/credentials/theed_microcredential_full_ho.json");
    jsonld_options o = {.loader = loader, .safe = true};
    rdfc10_result r;
    CU_ASSERT_EQUAL(jsonld_canonize(doc, &o, NULL, &r, &err), JL_ERR_INVALID_SCOPED_CONTEXT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "supervisionType"));
    /* without the registration the context is unknown, and never fetched */
    o.loader = NULL;
    CU_ASSERT_EQUAL(jsonld_canonize(doc, &o, NULL, &r, &err), JL_ERR_LOADING_REMOTE_CONTEXT_FAILED);
    json_decref(doc);
    json_decref(ctx);
    jl_loader_free(loader);
}

int main(void)
{
    if (sodium_init() < 0 || CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    CU_pSuite s = CU_add_suite("data-integrity-vectors", NULL, NULL);
    CU_add_test(s, "1EdTech OB 3.0 eddsa-rdfc-2022 vector", test_1edtech_vector);
    CU_add_test(s, "W3C vc-di-eddsa eddsa-rdfc-2022 vector", test_w3c_vector);
    CU_add_test(s, "W3C vc-di-eddsa employ vector", test_w3c_employ_vector);
    CU_add_test(s, "W3C proof sets and chains verify", test_proof_sets_and_chains);
    CU_add_test(s, "W3C proof chain signing", test_chain_signing);
    CU_add_test(s, "OB 3.0 example canonical oracles", test_ob3_examples);
    CU_add_test(s, "edubadges draft context is rejected", test_edubadges_draft_context_rejected);
    return run_registered_tests();
}
