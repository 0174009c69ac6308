/* The counters against the awards: on a random dataset (insights_dataset.sql, written with
 * the triggers on), QueryInsights through the server (the counters, paged) must give the
 * same rows as a plain GROUP BY over assertions, direct awards and requests as of the same
 * moment, for many random groupings, filters and month ranges; so must every management
 * query and the public statistics. Checked again after rebuilding the counters from
 * scratch and after 120 days have passed (the sweep expires and releases what is due).
 * The seed is printed; INSIGHTS_TEST_SEED repeats a run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "edubadges/v1/insights.pb-c.h"
#include "harness.h"
#include "insights_reports_store.h"
#include "insights_store.h"
#include "paging.h"
#include "vocabulary.h"

#define MAX_OBJECTS 64
#define ROWS_MAX 100000

static test_env env;
static db *conn;
static arena *mem;
static unsigned seed, rs;
static int64_t offset_us; /* the server's clock offset */

typedef struct scope_objects {
    char institution[32];
    char faculties[MAX_OBJECTS][32], issuers[MAX_OBJECTS][32], badge_classes[MAX_OBJECTS][32], tags[MAX_OBJECTS][32];
    int n_faculties, n_issuers, n_badge_classes, n_tags;
} scope_objects;
static scope_objects scopes[4]; /* [0]: every institution */
static int n_scopes;

static int64_t now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (int64_t)t.tv_sec * 1000000 + t.tv_nsec / 1000 + offset_us;
}

static int rnd(int n) { return (int)(rand_r(&rs) % (unsigned)n); }

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = calloc(1, (size_t)n + 1);
    if (fread(s, 1, (size_t)n, f) != (size_t)n)
        n = 0;
    fclose(f);
    return s;
}

static void add_to(char (*list)[32], int *count, const char *id)
{
    if (*count < MAX_OBJECTS)
        snprintf(list[(*count)++], 32, "%s", id);
}

static void add_object(scope_objects *s, const char *kind, const char *id)
{
    if (strcmp(kind, "f") == 0)
        add_to(s->faculties, &s->n_faculties, id);
    else if (strcmp(kind, "s") == 0)
        add_to(s->issuers, &s->n_issuers, id);
    else if (strcmp(kind, "b") == 0)
        add_to(s->badge_classes, &s->n_badge_classes, id);
    else
        add_to(s->tags, &s->n_tags, id);
}

