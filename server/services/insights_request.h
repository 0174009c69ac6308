/* Reading the requests of InsightsService into domain values, recording a field violation
 * for every bad field, and the access rule shared by its methods. */
#ifndef EDUBADGES_INSIGHTS_REQUEST_H
#define EDUBADGES_INSIGHTS_REQUEST_H

#include "authz.h"
#include "edubadges/v1/insights.pb-c.h"
#include "insights.h"
#include "service.h"

/* The institution id of an "institutions/{id}" name, "" for an empty one (every
 * institution), NULL after a violation. */
const char *insights_institution(svc_ctx *ctx, const char *field, const char *name);
/* Staff with this permission on their own institution (reading, for most queries); every
 * institution together ("") needs a platform operator. False with the error set otherwise. */
bool insights_authorize(svc_ctx *ctx, authz_action action, const char *institution_id);
/* Reads months, grouping and filter of a QueryInsights request into q. */
void insights_read_query(svc_ctx *ctx, const Edubadges__V1__QueryInsightsRequest *req, insights_query *q);

#endif
