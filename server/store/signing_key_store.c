/* Issuer signing keys in PostgreSQL. */
#include "signing_key_store.h"

#include <sodium.h>
#include <string.h>

#include "catalog_keys.h"
#include "store_time.h"
#include "store_util.h"

static const resource_kind SIGNING_KEY = {"signing key", "SIGNING_KEY", "signingKeys"};

#define KEY_SELECT                                                                                 \
    "SELECT k.public_id, i.public_id, k.algorithm, k.state, k.public_key, "                       \
    "encode(k.sealed_private_key, 'hex'), k.master_key_fingerprint, " SQL_US("k.created_at") ", "  \
    "coalesce(" SQL_US("k.superseded_at") ", 0), coalesce(" SQL_US("k.retired_at") ", 0) "         \
    "FROM signing_keys k JOIN issuers i ON i.id = k.issuer_id "

DB_STMT(signing_key_insert_stmt,
        "INSERT INTO signing_keys (public_id, issuer_id, algorithm, public_key, sealed_private_key,"
        " master_key_fingerprint, state, created_at)"
        " SELECT $1, i.id, $3, $4, decode($5, 'hex'), $6, 'active', " SQL_TS(7)
        " FROM issuers i WHERE i.public_id = $2");
DB_STMT(signing_key_get_stmt, KEY_SELECT "WHERE k.public_id = $1");
DB_STMT(signing_key_active_stmt, KEY_SELECT "WHERE i.public_id = $1 AND k.algorithm = $2 AND k.state = 'active'");
DB_STMT(signing_key_list_stmt,
        KEY_SELECT "WHERE i.public_id = $1 AND " CATALOG_AFTER("k", 2, 3) CATALOG_ORDER("k") " LIMIT $4::int");
DB_STMT(signing_key_published_stmt,
        KEY_SELECT "JOIN faculties f ON f.id = i.faculty_id WHERE k.state <> 'retired'"
                   " AND ($1::text IS NULL AND k.algorithm <> 'Ed25519' AND f.visibility = 'public'"
                   " OR i.public_id = $1) ORDER BY k.created_at, k.public_id LIMIT 10000");
DB_STMT(signing_key_supersede_stmt,
        "UPDATE signing_keys k SET state = 'superseded', superseded_at = " SQL_TS(3)
        " FROM issuers i WHERE i.id = k.issuer_id AND i.public_id = $1 AND k.algorithm = $2 AND k.state = 'active'");
DB_STMT(signing_key_retire_stmt,
        "UPDATE signing_keys SET state = 'retired', retired_at = " SQL_TS(2)
        " WHERE public_id = $1 AND state <> 'retired'");
DB_STMT(signing_key_exists_stmt, "SELECT 1 FROM signing_keys WHERE public_id = $1");
DB_STMT(signing_key_other_master_stmt, "SELECT count(*) FROM signing_keys WHERE master_key_fingerprint <> $1");

static void read_row(arena *a, const PGresult *r, int row, void *out)
{
    eb_signing_key *k = out;
    memset(k, 0, sizeof *k);
    k->id = store_text(a, r, row, 0);
    k->issuer_id = store_text(a, r, row, 1);
    k->algorithm = key_algorithm_from_code(db_text(r, row, 2));
    k->state = key_state_from_code(db_text(r, row, 3));
    k->public_key = store_text(a, r, row, 4);
    const char *hex = db_text(r, row, 5);
    size_t n = strlen(hex) / 2;
    k->sealed_private = arena_alloc(a, n ? n : 1);
    sodium_hex2bin(k->sealed_private, n, hex, strlen(hex), NULL, &k->sealed_len, NULL);
    k->master_key_fingerprint = store_text(a, r, row, 6);
    k->create_time_us = db_int(r, row, 7);
    k->supersede_time_us = db_int(r, row, 8);
    k->retire_time_us = db_int(r, row, 9);
}

eb_code signing_key_insert(db *d, const eb_signing_key *k, eb_error *e)
{
    char *hex = arena_alloc(e->arena, 2 * k->sealed_len + 1);
    sodium_bin2hex(hex, 2 * k->sealed_len + 1, k->sealed_private, k->sealed_len);
    num_param created;
    const char *p[] = {k->id, k->issuer_id, key_algorithm_code(k->algorithm), k->public_key, hex,
                       k->master_key_fingerprint, num_param_of(&created, k->create_time_us)};
    PGresult *r = db_exec(d, &signing_key_insert_stmt, 7, p, e);
    if (!r)
        return e->code;
    bool inserted = strcmp(PQcmdTuples(r), "1") == 0;
    PQclear(r);
    return inserted ? EB_OK : eb_fail(e, EB_NOT_FOUND, "ISSUER_NOT_FOUND", "no issuer issuers/%s", k->issuer_id);
}

