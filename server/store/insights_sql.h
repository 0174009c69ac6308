/* SQL shared by the insights store files: the facts relations of both sources (see
 * migrations/0011_insight_facts.sql), the twenty numbers as columns and their sums. */
#ifndef EDUBADGES_INSIGHTS_SQL_H
#define EDUBADGES_INSIGHTS_SQL_H

#include "store_time.h"

/* Per badge class × month × source, with institution_id: from the counters, or a plain
 * GROUP BY of the awards as of the timestamp parameter $n (aggregated before any join, so
 * that the awards are read once). */
#define FACTS_COUNTED "insight_badge_class_facts"
#define FACTS_AS_OF(n)                                                                             \
    "(SELECT b.institution_id, x.* FROM (SELECT badge_class_id, month, source, " IC_SUMS("")      \
    " FROM insight_facts_as_of(" SQL_TS(n) ") GROUP BY 1, 2, 3) x"                                 \
    " JOIN badge_classes b ON b.id = x.badge_class_id)"
/* The dimensions of every badge class: as the counters hold them, or from the catalog. */
#define DIMS_COUNTED "insight_badge_classes"
#define DIMS_NOW "insight_dimensions_now"

/* The twenty numbers in the order of insights_count, summed over the rows of alias x
 * (given with its dot, e.g. "c."), keeping their names. */
#define IC_SUMS(x)                                                                                 \
    "sum(" x "assertions) AS assertions, sum(" x "in_backpack) AS in_backpack, "                   \
    "sum(" x "expired) AS expired, sum(" x "rejected) AS rejected, sum(" x "revoked) AS revoked, "  \
    "sum(" x "public) AS public, sum(" x "via_direct_award) AS via_direct_award, "                 \
    "sum(" x "via_request) AS via_request, sum(" x "direct_awards) AS direct_awards, "             \
    "sum(" x "da_claimed) AS da_claimed, sum(" x "da_open) AS da_open, "                           \
    "sum(" x "da_rejected) AS da_rejected, sum(" x "da_expired) AS da_expired, "                   \
    "sum(" x "da_deleted) AS da_deleted, sum(" x "da_revoked) AS da_revoked, "                     \
    "sum(" x "da_scheduled) AS da_scheduled, sum(" x "requests_pending) AS requests_pending, "     \
    "sum(" x "requests_accepted) AS requests_accepted, sum(" x "requests_denied) AS requests_denied, " \
    "sum(" x "requests_withdrawn) AS requests_withdrawn"
/* The twenty numbers of alias x as they are. */
#define IC_VALUES(x)                                                                               \
    x "assertions, " x "in_backpack, " x "expired, " x "rejected, " x "revoked, " x "public, "      \
    x "via_direct_award, " x "via_request, " x "direct_awards, " x "da_claimed, " x "da_open, "    \
    x "da_rejected, " x "da_expired, " x "da_deleted, " x "da_revoked, " x "da_scheduled, "        \
    x "requests_pending, " x "requests_accepted, " x "requests_denied, " x "requests_withdrawn"
/* Whether alias x counts anything at all (every award is in one of these). */
#define IC_ANY(x)                                                                                  \
    "(" x "assertions + " x "direct_awards + " x "da_deleted + " x "da_scheduled + "              \
    x "requests_pending + " x "requests_accepted + " x "requests_denied + " x "requests_withdrawn) > 0"

/* The institution of parameter $n: every institution when it is ''. */
#define IN_INSTITUTION(col, n)                                                                     \
    "($" #n " = '' OR " col " = (SELECT id FROM institutions WHERE public_id = $" #n "))"

#endif
