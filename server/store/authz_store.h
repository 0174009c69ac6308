/* The facts authorization needs about one node, in one query: the institution it belongs
 * to (and whether that institution requires MFA of its staff), the learner it belongs to
 * (assertions, badge requests, learners), and the permission flags an account holds on it
 * through its memberships on the node or any ancestor. */
#ifndef EDUBADGES_AUTHZ_STORE_H
#define EDUBADGES_AUTHZ_STORE_H

#include <stdbool.h>

#include "db.h"
#include "permissions.h"

/* What can be resolved: "institution", "faculty", "issuer", "badge_class", "assertion",
 * "direct_award_bundle", "direct_award", "badge_request", "membership", "invitation",
 * "api_client", "staff", "learner". */
typedef struct authz_facts {
    bool found;
    const char *institution_id;  /* public id; NULL for learners */
    bool require_mfa;            /* of that institution */
    const char *learner_id;      /* public id of the learner the node belongs to, or NULL */
    perm_set permissions;        /* OR of the account's memberships that apply */
    bool account_has_membership; /* the account holds any membership at all */
} authz_facts;

/* account_id: the public id of a staff or client account, or NULL. */
eb_code authz_facts_get(db *d, const char *kind, const char *id, const char *account_id, authz_facts *out,
                        eb_error *e);

#endif
