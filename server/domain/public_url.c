/* Public base URL checks. */
#include "public_url.h"

#include <stdio.h>
#include <string.h>

static bool loopback(const char *host, size_t n)
{
    static const char *const names[] = {"localhost", "127.0.0.1", "[::1]"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (n == strlen(names[i]) && strncmp(host, names[i], n) == 0)
            return true;
    return false;
}

/* The length of host[:port] at s: a host of letters, digits, '-', '.', or a bracketed
 * IPv6 address, then optionally ':' and 1 to 5 digits; 0 when malformed. */
static size_t authority_length(const char *s, size_t *host_len)
{
    size_t n = 0;
    if (s[0] == '[') {
        n = strspn(s + 1, "0123456789abcdefABCDEF:.") + 1;
        if (s[n] != ']')
            return 0;
        n++;
    } else {
        n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.");
    }
    *host_len = n;
    if (n == 0 || s[0] == '.' || s[0] == '-')
        return 0;
    if (s[n] == ':') {
        size_t digits = strspn(s + n + 1, "0123456789");
        if (digits == 0 || digits > 5)
            return 0;
        n += 1 + digits;
    }
    return s[n] == '\0' || s[n] == '/' ? n : 0;
}

bool public_base_url_normalize(const char *url, char *out, size_t outlen, const char **why)
{
    size_t len = url ? strlen(url) : 0;
    if (len == 0 || len > PUBLIC_BASE_URL_MAX || len >= outlen) {
        *why = "must be a URL of 1 to 512 characters";
        return false;
    }
    for (size_t i = 0; i < len; i++)
        if (url[i] <= ' ' || url[i] > '~' || url[i] == '?' || url[i] == '#' || url[i] == '@') {
            *why = "must be printable ASCII without spaces, user info, query or fragment";
            return false;
        }
    bool https = strncmp(url, "https://", 8) == 0;
    const char *authority = url + (https ? 8 : 7);
    if (!https && strncmp(url, "http://", 7) != 0) {
        *why = "must start with https://";
        return false;
    }
    size_t host_len = 0;
    if (authority_length(authority, &host_len) == 0) {
        *why = "must name a host (and optionally a port from 1 to 5 digits)";
        return false;
    }
    if (!https && !loopback(authority, host_len)) {
        *why = "must use https (plain http only for localhost, 127.0.0.1 or [::1])";
        return false;
    }
    while (len > 0 && url[len - 1] == '/')
        len--;
    snprintf(out, outlen, "%.*s", (int)len, url);
    return true;
}
