/* Open-addressing hash map from NUL-terminated strings to pointers. The map
 * never copies or frees keys or values: their owner keeps them alive. */
#ifndef EDUBADGES_JL_STRMAP_H
#define EDUBADGES_JL_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct strmap_slot {
    const char *key; /* NULL = empty */
    void *value;
    uint32_t hash;
} strmap_slot;

typedef struct strmap {
    strmap_slot *slots;
    size_t cap; /* power of two or 0 */
    size_t count;
} strmap;

void strmap_init(strmap *m);
void strmap_free(strmap *m);
uint32_t strmap_hash(const char *s);
/* Value for key, or NULL when absent (store non-NULL values). */
void *strmap_get(const strmap *m, const char *key);
/* Inserts or replaces; false when out of memory. */
bool strmap_put(strmap *m, const char *key, void *value);
/* Copies src's entries into an empty dst; false when out of memory. */
bool strmap_copy(strmap *dst, const strmap *src);

/* Iteration: for (size_t i = 0; strmap_next(m, &i, &slot);) ... */
bool strmap_next(const strmap *m, size_t *pos, const strmap_slot **slot);

#endif
