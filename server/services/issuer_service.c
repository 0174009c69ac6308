/* edubadges.v1.IssuerService: decode, validate, authorize, store, encode. */
#include <string.h>

#include "authz.h"
#include "convert.h"
#include "edubadges/v1/issuer.pb-c.h"
#include "etag.h"
#include "catalog_keys.h"
#include "faculty_store.h"
#include "ids.h"
#include "issuer_store.h"
#include "paging.h"
#include "resource_calls.h"
#include "service.h"

static eb_issuer from_pb(const Edubadges__V1__Issuer *pb)
{
    eb_issuer is = {0};
    is.display_name = localized_from_pb(pb->display_name);
    is.description = localized_from_pb(pb->description);
    is.url = localized_from_pb(pb->url);
    is.email = pb_str(pb->email);
    is.image = image_from_pb(pb->image);
    return is;
}

static Edubadges__V1__Issuer *to_pb(arena *a, const eb_issuer *is)
{
    Edubadges__V1__Issuer *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__issuer__init(pb);
    pb->name = eb_resource_name(a, "issuers", is->id);
    pb->faculty = eb_resource_name(a, "faculties", is->faculty_id);
    pb->institution = eb_resource_name(a, "institutions", is->institution_id);
    pb->display_name = pb_localized(a, &is->display_name);
    pb->description = pb_localized(a, &is->description);
    pb->url = pb_localized(a, &is->url);
    pb->email = is->email;
    pb->image = pb_image(a, &is->image);
    pb->state = is->archived ? EDUBADGES__V1__ISSUER__STATE__STATE_ARCHIVED
                             : EDUBADGES__V1__ISSUER__STATE__STATE_ACTIVE;
    pb->create_time = pb_timestamp(a, is->create_time_us);
    pb->update_time = pb_timestamp(a, is->update_time_us);
    pb->etag = etag_of(a, is->revision);
    return pb;
}

static ProtobufCMessage *create_issuer(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateIssuerRequest *req = (const void *)request;
    if (!pb_require(&ctx->err, req->issuer, "issuer") && svc_invalid(ctx))
        return NULL;
    const char *faculty_id = eb_parse_resource_name(&ctx->err, "issuer.faculty", req->issuer->faculty, "faculties");
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_CREATE, (authz_node){NODE_FACULTY, faculty_id}))
        return NULL;
    eb_faculty f;
    if (faculty_get(ctx->db, faculty_id, &f, &ctx->err) != EB_OK)
        return NULL;
    if (f.archived) {
        eb_fail(&ctx->err, EB_FAILED_PRECONDITION, "FACULTY_ARCHIVED",
                "faculties/%s is archived; nothing can be added to it", faculty_id);
        return NULL;
    }
    eb_issuer is = from_pb(req->issuer);
    issuer_normalize(ctx->arena, &is);
    issuer_validate(&ctx->err, &is, "issuer.");
    if (svc_invalid(ctx))
        return NULL;
    is.id = eb_new_id(ctx->arena);
    is.faculty_id = (char *)faculty_id;
    if (issuer_insert(ctx->db, &is, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &is)->base;
}

