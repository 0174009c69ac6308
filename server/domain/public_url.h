/* The public base URL under which the hosted documents are published. */
#ifndef EDUBADGES_PUBLIC_URL_H
#define EDUBADGES_PUBLIC_URL_H

#include <stdbool.h>
#include <stddef.h>

#define PUBLIC_BASE_URL_MAX 512

/* Checks url and writes its normal form (trailing slashes removed) to out; false with a
 * reason in why. Accepted: https://host[:port][/path], at most PUBLIC_BASE_URL_MAX bytes,
 * printable ASCII, without user info, query or fragment; plain http only for a loopback
 * host (localhost, 127.0.0.1, [::1]), for local runs. */
bool public_base_url_normalize(const char *url, char *out, size_t outlen, const char **why);

#endif
