/* JSON-LD Context Processing: context lifecycle, local context arrays,
 * remote contexts through the loader, and the processed-context cache. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context_def.h"
#include "iri.h"
#include "loader.h"

static atomic_uint_fast64_t next_ctx_id = 1;

static jl_ctx *ctx_alloc(void)
{
    jl_ctx *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    atomic_init(&c->refs, 1);
    c->id = atomic_fetch_add(&next_ctx_id, 1);
    jl_arena_init(&c->mem);
    strmap_init(&c->terms);
    return c;
}

jl_ctx *ctx_ref(jl_ctx *c)
{
    atomic_fetch_add(&c->refs, 1);
    return c;
}

void ctx_unref(jl_ctx *c)
{
    while (c && atomic_fetch_sub(&c->refs, 1) == 1) {
        jl_ctx *parent = c->parent;
        for (size_t i = 0; i < c->nheld; i++)
            json_decref(c->held[i]);
        free(c->held);
        strmap_free(&c->terms);
        jl_arena_free(&c->mem);
        ctx_unref(c->previous);
        free(c);
        c = parent;
    }
}

bool ctx_hold(jl_ctx *c, json_t *v)
{
    if (c->nheld == c->capheld) {
        size_t cap = c->capheld ? c->capheld * 2 : 8;
        json_t **h = realloc(c->held, cap * sizeof *h);
        if (!h)
            return false;
        c->held = h;
        c->capheld = cap;
    }
    c->held[c->nheld++] = json_incref(v);
    return true;
}

/* A private, mutable copy of c sharing c's term definitions. */
static jl_ctx *ctx_copy(jl_proc *p, jl_ctx *c)
{
    jl_ctx *r = ctx_alloc();
    if (!r || !strmap_copy(&r->terms, &c->terms)) {
        free(r);
        jl_error_set(p->err, JL_ERR_NOMEM, "context");
        return NULL;
    }
    r->parent = ctx_ref(c);
    r->previous = c->previous ? ctx_ref(c->previous) : NULL;
    r->base = c->base;
    r->original_base = c->original_base;
    r->vocab = c->vocab;
    r->language = c->language;
    r->direction = c->direction;
    return r;
}

static jl_ctx *new_initial(jl_proc *p, const char *base)
{
    jl_ctx *c = ctx_alloc();
    if (!c) {
        jl_error_set(p->err, JL_ERR_NOMEM, "context");
        return NULL;
    }
    if (base && !(c->base = c->original_base = jl_arena_strdup(&c->mem, base))) {
        ctx_unref(c);
        jl_error_set(p->err, JL_ERR_NOMEM, "context");
        return NULL;
    }
    return c;
}

jl_ctx *ctx_initial(jl_proc *p)
{
    const char *base = p->opts ? p->opts->base : NULL;
    char *key = NULL;
    if (asprintf(&key, "init|%d|%s", p->mode10, base ? base : "") < 0)
        key = NULL;
    jl_ctx *c = key ? loader_cache_get(p->loader, key) : NULL;
    if (!c && (c = new_initial(p, base)) && key)
        loader_cache_put(p->loader, key, c);
    free(key);
    return c;
}

static bool has_protected_terms(const jl_ctx *c)
{
    const strmap_slot *s;
    for (size_t i = 0; strmap_next(&c->terms, &i, &s);)
        if (s->value && ((const jl_term *)s->value)->protect)
            return true;
    return false;
}

/* Cache key for processing something identified by what on top of c. */
static char *cache_key(const jl_ctx *c, int flags, char kind, const void *what, const char *base)
{
    char *key;
    int n = kind == 'u' ? asprintf(&key, "%" PRIu64 "|%d|u|%s", c->id, flags, (const char *)what)
                        : asprintf(&key, "%" PRIu64 "|%d|p|%p|%s", c->id, flags, what, base ? base : "");
    return n < 0 ? NULL : key;
}

