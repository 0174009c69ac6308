/* Markdown sanitizing: a single pass over the text that copies it and rewrites, removes or
 * escapes each piece of HTML markup (rules in markdown.h). */
#include "markdown.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    char *p;
    size_t n;
} out;

static void put(out *o, const char *s, size_t n)
{
    memcpy(o->p + o->n, s, n);
    o->n += n;
}

static void put_c(out *o, char c) { o->p[o->n++] = c; }

static bool html_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool alnum(char c) { return alpha(c) || (c >= '0' && c <= '9'); }
static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

/* Text that follows a '<' written as text must not make it start a tag: "<<!---->b>" must
 * not come out as "<b>". */
static void put_text(out *o, const char *s, size_t n)
{
    char c = n ? s[0] : '\0';
    if (o->n && o->p[o->n - 1] == '<' && (alpha(c) || c == '/' || c == '!' || c == '?')) {
        o->n--;
        put(o, "&lt;", 4);
    }
    put(o, s, n);
}

static const char *const dropped[] = {"script", "style", "iframe", "object", "embed",
                                      "template", "noscript", "svg", "math", "textarea",
                                      "title", "xmp", NULL};

static const char *const kept[] = {"p", "br", "b", "strong", "i", "em", "u", "s", "del",
                                   "sub", "sup", "code", "pre", "blockquote", "ul", "ol",
                                   "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a",
                                   "table", "thead", "tbody", "tr", "th", "td", NULL};

static bool in_list(const char *const *list, const char *name, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && strncasecmp(*list, name, n) == 0)
            return true;
    return false;
}

/* [A-Za-z][A-Za-z0-9-]* */
static size_t tag_name_len(const char *s)
{
    if (!alpha(s[0]))
        return 0;
    size_t i = 1;
    while (alnum(s[i]) || s[i] == '-')
        i++;
    return i;
}

/* [A-Za-z_:][A-Za-z0-9_.:-]* */
static size_t attr_name_len(const char *s)
{
    if (!alpha(s[0]) && s[0] != '_' && s[0] != ':')
        return 0;
    size_t i = 1;
    while (alnum(s[i]) || s[i] == '_' || s[i] == '.' || s[i] == ':' || s[i] == '-')
        i++;
    return i;
}

/* The length of the attribute value at s, quotes included (0: none); *v and *vn get the
 * value without its quotes. */
static size_t attr_value_len(const char *s, const char **v, size_t *vn)
{
    if (*s == '"' || *s == '\'') {
        const char *end = strchr(s + 1, *s);
        if (!end)
            return 0;
        *v = s + 1;
        *vn = (size_t)(end - s - 1);
        return *vn + 2;
    }
    size_t i = 0;
    while (s[i] && !html_space(s[i]) && !strchr("\"'=<>`", s[i]))
        i++;
    *v = s;
    *vn = i;
    return i;
}

typedef struct {
    const char *name;
    size_t name_len;
    bool closing;
    const char *href; /* the first href attribute's value, NULL when there is none */
    size_t href_len;
} tag;

/* The length of the well-formed start or end tag at s (s[0] == '<'), 0 when there is none:
 * name, attributes each after white space (name, or name = quoted or unquoted value),
 * optional white space and '/', then '>'. */
static size_t scan_tag(const char *s, tag *t)
{
    memset(t, 0, sizeof *t);
    size_t i = 1;
    if (s[i] == '/') {
        t->closing = true;
        i++;
    }
    t->name = s + i;
    t->name_len = tag_name_len(s + i);
    if (!t->name_len)
        return 0;
    i += t->name_len;
    for (;;) {
        size_t j = i;
        while (html_space(s[j]))
            j++;
        if (s[j] == '>')
            return j + 1;
        if (s[j] == '/' && s[j + 1] == '>')
            return j + 2;
        size_t name_len = j > i ? attr_name_len(s + j) : 0;
        if (!name_len)
            return 0;
        const char *name = s + j;
        i = j + name_len;
        size_t k = i;
        while (html_space(s[k]))
            k++;
        if (s[k] != '=')
            continue;
        k++;
        while (html_space(s[k]))
            k++;
        const char *v;
        size_t vn;
        size_t value_len = attr_value_len(s + k, &v, &vn);
        if (!value_len)
            return 0;
        if (!t->href && name_len == 4 && strncasecmp(name, "href", 4) == 0) {
            t->href = v;
            t->href_len = vn;
        }
        i = k + value_len;
    }
}

/* s starts "<!--": the comment's length; an unterminated comment runs to the end, as it
 * does in a browser. "<!-->" and "<!--->" are complete comments. */
static size_t comment_len(const char *s)
{
    if (s[4] == '>')
        return 5;
    if (s[4] == '-' && s[5] == '>')
        return 6;
    for (const char *p = strstr(s + 4, "--"); p; p = strstr(p + 1, "--")) {
        if (p[2] == '>')
            return (size_t)(p + 3 - s);
        if (p[2] == '!' && p[3] == '>')
            return (size_t)(p + 4 - s);
    }
    return strlen(s);
}

