/* Page keys of the badge class overview: the ids of the row's institution and badge class. */
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
