/* What a badge class must satisfy: the format of every field, and the required fields by
 * type × sector × draft/published (see the BadgeClassService comment in the proto). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "badge_class.h"
#include "ects.h"
#include "ids.h"
#include "localized.h"
#include "text.h"
#include "url.h"
#include "vocabulary.h"

#define HOURS_MAX 10000
#define DAY_SECONDS 86400
#define EXPIRATION_MAX_DAYS 36500

typedef struct rules {
    eb_error *e;
    const char *prefix;
    char field[160];
} rules;

static const char *F(rules *r, const char *name)
{
    snprintf(r->field, sizeof r->field, "%s%s", r->prefix, name);
    return r->field;
}

/* "{prefix}{list}[{i}]{member}", e.g. "badge_class.alignments[2].target_url". */
static const char *FI(rules *r, const char *list, size_t i, const char *member)
{
    snprintf(r->field, sizeof r->field, "%s%s[%zu]%s", r->prefix, list, i, member);
    return r->field;
}

static void check_enum(rules *r, const char *field, const vocabulary *v, int value, bool required)
{
    if (value == 0) {
        if (required)
            eb_violate(r->e, F(r, field), "is required");
    } else if (!vocab_code(v, value)) {
        eb_violate(r->e, F(r, field), "is not a value of %s", v->name);
    }
}

/* Each value a known enum value, at most once. A list longer than the vocabulary cannot
 * be valid: it is refused as a whole and only its first values are looked at, so that a
 * huge list costs no more than a short one. */
static void check_enum_set(rules *r, const char *name, const vocabulary *v, const int *values, size_t n)
{
    if (n > v->n_terms) {
        eb_violate(r->e, F(r, name), "has %zu values; each of the %zu values of %s may appear at most once",
                   n, v->n_terms, v->name);
        n = v->n_terms;
    }
    for (size_t i = 0; i < n; i++) {
        if (!vocab_code(v, values[i])) {
            eb_violate(r->e, FI(r, name, i, ""), "is not a value of %s", v->name);
            continue;
        }
        for (size_t k = 0; k < i; k++)
            if (values[k] == values[i]) {
                eb_violate(r->e, FI(r, name, i, ""), "repeats an earlier value");
                break;
            }
    }
}

