/* RDFC-1.0 canonicalization: blank node table, first-degree hashes,
 * canonical labelling (unique hashes first, then Hash N-Degree Quads groups)
 * and the sorted canonical N-Quads output. */
#include "rdfc10_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nquads_write.h"
#include "strbuf.h"
#include "strmap.h"

jl_status rdfc10_nomem(canon *c) { return jl_error_set(c->err, JL_ERR_NOMEM, "RDFC-1.0"); }

jl_status rdfc10_spend(canon *c, size_t units)
{
    c->work += units;
    if (c->work <= RDFC10_MAX_WORK)
        return JL_OK;
    return jl_error_set(c->err, JL_ERR_RDFC_LIMIT, "more than %zu units of Hash N-Degree Quads work (the input is too complex)",
                        (size_t)RDFC10_MAX_WORK);
}

/* ---- blank node discovery ---- */

static int bnode_index(canon *c, strmap *index, const rdf_term *t, size_t qi)
{
    if (t->kind != RDF_BLANK)
        return -1;
    intptr_t v = (intptr_t)strmap_get(index, t->value);
    int bi;
    if (v) {
        bi = (int)v - 1;
    } else {
        bi = c->nb++;
        c->b[bi] = (bnode){.label = t->value};
        if (!strmap_put(index, t->value, (void *)(intptr_t)(bi + 1)))
            return -2;
    }
    bnode *b = &c->b[bi];
    if (b->nquads && b->quads[b->nquads - 1] == qi)
        return bi;
    if (b->nquads == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4;
        size_t *p = realloc(b->quads, cap * sizeof *p);
        if (!p)
            return -2;
        b->quads = p;
        b->cap = cap;
    }
    b->quads[b->nquads++] = qi;
    return bi;
}

static jl_status collect_bnodes(canon *c)
{
    size_t nq = rdf_dataset_size(c->ds);
    c->b = calloc(nq * QUAD_SLOTS + 1, sizeof *c->b);
    c->qb = malloc((nq + 1) * sizeof *c->qb);
    if (!c->b || !c->qb)
        return rdfc10_nomem(c);
    strmap index;
    strmap_init(&index);
    jl_status st = JL_OK;
    for (size_t i = 0; i < nq && !st; i++) {
        const rdf_quad *q = rdf_dataset_quad(c->ds, i);
        const rdf_term *t[QUAD_SLOTS] = {&q->subject, &q->predicate, &q->object, &q->graph};
        for (int k = 0; k < QUAD_SLOTS; k++) {
            c->qb[i][k] = bnode_index(c, &index, t[k], i);
            if (c->qb[i][k] == -2)
                st = rdfc10_nomem(c);
        }
    }
    strmap_free(&index);
    return st;
}

/* ---- serialization with blank node substitution ---- */

/* Appends quad qi, naming each blank node by label(b). */
static void put_quad_labelled(canon *c, strbuf *out, size_t qi, const char *(*label)(canon *, int, void *),
                              void *arg)
{
    rdf_quad q = *rdf_dataset_quad(c->ds, qi);
    rdf_term *t[QUAD_SLOTS] = {&q.subject, &q.predicate, &q.object, &q.graph};
    for (int k = 0; k < QUAD_SLOTS; k++)
        if (c->qb[qi][k] >= 0)
            t[k]->value = label(c, c->qb[qi][k], arg);
    nquads_put_quad(out, &q);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Serializes the given quads, sorts the lines and hashes or concatenates them. */
typedef struct lines {
    strbuf text;
    size_t *offs;
    char **ptrs;
    size_t n, cap;
} lines;

static bool lines_add(lines *l, canon *c, size_t qi, const char *(*label)(canon *, int, void *), void *arg)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        size_t *p = realloc(l->offs, cap * sizeof *p);
        if (!p)
            return false;
        l->offs = p;
        l->cap = cap;
    }
    l->offs[l->n++] = l->text.len;
    put_quad_labelled(c, &l->text, qi, label, arg);
    strbuf_append(&l->text, "", 1); /* keep a NUL after each line */
    return !l->text.failed;
}

