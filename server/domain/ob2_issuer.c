/* The Open Badges 2.0 Issuer profile of an issuer. Texts are given in English when the
 * issuer has them in English, else in Dutch. */
#include "ob2.h"

#include "image_ref.h"
#include "text.h"

static const char *english_else_dutch(const eb_localized *l)
{
    return text_empty(l->en) ? l->nl : l->en;
}

json_t *ob2_issuer_document(arena *a, const char *base, const eb_issuer *is)
{
    json_t *doc = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "@context", OB2_CONTEXT_URL, "type",
                            "Issuer", "id", ob2_url(a, base, OB2_ISSUERS_PATH, is->id, ""), "name",
                            english_else_dutch(&is->display_name), "url",
                            english_else_dutch(&is->url), "email", is->email);
    const char *description = english_else_dutch(&is->description);
    if (!text_empty(description))
        json_object_set_new(doc, "description", json_string(description));
    if (image_present(&is->image))
        json_object_set_new(doc, "image", json_string(ob2_url(a, base, OB2_ISSUERS_PATH, is->id,
                                                              OB2_IMAGE_SUFFIX)));
    return doc;
}
