/* The rules of insights queries: months, dimensions, page keys and the claim rate. */
#include "insights.h"

#include <string.h>

#include "vocabulary.h"

int insights_month_index(eb_error *e, const char *field, int year, int month)
{
    if (year == 0 && month == 0) {
        eb_violate(e, field, "is required: both ends of the range must be given");
        return -1;
    }
    bool ok = true;
    if (year < INSIGHTS_YEAR_MIN || year > INSIGHTS_YEAR_MAX) {
        eb_violate(e, arena_sprintf(e->arena, "%s.year", field), "must be from %d to %d",
                   INSIGHTS_YEAR_MIN, INSIGHTS_YEAR_MAX);
        ok = false;
    }
    if (month < 1 || month > 12) {
        eb_violate(e, arena_sprintf(e->arena, "%s.month", field), "must be from 1 to 12");
        ok = false;
    }
    return ok ? year * 12 + month - 1 : -1;
}

void insights_check_month_order(eb_error *e, const char *field, int first, int last)
{
    if (first >= 0 && last >= 0 && first > last)
        eb_violate(e, field, "is reversed: first must not come after last");
}

char *insights_month_date(arena *a, int month_index)
{
    return arena_sprintf(a, "%04d-%02d-01", month_index / 12, month_index % 12 + 1);
}

void insights_group_add(eb_error *e, const char *field, insights_query *q, int dimension)
{
    if (!vocab_code(&VOCAB_INSIGHTS_DIMENSION, dimension)) {
        eb_violate(e, field, "is not a dimension (a value of edubadges.v1.InsightsDimension)");
        return;
    }
    if (q->group_by & (1u << dimension)) {
        eb_violate(e, field, "repeats a dimension");
        return;
    }
    q->group_by |= 1u << dimension;
}

bool insights_grouped(const insights_query *q, insights_dimension d)
{
    return (q->group_by & (1u << d)) != 0;
}

bool insights_by_badge_class(const insights_query *q)
{
    const insights_filter *f = &q->filter;
    return insights_grouped(q, INSIGHTS_FACULTY) || insights_grouped(q, INSIGHTS_ISSUER) ||
           insights_grouped(q, INSIGHTS_BADGE_CLASS) || insights_grouped(q, INSIGHTS_TAG) ||
           f->faculties.n || f->issuers.n || f->badge_classes.n || f->tags.n;
}

static char *join(arena *a, const eb_strings *s)
{
    char *out = "";
    for (size_t i = 0; i < s->n; i++)
        out = arena_sprintf(a, "%s%s%s", out, i ? "," : "", s->items[i]);
    return out;
}

char *insights_query_key(arena *a, const insights_query *q)
{
    const insights_filter *f = &q->filter;
    return arena_sprintf(a, "institution=%s;months=%d-%d;group=%u;faculties=%s;issuers=%s;"
                            "badge_classes=%s;tags=%s;types=%s;sectors=%s;sources=%s",
                         q->institution_id, q->first_month, q->last_month, q->group_by,
                         join(a, &f->faculties), join(a, &f->issuers), join(a, &f->badge_classes),
                         join(a, &f->tags), join(a, &f->badge_class_types), join(a, &f->sectors),
                         join(a, &f->award_sources));
}

/* What a dimension value consists of: months, public ids and vocabulary codes. */
#define KEY_CHARS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-/"

char *insights_row_key(arena *a, const insights_row *r)
{
    return arena_sprintf(a, "%s,%s,%s,%s,%s,%s,%s,%s", r->month, r->faculty_id, r->issuer_id,
                         r->badge_class_id, r->badge_class_type, r->sector, r->tag_id,
                         r->award_source);
}

bool insights_row_key_split(arena *a, const char *key, const char *parts[INSIGHTS_DIMENSIONS])
{
    const char *p = key;
    for (int i = 0; i < INSIGHTS_DIMENSIONS; i++) {
        const char *comma = strchr(p, ',');
        if ((i < INSIGHTS_DIMENSIONS - 1) != (comma != NULL))
            return false;
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (strspn(p, KEY_CHARS) < n)
            return false;
        parts[i] = arena_strndup(a, p, n);
        p += n + 1;
    }
    return true;
}

bool insights_claim_rate(int claimed, int direct_awards, int revoked, double *rate)
{
    int offered = direct_awards - revoked;
    if (offered <= 0)
        return false;
    *rate = (double)claimed / offered;
    return true;
}
