/* Unit tests of recipient identifiers: normal form, hashed identities, salts, matching. */
#include <string.h>

#include "harness.h"
#include "recipient.h"

static arena *mem;

#define SALT "0123456789abcdef0123456789abcdef"
/* Computed once, independently of this code, with
 * python3 -c "import hashlib; print('sha256$' +
 *   hashlib.sha256(b'jan.jansen@uu.nl0123456789abcdef0123456789abcdef').hexdigest())" */
#define JAN_IDENTITY "sha256$4fe0f3e4a8f71950a22d7061cc11296bcea2cdf186a3f03ade8d20920be017e8"

#define NORMAL_IS(in, want) CU_ASSERT_STRING_EQUAL(recipient_normalize(mem, in), want)

static void test_normalize(void)
{
    NORMAL_IS("  Jan.Jansen@UU.nl ", "jan.jansen@uu.nl");
    NORMAL_IS("jan.jansen@uu.nl", "jan.jansen@uu.nl");
    NORMAL_IS("\t\r\n\v\fJJansen@UU.NL\n", "jjansen@uu.nl"); /* an eppn */
    /* NBSP, IDEOGRAPHIC SPACE, NARROW NBSP and NEXT LINE at the ends; inner space kept */
    NORMAL_IS("\xc2\xa0\xe3\x80\x80" "Jan Jansen\xe2\x80\xaf\xc2\x85", "jan jansen");
    NORMAL_IS("rene\xcc\x81@x.nl", "ren\xc3\xa9@x.nl");   /* NFD */
    NORMAL_IS("ren\xc3\xa9@x.nl", "ren\xc3\xa9@x.nl");    /* NFC */
    NORMAL_IS(" REN\xc3\x89@X.NL", "ren\xc3\xa9@x.nl");   /* upper case */
    NORMAL_IS("Stra\xc3\x9f" "e@x.de", "strasse@x.de");
    /* U+01F0 folds to "j" and a combining caron; the last NFC step keeps the result NFC */
    NORMAL_IS("\xc7\xb0", "\xc7\xb0");
    /* normalising the result again changes nothing (the iota subscript case) */
    char *once = recipient_normalize(mem, "\xe1\xbe\xb4\xcc\x81s@x.gr");
    NORMAL_IS(once, once);
    /* a mark left at the start after trimming is kept as it is */
    NORMAL_IS(" \xcc\x81x", "\xcc\x81x");
    NORMAL_IS(" \xe2\x80\x8a ", "");
    NORMAL_IS("", "");
    CU_ASSERT_PTR_NULL(recipient_normalize(mem, NULL));
    CU_ASSERT_PTR_NULL(recipient_normalize(mem, " jan\xc3@uu.nl"));
}

static void test_identity_hash(void)
{
    CU_ASSERT_STRING_EQUAL(recipient_identity_hash(mem, "jan.jansen@uu.nl", SALT), JAN_IDENTITY);
    /* the unsalted example of the Open Badges 2.0 specification */
    const char *mayze = "sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6";
    CU_ASSERT_STRING_EQUAL(recipient_identity_hash(mem, "mayze", NULL), mayze);
    CU_ASSERT_STRING_EQUAL(recipient_identity_hash(mem, "mayze", ""), mayze);
    CU_ASSERT_PTR_NULL(recipient_identity_hash(mem, NULL, SALT));
    CU_ASSERT_EQUAL(strlen(JAN_IDENTITY), RECIPIENT_IDENTITY_LENGTH);
}

static void test_equivalent_identifiers_hash_alike(void)
{
    const char *spellings[] = {"  Jan.Jansen@UU.nl ", "jan.jansen@uu.nl", "JAN.JANSEN@UU.NL\t"};
    for (size_t i = 0; i < 3; i++) {
        char *n = recipient_normalize(mem, spellings[i]);
        CU_ASSERT_STRING_EQUAL(recipient_identity_hash(mem, n, SALT), JAN_IDENTITY);
    }
    char *nfd = recipient_normalize(mem, "rene\xcc\x81@x.nl");
    char *nfc = recipient_normalize(mem, "ren\xc3\xa9@x.nl");
    CU_ASSERT_STRING_EQUAL(recipient_identity_hash(mem, nfd, SALT),
                           recipient_identity_hash(mem, nfc, SALT));
    CU_ASSERT_STRING_NOT_EQUAL(recipient_identity_hash(mem, nfc, SALT),
                               recipient_identity_hash(mem, "rene@x.nl", SALT));
}

static void test_new_salt(void)
{
    char *previous = recipient_new_salt(mem);
    for (int i = 0; i < 100; i++) {
        char *salt = recipient_new_salt(mem);
        CU_ASSERT_EQUAL(strlen(salt), RECIPIENT_SALT_LENGTH);
        CU_ASSERT_EQUAL(strspn(salt, "0123456789abcdef"), RECIPIENT_SALT_LENGTH);
        CU_ASSERT_STRING_NOT_EQUAL(salt, previous);
        previous = salt;
    }
}

static void test_identity_matches(void)
{
    CU_ASSERT_TRUE(recipient_identity_matches(JAN_IDENTITY, "jan.jansen@uu.nl", SALT));
    char upper[] = JAN_IDENTITY;
    for (char *p = upper + strlen("sha256$"); *p; p++)
        if (*p >= 'a' && *p <= 'f')
            *p = (char)(*p - 'a' + 'A');
    CU_ASSERT_TRUE(recipient_identity_matches(upper, "jan.jansen@uu.nl", SALT));
    CU_ASSERT_FALSE(recipient_identity_matches(JAN_IDENTITY, "jan.jansen@uu.nl", "00" SALT));
    CU_ASSERT_FALSE(recipient_identity_matches(JAN_IDENTITY, "piet@uu.nl", SALT));
    CU_ASSERT_FALSE(recipient_identity_matches(JAN_IDENTITY, "jan.jansen@uu.nl", NULL));
    CU_ASSERT_FALSE(recipient_identity_matches(JAN_IDENTITY "0", "jan.jansen@uu.nl", SALT));
    CU_ASSERT_FALSE(recipient_identity_matches("md5$4fe0f3e4a8f71950a22d7061cc11296b",
                                               "jan.jansen@uu.nl", SALT));
    CU_ASSERT_FALSE(recipient_identity_matches(NULL, "jan.jansen@uu.nl", SALT));
    CU_ASSERT_FALSE(recipient_identity_matches(JAN_IDENTITY, NULL, SALT));
    char *salt = recipient_new_salt(mem);
    char *identity = recipient_identity_hash(mem, "ren\xc3\xa9@x.nl", salt);
    CU_ASSERT_TRUE(recipient_identity_matches(identity, recipient_normalize(mem, "RENE\xcc\x81@x.nl"),
                                              salt));
}

int main(void)
{
    mem = arena_create();
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("recipient", NULL, NULL);
    CU_add_test(s, "normal form", test_normalize);
    CU_add_test(s, "identity hash", test_identity_hash);
    CU_add_test(s, "equivalent identifiers hash alike", test_equivalent_identifiers_hash_alike);
    CU_add_test(s, "new salts", test_new_salt);
    CU_add_test(s, "identity matches", test_identity_matches);
    int rc = test_run_all();
    arena_destroy(mem);
    return rc;
}
