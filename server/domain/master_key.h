/* The master key that seals issuer private keys at rest (libsodium crypto_secretbox,
 * XSalsa20-Poly1305). It lives in a file outside the database: 64 hexadecimal characters
 * (32 bytes), optionally followed by a newline, readable by its owner only. Sealed data
 * is nonce || box; the key's fingerprint is stored beside sealed data so that a wrong
 * master key is named as such instead of failing as "corrupt". */
#ifndef EDUBADGES_MASTER_KEY_H
#define EDUBADGES_MASTER_KEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sodium.h>

#define MASTER_KEY_BYTES crypto_secretbox_KEYBYTES
/* Hex text of the first 8 bytes of a keyed hash of the key: names it without revealing it. */
#define MASTER_KEY_FINGERPRINT_CHARS 16
/* Bytes added by sealing: the nonce and the authenticator. */
#define MASTER_KEY_SEAL_OVERHEAD (crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)

typedef struct master_key master_key; /* in libsodium guarded memory */

/* Reads the key file; NULL with a message (what is wrong and how to fix it) in err. */
master_key *master_key_load(const char *path, char *err, size_t errlen);
/* A key from 32 bytes (tests, tools). */
master_key *master_key_from_bytes(const uint8_t bytes[MASTER_KEY_BYTES]);
void master_key_free(master_key *k);
/* NUL-terminated fingerprint text. */
const char *master_key_fingerprint(const master_key *k);

/* Seals n bytes into out (room for n + MASTER_KEY_SEAL_OVERHEAD) with a fresh nonce. */
void master_key_seal(const master_key *k, const uint8_t *plain, size_t n, uint8_t *out);
/* Opens sealed (n bytes) into plain (room for n - MASTER_KEY_SEAL_OVERHEAD); false when
 * it is too short or was not sealed by this key (or was altered). */
bool master_key_open(const master_key *k, const uint8_t *sealed, size_t n, uint8_t *plain);

#endif
