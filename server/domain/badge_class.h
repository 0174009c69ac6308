/* The badge class resource: its fields (with the EU micro-credential metadata), defaults,
 * normalisation and updates. The rules live in badge_class_rules.c (what a draft and a
 * published badge class need) and badge_class_lock.c (what may change after an award). */
#ifndef EDUBADGES_BADGE_CLASS_H
#define EDUBADGES_BADGE_CLASS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "field_mask.h"
#include "image_ref.h"

#define BADGE_CLASS_MAX_ALIGNMENTS 8
#define BADGE_CLASS_MAX_PROGRAMS 10
#define BADGE_CLASS_MAX_TAGS 50
#define BADGE_CLASS_RESERVED_NAME "Edubadge account complete"

typedef struct eb_alignment {
    char *target_name, *target_url, *target_description, *target_framework, *target_code;
} eb_alignment;

typedef struct eb_program_id {
    int type; /* edubadges.v1.ProgramIdentifierType */
    char *code;
} eb_program_id;

typedef struct eb_badge_class {
    char *id, *issuer_id, *faculty_id, *institution_id;
    int type; /* edubadges.v1.BadgeClassType */
    bool draft;
    char *name, *description, *criteria;
    eb_image image;
    int course_language;
    char *learning_outcomes;
    int eqf_level;
    bool eqf_level_verified;
    char *ects; /* canonical decimal text, "" = none */
    int study_load_hours, time_investment_hours;
    eb_program_id *programs;
    size_t n_programs;
    eb_alignment *alignments;
    size_t n_alignments;
    int64_t expiration_seconds; /* 0 = does not expire */
    int32_t expiration_nanos;
    bool narrative_required, evidence_required, narrative_student_required,
        evidence_student_required;
    int grade_achieved;
    bool award_non_validated_name_allowed, direct_awarding_disabled, self_enrollment_disabled;
    char **tags; /* public ids of tags */
    size_t n_tags;
    int supervision, stackability;
    char *stackable_towards_name, *stackable_towards_url;
    int *assessment_types;
    size_t n_assessment_types;
    int *participation_forms;
    size_t n_participation_forms;
    char *qa_name, *qa_url, *qa_description;
    /* output only */
    char *country_code, *region_code;
    int sector;
    bool archived, awarded;
    int64_t create_time_us, update_time_us;
    int64_t revision;
} eb_badge_class;

/* What the rules need to know about where the badge class lives. */
typedef struct badge_class_context {
    int sector; /* the effective sector: MBO, HBO or WO */
    bool micro_credentials_enabled;
    int min_micro_ects_tenths; /* the institution's minimum for micro-credentials */
    /* The badge class before this update (NULL on create). The institution's
     * micro-credential settings hold for what becomes new: a micro-credential that stays
     * one keeps working when micro-credentials are turned off, and an ECTS value that stays
     * is not checked against a raised minimum. */
    const struct eb_badge_class *previous;
} badge_class_context;

/* Trims texts, sanitises the Markdown fields, canonicalises ECTS. */
void badge_class_normalize(arena *a, eb_badge_class *bc);
/* Defaults of a new badge class: no grade recorded; a micro-credential without any quality
 * assurance gets the framework of its sector. */
void badge_class_apply_defaults(eb_badge_class *bc, int sector);
/* Records a violation under prefix for every missing or bad field (formats always, the
 * required fields by type, sector and draft/published); names an uploaded image. */
void badge_class_validate(eb_error *e, eb_badge_class *bc, const badge_class_context *ctx,
                          const char *prefix);
/* FAILED_PRECONDITION naming every changed field that an awarded badge class must keep. */
eb_code badge_class_check_locked(eb_error *e, const eb_badge_class *before,
                                 const eb_badge_class *after);
extern const char *const BADGE_CLASS_UPDATABLE[];
void badge_class_apply_mask(eb_badge_class *cur, const eb_badge_class *patch, const field_mask *m);

#endif
