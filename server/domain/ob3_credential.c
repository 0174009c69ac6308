/* The Open Badges 3.0 credential builder. */
#include "ob3_credential.h"

#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "ects.h"
#include "eu_microcredential.h"
#include "ob3_urls.h"
#include "status_list.h"
#include "vocabulary.h"

/* edubadges.v1.BadgeClassType and edubadges.v1.CourseLanguage numbers used below. */
#define BADGE_CLASS_TYPE_REGULAR 1
#define BADGE_CLASS_TYPE_MICRO_CREDENTIAL 2
#define COURSE_LANGUAGE_NL 1

static void set_text(json_t *o, const char *key, const char *value)
{
    if (value && *value)
        json_object_set_new(o, key, json_string(value));
}

static json_t *types(const char *t) { return json_pack("[s]", t); }

const char *ob3_pick_text(const eb_localized *l, int course_language)
{
    const char *first = course_language == COURSE_LANGUAGE_NL ? l->nl : l->en;
    const char *second = course_language == COURSE_LANGUAGE_NL ? l->en : l->nl;
    return first && *first ? first : second;
}

static const char *achievement_type(int badge_class_type)
{
    switch (badge_class_type) {
    case BADGE_CLASS_TYPE_MICRO_CREDENTIAL:
        return "MicroCredential";
    case BADGE_CLASS_TYPE_REGULAR:
        return "Course";
    default:
        return "CoCurricular";
    }
}

static json_t *issuer_profile(arena *a, const ob3_credential_input *in)
{
    const eb_issuer *is = in->issuer;
    const eb_institution *inst = in->institution;
    int lang = in->badge_class->course_language;
    json_t *p = json_object();
    json_object_set_new(p, "id", json_string(ob3_issuer_url(a, in->base_url, is->id)));
    json_object_set_new(p, "type", types("Profile"));
    set_text(p, "name", ob3_pick_text(&is->display_name, lang));
    set_text(p, "url", ob3_pick_text(&is->url, lang));
    set_text(p, "email", is->email);
    json_t *address = json_object();
    json_object_set_new(address, "type", types("Address"));
    set_text(address, "addressCountryCode", inst->country_code);
    set_text(address, "addressRegion", inst->region_code);
    json_object_set_new(p, "address", address);
    if (inst->brin && *inst->brin)
        json_object_set_new(p, "otherIdentifier",
                            json_pack("[{s:s, s:s, s:s}]", "type", "IdentifierEntry", "identifier", inst->brin,
                                      "identifierType", "ext:BRIN"));
    return p;
}

static json_t *alignment(const char *name, const char *url, const char *description, const char *framework,
                         const char *code, const char *target_type)
{
    json_t *al = json_object();
    json_object_set_new(al, "type", types("Alignment"));
    set_text(al, "targetName", name);
    set_text(al, "targetUrl", url);
    set_text(al, "targetDescription", description);
    set_text(al, "targetFramework", framework);
    set_text(al, "targetCode", code);
    set_text(al, "targetType", target_type);
    return al;
}

/* EQF level, quality assurance and the badge class's own alignments (those with a URL:
 * Open Badges 3.0 requires targetUrl). */
static json_t *alignments(arena *a, const eb_badge_class *bc)
{
    json_t *list = json_array();
    if (bc->eqf_level > 0) {
        char *code = arena_sprintf(a, "%d", bc->eqf_level);
        json_array_append_new(list, alignment(arena_sprintf(a, "EQF level %d", bc->eqf_level),
                                              arena_sprintf(a, "http://data.europa.eu/snb/eqf/%d", bc->eqf_level),
                                              NULL, "European Qualifications Framework", code, "ext:EQF"));
    }
    if (bc->qa_url && *bc->qa_url)
        json_array_append_new(list, alignment(bc->qa_name && *bc->qa_name ? bc->qa_name : "Quality assurance",
                                              bc->qa_url, bc->qa_description, NULL, NULL,
                                              "ext:QualityAssurance"));
    for (size_t i = 0; i < bc->n_alignments; i++) {
        const eb_alignment *al = &bc->alignments[i];
        if (al->target_url && *al->target_url)
            json_array_append_new(list, alignment(al->target_name, al->target_url, al->target_description,
                                                  al->target_framework, al->target_code, NULL));
    }
    if (json_array_size(list) == 0) {
        json_decref(list);
        return NULL;
    }
    return list;
}

