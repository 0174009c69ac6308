/* Memberships in PostgreSQL. */
#include "membership_store.h"

#include <string.h>

#include "catalog_keys.h"
#include "ids.h"
#include "node_tree.h"
#include "store_time.h"
#include "store_util.h"

static const resource_kind MEMBERSHIP = {"membership", "MEMBERSHIP", "memberships"};

#define MEMBERSHIP_COLUMNS                                                                         \
    "m.public_id, " MEMBER_NAME("a") ", m.node_level, coalesce(f.public_id, s.public_id, b.public_id,"   \
    " i.public_id), i.public_id, m.permissions, m.granted_by, " SQL_US("m.created_at") ", "           \
    SQL_US("m.updated_at") ", m.revision"
#define MEMBERSHIP_FROM                                                                            \
    " FROM memberships m JOIN accounts a ON a.id = m.account_id JOIN institutions i ON i.id = m.institution_id" \
    " LEFT JOIN faculties f ON f.id = m.faculty_id LEFT JOIN issuers s ON s.id = m.issuer_id"      \
    " LEFT JOIN badge_classes b ON b.id = m.badge_class_id"
/* The member of a name: $n is "staff" or "client", $n+1 the public id. */
#define ACCOUNT_OF(k, id) "SELECT id FROM accounts WHERE kind = $" #k " AND public_id = $" #id " AND disabled_at IS NULL"

DB_STMT(node_tree_stmt,
        NODE_TREE_CTE
        " SELECT (SELECT public_id FROM institutions WHERE id = n.inst), (SELECT public_id FROM faculties WHERE id = n.fac),"
        " (SELECT public_id FROM issuers WHERE id = n.iss), (SELECT public_id FROM badge_classes WHERE id = n.bc)"
        " FROM node n");
DB_STMT(member_stmt,
        "SELECT i.public_id FROM accounts a LEFT JOIN institutions i ON i.id = a.institution_id"
        " WHERE a.kind = $1 AND a.public_id = $2 AND a.disabled_at IS NULL");
/* The member's memberships with the trees of their nodes. */
DB_STMT(member_trees_stmt,
        "SELECT m.public_id, m.node_level, i.public_id, coalesce(f.public_id, fi.public_id),"
        " coalesce(s.public_id, sb.public_id), b.public_id"
        " FROM memberships m JOIN institutions i ON i.id = m.institution_id"
        " LEFT JOIN faculties f ON f.id = m.faculty_id LEFT JOIN issuers s ON s.id = m.issuer_id"
        " LEFT JOIN badge_classes b ON b.id = m.badge_class_id LEFT JOIN issuers sb ON sb.id = b.issuer_id"
        " LEFT JOIN faculties fi ON fi.id = coalesce(s.faculty_id, sb.faculty_id)"
        " WHERE m.account_id = (" ACCOUNT_OF(1, 2) ")");
DB_STMT(membership_insert_stmt,
        "INSERT INTO memberships (public_id, account_id, institution_id, node_level, faculty_id, issuer_id,"
        " badge_class_id, permissions, granted_by)"
        " SELECT $1, (" ACCOUNT_OF(2, 3) "), i.id, $4, (SELECT id FROM faculties WHERE public_id = $6),"
        " (SELECT id FROM issuers WHERE public_id = $7), (SELECT id FROM badge_classes WHERE public_id = $8),"
        " $9::int, $10 FROM institutions i WHERE i.public_id = $5");
