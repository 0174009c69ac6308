/* base58btc, multibase and Multikey encodings. */
#include <string.h>

#include <CUnit/CUnit.h>

#include "multibase.h"
#include "unit.h"

static void test_base58_known_values(void)
{
    char out[64];
    CU_ASSERT_EQUAL(base58btc_encode((const uint8_t *)"Hello World!", 12, out, sizeof out), 17);
    CU_ASSERT_STRING_EQUAL(out, "2NEpo7TZRRrLZSi2U");
    const uint8_t zeros[] = {0, 0, 1};
    base58btc_encode(zeros, sizeof zeros, out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "112");
    base58btc_encode(zeros, 0, out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "");
    CU_ASSERT_EQUAL(base58btc_encode((const uint8_t *)"Hello World!", 12, out, 8), 0);
}

static void test_base58_round_trip_and_errors(void)
{
    uint8_t in[64], back[64];
    for (size_t i = 0; i < sizeof in; i++)
        in[i] = (uint8_t)(i * 37 + (i < 3 ? 0 : 1)) * (i >= 2);
    char text[BASE58_ENCODED_MAX(64)];
    CU_ASSERT(base58btc_encode(in, sizeof in, text, sizeof text) > 0);
    size_t n;
    jl_error err;
    jl_error_clear(&err);
    CU_ASSERT_EQUAL(base58btc_decode(text, back, sizeof back, &n, &err), JL_OK);
    CU_ASSERT_EQUAL(n, sizeof in);
    CU_ASSERT(memcmp(in, back, sizeof in) == 0);
    CU_ASSERT_EQUAL(base58btc_decode("0OIl", back, sizeof back, &n, &err), JL_ERR_MULTIBASE);
    jl_error_clear(&err);
    CU_ASSERT_EQUAL(multibase_decode("f00", back, sizeof back, &n, &err), JL_ERR_MULTIBASE);
}

static void test_multikey(void)
{
    static const char pub[] = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    uint8_t pk[32], seed[32];
    char text[MULTIKEY_TEXT_MAX];
    jl_error err;
    jl_error_clear(&err);
    CU_ASSERT_EQUAL(multikey_decode_public(pub, pk, &err), JL_OK);
    CU_ASSERT_EQUAL(pk[0], 0x4b);
    CU_ASSERT_EQUAL(multikey_encode_public(pk, text, &err), JL_OK);
    CU_ASSERT_STRING_EQUAL(text, pub);
    /* current secret form round-trips; a public key is not a secret key */
    memset(seed, 7, sizeof seed);
    CU_ASSERT_EQUAL(multikey_encode_secret(seed, text, &err), JL_OK);
    uint8_t back[32];
    CU_ASSERT_EQUAL(multikey_decode_secret(text, back, &err), JL_OK);
    CU_ASSERT(memcmp(seed, back, 32) == 0);
    CU_ASSERT_EQUAL(multikey_decode_secret(pub, back, &err), JL_ERR_MULTIBASE);
    jl_error_clear(&err);
    CU_ASSERT_EQUAL(multikey_decode_public(text, pk, &err), JL_ERR_MULTIBASE);
}

void register_multibase_tests(void)
{
    CU_pSuite s = CU_add_suite("multibase", NULL, NULL);
    CU_add_test(s, "base58btc known values", test_base58_known_values);
    CU_add_test(s, "base58btc round trip and errors", test_base58_round_trip_and_errors);
    CU_add_test(s, "Ed25519 Multikey", test_multikey);
}
