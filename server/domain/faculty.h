/* The faculty (issuer group) resource: its fields, normalisation, validation and update
 * rules. */
#ifndef EDUBADGES_FACULTY_H
#define EDUBADGES_FACULTY_H

#include <stdbool.h>
#include <stdint.h>

#include "field_mask.h"
#include "image_ref.h"
#include "localized.h"

#define FACULTY_NAME_MAX 512

typedef struct eb_faculty {
    char *id;
    char *institution_id;
    eb_localized display_name;
    eb_localized description;
    int sector;     /* edubadges.v1.Sector as stored; 0 = none (the institution's) */
    int visibility; /* edubadges.v1.Visibility */
    bool on_behalf_of;
    char *on_behalf_of_name;
    char *on_behalf_of_url;
    eb_image on_behalf_of_image;
    bool archived;
    int institution_sector; /* output only */
    int64_t create_time_us, update_time_us;
    int64_t revision;
} eb_faculty;

/* Trims texts, sanitises the Markdown descriptions, defaults the visibility to public and
 * drops a sector equal to the institution's (it is implied). */
void faculty_normalize(arena *a, eb_faculty *f, int institution_sector);
/* Records a violation under prefix for every rule f breaks in an institution of the given
 * sector. */
void faculty_validate(eb_error *e, eb_faculty *f, int institution_sector, const char *prefix);
/* The sector the faculty's badge classes count under. */
int faculty_effective_sector(const eb_faculty *f, int institution_sector);
extern const char *const FACULTY_UPDATABLE[];
void faculty_apply_mask(eb_faculty *cur, const eb_faculty *patch, const field_mask *mask);

#endif
