/* Learners in PostgreSQL. Accounts and consents are read with the learner as JSON arrays,
 * in one query. */
#include "learner_store.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "store_time.h"
#include "store_util.h"
#include "vocabulary.h"

static const resource_kind LEARNER = {"learner", "LEARNER", "learners"};

DB_STMT(learner_upsert_stmt,
        "INSERT INTO learners (public_id, eduid, email, validated_name) VALUES ($1, $2, $3, NULLIF($4, ''))"
        " ON CONFLICT (eduid) DO UPDATE SET email = EXCLUDED.email, validated_name = EXCLUDED.validated_name,"
        " updated_at = clock_timestamp(), revision = learners.revision + 1 RETURNING id, public_id");
DB_STMT(learner_drop_accounts_stmt,
        "DELETE FROM learner_accounts WHERE learner_id = $2::int8"
        " AND eppn NOT IN (SELECT a->>0 FROM json_array_elements($1::json) a)");
/* An eppn reported for this learner moves here from whoever had it; in eppn order, so
 * that concurrent logins sharing eppns wait for each other instead of colliding. */
DB_STMT(learner_take_accounts_stmt,
        "INSERT INTO learner_accounts (learner_id, eppn, schac_home)"
        " SELECT $2::int8, a->>0, a->>1 FROM json_array_elements($1::json) a ORDER BY a->>0"
        " ON CONFLICT (eppn) DO UPDATE SET learner_id = EXCLUDED.learner_id, schac_home = EXCLUDED.schac_home");
DB_STMT(learner_get_stmt,
        "SELECT l.public_id, l.eduid, l.email, coalesce(l.validated_name, ''), " SQL_US("l.created_at") ", "
        SQL_US("l.updated_at") ", "
        "(SELECT coalesce(json_agg(json_build_array(a.eppn, a.schac_home) ORDER BY a.eppn), '[]')"
        "  FROM learner_accounts a WHERE a.learner_id = l.id), "
        "(SELECT coalesce(json_agg(json_build_array(i.public_id, c.terms_kind, c.terms_version, "
        "   " SQL_US("c.consented_at") ") ORDER BY i.public_id, c.terms_kind), '[]')"
        "  FROM consents c JOIN institutions i ON i.id = c.institution_id WHERE c.learner_id = l.id) "
        "FROM learners l WHERE l.public_id = $1");
DB_STMT(consent_record_stmt,
        "INSERT INTO consents (learner_id, institution_id, terms_kind, terms_version, consented_at)"
        " SELECT l.id, i.id, $3, $4::int, " SQL_TS(5) " FROM learners l, institutions i"
        " WHERE l.public_id = $1 AND i.public_id = $2"
        " ON CONFLICT (learner_id, institution_id, terms_kind) DO UPDATE"
        " SET terms_version = EXCLUDED.terms_version, consented_at = EXCLUDED.consented_at");
DB_STMT(institution_exists_stmt, "SELECT 1 FROM institutions WHERE public_id = $1");

static char *accounts_json(arena *a, const eb_learner *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n_accounts; i++)
        json_array_append_new(arr, json_pack("[ss]", l->accounts[i].eppn, l->accounts[i].schac_home));
    char *s = json_dumps(arr, JSON_COMPACT);
    char *copy = arena_strdup(a, s);
    free(s);
    json_decref(arr);
    return copy;
}

static eb_code run(db *d, db_stmt *stmt, int n, const char *const *p, eb_error *e)
{
    PGresult *r = db_exec(d, stmt, n, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}

eb_code learner_upsert(db *d, eb_learner *l, eb_error *e)
{
    if (db_begin(d, e) != EB_OK)
        return e->code;
    const char *p[] = {l->id, l->eduid, l->email, l->validated_name};
    PGresult *r = db_exec(d, &learner_upsert_stmt, 4, p, e);
    if (!r)
        return e->code;
    char *key = arena_strdup(e->arena, PQgetvalue(r, 0, 0));
    l->id = arena_strdup(e->arena, PQgetvalue(r, 0, 1));
    PQclear(r);
    const char *accounts[] = {accounts_json(e->arena, l), key};
    if (run(d, &learner_drop_accounts_stmt, 2, accounts, e) != EB_OK ||
        run(d, &learner_take_accounts_stmt, 2, accounts, e) != EB_OK || db_commit(d, e) != EB_OK)
        return e->code;
    return learner_get(d, l->id, l, e);
}

static void read_learner(arena *a, const PGresult *r, eb_learner *l)
{
    memset(l, 0, sizeof *l);
    l->id = store_text(a, r, 0, 0);
    l->eduid = store_text(a, r, 0, 1);
    l->email = store_text(a, r, 0, 2);
    l->validated_name = store_text(a, r, 0, 3);
    l->create_time_us = db_int(r, 0, 4);
    l->update_time_us = db_int(r, 0, 5);
    json_t *acc = json_loads(db_text(r, 0, 6), 0, NULL), *con = json_loads(db_text(r, 0, 7), 0, NULL);
    l->n_accounts = json_array_size(acc);
    l->accounts = arena_alloc(a, sizeof *l->accounts * (l->n_accounts ? l->n_accounts : 1));
    for (size_t i = 0; i < l->n_accounts; i++) {
        json_t *x = json_array_get(acc, i);
        l->accounts[i].eppn = arena_strdup(a, json_string_value(json_array_get(x, 0)));
        l->accounts[i].schac_home = arena_strdup(a, json_string_value(json_array_get(x, 1)));
    }
    l->n_consents = json_array_size(con);
    l->consents = arena_alloc(a, sizeof *l->consents * (l->n_consents ? l->n_consents : 1));
    for (size_t i = 0; i < l->n_consents; i++) {
        json_t *x = json_array_get(con, i);
        l->consents[i].institution_id = arena_strdup(a, json_string_value(json_array_get(x, 0)));
        l->consents[i].terms_kind = vocab_number(&VOCAB_TERMS_KIND, json_string_value(json_array_get(x, 1)));
        l->consents[i].terms_version = (int)json_integer_value(json_array_get(x, 2));
        l->consents[i].consent_time_us = (int64_t)json_integer_value(json_array_get(x, 3));
    }
    json_decref(acc);
    json_decref(con);
}

eb_code learner_get(db *d, const char *id, eb_learner *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &learner_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = store_not_found(e, &LEARNER, id);
    else
        read_learner(e->arena, r, out);
    PQclear(r);
    return c;
}

eb_code consent_record(db *d, const char *learner_id, eb_consent *c, eb_error *e)
{
    num_param version, at;
    const char *p[] = {learner_id, c->institution_id, vocab_code(&VOCAB_TERMS_KIND, c->terms_kind),
                       num_param_of(&version, c->terms_version), num_param_of(&at, c->consent_time_us)};
    PGresult *r = db_exec(d, &consent_record_stmt, 5, p, e);
    if (!r)
        return e->code;
    bool written = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    if (written)
        return EB_OK;
    const char *q[] = {c->institution_id};
    r = db_exec(d, &institution_exists_stmt, 1, q, e);
    if (!r)
        return e->code;
    bool institution = PQntuples(r) > 0;
    PQclear(r);
    if (!institution)
        return eb_fail(e, EB_NOT_FOUND, "INSTITUTION_NOT_FOUND", "no institution institutions/%s", c->institution_id);
    return store_not_found(e, &LEARNER, learner_id);
}
