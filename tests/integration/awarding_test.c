/* Awarding end to end: direct award bundles (per-row results, one open award per person,
 * exactly once with a request id, 10,000 rows), claims and rejections (ownership, consent,
 * validated names, races), badge requests (approve, deny, withdraw) and revocation. */
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "edubadges/v1/direct_award.pb-c.h"
#include "http_get.h"
#include "json_call.h"

static test_env env;
static char badge[128], lenient_badge[128], institution[128];
static char draft_badge[128], archived_badge[128]; /* made by test_bundles_need_an_awardable_badge_class */

#define SVG "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxIiBoZWlnaHQ9IjEiLz4="

/* The value of a JSON path in an OK answer (static buffers), "" after a failed assertion. */
static const char *ok_field(eb_call_result *r, const char *path)
{
    static char out[8][256];
    static int next;
    char *s = out[next++ % 8];
    s[0] = '\0';
    if (EXPECT_OK(*r)) {
        json_t *j = json_response(r);
        snprintf(s, 256, "%s", json_str(j, path));
        json_decref(j);
    }
    eb_call_result_free(r);
    return s;
}

static void setup_catalog(void)
{
    eb_call_result r;
    json_call(env.client, "InstitutionService/CreateInstitution", &r,
              "{\"institution\": {\"identifier\": \"uu.nl\", \"displayName\": {\"nl\": \"Universiteit Utrecht\"},"
              " \"description\": {\"nl\": \"x\"}, \"sector\": \"SECTOR_WO\", \"countryCode\": \"NL\","
              " \"alternativeIdentifier\": \"uu.tempguestidp.edubadges.nl\","
              " \"eppnPattern\": \".*@(students\\\\.)?uu\\\\.nl\"}}");
    snprintf(institution, sizeof institution, "%s", ok_field(&r, "name"));
    json_call(env.client, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"F\"}, \"description\": {\"nl\": \"x\"}}}",
              institution);
    char faculty[128];
    snprintf(faculty, sizeof faculty, "%s", ok_field(&r, "name"));
    json_call(env.client, "IssuerService/CreateIssuer", &r,
              "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"nl\": \"I\"}, \"description\": {\"nl\": \"x\"},"
              " \"url\": {\"nl\": \"https://uu.nl\"}, \"email\": \"i@uu.nl\"}}", faculty);
    char issuer[128];
    snprintf(issuer, sizeof issuer, "%s", ok_field(&r, "name"));
    json_call(env.client, "BadgeClassService/CreateBadgeClass", &r,
              "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
              " \"displayName\": \"Mentor\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\","
              " \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}, \"narrativeRequired\": true,"
              " \"gradeAchieved\": \"GRADE_ACHIEVED_OPTIONAL\", \"expirationPeriod\": \"31536000s\"}}", issuer);
    snprintf(badge, sizeof badge, "%s", ok_field(&r, "name"));
    json_call(env.client, "BadgeClassService/CreateBadgeClass", &r,
              "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
              " \"displayName\": \"Open day\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\","
              " \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}, \"awardNonValidatedNameAllowed\": true}}", issuer);
    snprintf(lenient_badge, sizeof lenient_badge, "%s", ok_field(&r, "name"));
}

static int suite_init(void)
{
    test_env_start(&env, "awarding", NULL);
    return 0;
}

static int suite_clean(void)
{
    test_env_stop(&env);
    return 0;
}

/* A learner (static buffer for its name); validated_name may be "". */
static const char *learner(const char *eduid, const char *email, const char *eppn, const char *validated_name,
                           bool consent)
{
    static char names[8][128];
    static int next;
    char *name = names[next++ % 8];
    eb_call_result r;
    json_call(env.client, "LearnerService/UpsertLearner", &r,
              "{\"learner\": {\"eduid\": \"%s\", \"email\": \"%s\", \"validatedName\": \"%s\","
              " \"accounts\": [{\"eppn\": \"%s\", \"schacHome\": \"uu.nl\"}]}}", eduid, email, validated_name, eppn);
    snprintf(name, 128, "%s", ok_field(&r, "name"));
    if (consent) {
        json_call(env.client, "LearnerService/RecordConsent", &r,
                  "{\"learner\": \"%s\", \"consent\": {\"institution\": \"%s\", \"termsKind\": \"TERMS_KIND_INFORMAL\","
                  " \"termsVersion\": 1}}", name, institution);
        EXPECT_OK(r);
        eb_call_result_free(&r);
    }
    return name;
}

static void bundle(eb_call_result *r, const char *bc, const char *type, const char *request_id, const char *rows)
{
    json_call(env.client, "DirectAwardService/CreateDirectAwardBundle", r,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_%s\","
              " \"source\": \"AWARD_SOURCE_SIS\", \"requestId\": \"%s\", \"rows\": [%s]}", bc, type, request_id, rows);
}

static const char *result_award(const json_t *bundle_json, size_t row)
{
    return json_str(json_array_get(json_object_get(bundle_json, "results"), row), "directAward");
}

static const char *result_reason(const json_t *bundle_json, size_t row)
{
    return json_str(json_array_get(json_object_get(bundle_json, "results"), row), "errorReason");
}

/* The error reason of a row of an OK bundle answer ("" when the row succeeded). */
static const char *result_reason_of(eb_call_result *r, size_t row)
{
    static char reason[64];
    reason[0] = '\0';
    if (EXPECT_OK(*r)) {
        json_t *b = json_response(r);
        snprintf(reason, sizeof reason, "%s", result_reason(b, row));
        json_decref(b);
    }
    eb_call_result_free(r);
    return reason;
}

static void claim(eb_call_result *r, const char *award, const char *who)
{
    json_call(env.client, "DirectAwardService/ClaimDirectAward", r, "{\"name\": \"%s\", \"learner\": \"%s\"}", award, who);
}

