/* Conversions of the access model between protobuf-c messages and domain values:
 * permission lists, memberships, invitations and review grants. */
#ifndef EDUBADGES_ACCESS_CONVERT_H
#define EDUBADGES_ACCESS_CONVERT_H

#include "edubadges/v1/access_review.pb-c.h"
#include "edubadges/v1/staff.pb-c.h"
#include "membership.h"

/* The Permission values of a set, in enum order (arena). */
Edubadges__V1__Permission *pb_permissions(arena *a, perm_set s, size_t *n);
Edubadges__V1__Membership *membership_to_pb(arena *a, const eb_membership *m);
Edubadges__V1__Invitation *invitation_to_pb(arena *a, const eb_invitation *v);
Edubadges__V1__AccessGrant *grant_to_pb(arena *a, const eb_membership *m);

#endif
