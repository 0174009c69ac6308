/* edubadges.v1.TagService: decode, validate, authorize, store, encode. */
#include "authz.h"
#include "convert.h"
#include "edubadges/v1/tag.pb-c.h"
#include "etag.h"
#include "ids.h"
#include "paging.h"
#include "service.h"
#include "tag_store.h"

static Edubadges__V1__Tag *to_pb(arena *a, const eb_tag *t)
{
    Edubadges__V1__Tag *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__tag__init(pb);
    pb->name = eb_resource_name(a, "tags", t->id);
    pb->institution = eb_resource_name(a, "institutions", t->institution_id);
    pb->display_name = t->display_name;
    pb->state = t->state == TAG_ARCHIVED ? EDUBADGES__V1__TAG__STATE__STATE_ARCHIVED
                                         : EDUBADGES__V1__TAG__STATE__STATE_ACTIVE;
    pb->create_time = pb_timestamp(a, t->create_time_us);
    pb->update_time = pb_timestamp(a, t->update_time_us);
    pb->etag = etag_of(a, t->revision);
    return pb;
}

/* The response of a handler that ends with a store call giving the tag t. */
static ProtobufCMessage *tag_response(svc_ctx *ctx, eb_code c, const eb_tag *t)
{
    return c == EB_OK ? &to_pb(ctx->arena, t)->base : NULL;
}

/* Reads the tag and checks that the caller may do action on its institution. */
static bool load_authorized(svc_ctx *ctx, const char *id, authz_action action, eb_tag *out)
{
    return tag_get(ctx->db, id, out, &ctx->err) == EB_OK &&
           authz_require(ctx, action, (authz_node){NODE_INSTITUTION, out->institution_id});
}

/* A request without its tag message. */
static ProtobufCMessage *tag_missing(svc_ctx *ctx)
{
    eb_violate(&ctx->err, "tag", "is required");
    svc_invalid(ctx);
    return NULL;
}

static ProtobufCMessage *create_tag(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateTagRequest *req = (const void *)request;
    if (!req->tag)
        return tag_missing(ctx);
    eb_tag t = {.display_name = pb_str(req->tag->display_name)};
    t.institution_id = (char *)eb_parse_resource_name(&ctx->err, "tag.institution",
                                                      req->tag->institution, "institutions");
    tag_normalize(ctx->arena, &t);
    tag_validate(&ctx->err, &t, "tag.");
    if (svc_invalid(ctx) ||
        !authz_require(ctx, ACTION_UPDATE, (authz_node){NODE_INSTITUTION, t.institution_id}))
        return NULL;
    t.id = eb_new_id(ctx->arena);
    return tag_response(ctx, tag_insert(ctx->db, &t, &ctx->err), &t);
}

static ProtobufCMessage *get_tag(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__GetTagRequest *req = (const void *)request;
    const char *id = eb_parse_resource_name(&ctx->err, "name", req->name, "tags");
    eb_tag t;
    if (svc_invalid(ctx) || !load_authorized(ctx, id, ACTION_READ, &t))
        return NULL;
    return &to_pb(ctx->arena, &t)->base;
}

