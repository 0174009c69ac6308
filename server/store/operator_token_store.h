/* Operator tokens in PostgreSQL. */
#ifndef EDUBADGES_OPERATOR_TOKEN_STORE_H
#define EDUBADGES_OPERATOR_TOKEN_STORE_H

#include "db.h"
#include "opaque_token.h"
#include "principal.h"

/* Stores a new token's id, label and secret hash. */
eb_code operator_token_store(db *d, const opaque_token *t, const char *label, eb_error *e);
/* Checks a parsed token: UNAUTHENTICATED when unknown, revoked or the secret is wrong. */
eb_code operator_token_check(db *d, const opaque_token *t, principal *out, eb_error *e);

#endif