static void test_bundle_rows_and_claims(void)
{
    char jan[128], piet[128], kees[128];
    snprintf(jan, sizeof jan, "%s", learner("eduid-jan", "jan@example.org", "j.jansen@students.uu.nl", "Jan Jansen", false));
    snprintf(piet, sizeof piet, "%s", learner("eduid-piet", "piet@example.org", "p.pietersen@uu.nl", "Piet Pietersen", true));
    snprintf(kees, sizeof kees, "%s", learner("eduid-kees", "kees@example.org", "kees@uu.nl", "", true));
    eb_call_result r;
    bundle(&r, badge, "EPPN", "",
           "{\"recipient\": \" J.Jansen@Students.UU.nl \", \"narrative\": \"Mentored 12 students\", \"recipientName\": \"Jan J.\"},"
           "{\"recipient\": \"x@evil.org\", \"narrative\": \"n\"},"
           "{\"recipient\": \"j.jansen@students.uu.nl\", \"narrative\": \"again\"},"
           "{\"recipient\": \"p.pietersen@uu.nl\"},"
           "{\"recipient\": \"kees@uu.nl\", \"narrative\": \"n\"}");
    if (!EXPECT_OK(r))
        return;
    json_t *b = json_response(&r);
    eb_call_result_free(&r);
    CU_ASSERT_STRING_EQUAL(result_reason(b, 1), "EPPN_PATTERN_MISMATCH");
    CU_ASSERT_STRING_EQUAL(result_reason(b, 2), "DUPLICATE_IN_BUNDLE");
    CU_ASSERT_STRING_EQUAL(result_reason(b, 3), "NARRATIVE_REQUIRED");
    CU_ASSERT_EQUAL(json_integer_value(json_object_get(json_object_get(b, "counts"), "unaccepted")), 2);
    char jan_award[128], kees_award[128];
    snprintf(jan_award, sizeof jan_award, "%s", result_award(b, 0));
    snprintf(kees_award, sizeof kees_award, "%s", result_award(b, 4));
    json_decref(b);
    claim(&r, jan_award, piet);
    EXPECT_CODE(r, GRPC_STATUS_PERMISSION_DENIED);
    EXPECT_REASON(r, "NOT_ADDRESSED_TO_LEARNER");
    eb_call_result_free(&r);
    claim(&r, jan_award, jan);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "CONSENT_REQUIRED");
    eb_call_result_free(&r);
    json_call(env.client, "LearnerService/RecordConsent", &r,
              "{\"learner\": \"%s\", \"consent\": {\"institution\": \"%s\", \"termsKind\": \"TERMS_KIND_INFORMAL\","
              " \"termsVersion\": 2}}", jan, institution);
    eb_call_result_free(&r);
    claim(&r, jan_award, jan);
    char jan_assertion[128] = "";
    if (EXPECT_OK(r)) {
        json_t *a = json_response(&r);
        snprintf(jan_assertion, sizeof jan_assertion, "%s", json_str(a, "name"));
        CU_ASSERT_STRING_EQUAL(json_str(a, "recipientName"), "Jan J.");
        CU_ASSERT_STRING_EQUAL(json_str(a, "narrative"), "Mentored 12 students");
        CU_ASSERT_STRING_EQUAL(json_str(a, "awardType"), "AWARD_TYPE_DIRECT_AWARD");
        CU_ASSERT_STRING_EQUAL(json_str(a, "source"), "AWARD_SOURCE_SIS");
        CU_ASSERT_STRING_EQUAL(json_str(a, "acceptance"), "ACCEPTANCE_ACCEPTED");
        CU_ASSERT_PTR_NOT_NULL(json_object_get(a, "expireTime"));
        CU_ASSERT_EQUAL(strncmp(json_str(a, "recipientIdentity"), "sha256$", 7), 0);
        json_decref(a);
    }
    eb_call_result_free(&r);
    claim(&r, jan_award, jan); /* a retry after a lost answer learns which assertion it became */
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "DIRECT_AWARD_ACCEPTED");
    CU_ASSERT_PTR_NOT_NULL(*jan_assertion && r.message ? strstr(r.message, jan_assertion) : NULL);
    eb_call_result_free(&r);
    claim(&r, kees_award, kees);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "VALIDATED_NAME_REQUIRED");
    eb_call_result_free(&r);
    json_call(env.client, "DirectAwardService/RejectDirectAward", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}",
              kees_award, kees);
    CU_ASSERT_STRING_EQUAL(ok_field(&r, "status"), "DIRECT_AWARD_STATUS_REJECTED");
    /* the bad-input paths of a bundle */
    bundle(&r, badge, "EPPN", "", "{\"recipient\": \"nobody@elsewhere.org\", \"narrative\": \"n\"}");
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "rows[0].recipient");
    eb_call_result_free(&r);
    /* every bad field of a row is named, in the violations and in the row's result */
    static char long_text[10002];
    memset(long_text, 'x', sizeof long_text - 1);
    json_call(env.client, "DirectAwardService/CreateDirectAwardBundle", &r,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EPPN\", \"source\": \"AWARD_SOURCE_SIS\","
              " \"rows\": [{\"recipient\": \"no-at-sign\", \"narrative\": \"%s\", \"evidenceUrl\": \"ftp://x.org\","
              " \"grade\": \"%.101s\", \"recipientName\": \"a\\nb\"}]}", badge, long_text, long_text);
    EXPECT_REASON(r, "NO_VALID_ROW");
    EXPECT_VIOLATION(r, "rows[0].recipient");
    EXPECT_VIOLATION(r, "rows[0].narrative");
    EXPECT_VIOLATION(r, "rows[0].evidence_url");
    EXPECT_VIOLATION(r, "rows[0].grade");
    EXPECT_VIOLATION(r, "rows[0].recipient_name");
    eb_call_result_free(&r);
    bundle(&r, badge, "EPPN", "", "{\"recipient\": \"a.good.one@uu.nl\", \"narrative\": \"n\"},"
           " {\"recipient\": \"x@elsewhere.org\", \"evidenceUrl\": \"javascript:alert(1)\"}");
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        json_t *row = json_array_get(json_object_get(j, "results"), 1);
        CU_ASSERT_STRING_EQUAL(json_str(row, "errorReason"), "EPPN_PATTERN_MISMATCH"); /* the first problem */
        const char *message = json_str(row, "errorMessage");
        CU_ASSERT_PTR_NOT_NULL(strstr(message, "eppn pattern"));
        CU_ASSERT_PTR_NOT_NULL(strstr(message, "evidence_url must be an http or https URL"));
        CU_ASSERT_PTR_NOT_NULL(strstr(message, "narrative is required by the badge class"));
        json_decref(j);
    }
    eb_call_result_free(&r);
    json_call(env.client, "DirectAwardService/CreateDirectAwardBundle", &r,
              "{\"badgeClass\": \"%s\", \"rows\": []}", badge);
    EXPECT_VIOLATION(r, "identifier_type");
    EXPECT_VIOLATION(r, "source");
    EXPECT_VIOLATION(r, "rows");
    eb_call_result_free(&r);
}

