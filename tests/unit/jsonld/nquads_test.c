/* N-Quads parsing and canonical serialization. */
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "nquads.h"
#include "unit.h"

static char *round_trip(const char *text, jl_status *st)
{
    rdf_dataset *ds = rdf_dataset_new();
    jl_error err;
    jl_error_clear(&err);
    *st = nquads_parse(text, strlen(text), ds, &err);
    char *out = *st ? NULL : nquads_serialize(ds);
    rdf_dataset_free(ds);
    return out;
}

static void test_round_trip(void)
{
    jl_status st;
    char *out = round_trip("# comment\r\n<http://s> <http://p> \"a\\u00E9\\t\\\"\\\\\"@en-GB <http://g> .\n"
                           "_:b1 <http://p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .  # trailing\n"
                           "_:b1 <http://p> \"x\\u0000y\\u007F\"^^<http://www.w3.org/2001/XMLSchema#string> .\n",
                           &st);
    CU_ASSERT_EQUAL_FATAL(st, JL_OK);
    CU_ASSERT_STRING_EQUAL(out, "<http://s> <http://p> \"a\xc3\xa9\\t\\\"\\\\\"@en-GB <http://g> .\n"
                                "_:b1 <http://p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
                                "_:b1 <http://p> \"x\\u0000y\\u007F\" .\n");
    free(out);
    out = round_trip("<http://s> _:p <http://o> .\n", &st); /* generalized RDF */
    CU_ASSERT_EQUAL(st, JL_OK);
    CU_ASSERT_STRING_EQUAL(out, "<http://s> _:p <http://o> .\n");
    free(out);
}

static void test_syntax_errors(void)
{
    static const char *const bad[] = {
        "<http://s> <http://p> \"x\"",            /* no dot */
        "<rel> <http://p> <http://o> .",          /* relative IRI */
        "_:a \"p\" <http://o> .",                 /* literal predicate */
        "<http://s> <http://p> \"x\\q\" .",       /* bad escape */
        "<http://s> <http://p> \"unterminated .", /* open literal */
        "<http://s> <http://p> <http://o> . x",   /* trailing garbage */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        jl_status st;
        char *out = round_trip(bad[i], &st);
        CU_ASSERT_EQUAL(st, JL_ERR_NQUADS_SYNTAX);
        free(out);
    }
}

void register_nquads_tests(void)
{
    CU_pSuite s = CU_add_suite("nquads", NULL, NULL);
    CU_add_test(s, "parse and canonical serialization", test_round_trip);
    CU_add_test(s, "syntax errors", test_syntax_errors);
}
