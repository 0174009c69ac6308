/* edubadges.v1.BadgeRequestService: learners request badges, staff approve or deny. */
#include <string.h>

#include "assertion_convert.h"
#include "assertion_store.h"
#include "authz.h"
#include "award_rules.h"
#include "badge_class_store.h"
#include "badge_request_store.h"
#include "catalog_keys.h"
#include "convert.h"
#include "direct_award_store.h"
#include "edubadges/v1/badge_request.pb-c.h"
#include "ids.h"
#include "institution_store.h"
#include "learner_store.h"
#include "paging.h"
#include "resource_calls.h"
#include "service.h"
#include "text.h"
#include "vocabulary.h"

static Edubadges__V1__BadgeRequest *to_pb(arena *a, const eb_badge_request *q)
{
    Edubadges__V1__BadgeRequest *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__badge_request__init(pb);
    pb->name = eb_resource_name(a, "badgeRequests", q->id);
    pb->badge_class = eb_resource_name(a, "badgeClasses", q->badge_class_id);
    pb->learner = eb_resource_name(a, "learners", q->learner_id);
    pb->narrative = q->narrative;
    pb->evidence_url = q->evidence_url;
    pb->status = (Edubadges__V1__BadgeRequestStatus)q->status;
    pb->deny_reason = q->deny_reason;
    pb->assertion = *q->assertion_id ? eb_resource_name(a, "assertions", q->assertion_id) : "";
    pb->create_time = pb_timestamp(a, q->create_time_us);
    pb->update_time = pb_timestamp(a, q->update_time_us);
    return pb;
}

/* FAILED_PRECONDITION when the learner holds the badge unrevoked. */
static eb_code not_holding(svc_ctx *ctx, const char *badge_class_id, const char *learner_id)
{
    bool held;
    if (assertion_held(ctx->db, badge_class_id, learner_id, &held, &ctx->err) != EB_OK)
        return ctx->err.code;
    if (!held)
        return EB_OK;
    return eb_fail(&ctx->err, EB_FAILED_PRECONDITION, "ALREADY_HOLDS_BADGE",
                   "learners/%s already holds badgeClasses/%s (unrevoked)", learner_id, badge_class_id);
}

