/* Images in PostgreSQL, stored once per SHA-256. */
#ifndef EDUBADGES_IMAGE_STORE_H
#define EDUBADGES_IMAGE_STORE_H

#include "db.h"
#include "image_ref.h"

/* Stores an uploaded image (no-op without an upload or when it is stored already). */
eb_code image_store_put(db *d, const eb_image *img, eb_error *e);
/* Reads an image reference from three result columns: sha256, media type, size. */
void image_read(arena *a, const PGresult *r, int row, int col, eb_image *out);

#endif
