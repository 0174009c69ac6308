/* The secrets of API clients: 32 random bytes as base64url, shown once at creation and
 * stored only as a libsodium crypto_pwhash (Argon2id) string; verification takes the same
 * time whether or not the client exists. Also the lock-out after repeated wrong secrets. */
#ifndef EDUBADGES_CLIENT_SECRET_H
#define EDUBADGES_CLIENT_SECRET_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

#define CLIENT_SECRET_MAX 256
/* Wrong secrets tolerated before the client is locked out; each further one doubles the
 * lock, from CLIENT_LOCK_FIRST_SECONDS up to CLIENT_LOCK_MAX_SECONDS. */
#define CLIENT_FREE_ATTEMPTS 5
#define CLIENT_LOCK_FIRST_SECONDS 30
#define CLIENT_LOCK_MAX_SECONDS 3600

char *client_secret_new(arena *a);
/* The crypto_pwhash string of a secret (arena); NULL when hashing fails (out of memory). */
char *client_secret_hash(arena *a, const char *secret);
/* Whether secret matches the stored string; with stored NULL (unknown client) it does the
 * same work against a dummy and returns false. */
bool client_secret_verify(const char *secret, const char *stored);
/* How long a client is locked out after its n-th consecutive wrong secret (0 = not). */
int64_t client_lock_seconds(int failed_attempts);

#endif
