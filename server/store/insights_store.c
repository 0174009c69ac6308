/* QueryInsights in PostgreSQL. The statements group with CASE on the dimension codes of a
 * parameter, so that one statement serves every combination of dimensions; they are
 * planned for their parameters on every call (a generic plan cannot know how much an
 * institution, a filter or a month range selects). */
#include "insights_store.h"

#include <string.h>

#include "insights_sql.h"
#include "store_util.h"
#include "vocabulary.h"

DB_STMT(insights_sweep_stmt, "SELECT insight_sweep(" SQL_TS(1) ")");
DB_STMT(insights_institution_stmt, "SELECT 1 FROM institutions WHERE public_id = $1");
/* The filter objects that exist in the institution's scope. */
DB_STMT(insights_in_scope_stmt,
        "SELECT x.kind, x.public_id FROM ("
        " SELECT 'faculties' AS kind, public_id, institution_id FROM faculties WHERE public_id = ANY ($2::text[])"
        " UNION ALL SELECT 'issuers', public_id, institution_id FROM issuers WHERE public_id = ANY ($3::text[])"
        " UNION ALL SELECT 'badge_classes', public_id, institution_id FROM badge_classes WHERE public_id = ANY ($4::text[])"
        " UNION ALL SELECT 'tags', public_id, institution_id FROM tags WHERE public_id = ANY ($5::text[])) x"
        " WHERE " IN_INSTITUTION("x.institution_id", 1));

/* Parameters of the row statements: $1 institution, $2 faculties, $3 issuers, $4 badge
 * classes, $5 types, $6 sectors, $7 tags, $8 sources, $9 and $10 the first days of the
 * first and last month, $11 the grouped dimension codes, $12 the sort key to resume after
 * ('{}' for none), $13 the limit; $14 the moment the awards are read as of. */
#define GROUPED(dim, expr) "CASE WHEN '" dim "' = ANY ($11::text[]) THEN " expr " END"

/* The page: names of the grouped objects, the sort key, the numbers. */
#define ROWS_PAGE                                                                                  \
    " SELECT k_month, k_faculty, f_nl, f_en, k_issuer, s_nl, s_en, k_badge_class, b_name,"         \
    " k_type, k_sector, k_tag, t_name, k_source, " IC_VALUES("")                                   \
    " FROM (SELECT coalesce(to_char(g.month, 'YYYY-MM'), '') COLLATE \"C\" AS k_month,"          \
    "  coalesce(f.public_id, '') COLLATE \"C\" AS k_faculty, coalesce(f.name_nl, '') AS f_nl,"    \
    "  coalesce(f.name_en, '') AS f_en, coalesce(s.public_id, '') COLLATE \"C\" AS k_issuer,"      \
    "  coalesce(s.name_nl, '') AS s_nl, coalesce(s.name_en, '') AS s_en,"                          \
    "  coalesce(b.public_id, '') COLLATE \"C\" AS k_badge_class, coalesce(b.name, '') AS b_name,"  \
    "  coalesce(g.badge_class_type, '') COLLATE \"C\" AS k_type,"                                 \
    "  coalesce(g.sector, '') COLLATE \"C\" AS k_sector,"                                         \
    "  coalesce(t.public_id, '') COLLATE \"C\" AS k_tag, coalesce(t.name, '') AS t_name,"          \
    "  coalesce(g.source, '') COLLATE \"C\" AS k_source, " IC_VALUES("g.")                         \
    "  FROM grouped g LEFT JOIN faculties f ON f.id = g.faculty_id"                                \
    "  LEFT JOIN issuers s ON s.id = g.issuer_id LEFT JOIN badge_classes b ON b.id = g.badge_class_id" \
    "  LEFT JOIN tags t ON t.id = g.tag_id WHERE " IC_ANY("g.") ") k"                              \
    " WHERE cardinality($12::text[]) = 0 OR (k_month, k_faculty, k_issuer, k_badge_class, k_type,"  \
    "  k_sector, k_tag, k_source) > ($12[1], $12[2], $12[3], $12[4], $12[5], $12[6], $12[7], $12[8])" \
    " ORDER BY k_month, k_faculty, k_issuer, k_badge_class, k_type, k_sector, k_tag, k_source"     \
    " LIMIT $13::int"

/* The badge class of the facts of alias c and its grouped dimensions (scope alias s). */
#define PER_CLASS_DIMENSIONS                                                                       \
    "c.badge_class_id, " GROUPED("faculty", "s.faculty_id") " AS faculty_id, "                    \
    GROUPED("issuer", "s.issuer_id") " AS issuer_id, "                                             \
    GROUPED("badge_class", "s.badge_class_id") " AS grouped_class_id, "                            \
    GROUPED("badge_class_type", "s.badge_class_type") " AS badge_class_type, "                     \
    GROUPED("sector", "s.sector") " AS sector, "
