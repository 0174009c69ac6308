/* base58btc (Bitcoin alphabet), multibase 'z' and Ed25519 Multikey codecs. */
#include "multibase.h"

#include <string.h>

#include <sodium.h>

static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

size_t base58btc_encode(const uint8_t *in, size_t n, char *out, size_t out_size)
{
    size_t zeros = 0;
    while (zeros < n && in[zeros] == 0)
        zeros++;
    size_t cap = (n - zeros) * 138 / 100 + 1;
    if (out_size < zeros + cap + 1)
        return 0;
    /* Big-endian base-58 digits accumulated in the tail of out. */
    uint8_t *digits = (uint8_t *)out + zeros;
    size_t len = 0;
    memset(digits, 0, cap);
    for (size_t i = zeros; i < n; i++) {
        unsigned carry = in[i];
        size_t j = 0;
        for (size_t k = cap; k-- > 0 && (carry || j < len); j++) {
            carry += 256u * digits[k];
            digits[k] = (uint8_t)(carry % 58);
            carry /= 58;
        }
        len = j;
    }
    size_t skip = cap - len;
    memset(out, '1', zeros);
    for (size_t i = 0; i < len; i++)
        out[zeros + i] = alphabet[digits[skip + i]];
    out[zeros + len] = '\0';
    return zeros + len;
}

jl_status base58btc_decode(const char *text, uint8_t *out, size_t cap, size_t *out_len, jl_error *err)
{
    size_t n = strlen(text), zeros = 0;
    while (zeros < n && text[zeros] == '1')
        zeros++;
    uint8_t buf[256];
    size_t size = (n - zeros) * 733 / 1000 + 1;
    if (size > sizeof buf)
        return jl_error_set(err, JL_ERR_MULTIBASE, "base58 text too long");
    memset(buf, 0, size);
    size_t len = 0;
    for (size_t i = zeros; i < n; i++) {
        const char *pos = strchr(alphabet, text[i]);
        if (!pos || !text[i])
            return jl_error_set(err, JL_ERR_MULTIBASE, "invalid base58 character");
        unsigned carry = (unsigned)(pos - alphabet);
        size_t j = 0;
        for (size_t k = size; k-- > 0 && (carry || j < len); j++) {
            carry += 58u * buf[k];
            buf[k] = (uint8_t)(carry & 0xff);
            carry >>= 8;
        }
        len = j;
    }
    if (zeros + len > cap)
        return jl_error_set(err, JL_ERR_MULTIBASE, "decoded value too long");
    memset(out, 0, zeros);
    memcpy(out + zeros, buf + size - len, len);
    *out_len = zeros + len;
    return JL_OK;
}

jl_status multibase_encode(const uint8_t *in, size_t n, char *out, size_t out_size, jl_error *err)
{
    if (out_size < 2 || !base58btc_encode(in, n, out + 1, out_size - 1))
        return jl_error_set(err, JL_ERR_MULTIBASE, "output buffer too small");
    out[0] = 'z';
    return JL_OK;
}

jl_status multibase_decode(const char *text, uint8_t *out, size_t cap, size_t *out_len, jl_error *err)
{
    if (!text || text[0] != 'z')
        return jl_error_set(err, JL_ERR_MULTIBASE, "expected multibase base58btc ('z')");
    return base58btc_decode(text + 1, out, cap, out_len, err);
}

/* Decodes a multikey and checks its two-byte multicodec prefix. */
static jl_status decode_prefixed(const char *text, uint8_t p0, uint8_t p1, uint8_t *out, size_t *len,
                                 jl_error *err)
{
    uint8_t buf[80];
    if (multibase_decode(text, buf, sizeof buf, len, err))
        return err ? err->code : JL_ERR_MULTIBASE;
    if (*len < 2 || buf[0] != p0 || buf[1] != p1)
        return jl_error_set(err, JL_ERR_MULTIBASE, "unexpected multicodec prefix");
    *len -= 2;
    memcpy(out, buf + 2, *len);
    sodium_memzero(buf, sizeof buf);
    return JL_OK;
}

jl_status multikey_encode_public(const uint8_t public_key[32], char out[MULTIKEY_TEXT_MAX], jl_error *err)
{
    uint8_t buf[34] = {0xed, 0x01};
    memcpy(buf + 2, public_key, 32);
    return multibase_encode(buf, sizeof buf, out, MULTIKEY_TEXT_MAX, err);
}

jl_status multikey_decode_public(const char *text, uint8_t public_key[32], jl_error *err)
{
    uint8_t key[78];
    size_t len;
    if (decode_prefixed(text, 0xed, 0x01, key, &len, err))
        return JL_ERR_MULTIBASE;
    if (len != 32)
        return jl_error_set(err, JL_ERR_MULTIBASE, "Ed25519 public key must be 32 bytes");
    memcpy(public_key, key, 32);
    return JL_OK;
}

jl_status multikey_encode_secret(const uint8_t seed[32], char out[MULTIKEY_TEXT_MAX], jl_error *err)
{
    uint8_t buf[34] = {0x80, 0x26};
    memcpy(buf + 2, seed, 32);
    jl_status st = multibase_encode(buf, sizeof buf, out, MULTIKEY_TEXT_MAX, err);
    sodium_memzero(buf, sizeof buf);
    return st;
}

jl_status multikey_decode_secret(const char *text, uint8_t seed[32], jl_error *err)
{
    uint8_t key[78];
    size_t len;
    if (decode_prefixed(text, 0x80, 0x26, key, &len, err))
        return JL_ERR_MULTIBASE;
    jl_status st = JL_OK;
    if (len == 64) {
        uint8_t pk[32], sk[64];
        crypto_sign_seed_keypair(pk, sk, key);
        if (sodium_memcmp(pk, key + 32, 32) != 0)
            st = jl_error_set(err, JL_ERR_MULTIBASE, "secret key's public half does not match its seed");
        sodium_memzero(sk, sizeof sk);
    } else if (len != 32) {
        st = jl_error_set(err, JL_ERR_MULTIBASE, "Ed25519 secret key must be 32 or 64 bytes");
    }
    if (!st)
        memcpy(seed, key, 32);
    sodium_memzero(key, sizeof key);
    return st;
}
