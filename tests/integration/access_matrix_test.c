/* The authorization matrix: every RPC of the API called by every role, each expected to
 * be allowed (a given status: OK, or the status the request earns once authorized, such
 * as ABORTED for a stale etag, so that nothing changes) or denied (UNAUTHENTICATED without
 * a token, PERMISSION_DENIED otherwise, and no data). One line per RPC in MATRIX below;
 * an RPC of the descriptors without a line fails the test, naming it. All objects belong
 * to institution A, so the admin of institution B shows that an id from another
 * institution never returns its data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access_world.h"
#include "api_services.h"
#include "json_call.h"

static access_world w;

/* The roles, in column order. */
enum { AN, LE, BA, BE, IS, FA, IA, OA, SC, OP, N_ROLES };
static const char *const ROLE_CODES[N_ROLES] = {"AN", "LE", "BA", "BE", "IS", "FA", "IA", "OA", "SC", "OP"};
static const char *const ROLE_NAMES[N_ROLES] = {
    "anonymous",   "learner",           "badge class awarder", "badge class editor", "issuer admin",
    "faculty admin", "institution admin", "admin of another institution", "SIS client", "operator"};
static eb_client *clients[N_ROLES];

/* Who may read institution A: every staff member with a membership there (implicitly),
 * the SIS client (granted read) and operators. */
#define READERS "BA BE IS FA IA SC OP"
#define EVERYONE "AN LE BA BE IS FA IA OA SC OP"
#define SIGNED_IN "LE BA BE IS FA IA OA SC OP"

typedef struct matrix_row {
    const char *method;  /* "Service/Method" */
    const char *request; /* JSON with {placeholders} of the world */
    grpc_status_code allowed_code;
    const char *allowed; /* role codes; every other role is denied */
} matrix_row;

#define STALE "\"etag\": \"v999\""

