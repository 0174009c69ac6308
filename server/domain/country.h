/* Country and region codes: ISO 3166-1 alpha-2 and ISO 3166-2 subdivisions. */
#ifndef EDUBADGES_COUNTRY_H
#define EDUBADGES_COUNTRY_H

#include <stdbool.h>

/* Whether code (upper-case) is an officially assigned ISO 3166-1 alpha-2 code. */
bool country_code_valid(const char *code);
/* The ISO 3166-1 alpha-3 code of an assigned alpha-2 code ("NL" -> "NLD"); false when
 * code is not assigned. */
bool country_alpha3(const char *code, char out[4]);
/* Whether region is an ISO 3166-2 code of the country: "CC-" and 1 to 3 letters or
 * digits; for NL the actual list of provinces and Caribbean parts. */
bool region_code_valid(const char *country, const char *region);

#endif
