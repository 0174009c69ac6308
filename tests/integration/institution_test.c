/* InstitutionService end to end against a real server and database: success, every
 * validation rule, not found, conflicts, etags, archive/delete, paging, authentication
 * and hostile strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "institution_fixture.h"
#include "wire.h"

static test_env env;

static int suite_init(void)
{
    test_env_start(&env, "institutions", NULL);
    return 0;
}

static int suite_clean(void)
{
    test_env_stop(&env);
    return 0;
}

static Edubadges__V1__Institution *as_inst(const eb_call_result *r)
{
    return (Edubadges__V1__Institution *)r->response;
}

static void test_create_normalises_and_reads_back(void)
{
    inst_fixture f;
    inst_fixture_init(&f, "  UvA.NL ");
    f.inst.brin = "21pk";
    f.inst.country_code = "nl";
    f.inst.region_code = "nl-nh";
    f.inst.eppn_pattern = ".*@(student\\.)?uva\\.nl";
    f.inst.micro_credentials_enabled = 1;
    eb_call_result r;
    inst_create(env.client, &f.inst, &r);
    if (!EXPECT_OK(r))
        return;
    Edubadges__V1__Institution *in = as_inst(&r);
    CU_ASSERT_STRING_EQUAL(in->identifier, "uva.nl");
    CU_ASSERT_STRING_EQUAL(in->brin, "21PK");
    CU_ASSERT_STRING_EQUAL(in->country_code, "NL");
    CU_ASSERT_STRING_EQUAL(in->region_code, "NL-NH");
    CU_ASSERT_EQUAL(in->state, EDUBADGES__V1__INSTITUTION__STATE__STATE_ACTIVE);
    CU_ASSERT_EQUAL(strlen(in->name), strlen("institutions/") + 22);
    CU_ASSERT_STRING_EQUAL(in->etag, "v1");
    CU_ASSERT_TRUE(in->micro_credentials_enabled);
    CU_ASSERT_PTR_NOT_NULL(in->create_time);
    eb_call_result g;
    inst_get(env.client, in->name, &g);
    if (EXPECT_OK(g)) {
        Edubadges__V1__Institution *got = as_inst(&g);
        CU_ASSERT_STRING_EQUAL(got->display_name->nl, "Universiteit van Amsterdam");
        CU_ASSERT_STRING_EQUAL(got->display_name->en, "University of Amsterdam");
        CU_ASSERT_STRING_EQUAL(got->eppn_pattern, ".*@(student\\.)?uva\\.nl");
        CU_ASSERT_EQUAL(got->sector, EDUBADGES__V1__SECTOR__SECTOR_WO);
        CU_ASSERT_EQUAL(got->default_language, EDUBADGES__V1__LANGUAGE__LANGUAGE_NL);
        CU_ASSERT_EQUAL(got->create_time->seconds, in->create_time->seconds);
    }
    eb_call_result_free(&g);
    eb_call_result_free(&r);
}

typedef struct rule_case {
    const char *what;
    void (*apply)(inst_fixture *f);
    const char *field;
} rule_case;

static char long_text[11000];

#define CASE(name, body)                                                                           \
    static void name(inst_fixture *f) { body; }
CASE(no_identifier, f->inst.identifier = "")
CASE(identifier_space, f->inst.identifier = "bad domain.nl")
CASE(identifier_one_label, f->inst.identifier = "localhost")
CASE(identifier_hyphen, f->inst.identifier = "-uva.nl")
CASE(identifier_trailing_dot, f->inst.identifier = "uva.nl.")
CASE(alt_same, { f->inst.alternative_identifier = f->identifier; })
CASE(alt_bad, f->inst.alternative_identifier = "x_y.nl")
CASE(no_names, { f->name.nl = ""; f->name.en = "  "; })
CASE(long_name, { long_text[256] = '\0'; memset(long_text, 'a', 256); f->name.nl = long_text; })
CASE(name_control, f->name.en = "Bad\tname")
CASE(no_descriptions, { f->description.en = ""; f->description.nl = ""; })
CASE(long_description, { memset(long_text, 'b', 10001); long_text[10001] = '\0'; f->description.en = long_text; })
CASE(no_sector, f->inst.sector = EDUBADGES__V1__SECTOR__SECTOR_UNSPECIFIED)
CASE(unknown_sector, f->inst.sector = (Edubadges__V1__Sector)99)
CASE(brin_short, f->inst.brin = "21P")
CASE(brin_letters_first, f->inst.brin = "AB12")
CASE(no_country, f->inst.country_code = "")
CASE(unknown_country, f->inst.country_code = "XX")
CASE(alpha3_country, f->inst.country_code = "NLD")
CASE(unknown_region, f->inst.region_code = "NL-XX")
CASE(region_other_country, f->inst.region_code = "BE-VAN")
CASE(grading_ftp, f->inst.grading_table_url = "ftp://example.org/table")
CASE(grading_no_host, f->inst.grading_table_url = "https:///table")
CASE(grading_space, f->inst.grading_table_url = "https://example.org/a table")
CASE(unknown_language, f->inst.default_language = (Edubadges__V1__Language)7)
CASE(bad_pattern, f->inst.eppn_pattern = "((.*@uva.nl")
CASE(interval_pattern, f->inst.eppn_pattern = "((a{1000}){1000}){1000}")
CASE(unanchoring_pattern, f->inst.eppn_pattern = ".*@uva\\.nl)|(.*")
CASE(long_pattern, { memset(long_text, 'c', 513); long_text[513] = '\0'; f->inst.eppn_pattern = long_text; })
#undef CASE

static const rule_case rules[] = {
    {"identifier required", no_identifier, "institution.identifier"},
    {"identifier with a space", identifier_space, "institution.identifier"},
    {"identifier of one label", identifier_one_label, "institution.identifier"},
    {"identifier label starting with a hyphen", identifier_hyphen, "institution.identifier"},
    {"identifier ending in a dot", identifier_trailing_dot, "institution.identifier"},
    {"alternative identifier equal to identifier", alt_same, "institution.alternative_identifier"},
    {"alternative identifier with an underscore", alt_bad, "institution.alternative_identifier"},
    {"no name in either language", no_names, "institution.display_name"},
    {"name of 256 characters", long_name, "institution.display_name.nl"},
    {"name with a tab", name_control, "institution.display_name.en"},
    {"no description", no_descriptions, "institution.description"},
    {"description of 10001 characters", long_description, "institution.description.en"},
    {"sector required", no_sector, "institution.sector"},
    {"unknown sector", unknown_sector, "institution.sector"},
    {"BRIN of three characters", brin_short, "institution.brin"},
    {"BRIN starting with letters", brin_letters_first, "institution.brin"},
    {"country required", no_country, "institution.country_code"},
    {"unassigned country", unknown_country, "institution.country_code"},
    {"alpha-3 country", alpha3_country, "institution.country_code"},
    {"unknown Dutch region", unknown_region, "institution.region_code"},
    {"region of another country", region_other_country, "institution.region_code"},
    {"grading table over ftp", grading_ftp, "institution.grading_table_url"},
    {"grading table without host", grading_no_host, "institution.grading_table_url"},
    {"grading table with a space", grading_space, "institution.grading_table_url"},
    {"unknown language", unknown_language, "institution.default_language"},
    {"eppn pattern that does not compile", bad_pattern, "institution.eppn_pattern"},
    {"eppn pattern with {m,n} repetition", interval_pattern, "institution.eppn_pattern"},
    {"eppn pattern that would escape its anchors", unanchoring_pattern, "institution.eppn_pattern"},
    {"eppn pattern of 513 characters", long_pattern, "institution.eppn_pattern"},
};

static void test_every_validation_rule(void)
{
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
        inst_fixture f;
        inst_fixture_init(&f, "rules.example.nl");
        rules[i].apply(&f);
        eb_call_result r;
        inst_create(env.client, &f.inst, &r);
        if (r.code != GRPC_STATUS_INVALID_ARGUMENT || r.n_violations != 1)
            fprintf(stderr, "\nrule \"%s\"\n", rules[i].what);
        EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
        EXPECT_VIOLATION(r, rules[i].field);
        CU_ASSERT_EQUAL(r.n_violations, 1);
        eb_call_result_free(&r);
    }
    /* nothing of the refused requests was stored */
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM institutions WHERE identifier = 'rules.example.nl'"), "0");
}

