/* Replies of route handlers and their database connection. */
#include "http_call.h"

#include <stdlib.h>
#include <string.h>

#include "log.h"

db *http_call_db(http_call *c)
{
    if (c->db)
        return c->db;
    char err[256] = "";
    c->db = db_pool_acquire(c->pool, err, sizeof err);
    if (!c->db) {
        log_json(LOG_ERROR, json_pack("{s:s, s:s}", "event", "http_database_unavailable", "error", err));
        http_reply_error(c, 503, "the service is unavailable; try again later");
        return NULL;
    }
    if (db_set_timeout(c->db, -1, &c->error) != EB_OK) {
        http_reply_store_error(c);
        return NULL;
    }
    return c->db;
}

static void reply_json(http_call *c, int status, const char *media_type, json_t *doc)
{
    char *text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(doc);
    c->status = status;
    c->media_type = media_type;
    c->body = text ? arena_strdup(c->arena, text) : "{}";
    c->body_len = strlen(c->body);
    free(text);
}

void http_reply_document(http_call *c, int status, json_t *doc)
{
    reply_json(c, status, c->wants_plain_json ? "application/json" : "application/ld+json", doc);
}

void http_reply_bytes(http_call *c, const char *media_type, const void *data, size_t len,
                      const char *cache_control)
{
    c->status = 200;
    c->media_type = media_type;
    c->body = data;
    c->body_len = len;
    c->cache_control = cache_control;
}

void http_reply_error(http_call *c, int status, const char *message)
{
    reply_json(c, status, "application/json", json_pack("{s:s}", "error", message));
}

void http_reply_store_error(http_call *c)
{
    switch (c->error.code) {
    case EB_NOT_FOUND:
        http_reply_error(c, 404, "not found");
        break;
    case EB_UNAVAILABLE:
    case EB_DEADLINE_EXCEEDED:
    case EB_CANCELLED:
        http_reply_error(c, 503, "the service is unavailable; try again later");
        break;
    default:
        log_json(LOG_ERROR, json_pack("{s:s, s:s}", "event", "http_store_error", "error",
                                      c->error.message ? c->error.message : ""));
        http_reply_error(c, 500, "internal error");
    }
}
