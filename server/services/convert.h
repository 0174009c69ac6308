/* Conversions between protobuf-c messages and domain values shared by the services:
 * timestamps, localized texts, field masks and enum checks. */
#ifndef EDUBADGES_CONVERT_H
#define EDUBADGES_CONVERT_H

#include <stdint.h>

#include "edubadges/v1/common.pb-c.h"
#include "field_mask.h"
#include "google/protobuf/field_mask.pb-c.h"
#include "google/protobuf/timestamp.pb-c.h"
#include "image_ref.h"
#include "institution.h"

Google__Protobuf__Timestamp *pb_timestamp(arena *a, int64_t micros);
/* Microseconds since the epoch of a request's timestamp (0 when it is unset); a violation
 * of field, and false, when it lies outside the range google.protobuf.Timestamp defines. */
bool timestamp_from_pb(eb_error *e, const char *field, const Google__Protobuf__Timestamp *t, int64_t *micros);
Edubadges__V1__LocalizedText *pb_localized(arena *a, const eb_localized *l);
eb_localized localized_from_pb(const Edubadges__V1__LocalizedText *pb);
field_mask mask_from_pb(const Google__Protobuf__FieldMask *pb);
/* protobuf-c leaves a string field NULL only in hand-built messages; "" is its default. */
char *pb_str(const char *s);
/* An upload from a request (data only), and the output form of a stored image (NULL when
 * there is none). */
eb_image image_from_pb(const Edubadges__V1__Image *pb);
Edubadges__V1__Image *pb_image(arena *a, const eb_image *img);
/* Records "{field}: is required" and returns false when a request message is missing. */
bool pb_require(eb_error *e, const void *message, const char *field);

#endif