/* A scheduled time outside google.protobuf.Timestamp's range (years 1 to 9999, nanos 0 to
 * 999,999,999), which the JSON mapping cannot even express, is refused by name. */
static void test_scheduled_time_out_of_range(void)
{
    const struct {
        int64_t seconds;
        int32_t nanos;
    } bad[] = {{INT64_MAX / 1000, 0}, {253402300800, 0}, {4102444800, -1}, {4102444800, 1000000000}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        Edubadges__V1__DirectAwardRow row = EDUBADGES__V1__DIRECT_AWARD_ROW__INIT, *rows[] = {&row};
        row.recipient = "out.of.range@uu.nl";
        row.narrative = "n";
        Google__Protobuf__Timestamp at = GOOGLE__PROTOBUF__TIMESTAMP__INIT;
        at.seconds = bad[i].seconds;
        at.nanos = bad[i].nanos;
        Edubadges__V1__CreateDirectAwardBundleRequest req = EDUBADGES__V1__CREATE_DIRECT_AWARD_BUNDLE_REQUEST__INIT;
        req.badge_class = badge;
        req.identifier_type = EDUBADGES__V1__RECIPIENT_IDENTIFIER_TYPE__RECIPIENT_IDENTIFIER_TYPE_EPPN;
        req.source = EDUBADGES__V1__AWARD_SOURCE__AWARD_SOURCE_SIS;
        req.scheduled_time = &at;
        req.n_rows = 1;
        req.rows = rows;
        eb_call_result r;
        eb_client_call(env.client, "/edubadges.v1.DirectAwardService/CreateDirectAwardBundle", &req.base,
                       &edubadges__v1__direct_award_bundle__descriptor, &r);
        EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
        EXPECT_VIOLATION(r, "scheduled_time");
        eb_call_result_free(&r);
    }
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM direct_awards WHERE recipient = 'out.of.range@uu.nl'"), "0");
}

static void test_email_bundles_and_one_open_award(void)
{
    char anna[128];
    snprintf(anna, sizeof anna, "%s", learner("eduid-anna", "Anna.de.Vries@Example.ORG", "anna@uu.nl", "", true));
    eb_call_result r;
    bundle(&r, lenient_badge, "EMAIL", "", "{\"recipient\": \"anna.de.vries@example.org\"}");
    json_t *b = json_response(&r);
    eb_call_result_free(&r);
    char award[128];
    snprintf(award, sizeof award, "%s", result_award(b, 0));
    json_decref(b);
    bundle(&r, lenient_badge, "EMAIL", "", "{\"recipient\": \" ANNA.de.vries@example.org\"}, {\"recipient\": \"not-an-email\"}");
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT); /* the one open award per person is kept */
    EXPECT_VIOLATION(r, "rows[0].recipient");
    EXPECT_VIOLATION(r, "rows[1].recipient");
    eb_call_result_free(&r);
    claim(&r, award, anna); /* no validated name needed for this badge class */
    CU_ASSERT_STRING_NOT_EQUAL(ok_field(&r, "name"), "");
}

/* The documented identity: sha256$ + hex SHA-256 of the normalised e-mail and the salt. */
static void expect_identity(const json_t *assertion, const char *normalized)
{
    const char *salt = json_str(assertion, "recipientSalt");
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, (const unsigned char *)normalized, strlen(normalized));
    crypto_hash_sha256_update(&st, (const unsigned char *)salt, strlen(salt));
    crypto_hash_sha256_final(&st, h);
    char want[80] = "sha256$";
    sodium_bin2hex(want + 7, sizeof want - 7, h, sizeof h);
    CU_ASSERT_EQUAL(strlen(salt), 32);
    CU_ASSERT_STRING_EQUAL(json_str(assertion, "recipientIdentity"), want);
}

static void test_unicode_and_case_in_email_addresses(void)
{
    /* the learner's address in NFD and mixed case, the awarder's in NFC and lower case */
    char rene[128];
    snprintf(rene, sizeof rene, "%s", learner("eduid-rene", "Rene\xcc\x81.Dupont@Example.ORG", "rene@uu.nl", "", true));
    eb_call_result r;
    bundle(&r, lenient_badge, "EMAIL", "", "{\"recipient\": \"ren\xc3\xa9.dupont@example.org\"}");
    json_t *b = json_response(&r);
    eb_call_result_free(&r);
    claim(&r, result_award(b, 0), rene);
    json_decref(b);
    if (EXPECT_OK(r)) {
        json_t *a = json_response(&r);
        expect_identity(a, "ren\xc3\xa9.dupont@example.org");
        json_decref(a);
    }
    eb_call_result_free(&r);
}

static void test_request_id_makes_bundles_exactly_once(void)
{
    learner("eduid-bob", "bob@example.org", "bob@uu.nl", "Bob", true);
    eb_call_result r1, r2, r3;
    const char *rows = "{\"recipient\": \"bob@uu.nl\", \"narrative\": \"n\"}";
    bundle(&r1, badge, "EPPN", "sis-2026-42", rows);
    bundle(&r2, badge, "EPPN", "sis-2026-42", rows);
    if (EXPECT_OK(r1) && EXPECT_OK(r2)) {
        json_t *a = json_response(&r1), *b = json_response(&r2);
        CU_ASSERT_TRUE(json_equal(a, b));
        json_decref(a);
        json_decref(b);
    }
    eb_call_result_free(&r1);
    eb_call_result_free(&r2);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM direct_awards WHERE recipient = 'bob@uu.nl'"), "1");
    bundle(&r3, badge, "EPPN", "sis-2026-42", "{\"recipient\": \"bob@uu.nl\", \"narrative\": \"other\"}");
    EXPECT_CODE(r3, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r3, "REQUEST_ID_REUSED");
    eb_call_result_free(&r3);
}

typedef struct retry {
    const char *rows;
    eb_call_result result;
} retry;

static void *bundle_thread(void *arg)
{
    retry *x = arg;
    eb_client_options o = {.target = env.target, .token = env.token, .timeout_ms = 60000};
    eb_client *c = eb_client_create(&o);
    json_call(c, "DirectAwardService/CreateDirectAwardBundle", &x->result,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EPPN\","
              " \"source\": \"AWARD_SOURCE_SIS\", \"requestId\": \"sis-retry-storm\", \"rows\": [%s]}", badge, x->rows);
    eb_client_destroy(c);
    return NULL;
}

/* A SIS whose first call seems slow retries it from several clients while it still runs:
 * exactly one bundle, and every caller gets its answer. */
