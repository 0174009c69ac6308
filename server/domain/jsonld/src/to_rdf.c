/* Deserialize JSON-LD to RDF: node map -> quads, lists -> rdf:first/rest,
 * literal lexical forms (booleans, integers, doubles, rdf:JSON, directions). */
#include <string.h>
#include <ctype.h>

#include "expand.h"
#include "iri.h"
#include "jcs.h"
#include "node_map.h"
#include "number_format.h"
#include "to_rdf.h"

#define RDF_FIRST RDF_NS "first"
#define RDF_REST RDF_NS "rest"
#define RDF_NIL RDF_NS "nil"
#define RDF_TYPE RDF_NS "type"
#define RDF_JSON RDF_NS "JSON"
#define RDF_VALUE RDF_NS "value"
#define RDF_LANGUAGE RDF_NS "language"
#define RDF_DIRECTION RDF_NS "direction"
#define I18N "https://www.w3.org/ns/i18n#"

typedef struct emitter {
    jl_proc *p;
    rdf_dataset *ds;
    rdf_term graph;
} emitter;

static rdf_term node_term(const char *id)
{
    return iri_is_blank(id) ? rdf_blank(id + 2) : rdf_iri(id);
}

static bool well_formed(const char *id) { return iri_is_blank(id) || iri_is_well_formed(id); }

/* In safe mode, dropping data is an error. */
static jl_status dropped(emitter *e, const char *what, const char *iri)
{
    if (e->p->opts && e->p->opts->safe)
        return jl_error_set(e->p->err, JL_ERR_SAFE_MODE, "relative %s reference %s", what, iri);
    return JL_OK;
}

static jl_status emit(emitter *e, rdf_term s, rdf_term p, rdf_term o)
{
    rdf_quad q = {s, p, o, e->graph};
    return rdf_dataset_add(e->ds, &q, e->p->err);
}

static bool well_formed_language(const char *s)
{
    size_t n = 0;
    bool first = true;
    for (;; s++) {
        if (*s == '-' || !*s) {
            if (n == 0 || n > 8)
                return false;
            if (!*s)
                return true;
            n = 0;
            first = false;
        } else if (isalpha((unsigned char)*s) || (!first && isdigit((unsigned char)*s))) {
            n++;
        } else {
            return false;
        }
    }
}

static jl_status object_to_rdf(emitter *e, json_t *item, rdf_term *out, bool *none);

static jl_status list_to_rdf(emitter *e, json_t *list, rdf_term *out)
{
    size_t n = json_array_size(list);
    if (!n) {
        *out = rdf_iri(RDF_NIL);
        return JL_OK;
    }
    const char *first = node_map_fresh_bnode(e->p);
    const char *cur = first;
    for (size_t i = 0; i < n; i++) {
        const char *next = i + 1 < n ? node_map_fresh_bnode(e->p) : NULL;
        rdf_term o;
        bool none = false;
        jl_status st = object_to_rdf(e, json_array_get(list, i), &o, &none);
        if (!st && !none)
            st = emit(e, rdf_blank(cur + 2), rdf_iri(RDF_FIRST), o);
        if (!st)
            st = emit(e, rdf_blank(cur + 2), rdf_iri(RDF_REST), next ? rdf_blank(next + 2) : rdf_iri(RDF_NIL));
        if (st)
            return st;
        cur = next;
    }
    *out = rdf_blank(first + 2);
    return JL_OK;
}

static const char *lowercase(jl_proc *p, const char *s)
{
    char *r = jl_arena_strdup(&p->scratch, s);
    for (char *c = r; c && *c; c++)
        *c = (char)tolower((unsigned char)*c);
    return r;
}

/* A JSON string as a C string; U+0000 becomes C0 80 as in the N-Quads code. */
static const char *string_with_nul(jl_proc *p, json_t *v)
{
    const char *s = json_string_value(v);
    size_t n = json_string_length(v);
    if (!s || strlen(s) == n)
        return s;
    char *r = jl_arena_alloc(&p->scratch, 2 * n + 1), *o = r;
    for (size_t i = 0; r && i < n; i++) {
        if (s[i]) {
            *o++ = s[i];
        } else {
            *o++ = (char)0xC0;
            *o++ = (char)0x80;
        }
    }
    if (o)
        *o = '\0';
    return r;
}

