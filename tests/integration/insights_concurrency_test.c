/* The running counters under concurrent writers: several sessions award (in past, current
 * and later months, so that pairs are carried forward while others write), revoke, flip
 * public flags, reject and delete assertions (awarded on request: no direct award to match) of the same few badge classes, while another
 * session sweeps. Afterwards every row of insight_running must be everything counted up to
 * its month by a plain GROUP BY over the awards (insight_facts_as_of), every pair's rows
 * dense up to its last month, and no session may have failed (no deadlock, no duplicate
 * row); again after a rebuild and more writing. INSIGHTS_TEST_SEED repeats a run. */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "insights_store.h"

#define WRITERS 6
#define OPERATIONS 150
#define HOT_CLASSES 3

static test_env env;
static unsigned seed;

typedef struct session {
    int number, ahead; /* ahead: months added to every later month awarded */
    unsigned rs;
    int failures;
    char first_error[512];
    volatile int *stop;
} session;

static int rnd(session *s, int n) { return (int)(rand_r(&s->rs) % (unsigned)n); }

/* Runs one statement; a failure is counted and the first one kept. */
static void run(session *s, PGconn *c, const char *sql)
{
    PGresult *r = PQexec(c, sql);
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        if (!s->failures++)
            snprintf(s->first_error, sizeof s->first_error, "%s: %s", sql, PQerrorMessage(c));
    }
    PQclear(r);
}

#define HOT "(SELECT id FROM badge_classes WHERE name ~ '^hot ')"

/* One random change to the hot badge classes, one statement (some of several pairs). */
static void change(session *s, PGconn *c, int step)
{
    static const char *const sources[] = {"ui", "sis", "alliance"};
    char sql[1024];
    int op = rnd(s, 10);
    /* months from four back to a few ahead, moving further ahead as the run goes on */
    int month = rnd(s, 7) - 4 + step / 40, other = rnd(s, 7) - 4 + step / 40;
    month += month > 0 ? s->ahead : 0;
    other += other > 0 ? s->ahead : 0;
    if (op < 5)
        snprintf(sql, sizeof sql,
                 "INSERT INTO assertions (public_id, badge_class_id, issued_at, award_type, source, public)"
                 " SELECT 'T' || lpad(%d || 'x' || %d || 'x' || k, 21, '0'), b.id,"
                 "  date_trunc('month', now()) + (CASE k WHEN 0 THEN %d ELSE %d END) * interval '1 month'"
                 "  + interval '3 days', 'request', '%s', k = 1"
                 " FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM badge_classes"
                 "  WHERE name ~ '^hot ') b, generate_series(0, %d) k WHERE b.n = (%d + k) %% %d",
                 s->number, step, month, other, sources[rnd(s, 3)], op == 4, rnd(s, HOT_CLASSES), HOT_CLASSES);
    else if (op == 5)
        snprintf(sql, sizeof sql,
                 "UPDATE assertions SET revoked_at = now(), revocation_reason = 'r' WHERE id = (SELECT id"
                 " FROM assertions WHERE badge_class_id IN " HOT " AND revoked_at IS NULL"
                 " ORDER BY random() LIMIT 1)");
    else if (op == 6)
        snprintf(sql, sizeof sql,
                 "UPDATE assertions SET public = NOT public WHERE badge_class_id IN " HOT " AND id %% 5 = %d",
                 rnd(s, 5));
    else if (op == 7)
        snprintf(sql, sizeof sql,
                 "UPDATE assertions SET acceptance = 'rejected' WHERE id = (SELECT id FROM assertions"
                 " WHERE badge_class_id IN " HOT " AND acceptance = 'accepted' ORDER BY random() LIMIT 1)");
    else
        snprintf(sql, sizeof sql,
                 "DELETE FROM assertions WHERE id = (SELECT id FROM assertions WHERE badge_class_id IN " HOT
                 " ORDER BY random() LIMIT 1)");
    run(s, c, sql);
}

static void *writer(void *arg)
{
    session *s = arg;
    PGconn *c = test_env_db(&env);
    for (int i = 0; i < OPERATIONS; i++)
        change(s, c, i);
    PQfinish(c);
    return NULL;
}

