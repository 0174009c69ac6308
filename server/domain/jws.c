/* Compact JWS: signing, decoding and verifying with RS256 and ES256. */
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include "jws_internal.h"

#define P256_SIG_BYTES 64
/* Longer compact serializations are refused before anything is decoded. */
#define JWS_MAX_LENGTH (4u << 20)

const char *jws_status_text(jws_status s)
{
    switch (s) {
    case JWS_OK: return "the signature is valid";
    case JWS_MALFORMED: return "not a well-formed compact JWS";
    case JWS_UNSUPPORTED_ALG: return "the algorithm is not RS256 or ES256";
    case JWS_UNKNOWN_KEY: return "no key is known for this signature";
    case JWS_KEY_MISMATCH: return "the key is for another algorithm";
    case JWS_BAD_SIGNATURE: return "the signature does not verify";
    }
    return "unknown status";
}

/* DER (what OpenSSL makes) to R || S (what JWS sends), and back. */
static bool der_to_raw(const unsigned char *der, size_t len, unsigned char raw[P256_SIG_BYTES])
{
    ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &der, (long)len);
    if (!sig)
        return false;
    const BIGNUM *r, *s;
    ECDSA_SIG_get0(sig, &r, &s);
    bool ok = BN_bn2binpad(r, raw, 32) == 32 && BN_bn2binpad(s, raw + 32, 32) == 32;
    ECDSA_SIG_free(sig);
    return ok;
}

static unsigned char *raw_to_der(const unsigned char raw[P256_SIG_BYTES], size_t *len)
{
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(raw, 32, NULL), *s = BN_bin2bn(raw + 32, 32, NULL);
    unsigned char *der = NULL;
    if (sig && r && s && ECDSA_SIG_set0(sig, r, s)) {
        r = s = NULL; /* owned by sig now */
        int n = i2d_ECDSA_SIG(sig, &der);
        *len = n > 0 ? (size_t)n : 0;
    }
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return der;
}

static char *signing_input(const json_t *header, const unsigned char *payload, size_t len)
{
    char *h = json_dumps(header, JSON_COMPACT);
    char *hb = h ? jws_b64url((const unsigned char *)h, strlen(h)) : NULL;
    char *pb = jws_b64url(payload, len);
    char *out = NULL;
    if (hb && pb && (out = malloc(strlen(hb) + strlen(pb) + 2)))
        sprintf(out, "%s.%s", hb, pb);
    free(h);
    free(hb);
    free(pb);
    return out;
}

char *jws_sign(const jws_key *key, const json_t *extra_header, const unsigned char *payload, size_t len)
{
    if (!key->has_private)
        return NULL;
    json_t *header = extra_header ? json_deep_copy(extra_header) : json_object();
    json_object_set_new(header, "alg", json_string(jws_alg_name(key->alg)));
    if (key->kid)
        json_object_set_new(header, "kid", json_string(key->kid));
    char *input = signing_input(header, payload, len);
    json_decref(header);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    unsigned char *sig = NULL;
    size_t sig_len = 0;
    char *out = NULL;
    if (!input || !md || EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, key->pkey) != 1 ||
        EVP_DigestSign(md, NULL, &sig_len, (const unsigned char *)input, strlen(input)) != 1 ||
        !(sig = malloc(sig_len)) ||
        EVP_DigestSign(md, sig, &sig_len, (const unsigned char *)input, strlen(input)) != 1)
        goto done;
    unsigned char raw[P256_SIG_BYTES];
    const unsigned char *to_send = sig;
    size_t send_len = sig_len;
    if (key->alg == JWS_ES256) {
        if (!der_to_raw(sig, sig_len, raw))
            goto done;
        to_send = raw;
        send_len = sizeof raw;
    }
    char *sb = jws_b64url(to_send, send_len);
    if (sb && (out = malloc(strlen(input) + strlen(sb) + 2)))
        sprintf(out, "%s.%s", input, sb);
    free(sb);
