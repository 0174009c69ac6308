/* Invitations in PostgreSQL, and their take-up at a staff member's login. */
#ifndef EDUBADGES_INVITATION_STORE_H
#define EDUBADGES_INVITATION_STORE_H

#include "audit.h"
#include "db.h"
#include "membership.h"

/* Inserts inv (id, email, node, permissions, invited_by set; the rest filled), open for
 * INVITATION_VALID_DAYS from now_us, in place of an expired one for the address and node
 * (which stays expired). ALREADY_EXISTS (INVITATION_EXISTS) when an open one for the
 * address and node exists. */
eb_code invitation_create(db *d, eb_invitation *inv, int64_t now_us, eb_error *e);
eb_code invitation_get(db *d, const char *id, int64_t now_us, eb_invitation *out, eb_error *e);
/* On the node and below it, newest first, after the page key; closed ones when asked. */
eb_code invitation_list(db *d, org_node parent, bool show_closed, int64_t now_us, const char *after, int limit,
                        eb_invitation **out, int *n, bool *more, eb_error *e);
/* Revokes an open invitation; FAILED_PRECONDITION (INVITATION_<STATE>) otherwise. */
eb_code invitation_revoke(db *d, const char *id, int64_t now_us, eb_invitation *out, eb_error *e);
/* Whether an open invitation waits for this address at this institution. */
eb_code invitation_waiting(db *d, const char *email, const char *institution_id, int64_t now_us, bool *out,
                           eb_error *e);
/* Takes up the open invitations of the address at the institution for the staff account
 * (a public id), except those the account made itself: each becomes a membership (a
 * membership on the same node gains its permissions; one on an ancestor already covers
 * it), is marked accepted and gets an audit event (audit: the call's request id, peer,
 * client and method). *taken counts them. Runs in the caller's transaction. */
eb_code invitation_take_up(db *d, const char *account_id, const char *email, const char *institution_id,
                           const eb_audit_event *audit, int64_t now_us, int *taken, eb_error *e);

#endif