/* The first row of a one-row query, or NOT_FOUND / *found = false. */
static eb_code read_one(db *d, db_stmt *stmt, int n, const char *const *p, eb_signing_key *out, bool *found,
                        eb_error *e)
{
    PGresult *r = db_exec(d, stmt, n, p, e);
    if (!r)
        return e->code;
    *found = PQntuples(r) > 0;
    if (*found)
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return EB_OK;
}

eb_code signing_key_get(db *d, const char *id, eb_signing_key *out, eb_error *e)
{
    const char *p[] = {id};
    bool found;
    if (read_one(d, &signing_key_get_stmt, 1, p, out, &found, e) != EB_OK)
        return e->code;
    return found ? EB_OK : store_not_found(e, &SIGNING_KEY, id);
}

eb_code signing_key_active(db *d, const char *issuer_id, int algorithm, eb_signing_key *out, bool *found,
                           eb_error *e)
{
    const char *p[] = {issuer_id, key_algorithm_code(algorithm)};
    return read_one(d, &signing_key_active_stmt, 2, p, out, found, e);
}

char *signing_key_page_key(arena *a, const eb_signing_key *k) { return catalog_page_key(a, k->create_time_us, k->id); }

eb_code signing_key_list(db *d, const char *issuer_id, const char *after, int limit, eb_signing_key **out,
                         int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return catalog_key_refused(e);
    num_param lim;
    const char *p[] = {issuer_id, k.micros, k.id, num_param_of(&lim, limit + 1)};
    return store_read_page(d, &signing_key_list_stmt, 4, p, limit, sizeof **out, read_row, (void **)out, n, more,
                           e);
}

eb_code signing_key_published(db *d, const char *issuer_id, eb_signing_key **out, int *n, eb_error *e)
{
    const char *p[] = {issuer_id};
    PGresult *r = db_exec(d, &signing_key_published_stmt, 1, p, e);
    if (!r)
        return e->code;
    *n = PQntuples(r);
    *out = arena_alloc(e->arena, sizeof **out * (size_t)(*n ? *n : 1));
    for (int i = 0; i < *n; i++)
        read_row(e->arena, r, i, &(*out)[i]);
    PQclear(r);
    return EB_OK;
}

eb_code signing_key_supersede(db *d, const char *issuer_id, int algorithm, int64_t now_us, eb_error *e)
{
    num_param now;
    const char *p[] = {issuer_id, key_algorithm_code(algorithm), num_param_of(&now, now_us)};
    PGresult *r = db_exec(d, &signing_key_supersede_stmt, 3, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}

eb_code signing_key_retire(db *d, const char *id, int64_t now_us, eb_signing_key *out, eb_error *e)
{
    num_param now;
    const char *p[] = {id, num_param_of(&now, now_us)};
    PGresult *r = db_exec(d, &signing_key_retire_stmt, 2, p, e);
    if (!r)
        return e->code;
    bool changed = strcmp(PQcmdTuples(r), "1") == 0;
    PQclear(r);
    if (!changed) {
        const char *q[] = {id};
        PGresult *x = db_exec(d, &signing_key_exists_stmt, 1, q, e);
        if (!x)
            return e->code;
        bool exists = PQntuples(x) > 0;
        PQclear(x);
        return exists ? eb_fail(e, EB_FAILED_PRECONDITION, "KEY_ALREADY_RETIRED", "signingKeys/%s is retired", id)
                      : store_not_found(e, &SIGNING_KEY, id);
    }
    return signing_key_get(d, id, out, e);
}

eb_code signing_key_count_other_master(db *d, const char *fingerprint, int64_t *count, eb_error *e)
{
    const char *p[] = {fingerprint};
    PGresult *r = db_exec(d, &signing_key_other_master_stmt, 1, p, e);
    if (!r)
        return e->code;
    *count = db_int(r, 0, 0);
    PQclear(r);
    return EB_OK;
}
