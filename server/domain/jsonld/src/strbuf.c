/* Growable byte buffer implementation. */
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

void strbuf_init(strbuf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

void strbuf_free(strbuf *b)
{
    free(b->data);
    strbuf_init(b);
}

void strbuf_reset(strbuf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

static bool reserve(strbuf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void strbuf_append(strbuf *b, const char *s, size_t n)
{
    if (!reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void strbuf_puts(strbuf *b, const char *s) { strbuf_append(b, s, strlen(s)); }

void strbuf_putc(strbuf *b, char c)
{
    if (!reserve(b, 1))
        return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

char *strbuf_take(strbuf *b)
{
    if (b->failed) {
        strbuf_free(b);
        return NULL;
    }
    if (!b->data && !reserve(b, 0))
        return NULL;
    b->data[b->len] = '\0';
    char *p = b->data;
    strbuf_init(b);
    return p;
}

const char *strbuf_cstr(strbuf *b)
{
    return b->data && !b->failed ? b->data : "";
}
