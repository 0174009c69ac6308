/* Unit tests of the Open Badges 3.0 credential builder and of the JSON Schema validator:
 * the content rules, the OB 3.0 schema, eddsa-rdfc-2022 signing in safe mode (every term
 * defined), and the validator on the 1EdTech and edubadges examples. */
#include <sodium.h>
#include <string.h>

#include "credential_schemas.h"
#include "di_eddsa.h"
#include "harness.h"
#include "json_schema.h"
#include "jsonld.h"
#include "ob3_achievement.h"
#include "ob3_credential.h"

static arena *mem;

#define BASE "https://badges.example.nl"
#define SCHEMA_JSON EB_FIXTURES_DIR "/schemas/json/ob_v3p0_achievementcredential_schema.json"

static json_t *load(const char *path)
{
    json_error_t je;
    json_t *j = json_load_file(path, 0, &je);
    if (!j)
        fprintf(stderr, "%s: %s\n", path, je.text);
    return j;
}

/* A micro-credential badge class of a WO institution with everything filled in (an image,
 * grades recorded when the badge class allows them). */
static eb_badge_class *sample_badge_class(int grade_achieved)
{
    static eb_alignment al[2] = {{"Data literacy", "https://esco.ec.europa.eu/skill/x", "d", "ESCO", "S1"},
                                 {"No URL", "", "", "", ""}};
    static eb_program_id programs[1] = {{1, "12345"}};
    static int assessments[2] = {1, 3}, forms[1] = {2};
    eb_badge_class *bc = arena_alloc(mem, sizeof *bc);
    *bc = (eb_badge_class){.id = "BBBBBBBBBBBBBBBBBBBBBA", .type = 2, .name = "Data science basics",
                           .description = "Learn the *basics*.", .criteria = "Pass the exam.",
                           .course_language = 2, .eqf_level = 6, .ects = "7.5", .programs = programs,
                           .n_programs = 1, .alignments = al, .n_alignments = 2, .qa_name = "NVAO",
                           .qa_url = "https://www.nvao.net", .qa_description = "Accredited",
                           .assessment_types = assessments, .n_assessment_types = 2, .participation_forms = forms,
                           .n_participation_forms = 1, .supervision = 4, .stackability = 1,
                           .country_code = "NL", .region_code = "NL-UT", .grade_achieved = grade_achieved,
                           .image = {.sha256 = "5a1fe5e5a2cd9c1f8bd9b1f1d5e8f0a3c2b4d6e8f0a1b2c3d4e5f60718293a4b",
                                     .media_type = "image/svg+xml"}};
    return bc;
}

/* A credential of the sample badge class (grades recorded as grade_achieved says). */
static json_t *sample_credential_of(int grade_achieved, const char *grade, const char *evidence, int64_t expires_us)
{
    eb_badge_class *bc = sample_badge_class(grade_achieved);
    eb_issuer *is = arena_alloc(mem, sizeof *is);
    *is = (eb_issuer){.id = "IIIIIIIIIIIIIIIIIIIIIA", .display_name = {"Faculteit", "Faculty of Science"},
                      .url = {"https://uu.nl/nl", "https://uu.nl/en"}, .email = "science@uu.nl"};
    eb_institution *inst = arena_alloc(mem, sizeof *inst);
    *inst = (eb_institution){.country_code = "NL", .region_code = "NL-UT", .brin = "21PD"};
    eb_assertion *as = arena_alloc(mem, sizeof *as);
    *as = (eb_assertion){.id = "AAAAAAAAAAAAAAAAAAAAAA", .issued_us = 1714564800000000, .expires_us = expires_us,
                         .grade = (char *)grade, .narrative = "Did well.", .evidence_url = (char *)evidence,
                         .recipient_type = "email",
                         .recipient_hash = "sha256$4fe0f3e4a8f71950a22d7061cc11296bcea2cdf186a3f03ade8d20920be017e8",
                         .recipient_salt = "0123456789abcdef0123456789abcdef"};
    ob3_credential_input in = {BASE, as, bc, is, inst, BASE "/ob3/status-lists/SSSSSSSSSSSSSSSSSSSSSA", 17};
    return ob3_credential_build(mem, &in);
}

