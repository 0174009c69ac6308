/* Internal structures of the RPC layer shared by its files; not for services. */
#ifndef EDUBADGES_RPC_INTERNAL_H
#define EDUBADGES_RPC_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include <grpc/grpc.h>

#include "arena.h"
#include "rpc.h"

typedef enum {
    TAG_NEW_CALL,     /* a registered-method slot got a call */
    TAG_UNKNOWN_CALL, /* the unregistered slot got a call */
    TAG_CLOSE,        /* RECV_CLOSE_ON_SERVER completed */
    TAG_SEND,         /* a send batch completed */
    TAG_RECV,         /* a RECV_MESSAGE (bidi) completed */
    TAG_SHUTDOWN,
} rpc_tag_kind;

typedef struct rpc_tag {
    rpc_tag_kind kind;
    void *owner;
} rpc_tag;

typedef enum { METHOD_UNARY, METHOD_BIDI_REFLECTION } rpc_method_kind;

typedef struct rpc_method {
    char *path;
    rpc_method_kind kind;
    const ProtobufCMessageDescriptor *input;
    rpc_unary_fn fn;
    const void *binding;
    void *handle; /* from grpc_server_register_method */
} rpc_method;

/* A posted request slot: one per method per completion queue, plus one unregistered. */
typedef struct rpc_slot {
    rpc_tag tag;
    rpc_server *srv;
    rpc_method *method; /* NULL for the unregistered slot */
    grpc_completion_queue *cq;
    grpc_call *call;
    gpr_timespec deadline;
    grpc_metadata_array metadata;
    grpc_byte_buffer *payload;
    grpc_call_details details; /* unregistered slot only */
} rpc_slot;

typedef struct rpc_violation {
    const char *field;
    const char *description;
    struct rpc_violation *next;
} rpc_violation;

typedef struct rpc_kv {
    const char *key;
    const char *value;
    struct rpc_kv *next;
} rpc_kv;

struct rpc_call {
    rpc_server *srv;
    rpc_method *method; /* NULL for unknown methods */
    const char *unknown_path; /* the path of an unknown method */
    grpc_call *call;
    grpc_completion_queue *cq;
    gpr_timespec deadline;
    grpc_metadata_array metadata;
    grpc_byte_buffer *payload;
    arena *arena;
    ProtobufCAllocator allocator;
    atomic_int refs;
    rpc_tag close_tag, send_tag, recv_tag;
    int cancelled_by_core; /* filled by RECV_CLOSE_ON_SERVER */
    atomic_bool cancelled;
    pthread_mutex_t lock; /* guards running_state */
    void *running_state;  /* worker state while a handler runs */
    bool initial_metadata_sent;
    bool final_send; /* the send in flight carries the status */
    struct timespec started;
    char request_id[65];
    char *peer;
    /* outcome */
    grpc_status_code code;
    const char *message;
    const char *reason;
    rpc_violation *violations;
    rpc_kv *error_metadata;
    /* buffers that must live until the send batch completes */
    grpc_byte_buffer *send_buffer;
    grpc_slice status_details;
    grpc_slice status_trailer_value;
    grpc_metadata trailer;
    grpc_metadata initial_md;
    grpc_byte_buffer *recv_buffer;
    struct rpc_call *next_in_queue;
};

typedef struct rpc_worker_pool rpc_worker_pool;

struct rpc_server {
    rpc_config config;
    rpc_hooks hooks;
    grpc_server *server;
    int n_cqs;
    grpc_completion_queue **cqs;
    pthread_t *cq_threads;
    grpc_completion_queue *shutdown_cq;
    rpc_method *methods;
    size_t n_methods, cap_methods;
    rpc_worker_pool *pool;
    atomic_bool serving;
    atomic_bool shutting_down;
    bool started;
    struct protoset_index *protoset;
};

/* call.c */
rpc_call *call_create(rpc_server *srv, rpc_slot *slot);
void call_ref(rpc_call *call);
void call_unref(rpc_call *call);
void call_start_close_watch(rpc_call *call);
/* Fills op with SEND_INITIAL_METADATA (x-request-id) unless already sent; returns 0 or 1. */
size_t call_add_initial_metadata(rpc_call *call, grpc_op *op);
/* Sends the unary outcome: the response when ok, else the error status. Consumes one ref. */
void call_finish_unary(rpc_call *call, const ProtobufCMessage *response);
void call_on_close(rpc_call *call, bool ok);
void call_on_send(rpc_call *call, bool ok);
void call_run_unary(rpc_call *call, void *worker_state);

/* status.c: the google.rpc.Status bytes for the call's error; caller frees. */
unsigned char *status_details_encode(const rpc_call *call, size_t *len);

/* workers.c */
rpc_worker_pool *worker_pool_create(rpc_server *srv, int n, char *err, size_t errlen);
void worker_pool_submit(rpc_worker_pool *pool, rpc_call *call);
/* Runs every queued call, then stops and joins the workers. */
void worker_pool_stop(rpc_worker_pool *pool);

/* health.c */
bool health_add_service(rpc_server *srv, char *err, size_t errlen);

/* reflection.c */
bool reflection_add_service(rpc_server *srv, char *err, size_t errlen);
void reflection_on_new_call(rpc_call *call);
void reflection_on_recv(rpc_call *call, bool ok);
void reflection_on_send(rpc_call *call, bool ok);

/* server.c */
rpc_method *server_add_method(rpc_server *srv, const char *path, rpc_method_kind kind,
                              const ProtobufCMessageDescriptor *input, rpc_unary_fn fn,
                              const void *binding);

#endif
