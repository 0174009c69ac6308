/* The Get, Archive and Delete RPCs of every resource. */
#include "resource_calls.h"

#include "etag.h"
#include "ids.h"

/* A string field of a request by name; "" when it has none. */
static const char *string_field(const ProtobufCMessage *m, const char *name)
{
    const ProtobufCFieldDescriptor *f = protobuf_c_message_descriptor_get_field_by_name(m->descriptor, name);
    if (!f || f->type != PROTOBUF_C_TYPE_STRING || f->label == PROTOBUF_C_LABEL_REPEATED)
        return "";
    const char *s = *(const char *const *)((const char *)m + f->offset);
    return s ? s : "";
}

/* The id and expected revision of the request; false after recording violations. */
static bool target(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc,
                   authz_action action, bool with_etag, const char **id, int64_t *revision)
{
    *id = eb_parse_resource_name(&ctx->err, "name", string_field(request, "name"), rc->collection);
    *revision = with_etag ? etag_parse(&ctx->err, "etag", string_field(request, "etag")) : 0;
    return !svc_invalid(ctx) && authz_require(ctx, action, (authz_node){rc->level, *id});
}

ProtobufCMessage *svc_get(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc)
{
    const char *id;
    int64_t revision;
    if (!target(ctx, request, rc, ACTION_READ, false, &id, &revision))
        return NULL;
    return rc->read(ctx, id);
}

ProtobufCMessage *svc_archive(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc)
{
    const char *id;
    int64_t revision;
    if (!target(ctx, request, rc, ACTION_UPDATE, true, &id, &revision))
        return NULL;
    return rc->archive(ctx, id, revision);
}

ProtobufCMessage *svc_delete(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc)
{
    const char *id;
    int64_t revision;
    if (!target(ctx, request, rc, ACTION_DELETE, true, &id, &revision) ||
        rc->remove(ctx->db, id, revision, &ctx->err) != EB_OK)
        return NULL;
    ProtobufCMessage *resp = arena_alloc(ctx->arena, rc->delete_response->sizeof_message);
    rc->delete_response->message_init(resp);
    return resp;
}