static const matrix_row MATRIX[] = {
    {"InstitutionService/CreateInstitution",
     "{\"institution\": {\"identifier\": \"uu.nl\", \"displayName\": {\"nl\": \"X\"}, \"description\": {\"nl\": \"x\"},"
     " \"sector\": \"SECTOR_WO\", \"countryCode\": \"NL\"}}", GRPC_STATUS_ALREADY_EXISTS, "OP"},
    {"InstitutionService/GetInstitution", "{\"name\": \"{inst}\"}", GRPC_STATUS_OK, READERS},
    {"InstitutionService/ListInstitutions", "{}", GRPC_STATUS_OK, "OP"},
    {"InstitutionService/UpdateInstitution",
     "{\"institution\": {\"name\": \"{inst}\", " STALE ", \"displayName\": {\"nl\": \"Y\"}}, \"updateMask\": \"displayName.nl\"}",
     GRPC_STATUS_ABORTED, "IA OP"},
    {"InstitutionService/ArchiveInstitution", "{\"name\": \"{inst}\", " STALE "}", GRPC_STATUS_ABORTED, "OP"},
    {"InstitutionService/DeleteInstitution", "{\"name\": \"{inst}\", " STALE "}", GRPC_STATUS_ABORTED, "OP"},
    {"FacultyService/CreateFaculty",
     "{\"faculty\": {\"institution\": \"{inst}\", \"displayName\": {\"nl\": \"Faculteit\"}, \"description\": {\"nl\": \"x\"}}}",
     GRPC_STATUS_ALREADY_EXISTS, "IA OP"},
    {"FacultyService/GetFaculty", "{\"name\": \"{fac}\"}", GRPC_STATUS_OK, READERS},
    {"FacultyService/ListFaculties", "{\"institution\": \"{inst}\"}", GRPC_STATUS_OK, READERS},
    {"FacultyService/UpdateFaculty",
     "{\"faculty\": {\"name\": \"{fac}\", " STALE ", \"displayName\": {\"nl\": \"Y\"}}, \"updateMask\": \"displayName.nl\"}",
     GRPC_STATUS_ABORTED, "FA IA OP"},
    {"FacultyService/ArchiveFaculty", "{\"name\": \"{fac}\", " STALE "}", GRPC_STATUS_ABORTED, "FA IA OP"},
    {"FacultyService/DeleteFaculty", "{\"name\": \"{fac}\", " STALE "}", GRPC_STATUS_ABORTED, "FA IA OP"},
    {"IssuerService/CreateIssuer",
     "{\"issuer\": {\"faculty\": \"{fac}\", \"displayName\": {\"nl\": \"Uitgever\"}, \"description\": {\"nl\": \"x\"},"
     " \"url\": {\"nl\": \"https://uu.nl\"}, \"email\": \"i@uu.nl\"}}", GRPC_STATUS_ALREADY_EXISTS, "FA IA OP"},
    {"IssuerService/GetIssuer", "{\"name\": \"{iss}\"}", GRPC_STATUS_OK, READERS},
    {"IssuerService/ListIssuers", "{\"parent\": \"{fac}\"}", GRPC_STATUS_OK, READERS},
    {"IssuerService/UpdateIssuer",
     "{\"issuer\": {\"name\": \"{iss}\", " STALE ", \"displayName\": {\"nl\": \"Y\"}}, \"updateMask\": \"displayName.nl\"}",
     GRPC_STATUS_ABORTED, "IS FA IA OP"},
    {"IssuerService/ArchiveIssuer", "{\"name\": \"{iss}\", " STALE "}", GRPC_STATUS_ABORTED, "IS FA IA OP"},
    {"IssuerService/DeleteIssuer", "{\"name\": \"{iss}\", " STALE "}", GRPC_STATUS_ABORTED, "IS FA IA OP"},
    {"BadgeClassService/CreateBadgeClass",
     "{\"badgeClass\": {\"issuer\": \"{iss}\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\", \"draft\": true,"
     " \"displayName\": \"Concept\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\"}}", GRPC_STATUS_OK, "IS FA IA OP"},
    {"BadgeClassService/GetBadgeClass", "{\"name\": \"{bc}\"}", GRPC_STATUS_OK, READERS},
    {"BadgeClassService/ListBadgeClasses", "{\"parent\": \"{iss}\"}", GRPC_STATUS_OK, READERS},
    {"BadgeClassService/UpdateBadgeClass",
     "{\"badgeClass\": {\"name\": \"{bc}\", " STALE ", \"description\": \"e\"}, \"updateMask\": \"description\"}",
     GRPC_STATUS_ABORTED, "BE IS FA IA OP"},
    {"BadgeClassService/ArchiveBadgeClass", "{\"name\": \"{bc}\", " STALE "}", GRPC_STATUS_ABORTED, "BE IS FA IA OP"},
    {"BadgeClassService/DeleteBadgeClass", "{\"name\": \"{bc}\", " STALE "}", GRPC_STATUS_ABORTED, "IS FA IA OP"},
    {"TagService/CreateTag", "{\"tag\": {\"institution\": \"{inst}\", \"displayName\": \"Honours\"}}",
     GRPC_STATUS_ALREADY_EXISTS, "IA OP"},
    {"TagService/GetTag", "{\"name\": \"{tag}\"}", GRPC_STATUS_OK, READERS},
    {"TagService/ListTags", "{\"institution\": \"{inst}\"}", GRPC_STATUS_OK, READERS},
    {"TagService/UpdateTag", "{\"tag\": {\"name\": \"{tag}\", " STALE ", \"displayName\": \"Y\"}, \"updateMask\": \"displayName\"}",
     GRPC_STATUS_ABORTED, "IA OP"},
    {"TagService/ArchiveTag", "{\"name\": \"{tag}\", " STALE "}", GRPC_STATUS_ABORTED, "IA OP"},
    {"TagService/UnarchiveTag", "{\"name\": \"{tag}\"}", GRPC_STATUS_OK, "IA OP"},
    {"TagService/DeleteTag", "{\"name\": \"{tag}\", " STALE "}", GRPC_STATUS_ABORTED, "IA OP"},
    {"LearnerService/UpsertLearner",
     "{\"learner\": {\"eduid\": \"eduid-learner\", \"email\": \"learner@example.org\","
     " \"accounts\": [{\"eppn\": \"l@uu.nl\", \"schacHome\": \"uu.nl\"}]}}", GRPC_STATUS_OK, "OP"},
    {"LearnerService/GetLearner", "{\"name\": \"{learner}\"}", GRPC_STATUS_OK, "LE OP"},
    {"LearnerService/RecordConsent",
     "{\"learner\": \"{learner}\", \"consent\": {\"institution\": \"{inst}\", \"termsKind\": \"TERMS_KIND_INFORMAL\","
     " \"termsVersion\": 1}}", GRPC_STATUS_OK, "LE OP"},
    /* no row can be awarded: authorized callers get INVALID_ARGUMENT and nothing is made */
    {"DirectAwardService/CreateDirectAwardBundle",
     "{\"badgeClass\": \"{bc}\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\","
     " \"rows\": [{\"recipient\": \"not an address\"}]}", GRPC_STATUS_INVALID_ARGUMENT, "BA BE IS FA IA SC OP"},
    {"DirectAwardService/GetDirectAwardBundle", "{\"name\": \"{bundle}\"}", GRPC_STATUS_OK, READERS},
    /* the awards name their recipients (e-mail addresses, eppns): awarders of the badge class */
    {"DirectAwardService/ListDirectAwards", "{\"bundle\": \"{bundle}\"}", GRPC_STATUS_OK, "IS FA IA SC OP"},
    {"DirectAwardService/ClaimDirectAward", "{\"name\": \"{rejected_award}\", \"learner\": \"{learner}\"}",
     GRPC_STATUS_FAILED_PRECONDITION, "LE OP"},
    {"DirectAwardService/RejectDirectAward", "{\"name\": \"{rejected_award}\", \"learner\": \"{learner}\"}",
     GRPC_STATUS_FAILED_PRECONDITION, "LE OP"},
    {"BadgeRequestService/CreateBadgeRequest", "{\"badgeRequest\": {\"badgeClass\": \"{bc2}\", \"learner\": \"{learner}\"}}",
     GRPC_STATUS_FAILED_PRECONDITION, "LE OP"},
    {"BadgeRequestService/GetBadgeRequest", "{\"name\": \"{withdrawn_request}\"}", GRPC_STATUS_OK, "LE " READERS},
    {"BadgeRequestService/ListBadgeRequests", "{\"parent\": \"{bc3}\"}", GRPC_STATUS_OK, READERS},
    {"BadgeRequestService/ListBadgeRequests", "{\"parent\": \"{learner}\"}", GRPC_STATUS_OK, "LE OP"},
    {"BadgeRequestService/ApproveBadgeRequest", "{\"name\": \"{withdrawn_request}\"}", GRPC_STATUS_FAILED_PRECONDITION,
     "IS FA IA SC OP"},
    {"BadgeRequestService/DenyBadgeRequest", "{\"name\": \"{withdrawn_request}\", \"reason\": \"no\"}",
     GRPC_STATUS_FAILED_PRECONDITION, "IS FA IA SC OP"},
    {"BadgeRequestService/WithdrawBadgeRequest", "{\"name\": \"{withdrawn_request}\", \"learner\": \"{learner}\"}",
     GRPC_STATUS_FAILED_PRECONDITION, "LE OP"},
    {"AssertionService/GetAssertion", "{\"name\": \"{assertion}\"}", GRPC_STATUS_OK, "LE " READERS},
    {"AssertionService/ListAssertions", "{\"parent\": \"{bc2}\"}", GRPC_STATUS_OK, READERS},
    {"AssertionService/ListAssertions", "{\"parent\": \"{learner}\"}", GRPC_STATUS_OK, "LE OP"},
    /* revoking a revoked assertion changes nothing */
    {"AssertionService/RevokeAssertions", "{\"names\": [\"{revoked_assertion}\"], \"reason\": \"again\"}", GRPC_STATUS_OK,
     "IS FA IA SC OP"},
    {"AssertionService/SetAssertionPublic", "{\"name\": \"{assertion}\", \"learner\": \"{learner}\", \"public\": true}",
     GRPC_STATUS_OK, "LE OP"},
    {"VocabularyService/ListVocabularies", "{\"vocabulary\": \"edubadges.v1.StaffRole\"}", GRPC_STATUS_OK, EVERYONE},
    {"AuthService/ExchangeClientCredentials",
     "{\"grantType\": \"client_credentials\", \"clientId\": \"{sis_id}\", \"clientSecret\": \"{sis_secret}\"}",
     GRPC_STATUS_OK, EVERYONE},
    {"AuthService/RevokeClientToken", "{\"token\": \"ebc.not-a-token\"}", GRPC_STATUS_OK, EVERYONE},
    {"AuthService/GetCaller", "{}", GRPC_STATUS_OK, SIGNED_IN},
    /* the staff list shows e-mail addresses: for those who administrate the institution's users */
    {"StaffService/ListStaffMembers", "{\"parent\": \"{inst}\"}", GRPC_STATUS_OK, "IA OP"},
    {"StaffService/CreateMembership",
     "{\"membership\": {\"member\": \"{staff_ba}\", \"node\": \"{bc}\", \"permissions\": [\"PERMISSION_READ\"]}}",
     GRPC_STATUS_ALREADY_EXISTS, "IS FA IA OP"},
    {"StaffService/UpdateMembership",
     "{\"membership\": {\"name\": \"{membership_ba}\", " STALE ", \"role\": \"STAFF_ROLE_BADGE_CLASS_AWARDER\"}}",
     GRPC_STATUS_ABORTED, "IS FA IA OP"},
    {"StaffService/DeleteMembership", "{\"name\": \"{membership_ba}\", " STALE "}", GRPC_STATUS_ABORTED, "IS FA IA OP"},
    {"StaffService/ListMemberships", "{\"parent\": \"{bc}\"}", GRPC_STATUS_OK, READERS},
    {"StaffService/CreateInvitation",
     "{\"invitation\": {\"email\": \"x.open@uu.nl\", \"node\": \"{bc}\", \"role\": \"STAFF_ROLE_BADGE_CLASS_AWARDER\"}}",
     GRPC_STATUS_ALREADY_EXISTS, "IS FA IA OP"},
    {"StaffService/ListInvitations", "{\"parent\": \"{bc}\"}", GRPC_STATUS_OK, "IS FA IA OP"},
    {"StaffService/RevokeInvitation", "{\"name\": \"{invitation_ba}\"}", GRPC_STATUS_FAILED_PRECONDITION, "IS FA IA OP"},
    {"ApiClientService/CreateApiClient",
     "{\"apiClient\": {\"institution\": \"{inst}\", \"kind\": \"API_CLIENT_KIND_SIS\", \"displayName\": \"Matrix\"}}",
     GRPC_STATUS_OK, "IA OP"},
    {"ApiClientService/GetApiClient", "{\"name\": \"{sis}\"}", GRPC_STATUS_OK, "IA OP"},
    {"ApiClientService/ListApiClients", "{\"parent\": \"{inst}\"}", GRPC_STATUS_OK, "IA OP"},
    {"ApiClientService/DisableApiClient", "{\"name\": \"{disabled_client}\"}", GRPC_STATUS_OK, "IA OP"},
    {"AuditService/ListAuditEvents", "{\"parent\": \"{inst}\"}", GRPC_STATUS_OK, "IA OP"},
    {"AccessReviewService/ReviewStaffAccess", "{\"institution\": \"{inst}\", \"inactiveDays\": 90}", GRPC_STATUS_OK,
     "IA OP"},
    {"AccessReviewService/RemoveStaleAccess", "{\"institution\": \"{inst}\", \"inactiveDays\": 3650}", GRPC_STATUS_OK,
     "IA OP"},
    {"AccessReviewService/ListAccessReviews", "{\"parent\": \"{inst}\"}", GRPC_STATUS_OK, "IA OP"},
    {"CredentialService/GetOpenBadgeCredential",
     "{\"assertion\": \"{assertion}\", \"format\": \"CREDENTIAL_FORMAT_DATA_INTEGRITY\"}", GRPC_STATUS_OK,
     "LE " READERS},
    {"CredentialService/VerifyCredential", "{\"credential\": \"not a credential\"}", GRPC_STATUS_OK, EVERYONE},
    {"SigningKeyService/ListSigningKeys", "{\"parent\": \"{iss}\"}", GRPC_STATUS_OK, READERS},
    {"SigningKeyService/RotateSigningKey", "{\"issuer\": \"{iss}\", \"algorithm\": \"SIGNING_ALGORITHM_ES256\"}",
     GRPC_STATUS_OK, "IS FA IA OP"},
    {"SigningKeyService/RetireSigningKey", "{\"name\": \"{retired_key}\"}", GRPC_STATUS_FAILED_PRECONDITION,
     "IS FA IA OP"},
    {"Health/Check", "{}", GRPC_STATUS_OK, EVERYONE},
};

