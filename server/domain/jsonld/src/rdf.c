/* RDF dataset storage: a growable quad array plus an arena for term strings. */
#include "rdf.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

struct rdf_dataset {
    rdf_quad *quads;
    size_t count, cap;
    arena strings;
};

rdf_dataset *rdf_dataset_new(void)
{
    rdf_dataset *ds = calloc(1, sizeof *ds);
    if (ds)
        jl_arena_init(&ds->strings);
    return ds;
}

void rdf_dataset_free(rdf_dataset *ds)
{
    if (!ds)
        return;
    jl_arena_free(&ds->strings);
    free(ds->quads);
    free(ds);
}

size_t rdf_dataset_size(const rdf_dataset *ds) { return ds->count; }

const rdf_quad *rdf_dataset_quad(const rdf_dataset *ds, size_t i) { return &ds->quads[i]; }

static bool copy_str(arena *a, const char **s)
{
    if (!*s)
        return true;
    *s = jl_arena_strdup(a, *s);
    return *s != NULL;
}

static bool copy_term(arena *a, rdf_term *t)
{
    return copy_str(a, &t->value) && copy_str(a, &t->datatype) && copy_str(a, &t->language);
}

jl_status rdf_dataset_add(rdf_dataset *ds, const rdf_quad *q, jl_error *err)
{
    if (ds->count == ds->cap) {
        size_t cap = ds->cap ? ds->cap * 2 : 32;
        rdf_quad *p = realloc(ds->quads, cap * sizeof *p);
        if (!p)
            return jl_error_set(err, JL_ERR_NOMEM, "dataset");
        ds->quads = p;
        ds->cap = cap;
    }
    rdf_quad c = *q;
    if (!copy_term(&ds->strings, &c.subject) || !copy_term(&ds->strings, &c.predicate) ||
        !copy_term(&ds->strings, &c.object) || !copy_term(&ds->strings, &c.graph))
        return jl_error_set(err, JL_ERR_NOMEM, "dataset strings");
    ds->quads[ds->count++] = c;
    return JL_OK;
}

rdf_term rdf_iri(const char *iri) { return (rdf_term){RDF_IRI, iri, NULL, NULL}; }

rdf_term rdf_blank(const char *label) { return (rdf_term){RDF_BLANK, label, NULL, NULL}; }

rdf_term rdf_literal(const char *lexical, const char *datatype, const char *language)
{
    if (language)
        datatype = RDF_LANG_STRING;
    else if (!datatype)
        datatype = RDF_XSD_STRING;
    return (rdf_term){RDF_LITERAL, lexical, datatype, language};
}
