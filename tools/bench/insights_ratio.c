/* Benchmark of the insights on a large dataset (tools/national/load.sh): every query of
 * InsightsService through the server (the counters; each call sweeps first, as in
 * production) against the same query as a plain GROUP BY over the awards (store, same
 * moment), in one run; prints p50 and p99 of both and their ratios, and whether both
 * answers hold the same numbers. The staff list counts nothing: it has no plain twin.
 * Usage: insights_ratio <host:port> <token> <database url> [fast rounds (200)] [plain rounds (3)] */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "eb_client.h"
#include "edubadges/v1/insights.pb-c.h"
#include "insights_reports_store.h"
#include "insights_request.h"
#include "insights_store.h"
#include "pbjson.h"

typedef struct bench_query {
    const char *name, *method, *request; /* {I}: the largest institution, {F} its largest faculty,
                                            {T} its most used tag, {Y1} the last 12 months, {Y5} the last 60 */
} bench_query;

static const bench_query QUERIES[] = {
    {"insights: institution totals, 12 months", "QueryInsights", "{\"institution\": \"{I}\", \"months\": {Y1}}"},
    {"insights: institution by month x source, 5 years", "QueryInsights",
     "{\"institution\": \"{I}\", \"months\": {Y5}, \"groupBy\": [\"INSIGHTS_DIMENSION_MONTH\", \"INSIGHTS_DIMENSION_AWARD_SOURCE\"], \"pageSize\": 1000}"},
    {"insights: institution by faculty x month, 12 months", "QueryInsights",
     "{\"institution\": \"{I}\", \"months\": {Y1}, \"groupBy\": [\"INSIGHTS_DIMENSION_FACULTY\", \"INSIGHTS_DIMENSION_MONTH\"], \"pageSize\": 1000}"},
    {"insights: institution by badge class, 5 years", "QueryInsights",
     "{\"institution\": \"{I}\", \"months\": {Y5}, \"groupBy\": [\"INSIGHTS_DIMENSION_BADGE_CLASS\"], \"pageSize\": 1000}"},
    {"insights: institution by tag x type, 5 years", "QueryInsights",
     "{\"institution\": \"{I}\", \"months\": {Y5}, \"groupBy\": [\"INSIGHTS_DIMENSION_TAG\", \"INSIGHTS_DIMENSION_BADGE_CLASS_TYPE\"]}"},
    {"insights: one faculty by issuer x month, filtered", "QueryInsights",
     "{\"institution\": \"{I}\", \"months\": {Y5}, \"groupBy\": [\"INSIGHTS_DIMENSION_ISSUER\", \"INSIGHTS_DIMENSION_MONTH\"],"
     " \"filter\": {\"faculties\": [\"{F}\"], \"awardSources\": [\"AWARD_SOURCE_SIS\", \"AWARD_SOURCE_UI\"]}, \"pageSize\": 1000}"},
    {"insights: one tag by month, micro-credentials", "QueryInsights",
     "{\"institution\": \"{I}\", \"months\": {Y5}, \"groupBy\": [\"INSIGHTS_DIMENSION_MONTH\"],"
     " \"filter\": {\"tags\": [\"{T}\"], \"badgeClassTypes\": [\"BADGE_CLASS_TYPE_MICRO_CREDENTIAL\"]}, \"pageSize\": 1000}"},
    {"insights: national by sector x month, 5 years", "QueryInsights",
     "{\"months\": {Y5}, \"groupBy\": [\"INSIGHTS_DIMENSION_SECTOR\", \"INSIGHTS_DIMENSION_MONTH\"], \"pageSize\": 1000}"},
    {"insights: national by type x source, HBO+WO, 12 months", "QueryInsights",
     "{\"months\": {Y1}, \"groupBy\": [\"INSIGHTS_DIMENSION_BADGE_CLASS_TYPE\", \"INSIGHTS_DIMENSION_AWARD_SOURCE\"],"
     " \"filter\": {\"sectors\": [\"SECTOR_HBO\", \"SECTOR_WO\"]}}"},
    {"insights: national by faculty, 12 months (1st page)", "QueryInsights",
     "{\"months\": {Y1}, \"groupBy\": [\"INSIGHTS_DIMENSION_FACULTY\"], \"pageSize\": 100}"},
    {"insights: national by badge class, 5 years (1st page)", "QueryInsights",
     "{\"months\": {Y5}, \"groupBy\": [\"INSIGHTS_DIMENSION_BADGE_CLASS\"], \"pageSize\": 100}"},
    {"insights: national by issuer x source, 12 months (1st page)", "QueryInsights",
     "{\"months\": {Y1}, \"groupBy\": [\"INSIGHTS_DIMENSION_ISSUER\", \"INSIGHTS_DIMENSION_AWARD_SOURCE\"], \"pageSize\": 100}"},
    {"insights: national by tag, micro-credentials, 12 months", "QueryInsights",
     "{\"months\": {Y1}, \"groupBy\": [\"INSIGHTS_DIMENSION_TAG\"],"
     " \"filter\": {\"badgeClassTypes\": [\"BADGE_CLASS_TYPE_MICRO_CREDENTIAL\"]}, \"pageSize\": 100}"},
    {"insights: national by faculty x month, 12 months (1st page)", "QueryInsights",
     "{\"months\": {Y1}, \"groupBy\": [\"INSIGHTS_DIMENSION_FACULTY\", \"INSIGHTS_DIMENSION_MONTH\"], \"pageSize\": 100}"},
    {"badge class overview: institution (1st page)", "ListBadgeClassOverview", "{\"institution\": \"{I}\", \"pageSize\": 100}"},
    {"badge class overview: national (1st page)", "ListBadgeClassOverview", "{\"pageSize\": 100}"},
    {"staff per issuer: institution (1st page)", "ListIssuerStaff", "{\"institution\": \"{I}\", \"pageSize\": 100}"},
    {"micro-credentials per institution", "ListMicroCredentialsByInstitution", "{}"},
    {"learners by micro-credentials: institution", "ListLearnersByMicroCredentials", "{\"institution\": \"{I}\"}"},
    {"learners by micro-credentials: national", "ListLearnersByMicroCredentials", "{}"},
    {"sector overview", "ListSectorOverview", "{}"},
    {"public statistics", "GetPublicStatistics", "{}"},
};

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int64_t wall_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (int64_t)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

