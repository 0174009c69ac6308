/* Operator tokens in PostgreSQL. */
#include "operator_token_store.h"

#include "ids.h"

DB_STMT(operator_token_insert,
        "INSERT INTO operator_tokens (public_id, label, secret_hash) VALUES ($1, $2, decode($3, 'hex'))");
DB_STMT(operator_token_lookup,
        "SELECT encode(secret_hash, 'hex'), label FROM operator_tokens"
        " WHERE public_id = $1 AND revoked_at IS NULL");

eb_code operator_token_store(db *d, const opaque_token *t, const char *label, eb_error *e)
{
    const char *p[] = {t->id, label, opaque_token_hash_hex(e->arena, t->secret)};
    PGresult *r = db_exec(d, &operator_token_insert, 3, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}

eb_code operator_token_check(db *d, const opaque_token *t, principal *out, eb_error *e)
{
    const char *p[] = {t->id};
    PGresult *r = db_exec(d, &operator_token_lookup, 1, p, e);
    if (!r)
        return e->code;
    unsigned char stored[OPAQUE_TOKEN_HASH_BYTES] = {0};
    size_t stored_len = 0;
    bool found = PQntuples(r) == 1;
    if (found) {
        stored_len = opaque_token_hash_from_hex(db_text(r, 0, 0), stored);
        *out = (principal){.kind = PRINCIPAL_OPERATOR, .subject = eb_resource_name(e->arena, "operators", t->id),
                           .label = arena_strdup(e->arena, db_text(r, 0, 1))};
    }
    PQclear(r);
    bool matches = opaque_token_matches(t->secret, stored, stored_len); /* also when unknown */
    if (!found || !matches) {
        *out = (principal){0};
        return eb_fail(e, EB_UNAUTHENTICATED, "INVALID_TOKEN",
                       "the bearer token is not valid (unknown, revoked or wrong)");
    }
    return EB_OK;
}
