/* W3C Data Integrity cryptosuite eddsa-rdfc-2022: create and verify
 * DataIntegrityProof objects over JSON-LD documents (RDFC-1.0 + SHA-256 +
 * Ed25519), including proof sets and proof chains (previousProof). */
#ifndef EDUBADGES_DI_EDDSA_H
#define EDUBADGES_DI_EDDSA_H

#include <stdint.h>

#include <jansson.h>

#include "jl_error.h"
#include "jsonld.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DI_EDDSA_CRYPTOSUITE "eddsa-rdfc-2022"

typedef struct di_eddsa_key {
    uint8_t public_key[32];
    uint8_t secret_key[64]; /* libsodium form: seed || public key */
} di_eddsa_key;

void di_eddsa_key_from_seed(const uint8_t seed[32], di_eddsa_key *key);
/* From a Multikey secretKeyMultibase (either form). */
jl_status di_eddsa_key_from_multikey(const char *secret_multibase, di_eddsa_key *key, jl_error *err);
/* Wipes the secret. */
void di_eddsa_key_wipe(di_eddsa_key *key);

/* Intermediate values of one signature, for tests and diagnostics. */
typedef struct di_eddsa_trace {
    char *proof_canon;    /* canonical N-Quads of the proof configuration */
    char *document_canon; /* canonical N-Quads of the unsecured document */
    uint8_t proof_hash[32], document_hash[32];
    uint8_t signature[64];
} di_eddsa_trace;
void di_eddsa_trace_free(di_eddsa_trace *t);

/* Creates a proof over document (its "proof" entry, if any, is ignored; for a
 * proof chain put the previous proofs there and set "previousProof" in
 * options). options holds the proof options: "type" must be
 * "DataIntegrityProof" and "cryptosuite" "eddsa-rdfc-2022"; usually also
 * "created", "verificationMethod" and "proofPurpose". On success *proof is a
 * new object = options + "proofValue". opts: JSON-LD options (NULL = default
 * loader, safe mode on); trace may be NULL. */
jl_status di_eddsa_create_proof(const json_t *document, const json_t *options, const di_eddsa_key *key,
                                const jsonld_options *opts, json_t **proof, di_eddsa_trace *trace,
                                jl_error *err);

/* Signs: returns a copy of document whose "proof" array gains the new proof
 * (an existing single proof object becomes the first array item). */
jl_status di_eddsa_sign(const json_t *document, const json_t *options, const di_eddsa_key *key,
                        const jsonld_options *opts, json_t **signed_document, jl_error *err);

/* Finds the Ed25519 public key for a verificationMethod (never NULL: a proof
 * without one fails before any resolver is asked). Returns JL_OK and fills
 * public_key, or an error. */
typedef jl_status (*di_key_resolver)(void *ctx, const char *verification_method, uint8_t public_key[32],
                                     jl_error *err);

/* Resolver for did:key and for "<controller>#<publicKeyMultibase>" URLs: the
 * key is the Multikey in the fragment (no network). */
jl_status di_resolve_key_from_fragment(void *ctx, const char *verification_method, uint8_t public_key[32],
                                       jl_error *err);

/* Verifies every eddsa-rdfc-2022 proof of document (a proof object or an
 * array: a proof set; proofs with previousProof are checked against the
 * proofs they reference, i.e. a proof chain). resolver NULL =
 * di_resolve_key_from_fragment. JL_OK only when there is at least one proof
 * and all of them verify; JL_ERR_VERIFY when a signature does not match. */
jl_status di_eddsa_verify(const json_t *document, di_key_resolver resolver, void *resolver_ctx,
                          const jsonld_options *opts, jl_error *err);

#ifdef __cplusplus
}
#endif
#endif
