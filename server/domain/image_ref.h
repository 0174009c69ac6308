/* An image attached to a resource: the uploaded file of a create or update, checked and
 * named by its SHA-256, or the reference to an image stored earlier. */
#ifndef EDUBADGES_IMAGE_REF_H
#define EDUBADGES_IMAGE_REF_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct eb_image {
    const uint8_t *data; /* an upload to store, or NULL */
    size_t len;
    char *sha256;        /* lower-case hex; "" when the resource has no image */
    char *media_type;
    int size_bytes;
} eb_image;

/* Checks an upload (data/len) and fills sha256, media_type and size_bytes; records a
 * violation of field when the file is not an acceptable image. No upload: nothing. */
void image_accept(eb_error *e, const char *field, eb_image *img);
bool image_present(const eb_image *img);

#endif
