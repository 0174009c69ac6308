/* UTF-8 well-formedness and length. */
#ifndef EDUBADGES_UTF8_H
#define EDUBADGES_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Whether s[0..n) is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF). */
bool utf8_valid(const char *s, size_t n);
/* Number of code points of a valid UTF-8 string. */
size_t utf8_length(const char *s);

#endif
