/* edubadges.v1.AuthService: the client-credentials exchange (with the lock-out after
 * repeated wrong secrets), token revocation, and who the caller is. The exchange and the
 * revocation check credentials themselves: a wrong secret is counted even though the call
 * fails, so they keep their own transactions and audit events. */
#include <string.h>

#include "api_client_store.h"
#include "authz.h"
#include "client_secret.h"
#include "convert.h"
#include "edubadges/v1/auth.pb-c.h"
#include "ids.h"
#include "institution_store.h"
#include "opaque_token.h"
#include "service.h"
#include "text.h"
#include "token_cache.h"

static bool invalid_client(svc_ctx *ctx)
{
    eb_fail(&ctx->err, EB_UNAUTHENTICATED, "INVALID_CLIENT", "the client id or client secret is wrong, or the client is disabled");
    return false;
}

/* The client's secret checked against its lock and hash, with the client's row locked: true
 * inside the transaction that goes on to issue the token; a wrong one counted (committed). */
static bool client_authenticated(svc_ctx *ctx, const char *client_id, const char *secret)
{
    client_secret_row row;
    if (db_begin(ctx->db, &ctx->err) != EB_OK || api_client_secret(ctx->db, client_id, &row, &ctx->err) != EB_OK)
        return false;
    if (row.found && row.locked_until_us > ctx->now_us) {
        eb_fail(&ctx->err, EB_RESOURCE_EXHAUSTED, "CLIENT_LOCKED",
                "too many wrong secrets for this client: try again in %lld seconds",
                (long long)((row.locked_until_us - ctx->now_us) / 1000000 + 1));
        return false;
    }
    if (client_secret_verify(secret, row.found ? row.secret_hash : NULL))
        return api_client_institution_allows(&ctx->err, row.kind, row.institution_archived, row.sis_enabled) == EB_OK;
    int64_t lock = 0;
    if (row.found && (api_client_failed(ctx->db, client_id, ctx->now_us, &lock, &ctx->err) != EB_OK ||
                      db_commit(ctx->db, &ctx->err) != EB_OK))
        return false;
    return invalid_client(ctx);
}

/* Commits a credentials call's change with its audit event on behalf of the client. */
static bool audited(svc_ctx *ctx, const ProtobufCMessage *request, const ProtobufCMessage *response,
                    const char *client_id)
{
    eb_api_client c;
    if (api_client_get(ctx->db, client_id, &c, &ctx->err) != EB_OK)
        return false;
    ctx->audit.actor = eb_resource_name(ctx->arena, "apiClients", client_id);
    ctx->audit.actor_label = c.display_name;
    ctx->audit.resource = ctx->audit.actor;
    ctx->audit.institution_id = *c.institution_id ? c.institution_id : NULL;
    return svc_audit(ctx, request, response) && db_commit(ctx->db, &ctx->err) == EB_OK;
}

static ProtobufCMessage *exchange(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ExchangeClientCredentialsRequest *req = (const void *)request;
    if (strcmp(pb_str(req->grant_type), "client_credentials") != 0)
        eb_violate(&ctx->err, "grant_type", "must be \"client_credentials\"");
    if (!eb_valid_id(pb_str(req->client_id)))
        eb_violate(&ctx->err, "client_id", "must be the 22-character id of an API client");
    if (!*pb_str(req->client_secret) || strlen(req->client_secret) > CLIENT_SECRET_MAX)
        eb_violate(&ctx->err, "client_secret", "must be 1 to %d characters", CLIENT_SECRET_MAX);
    if (svc_invalid(ctx) || !client_authenticated(ctx, req->client_id, req->client_secret))
        return NULL;
    opaque_token t = opaque_token_new(ctx->arena, CLIENT_TOKEN_PREFIX);
    int64_t expires_us = ctx->now_us + ctx->app->client_token_seconds * 1000000;
    Edubadges__V1__ExchangeClientCredentialsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__exchange_client_credentials_response__init(resp);
    resp->access_token = t.text;
    resp->token_type = "Bearer";
    resp->expires_in = (int32_t)ctx->app->client_token_seconds;
    resp->expire_time = pb_timestamp(ctx->arena, expires_us);
    resp->api_client = eb_resource_name(ctx->arena, "apiClients", req->client_id);
    if (api_client_token_issue(ctx->db, req->client_id, &t, ctx->now_us, expires_us, &ctx->err) != EB_OK ||
        !audited(ctx, request, &resp->base, req->client_id))
        return NULL;
    return &resp->base;
}

static ProtobufCMessage *revoke(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__RevokeClientTokenRequest *req = (const void *)request;
    if (!*pb_str(req->token))
        eb_violate(&ctx->err, "token", "is required");
    if (svc_invalid(ctx))
        return NULL;
    Edubadges__V1__RevokeClientTokenResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__revoke_client_token_response__init(resp);
    opaque_token t;
    if (!opaque_token_parse(ctx->arena, CLIENT_TOKEN_PREFIX, req->token, &t))
        return &resp->base; /* not a client token: nothing to revoke */
    const char *client_id = NULL;
    if (db_begin(ctx->db, &ctx->err) != EB_OK ||
        api_client_token_revoke(ctx->db, &t, ctx->now_us, &client_id, &ctx->err) != EB_OK ||
        (client_id && !audited(ctx, request, &resp->base, client_id)))
        return NULL;
    token_cache_forget(req->token);
    return &resp->base;
}

static Edubadges__V1__PrincipalKind kind_of(principal_kind k)
{
    switch (k) {
    case PRINCIPAL_OPERATOR: return EDUBADGES__V1__PRINCIPAL_KIND__PRINCIPAL_KIND_OPERATOR;
    case PRINCIPAL_STAFF: return EDUBADGES__V1__PRINCIPAL_KIND__PRINCIPAL_KIND_STAFF;
    case PRINCIPAL_LEARNER: return EDUBADGES__V1__PRINCIPAL_KIND__PRINCIPAL_KIND_LEARNER;
    case PRINCIPAL_CLIENT: return EDUBADGES__V1__PRINCIPAL_KIND__PRINCIPAL_KIND_API_CLIENT;
    case PRINCIPAL_ANONYMOUS: break;
    }
    return EDUBADGES__V1__PRINCIPAL_KIND__PRINCIPAL_KIND_UNSPECIFIED;
}

static ProtobufCMessage *get_caller(svc_ctx *ctx, const ProtobufCMessage *request)
{
    (void)request;
    const principal *p = &ctx->principal;
    Edubadges__V1__Caller *c = arena_alloc(ctx->arena, sizeof *c);
    edubadges__v1__caller__init(c);
    c->name = pb_str((char *)p->subject);
    c->kind = kind_of(p->kind);
    c->display_name = pb_str((char *)p->label);
    c->client = pb_str((char *)p->client);
    c->mfa = p->mfa;
    c->expire_time = p->expires_us ? pb_timestamp(ctx->arena, p->expires_us) : NULL;
    if (p->institution_id) {
        eb_institution in;
        if (institution_get(ctx->db, p->institution_id, &in, &ctx->err) != EB_OK)
            return NULL;
        c->institution = eb_resource_name(ctx->arena, "institutions", p->institution_id);
        c->mfa_required = p->kind == PRINCIPAL_STAFF && in.require_mfa_for_staff;
    }
    return &c->base;
}

static const svc_method methods[] = {
    {"ExchangeClientCredentials", exchange, ACCESS_CREDENTIALS},
    {"RevokeClientToken", revoke, ACCESS_CREDENTIALS},
    {"GetCaller", get_caller, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service auth_service = {&edubadges__v1__auth_service__descriptor, methods};
