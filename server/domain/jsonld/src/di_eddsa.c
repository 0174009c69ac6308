/* Data Integrity eddsa-rdfc-2022: proof configuration, hashing
 * (SHA-256(proof) || SHA-256(document)), Ed25519 signing and verification. */
#include "di_eddsa.h"

#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "multibase.h"

void di_eddsa_key_from_seed(const uint8_t seed[32], di_eddsa_key *key)
{
    crypto_sign_seed_keypair(key->public_key, key->secret_key, seed);
}

jl_status di_eddsa_key_from_multikey(const char *secret_multibase, di_eddsa_key *key, jl_error *err)
{
    uint8_t seed[32];
    if (multikey_decode_secret(secret_multibase, seed, err))
        return JL_ERR_MULTIBASE;
    di_eddsa_key_from_seed(seed, key);
    sodium_memzero(seed, sizeof seed);
    return JL_OK;
}

void di_eddsa_key_wipe(di_eddsa_key *key) { sodium_memzero(key, sizeof *key); }

void di_eddsa_trace_free(di_eddsa_trace *t)
{
    if (!t)
        return;
    free(t->proof_canon);
    free(t->document_canon);
    t->proof_canon = t->document_canon = NULL;
}

static const char *str(const json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

/* Safe mode by default: a signature must never cover less than the JSON says. */
static jsonld_options effective_options(const jsonld_options *opts)
{
    if (opts)
        return *opts;
    jsonld_options o = {.safe = true};
    return o;
}

/* Canonicalizes v and hashes it; *canon receives the N-Quads when wanted. */
static jl_status canon_hash(const json_t *v, const jsonld_options *opts, uint8_t hash[32], char **canon,
                            jl_error *err)
{
    rdfc10_result r;
    jl_status st = jsonld_canonize(v, opts, NULL, &r, err);
    if (st)
        return st;
    crypto_hash_sha256(hash, (const unsigned char *)r.nquads, r.nquads_len);
    if (canon) {
        *canon = r.nquads;
        r.nquads = NULL;
    }
    rdfc10_result_free(&r);
    return JL_OK;
}

/* Hashes of the proof configuration and of the unsecured document. The
 * configuration is proof minus proofValue with the document's @context; the
 * unsecured document is document with "proof" replaced by chain (or removed). */
static jl_status hash_data(const json_t *document, const json_t *proof, json_t *chain, const jsonld_options *opts,
                           uint8_t data[64], di_eddsa_trace *trace, jl_error *err)
{
    json_t *config = json_deep_copy(proof);
    json_t *unsecured = json_copy((json_t *)document);
    if (!config || !unsecured) {
        json_decref(config);
        json_decref(unsecured);
        return jl_error_set(err, JL_ERR_NOMEM, "proof configuration");
    }
    json_object_del(config, "proofValue");
    json_t *ctx = json_object_get(document, "@context");
    if (ctx)
        json_object_set(config, "@context", ctx);
    else
        json_object_del(config, "@context");
    json_object_del(unsecured, "proof");
    if (chain)
        json_object_set(unsecured, "proof", chain);
    jl_status st = canon_hash(config, opts, data, trace ? &trace->proof_canon : NULL, err);
    if (!st)
        st = canon_hash(unsecured, opts, data + 32, trace ? &trace->document_canon : NULL, err);
    if (!st && trace) {
        memcpy(trace->proof_hash, data, 32);
        memcpy(trace->document_hash, data + 32, 32);
    }
    json_decref(config);
    json_decref(unsecured);
    return st;
}

static jl_status check_suite(const json_t *proof, jl_error *err)
{
    const char *type = str(proof, "type"), *suite = str(proof, "cryptosuite");
    if (!json_is_object(proof) || !type || strcmp(type, "DataIntegrityProof") || !suite ||
        strcmp(suite, DI_EDDSA_CRYPTOSUITE))
        return jl_error_set(err, JL_ERR_PROOF, "expected a DataIntegrityProof with cryptosuite %s",
                            DI_EDDSA_CRYPTOSUITE);
    return JL_OK;
}

static bool proof_id_in(const json_t *previous, const char *id)
{
    if (!id)
        return false;
    if (json_is_string(previous))
        return !strcmp(json_string_value(previous), id);
    size_t i;
    json_t *v;
    json_array_foreach(previous, i, v)
        if (json_is_string(v) && !strcmp(json_string_value(v), id))
            return true;
    return false;
}

/* The proofs of all that previousProof names (VC-DI proof chains), or NULL. */
static jl_status chain_for(const json_t *all, const json_t *proof, json_t **chain, jl_error *err)
{
    const json_t *previous = json_object_get(proof, "previousProof");
    *chain = NULL;
    if (!previous)
        return JL_OK;
    if (!json_is_string(previous) && !json_is_array(previous))
        return jl_error_set(err, JL_ERR_PROOF, "previousProof must be a string or an array");
    size_t wanted = json_is_string(previous) ? 1 : json_array_size(previous);
    json_t *found = json_array();
    size_t i;
    json_t *p;
    json_array_foreach((json_t *)all, i, p)
        if (proof_id_in(previous, str(p, "id")))
            json_array_append(found, p);
    if (json_array_size(found) != wanted) {
        json_decref(found);
        return jl_error_set(err, JL_ERR_PROOF, "previousProof names a proof that is not in the document");
    }
    *chain = found;
    return JL_OK;
}

jl_status di_eddsa_create_proof(const json_t *document, const json_t *options, const di_eddsa_key *key,
                                const jsonld_options *opts, json_t **proof, di_eddsa_trace *trace,
                                jl_error *err)
{
    jl_error_clear(err);
    *proof = NULL;
    if (!json_is_object(document))
        return jl_error_set(err, JL_ERR_ARGUMENT, "document must be a JSON object");
    if (check_suite(options, err))
        return JL_ERR_PROOF;
    jsonld_options o = effective_options(opts);
    const json_t *existing = json_object_get(document, "proof");
    json_t *all = json_is_array(existing) ? json_incref((json_t *)existing)
                                          : existing ? json_pack("[O]", existing) : json_array();
    json_t *chain = NULL;
    uint8_t data[64], sig[64];
    jl_status st = chain_for(all, options, &chain, err);
    if (!st)
        st = hash_data(document, options, chain, &o, data, trace, err);
    json_decref(chain);
    json_decref(all);
    if (st)
        return st;
    crypto_sign_detached(sig, NULL, data, sizeof data, key->secret_key);
    if (trace)
        memcpy(trace->signature, sig, sizeof sig);
    char value[BASE58_ENCODED_MAX(64) + 1];
    if (multibase_encode(sig, sizeof sig, value, sizeof value, err))
        return JL_ERR_MULTIBASE;
    *proof = json_deep_copy(options);
    json_object_del(*proof, "@context");
    if (!*proof || json_object_set_new(*proof, "proofValue", json_string(value)))
        return jl_error_set(err, JL_ERR_NOMEM, "proof");
    return JL_OK;
}

jl_status di_eddsa_sign(const json_t *document, const json_t *options, const di_eddsa_key *key,
                        const jsonld_options *opts, json_t **signed_document, jl_error *err)
{
    json_t *proof;
    *signed_document = NULL;
    jl_status st = di_eddsa_create_proof(document, options, key, opts, &proof, NULL, err);
    if (st)
        return st;
    json_t *out = json_deep_copy(document);
    const json_t *existing = json_object_get(out, "proof");
    json_t *proofs = json_is_array(existing) ? json_incref((json_t *)existing)
                                             : existing ? json_pack("[O]", existing) : json_array();
    json_array_append_new(proofs, proof);
    json_object_set_new(out, "proof", proofs);
    *signed_document = out;
    return JL_OK;
}

jl_status di_resolve_key_from_fragment(void *ctx, const char *verification_method, uint8_t public_key[32],
                                       jl_error *err)
{
    (void)ctx;
    const char *fragment = verification_method ? strchr(verification_method, '#') : NULL;
    if (!fragment)
        return jl_error_set(err, JL_ERR_PROOF, "verificationMethod has no Multikey fragment");
    return multikey_decode_public(fragment + 1, public_key, err);
}

static jl_status verify_one(const json_t *document, const json_t *all, const json_t *proof,
                            di_key_resolver resolver, void *rctx, const jsonld_options *opts, jl_error *err)
{
    if (check_suite(proof, err))
        return JL_ERR_PROOF;
    uint8_t sig[80], pk[32], data[64];
    size_t sig_len;
    const char *value = str(proof, "proofValue");
    if (!value || multibase_decode(value, sig, sizeof sig, &sig_len, NULL) || sig_len != 64)
        return jl_error_set(err, JL_ERR_PROOF, "proofValue must be a multibase Ed25519 signature");
    if (!str(proof, "verificationMethod"))
        return jl_error_set(err, JL_ERR_PROOF, "the proof has no verificationMethod (a string)");
    if (resolver(rctx, str(proof, "verificationMethod"), pk, err))
        return err ? err->code : JL_ERR_PROOF;
    json_t *chain = NULL;
    jl_status st = chain_for(all, proof, &chain, err);
    if (!st)
        st = hash_data(document, proof, chain, opts, data, NULL, err);
    json_decref(chain);
    if (st)
        return st;
    if (crypto_sign_verify_detached(sig, data, sizeof data, pk) != 0)
        return jl_error_set(err, JL_ERR_VERIFY, "signature of proof by %s does not match",
                            str(proof, "verificationMethod"));
    return JL_OK;
}

jl_status di_eddsa_verify(const json_t *document, di_key_resolver resolver, void *resolver_ctx,
                          const jsonld_options *opts, jl_error *err)
{
    jl_error_clear(err);
    const json_t *p = json_is_object(document) ? json_object_get(document, "proof") : NULL;
    if (!p || (json_is_array(p) && !json_array_size(p)))
        return jl_error_set(err, JL_ERR_PROOF, "the document has no proof");
    jsonld_options o = effective_options(opts);
    json_t *all = json_is_array(p) ? json_incref((json_t *)p) : json_pack("[O]", p);
    jl_status st = JL_OK;
    size_t i;
    json_t *proof;
    json_array_foreach(all, i, proof) {
        if ((st = verify_one(document, all, proof, resolver ? resolver : di_resolve_key_from_fragment,
                             resolver_ctx, &o, err)))
            break;
    }
    json_decref(all);
    return st;
}
