/* The Open Badges 3.0 Achievement of a badge class: the object every credential of the
 * badge class embeds as credentialSubject.achievement, and the document served publicly at
 * its id, {base}/ob3/achievements/{badge class} (ob3_urls.h). It depends on the badge class
 * only: achievementType (MicroCredential, Course or CoCurricular), name, description,
 * criteria, language, credits (ECTS), EQF level and quality assurance as alignments (plus the
 * badge class's alignments that have a URL), programme codes, every EU micro-credential term
 * of our context, the image (an Image whose id is the badge class image's public URL) and,
 * when the badge class records grades, the ResultDescription a credential's grade refers to. */
#ifndef EDUBADGES_OB3_ACHIEVEMENT_H
#define EDUBADGES_OB3_ACHIEVEMENT_H

#include <jansson.h>
#include <stdbool.h>

#include "badge_class.h"

/* The Achievement (a new object); graded adds the grade's ResultDescription also when the
 * badge class no longer records grades (a grade awarded before that change). */
json_t *ob3_achievement_build(arena *a, const char *base, const eb_badge_class *bc, bool graded);

/* The Achievement as served at its id: the same object with the @context that defines
 * every term of it on its own (OB 3.0.3 and our EU micro-credential context). */
json_t *ob3_achievement_document(arena *a, const char *base, const eb_badge_class *bc);

/* The id of the grade's ResultDescription, which a credential's result names. */
char *ob3_grade_description_id(arena *a, const char *base, const eb_badge_class *bc);

/* Sets o[key] to the text unless it is NULL or empty. */
void ob3_set_text(json_t *o, const char *key, const char *value);
/* A one-element type array: ["t"]. */
json_t *ob3_types(const char *t);

#endif
