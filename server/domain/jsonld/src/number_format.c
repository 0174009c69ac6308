/* Number formatting: XSD canonical double/integer forms and ECMAScript
 * Number-to-string (shortest round-trip digits). */
#include "number_format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool number_is_double(double v)
{
    return !isfinite(v) || fabs(v) >= 1e21 || floor(v) != v;
}

void number_xsd_double(double v, char out[NUMBER_TEXT_MAX])
{
    if (isnan(v)) {
        strcpy(out, "NaN");
        return;
    }
    if (isinf(v)) {
        strcpy(out, v > 0 ? "INF" : "-INF");
        return;
    }
    char buf[NUMBER_TEXT_MAX];
    snprintf(buf, sizeof buf, "%.15e", v);
    char *e = strchr(buf, 'e');
    int exp = atoi(e + 1);
    *e = '\0';
    /* Trim trailing zeros but keep one digit after the point. */
    size_t n = strlen(buf);
    while (n > 0 && buf[n - 1] == '0' && buf[n - 2] != '.')
        n--;
    buf[n] = '\0';
    snprintf(out, NUMBER_TEXT_MAX, "%.24sE%d", buf, exp);
}

void number_xsd_integer(double v, char out[NUMBER_TEXT_MAX])
{
    if (v == 0)
        v = 0; /* no "-0" */
    snprintf(out, NUMBER_TEXT_MAX, "%.0f", v);
}

/* Shortest digits d1..dn and exponent k with v = 0.d1..dn * 10^k. */
static int shortest_digits(double v, char digits[24], int *k)
{
    char buf[NUMBER_TEXT_MAX];
    for (int prec = 0; prec < 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    char *e = strchr(buf, 'e');
    *k = atoi(e + 1) + 1;
    int n = 0;
    for (char *p = buf; p < e; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return n;
}

void number_es_string(double v, char out[NUMBER_TEXT_MAX])
{
    if (isnan(v) || isinf(v) || v == 0) {
        strcpy(out, isnan(v) ? "NaN" : isinf(v) ? (v > 0 ? "Infinity" : "-Infinity") : "0");
        return;
    }
    char *o = out;
    if (v < 0) {
        *o++ = '-';
        v = -v;
    }
    char d[24];
    int k;
    int n = shortest_digits(v, d, &k);
    size_t room = NUMBER_TEXT_MAX - (size_t)(o - out);
    if (n <= k && k <= 21) {
        snprintf(o, room, "%s%.*s", d, k - n, "000000000000000000000");
    } else if (0 < k && k <= 21) {
        snprintf(o, room, "%.*s.%s", k, d, d + k);
    } else if (-6 < k && k <= 0) {
        snprintf(o, room, "0.%.*s%s", -k, "000000", d);
    } else {
        int e = k - 1;
        if (n == 1)
            snprintf(o, room, "%se%c%d", d, e < 0 ? '-' : '+', abs(e));
        else
            snprintf(o, room, "%c.%se%c%d", d[0], d + 1, e < 0 ? '-' : '+', abs(e));
    }
}
