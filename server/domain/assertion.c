/* New assertions. */
#include "assertion.h"

#include "award_rules.h"
#include "ids.h"
#include "recipient.h"

eb_assertion assertion_new(arena *a, const eb_badge_class *bc, const eb_learner *l,
                           const award_details *d)
{
    eb_assertion as = {0};
    as.id = eb_new_id(a);
    as.badge_class_id = bc->id;
    as.learner_id = l->id;
    as.recipient_name = (char *)award_recipient_name(d->recipient_name, l);
    as.issued_us = d->issued_us;
    as.expires_us = award_expiry_us(bc, d->issued_us);
    as.grade = (char *)d->grade;
    as.narrative = (char *)d->narrative;
    as.evidence_url = (char *)d->evidence_url;
    as.award_type = d->award_type;
    as.source = d->source;
    as.revocation_reason = "";
    as.recipient_type = "email";
    as.recipient_salt = recipient_new_salt(a);
    as.recipient_hash = recipient_identity_hash(a, l->email, as.recipient_salt);
    return as;
}
