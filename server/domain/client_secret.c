/* API client secrets. */
#include "client_secret.h"

#include <pthread.h>
#include <sodium.h>
#include <string.h>

#define SECRET_BYTES 32
#define SECRET_CHARS 43

#define OPS crypto_pwhash_OPSLIMIT_INTERACTIVE
#define MEM crypto_pwhash_MEMLIMIT_INTERACTIVE

char *client_secret_new(arena *a)
{
    unsigned char raw[SECRET_BYTES];
    randombytes_buf(raw, sizeof raw);
    char *s = arena_alloc(a, SECRET_CHARS + 1);
    sodium_bin2base64(s, SECRET_CHARS + 1, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(raw, sizeof raw);
    return s;
}

char *client_secret_hash(arena *a, const char *secret)
{
    char *out = arena_alloc(a, crypto_pwhash_STRBYTES);
    if (crypto_pwhash_str(out, secret, strlen(secret), OPS, MEM) != 0)
        return NULL;
    return out;
}

static char dummy[crypto_pwhash_STRBYTES];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void make_dummy(void)
{
    char secret[SECRET_CHARS + 1];
    unsigned char raw[SECRET_BYTES];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2base64(secret, sizeof secret, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    if (crypto_pwhash_str(dummy, secret, strlen(secret), OPS, MEM) != 0)
        dummy[0] = '\0';
}

bool client_secret_verify(const char *secret, const char *stored)
{
    if (!stored) {
        pthread_once(&dummy_once, make_dummy);
        /* the same work as for a real client; the answer is false either way */
        bool matched_dummy = dummy[0] && crypto_pwhash_str_verify(dummy, secret, strlen(secret)) == 0;
        (void)matched_dummy;
        return false;
    }
    return crypto_pwhash_str_verify(stored, secret, strlen(secret)) == 0;
}

int64_t client_lock_seconds(int failed_attempts)
{
    if (failed_attempts < CLIENT_FREE_ATTEMPTS)
        return 0;
    int64_t s = CLIENT_LOCK_FIRST_SECONDS;
    for (int i = CLIENT_FREE_ATTEMPTS; i < failed_attempts && s < CLIENT_LOCK_MAX_SECONDS; i++)
        s *= 2;
    return s < CLIENT_LOCK_MAX_SECONDS ? s : CLIENT_LOCK_MAX_SECONDS;
}
