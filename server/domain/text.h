/* Text rules shared by every resource: UTF-8, control characters, lengths, trimming. */
#ifndef EDUBADGES_TEXT_H
#define EDUBADGES_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

typedef enum {
    TEXT_SINGLE_LINE = 0, /* no control characters at all */
    TEXT_MULTILINE = 1,   /* line feed, carriage return and tab allowed */
} text_kind;

/* Records a violation for field when s is invalid UTF-8, holds a control character that
 * kind does not allow, or is longer than max_chars code points. NULL counts as "". */
void check_text(eb_error *e, const char *field, const char *s, size_t max_chars, text_kind kind);
/* check_text plus: required (non-empty after trimming). */
void check_required_text(eb_error *e, const char *field, const char *s, size_t max_chars,
                         text_kind kind);

/* A copy without leading and trailing ASCII white space. */
char *text_trim(arena *a, const char *s);
/* A copy with ASCII letters lower-cased (or upper-cased). */
char *text_ascii_lower(arena *a, const char *s);
char *text_ascii_upper(arena *a, const char *s);
bool text_empty(const char *s);
/* A stable error reason from a prefix and a state code: ("DIRECT_AWARD", "expired") gives
 * "DIRECT_AWARD_EXPIRED". */
char *text_reason(arena *a, const char *prefix, const char *code);

#endif
