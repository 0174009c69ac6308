/* InsightsService requests: institution, months, dimensions and filters. */
#include "insights_request.h"

#include "ids.h"
#include "vocabulary.h"

const char *insights_institution(svc_ctx *ctx, const char *field, const char *name)
{
    if (!name || !*name)
        return "";
    return eb_parse_resource_name(&ctx->err, field, name, "institutions");
}

bool insights_authorize(svc_ctx *ctx, authz_action action, const char *institution_id)
{
    authz_node node = *institution_id ? (authz_node){NODE_INSTITUTION, institution_id}
                                      : (authz_node){NODE_PLATFORM, NULL};
    return authz_require(ctx, action, node);
}

static int month_of(svc_ctx *ctx, const char *field, const Edubadges__V1__YearMonth *ym)
{
    return insights_month_index(&ctx->err, field, ym ? ym->year : 0, ym ? ym->month : 0);
}

static void read_months(svc_ctx *ctx, const Edubadges__V1__MonthRange *m, insights_query *q)
{
    if (!m) {
        eb_violate(&ctx->err, "months", "is required");
        return;
    }
    q->first_month = month_of(ctx, "months.first", m->first);
    q->last_month = month_of(ctx, "months.last", m->last);
    insights_check_month_order(&ctx->err, "months", q->first_month, q->last_month);
}

/* Records "{field}: at most N" for a list over the limit; true when it is within. */
static bool within_limit(svc_ctx *ctx, const char *field, size_t n)
{
    if (n <= INSIGHTS_FILTER_MAX)
        return true;
    eb_violate(&ctx->err, field, "names %zu objects; at most %d are allowed", n, INSIGHTS_FILTER_MAX);
    return false;
}

/* The ids of "{collection}/{id}" names. */
static eb_strings read_names(svc_ctx *ctx, const char *field, char **names, size_t n, const char *collection)
{
    eb_strings out = {NULL, 0};
    if (!within_limit(ctx, field, n))
        return out;
    out.items = (const char **)arena_ptrs(ctx->arena, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        const char *id = eb_parse_resource_name(&ctx->err, arena_sprintf(ctx->arena, "%s[%zu]", field, i),
                                                names[i], collection);
        if (id)
            out.items[out.n++] = id;
    }
    return out;
}

/* The codes of enum values. */
static eb_strings read_codes(svc_ctx *ctx, const char *field, const int *values, size_t n, const vocabulary *v)
{
    eb_strings out = {NULL, 0};
    if (!within_limit(ctx, field, n))
        return out;
    out.items = (const char **)arena_ptrs(ctx->arena, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        const char *code = vocab_code(v, values[i]);
        if (code)
            out.items[out.n++] = code;
        else
            eb_violate(&ctx->err, arena_sprintf(ctx->arena, "%s[%zu]", field, i), "is not a value of %s", v->name);
    }
    return out;
}

static void read_filter(svc_ctx *ctx, const Edubadges__V1__InsightsFilter *pb, insights_filter *f)
{
    if (!pb)
        return;
    f->faculties = read_names(ctx, "filter.faculties", pb->faculties, pb->n_faculties, "faculties");
    f->issuers = read_names(ctx, "filter.issuers", pb->issuers, pb->n_issuers, "issuers");
    f->badge_classes = read_names(ctx, "filter.badge_classes", pb->badge_classes, pb->n_badge_classes, "badgeClasses");
    f->tags = read_names(ctx, "filter.tags", pb->tags, pb->n_tags, "tags");
    f->badge_class_types = read_codes(ctx, "filter.badge_class_types", (const int *)pb->badge_class_types,
                                      pb->n_badge_class_types, &VOCAB_BADGE_CLASS_TYPE);
    f->sectors = read_codes(ctx, "filter.sectors", (const int *)pb->sectors, pb->n_sectors, &VOCAB_SECTOR);
    f->award_sources = read_codes(ctx, "filter.award_sources", (const int *)pb->award_sources, pb->n_award_sources,
                                  &VOCAB_AWARD_SOURCE);
}

void insights_read_query(svc_ctx *ctx, const Edubadges__V1__QueryInsightsRequest *req, insights_query *q)
{
    read_months(ctx, req->months, q);
    for (size_t i = 0; i < req->n_group_by; i++)
        insights_group_add(&ctx->err, arena_sprintf(ctx->arena, "group_by[%zu]", i), q, (int)req->group_by[i]);
    read_filter(ctx, req->filter, &q->filter);
}
