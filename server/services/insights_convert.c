/* Domain rows of insights and reports → protobuf-c messages. */
#include "insights_convert.h"

#include <stdlib.h>

#include "access_convert.h"
#include "convert.h"
#include "ids.h"
#include "permissions.h"
#include "vocabulary.h"

/* "{collection}/{id}", or "" when the dimension is not grouped. */
static char *name_or_empty(arena *a, const char *collection, const char *id)
{
    return *id ? eb_resource_name(a, collection, id) : "";
}

static Edubadges__V1__LocalizedText *localized(arena *a, const char *id, const char *nl, const char *en)
{
    if (!*id)
        return NULL;
    eb_localized l = {(char *)nl, (char *)en};
    return pb_localized(a, &l);
}

static Google__Protobuf__DoubleValue *claim_rate(arena *a, int claimed, int direct_awards, int revoked)
{
    double rate;
    if (!insights_claim_rate(claimed, direct_awards, revoked, &rate))
        return NULL;
    Google__Protobuf__DoubleValue *v = arena_alloc(a, sizeof *v);
    google__protobuf__double_value__init(v);
    v->value = rate;
    return v;
}

static Edubadges__V1__YearMonth *year_month(arena *a, const char *month)
{
    if (!*month)
        return NULL;
    Edubadges__V1__YearMonth *m = arena_alloc(a, sizeof *m);
    edubadges__v1__year_month__init(m);
    m->year = atoi(month);
    m->month = atoi(month + 5);
    return m;
}

static Edubadges__V1__InsightCounts *counts_pb(arena *a, const int *c)
{
    Edubadges__V1__AssertionInsights *as = arena_alloc(a, sizeof *as);
    edubadges__v1__assertion_insights__init(as);
    as->total = c[IC_ASSERTIONS];
    as->in_backpack = c[IC_IN_BACKPACK];
    as->expired = c[IC_EXPIRED];
    as->rejected = c[IC_REJECTED];
    as->revoked = c[IC_REVOKED];
    as->made_public = c[IC_PUBLIC];
    as->via_direct_award = c[IC_VIA_DIRECT_AWARD];
    as->via_request = c[IC_VIA_REQUEST];
    Edubadges__V1__DirectAwardInsights *da = arena_alloc(a, sizeof *da);
    edubadges__v1__direct_award_insights__init(da);
    da->total = c[IC_DIRECT_AWARDS];
    da->claimed = c[IC_DA_CLAIMED];
    da->open = c[IC_DA_OPEN];
    da->rejected = c[IC_DA_REJECTED];
    da->expired = c[IC_DA_EXPIRED];
    da->revoked = c[IC_DA_REVOKED];
    da->deleted = c[IC_DA_DELETED];
    da->scheduled = c[IC_DA_SCHEDULED];
    Edubadges__V1__BadgeRequestInsights *rq = arena_alloc(a, sizeof *rq);
    edubadges__v1__badge_request_insights__init(rq);
    rq->pending = c[IC_REQUESTS_PENDING];
    rq->accepted = c[IC_REQUESTS_ACCEPTED];
    rq->denied = c[IC_REQUESTS_DENIED];
    rq->withdrawn = c[IC_REQUESTS_WITHDRAWN];
    Edubadges__V1__InsightCounts *out = arena_alloc(a, sizeof *out);
    edubadges__v1__insight_counts__init(out);
    out->assertions = as;
    out->direct_awards = da;
    out->requests = rq;
    out->claim_rate = claim_rate(a, c[IC_DA_CLAIMED], c[IC_DIRECT_AWARDS], c[IC_DA_REVOKED]);
    return out;
}

