/* RDFC-1.0 Hash Related Blank Node and Hash N-Degree Quads: related-hash
 * groups, all permutations, the shortest-then-least path. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rdfc10_state.h"
#include "strbuf.h"

typedef struct related {
    char hash[DIGEST_MAX_HEX];
    int b;
} related;

static int cmp_related(const void *a, const void *b)
{
    return strcmp(((const related *)a)->hash, ((const related *)b)->hash);
}

/* Appends a blank node identifier "_:<prefix><n>". */
static void put_id(strbuf *s, const char *prefix, int n)
{
    char buf[32];
    int len = snprintf(buf, sizeof buf, "_:%s%d", prefix, n);
    strbuf_append(s, buf, (size_t)len);
}

/* Hash Related Blank Node for blank node rb met at position pos of quad qi. */
static bool hash_related(canon *c, int rb, size_t qi, const issuer *is, char pos, char out[DIGEST_MAX_HEX])
{
    strbuf in;
    strbuf_init(&in);
    strbuf_putc(&in, pos);
    const rdf_term *pred = &rdf_dataset_quad(c->ds, qi)->predicate;
    if (pos == 's' || pos == 'o') {
        if (pred->kind == RDF_IRI) {
            strbuf_putc(&in, '<');
            strbuf_puts(&in, pred->value);
            strbuf_putc(&in, '>');
        } else {
            strbuf_append(&in, "_:", 2); /* generalized RDF: never a label */
        }
    }
    if (c->canonical.ids[rb] >= 0)
        put_id(&in, "c14n", c->canonical.ids[rb]);
    else if (is->ids[rb] >= 0)
        put_id(&in, "b", is->ids[rb]);
    else
        strbuf_puts(&in, c->b[rb].hash);
    bool ok = !in.failed && digest_hex(c->alg, in.data, in.len, out);
    strbuf_free(&in);
    return ok;
}

/* Appends related blank node rb to a path: its canonical id if it has one,
 * else its (possibly new) temporary id, remembering new ones for recursion. */
static void put_canonical_or_temp(strbuf *path, canon *c, issuer *is, int rb, int *rec, int *nrec)
{
    if (c->canonical.ids[rb] >= 0) {
        put_id(path, "c14n", c->canonical.ids[rb]);
        return;
    }
    if (is->ids[rb] < 0)
        rec[(*nrec)++] = rb;
    put_id(path, "b", issuer_issue(is, rb));
}

static bool path_worse(const strbuf *path, const strbuf *chosen, bool have_chosen)
{
    return have_chosen && path->len >= chosen->len && strcmp(path->data, chosen->data) > 0;
}

static bool next_permutation(int *a, int n)
{
    int i = n - 2;
    while (i >= 0 && a[i] >= a[i + 1])
        i--;
    if (i < 0)
        return false;
    int j = n - 1;
    while (a[j] <= a[i])
        j--;
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
    for (int l = i + 1, r = n - 1; l < r; l++, r--) {
        t = a[l];
        a[l] = a[r];
        a[r] = t;
    }
    return true;
}

