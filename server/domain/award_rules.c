/* Who may receive a badge and when. */
#include "award_rules.h"

#include <string.h>

#include "text.h"
#include "vocabulary.h"

eb_code award_check_badge_class(eb_error *e, const eb_badge_class *bc, award_flow flow)
{
    if (bc->draft)
        return eb_fail(e, EB_FAILED_PRECONDITION, "BADGE_CLASS_DRAFT",
                       "badgeClasses/%s is a draft; publish it before awarding", bc->id);
    if (bc->archived)
        return eb_fail(e, EB_FAILED_PRECONDITION, "BADGE_CLASS_ARCHIVED",
                       "badgeClasses/%s is archived and cannot be awarded", bc->id);
    if (flow == AWARD_FLOW_DIRECT && bc->direct_awarding_disabled)
        return eb_fail(e, EB_FAILED_PRECONDITION, "DIRECT_AWARDING_DISABLED",
                       "badgeClasses/%s does not allow direct awards", bc->id);
    if (flow == AWARD_FLOW_REQUEST && bc->self_enrollment_disabled)
        return eb_fail(e, EB_FAILED_PRECONDITION, "REQUESTS_DISABLED",
                       "badgeClasses/%s does not accept requests", bc->id);
    return EB_OK;
}

eb_code award_check_membership(eb_error *e, const eb_learner *l, const eb_badge_class *bc,
                               const char *identifier, const char *alternative_identifier)
{
    if (bc->award_non_validated_name_allowed)
        return EB_OK;
    for (size_t i = 0; i < l->n_accounts; i++) {
        const char *home = l->accounts[i].schac_home;
        if (strcmp(home, identifier) == 0 || (*alternative_identifier && strcmp(home, alternative_identifier) == 0))
            return EB_OK;
    }
    return eb_fail(e, EB_FAILED_PRECONDITION, "NOT_A_MEMBER",
                   "learners/%s has no account of %s, whose badge classes it requests", l->id, identifier);
}

int award_terms_kind(const eb_badge_class *bc)
{
    bool informal = bc->type == vocab_number(&VOCAB_BADGE_CLASS_TYPE, "extra_curricular");
    return vocab_number(&VOCAB_TERMS_KIND, informal ? "informal" : "formal");
}

eb_code award_check_learner(eb_error *e, const eb_learner *l, const eb_badge_class *bc)
{
    if (text_empty(l->validated_name) && !bc->award_non_validated_name_allowed)
        return eb_fail(e, EB_FAILED_PRECONDITION, "VALIDATED_NAME_REQUIRED",
                       "learners/%s has no validated name, which badgeClasses/%s requires "
                       "(link an institution account to eduID)", l->id, bc->id);
    int kind = award_terms_kind(bc);
    if (!learner_consent(l, bc->institution_id, kind))
        return eb_fail(e, EB_FAILED_PRECONDITION, "CONSENT_REQUIRED",
                       "learners/%s has not agreed to the %s terms of institutions/%s", l->id,
                       vocab_code(&VOCAB_TERMS_KIND, kind), bc->institution_id);
    return EB_OK;
}

int64_t award_expiry_us(const eb_badge_class *bc, int64_t issued_us)
{
    return bc->expiration_seconds ? issued_us + bc->expiration_seconds * 1000000 : 0;
}

const char *award_recipient_name(const char *given, const eb_learner *l)
{
    return !text_empty(given) ? given : l->validated_name;
}
