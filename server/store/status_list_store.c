/* Bitstring status lists in PostgreSQL. */
#include "status_list_store.h"

#include <string.h>

#include "ids.h"
#include "status_list.h"
#include "store_util.h"

DB_STMT(status_entry_get_stmt,
        "SELECT s.public_id, a.status_index FROM assertions a JOIN status_lists s ON s.id = a.status_list_id"
        " WHERE a.public_id = $1");
DB_STMT(status_entry_lock_stmt, "SELECT status_list_id FROM assertions WHERE public_id = $1 FOR UPDATE");
/* The next index of the issuer's newest list that has room. */
DB_STMT(status_list_take_stmt,
        "UPDATE status_lists s SET next_index = s.next_index + 1 FROM issuers i"
        " WHERE i.id = s.issuer_id AND i.public_id = $1 AND s.next_index < $2::int"
        " AND s.list_number = (SELECT max(list_number) FROM status_lists x WHERE x.issuer_id = i.id)"
        " RETURNING s.id, s.public_id, s.next_index - 1");
/* A new list, unless the newest one visible now has room: a list made by a concurrent
 * call may have become visible since the take above missed it. */
DB_STMT(status_list_new_stmt,
        "INSERT INTO status_lists (public_id, issuer_id, list_number)"
        " SELECT $2, i.id, coalesce((SELECT max(list_number) + 1 FROM status_lists x WHERE x.issuer_id = i.id), 0)"
        " FROM issuers i WHERE i.public_id = $1"
        " AND coalesce((SELECT next_index FROM status_lists x WHERE x.issuer_id = i.id"
        " ORDER BY list_number DESC LIMIT 1), $3::int) >= $3::int ON CONFLICT DO NOTHING");
DB_STMT(status_entry_set_stmt, "UPDATE assertions SET status_list_id = $2, status_index = $3 WHERE public_id = $1");
DB_STMT(status_list_revoked_stmt,
        "SELECT i.public_id, a.status_index FROM status_lists s JOIN issuers i ON i.id = s.issuer_id"
        " LEFT JOIN assertions a ON a.status_list_id = s.id AND a.revoked_at IS NOT NULL"
        " WHERE s.public_id = $1");

static bool read_entry(arena *a, PGresult *r, char **list_id, int64_t *index)
{
    bool found = PQntuples(r) > 0;
    if (found) {
        *list_id = store_text(a, r, 0, 0);
        *index = db_int(r, 0, 1);
    }
    PQclear(r);
    return found;
}

/* Inside a transaction: lock the assertion row, take an index, record it. */
static eb_code assign(db *d, const char *assertion_id, const char *issuer_id, char **list_id, int64_t *index,
                      eb_error *e)
{
    const char *p[] = {assertion_id};
    PGresult *r = db_exec(d, &status_entry_lock_stmt, 1, p, e);
    if (!r)
        return e->code;
    bool exists = PQntuples(r) > 0, assigned = exists && !PQgetisnull(r, 0, 0);
    PQclear(r);
    if (!exists)
        return eb_fail(e, EB_NOT_FOUND, "ASSERTION_NOT_FOUND", "no assertion assertions/%s", assertion_id);
    if (assigned) { /* a concurrent call assigned it first */
        r = db_exec(d, &status_entry_get_stmt, 1, p, e);
        return r && read_entry(e->arena, r, list_id, index) ? EB_OK : e->code;
    }
    num_param size;
    const char *take[] = {issuer_id, num_param_of(&size, STATUS_LIST_ENTRIES)};
    for (int attempt = 0; attempt < 3; attempt++) {
        r = db_exec(d, &status_list_take_stmt, 2, take, e);
        if (!r)
            return e->code;
        if (PQntuples(r) > 0) {
            const char *set[] = {assertion_id, PQgetvalue(r, 0, 0), PQgetvalue(r, 0, 2)};
            *list_id = store_text(e->arena, r, 0, 1);
            *index = db_int(r, 0, 2);
            PGresult *u = db_exec(d, &status_entry_set_stmt, 3, set, e);
            PQclear(r);
            if (!u)
                return e->code;
            PQclear(u);
            return EB_OK;
        }
        PQclear(r);
        const char *q[] = {issuer_id, eb_new_id(e->arena), take[1]};
        if (!(r = db_exec(d, &status_list_new_stmt, 3, q, e)))
            return e->code;
        PQclear(r);
    }
    return eb_fail(e, EB_INTERNAL, "STATUS_LIST_FULL", "no status list entry could be taken");
}

eb_code status_entry_get_or_assign(db *d, const char *assertion_id, const char *issuer_id, char **list_id,
                                   int64_t *index, eb_error *e)
{
    const char *p[] = {assertion_id};
    PGresult *r = db_exec(d, &status_entry_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    if (read_entry(e->arena, r, list_id, index))
        return EB_OK;
    if (db_begin(d, e) != EB_OK)
        return e->code;
    if (assign(d, assertion_id, issuer_id, list_id, index, e) != EB_OK) {
        db_rollback(d);
        return e->code;
    }
    return db_commit(d, e);
}

eb_code status_list_revoked(db *d, const char *list_id, char **issuer_id, int64_t **indices, size_t *n,
                            eb_error *e)
{
    const char *p[] = {list_id};
    PGresult *r = db_exec(d, &status_list_revoked_stmt, 1, p, e);
    if (!r)
        return e->code;
    int rows = PQntuples(r);
    *indices = arena_alloc(e->arena, sizeof **indices * (size_t)(rows ? rows : 1));
    *n = 0;
    *issuer_id = rows ? store_text(e->arena, r, 0, 0) : NULL;
    for (int i = 0; i < rows; i++)
        if (!PQgetisnull(r, i, 1))
            (*indices)[(*n)++] = db_int(r, i, 1);
    PQclear(r);
    if (rows == 0)
        return eb_fail(e, EB_NOT_FOUND, "STATUS_LIST_NOT_FOUND", "no status list %s", list_id);
    return EB_OK;
}
