/* The Get, Archive and Delete RPCs have the same shape for every resource: a name (and an
 * etag), an authorization check on the node, one store call and the resource (or an empty
 * response) back. A service describes its resource once and its handlers call these. */
#ifndef EDUBADGES_RESOURCE_CALLS_H
#define EDUBADGES_RESOURCE_CALLS_H

#include "authz.h"
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

/* Requests with a "name" field (and an "etag" field for archive and delete). */
ProtobufCMessage *svc_get(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc);
ProtobufCMessage *svc_archive(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc);
ProtobufCMessage *svc_delete(svc_ctx *ctx, const ProtobufCMessage *request, const resource_calls *rc);

#endif
