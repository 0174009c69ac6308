/* Integration-test harness. */
#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <CUnit/Basic.h>

static int servers_failed; /* servers that did not exit cleanly (sanitizer reports, crashes) */

static void fatal(const char *what, const char *detail)
{
    fprintf(stderr, "test harness: %s: %s\n", what, detail ? detail : "");
    exit(2);
}

const char *test_build_path(const char *relative)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/%s", EDUBADGES_BUILD_DIR, relative);
    return path;
}

static const char *admin_url(void)
{
    const char *url = getenv("EDUBADGES_TEST_ADMIN_URL");
    if (!url || !*url)
        fatal("EDUBADGES_TEST_ADMIN_URL is not set",
              "run the tests with tools/test.sh, which starts a private PostgreSQL");
    return url;
}

static void admin_exec(const char *sql)
{
    PGconn *c = PQconnectdb(admin_url());
    if (PQstatus(c) != CONNECTION_OK)
        fatal("cannot connect to the test cluster", PQerrorMessage(c));
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        fatal(sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
}

/* The admin URL with its database replaced by name. */
static void url_for(const char *name, char *out, size_t len)
{
    const char *url = admin_url(); /* postgresql:///postgres?host=... */
    const char *q = strchr(url, '?');
    snprintf(out, len, "postgresql:///%s%s", name, q ? q : "");
}

static int read_port(const char *port_file)
{
    FILE *f = fopen(port_file, "r");
    int port = 0;
    if (f) {
        if (fscanf(f, "%d", &port) != 1)
            port = 0;
        fclose(f);
    }
    return port;
}

/* The gRPC port file is written last, once both sides listen. */
static void wait_for_port(test_env *env, const char *port_file, const char *http_port_file)
{
    for (int i = 0; i < 400; i++) {
        int port = read_port(port_file);
        if (port > 0) {
            snprintf(env->target, sizeof env->target, "127.0.0.1:%d", port);
            snprintf(env->http_base, sizeof env->http_base, "http://127.0.0.1:%d",
                     read_port(http_port_file));
            return;
        }
        int status;
        if (waitpid(env->server_pid, &status, WNOHANG) == env->server_pid)
            fatal("the server exited at start-up; see", env->log_path);
        usleep(25000);
    }
    fatal("the server did not report its port; see", env->log_path);
}

static void make_token(test_env *env)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd,
             "EDUBADGES_DATABASE_URL='%s' '%s' create-operator-token --label tests 2>>'%s'",
             env->database_url, test_build_path("server/edubadges-server"), env->log_path);
    FILE *p = popen(cmd, "r");
    if (!p || !fgets(env->token, sizeof env->token, p))
        fatal("cannot create an operator token; see", env->log_path);
    pclose(p);
    env->token[strcspn(env->token, "\n")] = '\0';
}

/* The master key of the test servers: the one tools/test.sh exports, else a new one
 * beside the server log (so that ctest can also be run by hand). */
static void ensure_master_key(const test_env *env)
{
    if (getenv("EDUBADGES_MASTER_KEY_FILE"))
        return;
    char path[600];
    snprintf(path, sizeof path, "%s.master.key", env->log_path);
    unsigned char raw[32];
    char hex[65];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || write(fd, hex, 64) != 64)
        fatal("master key file", strerror(errno));
    close(fd);
    setenv("EDUBADGES_MASTER_KEY_FILE", path, 1);
}

/* Starts the server on the suite's database and waits for its port. */
static void spawn_server(test_env *env, const char *const *extra_env)
{
    ensure_master_key(env);
    char port_file[600], http_port_file[600];
    snprintf(port_file, sizeof port_file, "%s.port", env->log_path);
    snprintf(http_port_file, sizeof http_port_file, "%s.http-port", env->log_path);
    unlink(port_file);
    unlink(http_port_file);
    pid_t pid = fork();
    if (pid < 0)
        fatal("fork", strerror(errno));
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM); /* a test that dies takes its server along */
        FILE *log = freopen(env->log_path, "a", stderr);
        (void)log;
        setenv("EDUBADGES_DATABASE_URL", env->database_url, 1);
        setenv("EDUBADGES_LISTEN", "127.0.0.1:0", 1);
        setenv("EDUBADGES_PORT_FILE", port_file, 1);
        setenv("EDUBADGES_HTTP_LISTEN", "127.0.0.1:0", 1);
        setenv("EDUBADGES_HTTP_PORT_FILE", http_port_file, 1);
        setenv("EDUBADGES_WORKERS", "8", 0);
        setenv("EDUBADGES_DRAIN_NOTICE_MS", "0", 0);
        for (const char *const *e = extra_env; e && *e; e++)
            putenv((char *)*e);
        execl(test_build_path("server/edubadges-server"), "edubadges-server", "serve", (char *)NULL);
        _exit(127);
    }
    env->server_pid = pid;
    wait_for_port(env, port_file, http_port_file);
}

