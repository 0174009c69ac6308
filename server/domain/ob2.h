/* Open Badges 2.0 hosted verification: the public URLs of issuers, badge classes,
 * assertions and their images below the public base URL, what is public, and the
 * JSON-LD documents (Profile, BadgeClass, Assertion) built from the catalog.
 *
 * What is public:
 *   - an issuer, when its faculty has visibility "public" (a "test" faculty publishes
 *     nothing); archived issuers stay public, so that what they issued still verifies;
 *   - a badge class, when it is published (not a draft) and its faculty is public;
 *   - an assertion, when the learner made it public, has not rejected it, and its badge
 *     class is public; when it is also revoked, only the revocation is shown (HTTP 410).
 * Never public: tags, the recipient's e-mail address and name, the grade and the
 * evidence (the learner has no switch for them yet), and anything not listed above. */
#ifndef EDUBADGES_OB2_H
#define EDUBADGES_OB2_H

#include <jansson.h>
#include <stdbool.h>

#include "assertion.h"
#include "badge_class.h"
#include "faculty.h"
#include "issuer.h"

#define OB2_CONTEXT_URL "https://w3id.org/openbadges/v2"
#define OB2_MEDIA_TYPE "application/ld+json"

/* The paths below the public base URL: "{prefix}{id}" and "{prefix}{id}/image". */
#define OB2_ISSUERS_PATH "/public/issuers/"
#define OB2_BADGE_CLASSES_PATH "/public/badges/"
#define OB2_ASSERTIONS_PATH "/public/assertions/"
#define OB2_IMAGE_SUFFIX "/image"

/* {base}{prefix}{id}, e.g. ob2_url(a, base, OB2_ISSUERS_PATH, id, ""). */
char *ob2_url(arena *a, const char *base, const char *prefix, const char *id, const char *suffix);

bool ob2_faculty_public(const eb_faculty *f);
bool ob2_badge_class_public(const eb_badge_class *bc, const eb_faculty *f);

typedef enum {
    OB2_HIDDEN = 0, /* 404: unknown, private, rejected, or of a badge class that is not public */
    OB2_VALID,      /* 200 */
    OB2_REVOKED,    /* 410 */
} ob2_assertion_state;
ob2_assertion_state ob2_assertion_state_of(const eb_assertion *as, const eb_badge_class *bc,
                                           const eb_faculty *f);

/* The documents; base is the public base URL without a trailing slash. */
json_t *ob2_issuer_document(arena *a, const char *base, const eb_issuer *is);
json_t *ob2_badge_class_document(arena *a, const char *base, const eb_badge_class *bc);
json_t *ob2_assertion_document(arena *a, const char *base, const eb_assertion *as);
/* What a revoked assertion shows: id, type, revoked and the reason. */
json_t *ob2_revoked_assertion_document(arena *a, const char *base, const eb_assertion *as);

/* "YYYY-MM-DDThh:mm:ssZ" (UTC) of microseconds since the epoch. */
char *ob2_datetime(arena *a, int64_t us);

#endif
