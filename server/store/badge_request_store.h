/* Badge requests in PostgreSQL. */
#ifndef EDUBADGES_BADGE_REQUEST_STORE_H
#define EDUBADGES_BADGE_REQUEST_STORE_H

#include "badge_request.h"
#include "db.h"

/* ALREADY_EXISTS (REQUEST_PENDING) when the learner has a pending request for the badge. */
eb_code badge_request_insert(db *d, eb_badge_request *r, eb_error *e);
eb_code badge_request_get(db *d, const char *id, eb_badge_request *out, eb_error *e);
/* Oldest first, of a badge class ("badgeClasses") or a learner ("learners"); status 0 = any. */
eb_code badge_request_list(db *d, const char *parent_collection, const char *parent_id, int status,
                           const char *after, int limit, eb_badge_request **out, int *n, bool *more,
                           eb_error *e);
/* Moves a pending request to status (approved with the assertion's internal key, denied
 * with a reason, or withdrawn); FAILED_PRECONDITION naming its state when it is not
 * pending. Reads it back into out. */
eb_code badge_request_close(db *d, const char *id, int status, const char *assertion_key,
                            const char *deny_reason, eb_badge_request *out, eb_error *e);
/* Inside the caller's transaction: withdraws the learner's pending request for the badge. */
eb_code badge_request_withdraw_for(db *d, const char *badge_class_id, const char *learner_id, eb_error *e);

#endif
