/* The first results of retried bulk awards. */
#include "award_request_store.h"

#include <sodium.h>
#include <string.h>

DB_STMT(award_request_find_stmt,
        "SELECT request_hash, encode(response, 'hex') FROM award_requests WHERE caller = $1 AND request_id = $2");
/* the two-key form: its key space is apart from the one-key locks (the migration lock) */
DB_STMT(award_request_lock_stmt,
        "SELECT pg_advisory_xact_lock(hashtext('award_requests'), hashtext($1 || chr(10) || $2))");
DB_STMT(award_request_save_stmt,
        "INSERT INTO award_requests (caller, request_id, request_hash, bundle_id, response)"
        " SELECT $1, $2, $3, id, decode($5, 'hex') FROM direct_award_bundles WHERE public_id = $4");

eb_code award_request_find(db *d, const char *caller, const char *request_id, stored_response *out,
                           eb_error *e)
{
    const char *p[] = {caller, request_id};
    PGresult *r = db_exec(d, &award_request_find_stmt, 2, p, e);
    if (!r)
        return e->code;
    out->found = PQntuples(r) > 0;
    if (out->found) {
        out->request_hash = arena_strdup(e->arena, PQgetvalue(r, 0, 0));
        const char *hex = PQgetvalue(r, 0, 1);
        size_t hex_len = strlen(hex);
        out->bytes = arena_alloc(e->arena, hex_len / 2 + 1);
        sodium_hex2bin(out->bytes, hex_len / 2 + 1, hex, hex_len, NULL, &out->len, NULL);
    }
    PQclear(r);
    return EB_OK;
}

eb_code award_request_lock(db *d, const char *caller, const char *request_id, eb_error *e)
{
    const char *p[] = {caller, request_id};
    PGresult *r = db_exec(d, &award_request_lock_stmt, 2, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}

eb_code award_request_save(db *d, const char *caller, const char *request_id, const char *request_hash,
                           const char *bundle_id, const uint8_t *bytes, size_t len, eb_error *e)
{
    char *hex = arena_alloc(e->arena, len * 2 + 1);
    sodium_bin2hex(hex, len * 2 + 1, bytes, len);
    const char *p[] = {caller, request_id, request_hash, bundle_id, hex};
    PGresult *r = db_exec(d, &award_request_save_stmt, 5, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}