static void *sweeper(void *arg)
{
    session *s = arg;
    PGconn *c = test_env_db(&env);
    while (!*s->stop)
        run(s, c, "SELECT insight_sweep(now())");
    PQfinish(c);
    return NULL;
}

/* Rows of insight_running of the hot classes that differ from the awards counted up to
 * their month, counts in months after their pair's last month, and gaps. */
static const char *const DRIFT_SQL =
    "WITH ref AS (SELECT f.badge_class_id, s.source, f.month, j.key, j.value::int AS n"
    "  FROM insight_facts_as_of(now()) f CROSS JOIN LATERAL (VALUES (f.source), ('*')) s (source)"
    "  CROSS JOIN LATERAL jsonb_each_text(to_jsonb(f) - 'badge_class_id' - 'month' - 'source') j"
    "  WHERE f.badge_class_id IN " HOT "),"
    " run AS (SELECT r.badge_class_id, r.source, r.month, j.key, j.value::int AS n FROM insight_running_facts r"
    "  CROSS JOIN LATERAL jsonb_each_text(to_jsonb(r) - 'badge_class_id' - 'source' - 'month') j"
    "  WHERE r.badge_class_id IN " HOT ")"
    " SELECT (SELECT count(*) FROM run r WHERE r.n <> (SELECT coalesce(sum(x.n), 0) FROM ref x"
    "   WHERE x.badge_class_id = r.badge_class_id AND x.source = r.source AND x.key = r.key AND x.month <= r.month))"
    " + (SELECT count(*) FROM ref x WHERE x.n <> 0 AND NOT EXISTS (SELECT FROM insight_running_pairs p"
    "   WHERE p.badge_class_id = x.badge_class_id AND p.source = x.source AND p.last_month >= x.month))"
    " + (SELECT count(*) FROM insight_running_pairs p WHERE NOT EXISTS (SELECT FROM insight_running r"
    "   WHERE r.badge_class_id = p.badge_class_id AND r.source = p.source AND r.month = p.last_month))"
    " + (SELECT count(*) FROM insight_running r JOIN insight_running_pairs p USING (badge_class_id, source)"
    "   WHERE r.month > p.last_month)"
    " + (SELECT count(*) FROM (SELECT month, lag(month) OVER (PARTITION BY badge_class_id, source ORDER BY month)"
    "   AS previous FROM insight_running) g WHERE g.month <> g.previous + interval '1 month')";

/* Runs the writers and the sweeper to the end; true when no statement failed. */
static bool writers_and_a_sweeper(int round)
{
    volatile int stop = 0;
    session sessions[WRITERS + 1];
    pthread_t threads[WRITERS + 1];
    for (int i = 0; i <= WRITERS; i++) {
        sessions[i] = (session){.number = round * 10 + i, .ahead = round * 8, .rs = seed + (unsigned)(round * 10 + i),
                                .stop = &stop};
        pthread_create(&threads[i], NULL, i < WRITERS ? writer : sweeper, &sessions[i]);
    }
    for (int i = 0; i < WRITERS; i++)
        pthread_join(threads[i], NULL);
    stop = 1;
    pthread_join(threads[WRITERS], NULL);
    int failures = 0;
    for (int i = 0; i <= WRITERS; i++) {
        failures += sessions[i].failures;
        if (sessions[i].failures)
            fprintf(stderr, "\nsession %d: %d failed, first: %s\n", i, sessions[i].failures, sessions[i].first_error);
    }
    return failures == 0;
}

static void expect_no_drift(const char *when)
{
    const char *drift = test_sql(&env, DRIFT_SQL);
    if (strcmp(drift, "0") != 0)
        fprintf(stderr, "\ninsight_running %s: %s rows differ from the awards (seed %u)\n", when, drift, seed);
    CU_ASSERT_STRING_EQUAL(drift, "0");
}

