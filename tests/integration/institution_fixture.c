/* A valid institution request and calls on the institution service, for tests. */
#include "institution_fixture.h"

#include <stdio.h>
#include <string.h>

void inst_fixture_init(inst_fixture *f, const char *identifier)
{
    memset(f, 0, sizeof *f);
    edubadges__v1__institution__init(&f->inst);
    edubadges__v1__localized_text__init(&f->name);
    edubadges__v1__localized_text__init(&f->description);
    snprintf(f->identifier, sizeof f->identifier, "%s", identifier);
    f->name.nl = "Universiteit van Amsterdam";
    f->name.en = "University of Amsterdam";
    f->description.en = "A research university in Amsterdam.";
    f->inst.identifier = f->identifier;
    f->inst.display_name = &f->name;
    f->inst.description = &f->description;
    f->inst.sector = EDUBADGES__V1__SECTOR__SECTOR_WO;
    f->inst.brin = "21PK";
    f->inst.country_code = "NL";
    f->inst.region_code = "NL-NH";
    f->inst.grading_table_url = "https://www.uva.nl/grading-table";
    f->inst.default_language = EDUBADGES__V1__LANGUAGE__LANGUAGE_NL;
}

void inst_create(eb_client *c, const Edubadges__V1__Institution *inst, eb_call_result *out)
{
    Edubadges__V1__CreateInstitutionRequest req = EDUBADGES__V1__CREATE_INSTITUTION_REQUEST__INIT;
    req.institution = (Edubadges__V1__Institution *)inst;
    eb_client_call(c, INSTITUTION_SERVICE "CreateInstitution", &req.base,
                   &edubadges__v1__institution__descriptor, out);
}

void inst_get(eb_client *c, const char *name, eb_call_result *out)
{
    Edubadges__V1__GetInstitutionRequest req = EDUBADGES__V1__GET_INSTITUTION_REQUEST__INIT;
    req.name = (char *)name;
    eb_client_call(c, INSTITUTION_SERVICE "GetInstitution", &req.base,
                   &edubadges__v1__institution__descriptor, out);
}

const char *inst_create_ok(test_env *env, const char *identifier)
{
    static char name[128];
    inst_fixture f;
    inst_fixture_init(&f, identifier);
    eb_call_result r;
    inst_create(env->client, &f.inst, &r);
    EXPECT_OK(r);
    name[0] = '\0';
    if (r.code == GRPC_STATUS_OK)
        snprintf(name, sizeof name, "%s", ((Edubadges__V1__Institution *)r.response)->name);
    eb_call_result_free(&r);
    return name;
}