/* The award source filter ($8) on the facts of alias c. */
#define SOURCE_FILTER "(cardinality($8::text[]) = 0 OR c.source = ANY ($8::text[]))"
/* The numbers of every badge class of the scope in the range of months $9..$10, per month
 * (when grouped) and source: the facts of each month of the range added up. */
#define PER_CLASS_BY_MONTH(FACTS)                                                                  \
    "SELECT " PER_CLASS_DIMENSIONS GROUPED("month", "c.month") " AS month, "                       \
    "  " GROUPED("award_source", "c.source") " AS source, " IC_SUMS("c.")                          \
    "  FROM scope s JOIN " FACTS " c ON c.institution_id = s.institution_id"                      \
    "   AND c.badge_class_id = s.badge_class_id"                                                   \
    "  WHERE c.month BETWEEN $9::date AND $10::date AND " SOURCE_FILTER                            \
    "  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
/* The same from the running counters, for a range without months or for a single month
 * ($9 = $10) when months are grouped: the row of the range's last month minus the row of
 * the month before its first. A pair (badge class, source) has a row for every month up to
 * its last month and counts nothing after it. Two rows per badge class and source (source
 * '*', every source together, unless sources are grouped or filtered), added up per group
 * only (one aggregation is cheaper than two). */
#define RUNNING_MONTHS "(VALUES ($10::date, 1), (($9::date - interval '1 month')::date, -1)) v (month, sign)"
#define RUNNING_ROWS(JOINS)                                                                        \
    "SELECT " PER_CLASS_DIMENSIONS GROUPED("month", "$10::date") " AS month, "                     \
    "  " GROUPED("award_source", "c.source") " AS source, " IC_NUMBERS("m.sign * c.", "")          \
    "  FROM scope s " JOINS " WHERE " SOURCE_FILTER                                                \
    "  AND (c.source = '*') = (cardinality($8::text[]) = 0 AND NOT 'award_source' = ANY ($11::text[]))"
/* When every pair has reached the months read (insights_running_reached_stmt): the rows of those
 * months, read together (a month's rows lie together), no later than the newest month. */
#define PER_CLASS_RUNNING_AT_MONTHS                                                                \
    RUNNING_ROWS("JOIN insight_running_facts c ON c.badge_class_id = s.badge_class_id"            \
                 " JOIN (SELECT least(v.month, h.month) AS month, v.sign"                         \
                 "  FROM (SELECT max(last_month) AS month FROM insight_running_pairs) h, "        \
                 RUNNING_MONTHS ") m ON c.month = m.month")
/* Otherwise each pair at the month read or its last month, whichever comes first. */
#define PER_CLASS_RUNNING_PER_PAIR                                                                 \
    RUNNING_ROWS("JOIN insight_running_pairs p ON p.badge_class_id = s.badge_class_id"            \
                 " CROSS JOIN (SELECT v.month, v.sign FROM " RUNNING_MONTHS ") m"                \
                 " JOIN insight_running_facts c ON c.badge_class_id = p.badge_class_id"          \
                 " AND c.source = p.source AND c.month = least(m.month, p.last_month)")

/* Per badge class: the scope of badge classes, their numbers with their grouped dimensions
 * (PER_CLASS), then per group (a badge class with several tags in each of their groups). */
#define ROWS_BY_BADGE_CLASS(DIMS, PER_CLASS)                                                       \
    "WITH scope AS (SELECT d.* FROM " DIMS " d WHERE " IN_INSTITUTION("d.institution_id", 1)      \
    "  AND (cardinality($2::text[]) = 0 OR d.faculty_id IN"                                        \
    "   (SELECT id FROM faculties WHERE public_id = ANY ($2::text[])))"                            \
    "  AND (cardinality($3::text[]) = 0 OR d.issuer_id IN"                                         \
    "   (SELECT id FROM issuers WHERE public_id = ANY ($3::text[])))"                              \
    "  AND (cardinality($4::text[]) = 0 OR d.badge_class_id IN"                                    \
    "   (SELECT id FROM badge_classes WHERE public_id = ANY ($4::text[])))"                        \
    "  AND (cardinality($5::text[]) = 0 OR d.badge_class_type = ANY ($5::text[]))"                 \
    "  AND (cardinality($6::text[]) = 0 OR d.sector = ANY ($6::text[]))"                           \
    "  AND (cardinality($7::text[]) = 0 OR d.badge_class_id IN (SELECT bt.badge_class_id"          \
    "   FROM badge_class_tags bt JOIN tags t ON t.id = bt.tag_id WHERE t.public_id = ANY ($7::text[])))),"\
    " per_class AS (" PER_CLASS "),"                                                               \
    " grouped AS (SELECT p.month, p.faculty_id, p.issuer_id, p.grouped_class_id AS badge_class_id," \
    "  p.badge_class_type, p.sector, tg.tag_id, p.source, " IC_SUMS("p.")                          \
    "  FROM per_class p"                                                                           \
    "  LEFT JOIN LATERAL (SELECT bt.tag_id FROM badge_class_tags bt JOIN tags t ON t.id = bt.tag_id" \
    "   WHERE 'tag' = ANY ($11::text[]) AND bt.badge_class_id = p.badge_class_id"                  \
    "   AND (cardinality($7::text[]) = 0 OR t.public_id = ANY ($7::text[]))) tg ON true"           \
    "  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)" ROWS_PAGE