static void load_scopes(void)
{
    PGconn *c = test_env_db(&env);
    PGresult *r = PQexec(c, "SELECT i.public_id, x.kind, x.public_id FROM institutions i JOIN ("
                            " SELECT 'f' AS kind, public_id, institution_id FROM faculties"
                            " UNION ALL SELECT 's', public_id, institution_id FROM issuers"
                            " UNION ALL SELECT 'b', public_id, institution_id FROM badge_classes"
                            " UNION ALL SELECT 't', public_id, institution_id FROM tags) x ON x.institution_id = i.id"
                            " ORDER BY 1, 2, 3");
    n_scopes = 1;
    memset(scopes, 0, sizeof scopes);
    for (int i = 0; i < PQntuples(r); i++) {
        const char *inst = PQgetvalue(r, i, 0);
        if (strcmp(scopes[n_scopes - 1].institution, inst) != 0 && n_scopes < 4)
            snprintf(scopes[n_scopes++].institution, 32, "%s", inst);
        add_object(&scopes[n_scopes - 1], PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
        add_object(&scopes[0], PQgetvalue(r, i, 1), PQgetvalue(r, i, 2));
    }
    PQclear(r);
    PQfinish(c);
}

static int suite_init(void)
{
    const char *fixed = getenv("INSIGHTS_TEST_SEED");
    seed = fixed ? (unsigned)strtoul(fixed, NULL, 10) : (unsigned)time(NULL);
    rs = seed;
    fprintf(stderr, "\ninsights_random_test: seed %u (INSIGHTS_TEST_SEED=%u repeats this run)\n", seed, seed);
    test_env_start(&env, "insights_random", NULL);
    char *sql = read_file(INSIGHTS_DATASET);
    if (!sql)
        return 1;
    char setseed[64]; /* in the same session as the script */
    snprintf(setseed, sizeof setseed, "SELECT setseed(%f)", (double)(seed % 10000) / 10000.0);
    char *both = NULL;
    if (asprintf(&both, "%s; %s", setseed, sql) < 0)
        return 1;
    test_sql(&env, both);
    free(both);
    free(sql);
    load_scopes();
    char err[512];
    conn = db_connect(env.database_url, 60000, err, sizeof err);
    mem = arena_create();
    return conn ? 0 : 1;
}

static int suite_clean(void)
{
    db_close(conn);
    arena_destroy(mem);
    test_env_stop(&env);
    return 0;
}

/* ---- random queries ---- */

static eb_strings pick(arena *a, const char (*items)[32], int n, const char *prefix, int most)
{
    eb_strings s = {(const char **)arena_ptrs(a, (size_t)most), 0};
    int k = n ? 1 + rnd(most) : 0;
    for (int i = 0; i < k; i++)
        s.items[s.n++] = arena_sprintf(a, "%s%s", prefix, items[rnd(n)]);
    return s;
}

static eb_strings pick_codes(arena *a, const vocabulary *v, int most)
{
    eb_strings s = {(const char **)arena_ptrs(a, (size_t)most), 0};
    int k = 1 + rnd(most);
    for (int i = 0; i < k; i++)
        s.items[s.n++] = v->terms[rnd((int)v->n_terms)].code;
    return s;
}

/* A random query; its filter lists hold resource names (the RPC form). */
static insights_query random_query(arena *a, const scope_objects **scope)
{
    insights_query q = {0};
    *scope = &scopes[rnd(3) == 0 ? 0 : 1 + rnd(n_scopes - 1)];
    q.institution_id = (*scope)->institution;
    time_t t = (time_t)(now_us() / 1000000);
    struct tm tm;
    gmtime_r(&t, &tm);
    int now_month = (tm.tm_year + 1900) * 12 + tm.tm_mon;
    if (rnd(5) == 0) {
        q.first_month = 2000 * 12;
        q.last_month = 2099 * 12 + 11;
    } else {
        q.first_month = now_month - 32 + rnd(34);
        q.last_month = q.first_month + rnd(now_month + 2 - q.first_month);
    }
    for (int d = 1; d <= INSIGHTS_DIMENSIONS; d++)
        if (rnd(10) < 3)
            q.group_by |= 1u << d;
    const scope_objects *s = *scope;
    insights_filter *f = &q.filter;
    if (rnd(8) == 0)
        f->faculties = pick(a, s->faculties, s->n_faculties, "faculties/", 2);
    if (rnd(8) == 0)
        f->issuers = pick(a, s->issuers, s->n_issuers, "issuers/", 3);
    if (rnd(8) == 0)
        f->badge_classes = pick(a, s->badge_classes, s->n_badge_classes, "badgeClasses/", 4);
    if (rnd(8) == 0)
        f->tags = pick(a, s->tags, s->n_tags, "tags/", 2);
    if (rnd(6) == 0)
        f->badge_class_types = pick_codes(a, &VOCAB_BADGE_CLASS_TYPE, 2);
    if (rnd(6) == 0)
        f->sectors = pick_codes(a, &VOCAB_SECTOR, 2);
    if (rnd(6) == 0)
        f->award_sources = pick_codes(a, &VOCAB_AWARD_SOURCE, 2);
    return q;
}

/* The ids of resource names ("faculties/X" → "X"), for the store. */
static eb_strings ids_of(arena *a, eb_strings names)
{
    eb_strings s = {(const char **)arena_ptrs(a, names.n ? names.n : 1), names.n};
    for (size_t i = 0; i < names.n; i++)
        s.items[i] = strchr(names.items[i], '/') + 1;
    return s;
}

static int *numbers_of(arena *a, const vocabulary *v, eb_strings codes)
{
    int *out = arena_alloc(a, sizeof(int) * (codes.n ? codes.n : 1));
    for (size_t i = 0; i < codes.n; i++)
        out[i] = vocab_number(v, codes.items[i]);
    return out;
}

/* ---- the two answers as comparable lines ---- */

static char *counts_line(arena *a, const int *c)
{
    char *s = "";
    for (int k = 0; k < IC_COUNT; k++)
        s = arena_sprintf(a, "%s%d,", s, c[k]);
    double rate;
    if (insights_claim_rate(c[IC_DA_CLAIMED], c[IC_DIRECT_AWARDS], c[IC_DA_REVOKED], &rate))
        return arena_sprintf(a, "%srate=%.9f", s, rate);
    return arena_sprintf(a, "%srate=-", s);
}

static char *row_line(arena *a, const insights_row *r)
{
    return arena_sprintf(a, "%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s", r->month, r->faculty_id, r->faculty_nl,
                         r->faculty_en, r->issuer_id, r->issuer_nl, r->issuer_en, r->badge_class_id,
                         r->badge_class_name, r->badge_class_type, r->sector, r->tag_id, r->tag_name,
                         r->award_source, counts_line(a, r->counts));
}

static const char *id_of(const char *name) { return *name ? strchr(name, '/') + 1 : ""; }

static const char *code_or_empty(const vocabulary *v, int number)
{
    const char *c = vocab_code(v, number);
    return c ? c : "";
}

/* The row of a QueryInsights answer in the store's form. */
static insights_row row_of_pb(arena *a, const Edubadges__V1__InsightsRow *pb)
{
    const Edubadges__V1__InsightsGroup *g = pb->group;
    const Edubadges__V1__InsightCounts *c = pb->counts;
    insights_row r = {
        .month = g->month ? arena_sprintf(a, "%04d-%02d", g->month->year, g->month->month) : "",
        .faculty_id = id_of(g->faculty),
        .faculty_nl = g->faculty_display_name ? g->faculty_display_name->nl : "",
        .faculty_en = g->faculty_display_name ? g->faculty_display_name->en : "",
        .issuer_id = id_of(g->issuer),
        .issuer_nl = g->issuer_display_name ? g->issuer_display_name->nl : "",
        .issuer_en = g->issuer_display_name ? g->issuer_display_name->en : "",
        .badge_class_id = id_of(g->badge_class),
        .badge_class_name = g->badge_class_display_name,
        .badge_class_type = code_or_empty(&VOCAB_BADGE_CLASS_TYPE, g->badge_class_type),
        .sector = code_or_empty(&VOCAB_SECTOR, g->sector),
        .tag_id = id_of(g->tag),
        .tag_name = g->tag_display_name,
        .award_source = code_or_empty(&VOCAB_AWARD_SOURCE, g->award_source),
    };
    int v[IC_COUNT] = {c->assertions->total, c->assertions->in_backpack, c->assertions->expired,
                       c->assertions->rejected, c->assertions->revoked, c->assertions->made_public,
                       c->assertions->via_direct_award, c->assertions->via_request, c->direct_awards->total,
                       c->direct_awards->claimed, c->direct_awards->open, c->direct_awards->rejected,
                       c->direct_awards->expired, c->direct_awards->deleted, c->direct_awards->revoked,
                       c->direct_awards->scheduled, c->requests->pending, c->requests->accepted,
                       c->requests->denied, c->requests->withdrawn};
    memcpy(r.counts, v, sizeof v);
    double rate;
    bool has = insights_claim_rate(v[IC_DA_CLAIMED], v[IC_DIRECT_AWARDS], v[IC_DA_REVOKED], &rate);
    CU_ASSERT_EQUAL(has, c->claim_rate != NULL);
    if (has && c->claim_rate)
        CU_ASSERT_DOUBLE_EQUAL(c->claim_rate->value, rate, 1e-12);
    return r;
}

typedef struct lines {
    char **items;
    int n;
} lines;

/* Every page of QueryInsights for q (filter lists as resource names), through the server. */
/* Every page of q through the server, from page token token ("" from the start). */
static lines rpc_lines_from(arena *a, const insights_query *q, const char *token)
{
    Edubadges__V1__QueryInsightsRequest req = EDUBADGES__V1__QUERY_INSIGHTS_REQUEST__INIT;
    req.institution = *q->institution_id ? arena_sprintf(a, "institutions/%s", q->institution_id) : "";
    Edubadges__V1__YearMonth first = EDUBADGES__V1__YEAR_MONTH__INIT, last = EDUBADGES__V1__YEAR_MONTH__INIT;
    first.year = q->first_month / 12;
    first.month = q->first_month % 12 + 1;
    last.year = q->last_month / 12;
    last.month = q->last_month % 12 + 1;
    Edubadges__V1__MonthRange months = EDUBADGES__V1__MONTH_RANGE__INIT;
    months.first = &first;
    months.last = &last;
    req.months = &months;
    Edubadges__V1__InsightsDimension dims[INSIGHTS_DIMENSIONS];
    for (int d = INSIGHTS_DIMENSIONS; d >= 1; d--) /* any order will do */
        if (q->group_by & (1u << d))
            dims[req.n_group_by++] = (Edubadges__V1__InsightsDimension)d;
    req.group_by = dims;
    Edubadges__V1__InsightsFilter f = EDUBADGES__V1__INSIGHTS_FILTER__INIT;
    const insights_filter *qf = &q->filter;
    f.n_faculties = qf->faculties.n;
    f.faculties = (char **)qf->faculties.items;
    f.n_issuers = qf->issuers.n;
    f.issuers = (char **)qf->issuers.items;
    f.n_badge_classes = qf->badge_classes.n;
    f.badge_classes = (char **)qf->badge_classes.items;
    f.n_tags = qf->tags.n;
    f.tags = (char **)qf->tags.items;
    f.n_badge_class_types = qf->badge_class_types.n;
    f.badge_class_types = (Edubadges__V1__BadgeClassType *)numbers_of(a, &VOCAB_BADGE_CLASS_TYPE, qf->badge_class_types);
    f.n_sectors = qf->sectors.n;
    f.sectors = (Edubadges__V1__Sector *)numbers_of(a, &VOCAB_SECTOR, qf->sectors);
    f.n_award_sources = qf->award_sources.n;
    f.award_sources = (Edubadges__V1__AwardSource *)numbers_of(a, &VOCAB_AWARD_SOURCE, qf->award_sources);
    req.filter = &f;
    req.page_size = 1 + rnd(40);
    req.page_token = (char *)token;
    lines out = {(char **)arena_ptrs(a, ROWS_MAX), 0};
    for (int pages = 0; pages < 1000; pages++) {
        eb_call_result r;
        eb_client_call(env.client, "/edubadges.v1.InsightsService/QueryInsights", &req.base,
                       &edubadges__v1__query_insights_response__descriptor, &r);
        if (!EXPECT_OK(r)) {
            eb_call_result_free(&r);
            break;
        }
        const Edubadges__V1__QueryInsightsResponse *resp = (const void *)r.response;
        for (size_t i = 0; i < resp->n_rows && out.n < ROWS_MAX; i++) {
            insights_row row = row_of_pb(a, resp->rows[i]);
            out.items[out.n++] = row_line(a, &row);
        }
        char *next = arena_strdup(a, resp->next_page_token);
        eb_call_result_free(&r);
        if (!*next)
            break;
        req.page_token = next;
    }
    return out;
}

static lines rpc_lines(arena *a, const insights_query *q) { return rpc_lines_from(a, q, ""); }

/* The same query as a plain GROUP BY over the awards, as of now. */
static lines plain_lines(arena *a, const insights_query *named)
{
    insights_query q = *named;
    q.filter.faculties = ids_of(a, named->filter.faculties);
    q.filter.issuers = ids_of(a, named->filter.issuers);
    q.filter.badge_classes = ids_of(a, named->filter.badge_classes);
    q.filter.tags = ids_of(a, named->filter.tags);
    insights_row *rows;
    int n = 0;
    bool more;
    eb_error e;
    eb_error_init(&e, a);
    CU_ASSERT_EQUAL(insights_query_rows(conn, &q, INSIGHTS_FROM_AWARDS, now_us(), NULL, ROWS_MAX, &rows, &n, &more, &e),
                    EB_OK);
    lines out = {(char **)arena_ptrs(a, (size_t)(n ? n : 1)), 0};
    for (int i = 0; i < n; i++)
        out.items[out.n++] = row_line(a, &rows[i]);
    return out;
}

static int compare_lines(const char *what, const lines *fast, const lines *plain)
{
    int bad = fast->n != plain->n;
    for (int i = 0; !bad && i < fast->n; i++)
        bad = strcmp(fast->items[i], plain->items[i]) != 0;
    if (bad) {
        fprintf(stderr, "\n%s: counters give %d rows, the awards %d\n", what, fast->n, plain->n);
        for (int i = 0; i < fast->n || i < plain->n; i++)
            if (i >= fast->n || i >= plain->n || strcmp(fast->items[i], plain->items[i]) != 0) {
                fprintf(stderr, "  first difference at row %d:\n  counters %s\n  awards   %s\n", i,
                        i < fast->n ? fast->items[i] : "-", i < plain->n ? plain->items[i] : "-");
                break;
            }
    }
    return bad;
}

static void random_queries_agree(int count)
{
    int failed = 0, rows = 0, grouped = 0;
    for (int i = 0; i < count; i++) {
        arena *a = arena_create();
        const scope_objects *s;
        insights_query q = random_query(a, &s);
        lines fast = rpc_lines(a, &q), plain = plain_lines(a, &q);
        rows += plain.n;
        grouped += q.group_by != 0;
        if (compare_lines(insights_query_key(a, &q), &fast, &plain))
            failed++;
        arena_destroy(a);
    }
    CU_ASSERT_EQUAL(failed, 0);
    CU_ASSERT_TRUE(rows > count); /* the queries found something to count */
    CU_ASSERT_TRUE(grouped > count / 2);
}

/* ---- the management queries and the public statistics ---- */

static char *named_line(arena *a, const report_named *n)
{
    return arena_sprintf(a, "%s|%s|%s", n->id, n->nl, n->en);
}

static lines overview_lines(arena *a, const char *institution, insights_source src)
{
    lines out = {(char **)arena_ptrs(a, 4096), 0};
    const char *after_i = "", *after_b = "";
    for (;;) {
        overview_row *rows;
        int n;
        bool more;
        eb_error e;
        eb_error_init(&e, a);
        if (insights_overview(conn, institution, src, now_us(), after_i, after_b, 7, &rows, &n, &more, &e) != EB_OK) {
            CU_FAIL("overview failed");
            break;
        }
        for (int i = 0; i < n && out.n < 4096; i++) {
            overview_row *r = &rows[i];
            out.items[out.n++] = arena_sprintf(
                a, "%s|%s|%s|%s|%s|%s|%s|%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d", named_line(a, &r->institution),
                named_line(a, &r->faculty), named_line(a, &r->issuer), r->badge_class_id, r->badge_class_name,
                r->badge_class_type, r->sector, r->in_backpack, r->da_claimed, r->requests_accepted, r->revoked,
                r->made_public, r->direct_awards, r->da_revoked, r->da_expired, r->via_ui, r->via_sis, r->via_alliance);
        }
        if (!more)
            break;
        after_i = rows[n - 1].institution.id;
        after_b = rows[n - 1].badge_class_id;
    }
    return out;
}

static lines micro_lines(arena *a, const char *institution, insights_source src)
{
    micro_institution_row *rows;
    int n = 0;
    eb_error e;
    eb_error_init(&e, a);
    CU_ASSERT_EQUAL(insights_micro_by_institution(conn, institution, src, now_us(), &rows, &n, &e), EB_OK);
    lines out = {(char **)arena_ptrs(a, (size_t)n + 1), 0};
    for (int i = 0; i < n; i++)
        out.items[out.n++] = arena_sprintf(a, "%s|%s|%d,%d,%d,%d", named_line(a, &rows[i].institution), rows[i].sector,
                                           rows[i].badge_classes, rows[i].awarded, rows[i].in_backpack, rows[i].learners);
    return out;
}

static lines holding_lines(arena *a, const char *institution, insights_source src)
{
    holding_row *rows;
    int n = 0;
    eb_error e;
    eb_error_init(&e, a);
    CU_ASSERT_EQUAL(insights_micro_holdings(conn, institution, src, now_us(), &rows, &n, &e), EB_OK);
    lines out = {(char **)arena_ptrs(a, (size_t)n + 1), 0};
    for (int i = 0; i < n; i++)
        out.items[out.n++] = arena_sprintf(a, "%d:%d", rows[i].micro_credentials, rows[i].learners);
    return out;
}

static lines sector_lines(arena *a, insights_source src)
{
    sector_row *rows;
    int n = 0;
    eb_error e;
    eb_error_init(&e, a);
    CU_ASSERT_EQUAL(insights_sector_overview(conn, src, now_us(), &rows, &n, &e), EB_OK);
    lines out = {(char **)arena_ptrs(a, (size_t)n + 1), 0};
    for (int i = 0; i < n; i++)
        out.items[out.n++] = arena_sprintf(a, "%s|%s|%s|%d,%d,%d,%d", named_line(a, &rows[i].institution),
                                           rows[i].sector, rows[i].badge_class_type, rows[i].in_backpack,
                                           rows[i].da_claimed, rows[i].direct_awards, rows[i].da_revoked);
    return out;
}

static lines public_lines(arena *a, insights_source src)
{
    public_statistics s;
    eb_error e;
    eb_error_init(&e, a);
    CU_ASSERT_EQUAL(insights_public_statistics(conn, src, now_us(), &s, &e), EB_OK);
    lines out = {(char **)arena_ptrs(a, 1), 1};
    out.items[0] = arena_sprintf(a, "%lld,%lld,%lld,%d,%d,%d", (long long)s.learners, (long long)s.in_backpacks,
                                 (long long)s.micro_in_backpacks, s.institutions_mbo, s.institutions_hbo,
                                 s.institutions_wo);
    return out;
}

static void reports_agree(void)
{
    arena *a = arena_create();
    eb_error e;
    eb_error_init(&e, a);
    CU_ASSERT_EQUAL(insights_sweep(conn, now_us(), &e), EB_OK);
    int failed = 0, overview_rows = 0;
    for (int i = 0; i < n_scopes; i++) {
        const char *inst = scopes[i].institution;
        lines fast = overview_lines(a, inst, INSIGHTS_FROM_COUNTERS), plain = overview_lines(a, inst, INSIGHTS_FROM_AWARDS);
        overview_rows += fast.n;
        failed += compare_lines(arena_sprintf(a, "overview of '%s'", inst), &fast, &plain);
        fast = micro_lines(a, inst, INSIGHTS_FROM_COUNTERS);
        plain = micro_lines(a, inst, INSIGHTS_FROM_AWARDS);
        failed += compare_lines(arena_sprintf(a, "micro-credentials of '%s'", inst), &fast, &plain);
        fast = holding_lines(a, inst, INSIGHTS_FROM_COUNTERS);
        plain = holding_lines(a, inst, INSIGHTS_FROM_AWARDS);
        failed += compare_lines(arena_sprintf(a, "holdings of '%s'", inst), &fast, &plain);
    }
    lines fast = sector_lines(a, INSIGHTS_FROM_COUNTERS), plain = sector_lines(a, INSIGHTS_FROM_AWARDS);
    failed += compare_lines("sector overview", &fast, &plain);
    CU_ASSERT_TRUE(fast.n > 3);
    fast = public_lines(a, INSIGHTS_FROM_COUNTERS);
    plain = public_lines(a, INSIGHTS_FROM_AWARDS);
    failed += compare_lines("public statistics", &fast, &plain);
    CU_ASSERT_EQUAL(failed, 0);
    CU_ASSERT_EQUAL(overview_rows, 2 * 54); /* every badge class, nationally and per institution */
    arena_destroy(a);
}

static void test_random_queries_agree(void) { random_queries_agree(150); }

/* Page tokens are not signed: a national query by month and badge class (read month by
 * month) with a forged month in its token resumes where that month sorts, as every other
 * query does, whatever the month says. */
static void test_forged_months_in_page_tokens(void)
{
    static const char *const forged[] = {"zzzz", "2147483647-01", "99999999999-99", "-", "", "2000-00", "2025-07x"};
    for (size_t i = 0; i < sizeof forged / sizeof *forged; i++) {
        arena *a = arena_create();
        int now_month = atoi(test_sql(&env, "SELECT extract(year FROM m) * 12 + extract(month FROM m) - 1"
                                            " FROM insight_month(now()) m"));
        insights_query q = {.institution_id = "", .first_month = now_month - 30, .last_month = now_month,
                            .group_by = 1u << INSIGHTS_MONTH | 1u << INSIGHTS_BADGE_CLASS};
        char *key = arena_sprintf(a, "%s,,,,,,,", forged[i]);
        lines fast = rpc_lines_from(a, &q, page_token_encode(a, "insights", insights_query_key(a, &q), key));
        lines plain = plain_lines(a, &q), after = {plain.items, 0};
        for (int k = 0; k < plain.n; k++) { /* the rows whose month sorts at or after the key's */
            const char *month = arena_strndup(a, plain.items[k], strcspn(plain.items[k], "|"));
            if (strcmp(month, forged[i]) >= 0)
                after.items[after.n++] = plain.items[k];
        }
        CU_ASSERT_FALSE(compare_lines(key, &fast, &after));
        arena_destroy(a);
    }
}

static void test_reports_agree(void) { reports_agree(); }

static void test_agree_after_a_rebuild(void)
{
    test_sql(&env, "SELECT insight_rebuild()");
    random_queries_agree(30);
    reports_agree();
}

static void test_agree_as_time_passes(void)
{
    const char *later[] = {"EDUBADGES_CLOCK_OFFSET_SECONDS=10368000", NULL}; /* 120 days */
    test_env_restart_server(&env, later);
    offset_us = 10368000LL * 1000000;
    int before = atoi(test_sql(&env, "SELECT count(*) FROM direct_awards WHERE status IN ('scheduled', 'unaccepted')"));
    random_queries_agree(40);
    reports_agree();
    int after = atoi(test_sql(&env, "SELECT count(*) FROM direct_awards WHERE status IN ('scheduled', 'unaccepted')"));
    CU_ASSERT_TRUE(before > after); /* the sweep closed what was due */
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("insights: counters against the awards", suite_init, suite_clean);
    CU_add_test(s, "random queries agree", test_random_queries_agree);
    CU_add_test(s, "forged months in page tokens", test_forged_months_in_page_tokens);
    CU_add_test(s, "management queries and statistics agree", test_reports_agree);
    CU_add_test(s, "they agree after a rebuild", test_agree_after_a_rebuild);
    CU_add_test(s, "they agree as time passes", test_agree_as_time_passes);
    return test_run_all();
}
