/* Benchmark of bulk awarding: a 10,000-row CreateDirectAwardBundle end to end (RPC to
 * committed rows) against a plain PostgreSQL COPY of 10,000 equivalent rows into the same
 * table, alternating in one run; prints both rates and their ratio.
 * Usage: bundle_ratio <host:port> <token> <badge class name> <database url> [rounds] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-fe.h>
#include <sodium.h>

#include "eb_client.h"
#include "edubadges/v1/direct_award.pb-c.h"

#define ROWS 10000

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* One bundle of ROWS rows for recipients of this round; seconds until it is committed. */
static double award_round(eb_client *c, const char *badge_class, int round)
{
    static Edubadges__V1__DirectAwardRow rows[ROWS];
    static Edubadges__V1__DirectAwardRow *ptrs[ROWS];
    static char recipients[ROWS][48];
    for (int i = 0; i < ROWS; i++) {
        edubadges__v1__direct_award_row__init(&rows[i]);
        snprintf(recipients[i], sizeof recipients[i], "rpc%d.student%d@uu.nl", round, i);
        rows[i].recipient = recipients[i];
        rows[i].recipient_name = "Student";
        ptrs[i] = &rows[i];
    }
    char request_id[32];
    snprintf(request_id, sizeof request_id, "bench-%d", round);
    Edubadges__V1__CreateDirectAwardBundleRequest req = EDUBADGES__V1__CREATE_DIRECT_AWARD_BUNDLE_REQUEST__INIT;
    req.badge_class = (char *)badge_class;
    req.identifier_type = EDUBADGES__V1__RECIPIENT_IDENTIFIER_TYPE__RECIPIENT_IDENTIFIER_TYPE_EPPN;
    req.source = EDUBADGES__V1__AWARD_SOURCE__AWARD_SOURCE_SIS;
    req.request_id = request_id;
    req.n_rows = ROWS;
    req.rows = ptrs;
    eb_call_result r;
    double t0 = now_s();
    eb_client_call(c, "/edubadges.v1.DirectAwardService/CreateDirectAwardBundle", &req.base,
                   &edubadges__v1__direct_award_bundle__descriptor, &r);
    double t = now_s() - t0;
    if (r.code != GRPC_STATUS_OK) {
        fprintf(stderr, "bundle failed: %s\n", r.message);
        exit(1);
    }
    Edubadges__V1__DirectAwardBundle *b = (Edubadges__V1__DirectAwardBundle *)r.response;
    if (b->counts->unaccepted != ROWS) {
        fprintf(stderr, "bundle awarded %d of %d rows\n", b->counts->unaccepted, ROWS);
        exit(1);
    }
    eb_call_result_free(&r);
    return t;
}

static void must(PGconn *db, PGresult *r, ExecStatusType want)
{
    if (PQresultStatus(r) != want) {
        fprintf(stderr, "database: %s\n", PQerrorMessage(db));
        exit(1);
    }
    PQclear(r);
}

/* COPY of ROWS equivalent rows into direct_awards in one transaction; seconds. */
static double copy_round(PGconn *db, const char *bundle_key, const char *badge_key, int round)
{
    double t0 = now_s();
    must(db, PQexec(db, "BEGIN"), PGRES_COMMAND_OK);
    must(db, PQexec(db, "COPY direct_awards (public_id, bundle_id, badge_class_id, recipient, recipient_name,"
                        " status, expires_at) FROM STDIN"), PGRES_COPY_IN);
    char line[256];
    for (int i = 0; i < ROWS; i++) {
        unsigned char raw[16];
        char id[32];
        randombytes_buf(raw, sizeof raw);
        sodium_bin2base64(id, sizeof id, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        int n = snprintf(line, sizeof line, "%s\t%s\t%s\tcopy%d.student%d@uu.nl\tStudent\tunaccepted\t2027-03-01 00:00:00+00\n",
                         id, bundle_key, badge_key, round, i);
        if (PQputCopyData(db, line, n) != 1) {
            fprintf(stderr, "copy: %s\n", PQerrorMessage(db));
            exit(1);
        }
    }
    if (PQputCopyEnd(db, NULL) != 1)
        exit(1);
    must(db, PQgetResult(db), PGRES_COMMAND_OK);
    must(db, PQexec(db, "COMMIT"), PGRES_COMMAND_OK);
    return now_s() - t0;
}

static const char *one_value(PGconn *db, const char *sql, const char *param)
{
    static char out[4][64];
    static int next;
    PGresult *r = PQexecParams(db, sql, 1, NULL, &param, NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
        fprintf(stderr, "database: %s\n", PQerrorMessage(db));
        exit(1);
    }
    char *s = out[next++ % 4];
    snprintf(s, 64, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    return s;
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: bundle_ratio <host:port> <token> <badge class name> <database url> [rounds]\n");
        return 2;
    }
    int rounds = argc > 5 ? atoi(argv[5]) : 3;
    if (sodium_init() < 0)
        return 1;
    grpc_init();
    eb_client_options o = {.target = argv[1], .token = argv[2], .timeout_ms = 120000};
    eb_client *c = eb_client_create(&o);
    PGconn *db = PQconnectdb(argv[4]);
    if (PQstatus(db) != CONNECTION_OK) {
        fprintf(stderr, "database: %s\n", PQerrorMessage(db));
        return 1;
    }
    const char *badge_id = strchr(argv[3], '/') + 1;
    award_round(c, argv[3], 0); /* warm-up; also leaves a bundle for the COPY rows */
    const char *badge_key = one_value(db, "SELECT id FROM badge_classes WHERE public_id = $1", badge_id);
    const char *bundle_key = one_value(db, "SELECT max(id) FROM direct_award_bundles WHERE badge_class_id = $1::int8",
                                       badge_key);
    double rpc = 0, copy = 0;
    for (int i = 1; i <= rounds; i++) {
        rpc += award_round(c, argv[3], i);
        copy += copy_round(db, bundle_key, badge_key, i);
    }
    double rpc_rate = ROWS * rounds / rpc, copy_rate = ROWS * rounds / copy;
    printf("%d rounds of %d rows, alternating\n", rounds, ROWS);
    printf("CreateDirectAwardBundle (RPC to committed rows) %9.0f rows/s  %6.0f ms per bundle\n", rpc_rate,
           1000 * rpc / rounds);
    printf("COPY of equivalent rows                         %9.0f rows/s  %6.0f ms per 10,000 rows\n", copy_rate,
           1000 * copy / rounds);
    printf("ratio bundle / COPY = %.2f (goal >= 0.3)\n", rpc_rate / copy_rate);
    PQfinish(db);
    eb_client_destroy(c);
    grpc_shutdown();
    return 0;
}