static json_t *program_identifiers(const eb_badge_class *bc, arena *a)
{
    if (bc->n_programs == 0)
        return NULL;
    json_t *list = json_array();
    for (size_t i = 0; i < bc->n_programs; i++) {
        const char *reg = vocab_code(&VOCAB_PROGRAM_IDENTIFIER_TYPE, bc->programs[i].type);
        json_array_append_new(list, json_pack("{s:s, s:s, s:s}", "type", "IdentifierEntry", "identifier",
                                              bc->programs[i].code, "identifierType",
                                              arena_sprintf(a, "ext:%s", reg ? reg : "programme")));
    }
    return list;
}

static json_t *achievement(arena *a, const ob3_credential_input *in, const char *achievement_id,
                           const char *grade_id)
{
    const eb_badge_class *bc = in->badge_class;
    json_t *ach = json_object();
    json_object_set_new(ach, "id", json_string(achievement_id));
    json_object_set_new(ach, "type", types("Achievement"));
    json_object_set_new(ach, "achievementType", json_string(achievement_type(bc->type)));
    set_text(ach, "name", bc->name);
    set_text(ach, "description", bc->description && *bc->description ? bc->description : bc->name);
    json_object_set_new(ach, "criteria", bc->criteria && *bc->criteria
                                             ? json_pack("{s:s}", "narrative", bc->criteria)
                                             : json_pack("{s:s}", "id", achievement_id));
    set_text(ach, "inLanguage", vocab_code(&VOCAB_COURSE_LANGUAGE, bc->course_language));
    int tenths = 0;
    if (bc->ects && *bc->ects && ects_parse(bc->ects, &tenths))
        json_object_set_new(ach, "creditsAvailable", json_real(tenths / 10.0));
    json_t *al = alignments(a, bc);
    if (al)
        json_object_set_new(ach, "alignment", al);
    json_t *ids = program_identifiers(bc, a);
    if (ids)
        json_object_set_new(ach, "otherIdentifier", ids);
    eumc_add_terms(ach, a, bc);
    if (grade_id)
        json_object_set_new(ach, "resultDescription",
                            json_pack("[{s:s, s:[s], s:s, s:s}]", "id", grade_id, "type", "ResultDescription",
                                      "name", "Grade achieved", "resultType", "Result"));
    return ach;
}

static json_t *subject(arena *a, const ob3_credential_input *in)
{
    const eb_assertion *as = in->assertion;
    const char *achievement_id = ob3_achievement_url(a, in->base_url, in->badge_class->id);
    bool graded = as->grade && *as->grade;
    const char *grade_id = graded ? arena_sprintf(a, "%s#grade", achievement_id) : NULL;
    json_t *s = json_object();
    json_object_set_new(s, "type", types("AchievementSubject"));
    const char *identity_type = strcmp(as->recipient_type, "email") == 0 ? "emailAddress" : "identifier";
    json_t *identity = json_pack("{s:s, s:b, s:s, s:s}", "type", "IdentityObject", "hashed", 1, "identityHash",
                                 as->recipient_hash, "identityType", identity_type);
    set_text(identity, "salt", as->recipient_salt);
    json_object_set_new(s, "identifier", json_pack("[o]", identity));
    json_object_set_new(s, "achievement", achievement(a, in, achievement_id, grade_id));
    if (graded)
        json_object_set_new(s, "result", json_pack("[{s:[s], s:s, s:s}]", "type", "Result", "resultDescription",
                                                   grade_id, "value", as->grade));
    set_text(s, "narrative", as->narrative);
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
    set_text(c, "name", in->badge_class->name);
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
