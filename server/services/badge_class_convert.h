/* Conversion of badge classes between protobuf-c messages and the domain. */
#ifndef EDUBADGES_BADGE_CLASS_CONVERT_H
#define EDUBADGES_BADGE_CLASS_CONVERT_H

#include "badge_class.h"
#include "edubadges/v1/badge_class.pb-c.h"

/* The domain value of a request's badge class; tag names are reduced to ids, recording a
 * violation of "{prefix}tags[i]" for a malformed one. */
eb_badge_class badge_class_from_pb(eb_error *e, const Edubadges__V1__BadgeClass *pb, const char *prefix);
Edubadges__V1__BadgeClass *badge_class_to_pb(arena *a, const eb_badge_class *bc);
/* The fields set in a request, for an update without a mask (AIP-134). */
field_mask badge_class_implied_mask(arena *a, const Edubadges__V1__BadgeClass *pb);

#endif
