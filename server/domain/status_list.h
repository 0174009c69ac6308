/* W3C Bitstring Status List (revocation): every credential of an issuer gets an index in
 * one of the issuer's lists; the list is published as a BitstringStatusListCredential
 * whose encodedList is "u" + base64url (no padding) of the GZIP-compressed bitstring, bit 0
 * being the most significant bit of the first byte. A set bit means revoked.
 *
 * Herd privacy: the index is drawn uniformly at random among the free entries of the list
 * (never in issue order), so that it tells nothing about when, or right after whom, a
 * credential was issued. A signed list is kept with the digest of the state it stands for
 * and signed again only when that state changes. */
#ifndef EDUBADGES_STATUS_LIST_H
#define EDUBADGES_STATUS_LIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "arena.h"

/* Entries per list: 131,072 bits (16 KiB), the size the specification recommends as the
 * least for group privacy. */
#define STATUS_LIST_ENTRIES 131072
/* The largest decoded list accepted from others (bits): 16 Mibit, 2 MiB. */
#define STATUS_LIST_MAX_ENTRIES (16 * 1024 * 1024)

/* The encodedList of a list of n_entries bits with the given indices set; NULL when an
 * index is out of range. */
char *status_list_encode(arena *a, const int64_t *set, size_t n_set, size_t n_entries);

/* Decodes an encodedList into its bitstring (*bits, *n_bytes); false with *why on a bad
 * encoding, bad GZIP data or a list longer than STATUS_LIST_MAX_ENTRIES. */
bool status_list_decode(arena *a, const char *encoded, uint8_t **bits, size_t *n_bytes, const char **why);

/* Bit index of a decoded list; false when the index is beyond the list. */
bool status_list_bit(const uint8_t *bits, size_t n_bytes, int64_t index, bool *set);

/* A uniformly random number in [0, n) (n > 0): candidate indices of new entries. */
int64_t status_list_random_below(int64_t n);

/* The state a signed list stands for, as lower-case hex (64 characters): the document
 * format, the list's URL, the key that signs it and its revoked indices (ascending). A
 * stored signed list whose state differs is stale. */
char *status_list_state_digest(arena *a, const char *list_url, const char *key_id, const int64_t *revoked,
                               size_t n_revoked);

/* The credentialStatus of a credential: a BitstringStatusListEntry for revocation. */
json_t *status_list_entry(arena *a, const char *list_url, int64_t index);

/* The unsigned BitstringStatusListCredential of a list. */
json_t *status_list_credential(arena *a, const char *list_url, const char *issuer_url, int64_t now_us,
                               const char *encoded_list);

#endif
