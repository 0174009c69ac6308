/* Authentication and authorization of calls. Authentication turns the bearer token into
 * a principal; authorization answers whether that principal may do an action on a node
 * of the organisation tree. Handlers only call authz_require; the access issue replaces
 * the policy behind it with the full role model without touching them. */
#ifndef EDUBADGES_AUTHZ_H
#define EDUBADGES_AUTHZ_H

#include <stdbool.h>

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

/* The levels of the organisation tree where permissions are held; a permission on a
 * node is inherited by everything below it. */
typedef enum {
    NODE_PLATFORM, /* the whole platform: creating institutions, operator reports */
    NODE_INSTITUTION,
    NODE_FACULTY,
    NODE_ISSUER,
    NODE_BADGE_CLASS,
} authz_level;

typedef struct authz_node {
    authz_level level;
    const char *id; /* public id of the node; NULL for the platform */
} authz_node;

/* Sets ctx->principal from the call's bearer token; false with UNAUTHENTICATED set when
 * the authorization metadata is malformed or the token is not valid. */
bool auth_authenticate(svc_ctx *ctx);
/* True when the principal may do action on node; otherwise sets UNAUTHENTICATED (no
 * principal) or PERMISSION_DENIED and returns false. */
bool authz_require(svc_ctx *ctx, authz_action action, authz_node node);

/* True when the principal may act as the learner (the learner themselves, or a trusted
 * platform principal acting for them); otherwise sets the error and returns false. */
bool authz_require_learner(svc_ctx *ctx, const char *learner_id);

#endif