static void test_concurrent_retries_get_the_first_answer(void)
{
    enum { ROWS = 500, CALLERS = 6 };
    char *rows = malloc(ROWS * 64);
    size_t len = 0;
    for (int i = 0; i < ROWS; i++)
        len += (size_t)sprintf(rows + len, "%s{\"recipient\": \"retry%d@uu.nl\", \"narrative\": \"n\"}", i ? "," : "", i);
    retry calls[CALLERS];
    pthread_t threads[CALLERS];
    for (int i = 0; i < CALLERS; i++) {
        calls[i].rows = rows;
        pthread_create(&threads[i], NULL, bundle_thread, &calls[i]);
    }
    for (int i = 0; i < CALLERS; i++)
        pthread_join(threads[i], NULL);
    json_t *first = NULL;
    for (int i = 0; i < CALLERS; i++) {
        if (EXPECT_OK(calls[i].result)) {
            json_t *b = json_response(&calls[i].result);
            CU_ASSERT_EQUAL(json_integer_value(json_object_get(json_object_get(b, "counts"), "unaccepted")), ROWS);
            if (first) {
                CU_ASSERT_TRUE(json_equal(first, b));
                json_decref(b);
            } else {
                first = b;
            }
        }
        eb_call_result_free(&calls[i].result);
    }
    json_decref(first);
    free(rows);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(DISTINCT bundle_id) FROM direct_awards WHERE recipient LIKE 'retry%'"), "1");
}

typedef struct login {
    int who;
    grpc_status_code code;
} login;

static void *login_thread(void *arg)
{
    login *x = arg;
    eb_client_options o = {.target = env.target, .token = env.token, .timeout_ms = 20000};
    eb_client *c = eb_client_create(&o);
    eb_call_result r;
    json_call(c, "LearnerService/UpsertLearner", &r,
              "{\"learner\": {\"eduid\": \"eduid-twin-%d\", \"email\": \"twin%d@example.org\", \"validatedName\": \"Twin\","
              " \"accounts\": [{\"eppn\": \"twin@uu.nl\", \"schacHome\": \"uu.nl\"},"
              " {\"eppn\": \"twin%d@uu.nl\", \"schacHome\": \"uu.nl\"}]}}", x->who, x->who, x->who);
    x->code = r.code;
    eb_call_result_free(&r);
    eb_client_destroy(c);
    return NULL;
}

/* The identity layer reports the same eppn for two eduID accounts at once (an account
 * relinked): every login succeeds and the eppn ends up with one of them. */
static void test_concurrent_logins_sharing_an_eppn(void)
{
    enum { LOGINS = 8 };
    login logins[LOGINS];
    pthread_t threads[LOGINS];
    for (int i = 0; i < LOGINS; i++) {
        logins[i] = (login){i % 2, GRPC_STATUS_UNKNOWN};
        pthread_create(&threads[i], NULL, login_thread, &logins[i]);
    }
    for (int i = 0; i < LOGINS; i++) {
        pthread_join(threads[i], NULL);
        CU_ASSERT_EQUAL(logins[i].code, GRPC_STATUS_OK);
    }
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM learner_accounts WHERE eppn LIKE 'twin%'"), "3");
}

typedef struct race {
    const char *award, *learner;
    grpc_status_code code;
} race;

static void *claim_thread(void *arg)
{
    race *x = arg;
    eb_client_options o = {.target = env.target, .token = env.token, .timeout_ms = 20000};
    eb_client *c = eb_client_create(&o);
    eb_call_result r;
    json_call(c, "DirectAwardService/ClaimDirectAward", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}", x->award, x->learner);
    x->code = r.code;
    eb_call_result_free(&r);
    eb_client_destroy(c);
    return NULL;
}

static void test_concurrent_claims(void)
{
    char eve[128];
    snprintf(eve, sizeof eve, "%s", learner("eduid-eve", "eve@example.org", "eve@uu.nl", "Eve", true));
    eb_call_result r;
    bundle(&r, badge, "EPPN", "", "{\"recipient\": \"eve@uu.nl\", \"narrative\": \"n\"}");
    json_t *b = json_response(&r);
    eb_call_result_free(&r);
    char award[128];
    snprintf(award, sizeof award, "%s", result_award(b, 0));
    json_decref(b);
    race races[4];
    pthread_t threads[4];
    for (int i = 0; i < 4; i++) {
        races[i] = (race){award, eve, GRPC_STATUS_UNKNOWN};
        pthread_create(&threads[i], NULL, claim_thread, &races[i]);
    }
    int won = 0, lost = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(threads[i], NULL);
        won += races[i].code == GRPC_STATUS_OK;
        lost += races[i].code == GRPC_STATUS_FAILED_PRECONDITION;
    }
    CU_ASSERT_EQUAL(won, 1);
    CU_ASSERT_EQUAL(lost, 3);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM assertions a JOIN learners l ON l.id = a.learner_id"
                                          " WHERE l.eduid = 'eduid-eve'"), "1");
}

static void test_ten_thousand_rows(void)
{
    size_t cap = 10000 * 64;
    char *rows = malloc(cap);
    size_t len = 0;
    for (int i = 0; i < 10000; i++) {
        const char *bad = i == 17 ? "bad@elsewhere.org" : i == 4242 ? "no-at-sign" : NULL;
        char one[64];
        if (i == 9999)
            snprintf(one, sizeof one, "{\"recipient\": \"student0@uu.nl\", \"narrative\": \"n\"}");
        else if (bad)
            snprintf(one, sizeof one, "{\"recipient\": \"%s\", \"narrative\": \"n\"},", bad);
        else
            snprintf(one, sizeof one, "{\"recipient\": \"student%d@uu.nl\", \"narrative\": \"n\"},", i);
        len += (size_t)snprintf(rows + len, cap - len, "%s", one);
    }
    eb_call_result r;
    bundle(&r, badge, "EPPN", "big-bundle", rows);
    free(rows);
    if (EXPECT_OK(r)) {
        json_t *b = json_response(&r);
        CU_ASSERT_EQUAL(json_integer_value(json_object_get(json_object_get(b, "counts"), "unaccepted")), 9997);
        CU_ASSERT_STRING_EQUAL(result_reason(b, 17), "EPPN_PATTERN_MISMATCH");
        CU_ASSERT_STRING_EQUAL(result_reason(b, 4242), "INVALID_RECIPIENT");
        CU_ASSERT_STRING_EQUAL(result_reason(b, 9999), "DUPLICATE_IN_BUNDLE");
        json_decref(b);
    }
    eb_call_result_free(&r);
}

