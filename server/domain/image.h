/* Badge class and issuer images: PNG or SVG, at most IMAGE_MAX_BYTES, SVG without scripts
 * or external references. */
#ifndef EDUBADGES_IMAGE_H
#define EDUBADGES_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

#define IMAGE_MAX_BYTES (256 * 1024)

typedef enum { IMAGE_NONE = 0, IMAGE_PNG = 1, IMAGE_SVG = 2 } image_kind;

/* Checks an uploaded image. When it is not acceptable, records one violation on field
 * (an English reason such as "must be a PNG or SVG image" or "SVG must not contain
 * scripts") and returns IMAGE_NONE. len 0 is no image: IMAGE_NONE without a violation.
 *
 * PNG: the signature; IHDR first (13 bytes, width and height 1 to 10000, a bit depth the
 * colour type allows, known compression, filter and interlace methods); every chunk
 * inside the data with a letter type and a correct CRC-32; at least one IDAT; IEND last,
 * with nothing after it.
 *
 * SVG: UTF-8 (optional BOM; an XML declaration, if any, first and saying UTF-8), no
 * control characters, well-formed XML with root element svg. Rejected:
 * - DOCTYPE, ENTITY and other "<!" declarations; processing instructions such as
 *   <?xml-stylesheet?> (only the leading XML declaration is allowed); references to
 *   entities other than amp, lt, gt, quot and apos.
 * - elements script, foreignObject, iframe, embed, object, audio, video, handler and
 *   listener (by local name, in any case and any namespace prefix);
 * - set and animate* elements whose attributeName is href or starts with "on";
 * - attributes whose name or local name starts with "on" (any case);
 * - URL attributes (local name href, src, base, action, formaction, data, poster,
 *   srcset, background, ping) unless, after decoding references, the value is a
 *   same-document reference "#id" or an embedded raster image "data:image/png;base64,..."
 *   or "data:image/jpeg;base64,..." (base64 characters only);
 * - in any attribute value and in style element text (character data and CDATA joined,
 *   references and CSS escapes decoded, white space ignored, any case): "javascript:",
 *   "expression(", "@import", "image-set(" and any "url(" not followed by "#";
 * - a '<' inside a comment or CDATA section: markup hidden from an XML parser that an
 *   HTML parser would see if the image were ever inlined into a page. */
image_kind image_check(eb_error *e, const char *field, const uint8_t *data, size_t len);

/* "image/png" or "image/svg+xml"; NULL for IMAGE_NONE. */
const char *image_media_type(image_kind k);

#endif
