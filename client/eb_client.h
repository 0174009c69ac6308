/* A small synchronous gRPC client on the C core for the CLI, the tests and the benchmark:
 * channels (plaintext or TLS), unary calls with a bearer token, and the decoded rich error
 * (google.rpc.Status: ErrorInfo reason and BadRequest field violations). */
#ifndef EDUBADGES_EB_CLIENT_H
#define EDUBADGES_EB_CLIENT_H

#include <stdbool.h>
#include <stddef.h>

#include <grpc/grpc.h>
#include <protobuf-c/protobuf-c.h>

typedef struct eb_client eb_client;

typedef struct eb_client_options {
    const char *target;      /* host:port */
    bool tls;
    const char *ca_pem;      /* PEM text of trusted roots for TLS; NULL = system roots */
    const char *server_name; /* TLS name override, e.g. for test certificates */
    const char *token;       /* bearer token, or NULL */
    int timeout_ms;          /* per call; 0 = none */
    int max_message_bytes;   /* receive limit; 0 = 64 MiB */
} eb_client_options;

typedef struct eb_violation_out {
    char *field;
    char *description;
} eb_violation_out;

typedef struct eb_call_result {
    grpc_status_code code;
    char *message;
    char *reason;              /* ErrorInfo.reason, or NULL */
    eb_violation_out *violations;
    size_t n_violations;
    ProtobufCMessage *response; /* on OK; free with eb_call_result_free */
    char *request_id;          /* x-request-id from the response headers */
} eb_call_result;

eb_client *eb_client_create(const eb_client_options *opts);
void eb_client_destroy(eb_client *c);
/* Replaces the bearer token (NULL for none). */
void eb_client_set_token(eb_client *c, const char *token);

/* Calls "/pkg.Service/Method" with request and decodes the response as output. */
void eb_client_call(eb_client *c, const char *path, const ProtobufCMessage *request,
                    const ProtobufCMessageDescriptor *output, eb_call_result *out);
/* The same with raw request bytes (for malformed-input tests). */
void eb_client_call_raw(eb_client *c, const char *path, const void *bytes, size_t len,
                        const ProtobufCMessageDescriptor *output, eb_call_result *out);
void eb_call_result_free(eb_call_result *r);
/* The canonical name of a status code, e.g. "INVALID_ARGUMENT". */
const char *eb_status_name(grpc_status_code code);

#endif
