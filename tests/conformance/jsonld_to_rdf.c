/* W3C JSON-LD 1.1 toRdf test suite, plus the expand suite checked through
 * RDF. Every test runs; results are compared as isomorphic datasets (both
 * sides canonicalized with RDFC-1.0); for expand tests the expected expanded
 * document is itself turned into RDF, so differences that RDF cannot express
 * (e.g. @index) are not seen. A failure fails the suite unless the test is
 * listed, with a reason, in jsonld_to_rdf_skips.txt. json-ld-1.0-only tests
 * are skipped. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/Basic.h>

#include "jl_test_support.h"
#include "jsonld.h"
#include "nquads.h"

#define SUITE_BASE "https://w3c.github.io/json-ld-api/tests/"

static jl_loader *loader;
static json_t *skips; /* test id -> reason */

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

/* Registers every JSON document below fixtures/jsonld-toRdf/<sub> under its
 * suite URL, so that the offline loader serves the suite's remote documents. */
static void register_dir(const char *sub)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", fixture_path(sub));
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *ent;
    while ((ent = readdir(d))) {
        const char *n = ent->d_name;
        char rel[2048];
        snprintf(rel, sizeof rel, "%s/%s", sub, n);
        if (ent->d_type == DT_DIR && n[0] != '.') {
            register_dir(rel);
            continue;
        }
        if (!ends_with(n, ".jsonld") && !ends_with(n, ".json"))
            continue;
        char url[2048];
        snprintf(url, sizeof url, SUITE_BASE "%s", strchr(rel, '/') + 1);
        json_t *doc = load_json(fixture_path(rel));
        if (doc)
            jl_loader_add_json(loader, url, doc, NULL);
        json_decref(doc);
    }
    closedir(d);
}

static void load_skips(void)
{
    skips = json_object();
    char *text = read_file(fixture_path("../conformance/jsonld_to_rdf_skips.txt"), NULL);
    for (char *line = text ? strtok(text, "\n") : NULL; line; line = strtok(NULL, "\n")) {
        if (!strncmp(line, "# ", 2) || !line[0]) /* "# " starts a comment; ids start with "#t" */
            continue;
        char *sp = strchr(line, ' ');
        if (sp) {
            *sp = '\0';
            json_object_set_new(skips, line, json_string(sp + 1));
        }
    }
    free(text);
}

static bool has_type(const json_t *e, const char *type)
{
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(e, "@type"), i, t)
        if (!strcmp(json_string_value(t), type))
            return true;
    return false;
}

typedef enum { R_PASS, R_FAIL, R_SKIP } outcome;

/* The expected dataset: toRdf's .nq file, or expand's expected JSON as RDF. */
static rdf_dataset *expected_dataset(const char *expect, bool expand_suite, const jsonld_options *o)
{
    char rel[1024];
    snprintf(rel, sizeof rel, "jsonld-toRdf/%s", expect);
    if (!expand_suite)
        return parse_nquads_file(fixture_path(rel));
    json_t *doc = load_json(fixture_path(rel));
    rdf_dataset *ds = rdf_dataset_new();
    /* no base: relative IRIs left in the expected output stay relative */
    jsonld_options plain = {.loader = o->loader, .rdf_direction = o->rdf_direction};
    jl_error err;
    if (!doc || jsonld_to_rdf(doc, &plain, ds, &err)) {
        rdf_dataset_free(ds);
        ds = NULL;
    }
    json_decref(doc);
    return ds;
}