static void check_alignments(rules *r, const eb_badge_class *bc, bool micro)
{
    if (bc->n_alignments > BADGE_CLASS_MAX_ALIGNMENTS)
        eb_violate(r->e, F(r, "alignments"), "at most %d are allowed", BADGE_CLASS_MAX_ALIGNMENTS);
    for (size_t i = 0; i < bc->n_alignments && i < BADGE_CLASS_MAX_ALIGNMENTS; i++) {
        const eb_alignment *al = &bc->alignments[i];
        check_required_text(r->e, FI(r, "alignments", i, ".target_name"), al->target_name,
                            CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
        check_http_url(r->e, FI(r, "alignments", i, ".target_url"), al->target_url, !micro);
        check_text(r->e, FI(r, "alignments", i, ".target_description"), al->target_description,
                   1000, TEXT_MULTILINE);
        check_text(r->e, FI(r, "alignments", i, ".target_framework"), al->target_framework,
                   CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
        check_text(r->e, FI(r, "alignments", i, ".target_code"), al->target_code,
                   CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
    }
}

static void check_programs(rules *r, const eb_badge_class *bc)
{
    if (bc->n_programs > BADGE_CLASS_MAX_PROGRAMS)
        eb_violate(r->e, F(r, "education_program_identifiers"), "at most %d are allowed",
                   BADGE_CLASS_MAX_PROGRAMS);
    for (size_t i = 0; i < bc->n_programs && i < BADGE_CLASS_MAX_PROGRAMS; i++) {
        if (!vocab_code(&VOCAB_PROGRAM_IDENTIFIER_TYPE, bc->programs[i].type))
            eb_violate(r->e, FI(r, "education_program_identifiers", i, ".type"),
                       bc->programs[i].type == 0 ? "is required"
                                                 : "is not a value of edubadges.v1.ProgramIdentifierType");
        const char *code = bc->programs[i].code;
        if (strlen(code) != 5 || strspn(code, "0123456789") != 5)
            eb_violate(r->e, FI(r, "education_program_identifiers", i, ".code"),
                       "must be a programme code of five digits, e.g. \"34479\"");
    }
}

/* ECTS: steps of 0.5; micro-credentials from the institution's minimum to 30, others 0.5
 * to 240. */
static void check_ects(rules *r, const eb_badge_class *bc, const badge_class_context *ctx, bool micro)
{
    const eb_badge_class *was = ctx->previous;
    if (!*bc->ects || (was && was->type == bc->type && strcmp(was->ects, bc->ects) == 0))
        return; /* unchanged: it was accepted under the institution's minimum of then */
    int tenths, min = micro ? ctx->min_micro_ects_tenths : 5, max = micro ? 300 : 2400;
    if (!ects_parse(bc->ects, &tenths))
        eb_violate(r->e, F(r, "ects"), "must be a number in steps of 0.5, e.g. \"7.5\"");
    else if (tenths < min || tenths > max)
        eb_violate(r->e, F(r, "ects"), "must be from %s to %s%s",
                   ects_format(r->e->arena, min), ects_format(r->e->arena, max),
                   micro ? " for a micro-credential" : "");
}

static void check_hours(rules *r, const eb_badge_class *bc, const badge_class_context *ctx, bool micro)
{
    bool mbo = ctx->sector == vocab_number(&VOCAB_SECTOR, "MBO");
    bool wo = ctx->sector == vocab_number(&VOCAB_SECTOR, "WO");
    int sbu = bc->study_load_hours, hours = bc->time_investment_hours;
    if (sbu != 0) {
        if (!mbo)
            eb_violate(r->e, F(r, "study_load_hours"), "is for MBO badge classes only; use ects or time_investment_hours");
        else if (micro && (sbu < 80 || sbu > 1680 || sbu % 80 != 0))
            eb_violate(r->e, F(r, "study_load_hours"), "must be a multiple of 80 from 80 to 1680 for a micro-credential");
        else if (sbu < 1 || sbu > HOURS_MAX)
            eb_violate(r->e, F(r, "study_load_hours"), "must be from 1 to %d", HOURS_MAX);
    }
    if (hours != 0) {
        int min = micro ? (wo ? 28 : 84) : 1, max = micro ? 840 : HOURS_MAX;
        if (mbo)
            eb_violate(r->e, F(r, "time_investment_hours"), "is for HBO and WO badge classes only; use study_load_hours");
        else if (hours < min || hours > max)
            eb_violate(r->e, F(r, "time_investment_hours"), "must be from %d to %d%s", min, max,
                       micro ? " for a micro-credential" : "");
    }
}

static void check_formats(rules *r, eb_badge_class *bc, const badge_class_context *ctx, bool micro)
{
    eb_error *e = r->e;
    check_enum(r, "badge_class_type", &VOCAB_BADGE_CLASS_TYPE, bc->type, true);
    check_required_text(e, F(r, "display_name"), bc->name, CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
    if (strcasecmp(bc->name, BADGE_CLASS_RESERVED_NAME) == 0)
        eb_violate(e, F(r, "display_name"), "\"%s\" is reserved for the platform", BADGE_CLASS_RESERVED_NAME);
    check_text(e, F(r, "description"), bc->description, CATALOG_DESCRIPTION_MAX, TEXT_MULTILINE);
    check_text(e, F(r, "criteria"), bc->criteria, CATALOG_DESCRIPTION_MAX, TEXT_MULTILINE);
    check_text(e, F(r, "learning_outcomes"), bc->learning_outcomes, CATALOG_DESCRIPTION_MAX, TEXT_MULTILINE);
    image_accept(e, F(r, "image.data"), &bc->image);
    check_enum(r, "course_language", &VOCAB_COURSE_LANGUAGE, bc->course_language, true);
    if (bc->eqf_level < 0 || bc->eqf_level > 8)
        eb_violate(e, F(r, "eqf_level"), "must be from 1 to 8 (or 0 for none)");
    check_ects(r, bc, ctx, micro);
    check_hours(r, bc, ctx, micro);
    check_programs(r, bc);
    check_alignments(r, bc, micro);
    if (bc->expiration_seconds < 0 || bc->expiration_nanos != 0 || bc->expiration_seconds % DAY_SECONDS != 0 ||
        bc->expiration_seconds / DAY_SECONDS > EXPIRATION_MAX_DAYS)
        eb_violate(e, F(r, "expiration_period"), "must be a whole number of days from 1 to %d",
                   EXPIRATION_MAX_DAYS);
    check_enum(r, "grade_achieved", &VOCAB_GRADE_ACHIEVED, bc->grade_achieved, false);
    if (bc->n_tags > BADGE_CLASS_MAX_TAGS)
        eb_violate(e, F(r, "tags"), "at most %d are allowed", BADGE_CLASS_MAX_TAGS);
    for (size_t i = 0; i < bc->n_tags && i < BADGE_CLASS_MAX_TAGS; i++)
        for (size_t k = 0; k < i && *bc->tags[i]; k++) /* "": a malformed name, reported already */
            if (strcmp(bc->tags[k], bc->tags[i]) == 0) {
                eb_violate(e, FI(r, "tags", i, ""), "repeats an earlier tag");
                break;
            }
    check_enum(r, "supervision", &VOCAB_SUPERVISION, bc->supervision, false);
    check_enum(r, "stackability", &VOCAB_STACKABILITY, bc->stackability, false);
    bool stackable = bc->stackability == vocab_number(&VOCAB_STACKABILITY, "stackable");
    check_text(e, F(r, "stackable_towards.name"), bc->stackable_towards_name, CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
    check_http_url(e, F(r, "stackable_towards.url"), bc->stackable_towards_url, false);
    if (stackable && text_empty(bc->stackable_towards_name))
        eb_violate(e, F(r, "stackable_towards.name"), "is required when stackability is STACKABILITY_STACKABLE");
    if (!stackable && (*bc->stackable_towards_name || *bc->stackable_towards_url))
        eb_violate(e, F(r, "stackable_towards"), "must be empty unless stackability is STACKABILITY_STACKABLE");
    check_enum_set(r, "assessment_types", &VOCAB_ASSESSMENT_TYPE, bc->assessment_types, bc->n_assessment_types);
    check_enum_set(r, "participation_forms", &VOCAB_PARTICIPATION_FORM, bc->participation_forms,
                   bc->n_participation_forms);
    check_text(e, F(r, "quality_assurance.name"), bc->qa_name, CATALOG_SHORT_TEXT_MAX, TEXT_SINGLE_LINE);
    check_http_url(e, F(r, "quality_assurance.url"), bc->qa_url, false);
    check_text(e, F(r, "quality_assurance.description"), bc->qa_description, CATALOG_DESCRIPTION_MAX,
               TEXT_MULTILINE);
}

static void require(rules *r, bool present, const char *field, const char *why)
{
    if (!present && !eb_has_violation(r->e, F(r, field)))
        eb_violate(r->e, F(r, field), "is required %s", why);
}

/* The published rules by type and sector. */
static void check_required(rules *r, const eb_badge_class *bc, const badge_class_context *ctx)
{
    const char *pub = "for a published badge class";
    require(r, !text_empty(bc->description), "description", pub);
    require(r, !text_empty(bc->criteria), "criteria", pub);
    require(r, image_present(&bc->image), "image", pub);
    bool mbo = ctx->sector == vocab_number(&VOCAB_SECTOR, "MBO");
    const char *type = vocab_code(&VOCAB_BADGE_CLASS_TYPE, bc->type);
    if (!type || strcmp(type, "extra_curricular") == 0)
        return;
    bool micro = strcmp(type, "micro_credential") == 0;
    const char *why = micro ? "for a published micro-credential" : "for a published regular badge class";
    require(r, !text_empty(bc->learning_outcomes), "learning_outcomes", why);
    require(r, bc->eqf_level != 0, "eqf_level", why);
    if (mbo)
        require(r, bc->study_load_hours != 0, "study_load_hours", micro ? "for a published MBO micro-credential"
                                                                         : "for a published MBO regular badge class");
    if (!micro) {
        require(r, bc->n_programs > 0, "education_program_identifiers", why);
        return;
    }
    require(r, bc->n_assessment_types > 0, "assessment_types", why);
    require(r, bc->n_participation_forms > 0, "participation_forms", why);
    require(r, !text_empty(bc->qa_name), "quality_assurance.name", why);
    require(r, !text_empty(bc->qa_url), "quality_assurance.url", why);
    require(r, !text_empty(bc->qa_description), "quality_assurance.description", why);
    if (!mbo && !*bc->ects && bc->time_investment_hours == 0)
        require(r, false, "ects", "(or time_investment_hours) for a published HBO or WO micro-credential");
}

void badge_class_validate(eb_error *e, eb_badge_class *bc, const badge_class_context *ctx,
                          const char *prefix)
{
    rules r = {e, prefix, ""};
    bool micro = bc->type == vocab_number(&VOCAB_BADGE_CLASS_TYPE, "micro_credential");
    check_formats(&r, bc, ctx, micro);
    bool stays_micro = ctx->previous && ctx->previous->type == bc->type;
    if (micro && !ctx->micro_credentials_enabled && !stays_micro)
        eb_violate(e, F(&r, "badge_class_type"),
                   "the institution has not enabled micro-credentials (micro_credentials_enabled)");
    if (!bc->draft)
        check_required(&r, bc, ctx);
}