static ProtobufCMessage *list_tags(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListTagsRequest *req = (const void *)request;
    tag_filter f = {eb_parse_resource_name(&ctx->err, "institution", req->institution,
                                           "institutions"),
                    req->show_archived};
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = NULL;
    tag_list_pos after = {"", ""};
    if (f.institution_id) { /* a token is bound to the institution and the filters */
        filters = arena_sprintf(ctx->arena, "institution=%s;archived=%d", f.institution_id,
                                f.show_archived);
        const char *key = page_token_decode(&ctx->err, "page_token", req->page_token, "tags",
                                            filters);
        if (key)
            tag_list_pos_parse(&ctx->err, "page_token", key, &after);
    }
    if (svc_invalid(ctx) ||
        !authz_require(ctx, ACTION_READ, (authz_node){NODE_INSTITUTION, f.institution_id}))
        return NULL;
    eb_tag *rows;
    int n;
    bool more;
    if (tag_list(ctx->db, &f, &after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListTagsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_tags_response__init(resp);
    resp->n_tags = (size_t)n;
    resp->tags = (Edubadges__V1__Tag **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->tags[i] = to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "tags", filters,
                                                  tag_list_key(ctx->arena, &rows[n - 1]));
    return &resp->base;
}

static ProtobufCMessage *update_tag(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__UpdateTagRequest *req = (const void *)request;
    if (!req->tag)
        return tag_missing(ctx);
    const char *id = eb_parse_resource_name(&ctx->err, "tag.name", req->tag->name, "tags");
    int64_t wanted = etag_parse(&ctx->err, "tag.etag", req->tag->etag);
    eb_tag t = {.id = (char *)id, .display_name = pb_str(req->tag->display_name)};
    /* without an update mask, the fields set in the request change (AIP-134) */
    static const char *const implied[] = {"display_name"};
    field_mask mask = req->update_mask ? mask_from_pb(req->update_mask)
                                       : (field_mask){implied, *t.display_name ? 1 : 0};
    int violations_before = ctx->err.n_violations;
    field_mask_check(&ctx->err, &mask, TAG_UPDATABLE);
    if (field_mask_covers(&mask, "display_name")) {
        tag_normalize(ctx->arena, &t);
        tag_validate(&ctx->err, &t, "tag.");
    } else if (ctx->err.n_violations == violations_before) {
        eb_violate(&ctx->err, "update_mask", "names no field to update (only display_name can change)");
    }
    eb_tag cur;
    if (svc_invalid(ctx) || !load_authorized(ctx, id, ACTION_UPDATE, &cur))
        return NULL;
    return tag_response(ctx, tag_rename(ctx->db, &t, wanted, &ctx->err), &t);
}

/* The tag id of a request naming a tag with an optional etag, and the etag's revision;
 * NULL after recording violations. */
static const char *parse_name_etag(svc_ctx *ctx, const char *name, const char *etag,
                                   int64_t *wanted)
{
    const char *id = eb_parse_resource_name(&ctx->err, "name", name, "tags");
    *wanted = etag_parse(&ctx->err, "etag", etag);
    return svc_invalid(ctx) ? NULL : id;
}

static ProtobufCMessage *set_archived(svc_ctx *ctx, const char *name, const char *etag,
                                      bool archived)
{
    int64_t wanted;
    const char *id = parse_name_etag(ctx, name, etag, &wanted);
    eb_tag t;
    if (!id || !load_authorized(ctx, id, ACTION_UPDATE, &t))
        return NULL;
    return tag_response(ctx, tag_set_archived(ctx->db, id, archived, wanted, &t, &ctx->err), &t);
}

static ProtobufCMessage *archive_tag(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ArchiveTagRequest *req = (const void *)request;
    return set_archived(ctx, req->name, req->etag, true);
}

static ProtobufCMessage *unarchive_tag(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__UnarchiveTagRequest *req = (const void *)request;
    return set_archived(ctx, req->name, req->etag, false);
}

static ProtobufCMessage *delete_tag(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__DeleteTagRequest *req = (const void *)request;
    int64_t wanted;
    const char *id = parse_name_etag(ctx, req->name, req->etag, &wanted);
    eb_tag t;
    if (!id || !load_authorized(ctx, id, ACTION_UPDATE, &t) ||
        tag_delete(ctx->db, id, wanted, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__DeleteTagResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__delete_tag_response__init(resp);
    return &resp->base;
}

static const svc_method methods[] = {
    {"CreateTag", create_tag, ACCESS_AUTHENTICATED},
    {"GetTag", get_tag, ACCESS_AUTHENTICATED},
    {"ListTags", list_tags, ACCESS_AUTHENTICATED},
    {"UpdateTag", update_tag, ACCESS_AUTHENTICATED},
    {"ArchiveTag", archive_tag, ACCESS_AUTHENTICATED},
    {"UnarchiveTag", unarchive_tag, ACCESS_AUTHENTICATED},
    {"DeleteTag", delete_tag, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service tag_service = {&edubadges__v1__tag_service__descriptor, methods};
