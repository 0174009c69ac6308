/* Authorization facts in PostgreSQL: one statement resolves the node to its place in the
 * tree and ORs the account's memberships that apply. */
#include "authz_store.h"

#include "node_tree.h"

DB_STMT(authz_facts_stmt,
        NODE_TREE_CTE
        " SELECT i.public_id, coalesce(i.require_mfa_for_staff, false),"
        "  (SELECT public_id FROM learners WHERE id = n.learner),"
        "  coalesce((SELECT bit_or(m.permissions) FROM memberships m WHERE m.account_id = acc.id"
        "   AND " MEMBERSHIP_APPLIES("m", "n") "), 0),"
        "  EXISTS (SELECT 1 FROM memberships m WHERE m.account_id = acc.id)"
        " FROM node n LEFT JOIN institutions i ON i.id = n.inst"
        " LEFT JOIN accounts acc ON acc.public_id = $3 AND acc.disabled_at IS NULL");

eb_code authz_facts_get(db *d, const char *kind, const char *id, const char *account_id, authz_facts *out,
                        eb_error *e)
{
    *out = (authz_facts){0};
    const char *p[] = {kind, id, account_id};
    PGresult *r = db_exec(d, &authz_facts_stmt, 3, p, e);
    if (!r)
        return e->code;
    out->found = PQntuples(r) > 0;
    if (out->found) {
        out->institution_id = arena_strdup(e->arena, db_text(r, 0, 0));
        out->require_mfa = db_bool(r, 0, 1);
        out->learner_id = arena_strdup(e->arena, db_text(r, 0, 2));
        out->permissions = (perm_set)db_int(r, 0, 3);
        out->account_has_membership = db_bool(r, 0, 4);
    }
    PQclear(r);
    return EB_OK;
}
