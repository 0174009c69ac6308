/* edubadges.v1.AuditService: an institution's audit trail, newest first. */
#include "audit_store.h"
#include "authz.h"
#include "catalog_keys.h"
#include "convert.h"
#include "edubadges/v1/audit.pb-c.h"
#include "ids.h"
#include "paging.h"
#include "service.h"
#include "text.h"

#define FILTER_MAX 300

static Edubadges__V1__AuditEvent *to_pb(arena *a, const eb_audit_event *ev)
{
    Edubadges__V1__AuditEvent *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__audit_event__init(pb);
    pb->name = eb_resource_name(a, "auditEvents", ev->id);
    pb->occur_time = pb_timestamp(a, ev->occur_us);
    pb->institution = *ev->institution_id ? eb_resource_name(a, "institutions", ev->institution_id) : "";
    pb->actor = ev->actor;
    pb->actor_label = ev->actor_label;
    pb->client = ev->client;
    pb->method = ev->method;
    pb->resource = ev->resource;
    pb->summary = ev->summary;
    pb->request_id = ev->request_id;
    pb->peer = ev->peer;
    return pb;
}

static ProtobufCMessage *list_events(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListAuditEventsRequest *req = (const void *)request;
    const char *inst = eb_parse_resource_name(&ctx->err, "parent", req->parent, "institutions");
    check_text(&ctx->err, "actor", req->actor, FILTER_MAX, TEXT_SINGLE_LINE);
    check_text(&ctx->err, "resource", req->resource, FILTER_MAX, TEXT_SINGLE_LINE);
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "parent=%s;actor=%s;resource=%s", pb_str(req->parent),
                                  pb_str(req->actor), pb_str(req->resource));
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "auditEvents", filters);
    eb_audit_event *rows;
    int n;
    bool more;
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_ADMINISTRATE_USERS, (authz_node){NODE_INSTITUTION, inst}) ||
        audit_list(ctx->db, inst, pb_str(req->actor), pb_str(req->resource), after, limit, &rows, &n, &more,
                   &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListAuditEventsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_audit_events_response__init(resp);
    resp->audit_events = (Edubadges__V1__AuditEvent **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->audit_events[resp->n_audit_events++] = to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "auditEvents", filters,
                                                  catalog_page_key(ctx->arena, rows[n - 1].occur_us, rows[n - 1].id));
    return &resp->base;
}

static const svc_method methods[] = {
    {"ListAuditEvents", list_events, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service audit_service = {&edubadges__v1__audit_service__descriptor, methods};
