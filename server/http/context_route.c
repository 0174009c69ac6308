/* GET of one of our JSON-LD contexts: the bundled file, byte for byte. Contexts are
 * immutable (a new version gets a new URL), so clients may cache them for a year. */
#include "http_routes.h"
#include "jsonld.h"

void bundled_context_handler(http_call *c)
{
    size_t len = 0;
    const char *text = jl_bundled_text(c->route_arg, &len);
    if (!text) {
        http_reply_error(c, 404, "not found");
        return;
    }
    http_reply_bytes(c, "application/ld+json", text, len, "public, max-age=31536000, immutable");
}
