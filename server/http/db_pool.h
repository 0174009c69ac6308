/* A fixed number of database connections shared by the HTTP threads: connected on first
 * use, re-connected when broken, handed out one per request. */
#ifndef EDUBADGES_DB_POOL_H
#define EDUBADGES_DB_POOL_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"

typedef struct db_pool db_pool;

db_pool *db_pool_create(const char *database_url, int64_t statement_timeout_ms, int size);
/* Waits for a free connection; NULL (with a message) when the database is unreachable. */
db *db_pool_acquire(db_pool *p, char *err, size_t errlen);
void db_pool_release(db_pool *p, db *d);
/* Closes every connection; none may be in use. */
void db_pool_destroy(db_pool *p);

#endif