static void test_all_violations_at_once(void)
{
    Edubadges__V1__Institution empty = EDUBADGES__V1__INSTITUTION__INIT;
    eb_call_result r;
    inst_create(env.client, &empty, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "institution.identifier");
    EXPECT_VIOLATION(r, "institution.display_name");
    EXPECT_VIOLATION(r, "institution.description");
    EXPECT_VIOLATION(r, "institution.sector");
    EXPECT_VIOLATION(r, "institution.country_code");
    CU_ASSERT_EQUAL(r.n_violations, 5);
    eb_call_result_free(&r);

    Edubadges__V1__CreateInstitutionRequest req = EDUBADGES__V1__CREATE_INSTITUTION_REQUEST__INIT;
    eb_client_call(env.client, INSTITUTION_SERVICE "CreateInstitution", &req.base,
                   &edubadges__v1__institution__descriptor, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "institution");
    eb_call_result_free(&r);
}

/* CreateInstitutionRequest{institution{identifier: <bytes>}} and the same in display_name.nl */
static void send_hostile(const void *bytes, size_t len, const char *field)
{
    wire_buf inst = {.len = 0}, req = {.len = 0};
    if (strcmp(field, "institution.identifier") == 0) {
        wire_bytes(&inst, 2, bytes, len);
    } else {
        wire_buf name = {.len = 0};
        wire_bytes(&name, 1, bytes, len);
        wire_message(&inst, 4, &name);
    }
    wire_message(&req, 1, &inst);
    eb_call_result r;
    eb_client_call_raw(env.client, INSTITUTION_SERVICE "CreateInstitution", req.data, req.len,
                       &edubadges__v1__institution__descriptor, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, field);
    eb_call_result_free(&r);
}

