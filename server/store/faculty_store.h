/* Faculties in PostgreSQL. */
#ifndef EDUBADGES_FACULTY_STORE_H
#define EDUBADGES_FACULTY_STORE_H

#include "db.h"
#include "faculty.h"

/* Inserts a validated faculty (and its logo) under f->institution_id; fills the rest. */
eb_code faculty_insert(db *d, eb_faculty *f, eb_error *e);
eb_code faculty_get(db *d, const char *id, eb_faculty *out, eb_error *e);
/* Up to limit faculties of an institution in creation order after the key `after`
 * ("" = from the start; see faculty_page_key). */
eb_code faculty_list(db *d, const char *institution_id, bool show_archived, const char *after,
                     int limit, eb_faculty **out, int *n, bool *more, eb_error *e);
char *faculty_page_key(arena *a, const eb_faculty *f);
/* Writes the updatable fields if the revision is still expected_revision (else ABORTED
 * or NOT_FOUND); reads the faculty back into f. */
eb_code faculty_update(db *d, eb_faculty *f, int64_t expected_revision, eb_error *e);
/* Whether any badge class (archived or not) is below the faculty. */
eb_code faculty_has_badge_classes(db *d, const char *id, bool *has, eb_error *e);
/* Archives it with its issuers and badge classes (idempotent); 0 = any revision. */
eb_code faculty_archive(db *d, const char *id, int64_t expected_revision, eb_faculty *out, eb_error *e);
/* Deletes it with its issuers and badge classes unless something below was awarded. */
eb_code faculty_delete(db *d, const char *id, int64_t expected_revision, eb_error *e);

#endif
