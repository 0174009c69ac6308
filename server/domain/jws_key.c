/* JSON Web Keys for RS256 and ES256: generation, PEM import and export, public JWK
 * import and export, and JWK Sets looked up by kid. */
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <sodium.h>

#include "jws_internal.h"

#define RSA_MIN_BITS 2048
#define RSA_NEW_BITS 2048
#define P256_COORD_BYTES 32

const char *jws_alg_name(jws_alg alg) { return alg == JWS_RS256 ? "RS256" : "ES256"; }

bool jws_alg_parse(const char *name, jws_alg *alg)
{
    if (name && strcmp(name, "RS256") == 0)
        *alg = JWS_RS256;
    else if (name && strcmp(name, "ES256") == 0)
        *alg = JWS_ES256;
    else
        return false;
    return true;
}

char *jws_b64url(const unsigned char *bin, size_t len)
{
    size_t n = sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    char *out = malloc(n);
    if (out)
        sodium_bin2base64(out, n, bin, len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

unsigned char *jws_b64url_decode(const char *text, size_t text_len, size_t *len)
{
    unsigned char *out = malloc(text_len * 3 / 4 + 2);
    const char *end = NULL;
    if (!out)
        return NULL;
    if (sodium_base642bin(out, text_len * 3 / 4 + 1, text, text_len, NULL, len, &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != text + text_len) {
        free(out);
        return NULL;
    }
    out[*len] = '\0';
    return out;
}

/* Takes ownership of pkey; NULL (and pkey freed) when it is no RS256/ES256 key. */
static jws_key *wrap(EVP_PKEY *pkey, const char *kid, bool has_private)
{
    if (!pkey)
        return NULL;
    jws_key *k = calloc(1, sizeof *k);
    if (!k) {
        EVP_PKEY_free(pkey);
        return NULL;
    }
    char group[32] = "";
    size_t glen = 0;
    if (EVP_PKEY_is_a(pkey, "RSA") && EVP_PKEY_get_bits(pkey) >= RSA_MIN_BITS) {
        k->alg = JWS_RS256;
    } else if (EVP_PKEY_is_a(pkey, "EC") &&
               EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &glen) &&
               (strcmp(group, "prime256v1") == 0 || strcmp(group, "P-256") == 0)) {
        k->alg = JWS_ES256;
    } else {
        EVP_PKEY_free(pkey);
        free(k);
        return NULL;
    }
    k->pkey = pkey;
    k->kid = kid ? strdup(kid) : NULL;
    k->has_private = has_private;
    return k;
}

jws_key *jws_key_generate(jws_alg alg, const char *kid)
{
    EVP_PKEY *pkey = alg == JWS_RS256 ? EVP_RSA_gen(RSA_NEW_BITS) : EVP_EC_gen("P-256");
    return wrap(pkey, kid, true);
}

jws_key *jws_key_from_private_pem(const char *pem, size_t len, const char *kid)
{
    BIO *bio = BIO_new_mem_buf(pem, (int)len);
    if (!bio)
        return NULL;
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
    BIO_free(bio);
    return wrap(pkey, kid, true);
}

char *jws_key_private_pem(const jws_key *key)
{
    if (!key->has_private)
        return NULL;
    BIO *bio = BIO_new(BIO_s_secmem());
    char *out = NULL;
    if (bio && PEM_write_bio_PKCS8PrivateKey(bio, key->pkey, NULL, NULL, 0, NULL, NULL)) {
        char *data;
        long n = BIO_get_mem_data(bio, &data);
        out = malloc((size_t)n + 1);
        if (out) {
            memcpy(out, data, (size_t)n);
            out[n] = '\0';
        }
    }
    BIO_free(bio);
    return out;
}

void jws_wipe_free(char *secret)
{
    if (!secret)
        return;
    sodium_memzero(secret, strlen(secret));
    free(secret);
}

/* ---- public JWKs ---- */

static char *bn_b64url(const BIGNUM *bn, int width)
{
    int n = width ? width : BN_num_bytes(bn);
    unsigned char *buf = malloc((size_t)n + 1);
    char *out = NULL;
    if (buf && BN_bn2binpad(bn, buf, n) == n)
        out = jws_b64url(buf, (size_t)n);
    free(buf);
    return out;
}

static bool set_b64_param(json_t *jwk, const char *member, const EVP_PKEY *pkey, const char *param, int width)
{
    BIGNUM *bn = NULL;
    if (!EVP_PKEY_get_bn_param(pkey, param, &bn))
        return false;
    char *text = bn_b64url(bn, width);
    BN_free(bn);
    if (!text)
        return false;
    json_object_set_new(jwk, member, json_string(text));
    free(text);
    return true;
}

json_t *jws_key_public_jwk(const jws_key *key)
{
    json_t *jwk = json_object();
    bool ok;
    if (key->alg == JWS_RS256) {
        json_object_set_new(jwk, "kty", json_string("RSA"));
        ok = set_b64_param(jwk, "n", key->pkey, OSSL_PKEY_PARAM_RSA_N, 0) &&
             set_b64_param(jwk, "e", key->pkey, OSSL_PKEY_PARAM_RSA_E, 0);
    } else {
        json_object_set_new(jwk, "kty", json_string("EC"));
        json_object_set_new(jwk, "crv", json_string("P-256"));
        ok = set_b64_param(jwk, "x", key->pkey, OSSL_PKEY_PARAM_EC_PUB_X, P256_COORD_BYTES) &&
             set_b64_param(jwk, "y", key->pkey, OSSL_PKEY_PARAM_EC_PUB_Y, P256_COORD_BYTES);
    }
    if (!ok) {
        json_decref(jwk);
        return NULL;
    }
    if (key->kid)
        json_object_set_new(jwk, "kid", json_string(key->kid));
    json_object_set_new(jwk, "alg", json_string(jws_alg_name(key->alg)));
    json_object_set_new(jwk, "use", json_string("sig"));
    return jwk;
}

/* The decoded bytes of a base64url member; NULL when absent or not base64url. */
static unsigned char *member_bytes(const json_t *jwk, const char *name, size_t *len)
{
    const char *text = json_string_value(json_object_get(jwk, name));
    return text && *text ? jws_b64url_decode(text, strlen(text), len) : NULL;
}

static EVP_PKEY *from_params(const char *type, OSSL_PARAM_BLD *bld)
{
    OSSL_PARAM *params = bld ? OSSL_PARAM_BLD_to_param(bld) : NULL;
    EVP_PKEY_CTX *ctx = params ? EVP_PKEY_CTX_new_from_name(NULL, type, NULL) : NULL;
    EVP_PKEY *pkey = NULL;
    if (ctx && EVP_PKEY_fromdata_init(ctx) > 0)
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    return pkey;
}

static EVP_PKEY *rsa_from_jwk(const json_t *jwk, const char **why)
{
    size_t nlen = 0, elen = 0;
    unsigned char *n = member_bytes(jwk, "n", &nlen), *e = member_bytes(jwk, "e", &elen);
    EVP_PKEY *pkey = NULL;
    if (!n || !e) {
        *why = "an RSA key needs base64url members n and e";
    } else {
        BIGNUM *bn_n = BN_bin2bn(n, (int)nlen, NULL), *bn_e = BN_bin2bn(e, (int)elen, NULL);
        OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
        if (bld && bn_n && bn_e && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn_n) &&
            OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bn_e))
            pkey = from_params("RSA", bld);
        else
            OSSL_PARAM_BLD_free(bld);
        BN_free(bn_n);
        BN_free(bn_e);
        if (!pkey)
            *why = "the RSA key members are not a valid public key";
    }
    free(n);
    free(e);
    return pkey;
}