static void test_many_bad_rows_fit_the_answer(void)
{
    size_t cap = 2000 * 100;
    char *rows = malloc(cap);
    size_t len = 0;
    for (int i = 0; i < 2000; i++)
        len += (size_t)snprintf(rows + len, cap - len, "%s{\"recipient\": \"outsider%d@elsewhere.example.org\", \"narrative\": \"n\"}",
                                i ? "," : "", i);
    eb_call_result r;
    bundle(&r, badge, "EPPN", "", rows);
    free(rows);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT); /* not RESOURCE_EXHAUSTED: the details are bounded */
    EXPECT_REASON(r, "NO_VALID_ROW");
    EXPECT_VIOLATION(r, "rows[0].recipient");
    CU_ASSERT_TRUE(r.n_violations > 5 && r.n_violations < 100);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.message, "of the 2000 field violations are listed"));
    eb_call_result_free(&r);
}

static void request(eb_call_result *r, const char *bc, const char *who)
{
    json_call(env.client, "BadgeRequestService/CreateBadgeRequest", r,
              "{\"badgeRequest\": {\"badgeClass\": \"%s\", \"learner\": \"%s\", \"narrative\": \"I mentored\"}}", bc, who);
}

/* A learner whose only account is elsewhere may not request; a temporary guest account
 * (schac_home = the institution's alternative identifier) counts as the institution. */
static void test_requests_need_membership(void)
{
    const char *accounts[][2] = {{"g.gast@uu.tempguestidp.edubadges.nl", "uu.tempguestidp.edubadges.nl"},
                                 {"o.other@hu.nl", "hu.nl"}};
    char names[2][128];
    for (int i = 0; i < 2; i++) {
        eb_call_result r;
        json_call(env.client, "LearnerService/UpsertLearner", &r,
                  "{\"learner\": {\"eduid\": \"eduid-member-%d\", \"email\": \"m%d@example.org\", \"validatedName\": \"M\","
                  " \"accounts\": [{\"eppn\": \"%s\", \"schacHome\": \"%s\"}]}}", i, i, accounts[i][0], accounts[i][1]);
        snprintf(names[i], sizeof names[i], "%s", ok_field(&r, "name"));
        json_call(env.client, "LearnerService/RecordConsent", &r,
                  "{\"learner\": \"%s\", \"consent\": {\"institution\": \"%s\", \"termsKind\": \"TERMS_KIND_INFORMAL\","
                  " \"termsVersion\": 1}}", names[i], institution);
        eb_call_result_free(&r);
    }
    eb_call_result r;
    request(&r, badge, names[0]);
    CU_ASSERT_STRING_EQUAL(ok_field(&r, "status"), "BADGE_REQUEST_STATUS_PENDING");
    request(&r, badge, names[1]);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "NOT_A_MEMBER");
    eb_call_result_free(&r);
}

/* Badge request calls name every bad field at once, before looking anything up. */
static void test_request_calls_name_every_bad_field(void)
{
    static char long_text[10002];
    memset(long_text, 'x', sizeof long_text - 1);
    eb_call_result r;
    json_call(env.client, "BadgeRequestService/CreateBadgeRequest", &r,
              "{\"badgeRequest\": {\"badgeClass\": \"x\", \"learner\": \"y\", \"narrative\": \"%s\","
              " \"evidenceUrl\": \"javascript:alert(1)\"}}", long_text);
    EXPECT_VIOLATION(r, "badge_request.badge_class");
    EXPECT_VIOLATION(r, "badge_request.learner");
    EXPECT_VIOLATION(r, "badge_request.narrative");
    EXPECT_VIOLATION(r, "badge_request.evidence_url");
    eb_call_result_free(&r);
    json_call(env.client, "BadgeRequestService/ApproveBadgeRequest", &r,
              "{\"name\": \"x\", \"narrative\": \"%s\", \"evidenceUrl\": \"ftp://x.org\", \"grade\": \"%.101s\"}", long_text,
              long_text);
    EXPECT_VIOLATION(r, "name");
    EXPECT_VIOLATION(r, "narrative");
    EXPECT_VIOLATION(r, "evidence_url");
    EXPECT_VIOLATION(r, "grade");
    eb_call_result_free(&r);
    json_call(env.client, "BadgeRequestService/DenyBadgeRequest", &r, "{\"name\": \"x\", \"reason\": \"\"}");
    EXPECT_VIOLATION(r, "name");
    EXPECT_VIOLATION(r, "reason");
    eb_call_result_free(&r);
    /* format before existence: an unknown request with a bad narrative is INVALID_ARGUMENT */
    json_call(env.client, "BadgeRequestService/ApproveBadgeRequest", &r,
              "{\"name\": \"badgeRequests/AAAAAAAAAAAAAAAAAAAAAA\", \"evidenceUrl\": \"ftp://x.org\"}");
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "evidence_url");
    eb_call_result_free(&r);
}

