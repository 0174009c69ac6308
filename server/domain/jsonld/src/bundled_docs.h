/* Internal: the context documents embedded at build time (see
 * cmake/embed_contexts.cmake and contexts/index.json). */
#ifndef EDUBADGES_JL_BUNDLED_DOCS_H
#define EDUBADGES_JL_BUNDLED_DOCS_H

#include <stddef.h>

typedef struct bundled_doc {
    const char *url;
    const char *text; /* NUL-terminated JSON */
    size_t len;
} bundled_doc;

extern const bundled_doc bundled_docs[];
extern const size_t bundled_doc_count;

#endif