/* Streaming methods: the CLI client library makes unary calls only; Health.Watch is the
 * public health stream of the RPC layer (tested in server_test). */
static const char *const STREAMING[] = {"Health/Watch"};

static const char *placeholder(const char *key)
{
    const char *sis_id = w.sis + strlen("apiClients/");
    const struct {
        const char *key, *value;
    } values[] = {
        {"inst", w.inst}, {"fac", w.fac}, {"iss", w.iss}, {"bc", w.bc}, {"bc2", w.bc2}, {"bc3", w.bc3}, {"tag", w.tag},
        {"learner", w.learner}, {"assertion", w.assertion}, {"revoked_assertion", w.revoked_assertion},
        {"bundle", w.bundle}, {"rejected_award", w.rejected_award}, {"withdrawn_request", w.withdrawn_request},
        {"staff_ba", w.staff_ba}, {"membership_ba", w.membership_ba}, {"invitation_ba", w.invitation_ba},
        {"retired_key", w.retired_key}, {"sis", w.sis}, {"sis_id", sis_id}, {"sis_secret", w.sis_secret}, {"disabled_client", w.disabled_client},
    };
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        if (strcmp(values[i].key, key) == 0)
            return values[i].value;
    fprintf(stderr, "access matrix: unknown placeholder {%s}\n", key);
    exit(2);
}