/* Steps 5.2: a remote context referenced by URL. */
static jl_ctx *process_remote(jl_proc *p, jl_ctx *cur, const char *ref, const char *base_url, int flags,
                              bool *skip)
{
    const char *url = iri_resolve(&p->scratch, base_url, ref);
    if (!url) {
        jl_error_set(p->err, JL_ERR_NOMEM, "context URL");
        return NULL;
    }
    for (int i = 0; i < p->remote_depth; i++) {
        if (!strcmp(p->remote_stack[i], url)) {
            if (flags & CTX_NO_VALIDATE_SCOPED) {
                *skip = true;
                return NULL;
            }
            jl_error_set(p->err, JL_ERR_RECURSIVE_CONTEXT_INCLUSION, "%s", url);
            return NULL;
        }
    }
    if (p->remote_depth == (int)(sizeof p->remote_stack / sizeof p->remote_stack[0])) {
        jl_error_set(p->err, JL_ERR_CONTEXT_OVERFLOW, "too many nested remote contexts");
        return NULL;
    }
    bool cacheable = !(flags & CTX_NO_VALIDATE_SCOPED);
    char *key = cacheable ? cache_key(cur, 0, 'u', url, NULL) : NULL;
    jl_ctx *r = key ? loader_cache_get(p->loader, key) : NULL;
    if (!r) {
        jl_error ignored;
        jl_error_clear(&ignored);
        const json_t *doc = jl_loader_get(p->loader, url, &ignored);
        const json_t *local = json_is_object(doc) ? json_object_get(doc, "@context") : NULL;
        if (!doc)
            jl_error_set(p->err, JL_ERR_LOADING_REMOTE_CONTEXT_FAILED, "%s is not a bundled or registered document", url);
        else if (!local)
            jl_error_set(p->err, JL_ERR_INVALID_REMOTE_CONTEXT, "%s has no @context", url);
        if (local) {
            p->remote_stack[p->remote_depth++] = url;
            r = ctx_process(p, cur, local, url, flags & CTX_NO_VALIDATE_SCOPED, true);
            p->remote_depth--;
        }
        if (r && key)
            loader_cache_put(p->loader, key, r);
    }
    free(key);
    return r;
}

/* Step 5.6: @import merges the imported context definition under def. The
 * merged object is held by result; *stable turns false. */
static jl_status apply_import(jl_proc *p, jl_ctx *result, const json_t **def, const char *base_url,
                              bool *stable)
{
    jl_error *err = p->err;
    const json_t *v = json_object_get(*def, "@import");
    if (p->mode10)
        return jl_error_set(err, JL_ERR_INVALID_CONTEXT_ENTRY, "@import in json-ld-1.0");
    if (!json_is_string(v))
        return jl_error_set(err, JL_ERR_INVALID_IMPORT_VALUE, "@import must be a string");
    const char *url = iri_resolve(&p->scratch, base_url, json_string_value(v));
    const json_t *doc = url ? jl_loader_get(p->loader, url, NULL) : NULL;
    if (!doc)
        return jl_error_set(err, JL_ERR_LOADING_REMOTE_CONTEXT_FAILED, "@import %s", json_string_value(v));
    const json_t *imported = json_object_get(doc, "@context");
    if (!json_is_object(imported))
        return jl_error_set(err, JL_ERR_INVALID_REMOTE_CONTEXT, "@import %s", url);
    if (json_object_get(imported, "@import"))
        return jl_error_set(err, JL_ERR_INVALID_CONTEXT_ENTRY, "@import inside @import");
    json_t *merged = json_copy((json_t *)imported);
    if (!merged || json_object_update(merged, (json_t *)*def) || !ctx_hold(result, merged)) {
        json_decref(merged);
        return jl_error_set(err, JL_ERR_NOMEM, "@import");
    }
    json_decref(merged); /* now held by result */
    json_object_del(merged, "@import");
    *def = merged;
    *stable = false;
    return JL_OK;
}

/* Step 5.7: @base (ignored inside remote contexts). */
static jl_status apply_base(jl_proc *p, jl_ctx *result, const json_t *v)
{
    if (p->remote_depth > 0) {
        return JL_OK;
    } else if (json_is_null(v)) {
        result->base = NULL;
    } else if (!json_is_string(v)) {
        return jl_error_set(p->err, JL_ERR_INVALID_BASE_IRI, "@base must be a string");
    } else if (iri_is_absolute(json_string_value(v))) {
        result->base = jl_arena_strdup(&result->mem, json_string_value(v));
    } else if (result->base) {
        result->base = iri_resolve(&result->mem, result->base, json_string_value(v));
    } else {
        return jl_error_set(p->err, JL_ERR_INVALID_BASE_IRI, "relative @base without a base IRI");
    }
    return JL_OK;
}

