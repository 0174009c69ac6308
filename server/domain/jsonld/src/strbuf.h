/* Growable byte buffer for building strings in amortised linear time. */
#ifndef EDUBADGES_JL_STRBUF_H
#define EDUBADGES_JL_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct strbuf {
    char *data; /* always NUL-terminated once anything was added */
    size_t len, cap;
    bool failed; /* an allocation failed; further appends are ignored */
} strbuf;

void strbuf_init(strbuf *b);
void strbuf_free(strbuf *b);
void strbuf_reset(strbuf *b);
void strbuf_append(strbuf *b, const char *s, size_t n);
void strbuf_puts(strbuf *b, const char *s);
void strbuf_putc(strbuf *b, char c);
/* Hands the buffer to the caller (malloc'd, NUL-terminated, never NULL unless
 * out of memory) and leaves b empty. */
char *strbuf_take(strbuf *b);
/* The contents as a NUL-terminated string ("" when empty). */
const char *strbuf_cstr(strbuf *b);

#endif
