/* Verification method resolution for the credential verifier. */
#include "vc_keys.h"

#include <string.h>

#include "di_eddsa.h"
#include "multibase.h"
#include "vc_jwt.h"

/* The part of url before '#'. */
static char *without_fragment(arena *a, const char *url)
{
    const char *hash = strchr(url, '#');
    return hash ? arena_strndup(a, url, (size_t)(hash - url)) : arena_strdup(a, url);
}

/* Whether id names vm: the same string, or a "#fragment" relative to the document base. */
static bool names(const char *id, const char *vm, const char *base)
{
    if (!id)
        return false;
    if (strcmp(id, vm) == 0)
        return true;
    size_t n = strlen(base);
    return id[0] == '#' && strncmp(vm, base, n) == 0 && strcmp(vm + n, id) == 0;
}

static const char *str(const json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

/* The method object for vm in doc: doc itself, or an entry of its verificationMethod. */
static const json_t *find_method(const json_t *doc, const char *vm, const char *base)
{
    if (names(str(doc, "id"), vm, base) && str(doc, "publicKeyMultibase"))
        return doc;
    size_t i;
    const json_t *m;
    json_array_foreach(json_object_get(doc, "verificationMethod"), i, m) if (names(str(m, "id"), vm, base)) return m;
    return NULL;
}

/* Whether the controller document lists vm for assertionMethod. */
static bool lists_for_assertion(const json_t *doc, const char *vm, const char *base)
{
    size_t i;
    const json_t *m;
    json_array_foreach(json_object_get(doc, "assertionMethod"), i, m) {
        const char *id = json_is_string(m) ? json_string_value(m) : str(m, "id");
        if (names(id, vm, base))
            return true;
    }
    return false;
}

static void record_binding(vc_key_ctx *k, bool bound, const char *why)
{
    k->n_resolved++;
    k->all_bound = (k->n_resolved == 1 || k->all_bound) && bound;
    k->binding = why;
}

static jl_status fetch(vc_key_ctx *k, const char *url, json_t **doc, jl_error *err)
{
    const char *why = "not available";
    *doc = k->fetch ? k->fetch(k->fetch_ctx, url, &why) : NULL;
    return *doc ? JL_OK : jl_error_set(err, JL_ERR_LOADING_DOCUMENT_FAILED, "%s: %s", url, why);
}

/* The key of a method object (Multikey publicKeyMultibase). */
static jl_status method_key(const json_t *m, uint8_t pk[32], jl_error *err)
{
    const char *mb = str(m, "publicKeyMultibase");
    if (!mb)
        return jl_error_set(err, JL_ERR_MULTIBASE, "verification method %s has no publicKeyMultibase",
                            str(m, "id") ? str(m, "id") : "");
    if (str(m, "revoked"))
        return jl_error_set(err, JL_ERR_VERIFY, "verification method %s is revoked", str(m, "id"));
    return multikey_decode_public(mb, pk, err);
}

/* Checks that controller_id is the issuer and its document lists vm. */
static void bind_via_controller(vc_key_ctx *k, const char *controller_id, const json_t *controller_doc,
                                const char *vm)
{
    if (!controller_id || strcmp(controller_id, k->issuer) != 0)
        record_binding(k, false, arena_sprintf(k->a, "the key's controller %s is not the issuer %s",
                                               controller_id ? controller_id : "(none)", k->issuer));
    else if (!lists_for_assertion(controller_doc, vm, controller_id))
        record_binding(k, false, arena_sprintf(k->a, "%s does not list %s for assertionMethod", controller_id, vm));
    else
        record_binding(k, true, arena_sprintf(k->a, "%s is a key of the issuer, listed for assertionMethod", vm));
}

/* The key in vm's fragment (did:key, "<controller>#z6Mk…"), bound when doc_id, the part
 * before the fragment, is the issuer. */
static jl_status from_key_in_fragment(vc_key_ctx *k, const char *vm, const char *doc_id, uint8_t pk[32], jl_error *err)
{
    jl_status st = di_resolve_key_from_fragment(NULL, vm, pk, err);
    if (st == JL_OK)
        record_binding(k, strcmp(doc_id, k->issuer) == 0,
                       strcmp(doc_id, k->issuer) == 0
                           ? arena_sprintf(k->a, "the key is named by the issuer id %s", doc_id)
                           : arena_sprintf(k->a, "the key's controller %s is not the issuer %s", doc_id, k->issuer));
    return st;
}

/* The key of vm in doc, the document at doc_id holding the method under a fragment (a DID
 * document or a controller document), bound when doc_id is the issuer and lists it. */
static jl_status from_controller(vc_key_ctx *k, const char *vm, const char *doc_id, json_t *doc, uint8_t pk[32],
                                 jl_error *err)
{
    const json_t *m = find_method(doc, vm, doc_id);
    jl_status st = m ? method_key(m, pk, err)
                     : jl_error_set(err, JL_ERR_LOADING_DOCUMENT_FAILED, "%s has no verification method %s", doc_id, vm);
    if (st == JL_OK) {
        const char *controller = str(m, "controller") ? str(m, "controller") : doc_id;
        if (strcmp(controller, doc_id) != 0 && strcmp(controller, str(doc, "id") ? str(doc, "id") : "") != 0)
            record_binding(k, false, arena_sprintf(k->a, "%s names controller %s, not %s", vm, controller, doc_id));
        else
            bind_via_controller(k, doc_id, doc, vm);
    }
    json_decref(doc);
    return st;
}

static jl_status from_controller_document(vc_key_ctx *k, const char *vm, const char *doc_id, uint8_t pk[32],
                                          jl_error *err)
{
    json_t *doc;
    if (fetch(k, doc_id, &doc, err) != JL_OK)
        return err->code;
    return from_controller(k, vm, doc_id, doc, pk, err);
}

/* Whether url lies under the service's own base URL. */
static bool own_url(const vc_key_ctx *k, const char *url)
{
    size_t n = k->own_base ? strlen(k->own_base) : 0;
    return n && strncmp(url, k->own_base, n) == 0 && (url[n] == '/' || url[n] == '#' || url[n] == '\0');
}

/* "<controller>#z6Mk…": the controller document decides when it is available (and under
 * the service's own base URL it must be); otherwise the fragment is the key, bound when
 * the controller is the issuer (the 1EdTech validator's convention). */
static jl_status from_fragment(vc_key_ctx *k, const char *vm, const char *doc_id, uint8_t pk[32], jl_error *err)
{
    const char *why = "not available";
    json_t *doc = k->fetch ? k->fetch(k->fetch_ctx, doc_id, &why) : NULL;
    if (doc)
        return from_controller(k, vm, doc_id, doc, pk, err);
    if (own_url(k, doc_id))
        return jl_error_set(err, JL_ERR_LOADING_DOCUMENT_FAILED, "%s: %s; only the keys it lists are its keys",
                            doc_id, why);
    return from_key_in_fragment(k, vm, doc_id, pk, err);
}

/* An https URL without fragment serving a Multikey document with its controller. */
static jl_status from_key_document(vc_key_ctx *k, const char *vm, uint8_t pk[32], jl_error *err)
{
    json_t *doc, *controller_doc;
    if (fetch(k, vm, &doc, err) != JL_OK)
        return err->code;
    jl_status st = method_key(doc, pk, err);
    const char *controller = str(doc, "controller");
    if (st == JL_OK && !controller)
        st = jl_error_set(err, JL_ERR_PROOF, "the key document %s names no controller", vm);
    if (st == JL_OK && fetch(k, controller, &controller_doc, err) == JL_OK) {
        bind_via_controller(k, controller, controller_doc, vm);
        json_decref(controller_doc);
    } else if (st == JL_OK) {
        record_binding(k, false, arena_sprintf(k->a, "the controller document is not available: %s", err->message));
    }
    json_decref(doc);
    return st;
}

jl_status vc_resolve_key(void *ctx, const char *vm, uint8_t public_key[32], jl_error *err)
{
    vc_key_ctx *k = ctx;
    char *doc_id = without_fragment(k->a, vm);
    const char *fragment = strchr(vm, '#');
    if (strncmp(vm, "did:key:", 8) == 0)
        return from_key_in_fragment(k, vm, doc_id, public_key, err);
    if (fragment && strncmp(fragment + 1, "z6Mk", 4) == 0 && strncmp(vm, "did:web:", 8) != 0)
        return from_fragment(k, vm, doc_id, public_key, err);
    if (strncmp(vm, "did:web:", 8) == 0 || fragment)
        return from_controller_document(k, vm, doc_id, public_key, err);
    if (strncmp(vm, "https://", 8) == 0 || strncmp(vm, "http://", 7) == 0)
        return from_key_document(k, vm, public_key, err);
    return jl_error_set(err, JL_ERR_PROOF, "unsupported verification method %s", vm);
}

/* ---- VC-JWT keys ---- */

typedef struct jwt_lookup {
    vc_key_ctx *k;
    jws_key *key;
    const char *why;
} jwt_lookup;

/* The key a JOSE header names: the JWK at (or in the JWK Set at) its kid URL, or its jwk. */
static const jws_key *lookup_jwt_key(void *ctx, const json_t *header)
{
    jwt_lookup *l = ctx;
    const char *kid = str(header, "kid");
    if (!kid) {
        l->key = jws_key_from_jwk(json_object_get(header, "jwk"), &l->why);
        return l->key;
    }
    json_t *doc;
    jl_error err;
    if (fetch(l->k, without_fragment(l->k->a, kid), &doc, &err) != JL_OK) {
        l->why = arena_strdup(l->k->a, err.message);
        return NULL;
    }
    if (json_object_get(doc, "keys")) {
        jws_key_set *set = jws_key_set_parse(doc, &l->why);
        const jws_key *found = set ? jws_key_set_find(set, kid) : NULL;
        json_t *jwk = found ? jws_key_public_jwk(found) : NULL;
        l->key = jwk ? jws_key_from_jwk(jwk, &l->why) : NULL;
        json_decref(jwk);
        jws_key_set_free(set);
    } else {
        l->key = jws_key_from_jwk(doc, &l->why);
    }
    json_decref(doc);
    return l->key;
}

/* {scheme}://{authority of the issuer id}/.well-known/jwks.json (http only for local runs). */
static char *issuer_jwks_url(arena *a, const char *issuer)
{
    size_t scheme = strncmp(issuer, "https://", 8) == 0 ? 8 : strncmp(issuer, "http://", 7) == 0 ? 7 : 0;
    if (!scheme)
        return NULL;
    size_t host = strcspn(issuer + scheme, "/?#");
    return arena_sprintf(a, "%.*s%.*s/.well-known/jwks.json", (int)scheme, issuer, (int)host, issuer + scheme);
}

/* Whether the issuer's JWK Set holds the key (same key members; iss, when present, the issuer). */
static void bind_jwt_key(vc_key_ctx *k, const jws_key *key)
{
    char *url = issuer_jwks_url(k->a, k->issuer);
    json_t *set = NULL;
    jl_error err;
    if (!url || fetch(k, url, &set, &err) != JL_OK) {
        record_binding(k, false, url ? arena_sprintf(k->a, "the issuer's JWK Set is not available: %s", err.message)
                                     : "the issuer id is not an http(s) URL: no JWK Set to find the key in");
        return;
    }
    json_t *mine = jws_key_public_jwk(key);
    size_t i;
    const json_t *jwk;
    const char *iss = NULL;
    bool found = false;
    json_array_foreach(json_object_get(set, "keys"), i, jwk) {
        bool same = vc_jwk_same_key(jwk, mine);
        if (same && !found) {
            found = true;
            iss = str(jwk, "iss");
        }
    }
    if (!found)
        record_binding(k, false, arena_sprintf(k->a, "the key is not in the issuer's JWK Set %s", url));
    else if (iss && strcmp(iss, k->issuer) != 0)
        record_binding(k, false, arena_sprintf(k->a, "the key in %s belongs to %s, not to the issuer", url, iss));
    else
        record_binding(k, true, arena_sprintf(k->a, "the key is in the issuer's JWK Set %s", url));
    json_decref(mine);
    json_decref(set);
}

jws_status vc_jwt_verify(vc_key_ctx *k, const char *compact, jws_parts *parts, const char **why)
{
    jwt_lookup l = {k, NULL, "no key"};
    jws_status st = jws_verify(compact, lookup_jwt_key, &l, parts);
    *why = st == JWS_UNKNOWN_KEY ? l.why : jws_status_text(st);
    if (l.key)
        bind_jwt_key(k, l.key);
    jws_key_free(l.key);
    return st;
}
