/* The public documents behind an issuer's credentials: the controller document at the
 * issuer id (its published Ed25519 keys as Multikey verification methods, listed for
 * assertionMethod, with the issuer id as their controller), one key's document (Multikey,
 * or the public JWK of a JWT key) and JWK Sets of JWT keys. Retired keys are never in them. */
#ifndef EDUBADGES_OB3_DOCUMENTS_H
#define EDUBADGES_OB3_DOCUMENTS_H

#include <jansson.h>

#include "signing_key.h"

#define OB3_CONTEXT_DID "https://www.w3.org/ns/did/v1"
#define OB3_CONTEXT_MULTIKEY "https://w3id.org/security/multikey/v1"

/* New JSON objects; keys that are retired or of another kind are skipped. */
json_t *ob3_controller_document(arena *a, const char *base, const char *issuer_id, const eb_signing_key *keys,
                                int n);
json_t *ob3_key_document(arena *a, const char *base, const eb_signing_key *key);
json_t *ob3_jwks(arena *a, const char *base, const eb_signing_key *keys, int n);

#endif
