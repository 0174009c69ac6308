/* A worker's database connection. */
#include "db.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

#define MAX_STATEMENTS 1024

static atomic_int next_slot = 0;

struct db {
    PGconn *conn;
    char *url;
    pthread_mutex_t cancel_lock;
    PGcancel *cancel;
    int64_t default_timeout_ms;
    int64_t current_timeout_ms;
    int depth; /* open db_begin levels: 1 = the transaction, more = savepoints in it */
    bool prepared[MAX_STATEMENTS];
};

static void refresh_cancel(db *d)
{
    pthread_mutex_lock(&d->cancel_lock);
    if (d->cancel)
        PQfreeCancel(d->cancel);
    d->cancel = PQgetCancel(d->conn);
    pthread_mutex_unlock(&d->cancel_lock);
}

/* Notices ("relation ... already exists, skipping") go to the JSON log at debug level,
 * not to stderr as libpq's plain lines. The processor survives PQreset. */
static void log_notice(void *arg, const char *message)
{
    (void)arg;
    if (!log_enabled(LOG_DEBUG))
        return;
    size_t n = strlen(message);
    while (n > 0 && message[n - 1] == '\n')
        n--;
    log_json(LOG_DEBUG, json_pack("{s:s, s:s%}", "event", "database_notice", "notice", message, n));
}

static bool session_setup(db *d)
{
    char sql[160];
    snprintf(sql, sizeof sql,
             "SET statement_timeout = %lld; SET TIME ZONE 'UTC'; SET client_encoding = 'UTF8'",
             (long long)d->default_timeout_ms);
    PGresult *r = PQexec(d->conn, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    d->current_timeout_ms = d->default_timeout_ms;
    memset(d->prepared, 0, sizeof d->prepared);
    refresh_cancel(d);
    return ok;
}

db *db_connect(const char *url, int64_t default_timeout_ms, char *err, size_t errlen)
{
    db *d = calloc(1, sizeof *d);
    if (!d)
        abort();
    pthread_mutex_init(&d->cancel_lock, NULL);
    d->url = strdup(url);
    d->default_timeout_ms = default_timeout_ms;
    d->conn = PQconnectdb(url);
    PQsetNoticeProcessor(d->conn, log_notice, NULL);
    if (PQstatus(d->conn) != CONNECTION_OK || !session_setup(d)) {
        snprintf(err, errlen, "cannot connect to the database: %s", PQerrorMessage(d->conn));
        size_t n = strlen(err);
        if (n && err[n - 1] == '\n')
            err[n - 1] = '\0';
        db_close(d);
        return NULL;
    }
    return d;
}

void db_close(db *d)
{
    if (!d)
        return;
    if (d->cancel)
        PQfreeCancel(d->cancel);
    PQfinish(d->conn);
    pthread_mutex_destroy(&d->cancel_lock);
    free(d->url);
    free(d);
}

PGconn *db_conn(db *d) { return d->conn; }

bool db_ensure(db *d)
{
    d->depth = 0;
    if (PQstatus(d->conn) == CONNECTION_OK && PQtransactionStatus(d->conn) == PQTRANS_IDLE)
        return true;
    if (PQstatus(d->conn) == CONNECTION_OK) { /* a handler left a transaction open */
        PGresult *r = PQexec(d->conn, "ROLLBACK");
        PQclear(r);
        if (PQtransactionStatus(d->conn) == PQTRANS_IDLE)
            return true;
    }
    PQreset(d->conn);
    return PQstatus(d->conn) == CONNECTION_OK && session_setup(d);
}

void db_cancel(db *d)
{
    char buf[256];
    pthread_mutex_lock(&d->cancel_lock);
    if (d->cancel)
        PQcancel(d->cancel, buf, sizeof buf);
    pthread_mutex_unlock(&d->cancel_lock);
}

/* Maps a failed result (or a broken connection) onto an error code. */
static eb_code fail_from(db *d, PGresult *r, eb_error *e)
{
    if (PQstatus(d->conn) != CONNECTION_OK)
        return eb_fail(e, EB_UNAVAILABLE, "DATABASE_UNAVAILABLE", "the database is not reachable");
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    const char *message = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *constraint = r ? PQresultErrorField(r, PG_DIAG_CONSTRAINT_NAME) : NULL;
    if (!state)
        state = "";
    if (!message)
        message = PQerrorMessage(d->conn);
    const char *reason = constraint ? arena_strdup(e->arena, constraint) : NULL;
    if (strcmp(state, "23505") == 0)
        return eb_fail(e, EB_ALREADY_EXISTS, reason ? reason : "ALREADY_EXISTS", "%s", message);
    if (strcmp(state, "23503") == 0)
        return eb_fail(e, EB_FAILED_PRECONDITION, reason ? reason : "REFERENCED", "%s", message);
    if (strncmp(state, "23", 2) == 0 || strncmp(state, "22", 2) == 0)
        return eb_fail(e, EB_INVALID_ARGUMENT, reason ? reason : "INVALID_VALUE", "%s", message);
    if (strcmp(state, "57014") == 0) {
        if (strstr(message, "statement timeout"))
            return eb_fail(e, EB_DEADLINE_EXCEEDED, "DEADLINE_EXCEEDED", "the deadline passed");
        return eb_fail(e, EB_CANCELLED, "CANCELLED", "the call was cancelled");
    }
    if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 || strcmp(state, "55P03") == 0)
        return eb_fail(e, EB_ABORTED, "CONCURRENT_CHANGE", "a concurrent change conflicted; retry");
    if (strncmp(state, "08", 2) == 0 || strcmp(state, "57P01") == 0)
        return eb_fail(e, EB_UNAVAILABLE, "DATABASE_UNAVAILABLE", "the database is not reachable");
    if (strcmp(state, "P0001") == 0) /* RAISE EXCEPTION from a trigger: a rule of the schema */
        return eb_fail(e, EB_FAILED_PRECONDITION, reason ? reason : "RULE", "%s", message);
    return eb_fail(e, EB_INTERNAL, "DATABASE_ERROR", "database error %s: %s", state, message);
}