/* Step 5.8: @vocab. */
static jl_status apply_vocab(jl_proc *p, jl_ctx *result, const json_t *v)
{
    if (json_is_null(v)) {
        result->vocab = NULL;
        return JL_OK;
    }
    if (!json_is_string(v))
        return jl_error_set(p->err, JL_ERR_INVALID_VOCAB_MAPPING, "@vocab must be a string");
    const char *s = json_string_value(v);
    if (p->mode10 && !iri_is_absolute(s) && !iri_is_blank(s))
        return jl_error_set(p->err, JL_ERR_INVALID_VOCAB_MAPPING, "relative @vocab in json-ld-1.0");
    const char *vocab = expand_iri_core(p, result, s, true, true, NULL, &result->mem);
    if (!vocab || (!iri_is_absolute(vocab) && !iri_is_blank(vocab) && vocab[0]))
        return jl_error_set(p->err, JL_ERR_INVALID_VOCAB_MAPPING, "@vocab %s", s);
    result->vocab = vocab == s ? jl_arena_strdup(&result->mem, s) : vocab;
    return JL_OK;
}

/* Steps 5.9-5.11: @language, @direction, and the @propagate check. */
static jl_status apply_defaults(jl_proc *p, jl_ctx *result, const json_t *def)
{
    jl_error *err = p->err;
    const json_t *v;
    if ((v = json_object_get(def, "@language"))) {
        if (json_is_null(v))
            result->language = NULL;
        else if (!json_is_string(v))
            return jl_error_set(err, JL_ERR_INVALID_DEFAULT_LANGUAGE, "@language must be a string");
        else
            result->language = jl_arena_strdup(&result->mem, json_string_value(v));
    }
    if ((v = json_object_get(def, "@direction"))) {
        if (p->mode10)
            return jl_error_set(err, JL_ERR_INVALID_CONTEXT_ENTRY, "@direction in json-ld-1.0");
        const char *d = json_string_value(v);
        if (json_is_null(v))
            result->direction = NULL;
        else if (d && (!strcmp(d, "ltr") || !strcmp(d, "rtl")))
            result->direction = d[0] == 'l' ? "ltr" : "rtl";
        else
            return jl_error_set(err, JL_ERR_INVALID_BASE_DIRECTION, "@direction");
    }
    if ((v = json_object_get(def, "@propagate"))) {
        if (p->mode10)
            return jl_error_set(err, JL_ERR_INVALID_CONTEXT_ENTRY, "@propagate in json-ld-1.0");
        if (!json_is_boolean(v))
            return jl_error_set(err, JL_ERR_INVALID_PROPAGATE_VALUE, "@propagate must be a boolean");
    }
    return JL_OK;
}

/* Step 5.13: a term definition for every entry that is not a context keyword. */
static jl_status define_terms(def_state *ds)
{
    static const char *const skipped[] = {"@base", "@direction", "@import", "@language",
                                          "@propagate", "@protected", "@version", "@vocab"};
    const char *key;
    json_t *val;
    json_object_foreach((json_t *)ds->local, key, val) {
        bool skip = false;
        for (size_t i = 0; i < sizeof skipped / sizeof skipped[0]; i++)
            skip = skip || !strcmp(key, skipped[i]);
        if (!skip && define_term(ds, key))
            return ds->p->err->code;
    }
    return JL_OK;
}

