/* Bitstring status lists in PostgreSQL: the entry each assertion gets in its issuer's
 * lists, and the revoked entries of a list. */
#ifndef EDUBADGES_STATUS_LIST_STORE_H
#define EDUBADGES_STATUS_LIST_STORE_H

#include <stdint.h>

#include "db.h"

/* The assertion's status list entry; given on first use (the next free index of the
 * issuer's newest list, a new list when it is full), in its own transaction unless the
 * caller runs one. */
eb_code status_entry_get_or_assign(db *d, const char *assertion_id, const char *issuer_id, int64_t *list_number,
                                   int64_t *index, eb_error *e);
/* The revoked indices of an issuer's list; NOT_FOUND when the list does not exist. */
eb_code status_list_revoked(db *d, const char *issuer_id, int64_t list_number, int64_t **indices, size_t *n,
                            eb_error *e);

#endif
