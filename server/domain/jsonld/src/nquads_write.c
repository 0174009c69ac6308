/* Canonical N-Quads serialization (RDF 1.1 N-Quads canonical form as used by
 * RDFC-1.0): IRIs verbatim, literals with the minimal ECHAR/UCHAR escapes. */
#include "nquads_write.h"

#include <stdlib.h>
#include <string.h>

#include "nquads.h"

static void put_literal_text(strbuf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    const char *run = s;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        const char *esc = NULL;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case 0xC0: /* C0 80 is how U+0000 is stored (see nquads_parse.c) */
            if ((unsigned char)s[1] != 0x80)
                continue;
            strbuf_append(b, run, (size_t)(s - run));
            strbuf_append(b, "\\u0000", 6);
            run = s + 2;
            s++;
            continue;
        default:
            if (c >= 0x20 && c != 0x7f)
                continue;
        }
        strbuf_append(b, run, (size_t)(s - run));
        run = s + 1;
        if (esc) {
            strbuf_puts(b, esc);
        } else {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            strbuf_append(b, u, sizeof u);
        }
    }
    strbuf_append(b, run, (size_t)(s - run));
}

void nquads_put_term(strbuf *b, const rdf_term *t)
{
    switch (t->kind) {
    case RDF_IRI:
        strbuf_putc(b, '<');
        strbuf_puts(b, t->value);
        strbuf_putc(b, '>');
        break;
    case RDF_BLANK:
        strbuf_append(b, "_:", 2);
        strbuf_puts(b, t->value);
        break;
    case RDF_LITERAL:
        strbuf_putc(b, '"');
        put_literal_text(b, t->value);
        strbuf_putc(b, '"');
        if (t->language) {
            strbuf_putc(b, '@');
            strbuf_puts(b, t->language);
        } else if (t->datatype && strcmp(t->datatype, RDF_XSD_STRING) != 0) {
            strbuf_append(b, "^^<", 3);
            strbuf_puts(b, t->datatype);
            strbuf_putc(b, '>');
        }
        break;
    case RDF_DEFAULT_GRAPH:
        break;
    }
}

void nquads_put_quad(strbuf *b, const rdf_quad *q)
{
    nquads_put_term(b, &q->subject);
    strbuf_putc(b, ' ');
    nquads_put_term(b, &q->predicate);
    strbuf_putc(b, ' ');
    nquads_put_term(b, &q->object);
    if (q->graph.kind != RDF_DEFAULT_GRAPH) {
        strbuf_putc(b, ' ');
        nquads_put_term(b, &q->graph);
    }
    strbuf_append(b, " .\n", 3);
}

char *nquads_serialize(const rdf_dataset *ds)
{
    strbuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < rdf_dataset_size(ds); i++)
        nquads_put_quad(&b, rdf_dataset_quad(ds, i));
    return strbuf_take(&b);
}
