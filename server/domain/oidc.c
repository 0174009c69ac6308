/* OpenID Connect issuers and ID token verification. */
#include "oidc.h"

#include <ctype.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jws.h"

typedef struct oidc_issuer {
    char *issuer, *audience;
    oidc_kind kind;
    char **mfa_acr;
    size_t n_mfa_acr;
    jws_key_set *keys;
} oidc_issuer;

struct oidc_config {
    oidc_issuer *issuers;
    size_t n;
};

void oidc_config_free(oidc_config *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->issuers[i].issuer);
        free(c->issuers[i].audience);
        for (size_t k = 0; k < c->issuers[i].n_mfa_acr; k++)
            free(c->issuers[i].mfa_acr[k]);
        free(c->issuers[i].mfa_acr);
        jws_key_set_free(c->issuers[i].keys);
    }
    free(c->issuers);
    free(c);
}

size_t oidc_config_issuers(const oidc_config *c) { return c ? c->n : 0; }

static char *dup_string(const json_t *obj, const char *key)
{
    const json_t *v = json_object_get(obj, key);
    return json_is_string(v) && json_string_length(v) > 0 ? strdup(json_string_value(v)) : NULL;
}

/* The JWKS file, relative to the directory of the issuer file. */
static jws_key_set *load_keys(const char *config_path, const char *jwks, char *err, size_t errlen)
{
    char path[4096];
    if (jwks[0] == '/') {
        snprintf(path, sizeof path, "%s", jwks);
    } else {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", config_path);
        snprintf(path, sizeof path, "%s/%s", dirname(dir), jwks);
    }
    json_error_t jerr;
    json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!doc) {
        snprintf(err, errlen, "JWKS file %s: %s", path, jerr.text);
        return NULL;
    }
    const char *why = NULL;
    jws_key_set *set = jws_key_set_parse(doc, &why);
    json_decref(doc);
    if (!set)
        snprintf(err, errlen, "JWKS file %s: %s", path, why ? why : "not a key set");
    else if (jws_key_set_size(set) == 0) {
        snprintf(err, errlen, "JWKS file %s holds no RS256 or ES256 signing key", path);
        jws_key_set_free(set);
        set = NULL;
    }
    return set;
}

static bool load_issuer(const char *path, const json_t *o, size_t index, oidc_issuer *is, char *err,
                        size_t errlen)
{
    is->issuer = dup_string(o, "issuer");
    is->audience = dup_string(o, "audience");
    const char *kind = json_string_value(json_object_get(o, "principal"));
    is->kind = kind && strcmp(kind, "staff") == 0 ? OIDC_STAFF : kind && strcmp(kind, "learner") == 0 ? OIDC_LEARNER : 0;
    const char *jwks = json_string_value(json_object_get(o, "jwks_file"));
    if (!is->issuer || !is->audience || !is->kind || !jwks) {
        snprintf(err, errlen, "issuers[%zu] needs issuer, audience, jwks_file and principal (staff or learner)",
                 index);
        return false;
    }
    const json_t *acr = json_object_get(o, "mfa_acr_values");
    if (acr && !json_is_array(acr)) {
        snprintf(err, errlen, "issuers[%zu].mfa_acr_values must be an array of strings", index);
        return false;
    }
    is->mfa_acr = calloc(json_array_size(acr) + 1, sizeof *is->mfa_acr);
    if (!is->mfa_acr)
        abort();
    for (size_t k = 0; k < json_array_size(acr); k++) {
        const json_t *v = json_array_get(acr, k);
        if (!json_is_string(v)) {
            snprintf(err, errlen, "issuers[%zu].mfa_acr_values must be an array of strings", index);
            return false;
        }
        is->mfa_acr[is->n_mfa_acr++] = strdup(json_string_value(v));
    }
    is->keys = load_keys(path, jwks, err, errlen);
    return is->keys != NULL;
}

oidc_config *oidc_config_load(const char *path, char *err, size_t errlen)
{
    json_error_t jerr;
    json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!doc) {
        snprintf(err, errlen, "%s: %s (line %d)", path, jerr.text, jerr.line);
        return NULL;
    }
    const json_t *list = json_object_get(doc, "issuers");
    oidc_config *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    bool ok = json_is_array(list) && json_array_size(list) > 0;
    if (!ok)
        snprintf(err, errlen, "%s: needs {\"issuers\": [...]} with at least one issuer", path);
    c->issuers = calloc(json_array_size(list) + 1, sizeof *c->issuers);
    if (!c->issuers)
        abort();
    for (size_t i = 0; ok && i < json_array_size(list); i++) {
        ok = load_issuer(path, json_array_get(list, i), i, &c->issuers[c->n], err, errlen);
        c->n++;
        for (size_t k = 0; ok && k + 1 < c->n; k++)
            if (strcmp(c->issuers[k].issuer, c->issuers[c->n - 1].issuer) == 0) {
                snprintf(err, errlen, "%s: issuer %s is configured twice", path, c->issuers[k].issuer);
                ok = false;
            }
    }
    json_decref(doc);
    if (!ok) {
        oidc_config_free(c);
        return NULL;
    }
    return c;
}