/* A literal (or compound literal node) for a value object. */
static jl_status value_to_rdf(emitter *e, json_t *item, rdf_term *out, bool *none)
{
    jl_proc *p = e->p;
    json_t *value = json_object_get(item, "@value");
    const char *datatype = json_string_value(json_object_get(item, "@type"));
    const char *language = json_string_value(json_object_get(item, "@language"));
    const char *direction = json_string_value(json_object_get(item, "@direction"));
    if (datatype && strcmp(datatype, "@json") && !iri_is_well_formed(datatype)) {
        *none = true;
        return dropped(e, "datatype", datatype);
    }
    if (language && !well_formed_language(language)) {
        *none = true;
        return JL_OK;
    }
    char num[NUMBER_TEXT_MAX];
    const char *lexical;
    if (datatype && !strcmp(datatype, "@json")) {
        strbuf b;
        strbuf_init(&b);
        jcs_serialize(&b, value);
        lexical = jl_arena_strdup(&p->scratch, strbuf_cstr(&b));
        strbuf_free(&b);
        datatype = RDF_JSON;
    } else if (json_is_boolean(value)) {
        lexical = json_is_true(value) ? "true" : "false";
        datatype = datatype ? datatype : RDF_XSD "boolean";
    } else if (json_is_number(value) &&
               (number_is_double(json_number_value(value)) || (datatype && !strcmp(datatype, RDF_XSD "double")))) {
        number_xsd_double(json_number_value(value), num);
        lexical = num;
        datatype = datatype ? datatype : RDF_XSD "double";
    } else if (json_is_number(value)) {
        number_xsd_integer(json_number_value(value), num);
        lexical = num;
        datatype = datatype ? datatype : RDF_XSD "integer";
    } else {
        lexical = string_with_nul(p, value);
    }
    if (!lexical)
        return jl_error_set(p->err, JL_ERR_NOMEM, "literal");
    jsonld_rdf_direction mode = p->opts ? p->opts->rdf_direction : JSONLD_RDF_DIRECTION_NONE;
    if (direction && mode == JSONLD_RDF_DIRECTION_I18N_DATATYPE) {
        strbuf b;
        strbuf_init(&b);
        strbuf_puts(&b, I18N);
        if (language)
            strbuf_puts(&b, lowercase(p, language));
        strbuf_putc(&b, '_');
        strbuf_puts(&b, direction);
        datatype = jl_arena_strdup(&p->scratch, strbuf_cstr(&b));
        strbuf_free(&b);
        *out = rdf_literal(jl_arena_strdup(&p->scratch, lexical), datatype, NULL);
        return JL_OK;
    }
    if (direction && mode == JSONLD_RDF_DIRECTION_COMPOUND_LITERAL) {
        const char *node = node_map_fresh_bnode(p);
        rdf_term b = rdf_blank(node + 2);
        jl_status st = emit(e, b, rdf_iri(RDF_VALUE), rdf_literal(lexical, NULL, NULL));
        if (!st && language)
            st = emit(e, b, rdf_iri(RDF_LANGUAGE), rdf_literal(lowercase(p, language), NULL, NULL));
        if (!st)
            st = emit(e, b, rdf_iri(RDF_DIRECTION), rdf_literal(direction, NULL, NULL));
        *out = b;
        return st;
    }
    *out = rdf_literal(jl_arena_strdup(&p->scratch, lexical), datatype, language);
    return JL_OK;
}

static jl_status object_to_rdf(emitter *e, json_t *item, rdf_term *out, bool *none)
{
    *none = false;
    if (is_value_object(item))
        return value_to_rdf(e, item, out, none);
    if (is_list_object(item))
        return list_to_rdf(e, json_object_get(item, "@list"), out);
    const char *id = json_string_value(json_object_get(item, "@id"));
    if (!id || !well_formed(id)) {
        *none = true;
        return id ? dropped(e, "object", id) : JL_OK;
    }
    *out = node_term(id);
    return JL_OK;
}

static jl_status node_to_rdf(emitter *e, const char *subject, json_t *node)
{
    jl_proc *p = e->p;
    rdf_term s = node_term(subject);
    bool generalized = p->opts && p->opts->produce_generalized_rdf;
    const char *prop;
    json_t *values;
    json_object_foreach(node, prop, values) {
        size_t j;
        json_t *v;
        if (!strcmp(prop, "@type")) {
            json_array_foreach(values, j, v) {
                const char *type = json_string_value(v);
                if (!type || !well_formed(type)) {
                    if (type && dropped(e, "type", type))
                        return p->err->code;
                    continue;
                }
                if (emit(e, s, rdf_iri(RDF_TYPE), node_term(type)))
                    return p->err->code;
            }
            continue;
        }
        if (iri_is_keyword(prop))
            continue;
        if ((iri_is_blank(prop) && !generalized) || !well_formed(prop)) {
            if (!iri_is_blank(prop) && dropped(e, "predicate", prop))
                return p->err->code;
            continue;
        }
        json_array_foreach(values, j, v) {
            rdf_term o;
            bool none;
            if (object_to_rdf(e, v, &o, &none))
                return p->err->code;
            if (!none && emit(e, s, node_term(prop), o))
                return p->err->code;
        }
    }
    return JL_OK;
}

jl_status to_rdf_from_expanded(jl_proc *p, json_t *expanded, rdf_dataset *ds)
{
    json_t *map = node_map_generate(p, expanded);
    if (!map)
        return p->err->code;
    emitter e = {p, ds, {RDF_DEFAULT_GRAPH, NULL, NULL, NULL}};
    jl_status st = JL_OK;
    const char *name;
    json_t *graph;
    json_object_foreach(map, name, graph) {
        if (strcmp(name, "@default")) {
            if (!well_formed(name)) {
                if ((st = dropped(&e, "graph", name)))
                    break;
                continue;
            }
            e.graph = node_term(name);
        } else {
            e.graph = (rdf_term){RDF_DEFAULT_GRAPH, NULL, NULL, NULL};
        }
        const char *subject;
        json_t *node;
        json_object_foreach(graph, subject, node) {
            st = well_formed(subject) ? node_to_rdf(&e, subject, node) : dropped(&e, "subject", subject);
            if (st)
                break;
        }
        if (st)
            break;
    }
    json_decref(map);
    return st;
}
