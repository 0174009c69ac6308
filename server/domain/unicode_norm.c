/* Unicode Normalization Form C and full case folding over the generated tables. */
#include "unicode_norm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "unicode_tables.h"
#include "utf8.h"

/* Hangul syllables (Unicode chapter 3.12): S = S_BASE + (L * V_COUNT + V) * T_COUNT + T */
#define S_BASE 0xAC00u
#define L_BASE 0x1100u
#define V_BASE 0x1161u
#define T_BASE 0x11A7u /* T == 0 means no trailing consonant */
#define L_COUNT 19u
#define V_COUNT 21u
#define T_COUNT 28u
#define N_COUNT (V_COUNT * T_COUNT)
#define S_COUNT (L_COUNT * N_COUNT)

/* Decodes the code point of valid UTF-8 at *s and advances *s past it. */
static uint32_t next_cp(const unsigned char **s)
{
    const unsigned char *p = *s;
    uint32_t c = p[0];
    size_t n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (n > 1)
        c &= 0x3fu >> (n - 1);
    for (size_t i = 1; i < n; i++)
        c = c << 6 | (p[i] & 0x3fu);
    *s = p + n;
    return c;
}

/* Writes the UTF-8 of c to out and returns its length. */
static size_t put_cp(unsigned char *out, uint32_t c)
{
    if (c < 0x80) {
        out[0] = (unsigned char)c;
        return 1;
    }
    size_t n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    for (size_t i = n - 1; i > 0; i--, c >>= 6)
        out[i] = (unsigned char)(0x80 | (c & 0x3f));
    out[0] = (unsigned char)(((0xff00u >> n) & 0xffu) | c); /* lead 110, 1110 or 11110 */
    return n;
}

static char *encode(arena *a, const uint32_t *cp, size_t n)
{
    unsigned char *out = arena_alloc(a, 4 * n + 1);
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += put_cp(out + len, cp[i]);
    return (char *)out; /* arena memory is zeroed: already terminated */
}

/* Writes the code points c maps to (at most UNICODE_MAX_EXPANSION) and returns how many. */
typedef size_t (*cp_mapper)(uint32_t c, uint32_t *out);

/* The code points of valid UTF-8, each replaced by what map makes of it. */
static uint32_t *expand(arena *a, const char *utf8, cp_mapper map, size_t *n)
{
    uint32_t *out = arena_alloc(a, utf8_length(utf8) * UNICODE_MAX_EXPANSION * sizeof *out);
    size_t k = 0;
    for (const unsigned char *s = (const unsigned char *)utf8; *s;)
        k += map(next_cp(&s), out + k);
    *n = k;
    return out;
}

static int cmp_mapping(const void *key, const void *elem)
{
    uint32_t c = *(const uint32_t *)key, e = ((const unicode_mapping *)elem)->cp;
    return c < e ? -1 : c > e;
}

/* The mapping of c in a sorted table, or c itself when the table has none. */
static size_t mapped(const unicode_mapping *table, size_t count, const uint32_t *pool, uint32_t c,
                     uint32_t *out)
{
    const unicode_mapping *m = bsearch(&c, table, count, sizeof *table, cmp_mapping);
    if (!m) {
        out[0] = c;
        return 1;
    }
    memcpy(out, pool + m->offset, m->length * sizeof *out);
    return m->length;
}

static size_t decompose(uint32_t c, uint32_t *out)
{
    if (c - S_BASE < S_COUNT) {
        uint32_t s = c - S_BASE;
        out[0] = L_BASE + s / N_COUNT;
        out[1] = V_BASE + s % N_COUNT / T_COUNT;
        if (s % T_COUNT == 0)
            return 2;
        out[2] = T_BASE + s % T_COUNT;
        return 3;
    }
    return mapped(unicode_decompositions, unicode_decomposition_count, unicode_decomposition_pool,
                  c, out);
}

static size_t fold(uint32_t c, uint32_t *out)
{
    return mapped(unicode_foldings, unicode_folding_count, unicode_folding_pool, c, out);
}

