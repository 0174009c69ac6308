/* A database connection of one worker: prepared statements (prepared on first use),
 * transactions, statement timeouts from call deadlines, cancellation and the mapping of
 * PostgreSQL errors onto eb_error codes. Only the store layer sees SQL. */
#ifndef EDUBADGES_DB_H
#define EDUBADGES_DB_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdint.h>

#include "error.h"

typedef struct db db;

/* A statement of a store file; `slot` is assigned on first use. */
typedef struct db_stmt {
    const char *name;
    const char *sql;
    int slot;
} db_stmt;

#define DB_STMT(id, text) static db_stmt id = {#id, text, -1}

db *db_connect(const char *url, int64_t default_timeout_ms, char *err, size_t errlen);
void db_close(db *d);
PGconn *db_conn(db *d);
/* Re-connects when the connection broke; false when the database is unreachable. */
bool db_ensure(db *d);
/* Thread-safe: asks the server to cancel what this connection runs. */
void db_cancel(db *d);
/* Uses min(ms, the default) as statement_timeout for what follows; ms < 0 = the default. */
eb_code db_set_timeout(db *d, int64_t ms, eb_error *e);

/* Transactions nest: a db_begin inside an open one makes a savepoint, and its db_commit
 * or db_rollback releases or rolls back to it; only the outermost level commits. */
eb_code db_begin(db *d, eb_error *e);
eb_code db_commit(db *d, eb_error *e);
void db_rollback(db *d);
/* Rolls back every open level (a no-op outside a transaction). */
void db_rollback_all(db *d);

/* Runs a prepared statement with text parameters (NULL = SQL NULL). Returns the result
 * (PGRES_TUPLES_OK or PGRES_COMMAND_OK; the caller PQclear()s it) or NULL with e set. On a
 * constraint violation, e->reason is the constraint name. */
PGresult *db_exec(db *d, db_stmt *stmt, int n, const char *const *params, eb_error *e);
/* Runs SQL text with no parameters (migrations, administration). */
eb_code db_exec_script(db *d, const char *sql, eb_error *e);

/* Helpers for reading results. */
const char *db_text(const PGresult *r, int row, int col); /* NULL for SQL NULL */
int64_t db_int(const PGresult *r, int row, int col);
bool db_bool(const PGresult *r, int row, int col);

#endif
