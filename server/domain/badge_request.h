/* The badge request resource: a learner asks for a badge class. */
#ifndef EDUBADGES_BADGE_REQUEST_H
#define EDUBADGES_BADGE_REQUEST_H

#include <stdint.h>

#include "badge_class.h"
#include "error.h"

typedef struct eb_badge_request {
    char *id, *badge_class_id, *learner_id, *assertion_id;
    char *narrative, *evidence_url, *deny_reason;
    int status; /* edubadges.v1.BadgeRequestStatus */
    int64_t create_time_us, update_time_us;
} eb_badge_request;

/* Trims and checks the learner's part of a request (lengths, URL form); violations under
 * prefix. */
void badge_request_validate(arena *a, eb_error *e, eb_badge_request *r, const char *prefix);
/* What the badge class asks of the learner (motivation, evidence), once the request passed
 * badge_request_validate; violations under prefix. */
void badge_request_check_asks(eb_error *e, const eb_badge_request *r, const eb_badge_class *bc,
                              const char *prefix);
/* Trims and checks what an approval adds (narrative, evidence, grade); violations of the
 * request fields. */
void badge_request_approval_validate(arena *a, eb_error *e, char **narrative, char **evidence_url,
                                     char **grade);
/* What the badge class requires of an approval, once it passed
 * badge_request_approval_validate. */
void badge_request_approval_check_required(eb_error *e, const char *narrative, const char *evidence_url,
                                           const char *grade, const eb_badge_class *bc);

#endif