DB_STMT_CUSTOM_PLAN(insights_rows_counted_stmt, ROWS_BY_BADGE_CLASS(DIMS_COUNTED, PER_CLASS_BY_MONTH(FACTS_COUNTED)));
DB_STMT_CUSTOM_PLAN(insights_rows_running_stmt, ROWS_BY_BADGE_CLASS(DIMS_COUNTED, PER_CLASS_RUNNING_AT_MONTHS));
DB_STMT_CUSTOM_PLAN(insights_rows_running_per_pair_stmt, ROWS_BY_BADGE_CLASS(DIMS_COUNTED, PER_CLASS_RUNNING_PER_PAIR));
/* Whether every pair has reached month $1, or the newest month of any pair when that comes
 * first (null: no pairs), and that newest month as a month index. Pairs only move on,
 * except a pair that starts behind: made after this check, it is read as it was before
 * its first award. */
DB_STMT(insights_running_reached_stmt,
        "SELECT min(last_month) >= least($1::date, max(last_month)),"
        " extract(year FROM max(last_month))::int * 12 + extract(month FROM max(last_month))::int - 1"
        " FROM insight_running_pairs");
DB_STMT_CUSTOM_PLAN(insights_rows_as_of_stmt, ROWS_BY_BADGE_CLASS(DIMS_NOW, PER_CLASS_BY_MONTH(FACTS_AS_OF(14))));
/* Per institution or nationally, by sector and type (no faculty, issuer, badge class or
 * tag involved): the counters of that level of detail. */
#define ROWS_BY_LEVEL(FACTS, IN_SCOPE)                                                             \
    "WITH grouped AS (SELECT " GROUPED("month", "c.month") " AS month, NULL::bigint AS faculty_id," \
    " NULL::bigint AS issuer_id, NULL::bigint AS badge_class_id,"                                  \
    " " GROUPED("badge_class_type", "c.badge_class_type") " AS badge_class_type,"                  \
    " " GROUPED("sector", "c.sector") " AS sector, NULL::bigint AS tag_id,"                        \
    " " GROUPED("award_source", "c.source") " AS source, " IC_SUMS("c.")                           \
    " FROM " FACTS " c WHERE " IN_SCOPE                                                            \
    " AND cardinality($2::text[]) + cardinality($3::text[]) + cardinality($4::text[])"             \
    "  + cardinality($7::text[]) = 0"                                                              \
    " AND (cardinality($5::text[]) = 0 OR c.badge_class_type = ANY ($5::text[]))"                  \
    " AND (cardinality($6::text[]) = 0 OR c.sector = ANY ($6::text[]))"                            \
    " AND " SOURCE_FILTER " AND c.month BETWEEN $9::date AND $10::date GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)" ROWS_PAGE
DB_STMT_CUSTOM_PLAN(insights_rows_by_institution_stmt,
                    ROWS_BY_LEVEL("insight_institution_facts",
                                  "c.institution_id = (SELECT id FROM institutions WHERE public_id = $1)"));
DB_STMT_CUSTOM_PLAN(insights_rows_national_stmt, ROWS_BY_LEVEL("insight_national_facts", "$1 = ''"));

eb_code insights_sweep(db *d, int64_t now_us, eb_error *e)
{
    num_param now;
    const char *p[] = {num_param_of(&now, now_us)};
    PGresult *r = db_exec(d, &insights_sweep_stmt, 1, p, e);
    if (!r)
        return e->code;
    PQclear(r);
    return EB_OK;
}

static const char *ids_param(arena *a, const eb_strings *s)
{
    return store_array_literal(a, s->items, s->n);
}

