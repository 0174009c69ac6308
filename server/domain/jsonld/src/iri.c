/* IRI helpers: keyword tests and RFC 3986 reference resolution. */
#include "iri.h"

#include <ctype.h>
#include <string.h>

#include "strbuf.h"

static size_t scheme_len(const char *s)
{
    if (!isalpha((unsigned char)s[0]))
        return 0;
    size_t i = 1;
    while (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')
        i++;
    return s[i] == ':' ? i : 0;
}

bool iri_is_absolute(const char *s)
{
    if (!scheme_len(s))
        return false;
    for (; *s; s++)
        if (isspace((unsigned char)*s))
            return false;
    return true;
}

bool iri_is_well_formed(const char *s)
{
    if (!scheme_len(s))
        return false;
    int hashes = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
            c == '\\' || c == '^' || c == '`')
            return false;
        hashes += c == '#';
    }
    return hashes <= 1;
}

bool iri_is_blank(const char *s) { return s[0] == '_' && s[1] == ':'; }

bool iri_is_keyword(const char *s)
{
    static const char *const keywords[] = {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit",
        "@graph", "@id", "@import", "@included", "@index", "@json", "@language", "@list",
        "@nest", "@none", "@omitDefault", "@prefix", "@preserve", "@propagate", "@protected",
        "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab"};
    if (s[0] != '@')
        return false;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strcmp(s, keywords[i]) == 0)
            return true;
    return false;
}

bool iri_looks_like_keyword(const char *s)
{
    if (s[0] != '@' || !s[1])
        return false;
    for (s++; *s; s++)
        if (!isalpha((unsigned char)*s))
            return false;
    return true;
}

bool iri_ends_with_gen_delim(const char *s)
{
    size_t n = strlen(s);
    return n && strchr(":/?#[]@", s[n - 1]) != NULL;
}

/* The five components of a URI reference; NULL = undefined. */
typedef struct uri_parts {
    const char *scheme, *authority, *path, *query, *fragment;
    size_t scheme_n, authority_n, path_n, query_n, fragment_n;
} uri_parts;

static void parse(const char *s, uri_parts *p)
{
    memset(p, 0, sizeof *p);
    size_t n = scheme_len(s);
    if (n) {
        p->scheme = s;
        p->scheme_n = n;
        s += n + 1;
    }
    if (s[0] == '/' && s[1] == '/') {
        s += 2;
        p->authority = s;
        p->authority_n = strcspn(s, "/?#");
        s += p->authority_n;
    }
    p->path = s;
    p->path_n = strcspn(s, "?#");
    s += p->path_n;
    if (*s == '?') {
        p->query = ++s;
        p->query_n = strcspn(s, "#");
        s += p->query_n;
    }
    if (*s == '#') {
        p->fragment = s + 1;
        p->fragment_n = strlen(s + 1);
    }
}

/* RFC 3986 §5.2.4 over in[0..n), appended to out. */
static void remove_dot_segments(strbuf *out, const char *in, size_t n)
{
    size_t start = out->len;
    size_t i = 0;
    while (i < n) {
        const char *p = in + i;
        size_t left = n - i;
        if (left >= 3 && !strncmp(p, "../", 3)) {
            i += 3;
        } else if (left >= 2 && !strncmp(p, "./", 2)) {
            i += 2;
        } else if (left >= 3 && !strncmp(p, "/./", 3)) {
            i += 2;
        } else if (left == 2 && !strncmp(p, "/.", 2)) {
            i += 1;
            /* becomes "/" */
            strbuf_putc(out, '/');
            i += 1;
        } else if ((left >= 4 && !strncmp(p, "/../", 4)) || (left == 3 && !strncmp(p, "/..", 3))) {
            i += 3;
            while (out->len > start && out->data[out->len - 1] != '/')
                out->len--;
            if (out->len > start)
                out->len--;
            if (left == 3)
                strbuf_putc(out, '/');
        } else if ((left == 1 && *p == '.') || (left == 2 && !strncmp(p, "..", 2))) {
            i = n;
        } else {
            size_t seg = 1;
            while (seg < left && p[seg] != '/')
                seg++;
            if (*p != '/') {
                seg = 0;
                while (seg < left && p[seg] != '/')
                    seg++;
            }
            strbuf_append(out, p, seg);
            i += seg;
        }
    }
    if (out->data)
        out->data[out->len] = '\0';
}

char *iri_resolve(arena *a, const char *base, const char *ref)
{
    if (!base)
        return jl_arena_strdup(a, ref);
    uri_parts b, r;
    parse(base, &b);
    parse(ref, &r);
    strbuf out;
    strbuf_init(&out);
    const uri_parts *auth = &r, *query = &r;
    if (r.scheme) {
        strbuf_append(&out, r.scheme, r.scheme_n + 1);
    } else {
        if (b.scheme)
            strbuf_append(&out, b.scheme, b.scheme_n + 1);
        if (!r.authority)
            auth = &b;
    }
    if (auth->authority) {
        strbuf_append(&out, "//", 2);
        strbuf_append(&out, auth->authority, auth->authority_n);
    }
    if (r.scheme || r.authority) {
        remove_dot_segments(&out, r.path, r.path_n);
    } else if (r.path_n == 0) {
        strbuf_append(&out, b.path, b.path_n);
        if (!r.query)
            query = &b;
    } else if (r.path[0] == '/') {
        remove_dot_segments(&out, r.path, r.path_n);
    } else {
        strbuf merged;
        strbuf_init(&merged);
        if (b.authority && b.path_n == 0) {
            strbuf_putc(&merged, '/');
        } else {
            size_t keep = b.path_n;
            while (keep > 0 && b.path[keep - 1] != '/')
                keep--;
            strbuf_append(&merged, b.path, keep);
        }
        strbuf_append(&merged, r.path, r.path_n);
        remove_dot_segments(&out, strbuf_cstr(&merged), merged.len);
        strbuf_free(&merged);
    }
    if (query->query) {
        strbuf_putc(&out, '?');
        strbuf_append(&out, query->query, query->query_n);
    }
    if (r.fragment) {
        strbuf_putc(&out, '#');
        strbuf_append(&out, r.fragment, r.fragment_n);
    }
    char *res = out.failed ? NULL : jl_arena_strndup(a, strbuf_cstr(&out), out.len);
    strbuf_free(&out);
    return res;
}