static const ProtobufCMethodDescriptor *method_of(const char *name)
{
    const ProtobufCMethodDescriptor *m =
        protobuf_c_service_descriptor_get_method_by_name(&edubadges__v1__insights_service__descriptor, name);
    if (!m)
        abort();
    return m;
}

/* The request text with its placeholders filled in. */
static char *fill(arena *a, const char *text, const char *const vars[][2], int n)
{
    char *s = arena_strdup(a, text);
    for (int i = 0; i < n; i++)
        for (char *at; (at = strstr(s, vars[i][0]));)
            s = arena_sprintf(a, "%.*s%s%s", (int)(at - s), s, vars[i][1], at + strlen(vars[i][0]));
    return s;
}

static ProtobufCMessage *request_of(arena *a, const ProtobufCMethodDescriptor *m, const char *text)
{
    json_t *j = json_loads(text, 0, NULL);
    char err[256];
    ProtobufCMessage *msg = j ? pbjson_to_message(a, m->input, j, err, sizeof err) : NULL;
    json_decref(j);
    if (!msg) {
        fprintf(stderr, "bad request %s\n", text);
        exit(2);
    }
    return msg;
}

/* What an answer holds, to see that both sources agree: rows and the sum of every number. */
typedef struct digest {
    long rows;
    double sum;
} digest;

