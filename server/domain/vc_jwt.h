/* VC-JWT as Open Badges 3.0 has it: a compact JWS whose header is alg, kid and typ "JWT"
 * (nothing else) and whose payload is the credential itself plus the registered claims
 * iss = issuer id, jti = credential id, nbf = validFrom, exp = validUntil (when present)
 * and sub = credentialSubject.id (when present; edubadges credentials identify the learner
 * by a hashed identifier instead, so theirs has no sub). */
#ifndef EDUBADGES_VC_JWT_H
#define EDUBADGES_VC_JWT_H

#include <stdbool.h>

#include <jansson.h>

#include "arena.h"
#include "jws.h"

/* The compact JWS (malloc'd), or NULL when the key cannot sign or validFrom is bad. */
char *vc_jwt_sign(const json_t *credential, const jws_key *key);

/* The credential inside a verified payload: the payload without the JWT claims (VC 2.0),
 * or its "vc" member (VC 1.1). A new reference. */
json_t *vc_jwt_credential(const json_t *payload);
/* NULL when the claims agree with the credential (iss, jti, nbf, exp, sub; an exp where the
 * credential has no validUntil disagrees too), else what disagrees. */
const char *vc_jwt_claims_mismatch(arena *a, const json_t *payload, const json_t *credential);
/* NULL when the header is one Open Badges 3.0 allows (alg, kid or jwk, typ "JWT"), else why not. */
const char *vc_jwt_header_problem(arena *a, const json_t *header);

/* Whether two public JWKs hold the same key (kty, crv, x, y, n, e). */
bool vc_jwk_same_key(const json_t *x, const json_t *y);

#endif
