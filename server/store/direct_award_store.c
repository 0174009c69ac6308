/* Direct award bundles and direct awards in PostgreSQL. The rows of a bundle go in with one
 * statement from a JSON array; the status of an award is computed as of the call, so that
 * expiry after 82 days and scheduled bundles need no background job. */
#include "direct_award_store.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "catalog_keys.h"
#include "ids.h"
#include "store_time.h"
#include "store_util.h"
#include "vocabulary.h"

static const resource_kind DIRECT_AWARD = {"direct award", "DIRECT_AWARD", "directAwards"};
static const resource_kind BUNDLE = {"direct award bundle", "BUNDLE", "directAwardBundles"};

#define VALIDITY "interval '82 days'"

/* The status as of $1 (microseconds). */
#define STATUS_NOW                                                                                 \
    "CASE WHEN d.status IN ('scheduled', 'unaccepted') AND d.expires_at <= " SQL_TS(1)            \
    " THEN 'expired' WHEN d.status = 'scheduled' AND bu.scheduled_at <= " SQL_TS(1)               \
    " THEN 'unaccepted' ELSE d.status END"

DB_STMT(bundle_insert_stmt,
        "INSERT INTO direct_award_bundles (public_id, badge_class_id, institution_id, identifier_type,"
        " source, scheduled_at, created_by)"
        " SELECT $1, b.id, b.institution_id, $3, $4, CASE WHEN $5::int8 = 0 THEN NULL ELSE " SQL_TS(5) " END, $6"
        " FROM badge_classes b WHERE b.public_id = $2 RETURNING id, " SQL_US("created_at"));
DB_STMT(awards_insert_stmt,
        "INSERT INTO direct_awards (public_id, bundle_id, badge_class_id, recipient, recipient_name,"
        " narrative, evidence_url, grade, status, expires_at)"
        " SELECT r->>0, $1::int8, bu.badge_class_id, r->>1, r->>2, r->>3, r->>4, r->>5,"
        " CASE WHEN bu.scheduled_at > " SQL_TS(3) " THEN 'scheduled' ELSE 'unaccepted' END,"
        " greatest(coalesce(bu.scheduled_at, " SQL_TS(3) "), " SQL_TS(3) ") + " VALIDITY
        " FROM json_array_elements($2::json) r, direct_award_bundles bu WHERE bu.id = $1::int8"
        " ON CONFLICT (badge_class_id, recipient) WHERE status IN ('scheduled', 'unaccepted') DO NOTHING"
        " RETURNING public_id");
/* open awards of the badge class that expired are closed first: they must not block new ones */
DB_STMT(awards_close_expired_stmt,
        "UPDATE direct_awards d SET status = 'expired', updated_at = clock_timestamp()"
        " FROM badge_classes b WHERE b.id = d.badge_class_id AND b.public_id = $1"
        " AND d.status IN ('scheduled', 'unaccepted') AND d.expires_at <= " SQL_TS(2));
DB_STMT(bundle_get_stmt,
        "SELECT bu.public_id, b.public_id, bu.identifier_type, bu.source,"
        " coalesce(" SQL_US("bu.scheduled_at") ", 0), " SQL_US("bu.created_at") ", bu.created_by,"
        " (SELECT coalesce(json_object_agg(s, n), '{}') FROM (SELECT " STATUS_NOW " AS s, count(*) AS n"
        "   FROM direct_awards d WHERE d.bundle_id = bu.id GROUP BY 1) c)"
        " FROM direct_award_bundles bu JOIN badge_classes b ON b.id = bu.badge_class_id"
        " WHERE bu.public_id = $2");
#define AWARD_SELECT                                                                               \
    "SELECT d.public_id, bu.public_id, b.public_id, coalesce(a.public_id, ''), d.recipient,"       \
    " d.recipient_name, d.narrative, d.evidence_url, d.grade, bu.identifier_type, " STATUS_NOW ","  \
    " " SQL_US("d.expires_at") ", " SQL_US("d.created_at")                                          \
    " FROM direct_awards d JOIN direct_award_bundles bu ON bu.id = d.bundle_id"                     \
    " JOIN badge_classes b ON b.id = d.badge_class_id LEFT JOIN assertions a ON a.id = d.assertion_id "
