/* API clients and their tokens in PostgreSQL. */
#include "api_client_store.h"

#include <string.h>

#include "catalog_keys.h"
#include "client_secret.h"
#include "ids.h"
#include "staff_store.h"
#include "store_time.h"
#include "store_util.h"

static const resource_kind API_CLIENT = {"API client", "API_CLIENT", "apiClients"};

#define CLIENT_COLUMNS                                                                             \
    "a.public_id, coalesce(i.public_id, ''), a.client_kind, a.display_name, a.created_by,"        \
    " a.disabled_at IS NOT NULL, " SQL_US("a.created_at") ", coalesce(" SQL_US("a.last_seen_at") ", 0)"
#define CLIENT_FROM " FROM accounts a LEFT JOIN institutions i ON i.id = a.institution_id"

DB_STMT(client_institution_stmt, "SELECT sis_integration_enabled FROM institutions WHERE public_id = $1");
DB_STMT(client_insert_stmt,
        "INSERT INTO accounts (public_id, kind, institution_id, display_name, client_kind, secret_hash, created_by)"
        " VALUES ($1, 'client', (SELECT id FROM institutions WHERE public_id = $2), $3, $4, $5, $6)");
DB_STMT(client_get_stmt, "SELECT " CLIENT_COLUMNS CLIENT_FROM " WHERE a.kind = 'client' AND a.public_id = $1");
DB_STMT(client_list_stmt,
        "SELECT " CLIENT_COLUMNS CLIENT_FROM " WHERE a.kind = 'client' AND i.public_id = $1"
        " AND " CATALOG_AFTER("a", 2, 3) CATALOG_ORDER("a") " LIMIT $4::int");
DB_STMT(client_disable_stmt,
        "UPDATE accounts SET disabled_at = coalesce(disabled_at, " SQL_TS(2) ")"
        " WHERE kind = 'client' AND public_id = $1");
DB_STMT(client_tokens_revoke_stmt,
        "UPDATE client_tokens SET revoked_at = " SQL_TS(2) " WHERE revoked_at IS NULL"
        " AND account_id = (SELECT id FROM accounts WHERE public_id = $1)");
/* What allows a client to act: its institution not archived, a SIS's with SIS integration. */
#define CLIENT_INSTITUTION_STATE "i.archived_at IS NOT NULL, coalesce(i.sis_integration_enabled, false)"
DB_STMT(client_secret_stmt,
        "SELECT a.secret_hash, coalesce(" SQL_US("a.locked_until") ", 0), a.client_kind, " CLIENT_INSTITUTION_STATE
        " FROM accounts a LEFT JOIN institutions i ON i.id = a.institution_id"
        " WHERE a.kind = 'client' AND a.public_id = $1 AND a.disabled_at IS NULL FOR UPDATE OF a");
DB_STMT(client_failed_stmt,
        "UPDATE accounts SET failed_secret_attempts = failed_secret_attempts + 1"
        " WHERE kind = 'client' AND public_id = $1 RETURNING failed_secret_attempts");
DB_STMT(client_lock_stmt,
        "UPDATE accounts SET locked_until = " SQL_TS(2) " + $3::int8 * interval '1 second' WHERE public_id = $1");
DB_STMT(client_token_insert_stmt,
        "WITH ok AS (UPDATE accounts SET failed_secret_attempts = 0, locked_until = NULL, last_seen_at = " SQL_TS(4)
        " WHERE kind = 'client' AND public_id = $1 RETURNING id)"
        " INSERT INTO client_tokens (public_id, account_id, secret_hash, created_at, expires_at)"
        " SELECT $2, ok.id, decode($3, 'hex'), " SQL_TS(4) ", " SQL_TS(5) " FROM ok");
DB_STMT(client_token_lookup_stmt,
        "SELECT encode(t.secret_hash, 'hex'), a.public_id, a.display_name, coalesce(i.public_id, ''), a.client_kind,"
        " " SQL_US("t.expires_at") ", " CLIENT_INSTITUTION_STATE
        " FROM client_tokens t JOIN accounts a ON a.id = t.account_id LEFT JOIN institutions i ON i.id = a.institution_id"
        " WHERE t.public_id = $1 AND t.revoked_at IS NULL AND t.expires_at > " SQL_TS(2) " AND a.disabled_at IS NULL");
