/* Server configuration from command-line flags and EDUBADGES_* environment variables
 * (flags win). A missing or bad value is a start-up error with a clear message. */
#ifndef EDUBADGES_CONFIG_H
#define EDUBADGES_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

typedef struct server_config {
    const char *command; /* serve, migrate, create-operator-token */
    const char *database_url;
    const char *listen;
    int workers;
    int cq_threads;
    int max_message_bytes;
    int statement_timeout_ms;
    int drain_notice_ms;
    int drain_grace_ms;
    int auth_cache_seconds;
    const char *tls_cert;
    const char *tls_key;
    const char *tls_client_ca;
    const char *log_level;
    const char *port_file;
    int clock_offset_seconds;
    const char *oidc_issuers; /* file of the OpenID Connect issuers; NULL = none */
    int client_token_seconds;
    const char *master_key_file; /* seals issuer signing keys (serve) */
    const char *http_listen;
    const char *http_port_file;
    const char *public_base_url; /* normalised (no trailing slash); NULL = from http_listen */
    char public_base_url_buf[520];
    const char *label; /* create-operator-token */
} server_config;

/* Parses argv and the environment; false with a message in err (or --help in err with
 * *help set). */
bool config_parse(int argc, char **argv, server_config *c, bool *help, char *err, size_t errlen);
/* The usage text with every option, its variable and default. */
void config_usage(char *out, size_t len);

#endif