static void test_concurrent_writers_do_not_drift(void)
{
    test_sql(&env, "INSERT INTO badge_classes (public_id, issuer_id, institution_id, badge_class_type, draft, name,"
                   " course_language, grade_achieved) SELECT 'H' || lpad(k::text, 21, '0'), issuer_id, institution_id,"
                   " 'regular', false, 'hot ' || k, 'nl', 'optional' FROM (SELECT * FROM badge_classes LIMIT 1) b,"
                   " generate_series(1, 3) k");
    /* a few counted before the run, in an old month of one source */
    test_sql(&env, "INSERT INTO assertions (public_id, badge_class_id, issued_at, award_type, source) SELECT 'P'"
                   " || lpad(id::text, 21, '0'), id, now() - interval '14 months', 'request', 'ui' FROM " HOT " x");
    CU_ASSERT_TRUE(writers_and_a_sweeper(0));
    int counted = atoi(test_sql(&env, "SELECT count(*) FROM assertions WHERE badge_class_id IN " HOT));
    CU_ASSERT_TRUE(counted > WRITERS * OPERATIONS / 4); /* the writers wrote */
    expect_no_drift("after the writers");
    test_sql(&env, "SELECT insight_rebuild()");
    expect_no_drift("after a rebuild");
    CU_ASSERT_TRUE(writers_and_a_sweeper(1)); /* into months after every pair's last month */
    expect_no_drift("after writing on after the rebuild");
}

/* Waits until the session of connection c waits for a lock (at most 10 s). */
static bool waits_for_lock(PGconn *c)
{
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM pg_stat_activity WHERE pid = %d AND wait_event_type = 'Lock'",
             PQbackendPID(c));
    for (int i = 0; i < 1000; i++) {
        if (strcmp(test_sql(&env, sql), "1") == 0)
            return true;
        struct timespec t = {0, 10000000};
        nanosleep(&t, NULL);
    }
    return false;
}

static bool command_ok(PGconn *c, const char *sql)
{
    PGresult *r = PQexec(c, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        fprintf(stderr, "\n%s: %s\n", sql, PQerrorMessage(c));
    PQclear(r);
    return ok;
}

/* A claim of an open direct award that is past its expiry, made while the sweep runs, of a
 * badge class whose running counters have not reached this month: the claim holds the
 * direct award and then counts; the sweep must not hold the counters while it waits for
 * the direct award (a deadlock, one of the two fails). */
static void test_a_claim_during_a_sweep_does_not_deadlock(void)
{
    test_sql(&env, "INSERT INTO badge_classes (public_id, issuer_id, institution_id, badge_class_type, draft, name,"
                   " course_language, grade_achieved) SELECT 'L000000000000000000001', issuer_id, institution_id,"
                   " 'regular', false, 'late 1', 'nl', 'optional' FROM badge_classes LIMIT 1");
    test_sql(&env, "INSERT INTO direct_award_bundles (public_id, badge_class_id, institution_id, identifier_type,"
                   " source, created_by, created_at) SELECT 'L000000000000000000002', id, institution_id, 'email',"
                   " 'sis', 'test', now() - interval '3 months' FROM badge_classes WHERE name = 'late 1'");
    test_sql(&env, "INSERT INTO direct_awards (public_id, bundle_id, badge_class_id, recipient, status, expires_at,"
                   " created_at) SELECT 'L000000000000000000003', u.id, u.badge_class_id, 'late@x.nl', 'unaccepted',"
                   " now() - interval '1 hour', now() - interval '3 months' FROM direct_award_bundles u"
                   " WHERE u.public_id = 'L000000000000000000002'");
    PGconn *claim = test_env_db(&env), *sweep = test_env_db(&env);
    CU_ASSERT_TRUE(command_ok(claim, "BEGIN"));
    CU_ASSERT_TRUE(command_ok(claim, "SELECT FROM direct_awards WHERE public_id = 'L000000000000000000003' FOR UPDATE"));
    CU_ASSERT_EQUAL(PQsendQuery(sweep, "SELECT insight_sweep(now())"), 1);
    CU_ASSERT_TRUE(waits_for_lock(sweep));
    bool claimed = command_ok(claim, "UPDATE direct_awards SET status = 'accepted'"
                                     " WHERE public_id = 'L000000000000000000003'") &&
                   command_ok(claim, "COMMIT");
    CU_ASSERT_TRUE(claimed);
    PGresult *r;
    bool swept = true;
    while ((r = PQgetResult(sweep))) {
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            fprintf(stderr, "\nthe sweep: %s\n", PQerrorMessage(sweep));
            swept = false;
        }
        PQclear(r);
    }
    CU_ASSERT_TRUE(swept);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT status FROM direct_awards WHERE public_id = 'L000000000000000000003'"),
                           "accepted");
    PQfinish(claim);
    PQfinish(sweep);
}

