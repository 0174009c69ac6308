/* The gRPC server: configuration, method registration, request slots, completion-queue
 * threads and the graceful drain. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <grpc/grpc_security.h>
#include <grpc/support/log.h>
#include <grpc/support/time.h>

#include "internal.h"
#include "log.h"
#include "protoset.h"

typedef struct cq_thread {
    rpc_server *srv;
    grpc_completion_queue *cq;
} cq_thread;

rpc_method *server_add_method(rpc_server *srv, const char *path, rpc_method_kind kind,
                              const ProtobufCMessageDescriptor *input, rpc_unary_fn fn,
                              const void *binding)
{
    if (srv->n_methods == srv->cap_methods) {
        srv->cap_methods = srv->cap_methods ? srv->cap_methods * 2 : 32;
        srv->methods = realloc(srv->methods, srv->cap_methods * sizeof(rpc_method));
        if (!srv->methods)
            abort();
    }
    rpc_method *m = &srv->methods[srv->n_methods++];
    memset(m, 0, sizeof *m);
    m->path = strdup(path);
    m->kind = kind;
    m->input = input;
    m->fn = fn;
    m->binding = binding;
    return m;
}

/* A JSON string of text that should be UTF-8. */
static json_t *json_text(const char *s)
{
    json_t *j = json_string(s ? s : "");
    return j ? j : json_string("(not UTF-8)");
}

/* gRPC core's own reports (bind failures, transport errors) as JSON lines like every
 * other line of the log, instead of its plain-text format. */
static void log_grpc_core(gpr_log_func_args *args)
{
    log_level level = args->severity == GPR_LOG_SEVERITY_ERROR  ? LOG_ERROR
                      : args->severity == GPR_LOG_SEVERITY_INFO ? LOG_INFO
                                                                : LOG_DEBUG;
    json_t *fields = json_pack("{s:s, s:i}", "event", "grpc", "grpc_line", args->line);
    json_object_set_new(fields, "grpc_file", json_text(args->file));
    json_object_set_new(fields, "message", json_text(args->message));
    log_json(level, fields);
}

rpc_server *rpc_server_create(const rpc_config *config, const rpc_hooks *hooks, char *err,
                              size_t errlen)
{
    rpc_server *srv = calloc(1, sizeof *srv);
    if (!srv)
        abort();
    srv->config = *config;
    srv->hooks = *hooks;
    if (srv->config.cq_threads <= 0) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        srv->config.cq_threads = cores > 0 ? (int)cores : 1;
    }
    atomic_init(&srv->serving, false);
    atomic_init(&srv->shutting_down, false);
    srv->protoset = (struct protoset_index *)protoset_embedded();
    gpr_set_log_function(log_grpc_core);
    grpc_init();
    if (!health_add_service(srv, err, errlen) || !reflection_add_service(srv, err, errlen)) {
        rpc_server_destroy(srv);
        return NULL;
    }
    return srv;
}

bool rpc_server_add_service(rpc_server *srv, const ProtobufCServiceDescriptor *service,
                            rpc_lookup_fn lookup, void *lookup_ctx, char *err, size_t errlen)
{
    for (unsigned i = 0; i < service->n_methods; i++) {
        const ProtobufCMethodDescriptor *md = &service->methods[i];
        char path[512];
        snprintf(path, sizeof path, "/%s/%s", service->name, md->name);
        if (protoset_method_streams(srv->protoset, path)) {
            snprintf(err, errlen, "%s streams; only unary service methods are supported", path);
            return false;
        }
        rpc_unary_fn fn = NULL;
        const void *binding = NULL;
        if (!lookup(lookup_ctx, service, md, &fn, &binding) || !fn) {
            snprintf(err, errlen, "no handler for %s", path);
            return false;
        }
        server_add_method(srv, path, METHOD_UNARY, md->input, fn, binding);
    }
    return true;
}

/* ---- request slots ---- */

static bool post_slot(rpc_slot *s)
{
    grpc_call_error e;
    if (s->method) {
        e = grpc_server_request_registered_call(
            s->srv->server, s->method->handle, &s->call, &s->deadline, &s->metadata,
            s->method->kind == METHOD_UNARY ? &s->payload : NULL, s->cq, s->cq, &s->tag);
    } else {
        grpc_call_details_init(&s->details);
        e = grpc_server_request_call(s->srv->server, &s->call, &s->details, &s->metadata, s->cq,
                                     s->cq, &s->tag);
    }
    return e == GRPC_CALL_OK;
}

static void slot_free(rpc_slot *s)
{
    grpc_metadata_array_destroy(&s->metadata);
    if (!s->method)
        grpc_call_details_destroy(&s->details);
    free(s);
}

