/* The credential verifier: one check after another into a report. */
#include "credential_verify.h"

#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "credential_schemas.h"
#include "datetime.h"
#include "di_eddsa.h"
#include "json_schema.h"
#include "recipient.h"
#include "status_list.h"
#include "vc_jwt.h"
#include "vc_keys.h"

#define VC_V2 "https://www.w3.org/ns/credentials/v2"
#define VC_V1 "https://www.w3.org/2018/credentials/v1"
#define OB_CONTEXT_PATTERN "^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.[0-9]\\.[0-9])*\\.json$"
#define SCHEMA_TYPE "1EdTechJsonSchemaValidator2019"
#define LENIENT_SCHEMA \
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/ob_v3p0_achievementcredential_schema.json"

typedef struct verifier {
    arena *a;
    const vc_verify_options *o;
    vc_report *r;
    json_t *doc;         /* the credential */
    const char *jwt;     /* the compact JWS of a VC-JWT, else NULL */
    json_t *jwt_payload; /* its payload */
} verifier;

static void check(verifier *v, int kind, int outcome, const char *message)
{
    if (v->r->n_checks < VC_MAX_CHECKS)
        v->r->checks[v->r->n_checks++] = (vc_check){kind, outcome, message};
    if (outcome == VC_FAILED)
        v->r->verified = false;
}

static const char *str(const json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

/* A string or an array of strings that contains want. */
static bool has_value(const json_t *v, const char *want)
{
    if (json_is_string(v))
        return strcmp(json_string_value(v), want) == 0;
    size_t i;
    const json_t *e;
    json_array_foreach(v, i, e) if (json_is_string(e) && strcmp(json_string_value(e), want) == 0) return true;
    return false;
}

/* The issuer id: a string, or the id of an embedded profile. */
static const char *issuer_id(const json_t *doc)
{
    const json_t *is = json_object_get(doc, "issuer");
    return json_is_string(is) ? json_string_value(is) : str(is, "id");
}

static bool matches(const char *pattern, const char *s)
{
    regex_t re;
    if (!s || regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB) != 0)
        return false;
    bool m = regexec(&re, s, 0, NULL, 0) == 0;
    regfree(&re);
    return m;
}

static void check_context(verifier *v)
{
    const json_t *ctx = json_object_get(v->doc, "@context"), *type = json_object_get(v->doc, "type");
    const char *first = json_string_value(json_array_get(ctx, 0)), *second = json_string_value(json_array_get(ctx, 1));
    if (!first || (strcmp(first, VC_V2) != 0 && strcmp(first, VC_V1) != 0))
        check(v, VC_CHECK_CONTEXT, VC_FAILED, "the first @context must be " VC_V2);
    else if (!matches(OB_CONTEXT_PATTERN, second))
        check(v, VC_CHECK_CONTEXT, VC_FAILED, "the second @context must be an Open Badges 3.0 context");
    else if (!has_value(type, "VerifiableCredential") ||
             !(has_value(type, "OpenBadgeCredential") || has_value(type, "AchievementCredential")))
        check(v, VC_CHECK_CONTEXT, VC_FAILED, "type must contain VerifiableCredential and OpenBadgeCredential");
    else
        check(v, VC_CHECK_CONTEXT, VC_PASSED,
              strcmp(first, VC_V1) == 0 ? "an Open Badges 3.0 credential (VC 1.1 legacy form)"
                                        : "an Open Badges 3.0 credential");
}

/* Proof sets and chains have a few proofs; each costs a canonicalization. */
#define VC_MAX_PROOFS 8

/* Why proof p is not one this verifier checks for a credential, or NULL. */
static const char *proof_problem(const json_t *p)
{
    if (!has_value(json_object_get(p, "type"), "DataIntegrityProof") ||
        !has_value(json_object_get(p, "cryptosuite"), DI_EDDSA_CRYPTOSUITE))
        return "unsupported proof: only DataIntegrityProof with eddsa-rdfc-2022 is verified";
    if (!has_value(json_object_get(p, "proofPurpose"), "assertionMethod"))
        return "the proofPurpose must be assertionMethod";
    return NULL;
}

