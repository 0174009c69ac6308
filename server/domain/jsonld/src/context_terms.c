/* JSON-LD Create Term Definition: one entry of a local context becomes a term
 * definition (IRI mapping, coercion, containers, scoped context, flags). */
#include <string.h>

#include "context_def.h"
#include "iri.h"

#define FAIL(code, ...) jl_error_set(ds->p->err, code, __VA_ARGS__)

static const char *keep(def_state *ds, const char *s)
{
    return s ? jl_arena_strdup(&ds->result->mem, s) : NULL;
}

static const char *expand(def_state *ds, const char *v, bool docrel, bool vocab)
{
    return expand_iri_core(ds->p, ds->result, v, docrel, vocab, ds, &ds->result->mem);
}

static bool str_eq(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

static bool same_definition(const jl_term *a, const jl_term *b)
{
    return str_eq(a->iri, b->iri) && str_eq(a->type, b->type) && a->has_language == b->has_language &&
           str_eq(a->language, b->language) && a->has_direction == b->has_direction &&
           str_eq(a->direction, b->direction) && str_eq(a->index, b->index) && str_eq(a->nest, b->nest) &&
           a->container == b->container && a->reverse == b->reverse && a->prefix == b->prefix &&
           ((!a->context && !b->context) || (a->context && b->context && json_equal(a->context, b->context)));
}

static unsigned container_bit(const char *s)
{
    static const struct { const char *name; unsigned bit; } names[] = {
        {"@list", CONTAINER_LIST}, {"@set", CONTAINER_SET}, {"@index", CONTAINER_INDEX},
        {"@language", CONTAINER_LANGUAGE}, {"@graph", CONTAINER_GRAPH}, {"@id", CONTAINER_ID},
        {"@type", CONTAINER_TYPE}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(s, names[i].name))
            return names[i].bit;
    return 0;
}

static bool valid_container_set(unsigned c)
{
    if (c & CONTAINER_LIST)
        return c == CONTAINER_LIST;
    if (c & CONTAINER_GRAPH)
        return !(c & ~(CONTAINER_GRAPH | CONTAINER_ID | CONTAINER_INDEX | CONTAINER_SET)) &&
               (c & (CONTAINER_ID | CONTAINER_INDEX)) != (CONTAINER_ID | CONTAINER_INDEX);
    unsigned kinds = c & ~(unsigned)CONTAINER_SET;
    return (kinds & (kinds - 1)) == 0; /* at most one besides @set */
}

static jl_status parse_container(def_state *ds, const json_t *v, unsigned *out)
{
    *out = 0;
    if (json_is_string(v)) {
        *out = container_bit(json_string_value(v));
        if (*out && (!ds->p->mode10 || *out & (CONTAINER_LIST | CONTAINER_SET | CONTAINER_INDEX |
                                               CONTAINER_LANGUAGE)))
            return JL_OK;
    } else if (json_is_array(v) && !ds->p->mode10) {
        size_t i;
        json_t *item;
        json_array_foreach(v, i, item) {
            unsigned bit = json_is_string(item) ? container_bit(json_string_value(item)) : 0;
            if (!bit || (*out & bit))
                return FAIL(JL_ERR_INVALID_CONTAINER_MAPPING, "bad @container entry");
            *out |= bit;
        }
        if (valid_container_set(*out))
            return JL_OK;
    }
    return FAIL(JL_ERR_INVALID_CONTAINER_MAPPING, "unsupported @container value");
}

static bool allowed_key(const char *k)
{
    static const char *const keys[] = {"@id", "@reverse", "@container", "@context", "@direction",
                                       "@index", "@language", "@nest", "@prefix", "@protected", "@type"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strcmp(k, keys[i]))
            return true;
    return false;
}

/* @type in a term definition. */
static jl_status define_type(def_state *ds, const json_t *v, jl_term *t)
{
    if (!json_is_string(v))
        return FAIL(JL_ERR_INVALID_TYPE_MAPPING, "@type must be a string");
    const char *type = expand(ds, json_string_value(v), false, true);
    if (ds->p->err->code)
        return ds->p->err->code;
    if (!type)
        return FAIL(JL_ERR_INVALID_TYPE_MAPPING, "@type %s", json_string_value(v));
    bool json_or_none = !strcmp(type, "@json") || !strcmp(type, "@none");
    if ((json_or_none && ds->p->mode10) ||
        (!json_or_none && strcmp(type, "@id") && strcmp(type, "@vocab") && !iri_is_absolute(type)))
        return FAIL(JL_ERR_INVALID_TYPE_MAPPING, "@type %s", type);
    t->type = keep(ds, type);
    return JL_OK;
}

/* @reverse term definitions (steps 13.x). */
static jl_status define_reverse(def_state *ds, const json_t *value, jl_term *t, bool *ignore)
{
    if (json_object_get(value, "@id") || json_object_get(value, "@nest"))
        return FAIL(JL_ERR_INVALID_REVERSE_PROPERTY, "@reverse with @id or @nest");
    const json_t *r = json_object_get(value, "@reverse");
    if (!json_is_string(r))
        return FAIL(JL_ERR_INVALID_IRI_MAPPING, "@reverse must be a string");
    if (iri_looks_like_keyword(json_string_value(r))) {
        *ignore = true;
        return JL_OK;
    }
    const char *iri = expand(ds, json_string_value(r), false, true);
    if (ds->p->err->code)
        return ds->p->err->code;
    if (!iri || (!iri_is_absolute(iri) && !iri_is_blank(iri)))
        return FAIL(JL_ERR_INVALID_IRI_MAPPING, "@reverse %s", json_string_value(r));
    t->iri = keep(ds, iri);
    t->reverse = true;
    return JL_OK;
}

/* @id of a term definition, or the IRI derived from the term itself. */
static jl_status define_iri(def_state *ds, const char *term, const json_t *value, bool simple_term,
                            jl_term *t, bool *ignore)
{
    const json_t *id = json_object_get(value, "@id");
    if (id && !(json_is_string(id) && !strcmp(json_string_value(id), term))) {
        if (json_is_null(id))
            return JL_OK;
        if (!json_is_string(id))
            return FAIL(JL_ERR_INVALID_IRI_MAPPING, "@id of %s must be a string", term);
        const char *idv = json_string_value(id);
        if (!iri_is_keyword(idv) && iri_looks_like_keyword(idv)) {
            *ignore = true;
            return JL_OK;
        }
        const char *iri = expand(ds, idv, false, true);
        if (ds->p->err->code)
            return ds->p->err->code;
        if (!iri || (!iri_is_keyword(iri) && !iri_is_absolute(iri) && !iri_is_blank(iri)))
            return FAIL(JL_ERR_INVALID_IRI_MAPPING, "%s -> %s", term, idv);
        if (!strcmp(iri, "@context"))
            return FAIL(JL_ERR_INVALID_KEYWORD_ALIAS, "%s aliases @context", term);
        t->iri = keep(ds, iri);
        size_t n = strlen(term);
        const char *colon = strchr(term, ':');
        if ((colon && colon != term && colon != term + n - 1) || strchr(term, '/')) {
            strmap_put(&ds->defined, term, DEF_DONE);
            const char *self = expand(ds, term, false, true);
            if (ds->p->err->code)
                return ds->p->err->code;
            if (!self || strcmp(self, t->iri))
                return FAIL(JL_ERR_INVALID_IRI_MAPPING, "%s does not expand to its @id", term);
        }
        if (!strchr(term, ':') && !strchr(term, '/') && simple_term &&
            (iri_ends_with_gen_delim(t->iri) || iri_is_blank(t->iri)))
            t->prefix = true;
        return JL_OK;
    }
    const char *colon = term[0] ? strchr(term + 1, ':') : NULL;
    if (colon) {
        size_t plen = (size_t)(colon - term);
        char *prefix = jl_arena_strndup(&ds->p->scratch, term, plen);
        if (!prefix)
            return FAIL(JL_ERR_NOMEM, "term");
        if (strncmp(colon + 1, "//", 2) && json_object_get(ds->local, prefix) &&
            strmap_get(&ds->defined, prefix) != DEF_DONE && define_term(ds, prefix))
            return ds->p->err->code;
        const jl_term *pt = ctx_term(ds->result, prefix);
        if (pt && pt->iri) {
            size_t a = strlen(pt->iri);
            char *s = jl_arena_alloc(&ds->result->mem, a + strlen(colon + 1) + 1);
            if (!s)
                return FAIL(JL_ERR_NOMEM, "term");
            memcpy(s, pt->iri, a);
            strcpy(s + a, colon + 1);
            t->iri = s;
        } else {
            t->iri = keep(ds, term);
        }
    } else if (strchr(term, '/')) {
        const char *iri = expand(ds, term, false, true);
        if (!iri || !iri_is_absolute(iri))
            return FAIL(JL_ERR_INVALID_IRI_MAPPING, "relative term %s", term);
        t->iri = keep(ds, iri);
    } else if (!strcmp(term, "@type")) {
        t->iri = "@type";
    } else if (ds->result->vocab) {
        size_t a = strlen(ds->result->vocab);
        char *s = jl_arena_alloc(&ds->result->mem, a + strlen(term) + 1);
        if (!s)
            return FAIL(JL_ERR_NOMEM, "term");
        memcpy(s, ds->result->vocab, a);
        strcpy(s + a, term);
        t->iri = s;
    } else {
        return FAIL(JL_ERR_INVALID_IRI_MAPPING, "%s has no IRI and there is no @vocab", term);
    }
    return JL_OK;
}

/* @index: a property-valued index of an @index container. */
static jl_status define_index(def_state *ds, const json_t *value, jl_term *t)
{
    const json_t *v = json_object_get(value, "@index");
    if (!v)
        return JL_OK;
    if (ds->p->mode10 || !(t->container & CONTAINER_INDEX))
        return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "@index without @index container");
    const char *idx = json_is_string(v) ? expand(ds, json_string_value(v), false, true) : NULL;
    if (!idx || !iri_is_absolute(idx))
        return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "@index must expand to an IRI");
    t->index = keep(ds, json_string_value(v));
    return JL_OK;
}