const char *oidc_status_reason(oidc_status s)
{
    switch (s) {
    case OIDC_OK: return "OK";
    case OIDC_MALFORMED: return "MALFORMED_TOKEN";
    case OIDC_UNSUPPORTED_ALG: return "UNSUPPORTED_ALGORITHM";
    case OIDC_UNKNOWN_ISSUER: return "UNKNOWN_ISSUER";
    case OIDC_UNKNOWN_KEY: return "UNKNOWN_KEY";
    case OIDC_BAD_SIGNATURE: return "BAD_SIGNATURE";
    case OIDC_EXPIRED: return "TOKEN_EXPIRED";
    case OIDC_NOT_YET_VALID: return "TOKEN_NOT_YET_VALID";
    case OIDC_WRONG_AUDIENCE: return "WRONG_AUDIENCE";
    case OIDC_MISSING_CLAIM: return "MISSING_CLAIM";
    }
    return "INVALID_TOKEN";
}

/* A string claim without NUL, at most 512 bytes; NULL otherwise. */
static const char *claim(const json_t *payload, const char *key)
{
    const json_t *v = json_object_get(payload, key);
    if (!json_is_string(v))
        return NULL;
    size_t n = json_string_length(v);
    const char *s = json_string_value(v);
    return n > 0 && n <= 512 && strlen(s) == n ? s : NULL;
}

