/* The institution resource: its fields, normalisation, validation and update rules. */
#ifndef EDUBADGES_INSTITUTION_H
#define EDUBADGES_INSTITUTION_H

#include <stdbool.h>
#include <stdint.h>

#include "error.h"
#include "field_mask.h"
#include "localized.h"

#define INSTITUTION_NAME_MAX 255
#define INSTITUTION_DESCRIPTION_MAX 10000
#define INSTITUTION_EPPN_PATTERN_MAX 512

typedef enum { INSTITUTION_ACTIVE = 1, INSTITUTION_ARCHIVED = 2 } institution_state;

typedef struct eb_institution {
    char *id; /* public id */
    char *identifier;
    char *alternative_identifier;
    eb_localized display_name;
    eb_localized description;
    int sector;           /* edubadges.v1.Sector number */
    char *brin;
    char *country_code;
    char *region_code;
    char *grading_table_url;
    int default_language; /* edubadges.v1.Language number */
    bool micro_credentials_enabled;
    bool direct_awarding_enabled;
    bool sis_integration_enabled;
    bool require_mfa_for_staff;
    char *eppn_pattern;
    char *micro_credential_min_ects; /* decimal, "" = the platform's minimum (3) */
    institution_state state;
    int64_t create_time_us, update_time_us;
    int64_t revision;
} eb_institution;

/* Trims texts, lower-cases the domains and upper-cases BRIN and codes; an unspecified
 * default language becomes Dutch. */
void institution_normalize(arena *a, eb_institution *inst);
/* Records a violation (field paths under prefix, e.g. "institution.") for every rule
 * the institution breaks. */
void institution_validate(eb_error *e, const eb_institution *inst, const char *prefix);
/* The updatable paths of an update mask, NULL-terminated. */
extern const char *const INSTITUTION_UPDATABLE[];
/* Copies the masked fields of patch onto current. */
void institution_apply_mask(eb_institution *current, const eb_institution *patch,
                            const field_mask *mask);
/* Whether an institution that has faculties may go from sector `from` to `to`: only when it
 * stays the same, or from HBO or MBO to HBO/MBO, where each faculty keeps the old sector as
 * its own (the badge classes below were checked against it). */
bool institution_sector_change_keeps_faculties(int from, int to);
/* Whether a schac_home-style domain is well formed (lower-case labels, at least two). */
bool institution_domain_valid(const char *domain);

#endif
