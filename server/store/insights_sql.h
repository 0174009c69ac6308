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

/* The twenty numbers in the order of insights_count, each as pre <column> post, keeping
 * their names. */
#define IC_NUMBERS(pre, post) \
    pre "assertions" post " AS assertions, " pre "in_backpack" post " AS in_backpack, " \
    pre "expired" post " AS expired, " pre "rejected" post " AS rejected, " \
    pre "revoked" post " AS revoked, " pre "public" post " AS public, " \
    pre "via_direct_award" post " AS via_direct_award, " \
    pre "via_request" post " AS via_request, " pre "direct_awards" post " AS direct_awards, " \
    pre "da_claimed" post " AS da_claimed, " pre "da_open" post " AS da_open, " \
    pre "da_rejected" post " AS da_rejected, " pre "da_expired" post " AS da_expired, " \
    pre "da_deleted" post " AS da_deleted, " pre "da_revoked" post " AS da_revoked, " \
    pre "da_scheduled" post " AS da_scheduled, " \
    pre "requests_pending" post " AS requests_pending, " \
    pre "requests_accepted" post " AS requests_accepted, " \
    pre "requests_denied" post " AS requests_denied, " \
    pre "requests_withdrawn" post " AS requests_withdrawn"
/* The twenty numbers summed over the rows of alias x (given with its dot, e.g. "c."). */
#define IC_SUMS(x) IC_NUMBERS("sum(" x, ")")
/* The twenty numbers of alias x as they are. */
#define IC_VALUES(x) IC_NUMBERS(x, "")
/* Whether alias x counts anything at all (every award is in one of these). */
#define IC_ANY(x)                                                                                  \
    "(" x "assertions + " x "direct_awards + " x "da_deleted + " x "da_scheduled + "              \
    x "requests_pending + " x "requests_accepted + " x "requests_denied + " x "requests_withdrawn) > 0"

/* The institution of parameter $n: every institution when it is ''. */
#define IN_INSTITUTION(col, n)                                                                     \
    "($" #n " = '' OR " col " = (SELECT id FROM institutions WHERE public_id = $" #n "))"

#endif
