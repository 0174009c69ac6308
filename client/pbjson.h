/* Generic conversion between protobuf-c messages and JSON (jansson) following the proto3
 * JSON mapping: lowerCamelCase names (snake_case accepted on input), enums by name,
 * 64-bit integers as strings, bytes as base64, Timestamp/Duration/FieldMask/wrappers in
 * their JSON forms. Used by the CLI so that every RPC works without per-method code. */
#ifndef EDUBADGES_PBJSON_H
#define EDUBADGES_PBJSON_H

#include <jansson.h>
#include <protobuf-c/protobuf-c.h>

#include "arena.h"

/* Builds a message of type desc from a JSON object, allocating in the arena. Returns
 * NULL and writes the reason (with the field path) into err on bad input. */
ProtobufCMessage *pbjson_to_message(arena *a, const ProtobufCMessageDescriptor *desc,
                                    const json_t *json, char *err, size_t errlen);
/* The JSON name of a field ("in_backpack" → "inBackpack"). */
char *pbjson_json_name(arena *a, const char *field_name);
/* The JSON object of a message; fields with default values are left out. */
json_t *pbjson_from_message(const ProtobufCMessage *m);

#endif
