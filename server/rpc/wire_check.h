/* Checks every string field of an encoded request before it is decoded: protobuf-c
 * accepts invalid UTF-8 and embedded NUL bytes, which would be cut off silently. */
#ifndef EDUBADGES_WIRE_CHECK_H
#define EDUBADGES_WIRE_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <protobuf-c/protobuf-c.h>

/* Receives a string field that is not valid UTF-8 or holds a NUL: its path (e.g.
 * "institution.display_name.nl" or "rows[3].email") and the problem. */
typedef void (*wire_bad_string_fn)(void *ctx, const char *path, const char *problem);

/* Calls bad for every such string field, in wire order, and returns how many there were.
 * Malformed encodings are left to the decoder (the walk stops there). */
size_t wire_check_strings(const ProtobufCMessageDescriptor *desc, const uint8_t *data, size_t len,
                          wire_bad_string_fn bad, void *ctx);

#endif
