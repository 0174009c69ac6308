/* Controller, key and JWK Set documents. */
#include "ob3_documents.h"

#include "ob3_urls.h"

static json_t *multikey(arena *a, const char *base, const eb_signing_key *k, bool with_context)
{
    json_t *m = json_pack("{s:s, s:s, s:s, s:s}", "id", ob3_key_url(a, base, k->id), "type", "Multikey", "controller",
                          ob3_issuer_url(a, base, k->issuer_id), "publicKeyMultibase", k->public_key);
    if (with_context)
        json_object_set_new(m, "@context", json_string(OB3_CONTEXT_MULTIKEY));
    return m;
}

/* The public JWK with kid (the key's URL), alg, use and iss (the issuer id: the owner, for
 * JWK Sets that hold several issuers' keys); NULL when the stored JWK is bad. */
static json_t *jwk(arena *a, const char *base, const eb_signing_key *k)
{
    json_t *j = json_loads(k->public_key, 0, NULL);
    if (!json_is_object(j)) {
        json_decref(j);
        return NULL;
    }
    json_object_set_new(j, "kid", json_string(ob3_key_url(a, base, k->id)));
    json_object_set_new(j, "alg", json_string(key_algorithm_code(k->algorithm)));
    json_object_set_new(j, "use", json_string("sig"));
    json_object_set_new(j, "iss", json_string(ob3_issuer_url(a, base, k->issuer_id)));
    return j;
}

json_t *ob3_controller_document(arena *a, const char *base, const char *issuer_id, const eb_signing_key *keys,
                                int n)
{
    json_t *methods = json_array(), *assertion = json_array();
    for (int i = 0; i < n; i++) {
        if (keys[i].algorithm != KEY_ALG_ED25519 || !key_state_verifies(keys[i].state))
            continue;
        json_array_append_new(methods, multikey(a, base, &keys[i], false));
        json_array_append_new(assertion, json_string(ob3_key_url(a, base, keys[i].id)));
    }
    return json_pack("{s:[s, s], s:s, s:o, s:o}", "@context", OB3_CONTEXT_DID, OB3_CONTEXT_MULTIKEY, "id",
                     ob3_issuer_url(a, base, issuer_id), "verificationMethod", methods, "assertionMethod", assertion);
}

json_t *ob3_key_document(arena *a, const char *base, const eb_signing_key *key)
{
    if (!key_state_verifies(key->state))
        return NULL;
    return key->algorithm == KEY_ALG_ED25519 ? multikey(a, base, key, true) : jwk(a, base, key);
}

json_t *ob3_jwks(arena *a, const char *base, const eb_signing_key *keys, int n)
{
    json_t *list = json_array();
    for (int i = 0; i < n; i++) {
        if (keys[i].algorithm == KEY_ALG_ED25519 || !key_state_verifies(keys[i].state))
            continue;
        json_t *j = jwk(a, base, &keys[i]);
        if (j)
            json_array_append_new(list, j);
    }
    return json_pack("{s:o}", "keys", list);
}