static outcome run_test(const json_t *e, bool expand_suite, const char **why)
{
    const json_t *opt = json_object_get(e, "option");
    const char *spec = json_string_value(json_object_get(opt, "specVersion"));
    if (spec && !strcmp(spec, "json-ld-1.0")) {
        *why = "specVersion json-ld-1.0 (this is a 1.1 processor)";
        return R_SKIP;
    }
    const char *input = json_string_value(json_object_get(e, "input"));
    char rel[1024], url[1024];
    snprintf(rel, sizeof rel, "jsonld-toRdf/%s", input);
    snprintf(url, sizeof url, SUITE_BASE "%s", input);
    json_t *doc = load_json(fixture_path(rel));
    if (!doc) {
        *why = "input is not JSON";
        return R_FAIL;
    }
    jsonld_options o = {.loader = loader, .base = url};
    const char *base = json_string_value(json_object_get(opt, "base"));
    if (base)
        o.base = base;
    const char *mode = json_string_value(json_object_get(opt, "processingMode"));
    o.processing_mode_10 = mode && !strcmp(mode, "json-ld-1.0");
    const char *dir = json_string_value(json_object_get(opt, "rdfDirection"));
    if (dir)
        o.rdf_direction = !strcmp(dir, "i18n-datatype") ? JSONLD_RDF_DIRECTION_I18N_DATATYPE
                                                         : JSONLD_RDF_DIRECTION_COMPOUND_LITERAL;
    o.produce_generalized_rdf = json_is_true(json_object_get(opt, "produceGeneralizedRdf"));
    const char *ec = json_string_value(json_object_get(opt, "expandContext"));
    if (ec) {
        snprintf(rel, sizeof rel, SUITE_BASE "%s", ec);
        o.expand_context = jl_loader_get(loader, rel, NULL);
    }
    rdf_dataset *ds = rdf_dataset_new();
    jl_error err;
    jl_error_clear(&err);
    jl_status st = jsonld_to_rdf(doc, &o, ds, &err);
    json_decref(doc);
    outcome r = R_FAIL;
    const char *expect_error = json_string_value(json_object_get(e, "expectErrorCode"));
    static char msg[700];
    if (expect_error) {
        r = st && !strcmp(jl_status_name(st), expect_error) ? R_PASS : R_FAIL;
        snprintf(msg, sizeof msg, "expected error '%s', got '%s'", expect_error, st ? err.message : "success");
    } else if (st) {
        snprintf(msg, sizeof msg, "%s", err.message);
    } else if (!json_object_get(e, "expect")) {
        r = R_PASS; /* a syntax test: processing without error is the result */
    } else {
        rdf_dataset *want = expected_dataset(json_string_value(json_object_get(e, "expect")), expand_suite, &o);
        char *a = canonical_nquads(ds), *b = want ? canonical_nquads(want) : NULL;
        r = a && b && !strcmp(a, b) ? R_PASS : R_FAIL;
        snprintf(msg, sizeof msg, "datasets differ");
        if (r == R_FAIL && getenv("JL_VERBOSE"))
            printf("--- got\n%s--- want\n%s", a ? a : "", b ? b : "");
        free(a);
        free(b);
        rdf_dataset_free(want);
    }
    rdf_dataset_free(ds);
    *why = msg;
    return r;
}

static void run_manifest(const char *manifest, const char *test_type, const char *label)
{
    json_t *m = load_json(fixture_path(manifest));
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    bool expand_suite = !strcmp(test_type, "jld:ExpandTest");
    int pass = 0, fail = 0, skip = 0, listed = 0, informative_fail = 0;
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(m, "sequence"), i, e) {
        const char *id = json_string_value(json_object_get(e, "@id"));
        const char *why = "";
        if (!has_type(e, test_type))
            continue;
        char key[256];
        snprintf(key, sizeof key, "%s%s", expand_suite ? "expand" : "", id);
        outcome r = run_test(e, expand_suite, &why);
        const char *reason = json_string_value(json_object_get(skips, key));
        bool normative = !json_is_false(json_object_get(json_object_get(e, "option"), "normative"));
        if (r == R_PASS) {
            pass++;
            if (reason)
                printf("NOTE %s passes but is listed as skipped\n", key);
        } else if (r == R_SKIP) {
            skip++;
            printf("SKIP %s: %s\n", key, why);
        } else if (reason) {
            listed++;
            printf("SKIP %s: %s\n", key, reason);
        } else if (!normative) {
            informative_fail++;
            printf("INFO %s (normative: false) fails: %s\n", key, why);
        } else {
            fail++;
            printf("FAIL %s: %s\n", key, why);
        }
    }
    printf("\n%s: %d passed, %d failed, %d skipped (json-ld-1.0 only), %d skipped (listed), "
           "%d non-normative failures\n\n",
           label, pass, fail, skip, listed, informative_fail);
    CU_ASSERT_EQUAL(fail, 0);
    json_decref(m);
}

static void test_to_rdf(void)
{
    run_manifest("jsonld-toRdf/toRdf-manifest.jsonld", "jld:ToRDFTest", "jsonld-toRdf");
}

static void test_expand(void)
{
    run_manifest("jsonld-toRdf/expand-manifest.jsonld", "jld:ExpandTest", "jsonld-expand (via RDF)");
}

int main(void)
{
    jl_error err;
    jl_error_clear(&err);
    loader = jl_loader_new(false, &err);
    if (!loader)
        return 1;
    register_dir("jsonld-toRdf/toRdf");
    register_dir("jsonld-toRdf/expand");
    load_skips();
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    CU_pSuite s = CU_add_suite("jsonld-w3c", NULL, NULL);
    CU_add_test(s, "W3C JSON-LD 1.1 toRdf manifest", test_to_rdf);
    CU_add_test(s, "W3C JSON-LD 1.1 expand manifest (compared as RDF)", test_expand);
    int rc = run_registered_tests();
    json_decref(skips);
    jl_loader_free(loader);
    return rc;
}