/* Verifies the Data Integrity proofs of doc, whose keys must belong to issuer. */
static jl_status verify_proofs(verifier *v, const json_t *doc, const char *issuer, vc_key_ctx *keys, jl_error *err)
{
    *keys = (vc_key_ctx){v->a, v->o->fetch, v->o->fetch_ctx, v->o->own_base, issuer ? issuer : "", 0, false, "no key resolved"};
    const json_t *proof = json_object_get(doc, "proof");
    size_t i;
    const json_t *p;
    json_t *one = json_is_object(proof) ? json_pack("[O]", proof) : json_incref((json_t *)proof);
    jl_status st = json_array_size(one) ? JL_OK : jl_error_set(err, JL_ERR_PROOF, "the credential has no proof");
    if (json_array_size(one) > VC_MAX_PROOFS)
        st = jl_error_set(err, JL_ERR_PROOF, "more than %d proofs", VC_MAX_PROOFS);
    json_array_foreach(one, i, p) if (st == JL_OK && proof_problem(p))
        st = jl_error_set(err, JL_ERR_PROOF, "%s", proof_problem(p));
    json_decref(one);
    if (st == JL_OK)
        st = di_eddsa_verify(doc, vc_resolve_key, keys, NULL, err);
    return st;
}

static void check_jwt_proof(verifier *v, vc_key_ctx *keys)
{
    *keys = (vc_key_ctx){v->a, v->o->fetch, v->o->fetch_ctx, v->o->own_base, v->r->issuer ? v->r->issuer : "", 0, false, "no key resolved"};
    jws_parts parts;
    const char *why = NULL;
    if (vc_jwt_verify(keys, v->jwt, &parts, &why) != JWS_OK) {
        check(v, VC_CHECK_PROOF, VC_FAILED, arena_sprintf(v->a, "the JWS does not verify: %s", why));
        return;
    }
    jws_parts_clear(&parts);
    const char *mismatch = vc_jwt_claims_mismatch(v->a, v->jwt_payload, v->doc);
    check(v, VC_CHECK_PROOF, mismatch ? VC_FAILED : VC_PASSED,
          mismatch ? arena_sprintf(v->a, "the JWT claims disagree with the credential: %s", mismatch)
                   : "the JWS signature verifies and its claims match the credential");
}

static void check_proof(verifier *v)
{
    vc_key_ctx keys;
    if (v->jwt) {
        check_jwt_proof(v, &keys);
    } else {
        jl_error err;
        jl_error_clear(&err);
        jl_status st = verify_proofs(v, v->doc, v->r->issuer, &keys, &err);
        check(v, VC_CHECK_PROOF, st == JL_OK ? VC_PASSED : VC_FAILED,
              st == JL_OK ? "the eddsa-rdfc-2022 proof verifies" : arena_sprintf(v->a, "%s", err.message));
    }
    if (keys.n_resolved == 0)
        check(v, VC_CHECK_ISSUER_KEY, VC_FAILED, "no key could be resolved");
    else
        check(v, VC_CHECK_ISSUER_KEY, keys.all_bound ? VC_PASSED : VC_FAILED, keys.binding);
}

static void check_schema(verifier *v)
{
    const json_t *schemas = json_object_get(v->doc, "credentialSchema");
    json_t *list = json_is_object(schemas) ? json_pack("[O]", schemas) : json_incref((json_t *)schemas);
    size_t i, checked = 0;
    const json_t *s;
    const char *unknown = NULL;
    json_array_foreach(list, i, s) {
        if (!has_value(json_object_get(s, "type"), SCHEMA_TYPE))
            continue;
        const json_t *schema = credential_schema_get(str(s, "id"));
        if (!schema) {
            unknown = str(s, "id") ? str(s, "id") : "(no id)";
            continue;
        }
        json_schema_result res;
        json_schema_validate(v->a, schema, v->doc, &res);
        checked++;
        if (!res.valid) {
            check(v, VC_CHECK_SCHEMA, VC_FAILED,
                  arena_sprintf(v->a, "not valid under %s: %s%s", str(s, "id"), res.n_errors ? res.errors[0] : "",
                                res.n_errors > 1 ? arena_sprintf(v->a, " (and %zu more)", res.n_errors - 1) : ""));
            json_decref(list);
            return;
        }
    }
    json_decref(list);
    if (checked == 0 && !unknown) { /* none named: the compaction-tolerant OB 3.0 schema */
        json_schema_result res;
        json_schema_validate(v->a, credential_schema_get(LENIENT_SCHEMA), v->doc, &res);
        check(v, VC_CHECK_SCHEMA, res.valid ? VC_PASSED : VC_FAILED,
              res.valid ? "valid under the OB 3.0 schema" : arena_sprintf(v->a, "not valid under the OB 3.0 schema: %s", res.errors[0]));
    } else if (unknown) {
        check(v, VC_CHECK_SCHEMA, VC_WARNING, arena_sprintf(v->a, "schema %s is not bundled and was not checked", unknown));
    } else {
        check(v, VC_CHECK_SCHEMA, VC_PASSED, arena_sprintf(v->a, "valid under %zu named schema(s)", checked));
    }
}

