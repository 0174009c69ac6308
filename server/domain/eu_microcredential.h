/* The EU micro-credential metadata of a badge class as Linked Data under our own JSON-LD
 * context (contexts/edubadges-eu-microcredential-1.0.jsonld, documented beside it): the
 * context's URL, the IRIs of enumerated values, and the terms of a badge class. Used by
 * the Open Badges 2.0 BadgeClass and the Open Badges 3.0 Achievement alike. */
#ifndef EDUBADGES_EU_MICROCREDENTIAL_H
#define EDUBADGES_EU_MICROCREDENTIAL_H

#include <jansson.h>

#include "arena.h"
#include "badge_class.h"
#include "vocabulary.h"

/* The immutable, versioned context; put it last in @context. */
#define EUMC_CONTEXT_URL "https://edubadges.nl/contexts/eu-microcredential/1.0.jsonld"
/* Where every server serves it, below its public base URL. */
#define EUMC_CONTEXT_PATH "/contexts/eu-microcredential/1.0.jsonld"
/* Our enumerated values that have no European Learning Model concept live below this. */
#define EUMC_VALUE_BASE "https://edubadges.nl/ns/eu-microcredential/"

/* The IRI of an enumerated value: its European Learning Model concept where the
 * vocabulary maps one, else EUMC_VALUE_BASE "{vocabulary}/{code}". NULL when number is no
 * value of v or v is not a vocabulary of the context. */
char *eumc_value_iri(arena *a, const vocabulary *v, int number);
/* http://data.europa.eu/snb/eqf/{level} for 1..8, else NULL. */
char *eumc_eqf_level_iri(arena *a, int level);
/* The EU country authority IRI of an ISO 3166-1 alpha-2 code, else NULL. */
char *eumc_country_iri(arena *a, const char *alpha2);

/* Adds to obj every EU micro-credential term that bc has a value for (and nothing for
 * the values it lacks). */
void eumc_add_terms(json_t *obj, arena *a, const eb_badge_class *bc);

#endif
