/* The rows of the management queries and the public statistics (their meaning is written
 * in proto/edubadges/v1/insights.proto). */
#ifndef EDUBADGES_INSIGHTS_REPORTS_H
#define EDUBADGES_INSIGHTS_REPORTS_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

/* An institution, faculty or issuer as a report names it. */
typedef struct report_named {
    const char *id, *nl, *en;
} report_named;

typedef struct overview_row {
    report_named institution, faculty, issuer;
    const char *badge_class_id, *badge_class_name, *badge_class_type, *sector; /* codes */
    int in_backpack, da_claimed, requests_accepted, revoked, made_public;
    int direct_awards, da_revoked, da_expired;
    int via_ui, via_sis, via_alliance;
} overview_row;

/* The sort key of an overview row ("{institution id},{badge class id}"), and its two ids;
 * false when key has another form. */
char *overview_row_key(arena *a, const overview_row *r);
bool overview_key_split(arena *a, const char *key, const char **institution_id, const char **badge_class_id);

/* A staff member of an issuer and the membership behind it. */
typedef struct issuer_staff_row {
    report_named issuer, faculty;
    const char *staff_id, *staff_name, *email, *membership_id;
    const char *node_level, *node_id; /* "institution" … "badge_class" and its public id */
    unsigned permissions;             /* a perm_set */
} issuer_staff_row;

/* The sort key of a staff row ("{issuer},{staff member},{membership}") and its parts. */
char *issuer_staff_row_key(arena *a, const issuer_staff_row *r);
bool issuer_staff_key_split(arena *a, const char *key, const char *parts[3]);

typedef struct micro_institution_row {
    report_named institution;
    const char *sector;
    int badge_classes, awarded, in_backpack, learners;
} micro_institution_row;

typedef struct holding_row {
    int micro_credentials, learners;
} holding_row;

typedef struct sector_row {
    report_named institution;
    const char *sector, *badge_class_type;
    int in_backpack, da_claimed, direct_awards, da_revoked;
} sector_row;

typedef struct public_statistics {
    int64_t learners, in_backpacks, micro_in_backpacks;
    int institutions_mbo, institutions_hbo, institutions_wo;
} public_statistics;

#endif
