/* Closed-loop load generator on the gRPC C core. */
#include "grpc_load.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <grpc/grpc.h>
#include <grpc/grpc_security.h>
#include <grpc/support/alloc.h>
#include <grpc/support/time.h>

#define MAX_SAMPLES 2000000

typedef struct slot {
    grpc_call *call;
    grpc_metadata_array initial, trailers;
    grpc_byte_buffer *request; /* one per call: a sent buffer is consumed */
    grpc_byte_buffer *response;
    grpc_status_code status;
    grpc_slice details;
    grpc_metadata auth; /* must live until the batch completes */
    struct timespec started;
} slot;

typedef struct worker {
    const load_spec *spec;
    grpc_channel *channel;
    void *method;
    grpc_completion_queue *cq;
    grpc_slice payload;
    char auth[512];
    long calls, errors;
    double *samples;
    long n_samples;
    double deadline;
} worker;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void start_call(worker *w, slot *s)
{
    memset(s, 0, sizeof *s);
    clock_gettime(CLOCK_MONOTONIC, &s->started);
    s->call = grpc_channel_create_registered_call(w->channel, NULL, GRPC_PROPAGATE_DEFAULTS, w->cq,
                                                  w->method, gpr_inf_future(GPR_CLOCK_REALTIME), NULL);
    grpc_metadata_array_init(&s->initial);
    grpc_metadata_array_init(&s->trailers);
    s->auth.key = grpc_slice_from_static_string("authorization");
    s->auth.value = grpc_slice_from_static_string(w->auth);
    grpc_op ops[6];
    memset(ops, 0, sizeof ops);
    ops[0].op = GRPC_OP_SEND_INITIAL_METADATA;
    ops[0].data.send_initial_metadata.count = w->spec->token ? 1 : 0;
    ops[0].data.send_initial_metadata.metadata = &s->auth;
    ops[1].op = GRPC_OP_SEND_MESSAGE;
    s->request = grpc_raw_byte_buffer_create(&w->payload, 1);
    ops[1].data.send_message.send_message = s->request;
    ops[2].op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
    ops[3].op = GRPC_OP_RECV_INITIAL_METADATA;
    ops[3].data.recv_initial_metadata.recv_initial_metadata = &s->initial;
    ops[4].op = GRPC_OP_RECV_MESSAGE;
    ops[4].data.recv_message.recv_message = &s->response;
    ops[5].op = GRPC_OP_RECV_STATUS_ON_CLIENT;
    ops[5].data.recv_status_on_client.trailing_metadata = &s->trailers;
    ops[5].data.recv_status_on_client.status = &s->status;
    ops[5].data.recv_status_on_client.status_details = &s->details;
    grpc_call_start_batch(s->call, ops, 6, s, NULL);
}

static void finish_call(worker *w, slot *s)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    double ms = (double)(t.tv_sec - s->started.tv_sec) * 1e3 +
                (double)(t.tv_nsec - s->started.tv_nsec) / 1e6;
    if (w->n_samples < MAX_SAMPLES)
        w->samples[w->n_samples++] = ms;
    w->calls++;
    if (s->status != GRPC_STATUS_OK && w->errors++ == 0) {
        char *msg = grpc_slice_to_c_string(s->details);
        fprintf(stderr, "first error: status %d: %s\n", (int)s->status, msg);
        gpr_free(msg);
    }
    grpc_byte_buffer_destroy(s->request);
    if (s->response)
        grpc_byte_buffer_destroy(s->response);
    grpc_slice_unref(s->details);
    grpc_metadata_array_destroy(&s->initial);
    grpc_metadata_array_destroy(&s->trailers);
    grpc_call_unref(s->call);
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    int k = w->spec->in_flight;
    slot *slots = calloc((size_t)k, sizeof *slots);
    for (int i = 0; i < k; i++)
        start_call(w, &slots[i]);
    int outstanding = k;
    while (outstanding > 0) {
        grpc_event ev = grpc_completion_queue_next(w->cq, gpr_inf_future(GPR_CLOCK_REALTIME), NULL);
        if (ev.type != GRPC_OP_COMPLETE)
            continue;
        slot *s = ev.tag;
        finish_call(w, s);
        if (now_s() < w->deadline)
            start_call(w, s);
        else
            outstanding--;
    }
    free(slots);
    return NULL;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

void load_run(const load_spec *spec, load_result *out)
{
    int n = spec->threads;
    worker *ws = calloc((size_t)n, sizeof *ws);
    pthread_t *threads = calloc((size_t)n, sizeof *threads);
    grpc_slice payload = grpc_slice_from_copied_buffer(spec->request, spec->request_len);
    grpc_arg arg = {GRPC_ARG_INTEGER, GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, {.integer = 1}};
    grpc_channel_args args = {1, &arg};
    double start = now_s();
    for (int i = 0; i < n; i++) {
        worker *w = &ws[i];
        w->spec = spec;
        grpc_channel_credentials *creds = grpc_insecure_credentials_create();
        w->channel = grpc_channel_create(spec->target, creds, &args);
        grpc_channel_credentials_release(creds);
        w->method = grpc_channel_register_call(w->channel, spec->method, NULL, NULL);
        w->cq = grpc_completion_queue_create_for_next(NULL);
        w->payload = payload;
        snprintf(w->auth, sizeof w->auth, "Bearer %s", spec->token ? spec->token : "");
        w->samples = malloc(sizeof(double) * MAX_SAMPLES);
        w->deadline = start + spec->seconds;
        pthread_create(&threads[i], NULL, worker_main, w);
    }
    long calls = 0, errors = 0, n_samples = 0;
    for (int i = 0; i < n; i++) {
        pthread_join(threads[i], NULL);
        calls += ws[i].calls;
        errors += ws[i].errors;
        n_samples += ws[i].n_samples;
    }
    out->seconds = now_s() - start;
    double *all = malloc(sizeof(double) * (size_t)(n_samples ? n_samples : 1));
    long k = 0;
    for (int i = 0; i < n; i++) {
        memcpy(all + k, ws[i].samples, sizeof(double) * (size_t)ws[i].n_samples);
        k += ws[i].n_samples;
    }
    qsort(all, (size_t)n_samples, sizeof(double), cmp_double);
    out->calls = calls;
    out->errors = errors;
    out->p50_ms = n_samples ? all[n_samples / 2] : 0;
    out->p99_ms = n_samples ? all[(long)((double)n_samples * 0.99)] : 0;
    free(all);
    for (int i = 0; i < n; i++) {
        grpc_completion_queue_shutdown(ws[i].cq);
        while (grpc_completion_queue_next(ws[i].cq, gpr_inf_future(GPR_CLOCK_REALTIME), NULL).type !=
               GRPC_QUEUE_SHUTDOWN)
            ;
        grpc_completion_queue_destroy(ws[i].cq);
        grpc_channel_destroy(ws[i].channel);
        free(ws[i].samples);
    }
    grpc_slice_unref(payload);
    free(ws);
    free(threads);
}
