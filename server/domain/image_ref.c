/* Images attached to resources. */
#include "image_ref.h"

#include <sodium.h>

#include "image.h"

void image_accept(eb_error *e, const char *field, eb_image *img)
{
    if (!img->data || img->len == 0)
        return;
    image_kind kind = image_check(e, field, img->data, img->len);
    if (kind == IMAGE_NONE)
        return;
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, img->data, img->len);
    img->sha256 = arena_alloc(e->arena, sizeof h * 2 + 1);
    sodium_bin2hex(img->sha256, sizeof h * 2 + 1, h, sizeof h);
    img->media_type = (char *)image_media_type(kind);
    img->size_bytes = (int)img->len;
}

bool image_present(const eb_image *img) { return img->sha256 && *img->sha256; }
