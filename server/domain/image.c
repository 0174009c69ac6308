/* PLACEHOLDER until the content-checks branch lands. */
#include "image.h"
#include <string.h>
image_kind image_check(eb_error *e, const char *field, const uint8_t *data, size_t len)
{
    if (len == 0)
        return IMAGE_NONE;
    if (len > IMAGE_MAX_BYTES) {
        eb_violate(e, field, "is too large");
        return IMAGE_NONE;
    }
    if (len > 8 && memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0)
        return IMAGE_PNG;
    if (len > 4 && memmem(data, len, "<svg", 4))
        return IMAGE_SVG;
    eb_violate(e, field, "must be a PNG or SVG image");
    return IMAGE_NONE;
}
const char *image_media_type(image_kind k) { return k == IMAGE_PNG ? "image/png" : "image/svg+xml"; }
