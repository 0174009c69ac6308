/* Direct award bundles and direct awards in PostgreSQL. */
#ifndef EDUBADGES_DIRECT_AWARD_STORE_H
#define EDUBADGES_DIRECT_AWARD_STORE_H

#include "db.h"
#include "direct_award.h"

/* Inside the caller's transaction: inserts the bundle (filling b->id and its time) and a
 * direct award for every good row (out[i].reason NULL), with a new id in ids[i]; a row for
 * someone with an open award of the badge class already gets OPEN_AWARD_EXISTS in out[i].
 * Offered at now (or at the schedule) and claimable for 82 days from then. */
eb_code direct_award_bundle_insert(db *d, eb_bundle *b, const eb_award_row *rows, size_t n,
                                   row_outcome *out, char **ids, int64_t now_us, eb_error *e);
/* The bundle with its counts as of now. */
eb_code direct_award_bundle_get(db *d, const char *id, int64_t now_us, eb_bundle *out, eb_error *e);
eb_code direct_award_get(db *d, const char *id, int64_t now_us, eb_direct_award *out, eb_error *e);
/* A bundle's awards in row order after the key `after` ("" = from the start). */
eb_code direct_award_list(db *d, const char *bundle_id, int64_t now_us, const char *after, int limit,
                          eb_direct_award **out, int *n, bool *more, eb_error *e);
/* Inside the caller's transaction: marks the award claimed by the assertion (its internal
 * key) if it is still claimable at now; FAILED_PRECONDITION naming its state otherwise. */
eb_code direct_award_accept(db *d, const char *id, const char *assertion_key, int64_t now_us, eb_error *e);
/* Marks the award rejected if it is still open at now. */
eb_code direct_award_reject(db *d, const char *id, int64_t now_us, eb_error *e);
/* Inside the caller's transaction: withdraws the open awards of the badge class addressed
 * to the learner's eppns or e-mail address. */
eb_code direct_award_withdraw_for(db *d, const char *badge_class_id, const char *learner_id, eb_error *e);

#endif
