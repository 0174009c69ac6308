/* GET /public/issuers/{id}/image and /public/badges/{id}/image: the stored PNG or SVG of
 * a public issuer or badge class, with its own media type. */
#include "http_routes.h"
#include "image_store.h"
#include "public_resources.h"

/* Images are named by their SHA-256 and so change only with the resource's image. */
#define IMAGE_CACHE "public, max-age=300"

static void reply_image(http_call *c, const eb_image *ref)
{
    eb_image img;
    if (!image_present(ref)) {
        http_reply_error(c, 404, "not found");
        return;
    }
    if (image_store_get(c->db, ref->sha256, &img, &c->error) != EB_OK) {
        http_reply_store_error(c);
        return;
    }
    http_reply_bytes(c, img.media_type, img.data, img.len, IMAGE_CACHE);
}

void issuer_image_handler(http_call *c)
{
    eb_issuer is;
    if (load_public_issuer(c, &is))
        reply_image(c, &is.image);
}

void badge_class_image_handler(http_call *c)
{
    eb_badge_class bc;
    eb_faculty faculty;
    if (load_public_badge_class(c, c->param, &bc, &faculty))
        reply_image(c, &bc.image);
}
