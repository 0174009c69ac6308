/* Internal: state of one context definition being applied (Context Processing
 * step 5), shared by term definition creation and IRI expansion. */
#ifndef EDUBADGES_JL_CONTEXT_DEF_H
#define EDUBADGES_JL_CONTEXT_DEF_H

#include "context.h"

typedef struct def_state {
    jl_proc *p;
    jl_ctx *result;        /* the context being built (privately owned) */
    const json_t *local;   /* the context definition object */
    strmap defined;        /* term -> DEF_IN_PROGRESS / DEF_DONE */
    const char *base_url;
    bool protect;          /* value of @protected in the definition */
    bool override_protected;
    bool stable;           /* local belongs to a registered document */
} def_state;

#define DEF_IN_PROGRESS ((void *)1)
#define DEF_DONE ((void *)2)

/* Create Term Definition for term (an entry of ds->local). */
jl_status define_term(def_state *ds, const char *term);

/* IRI Expansion. ds may be NULL (no local context); new strings go to out.
 * Returns NULL for a null mapping; check p->err->code for errors. */
const char *expand_iri_core(jl_proc *p, const jl_ctx *c, const char *value, bool document_relative,
                            bool vocab, def_state *ds, arena *out);

/* Context Processing steps on a context copy the caller owns. */
jl_status ctx_apply_definition(jl_proc *p, jl_ctx *result, const json_t *def, const char *base_url,
                               int flags, bool stable);

/* Records a reference to v held by c (released with c). */
bool ctx_hold(jl_ctx *c, json_t *v);

#endif
