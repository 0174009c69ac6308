/* Server reflection (grpc.reflection.v1 and v1alpha, wire-identical) from the embedded
 * descriptor set, so that grpcurl and similar tools work with no .proto files. The
 * bidirectional stream runs on the completion-queue thread: it needs no database. */
#include <grpc/byte_buffer_reader.h>
#include <stdlib.h>
#include <string.h>

#include "grpc/reflection/v1/reflection.pb-c.h"
#include "internal.h"
#include "protoset.h"

typedef Grpc__Reflection__V1__ServerReflectionRequest refl_request;
typedef Grpc__Reflection__V1__ServerReflectionResponse refl_response;

static void start_recv(rpc_call *c)
{
    grpc_op op = {0};
    op.op = GRPC_OP_RECV_MESSAGE;
    op.data.recv_message.recv_message = &c->recv_buffer;
    if (grpc_call_start_batch(c->call, &op, 1, &c->recv_tag, NULL) != GRPC_CALL_OK)
        call_unref(c);
}

void reflection_on_new_call(rpc_call *c)
{
    call_start_close_watch(c);
    start_recv(c);
}

/* Adds a file and, depth first, its imports; each file once. */
static void add_file(const protoset_index *ix, const protoset_file *f, ProtobufCBinaryData *out,
                     size_t *n, const protoset_file **seen, size_t max)
{
    for (size_t i = 0; i < *n; i++)
        if (seen[i] == f)
            return;
    if (*n == max)
        return;
    seen[*n] = f;
    out[*n] = (ProtobufCBinaryData){f->size, f->bytes};
    (*n)++;
    for (size_t i = 0; i < f->n_dependencies; i++) {
        const protoset_file *dep = protoset_file_by_name(ix, f->dependencies[i]);
        if (dep)
            add_file(ix, dep, out, n, seen, max);
    }
}

static void answer_files(arena *a, refl_response *resp, const protoset_index *ix,
                         const protoset_file *f)
{
    enum { MAX_FILES = 64 };
    Grpc__Reflection__V1__FileDescriptorResponse *fdr = arena_alloc(a, sizeof *fdr);
    grpc__reflection__v1__file_descriptor_response__init(fdr);
    fdr->file_descriptor_proto = arena_alloc(a, MAX_FILES * sizeof(ProtobufCBinaryData));
    const protoset_file *seen[MAX_FILES];
    add_file(ix, f, fdr->file_descriptor_proto, &fdr->n_file_descriptor_proto, seen, MAX_FILES);
    resp->message_response_case =
        GRPC__REFLECTION__V1__SERVER_REFLECTION_RESPONSE__MESSAGE_RESPONSE_FILE_DESCRIPTOR_RESPONSE;
    resp->file_descriptor_response = fdr;
}

static void answer_error(arena *a, refl_response *resp, grpc_status_code code, const char *msg)
{
    Grpc__Reflection__V1__ErrorResponse *e = arena_alloc(a, sizeof *e);
    grpc__reflection__v1__error_response__init(e);
    e->error_code = (int32_t)code;
    e->error_message = (char *)msg;
    resp->message_response_case =
        GRPC__REFLECTION__V1__SERVER_REFLECTION_RESPONSE__MESSAGE_RESPONSE_ERROR_RESPONSE;
    resp->error_response = e;
}

static void answer_services(arena *a, refl_response *resp, const rpc_server *srv)
{
    Grpc__Reflection__V1__ListServiceResponse *ls = arena_alloc(a, sizeof *ls);
    grpc__reflection__v1__list_service_response__init(ls);
    ls->service = (Grpc__Reflection__V1__ServiceResponse **)arena_ptrs(a, srv->n_methods);
    for (size_t i = 0; i < srv->n_methods; i++) {
        const char *path = srv->methods[i].path + 1;
        size_t len = (size_t)(strchr(path, '/') - path);
        char *name = arena_strndup(a, path, len);
        bool dup = false;
        for (size_t k = 0; k < ls->n_service && !dup; k++)
            dup = strcmp(ls->service[k]->name, name) == 0;
        if (dup)
            continue;
        Grpc__Reflection__V1__ServiceResponse *s = arena_alloc(a, sizeof *s);
        grpc__reflection__v1__service_response__init(s);
        s->name = name;
        ls->service[ls->n_service++] = s;
    }
    resp->message_response_case =
        GRPC__REFLECTION__V1__SERVER_REFLECTION_RESPONSE__MESSAGE_RESPONSE_LIST_SERVICES_RESPONSE;
    resp->list_services_response = ls;
}

static void answer_extension_numbers(arena *a, refl_response *resp, const protoset_index *ix,
                                     const char *type)
{
    if (!protoset_file_by_symbol(ix, type)) {
        answer_error(a, resp, GRPC_STATUS_NOT_FOUND, "unknown type");
        return;
    }
    Grpc__Reflection__V1__ExtensionNumberResponse *en = arena_alloc(a, sizeof *en);
    grpc__reflection__v1__extension_number_response__init(en);
    en->base_type_name = (char *)type; /* the API defines no extensions */
    resp->message_response_case =
        GRPC__REFLECTION__V1__SERVER_REFLECTION_RESPONSE__MESSAGE_RESPONSE_ALL_EXTENSION_NUMBERS_RESPONSE;
    resp->all_extension_numbers_response = en;
}

