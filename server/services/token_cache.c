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
    principal_kind kind;
    char subject[64];
    char label[128];
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
        out->kind = e->kind;
        out->subject = arena_strdup(a, e->subject);
        out->label = arena_strdup(a, e->label);
        hit = true;
    }
    pthread_mutex_unlock(&lock);
    return hit;
}

void token_cache_put(const char *token, int64_t now_us, const principal *p)
{
    unsigned char key[KEY_BYTES];
    key_of(token, key);
    pthread_mutex_lock(&lock);
    if (ttl > 0) {
        entry *e = slot_of(key);
        memcpy(e->key, key, KEY_BYTES);
        e->expires_us = now_us + ttl;
        e->kind = p->kind;
        snprintf(e->subject, sizeof e->subject, "%s", p->subject ? p->subject : "");
        snprintf(e->label, sizeof e->label, "%s", p->label ? p->label : "");
    }
    pthread_mutex_unlock(&lock);
}
