/* Badge requests and their approval. */
#include "badge_request.h"

#include <stdio.h>

#include "direct_award.h"
#include "localized.h"
#include "text.h"
#include "url.h"
#include "vocabulary.h"

void badge_request_validate(arena *a, eb_error *e, eb_badge_request *r, const char *prefix)
{
    char f[128];
    r->narrative = text_trim(a, r->narrative);
    r->evidence_url = text_trim(a, r->evidence_url);
    snprintf(f, sizeof f, "%snarrative", prefix);
    check_text(e, f, r->narrative, CATALOG_DESCRIPTION_MAX, TEXT_MULTILINE);
    snprintf(f, sizeof f, "%sevidence_url", prefix);
    check_http_url(e, f, r->evidence_url, false);
}

void badge_request_check_asks(eb_error *e, const eb_badge_request *r, const eb_badge_class *bc,
                              const char *prefix)
{
    char f[128];
    snprintf(f, sizeof f, "%snarrative", prefix);
    if (bc->narrative_student_required && !*r->narrative)
        eb_violate(e, f, "is required by the badge class");
    snprintf(f, sizeof f, "%sevidence_url", prefix);
    if (bc->evidence_student_required && !*r->evidence_url)
        eb_violate(e, f, "is required by the badge class");
}

void badge_request_approval_validate(arena *a, eb_error *e, char **narrative, char **evidence_url,
                                     char **grade)
{
    *narrative = text_trim(a, *narrative);
    *evidence_url = text_trim(a, *evidence_url);
    *grade = text_trim(a, *grade);
    check_text(e, "narrative", *narrative, CATALOG_DESCRIPTION_MAX, TEXT_MULTILINE);
    check_http_url(e, "evidence_url", *evidence_url, false);
    check_text(e, "grade", *grade, AWARD_GRADE_MAX, TEXT_SINGLE_LINE);
}

void badge_request_approval_check_required(eb_error *e, const char *narrative, const char *evidence_url,
                                           const char *grade, const eb_badge_class *bc)
{
    if (bc->narrative_required && !*narrative)
        eb_violate(e, "narrative", "is required by the badge class");
    if (bc->evidence_required && !*evidence_url)
        eb_violate(e, "evidence_url", "is required by the badge class");
    if (bc->grade_achieved == vocab_number(&VOCAB_GRADE_ACHIEVED, "required") && !*grade)
        eb_violate(e, "grade", "is required by the badge class");
    if (bc->grade_achieved == vocab_number(&VOCAB_GRADE_ACHIEVED, "not_recorded") && *grade)
        eb_violate(e, "grade", "must be empty: the badge class records no grade");
}
