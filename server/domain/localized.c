/* Texts given in Dutch and English. */
#include "localized.h"

#include <stdio.h>
#include <string.h>

void localized_trim(arena *a, eb_localized *l)
{
    l->nl = text_trim(a, l->nl);
    l->en = text_trim(a, l->en);
}

void check_localized(eb_error *e, const char *prefix, const char *name, const eb_localized *l,
                     size_t max, text_kind kind)
{
    char field[128];
    snprintf(field, sizeof field, "%s%s", prefix, name);
    if (text_empty(l->nl) && text_empty(l->en)) {
        eb_violate(e, field, "needs a Dutch or an English text (or both)");
        return;
    }
    snprintf(field, sizeof field, "%s%s.nl", prefix, name);
    check_text(e, field, l->nl, max, kind);
    snprintf(field, sizeof field, "%s%s.en", prefix, name);
    check_text(e, field, l->en, max, kind);
}

void localized_apply_mask(eb_localized *cur, const eb_localized *patch, const field_mask *m,
                          const char *name)
{
    char path[64];
    snprintf(path, sizeof path, "%s.nl", name);
    if (field_mask_covers(m, path))
        cur->nl = patch->nl;
    snprintf(path, sizeof path, "%s.en", name);
    if (field_mask_covers(m, path))
        cur->en = patch->en;
}
