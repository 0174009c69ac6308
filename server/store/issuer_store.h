/* Issuers in PostgreSQL. */
#ifndef EDUBADGES_ISSUER_STORE_H
#define EDUBADGES_ISSUER_STORE_H

#include "db.h"
#include "issuer.h"

/* Inserts a validated issuer (and its logo) under is->faculty_id; fills the rest. */
eb_code issuer_insert(db *d, eb_issuer *is, eb_error *e);
eb_code issuer_get(db *d, const char *id, eb_issuer *out, eb_error *e);
/* Up to limit issuers of a faculty or (by_institution) of an institution, in creation
 * order after the page key `after` ("" = from the start); NOT_FOUND when the parent does
 * not exist. */
eb_code issuer_list(db *d, const char *parent_id, bool by_institution, bool show_archived,
                    const char *after, int limit, eb_issuer **out, int *n, bool *more, eb_error *e);
eb_code issuer_update(db *d, eb_issuer *is, int64_t expected_revision, eb_error *e);
/* Archives it with its badge classes (idempotent); 0 = any revision. */
eb_code issuer_archive(db *d, const char *id, int64_t expected_revision, eb_issuer *out, eb_error *e);
/* Deletes it with its badge classes unless one of them was awarded. */
eb_code issuer_delete(db *d, const char *id, int64_t expected_revision, eb_error *e);

#endif
