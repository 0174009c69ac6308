/* PLACEHOLDER until the content-checks branch lands. */
#ifndef EDUBADGES_MARKDOWN_H
#define EDUBADGES_MARKDOWN_H
#include "arena.h"
char *markdown_sanitize(arena *a, const char *markdown);
#endif
