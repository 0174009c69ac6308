/* The master key: loading its file, fingerprint, sealing and opening. */
#include "master_key.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

struct master_key {
    uint8_t key[MASTER_KEY_BYTES];
    char fingerprint[MASTER_KEY_FINGERPRINT_CHARS + 1];
};

#define HEX_CHARS (2 * MASTER_KEY_BYTES)

master_key *master_key_from_bytes(const uint8_t bytes[MASTER_KEY_BYTES])
{
    master_key *k = sodium_malloc(sizeof *k);
    if (!k)
        return NULL;
    memcpy(k->key, bytes, MASTER_KEY_BYTES);
    static const char label[] = "edubadges master key fingerprint";
    uint8_t h[MASTER_KEY_FINGERPRINT_CHARS / 2];
    crypto_generichash(h, sizeof h, (const uint8_t *)label, sizeof label - 1, k->key, MASTER_KEY_BYTES);
    sodium_bin2hex(k->fingerprint, sizeof k->fingerprint, h, sizeof h);
    return k;
}

static master_key *load_failed(char *err, size_t errlen, const char *path, const char *why)
{
    snprintf(err, errlen,
             "master key file %s %s; it must hold 64 hexadecimal characters (32 random bytes) and be "
             "readable by its owner only, e.g. made with: (umask 077; od -An -vtx1 -N32 /dev/urandom | "
             "tr -d ' \\n' > %s)",
             path, why, path);
    return NULL;
}

master_key *master_key_load(const char *path, char *err, size_t errlen)
{
    if (!path || !*path) {
        snprintf(err, errlen, "no master key: set --master-key-file or EDUBADGES_MASTER_KEY_FILE to a file "
                              "of 64 hexadecimal characters (tools/run.sh makes one under ./var)");
        return NULL;
    }
    struct stat st;
    if (stat(path, &st) != 0)
        return load_failed(err, errlen, path, strerror(errno));
    if (!S_ISREG(st.st_mode))
        return load_failed(err, errlen, path, "is not a regular file");
    if (st.st_mode & (S_IRWXG | S_IRWXO))
        return load_failed(err, errlen, path, "is accessible to group or others (chmod 600 it)");
    FILE *f = fopen(path, "rb");
    if (!f)
        return load_failed(err, errlen, path, strerror(errno));
    char text[HEX_CHARS + 8];
    size_t n = fread(text, 1, sizeof text, f);
    bool longer = n == sizeof text && fgetc(f) != EOF; /* more than the key and a few blanks */
    fclose(f);
    while (!longer && n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r' || text[n - 1] == ' '))
        n--;
    uint8_t bytes[MASTER_KEY_BYTES];
    size_t got = 0;
    master_key *k = NULL;
    if (n != HEX_CHARS || sodium_hex2bin(bytes, sizeof bytes, text, n, NULL, &got, NULL) != 0 ||
        got != MASTER_KEY_BYTES)
        load_failed(err, errlen, path, "is not 64 hexadecimal characters");
    else if (sodium_is_zero(bytes, sizeof bytes))
        load_failed(err, errlen, path, "holds an all-zero key");
    else if (!(k = master_key_from_bytes(bytes)))
        snprintf(err, errlen, "out of guarded memory for the master key");
    sodium_memzero(text, sizeof text);
    sodium_memzero(bytes, sizeof bytes);
    return k;
}

void master_key_free(master_key *k)
{
    if (k)
        sodium_free(k); /* sodium_free wipes the memory */
}

const char *master_key_fingerprint(const master_key *k) { return k->fingerprint; }

void master_key_seal(const master_key *k, const uint8_t *plain, size_t n, uint8_t *out)
{
    randombytes_buf(out, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, plain, n, out, k->key);
}

bool master_key_open(const master_key *k, const uint8_t *sealed, size_t n, uint8_t *plain)
{
    if (n < MASTER_KEY_SEAL_OVERHEAD)
        return false;
    return crypto_secretbox_open_easy(plain, sealed + crypto_secretbox_NONCEBYTES,
                                      n - crypto_secretbox_NONCEBYTES, sealed, k->key) == 0;
}
