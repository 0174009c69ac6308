/* Internal: JSON Canonicalization Scheme (RFC 8785), used for rdf:JSON literals. */
#ifndef EDUBADGES_JL_JCS_H
#define EDUBADGES_JL_JCS_H

#include <jansson.h>

#include "strbuf.h"

/* Appends the JCS form of v to out. */
void jcs_serialize(strbuf *out, const json_t *v);

#endif