static void answer(arena *a, refl_response *resp, const rpc_server *srv, refl_request *req)
{
    const protoset_index *ix = (const protoset_index *)srv->protoset;
    const protoset_file *f = NULL;
    switch (req->message_request_case) {
    case GRPC__REFLECTION__V1__SERVER_REFLECTION_REQUEST__MESSAGE_REQUEST_LIST_SERVICES:
        answer_services(a, resp, srv);
        return;
    case GRPC__REFLECTION__V1__SERVER_REFLECTION_REQUEST__MESSAGE_REQUEST_FILE_BY_FILENAME:
        f = protoset_file_by_name(ix, req->file_by_filename);
        break;
    case GRPC__REFLECTION__V1__SERVER_REFLECTION_REQUEST__MESSAGE_REQUEST_FILE_CONTAINING_SYMBOL:
        f = protoset_file_by_symbol(ix, req->file_containing_symbol);
        break;
    case GRPC__REFLECTION__V1__SERVER_REFLECTION_REQUEST__MESSAGE_REQUEST_ALL_EXTENSION_NUMBERS_OF_TYPE:
        answer_extension_numbers(a, resp, ix, req->all_extension_numbers_of_type);
        return;
    default:
        answer_error(a, resp, GRPC_STATUS_NOT_FOUND, "no extensions are defined");
        return;
    }
    if (f)
        answer_files(a, resp, ix, f);
    else
        answer_error(a, resp, GRPC_STATUS_NOT_FOUND, "not found");
}

static void send_final_status(rpc_call *c)
{
    grpc_op ops[2];
    memset(ops, 0, sizeof ops);
    size_t n = call_add_initial_metadata(c, &ops[0]);
    ops[n].op = GRPC_OP_SEND_STATUS_FROM_SERVER;
    ops[n].data.send_status_from_server.status = GRPC_STATUS_OK;
    c->status_details = grpc_slice_from_static_string("");
    ops[n].data.send_status_from_server.status_details = &c->status_details;
    n++;
    c->final_send = true;
    if (grpc_call_start_batch(c->call, ops, n, &c->send_tag, NULL) != GRPC_CALL_OK)
        call_unref(c);
}

static grpc_byte_buffer *respond(rpc_call *c, grpc_byte_buffer *in)
{
    grpc_byte_buffer_reader reader;
    if (!grpc_byte_buffer_reader_init(&reader, in))
        return NULL;
    grpc_slice s = grpc_byte_buffer_reader_readall(&reader);
    grpc_byte_buffer_reader_destroy(&reader);
    arena *a = arena_create();
    ProtobufCAllocator alloc = c->allocator;
    alloc.allocator_data = a;
    refl_request *req = grpc__reflection__v1__server_reflection_request__unpack(
        &alloc, GRPC_SLICE_LENGTH(s), GRPC_SLICE_START_PTR(s));
    grpc_slice_unref(s);
    grpc_byte_buffer *out = NULL;
    if (req) {
        refl_response resp = GRPC__REFLECTION__V1__SERVER_REFLECTION_RESPONSE__INIT;
        resp.valid_host = req->host;
        resp.original_request = req;
        answer(a, &resp, c->srv, req);
        size_t n = grpc__reflection__v1__server_reflection_response__get_packed_size(&resp);
        grpc_slice packed = grpc_slice_malloc(n);
        grpc__reflection__v1__server_reflection_response__pack(&resp, GRPC_SLICE_START_PTR(packed));
        out = grpc_raw_byte_buffer_create(&packed, 1);
        grpc_slice_unref(packed);
    }
    arena_destroy(a);
    return out;
}

void reflection_on_recv(rpc_call *c, bool ok)
{
    grpc_byte_buffer *in = c->recv_buffer;
    c->recv_buffer = NULL;
    if (!ok) {
        if (in)
            grpc_byte_buffer_destroy(in);
        call_unref(c);
        return;
    }
    if (!in) { /* the client half-closed */
        send_final_status(c);
        return;
    }
    grpc_byte_buffer *out = respond(c, in);
    grpc_byte_buffer_destroy(in);
    if (!out) { /* a malformed request: end the stream */
        send_final_status(c);
        return;
    }
    if (c->send_buffer)
        grpc_byte_buffer_destroy(c->send_buffer);
    c->send_buffer = out;
    grpc_op ops[2];
    memset(ops, 0, sizeof ops);
    size_t n = call_add_initial_metadata(c, &ops[0]);
    ops[n].op = GRPC_OP_SEND_MESSAGE;
    ops[n].data.send_message.send_message = out;
    n++;
    if (grpc_call_start_batch(c->call, ops, n, &c->send_tag, NULL) != GRPC_CALL_OK)
        call_unref(c);
}

void reflection_on_send(rpc_call *c, bool ok)
{
    if (c->final_send || !ok) {
        call_unref(c);
        return;
    }
    start_recv(c);
}

bool reflection_add_service(rpc_server *srv, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    server_add_method(srv, "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
                      METHOD_BIDI_REFLECTION, NULL, NULL, NULL);
    server_add_method(srv, "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                      METHOD_BIDI_REFLECTION, NULL, NULL, NULL);
    return true;
}
