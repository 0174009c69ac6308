/* Text rules shared by every resource. */
#include "text.h"

#include "utf8.h"

#include <string.h>

static bool allowed_control(unsigned char c, text_kind kind)
{
    return kind == TEXT_MULTILINE && (c == '\n' || c == '\r' || c == '\t');
}

void check_text(eb_error *e, const char *field, const char *s, size_t max_chars, text_kind kind)
{
    if (!s)
        return;
    size_t n = strlen(s);
    if (!utf8_valid(s, n)) {
        eb_violate(e, field, "must be valid UTF-8");
        return;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        /* C0, DEL and C1 (U+0080..U+009F, encoded C2 80..C2 9F) */
        bool c1 = c == 0xc2 && (unsigned char)s[i + 1] <= 0x9f;
        if (((c < 0x20 || c == 0x7f) && !allowed_control(c, kind)) || c1) {
            eb_violate(e, field, "must not contain control characters");
            return;
        }
    }
    size_t chars = utf8_length(s);
    if (chars > max_chars)
        eb_violate(e, field, "must be at most %zu characters (got %zu)", max_chars, chars);
}

bool text_empty(const char *s)
{
    if (!s)
        return true;
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return false;
    return true;
}

void check_required_text(eb_error *e, const char *field, const char *s, size_t max_chars,
                         text_kind kind)
{
    if (text_empty(s)) {
        eb_violate(e, field, "is required");
        return;
    }
    check_text(e, field, s, max_chars, kind);
}

char *text_trim(arena *a, const char *s)
{
    if (!s)
        return arena_strdup(a, "");
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    return arena_strndup(a, s, n);
}

static char *map_ascii(arena *a, const char *s, int lower)
{
    char *out = arena_strdup(a, s ? s : "");
    for (char *p = out; *p; p++) {
        if (lower && *p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
        else if (!lower && *p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    }
    return out;
}

char *text_ascii_lower(arena *a, const char *s) { return map_ascii(a, s, 1); }
char *text_ascii_upper(arena *a, const char *s) { return map_ascii(a, s, 0); }

char *text_reason(arena *a, const char *prefix, const char *code)
{
    return text_ascii_upper(a, arena_sprintf(a, "%s_%s", prefix, code));
}
