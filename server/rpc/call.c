/* The life of one call: creation from a request slot, the close watch (cancellation), the
 * unary run on a worker, sending the response or the error status, and freeing. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <grpc/byte_buffer_reader.h>
#include <grpc/support/alloc.h>
#include <grpc/support/time.h>
#include <jansson.h>
#include <sodium.h>

#include "internal.h"
#include "log.h"
#include "wire_check.h"

static void *arena_pb_alloc(void *data, size_t size) { return arena_alloc(data, size); }
static void arena_pb_free(void *data, void *ptr)
{
    (void)data;
    (void)ptr;
}

static bool usable_request_id(const grpc_slice value)
{
    size_t n = GRPC_SLICE_LENGTH(value);
    const unsigned char *p = GRPC_SLICE_START_PTR(value);
    if (n == 0 || n > 64)
        return false;
    for (size_t i = 0; i < n; i++)
        if (p[i] <= 0x20 || p[i] >= 0x7f)
            return false;
    return true;
}

static void set_request_id(rpc_call *c)
{
    for (size_t i = 0; i < c->metadata.count; i++) {
        const grpc_metadata *m = &c->metadata.metadata[i];
        if (grpc_slice_str_cmp(m->key, "x-request-id") == 0 && usable_request_id(m->value)) {
            size_t n = GRPC_SLICE_LENGTH(m->value);
            memcpy(c->request_id, GRPC_SLICE_START_PTR(m->value), n);
            c->request_id[n] = '\0';
            return;
        }
    }
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(c->request_id, sizeof c->request_id, raw, sizeof raw);
}

rpc_call *call_create(rpc_server *srv, rpc_slot *slot)
{
    rpc_call *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    c->srv = srv;
    c->method = slot->method;
    c->call = slot->call;
    c->cq = slot->cq;
    c->deadline = slot->deadline;
    c->metadata = slot->metadata;
    c->payload = slot->payload;
    c->arena = arena_create();
    c->allocator = (ProtobufCAllocator){arena_pb_alloc, arena_pb_free, c->arena};
    atomic_init(&c->refs, 1);
    atomic_init(&c->cancelled, false);
    pthread_mutex_init(&c->lock, NULL);
    c->close_tag = (rpc_tag){TAG_CLOSE, c};
    c->send_tag = (rpc_tag){TAG_SEND, c};
    c->recv_tag = (rpc_tag){TAG_RECV, c};
    c->code = GRPC_STATUS_OK;
    clock_gettime(CLOCK_MONOTONIC, &c->started);
    set_request_id(c);
    /* the slot is re-posted with fresh buffers by the caller */
    slot->call = NULL;
    slot->payload = NULL;
    grpc_metadata_array_init(&slot->metadata);
    return c;
}

void call_ref(rpc_call *c) { atomic_fetch_add(&c->refs, 1); }

void call_unref(rpc_call *c)
{
    if (atomic_fetch_sub(&c->refs, 1) != 1)
        return;
    if (c->payload)
        grpc_byte_buffer_destroy(c->payload);
    if (c->send_buffer)
        grpc_byte_buffer_destroy(c->send_buffer);
    if (c->recv_buffer)
        grpc_byte_buffer_destroy(c->recv_buffer);
    grpc_slice_unref(c->status_details);
    grpc_slice_unref(c->status_trailer_value);
    grpc_metadata_array_destroy(&c->metadata);
    if (c->peer)
        gpr_free(c->peer);
    grpc_call_unref(c->call);
    pthread_mutex_destroy(&c->lock);
    arena_destroy(c->arena);
    free(c);
}

void call_start_close_watch(rpc_call *c)
{
    grpc_op op = {0};
    op.op = GRPC_OP_RECV_CLOSE_ON_SERVER;
    op.data.recv_close_on_server.cancelled = &c->cancelled_by_core;
    call_ref(c);
    if (grpc_call_start_batch(c->call, &op, 1, &c->close_tag, NULL) != GRPC_CALL_OK)
        call_unref(c);
}

/* Cancels the handler's work (a database query) on a thread of its own: a cancel request can
 * block as long as the database does, and the completion-queue thread must never block. */
static void *cancel_running_work(void *arg)
{
    rpc_call *c = arg;
    pthread_mutex_lock(&c->lock);
    if (c->running_state)
        c->srv->hooks.worker_cancel(c->running_state);
    pthread_mutex_unlock(&c->lock);
    call_unref(c);
    return NULL;
}

