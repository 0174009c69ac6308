/* Issuer signing keys in PostgreSQL. */
#ifndef EDUBADGES_SIGNING_KEY_STORE_H
#define EDUBADGES_SIGNING_KEY_STORE_H

#include "db.h"
#include "signing_key.h"

/* Inserts a new key (inside the caller's transaction); ALREADY_EXISTS
 * (signing_keys_one_active) when the issuer got an active key of the algorithm meanwhile. */
eb_code signing_key_insert(db *d, const eb_signing_key *k, eb_error *e);
eb_code signing_key_get(db *d, const char *id, eb_signing_key *out, eb_error *e);
/* The issuer's active key of the algorithm; *found false when it has none. */
eb_code signing_key_active(db *d, const char *issuer_id, int algorithm, eb_signing_key *out, bool *found,
                           eb_error *e);
/* A page of the issuer's keys in the order they were made. */
eb_code signing_key_list(db *d, const char *issuer_id, const char *after, int limit, eb_signing_key **out,
                         int *n, bool *more, eb_error *e);
char *signing_key_page_key(arena *a, const eb_signing_key *k);
/* The published keys (active and superseded) of an issuer, or of every issuer whose
 * faculty is public when issuer_id is NULL (JWT keys only then), oldest first, at most
 * 10,000. */
eb_code signing_key_published(db *d, const char *issuer_id, eb_signing_key **out, int *n, eb_error *e);
/* Marks the issuer's active key of the algorithm superseded (none: nothing happens). */
eb_code signing_key_supersede(db *d, const char *issuer_id, int algorithm, int64_t now_us, eb_error *e);
/* Retires a key; NOT_FOUND, or FAILED_PRECONDITION (KEY_ALREADY_RETIRED). */
eb_code signing_key_retire(db *d, const char *id, int64_t now_us, eb_signing_key *out, eb_error *e);
/* How many keys were sealed under a master key with another fingerprint. */
eb_code signing_key_count_other_master(db *d, const char *fingerprint, int64_t *count, eb_error *e);

#endif
