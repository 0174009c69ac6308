/* N-Quads parser: one statement per line, IRIs, blank nodes, literals with
 * ECHAR/UCHAR escapes, optional graph label, comments. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "nquads.h"
#include "strbuf.h"
#include "utf8.h"

typedef struct parser {
    const char *p, *end;
    size_t line;
    jl_error *err;
    strbuf bufs[4]; /* subject, predicate, object (value), graph */
    strbuf datatype, language;
} parser;

static jl_status fail(parser *ps, const char *what)
{
    return jl_error_set(ps->err, JL_ERR_NQUADS_SYNTAX, "line %zu: %s", ps->line, what);
}

static void skip_ws(parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t'))
        ps->p++;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* After a backslash: decodes \uXXXX or \UXXXXXXXX (and ECHARs when allowed). */
static jl_status escape(parser *ps, strbuf *out, bool echar)
{
    if (ps->p >= ps->end)
        return fail(ps, "truncated escape");
    char c = *ps->p++;
    if (c == 'u' || c == 'U') {
        int n = c == 'u' ? 4 : 8;
        if (ps->end - ps->p < n)
            return fail(ps, "truncated \\u escape");
        uint32_t cp = 0;
        for (int i = 0; i < n; i++) {
            int v = hexval(ps->p[i]);
            if (v < 0)
                return fail(ps, "bad hex digit in escape");
            cp = cp * 16 + (uint32_t)v;
        }
        ps->p += n;
        char u[4];
        /* U+0000 is kept as the two-byte form C0 80 so values stay C strings. */
        size_t len = cp ? utf8_encode(cp, u) : (u[0] = (char)0xC0, u[1] = (char)0x80, 2);
        if (!len)
            return fail(ps, "escape is not a Unicode scalar value");
        strbuf_append(out, u, len);
        return JL_OK;
    }
    static const char from[] = "tbnrf\"'\\", to[] = "\t\b\n\r\f\"'\\";
    const char *k = echar ? strchr(from, c) : NULL;
    if (!k || !c)
        return fail(ps, "invalid escape");
    strbuf_putc(out, to[k - from]);
    return JL_OK;
}

static jl_status iri(parser *ps, strbuf *out)
{
    ps->p++; /* '<' */
    while (ps->p < ps->end && *ps->p != '>') {
        char c = *ps->p;
        if (c == '\\') {
            ps->p++;
            if (escape(ps, out, false))
                return ps->err->code;
            continue;
        }
        if ((unsigned char)c <= 0x20 || strchr("<\"{}|^`", c))
            return fail(ps, "invalid character in IRI");
        strbuf_putc(out, c);
        ps->p++;
    }
    if (ps->p >= ps->end)
        return fail(ps, "unterminated IRI");
    ps->p++;
    if (!memchr(strbuf_cstr(out), ':', out->len))
        return fail(ps, "relative IRI");
    return JL_OK;
}

static bool label_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '-' || c == '.' || c == ':' ||
           (unsigned char)c >= 0x80;
}

static jl_status blank(parser *ps, strbuf *out)
{
    if (ps->end - ps->p < 3 || ps->p[1] != ':')
        return fail(ps, "invalid blank node");
    ps->p += 2;
    const char *start = ps->p;
    while (ps->p < ps->end && label_char(*ps->p))
        ps->p++;
    while (ps->p > start && ps->p[-1] == '.') /* a label never ends with '.' */
        ps->p--;
    if (ps->p == start)
        return fail(ps, "empty blank node label");
    strbuf_append(out, start, (size_t)(ps->p - start));
    return JL_OK;
}

