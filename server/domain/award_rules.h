/* Who may receive a badge and when: the checks shared by direct awards, claims, requests
 * and approvals, and the dates of what is awarded. */
#ifndef EDUBADGES_AWARD_RULES_H
#define EDUBADGES_AWARD_RULES_H

#include <stdint.h>

#include "badge_class.h"
#include "learner.h"

/* Unclaimed direct awards can be claimed this long. */
#define DIRECT_AWARD_VALIDITY_DAYS 82

typedef enum {
    AWARD_FLOW_DIRECT, /* a bundle of direct awards */
    AWARD_FLOW_REQUEST /* a learner's request */
} award_flow;

/* FAILED_PRECONDITION unless the badge class can be awarded through the flow: published,
 * active, and direct awarding (or requests) not disabled. */
eb_code award_check_badge_class(eb_error *e, const eb_badge_class *bc, award_flow flow);
/* FAILED_PRECONDITION unless the learner may receive the badge: a validated name (unless
 * the badge class allows non-validated names) and a consent to the institution's terms of
 * the badge's kind. */
eb_code award_check_learner(eb_error *e, const eb_learner *l, const eb_badge_class *bc);
/* FAILED_PRECONDITION (NOT_A_MEMBER) unless the learner has an account of the institution:
 * its schac_home is the institution's identifier or its alternative identifier (a
 * temporary guest identity provider counts as the institution). Badge classes that allow
 * non-validated names are open to anyone. For requests. */
eb_code award_check_membership(eb_error *e, const eb_learner *l, const eb_badge_class *bc,
                               const char *identifier, const char *alternative_identifier);
/* The terms kind a badge class falls under (extra-curricular: informal; else formal). */
int award_terms_kind(const eb_badge_class *bc);
/* When an assertion issued at issued_us expires; 0 when the badge class has no period. */
int64_t award_expiry_us(const eb_badge_class *bc, int64_t issued_us);
/* The name an assertion carries: the awarder's name for the learner, else the validated
 * name. */
const char *award_recipient_name(const char *given, const eb_learner *l);

#endif
