/* The management queries and public statistics in PostgreSQL. Every statement is written
 * once over a facts relation and prepared twice: over the counters and over the awards. */
#include "insights_reports_store.h"

#include "insights_sql.h"
#include "store_util.h"

/* Per institution × sector × type × source: from the all-time counters, or from the awards
 * as of the timestamp parameter $n (per month as well, which these reports sum over). */
#define INSTITUTION_TOTALS_COUNTED "insight_institution_total_facts"
#define INSTITUTION_FACTS_AS_OF(n)                                                                 \
    "(SELECT d.institution_id, d.sector, d.badge_class_type, f.month, f.source, " IC_VALUES("f.")    \
    " FROM " FACTS_AS_OF(n) " f"                                                                   \
    " JOIN insight_dimensions_now d USING (badge_class_id))"
/* Learners holding at least one micro-credential, per institution. */
#define HOLDERS_COUNTED                                                                            \
    "(SELECT scope AS institution_id, sum(learners) AS learners FROM insight_holdings_histogram"   \
    " WHERE scope <> 0 AND held > 0 GROUP BY 1)"
#define HOLDERS_AS_OF(n)                                                                           \
    "(SELECT institution_id, count(*) AS learners FROM insight_holdings_as_of(" SQL_TS(n) ")"       \
    " WHERE held > 0 GROUP BY 1)"

/* $1 institution, $2 and $3 the institution and badge class ids to resume after, $4 the
 * limit; $5 the moment the awards are read as of. */
#define OVERVIEW(DIMS, FACTS)                                                                      \
    "WITH page AS (SELECT d.*, i.public_id COLLATE \"C\" AS k_institution,"                      \
    "  b.public_id COLLATE \"C\" AS k_badge_class FROM " DIMS " d"                                \
    "  JOIN institutions i ON i.id = d.institution_id JOIN badge_classes b ON b.id = d.badge_class_id" \
    "  WHERE ($1 = '' OR i.public_id = $1) AND (i.public_id COLLATE \"C\", b.public_id COLLATE \"C\") > ($2, $3)" \
    "  ORDER BY k_institution, k_badge_class LIMIT $4::int)"                                       \
    " SELECT p.k_institution, i.name_nl, i.name_en, f.public_id, f.name_nl, f.name_en, s.public_id," \
    " s.name_nl, s.name_en, p.k_badge_class, b.name, p.badge_class_type, p.sector,"                \
    " coalesce(sum(c.in_backpack), 0), coalesce(sum(c.da_claimed), 0),"                            \
    " coalesce(sum(c.requests_accepted), 0), coalesce(sum(c.revoked), 0), coalesce(sum(c.public), 0)," \
    " coalesce(sum(c.direct_awards), 0), coalesce(sum(c.da_revoked), 0), coalesce(sum(c.da_expired), 0)," \
    " coalesce(sum(c.assertions) FILTER (WHERE c.source = 'ui'), 0),"                              \
    " coalesce(sum(c.assertions) FILTER (WHERE c.source = 'sis'), 0),"                             \
    " coalesce(sum(c.assertions) FILTER (WHERE c.source = 'alliance'), 0)"                         \
    " FROM page p JOIN institutions i ON i.id = p.institution_id JOIN faculties f ON f.id = p.faculty_id" \
    " JOIN issuers s ON s.id = p.issuer_id JOIN badge_classes b ON b.id = p.badge_class_id"        \
    " LEFT JOIN " FACTS " c ON c.institution_id = p.institution_id AND c.badge_class_id = p.badge_class_id" \
    " GROUP BY p.k_institution, p.k_badge_class, p.badge_class_type, p.sector, i.id, f.id, s.id, b.id" \
    " ORDER BY p.k_institution, p.k_badge_class"
DB_STMT_CUSTOM_PLAN(overview_counted_stmt, OVERVIEW(DIMS_COUNTED, "insight_badge_class_total_facts"));
DB_STMT_CUSTOM_PLAN(overview_as_of_stmt, OVERVIEW(DIMS_NOW, FACTS_AS_OF(5)));

/* $1 institution, $2..$4 the issuer, staff member and membership ids to resume after, $5
 * the limit. Per issuer and staff member the highest membership that covers the issuer
 * (institution 1, faculty 2, issuer 3), or else their badge class memberships under it. */
