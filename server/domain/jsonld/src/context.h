/* Internal: JSON-LD active contexts and term definitions, the processing
 * session shared by the algorithms, and the Context Processing / IRI Expansion
 * entry points. Processed contexts are immutable and reference counted, so the
 * loader can cache them and share them between threads. */
#ifndef EDUBADGES_JL_CONTEXT_H
#define EDUBADGES_JL_CONTEXT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include <jansson.h>

#include "arena.h"
#include "jsonld.h"
#include "strmap.h"

enum {
    CONTAINER_LIST = 1 << 0,
    CONTAINER_SET = 1 << 1,
    CONTAINER_INDEX = 1 << 2,
    CONTAINER_LANGUAGE = 1 << 3,
    CONTAINER_GRAPH = 1 << 4,
    CONTAINER_ID = 1 << 5,
    CONTAINER_TYPE = 1 << 6,
};

typedef struct jl_term {
    const char *iri; /* NULL when the term maps to null */
    const char *type;
    const char *language;
    const char *direction;
    const char *index;
    const char *nest;
    json_t *context;         /* scoped context or NULL (reference held by the owning context) */
    const char *context_base; /* base URL for the scoped context */
    bool context_stable;     /* context belongs to a registered document (cacheable) */
    bool has_language, has_direction;
    unsigned container;
    bool reverse, prefix, protect;
} jl_term;

typedef struct jl_ctx jl_ctx;
struct jl_ctx {
    atomic_int refs;
    uint64_t id;       /* unique, for cache keys */
    jl_ctx *parent;    /* context this one was copied from (owns shared terms) */
    jl_ctx *previous;  /* for non-propagated (type-scoped) contexts */
    arena mem;         /* this context's own strings and term definitions */
    strmap terms;      /* term -> const jl_term* (NULL value = removed) */
    json_t **held;     /* JSON values referenced by terms defined here */
    size_t nheld, capheld;
    const char *base, *original_base, *vocab, *language, *direction;
};

/* One call of the public API: options, loader, scratch memory, error. */
typedef struct jl_proc {
    jl_loader *loader;
    const jsonld_options *opts;
    bool mode10;
    jl_error *err;
    arena scratch;
    const char *remote_stack[32]; /* remote contexts being processed (cycle check) */
    int remote_depth;
    uint64_t bnode_counter;
    int depth; /* current expansion nesting, bounded by JL_MAX_DEPTH */
} jl_proc;

/* Deepest JSON nesting expanded; deeper input is rejected (JL_ERR_ARGUMENT)
 * so that hostile documents cannot exhaust a worker thread's stack. */
#define JL_MAX_DEPTH 512

/* Flags for ctx_process. */
enum {
    CTX_OVERRIDE_PROTECTED = 1,
    CTX_NO_PROPAGATE = 2,
    CTX_NO_VALIDATE_SCOPED = 4,
};

jl_ctx *ctx_ref(jl_ctx *c);
void ctx_unref(jl_ctx *c);
/* The initial context for the session's base IRI (shared, cached). */
jl_ctx *ctx_initial(jl_proc *p);
/* Context Processing: a new reference to the result, NULL on error.
 * local_stable tells that local belongs to a registered document. */
jl_ctx *ctx_process(jl_proc *p, jl_ctx *active, const json_t *local, const char *base_url,
                    int flags, bool local_stable);
/* Applies term's scoped context (property- or type-scoped per flags). */
jl_ctx *ctx_apply_scoped(jl_proc *p, jl_ctx *active, const jl_term *t, int flags);

static inline const jl_term *ctx_term(const jl_ctx *c, const char *term)
{
    return strmap_get(&c->terms, term);
}

/* IRI Expansion with no local context (expansion time). Result strings live
 * in the context, the session scratch arena or value; NULL = maps to null. */
const char *ctx_expand_iri(jl_proc *p, const jl_ctx *c, const char *value, bool document_relative,
                           bool vocab);

#endif