jl_status ctx_apply_definition(jl_proc *p, jl_ctx *result, const json_t *def, const char *base_url,
                               int flags, bool stable)
{
    jl_error *err = p->err;
    const json_t *v;
    if ((v = json_object_get(def, "@version"))) {
        if (!json_is_number(v) || json_number_value(v) != 1.1)
            return jl_error_set(err, JL_ERR_INVALID_VERSION_VALUE, "@version must be 1.1");
        if (p->mode10)
            return jl_error_set(err, JL_ERR_PROCESSING_MODE_CONFLICT, "@version 1.1 in json-ld-1.0 mode");
    }
    if (json_object_get(def, "@import") && apply_import(p, result, &def, base_url, &stable))
        return err->code;
    if ((v = json_object_get(def, "@base")) && apply_base(p, result, v))
        return err->code;
    if ((v = json_object_get(def, "@vocab")) && apply_vocab(p, result, v))
        return err->code;
    if (apply_defaults(p, result, def))
        return err->code;
    def_state ds = {.p = p, .result = result, .local = def, .base_url = base_url, .stable = stable,
                    .override_protected = flags & CTX_OVERRIDE_PROTECTED};
    if ((v = json_object_get(def, "@protected"))) {
        if (p->mode10)
            return jl_error_set(err, JL_ERR_INVALID_CONTEXT_ENTRY, "@protected in json-ld-1.0");
        if (!json_is_boolean(v))
            return jl_error_set(err, JL_ERR_INVALID_PROTECTED_VALUE, "@protected must be a boolean");
        ds.protect = json_is_true(v);
    }
    strmap_init(&ds.defined);
    jl_status st = define_terms(&ds);
    strmap_free(&ds.defined);
    return st;
}

jl_ctx *ctx_process(jl_proc *p, jl_ctx *active, const json_t *local, const char *base_url, int flags,
                    bool local_stable)
{
    bool propagate = !(flags & CTX_NO_PROPAGATE);
    const json_t *pv = json_is_object(local) ? json_object_get(local, "@propagate") : NULL;
    if (pv) {
        if (!json_is_boolean(pv)) {
            jl_error_set(p->err, JL_ERR_INVALID_PROPAGATE_VALUE, "@propagate must be a boolean");
            return NULL;
        }
        propagate = json_is_true(pv);
    }
    jl_ctx *cur = ctx_ref(active);
    bool fresh = false; /* cur is a private copy this call may modify */
    if (!propagate && !active->previous) {
        jl_ctx *c = ctx_copy(p, active);
        ctx_unref(cur);
        if (!c)
            return NULL;
        c->previous = ctx_ref(active);
        cur = c;
        fresh = true;
    }
    size_t n = json_is_array(local) ? json_array_size(local) : 1;
    for (size_t i = 0; i < n; i++) {
        const json_t *item = json_is_array(local) ? json_array_get(local, i) : local;
        jl_ctx *next = NULL;
        if (json_is_null(item)) {
            if (!(flags & CTX_OVERRIDE_PROTECTED) && has_protected_terms(cur)) {
                jl_error_set(p->err, JL_ERR_INVALID_CONTEXT_NULLIFICATION, "protected terms exist");
            } else if ((next = new_initial(p, active->original_base)) && !propagate) {
                next->previous = ctx_ref(active);
            }
            fresh = true;
        } else if (json_is_string(item)) {
            bool skip = false;
            next = process_remote(p, cur, json_string_value(item), base_url, flags, &skip);
            if (skip)
                continue;
            fresh = false;
        } else if (!json_is_object(item)) {
            jl_error_set(p->err, JL_ERR_INVALID_LOCAL_CONTEXT, "a context must be an object, string or null");
        } else {
            next = fresh ? ctx_ref(cur) : ctx_copy(p, cur);
            fresh = true;
            if (next && ctx_apply_definition(p, next, item, base_url, flags, local_stable)) {
                ctx_unref(next);
                next = NULL;
            }
        }
        ctx_unref(cur);
        cur = next;
        if (!cur)
            return NULL;
    }
    return cur;
}

jl_ctx *ctx_apply_scoped(jl_proc *p, jl_ctx *active, const jl_term *t, int flags)
{
    char *key = t->context_stable ? cache_key(active, flags, 'p', t->context, t->context_base) : NULL;
    jl_ctx *r = key ? loader_cache_get(p->loader, key) : NULL;
    if (!r) {
        r = ctx_process(p, active, t->context, t->context_base, flags, t->context_stable);
        if (r && key)
            loader_cache_put(p->loader, key, r);
    }
    free(key);
    return r;
}
