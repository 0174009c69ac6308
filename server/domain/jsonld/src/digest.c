/* Hash functions for RDFC-1.0: SHA-256 via libsodium, SHA-384 via OpenSSL. */
#include "digest.h"

#include <openssl/evp.h>

bool digest_init(digest *d, rdfc10_hash_algorithm alg)
{
    d->alg = alg;
    d->evp = NULL;
    if (alg == RDFC10_SHA256)
        return crypto_hash_sha256_init(&d->sha256) == 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return false;
    if (EVP_DigestInit_ex(ctx, EVP_sha384(), NULL) != 1) {
        EVP_MD_CTX_free(ctx);
        return false;
    }
    d->evp = ctx;
    return true;
}

void digest_update(digest *d, const void *data, size_t len)
{
    if (d->alg == RDFC10_SHA256)
        crypto_hash_sha256_update(&d->sha256, data, len);
    else
        EVP_DigestUpdate(d->evp, data, len);
}

bool digest_final_hex(digest *d, char hex[DIGEST_MAX_HEX])
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = crypto_hash_sha256_BYTES;
    bool ok;
    if (d->alg == RDFC10_SHA256) {
        ok = crypto_hash_sha256_final(&d->sha256, out) == 0;
    } else {
        ok = EVP_DigestFinal_ex(d->evp, out, &n) == 1;
        EVP_MD_CTX_free(d->evp);
        d->evp = NULL;
    }
    if (ok)
        sodium_bin2hex(hex, DIGEST_MAX_HEX, out, n);
    return ok;
}

bool digest_hex(rdfc10_hash_algorithm alg, const void *data, size_t len, char hex[DIGEST_MAX_HEX])
{
    digest d;
    if (!digest_init(&d, alg))
        return false;
    digest_update(&d, data, len);
    return digest_final_hex(&d, hex);
}
