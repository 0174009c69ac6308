/* The edit-after-award rule: once a badge class has an unrevoked assertion, what was
 * promised to its holders stays. Free fields change at will, fill-in fields only while
 * empty, every other field is frozen. */
#include <string.h>

#include "badge_class.h"

static bool str_changed(const char *a, const char *b) { return strcmp(a, b) != 0; }

static bool ints_changed(const int *a, size_t na, const int *b, size_t nb)
{
    return na != nb || (na && memcmp(a, b, na * sizeof *a) != 0);
}

static bool programs_changed(const eb_badge_class *a, const eb_badge_class *b)
{
    if (a->n_programs != b->n_programs)
        return true;
    for (size_t i = 0; i < a->n_programs; i++)
        if (a->programs[i].type != b->programs[i].type ||
            str_changed(a->programs[i].code, b->programs[i].code))
            return true;
    return false;
}

typedef struct frozen {
    eb_error *e;
    char *names;
} frozen;

static void note(frozen *f, bool changed, const char *field)
{
    if (!changed)
        return;
    f->names = *f->names ? arena_sprintf(f->e->arena, "%s, %s", f->names, field)
                         : arena_strdup(f->e->arena, field);
}

eb_code badge_class_check_locked(eb_error *e, const eb_badge_class *b, const eb_badge_class *a)
{
    frozen f = {e, ""};
    note(&f, str_changed(b->issuer_id, a->issuer_id), "issuer");
    note(&f, b->type != a->type, "badge_class_type");
    note(&f, b->draft != a->draft, "draft");
    note(&f, str_changed(b->name, a->name), "display_name");
    note(&f, str_changed(b->description, a->description), "description");
    note(&f, str_changed(b->criteria, a->criteria), "criteria");
    note(&f, str_changed(b->image.sha256, a->image.sha256), "image");
    note(&f, b->course_language != a->course_language, "course_language");
    note(&f, *b->learning_outcomes && str_changed(b->learning_outcomes, a->learning_outcomes),
         "learning_outcomes");
    note(&f, b->eqf_level != a->eqf_level, "eqf_level");
    note(&f, str_changed(b->ects, a->ects), "ects");
    note(&f, b->study_load_hours != a->study_load_hours, "study_load_hours");
    note(&f, b->time_investment_hours != a->time_investment_hours, "time_investment_hours");
    note(&f, programs_changed(b, a), "education_program_identifiers");
    /* fill-in fields: may be set while empty */
    note(&f, b->n_assessment_types &&
                 ints_changed(b->assessment_types, b->n_assessment_types, a->assessment_types,
                              a->n_assessment_types),
         "assessment_types");
    note(&f, b->n_participation_forms &&
                 ints_changed(b->participation_forms, b->n_participation_forms,
                              a->participation_forms, a->n_participation_forms),
         "participation_forms");
    note(&f, b->supervision && b->supervision != a->supervision, "supervision");
    bool qa_set = *b->qa_name || *b->qa_url || *b->qa_description;
    note(&f, qa_set && (str_changed(b->qa_name, a->qa_name) || str_changed(b->qa_url, a->qa_url) ||
                        str_changed(b->qa_description, a->qa_description)),
         "quality_assurance");
    if (!*f.names)
        return EB_OK;
    return eb_fail(e, EB_FAILED_PRECONDITION, "BADGE_CLASS_AWARDED",
                   "the badge class has been awarded, so these fields can no longer change: %s",
                   f.names);
}
