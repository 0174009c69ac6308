/* Keyset paging of the catalog's lists: they are ordered by creation time and public id,
 * and a page key is "{created microseconds} {public id}". */
#ifndef EDUBADGES_CATALOG_KEYS_H
#define EDUBADGES_CATALOG_KEYS_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "error.h"

/* The SQL condition on table alias t for rows after the key in parameters $a (micros)
 * and $b (public id); an empty key (micros = -1) starts at the beginning. */
#define CATALOG_AFTER(t, a, b)                                                                     \
    "($" #a "::int8 < 0 OR (" t ".created_at, " t ".public_id) > "                              \
    "('epoch'::timestamptz + $" #a "::int8 * interval '1 microsecond', $" #b "))"
#define CATALOG_ORDER(t) " ORDER BY " t ".created_at, " t ".public_id"

char *catalog_page_key(arena *a, int64_t create_time_us, const char *id);
/* Splits a key into its parameters; false when it is not a key. Tokens are not signed, so
 * a forged one may carry anything the page token decoder lets through: the time must be
 * a decimal from 0 to the end of the year 9999. */
typedef struct catalog_key_params {
    char micros[24];
    const char *id;
} catalog_key_params;
bool catalog_key_split(const char *key, catalog_key_params *out);
/* INVALID_ARGUMENT naming page_token, for a key that catalog_key_split refused. */
eb_code catalog_key_refused(eb_error *e);

#endif