/* Steps 20-27: container, index, scoped context, language, direction, nest, prefix. */
static jl_status define_options(def_state *ds, const char *term, const json_t *value, jl_term *t)
{
    jl_proc *p = ds->p;
    const json_t *v;
    if ((v = json_object_get(value, "@container"))) {
        if (parse_container(ds, v, &t->container))
            return p->err->code;
        if (t->container & CONTAINER_TYPE) {
            if (!t->type)
                t->type = "@id";
            else if (strcmp(t->type, "@id") && strcmp(t->type, "@vocab"))
                return FAIL(JL_ERR_INVALID_TYPE_MAPPING, "@type container needs @id or @vocab");
        }
    }
    if (define_index(ds, value, t))
        return p->err->code;
    if ((v = json_object_get(value, "@context"))) {
        if (p->mode10)
            return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "scoped context in json-ld-1.0");
        jl_ctx *check = ctx_process(p, ds->result, v, ds->base_url,
                                    CTX_OVERRIDE_PROTECTED | CTX_NO_VALIDATE_SCOPED, ds->stable);
        if (!check) {
            char inner[sizeof p->err->message];
            memcpy(inner, p->err->message, sizeof inner);
            jl_error_clear(p->err);
            return FAIL(JL_ERR_INVALID_SCOPED_CONTEXT, "term %s: %s", term, inner);
        }
        ctx_unref(check);
        t->context = (json_t *)v;
        if (!ctx_hold(ds->result, t->context))
            return FAIL(JL_ERR_NOMEM, "term");
        t->context_base = keep(ds, ds->base_url);
        t->context_stable = ds->stable;
    }
    if ((v = json_object_get(value, "@language")) && !json_object_get(value, "@type")) {
        if (!json_is_string(v) && !json_is_null(v))
            return FAIL(JL_ERR_INVALID_LANGUAGE_MAPPING, "%s", term);
        t->has_language = true;
        t->language = keep(ds, json_string_value(v));
    }
    if ((v = json_object_get(value, "@direction")) && !json_object_get(value, "@type")) {
        const char *d = json_string_value(v);
        if (!json_is_null(v) && !(d && (!strcmp(d, "ltr") || !strcmp(d, "rtl"))))
            return FAIL(JL_ERR_INVALID_BASE_DIRECTION, "%s", term);
        t->has_direction = true;
        t->direction = keep(ds, d);
    }
    if ((v = json_object_get(value, "@nest"))) {
        if (p->mode10)
            return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "@nest in json-ld-1.0");
        const char *n = json_string_value(v);
        if (!n || (iri_is_keyword(n) && strcmp(n, "@nest")))
            return FAIL(JL_ERR_INVALID_NEST_VALUE, "%s", term);
        t->nest = keep(ds, n);
    }
    if ((v = json_object_get(value, "@prefix"))) {
        if (!json_is_boolean(v))
            return FAIL(JL_ERR_INVALID_PREFIX_VALUE, "%s", term);
        t->prefix = json_is_true(v);
        if (t->prefix && t->iri && iri_is_keyword(t->iri))
            return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "keyword %s as prefix", t->iri);
    }
    const char *k;
    json_t *x;
    json_object_foreach((json_t *)value, k, x) {
        if (!allowed_key(k))
            return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "%s has unknown entry %s", term, k);
    }
    return JL_OK;
}

