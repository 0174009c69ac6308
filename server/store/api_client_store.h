/* API clients and their tokens in PostgreSQL: registration, the secret check of the
 * client-credentials exchange with its lock-out, and the opaque tokens (hashed). */
#ifndef EDUBADGES_API_CLIENT_STORE_H
#define EDUBADGES_API_CLIENT_STORE_H

#include "account.h"
#include "db.h"
#include "opaque_token.h"

/* Inserts c (id, institution_id ("" for internal), kind, display_name, created_by set)
 * with the secret's hash; fills the rest. NOT_FOUND when the institution does not exist,
 * FAILED_PRECONDITION (SIS_INTEGRATION_DISABLED) for a SIS client of an institution
 * without SIS integration. */
eb_code api_client_insert(db *d, eb_api_client *c, const char *secret_hash, eb_error *e);
eb_code api_client_get(db *d, const char *id, eb_api_client *out, eb_error *e);
eb_code api_client_list(db *d, const char *institution_id, const char *after, int limit, eb_api_client **out,
                        int *n, bool *more, eb_error *e);
/* Disables the client and revokes its tokens. */
eb_code api_client_disable(db *d, const char *id, int64_t now_us, eb_api_client *out, eb_error *e);

/* What the exchange needs of an enabled client: its secret hash and lock. The row stays
 * locked until the caller's transaction ends, so that concurrent exchanges of one client
 * check their secrets one after the other (each sees the failures before it). */
typedef struct client_secret_row {
    bool found;
    char *secret_hash;
    int64_t locked_until_us; /* 0 = not locked */
    client_kind kind;
    bool institution_archived, sis_enabled; /* of its institution (none: false) */
} client_secret_row;
eb_code api_client_secret(db *d, const char *id, client_secret_row *out, eb_error *e);
/* After a wrong secret: counts it and sets the lock it earns; *lock_seconds says how long. */
eb_code api_client_failed(db *d, const char *id, int64_t now_us, int64_t *lock_seconds, eb_error *e);
/* After the right secret: a new token valid until expires_us (its hash stored), the
 * failure count reset and the activity recorded. */
eb_code api_client_token_issue(db *d, const char *id, const opaque_token *t, int64_t now_us, int64_t expires_us,
                               eb_error *e);
/* The principal of a token that is known, unrevoked, unexpired at now_us, of an enabled
 * client and whose secret matches (compared in constant time); UNAUTHENTICATED otherwise,
 * PERMISSION_DENIED when its institution does not let the client act now
 * (api_client_institution_allows). */
eb_code api_client_token_check(db *d, const opaque_token *t, int64_t now_us, principal *out, eb_error *e);
/* Revokes the token when its secret matches and gives its client's public id (*client_id
 * NULL when the token is unknown: nothing changes). */
eb_code api_client_token_revoke(db *d, const opaque_token *t, int64_t now_us, const char **client_id, eb_error *e);

#endif