static ProtobufCMessage *create_request(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateBadgeRequestRequest *req = (const void *)request;
    if (!pb_require(&ctx->err, req->badge_request, "badge_request") && svc_invalid(ctx))
        return NULL;
    const Edubadges__V1__BadgeRequest *pb = req->badge_request;
    eb_badge_request q = {0};
    q.badge_class_id = (char *)eb_parse_resource_name(&ctx->err, "badge_request.badge_class", pb->badge_class,
                                                      "badgeClasses");
    q.learner_id = (char *)eb_parse_resource_name(&ctx->err, "badge_request.learner", pb->learner, "learners");
    q.narrative = pb_str(pb->narrative);
    q.evidence_url = pb_str(pb->evidence_url);
    badge_request_validate(ctx->arena, &ctx->err, &q, "badge_request.");
    if (svc_invalid(ctx) || !authz_require_learner(ctx, q.learner_id))
        return NULL;
    eb_badge_class bc;
    eb_learner l;
    if (badge_class_get(ctx->db, q.badge_class_id, &bc, &ctx->err) != EB_OK ||
        award_check_badge_class(&ctx->err, &bc, AWARD_FLOW_REQUEST) != EB_OK ||
        learner_get(ctx->db, q.learner_id, &l, &ctx->err) != EB_OK)
        return NULL;
    badge_request_check_asks(&ctx->err, &q, &bc, "badge_request.");
    eb_institution inst;
    if (svc_invalid(ctx) || institution_get(ctx->db, bc.institution_id, &inst, &ctx->err) != EB_OK ||
        award_check_membership(&ctx->err, &l, &bc, inst.identifier, inst.alternative_identifier) != EB_OK ||
        award_check_learner(&ctx->err, &l, &bc) != EB_OK || not_holding(ctx, bc.id, l.id) != EB_OK)
        return NULL;
    q.id = eb_new_id(ctx->arena);
    if (badge_request_insert(ctx->db, &q, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &q)->base;
}

static ProtobufCMessage *read_request(svc_ctx *ctx, const char *id)
{
    eb_badge_request q;
    return badge_request_get(ctx->db, id, &q, &ctx->err) == EB_OK ? &to_pb(ctx->arena, &q)->base : NULL;
}

static const resource_calls REQUEST = {"badgeRequests", NODE_BADGE_REQUEST, read_request, NULL, NULL, NULL};

static ProtobufCMessage *get_request(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_get(ctx, r, &REQUEST); }

static ProtobufCMessage *list_requests(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListBadgeRequestsRequest *req = (const void *)request;
    const char *parent = pb_str(req->parent);
    bool by_learner = strncmp(parent, "learners/", 9) == 0;
    const char *collection = by_learner ? "learners" : "badgeClasses";
    const char *parent_id = eb_parse_resource_name(&ctx->err, "parent", parent, collection);
    if (req->status && !vocab_code(&VOCAB_BADGE_REQUEST_STATUS, (int)req->status))
        eb_violate(&ctx->err, "status", "is not a value of edubadges.v1.BadgeRequestStatus");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "parent=%s;status=%d", parent, (int)req->status);
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "badgeRequests", filters);
    authz_node node = {by_learner ? NODE_LEARNER : NODE_BADGE_CLASS, parent_id};
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_READ, node))
        return NULL;
    eb_badge_request *rows;
    int n;
    bool more;
    if (badge_request_list(ctx->db, collection, parent_id, (int)req->status, after, limit, &rows, &n, &more,
                           &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListBadgeRequestsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_badge_requests_response__init(resp);
    resp->n_badge_requests = (size_t)n;
    resp->badge_requests = (Edubadges__V1__BadgeRequest **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->badge_requests[i] = to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(
            ctx->arena, "badgeRequests", filters,
            catalog_page_key(ctx->arena, rows[n - 1].create_time_us, rows[n - 1].id));
    return &resp->base;
}

/* The pending request named by the call and its badge class; authorized for staff action.
 * The call's other fields are checked before: their violations are reported with the name's. */
static bool staff_target(svc_ctx *ctx, const char *name, authz_action action, eb_badge_request *q,
                         eb_badge_class *bc)
{
    const char *id = eb_parse_resource_name(&ctx->err, "name", name, "badgeRequests");
    if (svc_invalid(ctx) || badge_request_get(ctx->db, id, q, &ctx->err) != EB_OK ||
        !authz_require(ctx, action, (authz_node){NODE_BADGE_CLASS, q->badge_class_id}) ||
        badge_class_get(ctx->db, q->badge_class_id, bc, &ctx->err) != EB_OK)
        return false;
    if (q->status == vocab_number(&VOCAB_BADGE_REQUEST_STATUS, "pending"))
        return true;
    const char *state = vocab_code(&VOCAB_BADGE_REQUEST_STATUS, q->status);
    eb_fail(&ctx->err, EB_FAILED_PRECONDITION, text_reason(ctx->arena, "REQUEST", state),
            "badgeRequests/%s is %s, not pending", id, state);
    return false;
}

static ProtobufCMessage *approve(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ApproveBadgeRequestRequest *req = (const void *)request;
    eb_badge_request q;
    eb_badge_class bc;
    eb_learner l;
    char *narrative = pb_str(req->narrative), *evidence = pb_str(req->evidence_url), *grade = pb_str(req->grade);
    badge_request_approval_validate(ctx->arena, &ctx->err, &narrative, &evidence, &grade);
    if (!staff_target(ctx, req->name, ACTION_AWARD, &q, &bc))
        return NULL;
    badge_request_approval_check_required(&ctx->err, narrative, evidence, grade, &bc);
    if (svc_invalid(ctx) || award_check_badge_class(&ctx->err, &bc, AWARD_FLOW_REQUEST) != EB_OK ||
        learner_get(ctx->db, q.learner_id, &l, &ctx->err) != EB_OK ||
        award_check_learner(&ctx->err, &l, &bc) != EB_OK)
        return NULL;
    award_details details = {"", narrative, evidence, grade, vocab_number(&VOCAB_AWARD_TYPE, "request"),
                             vocab_number(&VOCAB_AWARD_SOURCE, "ui"), ctx->now_us};
    eb_assertion as = assertion_new(ctx->arena, &bc, &l, &details);
    char *key;
    if (db_begin(ctx->db, &ctx->err) != EB_OK || assertion_insert(ctx->db, &as, &key, &ctx->err) != EB_OK ||
        badge_request_close(ctx->db, q.id, vocab_number(&VOCAB_BADGE_REQUEST_STATUS, "approved"), key, NULL, &q,
                            &ctx->err) != EB_OK ||
        direct_award_withdraw_for(ctx->db, bc.id, l.id, &ctx->err) != EB_OK ||
        db_commit(ctx->db, &ctx->err) != EB_OK || assertion_get(ctx->db, as.id, &as, &ctx->err) != EB_OK)
        return NULL;
    return &assertion_to_pb(ctx->arena, &as)->base;
}

static ProtobufCMessage *deny(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__DenyBadgeRequestRequest *req = (const void *)request;
    char *reason = text_trim(ctx->arena, pb_str(req->reason));
    check_required_text(&ctx->err, "reason", reason, ASSERTION_REASON_MAX, TEXT_MULTILINE);
    eb_badge_request q;
    eb_badge_class bc;
    if (!staff_target(ctx, req->name, ACTION_AWARD, &q, &bc) ||
        badge_request_close(ctx->db, q.id, vocab_number(&VOCAB_BADGE_REQUEST_STATUS, "denied"), NULL, reason, &q,
                            &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &q)->base;
}

static ProtobufCMessage *withdraw(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__WithdrawBadgeRequestRequest *req = (const void *)request;
    const char *id = eb_parse_resource_name(&ctx->err, "name", req->name, "badgeRequests");
    const char *learner_id = eb_parse_resource_name(&ctx->err, "learner", req->learner, "learners");
    eb_badge_request q;
    if (svc_invalid(ctx) || !authz_require_learner(ctx, learner_id) ||
        badge_request_get(ctx->db, id, &q, &ctx->err) != EB_OK)
        return NULL;
    if (strcmp(q.learner_id, learner_id) != 0) {
        eb_fail(&ctx->err, EB_PERMISSION_DENIED, "NOT_THE_REQUESTER", "badgeRequests/%s was made by another learner", id);
        return NULL;
    }
    if (badge_request_close(ctx->db, id, vocab_number(&VOCAB_BADGE_REQUEST_STATUS, "withdrawn"), NULL, NULL, &q,
                            &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &q)->base;
}

static const svc_method methods[] = {
    {"CreateBadgeRequest", create_request, ACCESS_AUTHENTICATED},
    {"GetBadgeRequest", get_request, ACCESS_AUTHENTICATED},
    {"ListBadgeRequests", list_requests, ACCESS_AUTHENTICATED},
    {"ApproveBadgeRequest", approve, ACCESS_AUTHENTICATED},
    {"DenyBadgeRequest", deny, ACCESS_AUTHENTICATED},
    {"WithdrawBadgeRequest", withdraw, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service badge_request_service = {&edubadges__v1__badge_request_service__descriptor, methods};
