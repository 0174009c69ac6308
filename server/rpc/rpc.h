/* The RPC layer's interface to services: the server, its configuration and hooks, and the
 * call object a handler works with. It knows nothing about badges: it maps the generated
 * protobuf-c service descriptors onto gRPC C core, runs handlers on a worker pool and sends
 * responses or rich errors (google.rpc.Status). */
#ifndef EDUBADGES_RPC_H
#define EDUBADGES_RPC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <grpc/status.h>
#include <protobuf-c/protobuf-c.h>

typedef struct rpc_server rpc_server;
typedef struct rpc_call rpc_call;

/* A unary handler: returns the response (allocated in the call's arena) or NULL after
 * rpc_call_fail. worker_state is what rpc_hooks.worker_init made for this worker thread;
 * binding is the pointer the service gave for this method. */
typedef ProtobufCMessage *(*rpc_unary_fn)(rpc_call *call, void *worker_state,
                                          const ProtobufCMessage *request, const void *binding);

/* Finds the handler of one method of a service; returns false when there is none (the
 * server then refuses to start, so no method is left without a handler). */
typedef bool (*rpc_lookup_fn)(void *ctx, const ProtobufCServiceDescriptor *service,
                              const ProtobufCMethodDescriptor *method, rpc_unary_fn *fn,
                              const void **binding);

typedef struct rpc_hooks {
    void *app;
    /* Makes the per-worker state (e.g. a database connection); NULL = start-up failure. */
    void *(*worker_init)(void *app, int worker_index, char *err, size_t errlen);
    void (*worker_fini)(void *worker_state);
    /* Called from another thread when the call a worker runs is cancelled. */
    void (*worker_cancel)(void *worker_state);
} rpc_hooks;

typedef struct rpc_config {
    const char *listen_address;    /* e.g. "0.0.0.0:50051"; port 0 picks a free port */
    int cq_threads;                /* completion-queue threads; 0 = number of cores */
    int workers;                   /* handler threads */
    int max_message_bytes;         /* receive limit for one request message */
    const char *tls_cert_chain_pem; /* PEM text; NULL for plaintext */
    const char *tls_private_key_pem;
    const char *tls_client_ca_pem; /* PEM text; non-NULL requires client certificates */
    int drain_notice_ms;           /* NOT_SERVING before we stop accepting calls */
    int drain_grace_ms;            /* time in-flight calls get before they are cancelled */
} rpc_config;

rpc_server *rpc_server_create(const rpc_config *config, const rpc_hooks *hooks, char *err,
                              size_t errlen);
/* Registers every method of a service, binding each through lookup. Only unary methods
 * are supported for services; returns false with err set otherwise. */
bool rpc_server_add_service(rpc_server *srv, const ProtobufCServiceDescriptor *service,
                            rpc_lookup_fn lookup, void *lookup_ctx, char *err, size_t errlen);
/* Binds the port, starts the threads and returns the bound port, or 0 with err set. */
int rpc_server_start(rpc_server *srv, char *err, size_t errlen);
/* Health: SERVING or NOT_SERVING for the whole server. */
void rpc_server_set_serving(rpc_server *srv, bool serving);
/* Graceful drain: NOT_SERVING, wait drain_notice_ms, stop accepting, let in-flight calls
 * finish for drain_grace_ms, cancel the rest, stop every thread. */
void rpc_server_shutdown(rpc_server *srv);
void rpc_server_destroy(rpc_server *srv);

/* ---- the call, for handlers ---- */

/* "/package.Service/Method" */
const char *rpc_call_method(const rpc_call *call);
/* The bearer token of the authorization metadata; NULL when the call carried none.
 * *malformed is set when an authorization header was present but not "Bearer <token>",
 * or when there were two of them. */
const char *rpc_call_bearer_token(const rpc_call *call, bool *malformed);
/* The value of an ASCII request metadata key (lower-case), copied into the arena; NULL
 * when absent. */
const char *rpc_call_metadata(rpc_call *call, const char *key);
/* The request id: the client's x-request-id when it sent a usable one, else generated. */
const char *rpc_call_request_id(const rpc_call *call);
/* The peer address as gRPC reports it, e.g. "ipv4:127.0.0.1:5555". */
const char *rpc_call_peer(rpc_call *call);
/* Milliseconds left before the client's deadline; -1 when the client set none. */
int64_t rpc_call_deadline_remaining_ms(const rpc_call *call);
bool rpc_call_cancelled(const rpc_call *call);

/* The call's arena and a protobuf-c allocator over it; freed after the response is sent. */
struct arena *rpc_call_arena(rpc_call *call);
ProtobufCAllocator *rpc_call_allocator(rpc_call *call);

/* Sets the error status; reason is a stable UPPER_SNAKE_CASE ErrorInfo reason (may be
 * NULL). Strings are copied. The first call wins for code and message. */
void rpc_call_fail(rpc_call *call, grpc_status_code code, const char *reason,
                   const char *message);
/* Adds a BadRequest field violation; strings are copied. */
void rpc_call_add_violation(rpc_call *call, const char *field, const char *description);
/* Adds ErrorInfo metadata; strings are copied. */
void rpc_call_add_error_metadata(rpc_call *call, const char *key, const char *value);
bool rpc_call_failed(const rpc_call *call);

#endif