/* Adds every number of j except the group values and the rates (derived from the rest). */
static void add_json_numbers(const json_t *j, double *sum)
{
    static const char *const skipped[] = {"group", "claimRate", "microCredentialShare", "institutionsPerSector"};
    const char *key;
    json_t *v;
    size_t i;
    if (json_is_object(j)) {
        json_object_foreach((json_t *)j, key, v) {
            bool skip = false;
            for (size_t k = 0; k < sizeof skipped / sizeof *skipped; k++)
                skip |= strcmp(key, skipped[k]) == 0;
            if (!skip)
                add_json_numbers(v, sum);
        }
    } else if (json_is_array(j)) {
        json_array_foreach((json_t *)j, i, v)
            add_json_numbers(v, sum);
    } else if (json_is_integer(j)) {
        *sum += (double)json_integer_value(j);
    } else if (json_is_string(j) && *json_string_value(j) &&
               strspn(json_string_value(j), "0123456789") == strlen(json_string_value(j))) {
        *sum += atof(json_string_value(j)); /* an int64 */
    }
}

static digest digest_of_answer(const ProtobufCMessage *resp)
{
    json_t *j = pbjson_from_message(resp);
    json_t *rows = json_object_get(j, "rows");
    digest d = {rows ? (long)json_array_size(rows) : 1, 0};
    add_json_numbers(rows ? rows : j, &d.sum);
    json_decref(j);
    return d;
}

/* The same question answered by the store from the awards (a plain GROUP BY). */
static digest plain_answer(db *conn, arena *a, const char *method, const ProtobufCMessage *req, int64_t now_us)
{
    svc_ctx ctx = {.arena = a};
    eb_error_init(&ctx.err, a);
    digest d = {0, 0};
    const char *institution = "";
#define SUM(x) d.sum += (double)(x)
    if (strcmp(method, "QueryInsights") == 0) {
        const Edubadges__V1__QueryInsightsRequest *r = (const void *)req;
        insights_query q = {0};
        q.institution_id = insights_institution(&ctx, "institution", r->institution);
        insights_read_query(&ctx, r, &q);
        insights_row *rows;
        int n = 0;
        bool more;
        if (insights_query_rows(conn, &q, INSIGHTS_FROM_AWARDS, now_us, NULL, r->page_size ? r->page_size : 50,
                                &rows, &n, &more, &ctx.err) != EB_OK)
            fprintf(stderr, "plain %s: %s\n", method, ctx.err.message);
        d.rows = n;
        for (int i = 0; i < n; i++)
            for (int k = 0; k < IC_COUNT; k++)
                SUM(rows[i].counts[k]);
        return d;
    }
    if (strcmp(method, "ListBadgeClassOverview") == 0) {
        const Edubadges__V1__ListBadgeClassOverviewRequest *r = (const void *)req;
        institution = insights_institution(&ctx, "institution", r->institution);
        overview_row *rows;
        int n = 0;
        bool more;
        insights_overview(conn, institution, INSIGHTS_FROM_AWARDS, now_us, "", "", r->page_size, &rows, &n, &more,
                          &ctx.err);
        d.rows = n;
        for (int i = 0; i < n; i++) {
            overview_row *x = &rows[i];
            SUM(x->in_backpack + x->da_claimed + x->requests_accepted + x->revoked + x->made_public);
            SUM(x->direct_awards + x->da_expired + x->via_ui + x->via_sis + x->via_alliance);
        }
        return d;
    }
    if (strcmp(method, "ListMicroCredentialsByInstitution") == 0) {
        micro_institution_row *rows;
        int n = 0;
        insights_micro_by_institution(conn, "", INSIGHTS_FROM_AWARDS, now_us, &rows, &n, &ctx.err);
        d.rows = n;
        for (int i = 0; i < n; i++)
            SUM(rows[i].badge_classes + rows[i].awarded + rows[i].in_backpack + rows[i].learners);
        return d;
    }
    if (strcmp(method, "ListLearnersByMicroCredentials") == 0) {
        const Edubadges__V1__ListLearnersByMicroCredentialsRequest *r = (const void *)req;
        institution = insights_institution(&ctx, "institution", r->institution);
        holding_row *rows;
        int n = 0;
        insights_micro_holdings(conn, institution, INSIGHTS_FROM_AWARDS, now_us, &rows, &n, &ctx.err);
        d.rows = n;
        for (int i = 0; i < n; i++)
            SUM(rows[i].micro_credentials + rows[i].learners);
        return d;
    }
    if (strcmp(method, "ListSectorOverview") == 0) {
        sector_row *rows;
        int n = 0;
        insights_sector_overview(conn, INSIGHTS_FROM_AWARDS, now_us, &rows, &n, &ctx.err);
        d.rows = n;
        for (int i = 0; i < n; i++)
            SUM(rows[i].in_backpack + rows[i].da_claimed + rows[i].direct_awards + rows[i].da_revoked);
        return d;
    }
    public_statistics s;
    insights_public_statistics(conn, INSIGHTS_FROM_AWARDS, now_us, &s, &ctx.err);
    d.rows = 1;
    SUM(s.learners + s.in_backpacks + s.micro_in_backpacks);
#undef SUM
    return d;
}

