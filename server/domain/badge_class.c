/* The badge class resource: defaults, normalisation and updates. */
#include "badge_class.h"

#include "ects.h"
#include "markdown.h"
#include "text.h"
#include "vocabulary.h"

const char *const BADGE_CLASS_UPDATABLE[] = {
    "issuer", "badge_class_type", "draft", "display_name", "description", "criteria", "image",
    "course_language", "learning_outcomes", "eqf_level", "eqf_level_verified", "ects",
    "study_load_hours", "time_investment_hours", "education_program_identifiers", "alignments",
    "expiration_period", "narrative_required", "evidence_required", "narrative_student_required",
    "evidence_student_required", "grade_achieved", "award_non_validated_name_allowed",
    "direct_awarding_disabled", "self_enrollment_disabled", "tags", "supervision", "stackability",
    "stackable_towards.name", "stackable_towards.url", "assessment_types", "participation_forms",
    "quality_assurance.name", "quality_assurance.url", "quality_assurance.description", NULL,
};

static char *markdown(arena *a, const char *s) { return markdown_sanitize(a, text_trim(a, s)); }

void badge_class_normalize(arena *a, eb_badge_class *bc)
{
    bc->name = text_trim(a, bc->name);
    bc->description = markdown(a, bc->description);
    bc->criteria = markdown(a, bc->criteria);
    bc->learning_outcomes = markdown(a, bc->learning_outcomes);
    int tenths;
    bc->ects = text_trim(a, bc->ects);
    if (ects_parse(bc->ects, &tenths))
        bc->ects = ects_format(a, tenths);
    for (size_t i = 0; i < bc->n_programs; i++)
        bc->programs[i].code = text_trim(a, bc->programs[i].code);
    for (size_t i = 0; i < bc->n_alignments; i++) {
        eb_alignment *al = &bc->alignments[i];
        al->target_name = text_trim(a, al->target_name);
        al->target_url = text_trim(a, al->target_url);
        al->target_description = text_trim(a, al->target_description);
        al->target_framework = text_trim(a, al->target_framework);
        al->target_code = text_trim(a, al->target_code);
    }
    bc->stackable_towards_name = text_trim(a, bc->stackable_towards_name);
    bc->stackable_towards_url = text_trim(a, bc->stackable_towards_url);
    bc->qa_name = text_trim(a, bc->qa_name);
    bc->qa_url = text_trim(a, bc->qa_url);
    bc->qa_description = markdown(a, bc->qa_description);
}

/* The quality frameworks of the Dutch micro-credential pilots (Npuls). */
static const struct {
    const char *sector, *name, *url, *description;
} QA_DEFAULTS[] = {
    {"MBO", "Kwaliteitskader voor pilot microcredentials mbo 2024 - 2025",
     "https://npuls.nl/microcredentials-mbo/",
     "Deze microcredential valt onder het kwaliteitskader van de mbo-pilot microcredentials: "
     "de instelling borgt de kwaliteit van het onderwijs en de toetsing volgens dit kader.\n\n"
     "This micro-credential falls under the quality framework of the MBO micro-credential "
     "pilot: the institution assures the quality of teaching and assessment under it."},
    {"HBO", "Kwaliteitskader Microcredentials voor Professionals HBO en WO",
     "https://npuls.nl/doorbouwen-aan-microcredentials/",
     "Deze microcredential valt onder het kwaliteitskader voor microcredentials van hbo en "
     "wo: de instelling is geaccrediteerd en borgt de kwaliteit volgens dit kader.\n\n"
     "This micro-credential falls under the quality framework for micro-credentials of Dutch "
     "higher education: the institution is accredited and assures the quality under it."},
};

void badge_class_apply_defaults(eb_badge_class *bc, int sector)
{
    if (bc->grade_achieved == 0)
        bc->grade_achieved = vocab_number(&VOCAB_GRADE_ACHIEVED, "not_recorded");
    if (bc->type != vocab_number(&VOCAB_BADGE_CLASS_TYPE, "micro_credential") ||
        *bc->qa_name || *bc->qa_url || *bc->qa_description)
        return;
    int qa = sector == vocab_number(&VOCAB_SECTOR, "MBO") ? 0 : 1;
    bc->qa_name = (char *)QA_DEFAULTS[qa].name;
    bc->qa_url = (char *)QA_DEFAULTS[qa].url;
    bc->qa_description = (char *)QA_DEFAULTS[qa].description;
}

void badge_class_apply_mask(eb_badge_class *cur, const eb_badge_class *p, const field_mask *m)
{
#define COPY(path, member)                                                                         \
    if (field_mask_covers(m, path))                                                                \
    cur->member = p->member
#define COPY_LIST(path, list, count)                                                               \
    if (field_mask_covers(m, path)) {                                                              \
        cur->list = p->list;                                                                       \
        cur->count = p->count;                                                                     \
    }
    COPY("issuer", issuer_id);
    COPY("badge_class_type", type);
    COPY("draft", draft);
    COPY("display_name", name);
    COPY("description", description);
    COPY("criteria", criteria);
    COPY("image", image);
    COPY("course_language", course_language);
    COPY("learning_outcomes", learning_outcomes);
    COPY("eqf_level", eqf_level);
    COPY("eqf_level_verified", eqf_level_verified);
    COPY("ects", ects);
    COPY("study_load_hours", study_load_hours);
    COPY("time_investment_hours", time_investment_hours);
    COPY_LIST("education_program_identifiers", programs, n_programs);
    COPY_LIST("alignments", alignments, n_alignments);
    COPY("expiration_period", expiration_seconds);
    COPY("expiration_period", expiration_nanos);
    COPY("narrative_required", narrative_required);
    COPY("evidence_required", evidence_required);
    COPY("narrative_student_required", narrative_student_required);
    COPY("evidence_student_required", evidence_student_required);
    COPY("grade_achieved", grade_achieved);
    COPY("award_non_validated_name_allowed", award_non_validated_name_allowed);
    COPY("direct_awarding_disabled", direct_awarding_disabled);
    COPY("self_enrollment_disabled", self_enrollment_disabled);
    COPY_LIST("tags", tags, n_tags);
    COPY("supervision", supervision);
    COPY("stackability", stackability);
    COPY("stackable_towards.name", stackable_towards_name);
    COPY("stackable_towards.url", stackable_towards_url);
    COPY_LIST("assessment_types", assessment_types, n_assessment_types);
    COPY_LIST("participation_forms", participation_forms, n_participation_forms);
    COPY("quality_assurance.name", qa_name);
    COPY("quality_assurance.url", qa_url);
    COPY("quality_assurance.description", qa_description);
#undef COPY_LIST
#undef COPY
}
