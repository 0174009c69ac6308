/* JSON-LD IRI Expansion (terms, compact IRIs, @vocab, document base). */
#include <string.h>

#include "context_def.h"
#include "iri.h"

static const char *concat(arena *out, const char *a, const char *b, size_t bn)
{
    size_t an = strlen(a);
    char *s = jl_arena_alloc(out, an + bn + 1);
    if (s) {
        memcpy(s, a, an);
        memcpy(s + an, b, bn);
        s[an + bn] = '\0';
    }
    return s;
}

/* Defines term from the local context first when it is pending there. */
static bool define_if_local(def_state *ds, const char *term)
{
    if (!ds || !json_object_get(ds->local, term) || strmap_get(&ds->defined, term) == DEF_DONE)
        return true;
    return define_term(ds, term) == JL_OK;
}

const char *expand_iri_core(jl_proc *p, const jl_ctx *c, const char *value, bool document_relative,
                            bool vocab, def_state *ds, arena *out)
{
    if (iri_is_keyword(value))
        return value;
    if (iri_looks_like_keyword(value))
        return NULL;
    if (!define_if_local(ds, value))
        return NULL;
    const jl_term *t = ctx_term(c, value);
    if (t && t->iri && iri_is_keyword(t->iri))
        return t->iri;
    if (vocab && t)
        return t->iri;
    const char *colon = value[0] ? strchr(value + 1, ':') : NULL;
    if (colon) {
        size_t plen = (size_t)(colon - value);
        const char *suffix = colon + 1;
        if ((plen == 1 && value[0] == '_') || (suffix[0] == '/' && suffix[1] == '/'))
            return value;
        char *prefix = jl_arena_strndup(&p->scratch, value, plen);
        if (!prefix)
            return NULL;
        if (!define_if_local(ds, prefix))
            return NULL;
        const jl_term *pt = ctx_term(c, prefix);
        if (pt && pt->iri && pt->prefix)
            return concat(out, pt->iri, suffix, strlen(suffix));
        if (iri_is_absolute(value))
            return value;
    }
    if (vocab && c->vocab)
        return concat(out, c->vocab, value, strlen(value));
    if (document_relative && c->base)
        return iri_resolve(out, c->base, value);
    return value;
}

const char *ctx_expand_iri(jl_proc *p, const jl_ctx *c, const char *value, bool document_relative,
                           bool vocab)
{
    return expand_iri_core(p, c, value, document_relative, vocab, NULL, &p->scratch);
}
