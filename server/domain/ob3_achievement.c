/* The Open Badges 3.0 Achievement of a badge class. */
#include "ob3_achievement.h"

#include "ects.h"
#include "eu_microcredential.h"
#include "ob2.h"
#include "ob3_credential.h"
#include "ob3_urls.h"
#include "vocabulary.h"

/* edubadges.v1.BadgeClassType numbers used below. */
#define BADGE_CLASS_TYPE_REGULAR 1
#define BADGE_CLASS_TYPE_MICRO_CREDENTIAL 2

void ob3_set_text(json_t *o, const char *key, const char *value)
{
    if (value && *value)
        json_object_set_new(o, key, json_string(value));
}

json_t *ob3_types(const char *t) { return json_pack("[s]", t); }

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

static json_t *alignment(const char *name, const char *url, const char *description, const char *framework,
                         const char *code, const char *target_type)
{
    json_t *al = json_object();
    json_object_set_new(al, "type", ob3_types("Alignment"));
    ob3_set_text(al, "targetName", name);
    ob3_set_text(al, "targetUrl", url);
    ob3_set_text(al, "targetDescription", description);
    ob3_set_text(al, "targetFramework", framework);
    ob3_set_text(al, "targetCode", code);
    ob3_set_text(al, "targetType", target_type);
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

static bool records_grades(const eb_badge_class *bc)
{
    return bc->grade_achieved != vocab_number(&VOCAB_GRADE_ACHIEVED, "not_recorded") && bc->grade_achieved != 0;
}

char *ob3_grade_description_id(arena *a, const char *base, const eb_badge_class *bc)
{
    return arena_sprintf(a, "%s#grade", ob3_achievement_url(a, base, bc->id));
}

json_t *ob3_achievement_build(arena *a, const char *base, const eb_badge_class *bc, bool graded)
{
    const char *id = ob3_achievement_url(a, base, bc->id);
    json_t *ach = json_object();
    json_object_set_new(ach, "id", json_string(id));
    json_object_set_new(ach, "type", ob3_types("Achievement"));
    json_object_set_new(ach, "achievementType", json_string(achievement_type(bc->type)));
    ob3_set_text(ach, "name", bc->name);
    ob3_set_text(ach, "description", bc->description && *bc->description ? bc->description : bc->name);
    json_object_set_new(ach, "criteria", bc->criteria && *bc->criteria ? json_pack("{s:s}", "narrative", bc->criteria)
                                                                       : json_pack("{s:s}", "id", id));
    if (image_present(&bc->image)) /* a string type: the OB 3.0 schema's Image */
        json_object_set_new(ach, "image",
                            json_pack("{s:s, s:s}", "id",
                                      ob2_url(a, base, OB2_BADGE_CLASSES_PATH, bc->id, OB2_IMAGE_SUFFIX), "type",
                                      "Image"));
    ob3_set_text(ach, "inLanguage", vocab_code(&VOCAB_COURSE_LANGUAGE, bc->course_language));
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
    if (graded || records_grades(bc))
        json_object_set_new(ach, "resultDescription",
                            json_pack("[{s:s, s:[s], s:s, s:s}]", "id", ob3_grade_description_id(a, base, bc), "type",
                                      "ResultDescription", "name", "Grade achieved", "resultType", "Result"));
    return ach;
}

json_t *ob3_achievement_document(arena *a, const char *base, const eb_badge_class *bc)
{
    json_t *doc = json_pack("{s:[s, s]}", "@context", OB3_CONTEXT_OB, EUMC_CONTEXT_URL);
    json_t *achievement = ob3_achievement_build(a, base, bc, false);
    json_object_update(doc, achievement);
    json_decref(achievement);
    return doc;
}
