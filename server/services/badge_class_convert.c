/* Conversion of badge classes between protobuf-c messages and the domain. */
#include "badge_class_convert.h"

#include <string.h>

#include "convert.h"
#include "etag.h"
#include "ids.h"

static int *enum_list(arena *a, const int *values, size_t n)
{
    int *out = arena_alloc(a, sizeof *out * (n ? n : 1));
    if (n)
        memcpy(out, values, sizeof *out * n);
    return out;
}

eb_badge_class badge_class_from_pb(eb_error *e, const Edubadges__V1__BadgeClass *pb, const char *prefix)
{
    arena *a = e->arena;
    eb_badge_class bc = {0};
    bc.type = (int)pb->badge_class_type;
    bc.draft = pb->draft;
    bc.name = pb_str(pb->display_name);
    bc.description = pb_str(pb->description);
    bc.criteria = pb_str(pb->criteria);
    bc.image = image_from_pb(pb->image);
    bc.course_language = (int)pb->course_language;
    bc.learning_outcomes = pb_str(pb->learning_outcomes);
    bc.eqf_level = pb->eqf_level;
    bc.eqf_level_verified = pb->eqf_level_verified;
    bc.ects = pb_str(pb->ects);
    bc.study_load_hours = pb->study_load_hours;
    bc.time_investment_hours = pb->time_investment_hours;
    bc.n_programs = pb->n_education_program_identifiers;
    bc.programs = arena_alloc(a, sizeof *bc.programs * (bc.n_programs ? bc.n_programs : 1));
    for (size_t i = 0; i < bc.n_programs; i++) {
        const Edubadges__V1__EducationProgramIdentifier *p = pb->education_program_identifiers[i];
        bc.programs[i] = (eb_program_id){(int)p->type, pb_str(p->code)};
    }
    bc.n_alignments = pb->n_alignments;
    bc.alignments = arena_alloc(a, sizeof *bc.alignments * (bc.n_alignments ? bc.n_alignments : 1));
    for (size_t i = 0; i < bc.n_alignments; i++) {
        const Edubadges__V1__Alignment *al = pb->alignments[i];
        bc.alignments[i] = (eb_alignment){pb_str(al->target_name), pb_str(al->target_url),
                                          pb_str(al->target_description), pb_str(al->target_framework),
                                          pb_str(al->target_code)};
    }
    if (pb->expiration_period) {
        bc.expiration_seconds = pb->expiration_period->seconds;
        bc.expiration_nanos = pb->expiration_period->nanos;
    }
    bc.narrative_required = pb->narrative_required;
    bc.evidence_required = pb->evidence_required;
    bc.narrative_student_required = pb->narrative_student_required;
    bc.evidence_student_required = pb->evidence_student_required;
    bc.grade_achieved = (int)pb->grade_achieved;
    bc.award_non_validated_name_allowed = pb->award_non_validated_name_allowed;
    bc.direct_awarding_disabled = pb->direct_awarding_disabled;
    bc.self_enrollment_disabled = pb->self_enrollment_disabled;
    bc.n_tags = pb->n_tags;
    bc.tags = (char **)arena_ptrs(a, bc.n_tags ? bc.n_tags : 1);
    for (size_t i = 0; i < bc.n_tags; i++) {
        const char *id = eb_parse_resource_name(e, arena_sprintf(a, "%stags[%zu]", prefix, i), pb->tags[i], "tags");
        bc.tags[i] = (char *)(id ? id : "");
    }
    bc.supervision = (int)pb->supervision;
    bc.stackability = (int)pb->stackability;
    bc.stackable_towards_name = pb->stackable_towards ? pb_str(pb->stackable_towards->name) : "";
    bc.stackable_towards_url = pb->stackable_towards ? pb_str(pb->stackable_towards->url) : "";
    bc.n_assessment_types = pb->n_assessment_types;
    bc.assessment_types = enum_list(a, (const int *)pb->assessment_types, pb->n_assessment_types);
    bc.n_participation_forms = pb->n_participation_forms;
    bc.participation_forms = enum_list(a, (const int *)pb->participation_forms, pb->n_participation_forms);
    const Edubadges__V1__QualityAssurance *qa = pb->quality_assurance;
    bc.qa_name = qa ? pb_str(qa->name) : "";
    bc.qa_url = qa ? pb_str(qa->url) : "";
    bc.qa_description = qa ? pb_str(qa->description) : "";
    return bc;
}

