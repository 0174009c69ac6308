/* N-Quads (RDF 1.1) parsing and canonical serialization. */
#ifndef EDUBADGES_NQUADS_H
#define EDUBADGES_NQUADS_H

#include <stddef.h>

#include "rdf.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Parses len bytes of N-Quads text and appends the quads to ds. Blank node
 * predicates (generalized RDF) are accepted. */
jl_status nquads_parse(const char *text, size_t len, rdf_dataset *ds, jl_error *err);

/* Serializes every quad of ds in dataset order; malloc'd, NULL when out of memory. */
char *nquads_serialize(const rdf_dataset *ds);

#ifdef __cplusplus
}
#endif
#endif
