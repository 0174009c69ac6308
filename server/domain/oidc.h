/* OpenID Connect ID tokens of the configured issuers: the issuer configuration (a JSON
 * file naming each issuer, its audience, its JWKS file, the kind of principal its tokens
 * make and which "acr" values count as multi-factor) and the verification of a token
 * (RS256 or ES256 signature by a key of the issuer's set, iss, aud, exp, nbf and iat with a
 * small leeway) into the claims the platform uses. */
#ifndef EDUBADGES_OIDC_H
#define EDUBADGES_OIDC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Clock skew tolerated on exp, nbf and iat. */
#define OIDC_LEEWAY_SECONDS 60
/* Longer tokens are refused unread. */
#define OIDC_TOKEN_MAX 16384

typedef enum {
    OIDC_STAFF = 1,   /* staff of the institution named by schac_home_organization */
    OIDC_LEARNER = 2, /* learners, identified by the eduid claim (or sub) */
} oidc_kind;

typedef struct oidc_config oidc_config;

/* Reads the issuer file: {"issuers": [{"issuer": URL, "audience": TEXT, "jwks_file": PATH
 * (relative to the file), "principal": "staff" | "learner", "mfa_acr_values": [TEXT…]}]}.
 * NULL with a message in err when the file, a key set or a value is bad. */
oidc_config *oidc_config_load(const char *path, char *err, size_t errlen);
void oidc_config_free(oidc_config *c);
size_t oidc_config_issuers(const oidc_config *c);

typedef struct oidc_claims {
    oidc_kind kind;
    const char *issuer, *subject; /* subject: sub, or eduid for learners when present */
    const char *email;            /* lower-cased; NULL when absent */
    const char *person_name;      /* name, or given_name + family_name; NULL when none */
    const char *display_name;     /* person_name, or else the e-mail, or else the subject */
    const char *schac_home;       /* staff: schac_home_organization, lower-cased */
    const char *acr;              /* NULL when absent */
    const char *azp;              /* the client the token was issued to; NULL when absent */
    bool mfa;                     /* acr is one of the issuer's mfa_acr_values */
    int64_t expires_s;
} oidc_claims;

typedef enum {
    OIDC_OK = 0,
    OIDC_MALFORMED,
    OIDC_UNSUPPORTED_ALG,
    OIDC_UNKNOWN_ISSUER,
    OIDC_UNKNOWN_KEY,
    OIDC_BAD_SIGNATURE,
    OIDC_EXPIRED,
    OIDC_NOT_YET_VALID,
    OIDC_WRONG_AUDIENCE,
    OIDC_MISSING_CLAIM,
} oidc_status;

/* The stable error reason of a status ("TOKEN_EXPIRED", …). */
const char *oidc_status_reason(oidc_status s);

/* Verifies a token at now_s (Unix seconds). On OIDC_OK fills out (strings in a);
 * otherwise *detail says what is wrong (static or in a). */
oidc_status oidc_verify(const oidc_config *c, const char *token, int64_t now_s, arena *a, oidc_claims *out,
                        const char **detail);

#endif
