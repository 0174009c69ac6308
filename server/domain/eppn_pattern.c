/* Eppn patterns compiled once. */
#include "eppn_pattern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool eppn_matcher_init(eppn_matcher *m, const char *pattern)
{
    m->any = !pattern || !*pattern;
    m->compiled = false;
    if (m->any)
        return true;
    size_t size = strlen(pattern) + sizeof "^()$";
    char *anchored = malloc(size);
    if (!anchored)
        abort();
    snprintf(anchored, size, "^(%s)$", pattern);
    m->compiled = regcomp(&m->re, anchored, REG_EXTENDED | REG_NOSUB | REG_ICASE) == 0;
    free(anchored);
    return m->compiled;
}

bool eppn_matcher_match(const eppn_matcher *m, const char *eppn)
{
    return m->any || (m->compiled && regexec(&m->re, eppn, 0, NULL, 0) == 0);
}

void eppn_matcher_free(eppn_matcher *m)
{
    if (m->compiled)
        regfree(&m->re);
    m->compiled = false;
}
