/* RDF Dataset Canonicalization (W3C RDFC-1.0). As an extension for
 * generalized RDF, blank node predicates are canonicalized like other blank
 * nodes (position "p"; no effect on datasets without them). */
#ifndef EDUBADGES_RDFC10_H
#define EDUBADGES_RDFC10_H

#include <stddef.h>

#include "rdf.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum rdfc10_hash_algorithm {
    RDFC10_SHA256 = 0, /* the default */
    RDFC10_SHA384
} rdfc10_hash_algorithm;

/* Default cap on Hash N-Degree Quads invocations: the larger of this and the
 * square of the number of blank nodes (enough for long chains of look-alike
 * nodes, e.g. lists of equal items), which stops "poison" graphs quickly. */
#define RDFC10_DEFAULT_MAX_NDEGREE_CALLS 4096
/* Permutations examined may be at most this many times the call limit. */
#define RDFC10_PERMUTATIONS_PER_CALL 64
/* Whatever the options, the Hash N-Degree Quads steps may do at most this much
 * work: identifier-issuer slots made or copied plus quads visited, each a few
 * bytes of memory and nanoseconds. Legitimate documents need far less (a list
 * of 120 equal items: about 3.5 million); hostile ones (thousands of
 * look-alike blank nodes, cliques) stop within a fraction of a second and some
 * tens of megabytes instead of minutes and gigabytes. */
#define RDFC10_MAX_WORK ((size_t)1 << 23)
/* Hash N-Degree Quads recurses along chains of look-alike blank nodes; deeper
 * than this is refused before the stack runs out. */
#define RDFC10_MAX_NDEGREE_DEPTH 512

typedef struct rdfc10_options {
    rdfc10_hash_algorithm hash;
    /* Limit on Hash N-Degree Quads calls; 0 = the default above. Exceeding it
     * (or the permutation budget derived from it, RDFC10_MAX_WORK or
     * RDFC10_MAX_NDEGREE_DEPTH) fails with JL_ERR_RDFC_LIMIT. */
    size_t max_ndegree_calls;
} rdfc10_options;

typedef struct rdfc10_result {
    char *nquads;     /* canonical N-Quads (sorted, one quad per line), malloc'd */
    size_t nquads_len;
    /* Issued identifier map: input blank node label -> canonical label
     * ("c14n<N>"), in issue order. */
    size_t map_count;
    char **map_from;
    char **map_to;
} rdfc10_result;

/* Canonicalizes ds. opts may be NULL (SHA-256, default limit). On success the
 * caller frees out with rdfc10_result_free. */
jl_status rdfc10_canonicalize(const rdf_dataset *ds, const rdfc10_options *opts,
                              rdfc10_result *out, jl_error *err);
void rdfc10_result_free(rdfc10_result *r);

#ifdef __cplusplus
}
#endif
#endif
