/* edubadges.v1.ApiClientService: registering API clients (the secret shown once, stored
 * as a crypto_pwhash string), reading and disabling them. Needs administrate_users on the
 * client's institution; internal clients are the platform's (operators only). */
#include "api_client_store.h"
#include "authz.h"
#include "catalog_keys.h"
#include "client_secret.h"
#include "convert.h"
#include "edubadges/v1/api_client.pb-c.h"
#include "ids.h"
#include "paging.h"
#include "service.h"

static Edubadges__V1__ApiClient *to_pb(arena *a, const eb_api_client *c)
{
    Edubadges__V1__ApiClient *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__api_client__init(pb);
    pb->name = eb_resource_name(a, "apiClients", c->id);
    pb->client_id = c->id;
    pb->institution = *c->institution_id ? eb_resource_name(a, "institutions", c->institution_id) : "";
    pb->kind = (Edubadges__V1__ApiClientKind)c->kind;
    pb->display_name = c->display_name;
    pb->state = c->disabled ? EDUBADGES__V1__API_CLIENT__STATE__STATE_DISABLED
                            : EDUBADGES__V1__API_CLIENT__STATE__STATE_ACTIVE;
    pb->created_by = c->created_by;
    pb->create_time = pb_timestamp(a, c->create_time_us);
    pb->last_activity_time = c->last_seen_us ? pb_timestamp(a, c->last_seen_us) : NULL;
    return pb;
}

static ProtobufCMessage *create_client(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateApiClientRequest *req = (const void *)request;
    if (!pb_require(&ctx->err, req->api_client, "api_client") && svc_invalid(ctx))
        return NULL;
    const Edubadges__V1__ApiClient *pb = req->api_client;
    eb_api_client c = {.id = eb_new_id(ctx->arena), .kind = (client_kind)pb->kind,
                       .display_name = pb_str(pb->display_name), .created_by = (char *)ctx->principal.subject,
                       .institution_id = ""};
    if (c.kind != CLIENT_KIND_INTERNAL || *pb_str(pb->institution))
        c.institution_id = (char *)eb_parse_resource_name(&ctx->err, "api_client.institution", pb->institution,
                                                          "institutions");
    api_client_validate(ctx->arena, &ctx->err, &c, "api_client.");
    authz_node node = c.kind == CLIENT_KIND_INTERNAL ? (authz_node){NODE_PLATFORM, NULL}
                                                     : (authz_node){NODE_INSTITUTION, c.institution_id};
    if (svc_invalid(ctx) ||
        !authz_require(ctx, c.kind == CLIENT_KIND_INTERNAL ? ACTION_CREATE : ACTION_ADMINISTRATE_USERS, node))
        return NULL;
    char *secret = client_secret_new(ctx->arena);
    char *hash = client_secret_hash(ctx->arena, secret);
    if (!hash) {
        eb_fail(&ctx->err, EB_UNAVAILABLE, "HASHING_FAILED", "the secret could not be hashed (out of memory); retry");
        return NULL;
    }
    if (api_client_insert(ctx->db, &c, hash, &ctx->err) != EB_OK)
        return NULL;
    ctx->audit.resource = eb_resource_name(ctx->arena, "apiClients", c.id);
    Edubadges__V1__CreateApiClientResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__create_api_client_response__init(resp);
    resp->api_client = to_pb(ctx->arena, &c);
    resp->client_secret = secret;
    return &resp->base;
}

/* The client named by a request, authorized for its institution's user administration. */
static const char *administered(svc_ctx *ctx, const char *name)
{
    const char *id = eb_parse_resource_name(&ctx->err, "name", name, "apiClients");
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_ADMINISTRATE_USERS, (authz_node){NODE_API_CLIENT, id}))
        return NULL;
    return id;
}

static ProtobufCMessage *get_client(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__GetApiClientRequest *req = (const void *)request;
    const char *id = administered(ctx, req->name);
    eb_api_client c;
    if (!id || api_client_get(ctx->db, id, &c, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &c)->base;
}

static ProtobufCMessage *disable_client(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__DisableApiClientRequest *req = (const void *)request;
    const char *id = administered(ctx, req->name);
    eb_api_client c;
    if (!id || api_client_disable(ctx->db, id, ctx->now_us, &c, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &c)->base;
}

static ProtobufCMessage *list_clients(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListApiClientsRequest *req = (const void *)request;
    const char *inst = eb_parse_resource_name(&ctx->err, "parent", req->parent, "institutions");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "parent=%s", pb_str(req->parent));
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "apiClients", filters);
    eb_api_client *rows;
    int n;
    bool more;
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_ADMINISTRATE_USERS, (authz_node){NODE_INSTITUTION, inst}) ||
        api_client_list(ctx->db, inst, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListApiClientsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_api_clients_response__init(resp);
    resp->api_clients = (Edubadges__V1__ApiClient **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->api_clients[resp->n_api_clients++] = to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "apiClients", filters,
                                                  catalog_page_key(ctx->arena, rows[n - 1].create_time_us, rows[n - 1].id));
    return &resp->base;
}

static const svc_method methods[] = {
    {"CreateApiClient", create_client, ACCESS_AUTHENTICATED},
    {"GetApiClient", get_client, ACCESS_AUTHENTICATED},
    {"ListApiClients", list_clients, ACCESS_AUTHENTICATED},
    {"DisableApiClient", disable_client, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service api_client_service = {&edubadges__v1__api_client_service__descriptor, methods};
