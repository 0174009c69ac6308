/* The standard methods Get, Update, Archive and Delete have the same shape for every
 * resource: a name (and an etag), an authorization check on the node, the store calls and
 * the resource (or an empty response) back. A service describes its resource once and
 * its handlers call these. Update is a read-modify-write: read the resource, check the
 * caller's etag, apply the masked change, store it guarded by the revision read, and retry
 * when a concurrent writer got in between (only when the caller sent no etag). */
#ifndef EDUBADGES_RESOURCE_CALLS_H
#define EDUBADGES_RESOURCE_CALLS_H

#include "authz.h"
#include "field_mask.h"
#include "service.h"

typedef struct resource_calls {
    const char *collection; /* "issuers" */
    authz_level level;
    /* The resource message of a stored resource, or NULL with ctx->err set. */
    ProtobufCMessage *(*read)(svc_ctx *ctx, const char *id);
    /* Archives; the archived resource message, or NULL with ctx->err set. */
    ProtobufCMessage *(*archive)(svc_ctx *ctx, const char *id, int64_t expected_revision);
    eb_code (*remove)(db *d, const char *id, int64_t expected_revision, eb_error *e);
    const ProtobufCMessageDescriptor *delete_response;
} resource_calls;

typedef struct update_call {
    const char *noun;       /* "faculty" */
    const char *field;      /* the request field holding the resource, "faculty" */
    const char *collection; /* "faculties" */
    authz_level level;
    const char *const *updatable;
    size_t resource_size;
    /* The fields set in the resource message, for an update without a mask (AIP-134). */
    field_mask (*implied_mask)(arena *a, const ProtobufCMessage *resource);
    /* The new values of a resource message; violations go under "{field}.". */
    void *(*patch)(svc_ctx *ctx, const ProtobufCMessage *resource, const field_mask *mask);
    eb_code (*load)(svc_ctx *ctx, const char *id, void *resource);
    int64_t (*revision)(const void *resource);
    /* Applies the masked patch to the resource read and checks the result; false with
     * ctx->err set to refuse. */
    bool (*change)(svc_ctx *ctx, void *resource, const void *patch, const field_mask *mask);
    eb_code (*save)(svc_ctx *ctx, void *resource, int64_t expected_revision);
    ProtobufCMessage *(*encode)(arena *a, const void *resource);
} update_call;

/* Requests with the resource field and an "update_mask" field. */
ProtobufCMessage *svc_update(svc_ctx *ctx, const ProtobufCMessage *request, const update_call *uc);

/* Requests with a "name" field (and an "etag" field for archive and delete). */
ProtobufCMessage *svc_get(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc);
ProtobufCMessage *svc_archive(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc);
ProtobufCMessage *svc_delete(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc);

#endif
