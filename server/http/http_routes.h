/* The public HTTP routes: one table entry per document kind. A pattern is a literal path
 * with at most one "{id}" segment (letters, digits, '-' and '_', 1 to 64 of them); the
 * handler gets that segment as call->param and the entry's arg as call->route_arg. Add a
 * route by adding one entry to http_routes in http_routes.c. */
#ifndef EDUBADGES_HTTP_ROUTES_H
#define EDUBADGES_HTTP_ROUTES_H

#include "http_call.h"

typedef void (*http_handler)(http_call *c);

typedef struct http_route {
    const char *pattern;
    http_handler handler;
    const void *arg;
} http_route;

/* Decodes the %HH escapes of a request path in place, except "%00": a NUL inside would cut
 * the path short, so that "/public/assertions/{id}%00anything" would alias the document.
 * Returns the new length (the MHD_OPTION_UNESCAPE_CALLBACK contract). */
size_t http_path_unescape(char *s);

/* The route matching path (with its parameter in *param, in the arena), or NULL. */
const http_route *http_route_match(arena *a, const char *path, const char **param);

/* The handlers, one file each. */
void ob2_issuer_handler(http_call *c);            /* ob2_issuer_route.c */
void ob2_badge_class_handler(http_call *c);       /* ob2_badge_class_route.c */
void ob2_assertion_handler(http_call *c);         /* ob2_assertion_route.c */
void issuer_image_handler(http_call *c);          /* image_route.c */
void badge_class_image_handler(http_call *c);     /* image_route.c */
void bundled_context_handler(http_call *c);       /* context_route.c; arg: the context URL */
void ob3_document_handler(http_call *c);          /* ob3_route.c; arg: an ob3_route_path */
void ob3_achievement_handler(http_call *c);       /* ob3_achievement_route.c */

/* The path of an Open Badges 3.0 document route: prefix + {id} + suffix. */
typedef struct ob3_route_path {
    const char *prefix, *suffix;
} ob3_route_path;

#endif