DB_STMT_CUSTOM_PLAN(issuer_staff_stmt,
    "WITH covering AS (SELECT s.id AS issuer_id, m.id AS membership_id, m.account_id,"
    "  CASE m.node_level WHEN 'institution' THEN 1 WHEN 'faculty' THEN 2 WHEN 'issuer' THEN 3 ELSE 4 END AS depth"
    "  FROM issuers s JOIN memberships m ON m.institution_id = s.institution_id"
    "  AND (m.node_level = 'institution' OR m.faculty_id = s.faculty_id OR m.issuer_id = s.id"
    "   OR m.badge_class_id IN (SELECT b.id FROM badge_classes b WHERE b.issuer_id = s.id))"
    "  JOIN accounts a ON a.id = m.account_id AND a.kind = 'staff' AND a.disabled_at IS NULL"
    "  WHERE " IN_INSTITUTION("s.institution_id", 1) "),"
    " best AS (SELECT c.*, min(c.depth) OVER (PARTITION BY c.issuer_id, c.account_id) AS top FROM covering c)"
    " SELECT k_issuer, s_nl, s_en, f_id, f_nl, f_en, k_staff, a_name, a_email, k_membership, level, node, permissions"
    " FROM (SELECT s.public_id COLLATE \"C\" AS k_issuer, s.name_nl AS s_nl, s.name_en AS s_en, f.public_id AS f_id,"
    "  f.name_nl AS f_nl, f.name_en AS f_en, a.public_id COLLATE \"C\" AS k_staff, a.display_name AS a_name,"
    "  coalesce(a.email, '') AS a_email, m.public_id COLLATE \"C\" AS k_membership, m.node_level AS level,"
    "  CASE m.node_level WHEN 'institution' THEN i.public_id WHEN 'faculty' THEN mf.public_id"
    "   WHEN 'issuer' THEN ms.public_id ELSE mb.public_id END AS node, m.permissions"
    "  FROM best c JOIN issuers s ON s.id = c.issuer_id JOIN faculties f ON f.id = s.faculty_id"
    "  JOIN accounts a ON a.id = c.account_id JOIN memberships m ON m.id = c.membership_id"
    "  JOIN institutions i ON i.id = m.institution_id LEFT JOIN faculties mf ON mf.id = m.faculty_id"
    "  LEFT JOIN issuers ms ON ms.id = m.issuer_id LEFT JOIN badge_classes mb ON mb.id = m.badge_class_id"
    "  WHERE c.depth = c.top) x"
    " WHERE (k_issuer, k_staff, k_membership) > ($2, $3, $4)"
    " ORDER BY k_issuer, k_staff, k_membership LIMIT $5::int");

/* $1 institution; $2 the moment the awards are read as of. */
#define MICRO_BY_INSTITUTION(DIMS, FACTS, HOLDERS)                                                 \
    "SELECT i.public_id, i.name_nl, i.name_en, i.sector,"                                          \
    " (SELECT count(*) FROM " DIMS " d WHERE d.institution_id = i.id"                              \
    "  AND d.badge_class_type = 'micro_credential'),"                                              \
    " coalesce(m.awarded, 0), coalesce(m.in_backpack, 0), coalesce(h.learners, 0)"                 \
    " FROM institutions i LEFT JOIN (SELECT institution_id, sum(assertions) AS awarded,"           \
    "  sum(in_backpack) AS in_backpack FROM " FACTS " x WHERE badge_class_type = 'micro_credential'" \
    "  GROUP BY 1) m ON m.institution_id = i.id"                                                   \
    " LEFT JOIN " HOLDERS " h ON h.institution_id = i.id"                                           \
    " WHERE $1 = '' OR i.public_id = $1 ORDER BY i.public_id COLLATE \"C\""
DB_STMT_CUSTOM_PLAN(micro_counted_stmt, MICRO_BY_INSTITUTION(DIMS_COUNTED, INSTITUTION_TOTALS_COUNTED, HOLDERS_COUNTED));
DB_STMT_CUSTOM_PLAN(micro_as_of_stmt, MICRO_BY_INSTITUTION(DIMS_NOW, INSTITUTION_FACTS_AS_OF(2), HOLDERS_AS_OF(2)));

/* $1 institution; $2 the moment the awards are read as of. */
DB_STMT_CUSTOM_PLAN(holdings_counted_stmt,
        "SELECT held, learners FROM insight_holdings_histogram"
        " WHERE scope = CASE WHEN $1 = '' THEN 0 ELSE (SELECT id FROM institutions WHERE public_id = $1) END"
        " AND held > 0 AND learners > 0 ORDER BY held");
DB_STMT_CUSTOM_PLAN(holdings_as_of_stmt,
        "SELECT held, count(*) FROM (SELECT learner_id, sum(held) AS held FROM insight_holdings_as_of(" SQL_TS(2) ")"
        " WHERE " IN_INSTITUTION("institution_id", 1) " GROUP BY 1) x GROUP BY 1 ORDER BY 1");

