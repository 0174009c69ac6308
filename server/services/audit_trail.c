/* The audit event of a mutation, derived from the call: who (the principal or the
 * handler's note), the resource (the name in the response or the request), a summary
 * naming the fields the request set (never their values: no secrets, tokens, texts or
 * recipient identifiers reach the trail), the request id and the peer. */
#include <string.h>

#include "audit_store.h"
#include "google/protobuf/field_mask.pb-c.h"
#include "ids.h"
#include "service.h"

static const char *const READ_VERBS[] = {"Get", "List", "Search", "Verify", "Check", "Watch", "Export", "Query"};

bool svc_method_mutates(const char *method_name)
{
    for (size_t i = 0; i < sizeof READ_VERBS / sizeof *READ_VERBS; i++) {
        size_t n = strlen(READ_VERBS[i]);
        if (strncmp(method_name, READ_VERBS[i], n) == 0 && method_name[n] >= 'A' && method_name[n] <= 'Z')
            return false;
    }
    return true;
}

/* Whether a field of m holds something (proto3: not the default). */
static size_t field_count(const ProtobufCMessage *m, const ProtobufCFieldDescriptor *f)
{
    const char *at = (const char *)m + f->offset;
    if (f->label == PROTOBUF_C_LABEL_REPEATED)
        return *(const size_t *)((const char *)m + f->quantifier_offset);
    if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF)
        return *(const uint32_t *)((const char *)m + f->quantifier_offset) == f->id;
    switch (f->type) {
    case PROTOBUF_C_TYPE_STRING: return *(const char *const *)at && **(const char *const *)at;
    case PROTOBUF_C_TYPE_MESSAGE: return *(const void *const *)at != NULL;
    case PROTOBUF_C_TYPE_BYTES: return ((const ProtobufCBinaryData *)at)->len > 0;
    case PROTOBUF_C_TYPE_BOOL: return *(const protobuf_c_boolean *)at != 0;
    case PROTOBUF_C_TYPE_INT64:
    case PROTOBUF_C_TYPE_UINT64:
    case PROTOBUF_C_TYPE_SINT64:
    case PROTOBUF_C_TYPE_FIXED64:
    case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_DOUBLE: return *(const uint64_t *)at != 0;
    default: return *(const uint32_t *)at != 0;
    }
}

/* The paths of an update mask: field names, never values. */
static char *mask_paths(arena *a, const Google__Protobuf__FieldMask *mask)
{
    char *out = arena_strdup(a, "");
    for (size_t i = 0; i < mask->n_paths; i++)
        out = arena_sprintf(a, "%s%s%s", out, i ? ", " : "", mask->paths[i]);
    return out;
}

/* "a, b[3], c{d, e}, update_mask(x, y)": the fields a request set, one level deep. */
static char *describe(arena *a, const ProtobufCMessage *m, int depth)
{
    char *out = arena_strdup(a, "");
    for (unsigned i = 0; i < m->descriptor->n_fields; i++) {
        const ProtobufCFieldDescriptor *f = &m->descriptor->fields[i];
        size_t n = field_count(m, f);
        if (n == 0)
            continue;
        const ProtobufCMessageDescriptor *md = f->type == PROTOBUF_C_TYPE_MESSAGE ? f->descriptor : NULL;
        const ProtobufCMessage *sub = md ? *(const ProtobufCMessage *const *)((const char *)m + f->offset) : NULL;
        char *item;
        if (f->label == PROTOBUF_C_LABEL_REPEATED)
            item = arena_sprintf(a, "%s[%zu]", f->name, n);
        else if (md && strcmp(md->name, "google.protobuf.FieldMask") == 0)
            item = arena_sprintf(a, "%s(%s)", f->name, mask_paths(a, (const Google__Protobuf__FieldMask *)sub));
        else if (md && depth == 0 && strncmp(md->name, "google.", 7) != 0)
            item = arena_sprintf(a, "%s{%s}", f->name, describe(a, sub, 1));
        else
            item = arena_strdup(a, f->name);
        out = arena_sprintf(a, "%s%s%s", out, *out ? ", " : "", item);
    }
    return out;
}

/* A string field by name, or "". */
static const char *string_of(const ProtobufCMessage *m, const char *name)
{
    const ProtobufCFieldDescriptor *f = protobuf_c_message_descriptor_get_field_by_name(m->descriptor, name);
    if (!f || f->type != PROTOBUF_C_TYPE_STRING || f->label == PROTOBUF_C_LABEL_REPEATED)
        return "";
    const char *s = *(const char *const *)((const char *)m + f->offset);
    return s ? s : "";
}

/* The resource name a mutation is about: the response's name, the request's name, or the
 * first request field naming a resource ("badge_class", "parent", …). */
static const char *resource_of(const ProtobufCMessage *request, const ProtobufCMessage *response)
{
    if (*string_of(response, "name"))
        return string_of(response, "name");
    if (*string_of(request, "name"))
        return string_of(request, "name");
    for (unsigned i = 0; i < request->descriptor->n_fields; i++) {
        const char *s = string_of(request, request->descriptor->fields[i].name);
        const char *slash = strchr(s, '/');
        if (slash && eb_valid_id(slash + 1))
            return s;
    }
    return "";
}

/* The institution of a created institution, or of a resource that names its institution. */
static const char *institution_of(const ProtobufCMessage *response)
{
    const char *name = string_of(response, "name");
    if (strncmp(name, "institutions/", 13) != 0)
        name = string_of(response, "institution");
    return strncmp(name, "institutions/", 13) == 0 ? name + 13 : NULL;
}

static char *cut(arena *a, const char *s, size_t max) { return (char *)eb_excerpt(a, s ? s : "", max); }

bool svc_audit(svc_ctx *ctx, const ProtobufCMessage *request, const ProtobufCMessage *response)
{
    const svc_audit_note *note = &ctx->audit;
    if (note->skip)
        return true;
    const char *method = rpc_call_method(ctx->call);
    const char *client = ctx->principal.client;
    eb_audit_event ev = {
        .id = eb_new_id(ctx->arena),
        .institution_id = (char *)(note->institution_id ? note->institution_id : institution_of(response)),
        .actor = cut(ctx->arena, note->actor ? note->actor : ctx->principal.subject ? ctx->principal.subject : "anonymous",
                     AUDIT_TEXT_MAX),
        .actor_label = cut(ctx->arena, note->actor_label ? note->actor_label : ctx->principal.label, AUDIT_TEXT_MAX),
        .client = cut(ctx->arena, client, AUDIT_TEXT_MAX),
        .method = cut(ctx->arena, method[0] == '/' ? method + 1 : method, AUDIT_TEXT_MAX),
        .resource = cut(ctx->arena, note->resource ? note->resource : resource_of(request, response), AUDIT_TEXT_MAX),
        .summary = cut(ctx->arena, note->summary ? note->summary : describe(ctx->arena, request, 0), AUDIT_SUMMARY_MAX),
        .request_id = cut(ctx->arena, rpc_call_request_id(ctx->call), AUDIT_TEXT_MAX),
        .peer = cut(ctx->arena, rpc_call_peer(ctx->call), AUDIT_TEXT_MAX),
    };
    return audit_append(ctx->db, &ev, ctx->now_us, &ctx->err) == EB_OK;
}
