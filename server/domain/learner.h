/* The learner resource as the identity layer reports it: eduID pseudonym, e-mail address,
 * validated name and linked institution accounts; and the consent rules. */
#ifndef EDUBADGES_LEARNER_H
#define EDUBADGES_LEARNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

#define LEARNER_MAX_ACCOUNTS 20

typedef struct eb_account {
    char *eppn, *schac_home;
} eb_account;

typedef struct eb_consent {
    char *institution_id;
    int terms_kind; /* edubadges.v1.TermsKind */
    int terms_version;
    int64_t consent_time_us;
} eb_consent;

typedef struct eb_learner {
    char *id;
    char *eduid, *email, *validated_name;
    eb_account *accounts;
    size_t n_accounts;
    eb_consent *consents; /* output only */
    size_t n_consents;
    int64_t create_time_us, update_time_us;
} eb_learner;

/* Normalises the e-mail address and eppns as recipient identifiers, trims the rest and
 * lower-cases the schac_homes. */
void learner_normalize(arena *a, eb_learner *l);
/* Records a violation under prefix for every rule the learner breaks. */
void learner_validate(eb_error *e, const eb_learner *l, const char *prefix);
void consent_validate(eb_error *e, const eb_consent *c, const char *prefix);
/* Whether the learner has an eppn equal to a normalised one. */
bool learner_has_eppn(const eb_learner *l, const char *eppn);
/* The consent the learner gave to the institution's terms of a kind, or NULL. */
const eb_consent *learner_consent(const eb_learner *l, const char *institution_id, int terms_kind);

#endif
