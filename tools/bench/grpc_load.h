/* A closed-loop gRPC load generator on the C core: T threads, each with its own channel
 * and completion queue, keeping K unary calls of one pre-packed request in flight. */
#ifndef EDUBADGES_GRPC_LOAD_H
#define EDUBADGES_GRPC_LOAD_H

#include <stddef.h>

typedef struct load_spec {
    const char *target;
    const char *method;      /* "/pkg.Service/Method" */
    const void *request;     /* packed request */
    size_t request_len;
    const char *token;       /* bearer token or NULL */
    int threads;
    int in_flight;           /* per thread */
    double seconds;
} load_spec;

typedef struct load_result {
    long calls;
    long errors;             /* calls that did not end with OK */
    double seconds;
    double p50_ms, p99_ms;
} load_result;

void load_run(const load_spec *spec, load_result *out);

#endif