DB_STMT(membership_delete_one_stmt, "DELETE FROM memberships WHERE public_id = $1");
DB_STMT(membership_get_stmt, "SELECT " MEMBERSHIP_COLUMNS MEMBERSHIP_FROM " WHERE m.public_id = $1");
DB_STMT(membership_exists_stmt, "SELECT 1 FROM memberships WHERE public_id = $1");
DB_STMT(membership_update_stmt,
        "UPDATE memberships SET permissions = $3::int, updated_at = clock_timestamp(), revision = revision + 1"
        " WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
DB_STMT(membership_delete_stmt,
        "DELETE FROM memberships WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
/* At or below the node $1/$2, or of the member $1 ("staff" / "api_client") $2. */
DB_STMT(membership_list_stmt,
        NODE_TREE_CTE
        " SELECT " MEMBERSHIP_COLUMNS MEMBERSHIP_FROM
        " LEFT JOIN issuers sb ON sb.id = b.issuer_id, node n"
        " WHERE CASE WHEN $1 IN ('staff', 'api_client') THEN a.public_id = $2"
        "  ELSE m.institution_id = n.inst AND (n.fac IS NULL OR coalesce(m.faculty_id, s.faculty_id, sb.faculty_id) = n.fac)"
        "  AND (n.iss IS NULL OR coalesce(m.issuer_id, b.issuer_id) = n.iss) AND (n.bc IS NULL OR m.badge_class_id = n.bc) END"
        " AND " CATALOG_AFTER("m", 3, 4) CATALOG_ORDER("m") " LIMIT $5::int");
DB_STMT(institution_lock_stmt, "SELECT 1 FROM institutions WHERE public_id = $1 FOR UPDATE");
DB_STMT(other_admins_stmt,
        "SELECT count(*) FROM memberships m JOIN accounts a ON a.id = m.account_id"
        " WHERE m.institution_id = (SELECT id FROM institutions WHERE public_id = $1)"
        " AND m.node_level = 'institution' AND m.permissions & 64 <> 0 AND a.kind = 'staff'"
        " AND a.disabled_at IS NULL AND NOT m.public_id = ANY ($2::text[])");

static void read_row(arena *a, const PGresult *r, int row, void *dst)
{
    eb_membership *m = dst;
    m->id = store_text(a, r, row, 0);
    m->member = store_text(a, r, row, 1);
    m->node = (org_node){node_level_of_code(db_text(r, row, 2)), store_text(a, r, row, 3)};
    m->institution_id = store_text(a, r, row, 4);
    m->permissions = (perm_set)db_int(r, row, 5);
    m->granted_by = store_text(a, r, row, 6);
    m->create_time_us = db_int(r, row, 7);
    m->update_time_us = db_int(r, row, 8);
    m->revision = db_int(r, row, 9);
}

eb_code node_tree_get(db *d, org_node n, node_tree *out, eb_error *e)
{
    const char *p[] = {node_level_code(n.level), n.id};
    PGresult *r = db_exec(d, &node_tree_stmt, 2, p, e);
    if (!r)
        return e->code;
    static const resource_kind KINDS[] = {{"institution", "INSTITUTION", "institutions"},
                                          {"faculty", "FACULTY", "faculties"},
                                          {"issuer", "ISSUER", "issuers"},
                                          {"badge class", "BADGE_CLASS", "badgeClasses"}};
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = store_not_found(e, &KINDS[n.level - LEVEL_INSTITUTION], n.id);
    else
        *out = (node_tree){n.level, arena_strdup(e->arena, db_text(r, 0, 0)), arena_strdup(e->arena, db_text(r, 0, 1)),
                           arena_strdup(e->arena, db_text(r, 0, 2)), arena_strdup(e->arena, db_text(r, 0, 3))};
    PQclear(r);
    return c;
}

/* "staff/{id}" → ("staff", id); "apiClients/{id}" → ("client", id). */
static bool split_member(const char *member, const char **kind, const char **id)
{
    if (strncmp(member, "staff/", 6) == 0) {
        *kind = "staff";
        *id = member + 6;
        return true;
    }
    if (strncmp(member, "apiClients/", 11) == 0) {
        *kind = "client";
        *id = member + 11;
        return true;
    }
    return false;
}

static eb_code member_not_found(eb_error *e, const char *member)
{
    return eb_fail(e, EB_NOT_FOUND, "MEMBER_NOT_FOUND", "no enabled staff member or API client %s", member);
}

eb_code member_institution(db *d, const char *member, const char **institution_id, eb_error *e)
{
    const char *p[2];
    *institution_id = NULL;
    if (!split_member(member, &p[0], &p[1]))
        return EB_OK;
    PGresult *r = db_exec(d, &member_stmt, 2, p, e);
    if (!r)
        return e->code;
    if (PQntuples(r) == 1)
        *institution_id = arena_strdup(e->arena, db_text(r, 0, 0));
    PQclear(r);
    return EB_OK;
}

/* Checks the member's memberships against the new node and deletes those below it. */
static eb_code make_room(db *d, const eb_membership *m, const node_tree *t, const char *const member[2], eb_error *e)
{
    PGresult *r = db_exec(d, &member_trees_stmt, 2, member, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    for (int i = 0; i < PQntuples(r) && c == EB_OK; i++) {
        node_tree other = {node_level_of_code(db_text(r, i, 1)), db_text(r, i, 2), db_text(r, i, 3),
                           db_text(r, i, 4), db_text(r, i, 5)};
        switch (node_tree_relation(&other, t)) {
        case NODE_SAME:
            c = eb_fail(e, EB_ALREADY_EXISTS, "MEMBERSHIP_EXISTS",
                        "%s already has memberships/%s on this node; update it instead", m->member, db_text(r, i, 0));
            break;
        case NODE_ANCESTOR:
            c = eb_fail(e, EB_FAILED_PRECONDITION, "MEMBERSHIP_ON_ANCESTOR",
                        "%s already has memberships/%s above this node (one membership per branch)", m->member,
                        db_text(r, i, 0));
            break;
        case NODE_DESCENDANT: {
            const char *p[] = {db_text(r, i, 0)};
            PGresult *x = db_exec(d, &membership_delete_one_stmt, 1, p, e);
            c = x ? EB_OK : e->code;
            PQclear(x);
            break;
        }
        case NODE_UNRELATED: break;
        }
    }
    PQclear(r);
    return c;
}

eb_code membership_create(db *d, eb_membership *m, eb_error *e)
{
    const char *member[2];
    node_tree t;
    if (!split_member(m->member, &member[0], &member[1]))
        return member_not_found(e, m->member);
    if (node_tree_get(d, m->node, &t, e) != EB_OK || db_begin(d, e) != EB_OK)
        return e->code;
    num_param perms;
    const char *p[] = {m->id, member[0], member[1], node_level_code(m->node.level), t.institution_id,
                       m->node.level == LEVEL_FACULTY ? m->node.id : NULL,
                       m->node.level == LEVEL_ISSUER ? m->node.id : NULL,
                       m->node.level == LEVEL_BADGE_CLASS ? m->node.id : NULL,
                       num_param_of(&perms, m->permissions), m->granted_by};
    PGresult *r = NULL;
    if (make_room(d, m, &t, member, e) == EB_OK)
        r = db_exec(d, &membership_insert_stmt, 10, p, e);
    if (!r) {
        db_rollback(d);
        return e->code;
    }
    PQclear(r);
    return db_commit(d, e) == EB_OK ? membership_get(d, m->id, m, e) : e->code;
}

eb_code membership_get(db *d, const char *id, eb_membership *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &membership_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = PQntuples(r) == 1 ? EB_OK : store_not_found(e, &MEMBERSHIP, id);
    if (c == EB_OK)
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code membership_keep_an_admin(db *d, const char *institution_id, const char *const *removed, size_t n,
                                 eb_error *e)
{
    const char *lock[] = {institution_id};
    PGresult *r = db_exec(d, &institution_lock_stmt, 1, lock, e);
    if (!r)
        return e->code;
    PQclear(r);
    /* a statement of its own, so that it sees what committed while the lock was awaited */
    char *list = arena_strdup(e->arena, "{");
    for (size_t i = 0; i < n; i++)
        list = arena_sprintf(e->arena, "%s%s\"%s\"", list, i ? "," : "", removed[i]);
    list = arena_sprintf(e->arena, "%s}", list);
    const char *p[] = {institution_id, list};
    if (!(r = db_exec(d, &other_admins_stmt, 2, p, e)))
        return e->code;
    int64_t left = db_int(r, 0, 0);
    PQclear(r);
    if (left > 0)
        return EB_OK;
    return eb_fail(e, EB_FAILED_PRECONDITION, "LAST_INSTITUTION_ADMIN",
                   "institutions/%s would be left without an institution admin (administrate_users on the "
                   "institution); make another one first", institution_id);
}

/* The last-admin rule for a change of m that drops administrate_users. */
static eb_code guard_admin(db *d, const eb_membership *m, perm_set after, eb_error *e)
{
    bool was_admin = m->node.level == LEVEL_INSTITUTION && (m->permissions & PERM_ADMINISTRATE_USERS) &&
                     strncmp(m->member, "staff/", 6) == 0;
    if (!was_admin || (after & PERM_ADMINISTRATE_USERS))
        return EB_OK;
    const char *removed[] = {m->id};
    return membership_keep_an_admin(d, m->institution_id, removed, 1, e);
}

/* Runs a revision-guarded change of membership id ($1 id, $2 revision, $3 permissions)
 * inside a transaction with the last-admin rule. */
static eb_code guarded_change(db *d, db_stmt *stmt, const char *id, int64_t expected_revision, perm_set after,
                              eb_error *e)
{
    eb_membership cur;
    if (db_begin(d, e) != EB_OK)
        return e->code;
    num_param rev, perms;
    const char *p[] = {id, num_param_of(&rev, expected_revision), num_param_of(&perms, after)};
    PGresult *r = NULL;
    if (membership_get(d, id, &cur, e) == EB_OK && guard_admin(d, &cur, after, e) == EB_OK)
        r = db_exec(d, stmt, stmt == &membership_update_stmt ? 3 : 2, p, e);
    bool touched = r && strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    if (!r || (!touched && store_missing_or_changed(d, &membership_exists_stmt, &MEMBERSHIP, id, e) != EB_OK)) {
        db_rollback(d);
        return e->code;
    }
    return db_commit(d, e);
}

eb_code membership_set_permissions(db *d, eb_membership *m, int64_t expected_revision, eb_error *e)
{
    return guarded_change(d, &membership_update_stmt, m->id, expected_revision, m->permissions, e) == EB_OK
               ? membership_get(d, m->id, m, e)
               : e->code;
}

eb_code membership_delete(db *d, const char *id, int64_t expected_revision, eb_error *e)
{
    return guarded_change(d, &membership_delete_stmt, id, expected_revision, 0, e);
}

eb_code membership_list(db *d, const char *parent_kind, const char *parent_id, const char *after, int limit,
                        eb_membership **out, int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return eb_fail(e, EB_INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "the page token is corrupt");
    num_param lim;
    const char *p[] = {parent_kind, parent_id, k.micros, k.id, num_param_of(&lim, limit + 1)};
    return store_read_page(d, &membership_list_stmt, 5, p, limit, sizeof **out, read_row, (void **)out, n, more,
                           e);
}
