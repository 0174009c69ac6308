/* Where the public documents of Open Badges 3.0 credentials live under the public base URL
 * (e.g. https://badges.example.nl), and the way back from such a URL to what it names:
 *   {base}/ob3/issuers/{issuer}            the issuer id: a controller document listing the
 *                                          issuer's verification methods
 *   {base}/ob3/issuers/{issuer}/jwks.json  the issuer's JWT keys (a JWK Set)
 *   {base}/ob3/keys/{key}                  one key: a Multikey document or a public JWK
 *   {base}/ob3/status-lists/{list}         a signed BitstringStatusListCredential
 *   {base}/ob3/achievements/{badge class}  the Achievement id
 *   {base}/.well-known/jwks.json           every issuer's JWT keys */
#ifndef EDUBADGES_OB3_URLS_H
#define EDUBADGES_OB3_URLS_H

#include <stdint.h>

#include "arena.h"

typedef enum {
    OB3_URL_NONE = 0, /* not one of ours */
    OB3_URL_ISSUER,
    OB3_URL_ISSUER_JWKS,
    OB3_URL_KEY,
    OB3_URL_STATUS_LIST,
    OB3_URL_ACHIEVEMENT,
    OB3_URL_JWKS,
} ob3_url_kind;

/* A parsed URL of ours: the public id it names. */
typedef struct ob3_url {
    ob3_url_kind kind;
    char *id;
} ob3_url;

char *ob3_issuer_url(arena *a, const char *base, const char *issuer_id);
char *ob3_issuer_jwks_url(arena *a, const char *base, const char *issuer_id);
char *ob3_key_url(arena *a, const char *base, const char *key_id);
char *ob3_status_list_url(arena *a, const char *base, const char *list_id);
char *ob3_achievement_url(arena *a, const char *base, const char *badge_class_id);
char *ob3_jwks_url(arena *a, const char *base);

/* What url names when it lies under base (a fragment is ignored); kind OB3_URL_NONE
 * otherwise. The path relative to base is also what the public HTTP side routes. When
 * base has a path, "{scheme}://{authority}/.well-known/jwks.json" (where verifiers look for
 * an issuer's JWT keys) is OB3_URL_JWKS too: serve it there from the proxy. */
ob3_url ob3_url_parse(arena *a, const char *base, const char *url);
ob3_url ob3_path_parse(arena *a, const char *path);

/* "urn:uuid:…" of a public id (16 random bytes), with the version 4 and variant bits set:
 * the credential id of an assertion, the same every time it is issued. Every path has one
 * id segment, so that the public HTTP side routes it with one pattern. */
char *ob3_urn_uuid(arena *a, const char *public_id);

#endif
