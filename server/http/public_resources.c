/* Issuers and badge classes for the public routes. */
#include "public_resources.h"

#include "badge_class_store.h"
#include "faculty_store.h"
#include "ids.h"
#include "issuer_store.h"
#include "ob2.h"

static bool not_found(http_call *c)
{
    http_reply_error(c, 404, "not found");
    return false;
}

static bool stored(http_call *c, eb_code code)
{
    if (code == EB_OK)
        return true;
    http_reply_store_error(c);
    return false;
}

bool load_public_issuer(http_call *c, eb_issuer *out)
{
    if (!eb_valid_id(c->param))
        return not_found(c);
    db *d = http_call_db(c);
    eb_faculty faculty;
    if (!d || !stored(c, issuer_get(d, c->param, out, &c->error)) ||
        !stored(c, faculty_get(d, out->faculty_id, &faculty, &c->error)))
        return false;
    return ob2_faculty_public(&faculty) || not_found(c);
}

bool load_badge_class(http_call *c, const char *id, eb_badge_class *out, eb_faculty *faculty)
{
    if (!eb_valid_id(id))
        return not_found(c);
    db *d = http_call_db(c);
    return d && stored(c, badge_class_get(d, id, out, &c->error)) &&
           stored(c, faculty_get(d, out->faculty_id, faculty, &c->error));
}

bool load_public_badge_class(http_call *c, const char *id, eb_badge_class *out, eb_faculty *faculty)
{
    return load_badge_class(c, id, out, faculty) &&
           (ob2_badge_class_public(out, faculty) || not_found(c));
}
