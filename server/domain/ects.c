/* ECTS credits as exact decimals. */
#include "ects.h"

bool ects_parse(const char *s, int *tenths)
{
    int whole = 0, digits = 0;
    const char *p = s;
    for (; *p >= '0' && *p <= '9'; p++, digits++) {
        if (whole > 100000)
            return false;
        whole = whole * 10 + (*p - '0');
    }
    if (digits == 0)
        return false;
    int fraction = 0;
    if (*p == '.') {
        p++;
        if (!(*p >= '0' && *p <= '9'))
            return false;
        fraction = *p++ - '0';
    }
    if (*p != '\0' || (fraction != 0 && fraction != 5))
        return false;
    *tenths = whole * 10 + fraction;
    return true;
}

char *ects_format(arena *a, int tenths)
{
    if (tenths % 10 == 0)
        return arena_sprintf(a, "%d", tenths / 10);
    return arena_sprintf(a, "%d.%d", tenths / 10, tenths % 10);
}
