/* Finding the Ed25519 key of a Data Integrity verificationMethod for the verifier, and
 * whether that key belongs to the issuer: did:key, "<controller>#z6Mk…" (the key in the
 * fragment, unless the controller document is available: then it must list the key; under
 * the service's own base URL it always must), did:web (DID document), an https controller
 * document with the method under a fragment, or an https Multikey document whose
 * controller document lists it; and the key of a VC-JWT.
 * Documents come from the caller's fetch function. */
#ifndef EDUBADGES_VC_KEYS_H
#define EDUBADGES_VC_KEYS_H

#include "credential_verify.h"
#include "jl_error.h"
#include "jws.h"

typedef struct vc_key_ctx {
    arena *a;
    vc_fetch_fn fetch;
    void *fetch_ctx;
    const char *own_base; /* see vc_verify_options */
    const char *issuer;   /* the id the key's controller must be */
    /* Filled by vc_resolve_key: every key resolved so far is bound to the issuer (its
     * controller is the issuer and lists it for assertionMethod), else why not. */
    int n_resolved;
    bool all_bound;
    const char *binding; /* the last explanation */
} vc_key_ctx;

/* A di_key_resolver over a vc_key_ctx. */
jl_status vc_resolve_key(void *ctx, const char *verification_method, uint8_t public_key[32], jl_error *err);

/* Verifies a VC-JWT with the key its header names (the JWK, or JWK Set, at its kid URL, or
 * its jwk) and records whether that key is in the JWK Set at the issuer id's authority
 * (/.well-known/jwks.json) with iss, when present, the issuer. On JWS_OK parts holds the
 * header and payload (jws_parts_clear); else *why says what failed. */
jws_status vc_jwt_verify(vc_key_ctx *k, const char *compact, jws_parts *parts, const char **why);

#endif
