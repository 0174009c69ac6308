/* Invitations in PostgreSQL. */
#include "invitation_store.h"

#include <string.h>

#include "audit_store.h"
#include "catalog_keys.h"
#include "ids.h"
#include "membership_store.h"
#include "node_tree.h"
#include "store_time.h"
#include "store_util.h"

static const resource_kind INVITATION = {"invitation", "INVITATION", "invitations"};

/* The state (edubadges.v1.Invitation.State) as of parameter $n (microseconds). One closed
 * when it had already expired (by a new invitation for its address and node) stays expired. */
#define STATE_AT(n)                                                                                \
    "CASE WHEN v.accepted_at IS NOT NULL THEN 2 WHEN v.expires_at <= coalesce(v.revoked_at, " SQL_TS(n) ")" \
    " THEN 4 WHEN v.revoked_at IS NOT NULL THEN 3 ELSE 1 END"
#define STATE_NOW STATE_AT(1)
#define INVITATION_COLUMNS_AT(n)                                                                   \
    "v.public_id, v.email, v.node_level, coalesce(f.public_id, s.public_id, b.public_id, i.public_id),"  \
    " i.public_id, v.permissions, v.invited_by, coalesce('staff/' || acc.public_id, ''), " STATE_AT(n) ","  \
    " " SQL_US("v.created_at") ", " SQL_US("v.expires_at")
#define INVITATION_COLUMNS INVITATION_COLUMNS_AT(1)
#define INVITATION_FROM                                                                            \
    " FROM invitations v JOIN institutions i ON i.id = v.institution_id"                           \
    " LEFT JOIN faculties f ON f.id = v.faculty_id LEFT JOIN issuers s ON s.id = v.issuer_id"      \
    " LEFT JOIN badge_classes b ON b.id = v.badge_class_id LEFT JOIN accounts acc ON acc.id = v.accepted_by"

DB_STMT(invitation_insert_stmt,
        "INSERT INTO invitations (public_id, institution_id, email, node_level, faculty_id, issuer_id,"
        " badge_class_id, permissions, invited_by, expires_at)"
        " SELECT $2, i.id, $3, $4, (SELECT id FROM faculties WHERE public_id = $6),"
        " (SELECT id FROM issuers WHERE public_id = $7), (SELECT id FROM badge_classes WHERE public_id = $8),"
        " $9::int, $10, " SQL_TS(1) " + interval '30 days' FROM institutions i WHERE i.public_id = $5");
/* Closes the expired invitation of address $2 on the node ($3 level, $4 institution, $5 id)
 * as of $1, so that a new one can take its place (the expired one stays expired). */
DB_STMT(invitation_close_expired_stmt,
        "UPDATE invitations v SET revoked_at = v.expires_at FROM institutions i"
        " WHERE i.id = v.institution_id AND i.public_id = $4 AND v.email = $2 AND v.node_level = $3"
        " AND coalesce(v.faculty_id, v.issuer_id, v.badge_class_id, 0) = coalesce((SELECT id FROM faculties"
        " WHERE public_id = $5), (SELECT id FROM issuers WHERE public_id = $5), (SELECT id FROM badge_classes"
        " WHERE public_id = $5), 0) AND v.accepted_at IS NULL AND v.revoked_at IS NULL AND v.expires_at <= " SQL_TS(1));
DB_STMT(invitation_get_stmt, "SELECT " INVITATION_COLUMNS INVITATION_FROM " WHERE v.public_id = $2");
/* At or below the node $1/$2 as of $3, after the key $4/$5, newest first. */
DB_STMT(invitation_list_stmt,
        NODE_TREE_CTE " SELECT " INVITATION_COLUMNS_AT(3) INVITATION_FROM
        " LEFT JOIN issuers sb ON sb.id = b.issuer_id, node n"
        " WHERE v.institution_id = n.inst AND (n.fac IS NULL OR coalesce(v.faculty_id, s.faculty_id, sb.faculty_id) = n.fac)"
        " AND (n.iss IS NULL OR coalesce(v.issuer_id, b.issuer_id) = n.iss) AND (n.bc IS NULL OR v.badge_class_id = n.bc)"
        " AND ($6::bool OR " STATE_AT(3) " = 1)"
        " AND ($4::int8 < 0 OR (v.created_at, v.public_id) < (" SQL_TS(4) ", $5))"
        " ORDER BY v.created_at DESC, v.public_id DESC LIMIT $7::int");