static char *expand(const char *request)
{
    size_t cap = strlen(request) + 1024;
    char *out = malloc(cap), *o = out;
    for (const char *p = request; *p;) {
        const char *close = *p == '{' ? strchr(p, '}') : NULL;
        if (close && close - p > 1 && close - p < 32 && strspn(p + 1, "abcdefghijklmnopqrstuvwxyz_0123456789") == (size_t)(close - p - 1)) {
            char key[32];
            snprintf(key, sizeof key, "%.*s", (int)(close - p - 1), p + 1);
            o += sprintf(o, "%s", placeholder(key));
            p = close + 1;
        } else {
            *o++ = *p++;
        }
    }
    *o = '\0';
    return out;
}

static bool allows(const matrix_row *row, int role)
{
    const char *s = row->allowed;
    for (const char *p = strstr(s, ROLE_CODES[role]); p; p = strstr(p + 1, ROLE_CODES[role]))
        if ((p == s || p[-1] == ' ') && (p[2] == '\0' || p[2] == ' '))
            return true;
    return false;
}

static void test_every_rpc_has_a_line(void)
{
    int missing = 0;
    for (const ProtobufCServiceDescriptor *const *s = api_services; *s; s++) {
        for (unsigned m = 0; m < (*s)->n_methods; m++) {
            char method[256];
            snprintf(method, sizeof method, "%s/%s", (*s)->short_name, (*s)->methods[m].name);
            bool found = false;
            for (size_t i = 0; i < sizeof MATRIX / sizeof *MATRIX && !found; i++)
                found = strcmp(MATRIX[i].method, method) == 0;
            for (size_t i = 0; i < sizeof STREAMING / sizeof *STREAMING && !found; i++)
                found = strcmp(STREAMING[i], method) == 0;
            if (!found) {
                fprintf(stderr, "\naccess matrix: %s has no line in MATRIX (tests/integration/access_matrix_test.c)\n",
                        method);
                missing++;
            }
        }
    }
    CU_ASSERT_EQUAL(missing, 0);
}

