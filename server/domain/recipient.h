/* PLACEHOLDER until the unicode branch lands. */
#ifndef EDUBADGES_RECIPIENT_H
#define EDUBADGES_RECIPIENT_H
#include <stdbool.h>
#include "arena.h"
char *recipient_normalize(arena *a, const char *identifier);
char *recipient_identity_hash(arena *a, const char *normalized, const char *salt);
char *recipient_new_salt(arena *a);
bool recipient_identity_matches(const char *identity, const char *normalized, const char *salt);
#endif
