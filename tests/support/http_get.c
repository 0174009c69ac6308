/* Plain-socket HTTP/1.0 GET for the tests. */
#include "http_get.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

http_reply http_get(const char *url) { return http_get_accepting(url, NULL); }

http_reply http_get_accepting(const char *url, const char *accept)
{
    http_reply r = {0};
    int port = 0;
    char path[1024] = "/";
    if (sscanf(url, "http://127.0.0.1:%d%1023s", &port, path) < 1)
        return r;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        if (fd >= 0)
            close(fd);
        return r;
    }
    char req[1400];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n%s%.200s%s\r\n", path,
                     accept ? "Accept: " : "", accept ? accept : "", accept ? "\r\n" : "");
    if (write(fd, req, (size_t)n) != n) {
        close(fd);
        return r;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    ssize_t got;
    while ((got = read(fd, buf + len, cap - len - 1)) > 0) {
        len += (size_t)got;
        if (len + 1 == cap)
            buf = realloc(buf, cap *= 2);
    }
    close(fd);
    buf[len] = '\0';
    char *body = strstr(buf, "\r\n\r\n");
    if (!body || sscanf(buf, "HTTP/1.%*d %d", &r.status) != 1) {
        free(buf);
        return r;
    }
    *body = '\0';
    char *ct = strcasestr(buf, "\r\nContent-Type: ");
    if (ct)
        sscanf(ct + 16, "%127[^\r]", r.content_type);
    r.body_len = len - (size_t)(body + 4 - buf);
    r.body = malloc(r.body_len + 1);
    memcpy(r.body, body + 4, r.body_len + 1);
    free(buf);
    return r;
}

void http_reply_free(http_reply *r)
{
    free(r->body);
    r->body = NULL;
}
