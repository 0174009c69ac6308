/* What every service handler gets and declares: the call context (database, principal,
 * arena, error), the method table entry with its access rule, and the list of services. */
#ifndef EDUBADGES_SERVICE_H
#define EDUBADGES_SERVICE_H

#include <stdint.h>

#include "app.h"
#include "error.h"
#include "principal.h"
#include "rpc.h"

/* What the audit event of a mutation says; handlers may fill any of it, the rest is
 * derived from the call (see svc_audit). */
typedef struct svc_audit_note {
    const char *institution_id; /* set by authz_require from the node it resolved */
    const char *actor, *actor_label, *resource, *summary;
    bool skip; /* nothing changed (a replayed retry) */
} svc_audit_note;

typedef struct svc_ctx {
    rpc_call *call;
    arena *arena;
    app *app;
    db *db;
    principal principal;
    eb_error err;
    int64_t now_us;
    bool mutation; /* the method changes something: one transaction with its audit event */
    svc_audit_note audit;
} svc_ctx;

/* Returns the response (in ctx->arena) or NULL with ctx->err set. */
typedef ProtobufCMessage *(*svc_handler)(svc_ctx *ctx, const ProtobufCMessage *request);

typedef enum {
    ACCESS_PUBLIC,        /* anyone, also without a token */
    ACCESS_AUTHENTICATED, /* any valid token; the handler authorizes further */
    ACCESS_CREDENTIALS,   /* anyone: the handler checks credentials in the request and runs its
                             own transactions and audit (what a failure records must stay) */
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

/* Whether a method changes something: every method except those named Get…, List…,
 * Search…, Verify…, Check…, Watch…, Export… or Query…. The dispatcher runs a mutation in one
 * transaction that also appends its audit event. */
bool svc_method_mutates(const char *method_name);
/* Appends the audit event of a successful mutation (in the open transaction). */
bool svc_audit(svc_ctx *ctx, const ProtobufCMessage *request, const ProtobufCMessage *response);

/* Finishes validation: when violations were recorded, sets INVALID_ARGUMENT and returns
 * true (the handler then returns NULL). */
bool svc_invalid(svc_ctx *ctx);

#endif
