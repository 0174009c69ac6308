/* Institutions in PostgreSQL. */
#ifndef EDUBADGES_INSTITUTION_STORE_H
#define EDUBADGES_INSTITUTION_STORE_H

#include "db.h"
#include "institution.h"

typedef struct institution_filter {
    int sector; /* 0 = all */
    bool show_archived;
} institution_filter;

/* Inserts a validated institution; fills id, times and revision. */
eb_code institution_insert(db *d, eb_institution *inst, eb_error *e);
/* NOT_FOUND when no institution has that public id. Strings live in e->arena. */
eb_code institution_get(db *d, const char *id, eb_institution *out, eb_error *e);
/* Up to limit institutions ordered by identifier, after the identifier `after` ("" =
 * from the start). *more says whether another page follows. */
eb_code institution_list(db *d, const institution_filter *f, const char *after, int limit,
                         eb_institution **out, int *n, bool *more, eb_error *e);
/* Writes every field of inst if its revision is still expected_revision; ABORTED when it
 * changed, NOT_FOUND when it is gone. Updates revision and times in inst. When an HBO or
 * MBO institution becomes HBO/MBO, its faculties keep the old sector as their own. */
eb_code institution_update(db *d, eb_institution *inst, int64_t expected_revision, eb_error *e);
/* Whether any faculty (archived or not) belongs to the institution. */
eb_code institution_has_faculties(db *d, const char *id, bool *has, eb_error *e);
/* Archives (idempotent) if the revision matches (expected_revision 0 = any). */
eb_code institution_archive(db *d, const char *id, int64_t expected_revision,
                            eb_institution *out, eb_error *e);
/* Deletes if the revision matches (0 = any); FAILED_PRECONDITION when anything refers to it. */
eb_code institution_delete(db *d, const char *id, int64_t expected_revision, eb_error *e);

#endif