static EVP_PKEY *ec_from_jwk(const json_t *jwk, const char **why)
{
    const char *crv = json_string_value(json_object_get(jwk, "crv"));
    if (!crv || strcmp(crv, "P-256") != 0) {
        *why = "an EC key must be on the curve P-256";
        return NULL;
    }
    size_t xlen = 0, ylen = 0;
    unsigned char *x = member_bytes(jwk, "x", &xlen), *y = member_bytes(jwk, "y", &ylen);
    EVP_PKEY *pkey = NULL;
    if (!x || !y || xlen != P256_COORD_BYTES || ylen != P256_COORD_BYTES) {
        *why = "an EC key needs 32-byte base64url members x and y";
    } else {
        unsigned char point[1 + 2 * P256_COORD_BYTES] = {0x04};
        memcpy(point + 1, x, P256_COORD_BYTES);
        memcpy(point + 1 + P256_COORD_BYTES, y, P256_COORD_BYTES);
        OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
        if (bld && OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) &&
            OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point))
            pkey = from_params("EC", bld); /* refuses a point that is not on the curve */
        else
            OSSL_PARAM_BLD_free(bld);
        if (!pkey)
            *why = "the EC key members are not a point on P-256";
    }
    free(x);
    free(y);
    return pkey;
}

jws_key *jws_key_from_jwk(const json_t *jwk, const char **why)
{
    static const char *ignored;
    if (!why)
        why = &ignored;
    if (!json_is_object(jwk)) {
        *why = "a JWK must be a JSON object";
        return NULL;
    }
    const char *kty = json_string_value(json_object_get(jwk, "kty"));
    const char *use = json_string_value(json_object_get(jwk, "use"));
    const json_t *alg_member = json_object_get(jwk, "alg");
    const json_t *kid_member = json_object_get(jwk, "kid");
    if (use && strcmp(use, "sig") != 0) {
        *why = "the key is not for signatures (use)";
        return NULL;
    }
    if (kid_member && (!json_is_string(kid_member) || !*json_string_value(kid_member))) {
        *why = "kid must be a non-empty string";
        return NULL;
    }
    EVP_PKEY *pkey;
    if (kty && strcmp(kty, "RSA") == 0)
        pkey = rsa_from_jwk(jwk, why);
    else if (kty && strcmp(kty, "EC") == 0)
        pkey = ec_from_jwk(jwk, why);
    else {
        *why = "only RSA and EC (P-256) keys are supported (kty)";
        return NULL;
    }
    jws_key *key = wrap(pkey, json_string_value(kid_member), false);
    if (!key) {
        if (pkey)
            *why = "RSA keys must have at least 2048 bits";
        return NULL;
    }
    jws_alg alg;
    if (alg_member && (!jws_alg_parse(json_string_value(alg_member), &alg) || alg != key->alg)) {
        *why = "alg does not match the key (only RS256 for RSA and ES256 for P-256)";
        jws_key_free(key);
        return NULL;
    }
    return key;
}

