/* Audit events: one per change made through the API. */
#ifndef EDUBADGES_AUDIT_H
#define EDUBADGES_AUDIT_H

#include <stdint.h>

#define AUDIT_SUMMARY_MAX 1000
#define AUDIT_TEXT_MAX 300

typedef struct eb_audit_event {
    char *id;
    char *institution_id; /* public id, or NULL */
    char *actor, *actor_label, *client, *method, *resource, *summary, *request_id, *peer;
    int64_t occur_us;
} eb_audit_event;

#endif
