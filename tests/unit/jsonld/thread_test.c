/* Several threads sign and canonicalize at once with the shared default
 * loader and its context cache; every result must be identical. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "di_eddsa.h"
#include "jl_test_support.h"
#include "unit.h"

enum { THREADS = 4, ROUNDS = 25 };

typedef struct job {
    const json_t *doc, *options;
    const di_eddsa_key *key;
    char proof_value[128];
    int failures;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    for (int i = 0; i < ROUNDS; i++) {
        json_t *proof = NULL;
        jl_error err;
        if (di_eddsa_create_proof(j->doc, j->options, j->key, NULL, &proof, NULL, &err)) {
            j->failures++;
            continue;
        }
        const char *v = json_string_value(json_object_get(proof, "proofValue"));
        if (!j->proof_value[0])
            snprintf(j->proof_value, sizeof j->proof_value, "%s", v);
        else if (strcmp(j->proof_value, v))
            j->failures++;
        json_decref(proof);
    }
    return NULL;
}

static void test_concurrent_signing(void)
{
    /* a fresh loader: threads race on parsing-free but cache-filling first use */
    json_t *doc = load_json(fixture_path("ob3-vectors/1edtech-obv3p0/unsigned-credential.json"));
    json_t *options = load_json(fixture_path("ob3-vectors/1edtech-obv3p0/proof-options.json"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(options);
    uint8_t seed[32] = {1};
    di_eddsa_key key;
    di_eddsa_key_from_seed(seed, &key);
    job jobs[THREADS];
    pthread_t tids[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (job){doc, options, &key, "", 0};
        pthread_create(&tids[i], NULL, worker, &jobs[i]);
    }
    for (int i = 0; i < THREADS; i++)
        pthread_join(tids[i], NULL);
    for (int i = 0; i < THREADS; i++) {
        CU_ASSERT_EQUAL(jobs[i].failures, 0);
        CU_ASSERT_STRING_EQUAL(jobs[i].proof_value, jobs[0].proof_value);
    }
    json_decref(doc);
    json_decref(options);
}

void register_thread_tests(void)
{
    CU_pSuite s = CU_add_suite("threads", NULL, NULL);
    CU_add_test(s, "concurrent signing shares the context cache", test_concurrent_signing);
}
