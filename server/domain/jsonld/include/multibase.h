/* base58btc, multibase ('z' prefix) and Ed25519 Multikey encodings
 * (publicKeyMultibase "z6Mk…" = 0xed01 + key; secretKeyMultibase = 0x8026 +
 * seed, or the older 0x8026 + seed + public key). */
#ifndef EDUBADGES_MULTIBASE_H
#define EDUBADGES_MULTIBASE_H

#include <stddef.h>
#include <stdint.h>

#include "jl_error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Room for the base58btc text of n bytes, including the NUL. */
#define BASE58_ENCODED_MAX(n) ((n) * 138 / 100 + 2)
/* Room for a multibase Ed25519 public or secret key text. */
#define MULTIKEY_TEXT_MAX 128

/* Encodes n bytes into out (out_size >= BASE58_ENCODED_MAX(n)); returns the
 * text length, 0 if out is too small. */
size_t base58btc_encode(const uint8_t *in, size_t n, char *out, size_t out_size);
/* Decodes text into out (capacity cap); *out_len receives the byte count. */
jl_status base58btc_decode(const char *text, uint8_t *out, size_t cap, size_t *out_len, jl_error *err);

/* 'z' + base58btc. */
jl_status multibase_encode(const uint8_t *in, size_t n, char *out, size_t out_size, jl_error *err);
/* Requires the 'z' (base58btc) prefix. */
jl_status multibase_decode(const char *text, uint8_t *out, size_t cap, size_t *out_len, jl_error *err);

jl_status multikey_encode_public(const uint8_t public_key[32], char out[MULTIKEY_TEXT_MAX], jl_error *err);
jl_status multikey_decode_public(const char *text, uint8_t public_key[32], jl_error *err);
/* Encodes the current form: 0x8026 + 32-byte seed. */
jl_status multikey_encode_secret(const uint8_t seed[32], char out[MULTIKEY_TEXT_MAX], jl_error *err);
/* Accepts 0x8026 + seed and 0x8026 + seed + public key (the public key must
 * then match the seed). */
jl_status multikey_decode_secret(const char *text, uint8_t seed[32], jl_error *err);

#ifdef __cplusplus
}
#endif
#endif
