/* Access reviews: each member of an institution with their memberships and activity, the
 * inactivity rule, and what a review saw and removed. */
#ifndef EDUBADGES_ACCESS_REVIEW_H
#define EDUBADGES_ACCESS_REVIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "membership.h"

#define REVIEW_DAYS_MAX 3650

typedef struct eb_member_access {
    char *member, *display_name, *email;
    int64_t create_us, last_seen_us; /* last_seen_us 0 = never */
    bool inactive, implicit_read;
    eb_membership *grants;
    size_t n_grants;
} eb_member_access;

typedef struct eb_access_review {
    char *id, *institution_id, *reviewer;
    int64_t review_us;
    int inactive_days, member_count, inactive_count;
    eb_member_access *members; /* ReviewStaffAccess only */
    size_t n_members;
    eb_membership *removed;
    size_t n_removed;
    char **kept; /* members kept as the last institution admin */
    size_t n_kept;
} eb_access_review;

/* Whether a member with this activity (or, never active, this creation time) has been
 * inactive for days at now. */
bool member_inactive(int64_t last_seen_us, int64_t create_us, int64_t now_us, int days);

#endif
