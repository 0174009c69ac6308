/* The one RPC handler behind every service method: sets up the call context, the
 * statement timeout and the principal, checks the method's access rule, runs the
 * service handler (a mutation in one transaction with its audit event) and turns its
 * error into a gRPC status with details. */
#include <string.h>
#include <sys/time.h>

#include "authz.h"
#include "service.h"

static grpc_status_code grpc_code(eb_code c)
{
    switch (c) {
    case EB_OK: return GRPC_STATUS_OK;
    case EB_INVALID_ARGUMENT: return GRPC_STATUS_INVALID_ARGUMENT;
    case EB_NOT_FOUND: return GRPC_STATUS_NOT_FOUND;
    case EB_ALREADY_EXISTS: return GRPC_STATUS_ALREADY_EXISTS;
    case EB_FAILED_PRECONDITION: return GRPC_STATUS_FAILED_PRECONDITION;
    case EB_ABORTED: return GRPC_STATUS_ABORTED;
    case EB_PERMISSION_DENIED: return GRPC_STATUS_PERMISSION_DENIED;
    case EB_UNAUTHENTICATED: return GRPC_STATUS_UNAUTHENTICATED;
    case EB_RESOURCE_EXHAUSTED: return GRPC_STATUS_RESOURCE_EXHAUSTED;
    case EB_UNAVAILABLE: return GRPC_STATUS_UNAVAILABLE;
    case EB_DEADLINE_EXCEEDED: return GRPC_STATUS_DEADLINE_EXCEEDED;
    case EB_CANCELLED: return GRPC_STATUS_CANCELLED;
    case EB_INTERNAL: return GRPC_STATUS_INTERNAL;
    }
    return GRPC_STATUS_INTERNAL;
}

/* The field violations travel in response metadata, which clients limit (8 KiB by
 * default in gRPC): at most this many bytes of fields and descriptions are sent. */
#define VIOLATION_BYTES_BUDGET 2400

static void report(svc_ctx *ctx)
{
    const eb_error *e = &ctx->err;
    eb_code code = e->code != EB_OK ? e->code : EB_INTERNAL;
    const eb_violation *v = e->violations;
    size_t used = 0, listed = 0;
    for (const eb_violation *w = v; w; w = w->next, listed++) {
        used += strlen(w->field) + strlen(w->description) + 8;
        if (used > VIOLATION_BYTES_BUDGET)
            break;
    }
    const char *message = e->message ? e->message : "the handler failed without saying why";
    if (listed < (size_t)e->n_violations)
        message = arena_sprintf(ctx->arena, "%s (%zu of the %d field violations are listed)", message, listed,
                                e->n_violations);
    rpc_call_fail(ctx->call, grpc_code(code), e->reason ? e->reason : "INTERNAL", message);
    for (size_t i = 0; i < listed; i++, v = v->next)
        rpc_call_add_violation(ctx->call, v->field, v->description);
}

static int64_t now_us(void)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (int64_t)tv.tv_sec * 1000000 + tv.tv_usec;
}

static ProtobufCMessage *dispatch(rpc_call *call, void *state, const ProtobufCMessage *request,
                                  const void *binding)
{
    const svc_method *m = binding;
    worker_state *w = state;
    svc_ctx ctx = {.call = call, .arena = rpc_call_arena(call), .app = w->app, .db = w->db,
                   .now_us = now_us() + w->app->clock_offset_us,
                   .mutation = m->access != ACCESS_CREDENTIALS && svc_method_mutates(m->name)};
    eb_error_init(&ctx.err, ctx.arena);
    ProtobufCMessage *response = NULL;
    if (!db_ensure(ctx.db))
        eb_fail(&ctx.err, EB_UNAVAILABLE, "DATABASE_UNAVAILABLE", "the database is not reachable");
    else if (db_set_timeout(ctx.db, rpc_call_deadline_remaining_ms(call), &ctx.err) == EB_OK &&
             auth_authenticate(&ctx)) {
        if (m->access == ACCESS_AUTHENTICATED && ctx.principal.kind == PRINCIPAL_ANONYMOUS)
            eb_fail(&ctx.err, EB_UNAUTHENTICATED, "UNAUTHENTICATED", "this call needs a bearer token");
        else if (!ctx.mutation || db_begin(ctx.db, &ctx.err) == EB_OK)
            response = m->handler(&ctx, request);
        if (response && ctx.mutation &&
            (!svc_audit(&ctx, request, response) || db_commit(ctx.db, &ctx.err) != EB_OK))
            response = NULL;
    }
    db_rollback_all(ctx.db); /* a no-op unless the call failed with a transaction open */
    if (!response)
        report(&ctx);
    return response;
}

bool svc_lookup(void *lookup_ctx, const ProtobufCServiceDescriptor *service,
                const ProtobufCMethodDescriptor *method, rpc_unary_fn *fn, const void **binding)
{
    (void)lookup_ctx;
    for (const svc_service *const *s = svc_all_services; *s; s++) {
        if ((*s)->descriptor != service)
            continue;
        for (const svc_method *m = (*s)->methods; m->name; m++) {
            if (strcmp(m->name, method->name) == 0) {
                *fn = dispatch;
                *binding = m;
                return true;
            }
        }
    }
    return false;
}

bool svc_invalid(svc_ctx *ctx) { return eb_finish_validation(&ctx->err) != EB_OK; }
