/* ECTS credits as exact decimals in steps of 0.5, kept as tenths so nothing rounds. */
#ifndef EDUBADGES_ECTS_H
#define EDUBADGES_ECTS_H

#include <stdbool.h>

#include "arena.h"

/* Parses "7.5", "3" or "3.0" into tenths (75, 30, 30); false unless the text is a
 * non-negative decimal with at most one decimal digit that is a multiple of 0.5. */
bool ects_parse(const char *s, int *tenths);
/* The canonical text of tenths: "7.5", "3". */
char *ects_format(arena *a, int tenths);

#endif
