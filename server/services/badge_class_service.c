/* edubadges.v1.BadgeClassService: decode, validate, authorize, store, encode. */
#include <string.h>

#include "authz.h"
#include "badge_class_convert.h"
#include "badge_class_store.h"
#include "catalog_keys.h"
#include "convert.h"
#include "etag.h"
#include "ids.h"
#include "paging.h"
#include "resource_calls.h"
#include "service.h"
#include "vocabulary.h"

/* The issuer a badge class is at or goes to: it must exist; a new badge class (current
 * NULL) or one that moves needs an active issuer of the same institution. A badge class
 * that stays at an archived issuer stays editable, like one archived by itself. */
static bool placement_for(svc_ctx *ctx, const char *issuer_id, const eb_badge_class *current,
                          issuer_placement *out)
{
    if (badge_class_issuer_placement(ctx->db, issuer_id, out, &ctx->err) != EB_OK)
        return false;
    bool moves = !current || strcmp(current->issuer_id, issuer_id) != 0;
    if (out->archived && moves) {
        eb_fail(&ctx->err, EB_FAILED_PRECONDITION, "ISSUER_ARCHIVED",
                "issuers/%s is archived; it cannot get badge classes", issuer_id);
        return false;
    }
    if (current && strcmp(out->institution_id, current->institution_id) != 0) {
        eb_violate(&ctx->err, "badge_class.issuer", "must be an issuer of the same institution");
        svc_invalid(ctx);
        return false;
    }
    return true;
}

/* Normalises and checks a badge class at its issuer; false with ctx->err set. */
static bool accept(svc_ctx *ctx, eb_badge_class *bc, const issuer_placement *pl,
                   const eb_badge_class *previous)
{
    badge_class_context rules = pl->ctx;
    rules.previous = previous;
    badge_class_normalize(ctx->arena, bc);
    badge_class_validate(&ctx->err, bc, &rules, "badge_class.");
    if (badge_class_check_tags(ctx->db, pl->institution_id, bc, previous, "badge_class.", &ctx->err) != EB_OK)
        return false;
    return !svc_invalid(ctx);
}

static ProtobufCMessage *create_badge_class(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateBadgeClassRequest *req = (const void *)request;
    if (!pb_require(&ctx->err, req->badge_class, "badge_class") && svc_invalid(ctx))
        return NULL;
    const char *issuer_id = eb_parse_resource_name(&ctx->err, "badge_class.issuer",
                                                   req->badge_class->issuer, "issuers");
    if (!issuer_id) {
        svc_invalid(ctx);
        return NULL;
    }
    /* malformed tag names are reported together with every other bad field by accept() */
    eb_badge_class bc = badge_class_from_pb(&ctx->err, req->badge_class, "badge_class.");
    if (!authz_require(ctx, ACTION_CREATE, (authz_node){NODE_ISSUER, issuer_id}))
        return NULL;
    issuer_placement pl;
    if (!placement_for(ctx, issuer_id, NULL, &pl))
        return NULL;
    badge_class_apply_defaults(&bc, pl.ctx.sector);
    if (!accept(ctx, &bc, &pl, NULL))
        return NULL;
    bc.id = eb_new_id(ctx->arena);
    bc.issuer_id = (char *)issuer_id;
    if (badge_class_insert(ctx->db, &bc, &ctx->err) != EB_OK)
        return NULL;
    return &badge_class_to_pb(ctx->arena, &bc)->base;
}

static const struct {
    const char *collection;
    authz_level level;
} PARENTS[] = {{"institutions", NODE_INSTITUTION}, {"faculties", NODE_FACULTY}, {"issuers", NODE_ISSUER}};

