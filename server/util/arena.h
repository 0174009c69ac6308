/* Arena allocation: many small allocations freed at once. Each call owns one arena for
 * its decoded request, its response and every string built while handling it. */
#ifndef EDUBADGES_ARENA_H
#define EDUBADGES_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct arena arena;

arena *arena_create(void);
void arena_destroy(arena *a);
/* Frees everything allocated so far but keeps the first block for reuse. */
void arena_reset(arena *a);

/* Zeroed memory aligned for any type; never NULL (aborts on out-of-memory). */
void *arena_alloc(arena *a, size_t size);
/* Copies of strings; NULL in gives NULL out. */
char *arena_strdup(arena *a, const char *s);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_sprintf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vsprintf(arena *a, const char *fmt, va_list ap);
/* An array of n pointers, zeroed. */
void **arena_ptrs(arena *a, size_t n);

#endif
