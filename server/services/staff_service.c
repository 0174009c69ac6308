/* edubadges.v1.StaffService: staff members, memberships and invitations, with the grant
 * rules (permissions.h) checked against the granter's effective permissions on the node. */
#include <string.h>

#include "access_convert.h"
#include "authz.h"
#include "catalog_keys.h"
#include "convert.h"
#include "etag.h"
#include "ids.h"
#include "invitation_store.h"
#include "membership_store.h"
#include "paging.h"
#include "service.h"
#include "staff_store.h"

static authz_node node_of(org_node n)
{
    static const authz_level LEVEL[] = {[LEVEL_INSTITUTION] = NODE_INSTITUTION, [LEVEL_FACULTY] = NODE_FACULTY,
                                        [LEVEL_ISSUER] = NODE_ISSUER, [LEVEL_BADGE_CLASS] = NODE_BADGE_CLASS};
    return (authz_node){LEVEL[n.level], n.id};
}

/* "staff/{id}" or "apiClients/{id}"; NULL after a violation. */
static const char *parse_member(eb_error *e, const char *field, const char *name)
{
    bool client = strncmp(pb_str((char *)name), "apiClients/", 11) == 0;
    return eb_parse_resource_name(e, field, name, client ? "apiClients" : "staff") ? name : NULL;
}

/* The grant rules for giving perms on the node tree t to grantee, or (grantee NULL) by an
 * invitation of the address invitee. */
static bool may_grant(svc_ctx *ctx, org_node node, const node_tree *t, const char *grantee, const char *invitee,
                      perm_set perms)
{
    perm_set have = 0;
    const char *grantee_institution = NULL, *own_email = NULL;
    const principal *p = &ctx->principal;
    if (!authz_permissions(ctx, node_of(node), &have) ||
        (grantee && member_institution(ctx->db, grantee, &grantee_institution, &ctx->err) != EB_OK) ||
        (invitee && p->kind == PRINCIPAL_STAFF &&
         staff_email(ctx->db, p->subject + strlen("staff/"), &own_email, &ctx->err) != EB_OK))
        return false;
    grant_request g = {p->kind, p->subject, p->institution_id, have, grantee,
                       grantee && strncmp(grantee, "apiClients/", 11) == 0, grantee_institution, t->institution_id,
                       perms, invitee, own_email};
    if (grant_check(&ctx->err, &g) != EB_OK)
        return false;
    ctx->audit.summary = arena_sprintf(ctx->arena, "%s on %s: %s", grantee ? grantee : "by e-mail",
                                       org_node_name(ctx->arena, node), perm_describe(ctx->arena, perms));
    return true;
}

static ProtobufCMessage *create_membership(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateMembershipRequest *req = (const void *)request;
    if (!pb_require(&ctx->err, req->membership, "membership") && svc_invalid(ctx))
        return NULL;
    const Edubadges__V1__Membership *pb = req->membership;
    eb_membership m = {.id = eb_new_id(ctx->arena), .granted_by = (char *)ctx->principal.subject};
    m.member = (char *)parse_member(&ctx->err, "membership.member", pb->member);
    bool node_ok = org_node_parse(&ctx->err, "membership.node", pb->node, &m.node);
    m.permissions = permissions_from_request(&ctx->err, "membership.", (const int *)pb->permissions,
                                             pb->n_permissions, (int)pb->role, node_ok ? m.node.level : 0);
    node_tree t;
    if (svc_invalid(ctx) || node_tree_get(ctx->db, m.node, &t, &ctx->err) != EB_OK ||
        !may_grant(ctx, m.node, &t, m.member, NULL, m.permissions) || membership_create(ctx->db, &m, &ctx->err) != EB_OK)
        return NULL;
    return &membership_to_pb(ctx->arena, &m)->base;
}

/* The membership named in a request, authorized for user administration. */
static bool administered(svc_ctx *ctx, const char *field, const char *name, eb_membership *out)
{
    const char *id = eb_parse_resource_name(&ctx->err, field, name, "memberships");
    return !svc_invalid(ctx) && authz_require(ctx, ACTION_ADMINISTRATE_USERS, (authz_node){NODE_MEMBERSHIP, id}) &&
           membership_get(ctx->db, id, out, &ctx->err) == EB_OK;
}

