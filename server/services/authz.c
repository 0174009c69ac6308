/* Authentication by bearer token and the authorization policy. For now the only
 * authenticated principals are platform operators, who may do everything. */
#include "authz.h"

#include "operator_token_store.h"
#include "token_cache.h"

bool auth_authenticate(svc_ctx *ctx)
{
    bool malformed = false;
    const char *token = rpc_call_bearer_token(ctx->call, &malformed);
    ctx->principal = (principal){PRINCIPAL_ANONYMOUS, NULL, NULL};
    if (malformed) {
        eb_fail(&ctx->err, EB_UNAUTHENTICATED, "MALFORMED_AUTHORIZATION",
                "the authorization metadata must be \"Bearer <token>\"");
        return false;
    }
    if (!token || token_cache_get(token, ctx->now_us, ctx->arena, &ctx->principal))
        return true;
    operator_token t;
    if (operator_token_parse(ctx->arena, token, &t)) {
        if (operator_token_check(ctx->db, &t, &ctx->principal, &ctx->err) != EB_OK)
            return false;
        token_cache_put(token, ctx->now_us, &ctx->principal);
        return true;
    }
    eb_fail(&ctx->err, EB_UNAUTHENTICATED, "INVALID_TOKEN",
            "the bearer token is not valid (unknown, revoked or wrong)");
    return false;
}

bool authz_require(svc_ctx *ctx, authz_action action, authz_node node)
{
    (void)action;
    (void)node;
    switch (ctx->principal.kind) {
    case PRINCIPAL_OPERATOR:
        return true;
    case PRINCIPAL_ANONYMOUS:
        eb_fail(&ctx->err, EB_UNAUTHENTICATED, "UNAUTHENTICATED", "this call needs a bearer token");
        return false;
    }
    eb_fail(&ctx->err, EB_PERMISSION_DENIED, "PERMISSION_DENIED",
            "the caller may not do this");
    return false;
}

bool authz_require_learner(svc_ctx *ctx, const char *learner_id)
{
    (void)learner_id; /* learner principals arrive with the access model */
    return authz_require(ctx, ACTION_UPDATE, (authz_node){NODE_PLATFORM, NULL});
}
