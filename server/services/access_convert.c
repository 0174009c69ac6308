/* Conversions of the access model. */
#include "access_convert.h"

#include "convert.h"
#include "etag.h"
#include "ids.h"

Edubadges__V1__Permission *pb_permissions(arena *a, perm_set s, size_t *n)
{
    Edubadges__V1__Permission *out = arena_alloc(a, sizeof *out * PERM_COUNT);
    *n = 0;
    for (int i = 0; i < PERM_COUNT; i++)
        if (s & (1u << i))
            out[(*n)++] = (Edubadges__V1__Permission)(i + 1);
    return out;
}

static Edubadges__V1__StaffRole role_of(org_node node, perm_set s)
{
    const staff_role *r = staff_role_matching(node.level, s);
    return r ? (Edubadges__V1__StaffRole)r->number : EDUBADGES__V1__STAFF_ROLE__STAFF_ROLE_UNSPECIFIED;
}

Edubadges__V1__Membership *membership_to_pb(arena *a, const eb_membership *m)
{
    Edubadges__V1__Membership *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__membership__init(pb);
    pb->name = eb_resource_name(a, "memberships", m->id);
    pb->member = m->member;
    pb->node = org_node_name(a, m->node);
    pb->permissions = pb_permissions(a, m->permissions, &pb->n_permissions);
    pb->role = role_of(m->node, m->permissions);
    pb->granted_by = m->granted_by;
    pb->create_time = pb_timestamp(a, m->create_time_us);
    pb->update_time = pb_timestamp(a, m->update_time_us);
    pb->etag = etag_of(a, m->revision);
    return pb;
}

Edubadges__V1__Invitation *invitation_to_pb(arena *a, const eb_invitation *v)
{
    Edubadges__V1__Invitation *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__invitation__init(pb);
    pb->name = eb_resource_name(a, "invitations", v->id);
    pb->email = v->email;
    pb->node = org_node_name(a, v->node);
    pb->permissions = pb_permissions(a, v->permissions, &pb->n_permissions);
    pb->role = role_of(v->node, v->permissions);
    pb->invited_by = v->invited_by;
    pb->state = (Edubadges__V1__Invitation__State)v->state;
    pb->create_time = pb_timestamp(a, v->create_time_us);
    pb->expire_time = pb_timestamp(a, v->expire_time_us);
    pb->accepted_by = v->accepted_by;
    return pb;
}

Edubadges__V1__AccessGrant *grant_to_pb(arena *a, const eb_membership *m)
{
    Edubadges__V1__AccessGrant *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__access_grant__init(pb);
    pb->membership = eb_resource_name(a, "memberships", m->id);
    pb->node = org_node_name(a, m->node);
    pb->permissions = pb_permissions(a, m->permissions, &pb->n_permissions);
    pb->role = role_of(m->node, m->permissions);
    pb->granted_by = m->granted_by;
    pb->grant_time = pb_timestamp(a, m->create_time_us);
    return pb;
}
