/* The public HTTP server on libmicrohttpd: socket, daemon, request dispatch, logging. */
#include "http_server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "db_pool.h"
#include "http_routes.h"
#include "log.h"
#include "media_type.h"

struct http_server {
    struct MHD_Daemon *daemon;
    int listen_fd;
    int port;
    char base_url[600];
    db_pool *pool;
    const master_key *master_key;
    int64_t clock_offset_us;
};

static int64_t monotonic_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* The host of host:port without IPv6 brackets, and the port. */
static void split_listen(const char *listen, char *host, size_t hostlen, char *port, size_t portlen)
{
    const char *colon = strrchr(listen, ':');
    size_t n = colon ? (size_t)(colon - listen) : strlen(listen);
    const char *h = listen;
    if (n >= 2 && h[0] == '[' && h[n - 1] == ']') {
        h++;
        n -= 2;
    }
    snprintf(host, hostlen, "%.*s", (int)n, h);
    snprintf(port, portlen, "%s", colon ? colon + 1 : "0");
}

static int bind_listen_socket(const char *address, int *port, char *err, size_t errlen)
{
    char host[256], service[16];
    split_listen(address, host, sizeof host, service, sizeof service);
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_PASSIVE | AI_NUMERICSERV};
    struct addrinfo *res = NULL;
    int rc = getaddrinfo(host, service, &hints, &res);
    if (rc != 0) {
        snprintf(err, errlen, "cannot resolve %s: %s", address, gai_strerror(rc));
        return -1;
    }
    int fd = -1;
    for (struct addrinfo *ai = res; ai && fd < 0; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        int one = 1;
        if (fd >= 0 && (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
                        bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(fd, 128) != 0)) {
            snprintf(err, errlen, "cannot listen on %s: %m", address);
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(res);
    struct sockaddr_storage bound;
    socklen_t len = sizeof bound;
    if (fd >= 0 && getsockname(fd, (struct sockaddr *)&bound, &len) == 0)
        *port = ntohs(bound.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&bound)->sin6_port
                                                  : ((struct sockaddr_in *)&bound)->sin_port);
    return fd;
}


static enum MHD_Result send_reply(struct MHD_Connection *conn, const http_call *c)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(c->body_len, (void *)c->body,
                                                             MHD_RESPMEM_MUST_COPY);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, c->media_type);
    MHD_add_response_header(r, MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    /* images may be SVG: never let one run anything */
    MHD_add_response_header(r, "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    if (c->cache_control)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, c->cache_control);
    if (c->status == 405)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    enum MHD_Result ok = MHD_queue_response(conn, (unsigned)c->status, r);
    MHD_destroy_response(r);
    return ok;
}

static void dispatch(http_server *s, struct MHD_Connection *conn, const char *method,
                     const char *path, http_call *c)
{
    c->base_url = s->base_url;
    c->master_key = s->master_key;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    c->now_us = (int64_t)now.tv_sec * 1000000 + now.tv_nsec / 1000 + s->clock_offset_us;
    c->pool = s->pool;
    c->wants_plain_json = http_accept_prefers_json(
        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT));
    if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 && strcmp(method, MHD_HTTP_METHOD_HEAD) != 0) {
        http_reply_error(c, 405, "only GET and HEAD are allowed");
        return;
    }
    const http_route *route = http_route_match(c->arena, path, &c->param);
    if (!route) {
        http_reply_error(c, 404, "not found");
        return;
    }
    c->route_arg = route->arg;
    route->handler(c);
    if (!c->status) /* a handler that forgot to reply is a bug, not a hang */
        http_reply_error(c, 500, "internal error");
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **state)
{
    (void)version;
    (void)upload_data;
    static int headers_seen;
    if (*state == NULL) { /* the first call has the headers; the reply comes on the next */
        *state = &headers_seen;
        return MHD_YES;
    }
    if (*upload_data_size) { /* a body is never needed: drop it */
        *upload_data_size = 0;
        return MHD_YES;
    }
    http_server *s = cls;
    int64_t start = monotonic_us();
    http_call c = {0};
    c.arena = arena_create();
    eb_error_init(&c.error, c.arena);
    dispatch(s, conn, method, url, &c);
    if (c.db)
        db_pool_release(s->pool, c.db);
    enum MHD_Result ok = send_reply(conn, &c);
    if (log_enabled(LOG_DEBUG))
        log_json(LOG_DEBUG, json_pack("{s:s, s:s, s:s, s:i, s:f}", "event", "http", "method", method,
                                      "path", url, "status", c.status, "duration_ms",
                                      (double)(monotonic_us() - start) / 1000.0));
    arena_destroy(c.arena);
    return ok;
}

