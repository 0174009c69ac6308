/* Bitstring status lists in PostgreSQL: the entry each assertion gets in its issuer's
 * lists (at random, see status_list.h), and what a list's signed document depends on,
 * with the signed document kept from the last time it was signed. */
#ifndef EDUBADGES_STATUS_LIST_STORE_H
#define EDUBADGES_STATUS_LIST_STORE_H

#include <stdint.h>

#include "db.h"

/* The assertion's status list entry (the list's public id and the index in it); given on
 * first use, in its own transaction: a random free index of the issuer's newest list, or
 * of a new list when that one is full. Assignments to a list take turns (its row is
 * locked), so an index is never given twice. */
eb_code status_entry_get_or_assign(db *d, const char *assertion_id, const char *issuer_id, char **list_id,
                                   int64_t *index, eb_error *e);

/* A list as its signed document needs it, read in one statement. */
typedef struct status_list_state {
    char *issuer_id;            /* public id */
    char *active_key_id;        /* the issuer's active Ed25519 key, NULL when it has none */
    int64_t *revoked;           /* the revoked indices, ascending */
    size_t n_revoked;
    char *signed_state;         /* the stored signed document and its state digest, */
    char *signed_document;      /* both NULL when there is none */
} status_list_state;

/* NOT_FOUND when there is no such list. */
eb_code status_list_state_get(db *d, const char *list_id, status_list_state *out, eb_error *e);
/* Keeps a newly signed document of the list with the digest of the state it stands for. */
eb_code status_list_signed_put(db *d, const char *list_id, const char *state, const char *document, eb_error *e);

#endif
