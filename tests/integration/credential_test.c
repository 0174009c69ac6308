/* Open Badges 3.0 credentials end to end: an assertion issued as a signed credential,
 * verified by VerifyCredential (valid, tampered, recipient, revoked, expired, not yet
 * valid, another issuer's credential), issuer keys rotated and retired, and every bad
 * request named field by field. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "di_eddsa.h"
#include "harness.h"
#include "http_get.h"
#include "json_call.h"
#include "multibase.h"

static test_env env;
static char issuer[128], assertion[128], email[] = "Jan.Jansen@Example.org";

#define SVG "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxIiBoZWlnaHQ9IjEiLz4="

static const char *ok_field(eb_call_result *r, const char *path)
{
    static char out[8][512];
    static int next;
    char *s = out[next++ % 8];
    s[0] = '\0';
    if (EXPECT_OK(*r)) {
        json_t *j = json_response(r);
        snprintf(s, 512, "%s", json_str(j, path));
        json_decref(j);
    }
    eb_call_result_free(r);
    return s;
}

static int suite_init(void)
{
    test_env_start(&env, "credential", NULL);
    return 0;
}

/* An institution (domain, e.g. "uu.nl") with a region, a faculty of that visibility
 * ("VISIBILITY_PUBLIC" or "VISIBILITY_TEST"), an issuer and a graded extra-curricular badge
 * valid for a year; the names into the buffers (128 bytes). */
static void make_badge(const char *domain, const char *visibility, char *institution, char *issuer_name, char *badge)
{
    eb_call_result r;
    json_call(env.client, "InstitutionService/CreateInstitution", &r,
              "{\"institution\": {\"identifier\": \"%s\", \"displayName\": {\"nl\": \"Universiteit %s\"},"
              " \"description\": {\"nl\": \"x\"}, \"sector\": \"SECTOR_WO\", \"countryCode\": \"NL\", \"regionCode\": \"NL-UT\","
              " \"eppnPattern\": \".*@.*\"}}", domain, domain);
    char faculty[128];
    snprintf(institution, 128, "%s", ok_field(&r, "name"));
    json_call(env.client, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"F\"}, \"description\": {\"nl\": \"x\"},"
              " \"visibility\": \"%s\"}}",
              institution, visibility);
    snprintf(faculty, sizeof faculty, "%s", ok_field(&r, "name"));
    json_call(env.client, "IssuerService/CreateIssuer", &r,
              "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"nl\": \"B\u00e8tafaculteit\", \"en\": \"Faculty of Science\"},"
              " \"description\": {\"nl\": \"x\"}, \"url\": {\"nl\": \"https://uu.nl\"}, \"email\": \"science@uu.nl\"}}", faculty);
    snprintf(issuer_name, 128, "%s", ok_field(&r, "name"));
    json_call(env.client, "BadgeClassService/CreateBadgeClass", &r,
              "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
              " \"displayName\": \"Mentor\", \"courseLanguage\": \"COURSE_LANGUAGE_EN\", \"description\": \"Mentored first-years.\","
              " \"criteria\": \"Mentor a group for a year.\", \"image\": {\"data\": \"" SVG "\"},"
              " \"gradeAchieved\": \"GRADE_ACHIEVED_OPTIONAL\", \"expirationPeriod\": \"31536000s\"}}", issuer_name);
    snprintf(badge, 128, "%s", ok_field(&r, "name"));
}

/* A claimed award of the badge to a new learner with that e-mail address (and eduid);
 * the assertion's name into out (128 bytes). */
static void claimed_award(const char *institution, const char *badge, const char *mail, const char *eduid, char *out)
{
    eb_call_result r;
    char learner[128];
    json_call(env.client, "LearnerService/UpsertLearner", &r,
              "{\"learner\": {\"eduid\": \"%s\", \"email\": \"%s\", \"validatedName\": \"Jan Jansen\","
              " \"accounts\": [{\"eppn\": \"%s\", \"schacHome\": \"uu.nl\"}]}}", eduid, mail, mail);
    snprintf(learner, sizeof learner, "%s", ok_field(&r, "name"));
    json_call(env.client, "LearnerService/RecordConsent", &r,
              "{\"learner\": \"%s\", \"consent\": {\"institution\": \"%s\", \"termsKind\": \"TERMS_KIND_INFORMAL\", \"termsVersion\": 1}}",
              learner, institution);
    eb_call_result_free(&r);
    json_call(env.client, "DirectAwardService/CreateDirectAwardBundle", &r,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\", \"source\": \"AWARD_SOURCE_UI\","
              " \"rows\": [{\"recipient\": \"%s\", \"grade\": \"8.5\", \"evidenceUrl\": \"https://portfolio.example.org/jan\"}]}",
              badge, mail);
    json_t *b = json_response(&r);
    char award[128];
    snprintf(award, sizeof award, "%s", json_str(json_array_get(json_object_get(b, "results"), 0), "directAward"));
    json_decref(b);
    eb_call_result_free(&r);
    json_call(env.client, "DirectAwardService/ClaimDirectAward", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}", award,
              learner);
    snprintf(out, 128, "%s", ok_field(&r, "name"));
}

/* One claimed award of a badge of a new issuer. */
static void test_award(void)
{
    char institution[128], badge[128];
    make_badge("uu.nl", "VISIBILITY_PUBLIC", institution, issuer, badge);
    claimed_award(institution, badge, email, "eduid-jan", assertion);
    CU_ASSERT_FATAL(assertion[0] != '\0');
}

static int suite_clean(void)
{
    test_env_stop(&env);
    return 0;
}

/* The credential text of the assertion in the format, or NULL (after a failed assertion). */
static char *get_credential(const char *format, char *key_name, size_t key_len)
{
    eb_call_result r;
    json_call(env.client, "CredentialService/GetOpenBadgeCredential", &r,
              "{\"assertion\": \"%s\", \"format\": \"CREDENTIAL_FORMAT_%s\"}", assertion, format);
    char *text = NULL;
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        text = strdup(json_str(j, "credential"));
        if (key_name)
            snprintf(key_name, key_len, "%s", json_str(j, "signingKey"));
        CU_ASSERT_STRING_EQUAL(json_str(j, "mediaType"),
                               strcmp(format, "DATA_INTEGRITY") == 0 ? "application/vc+ld+json" : "text/plain");
        json_decref(j);
    }
    eb_call_result_free(&r);
    return text;
}

