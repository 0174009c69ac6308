/* Insights in PostgreSQL: the sweep that makes the passing of time stored state, the check
 * that a query names objects of its institution, and the rows of QueryInsights, counted
 * from the counters (what the service uses) or straight from the awards (the reference that
 * tests and benchmarks compare the counters with). */
#ifndef EDUBADGES_INSIGHTS_STORE_H
#define EDUBADGES_INSIGHTS_STORE_H

#include <stdint.h>

#include "db.h"
#include "insights.h"

typedef enum {
    INSIGHTS_FROM_COUNTERS, /* insight_*_counts, kept by the awarding statements */
    INSIGHTS_FROM_AWARDS,   /* a plain GROUP BY over assertions, direct awards and requests */
} insights_source;

/* Expires what is due as of now_us (unclaimed direct awards, assertions) and releases due
 * scheduled bundles, so that the counters are exact as of now_us. */
eb_code insights_sweep(db *d, int64_t now_us, eb_error *e);

/* NOT_FOUND when the query's institution does not exist; a violation of
 * "filter.{list}[i]" for every filter object that does not exist or belongs to another
 * institution. */
eb_code insights_check_scope(db *d, const insights_query *q, eb_error *e);

/* A page of rows after the row whose sort key has these parts (NULL for the first page;
 * see insights_row_key_split). The counters must have been swept (insights_sweep) as of
 * now_us; the awards are read as of now_us. */
eb_code insights_query_rows(db *d, const insights_query *q, insights_source src, int64_t now_us,
                            const char *const *after, int limit, insights_row **rows, int *n,
                            bool *more, eb_error *e);

#endif
