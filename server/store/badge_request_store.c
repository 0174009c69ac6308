/* Badge requests in PostgreSQL. */
#include "badge_request_store.h"

#include <string.h>

#include "catalog_keys.h"
#include "store_time.h"
#include "store_util.h"
#include "text.h"
#include "vocabulary.h"

static const resource_kind BADGE_REQUEST = {"badge request", "BADGE_REQUEST", "badgeRequests"};

#define REQUEST_SELECT                                                                             \
    "SELECT q.public_id, b.public_id, l.public_id, coalesce(a.public_id, ''), q.narrative,"        \
    " q.evidence_url, q.deny_reason, q.status, " SQL_US("q.created_at") ", " SQL_US("q.updated_at") \
    " FROM badge_requests q JOIN badge_classes b ON b.id = q.badge_class_id"                        \
    " JOIN learners l ON l.id = q.learner_id LEFT JOIN assertions a ON a.id = q.assertion_id "

DB_STMT(request_insert_stmt,
        "INSERT INTO badge_requests (public_id, badge_class_id, learner_id, narrative, evidence_url, status)"
        " SELECT $1, b.id, l.id, $4, $5, 'pending' FROM badge_classes b, learners l"
        " WHERE b.public_id = $2 AND l.public_id = $3");
DB_STMT(request_get_stmt, REQUEST_SELECT "WHERE q.public_id = $1");
DB_STMT(request_list_stmt,
        REQUEST_SELECT "WHERE (CASE WHEN $1 = 'learners' THEN l.public_id ELSE b.public_id END) = $2"
        " AND ($3 = '' OR q.status = $3) AND " CATALOG_AFTER("q", 4, 5) CATALOG_ORDER("q") " LIMIT $6::int");
DB_STMT(request_close_stmt,
        "UPDATE badge_requests SET status = $2, assertion_id = NULLIF($3, '')::int8, deny_reason = $4,"
        " updated_at = clock_timestamp() WHERE public_id = $1 AND status = 'pending'");
DB_STMT(request_withdraw_for_stmt,
        "UPDATE badge_requests q SET status = 'withdrawn', updated_at = clock_timestamp()"
        " FROM badge_classes b, learners l WHERE b.id = q.badge_class_id AND l.id = q.learner_id"
        " AND b.public_id = $1 AND l.public_id = $2 AND q.status = 'pending'");

static void read_row(arena *a, const PGresult *r, int row, void *out)
{
    eb_badge_request *q = out;
#define TEXT(col) store_text(a, r, row, col)
    q->id = TEXT(0);
    q->badge_class_id = TEXT(1);
    q->learner_id = TEXT(2);
    q->assertion_id = TEXT(3);
    q->narrative = TEXT(4);
    q->evidence_url = TEXT(5);
    q->deny_reason = TEXT(6);
    q->status = vocab_number(&VOCAB_BADGE_REQUEST_STATUS, db_text(r, row, 7));
    q->create_time_us = db_int(r, row, 8);
    q->update_time_us = db_int(r, row, 9);
#undef TEXT
}

eb_code badge_request_get(db *d, const char *id, eb_badge_request *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &request_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = store_not_found(e, &BADGE_REQUEST, id);
    else
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code badge_request_insert(db *d, eb_badge_request *q, eb_error *e)
{
    const char *p[] = {q->id, q->badge_class_id, q->learner_id, q->narrative, q->evidence_url};
    PGresult *r = db_exec(d, &request_insert_stmt, 5, p, e);
    if (!r) {
        if (e->code != EB_ALREADY_EXISTS)
            return e->code;
        e->code = EB_OK;
        return eb_fail(e, EB_ALREADY_EXISTS, "REQUEST_PENDING",
                       "learners/%s already has a pending request for badgeClasses/%s", q->learner_id,
                       q->badge_class_id);
    }
    bool written = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    if (!written)
        return eb_fail(e, EB_NOT_FOUND, "LEARNER_NOT_FOUND", "no learner learners/%s", q->learner_id);
    return badge_request_get(d, q->id, q, e);
}

eb_code badge_request_list(db *d, const char *parent_collection, const char *parent_id, int status,
                           const char *after, int limit, eb_badge_request **out, int *n, bool *more,
                           eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return catalog_key_refused(e);
    const char *code = vocab_code(&VOCAB_BADGE_REQUEST_STATUS, status);
    num_param lim;
    const char *p[] = {parent_collection, parent_id, code ? code : "", k.micros, k.id,
                       num_param_of(&lim, limit + 1)};
    return store_read_page(d, &request_list_stmt, 6, p, limit, sizeof **out, read_row, (void **)out, n,
                           more, e);
}

eb_code badge_request_close(db *d, const char *id, int status, const char *assertion_key,
                            const char *deny_reason, eb_badge_request *out, eb_error *e)
{
    const char *p[] = {id, vocab_code(&VOCAB_BADGE_REQUEST_STATUS, status), assertion_key ? assertion_key : "",
                       deny_reason ? deny_reason : ""};
    PGresult *r = db_exec(d, &request_close_stmt, 4, p, e);
    if (!r)
        return e->code;
    bool written = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    if (badge_request_get(d, id, out, e) != EB_OK || written)
        return e->code;
    const char *state = vocab_code(&VOCAB_BADGE_REQUEST_STATUS, out->status);
    return eb_fail(e, EB_FAILED_PRECONDITION, text_reason(e->arena, "REQUEST", state),
                   "badgeRequests/%s is %s, not pending", id, state);
}

eb_code badge_request_withdraw_for(db *d, const char *badge_class_id, const char *learner_id, eb_error *e)
{
    const char *p[] = {badge_class_id, learner_id};
    PGresult *r = db_exec(d, &request_withdraw_for_stmt, 2, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}
