/* Memberships and invitations: who holds which permissions on which node, the place of a
 * node in the tree (to keep one membership per branch) and the checks of their input. */
#ifndef EDUBADGES_MEMBERSHIP_H
#define EDUBADGES_MEMBERSHIP_H

#include <stdint.h>

#include "permissions.h"

#define INVITATION_VALID_DAYS 30
#define EMAIL_MAX 254

/* A node with its ancestors (public ids; NULL above the node's level is impossible, below
 * it they are NULL). */
typedef struct node_tree {
    node_level level;
    const char *institution_id, *faculty_id, *issuer_id, *badge_class_id;
} node_tree;

typedef enum {
    NODE_UNRELATED,
    NODE_SAME,
    NODE_ANCESTOR,   /* a lies above b */
    NODE_DESCENDANT, /* a lies below b */
} node_relation;

node_relation node_tree_relation(const node_tree *a, const node_tree *b);
/* The node itself (level and the id of that level). */
org_node node_tree_node(const node_tree *t);

typedef struct eb_membership {
    char *id;
    char *member; /* "staff/{id}" or "apiClients/{id}" */
    org_node node;
    char *institution_id;
    perm_set permissions;
    char *granted_by;
    int64_t create_time_us, update_time_us, revision;
} eb_membership;

typedef enum {
    INVITATION_OPEN = 1,
    INVITATION_ACCEPTED,
    INVITATION_REVOKED,
    INVITATION_EXPIRED,
} invitation_state;

typedef struct eb_invitation {
    char *id, *email;
    org_node node;
    char *institution_id;
    perm_set permissions;
    char *invited_by, *accepted_by;
    invitation_state state;
    int64_t create_time_us, expire_time_us;
} eb_invitation;

/* The permissions of a request: the Permission numbers given, or the role's (which must
 * be of the node's level); exactly one of the two. Violations go under prefix. Returns 0
 * after recording a violation. */
perm_set permissions_from_request(eb_error *e, const char *prefix, const int *numbers, size_t n, int role,
                                  node_level level);

/* Trims and lower-cases an invitation's e-mail address and checks its form; NULL after
 * recording a violation of field. */
char *invitation_email(arena *a, eb_error *e, const char *field, const char *email);

#endif
