/* InsightsService answers built from domain rows. */
#ifndef EDUBADGES_INSIGHTS_CONVERT_H
#define EDUBADGES_INSIGHTS_CONVERT_H

#include "edubadges/v1/insights.pb-c.h"
#include "insights.h"
#include "insights_reports.h"

Edubadges__V1__InsightsRow *pb_insights_row(arena *a, const insights_row *r);
Edubadges__V1__BadgeClassOverviewRow *pb_overview_row(arena *a, const overview_row *r);
Edubadges__V1__IssuerStaffRow *pb_issuer_staff_row(arena *a, const issuer_staff_row *r);
Edubadges__V1__MicroCredentialInstitutionRow *pb_micro_row(arena *a, const micro_institution_row *r);
Edubadges__V1__MicroCredentialHoldingRow *pb_holding_row(arena *a, const holding_row *r);
Edubadges__V1__SectorOverviewRow *pb_sector_row(arena *a, const sector_row *r);
Edubadges__V1__PublicStatistics *pb_public_statistics(arena *a, const public_statistics *s);

#endif
