/* Issuer signing keys. Every issuer (the awarding body named in a credential, whose id is
 * the controller of its keys) has at most one active key per algorithm: Ed25519 for Data
 * Integrity eddsa-rdfc-2022 proofs, ES256 and RS256 for VC-JWTs. Rotation makes a new key
 * active and the old one superseded: it no longer signs but stays published, so what it
 * signed keeps verifying, until it is retired (unpublished; its signatures then fail).
 * Private keys are kept only sealed under the master key. */
#ifndef EDUBADGES_SIGNING_KEY_H
#define EDUBADGES_SIGNING_KEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "di_eddsa.h"
#include "error.h"
#include "jws.h"
#include "master_key.h"

/* Numbers of edubadges.v1.SigningAlgorithm and edubadges.v1.SigningKeyState. */
typedef enum { KEY_ALG_ED25519 = 1, KEY_ALG_ES256 = 2, KEY_ALG_RS256 = 3 } key_algorithm;
typedef enum { KEY_STATE_ACTIVE = 1, KEY_STATE_SUPERSEDED = 2, KEY_STATE_RETIRED = 3 } key_state;

typedef struct eb_signing_key {
    char *id, *issuer_id;
    int algorithm; /* key_algorithm */
    int state;     /* key_state */
    /* Ed25519: the publicKeyMultibase ("z6Mk…"); ES256/RS256: the public JWK as JSON text. */
    char *public_key;
    uint8_t *sealed_private; /* the seed (Ed25519) or PEM text, sealed */
    size_t sealed_len;
    char *master_key_fingerprint; /* of the master key that sealed it */
    int64_t create_time_us, supersede_time_us, retire_time_us; /* 0 = not (yet) */
} eb_signing_key;

/* The stored code of an algorithm ("Ed25519", "ES256", "RS256"), NULL when unknown, and back. */
const char *key_algorithm_code(int algorithm);
int key_algorithm_from_code(const char *code);
const char *key_state_code(int state);
int key_state_from_code(const char *code);
/* Whether a key in this state is published and its signatures verify. */
bool key_state_verifies(int state);

/* A new active key of the issuer: fresh id, fresh private key (Ed25519, P-256 or RSA
 * 2048), sealed. */
eb_code signing_key_generate(arena *a, const master_key *mk, int algorithm, const char *issuer_id,
                             int64_t now_us, eb_signing_key *out, eb_error *e);

/* Opens an Ed25519 key: FAILED_PRECONDITION (MASTER_KEY_MISMATCH) when it was sealed under
 * another master key, INTERNAL when the sealed data is corrupt or does not belong to the
 * public key. The caller wipes *out (di_eddsa_key_wipe). */
eb_code signing_key_open_ed25519(const master_key *mk, const eb_signing_key *k, di_eddsa_key *out,
                                 eb_error *e);

/* Opens an ES256 or RS256 key with kid as its key id (the caller frees *out with
 * jws_key_free); the same failures as signing_key_open_ed25519. */
eb_code signing_key_open_jws(const master_key *mk, const eb_signing_key *k, const char *kid, jws_key **out,
                             eb_error *e);

#endif
