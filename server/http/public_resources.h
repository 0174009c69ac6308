/* Loading what the public routes show, through the store, with the rules of ob2.h: each
 * returns false after replying (404 when unknown or not public, 5xx on failures). */
#ifndef EDUBADGES_PUBLIC_RESOURCES_H
#define EDUBADGES_PUBLIC_RESOURCES_H

#include "badge_class.h"
#include "faculty.h"
#include "http_call.h"
#include "issuer.h"

/* The issuer named by the route's {id}, when public. */
bool load_public_issuer(http_call *c, eb_issuer *out);
/* The badge class id (and its faculty), when public. */
bool load_public_badge_class(http_call *c, const char *id, eb_badge_class *out, eb_faculty *faculty);
/* The badge class and its faculty, public or not (for deciding about an assertion). */
bool load_badge_class(http_call *c, const char *id, eb_badge_class *out, eb_faculty *faculty);

#endif
