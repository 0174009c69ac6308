/* Learners and their consents. */
#include "learner.h"

#include <stdio.h>
#include <string.h>

#include "email.h"
#include "institution.h"
#include "localized.h"
#include "recipient.h"
#include "text.h"
#include "vocabulary.h"

void learner_normalize(arena *a, eb_learner *l)
{
    l->eduid = text_trim(a, l->eduid);
    l->email = recipient_normalize(a, l->email);
    l->validated_name = text_trim(a, l->validated_name);
    for (size_t i = 0; i < l->n_accounts; i++) {
        l->accounts[i].eppn = recipient_normalize(a, l->accounts[i].eppn);
        l->accounts[i].schac_home = text_ascii_lower(a, text_trim(a, l->accounts[i].schac_home));
    }
}

void learner_validate(eb_error *e, const eb_learner *l, const char *prefix)
{
    char f[128];
#define FIELD(name) (snprintf(f, sizeof f, "%s%s", prefix, name), f)
    check_required_text(e, FIELD("eduid"), l->eduid, CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
    check_email(e, FIELD("email"), l->email, true);
    check_text(e, FIELD("validated_name"), l->validated_name, CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
    if (l->n_accounts > LEARNER_MAX_ACCOUNTS)
        eb_violate(e, FIELD("accounts"), "at most %d are allowed", LEARNER_MAX_ACCOUNTS);
    for (size_t i = 0; i < l->n_accounts && i < LEARNER_MAX_ACCOUNTS; i++) {
        snprintf(f, sizeof f, "%saccounts[%zu].eppn", prefix, i);
        check_required_text(e, f, l->accounts[i].eppn, CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
        for (size_t k = 0; k < i; k++)
            if (strcmp(l->accounts[k].eppn, l->accounts[i].eppn) == 0)
                eb_violate(e, f, "repeats an earlier account");
        snprintf(f, sizeof f, "%saccounts[%zu].schac_home", prefix, i);
        if (!institution_domain_valid(l->accounts[i].schac_home))
            eb_violate(e, f, "must be a domain name such as \"uu.nl\"");
    }
#undef FIELD
}

void consent_validate(eb_error *e, const eb_consent *c, const char *prefix)
{
    char f[128];
    snprintf(f, sizeof f, "%sterms_kind", prefix);
    if (!vocab_code(&VOCAB_TERMS_KIND, c->terms_kind))
        eb_violate(e, f, c->terms_kind == 0 ? "is required" : "is not a value of edubadges.v1.TermsKind");
    snprintf(f, sizeof f, "%sterms_version", prefix);
    if (c->terms_version < 1)
        eb_violate(e, f, "must be 1 or more");
}

bool learner_has_eppn(const eb_learner *l, const char *eppn)
{
    for (size_t i = 0; i < l->n_accounts; i++)
        if (strcmp(l->accounts[i].eppn, eppn) == 0)
            return true;
    return false;
}

const eb_consent *learner_consent(const eb_learner *l, const char *institution_id, int terms_kind)
{
    for (size_t i = 0; i < l->n_consents; i++)
        if (l->consents[i].terms_kind == terms_kind && strcmp(l->consents[i].institution_id, institution_id) == 0)
            return &l->consents[i];
    return NULL;
}
