/* Paging of list RPCs: page sizes and opaque keyset page tokens bound to one query and
 * its filters. */
#ifndef EDUBADGES_PAGING_H
#define EDUBADGES_PAGING_H

#include "error.h"

#define EB_PAGE_SIZE_DEFAULT 50
#define EB_PAGE_SIZE_MAX 1000

/* 0 → the default; 1..max as is; anything else records a violation and returns 0. */
int page_size_resolve(eb_error *e, const char *field, int requested);

/* A token that resumes query (e.g. "institutions") with these filters (any string that
 * identifies them) after the row whose sort key is after_key. */
char *page_token_encode(arena *a, const char *query, const char *filters, const char *after_key);
/* The sort key to resume after; "" for an empty token; NULL after recording a violation
 * when the token is malformed or belongs to another query or other filters. */
const char *page_token_decode(eb_error *e, const char *field, const char *token,
                              const char *query, const char *filters);

#endif
