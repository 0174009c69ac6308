/* sign-bench: signs the 1EdTech OB 3.0 unsigned credential N times with
 * eddsa-rdfc-2022 (JSON-LD expansion, toRdf, RDFC-1.0, SHA-256, Ed25519) and
 * prints credentials per second; then verifies N times.
 *
 *   sign-bench [N] [credential.json proof-options.json] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "di_eddsa.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static json_t *load(const char *path)
{
    json_error_t je;
    json_t *j = json_load_file(path, 0, &je);
    if (!j)
        fprintf(stderr, "sign-bench: %s: %s\n", path, je.text);
    return j;
}

/* The bench signs with a random key, so verification resolves to it. */
static jl_status bench_key(void *ctx, const char *verification_method, uint8_t public_key[32], jl_error *err)
{
    (void)verification_method;
    (void)err;
    memcpy(public_key, ((const di_eddsa_key *)ctx)->public_key, 32);
    return JL_OK;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    const char *doc_path = argc > 3 ? argv[2] : BENCH_FIXTURES "/unsigned-credential.json";
    const char *opt_path = argc > 3 ? argv[3] : BENCH_FIXTURES "/proof-options.json";
    if (n <= 0 || sodium_init() < 0)
        return 2;
    json_t *doc = load(doc_path), *options = load(opt_path);
    if (!doc || !options)
        return 1;
    uint8_t seed[32];
    randombytes_buf(seed, sizeof seed);
    di_eddsa_key key;
    di_eddsa_key_from_seed(seed, &key);
    jl_error err;
    json_t *signed_doc = NULL;
    /* warm-up: first use parses the bundled contexts and fills the cache */
    if (di_eddsa_sign(doc, options, &key, NULL, &signed_doc, &err)) {
        fprintf(stderr, "sign-bench: %s\n", err.message);
        return 1;
    }
    double t0 = now();
    for (int i = 0; i < n; i++) {
        json_t *s = NULL;
        if (di_eddsa_sign(doc, options, &key, NULL, &s, &err)) {
            fprintf(stderr, "sign-bench: %s\n", err.message);
            return 1;
        }
        json_decref(s);
    }
    double sign_s = now() - t0;
    t0 = now();
    for (int i = 0; i < n; i++) {
        if (di_eddsa_verify(signed_doc, bench_key, &key, NULL, &err)) {
            fprintf(stderr, "sign-bench: %s\n", err.message);
            return 1;
        }
    }
    double verify_s = now() - t0;
    printf("sign: %d credentials in %.3f s = %.0f credentials/s (%.1f us each)\n", n, sign_s, n / sign_s,
           1e6 * sign_s / n);
    printf("verify: %d credentials in %.3f s = %.0f credentials/s (%.1f us each)\n", n, verify_s,
           n / verify_s, 1e6 * verify_s / n);
    json_decref(signed_doc);
    json_decref(doc);
    json_decref(options);
    di_eddsa_key_wipe(&key);
    jl_global_cleanup();
    return 0;
}
