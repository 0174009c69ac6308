/* Update masks (google.protobuf.FieldMask paths) checked against a resource's fields. */
#ifndef EDUBADGES_FIELD_MASK_H
#define EDUBADGES_FIELD_MASK_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

typedef struct field_mask {
    const char *const *paths;
    size_t n;
} field_mask;

/* Records a violation of "update_mask.paths[i]" for every path that is not one of the
 * updatable paths (NULL-terminated; "a" also allows "a.b"), or "*". */
void field_mask_check(eb_error *e, const field_mask *m, const char *const *updatable);
/* Whether the mask changes path: the path itself, a parent of it, or "*". */
bool field_mask_covers(const field_mask *m, const char *path);

#endif
