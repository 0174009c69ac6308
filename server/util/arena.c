/* Arena allocation: a chain of blocks, bump-allocated, freed together. */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE (16 * 1024)

struct block {
    struct block *next;
    size_t size;
    size_t used;
    alignas(max_align_t) unsigned char data[];
};

struct arena {
    struct block *head;
};

static struct block *block_new(size_t min_size)
{
    size_t size = min_size > ARENA_BLOCK_SIZE ? min_size : ARENA_BLOCK_SIZE;
    struct block *b = malloc(sizeof *b + size);
    if (!b) {
        fputs("edubadges: out of memory\n", stderr);
        abort();
    }
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

arena *arena_create(void)
{
    arena *a = malloc(sizeof *a);
    if (!a) {
        fputs("edubadges: out of memory\n", stderr);
        abort();
    }
    a->head = block_new(ARENA_BLOCK_SIZE);
    return a;
}

static void free_blocks(struct block *b)
{
    while (b) {
        struct block *next = b->next;
        free(b);
        b = next;
    }
}

void arena_destroy(arena *a)
{
    if (!a)
        return;
    free_blocks(a->head);
    free(a);
}

void arena_reset(arena *a)
{
    struct block *last = a->head;
    while (last->next)
        last = last->next;
    /* keep the oldest block (the tail of the chain), free the rest */
    struct block *b = a->head;
    while (b != last) {
        struct block *next = b->next;
        free(b);
        b = next;
    }
    last->used = 0;
    a->head = last;
}

void *arena_alloc(arena *a, size_t size)
{
    const size_t align = alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    struct block *b = a->head;
    if (b->size - b->used < size) {
        b = block_new(size);
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_vsprintf(arena *a, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        return arena_strdup(a, "");
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *arena_sprintf(arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vsprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

void **arena_ptrs(arena *a, size_t n)
{
    return arena_alloc(a, n * sizeof(void *));
}
