/* Synchronous unary calls on the gRPC C core with a pluck completion queue per call. */
#include "eb_client.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <grpc/byte_buffer_reader.h>
#include <grpc/grpc_security.h>
#include <grpc/support/alloc.h>
#include <grpc/support/time.h>

#include "google/rpc/error_details.pb-c.h"
#include "google/rpc/status.pb-c.h"

struct eb_client {
    grpc_channel *channel;
    char *token;
    char *auth_header;
    int timeout_ms;
};

static int initialised;

eb_client *eb_client_create(const eb_client_options *o)
{
    if (!initialised++)
        grpc_init();
    eb_client *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    grpc_arg args[2];
    int nargs = 0;
    args[nargs].type = GRPC_ARG_INTEGER;
    args[nargs].key = GRPC_ARG_MAX_RECEIVE_MESSAGE_LENGTH;
    args[nargs++].value.integer = o->max_message_bytes ? o->max_message_bytes : 64 << 20;
    if (o->server_name) {
        args[nargs].type = GRPC_ARG_STRING;
        args[nargs].key = GRPC_SSL_TARGET_NAME_OVERRIDE_ARG;
        args[nargs++].value.string = (char *)o->server_name;
    }
    grpc_channel_args channel_args = {(size_t)nargs, args};
    grpc_channel_credentials *creds = o->tls ? grpc_ssl_credentials_create(o->ca_pem, NULL, NULL, NULL)
                                             : grpc_insecure_credentials_create();
    c->channel = grpc_channel_create(o->target, creds, &channel_args);
    grpc_channel_credentials_release(creds);
    c->timeout_ms = o->timeout_ms;
    eb_client_set_token(c, o->token);
    return c;
}

void eb_client_set_token(eb_client *c, const char *token)
{
    free(c->token);
    free(c->auth_header);
    c->token = token ? strdup(token) : NULL;
    c->auth_header = NULL;
    if (token) {
        size_t n = strlen(token) + 8;
        c->auth_header = malloc(n);
        if (!c->auth_header)
            abort();
        snprintf(c->auth_header, n, "Bearer %s", token);
    }
}

void eb_client_destroy(eb_client *c)
{
    if (!c)
        return;
    grpc_channel_destroy(c->channel);
    free(c->token);
    free(c->auth_header);
    free(c);
    if (!--initialised)
        grpc_shutdown();
}

static char *slice_dup(grpc_slice s)
{
    size_t n = GRPC_SLICE_LENGTH(s);
    char *out = malloc(n + 1);
    if (!out)
        abort();
    memcpy(out, GRPC_SLICE_START_PTR(s), n);
    out[n] = '\0';
    return out;
}

static void decode_details(const grpc_metadata_array *trailers, eb_call_result *out)
{
    for (size_t i = 0; i < trailers->count; i++) {
        if (grpc_slice_str_cmp(trailers->metadata[i].key, "grpc-status-details-bin") != 0)
            continue;
        grpc_slice v = trailers->metadata[i].value;
        Google__Rpc__Status *st = google__rpc__status__unpack(NULL, GRPC_SLICE_LENGTH(v),
                                                              GRPC_SLICE_START_PTR(v));
        if (!st)
            return;
        for (size_t d = 0; d < st->n_details; d++) {
            Google__Protobuf__Any *any = st->details[d];
            if (strcmp(any->type_url, "type.googleapis.com/google.rpc.ErrorInfo") == 0) {
                Google__Rpc__ErrorInfo *ei =
                    google__rpc__error_info__unpack(NULL, any->value.len, any->value.data);
                if (ei) {
                    out->reason = strdup(ei->reason);
                    google__rpc__error_info__free_unpacked(ei, NULL);
                }
            } else if (strcmp(any->type_url, "type.googleapis.com/google.rpc.BadRequest") == 0) {
                Google__Rpc__BadRequest *br =
                    google__rpc__bad_request__unpack(NULL, any->value.len, any->value.data);
                if (br) {
                    out->violations = calloc(br->n_field_violations + 1, sizeof(eb_violation_out));
                    for (size_t k = 0; k < br->n_field_violations; k++) {
                        out->violations[k].field = strdup(br->field_violations[k]->field);
                        out->violations[k].description = strdup(br->field_violations[k]->description);
                    }
                    out->n_violations = br->n_field_violations;
                    google__rpc__bad_request__free_unpacked(br, NULL);
                }
            }
        }
        google__rpc__status__free_unpacked(st, NULL);
    }
}

