/* Recipient identifiers of Open Badges: the normal form that is hashed, the salted
 * "sha256$" identity of an IdentityObject, fresh salts, and matching an identity. */
#ifndef EDUBADGES_RECIPIENT_H
#define EDUBADGES_RECIPIENT_H

#include <stdbool.h>

#include "arena.h"

#define RECIPIENT_SALT_LENGTH 32     /* hex characters: 16 random bytes */
#define RECIPIENT_IDENTITY_LENGTH 71 /* "sha256$" and 64 hex characters */

/* The form of an identifier (e-mail address, eppn or eduID pseudonym alike) that is
 * hashed and compared, in this order:
 *   1. trim Unicode White_Space (ASCII space, tab, CR, LF, VT, FF, and NBSP, U+3000, ...)
 *      at both ends; white space inside is kept;
 *   2. Unicode NFC, so that canonically equivalent spellings ("rene" U+0301 and "ren"
 *      U+00E9) become one;
 *   3. full case folding (unicode_casefold), so that case never matters: e-mail local
 *      parts are case-sensitive in RFC 5321 but no provider treats them so, and eppns and
 *      pseudonyms are compared without case by the identity providers;
 *   4. NFC again, because folding can undo composition (U+01F0 folds to "j" and a
 *      combining caron); so the result is NFC and normalising it again changes nothing.
 * Hashes depend on this exact order, so it must never change for issued identities.
 * NULL or invalid UTF-8 gives NULL. */
char *recipient_normalize(arena *a, const char *identifier);

/* "sha256$" + lowercase hex of SHA-256(normalized || salt), the Open Badges hashed
 * identity. A NULL salt means unsalted (as ""). NULL normalized gives NULL. */
char *recipient_identity_hash(arena *a, const char *normalized, const char *salt);

/* RECIPIENT_SALT_LENGTH lowercase hex characters of fresh random bytes. */
char *recipient_new_salt(arena *a);

/* Whether identity is the sha256 identity of normalized and salt, in constant time for
 * identities of the right length. Hex digits may be upper or lower case (as the Open
 * Badges validator accepts); md5 identities never match. NULL arguments never match. */
bool recipient_identity_matches(const char *identity, const char *normalized, const char *salt);

#endif