/* s starts "<name" of a dropped element: the length up to the end of its end tag, or to
 * the end of the input when there is none. */
static size_t dropped_len(const char *s, size_t name_len)
{
    const char *name = s + 1;
    for (const char *p = strstr(s + 1, "</"); p; p = strstr(p + 1, "</")) {
        if (strncasecmp(p + 2, name, name_len) != 0)
            continue;
        char after = p[2 + name_len];
        if (html_space(after) || after == '/' || after == '>' || after == '\0') {
            const char *gt = strchr(p, '>');
            return gt ? (size_t)(gt + 1 - s) : strlen(s);
        }
    }
    return strlen(s);
}

/* CommonMark e-mail autolink body: local@label(.label)*, labels of letters, digits and
 * inner '-', at most 63 long. */
static bool email_autolink(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (alnum(s[i]) || strchr(".!#$%&'*+/=?^_`{|}~-", s[i])))
        i++;
    if (i == 0 || i == n || s[i] != '@')
        return false;
    i++;
    for (;;) {
        size_t start = i;
        while (i < n && (alnum(s[i]) || s[i] == '-'))
            i++;
        size_t len = i - start;
        if (len == 0 || len > 63 || s[start] == '-' || s[i - 1] == '-')
            return false;
        if (i == n)
            return true;
        if (s[i] != '.')
            return false;
        i++;
    }
}

static bool attribute_like(const char *s, size_t n, bool colon_ok)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!alnum(s[i]) && s[i] != '-' && s[i] != '_' &&
            !(colon_ok && (s[i] == ':' || s[i] == '.')))
            return false;
    return true;
}

/* Whether an HTML parser that met the autolink body s[0..n) as "<s>" would see only an
 * unknown element with attributes that have no values. It splits the body at '/', quotes
 * and '=' (there is no white space in it): the part before the first of those would be the
 * element name, and a part before a '=' an attribute name. */
static bool harmless_as_tag(const char *s, size_t n)
{
    size_t start = 0;
    bool first = true;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && !strchr("/\"'=", s[i]))
            continue;
        if (first && attribute_like(s, i, false))
            return false;
        if (i < n && s[i] == '=' && attribute_like(s + start, i - start, true))
            return false;
        first = false;
        start = i + 1;
    }
    return true;
}

/* The length of the autolink at s (s[0] == '<') that stays as written, 0 when there is
 * none. */
static size_t autolink_len(const char *s)
{
    size_t i = 1;
    while (s[i] && s[i] != '<' && s[i] != '>' && (unsigned char)s[i] > 0x20 && s[i] != 0x7f)
        i++;
    if (s[i] != '>')
        return 0;
    const char *body = s + 1;
    size_t n = i - 1;
    bool uri = strncasecmp(body, "http:", 5) == 0 || strncasecmp(body, "https:", 6) == 0 ||
               strncasecmp(body, "mailto:", 7) == 0;
    if (!uri && !email_autolink(body, n))
        return 0;
    return harmless_as_tag(body, n) ? i + 1 : 0;
}

