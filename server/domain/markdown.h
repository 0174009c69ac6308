/* Markdown of badge class descriptions, criteria and learning outcomes: the text stays as
 * written, embedded HTML is cut down to a small safe subset. */
#ifndef EDUBADGES_MARKDOWN_H
#define EDUBADGES_MARKDOWN_H

#include "arena.h"

/* markdown_sanitize's result is at most this many times as long as its input (the worst
 * case is an href full of '"', each written as "&quot;"). */
#define MARKDOWN_MAX_GROWTH 6

/* A copy of markdown (valid UTF-8; NULL counts as "") with its HTML made safe:
 * - HTML comments are removed; an unterminated one runs to the end. Other "<!...>" and
 *   "<?...>" markup is removed up to its '>'.
 * - script, style, iframe, object, embed, template, noscript, svg, math, textarea, title
 *   and xmp elements are removed with their content, up to the end when unterminated.
 * - p, br, b, strong, i, em, u, s, del, sub, sup, code, pre, blockquote, ul, ol, li,
 *   h1-h6, hr, a, table, thead, tbody, tr, th and td tags are rewritten in lower case
 *   without attributes; an a tag keeps its first href when, after decoding character
 *   references and dropping the white space a browser ignores, it is an http, https or
 *   mailto URL. That decoded URL is written back with & " < > as character references,
 *   so a browser reads exactly the URL that was checked.
 * - Every other tag is removed; the text around and between tags stays.
 * - A '<' followed by a letter, '/', '!' or '?' that starts none of the above is written
 *   as "&lt;" (rendered the same by Markdown), so an HTML parser can never read it as the
 *   start of a tag, for instance in an HTML block that a renderer passes on unchanged.
 *   Autolinks (<https://...>, <http://...>, <mailto:...>, <name@host>) stay as written
 *   unless an HTML parser could read "name=" inside them as an attribute or their start
 *   as an element name. Any other '<', as in "a < b", stays as written.
 * Markdown syntax is not parsed: HTML inside code spans and code blocks is treated like
 * any other HTML (`<b>` stays, `<img>` goes), because guessing where a renderer ends a
 * code span is how sanitizers get bypassed. Link destinations written in Markdown
 * ([x](url)) are left to the renderer, which must refuse schemes other than http, https
 * and mailto. */
char *markdown_sanitize(arena *a, const char *markdown);

#endif
