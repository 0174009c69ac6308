/* Staff accounts and learners as principals in PostgreSQL. */
#include "staff_store.h"

#include <string.h>

#include "ids.h"
#include "invitation_store.h"
#include "store_time.h"
#include "store_util.h"

DB_STMT(institution_of_domain_stmt,
        "SELECT i.public_id FROM institution_domains d JOIN institutions i ON i.id = d.institution_id"
        " WHERE d.domain = $1 AND i.archived_at IS NULL");
DB_STMT(staff_account_stmt,
        "SELECT a.public_id, i.public_id, a.disabled_at IS NOT NULL FROM accounts a"
        " JOIN institutions i ON i.id = a.institution_id"
        " WHERE a.kind = 'staff' AND a.oidc_issuer = $1 AND a.oidc_subject = $2");
DB_STMT(staff_insert_stmt,
        "INSERT INTO accounts (public_id, kind, institution_id, display_name, oidc_issuer, oidc_subject, email,"
        " created_by, last_seen_at)"
        " SELECT $1, 'staff', i.id, $3, $4, $5, $6, 'staff/' || $1, " SQL_TS(7)
        " FROM institutions i WHERE i.public_id = $2");
DB_STMT(staff_refresh_stmt,
        "UPDATE accounts SET display_name = $2, email = $3, last_seen_at = " SQL_TS(4) " WHERE public_id = $1");
DB_STMT(staff_list_stmt,
        "SELECT a.public_id, i.public_id, a.display_name, coalesce(a.email, ''), " SQL_US("a.created_at") ","
        " coalesce(" SQL_US("a.last_seen_at") ", 0), lower(a.display_name) || ' ' || a.public_id"
        " FROM accounts a JOIN institutions i ON i.id = a.institution_id"
        " WHERE a.kind = 'staff' AND i.public_id = $1 AND a.disabled_at IS NULL"
        " AND lower(a.display_name) || ' ' || a.public_id > $2"
        " ORDER BY lower(a.display_name) || ' ' || a.public_id LIMIT $3::int");
DB_STMT(staff_email_stmt, "SELECT email FROM accounts WHERE kind = 'staff' AND public_id = $1 AND email IS NOT NULL");
DB_STMT(learner_of_eduid_stmt, "SELECT public_id FROM learners WHERE eduid = $1");
DB_STMT(account_touch_stmt,
        "UPDATE accounts SET last_seen_at = " SQL_TS(2) " WHERE public_id = $1"
        " AND (last_seen_at IS NULL OR last_seen_at < " SQL_TS(2) " - interval '1 minute')");

/* The one value of a one-column statement; *out NULL when no row. */
static eb_code one_text(db *d, db_stmt *s, int n, const char *const *p, const char **out, eb_error *e)
{
    PGresult *r = db_exec(d, s, n, p, e);
    if (!r)
        return e->code;
    *out = PQntuples(r) ? arena_strdup(e->arena, db_text(r, 0, 0)) : NULL;
    PQclear(r);
    return EB_OK;
}

