/* Opaque bearer tokens. */
#include "opaque_token.h"

#include <sodium.h>
#include <string.h>

#include "ids.h"

#define SECRET_BYTES 32
#define SECRET_CHARS 43 /* base64url of 32 bytes without padding */

opaque_token opaque_token_new(arena *a, const char *prefix)
{
    opaque_token t;
    unsigned char raw[SECRET_BYTES];
    randombytes_buf(raw, sizeof raw);
    t.id = eb_new_id(a);
    t.secret = arena_alloc(a, SECRET_CHARS + 1);
    sodium_bin2base64(t.secret, SECRET_CHARS + 1, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(raw, sizeof raw);
    t.text = arena_sprintf(a, "%s%s.%s", prefix, t.id, t.secret);
    return t;
}

bool opaque_token_parse(arena *a, const char *prefix, const char *text, opaque_token *out)
{
    size_t n = strlen(text), np = strlen(prefix);
    if (n != np + EB_ID_LENGTH + 1 + SECRET_CHARS || strncmp(text, prefix, np) != 0 ||
        text[np + EB_ID_LENGTH] != '.')
        return false;
    out->id = arena_strndup(a, text + np, EB_ID_LENGTH);
    out->secret = arena_strdup(a, text + np + EB_ID_LENGTH + 1);
    out->text = arena_strdup(a, text);
    return eb_valid_id(out->id) && strspn(out->secret, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl"
                                                       "mnopqrstuvwxyz0123456789-_") == SECRET_CHARS;
}

void opaque_token_hash(const char *secret, unsigned char out[OPAQUE_TOKEN_HASH_BYTES])
{
    crypto_generichash(out, OPAQUE_TOKEN_HASH_BYTES, (const unsigned char *)secret, strlen(secret), NULL, 0);
}

bool opaque_token_matches(const char *secret, const unsigned char *stored, size_t stored_len)
{
    unsigned char h[OPAQUE_TOKEN_HASH_BYTES];
    opaque_token_hash(secret, h);
    return stored_len == sizeof h && sodium_memcmp(h, stored, sizeof h) == 0;
}

char *opaque_token_hash_hex(arena *a, const char *secret)
{
    unsigned char h[OPAQUE_TOKEN_HASH_BYTES];
    opaque_token_hash(secret, h);
    char *hex = arena_alloc(a, 2 * OPAQUE_TOKEN_HASH_BYTES + 1);
    sodium_bin2hex(hex, 2 * OPAQUE_TOKEN_HASH_BYTES + 1, h, sizeof h);
    return hex;
}

size_t opaque_token_hash_from_hex(const char *hex, unsigned char out[OPAQUE_TOKEN_HASH_BYTES])
{
    size_t len = 0;
    if (!hex || sodium_hex2bin(out, OPAQUE_TOKEN_HASH_BYTES, hex, strlen(hex), NULL, &len, NULL) != 0)
        return 0;
    return len;
}
