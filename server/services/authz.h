/* Authentication and authorization of calls. Authentication turns the bearer token into
 * a principal; authorization answers whether that principal may do an action on a node
 * of the organisation tree, resolving the node's ancestry (institution → faculty → issuer
 * → badge class) and the memberships that apply in one query. Handlers only call
 * authz_require (and authz_require_learner for learner calls). */
#ifndef EDUBADGES_AUTHZ_H
#define EDUBADGES_AUTHZ_H

#include <stdbool.h>

#include "permissions.h"
#include "service.h"

/* The seven permission flags of the platform. */
typedef enum {
    ACTION_READ,
    ACTION_CREATE,
    ACTION_UPDATE,
    ACTION_DELETE,
    ACTION_AWARD,
    ACTION_SIGN,
    ACTION_ADMINISTRATE_USERS,
} authz_action;

/* What a permission is asked on. The tree levels hold memberships; the things below a
 * badge class take its permissions; memberships and invitations take those of their
 * node; API clients and staff members those of their institution; a learner's things
 * (assertions and badge requests, for reading) are also the learner's own. */
typedef enum {
    NODE_PLATFORM, /* the whole platform: creating institutions, upserting learners */
    NODE_INSTITUTION,
    NODE_FACULTY,
    NODE_ISSUER,
    NODE_BADGE_CLASS,
    NODE_ASSERTION,
    NODE_DIRECT_AWARD_BUNDLE,
    NODE_DIRECT_AWARD,
    NODE_BADGE_REQUEST,
    NODE_MEMBERSHIP,
    NODE_INVITATION,
    NODE_API_CLIENT,
    NODE_STAFF,
    NODE_LEARNER, /* a learner: only the learner themselves (and operators) */
} authz_level;

typedef struct authz_node {
    authz_level level;
    const char *id; /* public id of the node; NULL for the platform */
} authz_node;

/* Sets ctx->principal from the call's bearer token (an operator token, an API client
 * token or an OpenID Connect ID token); false with UNAUTHENTICATED set when the
 * authorization metadata is malformed or the token is not valid, PERMISSION_DENIED when
 * a valid staff token has no place here (unknown institution, not invited) or a client's
 * institution is archived or has switched its SIS integration off. */
bool auth_authenticate(svc_ctx *ctx);

/* True when the principal may do action on node; otherwise sets UNAUTHENTICATED (no
 * principal), NOT_FOUND (no such node; operators get the handler's own NOT_FOUND),
 * PERMISSION_DENIED (MFA_REQUIRED when the institution requires MFA of staff and the
 * token lacks it) and returns false. Remembers the node's institution for the audit. */
bool authz_require(svc_ctx *ctx, authz_action action, authz_node node);

/* Like authz_require for reading, but gives the caller's effective permissions on the
 * node (every flag for operators) instead of checking one: for grants. */
bool authz_permissions(svc_ctx *ctx, authz_node node, perm_set *out);

/* True when the principal may act as the learner: the learner themselves, or a platform
 * operator or internal API client acting for them; otherwise sets the error. */
bool authz_require_learner(svc_ctx *ctx, const char *learner_id);

#endif
