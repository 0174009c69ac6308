/* A JSON Schema (draft 2019-09) validator for the schemas credentials name in
 * credentialSchema, such as the Open Badges 3.0 AchievementCredential schema. It knows
 * the assertion keywords those schemas use: $ref (within the document), type, enum, const,
 * properties, required, additionalProperties, patternProperties, items, additionalItems,
 * contains, minItems, maxItems, minLength, maxLength, minimum, maximum, pattern (the
 * ECMAScript subset that POSIX extended expressions share, plus \d and \/), format
 * (date-time, date, uri), allOf, anyOf, oneOf and not. Any other keyword that is not a
 * plain annotation makes the schema unsupported rather than silently ignored. */
#ifndef EDUBADGES_JSON_SCHEMA_H
#define EDUBADGES_JSON_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "arena.h"

#define JSON_SCHEMA_MAX_ERRORS 20

typedef struct json_schema_result {
    bool valid;
    bool unsupported; /* the schema uses a keyword this validator does not know */
    size_t n_errors;  /* all of them; the first JSON_SCHEMA_MAX_ERRORS are listed */
    const char *errors[JSON_SCHEMA_MAX_ERRORS]; /* "/credentialSubject/achievement: …" */
} json_schema_result;

/* Validates instance against schema (the whole document; $ref resolves within it). */
void json_schema_validate(arena *a, const json_t *schema, const json_t *instance, json_schema_result *out);

#endif
