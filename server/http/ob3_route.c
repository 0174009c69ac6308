/* GET of the Open Badges 3.0 documents verifiers read: an issuer's controller document
 * (its id), its JWK Set, one key (Multikey document or JWK), a status list (signed when
 * it changed, else as stored) and the JWK Set of every issuer's JWT keys at /.well-known/jwks.json. */
#include <stdlib.h>
#include <string.h>

#include "http_routes.h"
#include "ob3_issuing.h"

void ob3_document_handler(http_call *c)
{
    const ob3_route_path *route = c->route_arg;
    const char *path = c->param ? arena_sprintf(c->arena, "%s%s%s", route->prefix, c->param, route->suffix)
                                : route->prefix;
    db *d = http_call_db(c);
    if (!d)
        return;
    ob3_publisher p = {c->master_key, c->base_url};
    json_t *doc = NULL;
    if (ob3_public_document(d, &p, path, c->now_us, &doc, &c->error) != EB_OK) {
        http_reply_store_error(c);
        return;
    }
    bool jwk_set = json_object_get(doc, "keys") != NULL, jwk = json_object_get(doc, "kty") != NULL;
    if (jwk_set || jwk) {
        char *text = json_dumps(doc, JSON_COMPACT);
        char *copy = arena_strdup(c->arena, text);
        free(text);
        json_decref(doc);
        http_reply_bytes(c, jwk_set ? "application/jwk-set+json" : "application/jwk+json", copy, strlen(copy),
                         "public, max-age=300");
        return;
    }
    http_reply_document(c, 200, doc);
}