static bool lines_sort(lines *l)
{
    free(l->ptrs);
    l->ptrs = malloc((l->n ? l->n : 1) * sizeof *l->ptrs);
    if (!l->ptrs)
        return false;
    for (size_t i = 0; i < l->n; i++)
        l->ptrs[i] = l->text.data + l->offs[i];
    qsort(l->ptrs, l->n, sizeof *l->ptrs, cmp_str);
    return true;
}

static void lines_free(lines *l)
{
    strbuf_free(&l->text);
    free(l->offs);
    free(l->ptrs);
}

/* ---- Hash First Degree Quads ---- */

static const char *first_degree_label(canon *c, int b, void *arg)
{
    (void)c;
    return b == *(int *)arg ? "a" : "z";
}

static jl_status hash_first_degree(canon *c, int bi)
{
    lines l = {0};
    strbuf_init(&l.text);
    bnode *b = &c->b[bi];
    bool ok = true;
    for (size_t i = 0; i < b->nquads && ok; i++)
        ok = lines_add(&l, c, b->quads[i], first_degree_label, &bi);
    ok = ok && lines_sort(&l);
    digest d;
    if (ok && digest_init(&d, c->alg)) {
        for (size_t i = 0; i < l.n; i++)
            digest_update(&d, l.ptrs[i], strlen(l.ptrs[i]));
        ok = digest_final_hex(&d, b->hash);
    } else {
        ok = false;
    }
    lines_free(&l);
    return ok ? JL_OK : rdfc10_nomem(c);
}

/* ---- the main algorithm ---- */

typedef struct ndegree_result {
    char hash[DIGEST_MAX_HEX];
    issuer is;
} ndegree_result;

static int cmp_result(const void *a, const void *b)
{
    return strcmp(((const ndegree_result *)a)->hash, ((const ndegree_result *)b)->hash);
}

static int cmp_bnode_hash(const void *a, const void *b, void *arg)
{
    const bnode *bn = arg;
    return strcmp(bn[*(const int *)a].hash, bn[*(const int *)b].hash);
}

/* Step 5: resolves a group of blank nodes sharing a first-degree hash. */
static jl_status resolve_group(canon *c, const int *group, int k)
{
    ndegree_result *res = calloc((size_t)k, sizeof *res);
    if (!res)
        return rdfc10_nomem(c);
    int nres = 0;
    jl_status st = JL_OK;
    for (int i = 0; i < k && !st; i++) {
        if (c->canonical.ids[group[i]] >= 0)
            continue;
        ndegree_result *r = &res[nres];
        if ((st = rdfc10_spend(c, (size_t)c->nb)))
            break;
        if (!issuer_init(&r->is, c->nb)) {
            st = rdfc10_nomem(c);
            break;
        }
        nres++;
        issuer_issue(&r->is, group[i]);
        st = hash_ndegree(c, group[i], &r->is, r->hash);
    }
    if (!st) {
        qsort(res, (size_t)nres, sizeof *res, cmp_result);
        for (int i = 0; i < nres; i++)
            for (int j = 0; j < res[i].is.count; j++)
                issuer_issue(&c->canonical, res[i].is.order[j]);
    }
    for (int i = 0; i < nres; i++)
        issuer_free(&res[i].is);
    free(res);
    return st;
}

static jl_status issue_canonical(canon *c)
{
    int *sorted = malloc((size_t)(c->nb ? c->nb : 1) * sizeof *sorted);
    if (!sorted)
        return rdfc10_nomem(c);
    for (int i = 0; i < c->nb; i++)
        sorted[i] = i;
    qsort_r(sorted, (size_t)c->nb, sizeof *sorted, cmp_bnode_hash, c->b);
    /* Unique hashes are issued first, in hash order. */
    for (int i = 0; i < c->nb;) {
        int j = i;
        while (j < c->nb && strcmp(c->b[sorted[j]].hash, c->b[sorted[i]].hash) == 0)
            j++;
        if (j - i == 1)
            issuer_issue(&c->canonical, sorted[i]);
        i = j;
    }
    jl_status st = JL_OK;
    for (int i = 0; i < c->nb && !st;) {
        int j = i;
        while (j < c->nb && strcmp(c->b[sorted[j]].hash, c->b[sorted[i]].hash) == 0)
            j++;
        if (j - i > 1)
            st = resolve_group(c, sorted + i, j - i);
        i = j;
    }
    free(sorted);
    return st;
}

