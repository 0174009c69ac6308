/* RDF 1.1 datasets: terms, quads and an append-only quad collection whose
 * strings are owned by the dataset. */
#ifndef EDUBADGES_RDF_H
#define EDUBADGES_RDF_H

#include <stdbool.h>
#include <stddef.h>

#include "jl_error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define RDF_XSD "http://www.w3.org/2001/XMLSchema#"
#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDF_XSD_STRING RDF_XSD "string"
#define RDF_LANG_STRING RDF_NS "langString"

typedef enum rdf_term_kind {
    RDF_DEFAULT_GRAPH = 0, /* only valid as a quad's graph */
    RDF_IRI,
    RDF_BLANK,
    RDF_LITERAL
} rdf_term_kind;

typedef struct rdf_term {
    rdf_term_kind kind;
    const char *value;    /* IRI, blank node label without "_:", or lexical form */
    const char *datatype; /* literals: datatype IRI (never NULL for literals) */
    const char *language; /* literals: language tag, or NULL */
} rdf_term;

typedef struct rdf_quad {
    rdf_term subject, predicate, object, graph;
} rdf_quad;

typedef struct rdf_dataset rdf_dataset;

rdf_dataset *rdf_dataset_new(void);
void rdf_dataset_free(rdf_dataset *ds);
size_t rdf_dataset_size(const rdf_dataset *ds);
const rdf_quad *rdf_dataset_quad(const rdf_dataset *ds, size_t i);
/* Appends a copy of q (strings are copied into the dataset). */
jl_status rdf_dataset_add(rdf_dataset *ds, const rdf_quad *q, jl_error *err);

/* Term constructors for building quads to pass to rdf_dataset_add. */
rdf_term rdf_iri(const char *iri);
rdf_term rdf_blank(const char *label);
rdf_term rdf_literal(const char *lexical, const char *datatype, const char *language);

#ifdef __cplusplus
}
#endif
#endif
