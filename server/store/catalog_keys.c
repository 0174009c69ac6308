/* Keyset paging keys of the catalog's lists. */
#include "catalog_keys.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 9999-12-31T23:59:59.999999Z in microseconds since 1970. */
#define LAST_MICROSECOND_OF_9999 253402300799999999LL

char *catalog_page_key(arena *a, int64_t create_time_us, const char *id)
{
    return arena_sprintf(a, "%lld %s", (long long)create_time_us, id);
}

bool catalog_key_split(const char *key, catalog_key_params *out)
{
    if (!*key) {
        snprintf(out->micros, sizeof out->micros, "-1");
        out->id = "";
        return true;
    }
    const char *space = strchr(key, ' ');
    if (!space || space == key || (size_t)(space - key) >= sizeof out->micros)
        return false;
    memcpy(out->micros, key, (size_t)(space - key));
    out->micros[space - key] = '\0';
    if (strspn(out->micros, "0123456789") != strlen(out->micros))
        return false;
    errno = 0;
    long long v = strtoll(out->micros, NULL, 10);
    if (errno || v > LAST_MICROSECOND_OF_9999)
        return false;
    out->id = space + 1;
    return true;
}

eb_code catalog_key_refused(eb_error *e)
{
    eb_violate(e, "page_token", "is not a page token of this service");
    return eb_finish_validation(e);
}
