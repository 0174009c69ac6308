/* W3C RDFC-1.0 test suite: every Eval and Map test of the manifest must pass
 * and the negative (poison graph) test must stop with an error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/Basic.h>

#include "jl_test_support.h"
#include "nquads.h"
#include "rdfc10.h"

static bool map_matches(const rdfc10_result *r, const json_t *expected)
{
    if (json_object_size(expected) != r->map_count)
        return false;
    for (size_t i = 0; i < r->map_count; i++) {
        const char *want = json_string_value(json_object_get(expected, r->map_from[i]));
        if (!want || strcmp(want, r->map_to[i]))
            return false;
    }
    return true;
}

static bool run_entry(const json_t *e, bool *negative)
{
    const char *type = json_string_value(json_object_get(e, "type"));
    const char *action = json_string_value(json_object_get(e, "action"));
    const char *result = json_string_value(json_object_get(e, "result"));
    const char *alg = json_string_value(json_object_get(e, "hashAlgorithm"));
    char rel[512];
    snprintf(rel, sizeof rel, "rdf-canon/%s", action);
    rdf_dataset *ds = parse_nquads_file(fixture_path(rel));
    if (!ds)
        return false;
    rdfc10_options opts = {.hash = alg && !strcmp(alg, "SHA384") ? RDFC10_SHA384 : RDFC10_SHA256};
    rdfc10_result r;
    jl_error err;
    jl_error_clear(&err);
    jl_status st = rdfc10_canonicalize(ds, &opts, &r, &err);
    rdf_dataset_free(ds);
    *negative = !strcmp(type, "rdfc:RDFC10NegativeEvalTest");
    if (*negative)
        return st == JL_ERR_RDFC_LIMIT;
    if (st) {
        fprintf(stderr, "%s: %s\n", action, err.message);
        return false;
    }
    snprintf(rel, sizeof rel, "rdf-canon/%s", result);
    bool ok;
    if (!strcmp(type, "rdfc:RDFC10MapTest")) {
        json_t *expected = load_json(fixture_path(rel));
        ok = expected && map_matches(&r, expected);
        json_decref(expected);
    } else {
        char *expected = read_file(fixture_path(rel), NULL);
        ok = expected && !strcmp(expected, r.nquads);
        free(expected);
    }
    rdfc10_result_free(&r);
    return ok;
}

static void test_manifest(void)
{
    json_t *m = load_json(fixture_path("rdf-canon/manifest.jsonld"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    json_t *entries = json_object_get(m, "entries");
    int pass = 0, total = 0, neg_pass = 0, neg_total = 0;
    size_t i;
    json_t *e;
    json_array_foreach(entries, i, e) {
        bool negative = false;
        bool ok = run_entry(e, &negative);
        if (negative) {
            neg_total++;
            neg_pass += ok;
        } else {
            total++;
            pass += ok;
        }
        if (!ok)
            printf("FAIL %s\n", json_string_value(json_object_get(e, "id")));
    }
    printf("\nrdf-canon: %d/%d passed, %d/%d negative\n", pass, total, neg_pass, neg_total);
    CU_ASSERT_EQUAL(pass, total);
    CU_ASSERT_EQUAL(neg_pass, neg_total);
    CU_ASSERT(total >= 85);
    json_decref(m);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    CU_pSuite s = CU_add_suite("rdf-canon", NULL, NULL);
    CU_add_test(s, "W3C RDFC-1.0 manifest", test_manifest);
    return run_registered_tests();
}
