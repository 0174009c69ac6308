/* Node Map Generation over expanded JSON-LD. */
#include "node_map.h"

#include <stdio.h>
#include <string.h>

#include "expand.h"
#include "iri.h"

typedef struct nm {
    jl_proc *p;
    json_t *map;     /* graph -> subject -> node */
    json_t *labels;  /* document blank node label -> generated label */
} nm;

const char *node_map_fresh_bnode(jl_proc *p)
{
    char buf[32];
    snprintf(buf, sizeof buf, "_:b%llu", (unsigned long long)p->bnode_counter++);
    return jl_arena_strdup(&p->scratch, buf);
}

static const char *relabel(nm *m, const char *old)
{
    json_t *known = json_object_get(m->labels, old);
    if (known)
        return json_string_value(known);
    const char *fresh = node_map_fresh_bnode(m->p);
    json_object_set_new(m->labels, old, json_string(fresh));
    return fresh;
}

/* Appends v (borrowed) to obj[key] unless an equal value is there. */
static void add_unique(json_t *obj, const char *key, json_t *v)
{
    json_t *arr = json_object_get(obj, key);
    if (!arr) {
        arr = json_array();
        json_object_set_new(obj, key, arr);
    }
    size_t i;
    json_t *x;
    json_array_foreach(arr, i, x)
        if (json_equal(x, v))
            return;
    json_array_append(arr, v);
}

static jl_status generate(nm *m, json_t *element, const char *graph_name, json_t *subject,
                          const char *prop, json_t *list);

static jl_status generate_node(nm *m, json_t *element, const char *graph_name, json_t *subject,
                               const char *prop, json_t *list)
{
    json_t *graph = json_object_get(m->map, graph_name);
    json_t *idv = json_object_get(element, "@id");
    const char *id = json_string_value(idv);
    if (!id || iri_is_blank(id))
        id = id ? relabel(m, id) : node_map_fresh_bnode(m->p);
    json_t *node = json_object_get(graph, id);
    if (!node) {
        node = json_pack("{ss}", "@id", id);
        json_object_set_new(graph, id, node);
    }
    if (json_is_object(subject)) {
        add_unique(node, prop, subject);
    } else if (prop) {
        json_t *ref = json_pack("{ss}", "@id", id);
        if (list)
            json_array_append(json_object_get(list, "@list"), ref);
        else
            add_unique(json_object_get(graph, json_string_value(subject)), prop, ref);
        json_decref(ref);
    }
    json_t *types = json_object_get(element, "@type");
    size_t i;
    json_t *x;
    json_array_foreach(types, i, x)
        add_unique(node, "@type", x);
    json_t *index = json_object_get(element, "@index");
    if (index) {
        json_t *old = json_object_get(node, "@index");
        if (old && !json_equal(old, index))
            return jl_error_set(m->p->err, JL_ERR_CONFLICTING_INDEXES, "node %s", id);
        json_object_set(node, "@index", index);
    }
    json_t *rev = json_object_get(element, "@reverse");
    if (rev) {
        json_t *ref = json_pack("{ss}", "@id", id);
        const char *rp;
        json_t *vals;
        json_object_foreach(rev, rp, vals) {
            json_array_foreach(vals, i, x) {
                if (generate(m, x, graph_name, ref, rp, NULL)) {
                    json_decref(ref);
                    return m->p->err->code;
                }
            }
        }
        json_decref(ref);
    }
    json_t *g = json_object_get(element, "@graph");
    if (g) {
        if (!json_object_get(m->map, id))
            json_object_set_new(m->map, id, json_object());
        if (generate(m, g, id, NULL, NULL, NULL))
            return m->p->err->code;
    }
    json_t *inc = json_object_get(element, "@included");
    if (inc && generate(m, inc, graph_name, NULL, NULL, NULL))
        return m->p->err->code;
    /* Entry order only affects blank node numbering, which RDFC-1.0 undoes. */
    json_t *node_id = json_string(id);
    const char *key;
    json_t *value;
    json_object_foreach(element, key, value) {
        if (!strcmp(key, "@id") || !strcmp(key, "@type") || !strcmp(key, "@index") ||
            !strcmp(key, "@reverse") || !strcmp(key, "@graph") || !strcmp(key, "@included"))
            continue;
        const char *property = iri_is_blank(key) ? relabel(m, key) : key;
        if (!json_object_get(node, property))
            json_object_set_new(node, property, json_array());
        if (generate(m, value, graph_name, node_id, property, NULL)) {
            json_decref(node_id);
            return m->p->err->code;
        }
    }
    json_decref(node_id);
    return JL_OK;
}

static jl_status generate(nm *m, json_t *element, const char *graph_name, json_t *subject,
                          const char *prop, json_t *list)
{
    if (json_is_array(element)) {
        size_t i;
        json_t *x;
        json_array_foreach(element, i, x)
            if (generate(m, x, graph_name, subject, prop, list))
                return m->p->err->code;
        return JL_OK;
    }
    if (!json_is_object(element))
        return JL_OK;
    json_t *graph = json_object_get(m->map, graph_name);
    if (!graph) {
        graph = json_object();
        json_object_set_new(m->map, graph_name, graph);
    }
    json_t *types = json_object_get(element, "@type");
    if (json_is_array(types)) {
        size_t i;
        json_t *x;
        json_array_foreach(types, i, x)
            if (json_is_string(x) && iri_is_blank(json_string_value(x)))
                json_array_set_new(types, i, json_string(relabel(m, json_string_value(x))));
    }
    json_t *subject_node = json_is_string(subject) ? json_object_get(graph, json_string_value(subject)) : NULL;
    if (json_object_get(element, "@value")) {
        if (list)
            json_array_append(json_object_get(list, "@list"), element);
        else
            add_unique(subject_node, prop, element);
        return JL_OK;
    }
    if (json_is_null(json_object_get(element, "@id")))
        return JL_OK; /* its @id had the form of a keyword */
    json_t *lv = json_object_get(element, "@list");
    if (lv) {
        json_t *result = json_pack("{s[]}", "@list");
        jl_status st = generate(m, lv, graph_name, subject, prop, result);
        if (!st) {
            if (list)
                json_array_append(json_object_get(list, "@list"), result);
            else
                add_value(subject_node, prop, json_incref(result));
        }
        json_decref(result);
        return st;
    }
    return generate_node(m, element, graph_name, subject, prop, list);
}

json_t *node_map_generate(jl_proc *p, json_t *expanded)
{
    nm m = {p, json_pack("{s{}}", "@default"), json_object()};
    if (generate(&m, expanded, "@default", NULL, NULL, NULL)) {
        json_decref(m.map);
        m.map = NULL;
    }
    json_decref(m.labels);
    return m.map;
}
