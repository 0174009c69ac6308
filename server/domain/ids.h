/* Public identifiers and resource names: ids are 22 characters of base64url (16 random
 * bytes), names are "{collection}/{id}", e.g. "institutions/3q2-7wAAQ0aS8qYv1g9yZA". */
#ifndef EDUBADGES_IDS_H
#define EDUBADGES_IDS_H

#include <stdbool.h>

#include "error.h"

#define EB_ID_LENGTH 22

char *eb_new_id(arena *a);
bool eb_valid_id(const char *id);
char *eb_resource_name(arena *a, const char *collection, const char *id);
/* The id of a name in the given collection, or NULL after recording a violation of
 * field (required, and of the form collection/{id}). */
const char *eb_parse_resource_name(eb_error *e, const char *field, const char *name,
                                   const char *collection);

#endif
