/* Unit tests of the pieces under issuer keys and revocation: the master key file and
 * sealing, issuer signing keys, credential date-times, the public URLs and bitstring
 * status lists. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datetime.h"
#include "harness.h"
#include "master_key.h"
#include "multibase.h"
#include "ob3_urls.h"
#include "signing_key.h"
#include "status_list.h"

static arena *mem;
static char dir[256];

static const char *write_key_file(const char *name, const char *content, mode_t mode)
{
    char *path = arena_sprintf(mem, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    fputs(content, f);
    fclose(f);
    chmod(path, mode);
    return path;
}

#define HEX64 "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"

static void expect_load_error(const char *path, const char *needle)
{
    char err[1024] = "";
    master_key *k = master_key_load(path, err, sizeof err);
    CU_ASSERT_PTR_NULL(k);
    master_key_free(k);
    if (!strstr(err, needle))
        fprintf(stderr, "\nexpected \"%s\" in: %s\n", needle, err);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, needle));
}

static void test_master_key_file(void)
{
    char err[1024];
    master_key *k = master_key_load(write_key_file("good", HEX64 "\n", 0600), err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(k);
    CU_ASSERT_EQUAL(strlen(master_key_fingerprint(k)), MASTER_KEY_FINGERPRINT_CHARS);
    /* the same bytes give the same fingerprint; other bytes another */
    uint8_t bytes[32];
    sodium_hex2bin(bytes, 32, HEX64, 64, NULL, NULL, NULL);
    master_key *same = master_key_from_bytes(bytes);
    CU_ASSERT_STRING_EQUAL(master_key_fingerprint(k), master_key_fingerprint(same));
    bytes[0] ^= 1;
    master_key *other = master_key_from_bytes(bytes);
    CU_ASSERT_STRING_NOT_EQUAL(master_key_fingerprint(k), master_key_fingerprint(other));
    master_key_free(k);
    master_key_free(same);
    master_key_free(other);

    expect_load_error(NULL, "--master-key-file");
    expect_load_error("", "EDUBADGES_MASTER_KEY_FILE");
    expect_load_error(arena_sprintf(mem, "%s/missing", dir), "No such file");
    expect_load_error(dir, "not a regular file");
    expect_load_error(write_key_file("open", HEX64, 0644), "chmod 600");
    expect_load_error(write_key_file("short", "0011", 0600), "not 64 hexadecimal");
    expect_load_error(write_key_file("long", HEX64 "00", 0600), "not 64 hexadecimal");
    /* whatever follows the key counts, also after blank lines */
    expect_load_error(write_key_file("padded", HEX64 "\n\n\n\n\n\n\n\n" HEX64 "\n", 0600), "not 64 hexadecimal");
    master_key *crlf = master_key_load(write_key_file("crlf", HEX64 "\r\n", 0600), err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL(crlf);
    master_key_free(crlf);
    expect_load_error(write_key_file("nothex", "zz112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", 0600), "not 64 hexadecimal");
    expect_load_error(write_key_file("zero", "0000000000000000000000000000000000000000000000000000000000000000", 0600),
                      "all-zero");
}

static void test_seal_open(void)
{
    uint8_t b1[32], b2[32];
    randombytes_buf(b1, 32);
    randombytes_buf(b2, 32);
    master_key *k1 = master_key_from_bytes(b1), *k2 = master_key_from_bytes(b2);
    const uint8_t plain[] = "a private key";
    uint8_t sealed[sizeof plain + MASTER_KEY_SEAL_OVERHEAD], sealed2[sizeof sealed], out[sizeof plain];
    master_key_seal(k1, plain, sizeof plain, sealed);
    master_key_seal(k1, plain, sizeof plain, sealed2);
    CU_ASSERT(memcmp(sealed, sealed2, sizeof sealed) != 0); /* fresh nonces */
    CU_ASSERT_TRUE(master_key_open(k1, sealed, sizeof sealed, out));
    CU_ASSERT(memcmp(out, plain, sizeof plain) == 0);
    CU_ASSERT_FALSE(master_key_open(k2, sealed, sizeof sealed, out));
    sealed[sizeof sealed - 1] ^= 1;
    CU_ASSERT_FALSE(master_key_open(k1, sealed, sizeof sealed, out));
    CU_ASSERT_FALSE(master_key_open(k1, sealed, MASTER_KEY_SEAL_OVERHEAD - 1, out));
    master_key_free(k1);
    master_key_free(k2);
}

