/* Permission flags, nodes, presets and grant rules. */
#include "permissions.h"

#include <string.h>

#include "ids.h"

static const char *const PERM_CODES[PERM_COUNT] = {
    "create", "read", "update", "delete", "award", "sign", "administrate_users",
};

const char *perm_code(perm_flag f)
{
    for (int i = 0; i < PERM_COUNT; i++)
        if ((unsigned)f == 1u << i)
            return PERM_CODES[i];
    return "unknown";
}

perm_flag perm_of_number(int number)
{
    return number >= 1 && number <= PERM_COUNT ? (perm_flag)(1u << (number - 1)) : (perm_flag)0;
}

int perm_number(perm_flag f)
{
    for (int i = 0; i < PERM_COUNT; i++)
        if ((unsigned)f == 1u << i)
            return i + 1;
    return 0;
}

char *perm_describe(arena *a, perm_set s)
{
    char *out = arena_strdup(a, "");
    for (int i = 0; i < PERM_COUNT; i++)
        if (s & (1u << i))
            out = arena_sprintf(a, "%s%s%s", out, *out ? ", " : "", PERM_CODES[i]);
    return *out ? out : arena_strdup(a, "none");
}

static const struct {
    const char *code, *collection;
} LEVELS[] = {
    {"institution", "institutions"},
    {"faculty", "faculties"},
    {"issuer", "issuers"},
    {"badge_class", "badgeClasses"},
};

const char *node_level_code(node_level l) { return LEVELS[l - LEVEL_INSTITUTION].code; }
const char *node_level_collection(node_level l) { return LEVELS[l - LEVEL_INSTITUTION].collection; }

node_level node_level_of_code(const char *code)
{
    for (size_t i = 0; i < sizeof LEVELS / sizeof *LEVELS; i++)
        if (strcmp(LEVELS[i].code, code) == 0)
            return (node_level)(LEVEL_INSTITUTION + (int)i);
    return (node_level)0;
}

bool org_node_parse(eb_error *e, const char *field, const char *name, org_node *out)
{
    const char *slash = name ? strchr(name, '/') : NULL;
    for (size_t i = 0; slash && i < sizeof LEVELS / sizeof *LEVELS; i++) {
        if (strlen(LEVELS[i].collection) == (size_t)(slash - name) &&
            strncmp(name, LEVELS[i].collection, (size_t)(slash - name)) == 0) {
            out->level = (node_level)(LEVEL_INSTITUTION + (int)i);
            out->id = eb_parse_resource_name(e, field, name, LEVELS[i].collection);
            return out->id != NULL;
        }
    }
    eb_violate(e, field, name && *name ? "must name an institution, faculty, issuer or badge class "
                                         "(institutions/{id}, faculties/{id}, issuers/{id}, badgeClasses/{id})"
                                       : "is required");
    return false;
}

char *org_node_name(arena *a, org_node n) { return eb_resource_name(a, node_level_collection(n.level), n.id); }

#define AWARDER (PERM_READ | PERM_AWARD | PERM_SIGN)

static const staff_role ROLES[] = {
    {1, "institution_admin", LEVEL_INSTITUTION, PERM_ALL},
    {2, "issuer_group_admin", LEVEL_FACULTY, PERM_ALL},
    {3, "issuer_group_awarder", LEVEL_FACULTY, AWARDER},
    {4, "issuer_admin", LEVEL_ISSUER, PERM_ALL},
    {5, "issuer_awarder", LEVEL_ISSUER, AWARDER},
    {6, "badge_class_owner", LEVEL_BADGE_CLASS, PERM_ALL},
    {7, "badge_class_editor", LEVEL_BADGE_CLASS, PERM_CREATE | PERM_READ | PERM_UPDATE | AWARDER},
    {8, "badge_class_awarder", LEVEL_BADGE_CLASS, AWARDER},
};

const staff_role *staff_role_by_number(int number)
{
    for (size_t i = 0; i < sizeof ROLES / sizeof *ROLES; i++)
        if (ROLES[i].number == number)
            return &ROLES[i];
    return NULL;
}

const staff_role *staff_role_matching(node_level level, perm_set permissions)
{
    for (size_t i = 0; i < sizeof ROLES / sizeof *ROLES; i++)
        if (ROLES[i].level == level && ROLES[i].permissions == permissions)
            return &ROLES[i];
    return NULL;
}

static bool same(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

eb_code grant_check(eb_error *e, const grant_request *g)
{
    bool op = g->granter_kind == PRINCIPAL_OPERATOR;
    /* the granter first: who may not grant here learns nothing about the grantee */
    if (!op && !same(g->granter_institution, g->node_institution))
        return eb_fail(e, EB_PERMISSION_DENIED, "OTHER_INSTITUTION",
                       "permissions can only be granted within the granter's own institution");
    if (!op && !(g->granter_permissions & PERM_ADMINISTRATE_USERS))
        return eb_fail(e, EB_PERMISSION_DENIED, "PERMISSION_DENIED",
                       "granting permissions needs the administrate_users permission on the node");
    if (g->grantee && !g->grantee_institution)
        return eb_fail(e, EB_NOT_FOUND, "MEMBER_NOT_FOUND", "no enabled staff member or API client %s", g->grantee);
    if (g->grantee_is_client && (g->permissions & PERM_ADMINISTRATE_USERS))
        return eb_fail(e, EB_FAILED_PRECONDITION, "CLIENT_CANNOT_ADMINISTRATE_USERS",
                       "API clients cannot hold the administrate_users permission");
    if (g->grantee && !same(g->grantee_institution, g->node_institution))
        return eb_fail(e, EB_FAILED_PRECONDITION, "OTHER_INSTITUTION",
                       "%s belongs to another institution than the node", g->grantee);
    if (op)
        return EB_OK;
    if (same(g->granter, g->grantee) || same(g->granter_email, g->invitee_email))
        return eb_fail(e, EB_PERMISSION_DENIED, "SELF_GRANT", "nobody can grant permissions to themselves");
    perm_set missing = g->permissions & ~g->granter_permissions;
    if (missing)
        return eb_fail(e, EB_PERMISSION_DENIED, "GRANTS_UNHELD_PERMISSION",
                       "the granter cannot give permissions they do not hold on the node: %s",
                       perm_describe(e->arena, missing));
    return EB_OK;
}
