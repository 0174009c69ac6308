/* Internal: Deserialize JSON-LD to RDF from an expanded document. */
#ifndef EDUBADGES_JL_TO_RDF_H
#define EDUBADGES_JL_TO_RDF_H

#include "context.h"

jl_status to_rdf_from_expanded(jl_proc *p, json_t *expanded, rdf_dataset *ds);

#endif
