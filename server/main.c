/* edubadges-server: reads the configuration, migrates the database, then serves gRPC
 * until SIGTERM or SIGINT and drains; or runs one administrative command. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <grpc/grpc.h>
#include <sodium.h>

#include "app.h"
#include "config.h"
#include "http_server.h"
#include "log.h"
#include "master_key.h"
#include "migrate.h"
#include "operator_token_store.h"
#include "shutdown_watchdog.h"
#include "signing_key_store.h"
#include "token_cache.h"

/* How long after the grace period a drain may still take before the process exits. */
#define DRAIN_OVERRUN_MS 5000

static char *read_file(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "cannot read %s", path);
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        fclose(f);
        snprintf(err, errlen, "cannot read %s", path);
        return NULL;
    }
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static int fail(const char *what, const char *detail)
{
    log_json(LOG_ERROR, json_pack("{s:s, s:s, s:s}", "event", "startup_failed", "step", what,
                                  "error", detail));
    fprintf(stderr, "edubadges-server: %s: %s\n", what, detail);
    return 1;
}

/* The stored signing keys must all open with this master key: a wrong key file is a
 * start-up error, not a failure at the first credential. */
static int check_master_key(db *d, const master_key *mk)
{
    arena *a = arena_create();
    eb_error e;
    eb_error_init(&e, a);
    int64_t others = 0;
    int rc = 0;
    char msg[512];
    if (signing_key_count_other_master(d, master_key_fingerprint(mk), &others, &e) != EB_OK) {
        rc = fail("master key", e.message);
    } else if (others > 0) {
        snprintf(msg, sizeof msg,
                 "%lld stored signing keys were sealed under another master key (this one has fingerprint %s); "
                 "start with the master key file they were made with",
                 (long long)others, master_key_fingerprint(mk));
        rc = fail("master key", msg);
    }
    arena_destroy(a);
    return rc;
}

static int run_migrations(const server_config *c, db **out)
{
    char err[512];
    db *d = db_connect(c->database_url, c->statement_timeout_ms, err, sizeof err);
    if (!d)
        return fail("database", err);
    arena *a = arena_create();
    eb_error e;
    eb_error_init(&e, a);
    int applied = 0;
    int rc = 0;
    if (migrate(d, embedded_migrations, embedded_migrations_count, &applied, &e) != EB_OK)
        rc = fail("migrations", e.message);
    else
        log_json(LOG_INFO, json_pack("{s:s, s:i, s:i}", "event", "migrated", "applied", applied,
                                     "known", (int)embedded_migrations_count));
    arena_destroy(a);
    if (rc || !out)
        db_close(d);
    else
        *out = d;
    return rc;
}

static int create_operator_token(const server_config *c)
{
    db *d = NULL;
    if (run_migrations(c, &d))
        return 1;
    arena *a = arena_create();
    eb_error e;
    eb_error_init(&e, a);
    opaque_token t = opaque_token_new(a, OPERATOR_TOKEN_PREFIX);
    int rc = 0;
    if (operator_token_store(d, &t, c->label, &e) != EB_OK)
        rc = fail("create-operator-token", e.message);
    else
        printf("%s\n", t.text);
    arena_destroy(a);
    db_close(d);
    return rc;
}

static bool load_tls(const server_config *c, rpc_config *rc, char *err, size_t errlen)
{
    if (!c->tls_cert)
        return true;
    rc->tls_cert_chain_pem = read_file(c->tls_cert, err, errlen);
    rc->tls_private_key_pem = rc->tls_cert_chain_pem ? read_file(c->tls_key, err, errlen) : NULL;
    if (c->tls_client_ca && rc->tls_private_key_pem)
        rc->tls_client_ca_pem = read_file(c->tls_client_ca, err, errlen);
    return rc->tls_private_key_pem && (!c->tls_client_ca || rc->tls_client_ca_pem);
}

static void write_port_file(const char *path, int port)
{
    if (!path)
        return;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (f) {
        fprintf(f, "%d\n", port);
        fclose(f);
        rename(tmp, path);
    }
}

static http_server *start_http(const server_config *c, const master_key *mk, char *err, size_t errlen)
{
    http_config hc = {.listen = c->http_listen, .public_base_url = c->public_base_url, .master_key = mk,
                      .database_url = c->database_url,
                      .statement_timeout_ms = c->statement_timeout_ms,
                      .threads = (int)sysconf(_SC_NPROCESSORS_ONLN),
                      .clock_offset_us = (int64_t)c->clock_offset_seconds * 1000000};
    http_server *h = http_server_start(&hc, err, errlen);
    if (h) {
        log_json(LOG_INFO, json_pack("{s:s, s:s, s:i, s:s}", "event", "http_listening", "address",
                                     c->http_listen, "port", http_server_port(h), "public_base_url",
                                     http_server_base_url(h)));
        write_port_file(c->http_port_file, http_server_port(h));
    }
    return h;
}