static void test_hostile_strings(void)
{
    send_hostile("uva\0.nl", 7, "institution.identifier");
    send_hostile("Amster\0dam", 10, "institution.display_name.nl");
    send_hostile("\xff\xfe", 2, "institution.display_name.nl");
    send_hostile("\xc0\xaf", 2, "institution.identifier");       /* overlong */
    send_hostile("\xed\xa0\x80", 3, "institution.display_name.nl"); /* surrogate */
    /* every bad string is named, not only the first */
    wire_buf inst = {.len = 0}, name = {.len = 0}, req = {.len = 0};
    wire_bytes(&inst, 2, "uva\0.nl", 7);
    wire_bytes(&name, 1, "\xff", 1);
    wire_bytes(&name, 2, "Amster\0dam", 10);
    wire_message(&inst, 4, &name);
    wire_bytes(&inst, 7, "21\xc0\xaf", 4);
    wire_message(&req, 1, &inst);
    eb_call_result bad;
    eb_client_call_raw(env.client, INSTITUTION_SERVICE "CreateInstitution", req.data, req.len,
                       &edubadges__v1__institution__descriptor, &bad);
    EXPECT_CODE(bad, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(bad, "institution.identifier");
    EXPECT_VIOLATION(bad, "institution.display_name.nl");
    EXPECT_VIOLATION(bad, "institution.display_name.en");
    EXPECT_VIOLATION(bad, "institution.brin");
    CU_ASSERT_EQUAL(bad.n_violations, 4);
    eb_call_result_free(&bad);
    static char big[100 * 1024 + 1];
    memset(big, 'x', sizeof big - 1);
    inst_fixture f;
    inst_fixture_init(&f, "big.example.nl");
    f.name.nl = big;
    eb_call_result r;
    inst_create(env.client, &f.inst, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "institution.display_name.nl");
    eb_call_result_free(&r);
    /* garbage that is not a protobuf message at all */
    eb_client_call_raw(env.client, INSTITUTION_SERVICE "CreateInstitution", "\xff\xff\xff", 3,
                       &edubadges__v1__institution__descriptor, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_REASON(r, "MALFORMED_REQUEST");
    eb_call_result_free(&r);
}

static void test_not_found_and_bad_names(void)
{
    eb_call_result r;
    inst_get(env.client, "institutions/AAAAAAAAAAAAAAAAAAAAAA", &r);
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    EXPECT_REASON(r, "INSTITUTION_NOT_FOUND");
    eb_call_result_free(&r);
    const char *bad[] = {"", "institutions/", "institutions/short", "faculties/AAAAAAAAAAAAAAAAAAAAAA",
                         "institutions/AAAAAAAAAAAAAAAAAAAAA*", "institutions/AAAAAAAAAAAAAAAAAAAAAB"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        inst_get(env.client, bad[i], &r);
        EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
        EXPECT_VIOLATION(r, "name");
        eb_call_result_free(&r);
    }
}

static void test_duplicates(void)
{
    inst_create_ok(&env, "hva.nl");
    inst_fixture f;
    inst_fixture_init(&f, "HVA.nl");
    eb_call_result r;
    inst_create(env.client, &f.inst, &r);
    EXPECT_CODE(r, GRPC_STATUS_ALREADY_EXISTS);
    EXPECT_REASON(r, "INSTITUTION_IDENTIFIER_TAKEN");
    eb_call_result_free(&r);
    /* an alternative identifier may not be another institution's identifier, nor the reverse */
    inst_fixture_init(&f, "other.example.nl");
    f.inst.alternative_identifier = "hva.nl";
    inst_create(env.client, &f.inst, &r);
    EXPECT_CODE(r, GRPC_STATUS_ALREADY_EXISTS);
    EXPECT_REASON(r, "INSTITUTION_DOMAIN_TAKEN");
    eb_call_result_free(&r);
    inst_fixture_init(&f, "guest.example.nl");
    f.inst.alternative_identifier = "hva.tempguestidp.edubadges.nl";
    inst_create(env.client, &f.inst, &r);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    inst_fixture_init(&f, "hva.tempguestidp.edubadges.nl");
    inst_create(env.client, &f.inst, &r);
    EXPECT_CODE(r, GRPC_STATUS_ALREADY_EXISTS);
    CU_ASSERT_STRING_EQUAL(r.message, "the domain hva.tempguestidp.edubadges.nl already identifies another institution");
    eb_call_result_free(&r);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM institutions WHERE identifier IN "
                                          "('other.example.nl', 'hva.tempguestidp.edubadges.nl')"), "0");
}

