/* Badge classes in PostgreSQL, with their alignments, programme identifiers and tags. */
#ifndef EDUBADGES_BADGE_CLASS_STORE_H
#define EDUBADGES_BADGE_CLASS_STORE_H

#include "badge_class.h"
#include "db.h"

/* Where an issuer sits: what the badge class rules need, and whether it is archived. */
typedef struct issuer_placement {
    char *faculty_id, *institution_id;
    bool archived;
    badge_class_context ctx;
} issuer_placement;

/* NOT_FOUND (ISSUER_NOT_FOUND) when there is no such issuer. */
eb_code badge_class_issuer_placement(db *d, const char *issuer_id, issuer_placement *out, eb_error *e);
/* Records a violation of "{prefix}tags[i]" for every tag (of the first
 * BADGE_CLASS_MAX_TAGS) that is not a tag of the
 * institution, or is archived and not in `previous` (the tags the badge class had). */
eb_code badge_class_check_tags(db *d, const char *institution_id, const eb_badge_class *bc,
                               const eb_badge_class *previous, const char *prefix, eb_error *e);
/* Inserts a validated badge class; reads it back into bc. */
eb_code badge_class_insert(db *d, eb_badge_class *bc, eb_error *e);
eb_code badge_class_get(db *d, const char *id, eb_badge_class *out, eb_error *e);

typedef struct badge_class_filter {
    const char *parent_collection; /* "institutions", "faculties" or "issuers" */
    const char *parent_id;
    const char *tag_id;            /* "" = any */
    int type;                      /* 0 = any */
    bool show_archived;
} badge_class_filter;
/* NOT_FOUND when the parent does not exist. */
eb_code badge_class_list(db *d, const badge_class_filter *f, const char *after, int limit,
                         eb_badge_class **out, int *n, bool *more, eb_error *e);
/* Writes every field if the revision is still expected_revision (ABORTED / NOT_FOUND
 * otherwise); reads it back into bc. */
eb_code badge_class_update(db *d, eb_badge_class *bc, int64_t expected_revision, eb_error *e);
eb_code badge_class_archive(db *d, const char *id, int64_t expected_revision,
                            eb_badge_class *out, eb_error *e);
/* Deletes it unless it was ever awarded (FAILED_PRECONDITION BADGE_CLASS_IN_USE). */
eb_code badge_class_delete(db *d, const char *id, int64_t expected_revision, eb_error *e);

#endif
