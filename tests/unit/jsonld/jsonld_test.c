/* JSON-LD processing details: safe mode, number forms of the OB contexts,
 * rdf:JSON literals, expansion API, error reporting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "jsonld.h"
#include "unit.h"

#define VC2 "https://www.w3.org/ns/credentials/v2"
#define OB303 "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

static char *canon(const char *json, bool safe, jl_status *st, jl_error *err)
{
    json_t *doc = json_loads(json, JSON_DECODE_INT_AS_REAL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    jsonld_options o = {.safe = safe};
    rdfc10_result r;
    *st = jsonld_canonize(doc, &o, NULL, &r, err);
    json_decref(doc);
    char *out = *st ? NULL : r.nquads;
    r.nquads = NULL;
    if (!*st)
        rdfc10_result_free(&r);
    return out;
}

static void test_safe_mode(void)
{
    static const char doc[] = "{\"@context\":[\"" VC2 "\"],\"id\":\"urn:x\",\"type\":\"VerifiableCredential\","
                              "\"undefinedTerm\":\"dropped\"}";
    jl_error err;
    jl_status st;
    char *out = canon(doc, false, &st, &err);
    CU_ASSERT_EQUAL(st, JL_OK);
    CU_ASSERT_PTR_NULL(out ? strstr(out, "dropped") : "x");
    free(out);
    out = canon(doc, true, &st, &err);
    CU_ASSERT_EQUAL(st, JL_ERR_SAFE_MODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "undefinedTerm"));
    free(out);
    static const char rel_type[] = "{\"@context\":{\"@vocab\":\"http://v/\"},\"@id\":\"urn:x\",\"@type\":\"Thing\","
                                   "\"@base\":null}";
    out = canon(rel_type, true, &st, &err);
    CU_ASSERT_EQUAL(st, JL_OK); /* @vocab makes the type absolute */
    free(out);
    static const char rel_id[] = "{\"@context\":{\"p\":{\"@id\":\"http://v/p\",\"@type\":\"@id\"}},"
                                 "\"@id\":\"urn:x\",\"p\":\"relative\"}";
    out = canon(rel_id, true, &st, &err);
    CU_ASSERT_EQUAL(st, JL_ERR_SAFE_MODE);
    free(out);
}

static void test_ob_number_quirks(void)
{
    /* OB 3.0 coerces creditsEarned to https://…#float: an integral JSON number
     * keeps the integer lexical form, a fractional one the double form. */
    static const char doc[] = "{\"@context\":[\"" VC2 "\",\"" OB303 "\"],\"id\":\"urn:r\","
                              "\"type\":\"AchievementSubject\",\"creditsEarned\":%s}";
    char buf[512];
    jl_error err;
    jl_status st;
    snprintf(buf, sizeof buf, doc, "42.0");
    char *out = canon(buf, true, &st, &err);
    CU_ASSERT_EQUAL_FATAL(st, JL_OK);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "\"42\"^^<https://www.w3.org/2001/XMLSchema#float>"));
    free(out);
    snprintf(buf, sizeof buf, doc, "7.5");
    out = canon(buf, true, &st, &err);
    CU_ASSERT_EQUAL_FATAL(st, JL_OK);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "\"7.5E0\"^^<https://www.w3.org/2001/XMLSchema#float>"));
    free(out);
}

static void test_json_literal(void)
{
    static const char doc[] = "{\"@context\":{\"data\":{\"@id\":\"http://v/data\",\"@type\":\"@json\"}},"
                              "\"@id\":\"urn:x\",\"data\":{\"b\":1.50,\"a\":[true,\"\\u00e9\"]}}";
    jl_error err;
    jl_status st;
    char *out = canon(doc, true, &st, &err);
    CU_ASSERT_EQUAL_FATAL(st, JL_OK);
    CU_ASSERT_STRING_EQUAL(out, "<urn:x> <http://v/data> \"{\\\"a\\\":[true,\\\"\xc3\xa9\\\"],\\\"b\\\":1.5}\""
                                "^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> .\n");
    free(out);
}

static void test_expand_and_errors(void)
{
    json_t *doc = json_loads("{\"@context\":{\"@vocab\":\"http://v/\",\"@language\":\"nl\"},\"naam\":\"Jan\"}", 0, NULL);
    json_t *out = NULL;
    jl_error err;
    CU_ASSERT_EQUAL_FATAL(jsonld_expand(doc, NULL, &out, &err), JL_OK);
    json_t *want = json_loads("[{\"http://v/naam\":[{\"@value\":\"Jan\",\"@language\":\"nl\"}]}]", 0, NULL);
    CU_ASSERT(json_equal(out, want));
    json_decref(out);
    json_decref(want);
    json_decref(doc);
    doc = json_loads("{\"@context\":{\"@vocab\":\"http://v/\",\"@protected\":true,\"t\":\"http://a/\"},"
                     "\"@id\":\"urn:x\",\"n\":{\"@context\":{\"t\":\"http://b/\"},\"t\":1}}", 0, NULL);
    CU_ASSERT_EQUAL(jsonld_expand(doc, NULL, &out, &err), JL_ERR_PROTECTED_TERM_REDEFINITION);
    CU_ASSERT_PTR_NULL(out);
    CU_ASSERT(strncmp(err.message, "protected term redefinition: ", 29) == 0);
    json_decref(doc);
}

static void test_nesting_limit(void)
{
    enum { LEVELS = 600 };
    char *text = malloc(LEVELS * 7 + 64), *p = text;
    p += sprintf(p, "{\"@context\":{\"@vocab\":\"http://v/\"},\"a\":");
    for (int i = 0; i < LEVELS; i++)
        p += sprintf(p, "{\"a\":");
    p += sprintf(p, "1");
    for (int i = 0; i <= LEVELS; i++)
        *p++ = '}';
    *p = '\0';
    jl_error err;
    jl_status st;
    char *out = canon(text, false, &st, &err);
    CU_ASSERT_EQUAL(st, JL_ERR_ARGUMENT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nested deeper"));
    free(out);
    free(text);
}

void register_jsonld_tests(void)
{
    CU_pSuite s = CU_add_suite("jsonld", NULL, NULL);
    CU_add_test(s, "safe mode", test_safe_mode);
    CU_add_test(s, "OB 3.0 number coercions", test_ob_number_quirks);
    CU_add_test(s, "rdf:JSON literals use JCS", test_json_literal);
    CU_add_test(s, "expansion API and error reporting", test_expand_and_errors);
    CU_add_test(s, "nesting depth limit", test_nesting_limit);
}