DB_STMT(invitation_revoke_stmt,
        "UPDATE invitations v SET revoked_at = " SQL_TS(1) " WHERE v.public_id = $2 AND " STATE_NOW " = 1");
DB_STMT(invitation_waiting_stmt,
        "SELECT 1 FROM invitations v JOIN institutions i ON i.id = v.institution_id"
        " WHERE v.email = $2 AND i.public_id = $3 AND " STATE_NOW " = 1 LIMIT 1");
/* Open invitations of address $2 at institution $3, except those made by account $4 itself. */
DB_STMT(invitation_open_for_stmt,
        "SELECT " INVITATION_COLUMNS INVITATION_FROM
        " WHERE v.email = $2 AND i.public_id = $3 AND " STATE_NOW " = 1 AND v.invited_by <> 'staff/' || $4"
        " ORDER BY v.created_at FOR UPDATE OF v");
/* The membership of account $1 on the node $2 (level) / $3 (id) gains permissions $4. */
DB_STMT(membership_widen_stmt,
        "UPDATE memberships m SET permissions = m.permissions | $4::int, updated_at = clock_timestamp(),"
        " revision = m.revision + 1 FROM accounts a WHERE a.id = m.account_id AND a.public_id = $1"
        " AND m.node_level = $2 AND coalesce(m.faculty_id, m.issuer_id, m.badge_class_id, 0) = coalesce("
        " (SELECT id FROM faculties WHERE public_id = $3), (SELECT id FROM issuers WHERE public_id = $3),"
        " (SELECT id FROM badge_classes WHERE public_id = $3), 0)");
DB_STMT(invitation_accept_stmt,
        "UPDATE invitations SET accepted_at = " SQL_TS(1) ","
        " accepted_by = (SELECT id FROM accounts WHERE public_id = $3) WHERE public_id = $2");

static void read_row(arena *a, const PGresult *r, int row, void *dst)
{
    eb_invitation *v = dst;
    v->id = store_text(a, r, row, 0);
    v->email = store_text(a, r, row, 1);
    v->node = (org_node){node_level_of_code(db_text(r, row, 2)), store_text(a, r, row, 3)};
    v->institution_id = store_text(a, r, row, 4);
    v->permissions = (perm_set)db_int(r, row, 5);
    v->invited_by = store_text(a, r, row, 6);
    v->accepted_by = store_text(a, r, row, 7);
    v->state = (invitation_state)db_int(r, row, 8);
    v->create_time_us = db_int(r, row, 9);
    v->expire_time_us = db_int(r, row, 10);
}

eb_code invitation_create(db *d, eb_invitation *inv, int64_t now_us, eb_error *e)
{
    node_tree t;
    if (node_tree_get(d, inv->node, &t, e) != EB_OK)
        return e->code;
    num_param now, perms;
    const char *p[] = {num_param_of(&now, now_us), inv->id, inv->email, node_level_code(inv->node.level),
                       t.institution_id, inv->node.level == LEVEL_FACULTY ? inv->node.id : NULL,
                       inv->node.level == LEVEL_ISSUER ? inv->node.id : NULL,
                       inv->node.level == LEVEL_BADGE_CLASS ? inv->node.id : NULL,
                       num_param_of(&perms, inv->permissions), inv->invited_by};
    const char *expired[] = {p[0], inv->email, p[3], t.institution_id,
                             inv->node.level == LEVEL_INSTITUTION ? NULL : inv->node.id};
    PGresult *r = db_exec(d, &invitation_close_expired_stmt, 5, expired, e);
    if (!r)
        return e->code;
    PQclear(r);
    r = db_exec(d, &invitation_insert_stmt, 10, p, e);
    if (!r) {
        if (e->code != EB_ALREADY_EXISTS)
            return e->code;
        e->code = EB_OK;
        return eb_fail(e, EB_ALREADY_EXISTS, "INVITATION_EXISTS",
                       "an open invitation for this address on this node exists; revoke it first");
    }
    PQclear(r);
    return invitation_get(d, inv->id, now_us, inv, e);
}

eb_code invitation_get(db *d, const char *id, int64_t now_us, eb_invitation *out, eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us), id};
    PGresult *r = db_exec(d, &invitation_get_stmt, 2, p, e);
    if (!r)
        return e->code;
    eb_code c = PQntuples(r) == 1 ? EB_OK : store_not_found(e, &INVITATION, id);
    if (c == EB_OK)
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code invitation_list(db *d, org_node parent, bool show_closed, int64_t now_us, const char *after, int limit,
                        eb_invitation **out, int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return eb_fail(e, EB_INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "the page token is corrupt");
    num_param now, lim;
    const char *p[] = {node_level_code(parent.level), parent.id, num_param_of(&now, now_us), k.micros, k.id,
                       bool_param(show_closed), num_param_of(&lim, limit + 1)};
    return store_read_page(d, &invitation_list_stmt, 7, p, limit, sizeof **out, read_row, (void **)out, n, more, e);
}

