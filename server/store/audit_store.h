/* The audit trail in PostgreSQL: append-only (the table refuses updates and deletes). */
#ifndef EDUBADGES_AUDIT_STORE_H
#define EDUBADGES_AUDIT_STORE_H

#include "audit.h"
#include "db.h"

/* Appends ev (every field but occur_us set; NULL institution allowed) at now_us, in the
 * caller's transaction. */
eb_code audit_append(db *d, const eb_audit_event *ev, int64_t now_us, eb_error *e);
/* An institution's events, newest first, after the page key; actor and resource filter
 * when not empty. */
eb_code audit_list(db *d, const char *institution_id, const char *actor, const char *resource, const char *after,
                   int limit, eb_audit_event **out, int *n, bool *more, eb_error *e);

#endif
