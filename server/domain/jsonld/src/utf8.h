/* Internal: UTF-8 encoding of code points. */
#ifndef EDUBADGES_JL_UTF8_H
#define EDUBADGES_JL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Writes cp as UTF-8 into out (4 bytes room); returns the byte count, 0 if cp
 * is not a Unicode scalar value. */
size_t utf8_encode(uint32_t cp, char *out);

#endif
