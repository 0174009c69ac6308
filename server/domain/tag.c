/* The tag resource: normalisation, validation and list positions. */
#include "tag.h"

#include <stdio.h>
#include <string.h>

#include "ids.h"
#include "text.h"
#include "utf8.h"

const char *const TAG_UPDATABLE[] = {"display_name", NULL};

void tag_normalize(arena *a, eb_tag *t) { t->display_name = text_trim(a, t->display_name); }

void tag_validate(eb_error *e, const eb_tag *t, const char *prefix)
{
    char field[128];
    snprintf(field, sizeof field, "%sdisplay_name", prefix);
    check_required_text(e, field, t->display_name, TAG_NAME_MAX, TEXT_SINGLE_LINE);
}

char *tag_list_key(arena *a, const eb_tag *t)
{
    return arena_sprintf(a, "%s%s", t->id, t->name_key);
}

bool tag_list_pos_parse(eb_error *e, const char *field, const char *key, tag_list_pos *pos)
{
    *pos = (tag_list_pos){"", ""};
    if (!*key)
        return true;
    size_t n = strlen(key);
    char *id = n > EB_ID_LENGTH ? arena_strndup(e->arena, key, EB_ID_LENGTH) : NULL;
    if (!id || !eb_valid_id(id) || !utf8_valid(key + EB_ID_LENGTH, n - EB_ID_LENGTH)) {
        eb_violate(e, field, "is not a page token of this service");
        return false;
    }
    *pos = (tag_list_pos){key + EB_ID_LENGTH, id};
    return true;
}
