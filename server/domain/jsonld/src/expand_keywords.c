/* Expansion of entries whose key expands to a keyword (@id, @type, @graph,
 * @included, @value, @language, @direction, @index, @list, @set, @reverse). */
#include <string.h>

#include "expand.h"
#include "iri.h"

#define FAIL(code, ...) (jl_error_set(p->err, code, __VA_ARGS__), (json_t *)NULL)

static bool is_scalar(const json_t *v)
{
    return json_is_string(v) || json_is_number(v) || json_is_boolean(v);
}

/* @type entry: string or array of strings, expanded with the type-scoped context. */
static json_t *expand_type_value(obj_state *os, json_t *value)
{
    jl_proc *p = os->p;
    size_t n = json_is_array(value) ? json_array_size(value) : 1;
    json_t *out = json_is_array(value) ? json_array() : NULL;
    for (size_t i = 0; i < n; i++) {
        json_t *v = json_is_array(value) ? json_array_get(value, i) : value;
        if (!json_is_string(v)) {
            json_decref(out);
            return FAIL(JL_ERR_INVALID_TYPE_VALUE, "@type values must be strings");
        }
        const char *iri = ctx_expand_iri(p, os->type_scoped, json_string_value(v), true, true);
        if (p->opts && p->opts->safe && iri && !iri_is_absolute(iri) && !iri_is_blank(iri) &&
            !iri_is_keyword(iri)) {
            json_decref(out);
            return FAIL(JL_ERR_SAFE_MODE, "relative @type reference %s", iri);
        }
        json_t *s = iri ? json_string(iri) : json_null();
        if (!out)
            return s;
        json_array_append_new(out, s);
    }
    return out;
}

static bool is_node_object(const json_t *v)
{
    return json_is_object(v) && !json_object_get(v, "@value") && !json_object_get(v, "@list") &&
           !json_object_get(v, "@set");
}

/* Steals ev; with an earlier value old (borrowed) returns old's items then ev's. */
static json_t *append_to_existing(json_t *old, json_t *ev)
{
    if (!ev || !old)
        return ev;
    json_t *merged = json_array();
    append_items(merged, old);
    append_items(merged, ev);
    json_decref(ev);
    return merged;
}

