/* JSON-LD 1.1 Expansion: arrays, maps with their scoped contexts, property
 * entries (containers, reverse properties), nesting, and the final
 * value/list/set checks. Keyword entries live in expand_keywords.c. */
#include <string.h>

#include "expand.h"
#include "iri.h"

#define FAIL(code, ...) (jl_error_set(p->err, code, __VA_ARGS__), (json_t *)NULL)

static json_t *expand_array(jl_proc *p, jl_ctx *active, const char *active_prop, json_t *element,
                            const char *base_url, bool from_map)
{
    const jl_term *t = active_prop ? ctx_term(active, active_prop) : NULL;
    json_t *out = json_array();
    size_t i;
    json_t *item;
    json_array_foreach(element, i, item) {
        json_t *ev = expand_element(p, active, active_prop, item, base_url, from_map);
        if (p->err->code) {
            json_decref(out);
            return NULL;
        }
        if (t && (t->container & CONTAINER_LIST) && json_is_array(ev)) {
            if (p->mode10) {
                json_decref(ev);
                json_decref(out);
                return FAIL(JL_ERR_LIST_OF_LISTS, "list of lists");
            }
            ev = json_pack("{so}", "@list", ev);
        }
        if (json_is_array(ev)) {
            json_array_extend(out, ev);
            json_decref(ev);
        } else if (ev) {
            json_array_append_new(out, ev);
        }
    }
    return out;
}

static jl_status expand_entries(obj_state *os, json_t *element);

/* Steps 13.5-13.14: one entry whose key expands to an IRI. */
static jl_status expand_property(obj_state *os, const char *key, const char *prop, json_t *value)
{
    jl_proc *p = os->p;
    const jl_term *t = ctx_term(os->active, key);
    unsigned container = t ? t->container : 0;
    json_t *ev;
    if (t && t->type && !strcmp(t->type, "@json"))
        ev = json_pack("{sOss}", "@value", value, "@type", "@json");
    else if ((container & CONTAINER_LANGUAGE) && json_is_object(value))
        ev = expand_language_map(p, os->active, t, value);
    else if ((container & (CONTAINER_INDEX | CONTAINER_TYPE | CONTAINER_ID)) && json_is_object(value))
        ev = expand_index_map(p, os->active, key, t, value, os->base_url);
    else
        ev = expand_element(p, os->active, key, value, os->base_url, false);
    if (!ev)
        return p->err->code;
    if ((container & CONTAINER_LIST) && !is_list_object(ev))
        ev = json_pack("{so}", "@list", as_array(ev));
    if ((container & CONTAINER_GRAPH) && !(container & (CONTAINER_ID | CONTAINER_INDEX))) {
        json_t *arr = as_array(ev), *g = json_array();
        size_t i;
        json_t *it;
        json_array_foreach(arr, i, it)
            json_array_append_new(g, json_pack("{so}", "@graph", as_array(json_incref(it))));
        json_decref(arr);
        ev = g;
    }
    if (t && t->reverse) {
        json_t *rm = json_object_get(os->result, "@reverse");
        if (!rm) {
            rm = json_object();
            json_object_set_new(os->result, "@reverse", rm);
        }
        ev = as_array(ev);
        size_t i;
        json_t *it;
        json_array_foreach(ev, i, it) {
            if (is_value_object(it) || is_list_object(it)) {
                json_decref(ev);
                return jl_error_set(p->err, JL_ERR_INVALID_REVERSE_PROPERTY_VALUE, "%s", key);
            }
        }
        add_value(rm, prop, ev);
        return JL_OK;
    }
    add_value(os->result, prop, ev);
    return JL_OK;
}

static jl_status expand_nested_values(obj_state *os, json_t *nested)
{
    jl_proc *p = os->p;
    size_t n = json_is_array(nested) ? json_array_size(nested) : 1;
    for (size_t i = 0; i < n; i++) {
        json_t *nv = json_is_array(nested) ? json_array_get(nested, i) : nested;
        if (!json_is_object(nv))
            return jl_error_set(p->err, JL_ERR_INVALID_NEST_VALUE, "@nest value must be an object");
        const char *k;
        json_t *x;
        json_object_foreach(nv, k, x) {
            const char *e = ctx_expand_iri(p, os->active, k, false, true);
            if (e && !strcmp(e, "@value"))
                return jl_error_set(p->err, JL_ERR_INVALID_NEST_VALUE, "@value inside @nest");
        }
        if (expand_entries(os, nv))
            return p->err->code;
    }
    return JL_OK;
}

/* Step 14: the values of a nesting key, under its property-scoped context. */
static jl_status expand_nested(obj_state *os, const char *nest_key, json_t *nested)
{
    jl_proc *p = os->p;
    const jl_term *t = ctx_term(os->active, nest_key);
    jl_ctx *ctx = t && t->context ? ctx_apply_scoped(p, os->active, t, CTX_OVERRIDE_PROTECTED)
                                  : ctx_ref(os->active);
    if (!ctx)
        return p->err->code;
    obj_state inner = *os;
    inner.active = ctx;
    inner.active_prop = nest_key;
    jl_status st = expand_nested_values(&inner, nested);
    ctx_unref(ctx);
    return st;
}

