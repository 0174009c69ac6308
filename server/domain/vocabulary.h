/* Dutch and English labels (and stable codes) of every enum of the API. The enum values
 * and numbers mirror the .proto files; a test checks that every enum value of the API has
 * an entry here and that names and numbers agree. */
#ifndef EDUBADGES_VOCABULARY_H
#define EDUBADGES_VOCABULARY_H

#include <stddef.h>

typedef struct vocab_term {
    int number;
    const char *value;       /* the enum value name, e.g. "SECTOR_MBO" */
    const char *code;        /* stable short code used in storage and documents */
    const char *nl, *en;
    const char *concept_iri; /* European Learning Model concept, or NULL */
} vocab_term;

typedef struct vocabulary {
    const char *name; /* full enum name, e.g. "edubadges.v1.Sector" */
    const char *nl, *en;
    const vocab_term *terms;
    size_t n_terms;
} vocabulary;

/* Every vocabulary, ordered by name. */
size_t vocabularies(const vocabulary *const **all);
const vocabulary *vocabulary_find(const char *name);
const vocab_term *vocab_term_by_number(const vocabulary *v, int number);
const vocab_term *vocab_term_by_code(const vocabulary *v, const char *code);

/* Shorthands for the vocabularies the domain stores as codes. */
extern const vocabulary VOCAB_SECTOR, VOCAB_LANGUAGE, VOCAB_VISIBILITY, VOCAB_BADGE_CLASS_TYPE,
    VOCAB_COURSE_LANGUAGE, VOCAB_PROGRAM_IDENTIFIER_TYPE, VOCAB_SUPERVISION, VOCAB_STACKABILITY,
    VOCAB_GRADE_ACHIEVED, VOCAB_ASSESSMENT_TYPE, VOCAB_PARTICIPATION_FORM, VOCAB_TERMS_KIND,
    VOCAB_RECIPIENT_IDENTIFIER_TYPE, VOCAB_AWARD_SOURCE, VOCAB_DIRECT_AWARD_STATUS, VOCAB_AWARD_TYPE,
    VOCAB_BADGE_REQUEST_STATUS, VOCAB_ACCEPTANCE;
/* The access model's (vocabulary_access.c). */
extern const vocabulary VOCAB_PERMISSION, VOCAB_STAFF_ROLE, VOCAB_API_CLIENT_KIND, VOCAB_PRINCIPAL_KIND,
    VOCAB_API_CLIENT_STATE, VOCAB_INVITATION_STATE;
/* Open Badges 3.0 credentials (vocabulary_ob3.c). */
extern const vocabulary VOCAB_SIGNING_ALGORITHM, VOCAB_SIGNING_KEY_STATE, VOCAB_CREDENTIAL_FORMAT,
    VOCAB_CHECK_OUTCOME, VOCAB_CHECK_KIND;
/* The code of a value, or NULL when the number is not a value (or is *_UNSPECIFIED). */
const char *vocab_code(const vocabulary *v, int number);
/* The number of a code, or 0 when unknown. */
int vocab_number(const vocabulary *v, const char *code);

#endif
