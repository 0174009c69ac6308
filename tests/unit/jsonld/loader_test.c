/* Offline document loader: bundled contexts, runtime registration, errors. */
#include <string.h>

#include <CUnit/CUnit.h>

#include "jsonld.h"
#include "unit.h"

#define EXT_URL "https://edubadges.example/contexts/ext/v1.json"

static void test_bundled_and_unknown(void)
{
    jl_error err;
    jl_error_clear(&err);
    jl_loader *def = jl_loader_default();
    CU_ASSERT_PTR_NOT_NULL_FATAL(def);
    CU_ASSERT_PTR_NOT_NULL(jl_loader_get(def, "https://www.w3.org/ns/credentials/v2", &err));
    CU_ASSERT_PTR_NOT_NULL(jl_loader_get(def, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", &err));
    CU_ASSERT_PTR_NULL(jl_loader_get(def, "https://www.w3.org/ns/credentials/v2/", &err)); /* exact match only */
    CU_ASSERT_EQUAL(err.code, JL_ERR_LOADING_DOCUMENT_FAILED);
    json_t *doc = json_pack("{s[s]ss}", "@context", "https://example.org/unknown-context.jsonld", "@id", "urn:x");
    rdf_dataset *ds = rdf_dataset_new();
    CU_ASSERT_EQUAL(jsonld_to_rdf(doc, NULL, ds, &err), JL_ERR_LOADING_REMOTE_CONTEXT_FAILED);
    CU_ASSERT_STRING_EQUAL(jl_status_name(err.code), "loading remote context failed");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "unknown-context.jsonld"));
    rdf_dataset_free(ds);
    json_decref(doc);
}

static void test_runtime_registration(void)
{
    jl_error err;
    jl_error_clear(&err);
    jl_loader *l = jl_loader_new(true, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(l);
    static const char ext[] = "{\"@context\":{\"@protected\":true,"
                              "\"ects\":{\"@id\":\"https://edubadges.example/vocab#ects\","
                              "\"@type\":\"http://www.w3.org/2001/XMLSchema#decimal\"}}}";
    CU_ASSERT_EQUAL(jl_loader_add_text(l, EXT_URL, ext, strlen(ext), &err), JL_OK);
    CU_ASSERT_EQUAL(jl_loader_add_text(l, EXT_URL, ext, strlen(ext), &err), JL_ERR_REGISTRY);
    jl_error_clear(&err);
    CU_ASSERT_EQUAL(jl_loader_add_text(l, "https://x.example/bad", "{", 1, &err), JL_ERR_JSON);
    jl_error_clear(&err);
    json_t *doc = json_pack("{s[ss]sssf}", "@context", "https://www.w3.org/ns/credentials/v2", EXT_URL, "id",
                            "urn:uuid:1", "ects", 2.5);
    jsonld_options o = {.loader = l, .safe = true};
    rdfc10_result r;
    CU_ASSERT_EQUAL_FATAL(jsonld_canonize(doc, &o, NULL, &r, &err), JL_OK);
    CU_ASSERT_STRING_EQUAL(r.nquads, "<urn:uuid:1> <https://edubadges.example/vocab#ects> "
                                     "\"2.5E0\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n");
    rdfc10_result_free(&r);
    /* a second run is served from the processed-context cache */
    CU_ASSERT_EQUAL(jsonld_canonize(doc, &o, NULL, &r, &err), JL_OK);
    rdfc10_result_free(&r);
    json_decref(doc);
    jl_loader_free(l);
}

void register_loader_tests(void)
{
    CU_pSuite s = CU_add_suite("loader", NULL, NULL);
    CU_add_test(s, "bundled contexts and unknown URLs", test_bundled_and_unknown);
    CU_add_test(s, "runtime registration", test_runtime_registration);
}
