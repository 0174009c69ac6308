/* The tag resource (an institution's internal label for badge classes): its fields,
 * normalisation, validation and the position a ListTags page resumes from. */
#ifndef EDUBADGES_TAG_H
#define EDUBADGES_TAG_H

#include <stdbool.h>
#include <stdint.h>

#include "error.h"

#define TAG_NAME_MAX 100

typedef enum { TAG_ACTIVE = 1, TAG_ARCHIVED = 2 } tag_state;

typedef struct eb_tag {
    char *id;             /* public id */
    char *institution_id; /* public id of the owning institution */
    char *display_name;
    char *name_key;       /* display_name folded by the database: the sort key of lists */
    tag_state state;
    int64_t create_time_us, update_time_us;
    int64_t revision;
} eb_tag;

/* The updatable paths of an update mask, NULL-terminated. */
extern const char *const TAG_UPDATABLE[];

/* Trims the white space around the display name. */
void tag_normalize(arena *a, eb_tag *tag);
/* Records a violation of "<prefix>display_name" when the (normalised) display name is
 * empty, longer than TAG_NAME_MAX characters or not a single line. */
void tag_validate(eb_error *e, const eb_tag *tag, const char *prefix);

/* Where a ListTags page resumes: after the tag with this sort key and id; both "" for
 * the first page (every sort key is non-empty, so "" precedes them all). */
typedef struct tag_list_pos {
    const char *name_key;
    const char *id;
} tag_list_pos;

/* The page-token key that resumes after tag: its id followed by its sort key. */
char *tag_list_key(arena *a, const eb_tag *tag);
/* The position of a key made by tag_list_key ("" = the first page); false after
 * recording a violation of field when the key is not one. */
bool tag_list_pos_parse(eb_error *e, const char *field, const char *key, tag_list_pos *pos);

#endif
