/* GET /public/badges/{id}: the Open Badges 2.0 BadgeClass (404 for drafts). */
#include "http_routes.h"
#include "ob2.h"
#include "public_resources.h"

void ob2_badge_class_handler(http_call *c)
{
    eb_badge_class bc;
    eb_faculty faculty;
    if (load_public_badge_class(c, c->param, &bc, &faculty))
        http_reply_document(c, 200, ob2_badge_class_document(c->arena, c->base_url, &bc));
}