static void check_subject(verifier *v)
{
    const json_t *s = json_object_get(v->doc, "credentialSubject");
    bool ok = json_is_object(s) && (str(s, "id") || json_array_size(json_object_get(s, "identifier")) > 0);
    check(v, VC_CHECK_SUBJECT, ok ? VC_PASSED : VC_FAILED,
          ok ? "the subject is identified" : "credentialSubject needs an id or an identifier");
}

static void check_dates(verifier *v)
{
    const char *from = str(v->doc, "validFrom") ? str(v->doc, "validFrom") : str(v->doc, "issuanceDate");
    const char *until = str(v->doc, "validUntil") ? str(v->doc, "validUntil") : str(v->doc, "expirationDate");
    int64_t t;
    if (!from || !datetime_parse(from, &t))
        check(v, VC_CHECK_VALID_FROM, VC_FAILED, "validFrom is missing or not a date-time with a time zone");
    else if (t > v->o->now_us)
        check(v, VC_CHECK_VALID_FROM, VC_FAILED, arena_sprintf(v->a, "not yet valid: valid from %s", from));
    else
        check(v, VC_CHECK_VALID_FROM, VC_PASSED, arena_sprintf(v->a, "valid from %s", from));
    if (!until)
        check(v, VC_CHECK_VALID_UNTIL, VC_SKIPPED, "no validUntil");
    else if (!datetime_parse(until, &t))
        check(v, VC_CHECK_VALID_UNTIL, VC_FAILED, "validUntil is not a date-time with a time zone");
    else if (t < v->o->now_us)
        check(v, VC_CHECK_VALID_UNTIL, VC_FAILED, arena_sprintf(v->a, "expired: valid until %s", until));
    else
        check(v, VC_CHECK_VALID_UNTIL, VC_PASSED, arena_sprintf(v->a, "valid until %s", until));
}

static json_t *fetch(verifier *v, const char *url, const char **why)
{
    *why = "not available";
    return url && v->o->fetch ? v->o->fetch(v->o->fetch_ctx, url, why) : NULL;
}

static void bitstring_status(verifier *v, const json_t *entry)
{
    const char *list_url = str(entry, "statusListCredential"), *index_text = str(entry, "statusListIndex");
    const char *purpose = str(entry, "statusPurpose"), *why;
    if (!list_url || !index_text || !*index_text || strspn(index_text, "0123456789") != strlen(index_text)) {
        check(v, VC_CHECK_STATUS, VC_FAILED, "the BitstringStatusListEntry lacks statusListCredential or statusListIndex");
        return;
    }
    json_t *list = fetch(v, list_url, &why);
    if (!list) {
        check(v, VC_CHECK_STATUS, VC_WARNING, arena_sprintf(v->a, "status list %s: %s", list_url, why));
        return;
    }
    vc_key_ctx keys;
    jl_error err;
    const json_t *subject = json_object_get(list, "credentialSubject");
    uint8_t *bits;
    size_t n;
    bool set = false;
    if (!issuer_id(list) || strcmp(issuer_id(list), v->r->issuer ? v->r->issuer : "") != 0)
        check(v, VC_CHECK_STATUS, VC_FAILED, "the status list was issued by someone else");
    else if (verify_proofs(v, list, v->r->issuer, &keys, &err) != JL_OK || !keys.all_bound)
        check(v, VC_CHECK_STATUS, VC_FAILED,
              arena_sprintf(v->a, "the status list's proof does not verify: %s", keys.all_bound ? err.message : keys.binding));
    else if (!has_value(json_object_get(subject, "statusPurpose"), purpose ? purpose : ""))
        check(v, VC_CHECK_STATUS, VC_FAILED, "the status list has another statusPurpose");
    else if (!status_list_decode(v->a, str(subject, "encodedList"), &bits, &n, &why))
        check(v, VC_CHECK_STATUS, VC_FAILED, arena_sprintf(v->a, "the status list is unreadable: %s", why));
    else if (!status_list_bit(bits, n, strtoll(index_text, NULL, 10), &set))
        check(v, VC_CHECK_STATUS, VC_FAILED, "statusListIndex lies beyond the status list");
    else if (set) {
        v->r->revoked = true;
        check(v, VC_CHECK_STATUS, VC_FAILED, arena_sprintf(v->a, "%s: the status list marks it (index %s)", purpose, index_text));
    } else {
        check(v, VC_CHECK_STATUS, VC_PASSED, arena_sprintf(v->a, "not marked for %s in %s", purpose, list_url));
    }
    json_decref(list);
}