static int by_value(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* p50 and p99 (nearest rank) of n samples, sorted in place. */
static void percentiles(double *s, int n, double *p50, double *p99)
{
    qsort(s, (size_t)n, sizeof *s, by_value);
    *p50 = s[(int)ceil(0.50 * n) - 1];
    *p99 = s[(int)ceil(0.99 * n) - 1];
}

static const char *one_value(PGconn *c, const char *sql)
{
    static char out[8][64];
    static int next;
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
        fprintf(stderr, "database: %s\n", PQerrorMessage(c));
        exit(1);
    }
    char *s = out[next++ % 8];
    snprintf(s, 64, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    return s;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: insights_ratio <host:port> <token> <database url> [fast rounds] [plain rounds]\n");
        return 2;
    }
    int fast_rounds = argc > 4 ? atoi(argv[4]) : 200, plain_rounds = argc > 5 ? atoi(argv[5]) : 3;
    grpc_init();
    eb_client_options o = {.target = argv[1], .token = argv[2], .timeout_ms = 600000};
    eb_client *client = eb_client_create(&o);
    char err[512];
    db *conn = db_connect(argv[3], 3600000, err, sizeof err);
    PGconn *pg = PQconnectdb(argv[3]);
    if (!conn || PQstatus(pg) != CONNECTION_OK) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    arena *a = arena_create();
    const char *inst = one_value(pg, "SELECT i.public_id FROM insight_institution_counts c JOIN institutions i"
                                     " ON i.id = c.institution_id GROUP BY 1 ORDER BY sum(a_backpack) DESC LIMIT 1");
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT f.public_id FROM insight_counts c JOIN insight_badge_classes d USING (badge_class_id)"
                              " JOIN faculties f ON f.id = d.faculty_id JOIN institutions i ON i.id = f.institution_id"
                              " WHERE i.public_id = '%s' GROUP BY 1 ORDER BY sum(c.a_backpack) DESC LIMIT 1", inst);
    const char *faculty = one_value(pg, sql);
    snprintf(sql, sizeof sql, "SELECT t.public_id FROM tags t JOIN badge_class_tags bt ON bt.tag_id = t.id"
                              " JOIN institutions i ON i.id = t.institution_id WHERE i.public_id = '%s'"
                              " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1", inst);
    const char *tag = one_value(pg, sql);
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    int now_month = (tm.tm_year + 1900) * 12 + tm.tm_mon;
    const char *vars[][2] = {
        {"{I}", arena_sprintf(a, "institutions/%s", inst)},
        {"{F}", arena_sprintf(a, "faculties/%s", faculty)},
        {"{T}", arena_sprintf(a, "tags/%s", tag)},
        {"{Y1}", arena_sprintf(a, "{\"first\": {\"year\": %d, \"month\": %d}, \"last\": {\"year\": %d, \"month\": %d}}",
                               (now_month - 11) / 12, (now_month - 11) % 12 + 1, now_month / 12, now_month % 12 + 1)},
        {"{Y5}", arena_sprintf(a, "{\"first\": {\"year\": %d, \"month\": %d}, \"last\": {\"year\": %d, \"month\": %d}}",
                               (now_month - 59) / 12, (now_month - 59) % 12 + 1, now_month / 12, now_month % 12 + 1)},
    };
    printf("dataset: %s assertions, %s direct awards, %s requests, %s badge classes, %s learners\n",
           one_value(pg, "SELECT count(*) FROM assertions"), one_value(pg, "SELECT count(*) FROM direct_awards"),
           one_value(pg, "SELECT count(*) FROM badge_requests"), one_value(pg, "SELECT count(*) FROM badge_classes"),
           one_value(pg, "SELECT count(*) FROM learners"));
    printf("counters: %s per badge class x month x source, %s per institution x sector x type x month x source\n",
           one_value(pg, "SELECT count(*) FROM insight_counts"), one_value(pg, "SELECT count(*) FROM insight_institution_counts"));
    printf("fast: the RPC through the server (sweep + counters), %d calls each; plain: a GROUP BY over the awards"
           " (store), %d runs each\n\n", fast_rounds, plain_rounds);
    printf("%-56s %9s %9s %10s %10s %9s %9s  %s\n", "query", "fast p50", "fast p99", "plain p50", "plain p99",
           "x p50", "x p99", "same");
    double worst_p99 = 0, least_ratio = 1e9;
    if (fast_rounds < 1 || plain_rounds < 0) {
        fprintf(stderr, "insights_ratio: at least one fast call, and zero or more plain runs\n");
        return 2;
    }
    double *fast = calloc((size_t)fast_rounds, sizeof *fast), *plain = calloc((size_t)plain_rounds + 1, sizeof *plain);
    for (size_t qi = 0; qi < sizeof QUERIES / sizeof *QUERIES; qi++) {
        const bench_query *bq = &QUERIES[qi];
        arena *qa = arena_create();
        const ProtobufCMethodDescriptor *m = method_of(bq->method);
        ProtobufCMessage *req = request_of(qa, m, fill(qa, bq->request, vars, 5));
        char path[256];
        snprintf(path, sizeof path, "/edubadges.v1.InsightsService/%s", bq->method);
        digest fast_digest = {0, 0};
        for (int i = -3; i < fast_rounds; i++) {
            eb_call_result r;
            double t0 = now_s();
            eb_client_call(client, path, req, m->output, &r);
            double dt = now_s() - t0;
            if (r.code != GRPC_STATUS_OK) {
                fprintf(stderr, "%s: %s\n", bq->name, r.message);
                return 1;
            }
            if (i == -1)
                fast_digest = digest_of_answer(r.response);
            if (i >= 0)
                fast[i] = dt * 1000;
            eb_call_result_free(&r);
        }
        digest plain_digest = {0, 0};
        for (int i = 0; i < plain_rounds && strcmp(bq->method, "ListIssuerStaff") != 0; i++) {
            arena *pa = arena_create();
            double t0 = now_s();
            digest d = plain_answer(conn, pa, bq->method, req, wall_us());
            plain[i] = (now_s() - t0) * 1000;
            if (i == 0)
                plain_digest = d;
            arena_destroy(pa);
        }
        double f50, f99, p50 = 0, p99 = 0;
        percentiles(fast, fast_rounds, &f50, &f99);
        worst_p99 = f99 > worst_p99 ? f99 : worst_p99;
        if (plain_rounds == 0 || strcmp(bq->method, "ListIssuerStaff") == 0) { /* the counters only */
            printf("%-56s %7.2fms %7.2fms\n", bq->name, f50, f99);
        } else {
            percentiles(plain, plain_rounds, &p50, &p99);
            bool same = fast_digest.rows == plain_digest.rows && fast_digest.sum == plain_digest.sum;
            printf("%-56s %7.2fms %7.2fms %8.0fms %8.0fms %8.0fx %8.0fx  %s\n", bq->name, f50, f99, p50, p99,
                   p50 / f50, p99 / f99, same ? "yes" : "NO");
            least_ratio = p50 / f50 < least_ratio ? p50 / f50 : least_ratio;
        }
        fflush(stdout);
        arena_destroy(qa);
    }
    printf("\nworst fast p99 %.2f ms (goal < 100 ms)", worst_p99);
    if (plain_rounds > 0)
        printf("; smallest ratio p50 %.0fx (goal >= 100x)", least_ratio);
    printf("\n");
    free(fast);
    free(plain);
    arena_destroy(a);
    db_close(conn);
    PQfinish(pg);
    eb_client_destroy(client);
    grpc_shutdown();
    return 0;
}