eb_code invitation_revoke(db *d, const char *id, int64_t now_us, eb_invitation *out, eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us), id};
    PGresult *r = db_exec(d, &invitation_revoke_stmt, 2, p, e);
    if (!r)
        return e->code;
    bool done = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    if (invitation_get(d, id, now_us, out, e) != EB_OK || done)
        return e->code;
    static const char *const STATES[] = {"", "OPEN", "ACCEPTED", "REVOKED", "EXPIRED"};
    return eb_fail(e, EB_FAILED_PRECONDITION, arena_sprintf(e->arena, "INVITATION_%s", STATES[out->state]),
                   "invitations/%s is not open", id);
}

eb_code invitation_waiting(db *d, const char *email, const char *institution_id, int64_t now_us, bool *out,
                           eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us), email, institution_id};
    PGresult *r = db_exec(d, &invitation_waiting_stmt, 3, p, e);
    if (!r)
        return e->code;
    *out = PQntuples(r) > 0;
    PQclear(r);
    return EB_OK;
}

/* One invitation becomes (part of) a membership of the account. */
static eb_code take_up_one(db *d, const eb_invitation *v, const char *account_id, eb_error *e)
{
    eb_membership m = {.id = eb_new_id(e->arena), .member = eb_resource_name(e->arena, "staff", account_id),
                       .node = v->node, .permissions = v->permissions, .granted_by = v->invited_by};
    if (membership_create(d, &m, e) == EB_OK)
        return EB_OK;
    const char *reason = e->reason ? e->reason : "";
    if (strcmp(reason, "MEMBERSHIP_ON_ANCESTOR") == 0) {
        eb_error_init(e, e->arena); /* the membership above already covers the node */
        return EB_OK;
    }
    if (strcmp(reason, "MEMBERSHIP_EXISTS") != 0)
        return e->code;
    eb_error_init(e, e->arena); /* the same node: the invitation adds its permissions */
    num_param perms;
    const char *p[] = {account_id, node_level_code(v->node.level), v->node.id, num_param_of(&perms, v->permissions)};
    PGresult *r = db_exec(d, &membership_widen_stmt, 4, p, e);
    PQclear(r);
    return r ? EB_OK : e->code;
}

/* The audit event of a taken-up invitation. */
static eb_code audit_take_up(db *d, const eb_invitation *v, const char *account_id, const eb_audit_event *audit,
                             int64_t now_us, eb_error *e)
{
    eb_audit_event ev = *audit;
    ev.id = eb_new_id(e->arena);
    ev.institution_id = v->institution_id;
    ev.actor = eb_resource_name(e->arena, "staff", account_id);
    ev.resource = eb_resource_name(e->arena, "invitations", v->id);
    ev.summary = arena_sprintf(e->arena, "invitation taken up at login: %s on %s", perm_describe(e->arena, v->permissions),
                               org_node_name(e->arena, v->node));
    return audit_append(d, &ev, now_us, e);
}

eb_code invitation_take_up(db *d, const char *account_id, const char *email, const char *institution_id,
                           const eb_audit_event *audit, int64_t now_us, int *taken, eb_error *e)
{
    *taken = 0;
    num_param now;
    const char *p[] = {num_param_of(&now, now_us), email, institution_id, account_id};
    PGresult *r = db_exec(d, &invitation_open_for_stmt, 4, p, e);
    if (!r)
        return e->code;
    int n = PQntuples(r);
    eb_invitation *open = arena_alloc(e->arena, sizeof *open * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        read_row(e->arena, r, i, &open[i]);
    PQclear(r);
    for (int i = 0; i < n; i++) {
        const char *q[] = {p[0], open[i].id, account_id};
        if (take_up_one(d, &open[i], account_id, e) != EB_OK || !(r = db_exec(d, &invitation_accept_stmt, 3, q, e)))
            return e->code;
        PQclear(r);
        if (audit_take_up(d, &open[i], account_id, audit, now_us, e) != EB_OK)
            return e->code;
        (*taken)++;
    }
    return EB_OK;
}