void eb_client_call_raw(eb_client *c, const char *path, const void *bytes, size_t len,
                        const ProtobufCMessageDescriptor *output, eb_call_result *out)
{
    memset(out, 0, sizeof *out);
    grpc_completion_queue *cq = grpc_completion_queue_create_for_pluck(NULL);
    gpr_timespec deadline = c->timeout_ms
                                ? gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC),
                                               gpr_time_from_millis(c->timeout_ms, GPR_TIMESPAN))
                                : gpr_inf_future(GPR_CLOCK_MONOTONIC);
    grpc_slice method = grpc_slice_from_copied_string(path);
    grpc_call *call = grpc_channel_create_call(c->channel, NULL, GRPC_PROPAGATE_DEFAULTS, cq, method,
                                               NULL, deadline, NULL);
    grpc_slice_unref(method);

    grpc_slice payload = grpc_slice_from_copied_buffer(bytes, len);
    grpc_byte_buffer *send = grpc_raw_byte_buffer_create(&payload, 1);
    grpc_slice_unref(payload);
    grpc_metadata md;
    size_t n_md = 0;
    if (c->auth_header) {
        md.key = grpc_slice_from_static_string("authorization");
        md.value = grpc_slice_from_static_string(c->auth_header);
        n_md = 1;
    }
    grpc_metadata_array initial, trailers;
    grpc_metadata_array_init(&initial);
    grpc_metadata_array_init(&trailers);
    grpc_byte_buffer *recv = NULL;
    grpc_status_code status = GRPC_STATUS_UNKNOWN;
    grpc_slice details;
    const char *error_string = NULL;

    grpc_op ops[6];
    memset(ops, 0, sizeof ops);
    ops[0].op = GRPC_OP_SEND_INITIAL_METADATA;
    ops[0].data.send_initial_metadata.count = n_md;
    ops[0].data.send_initial_metadata.metadata = n_md ? &md : NULL;
    ops[1].op = GRPC_OP_SEND_MESSAGE;
    ops[1].data.send_message.send_message = send;
    ops[2].op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
    ops[3].op = GRPC_OP_RECV_INITIAL_METADATA;
    ops[3].data.recv_initial_metadata.recv_initial_metadata = &initial;
    ops[4].op = GRPC_OP_RECV_MESSAGE;
    ops[4].data.recv_message.recv_message = &recv;
    ops[5].op = GRPC_OP_RECV_STATUS_ON_CLIENT;
    ops[5].data.recv_status_on_client.trailing_metadata = &trailers;
    ops[5].data.recv_status_on_client.status = &status;
    ops[5].data.recv_status_on_client.status_details = &details;
    ops[5].data.recv_status_on_client.error_string = &error_string;
    int tag;
    grpc_call_start_batch(call, ops, 6, &tag, NULL);
    grpc_completion_queue_pluck(cq, &tag, gpr_inf_future(GPR_CLOCK_REALTIME), NULL);

    out->code = status;
    out->message = slice_dup(details);
    for (size_t i = 0; i < initial.count; i++)
        if (grpc_slice_str_cmp(initial.metadata[i].key, "x-request-id") == 0)
            out->request_id = slice_dup(initial.metadata[i].value);
    if (status == GRPC_STATUS_OK && recv) {
        grpc_byte_buffer_reader reader;
        grpc_byte_buffer_reader_init(&reader, recv);
        grpc_slice s = grpc_byte_buffer_reader_readall(&reader);
        grpc_byte_buffer_reader_destroy(&reader);
        out->response = protobuf_c_message_unpack(output, NULL, GRPC_SLICE_LENGTH(s),
                                                  GRPC_SLICE_START_PTR(s));
        grpc_slice_unref(s);
        if (!out->response) {
            out->code = GRPC_STATUS_INTERNAL;
            free(out->message);
            out->message = strdup("the response does not decode");
        }
    } else if (status != GRPC_STATUS_OK) {
        decode_details(&trailers, out);
    }
    if (recv)
        grpc_byte_buffer_destroy(recv);
    grpc_byte_buffer_destroy(send);
    grpc_slice_unref(details);
    gpr_free((void *)error_string);
    grpc_metadata_array_destroy(&initial);
    grpc_metadata_array_destroy(&trailers);
    grpc_call_unref(call);
    grpc_completion_queue_shutdown(cq);
    grpc_completion_queue_destroy(cq);
}

void eb_client_call(eb_client *c, const char *path, const ProtobufCMessage *request,
                    const ProtobufCMessageDescriptor *output, eb_call_result *out)
{
    size_t n = protobuf_c_message_get_packed_size(request);
    unsigned char *buf = malloc(n ? n : 1);
    if (!buf)
        abort();
    protobuf_c_message_pack(request, buf);
    eb_client_call_raw(c, path, buf, n, output, out);
    free(buf);
}

void eb_call_result_free(eb_call_result *r)
{
    free(r->message);
    free(r->reason);
    free(r->request_id);
    for (size_t i = 0; i < r->n_violations; i++) {
        free(r->violations[i].field);
        free(r->violations[i].description);
    }
    free(r->violations);
    if (r->response)
        protobuf_c_message_free_unpacked(r->response, NULL);
    memset(r, 0, sizeof *r);
}

const char *eb_status_name(grpc_status_code code)
{
    static const char *const names[] = {
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
        "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
        "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
        "UNAUTHENTICATED"};
    return code >= 0 && code <= 16 ? names[code] : "UNKNOWN";
}