jws_alg jws_key_alg(const jws_key *key) { return key->alg; }
const char *jws_key_kid(const jws_key *key) { return key->kid; }
bool jws_key_has_private(const jws_key *key) { return key->has_private; }

void jws_key_free(jws_key *key)
{
    if (!key)
        return;
    EVP_PKEY_free(key->pkey);
    free(key->kid);
    free(key);
}

/* ---- JWK Sets ---- */

struct jws_key_set {
    jws_key **keys;
    size_t n;
};

static bool usable_type(const json_t *jwk)
{
    const char *kty = json_string_value(json_object_get(jwk, "kty"));
    const char *use = json_string_value(json_object_get(jwk, "use"));
    return kty && (strcmp(kty, "RSA") == 0 || strcmp(kty, "EC") == 0) && (!use || strcmp(use, "sig") == 0);
}

jws_key_set *jws_key_set_parse(const json_t *jwks, const char **why)
{
    const json_t *keys = json_object_get(jwks, "keys");
    if (!json_is_array(keys)) {
        *why = "a JWK Set is an object with an array \"keys\"";
        return NULL;
    }
    jws_key_set *set = calloc(1, sizeof *set);
    set->keys = calloc(json_array_size(keys) + 1, sizeof *set->keys);
    size_t i;
    const json_t *jwk;
    json_array_foreach(keys, i, jwk) {
        if (!json_is_object(jwk) || !usable_type(jwk))
            continue;
        jws_key *k = jws_key_from_jwk(jwk, why);
        if (!k)
            goto bad;
        set->keys[set->n++] = k;
        for (size_t j = 0; j + 1 < set->n; j++) {
            if (k->kid && set->keys[j]->kid && strcmp(k->kid, set->keys[j]->kid) == 0) {
                *why = "two keys have the same kid";
                goto bad;
            }
        }
    }
    for (i = 0; set->n > 1 && i < set->n; i++) {
        if (!set->keys[i]->kid) {
            *why = "every key of a set with several keys needs a kid";
            goto bad;
        }
    }
    return set;
bad:
    jws_key_set_free(set);
    return NULL;
}

const jws_key *jws_key_set_find(const jws_key_set *set, const char *kid)
{
    if (!kid)
        return set->n == 1 ? set->keys[0] : NULL;
    for (size_t i = 0; i < set->n; i++)
        if (set->keys[i]->kid && strcmp(set->keys[i]->kid, kid) == 0)
            return set->keys[i];
    return NULL;
}

size_t jws_key_set_size(const jws_key_set *set) { return set->n; }

void jws_key_set_free(jws_key_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        jws_key_free(set->keys[i]);
    free(set->keys);
    free(set);
}
