/* edubadges.v1.InsightsService: decode, validate, authorize, bring the counters up to date
 * (insights_sweep), count, encode. */
#include "authz.h"
#include "insights_convert.h"
#include "insights_reports_store.h"
#include "insights_request.h"
#include "insights_store.h"
#include "paging.h"

/* After validation: authorizes the caller for the institution and sweeps the counters as
 * of the call. */
static bool ready_for(svc_ctx *ctx, authz_action action, const char *institution_id)
{
    return !svc_invalid(ctx) && insights_authorize(ctx, action, institution_id) &&
           insights_sweep(ctx->db, ctx->now_us, &ctx->err) == EB_OK;
}

static bool ready(svc_ctx *ctx, const char *institution_id)
{
    return ready_for(ctx, ACTION_READ, institution_id);
}

static ProtobufCMessage *query_insights(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__QueryInsightsRequest *req = (const void *)request;
    insights_query q = {0};
    q.institution_id = insights_institution(ctx, "institution", req->institution);
    insights_read_query(ctx, req, &q);
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    const char *query_key = NULL, *after_key = NULL;
    const char *after[INSIGHTS_DIMENSIONS];
    if (q.institution_id && ctx->err.n_violations == 0) { /* a token is bound to the whole query */
        query_key = insights_query_key(ctx->arena, &q);
        after_key = page_token_decode(&ctx->err, "page_token", req->page_token, "insights", query_key);
        if (after_key && *after_key && !insights_row_key_split(ctx->arena, after_key, after))
            eb_violate(&ctx->err, "page_token", "is not a page token of this service");
    }
    if (!ready(ctx, q.institution_id) || insights_check_scope(ctx->db, &q, &ctx->err) != EB_OK)
        return NULL;
    insights_row *rows;
    int n;
    bool more;
    if (insights_query_rows(ctx->db, &q, INSIGHTS_FROM_COUNTERS, ctx->now_us, *after_key ? after : NULL, limit,
                            &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__QueryInsightsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__query_insights_response__init(resp);
    resp->n_rows = (size_t)n;
    resp->rows = (Edubadges__V1__InsightsRow **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->rows[i] = pb_insights_row(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "insights", query_key,
                                                  insights_row_key(ctx->arena, &rows[n - 1]));
    return &resp->base;
}

/* The institution and page of a paged management query, read and validated. */
typedef struct report_page {
    const char *institution_id, *query, *filters, *after_key;
    int limit;
} report_page;

static void read_report_page(svc_ctx *ctx, const char *query, const char *institution, int32_t page_size,
                             const char *page_token, report_page *out)
{
    *out = (report_page){insights_institution(ctx, "institution", institution), query, NULL, "", 0};
    out->limit = page_size_resolve(&ctx->err, "page_size", page_size);
    if (!out->institution_id)
        return;
    out->filters = arena_sprintf(ctx->arena, "institution=%s", out->institution_id);
    const char *key = page_token_decode(&ctx->err, "page_token", page_token, query, out->filters);
    out->after_key = key ? key : "";
}

/* After the page key is read: authorized, the institution exists, the counters are swept. */
static bool report_ready_for(svc_ctx *ctx, authz_action action, const char *institution_id)
{
    return ready_for(ctx, action, institution_id) &&
           insights_check_scope(ctx->db, &(insights_query){.institution_id = institution_id}, &ctx->err) == EB_OK;
}

static bool report_ready(svc_ctx *ctx, const char *institution_id)
{
    return report_ready_for(ctx, ACTION_READ, institution_id);
}

static void bad_page_token(svc_ctx *ctx)
{
    eb_violate(&ctx->err, "page_token", "is not a page token of this service");
}

static ProtobufCMessage *list_badge_class_overview(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListBadgeClassOverviewRequest *req = (const void *)request;
    report_page pg;
    read_report_page(ctx, "badgeClassOverview", req->institution, req->page_size, req->page_token, &pg);
    const char *after_institution = "", *after_badge_class = "";
    if (*pg.after_key && !overview_key_split(ctx->arena, pg.after_key, &after_institution, &after_badge_class))
        bad_page_token(ctx);
    overview_row *rows;
    int n;
    bool more;
    if (!report_ready(ctx, pg.institution_id) ||
        insights_overview(ctx->db, pg.institution_id, INSIGHTS_FROM_COUNTERS, ctx->now_us, after_institution,
                          after_badge_class, pg.limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListBadgeClassOverviewResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_badge_class_overview_response__init(resp);
    resp->n_rows = (size_t)n;
    resp->rows = (Edubadges__V1__BadgeClassOverviewRow **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->rows[i] = pb_overview_row(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, pg.query, pg.filters,
                                                  overview_row_key(ctx->arena, &rows[n - 1]));
    return &resp->base;
}

static ProtobufCMessage *list_issuer_staff(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListIssuerStaffRequest *req = (const void *)request;
    report_page pg;
    read_report_page(ctx, "issuerStaff", req->institution, req->page_size, req->page_token, &pg);
    const char *after[3] = {"", "", ""};
    if (*pg.after_key && !issuer_staff_key_split(ctx->arena, pg.after_key, after))
        bad_page_token(ctx);
    issuer_staff_row *rows;
    int n;
    bool more;
    /* names and e-mail addresses of staff: for those who administrate users, like the staff list */
    if (!report_ready_for(ctx, ACTION_ADMINISTRATE_USERS, pg.institution_id) ||
        insights_issuer_staff(ctx->db, pg.institution_id, after, pg.limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListIssuerStaffResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_issuer_staff_response__init(resp);
    resp->n_rows = (size_t)n;
    resp->rows = (Edubadges__V1__IssuerStaffRow **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->rows[i] = pb_issuer_staff_row(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, pg.query, pg.filters,
                                                  issuer_staff_row_key(ctx->arena, &rows[n - 1]));
    return &resp->base;
}

/* The institution of a management query, validated, authorized, existing and swept. */
static const char *report_institution(svc_ctx *ctx, const char *name)
{
    const char *institution_id = insights_institution(ctx, "institution", name);
    return report_ready(ctx, institution_id) ? institution_id : NULL;
}

static ProtobufCMessage *list_micro_credentials_by_institution(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListMicroCredentialsByInstitutionRequest *req = (const void *)request;
    const char *institution_id = report_institution(ctx, req->institution);
    micro_institution_row *rows;
    int n;
    if (!institution_id || insights_micro_by_institution(ctx->db, institution_id, INSIGHTS_FROM_COUNTERS,
                                                         ctx->now_us, &rows, &n, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListMicroCredentialsByInstitutionResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_micro_credentials_by_institution_response__init(resp);
    resp->n_rows = (size_t)n;
    resp->rows = (Edubadges__V1__MicroCredentialInstitutionRow **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->rows[i] = pb_micro_row(ctx->arena, &rows[i]);
    return &resp->base;
}

static ProtobufCMessage *list_learners_by_micro_credentials(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListLearnersByMicroCredentialsRequest *req = (const void *)request;
    const char *institution_id = report_institution(ctx, req->institution);
    holding_row *rows;
    int n;
    if (!institution_id || insights_micro_holdings(ctx->db, institution_id, INSIGHTS_FROM_COUNTERS, ctx->now_us,
                                                   &rows, &n, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListLearnersByMicroCredentialsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_learners_by_micro_credentials_response__init(resp);
    resp->n_rows = (size_t)n;
    resp->rows = (Edubadges__V1__MicroCredentialHoldingRow **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->rows[i] = pb_holding_row(ctx->arena, &rows[i]);
    return &resp->base;
}

static ProtobufCMessage *list_sector_overview(svc_ctx *ctx, const ProtobufCMessage *request)
{
    (void)request;
    sector_row *rows;
    int n;
    if (!ready(ctx, "") ||
        insights_sector_overview(ctx->db, INSIGHTS_FROM_COUNTERS, ctx->now_us, &rows, &n, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListSectorOverviewResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_sector_overview_response__init(resp);
    resp->n_rows = (size_t)n;
    resp->rows = (Edubadges__V1__SectorOverviewRow **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->rows[i] = pb_sector_row(ctx->arena, &rows[i]);
    return &resp->base;
}

static ProtobufCMessage *get_public_statistics(svc_ctx *ctx, const ProtobufCMessage *request)
{
    (void)request;
    public_statistics s;
    if (insights_sweep(ctx->db, ctx->now_us, &ctx->err) != EB_OK ||
        insights_public_statistics(ctx->db, INSIGHTS_FROM_COUNTERS, ctx->now_us, &s, &ctx->err) != EB_OK)
        return NULL;
    return &pb_public_statistics(ctx->arena, &s)->base;
}

static const svc_method methods[] = {
    {"QueryInsights", query_insights, ACCESS_AUTHENTICATED},
    {"ListBadgeClassOverview", list_badge_class_overview, ACCESS_AUTHENTICATED},
    {"ListIssuerStaff", list_issuer_staff, ACCESS_AUTHENTICATED},
    {"ListMicroCredentialsByInstitution", list_micro_credentials_by_institution, ACCESS_AUTHENTICATED},
    {"ListLearnersByMicroCredentials", list_learners_by_micro_credentials, ACCESS_AUTHENTICATED},
    {"ListSectorOverview", list_sector_overview, ACCESS_AUTHENTICATED},
    {"GetPublicStatistics", get_public_statistics, ACCESS_PUBLIC},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service insights_service = {&edubadges__v1__insights_service__descriptor, methods};
