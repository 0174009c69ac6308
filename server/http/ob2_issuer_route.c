/* GET /public/issuers/{id}: the Open Badges 2.0 Issuer profile. */
#include "http_routes.h"
#include "ob2.h"
#include "public_resources.h"

void ob2_issuer_handler(http_call *c)
{
    eb_issuer is;
    if (load_public_issuer(c, &is))
        http_reply_document(c, 200, ob2_issuer_document(c->arena, c->base_url, &is));
}
