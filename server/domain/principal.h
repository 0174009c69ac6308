/* Who makes a call: nobody (no token), a platform operator, a staff member of one
 * institution (an OpenID Connect token of a staff issuer), a learner (a token of the
 * learner issuer), or an API client (a SIS, an alliance partner bound to one institution,
 * or an internal tool of the platform) with a token from the client-credentials exchange. */
#ifndef EDUBADGES_PRINCIPAL_H
#define EDUBADGES_PRINCIPAL_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
    PRINCIPAL_ANONYMOUS = 0,
    PRINCIPAL_OPERATOR,
    PRINCIPAL_STAFF,
    PRINCIPAL_LEARNER,
    PRINCIPAL_CLIENT,
} principal_kind;

/* The kinds of API client; the numbers are those of edubadges.v1.ApiClientKind. */
typedef enum {
    CLIENT_KIND_NONE = 0,
    CLIENT_KIND_SIS = 1,      /* a student information system: awards with source SIS */
    CLIENT_KIND_ALLIANCE = 2, /* an alliance partner: awards with source ALLIANCE */
    CLIENT_KIND_INTERNAL = 3, /* a platform tool (the identity layer): acts for learners */
} client_kind;

typedef struct principal {
    principal_kind kind;
    /* The resource name of who acts: "operators/{id}", "staff/{id}", "apiClients/{id}" or
     * "learners/{id}"; NULL for nobody and for a learner not yet known to the platform. */
    const char *subject;
    const char *label;          /* for audit and logs: a name, never a secret, address or identifier */
    const char *institution_id; /* staff and institution-bound API clients: the public id */
    client_kind client_kind;
    bool mfa;           /* staff: the token's assurance counts as multi-factor */
    const char *client; /* the software that calls: the API client id or the token's azp */
    int64_t expires_us; /* when the credential ends; 0 = not limited */
} principal;

#endif
