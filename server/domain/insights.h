/* Insights: the query of QueryInsights (dimensions, months, filters), the numbers of a
 * row and their order, page keys, the claim rate and the rule that picks the counters a
 * query can be answered from. Pure rules; the SQL is in store/insights_store.c and the
 * definitions of the numbers in proto/edubadges/v1/insights.proto. */
#ifndef EDUBADGES_INSIGHTS_H
#define EDUBADGES_INSIGHTS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

/* The dimensions, numbered as edubadges.v1.InsightsDimension. */
typedef enum {
    INSIGHTS_MONTH = 1,
    INSIGHTS_FACULTY,
    INSIGHTS_ISSUER,
    INSIGHTS_BADGE_CLASS,
    INSIGHTS_BADGE_CLASS_TYPE,
    INSIGHTS_SECTOR,
    INSIGHTS_TAG,
    INSIGHTS_AWARD_SOURCE,
} insights_dimension;
#define INSIGHTS_DIMENSIONS 8

/* At most this many objects in each list of a filter. */
#define INSIGHTS_FILTER_MAX 100
/* Months from January 2000 to December 2099. */
#define INSIGHTS_YEAR_MIN 2000
#define INSIGHTS_YEAR_MAX 2099

/* The numbers of a group, in the order of the columns of the insight_*_facts relations. */
typedef enum {
    IC_ASSERTIONS,
    IC_IN_BACKPACK,
    IC_EXPIRED,
    IC_REJECTED,
    IC_REVOKED,
    IC_PUBLIC,
    IC_VIA_DIRECT_AWARD,
    IC_VIA_REQUEST,
    IC_DIRECT_AWARDS,
    IC_DA_CLAIMED,
    IC_DA_OPEN,
    IC_DA_REJECTED,
    IC_DA_EXPIRED,
    IC_DA_DELETED,
    IC_DA_REVOKED,
    IC_DA_SCHEDULED,
    IC_REQUESTS_PENDING,
    IC_REQUESTS_ACCEPTED,
    IC_REQUESTS_DENIED,
    IC_REQUESTS_WITHDRAWN,
    IC_COUNT
} insights_count;

typedef struct eb_strings {
    const char **items;
    size_t n;
} eb_strings;

typedef struct insights_filter {
    eb_strings faculties, issuers, badge_classes, tags;  /* public ids */
    eb_strings badge_class_types, sectors, award_sources; /* vocabulary codes */
} insights_filter;

typedef struct insights_query {
    const char *institution_id; /* "" for every institution together */
    int first_month, last_month; /* year * 12 + month - 1 */
    unsigned group_by;           /* bit 1 << dimension for each grouped dimension */
    insights_filter filter;
} insights_query;

/* One row: the values of the grouped dimensions ("" for the others) and the numbers. */
typedef struct insights_row {
    const char *month; /* "YYYY-MM" */
    const char *faculty_id, *faculty_nl, *faculty_en;
    const char *issuer_id, *issuer_nl, *issuer_en;
    const char *badge_class_id, *badge_class_name;
    const char *badge_class_type, *sector, *award_source; /* codes */
    const char *tag_id, *tag_name;
    int counts[IC_COUNT];
} insights_row;

/* The month index of a year and month; records violations of "{field}.year" and
 * "{field}.month" (and returns -1) when either is out of range, of "{field}" when both are
 * 0 (an open end). */
int insights_month_index(eb_error *e, const char *field, int year, int month);
/* Records a violation of field when first comes after last (both valid). */
void insights_check_month_order(eb_error *e, const char *field, int first, int last);
/* "YYYY-MM-01" of a month index, for the database. */
char *insights_month_date(arena *a, int month_index);
/* Adds a dimension given by its number at "{field}"; records a violation when the number
 * is not a dimension or is already grouped. */
void insights_group_add(eb_error *e, const char *field, insights_query *q, int dimension);
bool insights_grouped(const insights_query *q, insights_dimension d);
/* Whether the query needs the per-badge-class counters (it groups or filters on faculty,
 * issuer, badge class or tag); otherwise the per-institution ones answer it. */
bool insights_by_badge_class(const insights_query *q);
/* A text that identifies the query (not the page), to bind page tokens to it. */
char *insights_query_key(arena *a, const insights_query *q);

/* The sort key of a row: its eight dimension values joined by commas. */
char *insights_row_key(arena *a, const insights_row *r);
/* The eight values of a sort key; false when it has another form. */
bool insights_row_key_split(arena *a, const char *key, const char *parts[INSIGHTS_DIMENSIONS]);

/* claimed / (direct awards - revoked); false when that denominator is 0. */
bool insights_claim_rate(int claimed, int direct_awards, int revoked, double *rate);

#endif
