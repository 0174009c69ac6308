/* Internal: JSON-LD Node Map Generation (flattening expanded JSON-LD into
 * graph name -> subject -> node object, relabelling blank nodes). */
#ifndef EDUBADGES_JL_NODE_MAP_H
#define EDUBADGES_JL_NODE_MAP_H

#include "context.h"

/* Builds the node map of an expanded document; a new object, NULL on error. */
json_t *node_map_generate(jl_proc *p, json_t *expanded);

/* A fresh blank node identifier "_:b<N>" (scratch memory). */
const char *node_map_fresh_bnode(jl_proc *p);

#endif
