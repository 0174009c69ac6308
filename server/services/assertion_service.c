/* edubadges.v1.AssertionService: read, list, revoke and publish awarded badges. */
#include <string.h>

#include "assertion_convert.h"
#include "assertion_store.h"
#include "authz.h"
#include "convert.h"
#include "edubadges/v1/assertion.pb-c.h"
#include "ids.h"
#include "paging.h"
#include "resource_calls.h"
#include "service.h"
#include "text.h"

#define REVOKE_MAX 1000

static ProtobufCMessage *read_assertion(svc_ctx *ctx, const char *id)
{
    eb_assertion as;
    return assertion_get(ctx->db, id, &as, &ctx->err) == EB_OK ? &assertion_to_pb(ctx->arena, &as)->base : NULL;
}

static const resource_calls ASSERTION = {"assertions", NODE_ASSERTION, read_assertion, NULL, NULL, NULL};

static ProtobufCMessage *get_assertion(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_get(ctx, r, &ASSERTION); }

static ProtobufCMessage *list_assertions(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListAssertionsRequest *req = (const void *)request;
    const char *parent = pb_str(req->parent);
    bool by_learner = strncmp(parent, "learners/", 9) == 0;
    const char *collection = by_learner ? "learners" : "badgeClasses";
    const char *parent_id = eb_parse_resource_name(&ctx->err, "parent", parent, collection);
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "parent=%s;revoked=%d", parent, req->show_revoked);
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "assertions", filters);
    authz_node node = {by_learner ? NODE_LEARNER : NODE_BADGE_CLASS, parent_id};
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_READ, node))
        return NULL;
    eb_assertion *rows;
    int n;
    bool more;
    if (assertion_list(ctx->db, collection, parent_id, req->show_revoked, after, limit, &rows, &n, &more,
                       &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListAssertionsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_assertions_response__init(resp);
    resp->n_assertions = (size_t)n;
    resp->assertions = (Edubadges__V1__Assertion **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->assertions[i] = assertion_to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token =
            page_token_encode(ctx->arena, "assertions", filters, assertion_page_key(ctx->arena, &rows[n - 1]));
    return &resp->base;
}

static ProtobufCMessage *revoke(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__RevokeAssertionsRequest *req = (const void *)request;
    size_t n = req->n_names;
    if (n == 0 || n > REVOKE_MAX)
        eb_violate(&ctx->err, "names", "must name 1 to %d assertions", REVOKE_MAX);
    char **ids = (char **)arena_ptrs(ctx->arena, n ? n : 1);
    for (size_t i = 0; i < n && i < REVOKE_MAX; i++) {
        char *field = arena_sprintf(ctx->arena, "names[%zu]", i);
        ids[i] = (char *)eb_parse_resource_name(&ctx->err, field, req->names[i], "assertions");
        for (size_t k = 0; ids[i] && k < i; k++)
            if (ids[k] && strcmp(ids[k], ids[i]) == 0)
                eb_violate(&ctx->err, field, "repeats an earlier assertion");
    }
    char *reason = text_trim(ctx->arena, pb_str(req->reason));
    check_required_text(&ctx->err, "reason", reason, ASSERTION_REASON_MAX, TEXT_MULTILINE);
    if (svc_invalid(ctx))
        return NULL;
    for (size_t i = 0; i < n; i++) {
        eb_assertion as;
        if (assertion_get(ctx->db, ids[i], &as, &ctx->err) != EB_OK ||
            !authz_require(ctx, ACTION_AWARD, (authz_node){NODE_BADGE_CLASS, as.badge_class_id}))
            return NULL;
    }
    eb_assertion *out = arena_alloc(ctx->arena, sizeof *out * n);
    if (assertion_revoke(ctx->db, ids, n, reason, ctx->now_us, out, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__RevokeAssertionsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__revoke_assertions_response__init(resp);
    resp->n_assertions = n;
    resp->assertions = (Edubadges__V1__Assertion **)arena_ptrs(ctx->arena, n);
    for (size_t i = 0; i < n; i++)
        resp->assertions[i] = assertion_to_pb(ctx->arena, &out[i]);
    return &resp->base;
}

static ProtobufCMessage *set_public(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__SetAssertionPublicRequest *req = (const void *)request;
    const char *id = eb_parse_resource_name(&ctx->err, "name", req->name, "assertions");
    const char *learner_id = eb_parse_resource_name(&ctx->err, "learner", req->learner, "learners");
    if (svc_invalid(ctx) || !authz_require_learner(ctx, learner_id))
        return NULL;
    eb_assertion as;
    if (assertion_set_public(ctx->db, id, learner_id, req->public_, &as, &ctx->err) != EB_OK)
        return NULL;
    return &assertion_to_pb(ctx->arena, &as)->base;
}

static const svc_method methods[] = {
    {"GetAssertion", get_assertion, ACCESS_AUTHENTICATED},
    {"ListAssertions", list_assertions, ACCESS_AUTHENTICATED},
    {"RevokeAssertions", revoke, ACCESS_AUTHENTICATED},
    {"SetAssertionPublic", set_public, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service assertion_service = {&edubadges__v1__assertion_service__descriptor, methods};