static int cmp_ccc(const void *key, const void *elem)
{
    uint32_t c = *(const uint32_t *)key;
    const unicode_ccc_range *r = elem;
    return c < r->first ? -1 : c - r->first >= r->count;
}

static unsigned ccc(uint32_t c)
{
    if (c < 0x300) /* the first combining mark */
        return 0;
    const unicode_ccc_range *r =
        bsearch(&c, unicode_ccc_ranges, unicode_ccc_count, sizeof *unicode_ccc_ranges, cmp_ccc);
    return r ? r->ccc : 0;
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* Sorts every run of non-starters by combining class, keeping marks of equal class in
 * their order: the sort key is class, then position in the run, then the code point. */
static void canonical_order(arena *a, uint32_t *cp, size_t n)
{
    uint64_t *keys = NULL;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && ccc(cp[j]) != 0)
            j++;
        if (j - i > 1) {
            if (!keys)
                keys = arena_alloc(a, n * sizeof *keys);
            for (size_t k = i; k < j; k++)
                keys[k - i] = (uint64_t)ccc(cp[k]) << 53 | (uint64_t)(k - i) << 21 | cp[k];
            qsort(keys, j - i, sizeof *keys, cmp_u64);
            for (size_t k = i; k < j; k++)
                cp[k] = (uint32_t)(keys[k - i] & 0x1fffff);
        }
        i = j > i ? j : i + 1;
    }
}

static int cmp_pair(const void *key, const void *elem)
{
    const unicode_pair *k = key, *e = elem;
    if (k->first != e->first)
        return k->first < e->first ? -1 : 1;
    return k->second < e->second ? -1 : k->second > e->second;
}

/* The primary composite of first + second, or 0. */
static uint32_t composite(uint32_t first, uint32_t second)
{
    if (first - L_BASE < L_COUNT && second - V_BASE < V_COUNT)
        return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT;
    if (first - S_BASE < S_COUNT && (first - S_BASE) % T_COUNT == 0 &&
        second - T_BASE - 1 < T_COUNT - 1)
        return first + (second - T_BASE);
    unicode_pair key = {first, second, 0};
    const unicode_pair *p = bsearch(&key, unicode_compositions, unicode_composition_count,
                                    sizeof *unicode_compositions, cmp_pair);
    return p ? p->composite : 0;
}

/* Canonical composition in place (UAX #15 §X6): each mark or starter that is not blocked
 * from the last starter and composes with it replaces that starter. Returns the length. */
static size_t compose(uint32_t *cp, size_t n)
{
    /* n > 0: ASCII, the empty string too, never gets here. cp[0] may be a mark rather
     * than a starter: harmless, as no composite starts with a mark (the generator checks) */
    size_t starter = 0, len = 1;
    unsigned last = 0; /* class of the last code point kept after the starter, 0 if none */
    for (size_t i = 1; i < n; i++) {
        uint32_t c = cp[i];
        unsigned cc = ccc(c);
        uint32_t comp = last < cc || last == 0 ? composite(cp[starter], c) : 0;
        if (comp) {
            cp[starter] = comp;
            continue;
        }
        if (cc == 0)
            starter = len;
        last = cc;
        cp[len++] = c;
    }
    return len;
}

static bool ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

char *unicode_nfc(arena *a, const char *utf8)
{
    if (!utf8 || !utf8_valid(utf8, strlen(utf8)))
        return NULL;
    if (ascii(utf8)) /* already NFC */
        return arena_strdup(a, utf8);
    size_t n;
    uint32_t *cp = expand(a, utf8, decompose, &n);
    canonical_order(a, cp, n);
    return encode(a, cp, compose(cp, n));
}

char *unicode_casefold(arena *a, const char *utf8)
{
    if (!utf8 || !utf8_valid(utf8, strlen(utf8)))
        return NULL;
    if (ascii(utf8)) /* the only ASCII foldings are A-Z */
        return text_ascii_lower(a, utf8);
    size_t n;
    uint32_t *cp = expand(a, utf8, fold, &n);
    return encode(a, cp, n);
}
