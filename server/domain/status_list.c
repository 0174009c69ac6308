/* Bitstring status lists: encoding, decoding, the entry and the list credential. */
#include "status_list.h"

#include <sodium.h>
#include <string.h>
#include <zlib.h>

#include "datetime.h"

char *status_list_encode(arena *a, const int64_t *set, size_t n_set, size_t n_entries)
{
    size_t n_bytes = (n_entries + 7) / 8;
    uint8_t *bits = arena_alloc(a, n_bytes);
    for (size_t i = 0; i < n_set; i++) {
        if (set[i] < 0 || (size_t)set[i] >= n_entries)
            return NULL;
        bits[set[i] / 8] |= (uint8_t)(0x80 >> (set[i] % 8));
    }
    z_stream z = {0};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return NULL;
    uLong cap = deflateBound(&z, (uLong)n_bytes) + 32;
    uint8_t *gz = arena_alloc(a, cap);
    z.next_in = bits;
    z.avail_in = (uInt)n_bytes;
    z.next_out = gz;
    z.avail_out = (uInt)cap;
    int rc = deflate(&z, Z_FINISH);
    size_t gz_len = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return NULL;
    size_t b64_len = sodium_base64_ENCODED_LEN(gz_len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    char *out = arena_alloc(a, b64_len + 1);
    out[0] = 'u';
    sodium_bin2base64(out + 1, b64_len, gz, gz_len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

bool status_list_decode(arena *a, const char *encoded, uint8_t **bits, size_t *n_bytes, const char **why)
{
    if (!encoded || encoded[0] != 'u') {
        *why = "encodedList is not multibase base64url (\"u\" prefix)";
        return false;
    }
    size_t text_len = strlen(encoded + 1), gz_len = 0;
    uint8_t *gz = arena_alloc(a, text_len * 3 / 4 + 4);
    if (sodium_base642bin(gz, text_len * 3 / 4 + 4, encoded + 1, text_len, NULL, &gz_len, NULL,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
        *why = "encodedList is not base64url";
        return false;
    }
    size_t cap = STATUS_LIST_MAX_ENTRIES / 8;
    uint8_t *out = arena_alloc(a, cap + 1);
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        *why = "out of memory";
        return false;
    }
    z.next_in = gz;
    z.avail_in = (uInt)gz_len;
    z.next_out = out;
    z.avail_out = (uInt)(cap + 1);
    int rc = inflate(&z, Z_FINISH);
    size_t got = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || got == 0) {
        *why = got > cap ? "the status list is longer than 16 Mibit" : "encodedList is not GZIP data";
        return false;
    }
    *bits = out;
    *n_bytes = got;
    return true;
}

bool status_list_bit(const uint8_t *bits, size_t n_bytes, int64_t index, bool *set)
{
    if (index < 0 || (uint64_t)index / 8 >= n_bytes)
        return false;
    *set = (bits[index / 8] & (0x80 >> (index % 8))) != 0;
    return true;
}

int64_t status_list_random_below(int64_t n) { return (int64_t)randombytes_uniform((uint32_t)n); }

/* Changes whenever status_list_credential changes what it puts in the document. */
#define STATUS_LIST_FORMAT "edubadges status list 1"

char *status_list_state_digest(arena *a, const char *list_url, const char *key_id, const int64_t *revoked,
                               size_t n_revoked)
{
    crypto_generichash_state st;
    crypto_generichash_init(&st, NULL, 0, 32);
    const char *parts[] = {STATUS_LIST_FORMAT, list_url, key_id};
    for (size_t i = 0; i < 3; i++) /* each with its NUL, so that no two splits hash alike */
        crypto_generichash_update(&st, (const uint8_t *)parts[i], strlen(parts[i]) + 1);
    for (size_t i = 0; i < n_revoked; i++) {
        uint8_t be[8];
        for (int b = 0; b < 8; b++)
            be[b] = (uint8_t)((uint64_t)revoked[i] >> (56 - 8 * b));
        crypto_generichash_update(&st, be, sizeof be);
    }
    uint8_t hash[32];
    crypto_generichash_final(&st, hash, sizeof hash);
    char *hex = arena_alloc(a, 2 * sizeof hash + 1);
    sodium_bin2hex(hex, 2 * sizeof hash + 1, hash, sizeof hash);
    return hex;
}

json_t *status_list_entry(arena *a, const char *list_url, int64_t index)
{
    char *index_text = arena_sprintf(a, "%lld", (long long)index);
    return json_pack("{s:s, s:s, s:s, s:s, s:s}", "id", arena_sprintf(a, "%s#%s", list_url, index_text), "type",
                     "BitstringStatusListEntry", "statusPurpose", "revocation", "statusListIndex", index_text,
                     "statusListCredential", list_url);
}

json_t *status_list_credential(arena *a, const char *list_url, const char *issuer_url, int64_t now_us,
                               const char *encoded_list)
{
    return json_pack("{s:[s], s:s, s:[s,s], s:s, s:s, s:{s:s, s:s, s:s, s:s}}", "@context",
                     "https://www.w3.org/ns/credentials/v2", "id", list_url, "type", "VerifiableCredential",
                     "BitstringStatusListCredential", "issuer", issuer_url, "validFrom",
                     datetime_format(a, now_us), "credentialSubject", "id",
                     arena_sprintf(a, "%s#list", list_url), "type", "BitstringStatusList", "statusPurpose",
                     "revocation", "encodedList", encoded_list);
}
