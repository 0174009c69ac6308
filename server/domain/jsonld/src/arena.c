/* Bump allocator implementation: a singly linked list of growing blocks. */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t used, size;
    _Alignas(8) unsigned char data[];
};

enum { ARENA_MIN_BLOCK = 8192 };

void jl_arena_init(arena *a) { a->head = NULL; }

void jl_arena_free(arena *a)
{
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void *jl_arena_alloc(arena *a, size_t n)
{
    n = (n + 7u) & ~(size_t)7u;
    arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = b ? b->size * 2 : ARENA_MIN_BLOCK;
        if (size > 1u << 20)
            size = 1u << 20;
        if (size < n)
            size = n;
        arena_block *nb = malloc(sizeof *nb + size);
        if (!nb)
            return NULL;
        nb->used = 0;
        nb->size = size;
        nb->next = b;
        a->head = nb;
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

char *jl_arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = jl_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *jl_arena_strdup(arena *a, const char *s) { return jl_arena_strndup(a, s, strlen(s)); }