static void update(const char *name, const char *etag, Edubadges__V1__Institution *inst,
                   const char *const *paths, size_t n_paths, eb_call_result *r)
{
    Edubadges__V1__UpdateInstitutionRequest req = EDUBADGES__V1__UPDATE_INSTITUTION_REQUEST__INIT;
    Google__Protobuf__FieldMask mask = GOOGLE__PROTOBUF__FIELD_MASK__INIT;
    inst->name = (char *)name;
    inst->etag = (char *)(etag ? etag : "");
    req.institution = inst;
    if (paths) {
        mask.paths = (char **)paths;
        mask.n_paths = n_paths;
        req.update_mask = &mask;
    }
    eb_client_call(env.client, INSTITUTION_SERVICE "UpdateInstitution", &req.base,
                   &edubadges__v1__institution__descriptor, r);
}

static void test_update_mask_and_etag(void)
{
    char name[128];
    snprintf(name, sizeof name, "%s", inst_create_ok(&env, "tudelft.nl"));
    Edubadges__V1__Institution patch = EDUBADGES__V1__INSTITUTION__INIT;
    Edubadges__V1__LocalizedText text = EDUBADGES__V1__LOCALIZED_TEXT__INIT;
    text.en = "Delft University of Technology";
    text.nl = "should not be written";
    patch.display_name = &text;
    patch.sector = EDUBADGES__V1__SECTOR__SECTOR_HBO; /* not in the mask: ignored */
    const char *paths[] = {"display_name.en"};
    eb_call_result r;
    update(name, "v1", &patch, paths, 1, &r);
    if (EXPECT_OK(r)) {
        Edubadges__V1__Institution *in = as_inst(&r);
        CU_ASSERT_STRING_EQUAL(in->display_name->en, "Delft University of Technology");
        CU_ASSERT_STRING_EQUAL(in->display_name->nl, "Universiteit van Amsterdam");
        CU_ASSERT_EQUAL(in->sector, EDUBADGES__V1__SECTOR__SECTOR_WO);
        CU_ASSERT_STRING_EQUAL(in->etag, "v2");
    }
    eb_call_result_free(&r);
    /* the old etag is stale now */
    update(name, "v1", &patch, paths, 1, &r);
    EXPECT_CODE(r, GRPC_STATUS_ABORTED);
    EXPECT_REASON(r, "ETAG_MISMATCH");
    eb_call_result_free(&r);
    update(name, "garbage", &patch, paths, 1, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "institution.etag");
    eb_call_result_free(&r);
    /* unknown and output-only paths */
    const char *bad_paths[] = {"display_name.en", "state", "nonsense"};
    update(name, NULL, &patch, bad_paths, 3, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "update_mask.paths[1]");
    EXPECT_VIOLATION(r, "update_mask.paths[2]");
    eb_call_result_free(&r);
    /* a huge unknown path is quoted in part: the status still fits in the metadata */
    static char huge[5001];
    memset(huge, 'p', sizeof huge - 1);
    const char *huge_path[] = {huge};
    update(name, NULL, &patch, huge_path, 1, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "update_mask.paths[0]");
    eb_call_result_free(&r);
    /* an update that breaks a rule changes nothing */
    const char *country[] = {"country_code"};
    patch.country_code = "ZZ";
    update(name, NULL, &patch, country, 1, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "institution.country_code");
    eb_call_result_free(&r);
    /* without a mask the fields set in the request change */
    Edubadges__V1__Institution implied = EDUBADGES__V1__INSTITUTION__INIT;
    implied.brin = "12ab";
    implied.require_mfa_for_staff = 1;
    update(name, NULL, &implied, NULL, 0, &r);
    if (EXPECT_OK(r)) {
        CU_ASSERT_STRING_EQUAL(as_inst(&r)->brin, "12AB");
        CU_ASSERT_TRUE(as_inst(&r)->require_mfa_for_staff);
        CU_ASSERT_STRING_EQUAL(as_inst(&r)->display_name->en, "Delft University of Technology");
        CU_ASSERT_STRING_EQUAL(as_inst(&r)->etag, "v3");
    }
    eb_call_result_free(&r);
    /* "*" replaces every updatable field, clearing what the request leaves empty */
    inst_fixture f;
    inst_fixture_init(&f, "tudelft.nl");
    f.inst.brin = "";
    const char *all[] = {"*"};
    update(name, "v3", &f.inst, all, 1, &r);
    if (EXPECT_OK(r)) {
        CU_ASSERT_STRING_EQUAL(as_inst(&r)->brin, "");
        CU_ASSERT_FALSE(as_inst(&r)->require_mfa_for_staff);
    }
    eb_call_result_free(&r);
    /* updating to a taken identifier */
    inst_create_ok(&env, "eur.nl");
    const char *ident[] = {"identifier"};
    Edubadges__V1__Institution taken = EDUBADGES__V1__INSTITUTION__INIT;
    taken.identifier = "eur.nl";
    update(name, NULL, &taken, ident, 1, &r);
    EXPECT_CODE(r, GRPC_STATUS_ALREADY_EXISTS);
    eb_call_result_free(&r);
    update("institutions/AAAAAAAAAAAAAAAAAAAAAA", NULL, &taken, ident, 1, &r);
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
}