/* Steps 13-14 over the entries of element (and of nested objects). */
static jl_status expand_entries(obj_state *os, json_t *element)
{
    jl_proc *p = os->p;
    size_t n;
    const char **keys = sorted_keys(p, element, &n);
    const char **nests = jl_arena_alloc(&p->scratch, (n + 1) * sizeof *nests);
    size_t nnests = 0;
    if (!keys || !nests)
        return jl_error_set(p->err, JL_ERR_NOMEM, "expansion");
    for (size_t i = 0; i < n; i++) {
        const char *key = keys[i];
        if (!strcmp(key, "@context"))
            continue;
        json_t *value = json_object_get(element, key);
        const char *prop = ctx_expand_iri(p, os->active, key, false, true);
        if (p->err->code)
            return p->err->code;
        if (!prop || (!strchr(prop, ':') && !iri_is_keyword(prop))) {
            if (p->opts && p->opts->safe)
                return jl_error_set(p->err, JL_ERR_SAFE_MODE, "property \"%s\" is not defined by any context", key);
            continue;
        }
        jl_status st;
        if (iri_is_keyword(prop)) {
            if (!strcmp(prop, "@nest"))
                nests[nnests++] = key;
            st = expand_keyword(os, prop, value);
        } else {
            st = expand_property(os, key, prop, value);
        }
        if (st)
            return st;
    }
    for (size_t i = 0; i < nnests; i++)
        if (expand_nested(os, nests[i], json_object_get(element, nests[i])))
            return p->err->code;
    return JL_OK;
}

/* Steps 7-11: the contexts that apply to a map and its input type. */
static jl_ctx *map_context(jl_proc *p, jl_ctx *active, const char *active_prop, json_t *element,
                           const char *base_url, bool from_map, jl_ctx **type_scoped, bool *input_json)
{
    const jl_term *apt = active_prop ? ctx_term(active, active_prop) : NULL;
    jl_ctx *ctx = ctx_ref(active);
    if (ctx->previous && !from_map) {
        bool revert = true;
        const char *k;
        json_t *x;
        json_object_foreach(element, k, x) {
            const char *e = ctx_expand_iri(p, ctx, k, false, true);
            if (e && (!strcmp(e, "@value") || (!strcmp(e, "@id") && json_object_size(element) == 1)))
                revert = false;
        }
        if (revert) {
            jl_ctx *prev = ctx_ref(ctx->previous);
            ctx_unref(ctx);
            ctx = prev;
        }
    }
    if (apt && apt->context) {
        jl_ctx *c = ctx_apply_scoped(p, ctx, apt, CTX_OVERRIDE_PROTECTED);
        ctx_unref(ctx);
        if (!(ctx = c))
            return NULL;
    }
    json_t *local = json_object_get(element, "@context");
    if (local) {
        jl_ctx *c = ctx_process(p, ctx, local, base_url, 0, false);
        ctx_unref(ctx);
        if (!(ctx = c))
            return NULL;
    }
    *type_scoped = ctx_ref(ctx);
    size_t n;
    const char **keys = sorted_keys(p, element, &n);
    bool first = true;
    for (size_t i = 0; i < n && ctx; i++) {
        const char *e = ctx_expand_iri(p, ctx, keys[i], false, true);
        if (!e || strcmp(e, "@type"))
            continue;
        json_t *v = json_object_get(element, keys[i]);
        json_t *vals = as_array(json_incref(v));
        size_t m;
        json_t *sorted = json_array();
        /* type-scoped contexts apply in lexicographical order of the types */
        for (m = 0; m < json_array_size(vals); m++) {
            json_t *s = json_array_get(vals, m);
            size_t pos = 0;
            while (json_is_string(s) && pos < json_array_size(sorted) &&
                   strcmp(json_string_value(json_array_get(sorted, pos)), json_string_value(s)) < 0)
                pos++;
            if (json_is_string(s))
                json_array_insert(sorted, pos, s);
        }
        for (m = 0; m < json_array_size(sorted) && ctx; m++) {
            const jl_term *t = ctx_term(*type_scoped, json_string_value(json_array_get(sorted, m)));
            if (t && t->context) {
                jl_ctx *c = ctx_apply_scoped(p, ctx, t, CTX_NO_PROPAGATE);
                ctx_unref(ctx);
                ctx = c;
            }
        }
        if (first && json_array_size(vals)) {
            json_t *last = json_array_get(vals, json_array_size(vals) - 1);
            const char *it = json_is_string(last)
                                 ? ctx_expand_iri(p, ctx ? ctx : *type_scoped, json_string_value(last), false, true)
                                 : NULL;
            *input_json = it && !strcmp(it, "@json");
        }
        first = false;
        json_decref(sorted);
        json_decref(vals);
    }
    return ctx;
}