void call_on_close(rpc_call *c, bool ok)
{
    if (!ok || c->cancelled_by_core) {
        atomic_store(&c->cancelled, true);
        pthread_mutex_lock(&c->lock);
        bool running = c->running_state != NULL;
        pthread_mutex_unlock(&c->lock);
        if (running && c->srv->hooks.worker_cancel) {
            pthread_attr_t attr;
            pthread_t thread;
            pthread_attr_init(&attr);
            pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
            call_ref(c);
            if (pthread_create(&thread, &attr, cancel_running_work, c) != 0)
                call_unref(c); /* the statement timeout still ends the work */
            pthread_attr_destroy(&attr);
        }
    }
    call_unref(c);
}

static double elapsed_ms(const rpc_call *c)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - c->started.tv_sec) * 1e3 +
           (double)(now.tv_nsec - c->started.tv_nsec) / 1e6;
}

static void log_call(const rpc_call *c)
{
    log_level level = c->code == GRPC_STATUS_OK ? LOG_DEBUG
                      : c->code == GRPC_STATUS_INTERNAL || c->code == GRPC_STATUS_UNKNOWN
                          ? LOG_ERROR
                          : LOG_INFO;
    if (!log_enabled(level))
        return;
    json_t *line = json_pack("{s:s, s:s, s:i, s:f, s:s}", "event", "call", "method",
                             rpc_call_method(c), "status", (int)c->code,
                             "duration_ms", elapsed_ms(c), "request_id", c->request_id);
    if (c->code != GRPC_STATUS_OK && c->message)
        json_object_set_new(line, "error", json_string(c->message));
    if (c->reason)
        json_object_set_new(line, "reason", json_string(c->reason));
    log_json(level, line);
}

/* Packs a message into a byte buffer (the buffer keeps its own slice reference). */
static grpc_byte_buffer *pack(const ProtobufCMessage *m)
{
    size_t n = protobuf_c_message_get_packed_size(m);
    grpc_slice s = grpc_slice_malloc(n);
    protobuf_c_message_pack(m, GRPC_SLICE_START_PTR(s));
    grpc_byte_buffer *bb = grpc_raw_byte_buffer_create(&s, 1);
    grpc_slice_unref(s);
    return bb;
}

size_t call_add_initial_metadata(rpc_call *c, grpc_op *op)
{
    if (c->initial_metadata_sent)
        return 0;
    c->initial_metadata_sent = true;
    c->initial_md.key = grpc_slice_from_static_string("x-request-id");
    c->initial_md.value = grpc_slice_from_static_string(c->request_id);
    op->op = GRPC_OP_SEND_INITIAL_METADATA;
    op->data.send_initial_metadata.count = 1;
    op->data.send_initial_metadata.metadata = &c->initial_md;
    return 1;
}

/* Appends SEND_STATUS_FROM_SERVER with the call's outcome (and rich details on error). */
static size_t add_status(rpc_call *c, grpc_op *op)
{
    op->op = GRPC_OP_SEND_STATUS_FROM_SERVER;
    op->data.send_status_from_server.status = c->code;
    c->status_details = grpc_slice_from_copied_string(c->message ? c->message : "");
    op->data.send_status_from_server.status_details = &c->status_details;
    if (c->code != GRPC_STATUS_OK) {
        size_t len = 0;
        unsigned char *bytes = status_details_encode(c, &len);
        c->status_trailer_value = grpc_slice_from_copied_buffer((const char *)bytes, len);
        free(bytes);
        c->trailer.key = grpc_slice_from_static_string("grpc-status-details-bin");
        c->trailer.value = c->status_trailer_value;
        op->data.send_status_from_server.trailing_metadata_count = 1;
        op->data.send_status_from_server.trailing_metadata = &c->trailer;
    }
    return 1;
}