/* Records a violation for every item of list that the found rows of kind do not hold. */
static void check_found(eb_error *e, const PGresult *r, const char *kind, const eb_strings *list,
                        const char *noun, const char *institution_id)
{
    for (size_t i = 0; i < list->n; i++) {
        bool found = false;
        for (int k = 0; k < PQntuples(r) && !found; k++)
            found = strcmp(PQgetvalue(r, k, 0), kind) == 0 && strcmp(PQgetvalue(r, k, 1), list->items[i]) == 0;
        if (found)
            continue;
        const char *field = arena_sprintf(e->arena, "filter.%s[%zu]", kind, i);
        if (*institution_id)
            eb_violate(e, field, "is not a %s of institutions/%s", noun, institution_id);
        else
            eb_violate(e, field, "names no %s", noun);
    }
}

eb_code insights_check_scope(db *d, const insights_query *q, eb_error *e)
{
    if (*q->institution_id) {
        const char *p[] = {q->institution_id};
        PGresult *r = db_exec(d, &insights_institution_stmt, 1, p, e);
        if (!r)
            return e->code;
        bool exists = PQntuples(r) > 0;
        PQclear(r);
        if (!exists)
            return eb_fail(e, EB_NOT_FOUND, "INSTITUTION_NOT_FOUND", "no institution institutions/%s",
                           q->institution_id);
    }
    const insights_filter *f = &q->filter;
    if (!f->faculties.n && !f->issuers.n && !f->badge_classes.n && !f->tags.n)
        return EB_OK;
    const char *p[] = {q->institution_id, ids_param(e->arena, &f->faculties), ids_param(e->arena, &f->issuers),
                       ids_param(e->arena, &f->badge_classes), ids_param(e->arena, &f->tags)};
    PGresult *r = db_exec(d, &insights_in_scope_stmt, 5, p, e);
    if (!r)
        return e->code;
    check_found(e, r, "faculties", &f->faculties, "faculty", q->institution_id);
    check_found(e, r, "issuers", &f->issuers, "issuer", q->institution_id);
    check_found(e, r, "badge_classes", &f->badge_classes, "badge class", q->institution_id);
    check_found(e, r, "tags", &f->tags, "tag", q->institution_id);
    PQclear(r);
    return eb_finish_validation(e);
}

static void read_row(arena *a, const PGresult *r, int row, void *out)
{
    insights_row *x = out;
#define TEXT(col) store_text(a, r, row, col)
    x->month = TEXT(0);
    x->faculty_id = TEXT(1);
    x->faculty_nl = TEXT(2);
    x->faculty_en = TEXT(3);
    x->issuer_id = TEXT(4);
    x->issuer_nl = TEXT(5);
    x->issuer_en = TEXT(6);
    x->badge_class_id = TEXT(7);
    x->badge_class_name = TEXT(8);
    x->badge_class_type = TEXT(9);
    x->sector = TEXT(10);
    x->tag_id = TEXT(11);
    x->tag_name = TEXT(12);
    x->award_source = TEXT(13);
#undef TEXT
    for (int k = 0; k < IC_COUNT; k++)
        x->counts[k] = (int)db_int(r, row, 14 + k);
}

static const char *group_codes(arena *a, unsigned group_by)
{
    const char *codes[INSIGHTS_DIMENSIONS];
    size_t n = 0;
    for (int d = 1; d <= INSIGHTS_DIMENSIONS; d++)
        if (group_by & (1u << d))
            codes[n++] = vocab_code(&VOCAB_INSIGHTS_DIMENSION, d);
    return store_array_literal(a, codes, n);
}

/* The sort key to resume after as an array literal, every part quoted (an empty value is
 * an element too; the parts hold no quotes or backslashes). */
static const char *after_param(arena *a, const char *const *after)
{
    if (!after)
        return "{}";
    char *s = "";
    for (int i = 0; i < INSIGHTS_DIMENSIONS; i++)
        s = arena_sprintf(a, "%s%s\"%s\"", s, i ? "," : "", after[i]);
    return arena_sprintf(a, "{%s}", s);
}

/* Whether a query reads every badge class of the country month by month: grouped by month
 * and by faculty, issuer, badge class or tag, for every institution, with no filter on
 * faculties, issuers, badge classes or tags. Reading every month of the range at once
 * would read each badge class once per month; a page rarely needs more than a few months,
 * as months sort first. */
static bool month_by_month(const insights_query *q)
{
    const insights_filter *f = &q->filter;
    return !*q->institution_id && insights_grouped(q, INSIGHTS_MONTH) && insights_by_badge_class(q) &&
           !f->faculties.n && !f->issuers.n && !f->badge_classes.n && !f->tags.n;
}

