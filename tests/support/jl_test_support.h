/* Test helpers for the JSON-LD / RDFC-1.0 / Data Integrity suites: fixture
 * paths, file reading, JSON loading and dataset isomorphism. */
#ifndef EDUBADGES_JL_TEST_SUPPORT_H
#define EDUBADGES_JL_TEST_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "rdf.h"

/* FIXTURES_DIR "/" rel, in a static buffer (valid until the next call). */
const char *fixture_path(const char *rel);
/* Whole file, NUL-terminated, malloc'd; NULL if unreadable. */
char *read_file(const char *path, size_t *len);
/* JSON file parsed like the library parses documents; NULL on error. */
json_t *load_json(const char *path);
/* Parses N-Quads text into a new dataset; NULL on error. */
rdf_dataset *parse_nquads_file(const char *path);
/* Canonical N-Quads of ds (malloc'd) or NULL. */
char *canonical_nquads(const rdf_dataset *ds);
/* Runs the registered CUnit suites verbosely, releases the registry and the
 * default loader; returns the process exit status. */
int run_registered_tests(void);
/* Lowercase hex of bytes into out (2n+1 chars). */
void to_hex(const unsigned char *bytes, size_t n, char *out);

#endif
