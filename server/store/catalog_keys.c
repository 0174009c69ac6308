/* Keyset paging keys of the catalog's lists. */
#include "catalog_keys.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    char *end;
    long long v = strtoll(out->micros, &end, 10);
    if (*end || v < 0)
        return false;
    out->id = space + 1;
    return true;
}
