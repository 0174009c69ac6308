/* Calls of the API written as proto3 JSON, for integration tests: the request is built
 * from JSON text with the client's JSON mapping, the response is read back as JSON. */
#ifndef EDUBADGES_TEST_JSON_CALL_H
#define EDUBADGES_TEST_JSON_CALL_H

#include <jansson.h>

#include "eb_client.h"

/* Calls "Service/Method" of edubadges.v1 (e.g. "FacultyService/CreateFaculty") with the
 * request given as printf-style JSON. Aborts the test run when the JSON does not fit the
 * request type (a mistake in the test, not in the server). */
void json_call(eb_client *c, const char *method, eb_call_result *out, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The response of an OK call as a JSON object (owned by the caller), or NULL. */
json_t *json_response(const eb_call_result *r);
/* A string member of a JSON object by dotted path ("issuer.name", "rows.0.name" for
 * arrays), or "" when absent.
 * The string lives as long as the object. */
const char *json_str(const json_t *obj, const char *path);

#endif