static void new_slot(rpc_server *srv, rpc_method *m, grpc_completion_queue *cq)
{
    rpc_slot *s = calloc(1, sizeof *s);
    if (!s)
        abort();
    s->tag = (rpc_tag){m ? TAG_NEW_CALL : TAG_UNKNOWN_CALL, s};
    s->srv = srv;
    s->method = m;
    s->cq = cq;
    grpc_metadata_array_init(&s->metadata);
    if (!post_slot(s))
        slot_free(s);
}

static void on_new_call(rpc_slot *s, bool ok)
{
    if (!ok) { /* the server is shutting down */
        slot_free(s);
        return;
    }
    rpc_call *c = call_create(s->srv, s);
    if (!post_slot(s))
        slot_free(s);
    if (c->method->kind == METHOD_BIDI_REFLECTION) {
        reflection_on_new_call(c);
        return;
    }
    call_start_close_watch(c);
    worker_pool_submit(c->srv->pool, c);
}

static void on_unknown_call(rpc_slot *s, bool ok)
{
    if (!ok) {
        slot_free(s);
        return;
    }
    char path[256];
    size_t n = GRPC_SLICE_LENGTH(s->details.method);
    if (n >= sizeof path)
        n = sizeof path - 1;
    memcpy(path, GRPC_SLICE_START_PTR(s->details.method), n);
    path[n] = '\0';
    grpc_call_details_destroy(&s->details);
    rpc_call *c = call_create(s->srv, s);
    if (!post_slot(s))
        slot_free(s);
    c->unknown_path = arena_strdup(c->arena, path);
    char message[320];
    snprintf(message, sizeof message, "method %s is not implemented by this server", path);
    rpc_call_fail(c, GRPC_STATUS_UNIMPLEMENTED, "UNKNOWN_METHOD", message);
    call_finish_unary(c, NULL);
}

static void *cq_main(void *arg)
{
    cq_thread *t = arg;
    for (;;) {
        grpc_event ev = grpc_completion_queue_next(t->cq, gpr_inf_future(GPR_CLOCK_REALTIME), NULL);
        if (ev.type == GRPC_QUEUE_SHUTDOWN)
            break;
        if (ev.type != GRPC_OP_COMPLETE)
            continue;
        rpc_tag *tag = ev.tag;
        bool ok = ev.success != 0;
        switch (tag->kind) {
        case TAG_NEW_CALL:
            on_new_call(tag->owner, ok);
            break;
        case TAG_UNKNOWN_CALL:
            on_unknown_call(tag->owner, ok);
            break;
        case TAG_CLOSE:
            call_on_close(tag->owner, ok);
            break;
        case TAG_SEND: {
            rpc_call *c = tag->owner;
            if (c->method && c->method->kind == METHOD_BIDI_REFLECTION)
                reflection_on_send(c, ok);
            else
                call_on_send(c, ok);
            break;
        }
        case TAG_RECV:
            reflection_on_recv(tag->owner, ok);
            break;
        case TAG_SHUTDOWN:
            break;
        }
    }
    free(t);
    return NULL;
}

/* ---- start and stop ---- */

static grpc_server_credentials *credentials(const rpc_config *cfg)
{
    if (!cfg->tls_cert_chain_pem)
        return grpc_insecure_server_credentials_create();
    grpc_ssl_pem_key_cert_pair pair = {cfg->tls_private_key_pem, cfg->tls_cert_chain_pem};
    return grpc_ssl_server_credentials_create_ex(
        cfg->tls_client_ca_pem, &pair, 1,
        cfg->tls_client_ca_pem ? GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY
                               : GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE,
        NULL);
}

