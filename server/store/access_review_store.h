/* Access reviews in PostgreSQL: the members of an institution with their memberships,
 * the removal of memberships, and the record of every review. */
#ifndef EDUBADGES_ACCESS_REVIEW_STORE_H
#define EDUBADGES_ACCESS_REVIEW_STORE_H

#include "access_review.h"
#include "db.h"

/* Every enabled member (staff and API clients) of the institution with their memberships,
 * by display name; inactive and implicit_read set for the review's days at now_us. */
eb_code access_members(db *d, const char *institution_id, int inactive_days, int64_t now_us,
                       eb_member_access **out, size_t *n, eb_error *e);
/* Deletes the listed memberships (public ids). */
eb_code access_remove(db *d, char *const *membership_ids, size_t n, eb_error *e);
/* Records the review (id, institution_id, reviewer, inactive_days, counts, removed, kept
 * set) at now_us. */
eb_code access_review_record(db *d, eb_access_review *rv, int64_t now_us, eb_error *e);
/* The recorded reviews of an institution, newest first, after the page key. */
eb_code access_review_list(db *d, const char *institution_id, const char *after, int limit, eb_access_review **out,
                           int *n, bool *more, eb_error *e);

#endif
