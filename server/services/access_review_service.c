/* edubadges.v1.AccessReviewService: every member of an institution with their access and
 * activity, the removal of stale access (the last institution admin kept), and the record
 * of every review. */
#include <string.h>

#include "access_convert.h"
#include "access_review_store.h"
#include "authz.h"
#include "catalog_keys.h"
#include "convert.h"
#include "ids.h"
#include "membership_store.h"
#include "paging.h"
#include "service.h"

static Edubadges__V1__MemberAccess *member_to_pb(arena *a, const eb_member_access *m)
{
    Edubadges__V1__MemberAccess *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__member_access__init(pb);
    pb->member = m->member;
    pb->display_name = m->display_name;
    pb->email = m->email;
    pb->last_activity_time = m->last_seen_us ? pb_timestamp(a, m->last_seen_us) : NULL;
    pb->inactive = m->inactive;
    pb->implicit_read = m->implicit_read;
    pb->grants = (Edubadges__V1__AccessGrant **)arena_ptrs(a, m->n_grants);
    for (size_t i = 0; i < m->n_grants; i++)
        pb->grants[pb->n_grants++] = grant_to_pb(a, &m->grants[i]);
    return pb;
}

static Edubadges__V1__AccessReview *review_to_pb(arena *a, const eb_access_review *rv)
{
    Edubadges__V1__AccessReview *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__access_review__init(pb);
    pb->name = eb_resource_name(a, "accessReviews", rv->id);
    pb->institution = eb_resource_name(a, "institutions", rv->institution_id);
    pb->reviewer = rv->reviewer;
    pb->review_time = pb_timestamp(a, rv->review_us);
    pb->inactive_days = rv->inactive_days;
    pb->member_count = rv->member_count;
    pb->inactive_member_count = rv->inactive_count;
    pb->members = (Edubadges__V1__MemberAccess **)arena_ptrs(a, rv->n_members);
    for (size_t i = 0; i < rv->n_members; i++)
        pb->members[pb->n_members++] = member_to_pb(a, &rv->members[i]);
    pb->removed = (Edubadges__V1__AccessGrant **)arena_ptrs(a, rv->n_removed);
    pb->removed_members = (char **)arena_ptrs(a, rv->n_removed);
    for (size_t i = 0; i < rv->n_removed; i++) {
        pb->removed[pb->n_removed++] = grant_to_pb(a, &rv->removed[i]);
        pb->removed_members[pb->n_removed_members++] = rv->removed[i].member;
    }
    pb->kept_members = rv->kept;
    pb->n_kept_members = rv->n_kept;
    return pb;
}

/* Validates institution and days, authorizes, reads the members; fills rv's header. */
static bool start_review(svc_ctx *ctx, const char *institution, int32_t days, eb_access_review *rv)
{
    *rv = (eb_access_review){.id = eb_new_id(ctx->arena), .reviewer = (char *)ctx->principal.subject,
                             .inactive_days = days};
    rv->institution_id = (char *)eb_parse_resource_name(&ctx->err, "institution", institution, "institutions");
    if (days < 1 || days > REVIEW_DAYS_MAX)
        eb_violate(&ctx->err, "inactive_days", "must be 1 to %d", REVIEW_DAYS_MAX);
    if (svc_invalid(ctx) ||
        !authz_require(ctx, ACTION_ADMINISTRATE_USERS, (authz_node){NODE_INSTITUTION, rv->institution_id}) ||
        access_members(ctx->db, rv->institution_id, days, ctx->now_us, &rv->members, &rv->n_members, &ctx->err) !=
            EB_OK)
        return false;
    rv->member_count = (int)rv->n_members;
    for (size_t i = 0; i < rv->n_members; i++)
        rv->inactive_count += rv->members[i].inactive;
    return true;
}

static ProtobufCMessage *review(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ReviewStaffAccessRequest *req = (const void *)request;
    eb_access_review rv;
    if (!start_review(ctx, req->institution, req->inactive_days, &rv) ||
        access_review_record(ctx->db, &rv, ctx->now_us, &ctx->err) != EB_OK)
        return NULL;
    ctx->audit.summary = arena_sprintf(ctx->arena, "reviewed %d members, %d inactive for %d days", rv.member_count,
                                       rv.inactive_count, rv.inactive_days);
    return &review_to_pb(ctx->arena, &rv)->base;
}

/* Whether the member holds an institution-level membership with administrate_users. */
static bool institution_admin(const eb_member_access *m)
{
    for (size_t i = 0; i < m->n_grants; i++)
        if (m->grants[i].node.level == LEVEL_INSTITUTION && (m->grants[i].permissions & PERM_ADMINISTRATE_USERS))
            return true;
    return false;
}

/* The members chosen for removal: every inactive one, or the listed ones (each must be an
 * inactive member). */
