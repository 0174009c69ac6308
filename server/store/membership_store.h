/* Memberships in PostgreSQL, with the rules that need the whole picture: one membership
 * per branch (a new one replaces the member's memberships below it; one on an ancestor
 * refuses it) and the last institution admin (serialised on the institution row). Every
 * mutation runs in a transaction of its own (a savepoint inside an open one). */
#ifndef EDUBADGES_MEMBERSHIP_STORE_H
#define EDUBADGES_MEMBERSHIP_STORE_H

#include "db.h"
#include "membership.h"

/* SQL: the member name ("staff/{id}", "apiClients/{id}") of the account alias a. */
#define MEMBER_NAME(a) "CASE " a ".kind WHEN 'staff' THEN 'staff/' ELSE 'apiClients/' END || " a ".public_id"

/* The tree of a node; NOT_FOUND ("FACULTY_NOT_FOUND", …) when it does not exist. */
eb_code node_tree_get(db *d, org_node n, node_tree *out, eb_error *e);

/* The institution of an enabled member ("staff/{id}" or "apiClients/{id}"): its public id,
 * "" for an internal client, NULL when there is no such member. */
eb_code member_institution(db *d, const char *member, const char **institution_id, eb_error *e);

/* Inserts m (id, member, node, permissions, granted_by set; the rest filled). ALREADY_EXISTS
 * (MEMBERSHIP_EXISTS) when the member has one on the node, FAILED_PRECONDITION
 * (MEMBERSHIP_ON_ANCESTOR) when on an ancestor; memberships below the node are deleted. */
eb_code membership_create(db *d, eb_membership *m, eb_error *e);
eb_code membership_get(db *d, const char *id, eb_membership *out, eb_error *e);
/* Sets the permissions when the revision matches (0 = any); the last institution admin
 * keeps administrate_users. Fills m. */
eb_code membership_set_permissions(db *d, eb_membership *m, int64_t expected_revision, eb_error *e);
eb_code membership_delete(db *d, const char *id, int64_t expected_revision, eb_error *e);
/* The memberships on node parent and below it (parent_kind a node level code) or of one
 * member (parent_kind "staff" or "api_client"), oldest first, after the page key. */
eb_code membership_list(db *d, const char *parent_kind, const char *parent_id, const char *after, int limit,
                        eb_membership **out, int *n, bool *more, eb_error *e);
/* FAILED_PRECONDITION (LAST_INSTITUTION_ADMIN) when removing the memberships listed
 * (public ids) would leave the institution without an institution-level membership with
 * administrate_users. Locks the institution row until the transaction ends. */
eb_code membership_keep_an_admin(db *d, const char *institution_id, const char *const *removed, size_t n,
                                 eb_error *e);

#endif
