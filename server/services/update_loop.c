/* The read-modify-write of an Update RPC. */
#include "update_loop.h"

#define UPDATE_RETRIES 3

bool svc_update(svc_ctx *ctx, const update_ops *ops, const char *id, int64_t wanted,
                void *resource, const void *request)
{
    for (int attempt = 0; attempt < UPDATE_RETRIES; attempt++) {
        if (ops->load(ctx, id, resource) != EB_OK)
            return false;
        int64_t read = ops->revision(resource);
        if (wanted > 0 && read != wanted) {
            eb_fail(&ctx->err, EB_ABORTED, "ETAG_MISMATCH",
                    "the %s changed since the given etag; read it again and retry", ops->noun);
            return false;
        }
        if (!ops->change(ctx, resource, request))
            return false;
        eb_code c = ops->save(ctx, resource, read);
        if (c == EB_OK)
            return true;
        if (c != EB_ABORTED || wanted > 0)
            return false;
        eb_error_init(&ctx->err, ctx->arena); /* changed meanwhile without an etag: retry */
    }
    eb_fail(&ctx->err, EB_ABORTED, "CONCURRENT_CHANGE",
            "the %s kept changing while it was updated; retry", ops->noun);
    return false;
}
