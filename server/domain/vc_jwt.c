/* VC-JWT signing and the Open Badges 3.0 header and claim rules. */
#include "vc_jwt.h"

#include <stdlib.h>
#include <string.h>

#include "datetime.h"

static const char *const CLAIMS[] = {"iss", "jti", "nbf", "exp", "sub", "iat", "aud", NULL};

static const char *str(const json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

static const char *issuer_of(const json_t *c)
{
    const json_t *is = json_object_get(c, "issuer");
    return json_is_string(is) ? json_string_value(is) : str(is, "id");
}

/* Seconds since the epoch of a date-time member; false when absent or bad. */
static bool seconds_of(const json_t *c, const char *key, json_int_t *out)
{
    int64_t us;
    if (!str(c, key) || !datetime_parse(str(c, key), &us))
        return false;
    *out = (json_int_t)(us / 1000000);
    return true;
}

char *vc_jwt_sign(const json_t *credential, const jws_key *key)
{
    json_int_t nbf, exp;
    if (!seconds_of(credential, "validFrom", &nbf) || !issuer_of(credential))
        return NULL;
    json_t *payload = json_deep_copy(credential);
    json_object_set_new(payload, "iss", json_string(issuer_of(credential)));
    if (str(credential, "id"))
        json_object_set_new(payload, "jti", json_string(str(credential, "id")));
    json_object_set_new(payload, "nbf", json_integer(nbf));
    if (seconds_of(credential, "validUntil", &exp))
        json_object_set_new(payload, "exp", json_integer(exp));
    const char *sub = str(json_object_get(credential, "credentialSubject"), "id");
    if (sub)
        json_object_set_new(payload, "sub", json_string(sub));
    char *text = json_dumps(payload, JSON_COMPACT);
    json_t *header = json_pack("{s:s}", "typ", "JWT");
    char *jws = text ? jws_sign(key, header, (const unsigned char *)text, strlen(text)) : NULL;
    free(text);
    json_decref(header);
    json_decref(payload);
    return jws;
}

json_t *vc_jwt_credential(const json_t *payload)
{
    const json_t *vc = json_object_get(payload, "vc");
    if (json_is_object(vc))
        return json_incref((json_t *)vc);
    json_t *c = json_deep_copy(payload);
    for (const char *const *k = CLAIMS; *k; k++)
        json_object_del(c, *k);
    return c;
}

const char *vc_jwt_claims_mismatch(arena *a, const json_t *payload, const json_t *credential)
{
    const char *iss = str(payload, "iss"), *issuer = issuer_of(credential);
    if (!iss || !issuer || strcmp(iss, issuer) != 0)
        return arena_sprintf(a, "iss %s is not the issuer %s", iss ? iss : "(none)", issuer ? issuer : "(none)");
    const char *jti = str(payload, "jti"), *id = str(credential, "id");
    if (id && (!jti || strcmp(jti, id) != 0))
        return arena_sprintf(a, "jti %s is not the credential id %s", jti ? jti : "(none)", id);
    json_int_t want;
    const char *from = json_object_get(credential, "validFrom") ? "validFrom" : "issuanceDate";
    if (!seconds_of(credential, from, &want) || !json_is_integer(json_object_get(payload, "nbf")) ||
        json_integer_value(json_object_get(payload, "nbf")) != want)
        return arena_sprintf(a, "nbf is not %s", from);
    const char *until = json_object_get(credential, "validUntil") ? "validUntil" : "expirationDate";
    bool has_until = json_object_get(credential, until) != NULL;
    if (has_until && (!seconds_of(credential, until, &want) || !json_is_integer(json_object_get(payload, "exp")) ||
                      json_integer_value(json_object_get(payload, "exp")) != want))
        return arena_sprintf(a, "exp is not %s", until);
    if (!has_until && json_object_get(payload, "exp")) /* it would end a credential that says it does not end */
        return "exp without validUntil in the credential";
    const char *sub = str(payload, "sub"), *subject = str(json_object_get(credential, "credentialSubject"), "id");
    if (subject && (!sub || strcmp(sub, subject) != 0))
        return arena_sprintf(a, "sub %s is not credentialSubject.id %s", sub ? sub : "(none)", subject);
    return NULL;
}

const char *vc_jwt_header_problem(arena *a, const json_t *header)
{
    const char *key;
    const json_t *value;
    json_object_foreach((json_t *)header, key, value) {
        if (strcmp(key, "alg") && strcmp(key, "kid") && strcmp(key, "jwk") && strcmp(key, "typ"))
            return arena_sprintf(a, "the JOSE header has \"%s\": only alg, kid or jwk, and typ are allowed", key);
    }
    if (json_object_get(header, "typ") && (!str(header, "typ") || strcmp(str(header, "typ"), "JWT") != 0))
        return "the JOSE header's typ must be \"JWT\"";
    if (!json_object_get(header, "kid") && !json_object_get(header, "jwk"))
        return "the JOSE header names no key (kid or jwk)";
    if (json_object_get(json_object_get(header, "jwk"), "d"))
        return "the JOSE header's jwk holds a private key";
    return NULL;
}

bool vc_jwk_same_key(const json_t *x, const json_t *y)
{
    static const char *const members[] = {"kty", "crv", "x", "y", "n", "e"};
    if (!json_is_object(x) || !json_is_object(y))
        return false;
    for (size_t i = 0; i < sizeof members / sizeof *members; i++) {
        const json_t *a = json_object_get(x, members[i]), *b = json_object_get(y, members[i]);
        if ((a || b) && !json_equal(a, b))
            return false;
    }
    return true;
}
