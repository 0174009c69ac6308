/* Internal: the JSON-LD 1.1 Expansion algorithm and its helpers. */
#ifndef EDUBADGES_JL_EXPAND_H
#define EDUBADGES_JL_EXPAND_H

#include "context.h"

/* Expansion of element under active_prop (NULL = none). Returns a new
 * reference or NULL (null result, or an error recorded in p->err). */
json_t *expand_element(jl_proc *p, jl_ctx *active, const char *active_prop, json_t *element,
                       const char *base_url, bool from_map);

/* The state of one map being expanded (expansion steps 13-14). */
typedef struct obj_state {
    jl_proc *p;
    jl_ctx *active;      /* active context for the object's entries */
    jl_ctx *type_scoped; /* context before type-scoped contexts were applied */
    const char *active_prop;
    const char *base_url;
    bool input_json;     /* the object's @type is @json */
    json_t *result;
} obj_state;

/* One entry whose key expands to the keyword kw (steps 13.4.x). */
jl_status expand_keyword(obj_state *os, const char *kw, json_t *value);

/* Value Expansion of a scalar under active_prop. */
json_t *expand_value(jl_proc *p, jl_ctx *active, const char *active_prop, json_t *value);

/* Language, index, @id and @type maps (expansion step 13.7-13.8). */
json_t *expand_language_map(jl_proc *p, jl_ctx *active, const jl_term *t, json_t *value);
json_t *expand_index_map(jl_proc *p, jl_ctx *active, const char *key, const jl_term *t, json_t *value,
                         const char *base_url);

/* Keys of obj in code point order (array in the session scratch arena). */
const char **sorted_keys(jl_proc *p, json_t *obj, size_t *n);
/* Steals v; returns v if it is an array, else [v]. */
json_t *as_array(json_t *v);
/* Steals v; appends it (or its items, for an array) to the array obj[key]. */
void add_value(json_t *obj, const char *key, json_t *v);
/* Appends v (or each item of an array v) to arr; v is borrowed. */
void append_items(json_t *arr, json_t *v);
/* Predicates on expanded objects. */
bool is_value_object(const json_t *v);
bool is_list_object(const json_t *v);
bool is_graph_object(const json_t *v);

#endif
