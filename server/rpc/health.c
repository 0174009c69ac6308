/* grpc.health.v1.Health/Check: SERVING while the server runs, NOT_SERVING while it drains;
 * "" means the whole server, a registered service name that service, anything else
 * NOT_FOUND. Watch is left unimplemented, which the health protocol allows. */
#include <string.h>

#include "grpc/health/v1/health.pb-c.h"
#include "internal.h"

static bool service_registered(const rpc_server *srv, const char *service)
{
    size_t n = strlen(service);
    for (size_t i = 0; i < srv->n_methods; i++) {
        const char *path = srv->methods[i].path; /* "/service/method" */
        if (strncmp(path + 1, service, n) == 0 && path[1 + n] == '/')
            return true;
    }
    return false;
}

static ProtobufCMessage *check(rpc_call *call, void *worker_state, const ProtobufCMessage *request,
                               const void *binding)
{
    (void)worker_state;
    const rpc_server *srv = binding;
    const Grpc__Health__V1__HealthCheckRequest *req = (const void *)request;
    const char *service = req->service ? req->service : "";
    if (*service && !service_registered(srv, service)) {
        rpc_call_fail(call, GRPC_STATUS_NOT_FOUND, "UNKNOWN_SERVICE", "no such service");
        return NULL;
    }
    Grpc__Health__V1__HealthCheckResponse *resp = arena_alloc(rpc_call_arena(call), sizeof *resp);
    grpc__health__v1__health_check_response__init(resp);
    resp->status = atomic_load(&srv->serving)
                       ? GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__SERVING_STATUS__SERVING
                       : GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__SERVING_STATUS__NOT_SERVING;
    return &resp->base;
}

bool health_add_service(rpc_server *srv, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    server_add_method(srv, "/grpc.health.v1.Health/Check", METHOD_UNARY,
                      &grpc__health__v1__health_check_request__descriptor, check, srv);
    return true;
}
