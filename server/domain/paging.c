/* Page sizes and page tokens: base64url of "v1", the query, a hash of the filters and the
 * last sort key, separated by NUL bytes. */
#include "paging.h"

#include <sodium.h>
#include <string.h>

#include "utf8.h"

#define TOKEN_MAX 4096
/* The longest sort key of any list (a tag's id and lower-cased name: 22 + 4 x 100 bytes)
 * with room to spare. */
#define KEY_MAX 512

int page_size_resolve(eb_error *e, const char *field, int requested)
{
    if (requested == 0)
        return EB_PAGE_SIZE_DEFAULT;
    if (requested < 0 || requested > EB_PAGE_SIZE_MAX) {
        eb_violate(e, field, "must be between 0 and %d", EB_PAGE_SIZE_MAX);
        return 0;
    }
    return requested;
}

static void filters_hash(const char *filters, char out[17])
{
    unsigned char h[8];
    crypto_generichash(h, sizeof h, (const unsigned char *)filters, strlen(filters), NULL, 0);
    sodium_bin2hex(out, 17, h, sizeof h);
}

char *page_token_encode(arena *a, const char *query, const char *filters, const char *after_key)
{
    char fh[17];
    filters_hash(filters, fh);
    size_t nq = strlen(query), nk = strlen(after_key);
    size_t n = 3 + nq + 1 + 16 + 1 + nk;
    unsigned char *raw = arena_alloc(a, n);
    memcpy(raw, "v1", 3); /* includes the NUL separator */
    memcpy(raw + 3, query, nq + 1);
    memcpy(raw + 3 + nq + 1, fh, 16);
    raw[3 + nq + 1 + 16] = '\0';
    memcpy(raw + 3 + nq + 1 + 16 + 1, after_key, nk);
    size_t out_len = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    char *out = arena_alloc(a, out_len);
    sodium_bin2base64(out, out_len, raw, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

/* Tokens are not signed: a forged key must not reach the database as a bad string. */
static bool key_valid(const char *key, size_t n)
{
    if (n > KEY_MAX || !utf8_valid(key, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)key[i] < 0x20 || key[i] == 0x7f)
            return false;
    return true;
}

const char *page_token_decode(eb_error *e, const char *field, const char *token,
                              const char *query, const char *filters)
{
    if (!token || !*token)
        return "";
    size_t len = strlen(token);
    unsigned char *raw = arena_alloc(e->arena, len + 1);
    size_t n = 0;
    if (len > TOKEN_MAX ||
        sodium_base642bin(raw, len, token, len, NULL, &n, NULL,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        n < 3 || memcmp(raw, "v1", 3) != 0) {
        eb_violate(e, field, "is not a page token of this service");
        return NULL;
    }
    raw[n] = '\0';
    const char *q = (const char *)raw + 3;
    size_t nq = strnlen(q, n - 3);
    char fh[17];
    filters_hash(filters, fh);
    const char *h = q + nq + 1;
    if (3 + nq + 1 + 16 + 1 > n || strcmp(q, query) != 0 || memcmp(h, fh, 16) != 0 || h[16] != '\0') {
        eb_violate(e, field, "belongs to another query or to other filters; start again without a page token");
        return NULL;
    }
    const char *key = h + 17;
    size_t nk = n - (size_t)(key - (const char *)raw);
    if (!key_valid(key, nk)) {
        eb_violate(e, field, "is not a page token of this service");
        return NULL;
    }
    return arena_strndup(e->arena, key, nk);
}