/* $1 the moment the awards are read as of. */
#define SECTOR_OVERVIEW(FACTS)                                                                     \
    "SELECT i.public_id, i.name_nl, i.name_en, c.sector, c.badge_class_type, c.in_backpack,"      \
    " c.da_claimed, c.direct_awards, c.da_revoked"                                                 \
    " FROM (SELECT institution_id, sector, badge_class_type, " IC_SUMS("") " FROM " FACTS        \
    " x GROUP BY 1, 2, 3) c JOIN institutions i ON i.id = c.institution_id WHERE " IC_ANY("c.")      \
    " ORDER BY i.public_id COLLATE \"C\", c.sector, c.badge_class_type"
DB_STMT(sector_counted_stmt, SECTOR_OVERVIEW(INSTITUTION_TOTALS_COUNTED));
DB_STMT(sector_as_of_stmt, SECTOR_OVERVIEW(INSTITUTION_FACTS_AS_OF(1)));

/* $1 the moment the awards are read as of. */
#define IN_BACKPACKS(FACTS)                                                                        \
    "SELECT coalesce(sum(in_backpack), 0),"                                                        \
    " coalesce(sum(in_backpack) FILTER (WHERE badge_class_type = 'micro_credential'), 0) FROM " FACTS " x"
DB_STMT(public_counted_stmt,
        "SELECT (SELECT coalesce(sum(learners), 0) FROM insight_learner_total), x.*"
        " FROM (" IN_BACKPACKS(INSTITUTION_TOTALS_COUNTED) ") x");
DB_STMT(public_as_of_stmt,
        "SELECT (SELECT count(*) FROM learners), x.*"
        " FROM (" IN_BACKPACKS(INSTITUTION_FACTS_AS_OF(1)) ") x");
/* Active institutions of MBO, HBO and WO; a combined HBO/MBO one counts for both. */
DB_STMT(institutions_per_sector_stmt,
        "SELECT count(*) FILTER (WHERE sector IN ('MBO', 'HBO/MBO')),"
        " count(*) FILTER (WHERE sector IN ('HBO', 'HBO/MBO')), count(*) FILTER (WHERE sector = 'WO')"
        " FROM institutions WHERE archived_at IS NULL");

static void read_named(arena *a, const PGresult *r, int row, int col, report_named *out)
{
    out->id = store_text(a, r, row, col);
    out->nl = store_text(a, r, row, col + 1);
    out->en = store_text(a, r, row, col + 2);
}

static int int_at(const PGresult *r, int row, int col) { return (int)db_int(r, row, col); }

static void read_overview(arena *a, const PGresult *r, int row, void *out)
{
    overview_row *x = out;
    read_named(a, r, row, 0, &x->institution);
    read_named(a, r, row, 3, &x->faculty);
    read_named(a, r, row, 6, &x->issuer);
    x->badge_class_id = store_text(a, r, row, 9);
    x->badge_class_name = store_text(a, r, row, 10);
    x->badge_class_type = store_text(a, r, row, 11);
    x->sector = store_text(a, r, row, 12);
    int *v[] = {&x->in_backpack, &x->da_claimed, &x->requests_accepted, &x->revoked, &x->made_public,
                &x->direct_awards, &x->da_revoked, &x->da_expired, &x->via_ui, &x->via_sis, &x->via_alliance};
    for (size_t k = 0; k < sizeof v / sizeof *v; k++)
        *v[k] = int_at(r, row, 13 + (int)k);
}

eb_code insights_overview(db *d, const char *institution_id, insights_source src, int64_t now_us,
                          const char *after_institution, const char *after_badge_class, int limit,
                          overview_row **rows, int *n, bool *more, eb_error *e)
{
    char lim[16];
    page_limit_param(lim, limit);
    num_param now;
    const char *p[] = {institution_id, after_institution, after_badge_class, lim, num_param_of(&now, now_us)};
    bool counted = src == INSIGHTS_FROM_COUNTERS;
    return store_read_page(d, counted ? &overview_counted_stmt : &overview_as_of_stmt, counted ? 4 : 5, p, limit,
                           sizeof **rows, read_overview, (void **)rows, n, more, e);
}

static void read_staff(arena *a, const PGresult *r, int row, void *out)
{
    issuer_staff_row *x = out;
    read_named(a, r, row, 0, &x->issuer);
    read_named(a, r, row, 3, &x->faculty);
    x->staff_id = store_text(a, r, row, 6);
    x->staff_name = store_text(a, r, row, 7);
    x->email = store_text(a, r, row, 8);
    x->membership_id = store_text(a, r, row, 9);
    x->node_level = store_text(a, r, row, 10);
    x->node_id = store_text(a, r, row, 11);
    x->permissions = (unsigned)db_int(r, row, 12);
}

