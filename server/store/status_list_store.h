/* Bitstring status lists in PostgreSQL: the entry each assertion gets in its issuer's
 * lists, and the revoked entries of a list. */
#ifndef EDUBADGES_STATUS_LIST_STORE_H
#define EDUBADGES_STATUS_LIST_STORE_H

#include <stdint.h>

#include "db.h"

/* The assertion's status list entry (the list's public id and the index in it); given on
 * first use, in its own transaction: the next free index of the issuer's newest list, or a
 * new list when that one is full. */
eb_code status_entry_get_or_assign(db *d, const char *assertion_id, const char *issuer_id, char **list_id,
                                   int64_t *index, eb_error *e);
/* The issuer of a list and its revoked indices; NOT_FOUND when there is no such list. */
eb_code status_list_revoked(db *d, const char *list_id, char **issuer_id, int64_t **indices, size_t *n,
                            eb_error *e);

#endif
