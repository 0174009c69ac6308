/* A small in-process cache of recently verified bearer tokens, so that a busy client does
 * not cost a database lookup per call. Entries are keyed by a hash of the token, expire
 * after a fixed time (a revoked token keeps working at most that long on each server) and
 * are shared by all worker threads. Only successful checks are cached, never beyond the
 * credential's own expiry, and only principals with a subject (a learner not yet known
 * to the platform is looked up again). */
#ifndef EDUBADGES_TOKEN_CACHE_H
#define EDUBADGES_TOKEN_CACHE_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "principal.h"

/* Sets the lifetime of entries; 0 turns the cache off. */
void token_cache_configure(int64_t ttl_us);
/* Fills *out (strings copied into a) when the token was verified less than the lifetime
 * ago. */
bool token_cache_get(const char *token, int64_t now_us, arena *a, principal *out);
void token_cache_put(const char *token, int64_t now_us, const principal *p);
/* Drops the token (revoked): immediate on this server, other servers follow within the
 * lifetime. */
void token_cache_forget(const char *token);

#endif
