/* Update masks checked against a resource's updatable fields. */
#include "field_mask.h"

#include <stdio.h>
#include <string.h>

static bool is_prefix_path(const char *parent, const char *path)
{
    size_t n = strlen(parent);
    return strncmp(parent, path, n) == 0 && (path[n] == '\0' || path[n] == '.');
}

void field_mask_check(eb_error *e, const field_mask *m, const char *const *updatable)
{
    for (size_t i = 0; i < m->n; i++) {
        const char *p = m->paths[i];
        bool ok = strcmp(p, "*") == 0;
        for (const char *const *u = updatable; !ok && *u; u++)
            ok = is_prefix_path(p, *u); /* the path itself or a parent of it */
        if (!ok) {
            char field[64];
            snprintf(field, sizeof field, "update_mask.paths[%zu]", i);
            eb_violate(e, field, "\"%s\" is not an updatable field", eb_excerpt(e->arena, p, 60));
        }
    }
}

bool field_mask_covers(const field_mask *m, const char *path)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->paths[i], "*") == 0 || is_prefix_path(m->paths[i], path))
            return true;
    return false;
}
