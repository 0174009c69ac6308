/* Unit tests of Unicode NFC and case folding: hand-picked cases and the NFC cases that
 * tools/gen/unicode_tables.py generated with Python's unicodedata as the oracle. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "unicode_norm.h"

static arena *mem;

#define NFC_IS(in, want) CU_ASSERT_STRING_EQUAL(unicode_nfc(mem, in), want)
#define FOLD_IS(in, want) CU_ASSERT_STRING_EQUAL(unicode_casefold(mem, in), want)

static void test_nfc_composes(void)
{
    NFC_IS("e\xcc\x81", "\xc3\xa9");                /* e U+0301 -> U+00E9 */
    NFC_IS("A\xcc\x8a", "\xc3\x85");                /* A U+030A -> U+00C5 */
    NFC_IS("\xc3\xa9t\xc3\xa9", "\xc3\xa9t\xc3\xa9"); /* already NFC */
    NFC_IS("\xe2\x84\xab", "\xc3\x85");             /* U+212B ANGSTROM SIGN -> U+00C5 */
    NFC_IS("\xe2\x84\xa6", "\xce\xa9");             /* U+2126 OHM SIGN -> U+03A9 */
    /* U+0B47 U+0B3E: two starters that compose to U+0B4B */
    NFC_IS("\xe0\xad\x87\xe0\xac\xbe", "\xe0\xad\x8b");
    /* U+1E9B U+0323: the composite decomposes, reorders, recomposes to U+1E9B U+0323 */
    NFC_IS("\xe1\xba\x9b\xcc\xa3", "\xe1\xba\x9b\xcc\xa3");
    NFC_IS("", "");
    NFC_IS("Jan.Jansen@UU.nl", "Jan.Jansen@UU.nl");
}

static void test_nfc_hangul(void)
{
    NFC_IS("\xe1\x84\x80\xe1\x85\xa1", "\xea\xb0\x80");             /* L V -> U+AC00 */
    NFC_IS("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab", "\xed\x95\x9c"); /* L V T -> U+D55C */
    NFC_IS("\xea\xb0\x80\xe1\x86\xa8", "\xea\xb0\x81");             /* LV T -> U+AC01 */
    NFC_IS("\xed\x95\x9c", "\xed\x95\x9c");                         /* LVT stays */
    /* LVT U+D55C + T: an LVT syllable takes no second trailing consonant */
    NFC_IS("\xed\x95\x9c\xe1\x86\xa8", "\xed\x95\x9c\xe1\x86\xa8");
    /* U+11A7 is below the first trailing consonant: no composition */
    NFC_IS("\xea\xb0\x80\xe1\x86\xa7", "\xea\xb0\x80\xe1\x86\xa7");
}

static void test_nfc_orders_marks(void)
{
    /* a U+0302 (class 230) U+0323 (220) -> a U+0323 U+0302 -> U+1EA1 U+0302 -> U+1EAD */
    NFC_IS("a\xcc\x82\xcc\xa3", "\xe1\xba\xad");
    /* q has no composites: only the order changes */
    NFC_IS("q\xcc\x87\xcc\xa3", "q\xcc\xa3\xcc\x87");
    /* marks of equal class keep their order; the second U+0301 is blocked */
    NFC_IS("e\xcc\x81\xcc\x81", "\xc3\xa9\xcc\x81");
    NFC_IS("a\xcc\x88\xcc\x81", "\xc3\xa4\xcc\x81");
    /* U+0301 is blocked by U+0305 of the same class, which has no composite with a */
    NFC_IS("a\xcc\x85\xcc\x81", "a\xcc\x85\xcc\x81");
    /* a leading mark has no starter to compose with */
    NFC_IS("\xcc\x81" "e", "\xcc\x81" "e");
}

static void test_nfc_exclusions(void)
{
    /* U+0958 DEVANAGARI LETTER QA is excluded: it stays U+0915 U+093C */
    NFC_IS("\xe0\xa5\x98", "\xe0\xa4\x95\xe0\xa4\xbc");
    NFC_IS("\xe0\xa4\x95\xe0\xa4\xbc", "\xe0\xa4\x95\xe0\xa4\xbc");
    /* U+0344 is a non-starter decomposition: U+0308 U+0301 */
    NFC_IS("\xcd\x84", "\xcc\x88\xcc\x81");
    /* U+0340 is a singleton: U+0300 */
    NFC_IS("\xcd\x80", "\xcc\x80");
}

static void test_invalid_input(void)
{
    CU_ASSERT_PTR_NULL(unicode_nfc(mem, NULL));
    CU_ASSERT_PTR_NULL(unicode_nfc(mem, "\xc3"));
    CU_ASSERT_PTR_NULL(unicode_nfc(mem, "a\xed\xa0\x80"));
    CU_ASSERT_PTR_NULL(unicode_casefold(mem, NULL));
    CU_ASSERT_PTR_NULL(unicode_casefold(mem, "\xff"));
}