static size_t unescape(void *cls, struct MHD_Connection *conn, char *s)
{
    (void)cls;
    (void)conn;
    return http_path_unescape(s);
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    msg[strcspn(msg, "\n")] = '\0';
    log_json(LOG_WARN, json_pack("{s:s, s:s}", "event", "http_server", "message", msg));
}

/* http://{host}:{port} of the listen address, loopback for a wildcard host. */
static void default_base_url(const char *listen, int port, char *out, size_t len)
{
    char host[256], service[16];
    split_listen(listen, host, sizeof host, service, sizeof service);
    if (strcmp(host, "0.0.0.0") == 0 || strcmp(host, "") == 0)
        snprintf(host, sizeof host, "127.0.0.1");
    else if (strcmp(host, "::") == 0)
        snprintf(host, sizeof host, "::1");
    bool v6 = strchr(host, ':') != NULL;
    snprintf(out, len, "http://%s%s%s:%d", v6 ? "[" : "", host, v6 ? "]" : "", port);
}

http_server *http_server_start(const http_config *c, char *err, size_t errlen)
{
    http_server *s = calloc(1, sizeof *s);
    if (!s)
        abort();
    s->listen_fd = bind_listen_socket(c->listen, &s->port, err, errlen);
    if (s->listen_fd < 0) {
        free(s);
        return NULL;
    }
    if (c->public_base_url && *c->public_base_url)
        snprintf(s->base_url, sizeof s->base_url, "%s", c->public_base_url);
    else
        default_base_url(c->listen, s->port, s->base_url, sizeof s->base_url);
    int threads = c->threads > 0 ? c->threads : 2;
    s->master_key = c->master_key;
    s->clock_offset_us = c->clock_offset_us;
    s->pool = db_pool_create(c->database_url, c->statement_timeout_ms, threads);
    s->daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG | MHD_USE_AUTO, 0, NULL,
        NULL, on_request, s, MHD_OPTION_LISTEN_SOCKET, s->listen_fd, MHD_OPTION_THREAD_POOL_SIZE,
        (unsigned)threads, MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_CONNECTION_LIMIT, 1000u,
        MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL, MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
        MHD_OPTION_END);
    if (!s->daemon) {
        snprintf(err, errlen, "cannot start the HTTP server on %s", c->listen);
        close(s->listen_fd);
        db_pool_destroy(s->pool);
        free(s);
        return NULL;
    }
    return s;
}

int http_server_port(const http_server *s) { return s->port; }

const char *http_server_base_url(const http_server *s) { return s->base_url; }

void http_server_quiesce(http_server *s)
{
    if (s && s->listen_fd >= 0 && MHD_quiesce_daemon(s->daemon) >= 0) {
        close(s->listen_fd);
        s->listen_fd = -1;
    }
}

void http_server_stop(http_server *s)
{
    if (!s)
        return;
    /* joins the threads, so no request is in flight after it; closes the listen socket
     * unless http_server_quiesce took it back */
    MHD_stop_daemon(s->daemon);
    db_pool_destroy(s->pool);
    free(s);
}
