/* Pages of list queries: a query asks for one row more than the page holds, and that
 * extra row says whether another page follows. */
#ifndef EDUBADGES_STORE_PAGE_H
#define EDUBADGES_STORE_PAGE_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* Reads row `row` of r into the element at out. */
typedef void (*page_row_reader)(arena *a, const PGresult *r, int row, void *out);

/* The LIMIT parameter of a query for a page of limit rows. */
void page_limit_param(char out[16], int limit);
/* The rows of the page (an arena array of *n elements of row_size bytes, each read by
 * read) from the result of a query run with page_limit_param; *more says whether another
 * page follows. */
void *page_rows(arena *a, const PGresult *r, int limit, size_t row_size, page_row_reader read,
                int *n, bool *more);

#endif
