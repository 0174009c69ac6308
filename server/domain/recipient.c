/* Recipient identifiers: normal form, salted SHA-256 identities and salts. */
#include "recipient.h"

#include <sodium.h>
#include <string.h>

#include "unicode_norm.h"
#include "utf8.h"

#define PREFIX "sha256$"
#define SALT_BYTES (RECIPIENT_SALT_LENGTH / 2)

/* The White_Space property of Unicode's PropList.txt, in UTF-8. */
static const char *const white_space[] = {
    "\t", "\n", "\v", "\f", "\r", " ",
    "\xc2\x85",     /* U+0085 NEXT LINE */
    "\xc2\xa0",     /* U+00A0 NO-BREAK SPACE */
    "\xe1\x9a\x80", /* U+1680 OGHAM SPACE MARK */
    "\xe2\x80\x80", "\xe2\x80\x81", "\xe2\x80\x82", "\xe2\x80\x83", "\xe2\x80\x84",
    "\xe2\x80\x85", "\xe2\x80\x86", "\xe2\x80\x87", "\xe2\x80\x88", "\xe2\x80\x89",
    "\xe2\x80\x8a", /* U+2000..U+200A, EN QUAD to HAIR SPACE */
    "\xe2\x80\xa8", /* U+2028 LINE SEPARATOR */
    "\xe2\x80\xa9", /* U+2029 PARAGRAPH SEPARATOR */
    "\xe2\x80\xaf", /* U+202F NARROW NO-BREAK SPACE */
    "\xe2\x81\x9f", /* U+205F MEDIUM MATHEMATICAL SPACE */
    "\xe3\x80\x80", /* U+3000 IDEOGRAPHIC SPACE */
};

/* The byte length of the white space character that s[0..n) starts with (at_end: ends
 * with), or 0. In valid UTF-8 a matching sequence is always a whole character. */
static size_t space_at(const char *s, size_t n, bool at_end)
{
    for (size_t i = 0; i < sizeof white_space / sizeof *white_space; i++) {
        size_t len = strlen(white_space[i]);
        if (len <= n && memcmp(at_end ? s + n - len : s, white_space[i], len) == 0)
            return len;
    }
    return 0;
}

char *recipient_normalize(arena *a, const char *identifier)
{
    if (!identifier || !utf8_valid(identifier, strlen(identifier)))
        return NULL;
    size_t n = strlen(identifier), len;
    while ((len = space_at(identifier, n, false)) > 0) {
        identifier += len;
        n -= len;
    }
    while ((len = space_at(identifier, n, true)) > 0)
        n -= len;
    return unicode_nfc(a, unicode_casefold(a, unicode_nfc(a, arena_strndup(a, identifier, n))));
}

/* Writes the identity of normalized and salt, NUL-terminated, to out. */
static void identity_of(char out[RECIPIENT_IDENTITY_LENGTH + 1], const char *normalized,
                        const char *salt)
{
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, (const unsigned char *)normalized, strlen(normalized));
    if (salt)
        crypto_hash_sha256_update(&st, (const unsigned char *)salt, strlen(salt));
    crypto_hash_sha256_final(&st, h);
    memcpy(out, PREFIX, strlen(PREFIX));
    sodium_bin2hex(out + strlen(PREFIX), RECIPIENT_IDENTITY_LENGTH + 1 - strlen(PREFIX), h,
                   sizeof h);
}

char *recipient_identity_hash(arena *a, const char *normalized, const char *salt)
{
    if (!normalized)
        return NULL;
    char *out = arena_alloc(a, RECIPIENT_IDENTITY_LENGTH + 1);
    identity_of(out, normalized, salt);
    return out;
}

char *recipient_new_salt(arena *a)
{
    unsigned char raw[SALT_BYTES];
    randombytes_buf(raw, sizeof raw);
    char *out = arena_alloc(a, RECIPIENT_SALT_LENGTH + 1);
    sodium_bin2hex(out, RECIPIENT_SALT_LENGTH + 1, raw, sizeof raw);
    return out;
}

bool recipient_identity_matches(const char *identity, const char *normalized, const char *salt)
{
    if (!identity || !normalized || strlen(identity) != RECIPIENT_IDENTITY_LENGTH)
        return false;
    char want[RECIPIENT_IDENTITY_LENGTH + 1], got[RECIPIENT_IDENTITY_LENGTH];
    identity_of(want, normalized, salt);
    for (size_t i = 0; i < RECIPIENT_IDENTITY_LENGTH; i++) {
        char c = identity[i];
        got[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    return sodium_memcmp(got, want, RECIPIENT_IDENTITY_LENGTH) == 0;
}