static bool choose(svc_ctx *ctx, const Edubadges__V1__RemoveStaleAccessRequest *req, eb_access_review *rv,
                   bool *chosen)
{
    for (size_t i = 0; i < rv->n_members; i++)
        chosen[i] = req->n_members == 0 && rv->members[i].inactive;
    for (size_t k = 0; k < req->n_members; k++) {
        size_t i = 0;
        while (i < rv->n_members && strcmp(rv->members[i].member, req->members[k]) != 0)
            i++;
        char *field = arena_sprintf(ctx->arena, "members[%zu]", k);
        if (i == rv->n_members)
            eb_violate(&ctx->err, field, "is not a member of the institution");
        else if (!rv->members[i].inactive)
            eb_violate(&ctx->err, field, "has been active in the last %d days", rv->inactive_days);
        else
            chosen[i] = true;
    }
    return !svc_invalid(ctx);
}

/* The memberships of the chosen members, in rv->removed. */
static void collect(arena *a, eb_access_review *rv, const bool *chosen, bool keep_admins)
{
    size_t total = 0;
    for (size_t i = 0; i < rv->n_members; i++)
        total += chosen[i] ? rv->members[i].n_grants : 0;
    rv->removed = arena_alloc(a, sizeof *rv->removed * (total ? total : 1));
    rv->kept = (char **)arena_ptrs(a, rv->n_members ? rv->n_members : 1);
    rv->n_removed = rv->n_kept = 0;
    for (size_t i = 0; i < rv->n_members; i++) {
        if (!chosen[i])
            continue;
        if (keep_admins && institution_admin(&rv->members[i])) {
            rv->kept[rv->n_kept++] = rv->members[i].member;
            continue;
        }
        for (size_t g = 0; g < rv->members[i].n_grants; g++)
            rv->removed[rv->n_removed++] = rv->members[i].grants[g];
    }
}

static ProtobufCMessage *remove_stale(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__RemoveStaleAccessRequest *req = (const void *)request;
    eb_access_review rv;
    if (!start_review(ctx, req->institution, req->inactive_days, &rv))
        return NULL;
    bool *chosen = arena_alloc(ctx->arena, sizeof *chosen * (rv.n_members ? rv.n_members : 1));
    if (!choose(ctx, req, &rv, chosen))
        return NULL;
    collect(ctx->arena, &rv, chosen, false);
    char **ids = (char **)arena_ptrs(ctx->arena, rv.n_removed ? rv.n_removed : 1);
    for (size_t i = 0; i < rv.n_removed; i++)
        ids[i] = rv.removed[i].id;
    if (membership_keep_an_admin(ctx->db, rv.institution_id, (const char *const *)ids, rv.n_removed, &ctx->err) != EB_OK) {
        if (ctx->err.code != EB_FAILED_PRECONDITION)
            return NULL;
        eb_error_init(&ctx->err, ctx->arena); /* no admin would be left: the inactive admins stay */
        collect(ctx->arena, &rv, chosen, true);
        for (size_t i = 0; i < rv.n_removed; i++)
            ids[i] = rv.removed[i].id;
    }
    if ((rv.n_removed && access_remove(ctx->db, ids, rv.n_removed, &ctx->err) != EB_OK) ||
        access_review_record(ctx->db, &rv, ctx->now_us, &ctx->err) != EB_OK)
        return NULL;
    ctx->audit.summary = arena_sprintf(ctx->arena, "removed %zu memberships of inactive members; kept %zu last admins",
                                       rv.n_removed, rv.n_kept);
    rv.n_members = 0; /* the response lists what was removed, not every member */
    return &review_to_pb(ctx->arena, &rv)->base;
}

static ProtobufCMessage *list_reviews(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListAccessReviewsRequest *req = (const void *)request;
    const char *inst = eb_parse_resource_name(&ctx->err, "parent", req->parent, "institutions");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "parent=%s", pb_str(req->parent));
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "accessReviews", filters);
    eb_access_review *rows;
    int n;
    bool more;
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_ADMINISTRATE_USERS, (authz_node){NODE_INSTITUTION, inst}) ||
        access_review_list(ctx->db, inst, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListAccessReviewsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_access_reviews_response__init(resp);
    resp->access_reviews = (Edubadges__V1__AccessReview **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->access_reviews[resp->n_access_reviews++] = review_to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "accessReviews", filters,
                                                  catalog_page_key(ctx->arena, rows[n - 1].review_us, rows[n - 1].id));
    return &resp->base;
}

static const svc_method methods[] = {
    {"ReviewStaffAccess", review, ACCESS_AUTHENTICATED},
    {"RemoveStaleAccess", remove_stale, ACCESS_AUTHENTICATED},
    {"ListAccessReviews", list_reviews, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service access_review_service = {&edubadges__v1__access_review_service__descriptor, methods};
