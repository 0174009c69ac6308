/* Who makes a call. The access issue adds staff, learners and API clients; for now the
 * only authenticated principal is a platform operator. */
#ifndef EDUBADGES_PRINCIPAL_H
#define EDUBADGES_PRINCIPAL_H

typedef enum {
    PRINCIPAL_ANONYMOUS = 0,
    PRINCIPAL_OPERATOR,
} principal_kind;

typedef struct principal {
    principal_kind kind;
    const char *subject; /* a stable id of the principal, e.g. the operator token id */
    const char *label;   /* for audit and logs, never a secret */
} principal;

#endif