static void test_signing_key(void)
{
    uint8_t b[32];
    randombytes_buf(b, 32);
    master_key *mk = master_key_from_bytes(b);
    eb_error e;
    eb_error_init(&e, mem);
    eb_signing_key k;
    CU_ASSERT_EQUAL_FATAL(signing_key_generate(mem, mk, KEY_ALG_ED25519, "issuer", 42, &k, &e), EB_OK);
    CU_ASSERT_EQUAL(strncmp(k.public_key, "z6Mk", 4), 0);
    CU_ASSERT_EQUAL(k.state, KEY_STATE_ACTIVE);
    CU_ASSERT_EQUAL(k.create_time_us, 42);
    CU_ASSERT_EQUAL(k.sealed_len, 32 + MASTER_KEY_SEAL_OVERHEAD);
    CU_ASSERT_STRING_EQUAL(k.master_key_fingerprint, master_key_fingerprint(mk));
    di_eddsa_key dk;
    CU_ASSERT_EQUAL_FATAL(signing_key_open_ed25519(mk, &k, &dk, &e), EB_OK);
    /* the opened key signs what the public key verifies */
    uint8_t sig[64];
    crypto_sign_detached(sig, NULL, (const uint8_t *)"m", 1, dk.secret_key);
    di_eddsa_key_wipe(&dk);
    uint8_t pub[32];
    jl_error je;
    CU_ASSERT_EQUAL(multikey_decode_public(k.public_key, pub, &je), JL_OK);
    CU_ASSERT_EQUAL(crypto_sign_verify_detached(sig, (const uint8_t *)"m", 1, pub), 0);

    /* another master key is named as such */
    randombytes_buf(b, 32);
    master_key *other = master_key_from_bytes(b);
    eb_error_init(&e, mem);
    CU_ASSERT_EQUAL(signing_key_open_ed25519(other, &k, &dk, &e), EB_FAILED_PRECONDITION);
    CU_ASSERT_STRING_EQUAL(e.reason, "MASTER_KEY_MISMATCH");
    /* a sealed seed moved to another key's row does not pass for it */
    eb_signing_key k2;
    eb_error_init(&e, mem);
    CU_ASSERT_EQUAL_FATAL(signing_key_generate(mem, mk, KEY_ALG_ED25519, "issuer", 43, &k2, &e), EB_OK);
    k2.public_key = k.public_key;
    CU_ASSERT_EQUAL(signing_key_open_ed25519(mk, &k2, &dk, &e), EB_INTERNAL);
    CU_ASSERT_STRING_EQUAL(e.reason, "SIGNING_KEY_CORRUPT");
    /* altered sealed bytes */
    eb_error_init(&e, mem);
    k.sealed_private[40] ^= 1;
    CU_ASSERT_EQUAL(signing_key_open_ed25519(mk, &k, &dk, &e), EB_INTERNAL);
    /* codes */
    CU_ASSERT_STRING_EQUAL(key_algorithm_code(KEY_ALG_ES256), "ES256");
    CU_ASSERT_EQUAL(key_algorithm_from_code("RS256"), KEY_ALG_RS256);
    CU_ASSERT_EQUAL(key_algorithm_from_code("EdDSA"), 0);
    CU_ASSERT_PTR_NULL(key_algorithm_code(0));
    CU_ASSERT_EQUAL(key_state_from_code("superseded"), KEY_STATE_SUPERSEDED);
    CU_ASSERT_TRUE(key_state_verifies(KEY_STATE_SUPERSEDED));
    CU_ASSERT_FALSE(key_state_verifies(KEY_STATE_RETIRED));
    master_key_free(mk);
    master_key_free(other);
}

static void test_datetime(void)
{
    int64_t us = 0;
    CU_ASSERT_STRING_EQUAL(datetime_format(mem, 0), "1970-01-01T00:00:00Z");
    CU_ASSERT_STRING_EQUAL(datetime_format(mem, 1714564800123456), "2024-05-01T12:00:00Z");
    CU_ASSERT_TRUE(datetime_parse("2024-05-01T12:00:00Z", &us));
    CU_ASSERT_EQUAL(us, 1714564800000000);
    CU_ASSERT_TRUE(datetime_parse("2024-05-01T14:00:00.5+02:00", &us));
    CU_ASSERT_EQUAL(us, 1714564800500000);
    CU_ASSERT_TRUE(datetime_parse("2024-05-01t07:30:00-04:30", &us));
    CU_ASSERT_EQUAL(us, 1714564800000000);
    CU_ASSERT_TRUE(datetime_parse("2024-02-29T00:00:00Z", &us));
    CU_ASSERT_FALSE(datetime_parse("2023-02-29T00:00:00Z", &us));
    CU_ASSERT_FALSE(datetime_parse("2024-05-01T12:00:00", &us)); /* no zone */
    CU_ASSERT_FALSE(datetime_parse("2024-05-01", &us));
    CU_ASSERT_FALSE(datetime_parse("2024-13-01T00:00:00Z", &us));
    CU_ASSERT_FALSE(datetime_parse("2024-05-01T24:00:00Z", &us));
    CU_ASSERT_FALSE(datetime_parse("2024-05-01T12:00:00Zx", &us));
    CU_ASSERT_FALSE(datetime_parse("2024-05-01T12:00:00.Z", &us));
    CU_ASSERT_FALSE(datetime_parse(NULL, &us));
}

