/* Private to unicode_norm.c: the layout of the generated Unicode data in unicode_tables.c
 * (tools/gen/unicode_tables.py). Every array is sorted by its first field. */
#ifndef EDUBADGES_UNICODE_TABLES_H
#define EDUBADGES_UNICODE_TABLES_H

#include <stddef.h>
#include <stdint.h>

/* No code point decomposes or folds to more than this many (the generator checks it;
 * a Hangul syllable decomposes to at most 3 jamo). */
#define UNICODE_MAX_EXPANSION 4

/* count consecutive code points from first share the non-zero combining class ccc */
typedef struct {
    uint32_t first;
    uint16_t count;
    uint8_t ccc;
} unicode_ccc_range;

/* code point cp maps to pool[offset .. offset + length) */
typedef struct {
    uint32_t cp;
    uint16_t offset;
    uint8_t length;
} unicode_mapping;

/* first + second compose canonically to composite (exclusions already left out) */
typedef struct {
    uint32_t first;
    uint32_t second;
    uint32_t composite;
} unicode_pair;

extern const unicode_ccc_range unicode_ccc_ranges[];
extern const size_t unicode_ccc_count;

/* full canonical decompositions (already recursive and canonically ordered), no Hangul */
extern const unicode_mapping unicode_decompositions[];
extern const size_t unicode_decomposition_count;
extern const uint32_t unicode_decomposition_pool[];

/* primary composites, sorted by (first, second), no Hangul */
extern const unicode_pair unicode_compositions[];
extern const size_t unicode_composition_count;

/* full case folding, CaseFolding.txt statuses C and F */
extern const unicode_mapping unicode_foldings[];
extern const size_t unicode_folding_count;
extern const uint32_t unicode_folding_pool[];

#endif
