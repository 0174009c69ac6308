/* Internal: IRI syntax helpers (RFC 3986 reference resolution, keyword and
 * blank node forms) used by JSON-LD processing. */
#ifndef EDUBADGES_JL_IRI_H
#define EDUBADGES_JL_IRI_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* True when s starts with a URI scheme followed by ':' and has no whitespace. */
bool iri_is_absolute(const char *s);
/* Stricter check for IRIs that may appear in RDF: absolute, none of the
 * characters RFC 3987 forbids (<>"{}|\\^` and controls), at most one '#'. */
bool iri_is_well_formed(const char *s);
/* True for "_:..." blank node identifiers. */
bool iri_is_blank(const char *s);
/* True for the JSON-LD 1.1 keywords. */
bool iri_is_keyword(const char *s);
/* True when s has the form of a keyword: '@' followed by one or more ALPHA. */
bool iri_looks_like_keyword(const char *s);
/* True when the last character is a URI gen-delim (":/?#[]@"). */
bool iri_ends_with_gen_delim(const char *s);
/* Resolves ref against base (RFC 3986 §5.2, no normalisation); the result is
 * allocated in a. base NULL returns a copy of ref. NULL when out of memory. */
char *iri_resolve(arena *a, const char *base, const char *ref);

#endif
