/* Learners, their institution accounts and consents in PostgreSQL. */
#ifndef EDUBADGES_LEARNER_STORE_H
#define EDUBADGES_LEARNER_STORE_H

#include "db.h"
#include "learner.h"

/* Creates the learner with l->eduid (taking l->id as its new public id) or updates the
 * existing one; the accounts given replace the learner's, and an eppn that another
 * learner had moves to this one. Reads the learner back into l. */
eb_code learner_upsert(db *d, eb_learner *l, eb_error *e);
/* NOT_FOUND (LEARNER_NOT_FOUND) when there is no such learner. */
eb_code learner_get(db *d, const char *id, eb_learner *out, eb_error *e);
/* Records (or replaces) a consent; NOT_FOUND for an unknown learner or institution. */
eb_code consent_record(db *d, const char *learner_id, eb_consent *c, eb_error *e);

#endif
