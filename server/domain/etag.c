/* Etags of the form "v<revision>". */
#include "etag.h"

#include <errno.h>
#include <stdlib.h>

char *etag_of(arena *a, int64_t revision) { return arena_sprintf(a, "v%lld", (long long)revision); }

int64_t etag_parse(eb_error *e, const char *field, const char *etag)
{
    if (!etag || !*etag)
        return 0;
    char *end = NULL;
    errno = 0;
    long long v = etag[0] == 'v' ? strtoll(etag + 1, &end, 10) : 0;
    if (etag[0] != 'v' || errno != 0 || !end || *end != '\0' || v <= 0 || etag[1] == '+' ||
        etag[1] == '-' || etag[1] == ' ') {
        eb_violate(e, field, "is not an etag of this service");
        return -1;
    }
    return v;
}