void call_finish_unary(rpc_call *c, const ProtobufCMessage *response)
{
    grpc_op ops[3];
    memset(ops, 0, sizeof ops);
    size_t n = call_add_initial_metadata(c, &ops[0]);
    if (c->code == GRPC_STATUS_OK && response) {
        c->send_buffer = pack(response);
        ops[n].op = GRPC_OP_SEND_MESSAGE;
        ops[n].data.send_message.send_message = c->send_buffer;
        n++;
    } else if (c->code == GRPC_STATUS_OK) {
        rpc_call_fail(c, GRPC_STATUS_INTERNAL, "NO_RESPONSE", "the handler gave no response");
    }
    n += add_status(c, &ops[n]);
    log_call(c);
    c->final_send = true;
    /* the ref the caller holds now belongs to the send batch */
    if (grpc_call_start_batch(c->call, ops, n, &c->send_tag, NULL) != GRPC_CALL_OK)
        call_unref(c);
}

void call_on_send(rpc_call *c, bool ok)
{
    (void)ok; /* a failed send means the client is gone; the close watch reports it */
    call_unref(c);
}

/* The bad strings of a request named in field violations: the first few, so that the
 * status always fits in a client's metadata limit (a path is at most 255 bytes). */
#define BAD_STRINGS_LISTED 10

typedef struct bad_strings {
    rpc_call *call;
    size_t n;
    const char *first; /* "path: problem" of the first */
} bad_strings;

static void on_bad_string(void *ctx, const char *path, const char *problem)
{
    bad_strings *b = ctx;
    if (b->n++ == 0)
        b->first = arena_sprintf(b->call->arena, "%s: %s", path, problem);
    if (b->n <= BAD_STRINGS_LISTED)
        rpc_call_add_violation(b->call, path, problem);
}

/* Decodes the request after checking its strings; NULL with the call failed otherwise. */
static const ProtobufCMessage *decode_request(rpc_call *c, grpc_slice s)
{
    bad_strings bad = {c, 0, NULL};
    if (wire_check_strings(c->method->input, GRPC_SLICE_START_PTR(s), GRPC_SLICE_LENGTH(s),
                           on_bad_string, &bad) == 0)
        return protobuf_c_message_unpack(c->method->input, &c->allocator, GRPC_SLICE_LENGTH(s),
                                         GRPC_SLICE_START_PTR(s));
    if (bad.n == 1)
        rpc_call_fail(c, GRPC_STATUS_INVALID_ARGUMENT, "INVALID_ARGUMENT", bad.first);
    else if (bad.n <= BAD_STRINGS_LISTED)
        rpc_call_fail(c, GRPC_STATUS_INVALID_ARGUMENT, "INVALID_ARGUMENT",
                      arena_sprintf(c->arena, "%zu fields are invalid; see the field violations", bad.n));
    else
        rpc_call_fail(c, GRPC_STATUS_INVALID_ARGUMENT, "INVALID_ARGUMENT",
                      arena_sprintf(c->arena, "%zu fields are invalid; the first %d are listed in the"
                                    " field violations", bad.n, BAD_STRINGS_LISTED));
    return NULL;
}

void call_run_unary(rpc_call *c, void *worker_state)
{
    const ProtobufCMessage *request = NULL;
    ProtobufCMessage *response = NULL;
    if (atomic_load(&c->cancelled)) {
        rpc_call_fail(c, GRPC_STATUS_CANCELLED, NULL, "the call was cancelled");
    } else if (rpc_call_deadline_remaining_ms(c) == 0) {
        rpc_call_fail(c, GRPC_STATUS_DEADLINE_EXCEEDED, NULL, "the deadline passed before the call ran");
    } else if (!c->payload) {
        rpc_call_fail(c, GRPC_STATUS_INVALID_ARGUMENT, "MALFORMED_REQUEST", "the call carried no request message");
    } else {
        grpc_byte_buffer_reader reader;
        if (!grpc_byte_buffer_reader_init(&reader, c->payload)) {
            rpc_call_fail(c, GRPC_STATUS_INVALID_ARGUMENT, "MALFORMED_REQUEST", "the request could not be read");
        } else {
            grpc_slice s = grpc_byte_buffer_reader_readall(&reader);
            grpc_byte_buffer_reader_destroy(&reader);
            request = decode_request(c, s);
            grpc_slice_unref(s);
            if (!request && !rpc_call_failed(c))
                rpc_call_fail(c, GRPC_STATUS_INVALID_ARGUMENT, "MALFORMED_REQUEST",
                              "the request is not a valid protobuf message of the method's type");
        }
    }
    if (request) {
        pthread_mutex_lock(&c->lock);
        c->running_state = worker_state;
        pthread_mutex_unlock(&c->lock);
        response = c->method->fn(c, worker_state, request, c->method->binding);
        pthread_mutex_lock(&c->lock);
        c->running_state = NULL;
        pthread_mutex_unlock(&c->lock);
        if (!response && !rpc_call_failed(c))
            rpc_call_fail(c, GRPC_STATUS_INTERNAL, "NO_RESPONSE", "the handler gave no response");
    }
    call_finish_unary(c, response);
}

