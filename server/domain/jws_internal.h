/* What the two JWS files share: the key structure and base64url helpers. */
#ifndef EDUBADGES_JWS_INTERNAL_H
#define EDUBADGES_JWS_INTERNAL_H

#include <openssl/evp.h>

#include "jws.h"

struct jws_key {
    EVP_PKEY *pkey;
    jws_alg alg;
    char *kid;
    bool has_private;
};

/* base64url without padding; malloc'd, NULL on out-of-memory. */
char *jws_b64url(const unsigned char *bin, size_t len);
/* Strict base64url (no padding, no other characters); malloc'd with a NUL after the
 * bytes, NULL when the text is not base64url. */
unsigned char *jws_b64url_decode(const char *text, size_t text_len, size_t *len);

#endif