static size_t put_utf8(char *d, uint32_t cp)
{
    if (cp < 0x80) {
        d[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (char)(0xc0 | (cp >> 6));
        d[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (char)(0xe0 | (cp >> 12));
        d[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        d[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    d[0] = (char)(0xf0 | (cp >> 18));
    d[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    d[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    d[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = lower(c);
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

/* A numeric character reference at s ("&#" digits or "&#x" hex digits, then an optional
 * ';'), as a browser decodes it: 0, surrogates and values above U+10FFFF become U+FFFD.
 * Returns its length (0: none) and sets *cp. Its UTF-8 form is never longer than it. */
static size_t numeric_reference(const char *s, size_t n, uint32_t *cp)
{
    if (n < 3 || s[0] != '&' || s[1] != '#')
        return 0;
    size_t i = 2;
    uint32_t base = 10;
    if (s[i] == 'x' || s[i] == 'X') {
        base = 16;
        i++;
    }
    size_t digits_start = i;
    uint32_t v = 0;
    for (int d; i < n && (d = hex_digit(s[i])) >= 0 && (uint32_t)d < base; i++)
        v = v > 0x10ffff ? v : v * base + (uint32_t)d;
    if (i == digits_start)
        return 0;
    if (i < n && s[i] == ';')
        i++;
    *cp = (v == 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) ? 0xfffd : v;
    return i;
}

static const struct {
    const char *name;
    char c;
} named_references[] = {{"&amp;", '&'},  {"&lt;", '<'},     {"&gt;", '>'},
                        {"&quot;", '"'}, {"&apos;", '\''},  {"&colon;", ':'},
                        {"&Tab;", '\t'}, {"&NewLine;", '\n'}};

/* Decodes the character references of s[0..n) that can spell a URL scheme or the white
 * space around it into d; others stay as written. Returns the length, at most n. */
static size_t decode_references(const char *s, size_t n, char *d)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = numeric_reference(s + i, n - i, &cp);
        if (len) {
            w += put_utf8(d + w, cp);
            i += len;
            continue;
        }
        bool named = false;
        for (size_t k = 0; k < sizeof named_references / sizeof named_references[0]; k++) {
            size_t rn = strlen(named_references[k].name);
            if (rn <= n - i && memcmp(s + i, named_references[k].name, rn) == 0) {
                d[w++] = named_references[k].c;
                i += rn;
                named = true;
                break;
            }
        }
        if (!named)
            d[w++] = s[i++];
    }
    return w;
}

/* Turns the raw href value into the URL a browser would use (references decoded, tabs and
 * line breaks dropped, leading and trailing spaces and controls trimmed) in d; returns its
 * length, or 0 when it is not an http, https or mailto URL. */
static size_t safe_href(const char *raw, size_t raw_len, char *d)
{
    size_t n = decode_references(raw, raw_len, d);
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (d[i] != '\t' && d[i] != '\n' && d[i] != '\r')
            d[w++] = d[i];
    n = w;
    while (n > 0 && (unsigned char)d[n - 1] <= 0x20)
        n--;
    size_t start = 0;
    while (start < n && (unsigned char)d[start] <= 0x20)
        start++;
    memmove(d, d + start, n - start);
    n -= start;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)d[i] < 0x20 || d[i] == 0x7f)
            return 0;
    bool ok = (n >= 5 && strncasecmp(d, "http:", 5) == 0) ||
              (n >= 6 && strncasecmp(d, "https:", 6) == 0) ||
              (n >= 7 && strncasecmp(d, "mailto:", 7) == 0);
    return ok ? n : 0;
}

static void emit_href(out *o, const char *raw, size_t raw_len)
{
    char *url = malloc(raw_len + 1);
    if (!url)
        abort();
    size_t n = safe_href(raw, raw_len, url);
    if (n) {
        put(o, " href=\"", 7);
        for (size_t i = 0; i < n; i++) {
            switch (url[i]) {
            case '&': put(o, "&amp;", 5); break;
            case '"': put(o, "&quot;", 6); break;
            case '<': put(o, "&lt;", 4); break;
            case '>': put(o, "&gt;", 4); break;
            default: put_c(o, url[i]);
            }
        }
        put_c(o, '"');
    }
    free(url);
}

static void emit_tag(out *o, const tag *t)
{
    put_c(o, '<');
    if (t->closing)
        put_c(o, '/');
    for (size_t i = 0; i < t->name_len; i++)
        put_c(o, lower(t->name[i]));
    if (!t->closing && t->href && t->name_len == 1 && lower(t->name[0]) == 'a')
        emit_href(o, t->href, t->href_len);
    put_c(o, '>');
}

/* s[0] == '<': writes what stays of the markup at s; returns how much of s it covers.
 * last_gt is the last '>' of the whole text (NULL: none), so that markup that is never
 * closed is not looked for again and again: the sanitizer stays linear. */
static size_t markup(out *o, const char *s, const char *last_gt)
{
    if (strncmp(s, "<!--", 4) == 0)
        return comment_len(s);
    if (s[1] == '!' || s[1] == '?') {
        const char *gt = last_gt && last_gt > s ? strchr(s, '>') : NULL;
        if (gt)
            return (size_t)(gt + 1 - s);
        put(o, "&lt;", 4);
        return 1;
    }
    size_t name_len = tag_name_len(s + 1);
    char after = s[1 + name_len];
    if (name_len && (html_space(after) || after == '/' || after == '>' || after == '\0') &&
        in_list(dropped, s + 1, name_len))
        return dropped_len(s, name_len);
    if (alpha(s[1]) || (s[1] == '/' && alpha(s[2]))) {
        tag t;
        size_t len = scan_tag(s, &t);
        if (len) {
            if (in_list(kept, t.name, t.name_len))
                emit_tag(o, &t);
            return len;
        }
        len = autolink_len(s);
        if (len) {
            put(o, s, len);
            return len;
        }
    }
    if (alpha(s[1]) || s[1] == '/') {
        put(o, "&lt;", 4);
        return 1;
    }
    put_c(o, '<');
    return 1;
}

char *markdown_sanitize(arena *a, const char *markdown)
{
    const char *s = markdown ? markdown : "";
    size_t n = strlen(s);
    if (n > (SIZE_MAX - 1) / MARKDOWN_MAX_GROWTH)
        abort();
    out o = {malloc(n * MARKDOWN_MAX_GROWTH + 1), 0};
    if (!o.p)
        abort();
    const char *last_gt = strrchr(s, '>');
    while (*s) {
        const char *lt = strchr(s, '<');
        size_t text = lt ? (size_t)(lt - s) : strlen(s);
        put_text(&o, s, text);
        s += text;
        if (lt)
            s += markup(&o, s, last_gt);
    }
    char *result = arena_strndup(a, o.p, o.n);
    free(o.p);
    return result;
}
