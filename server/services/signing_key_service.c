/* edubadges.v1.SigningKeyService: list, rotate and retire issuer signing keys. */
#include <string.h>

#include "authz.h"
#include "convert.h"
#include "edubadges/v1/signing_key.pb-c.h"
#include "ids.h"
#include "issuer_store.h"
#include "ob3_issuing.h"
#include "ob3_urls.h"
#include "paging.h"
#include "service.h"
#include "signing_key_store.h"

static Edubadges__V1__SigningKey *key_to_pb(svc_ctx *ctx, const eb_signing_key *k)
{
    arena *a = ctx->arena;
    const char *base = ctx->app->ob3.base_url;
    Edubadges__V1__SigningKey *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__signing_key__init(pb);
    pb->name = eb_resource_name(a, "signingKeys", k->id);
    pb->issuer = eb_resource_name(a, "issuers", k->issuer_id);
    pb->algorithm = (Edubadges__V1__SigningAlgorithm)k->algorithm;
    pb->state = (Edubadges__V1__SigningKeyState)k->state;
    pb->verification_method = ob3_key_url(a, base, k->id);
    pb->controller = ob3_issuer_url(a, base, k->issuer_id);
    if (k->algorithm == KEY_ALG_ED25519)
        pb->public_key_multibase = k->public_key;
    else
        pb->public_key_jwk = k->public_key;
    pb->create_time = pb_timestamp(a, k->create_time_us);
    pb->supersede_time = k->supersede_time_us ? pb_timestamp(a, k->supersede_time_us) : NULL;
    pb->retire_time = k->retire_time_us ? pb_timestamp(a, k->retire_time_us) : NULL;
    return pb;
}

static ProtobufCMessage *list_keys(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListSigningKeysRequest *req = (const void *)request;
    const char *issuer_id = eb_parse_resource_name(&ctx->err, "parent", req->parent, "issuers");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    const char *filters = arena_sprintf(ctx->arena, "parent=%s", pb_str(req->parent));
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "signingKeys", filters);
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_READ, (authz_node){NODE_ISSUER, issuer_id}))
        return NULL;
    eb_issuer is;
    eb_signing_key *rows;
    int n;
    bool more;
    if (issuer_get(ctx->db, issuer_id, &is, &ctx->err) != EB_OK ||
        signing_key_list(ctx->db, issuer_id, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListSigningKeysResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_signing_keys_response__init(resp);
    resp->n_signing_keys = (size_t)n;
    resp->signing_keys = (Edubadges__V1__SigningKey **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->signing_keys[i] = key_to_pb(ctx, &rows[i]);
    if (more)
        resp->next_page_token =
            page_token_encode(ctx->arena, "signingKeys", filters, signing_key_page_key(ctx->arena, &rows[n - 1]));
    return &resp->base;
}

static ProtobufCMessage *rotate_key(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__RotateSigningKeyRequest *req = (const void *)request;
    const char *issuer_id = eb_parse_resource_name(&ctx->err, "issuer", req->issuer, "issuers");
    int algorithm = (int)req->algorithm;
    if (!key_algorithm_code(algorithm))
        eb_violate(&ctx->err, "algorithm", "must be SIGNING_ALGORITHM_ED25519, _ES256 or _RS256");
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_UPDATE, (authz_node){NODE_ISSUER, issuer_id}))
        return NULL;
    eb_issuer is;
    if (issuer_get(ctx->db, issuer_id, &is, &ctx->err) != EB_OK)
        return NULL;
    if (is.archived) {
        eb_fail(&ctx->err, EB_FAILED_PRECONDITION, "ISSUER_ARCHIVED", "issuers/%s is archived", issuer_id);
        return NULL;
    }
    eb_signing_key k;
    if (ob3_rotate_key(ctx->db, &ctx->app->ob3, issuer_id, algorithm, ctx->now_us, &k, &ctx->err) != EB_OK)
        return NULL;
    return &key_to_pb(ctx, &k)->base;
}

static ProtobufCMessage *retire_key(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__RetireSigningKeyRequest *req = (const void *)request;
    const char *id = eb_parse_resource_name(&ctx->err, "name", req->name, "signingKeys");
    if (svc_invalid(ctx))
        return NULL;
    eb_signing_key k;
    if (signing_key_get(ctx->db, id, &k, &ctx->err) != EB_OK ||
        !authz_require(ctx, ACTION_UPDATE, (authz_node){NODE_ISSUER, k.issuer_id}) ||
        signing_key_retire(ctx->db, id, ctx->now_us, &k, &ctx->err) != EB_OK)
        return NULL;
    return &key_to_pb(ctx, &k)->base;
}

static const svc_method methods[] = {
    {"ListSigningKeys", list_keys, ACCESS_AUTHENTICATED},
    {"RotateSigningKey", rotate_key, ACCESS_AUTHENTICATED},
    {"RetireSigningKey", retire_key, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service signing_key_service = {&edubadges__v1__signing_key_service__descriptor, methods};