/* ---- accessors for handlers ---- */

const char *rpc_call_method(const rpc_call *c)
{
    return c->method ? c->method->path : c->unknown_path ? c->unknown_path : "";
}

const char *rpc_call_bearer_token(const rpc_call *c, bool *malformed)
{
    *malformed = false;
    const grpc_metadata *m = NULL;
    for (size_t i = 0; i < c->metadata.count; i++) {
        if (grpc_slice_str_cmp(c->metadata.metadata[i].key, "authorization") != 0)
            continue;
        if (m) { /* two: which one counts is ambiguous (a proxy may have added one) */
            *malformed = true;
            return NULL;
        }
        m = &c->metadata.metadata[i];
    }
    if (!m)
        return NULL;
    size_t n = GRPC_SLICE_LENGTH(m->value);
    const char *v = (const char *)GRPC_SLICE_START_PTR(m->value);
    if (n <= 7 || strncasecmp(v, "Bearer ", 7) != 0) {
        *malformed = true;
        return NULL;
    }
    char *token = arena_strndup(c->arena, v + 7, n - 7);
    if (strlen(token) != n - 7) { /* embedded NUL */
        *malformed = true;
        return NULL;
    }
    return token;
}

const char *rpc_call_metadata(rpc_call *c, const char *key)
{
    for (size_t i = 0; i < c->metadata.count; i++) {
        const grpc_metadata *m = &c->metadata.metadata[i];
        if (grpc_slice_str_cmp(m->key, key) == 0)
            return arena_strndup(c->arena, (const char *)GRPC_SLICE_START_PTR(m->value),
                                 GRPC_SLICE_LENGTH(m->value));
    }
    return NULL;
}

const char *rpc_call_request_id(const rpc_call *c) { return c->request_id; }

const char *rpc_call_peer(rpc_call *c)
{
    if (!c->peer)
        c->peer = grpc_call_get_peer(c->call);
    return c->peer ? c->peer : "";
}

int64_t rpc_call_deadline_remaining_ms(const rpc_call *c)
{
    gpr_timespec deadline = gpr_convert_clock_type(c->deadline, GPR_CLOCK_MONOTONIC);
    if (gpr_time_cmp(deadline, gpr_inf_future(GPR_CLOCK_MONOTONIC)) == 0)
        return -1;
    gpr_timespec left = gpr_time_sub(deadline, gpr_now(GPR_CLOCK_MONOTONIC));
    int64_t ms = (int64_t)left.tv_sec * 1000 + left.tv_nsec / 1000000;
    return ms > 0 ? ms : 0;
}

bool rpc_call_cancelled(const rpc_call *c) { return atomic_load(&c->cancelled); }

struct arena *rpc_call_arena(rpc_call *c) { return c->arena; }

ProtobufCAllocator *rpc_call_allocator(rpc_call *c) { return &c->allocator; }

void rpc_call_fail(rpc_call *c, grpc_status_code code, const char *reason, const char *message)
{
    if (c->code != GRPC_STATUS_OK)
        return;
    c->code = code;
    c->reason = arena_strdup(c->arena, reason);
    c->message = arena_strdup(c->arena, message);
}

void rpc_call_add_violation(rpc_call *c, const char *field, const char *description)
{
    rpc_violation *v = arena_alloc(c->arena, sizeof *v);
    v->field = arena_strdup(c->arena, field);
    v->description = arena_strdup(c->arena, description);
    rpc_violation **tail = &c->violations;
    while (*tail)
        tail = &(*tail)->next;
    *tail = v;
}

void rpc_call_add_error_metadata(rpc_call *c, const char *key, const char *value)
{
    rpc_kv *kv = arena_alloc(c->arena, sizeof *kv);
    kv->key = arena_strdup(c->arena, key);
    kv->value = arena_strdup(c->arena, value);
    kv->next = c->error_metadata;
    c->error_metadata = kv;
}

bool rpc_call_failed(const rpc_call *c) { return c->code != GRPC_STATUS_OK; }
