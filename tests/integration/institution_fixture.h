/* A valid institution request and calls on the institution service, for tests. */
#ifndef EDUBADGES_TEST_INSTITUTION_FIXTURE_H
#define EDUBADGES_TEST_INSTITUTION_FIXTURE_H

#include "edubadges/v1/institution.pb-c.h"
#include "harness.h"

typedef struct inst_fixture {
    Edubadges__V1__Institution inst;
    Edubadges__V1__LocalizedText name, description;
    char identifier[256];
} inst_fixture;

/* A valid Dutch WO institution with the given identifier. */
void inst_fixture_init(inst_fixture *f, const char *identifier);
void inst_create(eb_client *c, const Edubadges__V1__Institution *inst, eb_call_result *out);
void inst_get(eb_client *c, const char *name, eb_call_result *out);
/* Creates the institution and returns its resource name (static buffer); asserts OK. */
const char *inst_create_ok(test_env *env, const char *identifier);

#define INSTITUTION_SERVICE "/edubadges.v1.InstitutionService/"

#endif
