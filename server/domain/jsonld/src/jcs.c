/* JCS (RFC 8785): sorted keys by UTF-16 code units, no whitespace, ECMAScript
 * number and string forms. */
#include "jcs.h"

#include <stdlib.h>
#include <string.h>

#include "number_format.h"

/* Next UTF-16 code unit of a UTF-8 string; *pending holds a low surrogate. */
static unsigned next_unit(const unsigned char **s, unsigned *pending)
{
    if (*pending) {
        unsigned u = *pending;
        *pending = 0;
        return u;
    }
    const unsigned char *p = *s;
    unsigned cp;
    if (p[0] < 0x80) {
        cp = p[0];
        *s += 1;
    } else if (p[0] < 0xE0) {
        cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        *s += 2;
    } else if (p[0] < 0xF0) {
        cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        *s += 3;
    } else {
        cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
        *s += 4;
        cp -= 0x10000;
        *pending = 0xDC00 + (cp & 0x3FF);
        return 0xD800 + (cp >> 10);
    }
    return cp;
}

static int utf16_cmp(const void *a, const void *b)
{
    const unsigned char *x = *(const unsigned char *const *)a, *y = *(const unsigned char *const *)b;
    unsigned px = 0, py = 0;
    while ((*x || px) && (*y || py)) {
        unsigned ux = next_unit(&x, &px), uy = next_unit(&y, &py);
        if (ux != uy)
            return ux < uy ? -1 : 1;
    }
    return (*x || px) ? 1 : (*y || py) ? -1 : 0;
}

static void put_string(strbuf *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    strbuf_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': strbuf_append(out, "\\\"", 2); break;
        case '\\': strbuf_append(out, "\\\\", 2); break;
        case '\b': strbuf_append(out, "\\b", 2); break;
        case '\f': strbuf_append(out, "\\f", 2); break;
        case '\n': strbuf_append(out, "\\n", 2); break;
        case '\r': strbuf_append(out, "\\r", 2); break;
        case '\t': strbuf_append(out, "\\t", 2); break;
        default:
            if (c < 0x20) {
                char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                strbuf_append(out, u, 6);
            } else {
                strbuf_putc(out, (char)c);
            }
        }
    }
    strbuf_putc(out, '"');
}

void jcs_serialize(strbuf *out, const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        size_t n = json_object_size(v);
        const char **keys = malloc((n ? n : 1) * sizeof *keys);
        if (!keys) {
            out->failed = true;
            return;
        }
        size_t i = 0;
        const char *k;
        json_t *val;
        json_object_foreach((json_t *)v, k, val)
            keys[i++] = k;
        qsort(keys, n, sizeof *keys, utf16_cmp);
        strbuf_putc(out, '{');
        for (i = 0; i < n; i++) {
            if (i)
                strbuf_putc(out, ',');
            put_string(out, keys[i], strlen(keys[i]));
            strbuf_putc(out, ':');
            jcs_serialize(out, json_object_get(v, keys[i]));
        }
        strbuf_putc(out, '}');
        free(keys);
        break;
    }
    case JSON_ARRAY:
        strbuf_putc(out, '[');
        for (size_t i = 0; i < json_array_size(v); i++) {
            if (i)
                strbuf_putc(out, ',');
            jcs_serialize(out, json_array_get(v, i));
        }
        strbuf_putc(out, ']');
        break;
    case JSON_STRING:
        put_string(out, json_string_value(v), json_string_length(v));
        break;
    case JSON_INTEGER:
    case JSON_REAL: {
        char buf[NUMBER_TEXT_MAX];
        number_es_string(json_number_value(v), buf);
        strbuf_puts(out, buf);
        break;
    }
    case JSON_TRUE: strbuf_append(out, "true", 4); break;
    case JSON_FALSE: strbuf_append(out, "false", 5); break;
    case JSON_NULL: strbuf_append(out, "null", 4); break;
    }
}