static void test_requests_and_revocation(void)
{
    char sam[128], noname[128];
    snprintf(sam, sizeof sam, "%s", learner("eduid-sam", "sam@example.org", "sam@uu.nl", "Sam", true));
    snprintf(noname, sizeof noname, "%s", learner("eduid-nn", "nn@example.org", "nn@uu.nl", "", true));
    eb_call_result r;
    request(&r, badge, noname);
    EXPECT_REASON(r, "VALIDATED_NAME_REQUIRED");
    eb_call_result_free(&r);
    request(&r, badge, sam);
    char req[128];
    snprintf(req, sizeof req, "%s", ok_field(&r, "name"));
    request(&r, badge, sam);
    EXPECT_CODE(r, GRPC_STATUS_ALREADY_EXISTS);
    eb_call_result_free(&r);
    json_call(env.client, "BadgeRequestService/ApproveBadgeRequest", &r, "{\"name\": \"%s\"}", req);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "narrative");
    eb_call_result_free(&r);
    json_call(env.client, "BadgeRequestService/ApproveBadgeRequest", &r,
              "{\"name\": \"%s\", \"narrative\": \"Mentored well\", \"grade\": \"8\"}", req);
    char assertion[128];
    snprintf(assertion, sizeof assertion, "%s", ok_field(&r, "name"));
    json_call(env.client, "BadgeRequestService/WithdrawBadgeRequest", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}", req, sam);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "REQUEST_APPROVED");
    eb_call_result_free(&r);
    request(&r, badge, sam);
    EXPECT_REASON(r, "ALREADY_HOLDS_BADGE");
    eb_call_result_free(&r);
    json_call(env.client, "AssertionService/RevokeAssertions", &r, "{\"names\": [\"%s\"], \"reason\": \"  \"}", assertion);
    EXPECT_VIOLATION(r, "reason");
    eb_call_result_free(&r);
    json_call(env.client, "AssertionService/RevokeAssertions", &r,
              "{\"names\": [\"%s\", \"assertions/AAAAAAAAAAAAAAAAAAAAAA\"], \"reason\": \"Fraud\"}", assertion);
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM assertions WHERE revoked_at IS NOT NULL"), "0");
    json_call(env.client, "AssertionService/RevokeAssertions", &r, "{\"names\": [\"%s\"], \"reason\": \"Awarded by mistake\"}",
              assertion);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        json_t *a = json_array_get(json_object_get(j, "assertions"), 0);
        CU_ASSERT_TRUE(json_is_true(json_object_get(a, "revoked")));
        CU_ASSERT_STRING_EQUAL(json_str(a, "revocationReason"), "Awarded by mistake");
        json_decref(j);
    }
    eb_call_result_free(&r);
    request(&r, badge, sam); /* a revoked badge can be requested again */
    snprintf(req, sizeof req, "%s", ok_field(&r, "name"));
    json_call(env.client, "BadgeRequestService/DenyBadgeRequest", &r, "{\"name\": \"%s\", \"reason\": \"Not this year\"}", req);
    CU_ASSERT_STRING_EQUAL(ok_field(&r, "status"), "BADGE_REQUEST_STATUS_DENIED");
    json_call(env.client, "BadgeRequestService/ApproveBadgeRequest", &r, "{\"name\": \"%s\", \"narrative\": \"n\"}", req);
    EXPECT_REASON(r, "REQUEST_DENIED");
    eb_call_result_free(&r);
}

/* Unclaimed direct awards expire after 82 days: the server is restarted with its clock
 * 83 days ahead. */
static void test_unclaimed_awards_expire(void)
{
    char tim[128], ann[128];
    snprintf(tim, sizeof tim, "%s", learner("eduid-tim", "tim@example.org", "tim@uu.nl", "Tim", true));
    snprintf(ann, sizeof ann, "%s", learner("eduid-ann", "ann@example.org", "ann@uu.nl", "Ann", true));
    eb_call_result r;
    bundle(&r, badge, "EPPN", "", "{\"recipient\": \"tim@uu.nl\", \"narrative\": \"n\"}, {\"recipient\": \"ann@uu.nl\", \"narrative\": \"n\"}");
    json_t *b = json_response(&r);
    eb_call_result_free(&r);
    char award[128], ann_award[128], name[128];
    snprintf(award, sizeof award, "%s", result_award(b, 0));
    snprintf(ann_award, sizeof ann_award, "%s", result_award(b, 1));
    snprintf(name, sizeof name, "%s", json_str(b, "name"));
    json_decref(b);
    /* a bundle scheduled for tomorrow cannot be claimed today */
    char lux[128], tomorrow[32];
    snprintf(lux, sizeof lux, "%s", learner("eduid-lux", "lux@example.org", "lux@uu.nl", "Lux", true));
    time_t t = time(NULL) + 86400;
    strftime(tomorrow, sizeof tomorrow, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    json_call(env.client, "DirectAwardService/CreateDirectAwardBundle", &r,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EPPN\", \"source\": \"AWARD_SOURCE_UI\","
              " \"scheduledTime\": \"%s\", \"rows\": [{\"recipient\": \"lux@uu.nl\", \"narrative\": \"n\"}]}", badge, tomorrow);
    b = json_response(&r);
    eb_call_result_free(&r);
    char lux_award[128];
    snprintf(lux_award, sizeof lux_award, "%s", result_award(b, 0));
    CU_ASSERT_EQUAL(json_integer_value(json_object_get(json_object_get(b, "counts"), "scheduled")), 1);
    json_decref(b);
    claim(&r, lux_award, lux);
    EXPECT_REASON(r, "DIRECT_AWARD_SCHEDULED");
    eb_call_result_free(&r);
    static const char *const sooner[] = {"EDUBADGES_CLOCK_OFFSET_SECONDS=6998400", NULL}; /* 81 days */
    test_env_restart_server(&env, sooner);
    claim(&r, lux_award, lux);
    EXPECT_OK(r); /* offered on its day, claimable from then */
    eb_call_result_free(&r);
    claim(&r, ann_award, ann);
    EXPECT_OK(r); /* still claimable on day 81 */
    eb_call_result_free(&r);
    static const char *const later[] = {"EDUBADGES_CLOCK_OFFSET_SECONDS=7171200", NULL}; /* 83 days */
    test_env_restart_server(&env, later);
    claim(&r, award, tim);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "DIRECT_AWARD_EXPIRED");
    eb_call_result_free(&r);
    json_call(env.client, "DirectAwardService/GetDirectAwardBundle", &r, "{\"name\": \"%s\"}", name);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_EQUAL(json_integer_value(json_object_get(json_object_get(j, "counts"), "expired")), 1);
        json_decref(j);
    }
    eb_call_result_free(&r);
    bundle(&r, badge, "EPPN", "", "{\"recipient\": \"tim@uu.nl\", \"narrative\": \"n\"}");
    CU_ASSERT_STRING_EQUAL(result_reason_of(&r, 0), ""); /* the expired award does not block a new one */
    test_env_restart_server(&env, NULL);
}

static void test_bundles_need_an_awardable_badge_class(void)
{
    eb_call_result r;
    const char *row = "{\"recipient\": \"x@uu.nl\", \"narrative\": \"n\"}";
    bundle(&r, "badgeClasses/AAAAAAAAAAAAAAAAAAAAAA", "EPPN", "", row);
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
    json_call(env.client, "BadgeClassService/GetBadgeClass", &r, "{\"name\": \"%s\"}", badge);
    char issuer[128];
    snprintf(issuer, sizeof issuer, "%s", ok_field(&r, "issuer"));
    json_call(env.client, "BadgeClassService/CreateBadgeClass", &r,
              "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
              " \"displayName\": \"Draft\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"draft\": true}}", issuer);
    snprintf(draft_badge, sizeof draft_badge, "%s", ok_field(&r, "name"));
    bundle(&r, draft_badge, "EPPN", "", row);
    EXPECT_REASON(r, "BADGE_CLASS_DRAFT");
    eb_call_result_free(&r);
    json_call(env.client, "BadgeClassService/CreateBadgeClass", &r,
              "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
              " \"displayName\": \"Old\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\","
              " \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}}}", issuer);
    snprintf(archived_badge, sizeof archived_badge, "%s", ok_field(&r, "name"));
    json_call(env.client, "BadgeClassService/ArchiveBadgeClass", &r, "{\"name\": \"%s\"}", archived_badge);
    eb_call_result_free(&r);
    bundle(&r, archived_badge, "EPPN", "", row);
    EXPECT_REASON(r, "BADGE_CLASS_ARCHIVED");
    eb_call_result_free(&r);
}

