/* The migration runner: applies in order once, refuses edited, unknown or out-of-order
 * migrations, and leaves nothing behind when one fails. Runs migrate() on a fresh database
 * and the real binary on a tampered one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "harness.h"
#include "migrate.h"

static test_env env;
static db *conn;
static arena *mem;

static int suite_init(void)
{
    test_env_start(&env, "migrations", NULL);
    char err[512];
    conn = db_connect(env.database_url, 30000, err, sizeof err);
    mem = arena_create();
    return conn ? 0 : 1;
}

static int suite_clean(void)
{
    db_close(conn);
    arena_destroy(mem);
    test_env_stop(&env);
    return 0;
}

#define FILE_OF(n, sql) {n, (const unsigned char *)sql, sizeof sql - 1}

/* Runs migrate() on a private schema so the server's own tables are not touched. */
static eb_code run(const struct embedded_file *files, size_t n, int *applied, eb_error *e)
{
    eb_error_init(e, mem);
    db_exec_script(conn, "CREATE SCHEMA IF NOT EXISTS scratch; SET search_path = scratch", e);
    eb_code c = migrate(conn, files, n, applied, e);
    eb_error ignored;
    eb_error_init(&ignored, mem);
    db_exec_script(conn, "SET search_path = public", &ignored);
    return c;
}

static void test_applies_once_in_order(void)
{
    struct embedded_file files[] = {FILE_OF("0001_a.sql", "CREATE TABLE scratch.a (x int)"),
                                    FILE_OF("0002_b.sql", "CREATE TABLE scratch.b (y int)")};
    eb_error e;
    int applied = 0;
    CU_ASSERT_EQUAL(run(files, 2, &applied, &e), EB_OK);
    CU_ASSERT_EQUAL(applied, 2);
    CU_ASSERT_EQUAL(run(files, 2, &applied, &e), EB_OK);
    CU_ASSERT_EQUAL(applied, 0);
}

static void test_refuses_an_edited_migration(void)
{
    struct embedded_file files[] = {FILE_OF("0001_a.sql", "CREATE TABLE scratch.a (x bigint)"),
                                    FILE_OF("0002_b.sql", "CREATE TABLE scratch.b (y int)")};
    eb_error e;
    int applied = 0;
    CU_ASSERT_EQUAL(run(files, 2, &applied, &e), EB_FAILED_PRECONDITION);
    CU_ASSERT_STRING_EQUAL(e.reason, "MIGRATION_EDITED");
    CU_ASSERT_PTR_NOT_NULL(strstr(e.message, "0001_a.sql"));
}

static void test_refuses_out_of_order_and_unknown(void)
{
    struct embedded_file late[] = {FILE_OF("0001_a.sql", "CREATE TABLE scratch.a (x int)"),
                                   FILE_OF("0002_b.sql", "CREATE TABLE scratch.b (y int)"),
                                   FILE_OF("0004_d.sql", "CREATE TABLE scratch.d ()")};
    eb_error e;
    int applied = 0;
    CU_ASSERT_EQUAL(run(late, 3, &applied, &e), EB_OK);
    struct embedded_file gap[] = {late[0], late[1], FILE_OF("0003_c.sql", "CREATE TABLE scratch.c ()"),
                                  late[2]};
    CU_ASSERT_EQUAL(run(gap, 4, &applied, &e), EB_FAILED_PRECONDITION);
    CU_ASSERT_STRING_EQUAL(e.reason, "MIGRATION_ORDER");
    CU_ASSERT_EQUAL(run(late, 2, &applied, &e), EB_FAILED_PRECONDITION);
    CU_ASSERT_STRING_EQUAL(e.reason, "MIGRATION_UNKNOWN");
    struct embedded_file badname[] = {FILE_OF("1_a.sql", "SELECT 1")};
    CU_ASSERT_EQUAL(run(badname, 1, &applied, &e), EB_FAILED_PRECONDITION);
    CU_ASSERT_STRING_EQUAL(e.reason, "MIGRATION_NAME");
}

static void test_a_failing_batch_leaves_nothing(void)
{
    struct embedded_file files[] = {FILE_OF("0001_a.sql", "CREATE TABLE scratch.a (x int)"),
                                    FILE_OF("0002_b.sql", "CREATE TABLE scratch.b (y int)"),
                                    FILE_OF("0004_d.sql", "CREATE TABLE scratch.d ()"),
                                    FILE_OF("0005_e.sql", "CREATE TABLE scratch.e ()"),
                                    FILE_OF("0006_f.sql", "CREATE TABLE scratch.f (broken")};
    eb_error e;
    int applied = 0;
    CU_ASSERT_NOT_EQUAL(run(files, 5, &applied, &e), EB_OK);
    CU_ASSERT_PTR_NOT_NULL(strstr(e.message, "0006_f.sql"));
    CU_ASSERT_EQUAL(applied, 0);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM pg_tables WHERE schemaname = 'scratch'"
                                          " AND tablename = 'e'"), "0");
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM scratch.schema_migrations"), "3");
}

static int run_binary(const char *command)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "EDUBADGES_DATABASE_URL='%s' '%s' %s 2>'%s.migrate'", env.database_url,
             test_build_path("server/edubadges-server"), command, env.log_path);
    int status = system(cmd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void test_the_server_refuses_to_start_on_an_edited_migration(void)
{
    CU_ASSERT_EQUAL(run_binary("migrate"), 0);
    test_sql(&env, "UPDATE public.schema_migrations SET checksum = 'edited' WHERE version = 1");
    CU_ASSERT_NOT_EQUAL(run_binary("migrate"), 0);
    CU_ASSERT_NOT_EQUAL(run_binary("serve"), 0);
    char path[600];
    snprintf(path, sizeof path, "%s.migrate", env.log_path);
    FILE *f = fopen(path, "r");
    char text[8192] = "";
    if (f) {
        size_t n = fread(text, 1, sizeof text - 1, f);
        text[n] = '\0';
        fclose(f);
    }
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "was changed after it was applied"));
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("migrations", suite_init, suite_clean);
    CU_add_test(s, "applies once in order", test_applies_once_in_order);
    CU_add_test(s, "refuses an edited migration", test_refuses_an_edited_migration);
    CU_add_test(s, "refuses out-of-order and unknown", test_refuses_out_of_order_and_unknown);
    CU_add_test(s, "a failing batch leaves nothing", test_a_failing_batch_leaves_nothing);
    CU_add_test(s, "the server refuses to start on an edited migration",
                test_the_server_refuses_to_start_on_an_edited_migration);
    return test_run_all();
}
