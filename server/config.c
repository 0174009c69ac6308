/* Server configuration: one table of options, read from flags and the environment. */
#include "config.h"

#include "public_url.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { OPT_STRING, OPT_INT } opt_type;

typedef struct option_def {
    const char *flag;
    const char *env;
    const char *fallback; /* NULL = no default */
    opt_type type;
    long min, max;
    size_t offset;
    const char *help;
} option_def;

#define STR(field) OPT_STRING, 0, 0, offsetof(server_config, field)
#define INT(field, lo, hi) OPT_INT, lo, hi, offsetof(server_config, field)

static const option_def options[] = {
    {"--database-url", "EDUBADGES_DATABASE_URL", NULL, STR(database_url),
     "PostgreSQL connection URI (required)"},
    {"--listen", "EDUBADGES_LISTEN", "127.0.0.1:50051", STR(listen),
     "gRPC address to listen on; port 0 picks a free one"},
    {"--workers", "EDUBADGES_WORKERS", "0", INT(workers, 0, 512),
     "handler threads, each with one database connection; 0 = 4 per core"},
    {"--cq-threads", "EDUBADGES_CQ_THREADS", "0", INT(cq_threads, 0, 64),
     "completion-queue threads; 0 = number of cores"},
    {"--max-message-bytes", "EDUBADGES_MAX_MESSAGE_BYTES", "16777216",
     INT(max_message_bytes, 1024, 1073741824), "largest request message accepted"},
    {"--statement-timeout-ms", "EDUBADGES_STATEMENT_TIMEOUT_MS", "30000",
     INT(statement_timeout_ms, 100, 3600000), "longest database work of one call"},
    {"--drain-notice-ms", "EDUBADGES_DRAIN_NOTICE_MS", "1000", INT(drain_notice_ms, 0, 600000),
     "on SIGTERM, report NOT_SERVING this long before refusing new calls"},
    {"--drain-grace-ms", "EDUBADGES_DRAIN_GRACE_MS", "10000", INT(drain_grace_ms, 0, 3600000),
     "time in-flight calls get to finish before they are cancelled"},
    {"--auth-cache-seconds", "EDUBADGES_AUTH_CACHE_SECONDS", "10", INT(auth_cache_seconds, 0, 300),
     "how long a verified token is trusted without a database lookup (0 = always look up)"},
    {"--tls-cert", "EDUBADGES_TLS_CERT", NULL, STR(tls_cert),
     "PEM certificate chain file; enables TLS (with --tls-key)"},
    {"--tls-key", "EDUBADGES_TLS_KEY", NULL, STR(tls_key), "PEM private key file"},
    {"--tls-client-ca", "EDUBADGES_TLS_CLIENT_CA", NULL, STR(tls_client_ca),
     "PEM CA file; when set, clients must present a certificate it signed"},
    {"--log-level", "EDUBADGES_LOG_LEVEL", "info", STR(log_level),
     "debug, info, warn or error (debug logs every call)"},
    {"--port-file", "EDUBADGES_PORT_FILE", NULL, STR(port_file),
     "write the bound gRPC port to this file once listening"},
    {"--clock-offset-seconds", "EDUBADGES_CLOCK_OFFSET_SECONDS", "0",
     INT(clock_offset_seconds, -315360000, 315360000),
     "shifts the service's clock by this many seconds (tests of expiry; 0 in production)"},
    {"--oidc-issuers", "EDUBADGES_OIDC_ISSUERS", NULL, STR(oidc_issuers),
     "JSON file of the OpenID Connect issuers whose ID tokens staff and learners present"},
    {"--client-token-seconds", "EDUBADGES_CLIENT_TOKEN_SECONDS", "3600", INT(client_token_seconds, 60, 86400),
     "lifetime of the tokens API clients get from ExchangeClientCredentials"},
    {"--master-key-file", "EDUBADGES_MASTER_KEY_FILE", NULL, STR(master_key_file),
     "file of 64 hex characters (mode 600) sealing issuer signing keys; required to serve"},
    {"--http-listen", "EDUBADGES_HTTP_LISTEN", "127.0.0.1:8080", STR(http_listen),
     "public HTTP address (hosted Open Badges documents); port 0 picks a free one"},
    {"--http-port-file", "EDUBADGES_HTTP_PORT_FILE", NULL, STR(http_port_file),
     "write the bound HTTP port to this file once listening"},
    {"--public-base-url", "EDUBADGES_PUBLIC_BASE_URL", NULL, STR(public_base_url),
     "https URL under which the public documents are published (their ids start with it); "
     "unset = http://{http-listen host}:{port}, for local runs"},
    {"--label", NULL, NULL, STR(label), "label of a new operator token (create-operator-token)"},
};

#define N_OPTIONS (sizeof options / sizeof *options)

static bool set_value(const option_def *o, const char *value, server_config *c, char *err,
                      size_t errlen)
{
    char *slot = (char *)c + o->offset;
    if (o->type == OPT_STRING) {
        *(const char **)slot = value;
        return true;
    }
    char *end = NULL;
    errno = 0;
    long v = strtol(value, &end, 10);
    if (errno || !end || *end || end == value || v < o->min || v > o->max) {
        snprintf(err, errlen, "%s (%s) must be a whole number from %ld to %ld, got \"%s\"",
                 o->flag, o->env ? o->env : "flag only", o->min, o->max, value);
        return false;
    }
    *(int *)slot = (int)v;
    return true;
}

