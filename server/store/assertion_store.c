/* Assertions in PostgreSQL. */
#include "assertion_store.h"

#include <stdio.h>
#include <string.h>

#include "catalog_keys.h"
#include "store_time.h"
#include "store_util.h"
#include "vocabulary.h"

static const resource_kind ASSERTION = {"assertion", "ASSERTION", "assertions"};

#define ASSERTION_SELECT                                                                           \
    "SELECT a.public_id, b.public_id, coalesce(l.public_id, ''), a.recipient_name, "             \
    SQL_US("a.issued_at") ", coalesce(" SQL_US("a.expires_at") ", 0), "                          \
    "coalesce(" SQL_US("a.revoked_at") ", 0), a.grade, a.narrative, a.evidence_url, a.award_type, " \
    "a.source, a.public, a.revoked_at IS NOT NULL, a.revocation_reason, a.recipient_type, "      \
    "a.recipient_hash, a.recipient_salt, a.acceptance "                                          \
    "FROM assertions a JOIN badge_classes b ON b.id = a.badge_class_id "                         \
    "LEFT JOIN learners l ON l.id = a.learner_id "

DB_STMT(assertion_insert_stmt,
        "INSERT INTO assertions (public_id, badge_class_id, learner_id, recipient_name, issued_at,"
        " expires_at, grade, narrative, evidence_url, award_type, source, recipient_type,"
        " recipient_hash, recipient_salt)"
        " SELECT $1, b.id, l.id, $4, " SQL_TS(5) ", CASE WHEN $6::int8 = 0 THEN NULL ELSE " SQL_TS(6) " END,"
        " $7, $8, $9, $10, $11, $12, $13, $14 FROM badge_classes b, learners l"
        " WHERE b.public_id = $2 AND l.public_id = $3 RETURNING id");
DB_STMT(assertion_get_stmt, ASSERTION_SELECT "WHERE a.public_id = $1");
DB_STMT(assertion_list_stmt,
        ASSERTION_SELECT "WHERE (CASE WHEN $1 = 'learners' THEN l.public_id ELSE b.public_id END) = $2"
        " AND ($3::bool OR a.revoked_at IS NULL)"
        " AND ($4::int8 < 0 OR (a.issued_at, a.public_id) < (" SQL_TS(4) ", $5))"
        " ORDER BY a.issued_at DESC, a.public_id DESC LIMIT $6::int");
DB_STMT(assertion_revoke_stmt,
        "UPDATE assertions SET revoked_at = " SQL_TS(3) ", revocation_reason = $2, updated_at = clock_timestamp()"
        " WHERE public_id = ANY ($1::text[]) AND revoked_at IS NULL");
DB_STMT(assertion_existing_stmt, "SELECT public_id FROM assertions WHERE public_id = ANY ($1::text[])");
DB_STMT(assertion_set_public_stmt,
        "UPDATE assertions a SET public = $3::bool, updated_at = clock_timestamp() FROM learners l"
        " WHERE a.public_id = $1 AND l.id = a.learner_id AND l.public_id = $2");
DB_STMT(assertion_held_stmt,
        "SELECT 1 FROM assertions a JOIN badge_classes b ON b.id = a.badge_class_id JOIN learners l"
        " ON l.id = a.learner_id WHERE b.public_id = $1 AND l.public_id = $2 AND a.revoked_at IS NULL");
DB_STMT(assertion_exists_stmt, "SELECT 1 FROM assertions WHERE public_id = $1");

static void read_row(arena *a, const PGresult *r, int row, void *out)
{
    eb_assertion *as = out;
    memset(as, 0, sizeof *as);
#define TEXT(col) store_text(a, r, row, col)
    as->id = TEXT(0);
    as->badge_class_id = TEXT(1);
    as->learner_id = TEXT(2);
    as->recipient_name = TEXT(3);
    as->issued_us = db_int(r, row, 4);
    as->expires_us = db_int(r, row, 5);
    as->revoked_us = db_int(r, row, 6);
    as->grade = TEXT(7);
    as->narrative = TEXT(8);
    as->evidence_url = TEXT(9);
    as->award_type = vocab_number(&VOCAB_AWARD_TYPE, db_text(r, row, 10));
    as->source = vocab_number(&VOCAB_AWARD_SOURCE, db_text(r, row, 11));
    as->public = db_bool(r, row, 12);
    as->revoked = db_bool(r, row, 13);
    as->revocation_reason = TEXT(14);
    as->recipient_type = TEXT(15);
    as->recipient_hash = TEXT(16);
    as->recipient_salt = TEXT(17);
    as->acceptance = vocab_number(&VOCAB_ACCEPTANCE, db_text(r, row, 18));
#undef TEXT
}

