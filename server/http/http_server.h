/* The public, read-only HTTP side (libmicrohttpd): listens beside gRPC, dispatches GET
 * and HEAD requests through the route table (http_routes.c), logs them, and stops
 * cleanly: first it stops accepting, then in-flight requests finish. */
#ifndef EDUBADGES_HTTP_SERVER_H
#define EDUBADGES_HTTP_SERVER_H

#include <stddef.h>
#include <stdint.h>

#include "master_key.h"

typedef struct http_config {
    const char *listen;          /* host:port; port 0 picks a free one */
    const char *public_base_url; /* NULL or "" = http://{listen host}:{bound port} */
    const char *database_url;
    int64_t statement_timeout_ms;
    int threads;                 /* request threads, each with one database connection */
    const master_key *master_key; /* signs the Open Badges 3.0 status lists */
    int64_t clock_offset_us;     /* added to the real time: the service's notion of now */
} http_config;

typedef struct http_server http_server;

/* Binds and starts serving; NULL with a message in err. */
http_server *http_server_start(const http_config *c, char *err, size_t errlen);
int http_server_port(const http_server *s);
const char *http_server_base_url(const http_server *s);
/* Stops accepting connections (requests in flight go on). */
void http_server_quiesce(http_server *s);
/* Finishes the requests in flight, stops and frees; NULL is fine. */
void http_server_stop(http_server *s);

#endif