Edubadges__V1__InsightsRow *pb_insights_row(arena *a, const insights_row *r)
{
    Edubadges__V1__InsightsGroup *g = arena_alloc(a, sizeof *g);
    edubadges__v1__insights_group__init(g);
    g->month = year_month(a, r->month);
    g->faculty = name_or_empty(a, "faculties", r->faculty_id);
    g->faculty_display_name = localized(a, r->faculty_id, r->faculty_nl, r->faculty_en);
    g->issuer = name_or_empty(a, "issuers", r->issuer_id);
    g->issuer_display_name = localized(a, r->issuer_id, r->issuer_nl, r->issuer_en);
    g->badge_class = name_or_empty(a, "badgeClasses", r->badge_class_id);
    g->badge_class_display_name = (char *)r->badge_class_name;
    g->badge_class_type = (Edubadges__V1__BadgeClassType)vocab_number(&VOCAB_BADGE_CLASS_TYPE, r->badge_class_type);
    g->sector = (Edubadges__V1__Sector)vocab_number(&VOCAB_SECTOR, r->sector);
    g->tag = name_or_empty(a, "tags", r->tag_id);
    g->tag_display_name = (char *)r->tag_name;
    g->award_source = (Edubadges__V1__AwardSource)vocab_number(&VOCAB_AWARD_SOURCE, r->award_source);
    Edubadges__V1__InsightsRow *row = arena_alloc(a, sizeof *row);
    edubadges__v1__insights_row__init(row);
    row->group = g;
    row->counts = counts_pb(a, r->counts);
    return row;
}

Edubadges__V1__BadgeClassOverviewRow *pb_overview_row(arena *a, const overview_row *r)
{
    Edubadges__V1__BadgeClassOverviewRow *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__badge_class_overview_row__init(pb);
    pb->institution = eb_resource_name(a, "institutions", r->institution.id);
    pb->institution_display_name = localized(a, r->institution.id, r->institution.nl, r->institution.en);
    pb->sector = (Edubadges__V1__Sector)vocab_number(&VOCAB_SECTOR, r->sector);
    pb->faculty = eb_resource_name(a, "faculties", r->faculty.id);
    pb->faculty_display_name = localized(a, r->faculty.id, r->faculty.nl, r->faculty.en);
    pb->issuer = eb_resource_name(a, "issuers", r->issuer.id);
    pb->issuer_display_name = localized(a, r->issuer.id, r->issuer.nl, r->issuer.en);
    pb->badge_class = eb_resource_name(a, "badgeClasses", r->badge_class_id);
    pb->badge_class_display_name = (char *)r->badge_class_name;
    pb->badge_class_type = (Edubadges__V1__BadgeClassType)vocab_number(&VOCAB_BADGE_CLASS_TYPE, r->badge_class_type);
    pb->in_backpack = r->in_backpack;
    pb->direct_awards_claimed = r->da_claimed;
    pb->requests_accepted = r->requests_accepted;
    pb->revoked = r->revoked;
    pb->made_public = r->made_public;
    pb->claim_rate = claim_rate(a, r->da_claimed, r->direct_awards, r->da_revoked);
    pb->direct_awards_total = r->direct_awards;
    pb->direct_awards_expired = r->da_expired;
    pb->awarded_via_ui = r->via_ui;
    pb->awarded_via_sis = r->via_sis;
    pb->awarded_via_alliance = r->via_alliance;
    return pb;
}

Edubadges__V1__IssuerStaffRow *pb_issuer_staff_row(arena *a, const issuer_staff_row *r)
{
    Edubadges__V1__IssuerStaffRow *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__issuer_staff_row__init(pb);
    pb->issuer = eb_resource_name(a, "issuers", r->issuer.id);
    pb->issuer_display_name = localized(a, r->issuer.id, r->issuer.nl, r->issuer.en);
    pb->faculty = eb_resource_name(a, "faculties", r->faculty.id);
    pb->faculty_display_name = localized(a, r->faculty.id, r->faculty.nl, r->faculty.en);
    pb->staff_member = eb_resource_name(a, "staff", r->staff_id);
    pb->staff_display_name = (char *)r->staff_name;
    pb->email = (char *)r->email;
    pb->membership = eb_resource_name(a, "memberships", r->membership_id);
    org_node node = {node_level_of_code(r->node_level), r->node_id};
    pb->node = org_node_name(a, node);
    const staff_role *role = staff_role_matching(node.level, r->permissions);
    pb->role = role ? (Edubadges__V1__StaffRole)role->number : EDUBADGES__V1__STAFF_ROLE__STAFF_ROLE_UNSPECIFIED;
    pb->permissions = pb_permissions(a, r->permissions, &pb->n_permissions);
    return pb;
}

