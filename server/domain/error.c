/* Error values of the domain and store layers. */
#include "error.h"

#include <stdarg.h>
#include <string.h>

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
    e->message = arena_vsprintf(e->arena, fmt, ap);
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
    v->description = arena_vsprintf(e->arena, fmt, ap);
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
