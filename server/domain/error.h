/* Errors of the domain and store layers: a code, a stable reason, a message and the list
 * of bad fields. The services layer turns them into gRPC statuses. */
#ifndef EDUBADGES_ERROR_H
#define EDUBADGES_ERROR_H

#include <stdbool.h>

#include "arena.h"

typedef enum {
    EB_OK = 0,
    EB_INVALID_ARGUMENT,
    EB_NOT_FOUND,
    EB_ALREADY_EXISTS,
    EB_FAILED_PRECONDITION,
    EB_ABORTED,
    EB_PERMISSION_DENIED,
    EB_UNAUTHENTICATED,
    EB_RESOURCE_EXHAUSTED,
    EB_UNAVAILABLE,
    EB_DEADLINE_EXCEEDED,
    EB_CANCELLED,
    EB_INTERNAL,
} eb_code;

typedef struct eb_violation {
    const char *field;
    const char *description;
    struct eb_violation *next;
} eb_violation;

typedef struct eb_error {
    arena *arena;
    eb_code code;
    const char *reason;  /* stable UPPER_SNAKE_CASE, e.g. "INSTITUTION_NOT_FOUND" */
    const char *message; /* for humans, in English */
    eb_violation *violations; /* the first EB_MAX_LISTED_VIOLATIONS of them */
    int n_violations;         /* all of them */
} eb_error;

/* A request with thousands of bad rows gets a bounded answer. */
#define EB_MAX_LISTED_VIOLATIONS 100

/* Messages and descriptions echo input: they are cut (on a UTF-8 character boundary,
 * ending in "…") to these many bytes, so a status always fits in gRPC's metadata. */
#define EB_MESSAGE_MAX 1000
#define EB_DESCRIPTION_MAX 300

void eb_error_init(eb_error *e, arena *a);
/* s, or its first bytes and "…" in at most max (> 3) bytes, for quoting input. */
const char *eb_excerpt(arena *a, const char *s, size_t max);
/* Sets code, reason and message (the first failure wins; cut to EB_MESSAGE_MAX) and
 * returns the code. */
eb_code eb_fail(eb_error *e, eb_code code, const char *reason, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Records a bad field (the description cut to EB_DESCRIPTION_MAX); call
 * eb_finish_validation afterwards. */
void eb_violate(eb_error *e, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* EB_INVALID_ARGUMENT listing the fields when any violation was recorded, else EB_OK. */
eb_code eb_finish_validation(eb_error *e);
bool eb_has_violation(const eb_error *e, const char *field);

#endif
