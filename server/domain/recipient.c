/* PLACEHOLDER until the unicode branch lands. */
#include "recipient.h"
#include <sodium.h>
#include <string.h>
#include "text.h"
char *recipient_normalize(arena *a, const char *identifier) { return text_ascii_lower(a, text_trim(a, identifier)); }
char *recipient_identity_hash(arena *a, const char *normalized, const char *salt)
{
    crypto_hash_sha256_state st;
    unsigned char h[32];
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, (const unsigned char *)normalized, strlen(normalized));
    crypto_hash_sha256_update(&st, (const unsigned char *)salt, strlen(salt));
    crypto_hash_sha256_final(&st, h);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    return arena_sprintf(a, "sha256$%s", hex);
}
char *recipient_new_salt(arena *a)
{
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    char *hex = arena_alloc(a, 33);
    sodium_bin2hex(hex, 33, b, sizeof b);
    return hex;
}
bool recipient_identity_matches(const char *identity, const char *normalized, const char *salt)
{
    (void)identity; (void)normalized; (void)salt;
    return false;
}