/* VerifyCredential's answer as JSON (caller frees); extra: more request members or "". */
static json_t *verify(const char *credential, const char *extra)
{
    json_t *req = json_pack("{s:s}", "credential", credential);
    char *body = json_dumps(req, 0);
    body[strlen(body) - 1] = '\0'; /* reopen the object for the extra members */
    eb_call_result r;
    json_call(env.anonymous, "CredentialService/VerifyCredential", &r, "%s%s}", body, extra);
    json_t *resp = EXPECT_OK(r) ? json_response(&r) : NULL;
    eb_call_result_free(&r);
    free(body);
    json_decref(req);
    return resp;
}

/* The outcome name of the check of that kind ("PASSED", ...), "" when absent. */
static const char *outcome(const json_t *report, const char *kind)
{
    static char out[4][32];
    static int next;
    char *s = out[next++ % 4];
    s[0] = '\0';
    size_t i;
    const json_t *c;
    json_array_foreach(json_object_get(report, "checks"), i, c) if (strcmp(json_str(c, "kind"), kind) == 0)
        snprintf(s, 32, "%s", json_str(c, "outcome") + strlen("CHECK_OUTCOME_"));
    return s;
}

static bool verified(const json_t *report) { return json_is_true(json_object_get(report, "verified")); }

static void dump_failures(const json_t *report)
{
    size_t i;
    const json_t *c;
    json_array_foreach(json_object_get(report, "checks"), i, c) if (strcmp(json_str(c, "outcome"), "CHECK_OUTCOME_FAILED") == 0)
        fprintf(stderr, "\n  %s: %s", json_str(c, "kind"), json_str(c, "message"));
}

static int http_status(const char *url);