static char *lower(arena *a, const char *s)
{
    if (!s)
        return NULL;
    char *out = arena_strdup(a, s);
    for (char *p = out; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return out;
}

static const oidc_issuer *issuer_named(const oidc_config *c, const char *iss)
{
    for (size_t i = 0; c && iss && i < c->n; i++)
        if (strcmp(c->issuers[i].issuer, iss) == 0)
            return &c->issuers[i];
    return NULL;
}

static const jws_key *key_of(void *ctx, const json_t *header)
{
    const oidc_issuer *is = ctx;
    const json_t *kid = json_object_get(header, "kid");
    if (kid && !json_is_string(kid))
        return NULL;
    return jws_key_set_find(is->keys, kid ? json_string_value(kid) : NULL);
}

static bool audience_matches(const json_t *aud, const char *want)
{
    if (json_is_string(aud))
        return strcmp(json_string_value(aud), want) == 0;
    size_t i;
    const json_t *v;
    json_array_foreach(aud, i, v) if (json_is_string(v) && strcmp(json_string_value(v), want) == 0) return true;
    return false;
}

/* The last second of the year 9999: later (or negative) times are no dates, and keeping
 * to this range keeps the arithmetic on them (leeway, microseconds) from overflowing. */
#define LAST_SECOND 253402300799LL

/* A time claim: absent, or whole seconds from 1970 to the year 9999. */
static bool time_claim_ok(const json_t *v, bool required)
{
    if (!v)
        return !required;
    return json_is_integer(v) && json_integer_value(v) >= 0 && json_integer_value(v) <= LAST_SECOND;
}

static oidc_status times_ok(const json_t *p, int64_t now_s, int64_t *exp, const char **detail)
{
    const json_t *e = json_object_get(p, "exp"), *nbf = json_object_get(p, "nbf"), *iat = json_object_get(p, "iat");
    if (!time_claim_ok(e, true) || !time_claim_ok(nbf, false) || !time_claim_ok(iat, false)) {
        *detail = "exp is required, and exp, nbf and iat must be whole seconds from 1970 to the year 9999";
        return OIDC_MISSING_CLAIM;
    }
    *exp = json_integer_value(e);
    if (now_s > *exp + OIDC_LEEWAY_SECONDS) {
        *detail = "the token has expired";
        return OIDC_EXPIRED;
    }
    if ((nbf && now_s + OIDC_LEEWAY_SECONDS < json_integer_value(nbf)) ||
        (iat && now_s + OIDC_LEEWAY_SECONDS < json_integer_value(iat))) {
        *detail = "the token is not valid yet (nbf or iat lies in the future)";
        return OIDC_NOT_YET_VALID;
    }
    return OIDC_OK;
}

static oidc_status read_claims(const oidc_issuer *is, const json_t *p, arena *a, oidc_claims *out,
                               const char **detail)
{
    const char *sub = claim(p, "sub");
    const char *eduid = is->kind == OIDC_LEARNER ? claim(p, "eduid") : NULL;
    out->kind = is->kind;
    out->issuer = arena_strdup(a, is->issuer);
    out->subject = arena_strdup(a, eduid ? eduid : sub);
    out->email = lower(a, claim(p, "email"));
    out->schac_home = lower(a, claim(p, "schac_home_organization"));
    out->acr = arena_strdup(a, claim(p, "acr"));
    out->azp = arena_strdup(a, claim(p, "azp"));
    const char *name = claim(p, "name"), *given = claim(p, "given_name"), *family = claim(p, "family_name");
    out->person_name = name     ? arena_strdup(a, name)
                       : given  ? arena_sprintf(a, "%s%s%s", given, family ? " " : "", family ? family : "")
                       : family ? arena_strdup(a, family)
                                : NULL;
    out->display_name = out->person_name ? out->person_name : out->email;
    for (size_t k = 0; out->acr && k < is->n_mfa_acr; k++)
        out->mfa |= strcmp(out->acr, is->mfa_acr[k]) == 0;
    if (!out->subject) {
        *detail = "the token has no sub claim";
        return OIDC_MISSING_CLAIM;
    }
    if (is->kind == OIDC_STAFF && !out->schac_home) {
        *detail = "a staff token needs the schac_home_organization claim";
        return OIDC_MISSING_CLAIM;
    }
    if (!out->display_name)
        out->display_name = out->subject;
    return OIDC_OK;
}

static oidc_status of_jws(jws_status s)
{
    switch (s) {
    case JWS_OK: return OIDC_OK;
    case JWS_UNSUPPORTED_ALG: return OIDC_UNSUPPORTED_ALG;
    case JWS_UNKNOWN_KEY: return OIDC_UNKNOWN_KEY;
    case JWS_KEY_MISMATCH:
    case JWS_BAD_SIGNATURE: return OIDC_BAD_SIGNATURE;
    case JWS_MALFORMED: break;
    }
    return OIDC_MALFORMED;
}

oidc_status oidc_verify(const oidc_config *c, const char *token, int64_t now_s, arena *a, oidc_claims *out,
                        const char **detail)
{
    memset(out, 0, sizeof *out);
    *detail = "not a well-formed signed token";
    if (strlen(token) > OIDC_TOKEN_MAX)
        return OIDC_MALFORMED;
    /* the issuer names the key set, so it is read before the signature is checked */
    jws_parts parts;
    jws_status js = jws_decode(token, &parts);
    if (js != JWS_OK) {
        if (js == JWS_UNSUPPORTED_ALG)
            *detail = "the token's algorithm is not RS256 or ES256";
        return of_jws(js);
    }
    json_t *unverified = json_loadb((const char *)parts.payload, parts.payload_len, JSON_REJECT_DUPLICATES, NULL);
    jws_parts_clear(&parts);
    if (!json_is_object(unverified)) {
        json_decref(unverified);
        *detail = "the token's payload is not one JSON object with each claim once";
        return OIDC_MALFORMED;
    }
    const oidc_issuer *is = issuer_named(c, claim(unverified, "iss"));
    json_decref(unverified);
    if (!is) {
        *detail = "the token's issuer (iss) is not a configured issuer";
        return OIDC_UNKNOWN_ISSUER;
    }
    js = jws_verify(token, key_of, (void *)is, &parts);
    if (js != JWS_OK) {
        *detail = jws_status_text(js);
        return of_jws(js);
    }
    json_t *p = json_loadb((const char *)parts.payload, parts.payload_len, JSON_REJECT_DUPLICATES, NULL);
    jws_parts_clear(&parts);
    oidc_status st = OIDC_OK;
    if (!json_is_object(p)) {
        st = OIDC_MALFORMED;
    } else if (!audience_matches(json_object_get(p, "aud"), is->audience)) {
        *detail = arena_sprintf(a, "the token's audience (aud) does not include %s", is->audience);
        st = OIDC_WRONG_AUDIENCE;
    } else if ((st = times_ok(p, now_s, &out->expires_s, detail)) == OIDC_OK) {
        st = read_claims(is, p, a, out, detail);
    }
    json_decref(p);
    return st;
}
