/* JSON Web Signatures (RFC 7515, compact serialization) and JSON Web Keys (RFC 7517) for
 * the two algorithms the standards we follow require: RS256 (RSASSA-PKCS1-v1_5 with
 * SHA-256, keys of at least 2048 bits) and ES256 (ECDSA on P-256 with SHA-256, the
 * signature as R || S). Used for VC-JWT credentials and for verifying OpenID Connect
 * tokens. "none", HMAC and every other algorithm are refused. OpenSSL libcrypto does
 * the arithmetic; strings returned are malloc'd (free them), keys are opaque. */
#ifndef EDUBADGES_JWS_H
#define EDUBADGES_JWS_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

typedef enum {
    JWS_RS256,
    JWS_ES256,
} jws_alg;

/* "RS256" or "ES256". */
const char *jws_alg_name(jws_alg alg);
/* false for any other name, "none" included. */
bool jws_alg_parse(const char *name, jws_alg *alg);

/* A public key, or a key pair, with its algorithm and key id. */
typedef struct jws_key jws_key;

/* A new key pair (RSA 2048 bits for RS256, P-256 for ES256); NULL only when OpenSSL fails. */
jws_key *jws_key_generate(jws_alg alg, const char *kid);
/* A key pair from a PEM private key (PKCS#8 or traditional); the algorithm follows the
 * key: RSA of at least 2048 bits → RS256, P-256 → ES256. NULL for anything else. */
jws_key *jws_key_from_private_pem(const char *pem, size_t len, const char *kid);
/* The private key as PKCS#8 PEM (NUL-terminated); wipe it after use
 * (jws_wipe_free). NULL for a public key. */
char *jws_key_private_pem(const jws_key *key);
/* A public key from a JWK object: kty RSA (n, e) or EC on P-256 (x, y); "alg", when
 * present, must match; "use", when present, must be "sig". NULL with *why set when it is
 * not a usable signing key. The key id is the JWK's "kid" (may be absent). */
jws_key *jws_key_from_jwk(const json_t *jwk, const char **why);
/* The public JWK: kty, the key members, kid (when set), alg and use "sig". */
json_t *jws_key_public_jwk(const jws_key *key);
jws_alg jws_key_alg(const jws_key *key);
const char *jws_key_kid(const jws_key *key); /* NULL when it has none */
bool jws_key_has_private(const jws_key *key);
void jws_key_free(jws_key *key);

/* A JWK Set ({"keys": [...]}) of public keys. Keys of other types (OKP, oct) or other
 * uses are skipped; a usable key with bad members, a key without "kid" when the set
 * holds more than one key, or a repeated kid make the whole set invalid. */
typedef struct jws_key_set jws_key_set;
jws_key_set *jws_key_set_parse(const json_t *jwks, const char **why);
/* The key with this kid; with kid NULL only when the set holds exactly one key. */
const jws_key *jws_key_set_find(const jws_key_set *set, const char *kid);
size_t jws_key_set_size(const jws_key_set *set);
void jws_key_set_free(jws_key_set *set);

/* Signs payload (any bytes) and returns the compact JWS. The protected header is
 * extra_header's members (may be NULL; e.g. "typ") plus "alg" and, when the key has one,
 * "kid", which always win. NULL when the key has no private part. */
char *jws_sign(const jws_key *key, const json_t *extra_header, const unsigned char *payload, size_t len);

typedef enum {
    JWS_OK = 0,
    JWS_MALFORMED,       /* not three base64url parts, header not a JSON object, ... */
    JWS_UNSUPPORTED_ALG, /* "none", HS256, a missing alg, anything but RS256/ES256 */
    JWS_UNKNOWN_KEY,     /* the lookup found no key */
    JWS_KEY_MISMATCH,    /* the key found is of another algorithm */
    JWS_BAD_SIGNATURE,
} jws_status;

/* A short English text for a status. */
const char *jws_status_text(jws_status s);

/* A JWS taken apart without checking its signature. */
typedef struct jws_parts {
    json_t *header;         /* the protected header */
    unsigned char *payload; /* decoded, NUL-terminated for convenience */
    size_t payload_len;
    jws_alg alg;
} jws_parts;

/* Splits and decodes a compact JWS; on JWS_OK fill parts (release with
 * jws_parts_clear). Checks the form and the algorithm, not the signature. */
jws_status jws_decode(const char *compact, jws_parts *parts);
void jws_parts_clear(jws_parts *parts);

/* Finds the key for a decoded header (kid, alg, ...); NULL when there is none. */
typedef const jws_key *(*jws_key_lookup)(void *ctx, const json_t *header);

/* Decodes and verifies a compact JWS. On JWS_OK parts holds the verified header and
 * payload (release with jws_parts_clear); otherwise parts is left empty. */
jws_status jws_verify(const char *compact, jws_key_lookup lookup, void *lookup_ctx, jws_parts *parts);

/* Zeroes and frees a secret string (NULL allowed). */
void jws_wipe_free(char *secret);

#endif