eb_code db_set_timeout(db *d, int64_t ms, eb_error *e)
{
    int64_t want = (ms < 0 || ms > d->default_timeout_ms) ? d->default_timeout_ms : ms;
    if (want < 1)
        want = 1;
    if (want == d->current_timeout_ms)
        return EB_OK;
    char sql[64];
    snprintf(sql, sizeof sql, "SET statement_timeout = %lld", (long long)want);
    PGresult *r = PQexec(d->conn, sql);
    eb_code c = PQresultStatus(r) == PGRES_COMMAND_OK ? EB_OK : fail_from(d, r, e);
    PQclear(r);
    if (c == EB_OK)
        d->current_timeout_ms = want;
    return c;
}

eb_code db_exec_script(db *d, const char *sql, eb_error *e)
{
    PGresult *r = PQexec(d->conn, sql);
    ExecStatusType st = PQresultStatus(r);
    eb_code c = (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) ? EB_OK : fail_from(d, r, e);
    PQclear(r);
    return c;
}

/* The first level is the transaction; deeper levels are savepoints "sp<level>", so that a
 * handler's own transaction nests inside the one the dispatcher opened for a mutation. */
eb_code db_begin(db *d, eb_error *e)
{
    if (d->depth == 0 && PQtransactionStatus(d->conn) != PQTRANS_IDLE)
        db_rollback_all(d); /* something left a transaction open outside db_begin */
    char sql[32] = "BEGIN";
    if (d->depth > 0)
        snprintf(sql, sizeof sql, "SAVEPOINT sp%d", d->depth);
    eb_code c = db_exec_script(d, sql, e);
    if (c == EB_OK)
        d->depth++;
    return c;
}

eb_code db_commit(db *d, eb_error *e)
{
    if (d->depth <= 1) {
        d->depth = 0;
        return db_exec_script(d, "COMMIT", e);
    }
    char sql[32];
    snprintf(sql, sizeof sql, "RELEASE SAVEPOINT sp%d", --d->depth);
    return db_exec_script(d, sql, e);
}

void db_rollback(db *d)
{
    if (d->depth <= 1) {
        db_rollback_all(d);
        return;
    }
    char sql[96];
    d->depth--;
    snprintf(sql, sizeof sql, "ROLLBACK TO SAVEPOINT sp%d; RELEASE SAVEPOINT sp%d", d->depth, d->depth);
    PGresult *r = PQexec(d->conn, sql);
    PQclear(r);
}

void db_rollback_all(db *d)
{
    d->depth = 0;
    if (PQtransactionStatus(d->conn) != PQTRANS_IDLE) {
        PGresult *r = PQexec(d->conn, "ROLLBACK");
        PQclear(r);
    }
}

static int slot_of(db_stmt *s)
{
    int slot = __atomic_load_n(&s->slot, __ATOMIC_ACQUIRE);
    if (slot >= 0)
        return slot;
    int fresh = atomic_fetch_add(&next_slot, 1);
    int expected = -1;
    if (__atomic_compare_exchange_n(&s->slot, &expected, fresh, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        return fresh;
    return expected; /* another thread assigned it first */
}

PGresult *db_exec(db *d, db_stmt *s, int n, const char *const *params, eb_error *e)
{
    int slot = slot_of(s);
    if (slot >= MAX_STATEMENTS) {
        eb_fail(e, EB_INTERNAL, "TOO_MANY_STATEMENTS", "raise MAX_STATEMENTS in store/db.c");
        return NULL;
    }
    if (!d->prepared[slot]) {
        PGresult *p = PQprepare(d->conn, s->name, s->sql, 0, NULL);
        if (PQresultStatus(p) != PGRES_COMMAND_OK) {
            fail_from(d, p, e);
            PQclear(p);
            return NULL;
        }
        PQclear(p);
        d->prepared[slot] = true;
    }
    PGresult *r = PQexecPrepared(d->conn, s->name, n, params, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
        return r;
    fail_from(d, r, e);
    PQclear(r);
    return NULL;
}

const char *db_text(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

int64_t db_int(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? 0 : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

bool db_bool(const PGresult *r, int row, int col)
{
    return !PQgetisnull(r, row, col) && PQgetvalue(r, row, col)[0] == 't';
}
