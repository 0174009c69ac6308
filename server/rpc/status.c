/* Encodes a failed call's outcome as google.rpc.Status for grpc-status-details-bin:
 * ErrorInfo (stable reason, domain, metadata) and BadRequest (field violations). */
#include <stdlib.h>

#include "google/protobuf/any.pb-c.h"
#include "google/rpc/error_details.pb-c.h"
#include "google/rpc/status.pb-c.h"
#include "internal.h"

#define ERROR_DOMAIN "edubadges.nl"

static Google__Protobuf__Any *any_of(arena *a, const char *type_url, const ProtobufCMessage *m)
{
    Google__Protobuf__Any *any = arena_alloc(a, sizeof *any);
    google__protobuf__any__init(any);
    any->type_url = (char *)type_url;
    any->value.len = protobuf_c_message_get_packed_size(m);
    any->value.data = arena_alloc(a, any->value.len + 1);
    protobuf_c_message_pack(m, any->value.data);
    return any;
}

static Google__Protobuf__Any *error_info(const rpc_call *c)
{
    Google__Rpc__ErrorInfo *info = arena_alloc(c->arena, sizeof *info);
    google__rpc__error_info__init(info);
    info->reason = (char *)c->reason;
    info->domain = ERROR_DOMAIN;
    size_t n = 0;
    for (const rpc_kv *kv = c->error_metadata; kv; kv = kv->next)
        n++;
    info->n_metadata = n;
    info->metadata = (Google__Rpc__ErrorInfo__MetadataEntry **)arena_ptrs(c->arena, n ? n : 1);
    size_t i = 0;
    for (const rpc_kv *kv = c->error_metadata; kv; kv = kv->next) {
        Google__Rpc__ErrorInfo__MetadataEntry *e = arena_alloc(c->arena, sizeof *e);
        google__rpc__error_info__metadata_entry__init(e);
        e->key = (char *)kv->key;
        e->value = (char *)kv->value;
        info->metadata[i++] = e;
    }
    return any_of(c->arena, "type.googleapis.com/google.rpc.ErrorInfo", &info->base);
}

static Google__Protobuf__Any *bad_request(const rpc_call *c)
{
    Google__Rpc__BadRequest *br = arena_alloc(c->arena, sizeof *br);
    google__rpc__bad_request__init(br);
    size_t n = 0;
    for (const rpc_violation *v = c->violations; v; v = v->next)
        n++;
    br->n_field_violations = n;
    br->field_violations =
        (Google__Rpc__BadRequest__FieldViolation **)arena_ptrs(c->arena, n);
    size_t i = 0;
    for (const rpc_violation *v = c->violations; v; v = v->next) {
        Google__Rpc__BadRequest__FieldViolation *fv = arena_alloc(c->arena, sizeof *fv);
        google__rpc__bad_request__field_violation__init(fv);
        fv->field = (char *)v->field;
        fv->description = (char *)v->description;
        br->field_violations[i++] = fv;
    }
    return any_of(c->arena, "type.googleapis.com/google.rpc.BadRequest", &br->base);
}

unsigned char *status_details_encode(const rpc_call *c, size_t *len)
{
    Google__Rpc__Status st = GOOGLE__RPC__STATUS__INIT;
    Google__Protobuf__Any *details[2];
    st.code = (int32_t)c->code;
    st.message = (char *)(c->message ? c->message : "");
    st.details = details;
    if (c->reason)
        details[st.n_details++] = error_info(c);
    if (c->violations)
        details[st.n_details++] = bad_request(c);
    *len = google__rpc__status__get_packed_size(&st);
    unsigned char *out = malloc(*len ? *len : 1);
    if (!out)
        abort();
    google__rpc__status__pack(&st, out);
    return out;
}