static void test_casefold(void)
{
    FOLD_IS("Jan.Jansen@UU.nl", "jan.jansen@uu.nl");
    FOLD_IS("ISTANBUL", "istanbul");                  /* not the Turkic dotless i */
    FOLD_IS("Stra\xc3\x9f" "e", "strasse");           /* U+00DF -> ss */
    FOLD_IS("\xe1\xba\x9e", "ss");                    /* U+1E9E CAPITAL SHARP S */
    FOLD_IS("\xc4\xb0", "i\xcc\x87");                 /* U+0130 -> i U+0307 (status F) */
    FOLD_IS("\xce\xa3", "\xcf\x83");                  /* U+03A3 -> U+03C3 */
    FOLD_IS("\xcf\x82", "\xcf\x83");                  /* final sigma U+03C2 -> U+03C3 */
    FOLD_IS("\xce\x9f\xce\x94\xce\x9f\xce\xa3", "\xce\xbf\xce\xb4\xce\xbf\xcf\x83");
    FOLD_IS("\xef\xac\x83", "ffi");                   /* U+FB03 LATIN SMALL LIGATURE FFI */
    FOLD_IS("\xce\x90", "\xce\xb9\xcc\x88\xcc\x81");  /* U+0390 -> three code points */
    FOLD_IS("\xc3\x89t\xc3\xa9", "\xc3\xa9t\xc3\xa9"); /* U+00C9 -> U+00E9 */
    FOLD_IS("\xea\xad\xb0", "\xe1\x8e\xa0");          /* Cherokee U+AB70 -> U+13A0 */
    FOLD_IS("\xf0\x90\x90\x80", "\xf0\x90\x90\xa8");  /* Deseret U+10400 -> U+10428 */
    FOLD_IS("\xe2\x82\xac 10", "\xe2\x82\xac 10");    /* no folding */
    FOLD_IS("", "");
}

/* The UTF-8 of the hex code points in s ("0041 030A"). */
static char *utf8_of_hex(char *s)
{
    char *out = arena_alloc(mem, strlen(s) * 2 + 1), *o = out;
    for (char *tok = strtok(s, " "); tok; tok = strtok(NULL, " ")) {
        unsigned long c = strtoul(tok, NULL, 16);
        if (c < 0x80) {
            *o++ = (char)c;
        } else if (c < 0x800) {
            *o++ = (char)(0xc0 | c >> 6);
            *o++ = (char)(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            *o++ = (char)(0xe0 | c >> 12);
            *o++ = (char)(0x80 | (c >> 6 & 0x3f));
            *o++ = (char)(0x80 | (c & 0x3f));
        } else {
            *o++ = (char)(0xf0 | c >> 18);
            *o++ = (char)(0x80 | (c >> 12 & 0x3f));
            *o++ = (char)(0x80 | (c >> 6 & 0x3f));
            *o++ = (char)(0x80 | (c & 0x3f));
        }
    }
    return out;
}

/* tests/fixtures/unicode/nfc_cases.txt, found from this source file's path */
static FILE *open_cases(void)
{
    const char *unit = strrchr(__FILE__, '/');
    char path[4096];
    snprintf(path, sizeof path, "%.*s/../fixtures/unicode/nfc_cases.txt", (int)(unit - __FILE__),
             __FILE__);
    return fopen(path, "r");
}

static void test_generated_nfc_cases(void)
{
    FILE *f = open_cases();
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    char line[1024];
    int cases = 0, failures = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *semi = strchr(line, ';');
        if (line[0] == '#' || !semi)
            continue;
        char *text = arena_strdup(mem, line);
        *semi = '\0';
        char *source = utf8_of_hex(line), *want = utf8_of_hex(semi + 1);
        const char *got = unicode_nfc(mem, source);
        bool ok = got && strcmp(got, want) == 0 && strcmp(unicode_nfc(mem, want), want) == 0;
        if (!ok && failures++ < 10)
            fprintf(stderr, "NFC case %d (%s) fails\n", cases + 1, text);
        cases++;
        arena_reset(mem);
    }
    fclose(f);
    CU_ASSERT_TRUE(cases > 3000);
    CU_ASSERT_EQUAL(failures, 0);
}

int main(void)
{
    mem = arena_create();
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("unicode", NULL, NULL);
    CU_add_test(s, "NFC composes", test_nfc_composes);
    CU_add_test(s, "NFC Hangul", test_nfc_hangul);
    CU_add_test(s, "NFC orders combining marks", test_nfc_orders_marks);
    CU_add_test(s, "NFC composition exclusions", test_nfc_exclusions);
    CU_add_test(s, "invalid input", test_invalid_input);
    CU_add_test(s, "case folding", test_casefold);
    CU_add_test(s, "generated NFC cases", test_generated_nfc_cases);
    int rc = test_run_all();
    arena_destroy(mem);
    return rc;
}
