/* The assertion message of the API, shared by the services that issue assertions. */
#ifndef EDUBADGES_ASSERTION_CONVERT_H
#define EDUBADGES_ASSERTION_CONVERT_H

#include "assertion.h"
#include "edubadges/v1/assertion.pb-c.h"

Edubadges__V1__Assertion *assertion_to_pb(arena *a, const eb_assertion *as);

#endif