static void test_issue_and_verify(void)
{
    char key[128];
    char *text = get_credential("DATA_INTEGRITY", key, sizeof key);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    json_t *c = json_loads(text, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_TRUE(json_is_array(json_object_get(c, "proof")));
    CU_ASSERT_STRING_EQUAL(json_str(c, "issuer.name"), "Faculty of Science");
    CU_ASSERT_STRING_EQUAL(json_str(c, "issuer.address.addressRegion"), "NL-UT");
    CU_ASSERT_STRING_EQUAL(json_str(c, "credentialStatus.type"), "BitstringStatusListEntry");
    const char *vm = json_str(json_array_get(json_object_get(c, "proof"), 0), "verificationMethod");
    CU_ASSERT_PTR_NOT_NULL(strstr(vm, "/ob3/keys/"));
    CU_ASSERT_PTR_NOT_NULL(strstr(vm, key + strlen("signingKeys/")));

    json_t *report = verify(text, "");
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    if (!verified(report))
        dump_failures(report);
    CU_ASSERT_TRUE(verified(report));
    const char *passed[] = {"CHECK_KIND_FORMAT", "CHECK_KIND_CONTEXT", "CHECK_KIND_PROOF", "CHECK_KIND_ISSUER_KEY",
                            "CHECK_KIND_SCHEMA", "CHECK_KIND_SUBJECT", "CHECK_KIND_VALID_FROM",
                            "CHECK_KIND_VALID_UNTIL", "CHECK_KIND_STATUS"};
    for (size_t i = 0; i < sizeof passed / sizeof *passed; i++)
        CU_ASSERT_STRING_EQUAL(outcome(report, passed[i]), "PASSED");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_RECIPIENT"), "SKIPPED");
    CU_ASSERT_STRING_EQUAL(json_str(report, "issuer"), json_str(c, "issuer.id"));
    CU_ASSERT_STRING_EQUAL(json_str(report, "format"), "CREDENTIAL_FORMAT_DATA_INTEGRITY");
    json_decref(report);

    /* the recipient: the e-mail address in any case and spacing matches, another does not */
    report = verify(text, ", \"recipient\": {\"identityType\": \"emailAddress\", \"identity\": \" JAN.jansen@example.ORG \"}");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_RECIPIENT"), "PASSED");
    CU_ASSERT_TRUE(verified(report));
    json_decref(report);
    report = verify(text, ", \"recipient\": {\"identityType\": \"emailAddress\", \"identity\": \"piet@example.org\"}");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_RECIPIENT"), "FAILED");
    CU_ASSERT_FALSE(verified(report));
    json_decref(report);

    /* one changed field breaks the proof */
    json_object_set_new(c, "name", json_string("Another badge"));
    char *tampered = json_dumps(c, 0);
    report = verify(tampered, "");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_PROOF"), "FAILED");
    CU_ASSERT_FALSE(verified(report));
    json_decref(report);
    free(tampered);

    /* issued again: the same status entry and key */
    char *again = get_credential("DATA_INTEGRITY", NULL, 0);
    json_t *c2 = json_loads(again, 0, NULL);
    CU_ASSERT_STRING_EQUAL(json_str(c2, "credentialStatus.id"), json_str(c, "credentialStatus.id"));
    CU_ASSERT_STRING_EQUAL(json_str(c2, "id"), json_str(c, "id"));
    json_decref(c2);
    free(again);
    json_decref(c);
    free(text);
}

/* The Achievement id of our credentials answers: the object the credential embeds, with its
 * own context, as application/ld+json, and its image is the badge class image's public URL.
 * A draft badge class (and an unknown one) has none. */
static void test_achievement_document(void)
{
    char *text = get_credential("DATA_INTEGRITY", NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    json_t *c = json_loads(text, 0, NULL);
    json_t *embedded = json_object_get(json_object_get(c, "credentialSubject"), "achievement");
    http_reply h = http_get(json_str(embedded, "id"));
    CU_ASSERT_EQUAL(h.status, 200);
    CU_ASSERT_STRING_EQUAL(h.content_type, "application/ld+json");
    json_t *served = json_loads(h.body ? h.body : "", 0, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(served);
    CU_ASSERT_STRING_EQUAL(json_str(served, "@context.0"), "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    CU_ASSERT_STRING_EQUAL(json_str(served, "@context.1"), "https://edubadges.nl/contexts/eu-microcredential/1.0.jsonld");
    json_object_del(served, "@context");
    CU_ASSERT_TRUE(json_equal(served, embedded));
    CU_ASSERT_STRING_EQUAL(json_str(embedded, "image.type"), "Image");
    http_reply image = http_get(json_str(embedded, "image.id"));
    CU_ASSERT_EQUAL(image.status, 200);
    CU_ASSERT_STRING_EQUAL(image.content_type, "image/svg+xml");
    http_reply_free(&image);
    http_reply_free(&h);

    char draft_url[512];
    eb_call_result r;
    json_call(env.client, "BadgeClassService/CreateBadgeClass", &r,
              "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
              " \"displayName\": \"Draft\", \"courseLanguage\": \"COURSE_LANGUAGE_EN\", \"draft\": true}}", issuer);
    snprintf(draft_url, sizeof draft_url, "%s/ob3/achievements/%s", env.http_base,
             ok_field(&r, "name") + strlen("badgeClasses/"));
    CU_ASSERT_EQUAL(http_status(draft_url), 404);
    snprintf(draft_url, sizeof draft_url, "%s/ob3/achievements/AAAAAAAAAAAAAAAAAAAAAA", env.http_base);
    CU_ASSERT_EQUAL(http_status(draft_url), 404);
    json_decref(served);
    json_decref(c);
    free(text);
}

/* The failed check's message of that kind, "" when absent. */
static const char *message(const json_t *report, const char *kind)
{
    size_t i;
    const json_t *c;
    json_array_foreach(json_object_get(report, "checks"), i, c) if (strcmp(json_str(c, "kind"), kind) == 0)
        return json_str(c, "message");
    return "";
}

/* The credential with a list of n equal items as the grade's allowed values; JSON text. */
static char *with_equal_items(json_t *c, int n)
{
    json_t *items = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(items, json_string("pass"));
    json_t *grade = json_array_get(json_object_get(json_object_get(json_object_get(c, "credentialSubject"), "achievement"),
                                                   "resultDescription"), 0);
    CU_ASSERT_PTR_NOT_NULL(grade);
    json_object_set_new(grade, "allowedValue", items);
    return json_dumps(c, 0);
}

/* Credentials made to hurt the verifier get a report, and the server stays up: a proof
 * without verificationMethod; a list of 256 equal items (a chain of look-alike blank nodes,
 * stopped by the RDFC-1.0 limits); a list of 20,000 (refused before any processing, as
 * is a supplied document with such a list). */
static void test_hostile_credentials(void)
{
    char *text = get_credential("DATA_INTEGRITY", NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    json_t *c = json_loads(text, 0, NULL);
    json_t *proof = json_array_get(json_object_get(c, "proof"), 0);
    json_t *vm = json_incref(json_object_get(proof, "verificationMethod"));
    json_object_del(proof, "verificationMethod");
    char *no_method = json_dumps(c, 0);
    json_t *report = verify(no_method, "");
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_PROOF"), "FAILED");
    CU_ASSERT_PTR_NOT_NULL(strstr(message(report, "CHECK_KIND_PROOF"), "verificationMethod"));
    json_decref(report);
    free(no_method);
    json_object_set_new(proof, "verificationMethod", vm);

    char *chain = with_equal_items(c, 256);
    report = verify(chain, "");
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_PROOF"), "FAILED");
    CU_ASSERT_PTR_NOT_NULL(strstr(message(report, "CHECK_KIND_PROOF"), "too complex"));
    json_decref(report);
    free(chain);

    char *long_list = with_equal_items(c, 20000);
    report = verify(long_list, "");
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_FORMAT"), "FAILED");
    CU_ASSERT_PTR_NOT_NULL(strstr(message(report, "CHECK_KIND_FORMAT"), "more than 256 items"));
    json_decref(report);
    json_t *req = json_pack("{s:s, s:[{s:s, s:s}]}", "credential", text, "documents", "url",
                            "https://other.example.org/list", "content", long_list);
    char *body = json_dumps(req, 0);
    eb_call_result r;
    json_call(env.anonymous, "CredentialService/VerifyCredential", &r, "%s", body);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "documents[0].content");
    eb_call_result_free(&r);
    free(body);
    json_decref(req);
    free(long_list);

    report = verify(text, ""); /* still serving */
    CU_ASSERT_TRUE(verified(report));
    json_decref(report);
    json_decref(c);
    free(text);
}

/* Our credential with another name, signed by someone else's key named vm ("%K" stands
 * for the key's Multikey); JSON text (free it). *multikey receives the Multikey. */
static char *forged(const char *genuine, const char *vm, char multikey[MULTIKEY_TEXT_MAX])
{
    uint8_t seed[32];
    memset(seed, 0x5a, sizeof seed);
    di_eddsa_key key;
    di_eddsa_key_from_seed(seed, &key);
    jl_error err;
    multikey_encode_public(key.public_key, multikey, &err);
    const char *k = strstr(vm, "%K");
    char method[512];
    snprintf(method, sizeof method, "%.*s%s%s", k ? (int)(k - vm) : (int)strlen(vm), vm, k ? multikey : "",
             k ? k + 2 : "");
    json_t *doc = json_loads(genuine, 0, NULL);
    json_object_del(doc, "proof");
    json_object_set_new(doc, "name", json_string("Doctor of Medicine"));
    json_t *options = json_pack("{s:s, s:s, s:s, s:s, s:s}", "type", "DataIntegrityProof", "cryptosuite",
                                "eddsa-rdfc-2022", "created", "2024-05-01T12:00:00Z", "verificationMethod", method,
                                "proofPurpose", "assertionMethod");
    json_t *out = NULL;
    CU_ASSERT_EQUAL(di_eddsa_sign(doc, options, &key, NULL, &out, &err), JL_OK);
    char *text = out ? json_dumps(out, 0) : strdup("{}");
    json_decref(out);
    json_decref(options);
    json_decref(doc);
    return text;
}

/* A credential in the name of one of our issuers signed by another key is no credential of
 * theirs: not with the key in a fragment of the issuer id, and not with documents for our
 * URLs supplied in the request (the server's own documents are the only ones for them;
 * the public base URL is https for that part, as supplied documents must be). And with a
 * base URL that has a path, our own VC-JWTs still verify. */
static void test_forgeries(void)
{
    char *genuine = get_credential("DATA_INTEGRITY", NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(genuine);
    json_t *g = json_loads(genuine, 0, NULL);
    char mk[MULTIKEY_TEXT_MAX], vm[512];
    snprintf(vm, sizeof vm, "%s#%%K", json_str(g, "issuer.id"));
    char *text = forged(genuine, vm, mk);
    json_t *report = verify(text, "");
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_FALSE(verified(report));
    CU_ASSERT_STRING_NOT_EQUAL(outcome(report, "CHECK_KIND_ISSUER_KEY"), "PASSED");
    json_decref(report);
    free(text);
    json_decref(g);
    free(genuine);

    const char *https[] = {"EDUBADGES_PUBLIC_BASE_URL=https://badges.example.nl", NULL};
    test_env_restart_server(&env, https);
    genuine = get_credential("DATA_INTEGRITY", NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(genuine);
    g = json_loads(genuine, 0, NULL);
    const char *issuer_id = json_str(g, "issuer.id");
    const char *key_url = "https://badges.example.nl/ob3/keys/AAAAAAAAAAAAAAAAAAAAAA";
    text = forged(genuine, key_url, mk);
    json_t *key_doc = json_pack("{s:s, s:s, s:s, s:s, s:s}", "@context", "https://w3id.org/security/multikey/v1",
                                "id", key_url, "type", "Multikey", "controller", issuer_id, "publicKeyMultibase", mk);
    json_t *controller = json_pack("{s:[s, s], s:s, s:[O], s:[s]}", "@context", "https://www.w3.org/ns/did/v1",
                                   "https://w3id.org/security/multikey/v1", "id", issuer_id, "verificationMethod",
                                   key_doc, "assertionMethod", key_url);
    char *key_text = json_dumps(key_doc, 0), *controller_text = json_dumps(controller, 0);
    json_t *documents = json_pack("{s:[{s:s, s:s}, {s:s, s:s}]}", "documents", "url", key_url, "content", key_text,
                                  "url", issuer_id, "content", controller_text);
    char *extra = json_dumps(documents, 0);
    extra[0] = ','; /* the members, after the credential's */
    extra[strlen(extra) - 1] = '\0';
    report = verify(text, extra);
    CU_ASSERT_PTR_NOT_NULL_FATAL(report);
    CU_ASSERT_FALSE(verified(report));
    CU_ASSERT_STRING_NOT_EQUAL(outcome(report, "CHECK_KIND_PROOF"), "PASSED");
    json_decref(report);
    report = verify(genuine, extra); /* the genuine one still verifies beside them */
    CU_ASSERT_TRUE(verified(report));
    json_decref(report);
    free(extra);
    json_decref(documents);
    free(key_text);
    free(controller_text);
    json_decref(controller);
    json_decref(key_doc);
    free(text);
    json_decref(g);
    free(genuine);

    /* a base URL with a path: our VC-JWTs' key is in the JWK Set at the authority's root */
    const char *with_path[] = {"EDUBADGES_PUBLIC_BASE_URL=https://uni.example/badges", NULL};
    test_env_restart_server(&env, with_path);
    char *jwt = get_credential("JWT_ES256", NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(jwt);
    report = verify(jwt, "");
    if (!verified(report))
        dump_failures(report);
    CU_ASSERT_TRUE(verified(report));
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_ISSUER_KEY"), "PASSED");
    json_decref(report);
    free(jwt);
    test_env_restart_server(&env, NULL);
}

typedef struct first_issue {
    char assertion[128];
    char *credential; /* malloc'd JSON text, NULL when the call failed */
} first_issue;

static pthread_barrier_t all_connected;

static void *first_issue_thread(void *arg)
{
    first_issue *x = arg;
    eb_client_options o = {.target = env.target, .token = env.token, .timeout_ms = 20000};
    eb_client *c = eb_client_create(&o);
    eb_call_result r;
    json_call(c, "VocabularyService/ListVocabularies", &r, "{}"); /* connected */
    eb_call_result_free(&r);
    pthread_barrier_wait(&all_connected);
    json_call(c, "CredentialService/GetOpenBadgeCredential", &r,
              "{\"assertion\": \"%s\", \"format\": \"CREDENTIAL_FORMAT_DATA_INTEGRITY\"}", x->assertion);
    json_t *j = r.code == GRPC_STATUS_OK ? json_response(&r) : NULL;
    x->credential = j ? strdup(json_str(j, "credential")) : NULL;
    json_decref(j);
    eb_call_result_free(&r);
    eb_client_destroy(c);
    return NULL;
}

/* The status list URL and index of a credential (JSON text); "" and -1 when it is none. */
static long status_entry(const char *credential, char *list, size_t list_len)
{
    json_t *c = credential ? json_loads(credential, 0, NULL) : NULL;
    snprintf(list, list_len, "%s", c ? json_str(c, "credentialStatus.statusListCredential") : "");
    long index = c ? strtol(json_str(c, "credentialStatus.statusListIndex"), NULL, 10) : -1;
    json_decref(c);
    return index;
}

/* The DATA_INTEGRITY credential of an assertion (one call, like a wallet's): JSON text to
 * free, NULL when the call failed. */
static char *first_credential(const char *assertion_name)
{
    first_issue x = {.credential = NULL};
    snprintf(x.assertion, sizeof x.assertion, "%s", assertion_name);
    pthread_barrier_init(&all_connected, NULL, 1);
    first_issue_thread(&x);
    pthread_barrier_destroy(&all_connected);
    return x.credential;
}

/* The first credentials of a new issuer's assertions, all asked for at once, each twice:
 * each assertion gets one entry (the same in both answers), all in the issuer's one status
 * list, at random indices (herd privacy: not 0, 1, 2, … in issue order). Three rounds, each
 * with a new issuer, to give races their chances. */
static void test_concurrent_first_issues(void)
{
    enum { N = 16, AWARDS = N / 2 };
    long highest = -1;
    for (int round = 0; round < 3; round++) {
        char institution[128], other_issuer[128], badge[128], domain[64];
        snprintf(domain, sizeof domain, "concurrent%d.example.org", round);
        make_badge(domain, "VISIBILITY_PUBLIC", institution, other_issuer, badge);
        first_issue x[N];
        pthread_t threads[N];
        for (int i = 0; i < AWARDS; i++) {
            char mail[96], eduid[96];
            snprintf(mail, sizeof mail, "learner%d@%s", i, domain);
            snprintf(eduid, sizeof eduid, "eduid-%d-%s", i, domain);
            claimed_award(institution, badge, mail, eduid, x[2 * i].assertion);
            memcpy(x[2 * i + 1].assertion, x[2 * i].assertion, sizeof x[2 * i].assertion);
        }
        pthread_barrier_init(&all_connected, NULL, N);
        for (int i = 0; i < N; i++)
            pthread_create(&threads[i], NULL, first_issue_thread, &x[i]);
        char list[512] = "";
        long index_of[AWARDS];
        bool one_list = true;
        for (int i = 0; i < N; i++) {
            pthread_join(threads[i], NULL);
            CU_ASSERT_PTR_NOT_NULL(x[i].credential);
            char url[512];
            long index = status_entry(x[i].credential, url, sizeof url);
            if (!list[0])
                snprintf(list, sizeof list, "%s", url);
            one_list = one_list && strcmp(list, url) == 0;
            CU_ASSERT_TRUE(index >= 0 && index < 131072);
            highest = index > highest ? index : highest;
            if (i % 2 == 0) { /* the assertion's first answer: an entry nobody else has */
                for (int j = 0; j < i / 2; j++)
                    CU_ASSERT_NOT_EQUAL(index, index_of[j]);
                index_of[i / 2] = index;
            } else { /* its second answer: the same entry */
                CU_ASSERT_EQUAL(index, index_of[i / 2]);
            }
            free(x[i].credential);
        }
        pthread_barrier_destroy(&all_connected);
        CU_ASSERT_TRUE(one_list);
        if (round < 2)
            continue;
        /* once that list is full, the next credential opens the issuer's second list */
        test_sql(&env, "UPDATE status_lists SET entries_taken = 131072");
        char another[128], url[512];
        claimed_award(institution, badge, "last@example.org", "eduid-last", another);
        char *text = first_credential(another);
        CU_ASSERT_PTR_NOT_NULL_FATAL(text);
        long index = status_entry(text, url, sizeof url);
        CU_ASSERT_STRING_NOT_EQUAL(url, list);
        CU_ASSERT_TRUE(index >= 0 && index < 131072);
        free(text);
    }
    /* 24 random indices of 131,072 all below 1,024: about 1 in 10^50 */
    CU_ASSERT_TRUE(highest >= 1024);
}

/* A list with two free entries left: the next two credentials get exactly those (a list so
 * full that random candidates miss counts its free entries), the one after opens a new list. */
static void test_nearly_full_list(void)
{
    char institution[128], full_issuer[128], badge[128], first[128], url[512], list[512];
    make_badge("full.example.org", "VISIBILITY_PUBLIC", institution, full_issuer, badge);
    claimed_award(institution, badge, "first@full.example.org", "eduid-full-0", first);
    char *text = first_credential(first);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    long taken = status_entry(text, list, sizeof list);
    free(text);
    long free_a = taken == 4242 ? 4243 : 4242, free_b = taken == 131071 ? 131070 : 131071;
    char sql[1024];
    snprintf(sql, sizeof sql,
             "INSERT INTO assertions (public_id, badge_class_id, status_list_id, status_index)"
             " SELECT 'f' || lpad(i::text, 21, '0'), a.badge_class_id, a.status_list_id, i"
             " FROM assertions a, generate_series(0, 131071) AS i"
             " WHERE a.public_id = '%s' AND i NOT IN (a.status_index, %ld, %ld);"
             " UPDATE status_lists SET entries_taken = 131070 WHERE id ="
             " (SELECT status_list_id FROM assertions WHERE public_id = '%s')",
             first + strlen("assertions/"), free_a, free_b, first + strlen("assertions/"));
    test_sql(&env, sql);
    long got[2];
    for (int i = 0; i < 3; i++) {
        char mail[96], eduid[96], award[128];
        snprintf(mail, sizeof mail, "learner%d@full.example.org", i + 1);
        snprintf(eduid, sizeof eduid, "eduid-full-%d", i + 1);
        claimed_award(institution, badge, mail, eduid, award);
        text = first_credential(award);
        CU_ASSERT_PTR_NOT_NULL_FATAL(text);
        long index = status_entry(text, url, sizeof url);
        free(text);
        if (i < 2) {
            CU_ASSERT_STRING_EQUAL(url, list);
            got[i] = index;
        } else {
            CU_ASSERT_STRING_NOT_EQUAL(url, list);
        }
    }
    CU_ASSERT_TRUE((got[0] == free_a && got[1] == free_b) || (got[0] == free_b && got[1] == free_a));
}

/* The HTTP status of GET url, where url is under the public base URL. */
static int http_status(const char *url)
{
    http_reply h = http_get(url);
    int status = h.status;
    http_reply_free(&h);
    return status;
}

/* A test faculty publishes nothing (as for Open Badges 2.0): its issuers' controller
 * documents, keys, status lists and achievements are 404 and their keys are not in the JWK Set, so
 * the credentials it can make for trying things out verify nowhere. */
static void test_test_faculty(void)
{
    char institution[128], test_issuer[128], badge[128], award[128];
    make_badge("test.example.org", "VISIBILITY_TEST", institution, test_issuer, badge);
    claimed_award(institution, badge, "tess@test.example.org", "eduid-tess", award);
    eb_call_result r;
    json_call(env.client, "CredentialService/GetOpenBadgeCredential", &r,
              "{\"assertion\": \"%s\", \"format\": \"CREDENTIAL_FORMAT_JWT_ES256\"}", award);
    char jwt_key[128];
    snprintf(jwt_key, sizeof jwt_key, "%s", ok_field(&r, "signingKey"));
    json_call(env.client, "CredentialService/GetOpenBadgeCredential", &r,
              "{\"assertion\": \"%s\", \"format\": \"CREDENTIAL_FORMAT_DATA_INTEGRITY\"}", award);
    CU_ASSERT_FATAL(EXPECT_OK(r));
    json_t *j = json_response(&r);
    char *text = strdup(json_str(j, "credential"));
    json_decref(j);
    eb_call_result_free(&r);
    json_t *c = json_loads(text, 0, NULL);
    json_t *report = verify(text, "");
    CU_ASSERT_FALSE(verified(report));
    CU_ASSERT_STRING_NOT_EQUAL(outcome(report, "CHECK_KIND_PROOF"), "PASSED");
    json_decref(report);
    CU_ASSERT_EQUAL(http_status(json_str(c, "issuer.id")), 404);
    CU_ASSERT_EQUAL(http_status(json_str(json_array_get(json_object_get(c, "proof"), 0), "verificationMethod")), 404);
    CU_ASSERT_EQUAL(http_status(json_str(c, "credentialStatus.statusListCredential")), 404);
    CU_ASSERT_EQUAL(http_status(json_str(c, "credentialSubject.achievement.id")), 404);
    char url[512];
    snprintf(url, sizeof url, "%s/.well-known/jwks.json", env.http_base);
    http_reply h = http_get(url);
    CU_ASSERT_EQUAL(h.status, 200);
    CU_ASSERT_PTR_NULL(strstr(h.body ? h.body : "", jwt_key + strlen("signingKeys/")));
    http_reply_free(&h);
    json_decref(c);
    free(text);
}

/* VC-JWTs with ES256 and RS256: they verify, a changed payload does not, and the claims
 * follow the Open Badges 3.0 rules. */
static void test_jwt(void)
{
    const char *formats[] = {"JWT_ES256", "JWT_RS256"};
    for (size_t f = 0; f < 2; f++) {
        char key[128];
        char *jwt = get_credential(formats[f], key, sizeof key);
        CU_ASSERT_PTR_NOT_NULL_FATAL(jwt);
        CU_ASSERT_EQUAL(strchr(strchr(jwt, '.') + 1, '.') != NULL, 1);
        json_t *report = verify(jwt, "");
        if (!verified(report))
            dump_failures(report);
        CU_ASSERT_TRUE(verified(report));
        CU_ASSERT_STRING_EQUAL(json_str(report, "format"), f == 0 ? "CREDENTIAL_FORMAT_JWT_ES256" : "CREDENTIAL_FORMAT_JWT_RS256");
        CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_ISSUER_KEY"), "PASSED");
        CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_STATUS"), "PASSED");
        CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_SCHEMA"), "PASSED");
        json_decref(report);
        /* a changed character in the payload */
        char *payload = strchr(jwt, '.') + 10;
        *payload = *payload == 'A' ? 'B' : 'A';
        report = verify(jwt, "");
        CU_ASSERT_FALSE(verified(report));
        json_decref(report);
        free(jwt);
    }
    eb_call_result r;
    json_call(env.client, "SigningKeyService/ListSigningKeys", &r, "{\"parent\": \"%s\"}", issuer);
    json_t *list = EXPECT_OK(r) ? json_response(&r) : NULL;
    eb_call_result_free(&r);
    size_t i;
    const json_t *k;
    int jwt_keys = 0;
    json_array_foreach(json_object_get(list, "signingKeys"), i, k) if (*json_str(k, "publicKeyJwk")) {
        json_t *jwk = json_loads(json_str(k, "publicKeyJwk"), 0, NULL);
        CU_ASSERT_PTR_NULL(json_object_get(jwk, "d")); /* never the private part */
        json_decref(jwk);
        jwt_keys++;
    }
    CU_ASSERT_EQUAL(jwt_keys, 2);
    json_decref(list);
}

/* Rotation: a new key signs, the old one keeps verifying until it is retired. */
static void test_rotation(void)
{
    char old_key[128], new_key[128];
    char *old_text = get_credential("DATA_INTEGRITY", old_key, sizeof old_key);
    CU_ASSERT_PTR_NOT_NULL_FATAL(old_text);
    eb_call_result r;
    json_call(env.client, "SigningKeyService/RotateSigningKey", &r,
              "{\"issuer\": \"%s\", \"algorithm\": \"SIGNING_ALGORITHM_ED25519\"}", issuer);
    snprintf(new_key, sizeof new_key, "%s", ok_field(&r, "name"));
    CU_ASSERT_STRING_NOT_EQUAL(new_key, old_key);
    char used[128];
    char *new_text = get_credential("DATA_INTEGRITY", used, sizeof used);
    CU_ASSERT_STRING_EQUAL(used, new_key);
    json_call(env.client, "SigningKeyService/ListSigningKeys", &r, "{\"parent\": \"%s\"}", issuer);
    json_t *list = EXPECT_OK(r) ? json_response(&r) : NULL;
    eb_call_result_free(&r);
    json_t *keys = json_array(); /* the Ed25519 ones, oldest first */
    size_t i;
    json_t *k;
    json_array_foreach(json_object_get(list, "signingKeys"), i, k) if (strcmp(json_str(k, "algorithm"), "SIGNING_ALGORITHM_ED25519") == 0)
        json_array_append(keys, k);
    CU_ASSERT_EQUAL(json_array_size(keys), 2);
    CU_ASSERT_STRING_EQUAL(json_str(json_array_get(keys, 0), "name"), old_key);
    CU_ASSERT_STRING_EQUAL(json_str(json_array_get(keys, 0), "state"), "SIGNING_KEY_STATE_SUPERSEDED");
    CU_ASSERT_STRING_EQUAL(json_str(json_array_get(keys, 1), "state"), "SIGNING_KEY_STATE_ACTIVE");
    CU_ASSERT_EQUAL(strncmp(json_str(json_array_get(keys, 1), "publicKeyMultibase"), "z6Mk", 4), 0);
    json_decref(keys);
    json_decref(list);

    json_t *report = verify(old_text, "");
    CU_ASSERT_TRUE(verified(report)); /* superseded keys still verify */
    json_decref(report);

    json_call(env.client, "SigningKeyService/RetireSigningKey", &r, "{\"name\": \"%s\"}", old_key);
    CU_ASSERT_STRING_EQUAL(ok_field(&r, "state"), "SIGNING_KEY_STATE_RETIRED");
    json_call(env.client, "SigningKeyService/RetireSigningKey", &r, "{\"name\": \"%s\"}", old_key);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "KEY_ALREADY_RETIRED");
    eb_call_result_free(&r);
    report = verify(old_text, "");
    CU_ASSERT_FALSE(verified(report)); /* retired: no longer published */
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_PROOF"), "FAILED");
    json_decref(report);
    report = verify(new_text, "");
    CU_ASSERT_TRUE(verified(report));
    json_decref(report);
    free(old_text);
    free(new_text);
}

/* Dates by the server's clock: expired a year and a day later, not yet valid a day earlier. */
static void test_dates(void)
{
    char *text = get_credential("DATA_INTEGRITY", NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    const char *later[] = {"EDUBADGES_CLOCK_OFFSET_SECONDS=31622400", NULL};
    test_env_restart_server(&env, later);
    json_t *report = verify(text, "");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_VALID_UNTIL"), "FAILED");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_VALID_FROM"), "PASSED");
    CU_ASSERT_FALSE(verified(report));
    json_decref(report);
    const char *earlier[] = {"EDUBADGES_CLOCK_OFFSET_SECONDS=-86400", NULL};
    test_env_restart_server(&env, earlier);
    report = verify(text, "");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_VALID_FROM"), "FAILED");
    CU_ASSERT_FALSE(verified(report));
    json_decref(report);
    test_env_restart_server(&env, NULL);
    free(text);
}

/* The verification method of a signed document (JSON text). */
static char *proof_method(const char *text)
{
    json_t *doc = json_loads(text ? text : "", 0, NULL);
    char *vm = strdup(json_str(json_array_get(json_object_get(doc, "proof"), 0), "verificationMethod"));
    json_decref(doc);
    return vm;
}

/* A status list is signed once and then served as stored (an hour later still the same
 * document), until what it says changes: a revocation shows at once, and a rotated or
 * retired key has it signed again by the issuer's active key. */
static void test_status_list_kept(void)
{
    char institution[128], kept_issuer[128], badge[128], one[128], two[128], list[512];
    make_badge("kept.example.org", "VISIBILITY_PUBLIC", institution, kept_issuer, badge);
    claimed_award(institution, badge, "one@kept.example.org", "eduid-kept-1", one);
    claimed_award(institution, badge, "two@kept.example.org", "eduid-kept-2", two);
    char *c1 = first_credential(one), *c2 = first_credential(two);
    CU_ASSERT_FATAL(c1 && c2);
    status_entry(c1, list, sizeof list);
    http_reply signed_once = http_get(list);
    CU_ASSERT_EQUAL(signed_once.status, 200);
    /* the same public base URL (and port), an hour later */
    char listen[1024];
    snprintf(listen, sizeof listen, "EDUBADGES_HTTP_LISTEN=%s", env.http_base + strlen("http://"));
    const char *later[] = {listen, "EDUBADGES_CLOCK_OFFSET_SECONDS=3600", NULL};
    test_env_restart_server(&env, later);
    http_reply again = http_get(list);
    CU_ASSERT_EQUAL(again.status, 200);
    CU_ASSERT_STRING_EQUAL(again.body ? again.body : "", signed_once.body ? signed_once.body : "-");

    eb_call_result r;
    json_call(env.client, "AssertionService/RevokeAssertions", &r,
              "{\"names\": [\"%s\"], \"reason\": \"Awarded by mistake\"}", two);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    http_reply revoked = http_get(list);
    CU_ASSERT_STRING_NOT_EQUAL(revoked.body ? revoked.body : "", again.body ? again.body : "");
    json_t *report = verify(c2, "");
    CU_ASSERT_TRUE(json_is_true(json_object_get(report, "revoked")));
    json_decref(report);
    report = verify(c1, "");
    CU_ASSERT_TRUE(verified(report));
    CU_ASSERT_FALSE(json_is_true(json_object_get(report, "revoked")));
    json_decref(report);

    char *first_key = proof_method(revoked.body), new_key[128];
    json_call(env.client, "SigningKeyService/RotateSigningKey", &r,
              "{\"issuer\": \"%s\", \"algorithm\": \"SIGNING_ALGORITHM_ED25519\"}", kept_issuer);
    snprintf(new_key, sizeof new_key, "%s", ok_field(&r, "name"));
    http_reply rotated = http_get(list);
    char *rotated_key = proof_method(rotated.body);
    CU_ASSERT_STRING_NOT_EQUAL(rotated_key, first_key);
    CU_ASSERT_PTR_NOT_NULL(strstr(rotated_key, new_key + strlen("signingKeys/")));
    json_call(env.client, "SigningKeyService/RetireSigningKey", &r, "{\"name\": \"%s\"}", new_key);
    CU_ASSERT_STRING_EQUAL(ok_field(&r, "state"), "SIGNING_KEY_STATE_RETIRED");
    http_reply retired = http_get(list);
    CU_ASSERT_EQUAL(retired.status, 200);
    char *retired_key = proof_method(retired.body);
    CU_ASSERT_STRING_NOT_EQUAL(retired_key, rotated_key);
    CU_ASSERT_STRING_NOT_EQUAL(retired_key, first_key);
    report = verify(c2, ""); /* the list signed by the newest key still says revoked */
    CU_ASSERT_TRUE(json_is_true(json_object_get(report, "revoked")));
    json_decref(report);

    free(retired_key);
    free(rotated_key);
    free(first_key);
    http_reply_free(&retired);
    http_reply_free(&rotated);
    http_reply_free(&revoked);
    http_reply_free(&again);
    http_reply_free(&signed_once);
    free(c1);
    free(c2);
    test_env_restart_server(&env, NULL);
}

/* Revocation reaches the status list; a revoked assertion is not issued again. */
static void test_revocation(void)
{
    char *text = get_credential("DATA_INTEGRITY", NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    eb_call_result r;
    json_call(env.client, "AssertionService/RevokeAssertions", &r,
              "{\"names\": [\"%s\"], \"reason\": \"Awarded by mistake\"}", assertion);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    json_t *report = verify(text, "");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_STATUS"), "FAILED");
    CU_ASSERT_TRUE(json_is_true(json_object_get(report, "revoked")));
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_PROOF"), "PASSED");
    CU_ASSERT_FALSE(verified(report));
    json_decref(report);
    json_call(env.client, "CredentialService/GetOpenBadgeCredential", &r,
              "{\"assertion\": \"%s\", \"format\": \"CREDENTIAL_FORMAT_DATA_INTEGRITY\"}", assertion);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "ASSERTION_REVOKED");
    eb_call_result_free(&r);
    free(text);
}

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return buf;
}

/* The 1EdTech vector: another issuer, its key in the verificationMethod fragment. */
static void test_other_issuer(void)
{
    char *text = read_text(EB_FIXTURES_DIR "/ob3-vectors/1edtech-obv3p0/signed-credential.json");
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    json_t *report = verify(text, "");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_PROOF"), "PASSED");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_ISSUER_KEY"), "PASSED");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_SCHEMA"), "FAILED"); /* a single proof object */
    CU_ASSERT_STRING_EQUAL(json_str(report, "issuer"), "https://example.edu/issuers/565049");
    json_decref(report);
    report = verify("not a credential", "");
    CU_ASSERT_STRING_EQUAL(outcome(report, "CHECK_KIND_FORMAT"), "FAILED");
    CU_ASSERT_FALSE(verified(report));
    json_decref(report);
}

/* A server started with another master key than the one that sealed the stored keys
 * refuses to start, naming the problem. */
static void test_other_master_key(void)
{
    char key_path[600], cmd[2048], out[4096] = "";
    snprintf(key_path, sizeof key_path, "%s.other.key", env.log_path);
    FILE *f = fopen(key_path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", f);
    fclose(f);
    chmod(key_path, 0600);
    snprintf(cmd, sizeof cmd,
             "EDUBADGES_DATABASE_URL='%s' EDUBADGES_LISTEN=127.0.0.1:0 EDUBADGES_MASTER_KEY_FILE='%s' timeout 20 '%s' serve 2>&1",
             env.database_url, key_path, test_build_path("server/edubadges-server"));
    FILE *p = popen(cmd, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    int status = pclose(p);
    CU_ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "sealed under another master key"));
}

static void test_bad_requests(void)
{
    eb_call_result r;
    json_call(env.client, "CredentialService/GetOpenBadgeCredential", &r, "{\"assertion\": \"x\"}");
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "assertion");
    EXPECT_VIOLATION(r, "format");
    eb_call_result_free(&r);
    json_call(env.client, "CredentialService/GetOpenBadgeCredential", &r,
              "{\"assertion\": \"assertions/AAAAAAAAAAAAAAAAAAAAAA\", \"format\": \"CREDENTIAL_FORMAT_DATA_INTEGRITY\"}");
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
    json_call(env.anonymous, "CredentialService/GetOpenBadgeCredential", &r,
              "{\"assertion\": \"%s\", \"format\": \"CREDENTIAL_FORMAT_DATA_INTEGRITY\"}", assertion);
    EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
    eb_call_result_free(&r);
    json_call(env.anonymous, "CredentialService/VerifyCredential", &r,
              "{\"recipient\": {}, \"documents\": [{\"url\": \"http://x\", \"content\": \"[1]\"}]}");
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "credential");
    EXPECT_VIOLATION(r, "recipient.identity_type");
    EXPECT_VIOLATION(r, "recipient.identity");
    EXPECT_VIOLATION(r, "documents[0].url");
    EXPECT_VIOLATION(r, "documents[0].content");
    eb_call_result_free(&r);
    json_call(env.client, "SigningKeyService/RotateSigningKey", &r, "{\"issuer\": \"issuers/x\"}");
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "issuer");
    EXPECT_VIOLATION(r, "algorithm");
    eb_call_result_free(&r);
    json_call(env.client, "SigningKeyService/RotateSigningKey", &r,
              "{\"issuer\": \"issuers/AAAAAAAAAAAAAAAAAAAAAA\", \"algorithm\": \"SIGNING_ALGORITHM_ED25519\"}");
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
    json_call(env.anonymous, "SigningKeyService/ListSigningKeys", &r, "{\"parent\": \"%s\"}", issuer);
    EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
    eb_call_result_free(&r);
    json_call(env.client, "SigningKeyService/ListSigningKeys", &r, "{\"parent\": \"%s\", \"pageSize\": 5000}", issuer);
    EXPECT_VIOLATION(r, "page_size");
    eb_call_result_free(&r);
    json_call(env.client, "SigningKeyService/RetireSigningKey", &r, "{\"name\": \"signingKeys/AAAAAAAAAAAAAAAAAAAAAA\"}");
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("credentials", suite_init, suite_clean);
    CU_add_test(s, "an award", test_award);
    CU_add_test(s, "issue and verify", test_issue_and_verify);
    CU_add_test(s, "the Achievement at its id", test_achievement_document);
    CU_add_test(s, "hostile credentials", test_hostile_credentials);
    CU_add_test(s, "a test faculty publishes nothing", test_test_faculty);
    CU_add_test(s, "first credentials of an issuer at once", test_concurrent_first_issues);
    CU_add_test(s, "a nearly full status list", test_nearly_full_list);
    CU_add_test(s, "forgeries in our issuers' names", test_forgeries);
    CU_add_test(s, "VC-JWT ES256 and RS256", test_jwt);
    CU_add_test(s, "key rotation and retirement", test_rotation);
    CU_add_test(s, "expired and not yet valid", test_dates);
    CU_add_test(s, "status lists kept until they change", test_status_list_kept);
    CU_add_test(s, "revocation through the status list", test_revocation);
    CU_add_test(s, "another issuer's credential", test_other_issuer);
    CU_add_test(s, "another master key is refused at start-up", test_other_master_key);
    CU_add_test(s, "bad requests", test_bad_requests);
    return test_run_all();
}