/* Chooses the shortest-then-least path over all permutations of group[0..k). */
static jl_status choose_path(canon *c, const related *group, int k, issuer *is, strbuf *data)
{
    int *perm = malloc((size_t)k * 2 * sizeof *perm);
    if (!perm)
        return rdfc10_nomem(c);
    int *rec = perm + k;
    for (int i = 0; i < k; i++)
        perm[i] = i;
    strbuf path, chosen;
    strbuf_init(&path);
    strbuf_init(&chosen);
    issuer chosen_issuer = {0};
    bool have_chosen = false;
    jl_status st = JL_OK;
    do {
        if (++c->permutations > c->max_permutations) {
            st = jl_error_set(c->err, JL_ERR_RDFC_LIMIT,
                              "more than %zu permutations examined (the input is too complex)",
                              c->max_permutations);
            break;
        }
        issuer copy;
        if ((st = rdfc10_spend(c, (size_t)is->n)))
            break;
        if (!issuer_copy(&copy, is)) {
            st = rdfc10_nomem(c);
            break;
        }
        strbuf_reset(&path);
        strbuf_putc(&path, '\0');
        path.len = 0;
        int nrec = 0;
        bool skip = false;
        for (int i = 0; i < k && !skip; i++) {
            put_canonical_or_temp(&path, c, &copy, group[perm[i]].b, rec, &nrec);
            skip = path_worse(&path, &chosen, have_chosen);
        }
        for (int i = 0; i < nrec && !skip && !st; i++) {
            char h[DIGEST_MAX_HEX];
            st = hash_ndegree(c, rec[i], &copy, h);
            if (st)
                break;
            put_id(&path, "b", issuer_issue(&copy, rec[i]));
            strbuf_putc(&path, '<');
            strbuf_puts(&path, h);
            strbuf_putc(&path, '>');
            skip = path_worse(&path, &chosen, have_chosen);
        }
        if (!st && !skip && (!have_chosen || strcmp(path.data, chosen.data) < 0)) {
            strbuf_reset(&chosen);
            strbuf_append(&chosen, path.data, path.len);
            issuer_move(&chosen_issuer, &copy);
            have_chosen = true;
        }
        issuer_free(&copy);
        if (path.failed || chosen.failed)
            st = rdfc10_nomem(c);
    } while (!st && next_permutation(perm, k));
    if (!st) {
        strbuf_append(data, chosen.data, chosen.len);
        issuer_move(is, &chosen_issuer);
    }
    issuer_free(&chosen_issuer);
    strbuf_free(&path);
    strbuf_free(&chosen);
    free(perm);
    return st;
}

/* Hash N-Degree Quads proper; hash_ndegree keeps count of the depth. */
static jl_status ndegree(canon *c, int id, issuer *is, char out[DIGEST_MAX_HEX])
{
    if (++c->calls > c->max_calls)
        return jl_error_set(c->err, JL_ERR_RDFC_LIMIT,
                            "more than %zu Hash N-Degree Quads calls (the input is too complex)",
                            c->max_calls);
    const bnode *b = &c->b[id];
    if (rdfc10_spend(c, b->nquads))
        return JL_ERR_RDFC_LIMIT;
    related *rel = malloc((b->nquads * QUAD_SLOTS + 1) * sizeof *rel);
    if (!rel)
        return rdfc10_nomem(c);
    size_t nrel = 0;
    static const char positions[QUAD_SLOTS] = {'s', 'p', 'o', 'g'};
    for (size_t i = 0; i < b->nquads; i++) {
        size_t qi = b->quads[i];
        for (int k = 0; k < QUAD_SLOTS; k++) {
            int rb = c->qb[qi][k];
            if (rb < 0 || rb == id)
                continue;
            if (!hash_related(c, rb, qi, is, positions[k], rel[nrel].hash)) {
                free(rel);
                return rdfc10_nomem(c);
            }
            rel[nrel++].b = rb;
        }
    }
    /* Stable grouping by hash: keep discovery order inside a group. */
    for (size_t i = 1; i < nrel; i++)
        for (size_t j = i; j > 0 && cmp_related(&rel[j - 1], &rel[j]) > 0; j--) {
            related t = rel[j];
            rel[j] = rel[j - 1];
            rel[j - 1] = t;
        }
    strbuf data;
    strbuf_init(&data);
    jl_status st = JL_OK;
    for (size_t i = 0; i < nrel && !st;) {
        size_t j = i;
        while (j < nrel && strcmp(rel[j].hash, rel[i].hash) == 0)
            j++;
        strbuf_puts(&data, rel[i].hash);
        st = choose_path(c, rel + i, (int)(j - i), is, &data);
        i = j;
    }
    if (!st && (data.failed || !digest_hex(c->alg, data.data ? data.data : "", data.len, out)))
        st = rdfc10_nomem(c);
    strbuf_free(&data);
    free(rel);
    return st;
}

jl_status hash_ndegree(canon *c, int id, issuer *is, char out[DIGEST_MAX_HEX])
{
    if (c->depth >= RDFC10_MAX_NDEGREE_DEPTH)
        return jl_error_set(c->err, JL_ERR_RDFC_LIMIT,
                            "Hash N-Degree Quads nested deeper than %d (the input is too complex)",
                            RDFC10_MAX_NDEGREE_DEPTH);
    c->depth++;
    jl_status st = ndegree(c, id, is, out);
    c->depth--;
    return st;
}