#define BASE "https://badges.example.nl"
#define ID "AAAAAAAAAAAAAAAAAAAAAA"

static void test_urls(void)
{
    CU_ASSERT_STRING_EQUAL(ob3_issuer_url(mem, BASE, ID), BASE "/ob3/issuers/" ID);
    ob3_url u = ob3_url_parse(mem, BASE, BASE "/ob3/issuers/" ID);
    CU_ASSERT_EQUAL(u.kind, OB3_URL_ISSUER);
    CU_ASSERT_STRING_EQUAL(u.id, ID);
    u = ob3_url_parse(mem, BASE, ob3_key_url(mem, BASE, ID));
    CU_ASSERT_EQUAL(u.kind, OB3_URL_KEY);
    u = ob3_url_parse(mem, BASE, ob3_issuer_jwks_url(mem, BASE, ID));
    CU_ASSERT_EQUAL(u.kind, OB3_URL_ISSUER_JWKS);
    u = ob3_url_parse(mem, BASE, arena_sprintf(mem, "%s#5", ob3_status_list_url(mem, BASE, ID)));
    CU_ASSERT_EQUAL(u.kind, OB3_URL_STATUS_LIST);
    CU_ASSERT_STRING_EQUAL(u.id, ID);
    CU_ASSERT_EQUAL(ob3_url_parse(mem, BASE, ob3_jwks_url(mem, BASE)).kind, OB3_URL_JWKS);
    CU_ASSERT_EQUAL(ob3_url_parse(mem, BASE, ob3_achievement_url(mem, BASE, ID)).kind, OB3_URL_ACHIEVEMENT);
    const char *not_ours[] = {"https://other.example/ob3/issuers/" ID, BASE "x/ob3/issuers/" ID,
                              BASE "/ob3/issuers/" ID "/x", BASE "/ob3/issuers/short", BASE "/ob3/status/" ID,
                              BASE "/ob3/status-lists/" ID "/1", BASE "/ob3/keys/" ID "/", BASE "/ob3/keys/",
                              BASE "/ob3/issuers/AAAAAAAAAAAAAAAAAAAAAB"};
    for (size_t i = 0; i < sizeof not_ours / sizeof *not_ours; i++)
        CU_ASSERT_EQUAL(ob3_url_parse(mem, BASE, not_ours[i]).kind, OB3_URL_NONE);
    /* a base URL with a path: verifiers look for the JWK Set at the authority's root */
    CU_ASSERT_EQUAL(ob3_url_parse(mem, "https://uni.example/badges", "https://uni.example/.well-known/jwks.json").kind,
                    OB3_URL_JWKS);
    CU_ASSERT_EQUAL(ob3_url_parse(mem, "https://uni.example/badges", "https://uni.example/x/.well-known/jwks.json").kind,
                    OB3_URL_NONE);
    CU_ASSERT_EQUAL(ob3_url_parse(mem, "https://uni.example/badges", "https://uni.example.org/.well-known/jwks.json").kind,
                    OB3_URL_NONE);
    /* deterministic v4-shaped UUIDs */
    CU_ASSERT_STRING_EQUAL(ob3_urn_uuid(mem, ID), "urn:uuid:00000000-0000-4000-8000-000000000000");
    CU_ASSERT_STRING_EQUAL(ob3_urn_uuid(mem, "_____________________w"),
                           "urn:uuid:ffffffff-ffff-4fff-bfff-ffffffffffff");
}

