/* The Open Badges 2.0 BadgeClass of a badge class, with its EU micro-credential metadata
 * under our own context. Tags are never part of it. Alignments without a URL are left
 * out: Open Badges 2.0 requires targetUrl. */
#include "ob2.h"

#include "eu_microcredential.h"
#include "image_ref.h"
#include "text.h"

static void set_optional(json_t *obj, const char *key, const char *value)
{
    if (!text_empty(value))
        json_object_set_new(obj, key, json_string(value));
}

static void add_alignments(json_t *doc, const eb_badge_class *bc)
{
    json_t *list = json_array();
    for (size_t i = 0; i < bc->n_alignments; i++) {
        const eb_alignment *al = &bc->alignments[i];
        if (text_empty(al->target_url))
            continue;
        json_t *o = json_pack("{s:s, s:s}", "targetName", al->target_name, "targetUrl", al->target_url);
        set_optional(o, "targetDescription", al->target_description);
        set_optional(o, "targetFramework", al->target_framework);
        set_optional(o, "targetCode", al->target_code);
        json_array_append_new(list, o);
    }
    if (json_array_size(list))
        json_object_set_new(doc, "alignment", list);
    else
        json_decref(list);
}

json_t *ob2_badge_class_document(arena *a, const char *base, const eb_badge_class *bc)
{
    json_t *doc = json_pack(
        "{s:[s,s], s:s, s:s, s:s, s:s, s:{s:s}, s:s}", "@context", OB2_CONTEXT_URL,
        EUMC_CONTEXT_URL, "type", "BadgeClass", "id",
        ob2_url(a, base, OB2_BADGE_CLASSES_PATH, bc->id, ""), "name", bc->name, "description",
        bc->description, "criteria", "narrative", bc->criteria, "issuer",
        ob2_url(a, base, OB2_ISSUERS_PATH, bc->issuer_id, ""));
    if (image_present(&bc->image))
        json_object_set_new(doc, "image", json_string(ob2_url(a, base, OB2_BADGE_CLASSES_PATH, bc->id,
                                                              OB2_IMAGE_SUFFIX)));
    add_alignments(doc, bc);
    eumc_add_terms(doc, a, bc);
    return doc;
}
