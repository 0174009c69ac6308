/* The migration runner: forward-only NNNN_name.sql files applied in order, all pending
 * ones in one transaction under an advisory lock, each recorded with its SHA-256. */
#ifndef EDUBADGES_MIGRATE_H
#define EDUBADGES_MIGRATE_H

#include "db.h"
#include "embedded_file.h"

/* The migrations compiled into the binary, in file-name order. */
extern const struct embedded_file embedded_migrations[];
extern const size_t embedded_migrations_count;

/* Applies the pending migrations of files (sorted by name). Fails, changing nothing, when
 * an applied migration's file changed or is missing, or a file name is malformed or out
 * of order. *applied counts the migrations applied now. */
eb_code migrate(db *d, const struct embedded_file *files, size_t n, int *applied, eb_error *e);

#endif
