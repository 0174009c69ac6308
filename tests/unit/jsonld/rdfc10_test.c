/* RDFC-1.0 options: call limit, hash algorithm, issued identifier map. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "jl_test_support.h"
#include "rdfc10.h"
#include "unit.h"

static void test_call_limit(void)
{
    rdf_dataset *ds = parse_nquads_file(fixture_path("rdf-canon/rdfc10/test044-in.nq"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    rdfc10_result r;
    jl_error err;
    jl_error_clear(&err);
    rdfc10_options tight = {.max_ndegree_calls = 100};
    CU_ASSERT_EQUAL(rdfc10_canonicalize(ds, &tight, &r, &err), JL_ERR_RDFC_LIMIT);
    CU_ASSERT_PTR_NULL(r.nquads);
    jl_error_clear(&err);
    CU_ASSERT_EQUAL(rdfc10_canonicalize(ds, NULL, &r, &err), JL_OK); /* needs 468 calls */
    rdfc10_result_free(&r);
    rdf_dataset_free(ds);
}

static void test_sha384_and_map(void)
{
    rdf_dataset *ds = parse_nquads_file(fixture_path("rdf-canon/rdfc10/test075-in.nq"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    rdfc10_result a, b;
    jl_error err;
    jl_error_clear(&err);
    rdfc10_options sha384 = {.hash = RDFC10_SHA384};
    CU_ASSERT_EQUAL_FATAL(rdfc10_canonicalize(ds, &sha384, &a, &err), JL_OK);
    CU_ASSERT_EQUAL_FATAL(rdfc10_canonicalize(ds, NULL, &b, &err), JL_OK);
    char *want = read_file(fixture_path("rdf-canon/rdfc10/test075-rdfc10.nq"), NULL);
    CU_ASSERT_STRING_EQUAL(a.nquads, want);
    CU_ASSERT_STRING_NOT_EQUAL(b.nquads, want); /* the labelling depends on the hash */
    CU_ASSERT(a.map_count > 0);
    CU_ASSERT_STRING_EQUAL(a.map_to[0], "c14n0");
    free(want);
    rdfc10_result_free(&a);
    rdfc10_result_free(&b);
    rdfc10_options bad = {.hash = (rdfc10_hash_algorithm)9};
    CU_ASSERT_EQUAL(rdfc10_canonicalize(ds, &bad, &a, &err), JL_ERR_RDFC_HASH);
    rdf_dataset_free(ds);
}

static void test_duplicates_collapse(void)
{
    rdf_dataset *ds = rdf_dataset_new();
    rdf_quad q = {rdf_blank("x"), rdf_iri("http://p"), rdf_literal("v", NULL, NULL), {0}};
    jl_error err;
    jl_error_clear(&err);
    rdf_dataset_add(ds, &q, &err);
    rdf_dataset_add(ds, &q, &err);
    rdfc10_result r;
    CU_ASSERT_EQUAL_FATAL(rdfc10_canonicalize(ds, NULL, &r, &err), JL_OK);
    CU_ASSERT_STRING_EQUAL(r.nquads, "_:c14n0 <http://p> \"v\" .\n");
    CU_ASSERT_STRING_EQUAL(r.map_from[0], "x");
    rdfc10_result_free(&r);
    rdf_dataset_free(ds);
}

/* A long list of equal items is a chain of look-alike blank nodes: the
 * default limit scales with the number of blank nodes, so it canonicalizes. */
static void test_long_chain_of_lookalikes(void)
{
    rdf_dataset *ds = rdf_dataset_new();
    jl_error err;
    jl_error_clear(&err);
    enum { N = 120 };
    char s[16], o[16];
    for (int i = 0; i < N; i++) {
        snprintf(s, sizeof s, "n%d", i);
        snprintf(o, sizeof o, "n%d", i + 1);
        rdf_quad first = {rdf_blank(s), rdf_iri(RDF_NS "first"), rdf_literal("same", NULL, NULL), {0}};
        rdf_quad rest = {rdf_blank(s), rdf_iri(RDF_NS "rest"),
                         i + 1 < N ? rdf_blank(o) : rdf_iri(RDF_NS "nil"), {0}};
        rdf_dataset_add(ds, &first, &err);
        rdf_dataset_add(ds, &rest, &err);
    }
    rdfc10_result r;
    CU_ASSERT_EQUAL(rdfc10_canonicalize(ds, NULL, &r, &err), JL_OK);
    CU_ASSERT_EQUAL(r.map_count, N);
    rdfc10_result_free(&r);
    rdf_dataset_free(ds);
}

void register_rdfc10_tests(void)
{
    CU_pSuite s = CU_add_suite("rdfc10", NULL, NULL);
    CU_add_test(s, "Hash N-Degree Quads call limit", test_call_limit);
    CU_add_test(s, "SHA-384 and issued identifier map", test_sha384_and_map);
    CU_add_test(s, "duplicate quads collapse", test_duplicates_collapse);
    CU_add_test(s, "long chains of look-alike blank nodes", test_long_chain_of_lookalikes);
}
