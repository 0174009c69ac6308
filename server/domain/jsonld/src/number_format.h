/* Internal: number lexical forms needed by JSON-LD toRdf and JCS. */
#ifndef EDUBADGES_JL_NUMBER_FORMAT_H
#define EDUBADGES_JL_NUMBER_FORMAT_H

#include <stdbool.h>

enum { NUMBER_TEXT_MAX = 64 };

/* xsd:double canonical form as JSON-LD produces it, e.g. "5.3E0", "1.0E21". */
void number_xsd_double(double v, char out[NUMBER_TEXT_MAX]);
/* Integer lexical form of an integral double, e.g. "42", "-7". */
void number_xsd_integer(double v, char out[NUMBER_TEXT_MAX]);
/* ECMAScript Number::toString (shortest round trip), as JCS requires. */
void number_es_string(double v, char out[NUMBER_TEXT_MAX]);
/* True when v has a non-zero fractional part or |v| >= 1e21 (JSON-LD double). */
bool number_is_double(double v);

#endif
