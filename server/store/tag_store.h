/* Tags in PostgreSQL. */
#ifndef EDUBADGES_TAG_STORE_H
#define EDUBADGES_TAG_STORE_H

#include "db.h"
#include "tag.h"

typedef struct tag_filter {
    const char *institution_id; /* public id */
    bool show_archived;
} tag_filter;

/* Inserts a validated tag (id, institution_id and display_name set); fills the rest.
 * NOT_FOUND when the institution does not exist, FAILED_PRECONDITION when it is
 * archived, ALREADY_EXISTS when it has a tag of that name in any letter case. */
eb_code tag_insert(db *d, eb_tag *tag, eb_error *e);
/* NOT_FOUND when no tag has that public id. Strings live in e->arena. */
eb_code tag_get(db *d, const char *id, eb_tag *out, eb_error *e);
/* Up to limit tags of one institution ordered by sort key and id, after pos. *more says
 * whether another page follows. NOT_FOUND when the institution does not exist. */
eb_code tag_list(db *d, const tag_filter *f, const tag_list_pos *after, int limit,
                 eb_tag **out, int *n, bool *more, eb_error *e);
/* Writes tag->display_name if the revision is expected_revision (0 = any); ABORTED when
 * it changed, NOT_FOUND when it is gone, ALREADY_EXISTS when the name is taken. Fills
 * the rest of tag. */
eb_code tag_rename(db *d, eb_tag *tag, int64_t expected_revision, eb_error *e);
/* Archives or unarchives if the revision matches (0 = any); a tag already in that state
 * is returned unchanged whatever the revision. */
eb_code tag_set_archived(db *d, const char *id, bool archived, int64_t expected_revision,
                         eb_tag *out, eb_error *e);
/* Deletes if the revision matches (0 = any), and with it every assignment of the tag. */
eb_code tag_delete(db *d, const char *id, int64_t expected_revision, eb_error *e);

#endif