static bool only_keys(const json_t *obj, const char *const *allowed, size_t n)
{
    const char *k;
    json_t *x;
    json_object_foreach((json_t *)obj, k, x) {
        bool ok = false;
        for (size_t i = 0; i < n; i++)
            ok = ok || !strcmp(k, allowed[i]);
        if (!ok)
            return false;
    }
    return true;
}

/* Steps 15-20 on a completed result map. Steals result. */
static json_t *finish_map(jl_proc *p, json_t *result, const char *active_prop)
{
    json_t *value = json_object_get(result, "@value");
    json_t *type = json_object_get(result, "@type");
    if (json_object_get(result, "@value")) {
        static const char *const allowed[] = {"@direction", "@index", "@language", "@type", "@value"};
        if (!only_keys(result, allowed, 5) ||
            (type && (json_object_get(result, "@language") || json_object_get(result, "@direction")))) {
            json_decref(result);
            return FAIL(JL_ERR_INVALID_VALUE_OBJECT, "unexpected entries in a value object");
        }
        bool is_json = json_is_string(type) && !strcmp(json_string_value(type), "@json");
        if (!is_json) {
            if (json_is_null(value) || (json_is_array(value) && !json_array_size(value))) {
                json_decref(result);
                return NULL;
            }
            if (!json_is_string(value) && json_object_get(result, "@language")) {
                json_decref(result);
                return FAIL(JL_ERR_INVALID_LANGUAGE_TAGGED_VALUE, "@language on a non-string");
            }
            if (type && (!json_is_string(type) || !iri_is_absolute(json_string_value(type)))) {
                json_decref(result);
                return FAIL(JL_ERR_INVALID_TYPED_VALUE, "@type of a value must be an IRI");
            }
        }
    } else if (type && !json_is_array(type)) {
        json_object_set_new(result, "@type", json_pack("[O]", type));
    } else if (json_object_get(result, "@set") || json_object_get(result, "@list")) {
        size_t n = json_object_size(result);
        if (n > 2 || (n == 2 && !json_object_get(result, "@index"))) {
            json_decref(result);
            return FAIL(JL_ERR_INVALID_SET_OR_LIST_OBJECT, "extra entries next to @set/@list");
        }
        json_t *set = json_object_get(result, "@set");
        if (set) {
            json_incref(set);
            json_decref(result);
            result = set;
        }
    }
    if (json_is_object(result) && json_object_size(result) == 1 && json_object_get(result, "@language")) {
        json_decref(result);
        return NULL;
    }
    if (json_is_object(result) && (!active_prop || !strcmp(active_prop, "@graph"))) {
        size_t n = json_object_size(result);
        if (!n || json_object_get(result, "@value") || json_object_get(result, "@list") ||
            (n == 1 && json_object_get(result, "@id"))) {
            json_decref(result);
            return NULL;
        }
    }
    return result;
}

static json_t *expand_map(jl_proc *p, jl_ctx *active, const char *active_prop, json_t *element,
                          const char *base_url, bool from_map)
{
    jl_ctx *type_scoped = NULL;
    bool input_json = false;
    jl_ctx *ctx = map_context(p, active, active_prop, element, base_url, from_map, &type_scoped, &input_json);
    json_t *result = NULL;
    if (ctx) {
        obj_state os = {p, ctx, type_scoped, active_prop, base_url, input_json, json_object()};
        if (expand_entries(&os, element))
            json_decref(os.result);
        else
            result = finish_map(p, os.result, active_prop);
    }
    if (ctx)
        ctx_unref(ctx);
    if (type_scoped)
        ctx_unref(type_scoped);
    return result;
}

json_t *expand_element(jl_proc *p, jl_ctx *active, const char *active_prop, json_t *element,
                       const char *base_url, bool from_map)
{
    if (!element || json_is_null(element))
        return NULL;
    if (json_is_array(element) || json_is_object(element)) {
        if (p->depth >= JL_MAX_DEPTH)
            return FAIL(JL_ERR_ARGUMENT, "JSON nested deeper than %d levels", JL_MAX_DEPTH);
        p->depth++;
        json_t *r = json_is_array(element) ? expand_array(p, active, active_prop, element, base_url, from_map)
                                           : expand_map(p, active, active_prop, element, base_url, from_map);
        p->depth--;
        return r;
    }
    if (!active_prop || !strcmp(active_prop, "@graph"))
        return NULL;
    const jl_term *t = ctx_term(active, active_prop);
    if (t && t->context) {
        jl_ctx *c = ctx_apply_scoped(p, active, t, CTX_OVERRIDE_PROTECTED);
        if (!c)
            return NULL;
        json_t *r = expand_value(p, c, active_prop, element);
        ctx_unref(c);
        return r;
    }
    return expand_value(p, active, active_prop, element);
}
