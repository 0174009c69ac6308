/* Offline document loader: exact-URL registry of JSON documents (bundled at
 * build time or registered at run time) and the processed-context cache. */
#include "loader.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "bundled_docs.h"

enum { CACHE_MAX_ENTRIES = 8192 };

struct jl_loader {
    pthread_rwlock_t docs_lock;
    strmap docs; /* url -> json_t* */
    arena doc_urls;
    pthread_mutex_t cache_lock;
    strmap cache; /* key -> jl_ctx* */
    arena cache_keys;
};

static jl_status add_doc(jl_loader *l, const char *url, json_t *doc, jl_error *err)
{
    if (!url || !doc)
        return jl_error_set(err, JL_ERR_ARGUMENT, "a document needs a URL and JSON");
    pthread_rwlock_wrlock(&l->docs_lock);
    jl_status st = JL_OK;
    char *key;
    if (strmap_get(&l->docs, url))
        st = jl_error_set(err, JL_ERR_REGISTRY, "%s is already registered", url);
    else if (!(key = jl_arena_strdup(&l->doc_urls, url)) || !strmap_put(&l->docs, key, doc))
        st = jl_error_set(err, JL_ERR_NOMEM, "registering %s", url);
    else
        json_incref(doc);
    pthread_rwlock_unlock(&l->docs_lock);
    return st;
}

jl_status jl_loader_add_json(jl_loader *l, const char *url, json_t *doc, jl_error *err)
{
    /* A private copy: cached contexts rely on registered documents never changing. */
    json_t *copy = json_deep_copy(doc);
    if (doc && !copy)
        return jl_error_set(err, JL_ERR_NOMEM, "registering %s", url ? url : "?");
    jl_status st = add_doc(l, url, copy, err);
    json_decref(copy);
    return st;
}

jl_status jl_loader_add_text(jl_loader *l, const char *url, const char *text, size_t len, jl_error *err)
{
    json_error_t je;
    json_t *doc = json_loadb(text, len, JSON_DECODE_INT_AS_REAL | JSON_ALLOW_NUL | JSON_DECODE_ANY, &je);
    if (!doc)
        return jl_error_set(err, JL_ERR_JSON, "%s: line %d: %s", url ? url : "?", je.line, je.text);
    jl_status st = add_doc(l, url, doc, err);
    json_decref(doc);
    return st;
}

const json_t *jl_loader_get(jl_loader *l, const char *url, jl_error *err)
{
    pthread_rwlock_rdlock(&l->docs_lock);
    const json_t *doc = strmap_get(&l->docs, url);
    pthread_rwlock_unlock(&l->docs_lock);
    if (!doc)
        jl_error_set(err, JL_ERR_LOADING_DOCUMENT_FAILED, "%s is not a registered document", url);
    return doc;
}

/* Drops every cached context (callers holding references keep theirs). */
static void cache_flush(jl_loader *l)
{
    const strmap_slot *s;
    for (size_t i = 0; strmap_next(&l->cache, &i, &s);)
        ctx_unref(s->value);
    strmap_free(&l->cache);
    jl_arena_free(&l->cache_keys);
}

const char *jl_bundled_text(const char *url, size_t *len)
{
    for (size_t i = 0; url && i < bundled_doc_count; i++)
        if (strcmp(bundled_docs[i].url, url) == 0) {
            *len = bundled_docs[i].len;
            return bundled_docs[i].text;
        }
    return NULL;
}

jl_loader *jl_loader_new(bool with_bundled, jl_error *err)
{
    jl_loader *l = calloc(1, sizeof *l);
    if (!l) {
        jl_error_set(err, JL_ERR_NOMEM, "loader");
        return NULL;
    }
    pthread_rwlock_init(&l->docs_lock, NULL);
    pthread_mutex_init(&l->cache_lock, NULL);
    strmap_init(&l->docs);
    strmap_init(&l->cache);
    jl_arena_init(&l->doc_urls);
    jl_arena_init(&l->cache_keys);
    for (size_t i = 0; with_bundled && i < bundled_doc_count; i++) {
        const bundled_doc *d = &bundled_docs[i];
        if (jl_loader_add_text(l, d->url, d->text, d->len, err)) {
            jl_loader_free(l);
            return NULL;
        }
    }
    return l;
}

void jl_loader_free(jl_loader *l)
{
    if (!l)
        return;
    const strmap_slot *s;
    for (size_t i = 0; strmap_next(&l->docs, &i, &s);)
        json_decref(s->value);
    cache_flush(l);
    strmap_free(&l->docs);
    jl_arena_free(&l->doc_urls);
    pthread_rwlock_destroy(&l->docs_lock);
    pthread_mutex_destroy(&l->cache_lock);
    free(l);
}

jl_ctx *loader_cache_get(jl_loader *l, const char *key)
{
    pthread_mutex_lock(&l->cache_lock);
    jl_ctx *c = strmap_get(&l->cache, key);
    if (c)
        ctx_ref(c);
    pthread_mutex_unlock(&l->cache_lock);
    return c;
}

void loader_cache_put(jl_loader *l, const char *key, jl_ctx *c)
{
    pthread_mutex_lock(&l->cache_lock);
    if (l->cache.count >= CACHE_MAX_ENTRIES)
        cache_flush(l); /* bounded memory; the working set refills quickly */
    if (!strmap_get(&l->cache, key)) {
        char *k = jl_arena_strdup(&l->cache_keys, key);
        if (k && strmap_put(&l->cache, k, c))
            ctx_ref(c);
    }
    pthread_mutex_unlock(&l->cache_lock);
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static jl_loader *default_loader;

static void make_default(void) { default_loader = jl_loader_new(true, NULL); }

jl_loader *jl_loader_default(void)
{
    pthread_once(&default_once, make_default);
    return default_loader;
}

void jl_global_cleanup(void)
{
    jl_loader_free(default_loader);
    default_loader = NULL;
}
