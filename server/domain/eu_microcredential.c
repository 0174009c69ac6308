/* EU micro-credential terms of a badge class and the IRIs of their values. */
#include "eu_microcredential.h"

#include <string.h>

#include "country.h"

/* The path segment of our own value IRIs, per vocabulary the context uses. */
static const struct {
    const vocabulary *v;
    const char *segment;
} value_vocabularies[] = {
    {&VOCAB_BADGE_CLASS_TYPE, "badge-class-type"},
    {&VOCAB_ASSESSMENT_TYPE, "assessment-type"},
    {&VOCAB_PARTICIPATION_FORM, "participation-form"},
    {&VOCAB_SUPERVISION, "supervision"},
    {&VOCAB_STACKABILITY, "stackability"},
    {&VOCAB_COURSE_LANGUAGE, "course-language"},
    {&VOCAB_PROGRAM_IDENTIFIER_TYPE, "programme-register"},
};

char *eumc_value_iri(arena *a, const vocabulary *v, int number)
{
    const vocab_term *t = vocab_term_by_number(v, number);
    if (!t)
        return NULL;
    for (size_t i = 0; i < sizeof value_vocabularies / sizeof *value_vocabularies; i++)
        if (value_vocabularies[i].v == v)
            return t->concept_iri ? arena_strdup(a, t->concept_iri)
                                  : arena_sprintf(a, EUMC_VALUE_BASE "%s/%s",
                                                  value_vocabularies[i].segment, t->code);
    return NULL;
}

char *eumc_eqf_level_iri(arena *a, int level)
{
    return level >= 1 && level <= 8 ? arena_sprintf(a, "http://data.europa.eu/snb/eqf/%d", level)
                                    : NULL;
}

char *eumc_country_iri(arena *a, const char *alpha2)
{
    char alpha3[4];
    return country_alpha3(alpha2, alpha3)
               ? arena_sprintf(a, "http://publications.europa.eu/resource/authority/country/%s", alpha3)
               : NULL;
}

static void set_text(json_t *obj, const char *term, const char *value)
{
    if (value && *value)
        json_object_set_new(obj, term, json_string(value));
}

static void set_count(json_t *obj, const char *term, int value)
{
    if (value > 0)
        json_object_set_new(obj, term, json_integer(value));
}

static void set_value(json_t *obj, arena *a, const char *term, const vocabulary *v, int number)
{
    set_text(obj, term, eumc_value_iri(a, v, number));
}

static void set_values(json_t *obj, arena *a, const char *term, const vocabulary *v,
                       const int *numbers, size_t n)
{
    if (n == 0)
        return;
    json_t *list = json_array();
    for (size_t i = 0; i < n; i++) {
        const char *iri = eumc_value_iri(a, v, numbers[i]);
        if (iri)
            json_array_append_new(list, json_string(iri));
    }
    json_object_set_new(obj, term, list);
}

static void set_level(json_t *obj, arena *a, const eb_badge_class *bc)
{
    if (bc->eqf_level < 1 || bc->eqf_level > 8)
        return;
    set_text(obj, "eqfLevel", eumc_eqf_level_iri(a, bc->eqf_level));
    if (bc->country_code && strcmp(bc->country_code, "NL") == 0)
        set_count(obj, "nlqfLevel", bc->eqf_level);
    json_object_set_new(obj, "levelVerified", json_boolean(bc->eqf_level_verified));
}

static void set_programmes(json_t *obj, arena *a, const eb_badge_class *bc)
{
    if (bc->n_programs == 0)
        return;
    json_t *list = json_array();
    for (size_t i = 0; i < bc->n_programs; i++)
        json_array_append_new(
            list, json_pack("{s:s, s:s}", "programmeRegister",
                            eumc_value_iri(a, &VOCAB_PROGRAM_IDENTIFIER_TYPE, bc->programs[i].type),
                            "programmeCode", bc->programs[i].code));
    json_object_set_new(obj, "programmeIdentifier", list);
}

void eumc_add_terms(json_t *obj, arena *a, const eb_badge_class *bc)
{
    set_value(obj, a, "badgeClassType", &VOCAB_BADGE_CLASS_TYPE, bc->type);
    set_text(obj, "learningOutcomes", bc->learning_outcomes);
    set_level(obj, a, bc);
    set_text(obj, "ects", bc->ects);
    set_count(obj, "studyLoadHours", bc->study_load_hours);
    set_count(obj, "timeInvestmentHours", bc->time_investment_hours);
    set_values(obj, a, "assessmentType", &VOCAB_ASSESSMENT_TYPE, bc->assessment_types,
               bc->n_assessment_types);
    set_values(obj, a, "participationForm", &VOCAB_PARTICIPATION_FORM, bc->participation_forms,
               bc->n_participation_forms);
    set_value(obj, a, "assessmentSupervision", &VOCAB_SUPERVISION, bc->supervision);
    set_text(obj, "qualityAssuranceName", bc->qa_name);
    set_text(obj, "qualityAssuranceUrl", bc->qa_url);
    set_text(obj, "qualityAssuranceDescription", bc->qa_description);
    set_value(obj, a, "stackability", &VOCAB_STACKABILITY, bc->stackability);
    set_text(obj, "stacksTowardsName", bc->stackable_towards_name);
    set_text(obj, "stacksTowardsUrl", bc->stackable_towards_url);
    set_value(obj, a, "courseLanguage", &VOCAB_COURSE_LANGUAGE, bc->course_language);
    set_programmes(obj, a, bc);
    set_text(obj, "issuerCountry", eumc_country_iri(a, bc->country_code));
    set_text(obj, "issuerRegion", bc->region_code);
}
