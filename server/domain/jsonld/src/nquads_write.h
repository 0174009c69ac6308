/* Internal: appending canonical N-Quads terms to a strbuf. */
#ifndef EDUBADGES_JL_NQUADS_WRITE_H
#define EDUBADGES_JL_NQUADS_WRITE_H

#include "rdf.h"
#include "strbuf.h"

/* Appends term t in canonical form (nothing for the default graph). */
void nquads_put_term(strbuf *b, const rdf_term *t);
/* Appends "S P O [G] .\n". */
void nquads_put_quad(strbuf *b, const rdf_quad *q);

#endif
