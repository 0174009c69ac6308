/* An institution's eppn pattern compiled once for checking many eppns: a POSIX extended
 * regular expression that an eppn must match as a whole, without regard to case. */
#ifndef EDUBADGES_EPPN_PATTERN_H
#define EDUBADGES_EPPN_PATTERN_H

#include <regex.h>
#include <stdbool.h>

typedef struct eppn_matcher {
    bool any; /* no pattern: every eppn matches */
    bool compiled;
    regex_t re;
} eppn_matcher;

/* Why a pattern is refused before it is compiled, or NULL: {m,n} repetition (a short
 * pattern that compiles to gigabytes), back-references (exponential matching), an open
 * bracket expression or unbalanced parentheses (which would escape the ^(...)$ put
 * around the pattern). */
const char *eppn_pattern_problem(const char *pattern);
/* False when the pattern is refused or does not compile (then nothing matches). */
bool eppn_matcher_init(eppn_matcher *m, const char *pattern);
bool eppn_matcher_match(const eppn_matcher *m, const char *eppn);
void eppn_matcher_free(eppn_matcher *m);

#endif
