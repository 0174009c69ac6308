/* Bump allocator: many small allocations released together. Used for RDF terms
 * and processed contexts, whose parts all share one lifetime. */
#ifndef EDUBADGES_JL_ARENA_H
#define EDUBADGES_JL_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head;
} arena;

void jl_arena_init(arena *a);
void jl_arena_free(arena *a);
/* 8-byte aligned, uninitialised; NULL when out of memory. */
void *jl_arena_alloc(arena *a, size_t n);
char *jl_arena_strndup(arena *a, const char *s, size_t n);
char *jl_arena_strdup(arena *a, const char *s);

#endif