static void expect_failure(eb_call_result *r, grpc_status_code code, const char *reason)
{
    EXPECT_CODE(*r, code);
    EXPECT_REASON(*r, reason);
    eb_call_result_free(r);
}

/* Requests need an awardable badge class too; an award or request made before its badge
 * class was archived can no longer be claimed or approved. */
static void test_requests_and_claims_need_an_awardable_badge_class(void)
{
    char liv[128];
    snprintf(liv, sizeof liv, "%s", learner("eduid-liv", "liv@example.org", "liv@uu.nl", "Liv", true));
    eb_call_result r;
    request(&r, "badgeClasses/AAAAAAAAAAAAAAAAAAAAAA", liv);
    expect_failure(&r, GRPC_STATUS_NOT_FOUND, "BADGE_CLASS_NOT_FOUND");
    request(&r, draft_badge, liv);
    expect_failure(&r, GRPC_STATUS_FAILED_PRECONDITION, "BADGE_CLASS_DRAFT");
    request(&r, archived_badge, liv);
    expect_failure(&r, GRPC_STATUS_FAILED_PRECONDITION, "BADGE_CLASS_ARCHIVED");

    json_call(env.client, "BadgeClassService/GetBadgeClass", &r, "{\"name\": \"%s\"}", badge);
    char issuer[128], closing[128];
    snprintf(issuer, sizeof issuer, "%s", ok_field(&r, "issuer"));
    json_call(env.client, "BadgeClassService/CreateBadgeClass", &r,
              "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
              " \"displayName\": \"Closing\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\","
              " \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}}}", issuer);
    snprintf(closing, sizeof closing, "%s", ok_field(&r, "name"));
    bundle(&r, closing, "EPPN", "", "{\"recipient\": \"liv@uu.nl\"}");
    json_t *b = json_response(&r);
    eb_call_result_free(&r);
    char award[128];
    snprintf(award, sizeof award, "%s", result_award(b, 0));
    json_decref(b);
    bundle(&r, closing, "EPPN", "", "{\"recipient\": \"LIV@uu.nl\"}, {\"recipient\": \"other@uu.nl\"}");
    CU_ASSERT_STRING_EQUAL(result_reason_of(&r, 0), "OPEN_AWARD_EXISTS"); /* one open award per person */
    char ida[128];
    snprintf(ida, sizeof ida, "%s", learner("eduid-ida", "ida@example.org", "ida@uu.nl", "Ida", true));
    request(&r, closing, ida);
    char req[128];
    snprintf(req, sizeof req, "%s", ok_field(&r, "name"));
    json_call(env.client, "BadgeClassService/ArchiveBadgeClass", &r, "{\"name\": \"%s\"}", closing);
    eb_call_result_free(&r);
    claim(&r, award, liv);
    expect_failure(&r, GRPC_STATUS_FAILED_PRECONDITION, "BADGE_CLASS_ARCHIVED");
    json_call(env.client, "BadgeRequestService/ApproveBadgeRequest", &r, "{\"name\": \"%s\"}", req);
    expect_failure(&r, GRPC_STATUS_FAILED_PRECONDITION, "BADGE_CLASS_ARCHIVED");
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM assertions a JOIN learners l ON l.id = a.learner_id"
                                          " WHERE l.eduid IN ('eduid-liv', 'eduid-ida')"), "0");
}

/* GET {public base}{path}{id of name}{suffix}: the status, with the reply in *out. */
static int get_public(http_reply *out, const char *path, const char *name, const char *suffix)
{
    char url[512];
    const char *slash = strrchr(name, '/');
    snprintf(url, sizeof url, "%s%s%s%s", env.http_base, path, slash ? slash + 1 : name, suffix);
    *out = http_get(url);
    return out->status;
}

/* The media type of a public assertion's document for a client's Accept header. */
static void expect_media_type(const char *assertion, const char *accept, const char *want)
{
    char url[512];
    snprintf(url, sizeof url, "%s/public/assertions/%s", env.http_base, strrchr(assertion, '/') + 1);
    http_reply h = http_get_accepting(url, accept);
    CU_ASSERT_EQUAL(h.status, 200);
    if (strcmp(h.content_type, want) != 0)
        fprintf(stderr, "\nAccept: %s gave %s, not %s\n", accept, h.content_type, want);
    CU_ASSERT_STRING_EQUAL(h.content_type, want);
    http_reply_free(&h);
}

/* The hosted Open Badges 2.0 documents of an award, over the public HTTP side (the full
 * independent check is tests/e2e/ob2_hosted_test.sh; this runs under the sanitizers too). */
