/* The Open Badges 3.0 OpenBadgeCredential of an assertion, unsigned: contexts (VC 2.0,
 * OB 3.0.3, the 1EdTech extensions, our EU micro-credential context last), the embedded issuer Profile with its address
 * (country and region of the institution), validFrom / validUntil / awardedDate, the
 * badge class's Achievement (ob3_achievement.h: achievementType, EQF level and quality assurance
 * as alignments, credits, language, image, programme codes, and every EU micro-credential term of
 * our own context with its ELM concept IRIs: workload with its unit, assessment, participation,
 * supervision and identity verification, stackability), the hashed recipient identifier, the
 * grade as result + the achievement's resultDescription, evidence, the OB 3.0 JSON Schema and the revocation status entry.
 * type, credentialSchema (and later proof) are always arrays. */
#ifndef EDUBADGES_OB3_CREDENTIAL_H
#define EDUBADGES_OB3_CREDENTIAL_H

#include <jansson.h>

#include "assertion.h"
#include "badge_class.h"
#include "institution.h"
#include "issuer.h"

#define OB3_CONTEXT_VC "https://www.w3.org/ns/credentials/v2"
#define OB3_CONTEXT_OB "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
#define OB3_CONTEXT_EXTENSIONS "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
#define OB3_SCHEMA_URL \
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"

typedef struct ob3_credential_input {
    const char *base_url; /* the public base URL, no trailing slash */
    const eb_assertion *assertion;
    const eb_badge_class *badge_class;
    const eb_issuer *issuer;
    const eb_institution *institution;
    const char *status_list_url; /* NULL: no credentialStatus */
    int64_t status_index;
} ob3_credential_input;

/* A new JSON object (the caller owns it). */
json_t *ob3_credential_build(arena *a, const ob3_credential_input *in);

/* The localized text in the badge class's course language when there is one, else the
 * other one. */
const char *ob3_pick_text(const eb_localized *l, int course_language);

#endif
