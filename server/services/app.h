/* The application: configuration and shared state of the services, and the per-worker
 * state (a database connection) the RPC layer keeps for each worker thread. */
#ifndef EDUBADGES_APP_H
#define EDUBADGES_APP_H

#include <stdint.h>

#include "db.h"
#include "oidc.h"
#include "ob3_issuing.h"
#include "rpc.h"

typedef struct app {
    const char *database_url;
    int64_t statement_timeout_ms; /* also the longest a call may run in the database */
    int64_t clock_offset_us;      /* added to the real time: the service's notion of now */
    const oidc_config *oidc;      /* the OpenID Connect issuers; NULL = none configured */
    int64_t client_token_seconds; /* lifetime of API client tokens */
    ob3_publisher ob3;            /* master key and public base URL of OB 3.0 credentials */
} app;

typedef struct worker_state {
    app *app;
    db *db;
} worker_state;

/* Hooks for rpc_server_create that give every worker its own connection. */
rpc_hooks app_rpc_hooks(app *a);
/* Registers every service of the API with the server. */
bool app_register_services(rpc_server *srv, app *a, char *err, size_t errlen);

#endif
