/* Image checks: PNG chunk structure with CRC-32, and a strict XML scan of SVG that looks
 * for scripts and external references (rules in image.h). */
#include "image.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

/* ---- PNG ---- */

static const uint8_t png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

#define PNG_MAX_SIDE 10000

/* CRC-32 (ISO 3309, as in PNG) four bits at a time. */
static uint32_t crc32_of(const uint8_t *p, size_t n)
{
    static const uint32_t nibble[16] = {
        0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4,
        0x4db26158, 0x5005713c, 0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c,
        0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c};
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        crc = (crc >> 4) ^ nibble[crc & 15];
        crc = (crc >> 4) ^ nibble[crc & 15];
    }
    return crc ^ 0xffffffffu;
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static bool ascii_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* The 13 IHDR data bytes: NULL when fine, else what is wrong. */
static const char *ihdr_problem(arena *a, const uint8_t *h)
{
    uint32_t width = be32(h), height = be32(h + 4);
    unsigned depth = h[8], colour = h[9];
    if (width < 1 || width > PNG_MAX_SIDE || height < 1 || height > PNG_MAX_SIDE)
        return arena_sprintf(a, "%u x %u pixels; 1 to %d wide and high are allowed",
                             (unsigned)width, (unsigned)height, PNG_MAX_SIDE);
    /* the bit depths each colour type allows, as bit masks of the depth */
    static const uint32_t depths[7] = {[0] = 1u << 1 | 1u << 2 | 1u << 4 | 1u << 8 | 1u << 16,
                                       [2] = 1u << 8 | 1u << 16,
                                       [3] = 1u << 1 | 1u << 2 | 1u << 4 | 1u << 8,
                                       [4] = 1u << 8 | 1u << 16,
                                       [6] = 1u << 8 | 1u << 16};
    if (colour > 6 || depth > 16 || !(depths[colour] & (1u << depth)))
        return arena_sprintf(a, "bit depth %u with colour type %u", depth, colour);
    if (h[10] != 0 || h[11] != 0 || h[12] > 1)
        return "unknown compression, filter or interlace method";
    return NULL;
}

/* NULL when d[0..n) (which starts with the signature) is a well-formed PNG, else what is
 * wrong with it. */
static const char *png_problem(arena *a, const uint8_t *d, size_t n)
{
    bool seen_idat = false;
    for (size_t pos = sizeof png_signature;;) {
        if (n - pos < 12)
            return "truncated";
        uint32_t len = be32(d + pos);
        const uint8_t *type = d + pos + 4;
        if (len > n - pos - 12)
            return "truncated";
        for (int k = 0; k < 4; k++)
            if (!ascii_letter(type[k]))
                return "a chunk type that is not four letters";
        if (crc32_of(type, 4 + (size_t)len) != be32(type + 4 + len))
            return arena_sprintf(a, "wrong CRC in the %.4s chunk", (const char *)type);
        bool ihdr = memcmp(type, "IHDR", 4) == 0;
        if (pos == sizeof png_signature) {
            if (!ihdr || len != 13)
                return "the first chunk must be a 13-byte IHDR";
            const char *problem = ihdr_problem(a, type + 4);
            if (problem)
                return problem;
        } else if (ihdr) {
            return "more than one IHDR chunk";
        }
        seen_idat = seen_idat || memcmp(type, "IDAT", 4) == 0;
        pos += 12 + (size_t)len;
        if (memcmp(type, "IEND", 4) == 0) {
            if (!seen_idat)
                return "no IDAT chunk";
            return pos == n ? NULL : "data after the IEND chunk";
        }
    }
}

/* ---- SVG ---- */

#define SVG_MAX_DEPTH 256

typedef struct {
    const char *s; /* the document */
    size_t n, i;   /* its length and the scan position */
    arena *a;
    const char *problem; /* the first one found */
    char *scratch;       /* n bytes: one decoded attribute value or text */
    char *style;         /* n bytes: the character data of the open style element */
    size_t style_len;
    size_t style_depth; /* the open style element's depth; 0: none */
    bool seen_root;
    size_t depth;
    struct {
        size_t at, len;
    } open[SVG_MAX_DEPTH]; /* names of the open elements */
} svg;

