/* Unit tests of the protobuf plumbing: the wire-level string check of requests and the
 * proto3 JSON mapping of the CLI. */
#include <stdio.h>
#include <string.h>

#include "edubadges/v1/institution.pb-c.h"
#include "harness.h"
#include "pbjson.h"
#include "wire.h"
#include "wire_check.h"

typedef struct seen {
    char paths[4][128];
    const char *problems[4];
    size_t n;
} seen;

static void remember(void *ctx, const char *path, const char *problem)
{
    seen *s = ctx;
    if (s->n < 4) {
        snprintf(s->paths[s->n], sizeof s->paths[0], "%s", path);
        s->problems[s->n] = problem;
    }
    s->n++;
}

static void test_wire_check_names_every_field(void)
{
    wire_buf name = {.len = 0}, inst = {.len = 0}, req = {.len = 0};
    wire_bytes(&name, 2, "ok", 2);
    wire_bytes(&name, 1, "a\0b", 3);
    wire_message(&inst, 4, &name);
    wire_bytes(&inst, 2, "\xc0\xaf", 2);
    wire_message(&req, 1, &inst);
    seen s = {.n = 0};
    CU_ASSERT_EQUAL(wire_check_strings(&edubadges__v1__create_institution_request__descriptor,
                                       req.data, req.len, remember, &s), 2);
    CU_ASSERT_EQUAL_FATAL(s.n, 2);
    CU_ASSERT_STRING_EQUAL(s.paths[0], "institution.display_name.nl");
    CU_ASSERT_STRING_EQUAL(s.problems[0], "must not contain NUL characters");
    CU_ASSERT_STRING_EQUAL(s.paths[1], "institution.identifier");
    CU_ASSERT_STRING_EQUAL(s.problems[1], "must be valid UTF-8");

    wire_buf list = {.len = 0}, good = {.len = 0}, bad = {.len = 0};
    wire_bytes(&good, 2, "uu.nl", 5);
    wire_bytes(&bad, 2, "\xff", 1);
    wire_message(&list, 1, &good);
    wire_message(&list, 1, &bad);
    s.n = 0;
    CU_ASSERT_EQUAL(wire_check_strings(&edubadges__v1__list_institutions_response__descriptor,
                                       list.data, list.len, remember, &s), 1);
    CU_ASSERT_STRING_EQUAL(s.paths[0], "institutions[1].identifier");
    CU_ASSERT_STRING_EQUAL(s.problems[0], "must be valid UTF-8");

    wire_buf fine = {.len = 0};
    wire_bytes(&fine, 2, "Universit\xc3\xa9", 11);
    s.n = 0;
    CU_ASSERT_EQUAL(wire_check_strings(&edubadges__v1__institution__descriptor, fine.data, fine.len,
                                       remember, &s), 0);
}

static void test_json_round_trip(void)
{
    arena *a = arena_create();
    const char *text =
        "{\"institution\": {\"identifier\": \"uu.nl\", \"display_name\": {\"nl\": \"Universiteit Utrecht\"},"
        " \"sector\": \"SECTOR_WO\", \"defaultLanguage\": 2, \"microCredentialsEnabled\": true,"
        " \"createTime\": \"2024-09-01T10:00:00.5+02:00\"},"
        " \"updateMask\": \"displayName.nl,sector\"}";
    json_t *in = json_loads(text, 0, NULL);
    char err[256];
    ProtobufCMessage *m = pbjson_to_message(a, &edubadges__v1__update_institution_request__descriptor,
                                            in, err, sizeof err);
    json_decref(in);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    Edubadges__V1__UpdateInstitutionRequest *req = (void *)m;
    CU_ASSERT_STRING_EQUAL(req->institution->display_name->nl, "Universiteit Utrecht");
    CU_ASSERT_EQUAL(req->institution->sector, EDUBADGES__V1__SECTOR__SECTOR_WO);
    CU_ASSERT_EQUAL(req->institution->default_language, EDUBADGES__V1__LANGUAGE__LANGUAGE_EN);
    CU_ASSERT_EQUAL(req->institution->create_time->seconds, 1725177600);
    CU_ASSERT_EQUAL(req->institution->create_time->nanos, 500000000);
    CU_ASSERT_EQUAL(req->update_mask->n_paths, 2);
    CU_ASSERT_STRING_EQUAL(req->update_mask->paths[0], "display_name.nl");
    json_t *out = pbjson_from_message(m);
    json_t *inst = json_object_get(out, "institution");
    CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(inst, "sector")), "SECTOR_WO");
    CU_ASSERT_STRING_EQUAL(json_string_value(json_object_get(inst, "createTime")),
                           "2024-09-01T08:00:00.500000Z");
    CU_ASSERT_PTR_NULL(json_object_get(inst, "brin")); /* defaults are left out */
    json_decref(out);
    arena_destroy(a);
}

static void expect_json_error(const char *text, const char *fragment)
{
    arena *a = arena_create();
    json_t *in = json_loads(text, 0, NULL);
    char err[256];
    ProtobufCMessage *m = pbjson_to_message(a, &edubadges__v1__create_institution_request__descriptor,
                                            in, err, sizeof err);
    CU_ASSERT_PTR_NULL(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, fragment));
    json_decref(in);
    arena_destroy(a);
}

static void test_json_errors_name_the_path(void)
{
    expect_json_error("{\"institution\": {\"sector\": \"SECTOR_XX\"}}", "institution.sector");
    expect_json_error("{\"institution\": {\"nonsense\": 1}}", "institution.nonsense");
    expect_json_error("{\"institution\": {\"identifier\": 5}}", "must be a string");
    expect_json_error("{\"institution\": {\"createTime\": \"yesterday\"}}", "RFC 3339");
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("codecs", NULL, NULL);
    CU_add_test(s, "wire check names every bad string", test_wire_check_names_every_field);
    CU_add_test(s, "JSON round trip", test_json_round_trip);
    CU_add_test(s, "JSON errors name the path", test_json_errors_name_the_path);
    return test_run_all();
}
