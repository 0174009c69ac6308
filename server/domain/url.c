/* URL checks for links stored in resources. */
#include "url.h"

#include <string.h>
#include <strings.h>

#include "text.h"
#include "utf8.h"

static bool host_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '.' || c == ':' || c == '[' || c == ']';
}

void check_http_url(eb_error *e, const char *field, const char *s, bool required)
{
    if (text_empty(s)) {
        if (required)
            eb_violate(e, field, "is required");
        return;
    }
    size_t n = strlen(s);
    if (n > EB_URL_MAX || !utf8_valid(s, n)) {
        eb_violate(e, field, "must be a valid URL of at most %d bytes", EB_URL_MAX);
        return;
    }
    const char *rest;
    if (strncasecmp(s, "https://", 8) == 0)
        rest = s + 8;
    else if (strncasecmp(s, "http://", 7) == 0)
        rest = s + 7;
    else {
        eb_violate(e, field, "must be an http or https URL");
        return;
    }
    size_t host_len = 0;
    while (rest[host_len] && rest[host_len] != '/' && rest[host_len] != '?' && rest[host_len] != '#') {
        if (!host_char(rest[host_len])) {
            eb_violate(e, field, "must have a valid host name");
            return;
        }
        host_len++;
    }
    if (host_len == 0 || rest[0] == '.' || rest[0] == ':') {
        eb_violate(e, field, "must have a host");
        return;
    }
    for (const char *p = s; *p; p++) {
        if ((unsigned char)*p <= 0x20 || *p == 0x7f) {
            eb_violate(e, field, "must not contain spaces or control characters");
            return;
        }
    }
}