/* The rows of q, from the counters or from the awards, as one line each. */
static char *rows_text(arena *a, db *d, const insights_query *q, insights_source src)
{
    insights_row *rows;
    int n = 0;
    bool more;
    eb_error e;
    eb_error_init(&e, a);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    int64_t now_us = (int64_t)now.tv_sec * 1000000 + now.tv_nsec / 1000;
    CU_ASSERT_EQUAL(insights_query_rows(d, q, src, now_us, NULL, 1000, &rows, &n, &more, &e), EB_OK);
    char *out = "";
    for (int i = 0; i < n; i++) {
        out = arena_sprintf(a, "%s%s", out, rows[i].badge_class_id);
        for (int k = 0; k < IC_COUNT; k++)
            out = arena_sprintf(a, "%s %d", out, rows[i].counts[k]);
        out = arena_sprintf(a, "%s\n", out);
    }
    return out;
}

/* A badge class first awarded now with an issue date months back (an import) has running
 * counters up to that month only until the next sweep; the range of every other badge
 * class must not be cut off there. Read without a sweep, as a query that runs while such
 * an award commits. */
static void test_a_pair_behind_hides_nothing(void)
{
    test_sql(&env, "SELECT insight_sweep(now())");
    test_sql(&env, "INSERT INTO badge_classes (public_id, issuer_id, institution_id, badge_class_type, draft, name,"
                   " course_language, grade_achieved) SELECT 'L000000000000000000004', issuer_id, institution_id,"
                   " 'regular', false, 'late 2', 'nl', 'optional' FROM badge_classes LIMIT 1");
    test_sql(&env, "INSERT INTO assertions (public_id, badge_class_id, issued_at, award_type, source)"
                   " SELECT 'L000000000000000000005', id, now() - interval '5 months', 'request', 'ui'"
                   " FROM badge_classes WHERE name = 'late 2'");
    int now_month = atoi(test_sql(&env, "SELECT extract(year FROM m) * 12 + extract(month FROM m) - 1"
                                        " FROM insight_month(now()) m"));
    arena *a = arena_create();
    char err[256];
    db *d = db_connect(env.database_url, 60000, err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    insights_query q = {.institution_id = "", .first_month = now_month - 24, .last_month = now_month,
                        .group_by = 1u << INSIGHTS_BADGE_CLASS};
    for (int first = now_month - 24; first <= now_month; first += 6) {
        q.first_month = first;
        char *counted = rows_text(a, d, &q, INSIGHTS_FROM_COUNTERS), *awarded = rows_text(a, d, &q, INSIGHTS_FROM_AWARDS);
        /* the ranges that hold the late award (the dataset may leave recent months empty) */
        if (first <= now_month - 5)
            CU_ASSERT_TRUE(*awarded != '\0');
        CU_ASSERT_STRING_EQUAL(counted, awarded);
    }
    db_close(d);
    arena_destroy(a);
}

static int suite_init(void)
{
    const char *fixed = getenv("INSIGHTS_TEST_SEED");
    seed = fixed ? (unsigned)strtoul(fixed, NULL, 10) : (unsigned)time(NULL);
    fprintf(stderr, "\ninsights_concurrency_test: seed %u (INSIGHTS_TEST_SEED=%u repeats this run)\n", seed, seed);
    test_env_start(&env, "insights_concurrency", NULL);
    FILE *f = fopen(INSIGHTS_DATASET, "rb"); /* the random dataset: other pairs to sweep */
    if (!f)
        return 1;
    static char sql[1 << 20];
    size_t n = fread(sql, 1, sizeof sql - 1, f);
    fclose(f);
    sql[n] = '\0';
    test_sql(&env, sql);
    return 0;
}

static int suite_clean(void)
{
    test_env_stop(&env);
    return 0;
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("insights: running counters under concurrent writers", suite_init, suite_clean);
    CU_add_test(s, "a pair behind hides nothing", test_a_pair_behind_hides_nothing);
    CU_add_test(s, "a claim during a sweep does not deadlock", test_a_claim_during_a_sweep_does_not_deadlock);
    CU_add_test(s, "concurrent writers and sweeps do not drift", test_concurrent_writers_do_not_drift);
    return test_run_all();
}
