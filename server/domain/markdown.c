/* PLACEHOLDER until the content-checks branch lands. */
#include "markdown.h"
char *markdown_sanitize(arena *a, const char *markdown) { return arena_strdup(a, markdown); }
