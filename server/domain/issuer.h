/* The issuer resource: its fields, normalisation, validation and update rules. */
#ifndef EDUBADGES_ISSUER_H
#define EDUBADGES_ISSUER_H

#include <stdbool.h>
#include <stdint.h>

#include "field_mask.h"
#include "image_ref.h"
#include "localized.h"

#define ISSUER_NAME_MAX 512

typedef struct eb_issuer {
    char *id;
    char *faculty_id;
    char *institution_id;
    eb_localized display_name;
    eb_localized description;
    eb_localized url;
    char *email;
    eb_image image;
    bool archived;
    int64_t create_time_us, update_time_us;
    int64_t revision;
} eb_issuer;

/* Trims texts, lower-cases the e-mail address and sanitises the Markdown descriptions. */
void issuer_normalize(arena *a, eb_issuer *is);
/* Records a violation under prefix for every rule the issuer breaks; checks an uploaded
 * image and names it. */
void issuer_validate(eb_error *e, eb_issuer *is, const char *prefix);
extern const char *const ISSUER_UPDATABLE[];
void issuer_apply_mask(eb_issuer *cur, const eb_issuer *patch, const field_mask *mask);

#endif
