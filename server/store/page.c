/* Pages of list queries: limit + 1 rows fetched, limit returned. */
#include "page.h"

#include <stdio.h>

void page_limit_param(char out[16], int limit) { snprintf(out, 16, "%d", limit + 1); }

void *page_rows(arena *a, const PGresult *r, int limit, size_t row_size, page_row_reader read,
                int *n, bool *more)
{
    int rows = PQntuples(r);
    *more = rows > limit;
    *n = *more ? limit : rows;
    char *out = arena_alloc(a, row_size * (size_t)(*n ? *n : 1));
    for (int i = 0; i < *n; i++)
        read(a, r, i, out + row_size * (size_t)i);
    return out;
}