DB_STMT(award_get_stmt, AWARD_SELECT "WHERE d.public_id = $2");
DB_STMT(award_list_stmt,
        AWARD_SELECT "WHERE bu.public_id = $2 AND d.id > coalesce((SELECT id FROM direct_awards WHERE public_id = $3), 0)"
        " ORDER BY d.id LIMIT $4::int");
DB_STMT(award_accept_stmt,
        "UPDATE direct_awards d SET status = 'accepted', assertion_id = $3::int8, updated_at = clock_timestamp()"
        " FROM direct_award_bundles bu WHERE bu.id = d.bundle_id AND d.public_id = $2"
        " AND (" STATUS_NOW ") = 'unaccepted'");
DB_STMT(award_reject_stmt,
        "UPDATE direct_awards d SET status = 'rejected', updated_at = clock_timestamp()"
        " FROM direct_award_bundles bu WHERE bu.id = d.bundle_id AND d.public_id = $2"
        " AND (" STATUS_NOW ") = 'unaccepted'");
DB_STMT(award_withdraw_stmt,
        "UPDATE direct_awards d SET status = 'deleted', updated_at = clock_timestamp()"
        " FROM badge_classes b, learners l WHERE b.id = d.badge_class_id AND b.public_id = $1"
        " AND l.public_id = $2 AND d.status IN ('scheduled', 'unaccepted')"
        " AND (d.recipient = l.email OR d.recipient IN (SELECT eppn FROM learner_accounts WHERE learner_id = l.id))");

static char *rows_json(arena *a, const eb_award_row *rows, size_t n, const row_outcome *out, char **ids)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++) {
        ids[i] = NULL;
        if (out[i].reason)
            continue;
        ids[i] = eb_new_id(a);
        json_array_append_new(arr, json_pack("[ssssss]", ids[i], rows[i].recipient, rows[i].recipient_name,
                                             rows[i].narrative, rows[i].evidence_url, rows[i].grade));
    }
    char *s = json_dumps(arr, JSON_COMPACT);
    char *copy = arena_strdup(a, s);
    free(s);
    json_decref(arr);
    return copy;
}

static int by_id(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

eb_code direct_award_bundle_insert(db *d, eb_bundle *b, const eb_award_row *rows, size_t n,
                                   row_outcome *out, char **ids, int64_t now_us, eb_error *e)
{
    num_param now, scheduled;
    const char *close[] = {b->badge_class_id, num_param_of(&now, now_us)};
    PGresult *r = db_exec(d, &awards_close_expired_stmt, 2, close, e);
    if (!r)
        return e->code;
    PQclear(r);
    const char *p[] = {b->id, b->badge_class_id, vocab_code(&VOCAB_RECIPIENT_IDENTIFIER_TYPE, b->identifier_type),
                       vocab_code(&VOCAB_AWARD_SOURCE, b->source), num_param_of(&scheduled, b->scheduled_us),
                       b->created_by};
    r = db_exec(d, &bundle_insert_stmt, 6, p, e);
    if (!r)
        return e->code;
    char *key = arena_strdup(e->arena, PQgetvalue(r, 0, 0));
    b->create_time_us = db_int(r, 0, 1);
    PQclear(r);
    const char *q[] = {key, rows_json(e->arena, rows, n, out, ids), num_param_of(&now, now_us)};
    r = db_exec(d, &awards_insert_stmt, 3, q, e);
    if (!r)
        return e->code;
    /* the rows the insert skipped met an open award of the same person */
    int made = PQntuples(r);
    char **inserted = (char **)arena_ptrs(e->arena, (size_t)(made ? made : 1));
    for (int i = 0; i < made; i++)
        inserted[i] = arena_strdup(e->arena, PQgetvalue(r, i, 0));
    PQclear(r);
    qsort(inserted, (size_t)made, sizeof *inserted, by_id);
    for (size_t i = 0; i < n; i++) {
        if (!ids[i] || bsearch(&ids[i], inserted, (size_t)made, sizeof *inserted, by_id))
            continue;
        ids[i] = NULL;
        direct_award_row_fail(e->arena, &out[i], "recipient", "OPEN_AWARD_EXISTS",
                              "the recipient has an open direct award of this badge class");
    }
    return EB_OK;
}

static void read_counts(const char *json, int counts[7])
{
    memset(counts, 0, sizeof(int) * 7);
    json_t *obj = json_loads(json, 0, NULL);
    const char *status;
    json_t *value;
    json_object_foreach(obj, status, value) {
        int k = vocab_number(&VOCAB_DIRECT_AWARD_STATUS, status);
        if (k > 0 && k < 7) {
            counts[k] = (int)json_integer_value(value);
            counts[0] += counts[k];
        }
    }
    json_decref(obj);
}

eb_code direct_award_bundle_get(db *d, const char *id, int64_t now_us, eb_bundle *out, eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us), id};
    PGresult *r = db_exec(d, &bundle_get_stmt, 2, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0) {
        c = store_not_found(e, &BUNDLE, id);
    } else {
        out->id = store_text(e->arena, r, 0, 0);
        out->badge_class_id = store_text(e->arena, r, 0, 1);
        out->identifier_type = vocab_number(&VOCAB_RECIPIENT_IDENTIFIER_TYPE, db_text(r, 0, 2));
        out->source = vocab_number(&VOCAB_AWARD_SOURCE, db_text(r, 0, 3));
        out->scheduled_us = db_int(r, 0, 4);
        out->create_time_us = db_int(r, 0, 5);
        out->created_by = store_text(e->arena, r, 0, 6);
        read_counts(db_text(r, 0, 7), out->counts);
    }
    PQclear(r);
    return c;
}

