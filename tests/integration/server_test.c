/* The RPC layer end to end: unknown methods, health, malformed and oversized requests,
 * deadlines reaching the database, and the graceful drain on SIGTERM. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <jansson.h>

#include "grpc/health/v1/health.pb-c.h"
#include "institution_fixture.h"

static test_env env;

static int suite_init(void)
{
    static const char *const extra[] = {"EDUBADGES_DRAIN_NOTICE_MS=1500",
                                        "EDUBADGES_MAX_MESSAGE_BYTES=1048576", NULL};
    test_env_start(&env, "server", extra);
    return 0;
}

static int suite_clean(void)
{
    test_env_stop(&env);
    return 0;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void test_unknown_method_answers_at_once(void)
{
    double start = now_s();
    eb_call_result r;
    eb_client_call_raw(env.client, "/edubadges.v1.NoSuchService/Nothing", "", 0,
                       &edubadges__v1__institution__descriptor, &r);
    double took = now_s() - start;
    EXPECT_CODE(r, GRPC_STATUS_UNIMPLEMENTED);
    CU_ASSERT_TRUE(took < 1.0);
    eb_call_result_free(&r);
    eb_client_call_raw(env.client, "/edubadges.v1.InstitutionService/StealInstitution", "", 0,
                       &edubadges__v1__institution__descriptor, &r);
    EXPECT_CODE(r, GRPC_STATUS_UNIMPLEMENTED);
    eb_call_result_free(&r);
}

static int health(eb_client *c, const char *service, eb_call_result *r)
{
    Grpc__Health__V1__HealthCheckRequest req = GRPC__HEALTH__V1__HEALTH_CHECK_REQUEST__INIT;
    req.service = (char *)service;
    eb_client_call(c, "/grpc.health.v1.Health/Check", &req.base,
                   &grpc__health__v1__health_check_response__descriptor, r);
    return r->code == GRPC_STATUS_OK ? (int)((Grpc__Health__V1__HealthCheckResponse *)r->response)->status
                                     : -1;
}

static void test_health(void)
{
    eb_call_result r;
    CU_ASSERT_EQUAL(health(env.anonymous, "", &r),
                    GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__SERVING_STATUS__SERVING);
    eb_call_result_free(&r);
    CU_ASSERT_EQUAL(health(env.anonymous, "edubadges.v1.InstitutionService", &r),
                    GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__SERVING_STATUS__SERVING);
    eb_call_result_free(&r);
    health(env.anonymous, "edubadges.v1.Nope", &r);
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
}

static void test_oversized_request(void)
{
    size_t n = 2 << 20; /* over the 1 MiB limit of this suite's server */
    char *big = malloc(n + 1);
    memset(big, 'a', n);
    big[n] = '\0';
    inst_fixture f;
    inst_fixture_init(&f, "big.example.nl");
    f.name.nl = big;
    eb_call_result r;
    inst_create(env.client, &f.inst, &r);
    EXPECT_CODE(r, GRPC_STATUS_RESOURCE_EXHAUSTED);
    eb_call_result_free(&r);
    free(big);
}

/* Holds an exclusive lock on the institutions table in a transaction of its own. */
static PGconn *lock_institutions(void)
{
    PGconn *c = test_env_db(&env);
    PQclear(PQexec(c, "BEGIN"));
    PQclear(PQexec(c, "LOCK TABLE institutions IN ACCESS EXCLUSIVE MODE"));
    return c;
}

static void release(PGconn *c)
{
    PQclear(PQexec(c, "ROLLBACK"));
    PQfinish(c);
}

static void test_deadline_reaches_the_database(void)
{
    char name[128];
    snprintf(name, sizeof name, "%s", inst_create_ok(&env, "deadline.example.nl"));
    PGconn *lock = lock_institutions();
    eb_client_options o = {.target = env.target, .token = env.token, .timeout_ms = 300};
    eb_client *c = eb_client_create(&o);
    double start = now_s();
    eb_call_result r;
    inst_get(c, name, &r);
    EXPECT_CODE(r, GRPC_STATUS_DEADLINE_EXCEEDED);
    CU_ASSERT_TRUE(now_s() - start < 2.0);
    eb_call_result_free(&r);
    eb_client_destroy(c);
    usleep(700 * 1000);
    /* the server's query gave up with the deadline: nothing of it waits on the lock */
    PGconn *probe = test_env_db(&env);
    PGresult *w = PQexec(probe, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                " AND datname = current_database()");
    CU_ASSERT_STRING_EQUAL(PQgetvalue(w, 0, 0), "0");
    PQclear(w);
    PQfinish(probe);
    release(lock);
    inst_get(env.client, name, &r);
    EXPECT_OK(r);
    eb_call_result_free(&r);
}