eb_code assertion_insert(db *d, const eb_assertion *as, char **key, eb_error *e)
{
    num_param issued, expires;
    const char *p[] = {as->id, as->badge_class_id, as->learner_id, as->recipient_name,
                       num_param_of(&issued, as->issued_us), num_param_of(&expires, as->expires_us),
                       as->grade, as->narrative, as->evidence_url,
                       vocab_code(&VOCAB_AWARD_TYPE, as->award_type),
                       vocab_code(&VOCAB_AWARD_SOURCE, as->source), as->recipient_type,
                       as->recipient_hash, as->recipient_salt};
    PGresult *r = db_exec(d, &assertion_insert_stmt, 14, p, e);
    if (!r) {
        if (e->code != EB_ALREADY_EXISTS)
            return e->code;
        e->code = EB_OK;
        return eb_fail(e, EB_FAILED_PRECONDITION, "ALREADY_HOLDS_BADGE",
                       "learners/%s already holds badgeClasses/%s (unrevoked)", as->learner_id,
                       as->badge_class_id);
    }
    *key = PQntuples(r) ? arena_strdup(e->arena, PQgetvalue(r, 0, 0)) : NULL;
    PQclear(r);
    return *key ? EB_OK : eb_fail(e, EB_NOT_FOUND, "LEARNER_NOT_FOUND", "no learner learners/%s", as->learner_id);
}

eb_code assertion_get(db *d, const char *id, eb_assertion *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &assertion_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = store_not_found(e, &ASSERTION, id);
    else
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code assertion_held(db *d, const char *badge_class_id, const char *learner_id, bool *held, eb_error *e)
{
    const char *p[] = {badge_class_id, learner_id};
    PGresult *r = db_exec(d, &assertion_held_stmt, 2, p, e);
    if (!r)
        return e->code;
    *held = PQntuples(r) > 0;
    PQclear(r);
    return EB_OK;
}

char *assertion_page_key(arena *a, const eb_assertion *as)
{
    return catalog_page_key(a, as->issued_us, as->id);
}

eb_code assertion_list(db *d, const char *parent_collection, const char *parent_id, bool show_revoked,
                       const char *after, int limit, eb_assertion **out, int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return catalog_key_refused(e);
    num_param lim;
    const char *p[] = {parent_collection, parent_id, bool_param(show_revoked), k.micros, k.id,
                       num_param_of(&lim, limit + 1)};
    return store_read_page(d, &assertion_list_stmt, 6, p, limit, sizeof **out, read_row, (void **)out,
                           n, more, e);
}

eb_code assertion_revoke(db *d, char **ids, size_t n, const char *reason, int64_t now_us,
                         eb_assertion *out, eb_error *e)
{
    const char *list = store_array_literal(e->arena, (const char *const *)ids, n);
    const char *q[] = {list};
    PGresult *r = db_exec(d, &assertion_existing_stmt, 1, q, e);
    if (!r)
        return e->code;
    for (size_t i = 0; i < n; i++) {
        bool found = false;
        for (int k = 0; k < PQntuples(r) && !found; k++)
            found = strcmp(PQgetvalue(r, k, 0), ids[i]) == 0;
        if (!found) {
            PQclear(r);
            return store_not_found(e, &ASSERTION, ids[i]);
        }
    }
    PQclear(r);
    num_param at;
    const char *p[] = {list, reason, num_param_of(&at, now_us)};
    r = db_exec(d, &assertion_revoke_stmt, 3, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    for (size_t i = 0; i < n; i++)
        if (assertion_get(d, ids[i], &out[i], e) != EB_OK)
            return e->code;
    return EB_OK;
}

eb_code assertion_set_public(db *d, const char *id, const char *learner_id, bool public,
                             eb_assertion *out, eb_error *e)
{
    const char *p[] = {id, learner_id, bool_param(public)};
    PGresult *r = db_exec(d, &assertion_set_public_stmt, 3, p, e);
    if (!r)
        return e->code;
    bool written = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    if (!written) {
        const char *q[] = {id};
        r = db_exec(d, &assertion_exists_stmt, 1, q, e);
        if (!r)
            return e->code;
        bool exists = PQntuples(r) > 0;
        PQclear(r);
        if (!exists)
            return store_not_found(e, &ASSERTION, id);
        return eb_fail(e, EB_PERMISSION_DENIED, "NOT_THE_HOLDER",
                       "assertions/%s is not held by learners/%s", id, learner_id);
    }
    return assertion_get(d, id, out, e);
}