static void archive_or_delete(const char *method, const char *name, const char *etag,
                              const ProtobufCMessageDescriptor *out, eb_call_result *r)
{
    Edubadges__V1__ArchiveInstitutionRequest a = EDUBADGES__V1__ARCHIVE_INSTITUTION_REQUEST__INIT;
    Edubadges__V1__DeleteInstitutionRequest d = EDUBADGES__V1__DELETE_INSTITUTION_REQUEST__INIT;
    char path[128];
    snprintf(path, sizeof path, INSTITUTION_SERVICE "%s", method);
    if (strcmp(method, "ArchiveInstitution") == 0) {
        a.name = (char *)name;
        a.etag = (char *)etag;
        eb_client_call(env.client, path, &a.base, out, r);
    } else {
        d.name = (char *)name;
        d.etag = (char *)etag;
        eb_client_call(env.client, path, &d.base, out, r);
    }
}

static int count_listed(const char *identifier, bool show_archived)
{
    Edubadges__V1__ListInstitutionsRequest req = EDUBADGES__V1__LIST_INSTITUTIONS_REQUEST__INIT;
    req.page_size = 1000;
    req.show_archived = show_archived;
    eb_call_result r;
    eb_client_call(env.client, INSTITUTION_SERVICE "ListInstitutions", &req.base,
                   &edubadges__v1__list_institutions_response__descriptor, &r);
    int n = 0;
    if (EXPECT_OK(r)) {
        Edubadges__V1__ListInstitutionsResponse *l = (void *)r.response;
        for (size_t i = 0; i < l->n_institutions; i++)
            n += strcmp(l->institutions[i]->identifier, identifier) == 0;
    }
    eb_call_result_free(&r);
    return n;
}

