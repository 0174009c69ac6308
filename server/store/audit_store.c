/* The audit trail in PostgreSQL. */
#include "audit_store.h"

#include "catalog_keys.h"
#include "store_time.h"
#include "store_util.h"

DB_STMT(audit_insert_stmt,
        "INSERT INTO audit_events (public_id, occurred_at, institution, actor, actor_label, client, method,"
        " resource, summary, request_id, peer) VALUES ($1, " SQL_TS(2) ", $3, $4, $5, $6, $7, $8, $9, $10, $11)");
DB_STMT(audit_list_stmt,
        "SELECT public_id, institution, actor, actor_label, client, method, resource, summary, request_id, peer,"
        " " SQL_US("occurred_at") " FROM audit_events WHERE institution = $1 AND ($2 = '' OR actor = $2)"
        " AND ($3 = '' OR resource = $3) AND ($4::int8 < 0 OR (occurred_at, public_id) < (" SQL_TS(4) ", $5))"
        " ORDER BY occurred_at DESC, public_id DESC LIMIT $6::int");

eb_code audit_append(db *d, const eb_audit_event *ev, int64_t now_us, eb_error *e)
{
    num_param now;
    const char *p[] = {ev->id, num_param_of(&now, now_us), ev->institution_id, ev->actor, ev->actor_label,
                       ev->client, ev->method, ev->resource, ev->summary, ev->request_id, ev->peer};
    PGresult *r = db_exec(d, &audit_insert_stmt, 11, p, e);
    PQclear(r);
    return r ? EB_OK : e->code;
}

static void read_row(arena *a, const PGresult *r, int row, void *dst)
{
    eb_audit_event *ev = dst;
    ev->id = store_text(a, r, row, 0);
    ev->institution_id = store_text(a, r, row, 1);
    ev->actor = store_text(a, r, row, 2);
    ev->actor_label = store_text(a, r, row, 3);
    ev->client = store_text(a, r, row, 4);
    ev->method = store_text(a, r, row, 5);
    ev->resource = store_text(a, r, row, 6);
    ev->summary = store_text(a, r, row, 7);
    ev->request_id = store_text(a, r, row, 8);
    ev->peer = store_text(a, r, row, 9);
    ev->occur_us = db_int(r, row, 10);
}

eb_code audit_list(db *d, const char *institution_id, const char *actor, const char *resource, const char *after,
                   int limit, eb_audit_event **out, int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return eb_fail(e, EB_INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "the page token is corrupt");
    num_param lim;
    const char *p[] = {institution_id, actor, resource, k.micros, k.id, num_param_of(&lim, limit + 1)};
    return store_read_page(d, &audit_list_stmt, 6, p, limit, sizeof **out, read_row, (void **)out, n, more, e);
}
