/* URLs of the Open Badges 3.0 public documents. */
#include "ob3_urls.h"

#include <sodium.h>
#include <string.h>

#include "ids.h"

char *ob3_issuer_url(arena *a, const char *base, const char *issuer_id)
{
    return arena_sprintf(a, "%s/ob3/issuers/%s", base, issuer_id);
}

char *ob3_issuer_jwks_url(arena *a, const char *base, const char *issuer_id)
{
    return arena_sprintf(a, "%s/ob3/issuers/%s/jwks.json", base, issuer_id);
}

char *ob3_key_url(arena *a, const char *base, const char *key_id)
{
    return arena_sprintf(a, "%s/ob3/keys/%s", base, key_id);
}

char *ob3_status_list_url(arena *a, const char *base, const char *list_id)
{
    return arena_sprintf(a, "%s/ob3/status-lists/%s", base, list_id);
}

char *ob3_achievement_url(arena *a, const char *base, const char *badge_class_id)
{
    return arena_sprintf(a, "%s/ob3/achievements/%s", base, badge_class_id);
}

char *ob3_jwks_url(arena *a, const char *base) { return arena_sprintf(a, "%s/.well-known/jwks.json", base); }

/* The id at *p (22 characters) followed by end or '/'; advances *p past it. */
static char *take_id(arena *a, const char **p)
{
    if (strnlen(*p, EB_ID_LENGTH) < EB_ID_LENGTH)
        return NULL;
    char *id = arena_strndup(a, *p, EB_ID_LENGTH);
    if (!eb_valid_id(id))
        return NULL;
    *p += EB_ID_LENGTH;
    return id;
}

ob3_url ob3_path_parse(arena *a, const char *path)
{
    ob3_url u = {OB3_URL_NONE, NULL};
    const char *p = path;
    if (strcmp(p, "/.well-known/jwks.json") == 0) {
        u.kind = OB3_URL_JWKS;
        return u;
    }
    static const struct {
        const char *prefix;
        ob3_url_kind kind;
    } routes[] = {{"/ob3/issuers/", OB3_URL_ISSUER},
                  {"/ob3/keys/", OB3_URL_KEY},
                  {"/ob3/status-lists/", OB3_URL_STATUS_LIST},
                  {"/ob3/achievements/", OB3_URL_ACHIEVEMENT}};
    for (size_t i = 0; i < sizeof routes / sizeof *routes; i++) {
        size_t n = strlen(routes[i].prefix);
        if (strncmp(p, routes[i].prefix, n) != 0)
            continue;
        p += n;
        char *id = take_id(a, &p);
        if (!id)
            return u;
        if (routes[i].kind == OB3_URL_ISSUER && strcmp(p, "/jwks.json") == 0)
            u.kind = OB3_URL_ISSUER_JWKS;
        else if (*p == '\0')
            u.kind = routes[i].kind;
        if (u.kind != OB3_URL_NONE)
            u.id = id;
        return u;
    }
    return u;
}

/* The length of base's scheme and authority ("https://host:port"). */
static size_t origin_length(const char *base)
{
    const char *authority = strstr(base, "://");
    return authority ? (size_t)(authority + 3 - base) + strcspn(authority + 3, "/") : 0;
}

ob3_url ob3_url_parse(arena *a, const char *base, const char *url)
{
    ob3_url none = {OB3_URL_NONE, NULL};
    size_t n = strlen(base), origin = origin_length(base);
    if (url && origin < n && strncmp(url, base, origin) == 0 && strcmp(url + origin, "/.well-known/jwks.json") == 0)
        return (ob3_url){OB3_URL_JWKS, NULL}; /* where verifiers look, whatever the base's path */
    if (!url || strncmp(url, base, n) != 0 || url[n] != '/')
        return none;
    const char *hash = strchr(url + n, '#');
    char *path = hash ? arena_strndup(a, url + n, (size_t)(hash - (url + n))) : arena_strdup(a, url + n);
    return ob3_path_parse(a, path);
}

char *ob3_urn_uuid(arena *a, const char *public_id)
{
    uint8_t b[16] = {0};
    size_t len = 0;
    sodium_base642bin(b, sizeof b, public_id, strlen(public_id), NULL, &len, NULL,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    b[6] = (uint8_t)((b[6] & 0x0f) | 0x40);
    b[8] = (uint8_t)((b[8] & 0x3f) | 0x80);
    return arena_sprintf(a,
                         "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                         b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
                         b[13], b[14], b[15]);
}