static void test_hosted_documents(void)
{
    char hana[128], assertion[128], identity[128];
    snprintf(hana, sizeof hana, "%s", learner("eduid-hana", "Hana@Example.org", "hana@uu.nl", "Hana", true));
    eb_call_result r;
    bundle(&r, badge, "EPPN", "", "{\"recipient\": \"hana@uu.nl\", \"narrative\": \"Mentored 3 students\"}");
    json_t *b = json_response(&r);
    eb_call_result_free(&r);
    claim(&r, result_award(b, 0), hana);
    json_decref(b);
    if (EXPECT_OK(r)) {
        json_t *a = json_response(&r);
        snprintf(assertion, sizeof assertion, "%s", json_str(a, "name"));
        snprintf(identity, sizeof identity, "%s", json_str(a, "recipientIdentity"));
        json_decref(a);
    }
    eb_call_result_free(&r);
    http_reply h, again;
    CU_ASSERT_EQUAL(get_public(&h, "/public/assertions/", assertion, ""), 404); /* not public yet */
    http_reply_free(&h);
    json_call(env.client, "AssertionService/SetAssertionPublic", &r,
              "{\"name\": \"%s\", \"learner\": \"%s\", \"public\": true}", assertion, hana);
    eb_call_result_free(&r);
    CU_ASSERT_EQUAL(get_public(&h, "/public/assertions/", assertion, ""), 200);
    CU_ASSERT_STRING_EQUAL(h.content_type, "application/ld+json");
    CU_ASSERT_PTR_NOT_NULL(h.body ? strstr(h.body, identity) : NULL);
    CU_ASSERT_PTR_NOT_NULL(h.body ? strstr(h.body, "\"Mentored 3 students\"") : NULL);
    get_public(&again, "/public/assertions/", assertion, "");
    CU_ASSERT_STRING_EQUAL(again.body ? again.body : "", h.body ? h.body : "-"); /* same salt every time */
    http_reply_free(&h);
    http_reply_free(&again);
    /* one URL per document: a NUL must not cut the path short */
    CU_ASSERT_EQUAL(get_public(&h, "/public/assertions/", assertion, "%00"), 404);
    http_reply_free(&h);
    CU_ASSERT_EQUAL(get_public(&h, "/public/assertions/", assertion, "%00/../whatever.json"), 404);
    http_reply_free(&h);
    expect_media_type(assertion, "application/json", "application/json");
    expect_media_type(assertion, "application/json, application/ld+json;q=0.5", "application/json");
    expect_media_type(assertion, "application/ld+json;q=0, application/json", "application/json");
    expect_media_type(assertion, "application/json;q=0.5, application/ld+json", "application/ld+json");
    expect_media_type(assertion, "application/json;q=0.9, */*", "application/ld+json");
    expect_media_type(assertion, "text/html, application/json;q=0.8, */*;q=0.1", "application/json");
    CU_ASSERT_EQUAL(get_public(&h, "/public/badges/", badge, ""), 200);
    CU_ASSERT_PTR_NULL(h.body ? strstr(h.body, "tags") : "");
    http_reply_free(&h);
    CU_ASSERT_EQUAL(get_public(&h, "/public/badges/", badge, "/image"), 200);
    CU_ASSERT_STRING_EQUAL(h.content_type, "image/svg+xml");
    CU_ASSERT_EQUAL(h.body ? strncmp(h.body, "<svg", 4) : -1, 0);
    http_reply_free(&h);
    CU_ASSERT_EQUAL(get_public(&h, "/public/badges/", draft_badge, ""), 404);
    http_reply_free(&h);
    CU_ASSERT_EQUAL(get_public(&h, "/public/assertions/", "AAAAAAAAAAAAAAAAAAAAAA", ""), 404);
    http_reply_free(&h);
    json_call(env.client, "AssertionService/RevokeAssertions", &r, "{\"names\": [\"%s\"], \"reason\": \"Fraude\"}",
              assertion);
    eb_call_result_free(&r);
    CU_ASSERT_EQUAL(get_public(&h, "/public/assertions/", assertion, ""), 410);
    CU_ASSERT_PTR_NOT_NULL(h.body ? strstr(h.body, "\"revocationReason\": \"Fraude\"") : NULL);
    CU_ASSERT_PTR_NULL(h.body ? strstr(h.body, identity) : "");
    http_reply_free(&h);
}

static void test_wrong_people_and_withdrawn_requests(void)
{
    char mia[128], max[128];
    snprintf(mia, sizeof mia, "%s", learner("eduid-mia", "mia@example.org", "mia@uu.nl", "Mia", true));
    snprintf(max, sizeof max, "%s", learner("eduid-max", "MIA@example.org.evil", "max@uu.nl", "Max", true));
    eb_call_result r;
    bundle(&r, badge, "EMAIL", "", "{\"recipient\": \"Mia@Example.org\", \"narrative\": \"n\"}");
    json_t *b = json_response(&r);
    eb_call_result_free(&r);
    claim(&r, result_award(b, 0), max);
    json_decref(b);
    expect_failure(&r, GRPC_STATUS_PERMISSION_DENIED, "NOT_ADDRESSED_TO_LEARNER");
    request(&r, lenient_badge, mia);
    char req[128];
    snprintf(req, sizeof req, "%s", ok_field(&r, "name"));
    json_call(env.client, "BadgeRequestService/WithdrawBadgeRequest", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}", req, max);
    EXPECT_REASON(r, "NOT_THE_REQUESTER");
    eb_call_result_free(&r);
    json_call(env.client, "BadgeRequestService/WithdrawBadgeRequest", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}", req, mia);
    CU_ASSERT_STRING_EQUAL(ok_field(&r, "status"), "BADGE_REQUEST_STATUS_WITHDRAWN");
    json_call(env.client, "BadgeRequestService/ApproveBadgeRequest", &r, "{\"name\": \"%s\"}", req);
    EXPECT_REASON(r, "REQUEST_WITHDRAWN");
    eb_call_result_free(&r);
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("awarding", suite_init, suite_clean);
    CU_add_test(s, "catalog to award from", setup_catalog);
    CU_add_test(s, "bundle rows and claims", test_bundle_rows_and_claims);
    CU_add_test(s, "scheduled time out of range", test_scheduled_time_out_of_range);
    CU_add_test(s, "e-mail bundles and one open award", test_email_bundles_and_one_open_award);
    CU_add_test(s, "Unicode and case in e-mail addresses", test_unicode_and_case_in_email_addresses);
    CU_add_test(s, "request_id makes bundles exactly once", test_request_id_makes_bundles_exactly_once);
    CU_add_test(s, "concurrent retries get the first answer", test_concurrent_retries_get_the_first_answer);
    CU_add_test(s, "concurrent logins sharing an eppn", test_concurrent_logins_sharing_an_eppn);
    CU_add_test(s, "concurrent claims", test_concurrent_claims);
    CU_add_test(s, "10,000 rows", test_ten_thousand_rows);
    CU_add_test(s, "many bad rows fit the answer", test_many_bad_rows_fit_the_answer);
    CU_add_test(s, "request calls name every bad field", test_request_calls_name_every_bad_field);
    CU_add_test(s, "requests and revocation", test_requests_and_revocation);
    CU_add_test(s, "requests need membership", test_requests_need_membership);
    CU_add_test(s, "bundles need an awardable badge class", test_bundles_need_an_awardable_badge_class);
    CU_add_test(s, "requests and claims need an awardable badge class",
                test_requests_and_claims_need_an_awardable_badge_class);
    CU_add_test(s, "wrong people and withdrawn requests", test_wrong_people_and_withdrawn_requests);
    CU_add_test(s, "hosted documents over HTTP", test_hosted_documents);
    CU_add_test(s, "unclaimed awards expire after 82 days", test_unclaimed_awards_expire);
    return test_run_all();
}