static ProtobufCMessage *list_badge_classes(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListBadgeClassesRequest *req = (const void *)request;
    const char *parent = pb_str(req->parent);
    size_t which = sizeof PARENTS / sizeof *PARENTS;
    for (size_t i = 0; i < sizeof PARENTS / sizeof *PARENTS; i++) {
        size_t n = strlen(PARENTS[i].collection);
        if (strncmp(parent, PARENTS[i].collection, n) == 0 && parent[n] == '/')
            which = i;
    }
    bool known = which < sizeof PARENTS / sizeof *PARENTS;
    if (!known)
        which = 0;
    badge_class_filter f = {PARENTS[which].collection, NULL, "", (int)req->badge_class_type, req->show_archived};
    if (known || !*parent)
        f.parent_id = eb_parse_resource_name(&ctx->err, "parent", parent, f.parent_collection);
    else
        eb_violate(&ctx->err, "parent",
                   "must be a resource name of the form institutions/{id}, faculties/{id} or issuers/{id}");
    if (*pb_str(req->tag))
        f.tag_id = eb_parse_resource_name(&ctx->err, "tag", req->tag, "tags");
    if (f.type != 0 && !vocab_code(&VOCAB_BADGE_CLASS_TYPE, f.type))
        eb_violate(&ctx->err, "badge_class_type", "is not a value of edubadges.v1.BadgeClassType");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "parent=%s;tag=%s;type=%d;archived=%d", parent,
                                  pb_str(req->tag), f.type, f.show_archived);
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "badgeClasses", filters);
    if (svc_invalid(ctx) ||
        !authz_require(ctx, ACTION_READ, (authz_node){PARENTS[which].level, f.parent_id}))
        return NULL;
    eb_badge_class *rows;
    int n;
    bool more;
    if (badge_class_list(ctx->db, &f, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListBadgeClassesResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_badge_classes_response__init(resp);
    resp->n_badge_classes = (size_t)n;
    resp->badge_classes = (Edubadges__V1__BadgeClass **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->badge_classes[i] = badge_class_to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(
            ctx->arena, "badgeClasses", filters,
            catalog_page_key(ctx->arena, rows[n - 1].create_time_us, rows[n - 1].id));
    return &resp->base;
}

static void *patch(svc_ctx *ctx, const ProtobufCMessage *res, const field_mask *mask)
{
    const Edubadges__V1__BadgeClass *pb = (const void *)res;
    eb_badge_class *bc = arena_alloc(ctx->arena, sizeof *bc);
    *bc = badge_class_from_pb(&ctx->err, pb, "badge_class.");
    if (field_mask_covers(mask, "issuer"))
        bc->issuer_id = (char *)eb_parse_resource_name(&ctx->err, "badge_class.issuer", pb->issuer, "issuers");
    return bc;
}

static eb_code load(svc_ctx *ctx, const char *id, void *res) { return badge_class_get(ctx->db, id, res, &ctx->err); }
static int64_t revision(const void *res) { return ((const eb_badge_class *)res)->revision; }

static bool change(svc_ctx *ctx, void *res, const void *patch, const field_mask *mask)
{
    eb_badge_class *cur = res;
    eb_badge_class before = *cur;
    badge_class_apply_mask(cur, patch, mask);
    /* moving in is creating a badge class at the issuer it goes to */
    if (strcmp(cur->issuer_id, before.issuer_id) != 0 &&
        !authz_require(ctx, ACTION_CREATE, (authz_node){NODE_ISSUER, cur->issuer_id}))
        return false;
    issuer_placement pl;
    if (!placement_for(ctx, cur->issuer_id, &before, &pl) || !accept(ctx, cur, &pl, &before))
        return false;
    return !before.awarded || badge_class_check_locked(&ctx->err, &before, cur) == EB_OK;
}

static eb_code save(svc_ctx *ctx, void *res, int64_t expected)
{
    return badge_class_update(ctx->db, res, expected, &ctx->err);
}

static ProtobufCMessage *encode(arena *a, const void *res) { return &badge_class_to_pb(a, res)->base; }

static field_mask implied(arena *a, const ProtobufCMessage *res)
{
    return badge_class_implied_mask(a, (const Edubadges__V1__BadgeClass *)res);
}

static const update_call BADGE_CLASS_UPDATE = {
    "badge class", "badge_class", "badgeClasses", NODE_BADGE_CLASS, BADGE_CLASS_UPDATABLE,
    sizeof(eb_badge_class), implied, patch, load, revision, change, save, encode};

static ProtobufCMessage *update_badge_class(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_update(ctx, r, &BADGE_CLASS_UPDATE); }

static ProtobufCMessage *read_badge_class(svc_ctx *ctx, const char *id)
{
    eb_badge_class bc;
    return badge_class_get(ctx->db, id, &bc, &ctx->err) == EB_OK ? &badge_class_to_pb(ctx->arena, &bc)->base : NULL;
}

static ProtobufCMessage *archive(svc_ctx *ctx, const char *id, int64_t expected_revision)
{
    eb_badge_class bc;
    if (badge_class_archive(ctx->db, id, expected_revision, &bc, &ctx->err) != EB_OK)
        return NULL;
    return &badge_class_to_pb(ctx->arena, &bc)->base;
}

static const resource_calls BADGE_CLASS = {"badgeClasses", NODE_BADGE_CLASS, read_badge_class, archive,
                                           badge_class_delete,
                                           &edubadges__v1__delete_badge_class_response__descriptor};

static ProtobufCMessage *get_badge_class(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_get(ctx, r, &BADGE_CLASS); }
static ProtobufCMessage *archive_badge_class(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_archive(ctx, r, &BADGE_CLASS); }
static ProtobufCMessage *delete_badge_class(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_delete(ctx, r, &BADGE_CLASS); }

static const svc_method methods[] = {
    {"CreateBadgeClass", create_badge_class, ACCESS_AUTHENTICATED},
    {"GetBadgeClass", get_badge_class, ACCESS_AUTHENTICATED},
    {"ListBadgeClasses", list_badge_classes, ACCESS_AUTHENTICATED},
    {"UpdateBadgeClass", update_badge_class, ACCESS_AUTHENTICATED},
    {"ArchiveBadgeClass", archive_badge_class, ACCESS_AUTHENTICATED},
    {"DeleteBadgeClass", delete_badge_class, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service badge_class_service = {&edubadges__v1__badge_class_service__descriptor, methods};