static ProtobufCMessage *update_membership(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__UpdateMembershipRequest *req = (const void *)request;
    if (!pb_require(&ctx->err, req->membership, "membership") && svc_invalid(ctx))
        return NULL;
    const Edubadges__V1__Membership *pb = req->membership;
    for (size_t i = 0; req->update_mask && i < req->update_mask->n_paths; i++)
        if (strcmp(req->update_mask->paths[i], "permissions") != 0 && strcmp(req->update_mask->paths[i], "role") != 0)
            eb_violate(&ctx->err, "update_mask", "only permissions or role can change (not %s)",
                       eb_excerpt(ctx->arena, req->update_mask->paths[i], 100));
    int64_t wanted = etag_parse(&ctx->err, "membership.etag", pb->etag);
    eb_membership m;
    if (!administered(ctx, "membership.name", pb->name, &m))
        return NULL;
    perm_set perms = permissions_from_request(&ctx->err, "membership.", (const int *)pb->permissions,
                                              pb->n_permissions, (int)pb->role, m.node.level);
    node_tree t;
    if (svc_invalid(ctx) || node_tree_get(ctx->db, m.node, &t, &ctx->err) != EB_OK ||
        !may_grant(ctx, m.node, &t, m.member, NULL, perms))
        return NULL;
    m.permissions = perms;
    if (membership_set_permissions(ctx->db, &m, wanted, &ctx->err) != EB_OK)
        return NULL;
    return &membership_to_pb(ctx->arena, &m)->base;
}

static ProtobufCMessage *delete_membership(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__DeleteMembershipRequest *req = (const void *)request;
    int64_t wanted = etag_parse(&ctx->err, "etag", req->etag);
    eb_membership m;
    if (!administered(ctx, "name", req->name, &m) || membership_delete(ctx->db, m.id, wanted, &ctx->err) != EB_OK)
        return NULL;
    ctx->audit.summary = arena_sprintf(ctx->arena, "removed %s from %s (%s)", m.member, org_node_name(ctx->arena, m.node),
                                       perm_describe(ctx->arena, m.permissions));
    Edubadges__V1__DeleteMembershipResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__delete_membership_response__init(resp);
    return &resp->base;
}

/* The page limit and resume key of a list request; false after violations. */
static bool page_of(svc_ctx *ctx, int32_t page_size, const char *token, const char *query, const char *filters,
                    int *limit, const char **after)
{
    *limit = page_size_resolve(&ctx->err, "page_size", page_size);
    *after = page_token_decode(&ctx->err, "page_token", token, query, filters);
    return !svc_invalid(ctx);
}

