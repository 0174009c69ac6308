/* String-keyed open-addressing hash map (linear probing, FNV-1a). */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

void strmap_init(strmap *m)
{
    m->slots = NULL;
    m->cap = m->count = 0;
}

void strmap_free(strmap *m)
{
    free(m->slots);
    strmap_init(m);
}

uint32_t strmap_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

static strmap_slot *find(const strmap *m, const char *key, uint32_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        strmap_slot *s = &m->slots[i];
        if (!s->key || (s->hash == h && strcmp(s->key, key) == 0))
            return s;
    }
}

void *strmap_get(const strmap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    strmap_slot *s = find(m, key, strmap_hash(key));
    return s->key ? s->value : NULL;
}

static bool grow(strmap *m, size_t cap)
{
    strmap_slot *old = m->slots;
    size_t old_cap = m->cap;
    m->slots = calloc(cap, sizeof *m->slots);
    if (!m->slots) {
        m->slots = old;
        return false;
    }
    m->cap = cap;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].key)
            *find(m, old[i].key, old[i].hash) = old[i];
    free(old);
    return true;
}

bool strmap_put(strmap *m, const char *key, void *value)
{
    if ((m->count + 1) * 4 > m->cap * 3 && !grow(m, m->cap ? m->cap * 2 : 16))
        return false;
    uint32_t h = strmap_hash(key);
    strmap_slot *s = find(m, key, h);
    if (!s->key) {
        s->key = key;
        s->hash = h;
        m->count++;
    }
    s->value = value;
    return true;
}

bool strmap_copy(strmap *dst, const strmap *src)
{
    if (!src->cap)
        return true;
    dst->slots = malloc(src->cap * sizeof *dst->slots);
    if (!dst->slots)
        return false;
    memcpy(dst->slots, src->slots, src->cap * sizeof *dst->slots);
    dst->cap = src->cap;
    dst->count = src->count;
    return true;
}

bool strmap_next(const strmap *m, size_t *pos, const strmap_slot **slot)
{
    for (; *pos < m->cap; (*pos)++) {
        if (m->slots[*pos].key) {
            *slot = &m->slots[(*pos)++];
            return true;
        }
    }
    return false;
}
