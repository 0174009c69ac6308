/* GET /ob3/achievements/{id}: the Open Badges 3.0 Achievement of a badge class, the object
 * its credentials embed, at its id (404 for drafts and test faculties, as for Open Badges 2.0). */
#include "http_routes.h"
#include "ob3_achievement.h"
#include "public_resources.h"

void ob3_achievement_handler(http_call *c)
{
    eb_badge_class bc;
    eb_faculty faculty;
    if (load_public_badge_class(c, c->param, &bc, &faculty))
        http_reply_document(c, 200, ob3_achievement_document(c->arena, c->base_url, &bc));
}