static ProtobufCMessage *list_memberships(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListMembershipsRequest *req = (const void *)request;
    const char *parent = pb_str(req->parent);
    bool by_member = strncmp(parent, "staff/", 6) == 0 || strncmp(parent, "apiClients/", 11) == 0;
    org_node node = {0};
    authz_node target;
    const char *kind;
    if (by_member) {
        bool client = parent[0] == 'a';
        const char *id = eb_parse_resource_name(&ctx->err, "parent", parent, client ? "apiClients" : "staff");
        target = (authz_node){client ? NODE_API_CLIENT : NODE_STAFF, id};
        kind = client ? "api_client" : "staff";
    } else {
        org_node_parse(&ctx->err, "parent", parent, &node);
        target = node_of(node.level ? node : (org_node){LEVEL_INSTITUTION, NULL});
        kind = node.level ? node_level_code(node.level) : "";
    }
    int limit;
    const char *after;
    char *filters = arena_sprintf(ctx->arena, "parent=%s", parent);
    eb_membership *rows;
    int n;
    bool more;
    if (!page_of(ctx, req->page_size, req->page_token, "memberships", filters, &limit, &after) ||
        !authz_require(ctx, ACTION_READ, target) ||
        membership_list(ctx->db, kind, target.id, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListMembershipsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_memberships_response__init(resp);
    resp->memberships = (Edubadges__V1__Membership **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->memberships[resp->n_memberships++] = membership_to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "memberships", filters,
                                                  catalog_page_key(ctx->arena, rows[n - 1].create_time_us, rows[n - 1].id));
    return &resp->base;
}

static ProtobufCMessage *list_staff(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListStaffMembersRequest *req = (const void *)request;
    const char *inst = eb_parse_resource_name(&ctx->err, "parent", req->parent, "institutions");
    int limit;
    const char *after;
    char *filters = arena_sprintf(ctx->arena, "parent=%s", pb_str(req->parent));
    eb_staff_member *rows;
    int n;
    bool more;
    if (!page_of(ctx, req->page_size, req->page_token, "staffMembers", filters, &limit, &after) ||
        !authz_require(ctx, ACTION_ADMINISTRATE_USERS, (authz_node){NODE_INSTITUTION, inst}) ||
        staff_list(ctx->db, inst, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListStaffMembersResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_staff_members_response__init(resp);
    resp->staff_members = (Edubadges__V1__StaffMember **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++) {
        Edubadges__V1__StaffMember *pb = arena_alloc(ctx->arena, sizeof *pb);
        edubadges__v1__staff_member__init(pb);
        pb->name = eb_resource_name(ctx->arena, "staff", rows[i].id);
        pb->institution = eb_resource_name(ctx->arena, "institutions", rows[i].institution_id);
        pb->display_name = rows[i].display_name;
        pb->email = rows[i].email;
        pb->create_time = pb_timestamp(ctx->arena, rows[i].create_time_us);
        pb->last_activity_time = rows[i].last_seen_us ? pb_timestamp(ctx->arena, rows[i].last_seen_us) : NULL;
        resp->staff_members[resp->n_staff_members++] = pb;
    }
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "staffMembers", filters, rows[n - 1].sort_key);
    return &resp->base;
}

static ProtobufCMessage *create_invitation(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateInvitationRequest *req = (const void *)request;
    if (!pb_require(&ctx->err, req->invitation, "invitation") && svc_invalid(ctx))
        return NULL;
    const Edubadges__V1__Invitation *pb = req->invitation;
    eb_invitation v = {.id = eb_new_id(ctx->arena), .invited_by = (char *)ctx->principal.subject};
    v.email = invitation_email(ctx->arena, &ctx->err, "invitation.email", pb->email);
    bool node_ok = org_node_parse(&ctx->err, "invitation.node", pb->node, &v.node);
    v.permissions = permissions_from_request(&ctx->err, "invitation.", (const int *)pb->permissions,
                                             pb->n_permissions, (int)pb->role, node_ok ? v.node.level : 0);
    node_tree t;
    if (svc_invalid(ctx) || node_tree_get(ctx->db, v.node, &t, &ctx->err) != EB_OK ||
        !may_grant(ctx, v.node, &t, NULL, v.email, v.permissions) ||
        invitation_create(ctx->db, &v, ctx->now_us, &ctx->err) != EB_OK)
        return NULL;
    return &invitation_to_pb(ctx->arena, &v)->base;
}

static ProtobufCMessage *list_invitations(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListInvitationsRequest *req = (const void *)request;
    org_node node = {0};
    org_node_parse(&ctx->err, "parent", req->parent, &node);
    int limit;
    const char *after;
    char *filters = arena_sprintf(ctx->arena, "parent=%s;closed=%d", pb_str(req->parent), req->show_closed);
    eb_invitation *rows;
    int n;
    bool more;
    if (!page_of(ctx, req->page_size, req->page_token, "invitations", filters, &limit, &after) ||
        !authz_require(ctx, ACTION_ADMINISTRATE_USERS, node_of(node)) ||
        invitation_list(ctx->db, node, req->show_closed, ctx->now_us, after, limit, &rows, &n, &more, &ctx->err) !=
            EB_OK)
        return NULL;
    Edubadges__V1__ListInvitationsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_invitations_response__init(resp);
    resp->invitations = (Edubadges__V1__Invitation **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->invitations[resp->n_invitations++] = invitation_to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "invitations", filters,
                                                  catalog_page_key(ctx->arena, rows[n - 1].create_time_us, rows[n - 1].id));
    return &resp->base;
}

static ProtobufCMessage *revoke_invitation(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__RevokeInvitationRequest *req = (const void *)request;
    const char *id = eb_parse_resource_name(&ctx->err, "name", req->name, "invitations");
    eb_invitation v;
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_ADMINISTRATE_USERS, (authz_node){NODE_INVITATION, id}) ||
        invitation_revoke(ctx->db, id, ctx->now_us, &v, &ctx->err) != EB_OK)
        return NULL;
    return &invitation_to_pb(ctx->arena, &v)->base;
}

static const svc_method methods[] = {
    {"ListStaffMembers", list_staff, ACCESS_AUTHENTICATED},
    {"CreateMembership", create_membership, ACCESS_AUTHENTICATED},
    {"UpdateMembership", update_membership, ACCESS_AUTHENTICATED},
    {"DeleteMembership", delete_membership, ACCESS_AUTHENTICATED},
    {"ListMemberships", list_memberships, ACCESS_AUTHENTICATED},
    {"CreateInvitation", create_invitation, ACCESS_AUTHENTICATED},
    {"ListInvitations", list_invitations, ACCESS_AUTHENTICATED},
    {"RevokeInvitation", revoke_invitation, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service staff_service = {&edubadges__v1__staff_service__descriptor, methods};