/* 1EdTechRevocationList: revoked when the list has the credential id (revoked absent or true). */
static void revocation_list_status(verifier *v, const json_t *entry)
{
    const char *why;
    json_t *list = fetch(v, str(entry, "id"), &why);
    if (!list) {
        check(v, VC_CHECK_STATUS, VC_WARNING, arena_sprintf(v->a, "revocation list: %s", why));
        return;
    }
    size_t i;
    const json_t *e;
    bool revoked = false;
    json_array_foreach(json_object_get(list, "revokedCredential"), i, e) if (
        v->r->credential_id && has_value(json_object_get(e, "id"), v->r->credential_id) &&
        !json_is_false(json_object_get(e, "revoked"))) revoked = true;
    json_decref(list);
    v->r->revoked = revoked;
    check(v, VC_CHECK_STATUS, revoked ? VC_FAILED : VC_PASSED, revoked ? "revoked: the revocation list names it" : "not in the revocation list");
}

static void check_status(verifier *v)
{
    const json_t *entry = json_object_get(v->doc, "credentialStatus");
    if (!entry)
        check(v, VC_CHECK_STATUS, VC_SKIPPED, "no credentialStatus");
    else if (has_value(json_object_get(entry, "type"), "BitstringStatusListEntry"))
        bitstring_status(v, entry);
    else if (has_value(json_object_get(entry, "type"), "1EdTechRevocationList"))
        revocation_list_status(v, entry);
    else
        check(v, VC_CHECK_STATUS, VC_WARNING, "unknown credentialStatus type: not checked");
}

static void check_recipient(verifier *v)
{
    const char *type = v->o->recipient_type, *identity = v->o->recipient_identity;
    if (!type || !identity) {
        check(v, VC_CHECK_RECIPIENT, VC_SKIPPED, "no recipient asked for");
        return;
    }
    const json_t *s = json_object_get(v->doc, "credentialSubject");
    bool found = strcmp(type, "id") == 0 && str(s, "id") && strcmp(str(s, "id"), identity) == 0;
    char *normal = recipient_normalize(v->a, identity);
    size_t i;
    const json_t *e;
    json_array_foreach(json_object_get(s, "identifier"), i, e) {
        if (found || !str(e, "identityType") || strcmp(str(e, "identityType"), type) != 0 || !str(e, "identityHash"))
            continue;
        found = json_is_true(json_object_get(e, "hashed"))
                    ? recipient_identity_matches(str(e, "identityHash"), normal, str(e, "salt") ? str(e, "salt") : "")
                    : strcmp(str(e, "identityHash"), identity) == 0;
    }
    check(v, VC_CHECK_RECIPIENT, found ? VC_PASSED : VC_FAILED,
          found ? arena_sprintf(v->a, "issued to this %s", type) : arena_sprintf(v->a, "not issued to this %s", type));
}

/* Whether text has the form of a compact JWS: three base64url parts. */
static bool looks_like_jws(const char *text)
{
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const char *p = text;
    for (int part = 0; part < 3; part++) {
        size_t n = strspn(p, alphabet);
        if (n == 0 || (part < 2 && p[n] != '.'))
            return false;
        p += n + (part < 2);
    }
    while (isspace((unsigned char)*p))
        p++;
    return *p == '\0';
}