static void make_clients(test_env *env)
{
    eb_client_options o = {.target = env->target, .token = env->token, .timeout_ms = 20000};
    env->client = eb_client_create(&o);
    o.token = NULL;
    env->anonymous = eb_client_create(&o);
}

void test_env_start(test_env *env, const char *name, const char *const *extra_env)
{
    memset(env, 0, sizeof *env);
    snprintf(env->db_name, sizeof env->db_name, "t_%s", name);
    char sql[256];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", env->db_name);
    admin_exec(sql);
    snprintf(sql, sizeof sql, "CREATE DATABASE \"%s\"", env->db_name);
    admin_exec(sql);
    url_for(env->db_name, env->database_url, sizeof env->database_url);
    const char *logdir = getenv("EDUBADGES_TEST_LOG_DIR");
    snprintf(env->log_path, sizeof env->log_path, "%s/%s.server.log", logdir ? logdir : "/tmp", name);
    unlink(env->log_path);
    spawn_server(env, extra_env);
    make_token(env);
    make_clients(env);
}

void test_env_restart_server(test_env *env, const char *const *extra_env)
{
    eb_client_destroy(env->client);
    eb_client_destroy(env->anonymous);
    if (test_env_stop_server(env) != 0) {
        fprintf(stderr, "\nthe server did not exit cleanly; see %s\n", env->log_path);
        servers_failed++;
    }
    spawn_server(env, extra_env);
    make_clients(env);
}

int test_env_stop_server(test_env *env)
{
    if (env->server_pid <= 0)
        return -1;
    kill(env->server_pid, SIGTERM);
    int status = 0;
    waitpid(env->server_pid, &status, 0);
    env->server_pid = 0;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void test_env_stop(test_env *env)
{
    eb_client_destroy(env->client);
    eb_client_destroy(env->anonymous);
    env->client = env->anonymous = NULL;
    if (env->server_pid > 0 && test_env_stop_server(env) != 0) {
        fprintf(stderr, "\nthe server did not exit cleanly; see %s\n", env->log_path);
        servers_failed++;
    }
}

PGconn *test_env_db(test_env *env)
{
    PGconn *c = PQconnectdb(env->database_url);
    if (PQstatus(c) != CONNECTION_OK)
        fatal("cannot connect to the suite database", PQerrorMessage(c));
    return c;
}

const char *test_sql(test_env *env, const char *sql)
{
    static char value[4096];
    PGconn *c = test_env_db(env);
    PGresult *r = PQexec(c, sql);
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        fatal(sql, PQerrorMessage(c));
    snprintf(value, sizeof value, "%s",
             st == PGRES_TUPLES_OK && PQntuples(r) > 0 ? PQgetvalue(r, 0, 0) : "");
    PQclear(r);
    PQfinish(c);
    return value;
}

static void describe(const eb_call_result *r, char *out, size_t len)
{
    size_t n = (size_t)snprintf(out, len, "%s %s: %s", eb_status_name(r->code),
                                r->reason ? r->reason : "", r->message ? r->message : "");
    for (size_t i = 0; i < r->n_violations && n < len; i++)
        n += (size_t)snprintf(out + n, len - n, " [%s: %s]", r->violations[i].field,
                              r->violations[i].description);
}

bool test_expect_code(const eb_call_result *r, grpc_status_code want, const char *file, int line)
{
    char what[2048];
    describe(r, what, sizeof what);
    bool ok = r->code == want;
    if (!ok)
        fprintf(stderr, "\n%s:%d: expected %s, got %s\n", file, line, eb_status_name(want), what);
    CU_assertImplementation(ok, (unsigned)line, "status code", file, "", CU_FALSE);
    return ok;
}

bool test_expect_violation(const eb_call_result *r, const char *field, const char *file, int line)
{
    bool ok = false;
    for (size_t i = 0; i < r->n_violations && !ok; i++)
        ok = strcmp(r->violations[i].field, field) == 0;
    if (!ok) {
        char what[2048];
        describe(r, what, sizeof what);
        fprintf(stderr, "\n%s:%d: expected a violation of %s, got %s\n", file, line, field, what);
    }
    CU_assertImplementation(ok, (unsigned)line, "field violation", file, "", CU_FALSE);
    return ok;
}

bool test_expect_reason(const eb_call_result *r, const char *reason, const char *file, int line)
{
    bool ok = r->reason && strcmp(r->reason, reason) == 0;
    if (!ok) {
        char what[2048];
        describe(r, what, sizeof what);
        fprintf(stderr, "\n%s:%d: expected reason %s, got %s\n", file, line, reason, what);
    }
    CU_assertImplementation(ok, (unsigned)line, "error reason", file, "", CU_FALSE);
    return ok;
}

int test_run_all(void)
{
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed() +
                      CU_get_number_of_suites_failed() + (unsigned)servers_failed;
    unsigned ran = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    return failed == 0 && ran > 0 ? 0 : 1;
}