static void test_archive_and_delete(void)
{
    char name[128];
    snprintf(name, sizeof name, "%s", inst_create_ok(&env, "ru.nl"));
    eb_call_result r;
    archive_or_delete("ArchiveInstitution", name, "v9", &edubadges__v1__institution__descriptor, &r);
    EXPECT_CODE(r, GRPC_STATUS_ABORTED);
    eb_call_result_free(&r);
    archive_or_delete("ArchiveInstitution", name, "v1", &edubadges__v1__institution__descriptor, &r);
    if (EXPECT_OK(r))
        CU_ASSERT_EQUAL(as_inst(&r)->state, EDUBADGES__V1__INSTITUTION__STATE__STATE_ARCHIVED);
    eb_call_result_free(&r);
    CU_ASSERT_EQUAL(count_listed("ru.nl", false), 0);
    CU_ASSERT_EQUAL(count_listed("ru.nl", true), 1);
    archive_or_delete("DeleteInstitution", name, "v1",
                      &edubadges__v1__delete_institution_response__descriptor, &r);
    EXPECT_CODE(r, GRPC_STATUS_ABORTED);
    eb_call_result_free(&r);
    archive_or_delete("DeleteInstitution", name, "",
                      &edubadges__v1__delete_institution_response__descriptor, &r);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    inst_get(env.client, name, &r);
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
    archive_or_delete("DeleteInstitution", name, "",
                      &edubadges__v1__delete_institution_response__descriptor, &r);
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
    /* the domain is free again */
    inst_create_ok(&env, "ru.nl");
}

static void list_page(Edubadges__V1__ListInstitutionsRequest *req, eb_call_result *r)
{
    eb_client_call(env.client, INSTITUTION_SERVICE "ListInstitutions", &req->base,
                   &edubadges__v1__list_institutions_response__descriptor, r);
}

static void test_paging_250_by_7(void)
{
    enum { N = 250 };
    for (int i = 0; i < N; i++) {
        char ident[64];
        snprintf(ident, sizeof ident, "page%03d.example.org", (i * 37) % N); /* created out of order */
        inst_create_ok(&env, ident);
    }
    int seen[N] = {0};
    char last[256] = "";
    char token[4096] = "";
    int pages = 0, bad_order = 0;
    for (;;) {
        Edubadges__V1__ListInstitutionsRequest req = EDUBADGES__V1__LIST_INSTITUTIONS_REQUEST__INIT;
        req.page_size = 7;
        req.page_token = token;
        eb_call_result r;
        list_page(&req, &r);
        if (!EXPECT_OK(r))
            return;
        Edubadges__V1__ListInstitutionsResponse *l = (void *)r.response;
        CU_ASSERT_TRUE(l->n_institutions <= 7);
        for (size_t i = 0; i < l->n_institutions; i++) {
            const char *id = l->institutions[i]->identifier;
            if (strcmp(id, last) <= 0)
                bad_order++;
            snprintf(last, sizeof last, "%s", id);
            int k;
            if (sscanf(id, "page%03d.example.org", &k) == 1 && k >= 0 && k < N)
                seen[k]++;
        }
        pages++;
        snprintf(token, sizeof token, "%s", l->next_page_token);
        eb_call_result_free(&r);
        if (!*token)
            break;
    }
    CU_ASSERT_EQUAL(bad_order, 0);
    int once = 0;
    for (int i = 0; i < N; i++)
        once += seen[i] == 1;
    CU_ASSERT_EQUAL(once, N);
    CU_ASSERT_TRUE(pages >= N / 7);

    /* a token is bound to its filters; garbage is refused; page sizes are bounded */
    Edubadges__V1__ListInstitutionsRequest req = EDUBADGES__V1__LIST_INSTITUTIONS_REQUEST__INIT;
    req.page_size = 7;
    eb_call_result r;
    list_page(&req, &r);
    char first_token[4096];
    snprintf(first_token, sizeof first_token, "%s",
             r.code == GRPC_STATUS_OK ? ((Edubadges__V1__ListInstitutionsResponse *)r.response)->next_page_token : "");
    eb_call_result_free(&r);
    req.page_token = first_token;
    req.sector = EDUBADGES__V1__SECTOR__SECTOR_HBO;
    list_page(&req, &r);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "page_token");
    eb_call_result_free(&r);
    req.sector = 0;
    req.page_token = "not-a-token";
    list_page(&req, &r);
    EXPECT_VIOLATION(r, "page_token");
    eb_call_result_free(&r);
    req.page_token = "";
    req.page_size = 1001;
    list_page(&req, &r);
    EXPECT_VIOLATION(r, "page_size");
    eb_call_result_free(&r);
    req.page_size = -1;
    list_page(&req, &r);
    EXPECT_VIOLATION(r, "page_size");
    eb_call_result_free(&r);
    req.page_size = 0;
    req.sector = (Edubadges__V1__Sector)42;
    list_page(&req, &r);
    EXPECT_VIOLATION(r, "sector");
    eb_call_result_free(&r);
    /* the default page size is 50 */
    req.sector = 0;
    list_page(&req, &r);
    if (EXPECT_OK(r))
        CU_ASSERT_EQUAL(((Edubadges__V1__ListInstitutionsResponse *)r.response)->n_institutions, 50);
    eb_call_result_free(&r);
}