/* Reads a VC-JWT: the header rules, the payload and the credential in it (no signature yet). */
static const char *read_jwt(verifier *v, const char *text)
{
    jws_parts parts;
    jws_status st = jws_decode(text, &parts);
    if (st != JWS_OK)
        return arena_sprintf(v->a, "not a usable compact JWS: %s", jws_status_text(st));
    const char *problem = vc_jwt_header_problem(v->a, parts.header);
    v->r->format = parts.alg == JWS_ES256 ? VC_FORMAT_JWT_ES256 : VC_FORMAT_JWT_RS256;
    v->jwt_payload = problem ? NULL : json_loads((const char *)parts.payload, JSON_REJECT_DUPLICATES, NULL);
    jws_parts_clear(&parts);
    if (problem)
        return problem;
    if (!json_is_object(v->jwt_payload))
        return "the JWT payload is not a JSON object";
    v->doc = vc_jwt_credential(v->jwt_payload);
    v->jwt = arena_strndup(v->a, text, strcspn(text, " \t\r\n"));
    return NULL;
}

/* Whether v holds an array longer than VC_MAX_ARRAY_ITEMS; *path then says where. */
static bool long_array(arena *a, const json_t *v, const char **path)
{
    const char *key;
    const json_t *x;
    size_t i;
    if (json_is_array(v) && json_array_size(v) > VC_MAX_ARRAY_ITEMS) {
        *path = "";
        return true;
    }
    json_array_foreach(v, i, x) if (long_array(a, x, path)) {
        *path = arena_sprintf(a, "/%zu%s", i, *path);
        return true;
    }
    json_object_foreach((json_t *)v, key, x) if (long_array(a, x, path)) {
        *path = arena_sprintf(a, "/%s%s", key, *path);
        return true;
    }
    return false;
}

const char *vc_document_problem(arena *a, const json_t *doc)
{
    const char *path;
    if (!long_array(a, doc, &path))
        return NULL;
    return arena_sprintf(a, "the array at %s has more than %d items", *path ? path : "/", VC_MAX_ARRAY_ITEMS);
}

/* Reads the credential; false after a failed FORMAT check. */
static bool read_credential(verifier *v, const char *p)
{
    json_error_t je;
    const char *problem = NULL;
    if (*p == '{') {
        v->doc = json_loads(p, JSON_REJECT_DUPLICATES, &je);
        if (!json_is_object(v->doc))
            problem = arena_sprintf(v->a, "not JSON: %s (line %d)", je.text, je.line);
        else
            v->r->format = VC_FORMAT_DATA_INTEGRITY;
    } else if (looks_like_jws(p)) {
        problem = read_jwt(v, p);
    } else {
        problem = "neither a JSON credential nor a compact JWS";
    }
    if (!problem)
        problem = vc_document_problem(v->a, v->jwt ? v->jwt_payload : v->doc);
    if (problem) {
        check(v, VC_CHECK_FORMAT, VC_FAILED, problem);
        return false;
    }
    check(v, VC_CHECK_FORMAT, VC_PASSED,
          v->jwt ? arena_sprintf(v->a, "a VC-JWT (%s)", v->r->format == VC_FORMAT_JWT_ES256 ? "ES256" : "RS256")
                 : "a JSON credential with an embedded proof");
    return true;
}

void credential_verify(arena *a, const char *text, const vc_verify_options *o, vc_report *out)
{
    memset(out, 0, sizeof *out);
    out->verified = true;
    verifier v = {a, o, out, NULL, NULL, NULL};
    const char *p = text ? text : "";
    while (isspace((unsigned char)*p))
        p++;
    if (read_credential(&v, p)) {
        out->credential_id = arena_strdup(a, str(v.doc, "id"));
        out->issuer = arena_strdup(a, issuer_id(v.doc));
        check_context(&v);
        check_proof(&v);
        check_schema(&v);
        check_subject(&v);
        check_dates(&v);
        check_status(&v);
        check_recipient(&v);
    }
    json_decref(v.doc);
    json_decref(v.jwt_payload);
}

char *did_web_document_url(arena *a, const char *did)
{
    if (!did || strncmp(did, "did:web:", 8) != 0 || !did[8] || strchr(did, '#') || strchr(did, '/'))
        return NULL;
    char *rest = arena_strdup(a, did + 8), *colon = strchr(rest, ':');
    char *host = colon ? arena_strndup(a, rest, (size_t)(colon - rest)) : rest;
    char *pct = strstr(host, "%3A");
    if (pct) /* a port */
        host = arena_sprintf(a, "%.*s:%s", (int)(pct - host), host, pct + 3);
    if (!colon)
        return arena_sprintf(a, "https://%s/.well-known/did.json", host);
    char *path = arena_strdup(a, colon + 1);
    for (char *c = path; *c; c++)
        if (*c == ':')
            *c = '/';
    return arena_sprintf(a, "https://%s/%s/did.json", host, path);
}
