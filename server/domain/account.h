/* Accounts: the staff members and API clients of an institution, as stored and listed. */
#ifndef EDUBADGES_ACCOUNT_H
#define EDUBADGES_ACCOUNT_H

#include <stdint.h>

#include "error.h"
#include "principal.h"

#define ACCOUNT_NAME_MAX 200

typedef struct eb_staff_member {
    char *id, *institution_id, *display_name, *email;
    char *sort_key; /* the list order: lower-cased name and id */
    int64_t create_time_us, last_seen_us; /* last_seen_us 0 = never */
} eb_staff_member;

typedef struct eb_api_client {
    char *id, *institution_id; /* institution_id "" for internal clients */
    client_kind kind;
    char *display_name, *created_by;
    bool disabled;
    int64_t create_time_us, last_seen_us;
} eb_api_client;

/* "sis", "alliance", "internal" and back (0 when unknown). */
const char *client_kind_code(client_kind k);
client_kind client_kind_of_code(const char *code);

/* Whether a client may act for its institution now: PERMISSION_DENIED when the institution
 * is archived (INSTITUTION_ARCHIVED) or, for a SIS, has SIS integration switched off
 * (SIS_INTEGRATION_DISABLED); internal clients have no institution. */
eb_code api_client_institution_allows(eb_error *e, client_kind kind, bool institution_archived, bool sis_enabled);

/* Trims the display name and checks the client: kind set, display name one line of 1 to
 * ACCOUNT_NAME_MAX characters, an institution exactly when not internal. Violations go
 * under prefix. */
void api_client_validate(arena *a, eb_error *e, eb_api_client *c, const char *prefix);

#endif