static void read_award(arena *a, const PGresult *r, int row, void *out)
{
    eb_direct_award *da = out;
#define TEXT(col) store_text(a, r, row, col)
    da->id = TEXT(0);
    da->bundle_id = TEXT(1);
    da->badge_class_id = TEXT(2);
    da->assertion_id = TEXT(3);
    da->row = (eb_award_row){TEXT(4), TEXT(5), TEXT(6), TEXT(7), TEXT(8)};
    da->identifier_type = vocab_number(&VOCAB_RECIPIENT_IDENTIFIER_TYPE, db_text(r, row, 9));
    da->status = vocab_number(&VOCAB_DIRECT_AWARD_STATUS, db_text(r, row, 10));
    da->expires_us = db_int(r, row, 11);
    da->create_time_us = db_int(r, row, 12);
#undef TEXT
}

eb_code direct_award_get(db *d, const char *id, int64_t now_us, eb_direct_award *out, eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us), id};
    PGresult *r = db_exec(d, &award_get_stmt, 2, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = store_not_found(e, &DIRECT_AWARD, id);
    else
        read_award(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code direct_award_list(db *d, const char *bundle_id, int64_t now_us, const char *after, int limit,
                          eb_direct_award **out, int *n, bool *more, eb_error *e)
{
    num_param now, lim;
    const char *p[] = {num_param_of(&now, now_us), bundle_id, after, num_param_of(&lim, limit + 1)};
    return store_read_page(d, &award_list_stmt, 4, p, limit, sizeof **out, read_award, (void **)out, n,
                           more, e);
}

/* After a guarded change touched nothing: why the award is not open. */
static eb_code not_open(db *d, const char *id, int64_t now_us, eb_error *e)
{
    eb_direct_award da;
    if (direct_award_get(d, id, now_us, &da, e) != EB_OK)
        return e->code;
    return direct_award_not_open(e, &da);
}

static eb_code guarded(db *d, db_stmt *stmt, int n, const char *const *p, const char *id, int64_t now_us,
                       eb_error *e)
{
    PGresult *r = db_exec(d, stmt, n, p, e);
    if (!r)
        return e->code;
    bool written = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    return written ? EB_OK : not_open(d, id, now_us, e);
}

eb_code direct_award_accept(db *d, const char *id, const char *assertion_key, int64_t now_us, eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us), id, assertion_key};
    return guarded(d, &award_accept_stmt, 3, p, id, now_us, e);
}

eb_code direct_award_reject(db *d, const char *id, int64_t now_us, eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us), id};
    return guarded(d, &award_reject_stmt, 2, p, id, now_us, e);
}

eb_code direct_award_withdraw_for(db *d, const char *badge_class_id, const char *learner_id, eb_error *e)
{
    const char *p[] = {badge_class_id, learner_id};
    PGresult *r = db_exec(d, &award_withdraw_stmt, 2, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}
