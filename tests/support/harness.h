/* Integration-test harness: a fresh database and a real edubadges-server process per
 * suite, an operator token, a client, and assertions on call results. */
#ifndef EDUBADGES_TEST_HARNESS_H
#define EDUBADGES_TEST_HARNESS_H

#include <stdbool.h>
#include <sys/types.h>

#include <CUnit/CUnit.h>
#include <libpq-fe.h>

#include "eb_client.h"

typedef struct test_env {
    char db_name[64];
    char database_url[512];
    char target[64];
    char http_base[96]; /* the public base URL, "http://127.0.0.1:{port}" */
    char token[256]; /* an operator token */
    char log_path[512];
    pid_t server_pid;
    eb_client *client; /* authenticated with the operator token */
    eb_client *anonymous;
} test_env;

/* Creates database "t_<name>", starts the server on it (extra_env: NULL-terminated
 * "VAR=value" strings, may be NULL) and makes an operator token. Aborts the test run on
 * failure. */
void test_env_start(test_env *env, const char *name, const char *const *extra_env);
/* Stops the server and starts it again on the same database with other extra
 * environment (the token stays valid); the clients are made anew. */
void test_env_restart_server(test_env *env, const char *const *extra_env);
/* Stops the server with SIGTERM; returns its exit status (or -1). */
int test_env_stop_server(test_env *env);
void test_env_stop(test_env *env);
/* A connection to the suite's database (for checks and for setting up rows). */
PGconn *test_env_db(test_env *env);
/* The path of a built program, e.g. "server/edubadges-server". */
const char *test_build_path(const char *relative);

/* Runs one SQL statement on the suite's database; aborts on error. Returns the first
 * value of the first row (static buffer) or "". */
const char *test_sql(test_env *env, const char *sql);

/* Assertions on a call result (messages name the call's status and violations). */
#define EXPECT_CODE(r, want) test_expect_code(&(r), (want), __FILE__, __LINE__)
#define EXPECT_OK(r) EXPECT_CODE(r, GRPC_STATUS_OK)
#define EXPECT_VIOLATION(r, field) test_expect_violation(&(r), (field), __FILE__, __LINE__)
#define EXPECT_REASON(r, reason) test_expect_reason(&(r), (reason), __FILE__, __LINE__)
bool test_expect_code(const eb_call_result *r, grpc_status_code want, const char *file, int line);
bool test_expect_violation(const eb_call_result *r, const char *field, const char *file, int line);
bool test_expect_reason(const eb_call_result *r, const char *reason, const char *file, int line);

/* Runs the registered CUnit suites and returns the process exit code. */
int test_run_all(void);

#endif
