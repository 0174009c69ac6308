/* Images in PostgreSQL. */
#include "image_store.h"

#include <sodium.h>
#include <string.h>

#include "store_util.h"

DB_STMT(image_put_stmt,
        "INSERT INTO images (sha256, media_type, data) VALUES ($1, $2, decode($3, 'hex'))"
        " ON CONFLICT (sha256) DO NOTHING");

eb_code image_store_put(db *d, const eb_image *img, eb_error *e)
{
    if (!img->data || img->len == 0 || !image_present(img))
        return EB_OK;
    char *hex = arena_alloc(e->arena, img->len * 2 + 1);
    sodium_bin2hex(hex, img->len * 2 + 1, img->data, img->len);
    const char *p[] = {img->sha256, img->media_type, hex};
    PGresult *r = db_exec(d, &image_put_stmt, 3, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}

DB_STMT(image_get_stmt, "SELECT media_type, encode(data, 'hex') FROM images WHERE sha256 = $1");

eb_code image_store_get(db *d, const char *sha256, eb_image *out, eb_error *e)
{
    const char *p[] = {sha256};
    PGresult *r = db_exec(d, &image_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    if (PQntuples(r) == 0) {
        PQclear(r);
        return eb_fail(e, EB_NOT_FOUND, "IMAGE_NOT_FOUND", "no image %s", sha256);
    }
    const char *hex = PQgetvalue(r, 0, 1);
    size_t cap = strlen(hex) / 2, len = 0;
    uint8_t *data = arena_alloc(e->arena, cap ? cap : 1);
    sodium_hex2bin(data, cap, hex, strlen(hex), NULL, &len, NULL);
    out->data = data;
    out->len = len;
    out->sha256 = arena_strdup(e->arena, sha256);
    out->media_type = store_text(e->arena, r, 0, 0);
    out->size_bytes = (int)len;
    PQclear(r);
    return EB_OK;
}

eb_code store_write_with_image(db *d, db_stmt *stmt, int n, const char *const *params,
                               const eb_image *img, bool *written, eb_error *e)
{
    *written = false;
    if (db_begin(d, e) != EB_OK || image_store_put(d, img, e) != EB_OK)
        return e->code;
    PGresult *r = db_exec(d, stmt, n, params, e);
    if (!r)
        return e->code;
    *written = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    if (!*written) {
        db_rollback(d);
        return EB_OK;
    }
    return db_commit(d, e);
}

void image_read(arena *a, const PGresult *r, int row, int col, eb_image *out)
{
    out->data = NULL;
    out->len = 0;
    out->sha256 = store_text(a, r, row, col);
    out->media_type = store_text(a, r, row, col + 1);
    out->size_bytes = (int)db_int(r, row, col + 2);
}
