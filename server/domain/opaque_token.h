/* Opaque bearer tokens "<prefix><id>.<secret>": platform operator tokens ("ebo.") and the
 * short-lived tokens of API clients ("ebc."). Only a hash of the 32-byte secret is
 * stored; parsing, creation and the constant-time check. */
#ifndef EDUBADGES_OPAQUE_TOKEN_H
#define EDUBADGES_OPAQUE_TOKEN_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

#define OPAQUE_TOKEN_HASH_BYTES 32
#define OPERATOR_TOKEN_PREFIX "ebo."
#define CLIENT_TOKEN_PREFIX "ebc."

typedef struct opaque_token {
    char *id;     /* public id */
    char *secret; /* base64url text of the secret */
    char *text;   /* the whole token */
} opaque_token;

/* A new random token with this prefix. */
opaque_token opaque_token_new(arena *a, const char *prefix);
/* Splits a token of the form; false for any other string. */
bool opaque_token_parse(arena *a, const char *prefix, const char *text, opaque_token *out);
void opaque_token_hash(const char *secret, unsigned char out[OPAQUE_TOKEN_HASH_BYTES]);
/* Constant-time comparison of the secret's hash with a stored hash. */
bool opaque_token_matches(const char *secret, const unsigned char *stored, size_t stored_len);
/* The stored hash as hex text (arena), for a query parameter. */
char *opaque_token_hash_hex(arena *a, const char *secret);
/* Decodes a stored hash given as hex; the length decoded. */
size_t opaque_token_hash_from_hex(const char *hex, unsigned char out[OPAQUE_TOKEN_HASH_BYTES]);

#endif
