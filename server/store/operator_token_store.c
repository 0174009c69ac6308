/* Operator tokens in PostgreSQL. */
#include "operator_token_store.h"

#include <sodium.h>
#include <string.h>

DB_STMT(operator_token_insert,
        "INSERT INTO operator_tokens (public_id, label, secret_hash) VALUES ($1, $2, decode($3, 'hex'))");
DB_STMT(operator_token_lookup,
        "SELECT encode(secret_hash, 'hex'), label FROM operator_tokens"
        " WHERE public_id = $1 AND revoked_at IS NULL");

eb_code operator_token_store(db *d, const operator_token *t, const char *label, eb_error *e)
{
    unsigned char h[OPERATOR_TOKEN_HASH_BYTES];
    char hex[2 * OPERATOR_TOKEN_HASH_BYTES + 1];
    operator_token_hash(t->secret, h);
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    const char *p[] = {t->id, label, hex};
    PGresult *r = db_exec(d, &operator_token_insert, 3, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}

eb_code operator_token_check(db *d, const operator_token *t, principal *out, eb_error *e)
{
    const char *p[] = {t->id};
    PGresult *r = db_exec(d, &operator_token_lookup, 1, p, e);
    if (!r)
        return e->code;
    unsigned char stored[OPERATOR_TOKEN_HASH_BYTES] = {0};
    size_t stored_len = 0;
    bool found = PQntuples(r) == 1;
    if (found) {
        const char *hex = db_text(r, 0, 0);
        sodium_hex2bin(stored, sizeof stored, hex, strlen(hex), NULL, &stored_len, NULL);
        out->kind = PRINCIPAL_OPERATOR;
        out->subject = arena_strdup(e->arena, t->id);
        out->label = arena_strdup(e->arena, db_text(r, 0, 1));
    }
    PQclear(r);
    bool matches = operator_token_matches(t->secret, stored, stored_len); /* also when unknown */
    if (!found || !matches) {
        out->kind = PRINCIPAL_ANONYMOUS;
        return eb_fail(e, EB_UNAUTHENTICATED, "INVALID_TOKEN",
                       "the bearer token is not valid (unknown, revoked or wrong)");
    }
    return EB_OK;
}