Edubadges__V1__BadgeClass *badge_class_to_pb(arena *a, const eb_badge_class *bc)
{
    Edubadges__V1__BadgeClass *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__badge_class__init(pb);
    pb->name = eb_resource_name(a, "badgeClasses", bc->id);
    pb->issuer = eb_resource_name(a, "issuers", bc->issuer_id);
    pb->faculty = eb_resource_name(a, "faculties", bc->faculty_id);
    pb->institution = eb_resource_name(a, "institutions", bc->institution_id);
    pb->badge_class_type = (Edubadges__V1__BadgeClassType)bc->type;
    pb->draft = bc->draft;
    pb->display_name = bc->name;
    pb->description = bc->description;
    pb->criteria = bc->criteria;
    pb->image = pb_image(a, &bc->image);
    pb->course_language = (Edubadges__V1__CourseLanguage)bc->course_language;
    pb->learning_outcomes = bc->learning_outcomes;
    pb->eqf_level = bc->eqf_level;
    pb->eqf_level_verified = bc->eqf_level_verified;
    pb->ects = bc->ects;
    pb->study_load_hours = bc->study_load_hours;
    pb->time_investment_hours = bc->time_investment_hours;
    pb->n_education_program_identifiers = bc->n_programs;
    pb->education_program_identifiers = (Edubadges__V1__EducationProgramIdentifier **)arena_ptrs(a, bc->n_programs);
    for (size_t i = 0; i < bc->n_programs; i++) {
        Edubadges__V1__EducationProgramIdentifier *p = arena_alloc(a, sizeof *p);
        edubadges__v1__education_program_identifier__init(p);
        p->type = (Edubadges__V1__ProgramIdentifierType)bc->programs[i].type;
        p->code = bc->programs[i].code;
        pb->education_program_identifiers[i] = p;
    }
    pb->n_alignments = bc->n_alignments;
    pb->alignments = (Edubadges__V1__Alignment **)arena_ptrs(a, bc->n_alignments);
    for (size_t i = 0; i < bc->n_alignments; i++) {
        Edubadges__V1__Alignment *al = arena_alloc(a, sizeof *al);
        edubadges__v1__alignment__init(al);
        al->target_name = bc->alignments[i].target_name;
        al->target_url = bc->alignments[i].target_url;
        al->target_description = bc->alignments[i].target_description;
        al->target_framework = bc->alignments[i].target_framework;
        al->target_code = bc->alignments[i].target_code;
        pb->alignments[i] = al;
    }
    if (bc->expiration_seconds) {
        pb->expiration_period = arena_alloc(a, sizeof *pb->expiration_period);
        google__protobuf__duration__init(pb->expiration_period);
        pb->expiration_period->seconds = bc->expiration_seconds;
    }
    pb->narrative_required = bc->narrative_required;
    pb->evidence_required = bc->evidence_required;
    pb->narrative_student_required = bc->narrative_student_required;
    pb->evidence_student_required = bc->evidence_student_required;
    pb->grade_achieved = (Edubadges__V1__GradeAchieved)bc->grade_achieved;
    pb->award_non_validated_name_allowed = bc->award_non_validated_name_allowed;
    pb->direct_awarding_disabled = bc->direct_awarding_disabled;
    pb->self_enrollment_disabled = bc->self_enrollment_disabled;
    pb->n_tags = bc->n_tags;
    pb->tags = (char **)arena_ptrs(a, bc->n_tags);
    for (size_t i = 0; i < bc->n_tags; i++)
        pb->tags[i] = eb_resource_name(a, "tags", bc->tags[i]);
    pb->supervision = (Edubadges__V1__Supervision)bc->supervision;
    pb->stackability = (Edubadges__V1__Stackability)bc->stackability;
    if (*bc->stackable_towards_name || *bc->stackable_towards_url) {
        pb->stackable_towards = arena_alloc(a, sizeof *pb->stackable_towards);
        edubadges__v1__credential_reference__init(pb->stackable_towards);
        pb->stackable_towards->name = bc->stackable_towards_name;
        pb->stackable_towards->url = bc->stackable_towards_url;
    }
    pb->n_assessment_types = bc->n_assessment_types;
    pb->assessment_types = (Edubadges__V1__AssessmentType *)enum_list(a, bc->assessment_types, bc->n_assessment_types);
    pb->n_participation_forms = bc->n_participation_forms;
    pb->participation_forms = (Edubadges__V1__ParticipationForm *)enum_list(a, bc->participation_forms,
                                                                            bc->n_participation_forms);
    if (*bc->qa_name || *bc->qa_url || *bc->qa_description) {
        pb->quality_assurance = arena_alloc(a, sizeof *pb->quality_assurance);
        edubadges__v1__quality_assurance__init(pb->quality_assurance);
        pb->quality_assurance->name = bc->qa_name;
        pb->quality_assurance->url = bc->qa_url;
        pb->quality_assurance->description = bc->qa_description;
    }
    pb->issuer_country_code = bc->country_code;
    pb->issuer_region_code = bc->region_code;
    pb->sector = (Edubadges__V1__Sector)bc->sector;
    pb->state = bc->archived ? EDUBADGES__V1__BADGE_CLASS__STATE__STATE_ARCHIVED
                             : EDUBADGES__V1__BADGE_CLASS__STATE__STATE_ACTIVE;
    pb->awarded = bc->awarded;
    pb->create_time = pb_timestamp(a, bc->create_time_us);
    pb->update_time = pb_timestamp(a, bc->update_time_us);
    pb->etag = etag_of(a, bc->revision);
    return pb;
}

