/* Checks every string field of an encoded request before it is decoded: protobuf-c
 * accepts invalid UTF-8 and embedded NUL bytes, which would be cut off silently. */
#ifndef EDUBADGES_WIRE_CHECK_H
#define EDUBADGES_WIRE_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <protobuf-c/protobuf-c.h>

/* Returns false and writes the field path (e.g. "institution.display_name.nl" or
 * "rows[3].email") and the problem when a string field is not valid UTF-8 or holds a NUL.
 * Malformed encodings are left to the decoder (true is returned). */
bool wire_check_strings(const ProtobufCMessageDescriptor *desc, const uint8_t *data, size_t len,
                        char *path, size_t path_len, const char **problem);

#endif
