/* Unicode Normalization Form C and full case folding of UTF-8 strings, for comparing
 * identifiers without ICU (data in unicode_tables.c, see tools/gen/unicode_tables.py). */
#ifndef EDUBADGES_UNICODE_NORM_H
#define EDUBADGES_UNICODE_NORM_H

#include "arena.h"

/* NFC (UAX #15): full canonical decomposition, canonical ordering of combining marks,
 * canonical composition (Hangul algorithmically; composition exclusions, singletons and
 * non-starter decompositions never compose). NULL or invalid UTF-8 gives NULL. Runs of
 * combining marks must be shorter than 2^32 code points. */
char *unicode_nfc(arena *a, const char *utf8);

/* Full default case folding (CaseFolding.txt statuses C and F, what Python's
 * str.casefold() does), code point by code point: "ß" -> "ss", "Σ" and "ς" -> "σ",
 * "İ" -> "i" U+0307, "I" -> "i" (not the Turkic mappings). Folding rather than lower-casing
 * because it is meant for caseless matching: it has no context rules (lower-casing turns a
 * final "Σ" into "ς"), it unifies forms lower-casing keeps apart ("ß"/"SS", "ς"/"σ",
 * Cherokee), and Unicode keeps it stable across versions. The result need not be NFC
 * (U+01F0 folds to "j" U+030C). NULL or invalid UTF-8 gives NULL. */
char *unicode_casefold(arena *a, const char *utf8);

#endif