done:
    EVP_MD_CTX_free(md);
    free(sig);
    free(input);
    return out;
}

void jws_parts_clear(jws_parts *parts)
{
    json_decref(parts->header);
    free(parts->payload);
    memset(parts, 0, sizeof *parts);
}

/* Splits compact into its three parts: the offsets of the two dots. */
static bool split(const char *compact, size_t *dot1, size_t *dot2)
{
    size_t n = strnlen(compact, JWS_MAX_LENGTH + 1);
    const char *a = memchr(compact, '.', n);
    const char *b = a ? memchr(a + 1, '.', n - (size_t)(a + 1 - compact)) : NULL;
    if (n > JWS_MAX_LENGTH || !a || !b || memchr(b + 1, '.', n - (size_t)(b + 1 - compact)) || a == compact ||
        b[1] == '\0')
        return false;
    *dot1 = (size_t)(a - compact);
    *dot2 = (size_t)(b - compact);
    return true;
}

jws_status jws_decode(const char *compact, jws_parts *parts)
{
    memset(parts, 0, sizeof *parts);
    size_t d1, d2, hlen = 0;
    if (!compact || !split(compact, &d1, &d2))
        return JWS_MALFORMED;
    unsigned char *h = jws_b64url_decode(compact, d1, &hlen);
    json_t *header = h ? json_loadb((const char *)h, hlen, JSON_REJECT_DUPLICATES, NULL) : NULL;
    free(h);
    if (!json_is_object(header)) {
        json_decref(header);
        return JWS_MALFORMED;
    }
    parts->header = header;
    jws_status status = JWS_OK;
    if (!jws_alg_parse(json_string_value(json_object_get(header, "alg")), &parts->alg))
        status = JWS_UNSUPPORTED_ALG;
    else if (json_object_get(header, "crit")) /* no extension is understood here */
        status = JWS_MALFORMED;
    else if (!(parts->payload = jws_b64url_decode(compact + d1 + 1, d2 - d1 - 1, &parts->payload_len)))
        status = JWS_MALFORMED;
    if (status != JWS_OK)
        jws_parts_clear(parts);
    return status;
}

static bool signature_valid(const jws_key *key, const char *input, size_t input_len, const unsigned char *sig,
                            size_t sig_len)
{
    unsigned char *der = NULL;
    if (key->alg == JWS_ES256) {
        if (sig_len != P256_SIG_BYTES || !(der = raw_to_der(sig, &sig_len)))
            return false;
        sig = der;
    } else if (sig_len != (size_t)EVP_PKEY_get_size(key->pkey)) {
        return false;
    }
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool ok = md && EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, key->pkey) == 1 &&
              EVP_DigestVerify(md, sig, sig_len, (const unsigned char *)input, input_len) == 1;
    EVP_MD_CTX_free(md);
    OPENSSL_free(der);
    return ok;
}

jws_status jws_verify(const char *compact, jws_key_lookup lookup, void *lookup_ctx, jws_parts *parts)
{
    jws_status status = jws_decode(compact, parts);
    if (status != JWS_OK)
        return status;
    size_t d1, d2, sig_len = 0;
    split(compact, &d1, &d2);
    const jws_key *key = lookup(lookup_ctx, parts->header);
    unsigned char *sig = NULL;
    if (!key)
        status = JWS_UNKNOWN_KEY;
    else if (key->alg != parts->alg)
        status = JWS_KEY_MISMATCH;
    else if (!(sig = jws_b64url_decode(compact + d2 + 1, strlen(compact + d2 + 1), &sig_len)))
        status = JWS_MALFORMED;
    else if (!signature_valid(key, compact, d2, sig, sig_len))
        status = JWS_BAD_SIGNATURE;
    free(sig);
    if (status != JWS_OK)
        jws_parts_clear(parts);
    return status;
}