eb_code insights_issuer_staff(db *d, const char *institution_id, const char *const after[3], int limit,
                              issuer_staff_row **rows, int *n, bool *more, eb_error *e)
{
    char lim[16];
    page_limit_param(lim, limit);
    const char *p[] = {institution_id, after[0], after[1], after[2], lim};
    return store_read_page(d, &issuer_staff_stmt, 5, p, limit, sizeof **rows, read_staff, (void **)rows, n, more, e);
}

/* Runs a report statement whose only parameters are the institution (when given) and the
 * moment of the awards (for the awards source), and reads every row. */
static eb_code read_all(db *d, db_stmt *counted, db_stmt *as_of, const char *institution_id,
                        insights_source src, int64_t now_us, size_t elem, page_row_reader read,
                        void **rows, int *n, eb_error *e)
{
    num_param now;
    const char *with_institution[] = {institution_id, num_param_of(&now, now_us)};
    const char *const *p = institution_id ? with_institution : with_institution + 1;
    int np = institution_id ? 1 : 0;
    PGresult *r = src == INSIGHTS_FROM_COUNTERS ? db_exec(d, counted, np, p, e) : db_exec(d, as_of, np + 1, p, e);
    if (!r)
        return e->code;
    *n = PQntuples(r);
    char *out = arena_alloc(e->arena, elem * (size_t)(*n ? *n : 1));
    for (int i = 0; i < *n; i++)
        read(e->arena, r, i, out + elem * (size_t)i);
    *rows = out;
    PQclear(r);
    return EB_OK;
}

static void read_micro(arena *a, const PGresult *r, int row, void *out)
{
    micro_institution_row *x = out;
    read_named(a, r, row, 0, &x->institution);
    x->sector = store_text(a, r, row, 3);
    x->badge_classes = int_at(r, row, 4);
    x->awarded = int_at(r, row, 5);
    x->in_backpack = int_at(r, row, 6);
    x->learners = int_at(r, row, 7);
}

eb_code insights_micro_by_institution(db *d, const char *institution_id, insights_source src,
                                      int64_t now_us, micro_institution_row **rows, int *n,
                                      eb_error *e)
{
    return read_all(d, &micro_counted_stmt, &micro_as_of_stmt, institution_id, src, now_us, sizeof **rows,
                    read_micro, (void **)rows, n, e);
}

static void read_holding(arena *a, const PGresult *r, int row, void *out)
{
    (void)a;
    holding_row *x = out;
    x->micro_credentials = int_at(r, row, 0);
    x->learners = int_at(r, row, 1);
}

eb_code insights_micro_holdings(db *d, const char *institution_id, insights_source src, int64_t now_us,
                                holding_row **rows, int *n, eb_error *e)
{
    return read_all(d, &holdings_counted_stmt, &holdings_as_of_stmt, institution_id, src, now_us,
                    sizeof **rows, read_holding, (void **)rows, n, e);
}

static void read_sector(arena *a, const PGresult *r, int row, void *out)
{
    sector_row *x = out;
    read_named(a, r, row, 0, &x->institution);
    x->sector = store_text(a, r, row, 3);
    x->badge_class_type = store_text(a, r, row, 4);
    x->in_backpack = int_at(r, row, 5);
    x->da_claimed = int_at(r, row, 6);
    x->direct_awards = int_at(r, row, 7);
    x->da_revoked = int_at(r, row, 8);
}

eb_code insights_sector_overview(db *d, insights_source src, int64_t now_us, sector_row **rows, int *n,
                                 eb_error *e)
{
    return read_all(d, &sector_counted_stmt, &sector_as_of_stmt, NULL, src, now_us, sizeof **rows,
                    read_sector, (void **)rows, n, e);
}

eb_code insights_public_statistics(db *d, insights_source src, int64_t now_us, public_statistics *out,
                                   eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us)};
    PGresult *r = src == INSIGHTS_FROM_COUNTERS ? db_exec(d, &public_counted_stmt, 0, p, e)
                                                : db_exec(d, &public_as_of_stmt, 1, p, e);
    if (!r)
        return e->code;
    out->learners = db_int(r, 0, 0);
    out->in_backpacks = db_int(r, 0, 1);
    out->micro_in_backpacks = db_int(r, 0, 2);
    PQclear(r);
    r = db_exec(d, &institutions_per_sector_stmt, 0, p, e);
    if (!r)
        return e->code;
    out->institutions_mbo = int_at(r, 0, 0);
    out->institutions_hbo = int_at(r, 0, 1);
    out->institutions_wo = int_at(r, 0, 2);
    PQclear(r);
    return EB_OK;
}
