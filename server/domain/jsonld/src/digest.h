/* Internal: streaming SHA-256 (libsodium) and SHA-384 (OpenSSL, which only
 * RDFC-1.0's hashAlgorithm option needs) with lowercase hex output. */
#ifndef EDUBADGES_JL_DIGEST_H
#define EDUBADGES_JL_DIGEST_H

#include <stdbool.h>
#include <stddef.h>

#include <sodium.h>

#include "rdfc10.h"

#define DIGEST_MAX_HEX 97 /* SHA-384 hex + NUL */

typedef struct digest {
    rdfc10_hash_algorithm alg;
    crypto_hash_sha256_state sha256;
    void *evp; /* EVP_MD_CTX for SHA-384 */
} digest;

bool digest_init(digest *d, rdfc10_hash_algorithm alg);
void digest_update(digest *d, const void *data, size_t len);
/* Writes lowercase hex (NUL-terminated) to hex and releases d. */
bool digest_final_hex(digest *d, char hex[DIGEST_MAX_HEX]);
/* One-shot helper. */
bool digest_hex(rdfc10_hash_algorithm alg, const void *data, size_t len, char hex[DIGEST_MAX_HEX]);

#endif
