/* Reading the Accept header: media ranges with their q parameters. */
#include "media_type.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define SPACE " \t"

/* The q parameter of a media range's parameters ("; q=0.5; ..."), in thousandths; -1
 * when it is malformed (the range is then ignored). */
static int quality_of(const char *params, size_t len)
{
    const char *end = params + len;
    for (const char *p = params; p < end; p++) {
        if (*p != ';')
            continue;
        p += 1 + strspn(p + 1, SPACE);
        if (end - p < 2 || (p[0] != 'q' && p[0] != 'Q') || p[1] != '=')
            continue;
        p += 2;
        if (p >= end || (*p != '0' && *p != '1'))
            return -1;
        int q = (*p++ - '0') * 1000, scale = 100;
        if (p < end && *p == '.')
            for (p++; p < end && isdigit((unsigned char)*p) && scale > 0; p++, scale /= 10)
                q += (*p - '0') * scale;
        return q <= 1000 && (p == end || strchr(SPACE ";", *p)) ? q : -1;
    }
    return 1000;
}

/* How specifically the range (len bytes) matches type: 3 exactly, 2 by type/ *, 1 by
 * * / *, 0 not at all. */
static int specificity(const char *range, size_t len, const char *type)
{
    size_t major = (size_t)(strchr(type, '/') - type);
    if (len == strlen(type) && strncasecmp(range, type, len) == 0)
        return 3;
    if (len == major + 2 && strncasecmp(range, type, major + 1) == 0 && range[major + 1] == '*')
        return 2;
    return len == 3 && strncmp(range, "*/*", 3) == 0 ? 1 : 0;
}

/* The quality the header gives type, in thousandths. */
static int quality(const char *accept, const char *type)
{
    int best = 0, q = 0;
    for (const char *p = accept; *p;) {
        size_t len = strcspn(p, ",");
        const char *range = p + strspn(p, SPACE);
        size_t range_len = strcspn(range, SPACE ";,");
        int s = range < p + len ? specificity(range, range_len, type) : 0;
        int range_q = quality_of(range + range_len, (size_t)(p + len - range - range_len));
        if (s > best && range_q >= 0) {
            best = s;
            q = range_q;
        }
        p += len + (p[len] == ',');
    }
    return q;
}

bool http_accept_prefers_json(const char *accept)
{
    return accept && quality(accept, "application/json") > quality(accept, "application/ld+json");
}