DB_STMT(client_token_hash_stmt,
        "SELECT encode(t.secret_hash, 'hex'), a.public_id FROM client_tokens t JOIN accounts a ON a.id = t.account_id"
        " WHERE t.public_id = $1");
DB_STMT(client_token_revoke_stmt,
        "UPDATE client_tokens SET revoked_at = coalesce(revoked_at, " SQL_TS(2) ") WHERE public_id = $1");

static void read_row(arena *a, const PGresult *r, int row, void *dst)
{
    eb_api_client *c = dst;
    c->id = store_text(a, r, row, 0);
    c->institution_id = store_text(a, r, row, 1);
    c->kind = client_kind_of_code(db_text(r, row, 2));
    c->display_name = store_text(a, r, row, 3);
    c->created_by = store_text(a, r, row, 4);
    c->disabled = db_bool(r, row, 5);
    c->create_time_us = db_int(r, row, 6);
    c->last_seen_us = db_int(r, row, 7);
}

eb_code api_client_insert(db *d, eb_api_client *c, const char *secret_hash, eb_error *e)
{
    if (*c->institution_id) {
        const char *q[] = {c->institution_id};
        PGresult *r = db_exec(d, &client_institution_stmt, 1, q, e);
        if (!r)
            return e->code;
        bool found = PQntuples(r) == 1, sis = found && db_bool(r, 0, 0);
        PQclear(r);
        if (!found)
            return eb_fail(e, EB_NOT_FOUND, "INSTITUTION_NOT_FOUND", "no institution institutions/%s",
                           c->institution_id);
        if (c->kind == CLIENT_KIND_SIS && !sis)
            return eb_fail(e, EB_FAILED_PRECONDITION, "SIS_INTEGRATION_DISABLED",
                           "institutions/%s has no SIS integration (sis_integration_enabled)", c->institution_id);
    }
    const char *p[] = {c->id, *c->institution_id ? c->institution_id : NULL, c->display_name,
                       client_kind_code(c->kind), secret_hash, c->created_by};
    PGresult *r = db_exec(d, &client_insert_stmt, 6, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return api_client_get(d, c->id, c, e);
}

eb_code api_client_get(db *d, const char *id, eb_api_client *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &client_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = PQntuples(r) == 1 ? EB_OK : store_not_found(e, &API_CLIENT, id);
    if (c == EB_OK)
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code api_client_list(db *d, const char *institution_id, const char *after, int limit, eb_api_client **out,
                        int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return eb_fail(e, EB_INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "the page token is corrupt");
    num_param lim;
    const char *p[] = {institution_id, k.micros, k.id, num_param_of(&lim, limit + 1)};
    return store_read_page(d, &client_list_stmt, 4, p, limit, sizeof **out, read_row, (void **)out, n, more, e);
}

eb_code api_client_disable(db *d, const char *id, int64_t now_us, eb_api_client *out, eb_error *e)
{
    num_param now;
    const char *p[] = {id, num_param_of(&now, now_us)};
    if (db_begin(d, e) != EB_OK)
        return e->code;
    PGresult *r = db_exec(d, &client_disable_stmt, 2, p, e);
    PQclear(r);
    if (r) {
        r = db_exec(d, &client_tokens_revoke_stmt, 2, p, e);
        PQclear(r);
    }
    if (!r) {
        db_rollback(d);
        return e->code;
    }
    return db_commit(d, e) == EB_OK ? api_client_get(d, id, out, e) : e->code;
}

eb_code api_client_secret(db *d, const char *id, client_secret_row *out, eb_error *e)
{
    *out = (client_secret_row){0};
    const char *p[] = {id};
    PGresult *r = db_exec(d, &client_secret_stmt, 1, p, e);
    if (!r)
        return e->code;
    if ((out->found = PQntuples(r) == 1)) {
        out->secret_hash = store_text(e->arena, r, 0, 0);
        out->locked_until_us = db_int(r, 0, 1);
        out->kind = client_kind_of_code(db_text(r, 0, 2));
        out->institution_archived = db_bool(r, 0, 3);
        out->sis_enabled = db_bool(r, 0, 4);
    }
    PQclear(r);
    return EB_OK;
}

eb_code api_client_failed(db *d, const char *id, int64_t now_us, int64_t *lock_seconds, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &client_failed_stmt, 1, p, e);
    if (!r)
        return e->code;
    *lock_seconds = PQntuples(r) ? client_lock_seconds((int)db_int(r, 0, 0)) : 0;
    PQclear(r);
    if (*lock_seconds == 0)
        return EB_OK;
    num_param now, secs;
    const char *q[] = {id, num_param_of(&now, now_us), num_param_of(&secs, *lock_seconds)};
    r = db_exec(d, &client_lock_stmt, 3, q, e);
    PQclear(r);
    return r ? EB_OK : e->code;
}

eb_code api_client_token_issue(db *d, const char *id, const opaque_token *t, int64_t now_us, int64_t expires_us,
                               eb_error *e)
{
    num_param now, exp;
    const char *p[] = {id, t->id, opaque_token_hash_hex(e->arena, t->secret), num_param_of(&now, now_us),
                       num_param_of(&exp, expires_us)};
    PGresult *r = db_exec(d, &client_token_insert_stmt, 5, p, e);
    PQclear(r);
    return r ? EB_OK : e->code;
}

static eb_code invalid_token(eb_error *e)
{
    return eb_fail(e, EB_UNAUTHENTICATED, "INVALID_TOKEN",
                   "the bearer token is not valid (unknown, expired, revoked or wrong)");
}

eb_code api_client_token_check(db *d, const opaque_token *t, int64_t now_us, principal *out, eb_error *e)
{
    num_param now;
    const char *p[] = {t->id, num_param_of(&now, now_us)};
    PGresult *r = db_exec(d, &client_token_lookup_stmt, 2, p, e);
    if (!r)
        return e->code;
    unsigned char stored[OPAQUE_TOKEN_HASH_BYTES] = {0};
    size_t stored_len = 0;
    bool found = PQntuples(r) == 1, archived = false, sis_enabled = false;
    if (found) {
        archived = db_bool(r, 0, 6);
        sis_enabled = db_bool(r, 0, 7);
        stored_len = opaque_token_hash_from_hex(db_text(r, 0, 0), stored);
        const char *inst = db_text(r, 0, 3);
        *out = (principal){.kind = PRINCIPAL_CLIENT,
                           .subject = eb_resource_name(e->arena, "apiClients", db_text(r, 0, 1)),
                           .label = store_text(e->arena, r, 0, 2),
                           .institution_id = *inst ? arena_strdup(e->arena, inst) : NULL,
                           .client_kind = client_kind_of_code(db_text(r, 0, 4)),
                           .client = store_text(e->arena, r, 0, 1),
                           .expires_us = db_int(r, 0, 5)};
    }
    PQclear(r);
    if (!opaque_token_matches(t->secret, stored, stored_len) || !found) { /* compared also when unknown */
        *out = (principal){0};
        return invalid_token(e);
    }
    if (api_client_institution_allows(e, out->client_kind, archived, sis_enabled) != EB_OK) {
        *out = (principal){0};
        return e->code;
    }
    return account_touch(d, out->client, now_us, e);
}

eb_code api_client_token_revoke(db *d, const opaque_token *t, int64_t now_us, const char **client_id, eb_error *e)
{
    const char *p[] = {t->id};
    PGresult *r = db_exec(d, &client_token_hash_stmt, 1, p, e);
    if (!r)
        return e->code;
    unsigned char stored[OPAQUE_TOKEN_HASH_BYTES] = {0};
    size_t stored_len = PQntuples(r) ? opaque_token_hash_from_hex(db_text(r, 0, 0), stored) : 0;
    *client_id = PQntuples(r) ? store_text(e->arena, r, 0, 1) : NULL;
    PQclear(r);
    if (!opaque_token_matches(t->secret, stored, stored_len)) {
        *client_id = NULL;
        return EB_OK; /* unknown or not this token: nothing to revoke, and nothing told */
    }
    num_param now;
    const char *q[] = {t->id, num_param_of(&now, now_us)};
    r = db_exec(d, &client_token_revoke_stmt, 2, q, e);
    PQclear(r);
    return r ? EB_OK : e->code;
}
