/* The verified-token cache: a fixed-size open table guarded by one mutex. */
#include "token_cache.h"

#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#define SLOTS 1024
#define KEY_BYTES 32

typedef struct entry {
    unsigned char key[KEY_BYTES];
    int64_t expires_us;
    principal p; /* its strings point into the fields below */
    char subject[64];
    char label[128];
    char institution_id[32];
    char client[128];
} entry;

static entry table[SLOTS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int64_t ttl = 0;

void token_cache_configure(int64_t ttl_us)
{
    pthread_mutex_lock(&lock);
    ttl = ttl_us;
    memset(table, 0, sizeof table);
    pthread_mutex_unlock(&lock);
}

static entry *slot_of(const unsigned char key[KEY_BYTES])
{
    uint32_t h;
    memcpy(&h, key, sizeof h);
    return &table[h % SLOTS];
}

static void key_of(const char *token, unsigned char key[KEY_BYTES])
{
    crypto_generichash(key, KEY_BYTES, (const unsigned char *)token, strlen(token), NULL, 0);
}

bool token_cache_get(const char *token, int64_t now_us, arena *a, principal *out)
{
    unsigned char key[KEY_BYTES];
    key_of(token, key);
    bool hit = false;
    pthread_mutex_lock(&lock);
    entry *e = slot_of(key);
    if (ttl > 0 && e->expires_us > now_us && sodium_memcmp(e->key, key, KEY_BYTES) == 0) {
        *out = e->p;
        out->subject = arena_strdup(a, e->p.subject);
        out->label = arena_strdup(a, e->p.label);
        out->institution_id = arena_strdup(a, e->p.institution_id);
        out->client = arena_strdup(a, e->p.client);
        hit = true;
    }
    pthread_mutex_unlock(&lock);
    return hit;
}

static const char *copy_in(char *slot, size_t size, const char *s)
{
    if (!s)
        return NULL;
    snprintf(slot, size, "%s", s);
    return slot;
}

/* Only principals whose strings fit the entry are cached (a label may be cut). */
static bool fits(const principal *p)
{
    return p->subject && strlen(p->subject) < sizeof ((entry *)0)->subject &&
           (!p->institution_id || strlen(p->institution_id) < sizeof ((entry *)0)->institution_id) &&
           (!p->client || strlen(p->client) < sizeof ((entry *)0)->client);
}

void token_cache_put(const char *token, int64_t now_us, const principal *p)
{
    unsigned char key[KEY_BYTES];
    key_of(token, key);
    pthread_mutex_lock(&lock);
    if (ttl > 0 && fits(p)) {
        entry *e = slot_of(key);
        memcpy(e->key, key, KEY_BYTES);
        e->expires_us = now_us + ttl;
        if (p->expires_us && p->expires_us < e->expires_us)
            e->expires_us = p->expires_us;
        e->p = *p;
        e->p.subject = copy_in(e->subject, sizeof e->subject, p->subject);
        e->p.label = copy_in(e->label, sizeof e->label, p->label);
        e->p.institution_id = copy_in(e->institution_id, sizeof e->institution_id, p->institution_id);
        e->p.client = copy_in(e->client, sizeof e->client, p->client);
    }
    pthread_mutex_unlock(&lock);
}

void token_cache_forget(const char *token)
{
    unsigned char key[KEY_BYTES];
    key_of(token, key);
    pthread_mutex_lock(&lock);
    entry *e = slot_of(key);
    if (sodium_memcmp(e->key, key, KEY_BYTES) == 0)
        memset(e, 0, sizeof *e);
    pthread_mutex_unlock(&lock);
}
