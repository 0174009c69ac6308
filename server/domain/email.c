/* E-mail addresses. The local part may hold UTF-8 (internationalised addresses); the
 * domain must be an ASCII domain name. */
#include "email.h"

#include <string.h>

#include "institution.h"
#include "text.h"

char *email_normalize(arena *a, const char *s) { return text_ascii_lower(a, text_trim(a, s)); }

static bool local_part_valid(const char *s, size_t n)
{
    if (n == 0 || n > 64 || s[0] == '.' || s[n - 1] == '.')
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c == 0x7f || strchr("()<>[]:;@\\,\"", c) || (c == '.' && s[i + 1] == '.'))
            return false;
    }
    return true;
}

void check_email(eb_error *e, const char *field, const char *s, bool required)
{
    if (text_empty(s)) {
        if (required)
            eb_violate(e, field, "is required");
        return;
    }
    const char *at = strrchr(s, '@');
    if (strlen(s) > EMAIL_MAX || !at || !local_part_valid(s, (size_t)(at - s)) ||
        !institution_domain_valid(at + 1))
        eb_violate(e, field, "must be an e-mail address such as \"badges@uu.nl\"");
}
