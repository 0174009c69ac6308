/* Internal: state shared by the RDFC-1.0 steps (blank node table, identifier
 * issuers) and the entry points of the Hash N-Degree Quads step. */
#ifndef EDUBADGES_JL_RDFC10_STATE_H
#define EDUBADGES_JL_RDFC10_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "digest.h"
#include "rdfc10.h"

/* Blank nodes are looked for in subject, predicate (generalized RDF only),
 * object and graph, in that order. */
enum { QUAD_SLOTS = 4 };

typedef struct bnode {
    const char *label; /* input label */
    size_t *quads;     /* indices of quads that mention it */
    size_t nquads, cap;
    char hash[DIGEST_MAX_HEX]; /* Hash First Degree Quads */
} bnode;

/* An identifier issuer: ids[b] is the number issued to blank node b or -1;
 * order lists the blank nodes in issue order. */
typedef struct issuer {
    int *ids, *order;
    int count, n;
} issuer;

typedef struct canon {
    const rdf_dataset *ds;
    bnode *b;
    int nb;
    int (*qb)[QUAD_SLOTS]; /* per quad: blank node index of each position or -1 */
    issuer canonical;
    rdfc10_hash_algorithm alg;
    size_t calls, max_calls;
    size_t permutations, max_permutations;
    size_t work;   /* see RDFC10_MAX_WORK */
    int depth;     /* of Hash N-Degree Quads calls in progress */
    jl_error *err;
} canon;

jl_status rdfc10_nomem(canon *c);
/* Counts units of work; JL_ERR_RDFC_LIMIT once RDFC10_MAX_WORK is passed. */
jl_status rdfc10_spend(canon *c, size_t units);

bool issuer_init(issuer *is, int n);
void issuer_free(issuer *is);
bool issuer_copy(issuer *dst, const issuer *src);
/* Moves src into dst (dst's old storage is released). */
void issuer_move(issuer *dst, issuer *src);
/* The number issued to blank node b, issuing a new one when needed. */
int issuer_issue(issuer *is, int b);

/* Hash N-Degree Quads for blank node id; is is replaced by the chosen issuer. */
jl_status hash_ndegree(canon *c, int id, issuer *is, char out[DIGEST_MAX_HEX]);

#endif
