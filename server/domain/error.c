/* Error values of the domain and store layers. */
#include "error.h"

#include <stdarg.h>
#include <string.h>

#define ELLIPSIS "\xe2\x80\xa6" /* U+2026 */

/* Cuts s (of len bytes, at least max of them writable) in place to at most max bytes
 * (max > 3), ending in an ellipsis when cut. */
static char *cut(char *s, size_t len, size_t max)
{
    if (len <= max)
        return s;
    size_t n = max - (sizeof ELLIPSIS - 1);
    /* back to the lead byte of a cut character; at most 3 continuation bytes */
    for (int k = 0; k < 3 && n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80; k++)
        n--;
    memcpy(s + n, ELLIPSIS, sizeof ELLIPSIS);
    return s;
}

__attribute__((format(printf, 3, 0))) static char *bounded(arena *a, size_t max,
                                                           const char *fmt, va_list ap)
{
    char *s = arena_vsprintf(a, fmt, ap);
    return cut(s, strlen(s), max);
}

const char *eb_excerpt(arena *a, const char *s, size_t max)
{
    size_t len = strlen(s);
    return len <= max ? s : cut(arena_strndup(a, s, max), len, max);
}

void eb_error_init(eb_error *e, arena *a)
{
    memset(e, 0, sizeof *e);
    e->arena = a;
}

eb_code eb_fail(eb_error *e, eb_code code, const char *reason, const char *fmt, ...)
{
    if (e->code != EB_OK)
        return e->code;
    va_list ap;
    va_start(ap, fmt);
    e->message = bounded(e->arena, EB_MESSAGE_MAX, fmt, ap);
    va_end(ap);
    e->code = code;
    e->reason = reason;
    return code;
}

void eb_violate(eb_error *e, const char *field, const char *fmt, ...)
{
    if (e->n_violations++ >= EB_MAX_LISTED_VIOLATIONS)
        return;
    eb_violation *v = arena_alloc(e->arena, sizeof *v);
    v->field = arena_strdup(e->arena, field);
    va_list ap;
    va_start(ap, fmt);
    v->description = bounded(e->arena, EB_DESCRIPTION_MAX, fmt, ap);
    va_end(ap);
    eb_violation **tail = &e->violations; /* no tail pointer: an eb_error may be copied */
    while (*tail)
        tail = &(*tail)->next;
    *tail = v;
}

eb_code eb_finish_validation(eb_error *e)
{
    if (e->n_violations == 0)
        return EB_OK;
    if (e->n_violations == 1)
        return eb_fail(e, EB_INVALID_ARGUMENT, "INVALID_ARGUMENT", "%s: %s",
                       e->violations->field, e->violations->description);
    if (e->n_violations > EB_MAX_LISTED_VIOLATIONS)
        return eb_fail(e, EB_INVALID_ARGUMENT, "INVALID_ARGUMENT",
                       "%d fields are invalid; the first %d are listed in the field violations",
                       e->n_violations, EB_MAX_LISTED_VIOLATIONS);
    return eb_fail(e, EB_INVALID_ARGUMENT, "INVALID_ARGUMENT",
                   "%d fields are invalid; see the field violations", e->n_violations);
}

bool eb_has_violation(const eb_error *e, const char *field)
{
    for (const eb_violation *v = e->violations; v; v = v->next)
        if (strcmp(v->field, field) == 0)
            return true;
    return false;
}
