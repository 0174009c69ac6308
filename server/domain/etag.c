/* Etags of the form "v<revision>". */
#include "etag.h"

#include <stdbool.h>

char *etag_of(arena *a, int64_t revision) { return arena_sprintf(a, "v%lld", (long long)revision); }

int64_t etag_parse(eb_error *e, const char *field, const char *etag)
{
    if (!etag || !*etag)
        return 0;
    /* exactly what etag_of writes: "v", then a positive decimal without a leading zero */
    const char *p = etag + 1;
    bool ok = etag[0] == 'v' && *p >= '1' && *p <= '9';
    int64_t v = 0;
    for (; ok && *p; p++) {
        int digit = *p - '0';
        ok = digit >= 0 && digit <= 9 && v <= (INT64_MAX - digit) / 10;
        v = v * 10 + (ok ? digit : 0);
    }
    if (!ok) {
        eb_violate(e, field, "is not an etag of this service");
        return -1;
    }
    return v;
}