static bool fail(svg *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(svg *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    p->problem = arena_vsprintf(p->a, fmt, ap);
    va_end(ap);
    return false;
}

static bool malformed(svg *p, const char *what, size_t at)
{
    return fail(p, "SVG is not well-formed XML (%s at byte %zu)", what, at);
}

static bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

static bool named(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && strncasecmp(s, lit, n) == 0;
}

static bool starts_ci(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && strncasecmp(s, lit, k) == 0;
}

static bool in_list(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (named(s, n, *list))
            return true;
    return false;
}

static bool looking_at(const svg *p, const char *lit)
{
    size_t k = strlen(lit);
    return p->n - p->i >= k && memcmp(p->s + p->i, lit, k) == 0;
}

static bool skip_space(svg *p)
{
    size_t from = p->i;
    while (p->i < p->n && xml_space(p->s[p->i]))
        p->i++;
    return p->i > from;
}

static bool name_char(unsigned char c, bool first)
{
    return ascii_letter(c) || c == '_' || c == ':' || c >= 0x80 ||
           (!first && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
}

static size_t name_len(const svg *p, size_t from)
{
    size_t i = from;
    while (i < p->n && name_char((unsigned char)p->s[i], i == from))
        i++;
    return i - from;
}

/* The part of a qualified name after its prefix. */
static const char *local_name(const char *s, size_t n, size_t *len)
{
    const char *colon = memrchr(s, ':', n);
    *len = colon ? n - (size_t)(colon + 1 - s) : n;
    return colon ? colon + 1 : s;
}

/* Whether code point c may appear in an XML document. */
static bool xml_char(uint32_t c)
{
    return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff) ||
           (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/* Decodes the character data s[from..to) into d: references resolved, ASCII kept, every
 * other character as bytes >= 0x80 (enough for searching; d is never shown). Fails on a
 * reference XML does not define. */
static bool decode(svg *p, size_t from, size_t to, char *d, size_t *len)
{
    static const struct {
        const char *name;
        char c;
    } entities[] = {{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
    size_t w = 0;
    for (size_t i = from; i < to;) {
        if (p->s[i] != '&') {
            d[w++] = p->s[i++];
            continue;
        }
        size_t ref = i++;
        if (i < to && p->s[i] == '#') {
            i++;
            unsigned base = (i < to && p->s[i] == 'x') ? 16 : 10;
            i += base == 16;
            size_t digits = i;
            uint32_t cp = 0;
            for (; i < to && p->s[i] != ';'; i++) {
                char c = lower(p->s[i]);
                unsigned v = (c >= '0' && c <= '9') ? (unsigned)(c - '0')
                             : (c >= 'a' && c <= 'f') ? (unsigned)(c - 'a' + 10) : 99;
                if (v >= base)
                    return malformed(p, "a bad character reference", ref);
                cp = cp > 0x10ffff ? cp : cp * base + v;
            }
            if (i == digits || i == to || !xml_char(cp))
                return malformed(p, "a bad character reference", ref);
            i++;
            d[w++] = cp < 0x80 ? (char)cp : (char)0x80;
            continue;
        }
        bool known = false;
        for (size_t k = 0; k < sizeof entities / sizeof entities[0] && !known; k++) {
            size_t en = strlen(entities[k].name);
            if (to - i >= en && memcmp(p->s + i, entities[k].name, en) == 0) {
                d[w++] = entities[k].c;
                i += en;
                known = true;
            }
        }
        if (!known)
            return malformed(p, "a reference to an unknown entity", ref);
    }
    *len = w;
    return true;
}

static int hex_value(char c)
{
    c = lower(c);
    return (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

/* Rewrites decoded text d[0..n) in place the way CSS reads it, for searching: escapes
 * decoded, white space and controls dropped, ASCII lower-cased. Returns the new length. */
static size_t css_fold(char *d, size_t n)
{
    size_t w = 0;
    for (size_t r = 0; r < n;) {
        char c = d[r++];
        if (c == '\\' && r < n) {
            if (hex_value(d[r]) >= 0) {
                uint32_t cp = 0;
                for (int k = 0; k < 6 && r < n && hex_value(d[r]) >= 0; k++)
                    cp = cp * 16 + (uint32_t)hex_value(d[r++]);
                c = (cp > 0 && cp < 0x80) ? (char)cp : (char)0x80;
            } else {
                c = d[r++];
            }
        }
        if ((unsigned char)c > 0x20)
            d[w++] = lower(c);
    }
    return w;
}

/* Folded text (css_fold) with a script or an external reference? */
static bool check_folded(svg *p, const char *d, size_t n)
{
    if (memmem(d, n, "javascript:", 11))
        return fail(p, "SVG must not contain scripts (javascript: URL)");
    if (memmem(d, n, "expression(", 11))
        return fail(p, "SVG must not contain scripts (CSS expression())");
    if (memmem(d, n, "@import", 7))
        return fail(p, "SVG must not refer to external resources (@import)");
    if (memmem(d, n, "image-set(", 10))
        return fail(p, "SVG must not refer to external resources (image-set())");
    for (const char *u = memmem(d, n, "url(", 4); u;) {
        size_t k = (size_t)(u + 4 - d);
        if (k < n && (d[k] == '"' || d[k] == '\''))
            k++;
        if (k >= n || d[k] != '#')
            return fail(p, "SVG must not refer to external resources (url() other than url(#id))");
        u = memmem(d + k, n - k, "url(", 4);
    }
    return true;
}

/* A decoded URL attribute value that is a same-document reference or an embedded PNG or
 * JPEG image. */
static bool allowed_reference(const char *d, size_t n)
{
    while (n > 0 && xml_space(d[n - 1]))
        n--;
    while (n > 0 && xml_space(*d))
        d++, n--;
    if (n >= 2 && d[0] == '#')
        return true;
    size_t k;
    if (starts_ci(d, n, "data:image/png;base64,"))
        k = 22;
    else if (starts_ci(d, n, "data:image/jpeg;base64,"))
        k = 23;
    else
        return false;
    for (; k < n; k++)
        if (!ascii_letter(d[k]) && !(d[k] >= '0' && d[k] <= '9') && !strchr("+/=", d[k]) &&
            !xml_space(d[k]))
            return false;
    return true;
}

/* The length of s[0..n) shown in a message: at most 80 bytes, whole characters. */
static int shown(const char *s, size_t n)
{
    if (n <= 80)
        return (int)n;
    n = 80;
    while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
        n--;
    return (int)n;
}

static const char *const url_attributes[] = {"href", "src", "base", "action", "formaction",
                                             "data", "poster", "srcset", "background",
                                             "ping", NULL};

static bool check_attribute_name(svg *p, const char *name, size_t len)
{
    size_t local_len;
    const char *local = local_name(name, len, &local_len);
    if (starts_ci(name, len, "on") || starts_ci(local, local_len, "on"))
        return fail(p, "SVG must not contain scripts (%.*s attribute)", (int)len, name);
    return true;
}

static bool check_attribute_value(svg *p, const char *name, size_t len, size_t at, size_t value_len)
{
    size_t n;
    if (!decode(p, at, at + value_len, p->scratch, &n))
        return false;
    size_t local_len;
    const char *local = local_name(name, len, &local_len);
    bool bad_reference =
        in_list(url_attributes, local, local_len) && !allowed_reference(p->scratch, n);
    if (!check_folded(p, p->scratch, css_fold(p->scratch, n)))
        return false;
    if (bad_reference)
        return fail(p, "SVG must not refer to external resources (%.*s \"%.*s\")", (int)len, name,
                    shown(p->s + at, value_len), p->s + at);
    return true;
}

static const char *const forbidden_elements[] = {"foreignObject", "iframe", "embed", "object",
                                                 "audio", "video", "handler", "listener",
                                                 NULL};

static bool check_element(svg *p, const char *name, size_t len)
{
    size_t local_len;
    const char *local = local_name(name, len, &local_len);
    if (named(local, local_len, "script"))
        return fail(p, "SVG must not contain scripts");
    if (in_list(forbidden_elements, local, local_len))
        return fail(p, "SVG must not contain %.*s elements", (int)local_len, local);
    return true;
}

/* set and animate* must not change links or event handlers. */
static bool check_animation(svg *p, const char *name, size_t len, size_t at, size_t value_len)
{
    size_t local_len;
    const char *local = local_name(name, len, &local_len);
    if (!named(local, local_len, "set") && !starts_ci(local, local_len, "animate"))
        return true;
    size_t n;
    if (!decode(p, at, at + value_len, p->scratch, &n))
        return false;
    while (n > 0 && xml_space(p->scratch[n - 1]))
        n--;
    size_t lead = 0;
    while (lead < n && xml_space(p->scratch[lead]))
        lead++;
    size_t target_len;
    const char *target = local_name(p->scratch + lead, n - lead, &target_len);
    if (named(target, target_len, "href") || starts_ci(target, target_len, "on"))
        return fail(p, "SVG must not animate links or event handlers (attributeName \"%.*s\")",
                    shown(p->s + at, value_len), p->s + at);
    return true;
}

static bool start_tag(svg *p)
{
    size_t tag = p->i++;
    size_t len = name_len(p, p->i);
    if (!len)
        return malformed(p, "'<' without a tag", tag);
    const char *name = p->s + p->i;
    p->i += len;
    if (p->depth == 0) {
        if (p->seen_root)
            return malformed(p, "a second root element", tag);
        if (len != 3 || memcmp(name, "svg", 3) != 0)
            return fail(p, "SVG root element must be svg, not %.*s", shown(name, len), name);
        p->seen_root = true;
    }
    if (!check_element(p, name, len))
        return false;
    bool self_closing = false;
    for (;;) {
        bool space = skip_space(p);
        if (p->i >= p->n)
            return malformed(p, "an unterminated tag", tag);
        if (p->s[p->i] == '>') {
            p->i++;
            break;
        }
        if (p->s[p->i] == '/') {
            if (p->n - p->i < 2 || p->s[p->i + 1] != '>')
                return malformed(p, "'/' inside a tag", p->i);
            p->i += 2;
            self_closing = true;
            break;
        }
        size_t attr = p->i, attr_len = name_len(p, p->i);
        if (!space || !attr_len)
            return malformed(p, "a bad attribute", p->i);
        p->i += attr_len;
        if (!check_attribute_name(p, p->s + attr, attr_len))
            return false;
        skip_space(p);
        if (p->i >= p->n || p->s[p->i] != '=')
            return malformed(p, "an attribute without a value", attr);
        p->i++;
        skip_space(p);
        if (p->i >= p->n || (p->s[p->i] != '"' && p->s[p->i] != '\''))
            return malformed(p, "an unquoted attribute value", attr);
        char quote = p->s[p->i++];
        size_t value = p->i;
        while (p->i < p->n && p->s[p->i] != quote && p->s[p->i] != '<')
            p->i++;
        if (p->i >= p->n || p->s[p->i] != quote)
            return malformed(p, "an unterminated attribute value", attr);
        size_t value_len = p->i++ - value;
        if (!check_attribute_value(p, p->s + attr, attr_len, value, value_len))
            return false;
        if (named(p->s + attr, attr_len, "attributeName") &&
            !check_animation(p, name, len, value, value_len))
            return false;
    }
    if (self_closing)
        return true;
    if (p->depth == SVG_MAX_DEPTH)
        return fail(p, "SVG must not nest elements more than %d deep", SVG_MAX_DEPTH);
    p->open[p->depth].at = (size_t)(name - p->s);
    p->open[p->depth].len = len;
    p->depth++;
    size_t local_len;
    const char *local = local_name(name, len, &local_len);
    if (p->style_depth == 0 && named(local, local_len, "style")) {
        p->style_depth = p->depth;
        p->style_len = 0;
    }
    return true;
}

static bool end_tag(svg *p)
{
    size_t tag = p->i;
    p->i += 2;
    size_t len = name_len(p, p->i);
    const char *name = p->s + p->i;
    p->i += len;
    skip_space(p);
    if (!len || p->i >= p->n || p->s[p->i] != '>')
        return malformed(p, "a bad end tag", tag);
    p->i++;
    if (p->depth == 0 || p->open[p->depth - 1].len != len ||
        memcmp(p->s + p->open[p->depth - 1].at, name, len) != 0)
        return malformed(p, "an end tag that does not match", tag);
    if (p->depth-- == p->style_depth) {
        p->style_depth = 0;
        return check_folded(p, p->style, css_fold(p->style, p->style_len));
    }
    return true;
}

static bool text(svg *p)
{
    size_t from = p->i;
    while (p->i < p->n && p->s[p->i] != '<')
        p->i++;
    if (p->depth == 0) {
        for (size_t k = from; k < p->i; k++)
            if (!xml_space(p->s[k]))
                return malformed(p, "text outside the root element", k);
        return true;
    }
    char *d = p->style_depth ? p->style + p->style_len : p->scratch;
    size_t n;
    if (!decode(p, from, p->i, d, &n))
        return false;
    if (p->style_depth)
        p->style_len += n;
    return true;
}

/* A comment or CDATA section from p->i (at opening, of open_len bytes) to close. */
static bool unparsed(svg *p, size_t open_len, const char *close, bool is_cdata)
{
    size_t from = p->i + open_len;
    const char *end = memmem(p->s + from, p->n - from, close, strlen(close));
    if (!end)
        return malformed(p, is_cdata ? "an unterminated CDATA section" : "an unterminated comment",
                         p->i);
    size_t to = (size_t)(end - p->s);
    const char *lt = memchr(p->s + from, '<', to - from);
    if (lt)
        return fail(p, "SVG comments and CDATA sections must not contain '<' (byte %zu)",
                    (size_t)(lt - p->s));
    if (is_cdata && p->style_depth) {
        memcpy(p->style + p->style_len, p->s + from, to - from);
        p->style_len += to - from;
    }
    p->i = to + strlen(close);
    return true;
}

static bool comment(svg *p)
{
    size_t from = p->i + 4;
    const char *dashes = memmem(p->s + from, p->n - from, "--", 2);
    if (dashes && (size_t)(dashes - p->s) + 2 < p->n && dashes[2] != '>')
        return malformed(p, "'--' inside a comment", (size_t)(dashes - p->s));
    return unparsed(p, 4, "-->", false);
}

static bool cdata(svg *p)
{
    if (p->depth == 0)
        return malformed(p, "a CDATA section outside the root element", p->i);
    return unparsed(p, 9, "]]>", true);
}

/* <?xml ...?> at the start: its encoding, if given, must be UTF-8. */
static bool xml_declaration(svg *p)
{
    const char *end = memmem(p->s + p->i, p->n - p->i, "?>", 2);
    if (!end)
        return malformed(p, "an unterminated XML declaration", p->i);
    const char *decl = p->s + p->i;
    const char *enc = memmem(decl, (size_t)(end - decl), "encoding", 8);
    if (enc) {
        const char *v = enc + 8;
        while (v < end && xml_space(*v))
            v++;
        if (v < end && *v == '=')
            v++;
        while (v < end && xml_space(*v))
            v++;
        const char *close = NULL;
        if (v < end && (*v == '"' || *v == '\''))
            close = memchr(v + 1, *v, (size_t)(end - v - 1));
        if (!close)
            return malformed(p, "a bad XML declaration", p->i);
        size_t len = (size_t)(close - v - 1);
        if (!named(v + 1, len, "UTF-8") && !named(v + 1, len, "UTF8"))
            return fail(p, "SVG must be UTF-8 text (its XML declaration says %.*s)",
                        shown(v + 1, len), v + 1);
    }
    p->i = (size_t)(end + 2 - p->s);
    return true;
}

static bool svg_scan(svg *p)
{
    if (!utf8_valid(p->s, p->n))
        return fail(p, "SVG must be UTF-8 text");
    for (size_t k = 0; k < p->n; k++)
        if ((unsigned char)p->s[k] < 0x20 && !xml_space(p->s[k]))
            return fail(p, "SVG must not contain control characters (byte %zu)", k);
    if (looking_at(p, "\xef\xbb\xbf"))
        p->i = 3;
    bool declaration = looking_at(p, "<?xml") && p->n - p->i > 5 && xml_space(p->s[p->i + 5]);
    if (declaration && !xml_declaration(p))
        return false;
    while (p->i < p->n) {
        bool ok;
        if (p->s[p->i] != '<')
            ok = text(p);
        else if (looking_at(p, "<!--"))
            ok = comment(p);
        else if (looking_at(p, "<![CDATA["))
            ok = cdata(p);
        else if (looking_at(p, "<!"))
            return fail(p, "SVG must not contain DOCTYPE or ENTITY declarations");
        else if (looking_at(p, "<?"))
            return fail(p, "SVG must not contain processing instructions (<?%.*s)",
                        shown(p->s + p->i + 2, name_len(p, p->i + 2)), p->s + p->i + 2);
        else if (looking_at(p, "</"))
            ok = end_tag(p);
        else
            ok = start_tag(p);
        if (!ok)
            return false;
    }
    if (!p->seen_root)
        return fail(p, "SVG has no svg element");
    if (p->depth)
        return malformed(p, "an element that is not closed", p->open[p->depth - 1].at - 1);
    return true;
}

/* NULL when the SVG document s[0..n) is acceptable, else why not. */
static const char *svg_problem(arena *a, const char *s, size_t n)
{
    svg *p = calloc(1, sizeof *p);
    char *buffers = malloc(2 * n);
    if (!p || !buffers)
        abort();
    p->s = s;
    p->n = n;
    p->a = a;
    p->scratch = buffers;
    p->style = buffers + n;
    const char *problem = svg_scan(p) ? NULL : p->problem;
    free(buffers);
    free(p);
    return problem;
}

/* Text that starts, after an optional BOM and white space, with '<'. */
static bool looks_like_svg(const uint8_t *d, size_t n)
{
    size_t i = (n >= 3 && memcmp(d, "\xef\xbb\xbf", 3) == 0) ? 3 : 0;
    while (i < n && xml_space((char)d[i]))
        i++;
    return i < n && d[i] == '<';
}

image_kind image_check(eb_error *e, const char *field, const uint8_t *data, size_t len)
{
    if (len == 0)
        return IMAGE_NONE;
    if (len > IMAGE_MAX_BYTES) {
        eb_violate(e, field, "is %zu bytes; at most %d are allowed", len, IMAGE_MAX_BYTES);
        return IMAGE_NONE;
    }
    if (len >= sizeof png_signature && memcmp(data, png_signature, sizeof png_signature) == 0) {
        const char *problem = png_problem(e->arena, data, len);
        if (!problem)
            return IMAGE_PNG;
        eb_violate(e, field, "is not a valid PNG image (%s)", problem);
        return IMAGE_NONE;
    }
    if (looks_like_svg(data, len)) {
        const char *problem = svg_problem(e->arena, (const char *)data, len);
        if (!problem)
            return IMAGE_SVG;
        eb_violate(e, field, "%s", problem);
        return IMAGE_NONE;
    }
    eb_violate(e, field, "must be a PNG or SVG image");
    return IMAGE_NONE;
}

const char *image_media_type(image_kind k)
{
    switch (k) {
    case IMAGE_PNG: return "image/png";
    case IMAGE_SVG: return "image/svg+xml";
    case IMAGE_NONE: break;
    }
    return NULL;
}
