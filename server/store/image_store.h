/* Images in PostgreSQL, stored once per SHA-256. */
#ifndef EDUBADGES_IMAGE_STORE_H
#define EDUBADGES_IMAGE_STORE_H

#include "db.h"
#include "image_ref.h"

/* Stores an uploaded image (no-op without an upload or when it is stored already). */
eb_code image_store_put(db *d, const eb_image *img, eb_error *e);
/* The stored image named sha256, its bytes in e->arena; NOT_FOUND when there is none. */
eb_code image_store_get(db *d, const char *sha256, eb_image *out, eb_error *e);
/* In one transaction: stores img (when uploaded) and runs stmt, which writes at most one
 * row; commits when it wrote one (*written), else rolls back. */
eb_code store_write_with_image(db *d, db_stmt *stmt, int n, const char *const *params,
                               const eb_image *img, bool *written, eb_error *e);
/* Reads an image reference from three result columns: sha256, media type, size. */
void image_read(arena *a, const PGresult *r, int row, int col, eb_image *out);

#endif
