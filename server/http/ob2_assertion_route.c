/* GET /public/assertions/{id}: the hosted Open Badges 2.0 Assertion; 410 with the
 * revocation when revoked; 404 when it is not public (see ob2.h). */
#include "assertion_store.h"
#include "http_routes.h"
#include "ids.h"
#include "ob2.h"
#include "public_resources.h"

void ob2_assertion_handler(http_call *c)
{
    if (!eb_valid_id(c->param)) {
        http_reply_error(c, 404, "not found");
        return;
    }
    db *d = http_call_db(c);
    eb_assertion as;
    if (!d)
        return;
    if (assertion_get(d, c->param, &as, &c->error) != EB_OK) {
        http_reply_store_error(c);
        return;
    }
    eb_badge_class bc;
    eb_faculty faculty;
    if (!load_badge_class(c, as.badge_class_id, &bc, &faculty))
        return;
    switch (ob2_assertion_state_of(&as, &bc, &faculty)) {
    case OB2_VALID:
        http_reply_document(c, 200, ob2_assertion_document(c->arena, c->base_url, &as));
        break;
    case OB2_REVOKED:
        http_reply_document(c, 410, ob2_revoked_assertion_document(c->arena, c->base_url, &as));
        break;
    case OB2_HIDDEN:
        http_reply_error(c, 404, "not found");
        break;
    }
}