/* Step 4: "@type" may only be given @container @set (and @protected). */
static jl_status check_type_term(def_state *ds, const json_t *value)
{
    if (!ds->p->mode10 && json_is_object(value) && json_object_size(value) > 0) {
        const char *k;
        json_t *x;
        bool ok = true;
        json_object_foreach((json_t *)value, k, x) {
            if (!strcmp(k, "@container"))
                ok = ok && json_is_string(x) && !strcmp(json_string_value(x), "@set");
            else if (strcmp(k, "@protected"))
                ok = false;
        }
        if (ok)
            return JL_OK;
    }
    return FAIL(JL_ERR_KEYWORD_REDEFINITION, "@type");
}

jl_status define_term(def_state *ds, const char *term)
{
    void *state = strmap_get(&ds->defined, term);
    if (state == DEF_DONE)
        return JL_OK;
    if (state == DEF_IN_PROGRESS)
        return FAIL(JL_ERR_CYCLIC_IRI_MAPPING, "%s", term);
    if (!term[0])
        return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "empty term");
    strmap_put(&ds->defined, term, DEF_IN_PROGRESS);
    const json_t *value = json_object_get(ds->local, term);
    if (!strcmp(term, "@type")) {
        if (check_type_term(ds, value))
            return ds->p->err->code;
    } else if (iri_is_keyword(term)) {
        return FAIL(JL_ERR_KEYWORD_REDEFINITION, "%s", term);
    } else if (iri_looks_like_keyword(term)) {
        strmap_put(&ds->defined, term, DEF_DONE);
        return JL_OK;
    }
    const jl_term *previous = ctx_term(ds->result, term);
    if (previous) /* the existing slot keeps its owned key */
        strmap_put(&ds->result->terms, term, NULL);
    bool simple_term = json_is_string(value);
    json_t *wrapped = NULL;
    if (json_is_null(value) || json_is_string(value)) {
        wrapped = json_pack("{sO}", "@id", (json_t *)value);
        value = wrapped;
    } else if (!json_is_object(value)) {
        return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "%s must be a string, object or null", term);
    }
    jl_term *t = jl_arena_alloc(&ds->result->mem, sizeof *t);
    if (!t || !value) {
        json_decref(wrapped);
        return FAIL(JL_ERR_NOMEM, "term");
    }
    memset(t, 0, sizeof *t);
    t->protect = ds->protect;
    if (json_object_get(value, "@prefix") && (ds->p->mode10 || strchr(term, ':') || strchr(term, '/'))) {
        json_decref(wrapped);
        return FAIL(JL_ERR_INVALID_TERM_DEFINITION, "@prefix on %s", term);
    }
    bool ignore = false;
    jl_status st = JL_OK;
    const json_t *v;
    if ((v = json_object_get(value, "@protected"))) {
        if (ds->p->mode10)
            st = FAIL(JL_ERR_INVALID_TERM_DEFINITION, "@protected in json-ld-1.0");
        else if (!json_is_boolean(v))
            st = FAIL(JL_ERR_INVALID_PROTECTED_VALUE, "%s", term);
        t->protect = json_is_true(v);
    }
    if (!st && (v = json_object_get(value, "@type")))
        st = define_type(ds, v, t);
    if (!st && json_object_get(value, "@reverse")) {
        st = define_reverse(ds, value, t, &ignore);
        if (!st && !ignore && (v = json_object_get(value, "@container"))) {
            const char *c = json_string_value(v);
            if (!json_is_null(v) && !(c && (!strcmp(c, "@set") || !strcmp(c, "@index"))))
                st = FAIL(JL_ERR_INVALID_REVERSE_PROPERTY, "%s: bad @container", term);
            else if (c)
                t->container = !strcmp(c, "@set") ? CONTAINER_SET : CONTAINER_INDEX;
        }
        if (!st && !ignore)
            st = define_index(ds, value, t);
    } else if (!st) {
        st = define_iri(ds, term, value, simple_term, t, &ignore);
        if (!st && !ignore)
            st = define_options(ds, term, value, t);
    }
    json_decref(wrapped);
    if (st || ignore) {
        if (!st)
            strmap_put(&ds->defined, term, DEF_DONE);
        return st;
    }
    if (!ds->override_protected && previous && previous->protect) {
        if (!same_definition(previous, t))
            return FAIL(JL_ERR_PROTECTED_TERM_REDEFINITION, "%s", term);
        t = (jl_term *)previous;
    }
    const char *key = keep(ds, term);
    if (!key || !strmap_put(&ds->result->terms, key, t))
        return FAIL(JL_ERR_NOMEM, "term");
    strmap_put(&ds->defined, term, DEF_DONE);
    return JL_OK;
}
