/* Benchmark of the foundation: calls/s of Health.Check and of GetInstitution with the same
 * load tool, 64 calls in flight, in one run; prints both rates and their ratio.
 * Usage: rpc_ratio <host:port> <operator token> <institution name> [seconds] */
#include <stdio.h>
#include <stdlib.h>

#include <grpc/grpc.h>

#include "edubadges/v1/institution.pb-c.h"
#include "grpc/health/v1/health.pb-c.h"
#include "grpc_load.h"

static void run(const char *label, load_spec *spec, const ProtobufCMessage *req, load_result *r)
{
    unsigned char buf[512];
    spec->request_len = protobuf_c_message_pack(req, buf);
    spec->request = buf;
    load_run(spec, r);
    printf("%-16s %9.0f calls/s  p50 %6.2f ms  p99 %6.2f ms  (%ld calls, %ld errors, %.1f s)\n", label,
           (double)r->calls / r->seconds, r->p50_ms, r->p99_ms, r->calls, r->errors, r->seconds);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: rpc_ratio <host:port> <token> <institution name> [seconds]\n");
        return 2;
    }
    grpc_init();
    load_spec spec = {.target = argv[1], .token = argv[2], .threads = 2, .in_flight = 32,
                      .seconds = argc > 4 ? atof(argv[4]) : 5.0};
    Grpc__Health__V1__HealthCheckRequest health = GRPC__HEALTH__V1__HEALTH_CHECK_REQUEST__INIT;
    Edubadges__V1__GetInstitutionRequest get = EDUBADGES__V1__GET_INSTITUTION_REQUEST__INIT;
    get.name = argv[3];
    load_result h, g;
    printf("64 calls in flight (2 threads x 32), %.0f s each\n", spec.seconds);
    spec.method = "/grpc.health.v1.Health/Check";
    run("Health.Check", &spec, &health.base, &h);
    spec.method = "/edubadges.v1.InstitutionService/GetInstitution";
    run("GetInstitution", &spec, &get.base, &g);
    double ratio = ((double)g.calls / g.seconds) / ((double)h.calls / h.seconds);
    printf("ratio GetInstitution / Health.Check = %.2f (goal >= 0.5)\n", ratio);
    grpc_shutdown();
    return h.errors || g.errors ? 1 : 0;
}
