/* The first results of retried bulk awards, kept under the caller's request id. */
#ifndef EDUBADGES_AWARD_REQUEST_STORE_H
#define EDUBADGES_AWARD_REQUEST_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "db.h"

typedef struct stored_response {
    bool found;
    char *request_hash;
    uint8_t *bytes; /* the serialised first response */
    size_t len;
} stored_response;

eb_code award_request_find(db *d, const char *caller, const char *request_id, stored_response *out,
                           eb_error *e);
/* Inside the caller's transaction: waits until no other transaction works on the caller's
 * request id and holds it until the end of this one, so that a concurrent retry finds the
 * first call's response (award_request_find) instead of racing it. */
eb_code award_request_lock(db *d, const char *caller, const char *request_id, eb_error *e);
/* Inside the caller's transaction, after award_request_lock. */
eb_code award_request_save(db *d, const char *caller, const char *request_id, const char *request_hash,
                           const char *bundle_id, const uint8_t *bytes, size_t len, eb_error *e);

#endif
