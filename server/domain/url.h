/* URL checks for links stored in resources. */
#ifndef EDUBADGES_URL_H
#define EDUBADGES_URL_H

#include "error.h"

#define EB_URL_MAX 2048

/* Records a violation unless s is an absolute http or https URL with a host, without
 * spaces or control characters, at most EB_URL_MAX bytes. Empty is allowed unless required. */
void check_http_url(eb_error *e, const char *field, const char *s, bool required);

#endif
