/* Staff accounts and learners as principals: the login of a staff member (their account
 * made or refreshed, their invitations taken up), the staff list of an institution, the
 * learner of an eduID, and the last activity of accounts. */
#ifndef EDUBADGES_STAFF_STORE_H
#define EDUBADGES_STAFF_STORE_H

#include "account.h"
#include "audit.h"
#include "db.h"
#include "oidc.h"

/* The staff principal of verified staff claims, in one transaction: the institution is
 * the one of the schac_home domain (PERMISSION_DENIED UNKNOWN_INSTITUTION otherwise); an
 * account bound to another institution or disabled is refused (PERMISSION_DENIED); a new
 * account is made only for someone with an open invitation (PERMISSION_DENIED
 * NOT_INVITED); open invitations of the e-mail address are taken up; the last activity is
 * recorded. audit describes the call, for the events of taken-up invitations. */
eb_code staff_login(db *d, const oidc_claims *c, const eb_audit_event *audit, int64_t now_us, principal *out,
                    eb_error *e);
/* The staff members of an institution, by display name and id, after the page key. */
eb_code staff_list(db *d, const char *institution_id, const char *after, int limit, eb_staff_member **out, int *n,
                   bool *more, eb_error *e);
/* The e-mail address of a staff account (a public id); *out NULL when it has none. */
eb_code staff_email(db *d, const char *account_id, const char **out, eb_error *e);
/* The public id of the learner with this eduID pseudonym; *out NULL when none. */
eb_code learner_of_eduid(db *d, const char *eduid, const char **out, eb_error *e);
/* Records activity of an account (a public id) now; at most one write a minute. */
eb_code account_touch(db *d, const char *account_id, int64_t now_us, eb_error *e);

#endif
