/* RDFC-1.0 options: call limit, hash algorithm, issued identifier map; the
 * limits that stop hostile inputs (deep chains, huge look-alike groups,
 * cliques) before they exhaust the stack, memory or time. */
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

/* A chain of look-alike blank nodes (a list of n equal items). */
static rdf_dataset *lookalike_chain(int n)
{
    rdf_dataset *ds = rdf_dataset_new();
    jl_error err;
    char s[16], o[16];
    for (int i = 0; i < n; i++) {
        snprintf(s, sizeof s, "n%d", i);
        snprintf(o, sizeof o, "n%d", i + 1);
        rdf_quad first = {rdf_blank(s), rdf_iri(RDF_NS "first"), rdf_literal("same", NULL, NULL), {0}};
        rdf_quad rest = {rdf_blank(s), rdf_iri(RDF_NS "rest"),
                         i + 1 < n ? rdf_blank(o) : rdf_iri(RDF_NS "nil"), {0}};
        rdf_dataset_add(ds, &first, &err);
        rdf_dataset_add(ds, &rest, &err);
    }
    return ds;
}

/* A long list of equal items is a chain of look-alike blank nodes: the
 * default call limit scales with the number of blank nodes and the work
 * budget allows it, so it canonicalizes. */
static void test_long_chain_of_lookalikes(void)
{
    enum { N = 120 };
    rdf_dataset *ds = lookalike_chain(N);
    rdfc10_result r;
    jl_error err;
    jl_error_clear(&err);
    CU_ASSERT_EQUAL(rdfc10_canonicalize(ds, NULL, &r, &err), JL_OK);
    CU_ASSERT_EQUAL(r.map_count, N);
    rdfc10_result_free(&r);
    rdf_dataset_free(ds);
}

static void expect_limit(rdf_dataset *ds)
{
    rdfc10_result r;
    jl_error err;
    jl_error_clear(&err);
    CU_ASSERT_EQUAL(rdfc10_canonicalize(ds, NULL, &r, &err), JL_ERR_RDFC_LIMIT);
    CU_ASSERT_PTR_NULL(r.nquads);
    rdf_dataset_free(ds);
}

/* Hostile inputs end with JL_ERR_RDFC_LIMIT by the default limits: a chain of
 * 20,000 look-alikes (Hash N-Degree Quads would recurse along all of it and
 * overflow the stack), 20,000 look-alike leaves (one identifier issuer per
 * member, each as large as the dataset: gigabytes) and a clique of 300 blank
 * nodes (permutations). */
static void test_hostile_inputs_hit_the_limits(void)
{
    expect_limit(lookalike_chain(20000));
    rdf_dataset *leaves = rdf_dataset_new();
    jl_error err;
    char label[16];
    for (int i = 0; i < 20000; i++) {
        snprintf(label, sizeof label, "e%d", i);
        rdf_quad q = {rdf_iri("http://example.org/c"), rdf_iri("http://example.org/evidence"), rdf_blank(label), {0}};
        rdf_quad t = {rdf_blank(label), rdf_iri(RDF_NS "type"), rdf_iri("http://example.org/Evidence"), {0}};
        rdf_dataset_add(leaves, &q, &err);
        rdf_dataset_add(leaves, &t, &err);
    }
    expect_limit(leaves);
    rdf_dataset *clique = rdf_dataset_new();
    char s[16], o[16];
    for (int i = 0; i < 300; i++)
        for (int j = 0; j < 300; j++) {
            if (i == j)
                continue;
            snprintf(s, sizeof s, "k%d", i);
            snprintf(o, sizeof o, "k%d", j);
            rdf_quad q = {rdf_blank(s), rdf_iri("http://example.org/p"), rdf_blank(o), {0}};
            rdf_dataset_add(clique, &q, &err);
        }
    expect_limit(clique);
}

void register_rdfc10_tests(void)
{
    CU_pSuite s = CU_add_suite("rdfc10", NULL, NULL);
    CU_add_test(s, "Hash N-Degree Quads call limit", test_call_limit);
    CU_add_test(s, "SHA-384 and issued identifier map", test_sha384_and_map);
    CU_add_test(s, "duplicate quads collapse", test_duplicates_collapse);
    CU_add_test(s, "long chains of look-alike blank nodes", test_long_chain_of_lookalikes);
    CU_add_test(s, "hostile inputs hit the limits", test_hostile_inputs_hit_the_limits);
}
