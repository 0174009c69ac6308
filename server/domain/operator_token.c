/* Operator tokens. */
#include "operator_token.h"

#include <sodium.h>
#include <string.h>

#include "ids.h"

#define PREFIX "ebo."
#define SECRET_BYTES 32
#define SECRET_CHARS 43 /* base64url of 32 bytes without padding */

operator_token operator_token_new(arena *a)
{
    operator_token t;
    unsigned char raw[SECRET_BYTES];
    randombytes_buf(raw, sizeof raw);
    t.id = eb_new_id(a);
    t.secret = arena_alloc(a, SECRET_CHARS + 1);
    sodium_bin2base64(t.secret, SECRET_CHARS + 1, raw, sizeof raw,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(raw, sizeof raw);
    t.text = arena_sprintf(a, PREFIX "%s.%s", t.id, t.secret);
    return t;
}

bool operator_token_parse(arena *a, const char *text, operator_token *out)
{
    size_t n = strlen(text), np = strlen(PREFIX);
    if (n != np + EB_ID_LENGTH + 1 + SECRET_CHARS || strncmp(text, PREFIX, np) != 0 ||
        text[np + EB_ID_LENGTH] != '.')
        return false;
    out->id = arena_strndup(a, text + np, EB_ID_LENGTH);
    out->secret = arena_strdup(a, text + np + EB_ID_LENGTH + 1);
    out->text = arena_strdup(a, text);
    return eb_valid_id(out->id) && strspn(out->secret, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl"
                                                       "mnopqrstuvwxyz0123456789-_") == SECRET_CHARS;
}

void operator_token_hash(const char *secret, unsigned char out[OPERATOR_TOKEN_HASH_BYTES])
{
    crypto_generichash(out, OPERATOR_TOKEN_HASH_BYTES, (const unsigned char *)secret,
                       strlen(secret), NULL, 0);
}

bool operator_token_matches(const char *secret, const unsigned char *stored, size_t stored_len)
{
    unsigned char h[OPERATOR_TOKEN_HASH_BYTES];
    operator_token_hash(secret, h);
    return stored_len == sizeof h && sodium_memcmp(h, stored, sizeof h) == 0;
}
