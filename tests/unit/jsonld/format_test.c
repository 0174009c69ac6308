/* Lexical forms: XSD doubles/integers, ECMAScript numbers, JCS, IRI resolution. */
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "iri.h"
#include "jcs.h"
#include "number_format.h"
#include "unit.h"

static void check_double(double v, const char *want)
{
    char out[NUMBER_TEXT_MAX];
    number_xsd_double(v, out);
    CU_ASSERT_STRING_EQUAL(out, want);
}

static void check_es(double v, const char *want)
{
    char out[NUMBER_TEXT_MAX];
    number_es_string(v, out);
    CU_ASSERT_STRING_EQUAL(out, want);
}

static void test_numbers(void)
{
    check_double(5.3, "5.3E0");
    check_double(1e21, "1.0E21");
    check_double(0.1, "1.0E-1");
    check_double(-123.456, "-1.23456E2");
    char out[NUMBER_TEXT_MAX];
    number_xsd_integer(42.0, out);
    CU_ASSERT_STRING_EQUAL(out, "42");
    number_xsd_integer(-0.0, out);
    CU_ASSERT_STRING_EQUAL(out, "0");
    CU_ASSERT(number_is_double(42.5));
    CU_ASSERT(!number_is_double(42.0));
    CU_ASSERT(number_is_double(1e21));
    check_es(1e21, "1e+21");
    check_es(1e20, "100000000000000000000");
    check_es(0.000001, "0.000001");
    check_es(1e-7, "1e-7");
    check_es(123.456, "123.456");
    check_es(-0.0, "0");
    check_es(0.1 + 0.2, "0.30000000000000004");
    check_es(4.5e-300, "4.5e-300");
}

static void test_jcs(void)
{
    json_t *v = json_loads("{\"b\":[1.0,true,null],\"a\":\"\\u00e9\\n\\u001f\",\"\\u20ac\":{},\"\\ud83d\\ude00\":0,"
                           "\"\\ufb33\":2}",
                           JSON_DECODE_INT_AS_REAL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    strbuf b;
    strbuf_init(&b);
    jcs_serialize(&b, v);
    /* keys by UTF-16 code units: U+20AC < U+1F600 (surrogate D83D) < U+FB33,
     * which UTF-8 byte order would get wrong */
    CU_ASSERT_STRING_EQUAL(strbuf_cstr(&b), "{\"a\":\"\xc3\xa9\\n\\u001f\",\"b\":[1,true,null],"
                                            "\"\xe2\x82\xac\":{},\"\xf0\x9f\x98\x80\":0,\"\xef\xac\xb3\":2}");
    strbuf_free(&b);
    json_decref(v);
}

static void check_resolve(const char *ref, const char *want)
{
    arena a;
    jl_arena_init(&a);
    const char *got = iri_resolve(&a, "http://a/b/c/d;p?q", ref);
    CU_ASSERT_STRING_EQUAL(got, want);
    jl_arena_free(&a);
}

static void test_iri_resolution(void)
{
    /* RFC 3986 section 5.4 */
    check_resolve("g", "http://a/b/c/g");
    check_resolve("./g", "http://a/b/c/g");
    check_resolve("g/", "http://a/b/c/g/");
    check_resolve("/g", "http://a/g");
    check_resolve("//g", "http://g");
    check_resolve("?y", "http://a/b/c/d;p?y");
    check_resolve("#s", "http://a/b/c/d;p?q#s");
    check_resolve("", "http://a/b/c/d;p?q");
    check_resolve(".", "http://a/b/c/");
    check_resolve("..", "http://a/b/");
    check_resolve("../..", "http://a/");
    check_resolve("../../../g", "http://a/g");
    check_resolve("/./g", "http://a/g");
    check_resolve("g;x=1/../y", "http://a/b/c/y");
    check_resolve("g?y/./x", "http://a/b/c/g?y/./x");
    check_resolve("http:g", "http:g");
    CU_ASSERT(iri_is_absolute("urn:x"));
    CU_ASSERT(!iri_is_absolute("a b:c"));
    CU_ASSERT(!iri_is_well_formed("http://x/#a#b"));
    CU_ASSERT(iri_looks_like_keyword("@foo"));
    CU_ASSERT(!iri_looks_like_keyword("@foo.bar"));
}

void register_format_tests(void)
{
    CU_pSuite s = CU_add_suite("formats", NULL, NULL);
    CU_add_test(s, "XSD and ECMAScript numbers", test_numbers);
    CU_add_test(s, "JCS", test_jcs);
    CU_add_test(s, "RFC 3986 resolution", test_iri_resolution);
}
