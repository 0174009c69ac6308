/* Issuer signing keys: codes, generation and opening. */
#include "signing_key.h"

#include <string.h>

#include "ids.h"
#include "multibase.h"
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

eb_code signing_key_generate(arena *a, const master_key *mk, int algorithm, const char *issuer_id,
                             int64_t now_us, eb_signing_key *out, eb_error *e)
{
    memset(out, 0, sizeof *out);
    if (algorithm != KEY_ALG_ED25519)
        return eb_fail(e, EB_FAILED_PRECONDITION, "ALGORITHM_NOT_AVAILABLE",
                       "%s keys cannot be made yet", key_algorithm_code(algorithm) ? key_algorithm_code(algorithm) : "such");
    out->id = eb_new_id(a);
    out->issuer_id = arena_strdup(a, issuer_id);
    out->algorithm = algorithm;
    out->state = KEY_STATE_ACTIVE;
    out->create_time_us = now_us;
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
