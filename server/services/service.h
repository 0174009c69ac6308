/* What every service handler gets and declares: the call context (database, principal,
 * arena, error), the method table entry with its access rule, and the list of services. */
#ifndef EDUBADGES_SERVICE_H
#define EDUBADGES_SERVICE_H

#include <stdint.h>

#include "app.h"
#include "error.h"
#include "principal.h"
#include "rpc.h"

typedef struct svc_ctx {
    rpc_call *call;
    arena *arena;
    app *app;
    db *db;
    principal principal;
    eb_error err;
    int64_t now_us;
} svc_ctx;

/* Returns the response (in ctx->arena) or NULL with ctx->err set. */
typedef ProtobufCMessage *(*svc_handler)(svc_ctx *ctx, const ProtobufCMessage *request);

typedef enum {
    ACCESS_PUBLIC,        /* anyone, also without a token */
    ACCESS_AUTHENTICATED, /* any valid token; the handler authorizes further */
} svc_access;

typedef struct svc_method {
    const char *name; /* the method name in the .proto */
    svc_handler handler;
    svc_access access;
} svc_method;

typedef struct svc_service {
    const ProtobufCServiceDescriptor *descriptor;
    const svc_method *methods; /* terminated by {NULL} */
} svc_service;

extern const svc_service *const svc_all_services[];

/* rpc_lookup_fn over svc_all_services. */
bool svc_lookup(void *lookup_ctx, const ProtobufCServiceDescriptor *service,
                const ProtobufCMethodDescriptor *method, rpc_unary_fn *fn, const void **binding);

/* Finishes validation: when violations were recorded, sets INVALID_ARGUMENT and returns
 * true (the handler then returns NULL). */
bool svc_invalid(svc_ctx *ctx);

#endif
