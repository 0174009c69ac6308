/* The rows of a direct award bundle: normalising their recipients and checking each row
 * on its own, so that good rows are awarded and bad ones reported. */
#ifndef EDUBADGES_DIRECT_AWARD_H
#define EDUBADGES_DIRECT_AWARD_H

#include <stddef.h>

#include "badge_class.h"
#include "eppn_pattern.h"

#define DIRECT_AWARD_MAX_ROWS 10000
#define AWARD_GRADE_MAX 100

typedef struct eb_award_row {
    char *recipient, *recipient_name, *narrative, *evidence_url, *grade;
} eb_award_row;

/* A bundle, as stored. counts[] is indexed by edubadges.v1.DirectAwardStatus. */
typedef struct eb_bundle {
    char *id, *badge_class_id, *created_by;
    int identifier_type, source;
    int64_t scheduled_us, create_time_us; /* scheduled_us 0 = at once */
    int counts[7];
} eb_bundle;

/* A direct award; status is as of the read (expiry and schedules applied). */
typedef struct eb_direct_award {
    char *id, *bundle_id, *badge_class_id, *assertion_id;
    eb_award_row row;
    int identifier_type, status;
    int64_t expires_us, create_time_us;
} eb_direct_award;

/* One thing wrong with a row: the row's field, a stable reason and a message. */
typedef struct row_problem {
    const char *field; /* "recipient", "narrative", ... */
    const char *reason;
    const char *message;
    struct row_problem *next;
} row_problem;

/* Why a row failed: every problem, in the order found; the first one's reason, and all
 * messages joined by "; ". reason NULL for a good row. */
typedef struct row_outcome {
    const char *reason;
    const char *message;
    row_problem *problems;
} row_outcome;

/* Adds a problem to the row's outcome. */
void direct_award_row_fail(arena *a, row_outcome *o, const char *field, const char *reason,
                           const char *message);

/* FAILED_PRECONDITION ("DIRECT_AWARD_EXPIRED", ...) for an award that is not open; the
 * message names the assertion a claimed one became (for a claim retried after a lost answer). */
eb_code direct_award_not_open(eb_error *e, const eb_direct_award *da);

/* Normalises every row's recipient (eppn or e-mail by identifier_type) and checks it
 * against the identifier rules, the eppn pattern, the badge class's required narrative,
 * evidence and grade, and the earlier rows (a repeated recipient fails). Fills out[i] with
 * every problem of row i and returns the number of good rows. */
size_t direct_award_check_rows(arena *a, eb_award_row *rows, size_t n, int identifier_type,
                               const eppn_matcher *pattern, const eb_badge_class *bc,
                               row_outcome *out);

#endif
