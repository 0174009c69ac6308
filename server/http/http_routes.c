/* The route table of the public HTTP side and its matcher. */
#include "http_routes.h"

#include <string.h>

#include "eu_microcredential.h"
#include "ob2.h"

static const http_route http_routes[] = {
    /* Open Badges 2.0 hosted verification */
    {OB2_ISSUERS_PATH "{id}", ob2_issuer_handler, NULL},
    {OB2_ISSUERS_PATH "{id}" OB2_IMAGE_SUFFIX, issuer_image_handler, NULL},
    {OB2_BADGE_CLASSES_PATH "{id}", ob2_badge_class_handler, NULL},
    {OB2_BADGE_CLASSES_PATH "{id}" OB2_IMAGE_SUFFIX, badge_class_image_handler, NULL},
    {OB2_ASSERTIONS_PATH "{id}", ob2_assertion_handler, NULL},
    /* Open Badges 3.0: issuer controller documents, keys, JWK Sets, status lists, achievements */
    {"/ob3/issuers/{id}", ob3_document_handler, &(const ob3_route_path){"/ob3/issuers/", ""}},
    {"/ob3/issuers/{id}/jwks.json", ob3_document_handler, &(const ob3_route_path){"/ob3/issuers/", "/jwks.json"}},
    {"/ob3/keys/{id}", ob3_document_handler, &(const ob3_route_path){"/ob3/keys/", ""}},
    {"/ob3/status-lists/{id}", ob3_document_handler, &(const ob3_route_path){"/ob3/status-lists/", ""}},
    {"/.well-known/jwks.json", ob3_document_handler, &(const ob3_route_path){"/.well-known/jwks.json", ""}},
    {"/ob3/achievements/{id}", ob3_achievement_handler, NULL},
    /* our JSON-LD contexts */
    {EUMC_CONTEXT_PATH, bundled_context_handler, EUMC_CONTEXT_URL},
};

#define PARAM "{id}"
#define PARAM_MAX 64

static bool param_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '-' || ch == '_';
}

/* Whether path matches pattern; the parameter's position and length when it has one. */
static bool matches(const char *pattern, const char *path, size_t *param_at, size_t *param_len)
{
    const char *brace = strstr(pattern, PARAM);
    if (!brace)
        return strcmp(pattern, path) == 0;
    size_t prefix = (size_t)(brace - pattern);
    if (strncmp(pattern, path, prefix) != 0)
        return false;
    size_t n = 0;
    while (param_char(path[prefix + n]) && n <= PARAM_MAX)
        n++;
    if (n == 0 || n > PARAM_MAX)
        return false;
    *param_at = prefix;
    *param_len = n;
    return strcmp(brace + strlen(PARAM), path + prefix + n) == 0;
}

static int hex_value(char ch)
{
    return ch >= '0' && ch <= '9' ? ch - '0'
           : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
           : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                    : -1;
}

size_t http_path_unescape(char *s)
{
    char *out = s;
    for (const char *in = s; *in; in++) {
        int hi = in[0] == '%' ? hex_value(in[1]) : -1, lo = hi >= 0 ? hex_value(in[2]) : -1;
        if (lo >= 0 && (hi || lo)) {
            *out++ = (char)(hi * 16 + lo);
            in += 2;
        } else {
            *out++ = *in;
        }
    }
    *out = '\0';
    return (size_t)(out - s);
}

const http_route *http_route_match(arena *a, const char *path, const char **param)
{
    *param = NULL;
    for (size_t i = 0; i < sizeof http_routes / sizeof *http_routes; i++) {
        size_t at = 0, len = 0;
        if (matches(http_routes[i].pattern, path, &at, &len)) {
            if (len)
                *param = arena_strndup(a, path + at, len);
            return &http_routes[i];
        }
    }
    return NULL;
}
