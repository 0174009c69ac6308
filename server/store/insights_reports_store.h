/* The management queries and the public statistics in PostgreSQL, each from the counters
 * (what the service uses) or straight from the awards (the reference for tests and
 * benchmarks). institution_id "" means every institution. The counters must have been
 * swept as of now_us (insights_sweep); the awards are read as of now_us. */
#ifndef EDUBADGES_INSIGHTS_REPORTS_STORE_H
#define EDUBADGES_INSIGHTS_REPORTS_STORE_H

#include "db.h"
#include "insights_reports.h"
#include "insights_store.h"

/* A page of badge classes after the given institution and badge class ids ("" for the
 * first page). */
eb_code insights_overview(db *d, const char *institution_id, insights_source src, int64_t now_us,
                          const char *after_institution, const char *after_badge_class, int limit,
                          overview_row **rows, int *n, bool *more, eb_error *e);

/* A page of staff rows after the one with these ids (issuer, staff member, membership;
 * "" for the first page). */
eb_code insights_issuer_staff(db *d, const char *institution_id, const char *const after[3], int limit,
                              issuer_staff_row **rows, int *n, bool *more, eb_error *e);

eb_code insights_micro_by_institution(db *d, const char *institution_id, insights_source src,
                                      int64_t now_us, micro_institution_row **rows, int *n,
                                      eb_error *e);
eb_code insights_micro_holdings(db *d, const char *institution_id, insights_source src, int64_t now_us,
                                holding_row **rows, int *n, eb_error *e);
eb_code insights_sector_overview(db *d, insights_source src, int64_t now_us, sector_row **rows, int *n,
                                 eb_error *e);
eb_code insights_public_statistics(db *d, insights_source src, int64_t now_us, public_statistics *out,
                                   eb_error *e);

#endif
