/* The read-modify-write of an Update RPC, shared by the services: read the resource,
 * check the caller's etag, apply the change, store it guarded by the revision read, and
 * retry when a concurrent writer got in between (only when the caller sent no etag). */
#ifndef EDUBADGES_UPDATE_LOOP_H
#define EDUBADGES_UPDATE_LOOP_H

#include "service.h"

typedef struct update_ops {
    const char *noun; /* "faculty" */
    eb_code (*load)(svc_ctx *ctx, const char *id, void *resource);
    int64_t (*revision)(const void *resource);
    /* Applies the request to the resource read; false with ctx->err set to refuse. */
    bool (*change)(svc_ctx *ctx, void *resource, const void *request);
    eb_code (*save)(svc_ctx *ctx, void *resource, int64_t expected_revision);
} update_ops;

/* True with the stored resource in `resource`; false with ctx->err set. wanted_revision
 * is the caller's etag (0 = none). */
bool svc_update(svc_ctx *ctx, const update_ops *ops, const char *id, int64_t wanted_revision,
                void *resource, const void *request);

#endif