field_mask badge_class_implied_mask(arena *a, const Edubadges__V1__BadgeClass *pb)
{
    const char **paths = (const char **)arena_ptrs(a, 40);
    size_t n = 0;
#define SET_IF(cond, path)                                                                         \
    if (cond)                                                                                      \
    paths[n++] = path
    SET_IF(*pb_str(pb->issuer), "issuer");
    SET_IF(pb->badge_class_type, "badge_class_type");
    SET_IF(pb->draft, "draft");
    SET_IF(*pb_str(pb->display_name), "display_name");
    SET_IF(*pb_str(pb->description), "description");
    SET_IF(*pb_str(pb->criteria), "criteria");
    SET_IF(pb->image && pb->image->data.len > 0, "image");
    SET_IF(pb->course_language, "course_language");
    SET_IF(*pb_str(pb->learning_outcomes), "learning_outcomes");
    SET_IF(pb->eqf_level, "eqf_level");
    SET_IF(pb->eqf_level_verified, "eqf_level_verified");
    SET_IF(*pb_str(pb->ects), "ects");
    SET_IF(pb->study_load_hours, "study_load_hours");
    SET_IF(pb->time_investment_hours, "time_investment_hours");
    SET_IF(pb->n_education_program_identifiers, "education_program_identifiers");
    SET_IF(pb->n_alignments, "alignments");
    SET_IF(pb->expiration_period, "expiration_period");
    SET_IF(pb->narrative_required, "narrative_required");
    SET_IF(pb->evidence_required, "evidence_required");
    SET_IF(pb->narrative_student_required, "narrative_student_required");
    SET_IF(pb->evidence_student_required, "evidence_student_required");
    SET_IF(pb->grade_achieved, "grade_achieved");
    SET_IF(pb->award_non_validated_name_allowed, "award_non_validated_name_allowed");
    SET_IF(pb->direct_awarding_disabled, "direct_awarding_disabled");
    SET_IF(pb->self_enrollment_disabled, "self_enrollment_disabled");
    SET_IF(pb->n_tags, "tags");
    SET_IF(pb->supervision, "supervision");
    SET_IF(pb->stackability, "stackability");
    SET_IF(pb->stackable_towards, "stackable_towards.name");
    SET_IF(pb->stackable_towards, "stackable_towards.url");
    SET_IF(pb->n_assessment_types, "assessment_types");
    SET_IF(pb->n_participation_forms, "participation_forms");
    SET_IF(pb->quality_assurance, "quality_assurance.name");
    SET_IF(pb->quality_assurance, "quality_assurance.url");
    SET_IF(pb->quality_assurance, "quality_assurance.description");
#undef SET_IF
    return (field_mask){paths, n};
}
