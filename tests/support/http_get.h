/* A minimal HTTP/1.0 GET over a plain socket for integration tests of the public HTTP
 * side (no client library, so the test shares nothing with the server's HTTP code). */
#ifndef EDUBADGES_TEST_HTTP_GET_H
#define EDUBADGES_TEST_HTTP_GET_H

#include <stddef.h>

typedef struct http_reply {
    int status;          /* 0 when the request failed */
    char content_type[128];
    char *body;          /* malloc'd, NUL-terminated */
    size_t body_len;
} http_reply;

/* GET url ("http://127.0.0.1:port/path"); free with http_reply_free. */
http_reply http_get(const char *url);
/* The same with an Accept header (none when accept is NULL). */
http_reply http_get_accepting(const char *url, const char *accept);
void http_reply_free(http_reply *r);

#endif
