/* Expansion of scalars (Value Expansion) and of language, index, @id and
 * @type container maps. */
#include <string.h>

#include "expand.h"
#include "iri.h"

json_t *expand_value(jl_proc *p, jl_ctx *active, const char *active_prop, json_t *value)
{
    const jl_term *t = active_prop ? ctx_term(active, active_prop) : NULL;
    const char *type = t ? t->type : NULL;
    if (type && json_is_string(value) && (!strcmp(type, "@id") || !strcmp(type, "@vocab"))) {
        const char *iri = ctx_expand_iri(p, active, json_string_value(value), true, type[1] == 'v');
        return iri ? json_pack("{ss}", "@id", iri) : NULL;
    }
    json_t *r = json_pack("{sO}", "@value", value);
    if (!r)
        return NULL;
    if (type && strcmp(type, "@id") && strcmp(type, "@vocab") && strcmp(type, "@none")) {
        json_object_set_new(r, "@type", json_string(type));
    } else if (json_is_string(value)) {
        const char *lang = t && t->has_language ? t->language : active->language;
        const char *dir = t && t->has_direction ? t->direction : active->direction;
        if (lang)
            json_object_set_new(r, "@language", json_string(lang));
        if (dir)
            json_object_set_new(r, "@direction", json_string(dir));
    }
    return r;
}

json_t *expand_language_map(jl_proc *p, jl_ctx *active, const jl_term *t, json_t *value)
{
    json_t *out = json_array();
    const char *dir = t->has_direction ? t->direction : active->direction;
    size_t n;
    const char **keys = sorted_keys(p, value, &n);
    for (size_t i = 0; i < n; i++) {
        const char *lang = keys[i];
        const char *el = ctx_expand_iri(p, active, lang, false, true);
        json_t *items = json_object_get(value, lang);
        size_t m = json_is_array(items) ? json_array_size(items) : 1;
        for (size_t j = 0; j < m; j++) {
            json_t *item = json_is_array(items) ? json_array_get(items, j) : items;
            if (json_is_null(item))
                continue;
            if (!json_is_string(item)) {
                json_decref(out);
                jl_error_set(p->err, JL_ERR_INVALID_LANGUAGE_MAP_VALUE, "language map entry %s", lang);
                return NULL;
            }
            json_t *v = json_pack("{sO}", "@value", item);
            if (!el || strcmp(el, "@none"))
                json_object_set_new(v, "@language", json_string(lang));
            if (dir)
                json_object_set_new(v, "@direction", json_string(dir));
            json_array_append_new(out, v);
        }
    }
    return out;
}

/* Adds the map key index to one expanded item of an index/@id/@type map. */
static jl_status tag_item(jl_proc *p, jl_ctx *active, const jl_term *t, json_t *item, const char *index,
                          const char *expanded_index)
{
    unsigned c = t->container;
    bool none = expanded_index && !strcmp(expanded_index, "@none");
    if ((c & CONTAINER_INDEX) && t->index && strcmp(t->index, "@index") && !none) {
        json_t *iv = json_string(index);
        json_t *re = expand_value(p, active, t->index, iv);
        json_decref(iv);
        const char *key = ctx_expand_iri(p, active, t->index, false, true);
        if (!re || !key)
            return jl_error_set(p->err, JL_ERR_INVALID_TERM_DEFINITION, "@index %s", t->index);
        if (is_value_object(item)) {
            json_decref(re);
            return jl_error_set(p->err, JL_ERR_INVALID_VALUE_OBJECT, "property-valued index on a value");
        }
        json_t *vals = json_array();
        json_array_append_new(vals, re);
        json_t *old = json_object_get(item, key);
        if (old)
            append_items(vals, old);
        json_object_set_new(item, key, vals);
    } else if ((c & CONTAINER_INDEX) && !json_object_get(item, "@index") && !none) {
        json_object_set_new(item, "@index", json_string(index));
    } else if ((c & CONTAINER_ID) && !json_object_get(item, "@id") && !none) {
        const char *id = ctx_expand_iri(p, active, index, true, false);
        if (id)
            json_object_set_new(item, "@id", json_string(id));
    } else if ((c & CONTAINER_TYPE) && !none) {
        json_t *types = json_array();
        json_array_append_new(types, json_string(expanded_index));
        json_t *old = json_object_get(item, "@type");
        if (old)
            append_items(types, old);
        json_object_set_new(item, "@type", types);
    }
    return JL_OK;
}

json_t *expand_index_map(jl_proc *p, jl_ctx *active, const char *key, const jl_term *t, json_t *value,
                         const char *base_url)
{
    json_t *out = json_array();
    size_t n;
    const char **keys = sorted_keys(p, value, &n);
    for (size_t i = 0; i < n && !p->err->code; i++) {
        const char *index = keys[i];
        jl_ctx *map_ctx = ctx_ref(active);
        if (t->container & CONTAINER_TYPE) {
            if (active->previous) {
                ctx_unref(map_ctx);
                map_ctx = ctx_ref(active->previous);
            }
            const jl_term *it = ctx_term(map_ctx, index);
            if (it && it->context) {
                jl_ctx *c = ctx_apply_scoped(p, map_ctx, it, CTX_NO_PROPAGATE);
                ctx_unref(map_ctx);
                map_ctx = c;
                if (!c)
                    break;
            }
        }
        const char *expanded_index = ctx_expand_iri(p, active, index, false, true);
        json_t *items = as_array(json_incref(json_object_get(value, index)));
        json_t *ex = expand_element(p, map_ctx, key, items, base_url, true);
        json_decref(items);
        ctx_unref(map_ctx);
        if (!ex)
            continue;
        size_t j;
        json_t *item;
        json_array_foreach(ex, j, item) {
            if ((t->container & CONTAINER_GRAPH) && !is_graph_object(item)) {
                json_t *g = json_pack("{s[O]}", "@graph", item);
                json_array_set_new(ex, j, g);
                item = g;
            }
            if (tag_item(p, active, t, item, index, expanded_index))
                break;
        }
        json_array_extend(out, ex);
        json_decref(ex);
    }
    if (p->err->code) {
        json_decref(out);
        return NULL;
    }
    return out;
}
