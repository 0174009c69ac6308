/* The Open Badges 3.0 credential builder. */
#include "ob3_credential.h"

#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "eu_microcredential.h"
#include "ob3_achievement.h"
#include "ob3_urls.h"
#include "status_list.h"

/* edubadges.v1.CourseLanguage number used below. */
#define COURSE_LANGUAGE_NL 1

const char *ob3_pick_text(const eb_localized *l, int course_language)
{
    const char *first = course_language == COURSE_LANGUAGE_NL ? l->nl : l->en;
    const char *second = course_language == COURSE_LANGUAGE_NL ? l->en : l->nl;
    return first && *first ? first : second;
}

static json_t *issuer_profile(arena *a, const ob3_credential_input *in)
{
    const eb_issuer *is = in->issuer;
    const eb_institution *inst = in->institution;
    int lang = in->badge_class->course_language;
    json_t *p = json_object();
    json_object_set_new(p, "id", json_string(ob3_issuer_url(a, in->base_url, is->id)));
    json_object_set_new(p, "type", ob3_types("Profile"));
    ob3_set_text(p, "name", ob3_pick_text(&is->display_name, lang));
    ob3_set_text(p, "url", ob3_pick_text(&is->url, lang));
    ob3_set_text(p, "email", is->email);
    json_t *address = json_object();
    json_object_set_new(address, "type", ob3_types("Address"));
    ob3_set_text(address, "addressCountryCode", inst->country_code);
    ob3_set_text(address, "addressRegion", inst->region_code);
    json_object_set_new(p, "address", address);
    if (inst->brin && *inst->brin)
        json_object_set_new(p, "otherIdentifier",
                            json_pack("[{s:s, s:s, s:s}]", "type", "IdentifierEntry", "identifier", inst->brin,
                                      "identifierType", "ext:BRIN"));
    return p;
}

static json_t *subject(arena *a, const ob3_credential_input *in)
{
    const eb_assertion *as = in->assertion;
    bool graded = as->grade && *as->grade;
    json_t *s = json_object();
    json_object_set_new(s, "type", ob3_types("AchievementSubject"));
    const char *identity_type = strcmp(as->recipient_type, "email") == 0 ? "emailAddress" : "identifier";
    json_t *identity = json_pack("{s:s, s:b, s:s, s:s}", "type", "IdentityObject", "hashed", 1, "identityHash",
                                 as->recipient_hash, "identityType", identity_type);
    ob3_set_text(identity, "salt", as->recipient_salt);
    json_object_set_new(s, "identifier", json_pack("[o]", identity));
    json_object_set_new(s, "achievement", ob3_achievement_build(a, in->base_url, in->badge_class, graded));
    if (graded)
        json_object_set_new(s, "result",
                            json_pack("[{s:[s], s:s, s:s}]", "type", "Result", "resultDescription",
                                      ob3_grade_description_id(a, in->base_url, in->badge_class), "value", as->grade));
    ob3_set_text(s, "narrative", as->narrative);
    return s;
}

json_t *ob3_credential_build(arena *a, const ob3_credential_input *in)
{
    const eb_assertion *as = in->assertion;
    json_t *c = json_object();
    json_object_set_new(c, "@context", json_pack("[s, s, s, s]", OB3_CONTEXT_VC, OB3_CONTEXT_OB, OB3_CONTEXT_EXTENSIONS,
                                                       EUMC_CONTEXT_URL));
    json_object_set_new(c, "id", json_string(ob3_urn_uuid(a, as->id)));
    json_object_set_new(c, "type", json_pack("[s, s]", "VerifiableCredential", "OpenBadgeCredential"));
    ob3_set_text(c, "name", in->badge_class->name);
    json_object_set_new(c, "issuer", issuer_profile(a, in));
    json_object_set_new(c, "validFrom", json_string(datetime_format(a, as->issued_us)));
    if (as->expires_us)
        json_object_set_new(c, "validUntil", json_string(datetime_format(a, as->expires_us)));
    json_object_set_new(c, "awardedDate", json_string(datetime_format(a, as->issued_us)));
    json_object_set_new(c, "credentialSubject", subject(a, in));
    if (as->evidence_url && *as->evidence_url)
        json_object_set_new(c, "evidence", json_pack("[{s:s, s:[s]}]", "id", as->evidence_url, "type", "Evidence"));
    json_object_set_new(c, "credentialSchema",
                        json_pack("[{s:s, s:s}]", "id", OB3_SCHEMA_URL, "type", "1EdTechJsonSchemaValidator2019"));
    if (in->status_list_url)
        json_object_set_new(c, "credentialStatus", status_list_entry(a, in->status_list_url, in->status_index));
    return c;
}
