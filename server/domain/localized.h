/* Texts given in Dutch and English: the pair type and its rules (at least one of the two,
 * each within a length). */
#ifndef EDUBADGES_LOCALIZED_H
#define EDUBADGES_LOCALIZED_H

#include "error.h"
#include "field_mask.h"
#include "text.h"

/* Limits shared by the catalog's texts (in characters). */
#define CATALOG_DESCRIPTION_MAX 10000
#define CATALOG_SHORT_TEXT_MAX 255

typedef struct eb_localized {
    char *nl;
    char *en;
} eb_localized;

/* Trims both texts. */
void localized_trim(arena *a, eb_localized *l);
/* Records "{prefix}{name}" when both are empty, else checks each of "{prefix}{name}.nl"
 * and ".en" with check_text. */
void check_localized(eb_error *e, const char *prefix, const char *name, const eb_localized *l,
                     size_t max_chars, text_kind kind);
/* Copies the texts of patch whose paths ("{name}.nl", "{name}.en") the mask covers. */
void localized_apply_mask(eb_localized *cur, const eb_localized *patch, const field_mask *m,
                          const char *name);

#endif
