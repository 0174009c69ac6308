/* Issuer signing keys: codes, generation and opening. */
#include "signing_key.h"

#include <stdlib.h>
#include <string.h>

#include "ids.h"
#include "multibase.h"
#include "vc_jwt.h"
#include "vocabulary.h"

const char *key_algorithm_code(int algorithm) { return vocab_code(&VOCAB_SIGNING_ALGORITHM, algorithm); }

int key_algorithm_from_code(const char *code) { return vocab_number(&VOCAB_SIGNING_ALGORITHM, code); }

const char *key_state_code(int state) { return vocab_code(&VOCAB_SIGNING_KEY_STATE, state); }

int key_state_from_code(const char *code) { return vocab_number(&VOCAB_SIGNING_KEY_STATE, code); }

bool key_state_verifies(int state) { return state == KEY_STATE_ACTIVE || state == KEY_STATE_SUPERSEDED; }

static void seal_into(arena *a, const master_key *mk, const uint8_t *plain, size_t n, eb_signing_key *k)
{
    k->sealed_len = n + MASTER_KEY_SEAL_OVERHEAD;
    k->sealed_private = arena_alloc(a, k->sealed_len);
    master_key_seal(mk, plain, n, k->sealed_private);
    k->master_key_fingerprint = arena_strdup(a, master_key_fingerprint(mk));
}

/* An ES256 or RS256 key: the PEM text sealed, the public JWK stored. */
static eb_code generate_jws(arena *a, const master_key *mk, eb_signing_key *out, eb_error *e)
{
    jws_key *key = jws_key_generate(out->algorithm == KEY_ALG_ES256 ? JWS_ES256 : JWS_RS256, NULL);
    char *pem = key ? jws_key_private_pem(key) : NULL;
    json_t *jwk = key ? jws_key_public_jwk(key) : NULL;
    char *jwk_text = jwk ? json_dumps(jwk, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
    eb_code c = EB_OK;
    if (!pem || !jwk_text) {
        c = eb_fail(e, EB_INTERNAL, "KEY_GENERATION", "the %s key could not be made", key_algorithm_code(out->algorithm));
    } else {
        seal_into(a, mk, (const uint8_t *)pem, strlen(pem), out);
        out->public_key = arena_strdup(a, jwk_text);
    }
    jws_wipe_free(pem);
    free(jwk_text);
    json_decref(jwk);
    jws_key_free(key);
    return c;
}

static eb_code generate_ed25519(arena *a, const master_key *mk, eb_signing_key *out, eb_error *e)
{
    uint8_t seed[32];
    randombytes_buf(seed, sizeof seed);
    di_eddsa_key key;
    di_eddsa_key_from_seed(seed, &key);
    char mk_text[MULTIKEY_TEXT_MAX];
    jl_error jerr;
    jl_status st = multikey_encode_public(key.public_key, mk_text, &jerr);
    di_eddsa_key_wipe(&key);
    if (st == JL_OK)
        seal_into(a, mk, seed, sizeof seed, out);
    sodium_memzero(seed, sizeof seed);
    if (st != JL_OK)
        return eb_fail(e, EB_INTERNAL, "KEY_ENCODING", "%s", jerr.message);
    out->public_key = arena_strdup(a, mk_text);
    return EB_OK;
}

eb_code signing_key_generate(arena *a, const master_key *mk, int algorithm, const char *issuer_id,
                             int64_t now_us, eb_signing_key *out, eb_error *e)
{
    memset(out, 0, sizeof *out);
    if (!key_algorithm_code(algorithm))
        return eb_fail(e, EB_INVALID_ARGUMENT, "UNKNOWN_ALGORITHM", "no such signing algorithm");
    out->id = eb_new_id(a);
    out->issuer_id = arena_strdup(a, issuer_id);
    out->algorithm = algorithm;
    out->state = KEY_STATE_ACTIVE;
    out->create_time_us = now_us;
    return algorithm == KEY_ALG_ED25519 ? generate_ed25519(a, mk, out, e) : generate_jws(a, mk, out, e);
}

/* Opens the sealed private data into plain (room for sealed_len - overhead). */
static eb_code open_sealed(const master_key *mk, const eb_signing_key *k, uint8_t *plain, eb_error *e)
{
    if (strcmp(k->master_key_fingerprint, master_key_fingerprint(mk)) != 0)
        return eb_fail(e, EB_FAILED_PRECONDITION, "MASTER_KEY_MISMATCH",
                       "signing key %s was sealed under master key %s, but the server has master key %s",
                       k->id, k->master_key_fingerprint, master_key_fingerprint(mk));
    if (!master_key_open(mk, k->sealed_private, k->sealed_len, plain))
        return eb_fail(e, EB_INTERNAL, "SIGNING_KEY_CORRUPT", "signing key %s does not open", k->id);
    return EB_OK;
}

eb_code signing_key_open_ed25519(const master_key *mk, const eb_signing_key *k, di_eddsa_key *out, eb_error *e)
{
    if (k->algorithm != KEY_ALG_ED25519 || k->sealed_len != 32 + MASTER_KEY_SEAL_OVERHEAD)
        return eb_fail(e, EB_INTERNAL, "SIGNING_KEY_CORRUPT", "signing key %s is not an Ed25519 key", k->id);
    uint8_t seed[32];
    if (open_sealed(mk, k, seed, e) != EB_OK)
        return e->code;
    di_eddsa_key_from_seed(seed, out);
    sodium_memzero(seed, sizeof seed);
    uint8_t stored[32];
    jl_error jerr;
    if (multikey_decode_public(k->public_key, stored, &jerr) != JL_OK ||
        sodium_memcmp(stored, out->public_key, 32) != 0) {
        di_eddsa_key_wipe(out);
        return eb_fail(e, EB_INTERNAL, "SIGNING_KEY_CORRUPT",
                       "signing key %s does not match its public key", k->id);
    }
    return EB_OK;
}

eb_code signing_key_open_jws(const master_key *mk, const eb_signing_key *k, const char *kid, jws_key **out,
                             eb_error *e)
{
    *out = NULL;
    if ((k->algorithm != KEY_ALG_ES256 && k->algorithm != KEY_ALG_RS256) || k->sealed_len <= MASTER_KEY_SEAL_OVERHEAD)
        return eb_fail(e, EB_INTERNAL, "SIGNING_KEY_CORRUPT", "signing key %s is not a JWT key", k->id);
    size_t n = k->sealed_len - MASTER_KEY_SEAL_OVERHEAD;
    char *pem = malloc(n + 1);
    if (!pem)
        return eb_fail(e, EB_INTERNAL, "OUT_OF_MEMORY", "out of memory");
    if (open_sealed(mk, k, (uint8_t *)pem, e) != EB_OK) {
        free(pem);
        return e->code;
    }
    pem[n] = '\0';
    jws_key *key = jws_key_from_private_pem(pem, n, kid);
    sodium_memzero(pem, n);
    free(pem);
    json_t *stored = json_loads(k->public_key, 0, NULL), *mine = key ? jws_key_public_jwk(key) : NULL;
    bool ok = key && stored && mine && vc_jwk_same_key(stored, mine) &&
              jws_key_alg(key) == (k->algorithm == KEY_ALG_ES256 ? JWS_ES256 : JWS_RS256);
    json_decref(stored);
    json_decref(mine);
    if (!ok) {
        jws_key_free(key);
        return eb_fail(e, EB_INTERNAL, "SIGNING_KEY_CORRUPT", "signing key %s does not match its public key", k->id);
    }
    *out = key;
    return EB_OK;
}