int rpc_server_start(rpc_server *srv, char *err, size_t errlen)
{
    grpc_arg args[3];
    args[0].type = GRPC_ARG_INTEGER;
    args[0].key = GRPC_ARG_ALLOW_REUSEPORT;
    args[0].value.integer = 0;
    args[1].type = GRPC_ARG_INTEGER;
    args[1].key = GRPC_ARG_MAX_RECEIVE_MESSAGE_LENGTH;
    args[1].value.integer = srv->config.max_message_bytes;
    args[2].type = GRPC_ARG_INTEGER;
    args[2].key = GRPC_ARG_MAX_SEND_MESSAGE_LENGTH;
    args[2].value.integer = srv->config.max_message_bytes * 4;
    grpc_channel_args channel_args = {3, args};
    srv->server = grpc_server_create(&channel_args, NULL);
    srv->n_cqs = srv->config.cq_threads;
    srv->cqs = calloc((size_t)srv->n_cqs, sizeof *srv->cqs);
    srv->cq_threads = calloc((size_t)srv->n_cqs, sizeof *srv->cq_threads);
    if (!srv->cqs || !srv->cq_threads)
        abort();
    for (int i = 0; i < srv->n_cqs; i++) {
        srv->cqs[i] = grpc_completion_queue_create_for_next(NULL);
        grpc_server_register_completion_queue(srv->server, srv->cqs[i], NULL);
    }
    srv->shutdown_cq = grpc_completion_queue_create_for_next(NULL);
    for (size_t i = 0; i < srv->n_methods; i++) {
        rpc_method *m = &srv->methods[i];
        m->handle = grpc_server_register_method(
            srv->server, m->path, NULL,
            m->kind == METHOD_UNARY ? GRPC_SRM_PAYLOAD_READ_INITIAL_BYTE_BUFFER
                                    : GRPC_SRM_PAYLOAD_NONE,
            0);
        if (!m->handle) {
            snprintf(err, errlen, "cannot register method %s", m->path);
            return 0;
        }
    }
    grpc_server_credentials *creds = credentials(&srv->config);
    int port = grpc_server_add_http2_port(srv->server, srv->config.listen_address, creds);
    grpc_server_credentials_release(creds);
    if (port == 0) {
        snprintf(err, errlen, "cannot listen on %s (in use, or a bad address or TLS key)",
                 srv->config.listen_address);
        return 0;
    }
    srv->pool = worker_pool_create(srv, srv->config.workers, err, errlen);
    if (!srv->pool)
        return 0;
    grpc_server_start(srv->server);
    srv->started = true;
    for (int i = 0; i < srv->n_cqs; i++) {
        for (size_t m = 0; m < srv->n_methods; m++)
            for (int k = 0; k < 4; k++)
                new_slot(srv, &srv->methods[m], srv->cqs[i]);
        new_slot(srv, NULL, srv->cqs[i]);
        cq_thread *t = malloc(sizeof *t);
        if (!t)
            abort();
        *t = (cq_thread){srv, srv->cqs[i]};
        pthread_create(&srv->cq_threads[i], NULL, cq_main, t);
    }
    atomic_store(&srv->serving, true);
    return port;
}

void rpc_server_set_serving(rpc_server *srv, bool serving) { atomic_store(&srv->serving, serving); }

static bool wait_shutdown(rpc_server *srv, gpr_timespec deadline)
{
    grpc_event ev = grpc_completion_queue_next(srv->shutdown_cq, deadline, NULL);
    return ev.type == GRPC_OP_COMPLETE;
}

void rpc_server_shutdown(rpc_server *srv)
{
    if (!srv->started || atomic_exchange(&srv->shutting_down, true))
        return;
    atomic_store(&srv->serving, false);
    log_json(LOG_INFO, json_pack("{s:s, s:i}", "event", "drain", "notice_ms",
                                 srv->config.drain_notice_ms));
    if (srv->config.drain_notice_ms > 0)
        usleep((useconds_t)srv->config.drain_notice_ms * 1000);
    static rpc_tag shutdown_tag = {TAG_SHUTDOWN, NULL};
    grpc_server_shutdown_and_notify(srv->server, srv->shutdown_cq, &shutdown_tag);
    gpr_timespec grace = gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC),
                                      gpr_time_from_millis(srv->config.drain_grace_ms, GPR_TIMESPAN));
    if (!wait_shutdown(srv, grace)) {
        log_msg(LOG_WARN, "grace period over: cancelling the calls still running");
        grpc_server_cancel_all_calls(srv->server);
        wait_shutdown(srv, gpr_inf_future(GPR_CLOCK_MONOTONIC));
    }
    worker_pool_stop(srv->pool);
    srv->pool = NULL;
    for (int i = 0; i < srv->n_cqs; i++)
        grpc_completion_queue_shutdown(srv->cqs[i]);
    for (int i = 0; i < srv->n_cqs; i++)
        pthread_join(srv->cq_threads[i], NULL);
    log_json(LOG_INFO, json_pack("{s:s}", "event", "stopped"));
}

void rpc_server_destroy(rpc_server *srv)
{
    if (!srv)
        return;
    if (srv->started)
        rpc_server_shutdown(srv);
    if (srv->server)
        grpc_server_destroy(srv->server);
    for (int i = 0; i < srv->n_cqs; i++)
        grpc_completion_queue_destroy(srv->cqs[i]);
    if (srv->shutdown_cq) {
        grpc_completion_queue_shutdown(srv->shutdown_cq);
        while (grpc_completion_queue_next(srv->shutdown_cq, gpr_inf_future(GPR_CLOCK_REALTIME),
                                          NULL).type != GRPC_QUEUE_SHUTDOWN)
            ;
        grpc_completion_queue_destroy(srv->shutdown_cq);
    }
    free(srv->cqs);
    free(srv->cq_threads);
    for (size_t i = 0; i < srv->n_methods; i++)
        free(srv->methods[i].path);
    free(srv->methods);
    free(srv);
    grpc_shutdown();
}