static int serve(const server_config *c)
{
    char err[1024] = "";
    master_key *mk = master_key_load(c->master_key_file, err, sizeof err);
    if (!mk)
        return fail("master key", err);
    db *d = NULL;
    if (run_migrations(c, &d) || check_master_key(d, mk)) {
        db_close(d);
        master_key_free(mk);
        return 1;
    }
    db_close(d);
    http_server *http = start_http(c, mk, err, sizeof err);
    if (!http) {
        master_key_free(mk);
        return fail("http", err);
    }
    int workers = c->workers ? c->workers : 4 * (int)sysconf(_SC_NPROCESSORS_ONLN);
    rpc_config rc = {.listen_address = c->listen, .cq_threads = c->cq_threads,
                     .workers = workers > 0 ? workers : 8, .max_message_bytes = c->max_message_bytes,
                     .drain_notice_ms = c->drain_notice_ms, .drain_grace_ms = c->drain_grace_ms};
    if (!load_tls(c, &rc, err, sizeof err)) {
        http_server_stop(http);
        master_key_free(mk);
        return fail("tls", err);
    }
    oidc_config *oidc = NULL;
    if (c->oidc_issuers && !(oidc = oidc_config_load(c->oidc_issuers, err, sizeof err))) {
        http_server_stop(http);
        master_key_free(mk);
        return fail("oidc-issuers", err);
    }
    token_cache_configure((int64_t)c->auth_cache_seconds * 1000000);
    app application = {.database_url = c->database_url,
                       .statement_timeout_ms = c->statement_timeout_ms,
                       .clock_offset_us = (int64_t)c->clock_offset_seconds * 1000000,
                       .oidc = oidc,
                       .client_token_seconds = c->client_token_seconds,
                       .ob3 = {mk, http_server_base_url(http)}};
    rpc_hooks hooks = app_rpc_hooks(&application);
    rpc_server *srv = rpc_server_create(&rc, &hooks, err, sizeof err);
    int status = 0;
    int port = 0;
    if (!srv || !app_register_services(srv, &application, err, sizeof err) ||
        (port = rpc_server_start(srv, err, sizeof err)) == 0) {
        status = fail("server", err);
    } else {
        log_json(LOG_INFO, json_pack("{s:s, s:s, s:i, s:b}", "event", "listening", "address",
                                     c->listen, "port", port, "tls", c->tls_cert != NULL));
        write_port_file(c->port_file, port);
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGTERM);
        sigaddset(&set, SIGINT);
        int sig = 0;
        sigwait(&set, &sig);
        log_json(LOG_INFO, json_pack("{s:s, s:s}", "event", "signal", "signal",
                                     sig == SIGTERM ? "SIGTERM" : "SIGINT"));
        shutdown_watchdog_start(c->drain_notice_ms + c->drain_grace_ms + DRAIN_OVERRUN_MS);
        http_server_quiesce(http);
        rpc_server_shutdown(srv);
    }
    http_server_stop(http);
    rpc_server_destroy(srv);
    oidc_config_free(oidc);
    free((void *)rc.tls_cert_chain_pem);
    free((void *)rc.tls_private_key_pem);
    free((void *)rc.tls_client_ca_pem);
    master_key_free(mk);
    return status;
}

int main(int argc, char **argv)
{
    /* block the stop signals in every thread; the main thread waits for them */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    server_config c;
    bool help = false;
    char err[1024];
    if (!config_parse(argc, argv, &c, &help, err, sizeof err)) {
        if (help) {
            char usage[8192];
            config_usage(usage, sizeof usage);
            fputs(usage, stdout);
            return 0;
        }
        fprintf(stderr, "edubadges-server: %s\n", err);
        return 2;
    }
    int level = log_level_parse(c.log_level);
    if (level < 0) {
        fprintf(stderr, "edubadges-server: EDUBADGES_LOG_LEVEL must be debug, info, warn or error\n");
        return 2;
    }
    log_set_level((log_level)level);
    if (sodium_init() < 0)
        return fail("libsodium", "initialisation failed");
    if (strcmp(c.command, "migrate") == 0)
        return run_migrations(&c, NULL);
    if (strcmp(c.command, "create-operator-token") == 0)
        return create_operator_token(&c);
    return serve(&c);
}
