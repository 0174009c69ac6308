/* The test OpenID Connect issuer. */
#include "test_issuer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "jws.h"

static bool write_text(const char *dir, const char *name, const char *text, char *err, size_t errlen)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    bool ok = f && fputs(text, f) >= 0;
    if (f && fclose(f) != 0)
        ok = false;
    if (!ok)
        snprintf(err, errlen, "cannot write %s", path);
    return ok;
}

static char *read_text(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = calloc(1, 65536);
    size_t n = buf ? fread(buf, 1, 65535, f) : 0;
    fclose(f);
    if (buf && n == 0) {
        free(buf);
        buf = NULL;
    }
    return buf;
}

bool test_issuer_init(const char *dir, char *err, size_t errlen)
{
    jws_key *staff = jws_key_generate(JWS_RS256, "staff-rsa-1"), *learner = jws_key_generate(JWS_ES256, "eduid-ec-1");
    char *staff_pem = staff ? jws_key_private_pem(staff) : NULL;
    char *learner_pem = learner ? jws_key_private_pem(learner) : NULL;
    bool ok = staff_pem && learner_pem;
    if (!ok)
        snprintf(err, errlen, "key generation failed");
    json_t *staff_jwks = json_pack("{s:[o?]}", "keys", staff ? jws_key_public_jwk(staff) : NULL);
    json_t *learner_jwks = json_pack("{s:[o?]}", "keys", learner ? jws_key_public_jwk(learner) : NULL);
    json_t *issuers = json_pack(
        "{s:[{s:s, s:s, s:s, s:s, s:[s]}, {s:s, s:s, s:s, s:s}]}", "issuers", "issuer", TEST_STAFF_ISSUER, "audience",
        TEST_AUDIENCE, "jwks_file", "staff-jwks.json", "principal", "staff", "mfa_acr_values", TEST_MFA_ACR, "issuer",
        TEST_LEARNER_ISSUER, "audience", TEST_AUDIENCE, "jwks_file", "learner-jwks.json", "principal", "learner");
    char *staff_text = staff_jwks ? json_dumps(staff_jwks, JSON_INDENT(2)) : NULL;
    char *learner_text = learner_jwks ? json_dumps(learner_jwks, JSON_INDENT(2)) : NULL;
    char *issuers_text = issuers ? json_dumps(issuers, JSON_INDENT(2)) : NULL;
    ok = ok && staff_text && learner_text && issuers_text && write_text(dir, "staff.pem", staff_pem, err, errlen) &&
         write_text(dir, "learner.pem", learner_pem, err, errlen) &&
         write_text(dir, "staff-jwks.json", staff_text, err, errlen) &&
         write_text(dir, "learner-jwks.json", learner_text, err, errlen) &&
         write_text(dir, "issuers.json", issuers_text, err, errlen);
    free(staff_text);
    free(learner_text);
    free(issuers_text);
    json_decref(staff_jwks);
    json_decref(learner_jwks);
    json_decref(issuers);
    jws_wipe_free(staff_pem);
    jws_wipe_free(learner_pem);
    jws_key_free(staff);
    jws_key_free(learner);
    return ok;
}

const char *test_issuer_config(const char *dir)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/issuers.json", dir);
    return path;
}

char *test_issuer_token(const char *dir, const char *which, const json_t *claims, char *err, size_t errlen)
{
    bool staff = strcmp(which, "staff") == 0;
    char *pem = read_text(dir, staff ? "staff.pem" : "learner.pem");
    jws_key *key = pem ? jws_key_from_private_pem(pem, strlen(pem), staff ? "staff-rsa-1" : "eduid-ec-1") : NULL;
    jws_wipe_free(pem);
    if (!key) {
        snprintf(err, errlen, "no %s key in %s (run init first)", which, dir);
        return NULL;
    }
    json_t *payload = json_deep_copy(claims);
    json_int_t now = (json_int_t)time(NULL);
    if (!json_object_get(payload, "iss"))
        json_object_set_new(payload, "iss", json_string(staff ? TEST_STAFF_ISSUER : TEST_LEARNER_ISSUER));
    if (!json_object_get(payload, "aud"))
        json_object_set_new(payload, "aud", json_string(TEST_AUDIENCE));
    if (!json_object_get(payload, "iat"))
        json_object_set_new(payload, "iat", json_integer(now));
    if (!json_object_get(payload, "exp"))
        json_object_set_new(payload, "exp", json_integer(now + 3600));
    char *text = json_dumps(payload, JSON_COMPACT);
    json_t *typ = json_pack("{s:s}", "typ", "JWT");
    char *token = text ? jws_sign(key, typ, (const unsigned char *)text, strlen(text)) : NULL;
    if (!token)
        snprintf(err, errlen, "signing failed");
    free(text);
    json_decref(typ);
    json_decref(payload);
    jws_key_free(key);
    return token;
}
