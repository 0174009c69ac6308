/* Etags: opaque version tags derived from a resource's revision counter. */
#ifndef EDUBADGES_ETAG_H
#define EDUBADGES_ETAG_H

#include <stdint.h>

#include "error.h"

char *etag_of(arena *a, int64_t revision);
/* The revision of a client's etag: 0 for an empty etag (no check), -1 after recording a
 * violation of field when it is not an etag this service gave out. */
int64_t etag_parse(eb_error *e, const char *field, const char *etag);

#endif
