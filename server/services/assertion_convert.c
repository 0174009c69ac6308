/* The assertion message of the API. */
#include "assertion_convert.h"

#include "convert.h"
#include "ids.h"

Edubadges__V1__Assertion *assertion_to_pb(arena *a, const eb_assertion *as)
{
    Edubadges__V1__Assertion *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__assertion__init(pb);
    pb->name = eb_resource_name(a, "assertions", as->id);
    pb->badge_class = eb_resource_name(a, "badgeClasses", as->badge_class_id);
    pb->learner = *as->learner_id ? eb_resource_name(a, "learners", as->learner_id) : "";
    pb->recipient_name = as->recipient_name;
    pb->issue_time = pb_timestamp(a, as->issued_us);
    pb->expire_time = as->expires_us ? pb_timestamp(a, as->expires_us) : NULL;
    pb->grade = as->grade;
    pb->narrative = as->narrative;
    pb->evidence_url = as->evidence_url;
    pb->award_type = (Edubadges__V1__AwardType)as->award_type;
    pb->source = (Edubadges__V1__AwardSource)as->source;
    pb->public_ = as->public;
    pb->revoked = as->revoked;
    pb->revocation_reason = as->revocation_reason;
    pb->revoke_time = as->revoked_us ? pb_timestamp(a, as->revoked_us) : NULL;
    pb->recipient_identity = as->recipient_hash;
    pb->recipient_salt = as->recipient_salt;
    pb->acceptance = (Edubadges__V1__Acceptance)as->acceptance;
    return pb;
}
