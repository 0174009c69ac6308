/* PLACEHOLDER until the content-checks branch lands. */
#ifndef EDUBADGES_IMAGE_H
#define EDUBADGES_IMAGE_H
#include <stddef.h>
#include <stdint.h>
#include "error.h"
#define IMAGE_MAX_BYTES (256 * 1024)
typedef enum { IMAGE_NONE = 0, IMAGE_PNG = 1, IMAGE_SVG = 2 } image_kind;
image_kind image_check(eb_error *e, const char *field, const uint8_t *data, size_t len);
const char *image_media_type(image_kind k);
#endif
