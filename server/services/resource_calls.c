/* The standard methods of every resource. */
#include "resource_calls.h"

#include "convert.h"

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

/* A message field of a request by name, or NULL. */
static const ProtobufCMessage *message_field(const ProtobufCMessage *m, const char *name)
{
    const ProtobufCFieldDescriptor *f = protobuf_c_message_descriptor_get_field_by_name(m->descriptor, name);
    if (!f || f->type != PROTOBUF_C_TYPE_MESSAGE || f->label == PROTOBUF_C_LABEL_REPEATED)
        return NULL;
    return *(const ProtobufCMessage *const *)((const char *)m + f->offset);
}

#define UPDATE_RETRIES 3

/* Read, check the etag, change, save guarded by the revision read; retried on a
 * concurrent change when the caller sent no etag. */
static bool read_modify_write(svc_ctx *ctx, const update_call *uc, const char *id, int64_t wanted,
                              void *resource, const void *patch, const field_mask *mask)
{
    for (int attempt = 0; attempt < UPDATE_RETRIES; attempt++) {
        if (uc->load(ctx, id, resource) != EB_OK)
            return false;
        int64_t read = uc->revision(resource);
        if (wanted > 0 && read != wanted) {
            eb_fail(&ctx->err, EB_ABORTED, "ETAG_MISMATCH",
                    "the %s changed since the given etag; read it again and retry", uc->noun);
            return false;
        }
        if (!uc->change(ctx, resource, patch, mask))
            return false;
        eb_code c = uc->save(ctx, resource, read);
        if (c == EB_OK)
            return true;
        if (c != EB_ABORTED || wanted > 0)
            return false;
        eb_error_init(&ctx->err, ctx->arena); /* changed meanwhile without an etag: retry */
    }
    eb_fail(&ctx->err, EB_ABORTED, "CONCURRENT_CHANGE",
            "the %s kept changing while it was updated; retry", uc->noun);
    return false;
}

ProtobufCMessage *svc_update(svc_ctx *ctx, const ProtobufCMessage *request, const update_call *uc)
{
    const ProtobufCMessage *res = message_field(request, uc->field);
    if (!pb_require(&ctx->err, res, uc->field) && svc_invalid(ctx))
        return NULL;
    char *name_field = arena_sprintf(ctx->arena, "%s.name", uc->field);
    const char *id = eb_parse_resource_name(&ctx->err, name_field, string_field(res, "name"), uc->collection);
    int64_t wanted = etag_parse(&ctx->err, arena_sprintf(ctx->arena, "%s.etag", uc->field),
                                string_field(res, "etag"));
    const ProtobufCMessage *mask_pb = message_field(request, "update_mask");
    field_mask mask = mask_pb ? mask_from_pb((const Google__Protobuf__FieldMask *)mask_pb)
                              : uc->implied_mask(ctx->arena, res);
    field_mask_check(&ctx->err, &mask, uc->updatable);
    if (mask.n == 0)
        eb_violate(&ctx->err, "update_mask", "names no field to update");
    void *patch = uc->patch(ctx, res, &mask);
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_UPDATE, (authz_node){uc->level, id}))
        return NULL;
    void *resource = arena_alloc(ctx->arena, uc->resource_size);
    if (!read_modify_write(ctx, uc, id, wanted, resource, patch, &mask))
        return NULL;
    return uc->encode(ctx->arena, resource);
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
