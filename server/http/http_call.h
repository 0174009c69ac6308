/* One public HTTP request as a route handler sees it: the path parameter, the public
 * base URL, an arena and error for the store, a database connection on demand, and the
 * reply (status, media type, body, headers). Handlers never see libmicrohttpd. */
#ifndef EDUBADGES_HTTP_CALL_H
#define EDUBADGES_HTTP_CALL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "db_pool.h"
#include "master_key.h"

typedef struct http_call {
    /* the request */
    const char *param;     /* the {id} segment of the route, or NULL */
    const void *route_arg; /* the route's argument */
    const char *base_url;  /* the public base URL, without a trailing slash */
    const master_key *master_key; /* for documents signed when served (status lists) */
    int64_t now_us;        /* the service's clock (with its configured offset) */
    bool wants_plain_json; /* the client prefers application/json to application/ld+json */
    arena *arena;
    eb_error error;
    /* the reply */
    int status;
    const char *media_type;
    const void *body;
    size_t body_len;
    const char *cache_control; /* or NULL */
    /* internal */
    db_pool *pool;
    db *db;
} http_call;

/* The call's database connection (acquired on first use, released after the reply), or
 * NULL after replying 503 when the database is unreachable. */
db *http_call_db(http_call *c);

/* A JSON-LD document (consumed): application/ld+json, or application/json when that is
 * all the client accepts. */
void http_reply_document(http_call *c, int status, json_t *doc);
/* Bytes that live at least as long as the call (in its arena, or static). */
void http_reply_bytes(http_call *c, const char *media_type, const void *data, size_t len,
                      const char *cache_control);
/* A small JSON error body {"error": "..."} with the status. */
void http_reply_error(http_call *c, int status, const char *message);
/* The reply for a failed store call: 404 for NOT_FOUND, 503 when the database is
 * unavailable, else 500. */
void http_reply_store_error(http_call *c);

#endif