static jl_status literal(parser *ps, rdf_term *t, strbuf *out)
{
    ps->p++; /* '"' */
    while (ps->p < ps->end && *ps->p != '"') {
        char c = *ps->p++;
        if (c == '\\') {
            if (escape(ps, out, true))
                return ps->err->code;
        } else if (c == '\n' || c == '\r') {
            return fail(ps, "newline in literal");
        } else {
            strbuf_putc(out, c);
        }
    }
    if (ps->p >= ps->end)
        return fail(ps, "unterminated literal");
    ps->p++;
    if (ps->p < ps->end && *ps->p == '@') {
        const char *start = ++ps->p;
        while (ps->p < ps->end && (isalnum((unsigned char)*ps->p) || *ps->p == '-'))
            ps->p++;
        if (ps->p == start)
            return fail(ps, "empty language tag");
        strbuf_append(&ps->language, start, (size_t)(ps->p - start));
        *t = rdf_literal(NULL, NULL, strbuf_cstr(&ps->language));
    } else if (ps->end - ps->p >= 3 && ps->p[0] == '^' && ps->p[1] == '^' && ps->p[2] == '<') {
        ps->p += 2;
        if (iri(ps, &ps->datatype))
            return ps->err->code;
        *t = rdf_literal(NULL, strbuf_cstr(&ps->datatype), NULL);
    } else {
        *t = rdf_literal(NULL, NULL, NULL);
    }
    return JL_OK;
}

/* Parses one term into t (its value in buf): an IRI, or a blank node or a
 * literal where allowed. */
static jl_status term(parser *ps, rdf_term *t, strbuf *buf, bool allow_blank, bool allow_literal)
{
    skip_ws(ps);
    if (ps->p >= ps->end)
        return fail(ps, "unexpected end of statement");
    jl_status st;
    if (*ps->p == '<') {
        st = iri(ps, buf);
        t->kind = RDF_IRI;
    } else if (*ps->p == '_' && allow_blank) {
        st = blank(ps, buf);
        t->kind = RDF_BLANK;
    } else if (*ps->p == '"' && allow_literal) {
        st = literal(ps, t, buf);
    } else {
        return fail(ps, "unexpected character");
    }
    t->value = strbuf_cstr(buf);
    return st;
}

static void reset(parser *ps)
{
    for (int i = 0; i < 4; i++)
        strbuf_reset(&ps->bufs[i]);
    strbuf_reset(&ps->datatype);
    strbuf_reset(&ps->language);
}

static jl_status statement(parser *ps, rdf_dataset *ds)
{
    rdf_quad q = {0};
    reset(ps);
    if (term(ps, &q.subject, &ps->bufs[0], true, false) ||
        term(ps, &q.predicate, &ps->bufs[1], true, false) ||
        term(ps, &q.object, &ps->bufs[2], true, true))
        return ps->err->code;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p != '.' &&
        term(ps, &q.graph, &ps->bufs[3], true, false))
        return ps->err->code;
    skip_ws(ps);
    if (ps->p >= ps->end || *ps->p != '.')
        return fail(ps, "expected '.'");
    ps->p++;
    for (int i = 0; i < 4; i++)
        if (ps->bufs[i].failed)
            return jl_error_set(ps->err, JL_ERR_NOMEM, "N-Quads parse");
    return rdf_dataset_add(ds, &q, ps->err);
}

/* Skips trailing blanks and an optional comment, then requires end of line. */
static jl_status end_of_line(parser *ps)
{
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == '#')
        while (ps->p < ps->end && *ps->p != '\n' && *ps->p != '\r')
            ps->p++;
    if (ps->p < ps->end && *ps->p != '\n' && *ps->p != '\r')
        return fail(ps, "trailing characters");
    while (ps->p < ps->end && (*ps->p == '\n' || *ps->p == '\r')) {
        if (*ps->p == '\n')
            ps->line++;
        ps->p++;
    }
    return JL_OK;
}

jl_status nquads_parse(const char *text, size_t len, rdf_dataset *ds, jl_error *err)
{
    jl_error local;
    jl_error_clear(&local);
    parser ps = {.p = text, .end = text + len, .line = 1, .err = err ? err : &local};
    for (int i = 0; i < 4; i++)
        strbuf_init(&ps.bufs[i]);
    strbuf_init(&ps.datatype);
    strbuf_init(&ps.language);
    jl_status st = JL_OK;
    while (!st && ps.p < ps.end) {
        skip_ws(&ps);
        if (ps.p < ps.end && *ps.p != '#' && *ps.p != '\n' && *ps.p != '\r')
            st = statement(&ps, ds);
        if (!st)
            st = end_of_line(&ps);
    }
    for (int i = 0; i < 4; i++)
        strbuf_free(&ps.bufs[i]);
    strbuf_free(&ps.datatype);
    strbuf_free(&ps.language);
    return st;
}
