/* The migration runner. */
#include "migrate.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIGRATION_LOCK_KEY "7306357935063131237" /* any constant shared by all servers */

DB_STMT(migration_lock, "SELECT pg_advisory_xact_lock(" MIGRATION_LOCK_KEY ")");
DB_STMT(migration_applied, "SELECT version, name, checksum FROM schema_migrations ORDER BY version");
DB_STMT(migration_record,
        "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1::int, $2, $3)");

static const char create_table[] =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version int PRIMARY KEY,"
    " name text NOT NULL,"
    " checksum text NOT NULL,"
    " applied_at timestamptz NOT NULL DEFAULT now())";

/* The version of "NNNN_name.sql", or -1 when the name has another form. */
static int version_of(const char *name)
{
    size_t n = strlen(name);
    if (n < 10 || strcmp(name + n - 4, ".sql") != 0 || name[4] != '_')
        return -1;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)name[i]))
            return -1;
    return atoi(name);
}

static void checksum(const struct embedded_file *f, char out[65])
{
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, f->data, f->size);
    sodium_bin2hex(out, 65, h, sizeof h);
}

static const struct embedded_file *find_version(const struct embedded_file *files, size_t n, int v)
{
    for (size_t i = 0; i < n; i++)
        if (version_of(files[i].name) == v)
            return &files[i];
    return NULL;
}

static eb_code check_names(const struct embedded_file *files, size_t n, eb_error *e)
{
    int last = 0;
    for (size_t i = 0; i < n; i++) {
        int v = version_of(files[i].name);
        if (v <= 0)
            return eb_fail(e, EB_FAILED_PRECONDITION, "MIGRATION_NAME",
                           "migration file %s is not named NNNN_name.sql", files[i].name);
        if (v <= last)
            return eb_fail(e, EB_FAILED_PRECONDITION, "MIGRATION_ORDER",
                           "migration %s repeats or precedes version %04d", files[i].name, last);
        last = v;
    }
    return EB_OK;
}

/* Checks the applied migrations against the files; returns the highest applied version. */
static int check_applied(const PGresult *r, const struct embedded_file *files, size_t n, eb_error *e)
{
    int highest = 0;
    for (int row = 0; row < PQntuples(r); row++) {
        int v = (int)db_int(r, row, 0);
        const struct embedded_file *f = find_version(files, n, v);
        if (!f) {
            eb_fail(e, EB_FAILED_PRECONDITION, "MIGRATION_UNKNOWN",
                    "the database has migration %s, which this build does not have; run a newer build",
                    db_text(r, row, 1));
            return -1;
        }
        char sum[65];
        checksum(f, sum);
        if (strcmp(sum, db_text(r, row, 2)) != 0) {
            eb_fail(e, EB_FAILED_PRECONDITION, "MIGRATION_EDITED",
                    "migration %s was changed after it was applied; migrations are forward-only: "
                    "restore it and add a new migration instead", f->name);
            return -1;
        }
        highest = v;
    }
    return highest;
}

static eb_code apply_pending(db *d, const struct embedded_file *files, size_t n, int highest,
                             int *applied, eb_error *e)
{
    for (size_t i = 0; i < n; i++) {
        int v = version_of(files[i].name);
        if (v <= highest) /* applied: check_applied and the order check saw to that */
            continue;
        if (db_exec_script(d, (const char *)files[i].data, e) != EB_OK) {
            e->message = arena_sprintf(e->arena, "migration %s failed: %s", files[i].name, e->message);
            return e->code;
        }
        char version[16], sum[65];
        snprintf(version, sizeof version, "%d", v);
        checksum(&files[i], sum);
        const char *params[] = {version, files[i].name, sum};
        PGresult *r = db_exec(d, &migration_record, 3, params, e);
        if (!r)
            return e->code;
        PQclear(r);
        (*applied)++;
    }
    return EB_OK;
}

eb_code migrate(db *d, const struct embedded_file *files, size_t n, int *applied, eb_error *e)
{
    *applied = 0;
    if (check_names(files, n, e) != EB_OK)
        return e->code;
    if (db_begin(d, e) != EB_OK)
        return e->code;
    PGresult *r = db_exec(d, &migration_lock, 0, NULL, e);
    if (r) {
        PQclear(r);
        r = NULL;
        if (db_exec_script(d, create_table, e) == EB_OK)
            r = db_exec(d, &migration_applied, 0, NULL, e);
    }
    if (!r) {
        db_rollback(d);
        return e->code;
    }
    int highest = check_applied(r, files, n, e);
    if (highest >= 0) {
        for (size_t i = 0; i < n; i++) {
            int v = version_of(files[i].name);
            bool recorded = false;
            for (int row = 0; row < PQntuples(r) && !recorded; row++)
                recorded = db_int(r, row, 0) == v;
            if (!recorded && v < highest) {
                eb_fail(e, EB_FAILED_PRECONDITION, "MIGRATION_ORDER",
                        "migration %s is older than the newest applied one; give it a higher number",
                        files[i].name);
                highest = -1;
                break;
            }
        }
    }
    PQclear(r);
    if (highest < 0 || apply_pending(d, files, n, highest, applied, e) != EB_OK ||
        db_commit(d, e) != EB_OK) {
        db_rollback(d);
        *applied = 0;
        return e->code;
    }
    return EB_OK;
}