static void test_every_role_gets_what_the_matrix_says(void)
{
    int wrong = 0;
    for (size_t i = 0; i < sizeof MATRIX / sizeof *MATRIX; i++) {
        char *request = expand(MATRIX[i].request);
        for (int role = 0; role < N_ROLES; role++) {
            eb_call_result r;
            json_call(clients[role], MATRIX[i].method, &r, "%s", request);
            bool allowed = allows(&MATRIX[i], role);
            grpc_status_code want = allowed ? MATRIX[i].allowed_code
                                    : role == AN ? GRPC_STATUS_UNAUTHENTICATED
                                                 : GRPC_STATUS_PERMISSION_DENIED;
            if (r.code != want || (!allowed && r.response)) {
                fprintf(stderr, "\naccess matrix: %s as %s: expected %s, got %s %s: %s\n", MATRIX[i].method,
                        ROLE_NAMES[role], eb_status_name(want), eb_status_name(r.code), r.reason ? r.reason : "",
                        r.message ? r.message : "");
                for (size_t v = 0; v < r.n_violations; v++)
                    fprintf(stderr, "  [%s: %s]\n", r.violations[v].field, r.violations[v].description);
                wrong++;
            }
            eb_call_result_free(&r);
        }
        free(request);
    }
    CU_ASSERT_EQUAL(wrong, 0);
}

static int suite_init(void)
{
    access_world_start(&w, "access_matrix");
    const char *tokens[N_ROLES] = {NULL, w.tok_learner, w.tok_ba, w.tok_be, w.tok_is, w.tok_fa, w.tok_ia, w.tok_oa,
                                   w.tok_sis, w.env.token};
    for (int role = 0; role < N_ROLES; role++)
        clients[role] = world_client(&w, tokens[role]);
    return 0;
}

static int suite_clean(void)
{
    for (int role = 0; role < N_ROLES; role++)
        eb_client_destroy(clients[role]);
    access_world_stop(&w);
    return 0;
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("authorization matrix", suite_init, suite_clean);
    CU_add_test(s, "every RPC has a line", test_every_rpc_has_a_line);
    CU_add_test(s, "every role gets what the matrix says", test_every_role_gets_what_the_matrix_says);
    return test_run_all();
}
