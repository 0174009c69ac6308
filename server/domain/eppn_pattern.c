/* Eppn patterns: the checks that keep them cheap and anchored, and matching. */
#include "eppn_pattern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The end of the bracket expression that starts at p ('['), or NULL when it is open. */
static const char *bracket_end(const char *p)
{
    p++;
    if (*p == '^')
        p++;
    if (*p == ']')
        p++; /* a leading ']' is a member */
    for (; *p && *p != ']'; p++) {
        if (*p == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
            const char close[3] = {p[1], ']', '\0'};
            const char *end = strstr(p + 2, close);
            if (!end)
                return NULL;
            p = end + 1;
        }
    }
    return *p ? p : NULL;
}

const char *eppn_pattern_problem(const char *p)
{
    int depth = 0;
    for (; *p; p++) {
        if (*p == '\\') {
            if (!*++p)
                break; /* regcomp refuses a trailing backslash */
            if (*p >= '1' && *p <= '9')
                return "must not use back-references such as \\1";
        } else if (*p == '[') {
            if (!(p = bracket_end(p)))
                return "must close every bracket expression [...]";
        } else if (*p == '{') {
            return "must not use {m,n} repetition; write it out or use *, + or ?";
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')' && --depth < 0) {
            break;
        }
    }
    return depth == 0 ? NULL : "must have balanced parentheses (escape a literal one as \\( or \\))";
}

bool eppn_matcher_init(eppn_matcher *m, const char *pattern)
{
    m->any = !pattern || !*pattern;
    m->compiled = false;
    if (m->any)
        return true;
    if (eppn_pattern_problem(pattern))
        return false;
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