/* host:port: a non-empty host (an IPv6 one in brackets) and a port of 0 to 65535 digits. */
static bool listen_valid(const char *address)
{
    const char *colon = strrchr(address, ':');
    if (!colon || colon == address)
        return false;
    size_t host_len = (size_t)(colon - address);
    bool bracketed = address[0] == '[' && colon[-1] == ']' && host_len > 2;
    if (address[0] == '[' ? !bracketed : memchr(address, ':', host_len) != NULL)
        return false;
    const char *port = colon + 1;
    size_t n = strlen(port);
    return n > 0 && n <= 5 && strspn(port, "0123456789") == n && atoi(port) <= 65535;
}

void config_usage(char *out, size_t len)
{
    size_t n = (size_t)snprintf(out, len,
                                "usage: edubadges-server [serve|migrate|create-operator-token] "
                                "[options]\n\noptions (flag, environment variable, default):\n");
    for (size_t i = 0; i < N_OPTIONS && n < len; i++)
        n += (size_t)snprintf(out + n, len - n, "  %-24s %-32s %s\n      %s\n", options[i].flag,
                              options[i].env ? options[i].env : "",
                              options[i].fallback ? options[i].fallback : "", options[i].help);
}

bool config_parse(int argc, char **argv, server_config *c, bool *help, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    *help = false;
    c->command = "serve";
    for (size_t i = 0; i < N_OPTIONS; i++) {
        const char *v = options[i].env ? getenv(options[i].env) : NULL;
        if (!v || !*v)
            v = options[i].fallback;
        if (v && !set_value(&options[i], v, c, err, errlen))
            return false;
    }
    bool have_command = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            *help = true;
            return false;
        }
        if (argv[i][0] != '-' && !have_command) { /* the command, before or after flags */
            c->command = argv[i];
            have_command = true;
            continue;
        }
        const option_def *o = NULL;
        const char *value = NULL;
        for (size_t k = 0; k < N_OPTIONS && !o; k++) {
            size_t fl = strlen(options[k].flag);
            if (strncmp(argv[i], options[k].flag, fl) == 0 && argv[i][fl] == '=') {
                o = &options[k];
                value = argv[i] + fl + 1;
            } else if (strcmp(argv[i], options[k].flag) == 0) {
                o = &options[k];
                if (i + 1 >= argc) {
                    snprintf(err, errlen, "%s needs a value", argv[i]);
                    return false;
                }
                value = argv[++i];
            }
        }
        if (!o) {
            snprintf(err, errlen, "unknown option \"%s\"; see --help", argv[i]);
            return false;
        }
        if (!set_value(o, value, c, err, errlen))
            return false;
    }
    if (strcmp(c->command, "serve") && strcmp(c->command, "migrate") &&
        strcmp(c->command, "create-operator-token")) {
        snprintf(err, errlen, "unknown command \"%s\"; see --help", c->command);
        return false;
    }
    if (!listen_valid(c->listen)) {
        snprintf(err, errlen, "--listen (EDUBADGES_LISTEN) must be host:port with a host and a "
                              "port from 0 to 65535, e.g. 127.0.0.1:50051 or [::1]:50051; got \"%s\"",
                 c->listen);
        return false;
    }
    if (!listen_valid(c->http_listen)) {
        snprintf(err, errlen, "--http-listen (EDUBADGES_HTTP_LISTEN) must be host:port with a host "
                              "and a port from 0 to 65535, e.g. 127.0.0.1:8080; got \"%s\"",
                 c->http_listen);
        return false;
    }
    const char *why = NULL;
    if (c->public_base_url && *c->public_base_url) {
        if (!public_base_url_normalize(c->public_base_url, c->public_base_url_buf,
                                       sizeof c->public_base_url_buf, &why)) {
            snprintf(err, errlen, "--public-base-url (EDUBADGES_PUBLIC_BASE_URL) %s; got \"%s\"",
                     why, c->public_base_url);
            return false;
        }
        c->public_base_url = c->public_base_url_buf;
    } else {
        c->public_base_url = NULL;
    }
    if (!c->database_url || !*c->database_url) {
        snprintf(err, errlen, "no database: set EDUBADGES_DATABASE_URL or --database-url "
                              "(tools/run.sh starts a private PostgreSQL under ./var)");
        return false;
    }
    if (!c->tls_cert != !c->tls_key) {
        snprintf(err, errlen, "TLS needs both --tls-cert and --tls-key");
        return false;
    }
    if (c->tls_client_ca && !c->tls_cert) {
        snprintf(err, errlen, "--tls-client-ca needs --tls-cert and --tls-key");
        return false;
    }
    if (strcmp(c->command, "serve") == 0 && (!c->master_key_file || !*c->master_key_file)) {
        snprintf(err, errlen, "no master key: set --master-key-file or EDUBADGES_MASTER_KEY_FILE to a file of 64 "
                              "hexadecimal characters, mode 600 (tools/run.sh makes one under ./var)");
        return false;
    }
    if (strcmp(c->command, "create-operator-token") == 0 && (!c->label || !*c->label)) {
        snprintf(err, errlen, "create-operator-token needs --label <what the token is for>");
        return false;
    }
    return true;
}
