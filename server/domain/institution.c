/* The institution resource: normalisation, validation and updates. */
#include "institution.h"

#include <stdio.h>
#include <string.h>

#include "country.h"
#include "eppn_pattern.h"
#include "ects.h"
#include "text.h"
#include "url.h"
#include "vocabulary.h"

const char *const INSTITUTION_UPDATABLE[] = {
    "identifier", "alternative_identifier", "display_name.nl", "display_name.en",
    "description.nl", "description.en", "sector", "brin", "country_code", "region_code",
    "grading_table_url", "default_language", "micro_credentials_enabled",
    "direct_awarding_enabled", "sis_integration_enabled", "require_mfa_for_staff",
    "eppn_pattern", "micro_credential_min_ects", NULL,
};

void institution_normalize(arena *a, eb_institution *in)
{
    in->identifier = text_ascii_lower(a, text_trim(a, in->identifier));
    in->alternative_identifier = text_ascii_lower(a, text_trim(a, in->alternative_identifier));
    localized_trim(a, &in->display_name);
    localized_trim(a, &in->description);
    in->brin = text_ascii_upper(a, text_trim(a, in->brin));
    in->country_code = text_ascii_upper(a, text_trim(a, in->country_code));
    in->region_code = text_ascii_upper(a, text_trim(a, in->region_code));
    in->grading_table_url = text_trim(a, in->grading_table_url);
    in->eppn_pattern = text_trim(a, in->eppn_pattern);
    in->micro_credential_min_ects = text_trim(a, in->micro_credential_min_ects);
    if (in->default_language == 0)
        in->default_language = vocab_number(&VOCAB_LANGUAGE, "nl");
}

bool institution_sector_change_keeps_faculties(int from, int to)
{
    int hbo = vocab_number(&VOCAB_SECTOR, "HBO"), mbo = vocab_number(&VOCAB_SECTOR, "MBO");
    return from == to || ((from == hbo || from == mbo) && to == vocab_number(&VOCAB_SECTOR, "HBO/MBO"));
}

bool institution_domain_valid(const char *d)
{
    size_t n = strlen(d);
    if (n == 0 || n > 253)
        return false;
    int labels = 0;
    const char *p = d, *start = d;
    while (*p) {
        start = p;
        while (*p && *p != '.') {
            if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
                return false;
            p++;
        }
        size_t len = (size_t)(p - start);
        if (len == 0 || len > 63 || start[0] == '-' || p[-1] == '-')
            return false;
        labels++;
        if (*p == '.' && *++p == '\0')
            return false;
    }
    return labels >= 2 && *start >= 'a' && *start <= 'z'; /* a top-level domain, not "1.2.3.4" */
}

static void check_domain(eb_error *e, const char *field, const char *d, bool required)
{
    if (!*d) {
        if (required)
            eb_violate(e, field, "is required");
        return;
    }
    if (!institution_domain_valid(d))
        eb_violate(e, field, "must be a domain name such as \"uu.nl\" (letters, digits, hyphens "
                             "and dots; at least two labels, the last starting with a letter)");
}

static void check_eppn_pattern(eb_error *e, const char *field, const char *pattern)
{
    if (!*pattern)
        return;
    check_text(e, field, pattern, INSTITUTION_EPPN_PATTERN_MAX, TEXT_SINGLE_LINE);
    if (eb_has_violation(e, field))
        return;
    const char *problem = eppn_pattern_problem(pattern);
    if (problem) {
        eb_violate(e, field, "%s", problem);
        return;
    }
    eppn_matcher m;
    if (!eppn_matcher_init(&m, pattern))
        eb_violate(e, field, "must be a valid POSIX extended regular expression");
    eppn_matcher_free(&m);
}

void institution_validate(eb_error *e, const eb_institution *in, const char *prefix)
{
    char f[128];
#define FIELD(name) (snprintf(f, sizeof f, "%s%s", prefix, name), f)
    check_domain(e, FIELD("identifier"), in->identifier, true);
    check_domain(e, FIELD("alternative_identifier"), in->alternative_identifier, false);
    if (*in->alternative_identifier && strcmp(in->alternative_identifier, in->identifier) == 0)
        eb_violate(e, FIELD("alternative_identifier"), "must differ from identifier");
    check_localized(e, prefix, "display_name", &in->display_name, INSTITUTION_NAME_MAX, TEXT_SINGLE_LINE);
    check_localized(e, prefix, "description", &in->description, INSTITUTION_DESCRIPTION_MAX, TEXT_MULTILINE);
    if (!vocab_code(&VOCAB_SECTOR, in->sector))
        eb_violate(e, FIELD("sector"), in->sector == 0 ? "is required"
                                                       : "is not a value of edubadges.v1.Sector");
    if (*in->brin && !(strlen(in->brin) == 4 && in->brin[0] >= '0' && in->brin[0] <= '9' &&
                       in->brin[1] >= '0' && in->brin[1] <= '9' &&
                       strspn(in->brin + 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == 2))
        eb_violate(e, FIELD("brin"), "must be two digits followed by two letters or digits, e.g. \"21PD\"");
    if (!*in->country_code)
        eb_violate(e, FIELD("country_code"), "is required");
    else if (!country_code_valid(in->country_code))
        eb_violate(e, FIELD("country_code"), "must be an ISO 3166-1 alpha-2 country code, e.g. \"NL\"");
    /* a region is checked against a valid country only, so one mistake is reported once */
    if (*in->region_code && country_code_valid(in->country_code) &&
        !region_code_valid(in->country_code, in->region_code))
        eb_violate(e, FIELD("region_code"),
                   "must be an ISO 3166-2 subdivision code of the country, e.g. \"NL-UT\"");
    check_http_url(e, FIELD("grading_table_url"), in->grading_table_url, false);
    if (!vocab_code(&VOCAB_LANGUAGE, in->default_language))
        eb_violate(e, FIELD("default_language"), "is not a value of edubadges.v1.Language");
    check_eppn_pattern(e, FIELD("eppn_pattern"), in->eppn_pattern);
    int tenths = 0;
    if (*in->micro_credential_min_ects &&
        (!ects_parse(in->micro_credential_min_ects, &tenths) || tenths < 5 || tenths > 30))
        eb_violate(e, FIELD("micro_credential_min_ects"),
                   "must be a number of ECTS credits from 0.5 to 3 in steps of 0.5, e.g. \"1\"");
#undef FIELD
}

void institution_apply_mask(eb_institution *cur, const eb_institution *p, const field_mask *m)
{
#define COPY(path, member)                                                                         \
    if (field_mask_covers(m, path))                                                                \
    cur->member = p->member
    COPY("identifier", identifier);
    COPY("alternative_identifier", alternative_identifier);
    localized_apply_mask(&cur->display_name, &p->display_name, m, "display_name");
    localized_apply_mask(&cur->description, &p->description, m, "description");
    COPY("sector", sector);
    COPY("brin", brin);
    COPY("country_code", country_code);
    COPY("region_code", region_code);
    COPY("grading_table_url", grading_table_url);
    COPY("default_language", default_language);
    COPY("micro_credentials_enabled", micro_credentials_enabled);
    COPY("direct_awarding_enabled", direct_awarding_enabled);
    COPY("sis_integration_enabled", sis_integration_enabled);
    COPY("require_mfa_for_staff", require_mfa_for_staff);
    COPY("eppn_pattern", eppn_pattern);
    COPY("micro_credential_min_ects", micro_credential_min_ects);
#undef COPY
}
