/* The permission model of the organisation tree: the seven flags as a bit set, the
 * nodes where they are held (institution → faculty → issuer → badge class, inherited
 * downward), the named presets (staff roles) and the rules for granting them. */
#ifndef EDUBADGES_PERMISSIONS_H
#define EDUBADGES_PERMISSIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "principal.h"

/* The flags; bit (n - 1) is the value n of edubadges.v1.Permission. */
typedef enum {
    PERM_CREATE = 1 << 0,
    PERM_READ = 1 << 1,
    PERM_UPDATE = 1 << 2,
    PERM_DELETE = 1 << 3,
    PERM_AWARD = 1 << 4,
    PERM_SIGN = 1 << 5,
    PERM_ADMINISTRATE_USERS = 1 << 6,
} perm_flag;

typedef unsigned perm_set;
#define PERM_ALL 127u
#define PERM_COUNT 7

/* "create", "read", …, "administrate_users" for one flag. */
const char *perm_code(perm_flag f);
/* The flag of a Permission enum number (1..7), or 0. */
perm_flag perm_of_number(int number);
int perm_number(perm_flag f);
/* "read, award" (arena). */
char *perm_describe(arena *a, perm_set s);

/* Where permissions are held; the numbers order the tree from the top. */
typedef enum {
    LEVEL_INSTITUTION = 1,
    LEVEL_FACULTY,
    LEVEL_ISSUER,
    LEVEL_BADGE_CLASS,
} node_level;

typedef struct org_node {
    node_level level;
    const char *id; /* public id */
} org_node;

/* "institution" … "badge_class" (the stored form) and "institutions" … "badgeClasses"
 * (the collection of resource names). */
const char *node_level_code(node_level l);
const char *node_level_collection(node_level l);
node_level node_level_of_code(const char *code);
/* Parses "institutions/{id}", "faculties/{id}", "issuers/{id}" or "badgeClasses/{id}";
 * records a violation of field and returns false otherwise. */
bool org_node_parse(eb_error *e, const char *field, const char *name, org_node *out);
char *org_node_name(arena *a, org_node n);

/* A named preset: the flags a role holds at its level. The numbers are those of
 * edubadges.v1.StaffRole. */
typedef struct staff_role {
    int number;
    const char *code;
    node_level level;
    perm_set permissions;
} staff_role;

const staff_role *staff_role_by_number(int number);
/* The preset with exactly these flags at this level; NULL when none matches. */
const staff_role *staff_role_matching(node_level level, perm_set permissions);

/* A request to give permissions to an account (a membership or an invitation). */
typedef struct grant_request {
    principal_kind granter_kind;
    const char *granter;             /* resource name of the granter */
    const char *granter_institution; /* public id; NULL for operators */
    perm_set granter_permissions;    /* the granter's effective flags on the node */
    const char *grantee;             /* resource name, or NULL for an invitation by e-mail */
    bool grantee_is_client;
    const char *grantee_institution; /* public id ("" for none); NULL when the grantee is unknown */
    const char *node_institution;    /* the institution of the node */
    perm_set permissions;            /* what is asked */
    const char *invitee_email;       /* an invitation: the normalised address invited */
    const char *granter_email;       /* the granter's own address, or NULL */
} grant_request;

/* PERMISSION_DENIED, NOT_FOUND or FAILED_PRECONDITION when the grant breaks a rule: the
 * granter needs administrate-users on the node and every flag granted (operators need
 * neither), the grantee exists, grantee and node belong to the granter's institution,
 * nobody grants to themselves (nor invites their own address), and API clients never
 * administrate users. The granter's rules come first. */
eb_code grant_check(eb_error *e, const grant_request *g);

#endif
