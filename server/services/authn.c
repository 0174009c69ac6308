/* Authentication by bearer token: operator tokens ("ebo."), API client tokens ("ebc.")
 * and OpenID Connect ID tokens of the configured issuers (staff or learners). Verified
 * principals are cached for a few seconds (token_cache). */
#include <string.h>

#include "api_client_store.h"
#include "authz.h"
#include "convert.h"
#include "operator_token_store.h"
#include "staff_store.h"
#include "token_cache.h"

static bool invalid(svc_ctx *ctx, const char *reason, const char *message)
{
    eb_fail(&ctx->err, EB_UNAUTHENTICATED, reason, "%s", message);
    return false;
}

static bool looks_like_jwt(const char *token)
{
    const char *dot = strchr(token, '.');
    return dot && strchr(dot + 1, '.') && !strchr(strchr(dot + 1, '.') + 1, '.');
}

/* A verified ID token: a staff member (logged in, invitations taken up) or a learner. */
static bool from_id_token(svc_ctx *ctx, const char *token)
{
    if (!ctx->app->oidc)
        return invalid(ctx, "INVALID_TOKEN", "the bearer token is not valid (no OpenID Connect issuer is configured)");
    oidc_claims c;
    const char *detail;
    oidc_status st = oidc_verify(ctx->app->oidc, token, ctx->now_us / 1000000, ctx->arena, &c, &detail);
    if (st != OIDC_OK)
        return invalid(ctx, oidc_status_reason(st), arena_sprintf(ctx->arena, "the ID token is not valid: %s", detail));
    if (c.kind == OIDC_STAFF) {
        const char *method = rpc_call_method(ctx->call);
        eb_audit_event call = {.actor_label = pb_str(c.person_name), .client = pb_str(c.azp),
                               .method = (char *)(method[0] == '/' ? method + 1 : method),
                               .request_id = (char *)rpc_call_request_id(ctx->call),
                               .peer = (char *)rpc_call_peer(ctx->call)};
        return staff_login(ctx->db, &c, &call, ctx->now_us, &ctx->principal, &ctx->err) == EB_OK;
    }
    const char *learner_id;
    if (learner_of_eduid(ctx->db, c.subject, &learner_id, &ctx->err) != EB_OK)
        return false;
    ctx->principal = (principal){.kind = PRINCIPAL_LEARNER,
                                 .subject = learner_id ? arena_sprintf(ctx->arena, "learners/%s", learner_id) : NULL,
                                 .label = c.person_name, .client = c.azp, .expires_us = c.expires_s * 1000000};
    return true;
}

bool auth_authenticate(svc_ctx *ctx)
{
    bool malformed = false;
    const char *token = rpc_call_bearer_token(ctx->call, &malformed);
    ctx->principal = (principal){0};
    if (malformed)
        return invalid(ctx, "MALFORMED_AUTHORIZATION", "the authorization metadata must be \"Bearer <token>\"");
    if (!token || token_cache_get(token, ctx->now_us, ctx->arena, &ctx->principal))
        return true;
    opaque_token t;
    bool ok;
    if (opaque_token_parse(ctx->arena, OPERATOR_TOKEN_PREFIX, token, &t))
        ok = operator_token_check(ctx->db, &t, &ctx->principal, &ctx->err) == EB_OK;
    else if (opaque_token_parse(ctx->arena, CLIENT_TOKEN_PREFIX, token, &t))
        ok = api_client_token_check(ctx->db, &t, ctx->now_us, &ctx->principal, &ctx->err) == EB_OK;
    else if (looks_like_jwt(token))
        ok = from_id_token(ctx, token);
    else
        return invalid(ctx, "INVALID_TOKEN", "the bearer token is not valid (unknown, revoked or wrong)");
    if (!ok) {
        ctx->principal = (principal){0};
        return false;
    }
    token_cache_put(token, ctx->now_us, &ctx->principal);
    return true;
}