typedef struct pending_update {
    const char *name;
    eb_call_result result;
} pending_update;

static void *run_update(void *arg)
{
    pending_update *p = arg;
    Edubadges__V1__UpdateInstitutionRequest req = EDUBADGES__V1__UPDATE_INSTITUTION_REQUEST__INIT;
    Edubadges__V1__Institution inst = EDUBADGES__V1__INSTITUTION__INIT;
    inst.name = (char *)p->name;
    inst.brin = "99ZZ";
    req.institution = &inst;
    eb_client_options o = {.target = env.target, .token = env.token, .timeout_ms = 20000};
    eb_client *c = eb_client_create(&o);
    eb_client_call(c, INSTITUTION_SERVICE "UpdateInstitution", &req.base,
                   &edubadges__v1__institution__descriptor, &p->result);
    eb_client_destroy(c);
    return NULL;
}

static void test_sigterm_drains_in_flight_calls(void)
{
    char name[128];
    snprintf(name, sizeof name, "%s", inst_create_ok(&env, "drain.example.nl"));
    PGconn *lock = lock_institutions();
    pending_update p = {.name = name};
    pthread_t t;
    pthread_create(&t, NULL, run_update, &p);
    usleep(300 * 1000); /* the update is now waiting for the lock inside the server */
    kill(env.server_pid, SIGTERM);
    usleep(300 * 1000);
    eb_client_options o = {.target = env.target, .timeout_ms = 2000};
    eb_client *probe = eb_client_create(&o);
    eb_call_result r;
    CU_ASSERT_EQUAL(health(probe, "", &r),
                    GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__SERVING_STATUS__NOT_SERVING);
    eb_call_result_free(&r);
    usleep(500 * 1000);
    release(lock); /* the in-flight update may finish now */
    pthread_join(t, NULL);
    EXPECT_OK(p.result);
    if (p.result.code == GRPC_STATUS_OK)
        CU_ASSERT_STRING_EQUAL(((Edubadges__V1__Institution *)p.result.response)->brin, "99ZZ");
    eb_call_result_free(&p.result);
    CU_ASSERT_EQUAL(test_env_stop_server(&env), 0);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT brin FROM institutions WHERE identifier = 'drain.example.nl'"),
                           "99ZZ");
    health(probe, "", &r);
    EXPECT_CODE(r, GRPC_STATUS_UNAVAILABLE);
    eb_call_result_free(&r);
    eb_client_destroy(probe);
}

/* Everything the server writes on stderr is a JSON line, also what gRPC core reports
 * itself (here: a port that is in use). */
static void test_grpc_core_logs_are_json_lines(void)
{
    char cmd[4096], log[600];
    snprintf(log, sizeof log, "%s.busy", env.log_path);
    snprintf(cmd, sizeof cmd,
             "EDUBADGES_DATABASE_URL='%s' '%s' serve --http-listen 127.0.0.1:0 --listen %s 2>'%s'",
             env.database_url, test_build_path("server/edubadges-server"), env.target, log);
    int status = system(cmd);
    CU_ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) != 0);
    FILE *f = fopen(log, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    char line[8192];
    int lines = 0, grpc_lines = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '\n' || strncmp(line, "edubadges-server: ", 18) == 0)
            continue; /* the start-up error for the operator */
        json_t *j = json_loads(line, 0, NULL);
        if (!j)
            fprintf(stderr, "\nnot a JSON line: %s", line);
        CU_ASSERT_PTR_NOT_NULL(j);
        grpc_lines += j && json_object_get(j, "grpc_file") != NULL;
        json_decref(j);
        lines++;
    }
    fclose(f);
    CU_ASSERT_TRUE(lines > 0);
    CU_ASSERT_TRUE(grpc_lines > 0);
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("server", suite_init, suite_clean);
    CU_add_test(s, "unknown method answers at once", test_unknown_method_answers_at_once);
    CU_add_test(s, "health", test_health);
    CU_add_test(s, "oversized request", test_oversized_request);
    CU_add_test(s, "deadline reaches the database", test_deadline_reaches_the_database);
    CU_add_test(s, "gRPC core logs are JSON lines", test_grpc_core_logs_are_json_lines);
    CU_add_test(s, "SIGTERM drains in-flight calls", test_sigterm_drains_in_flight_calls);
    return test_run_all();
}