static ProtobufCMessage *list_issuers(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListIssuersRequest *req = (const void *)request;
    const char *parent = pb_str(req->parent);
    bool by_institution = strncmp(parent, "institutions/", 13) == 0;
    const char *parent_id = NULL;
    if (by_institution || !*parent || strncmp(parent, "faculties/", 10) == 0)
        parent_id = eb_parse_resource_name(&ctx->err, "parent", parent,
                                           by_institution ? "institutions" : "faculties");
    else
        eb_violate(&ctx->err, "parent", "must be a resource name of the form institutions/{id} or faculties/{id}");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "parent=%s;archived=%d", parent, req->show_archived);
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "issuers", filters);
    authz_node node = {by_institution ? NODE_INSTITUTION : NODE_FACULTY, parent_id};
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_READ, node))
        return NULL;
    eb_issuer *rows;
    int n;
    bool more;
    if (issuer_list(ctx->db, parent_id, by_institution, req->show_archived, after, limit, &rows, &n,
                    &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListIssuersResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_issuers_response__init(resp);
    resp->n_issuers = (size_t)n;
    resp->issuers = (Edubadges__V1__Issuer **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->issuers[i] = to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(
            ctx->arena, "issuers", filters,
            catalog_page_key(ctx->arena, rows[n - 1].create_time_us, rows[n - 1].id));
    return &resp->base;
}

static field_mask implied_mask(arena *a, const Edubadges__V1__Issuer *pb)
{
    const char **paths = (const char **)arena_ptrs(a, 10);
    size_t n = 0;
#define SET_IF(cond, path)                                                                         \
    if (cond)                                                                                      \
    paths[n++] = path
    SET_IF(pb->display_name && *pb_str(pb->display_name->nl), "display_name.nl");
    SET_IF(pb->display_name && *pb_str(pb->display_name->en), "display_name.en");
    SET_IF(pb->description && *pb_str(pb->description->nl), "description.nl");
    SET_IF(pb->description && *pb_str(pb->description->en), "description.en");
    SET_IF(pb->url && *pb_str(pb->url->nl), "url.nl");
    SET_IF(pb->url && *pb_str(pb->url->en), "url.en");
    SET_IF(*pb_str(pb->email), "email");
    SET_IF(pb->image && pb->image->data.len > 0, "image");
#undef SET_IF
    return (field_mask){paths, n};
}

static void *patch(svc_ctx *ctx, const ProtobufCMessage *res, const field_mask *mask)
{
    (void)mask;
    eb_issuer *is = arena_alloc(ctx->arena, sizeof *is);
    *is = from_pb((const Edubadges__V1__Issuer *)res);
    return is;
}

static eb_code load(svc_ctx *ctx, const char *id, void *res) { return issuer_get(ctx->db, id, res, &ctx->err); }
static int64_t revision(const void *res) { return ((const eb_issuer *)res)->revision; }

static bool change(svc_ctx *ctx, void *res, const void *patch, const field_mask *mask)
{
    eb_issuer *cur = res;
    issuer_apply_mask(cur, patch, mask);
    issuer_normalize(ctx->arena, cur);
    issuer_validate(&ctx->err, cur, "issuer.");
    return !svc_invalid(ctx);
}

static eb_code save(svc_ctx *ctx, void *res, int64_t expected)
{
    return issuer_update(ctx->db, res, expected, &ctx->err);
}

static ProtobufCMessage *encode(arena *a, const void *res) { return &to_pb(a, res)->base; }

static field_mask implied(arena *a, const ProtobufCMessage *res)
{
    return implied_mask(a, (const Edubadges__V1__Issuer *)res);
}

static const update_call ISSUER_UPDATE = {
    "issuer", "issuer", "issuers", NODE_ISSUER, ISSUER_UPDATABLE, sizeof(eb_issuer),
    implied, patch, load, revision, change, save, encode};

static ProtobufCMessage *update_issuer(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_update(ctx, r, &ISSUER_UPDATE); }

static ProtobufCMessage *read_issuer(svc_ctx *ctx, const char *id)
{
    eb_issuer is;
    return issuer_get(ctx->db, id, &is, &ctx->err) == EB_OK ? &to_pb(ctx->arena, &is)->base : NULL;
}

static ProtobufCMessage *archive(svc_ctx *ctx, const char *id, int64_t expected_revision)
{
    eb_issuer is;
    if (issuer_archive(ctx->db, id, expected_revision, &is, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &is)->base;
}

static const resource_calls ISSUER = {"issuers", NODE_ISSUER, read_issuer, archive, issuer_delete,
                                      &edubadges__v1__delete_issuer_response__descriptor};

static ProtobufCMessage *get_issuer(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_get(ctx, r, &ISSUER); }
static ProtobufCMessage *archive_issuer(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_archive(ctx, r, &ISSUER); }
static ProtobufCMessage *delete_issuer(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_delete(ctx, r, &ISSUER); }

static const svc_method methods[] = {
    {"CreateIssuer", create_issuer, ACCESS_AUTHENTICATED},
    {"GetIssuer", get_issuer, ACCESS_AUTHENTICATED},
    {"ListIssuers", list_issuers, ACCESS_AUTHENTICATED},
    {"UpdateIssuer", update_issuer, ACCESS_AUTHENTICATED},
    {"ArchiveIssuer", archive_issuer, ACCESS_AUTHENTICATED},
    {"DeleteIssuer", delete_issuer, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service issuer_service = {&edubadges__v1__issuer_service__descriptor, methods};
