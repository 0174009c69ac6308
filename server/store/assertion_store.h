/* Assertions in PostgreSQL. */
#ifndef EDUBADGES_ASSERTION_STORE_H
#define EDUBADGES_ASSERTION_STORE_H

#include "assertion.h"
#include "db.h"

/* Inserts inside the caller's transaction and returns the internal key (as text) in *key;
 * FAILED_PRECONDITION (ALREADY_HOLDS_BADGE) when the learner holds the badge unrevoked. */
eb_code assertion_insert(db *d, const eb_assertion *as, char **key, eb_error *e);
eb_code assertion_get(db *d, const char *id, eb_assertion *out, eb_error *e);
/* Whether the learner holds the badge class unrevoked. */
eb_code assertion_held(db *d, const char *badge_class_id, const char *learner_id, bool *held, eb_error *e);
/* Newest first, of a badge class ("badgeClasses") or a learner ("learners"). */
eb_code assertion_list(db *d, const char *parent_collection, const char *parent_id, bool show_revoked,
                       const char *after, int limit, eb_assertion **out, int *n, bool *more, eb_error *e);
char *assertion_page_key(arena *a, const eb_assertion *as);
/* Revokes all of them in one transaction (NOT_FOUND naming the first unknown one, then
 * nothing changes); reads them back in order. */
eb_code assertion_revoke(db *d, char **ids, size_t n, const char *reason, int64_t now_us,
                         eb_assertion *out, eb_error *e);
/* Sets the public flag of the learner's assertion; PERMISSION_DENIED when it is someone
 * else's. */
eb_code assertion_set_public(db *d, const char *id, const char *learner_id, bool public,
                             eb_assertion *out, eb_error *e);

#endif
