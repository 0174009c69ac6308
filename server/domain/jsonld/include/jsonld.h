/* JSON-LD 1.1 processing offline: a document loader backed by bundled and
 * registered documents (never the network), expansion, and deserialization
 * to RDF, plus the one-call canonicalization used for signing. */
#ifndef EDUBADGES_JSONLD_H
#define EDUBADGES_JSONLD_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "jl_error.h"
#include "rdf.h"
#include "rdfc10.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- document loader ---- */

/* An exact-string URL -> JSON document registry plus a cache of processed
 * contexts. Thread-safe: documents may be registered and used concurrently
 * from several threads. */
typedef struct jl_loader jl_loader;

/* A loader holding the bundled contexts (see contexts/README.md) when
 * with_bundled is true. NULL when out of memory. */
jl_loader *jl_loader_new(bool with_bundled, jl_error *err);
void jl_loader_free(jl_loader *loader);

/* The process-wide loader with the bundled contexts, created on first use.
 * Register extra documents on it at start-up; it is freed by jl_global_cleanup. */
jl_loader *jl_loader_default(void);
/* Frees the default loader (for leak-free shutdown). Not thread-safe: call when
 * no other thread uses the library. */
void jl_global_cleanup(void);

/* The bytes of a bundled context exactly as in its file (for serving it), with its
 * length in *len; NULL when url is not bundled. */
const char *jl_bundled_text(const char *url, size_t *len);

/* Registers doc (a JSON object, typically {"@context": ...}) under url; the
 * loader takes its own reference. Registering a URL twice is an error
 * (JL_ERR_REGISTRY), so cached contexts never go stale. */
jl_status jl_loader_add_json(jl_loader *loader, const char *url, json_t *doc, jl_error *err);
/* Same, parsing JSON text. */
jl_status jl_loader_add_text(jl_loader *loader, const char *url, const char *text, size_t len,
                             jl_error *err);
/* The registered document for url (borrowed; valid while the loader lives),
 * or NULL with JL_ERR_LOADING_DOCUMENT_FAILED. */
const json_t *jl_loader_get(jl_loader *loader, const char *url, jl_error *err);

/* ---- processing ---- */

typedef enum jsonld_rdf_direction {
    JSONLD_RDF_DIRECTION_NONE = 0,     /* @direction is dropped */
    JSONLD_RDF_DIRECTION_I18N_DATATYPE, /* https://www.w3.org/ns/i18n#lang_dir datatypes */
    JSONLD_RDF_DIRECTION_COMPOUND_LITERAL
} jsonld_rdf_direction;

typedef struct jsonld_options {
    jl_loader *loader;       /* NULL = jl_loader_default() */
    const char *base;        /* base IRI / document URL, or NULL */
    bool processing_mode_10; /* "json-ld-1.0" instead of "json-ld-1.1" */
    const json_t *expand_context; /* optional context applied first */
    jsonld_rdf_direction rdf_direction;
    bool produce_generalized_rdf; /* allow blank node predicates */
    /* Safe mode: fail (JL_ERR_SAFE_MODE) instead of silently dropping data:
     * undefined terms, relative IRIs in @type, @id or values. Use it when
     * signing so that nothing unsigned can hide in a credential. */
    bool safe;
} jsonld_options;

/* JSON-LD 1.1 Expansion. opts may be NULL. On success *out is a new array. */
jl_status jsonld_expand(const json_t *input, const jsonld_options *opts, json_t **out, jl_error *err);

/* Deserialize JSON-LD to RDF (expands first). Quads are appended to ds. */
jl_status jsonld_to_rdf(const json_t *input, const jsonld_options *opts, rdf_dataset *ds, jl_error *err);

/* toRdf followed by RDFC-1.0: the canonical N-Quads of input. */
jl_status jsonld_canonize(const json_t *input, const jsonld_options *opts,
                          const rdfc10_options *canon_opts, rdfc10_result *out, jl_error *err);

#ifdef __cplusplus
}
#endif
#endif
