/* Operator tokens: "ebo.<id>.<secret>", where only a hash of the 32-byte secret is
 * stored. Parsing, creation and the constant-time check. */
#ifndef EDUBADGES_OPERATOR_TOKEN_H
#define EDUBADGES_OPERATOR_TOKEN_H

#include <stdbool.h>

#include "arena.h"

#define OPERATOR_TOKEN_HASH_BYTES 32

typedef struct operator_token {
    char *id;     /* public id */
    char *secret; /* base64url text of the secret */
    char *text;   /* the whole token */
} operator_token;

/* A new random token. */
operator_token operator_token_new(arena *a);
/* Splits a token of the operator form; false for any other string. */
bool operator_token_parse(arena *a, const char *text, operator_token *out);
void operator_token_hash(const char *secret, unsigned char out[OPERATOR_TOKEN_HASH_BYTES]);
/* Constant-time comparison of the secret's hash with a stored hash. */
bool operator_token_matches(const char *secret, const unsigned char *stored, size_t stored_len);

#endif
