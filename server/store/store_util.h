/* Small helpers shared by the store files: text parameters, result strings and the
 * "no row touched" diagnosis of revision-guarded statements. */
#ifndef EDUBADGES_STORE_UTIL_H
#define EDUBADGES_STORE_UTIL_H

#include "db.h"
#include "page.h"

/* A parameter text for an integer. */
typedef struct num_param {
    char text[24];
} num_param;
const char *num_param_of(num_param *p, int64_t v);
const char *bool_param(bool v);
/* A PostgreSQL array literal ("{a,b}") of items that need no quoting (codes, public
 * ids); empty items are left out. */
char *store_array_literal(arena *a, const char *const *items, size_t n);
/* A copy of a result text in the arena; "" for SQL NULL. */
char *store_text(arena *a, const PGresult *r, int row, int col);

/* What a resource is called in errors: "faculty", "FACULTY", "faculties". */
typedef struct resource_kind {
    const char *noun, *reason_prefix, *collection;
} resource_kind;

/* After a revision-guarded statement touched no row (exists_stmt: "SELECT 1 ... WHERE
 * public_id = $1"): NOT_FOUND when the resource is gone, else ABORTED. */
eb_code store_missing_or_changed(db *d, db_stmt *exists_stmt, const resource_kind *k,
                                 const char *id, eb_error *e);
eb_code store_not_found(eb_error *e, const resource_kind *k, const char *id);

/* The parents that get children only while they are active. An insert below one selects
 * the parent row "WHERE archived_at IS NULL FOR SHARE": archiving it then waits for the
 * insert (and its cascade sees the new child), or the insert waits for the archiving and
 * inserts nothing. */
typedef enum { PARENT_INSTITUTION, PARENT_FACULTY, PARENT_ISSUER } store_parent;
/* After such an insert touched no row: NOT_FOUND "{KIND}_NOT_FOUND" when the parent is
 * gone, else FAILED_PRECONDITION "{KIND}_ARCHIVED". */
eb_code store_parent_unusable(db *d, store_parent parent, const char *id, eb_error *e);
/* NOT_FOUND "{KIND}_NOT_FOUND" unless the parent exists (archived or not); for lists that
 * came back empty. */
eb_code store_parent_exists(db *d, store_parent parent, const char *id, eb_error *e);

/* Runs stmt($1 = id, $2 = expected revision or 0) that archives or deletes one row; a
 * foreign-key refusal (something awarded below) becomes FAILED_PRECONDITION
 * "{KIND}_IN_USE". */
eb_code store_guarded(db *d, db_stmt *stmt, db_stmt *exists_stmt, const resource_kind *k,
                      const char *id, int64_t expected_revision, eb_error *e);

/* Runs a page query (its LIMIT parameter set with page_limit_param) and reads its rows
 * with page_rows. */
eb_code store_read_page(db *d, db_stmt *stmt, int n_params, const char *const *params, int limit,
                        size_t elem_size, page_row_reader read_row, void **out, int *n,
                        bool *more, eb_error *e);

#endif
