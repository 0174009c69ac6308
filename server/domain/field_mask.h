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

/* Records a violation of "update_mask.paths[i]" for every path that is neither "*" nor
 * one of the updatable paths (NULL-terminated) nor a parent of some ("a" when "a.b" is
 * updatable); a path below an updatable one ("a.b" when "a" is) is refused, as
 * field_mask_covers would never apply it. */
void field_mask_check(eb_error *e, const field_mask *m, const char *const *updatable);
/* Whether the mask changes path: the path itself, a parent of it, or "*". */
bool field_mask_covers(const field_mask *m, const char *path);

#endif
