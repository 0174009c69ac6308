/* A test OpenID Connect issuer for the main job and the tests, never for production:
 * keys kept in a directory (an RS256 key for the staff issuer, an ES256 key for the
 * learner issuer), the JWK Set and the server's issuer file (--oidc-issuers) made from
 * them, and signed ID tokens with any claims. */
#ifndef EDUBADGES_TEST_ISSUER_H
#define EDUBADGES_TEST_ISSUER_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#define TEST_STAFF_ISSUER "https://login.test.edubadges.nl/staff"
#define TEST_LEARNER_ISSUER "https://login.test.edubadges.nl/eduid"
#define TEST_AUDIENCE "edubadges"
#define TEST_MFA_ACR "https://refeds.org/profile/mfa"

/* Writes staff.pem, learner.pem, staff-jwks.json, learner-jwks.json and issuers.json into
 * dir (which must exist). */
bool test_issuer_init(const char *dir, char *err, size_t errlen);
/* The path of dir's issuer file (static buffer). */
const char *test_issuer_config(const char *dir);
/* A signed ID token of the staff ("staff") or learner ("learner") issuer with the claims
 * given; iss, aud, iat and exp (an hour from now) are added unless present. malloc'd;
 * NULL with err set. */
char *test_issuer_token(const char *dir, const char *which, const json_t *claims, char *err, size_t errlen);

#endif
