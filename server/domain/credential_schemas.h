/* The JSON Schemas bundled with the server (schemas/), by the URL credentials name them
 * with in credentialSchema; parsed once, on first use. */
#ifndef EDUBADGES_CREDENTIAL_SCHEMAS_H
#define EDUBADGES_CREDENTIAL_SCHEMAS_H

#include <jansson.h>

/* The schema published at url (borrowed, lives until exit), or NULL when none is bundled. */
const json_t *credential_schema_get(const char *url);

#endif
