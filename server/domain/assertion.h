/* The assertion resource: an awarded badge, with its recipient hashed for Open Badges. */
#ifndef EDUBADGES_ASSERTION_H
#define EDUBADGES_ASSERTION_H

#include <stdbool.h>
#include <stdint.h>

#include "badge_class.h"
#include "learner.h"

#define ASSERTION_REASON_MAX 1000

typedef struct eb_assertion {
    char *id, *badge_class_id, *learner_id;
    char *recipient_name;
    int64_t issued_us, expires_us, revoked_us; /* 0 = none */
    char *grade, *narrative, *evidence_url;
    int award_type; /* edubadges.v1.AwardType */
    int source;     /* edubadges.v1.AwardSource */
    int acceptance; /* edubadges.v1.Acceptance */
    bool public, revoked;
    char *revocation_reason;
    char *recipient_type, *recipient_hash, *recipient_salt;
} eb_assertion;

/* What an award says beyond who gets what. */
typedef struct award_details {
    const char *recipient_name, *narrative, *evidence_url, *grade;
    int award_type, source;
    int64_t issued_us;
} award_details;

/* A new assertion of the badge class for the learner: a new id, the expiry from the badge
 * class, and the recipient identity hashed from the learner's normalised e-mail address
 * with a new salt. */
eb_assertion assertion_new(arena *a, const eb_badge_class *bc, const eb_learner *l,
                           const award_details *d);

#endif
