/* Public JSON-LD entry points: session set-up, expansion, toRdf, canonize. */
#include <string.h>

#include "expand.h"
#include "to_rdf.h"

static jl_status begin(jl_proc *p, const jsonld_options *opts, jl_error *err, jl_error *local)
{
    memset(p, 0, sizeof *p);
    p->err = err ? err : local;
    jl_error_clear(p->err);
    p->opts = opts;
    p->mode10 = opts && opts->processing_mode_10;
    p->loader = opts && opts->loader ? opts->loader : jl_loader_default();
    jl_arena_init(&p->scratch);
    if (!p->loader)
        return jl_error_set(p->err, JL_ERR_NOMEM, "default loader");
    return JL_OK;
}

static json_t *expand_document(jl_proc *p, const json_t *input)
{
    const char *base = p->opts ? p->opts->base : NULL;
    jl_ctx *ctx = ctx_initial(p);
    const json_t *ec = p->opts ? p->opts->expand_context : NULL;
    if (ctx && ec) {
        const json_t *inner = json_is_object(ec) ? json_object_get(ec, "@context") : NULL;
        jl_ctx *c = ctx_process(p, ctx, inner ? inner : ec, base, 0, false);
        ctx_unref(ctx);
        ctx = c;
    }
    if (!ctx)
        return NULL;
    json_t *r = expand_element(p, ctx, NULL, (json_t *)input, base, false);
    ctx_unref(ctx);
    if (p->err->code) {
        json_decref(r);
        return NULL;
    }
    if (json_is_object(r) && json_object_size(r) == 1 && json_object_get(r, "@graph")) {
        json_t *g = json_incref(json_object_get(r, "@graph"));
        json_decref(r);
        r = g;
    }
    return r ? as_array(r) : json_array();
}

jl_status jsonld_expand(const json_t *input, const jsonld_options *opts, json_t **out, jl_error *err)
{
    jl_proc p;
    jl_error local;
    *out = NULL;
    if (!begin(&p, opts, err, &local))
        *out = expand_document(&p, input);
    jl_arena_free(&p.scratch);
    return p.err->code;
}

jl_status jsonld_to_rdf(const json_t *input, const jsonld_options *opts, rdf_dataset *ds, jl_error *err)
{
    jl_proc p;
    jl_error local;
    if (!begin(&p, opts, err, &local)) {
        json_t *expanded = expand_document(&p, input);
        if (expanded)
            to_rdf_from_expanded(&p, expanded, ds);
        json_decref(expanded);
    }
    jl_arena_free(&p.scratch);
    return p.err->code;
}

jl_status jsonld_canonize(const json_t *input, const jsonld_options *opts, const rdfc10_options *canon_opts,
                          rdfc10_result *out, jl_error *err)
{
    memset(out, 0, sizeof *out);
    rdf_dataset *ds = rdf_dataset_new();
    if (!ds)
        return jl_error_set(err, JL_ERR_NOMEM, "dataset");
    jl_status st = jsonld_to_rdf(input, opts, ds, err);
    if (!st)
        st = rdfc10_canonicalize(ds, canon_opts, out, err);
    rdf_dataset_free(ds);
    return st;
}