/* How month m compares with the month of the sort key to resume after, as the statement
 * compares them: as "YYYY-MM" strings (a forged key may name anything). */
static int month_versus_after(arena *a, int m, const char *const *after)
{
    return after ? strcmp(arena_sprintf(a, "%04d-%02d", m / 12, m % 12 + 1), after[0]) : 1;
}

/* The statement that reads the running counters at month (a date), and the newest month
 * any pair has reached (-1: none). */
static eb_code running_stmt(db *d, const char *month, db_stmt **stmt, int *newest, eb_error *e)
{
    const char *p[] = {month};
    PGresult *r = db_exec(d, &insights_running_reached_stmt, 1, p, e);
    if (!r)
        return e->code;
    bool reached = PQgetisnull(r, 0, 0) || strcmp(PQgetvalue(r, 0, 0), "t") == 0;
    *newest = PQgetisnull(r, 0, 1) ? -1 : (int)db_int(r, 0, 1);
    PQclear(r);
    *stmt = reached ? &insights_rows_running_stmt : &insights_rows_running_per_pair_stmt;
    return EB_OK;
}

/* The page of a month_by_month query with parameters p (see insights_query_rows): from the
 * month of the row to resume after, one month at a time up to the newest month counted
 * (nothing is counted after it), until the page is full. */
static eb_code rows_month_by_month(db *d, const insights_query *q, const char **p, const char *const *after,
                                   int limit, insights_row **rows, int *n, bool *more, eb_error *e)
{
    arena *a = e->arena;
    *rows = arena_alloc(a, sizeof **rows * (size_t)(limit ? limit : 1));
    *n = 0;
    *more = false;
    /* checked once for the range's last month: when every pair has reached it, it has
     * reached every earlier month too */
    db_stmt *stmt;
    int newest;
    if (running_stmt(d, p[9], &stmt, &newest, e) != EB_OK)
        return e->code;
    for (int m = q->first_month; m <= q->last_month && m <= newest && !*more; m++) {
        int order = month_versus_after(a, m, after);
        if (order < 0) /* every row of the month sorts before the key */
            continue;
        char lim[16];
        page_limit_param(lim, limit - *n);
        p[8] = p[9] = insights_month_date(a, m);
        p[11] = order == 0 ? after_param(a, after) : "{}";
        p[12] = lim;
        insights_row *month_rows;
        int month_n;
        if (store_read_page(d, stmt, 13, p, limit - *n, sizeof *month_rows, read_row, (void **)&month_rows,
                            &month_n, more, e) != EB_OK)
            return e->code;
        memcpy(*rows + *n, month_rows, sizeof *month_rows * (size_t)month_n);
        *n += month_n;
    }
    return EB_OK;
}

eb_code insights_query_rows(db *d, const insights_query *q, insights_source src, int64_t now_us,
                            const char *const *after, int limit, insights_row **rows, int *n,
                            bool *more, eb_error *e)
{
    arena *a = e->arena;
    const insights_filter *f = &q->filter;
    char lim[16];
    page_limit_param(lim, limit);
    num_param now;
    const char *p[] = {q->institution_id, ids_param(a, &f->faculties), ids_param(a, &f->issuers),
                       ids_param(a, &f->badge_classes), ids_param(a, &f->badge_class_types),
                       ids_param(a, &f->sectors), ids_param(a, &f->tags), ids_param(a, &f->award_sources),
                       insights_month_date(a, q->first_month), insights_month_date(a, q->last_month),
                       group_codes(a, q->group_by), after_param(a, after), lim, num_param_of(&now, now_us)};
    if (src == INSIGHTS_FROM_COUNTERS && month_by_month(q))
        return rows_month_by_month(d, q, p, after, limit, rows, n, more, e);
    bool by_class = insights_by_badge_class(q), by_month = insights_grouped(q, INSIGHTS_MONTH);
    db_stmt *stmt = src == INSIGHTS_FROM_AWARDS ? &insights_rows_as_of_stmt
                    : by_class && by_month     ? &insights_rows_counted_stmt
                    : *q->institution_id        ? &insights_rows_by_institution_stmt
                                                : &insights_rows_national_stmt;
    int newest;
    if (src == INSIGHTS_FROM_COUNTERS && by_class && !by_month && running_stmt(d, p[9], &stmt, &newest, e) != EB_OK)
        return e->code;
    return store_read_page(d, stmt, src == INSIGHTS_FROM_AWARDS ? 14 : 13, p, limit, sizeof **rows, read_row,
                           (void **)rows, n, more, e);
}