static void test_status_list(void)
{
    int64_t set[] = {0, 7, 8, 131071};
    char *enc = status_list_encode(mem, set, 4, STATUS_LIST_ENTRIES);
    CU_ASSERT_PTR_NOT_NULL_FATAL(enc);
    CU_ASSERT_EQUAL(enc[0], 'u');
    CU_ASSERT(strlen(enc) < 200); /* 16 KiB of mostly zeroes compresses well */
    uint8_t *bits;
    size_t n;
    const char *why = NULL;
    CU_ASSERT_TRUE_FATAL(status_list_decode(mem, enc, &bits, &n, &why));
    CU_ASSERT_EQUAL(n, STATUS_LIST_ENTRIES / 8);
    CU_ASSERT_EQUAL(bits[0], 0x81); /* bit 0 is the most significant bit */
    CU_ASSERT_EQUAL(bits[1], 0x80);
    bool b;
    int64_t want_set[] = {0, 7, 8, 131071}, want_clear[] = {1, 6, 9, 1000, 131070};
    for (size_t i = 0; i < 4; i++)
        CU_ASSERT_TRUE(status_list_bit(bits, n, want_set[i], &b) && b);
    for (size_t i = 0; i < 5; i++)
        CU_ASSERT_TRUE(status_list_bit(bits, n, want_clear[i], &b) && !b);
    CU_ASSERT_FALSE(status_list_bit(bits, n, 131072, &b));
    CU_ASSERT_FALSE(status_list_bit(bits, n, -1, &b));
    int64_t out_of_range[] = {131072};
    CU_ASSERT_PTR_NULL(status_list_encode(mem, out_of_range, 1, STATUS_LIST_ENTRIES));
    /* bad encodings */
    CU_ASSERT_FALSE(status_list_decode(mem, enc + 1, &bits, &n, &why));
    CU_ASSERT_FALSE(status_list_decode(mem, "u!!!", &bits, &n, &why));
    CU_ASSERT_FALSE(status_list_decode(mem, "uAAAA", &bits, &n, &why));
    CU_ASSERT_PTR_NOT_NULL(strstr(why, "GZIP"));
    /* the list of the W3C specification's example: "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"
     * is 16 KiB of zeroes */
    CU_ASSERT_TRUE_FATAL(status_list_decode(mem, "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA",
                                            &bits, &n, &why));
    CU_ASSERT_EQUAL(n, 16384);
    CU_ASSERT_TRUE(status_list_bit(bits, n, 5, &b) && !b);

    json_t *entry = status_list_entry(mem, BASE "/ob3/status-lists/" ID, 7);
    CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(entry, "id")), BASE "/ob3/status-lists/" ID "#7");
    CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(entry, "statusListIndex")), "7");
    CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(entry, "type")), "BitstringStatusListEntry");
    json_decref(entry);
}

/* The state digest of a signed list changes with each thing the document depends on, and
 * only with them; random indices cover the whole range. */
static void test_status_list_state(void)
{
    const char *list = BASE "/ob3/status-lists/" ID, *key = "KKKKKKKKKKKKKKKKKKKKKA";
    int64_t revoked[] = {3, 70000}, other[] = {3, 70001}, fewer[] = {3};
    char *d = status_list_state_digest(mem, list, key, revoked, 2);
    CU_ASSERT_EQUAL(strlen(d), 64);
    CU_ASSERT_EQUAL(strspn(d, "0123456789abcdef"), 64);
    CU_ASSERT_STRING_EQUAL(d, status_list_state_digest(mem, list, key, revoked, 2));
    CU_ASSERT_STRING_NOT_EQUAL(d, status_list_state_digest(mem, list, key, other, 2));
    CU_ASSERT_STRING_NOT_EQUAL(d, status_list_state_digest(mem, list, key, fewer, 1));
    CU_ASSERT_STRING_NOT_EQUAL(d, status_list_state_digest(mem, list, "KKKKKKKKKKKKKKKKKKKKKB", revoked, 2));
    CU_ASSERT_STRING_NOT_EQUAL(d, status_list_state_digest(mem, "https://other.example/ob3/status-lists/" ID, key,
                                                           revoked, 2));
    /* no two splits of the same characters hash alike */
    CU_ASSERT_STRING_NOT_EQUAL(status_list_state_digest(mem, "ab", "c", NULL, 0),
                               status_list_state_digest(mem, "a", "bc", NULL, 0));
    bool low = false, high = false, in_range = true;
    for (int i = 0; i < 1000; i++) {
        int64_t r = status_list_random_below(STATUS_LIST_ENTRIES);
        in_range = in_range && r >= 0 && r < STATUS_LIST_ENTRIES;
        low = low || r < STATUS_LIST_ENTRIES / 4;
        high = high || r >= STATUS_LIST_ENTRIES / 4 * 3;
    }
    CU_ASSERT_TRUE(in_range && low && high);
    CU_ASSERT_EQUAL(status_list_random_below(1), 0);
}

int main(void)
{
    mem = arena_create();
    snprintf(dir, sizeof dir, "/tmp/eb-keys-test-%d", (int)getpid());
    mkdir(dir, 0700);
    if (sodium_init() < 0)
        return 1;
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("signing keys", NULL, NULL);
    CU_add_test(s, "master key file", test_master_key_file);
    CU_add_test(s, "seal and open", test_seal_open);
    CU_add_test(s, "signing keys", test_signing_key);
    CU_add_test(s, "date-times", test_datetime);
    CU_add_test(s, "public URLs", test_urls);
    CU_add_test(s, "bitstring status lists", test_status_list);
    CU_add_test(s, "status list state and random indices", test_status_list_state);
    int rc = test_run_all();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        rc = 1;
    arena_destroy(mem);
    return rc;
}