static json_t *sample_credential(const char *grade, const char *evidence, int64_t expires_us)
{
    return sample_credential_of(0, grade, evidence, expires_us);
}

static const char *str(const json_t *o, const char *path)
{
    json_t *cur = (json_t *)o;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *tok = strtok(buf, "."); tok && cur; tok = strtok(NULL, "."))
        cur = json_is_array(cur) ? json_array_get(cur, (size_t)atoi(tok)) : json_object_get(cur, tok);
    return json_string_value(cur) ? json_string_value(cur) : "";
}

static void test_content(void)
{
    json_t *c = sample_credential("8.5", "https://example.org/work", 1746100800000000);
    CU_ASSERT_STRING_EQUAL(str(c, "@context.0"), "https://www.w3.org/ns/credentials/v2");
    CU_ASSERT_STRING_EQUAL(str(c, "@context.1"), "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    CU_ASSERT_STRING_EQUAL(str(c, "id"), "urn:uuid:00000000-0000-4000-8000-000000000000");
    CU_ASSERT_TRUE(json_is_array(json_object_get(c, "type")));
    CU_ASSERT_STRING_EQUAL(str(c, "type.1"), "OpenBadgeCredential");
    CU_ASSERT_STRING_EQUAL(str(c, "issuer.id"), BASE "/ob3/issuers/IIIIIIIIIIIIIIIIIIIIIA");
    CU_ASSERT_STRING_EQUAL(str(c, "issuer.name"), "Faculty of Science"); /* course language English */
    CU_ASSERT_STRING_EQUAL(str(c, "issuer.url"), "https://uu.nl/en");
    CU_ASSERT_STRING_EQUAL(str(c, "issuer.address.addressCountryCode"), "NL");
    CU_ASSERT_STRING_EQUAL(str(c, "issuer.address.addressRegion"), "NL-UT");
    CU_ASSERT_STRING_EQUAL(str(c, "issuer.otherIdentifier.0.identifierType"), "ext:BRIN");
    CU_ASSERT_STRING_EQUAL(str(c, "validFrom"), "2024-05-01T12:00:00Z");
    CU_ASSERT_STRING_EQUAL(str(c, "awardedDate"), "2024-05-01T12:00:00Z");
    CU_ASSERT_STRING_EQUAL(str(c, "validUntil"), "2025-05-01T12:00:00Z");
    const json_t *ach = json_object_get(json_object_get(c, "credentialSubject"), "achievement");
    CU_ASSERT_STRING_EQUAL(str(ach, "achievementType"), "MicroCredential");
    CU_ASSERT_STRING_EQUAL(str(ach, "inLanguage"), "en");
    CU_ASSERT_DOUBLE_EQUAL(json_number_value(json_object_get(ach, "creditsAvailable")), 7.5, 1e-9);
    CU_ASSERT_STRING_EQUAL(str(ach, "alignment.0.targetUrl"), "http://data.europa.eu/snb/eqf/6");
    CU_ASSERT_STRING_EQUAL(str(ach, "alignment.0.targetCode"), "6");
    CU_ASSERT_STRING_EQUAL(str(ach, "alignment.1.targetType"), "ext:QualityAssurance");
    CU_ASSERT_STRING_EQUAL(str(ach, "alignment.2.targetName"), "Data literacy");
    CU_ASSERT_EQUAL(json_array_size(json_object_get(ach, "alignment")), 3); /* the one without URL is left out */
    CU_ASSERT_STRING_EQUAL(str(ach, "otherIdentifier.0.identifierType"), "ext:CROHO");
    /* EU terms through our context, with ELM concept IRIs where they exist */
    CU_ASSERT_STRING_EQUAL(str(c, "@context.3"), "https://edubadges.nl/contexts/eu-microcredential/1.0.jsonld");
    CU_ASSERT_STRING_EQUAL(str(ach, "ects"), "7.5");
    CU_ASSERT_STRING_EQUAL(str(ach, "eqfLevel"), "http://data.europa.eu/snb/eqf/6");
    CU_ASSERT_STRING_EQUAL(str(ach, "assessmentType.0"), "http://data.europa.eu/snb/assessment/6e6cb2cc78");
    CU_ASSERT_STRING_EQUAL(str(ach, "assessmentType.1"),
                           "https://edubadges.nl/ns/eu-microcredential/assessment-type/development_report");
    CU_ASSERT_STRING_EQUAL(str(ach, "participationForm.0"), "http://data.europa.eu/snb/learning-assessment/920fbb3cbe");
    CU_ASSERT_STRING_EQUAL(str(ach, "assessmentSupervision"),
                           "http://data.europa.eu/snb/supervision-verification/70be69aaf9");
    CU_ASSERT_STRING_EQUAL(str(ach, "issuerCountry"), "http://publications.europa.eu/resource/authority/country/NLD");
    CU_ASSERT_STRING_EQUAL(str(ach, "resultDescription.0.id"), BASE "/ob3/achievements/BBBBBBBBBBBBBBBBBBBBBA#grade");
    const json_t *subj = json_object_get(c, "credentialSubject");
    CU_ASSERT_STRING_EQUAL(str(subj, "result.0.value"), "8.5");
    CU_ASSERT_STRING_EQUAL(str(subj, "result.0.resultDescription"), str(ach, "resultDescription.0.id"));
    CU_ASSERT_STRING_EQUAL(str(subj, "identifier.0.identityType"), "emailAddress");
    CU_ASSERT_TRUE(json_is_true(json_object_get(json_array_get(json_object_get(subj, "identifier"), 0), "hashed")));
    CU_ASSERT_STRING_EQUAL(str(c, "evidence.0.id"), "https://example.org/work");
    CU_ASSERT_TRUE(json_is_array(json_object_get(c, "credentialSchema")));
    CU_ASSERT_STRING_EQUAL(str(c, "credentialStatus.statusListIndex"), "17");
    json_decref(c);

    /* no grade, no evidence, no expiry: those parts are absent */
    c = sample_credential("", "", 0);
    CU_ASSERT_PTR_NULL(json_object_get(c, "validUntil"));
    CU_ASSERT_PTR_NULL(json_object_get(c, "evidence"));
    CU_ASSERT_PTR_NULL(json_object_get(json_object_get(c, "credentialSubject"), "result"));
    json_decref(c);
}

/* edubadges.v1.GradeAchieved numbers. */
#define GRADE_NOT_RECORDED 1
#define GRADE_OPTIONAL 2

static const json_t *achievement_of(const json_t *credential)
{
    return json_object_get(json_object_get(credential, "credentialSubject"), "achievement");
}

/* The Achievement served at its id is the object the credentials embed, with a context of
 * its own under which every term is defined (safe mode); it shows the badge class image as
 * an Image and describes the grade when the badge class records grades. */
static void test_achievement(void)
{
    eb_badge_class *bc = sample_badge_class(GRADE_OPTIONAL);
    json_t *doc = ob3_achievement_document(mem, BASE, bc);
    CU_ASSERT_EQUAL(json_array_size(json_object_get(doc, "@context")), 2);
    CU_ASSERT_STRING_EQUAL(str(doc, "@context.0"), OB3_CONTEXT_OB);
    CU_ASSERT_STRING_EQUAL(str(doc, "@context.1"), "https://edubadges.nl/contexts/eu-microcredential/1.0.jsonld");
    CU_ASSERT_STRING_EQUAL(str(doc, "id"), BASE "/ob3/achievements/BBBBBBBBBBBBBBBBBBBBBA");
    CU_ASSERT_STRING_EQUAL(str(doc, "type.0"), "Achievement");
    CU_ASSERT_STRING_EQUAL(str(doc, "image.id"), BASE "/public/badges/BBBBBBBBBBBBBBBBBBBBBA/image");
    CU_ASSERT_STRING_EQUAL(str(doc, "image.type"), "Image");
    CU_ASSERT_STRING_EQUAL(str(doc, "resultDescription.0.id"), BASE "/ob3/achievements/BBBBBBBBBBBBBBBBBBBBBA#grade");
    jsonld_options safe = {.safe = true};
    json_t *expanded = NULL;
    jl_error err;
    jl_status st = jsonld_expand(doc, &safe, &expanded, &err);
    if (st)
        fprintf(stderr, "\n%s\n", err.message);
    CU_ASSERT_EQUAL(st, JL_OK);
    json_decref(expanded);

    /* what the credentials embed, graded or not */
    json_object_del(doc, "@context");
    for (int graded = 0; graded < 2; graded++) {
        json_t *c = sample_credential_of(GRADE_OPTIONAL, graded ? "8" : "", "", 0);
        CU_ASSERT_TRUE(json_equal(doc, achievement_of(c)));
        json_decref(c);
    }
    json_decref(doc);

    /* no image, no grades recorded: neither part; a grade awarded before the badge class
     * stopped recording grades keeps the ResultDescription its result names */
    bc = sample_badge_class(GRADE_NOT_RECORDED);
    bc->image.sha256 = "";
    doc = ob3_achievement_document(mem, BASE, bc);
    CU_ASSERT_PTR_NULL(json_object_get(doc, "image"));
    CU_ASSERT_PTR_NULL(json_object_get(doc, "resultDescription"));
    json_decref(doc);
    json_t *c = sample_credential_of(GRADE_NOT_RECORDED, "8", "", 0);
    CU_ASSERT_STRING_EQUAL(str(achievement_of(c), "resultDescription.0.id"),
                           str(json_object_get(c, "credentialSubject"), "result.0.resultDescription"));
    json_decref(c);
}

static jl_status known_key(void *ctx, const char *vm, uint8_t public_key[32], jl_error *err)
{
    (void)err;
    CU_ASSERT_STRING_EQUAL(vm, BASE "/ob3/keys/KKKKKKKKKKKKKKKKKKKKKA");
    memcpy(public_key, ctx, 32);
    return JL_OK;
}

/* The credential (with an image) with a proof array is valid under the strict OB 3.0 schema, signs in safe
 * mode (every property defined by a context) and verifies; a changed field does not. */
static void test_schema_and_signature(void)
{
    json_t *schema = load(SCHEMA_JSON);
    CU_ASSERT_PTR_NOT_NULL_FATAL(schema);
    CU_ASSERT_TRUE(json_equal(schema, credential_schema_get(OB3_SCHEMA_URL)));
    json_t *c = sample_credential("8.5", "https://example.org/work", 1746100800000000);
    uint8_t seed[32] = {1};
    di_eddsa_key key;
    di_eddsa_key_from_seed(seed, &key);
    json_t *opts = json_pack("{s:s, s:s, s:s, s:s, s:s}", "type", "DataIntegrityProof", "cryptosuite",
                             "eddsa-rdfc-2022", "created", "2024-05-01T12:00:00Z", "verificationMethod",
                             BASE "/ob3/keys/KKKKKKKKKKKKKKKKKKKKKA", "proofPurpose", "assertionMethod");
    json_t *signed_doc = NULL;
    jl_error err;
    jl_status st = di_eddsa_sign(c, opts, &key, NULL, &signed_doc, &err);
    if (st)
        fprintf(stderr, "\n%s\n", err.message);
    CU_ASSERT_EQUAL_FATAL(st, JL_OK);
    CU_ASSERT_TRUE(json_is_array(json_object_get(signed_doc, "proof")));
    json_schema_result r;
    json_schema_validate(mem, schema, signed_doc, &r);
    for (size_t i = 0; i < r.n_errors && i < JSON_SCHEMA_MAX_ERRORS; i++)
        fprintf(stderr, "\n%s", r.errors[i]);
    CU_ASSERT_TRUE(r.valid);
    /* a verifier that knows the key accepts it, and refuses it after one field changed */
    CU_ASSERT_EQUAL(di_eddsa_verify(signed_doc, known_key, key.public_key, NULL, &err), JL_OK);
    json_object_set_new(json_object_get(signed_doc, "issuer"), "name", json_string("Faculty of Magic"));
    CU_ASSERT_EQUAL(di_eddsa_verify(signed_doc, known_key, key.public_key, NULL, &err), JL_ERR_VERIFY);
    di_eddsa_key_wipe(&key);
    json_decref(signed_doc);
    json_decref(opts);
    json_decref(c);
    json_decref(schema);
}

static void expect_schema(const json_t *schema, const char *path, bool valid, const char *error_part)
{
    json_t *doc = load(path);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    json_schema_result r;
    json_schema_validate(mem, schema, doc, &r);
    if (r.valid != valid)
        fprintf(stderr, "\n%s: valid=%d, first error %s\n", path, r.valid, r.n_errors ? r.errors[0] : "-");
    CU_ASSERT_EQUAL(r.valid, valid);
    CU_ASSERT_FALSE(r.unsupported);
    if (error_part) {
        bool found = false;
        for (size_t i = 0; i < r.n_errors && i < JSON_SCHEMA_MAX_ERRORS; i++)
            found = found || strstr(r.errors[i], error_part);
        CU_ASSERT_TRUE(found);
    }
    json_decref(doc);
}

static void test_schema_validator(void)
{
    json_t *strict = load(SCHEMA_JSON);
    json_t *lenient = load(EB_FIXTURES_DIR "/schemas/json-ld/ob_v3p0_achievementcredential_schema.json");
    CU_ASSERT_PTR_NOT_NULL_FATAL(strict);
    CU_ASSERT_PTR_NOT_NULL_FATAL(lenient);
    /* the 1EdTech vector has a single proof object: both schemas refuse it (as Python's
     * jsonschema and ajv do) */
    expect_schema(strict, EB_FIXTURES_DIR "/ob3-vectors/1edtech-obv3p0/signed-credential.json", false,
                  "/proof: must be of type array");
    expect_schema(lenient, EB_FIXTURES_DIR "/ob3-vectors/1edtech-obv3p0/signed-credential.json", false,
                  "/proof: must be of type array");
    expect_schema(strict, EB_FIXTURES_DIR "/ob3-vectors/1edtech-obv3p0/unsigned-credential.json", true, NULL);
    expect_schema(lenient, EB_FIXTURES_DIR "/ob3-examples/ref/minimal_valid_obv3.json", true, NULL);
    expect_schema(strict, EB_FIXTURES_DIR "/ob3-examples/ref/full_ex.json", true, NULL);
    expect_schema(strict, EB_FIXTURES_DIR "/ob3-examples/credentials/theed_microcredential_full_ho.json", true, NULL);

    /* a broken credential: every problem is named with its path */
    json_t *doc = load(EB_FIXTURES_DIR "/ob3-vectors/1edtech-obv3p0/unsigned-credential.json");
    json_array_set_new(json_object_get(doc, "@context"), 1, json_string("https://example.org/ctx.json"));
    json_object_del(json_object_get(json_object_get(doc, "credentialSubject"), "achievement"), "name");
    json_object_set_new(doc, "validFrom", json_string("2024-05-01 12:00"));
    json_schema_result r;
    json_schema_validate(mem, strict, doc, &r);
    CU_ASSERT_FALSE(r.valid);
    const char *want[] = {"/@context/1: does not match the pattern",
                          "/credentialSubject/achievement: required property \"name\" is missing",
                          "/validFrom: is not a valid date-time"};
    for (size_t w = 0; w < 3; w++) {
        bool found = false;
        for (size_t i = 0; i < r.n_errors && i < JSON_SCHEMA_MAX_ERRORS; i++)
            found = found || strstr(r.errors[i], want[w]);
        if (!found)
            fprintf(stderr, "\nmissing error: %s\n", want[w]);
        CU_ASSERT_TRUE(found);
    }
    json_decref(doc);

    /* keywords the validator does not know make the schema unsupported, not silently valid */
    json_t *odd = json_pack("{s:{s:s}}", "dependentRequired", "a", "b");
    json_t *inst = json_pack("{}");
    json_schema_validate(mem, odd, inst, &r);
    CU_ASSERT_TRUE(r.unsupported);
    CU_ASSERT_FALSE(r.valid);
    json_decref(odd);
    json_decref(inst);
    json_decref(strict);
    json_decref(lenient);
}

int main(void)
{
    mem = arena_create();
    if (sodium_init() < 0)
        return 1;
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("ob3 credential", NULL, NULL);
    CU_add_test(s, "content rules", test_content);
    CU_add_test(s, "the Achievement at its id", test_achievement);
    CU_add_test(s, "schema and signature", test_schema_and_signature);
    CU_add_test(s, "JSON Schema validator", test_schema_validator);
    int rc = test_run_all();
    jl_global_cleanup();
    arena_destroy(mem);
    return rc;
}