/* The account of the claims: found (*id set), or made when an invitation waits. */
static eb_code find_or_make(db *d, const oidc_claims *c, const char *institution_id, int64_t now_us, char **id,
                            eb_error *e)
{
    const char *p[] = {c->issuer, c->subject};
    PGresult *r = db_exec(d, &staff_account_stmt, 2, p, e);
    if (!r)
        return e->code;
    eb_code code = EB_OK;
    if (PQntuples(r) == 1) {
        *id = arena_strdup(e->arena, db_text(r, 0, 0));
        if (strcmp(db_text(r, 0, 1), institution_id) != 0)
            code = eb_fail(e, EB_PERMISSION_DENIED, "OTHER_INSTITUTION",
                           "this staff account belongs to another institution than %s", c->schac_home);
        else if (db_bool(r, 0, 2))
            code = eb_fail(e, EB_PERMISSION_DENIED, "ACCOUNT_DISABLED", "this staff account is disabled");
        PQclear(r);
        num_param now;
        const char *q[] = {*id, c->display_name, c->email, num_param_of(&now, now_us)};
        if (code == EB_OK && (r = db_exec(d, &staff_refresh_stmt, 4, q, e)))
            PQclear(r);
        return code != EB_OK ? code : e->code;
    }
    PQclear(r);
    bool invited = false;
    if (c->email && invitation_waiting(d, c->email, institution_id, now_us, &invited, e) != EB_OK)
        return e->code;
    if (!invited)
        return eb_fail(e, EB_PERMISSION_DENIED, "NOT_INVITED",
                       "no invitation waits for %s at %s; ask an admin of the institution to invite you",
                       c->email ? c->email : "a token without an e-mail address", c->schac_home);
    *id = eb_new_id(e->arena);
    num_param now;
    const char *q[] = {*id, institution_id, c->display_name, c->issuer, c->subject, c->email,
                       num_param_of(&now, now_us)};
    if (!(r = db_exec(d, &staff_insert_stmt, 7, q, e)))
        return e->code;
    PQclear(r);
    return EB_OK;
}

eb_code staff_login(db *d, const oidc_claims *c, const eb_audit_event *audit, int64_t now_us, principal *out,
                    eb_error *e)
{
    const char *institution_id = NULL;
    const char *p[] = {c->schac_home};
    if (one_text(d, &institution_of_domain_stmt, 1, p, &institution_id, e) != EB_OK)
        return e->code;
    if (!institution_id)
        return eb_fail(e, EB_PERMISSION_DENIED, "UNKNOWN_INSTITUTION",
                       "no institution uses the schac_home_organization %s", c->schac_home);
    char *id = NULL;
    int taken = 0;
    if (db_begin(d, e) != EB_OK)
        return e->code;
    if (find_or_make(d, c, institution_id, now_us, &id, e) != EB_OK ||
        (c->email && invitation_take_up(d, id, c->email, institution_id, audit, now_us, &taken, e) != EB_OK) ||
        db_commit(d, e) != EB_OK) {
        db_rollback(d);
        return e->code;
    }
    *out = (principal){.kind = PRINCIPAL_STAFF, .subject = eb_resource_name(e->arena, "staff", id),
                       .label = c->person_name, .institution_id = institution_id, .mfa = c->mfa,
                       .client = c->azp, .expires_us = c->expires_s * 1000000};
    return EB_OK;
}

static void read_member(arena *a, const PGresult *r, int row, void *dst)
{
    eb_staff_member *m = dst;
    m->id = store_text(a, r, row, 0);
    m->institution_id = store_text(a, r, row, 1);
    m->display_name = store_text(a, r, row, 2);
    m->email = store_text(a, r, row, 3);
    m->create_time_us = db_int(r, row, 4);
    m->last_seen_us = db_int(r, row, 5);
    m->sort_key = store_text(a, r, row, 6);
}

eb_code staff_list(db *d, const char *institution_id, const char *after, int limit, eb_staff_member **out, int *n,
                   bool *more, eb_error *e)
{
    num_param lim;
    const char *p[] = {institution_id, after, num_param_of(&lim, limit + 1)};
    return store_read_page(d, &staff_list_stmt, 3, p, limit, sizeof **out, read_member, (void **)out, n, more, e);
}

eb_code staff_email(db *d, const char *account_id, const char **out, eb_error *e)
{
    const char *p[] = {account_id};
    return one_text(d, &staff_email_stmt, 1, p, out, e);
}

eb_code learner_of_eduid(db *d, const char *eduid, const char **out, eb_error *e)
{
    const char *p[] = {eduid};
    return one_text(d, &learner_of_eduid_stmt, 1, p, out, e);
}

eb_code account_touch(db *d, const char *account_id, int64_t now_us, eb_error *e)
{
    num_param now;
    const char *p[] = {account_id, num_param_of(&now, now_us)};
    PGresult *r = db_exec(d, &account_touch_stmt, 2, p, e);
    PQclear(r);
    return r ? EB_OK : e->code;
}
