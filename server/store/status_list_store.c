/* Bitstring status lists in PostgreSQL. */
#include "status_list_store.h"

#include <stdlib.h>
#include <string.h>

#include "ids.h"
#include "status_list.h"
#include "store_util.h"

/* Random candidates tried at once for a new entry; a list so full that all of them are
 * taken falls back to counting its free entries. */
#define CANDIDATES 16

DB_STMT(status_entry_get_stmt,
        "SELECT s.public_id, a.status_index FROM assertions a JOIN status_lists s ON s.id = a.status_list_id"
        " WHERE a.public_id = $1");
DB_STMT(status_entry_lock_stmt, "SELECT status_list_id FROM assertions WHERE public_id = $1 FOR UPDATE");
/* One more entry of the issuer's newest list that has room; the row stays locked until
 * commit, so that assignments to the list take turns. */
DB_STMT(status_list_take_stmt,
        "UPDATE status_lists s SET entries_taken = s.entries_taken + 1 FROM issuers i"
        " WHERE i.id = s.issuer_id AND i.public_id = $1 AND s.entries_taken < $2::int"
        " AND s.list_number = (SELECT max(list_number) FROM status_lists x WHERE x.issuer_id = i.id)"
        " RETURNING s.id, s.public_id, s.entries_taken - 1");
/* A new list, unless the newest one visible now has room: a list made by a concurrent
 * call may have become visible since the take above missed it. */
DB_STMT(status_list_new_stmt,
        "INSERT INTO status_lists (public_id, issuer_id, list_number)"
        " SELECT $2, i.id, coalesce((SELECT max(list_number) + 1 FROM status_lists x WHERE x.issuer_id = i.id), 0)"
        " FROM issuers i WHERE i.public_id = $1"
        " AND coalesce((SELECT entries_taken FROM status_lists x WHERE x.issuer_id = i.id"
        " ORDER BY list_number DESC LIMIT 1), $3::int) >= $3::int ON CONFLICT DO NOTHING");
/* The first free one of the candidates ($2, an int array), in their order. */
DB_STMT(status_index_candidate_stmt,
        "SELECT t.c FROM unnest($2::int[]) WITH ORDINALITY AS t (c, n) WHERE NOT EXISTS"
        " (SELECT 1 FROM assertions a WHERE a.status_list_id = $1 AND a.status_index = t.c) ORDER BY t.n LIMIT 1");
/* The free index of rank $3 (from 0) among the list's $2 entries. */
DB_STMT(status_index_free_rank_stmt,
        "SELECT i FROM generate_series(0, $2::int - 1) AS i WHERE NOT EXISTS"
        " (SELECT 1 FROM assertions a WHERE a.status_list_id = $1 AND a.status_index = i) ORDER BY i OFFSET $3 LIMIT 1");
DB_STMT(status_entry_set_stmt, "UPDATE assertions SET status_list_id = $2, status_index = $3 WHERE public_id = $1");
/* The revoked indices in index order (from assertions_status_revoked; an order that ever
 * differed would only cost a signature, not a wrong list). */
DB_STMT(status_list_state_stmt,
        "SELECT i.public_id, k.public_id, s.signed_state, s.signed_document,"
        " (SELECT string_agg(r.status_index::text, ',') FROM (SELECT a.status_index FROM assertions a"
        " WHERE a.status_list_id = s.id AND a.revoked_at IS NOT NULL ORDER BY a.status_index) AS r)"
        " FROM status_lists s JOIN issuers i ON i.id = s.issuer_id"
        " LEFT JOIN signing_keys k ON k.issuer_id = s.issuer_id AND k.algorithm = 'Ed25519' AND k.state = 'active'"
        " WHERE s.public_id = $1");
DB_STMT(status_list_signed_put_stmt,
        "UPDATE status_lists SET signed_state = $2, signed_document = $3 WHERE public_id = $1");

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

/* A random free index of the list (id) whose row this transaction holds, taken_before of
 * its entries being taken: the first free one of random candidates, else (a nearly full
 * list) a random rank among the free ones. Both are uniform over the free entries. */
static eb_code pick_free_index(db *d, const char *list, int64_t taken_before, const char **index, eb_error *e)
{
    char *candidates = arena_alloc(e->arena, CANDIDATES * 12 + 3), *p = candidates;
    *p++ = '{';
    for (int i = 0; i < CANDIDATES; i++)
        p += sprintf(p, "%s%lld", i ? "," : "", (long long)status_list_random_below(STATUS_LIST_ENTRIES));
    strcpy(p, "}");
    const char *q[] = {list, candidates};
    PGresult *r = db_exec(d, &status_index_candidate_stmt, 2, q, e);
    if (r && PQntuples(r) == 0) {
        PQclear(r);
        num_param entries, rank;
        const char *f[] = {list, num_param_of(&entries, STATUS_LIST_ENTRIES),
                           num_param_of(&rank, status_list_random_below(STATUS_LIST_ENTRIES - taken_before))};
        r = db_exec(d, &status_index_free_rank_stmt, 3, f, e);
    }
    if (!r)
        return e->code;
    bool found = PQntuples(r) > 0;
    *index = found ? store_text(e->arena, r, 0, 0) : NULL;
    PQclear(r);
    return found ? EB_OK : eb_fail(e, EB_INTERNAL, "STATUS_LIST_FULL", "status list %s has no free entry", list);
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
            const char *list = store_text(e->arena, r, 0, 0), *picked;
            *list_id = store_text(e->arena, r, 0, 1);
            int64_t taken_before = db_int(r, 0, 2);
            PQclear(r);
            if (pick_free_index(d, list, taken_before, &picked, e) != EB_OK)
                return e->code;
            const char *set[] = {assertion_id, list, picked};
            PGresult *u = db_exec(d, &status_entry_set_stmt, 3, set, e);
            if (!u)
                return e->code;
            PQclear(u);
            *index = strtoll(picked, NULL, 10);
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

static char *nullable_text(arena *a, const PGresult *r, int col)
{
    return PQgetisnull(r, 0, col) ? NULL : store_text(a, r, 0, col);
}

eb_code status_list_state_get(db *d, const char *list_id, status_list_state *out, eb_error *e)
{
    const char *p[] = {list_id};
    PGresult *r = db_exec(d, &status_list_state_stmt, 1, p, e);
    if (!r)
        return e->code;
    if (PQntuples(r) == 0) {
        PQclear(r);
        return eb_fail(e, EB_NOT_FOUND, "STATUS_LIST_NOT_FOUND", "no status list %s", list_id);
    }
    out->issuer_id = store_text(e->arena, r, 0, 0);
    out->active_key_id = nullable_text(e->arena, r, 1);
    out->signed_state = nullable_text(e->arena, r, 2);
    out->signed_document = nullable_text(e->arena, r, 3);
    const char *list = PQgetisnull(r, 0, 4) ? "" : PQgetvalue(r, 0, 4);
    size_t commas = 0;
    for (const char *c = list; *c; c++)
        commas += *c == ',';
    out->revoked = arena_alloc(e->arena, sizeof *out->revoked * (commas + 1));
    out->n_revoked = 0;
    for (char *next = (char *)list; *next; next += *next == ',')
        out->revoked[out->n_revoked++] = strtoll(next, &next, 10);
    PQclear(r);
    return EB_OK;
}

eb_code status_list_signed_put(db *d, const char *list_id, const char *state, const char *document, eb_error *e)
{
    const char *p[] = {list_id, state, document};
    PGresult *r = db_exec(d, &status_list_signed_put_stmt, 3, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}
