/* Small JSON helpers shared by expansion and node map generation. */
#include <stdlib.h>
#include <string.h>

#include "expand.h"

static int cmp_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char **sorted_keys(jl_proc *p, json_t *obj, size_t *n)
{
    *n = json_object_size(obj);
    const char **keys = jl_arena_alloc(&p->scratch, (*n + 1) * sizeof *keys);
    if (!keys) {
        *n = 0;
        jl_error_set(p->err, JL_ERR_NOMEM, "keys");
        return NULL;
    }
    size_t i = 0;
    const char *k;
    json_t *v;
    json_object_foreach(obj, k, v)
        keys[i++] = k;
    qsort(keys, *n, sizeof *keys, cmp_key);
    return keys;
}

json_t *as_array(json_t *v)
{
    if (!v || json_is_array(v))
        return v;
    json_t *a = json_array();
    json_array_append_new(a, v);
    return a;
}

void add_value(json_t *obj, const char *key, json_t *v)
{
    json_t *arr = json_object_get(obj, key);
    if (!json_is_array(arr)) {
        arr = json_array();
        json_object_set_new(obj, key, arr);
    }
    if (json_is_array(v)) {
        json_array_extend(arr, v);
        json_decref(v);
    } else {
        json_array_append_new(arr, v);
    }
}

bool is_value_object(const json_t *v) { return json_is_object(v) && json_object_get(v, "@value"); }

bool is_list_object(const json_t *v) { return json_is_object(v) && json_object_get(v, "@list"); }

bool is_graph_object(const json_t *v)
{
    if (!json_is_object(v) || !json_object_get(v, "@graph"))
        return false;
    const char *k;
    json_t *x;
    json_object_foreach((json_t *)v, k, x) {
        if (strcmp(k, "@graph") && strcmp(k, "@id") && strcmp(k, "@index") && strcmp(k, "@context"))
            return false;
    }
    return true;
}

void append_items(json_t *arr, json_t *v)
{
    if (json_is_array(v))
        json_array_extend(arr, v);
    else
        json_array_append(arr, v);
}
