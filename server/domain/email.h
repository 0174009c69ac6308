/* E-mail addresses: a conservative syntax check and normalisation (trimmed, lower-case). */
#ifndef EDUBADGES_EMAIL_H
#define EDUBADGES_EMAIL_H

#include <stdbool.h>

#include "error.h"

#define EMAIL_MAX 254

char *email_normalize(arena *a, const char *s);
/* Records a violation unless s is local@domain with a dotted domain, at most 254 bytes. */
void check_email(eb_error *e, const char *field, const char *s, bool required);

#endif