/* Steps 13.4.x: one entry whose key expands to a keyword. */
jl_status expand_keyword(obj_state *os, const char *kw, json_t *value)
{
    jl_proc *p = os->p;
    json_t *result = os->result;
    json_t *ev = NULL;
    if (os->active_prop && !strcmp(os->active_prop, "@reverse"))
        return jl_error_set(p->err, JL_ERR_INVALID_REVERSE_PROPERTY_MAP, "keyword %s in @reverse", kw);
    if (json_object_get(result, kw) && strcmp(kw, "@included") && (strcmp(kw, "@type") || p->mode10))
        return jl_error_set(p->err, JL_ERR_COLLIDING_KEYWORDS, "%s", kw);
    if (!strcmp(kw, "@id")) {
        if (!json_is_string(value))
            return jl_error_set(p->err, JL_ERR_INVALID_ID_VALUE, "@id must be a string");
        const char *iri = ctx_expand_iri(p, os->active, json_string_value(value), true, false);
        ev = iri ? json_string(iri) : json_null(); /* keyword-like: the node is ignored */
    } else if (!strcmp(kw, "@type")) {
        ev = append_to_existing(json_object_get(result, "@type"), expand_type_value(os, value));
    } else if (!strcmp(kw, "@graph")) {
        ev = as_array(expand_element(p, os->active, "@graph", value, os->base_url, false));
    } else if (!strcmp(kw, "@included")) {
        if (p->mode10)
            return JL_OK;
        /* "@included" as active property keeps scalars and value objects, so
         * that they are reported instead of silently dropped. */
        ev = as_array(expand_element(p, os->active, "@included", value, os->base_url, false));
        size_t i;
        json_t *it;
        json_array_foreach(ev, i, it) {
            if (!is_node_object(it)) {
                json_decref(ev);
                return jl_error_set(p->err, JL_ERR_INVALID_INCLUDED_VALUE, "@included needs node objects");
            }
        }
        ev = append_to_existing(json_object_get(result, "@included"), ev);
    } else if (!strcmp(kw, "@value")) {
        if (os->input_json) {
            if (p->mode10)
                return jl_error_set(p->err, JL_ERR_INVALID_VALUE_OBJECT_VALUE, "@json in json-ld-1.0");
            ev = json_incref(value);
        } else if (json_is_null(value) || is_scalar(value)) {
            ev = json_incref(value);
        } else {
            return jl_error_set(p->err, JL_ERR_INVALID_VALUE_OBJECT_VALUE, "@value must be a scalar");
        }
    } else if (!strcmp(kw, "@language")) {
        if (!json_is_string(value))
            return jl_error_set(p->err, JL_ERR_INVALID_LANGUAGE_TAGGED_STRING, "@language must be a string");
        ev = json_incref(value);
    } else if (!strcmp(kw, "@direction")) {
        if (p->mode10)
            return JL_OK;
        const char *d = json_string_value(value);
        if (!d || (strcmp(d, "ltr") && strcmp(d, "rtl")))
            return jl_error_set(p->err, JL_ERR_INVALID_BASE_DIRECTION, "@direction");
        ev = json_incref(value);
    } else if (!strcmp(kw, "@index")) {
        if (!json_is_string(value))
            return jl_error_set(p->err, JL_ERR_INVALID_INDEX_VALUE, "@index must be a string");
        ev = json_incref(value);
    } else if (!strcmp(kw, "@list")) {
        if (!os->active_prop || !strcmp(os->active_prop, "@graph"))
            return JL_OK;
        ev = as_array(expand_element(p, os->active, os->active_prop, value, os->base_url, false));
        if (ev && p->mode10) {
            size_t i;
            json_t *it;
            json_array_foreach(ev, i, it) {
                if (is_list_object(it)) {
                    json_decref(ev);
                    return jl_error_set(p->err, JL_ERR_LIST_OF_LISTS, "list of lists");
                }
            }
        }
    } else if (!strcmp(kw, "@set")) {
        ev = expand_element(p, os->active, os->active_prop, value, os->base_url, false);
    } else if (!strcmp(kw, "@reverse")) {
        if (!json_is_object(value))
            return jl_error_set(p->err, JL_ERR_INVALID_REVERSE_VALUE, "@reverse must be an object");
        json_t *rev = expand_element(p, os->active, "@reverse", value, os->base_url, false);
        if (!rev)
            return p->err->code;
        const char *prop;
        json_t *items;
        json_t *inner = json_object_get(rev, "@reverse");
        json_object_foreach(inner, prop, items)
            add_value(result, prop, json_incref(items));
        json_object_foreach(rev, prop, items) {
            if (!strcmp(prop, "@reverse"))
                continue;
            json_t *rm = json_object_get(result, "@reverse");
            if (!rm) {
                rm = json_object();
                json_object_set_new(result, "@reverse", rm);
            }
            size_t i;
            json_t *it;
            json_array_foreach(items, i, it) {
                if (is_value_object(it) || is_list_object(it)) {
                    jl_error_set(p->err, JL_ERR_INVALID_REVERSE_PROPERTY_VALUE, "%s", prop);
                    json_decref(rev);
                    return p->err->code;
                }
                add_value(rm, prop, json_incref(it));
            }
        }
        json_decref(rev);
        return JL_OK;
    } else if (!strcmp(kw, "@nest")) {
        return JL_OK; /* handled after the other entries */
    } else {
        return JL_OK; /* other keywords (framing) are ignored */
    }
    if (p->err->code) {
        json_decref(ev);
        return p->err->code;
    }
    if (!strcmp(kw, "@value") && json_is_null(ev)) {
        json_object_set_new(result, "@value", json_null());
        return JL_OK;
    }
    if (ev)
        json_object_set_new(result, kw, ev);
    return JL_OK;
}

