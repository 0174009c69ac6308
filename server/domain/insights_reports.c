/* Page keys of the management queries that page: the ids of the row's objects. */
#include "insights_reports.h"

#include <string.h>

#include "ids.h"

char *overview_row_key(arena *a, const overview_row *r)
{
    return arena_sprintf(a, "%s,%s", r->institution.id, r->badge_class_id);
}

bool overview_key_split(arena *a, const char *key, const char **institution_id, const char **badge_class_id)
{
    const char *comma = strchr(key, ',');
    if (!comma)
        return false;
    *institution_id = arena_strndup(a, key, (size_t)(comma - key));
    *badge_class_id = arena_strdup(a, comma + 1);
    return eb_valid_id(*institution_id) && eb_valid_id(*badge_class_id);
}

char *issuer_staff_row_key(arena *a, const issuer_staff_row *r)
{
    return arena_sprintf(a, "%s,%s,%s", r->issuer.id, r->staff_id, r->membership_id);
}

bool issuer_staff_key_split(arena *a, const char *key, const char *parts[3])
{
    const char *p = key;
    for (int i = 0; i < 3; i++) {
        const char *comma = strchr(p, ',');
        if ((i < 2) != (comma != NULL))
            return false;
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        parts[i] = arena_strndup(a, p, n);
        if (!eb_valid_id(parts[i]))
            return false;
        p += n + 1;
    }
    return true;
}
