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

bool localized_equal(const eb_localized *a, const eb_localized *b)
{
    return strcmp(a->nl, b->nl) == 0 && strcmp(a->en, b->en) == 0;
}