typedef struct labels {
    char (*name)[24];
} labels;

static const char *canonical_label(canon *c, int b, void *arg)
{
    (void)c;
    return ((labels *)arg)->name[b];
}

static jl_status write_output(canon *c, rdfc10_result *out)
{
    labels lb = {malloc((size_t)(c->nb ? c->nb : 1) * sizeof *lb.name)};
    out->map_from = calloc((size_t)c->nb + 1, sizeof *out->map_from);
    out->map_to = calloc((size_t)c->nb + 1, sizeof *out->map_to);
    if (!lb.name || !out->map_from || !out->map_to) {
        free(lb.name);
        return rdfc10_nomem(c);
    }
    for (int i = 0; i < c->nb; i++)
        snprintf(lb.name[i], sizeof lb.name[i], "c14n%d", c->canonical.ids[i]);
    for (int i = 0; i < c->canonical.count; i++) {
        int b = c->canonical.order[i];
        out->map_from[i] = strdup(c->b[b].label);
        out->map_to[i] = strdup(lb.name[b]);
        out->map_count = (size_t)i + 1;
        if (!out->map_from[i] || !out->map_to[i]) {
            free(lb.name);
            return rdfc10_nomem(c);
        }
    }
    lines l = {0};
    strbuf_init(&l.text);
    bool ok = true;
    for (size_t i = 0; i < rdf_dataset_size(c->ds) && ok; i++)
        ok = lines_add(&l, c, i, canonical_label, &lb);
    ok = ok && lines_sort(&l);
    strbuf res;
    strbuf_init(&res);
    for (size_t i = 0; ok && i < l.n; i++)
        if (i == 0 || strcmp(l.ptrs[i], l.ptrs[i - 1]) != 0) /* a dataset is a set */
            strbuf_puts(&res, l.ptrs[i]);
    lines_free(&l);
    free(lb.name);
    out->nquads_len = res.len;
    out->nquads = strbuf_take(&res);
    return ok && out->nquads ? JL_OK : rdfc10_nomem(c);
}

jl_status rdfc10_canonicalize(const rdf_dataset *ds, const rdfc10_options *opts, rdfc10_result *out,
                              jl_error *err)
{
    memset(out, 0, sizeof *out);
    canon c = {.ds = ds, .err = err};
    c.alg = opts ? opts->hash : RDFC10_SHA256;
    if (c.alg != RDFC10_SHA256 && c.alg != RDFC10_SHA384)
        return jl_error_set(err, JL_ERR_RDFC_HASH, "hash algorithm %d", (int)c.alg);
    jl_status st = collect_bnodes(&c);
    size_t square = (size_t)c.nb * (size_t)c.nb;
    c.max_calls = opts && opts->max_ndegree_calls ? opts->max_ndegree_calls
                  : square > RDFC10_DEFAULT_MAX_NDEGREE_CALLS ? square
                                                              : RDFC10_DEFAULT_MAX_NDEGREE_CALLS;
    c.max_permutations = c.max_calls * RDFC10_PERMUTATIONS_PER_CALL;
    if (!st && !issuer_init(&c.canonical, c.nb))
        st = rdfc10_nomem(&c);
    for (int i = 0; i < c.nb && !st; i++)
        st = hash_first_degree(&c, i);
    if (!st)
        st = issue_canonical(&c);
    if (!st)
        st = write_output(&c, out);
    for (int i = 0; i < c.nb; i++)
        free(c.b[i].quads);
    free(c.b);
    free(c.qb);
    issuer_free(&c.canonical);
    if (st)
        rdfc10_result_free(out);
    return st;
}

void rdfc10_result_free(rdfc10_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->map_count; i++) {
        free(r->map_from[i]);
        free(r->map_to[i]);
    }
    free(r->map_from);
    free(r->map_to);
    free(r->nquads);
    memset(r, 0, sizeof *r);
}
