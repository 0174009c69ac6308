/* XML Schema / RFC 3339 date-times of credentials: formatting the service's instants as
 * UTC ("2024-05-01T12:00:00Z") and reading back any date-time with a time zone. */
#ifndef EDUBADGES_DATETIME_H
#define EDUBADGES_DATETIME_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

/* Whole seconds, UTC, "Z". */
char *datetime_format(arena *a, int64_t us);
/* "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)" (a zone is required; 'T' and 'Z' may be lower
 * case as RFC 3339 allows) into microseconds since the epoch; false when it is not one. */
bool datetime_parse(const char *s, int64_t *us);

#endif
