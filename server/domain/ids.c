/* Public identifiers and resource names. */
#include "ids.h"

#include <sodium.h>
#include <string.h>

char *eb_new_id(arena *a)
{
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    char *id = arena_alloc(a, EB_ID_LENGTH + 1);
    sodium_bin2base64(id, EB_ID_LENGTH + 1, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return id;
}

bool eb_valid_id(const char *id)
{
    if (!id || strlen(id) != EB_ID_LENGTH)
        return false;
    for (const char *p = id; *p; p++) {
        char c = *p;
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    }
    /* 16 bytes leave 4 unused bits in the last character, which must be zero */
    return strchr("AQgw", id[EB_ID_LENGTH - 1]) != NULL;
}

char *eb_resource_name(arena *a, const char *collection, const char *id)
{
    return arena_sprintf(a, "%s/%s", collection, id);
}

const char *eb_parse_resource_name(eb_error *e, const char *field, const char *name,
                                   const char *collection)
{
    if (!name || !*name) {
        eb_violate(e, field, "is required");
        return NULL;
    }
    size_t n = strlen(collection);
    if (strncmp(name, collection, n) != 0 || name[n] != '/' || !eb_valid_id(name + n + 1)) {
        eb_violate(e, field, "must be a resource name of the form %s/{id}", collection);
        return NULL;
    }
    return name + n + 1;
}