static void test_authentication(void)
{
    inst_fixture f;
    inst_fixture_init(&f, "anon.example.nl");
    eb_call_result r;
    inst_create(env.anonymous, &f.inst, &r);
    EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
    eb_call_result_free(&r);
    inst_get(env.anonymous, "institutions/AAAAAAAAAAAAAAAAAAAAAA", &r);
    EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
    eb_call_result_free(&r);
    const char *methods[] = {"ListInstitutions", "UpdateInstitution", "ArchiveInstitution",
                             "DeleteInstitution"};
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
        char path[128];
        snprintf(path, sizeof path, INSTITUTION_SERVICE "%s", methods[i]);
        eb_client_call_raw(env.anonymous, path, "", 0, &edubadges__v1__institution__descriptor, &r);
        EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
        eb_call_result_free(&r);
    }
    /* wrong secret, unknown format, wrong scheme */
    eb_client_options o = {.target = env.target, .timeout_ms = 10000};
    char forged[256];
    snprintf(forged, sizeof forged, "%s", env.token);
    forged[strlen(forged) - 1] = forged[strlen(forged) - 1] == 'A' ? 'B' : 'A';
    const char *tokens[] = {forged, "nonsense", "ebo.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"};
    for (size_t i = 0; i < 3; i++) {
        o.token = tokens[i];
        eb_client *c = eb_client_create(&o);
        inst_get(c, "institutions/AAAAAAAAAAAAAAAAAAAAAA", &r);
        EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
        eb_call_result_free(&r);
        eb_client_destroy(c);
    }
    /* the vocabularies need no token */
    eb_client_call_raw(env.anonymous, "/edubadges.v1.VocabularyService/ListVocabularies", "", 0,
                       &edubadges__v1__institution__descriptor, &r);
    CU_ASSERT_EQUAL(r.code, GRPC_STATUS_OK);
    eb_call_result_free(&r);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM institutions WHERE identifier = 'anon.example.nl'"), "0");
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("institutions", suite_init, suite_clean);
    CU_add_test(s, "create normalises and reads back", test_create_normalises_and_reads_back);
    CU_add_test(s, "every validation rule", test_every_validation_rule);
    CU_add_test(s, "all violations at once", test_all_violations_at_once);
    CU_add_test(s, "hostile strings", test_hostile_strings);
    CU_add_test(s, "not found and bad names", test_not_found_and_bad_names);
    CU_add_test(s, "duplicates", test_duplicates);
    CU_add_test(s, "update mask and etag", test_update_mask_and_etag);
    CU_add_test(s, "archive and delete", test_archive_and_delete);
    CU_add_test(s, "paging 250 by 7", test_paging_250_by_7);
    CU_add_test(s, "authentication", test_authentication);
    return test_run_all();
}