Edubadges__V1__MicroCredentialInstitutionRow *pb_micro_row(arena *a, const micro_institution_row *r)
{
    Edubadges__V1__MicroCredentialInstitutionRow *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__micro_credential_institution_row__init(pb);
    pb->institution = eb_resource_name(a, "institutions", r->institution.id);
    pb->institution_display_name = localized(a, r->institution.id, r->institution.nl, r->institution.en);
    pb->sector = (Edubadges__V1__Sector)vocab_number(&VOCAB_SECTOR, r->sector);
    pb->badge_classes = r->badge_classes;
    pb->awarded = r->awarded;
    pb->in_backpack = r->in_backpack;
    pb->learners = r->learners;
    return pb;
}

Edubadges__V1__MicroCredentialHoldingRow *pb_holding_row(arena *a, const holding_row *r)
{
    Edubadges__V1__MicroCredentialHoldingRow *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__micro_credential_holding_row__init(pb);
    pb->micro_credentials = r->micro_credentials;
    pb->learners = r->learners;
    return pb;
}

Edubadges__V1__SectorOverviewRow *pb_sector_row(arena *a, const sector_row *r)
{
    Edubadges__V1__SectorOverviewRow *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__sector_overview_row__init(pb);
    pb->institution = eb_resource_name(a, "institutions", r->institution.id);
    pb->institution_display_name = localized(a, r->institution.id, r->institution.nl, r->institution.en);
    pb->sector = (Edubadges__V1__Sector)vocab_number(&VOCAB_SECTOR, r->sector);
    pb->badge_class_type = (Edubadges__V1__BadgeClassType)vocab_number(&VOCAB_BADGE_CLASS_TYPE, r->badge_class_type);
    pb->in_backpack = r->in_backpack;
    pb->direct_awards_claimed = r->da_claimed;
    pb->direct_awards_total = r->direct_awards;
    pb->direct_awards_revoked = r->da_revoked;
    pb->claim_rate = claim_rate(a, r->da_claimed, r->direct_awards, r->da_revoked);
    return pb;
}

static Edubadges__V1__SectorInstitutions *sector_count(arena *a, const char *sector, int n)
{
    Edubadges__V1__SectorInstitutions *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__sector_institutions__init(pb);
    pb->sector = (Edubadges__V1__Sector)vocab_number(&VOCAB_SECTOR, sector);
    pb->institutions = n;
    return pb;
}

Edubadges__V1__PublicStatistics *pb_public_statistics(arena *a, const public_statistics *s)
{
    Edubadges__V1__PublicStatistics *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__public_statistics__init(pb);
    pb->learners_with_backpack = s->learners;
    pb->badges_in_backpacks = s->in_backpacks;
    pb->micro_credentials_in_backpacks = s->micro_in_backpacks;
    pb->micro_credential_share = s->in_backpacks ? (double)s->micro_in_backpacks / (double)s->in_backpacks : 0;
    pb->n_institutions_per_sector = 3;
    pb->institutions_per_sector = (Edubadges__V1__SectorInstitutions **)arena_ptrs(a, 3);
    pb->institutions_per_sector[0] = sector_count(a, "MBO", s->institutions_mbo);
    pb->institutions_per_sector[1] = sector_count(a, "HBO", s->institutions_hbo);
    pb->institutions_per_sector[2] = sector_count(a, "WO", s->institutions_wo);
    return pb;
}
