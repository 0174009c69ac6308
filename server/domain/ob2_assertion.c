/* The Open Badges 2.0 Assertion of an awarded badge (hosted verification), and what a
 * revoked one shows instead. The recipient is the hashed identity fixed at award. */
#include "ob2.h"

#include "text.h"

static json_t *assertion_head(arena *a, const char *base, const eb_assertion *as)
{
    return json_pack("{s:s, s:s, s:s}", "@context", OB2_CONTEXT_URL, "type", "Assertion", "id",
                     ob2_url(a, base, OB2_ASSERTIONS_PATH, as->id, ""));
}

json_t *ob2_assertion_document(arena *a, const char *base, const eb_assertion *as)
{
    json_t *doc = assertion_head(a, base, as);
    json_object_set_new(doc, "recipient",
                        json_pack("{s:s, s:b, s:s, s:s}", "type", as->recipient_type, "hashed", 1,
                                  "salt", as->recipient_salt, "identity", as->recipient_hash));
    json_object_set_new(doc, "badge", json_string(ob2_url(a, base, OB2_BADGE_CLASSES_PATH,
                                                          as->badge_class_id, "")));
    json_object_set_new(doc, "verification", json_pack("{s:s}", "type", "hosted"));
    json_object_set_new(doc, "issuedOn", json_string(ob2_datetime(a, as->issued_us)));
    if (as->expires_us)
        json_object_set_new(doc, "expires", json_string(ob2_datetime(a, as->expires_us)));
    if (!text_empty(as->narrative))
        json_object_set_new(doc, "narrative", json_string(as->narrative));
    return doc;
}

json_t *ob2_revoked_assertion_document(arena *a, const char *base, const eb_assertion *as)
{
    json_t *doc = assertion_head(a, base, as);
    json_object_set_new(doc, "revoked", json_true());
    json_object_set_new(doc, "revocationReason", json_string(as->revocation_reason));
    return doc;
}
