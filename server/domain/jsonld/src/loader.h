/* Internal: the processed-context cache kept by each loader. Keys are built
 * by the context code; values are context references owned by the cache. */
#ifndef EDUBADGES_JL_LOADER_H
#define EDUBADGES_JL_LOADER_H

#include "context.h"

/* A new reference to the cached context for key, or NULL. */
jl_ctx *loader_cache_get(jl_loader *l, const char *key);
/* Stores c under key (the cache takes its own reference); silently does
 * nothing when the cache is full or out of memory. */
void loader_cache_put(jl_loader *l, const char *key, jl_ctx *c);

#endif
