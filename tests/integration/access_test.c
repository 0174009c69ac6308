/* The access model end to end: bearer tokens (bad ID tokens, tampered and revoked opaque
 * tokens, the client-credentials exchange and its lock-out), staff login and invitations,
 * the grant rules, MFA per institution, SIS awards, the audit trail (and that the
 * server's own database role cannot change it), access reviews, learner tokens and
 * objects of another institution. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "access_world.h"
#include "json_call.h"
#include "test_issuer.h"

static access_world w;

static int suite_init(void)
{
    access_world_start(&w, "access");
    return 0;
}

static int suite_clean(void)
{
    access_world_stop(&w);
    return 0;
}

/* Calls method as the bearer of token (NULL: none) and checks code and reason (NULL: any). */
static void expect(const char *token, const char *method, grpc_status_code code, const char *reason, const char *fmt,
                   ...) __attribute__((format(printf, 5, 6)));
static void expect(const char *token, const char *method, grpc_status_code code, const char *reason, const char *fmt,
                   ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *body = NULL;
    if (vasprintf(&body, fmt, ap) < 0)
        abort();
    va_end(ap);
    eb_client *c = world_client(&w, token);
    eb_call_result r;
    json_call(c, method, &r, "%s", body);
    free(body);
    if (EXPECT_CODE(r, code) && reason)
        EXPECT_REASON(r, reason);
    if (code != GRPC_STATUS_OK)
        CU_ASSERT_PTR_NULL(r.response);
    eb_call_result_free(&r);
    eb_client_destroy(c);
}

static char *learner_token(const char *claims_json)
{
    json_t *claims = json_loads(claims_json, 0, NULL);
    char err[256];
    char *t = test_issuer_token(w.issuer_dir, "learner", claims, err, sizeof err);
    json_decref(claims);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    return t;
}

static void test_bad_bearer_tokens_are_unauthenticated(void)
{
    char claims[256];
    snprintf(claims, sizeof claims, "{\"sub\": \"x\", \"eduid\": \"eduid-learner\", \"exp\": %lld}",
             (long long)time(NULL) - 3600);
    char *expired = learner_token(claims);
    expect(expired, "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, "TOKEN_EXPIRED", "{}");
    free(expired);
    char *wrong_aud = learner_token("{\"sub\": \"x\", \"aud\": \"another-service\"}");
    expect(wrong_aud, "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, "WRONG_AUDIENCE", "{}");
    /* the same token with its signature cut off and "alg": "none" */
    char *payload = strchr(wrong_aud, '.'), *signature = strrchr(wrong_aud, '.');
    char none[4096];
    snprintf(none, sizeof none, "eyJhbGciOiJub25lIn0%.*s.", (int)(signature - payload), payload);
    expect(none, "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, NULL, "{}");
    free(wrong_aud);
    /* a valid staff token whose last signature character is changed */
    char *tampered = world_staff_token(&w, "ia", "ia@uu.nl", "uu.nl", true);
    size_t n = strlen(tampered);
    tampered[n - 2] = tampered[n - 2] == 'A' ? 'B' : 'A';
    expect(tampered, "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, "BAD_SIGNATURE", "{}");
    free(tampered);
    /* opaque tokens: a tampered client token and an unknown operator token */
    char bad[256];
    snprintf(bad, sizeof bad, "%s", w.tok_sis);
    bad[strlen(bad) - 1] = bad[strlen(bad) - 1] == 'A' ? 'B' : 'A';
    expect(bad, "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, "INVALID_TOKEN", "{}");
    expect("ebo.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AuthService/GetCaller",
           GRPC_STATUS_UNAUTHENTICATED, "INVALID_TOKEN", "{}");
    expect("garbage", "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, "INVALID_TOKEN", "{}");
}

static const char *exchange_body(const char *secret)
{
    static char body[2048];
    snprintf(body, sizeof body, "{\"grantType\": \"client_credentials\", \"clientId\": \"%s\", \"clientSecret\": \"%s\"}",
             w.sis + strlen("apiClients/"), secret);
    return body;
}

static void test_client_tokens_revoke_and_lock_out(void)
{
    char token[256];
    snprintf(token, sizeof token, "%s",
             world_ok(&w, w.env.anonymous, "AuthService/ExchangeClientCredentials", "accessToken", "%s",
                      exchange_body(w.sis_secret)));
    CU_ASSERT_EQUAL(strncmp(token, "ebc.", 4), 0);
    eb_client *c = world_client(&w, token);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, c, "AuthService/GetCaller", "name", "{}"), w.sis);
    eb_client_destroy(c);
    expect(NULL, "AuthService/RevokeClientToken", GRPC_STATUS_OK, NULL, "{\"token\": \"%s\"}", token);
    expect(token, "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, "INVALID_TOKEN", "{}");
    CU_ASSERT_STRING_NOT_EQUAL(test_sql(&w.env, "SELECT count(*) FROM client_tokens WHERE revoked_at IS NOT NULL"),
                               "0");
    /* no token is stored in the clear */
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM client_tokens WHERE encode(secret_hash, 'escape') LIKE '%%%s%%'",
             strrchr(token, '.') + 1);
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, sql), "0");
    /* a disabled client cannot exchange; bad input is INVALID_ARGUMENT */
    expect(NULL, "AuthService/ExchangeClientCredentials", GRPC_STATUS_INVALID_ARGUMENT, NULL,
           "{\"grantType\": \"password\", \"clientId\": \"%s\", \"clientSecret\": \"x\"}", "short");
    /* five wrong secrets, then the right one is refused too until the lock ends */
    for (int i = 0; i < 5; i++)
        expect(NULL, "AuthService/ExchangeClientCredentials", GRPC_STATUS_UNAUTHENTICATED, "INVALID_CLIENT", "%s",
               exchange_body("wrong-secret"));
    expect(NULL, "AuthService/ExchangeClientCredentials", GRPC_STATUS_RESOURCE_EXHAUSTED, "CLIENT_LOCKED", "%s",
           exchange_body(w.sis_secret));
    test_sql(&w.env, "UPDATE accounts SET locked_until = now() - interval '1 second' WHERE kind = 'client'");
    expect(NULL, "AuthService/ExchangeClientCredentials", GRPC_STATUS_OK, NULL, "%s", exchange_body(w.sis_secret));
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, "SELECT max(failed_secret_attempts) FROM accounts"), "0");
}

static void test_client_tokens_end_with_expiry_and_disabling(void)
{
    eb_client *op = w.env.client;
    eb_call_result r;
    json_call(op, "ApiClientService/CreateApiClient", &r,
              "{\"apiClient\": {\"institution\": \"%s\", \"kind\": \"API_CLIENT_KIND_ALLIANCE\","
              " \"displayName\": \"Partner\"}}", w.inst);
    json_t *j = json_response(&r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(j);
    char name[NAME_LEN], body[512];
    snprintf(name, sizeof name, "%s", json_str(j, "apiClient.name"));
    snprintf(body, sizeof body,
             "{\"grantType\": \"client_credentials\", \"clientId\": \"%s\", \"clientSecret\": \"%s\"}",
             json_str(j, "apiClient.clientId"), json_str(j, "clientSecret"));
    json_decref(j);
    eb_call_result_free(&r);
    char *expiring = strdup(world_ok(&w, w.env.anonymous, "AuthService/ExchangeClientCredentials", "accessToken", "%s", body));
    char *kept = strdup(world_ok(&w, w.env.anonymous, "AuthService/ExchangeClientCredentials", "accessToken", "%s", body));
    expect(expiring, "AuthService/GetCaller", GRPC_STATUS_OK, NULL, "{}");
    char sql[256];
    snprintf(sql, sizeof sql, "UPDATE client_tokens SET expires_at = now() - interval '1 second' WHERE public_id = '%.22s'",
             expiring + strlen("ebc."));
    test_sql(&w.env, sql);
    expect(expiring, "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, "INVALID_TOKEN", "{}");
    /* disabling the client ends its tokens and its exchanges */
    expect(kept, "AuthService/GetCaller", GRPC_STATUS_OK, NULL, "{}");
    world_ok(&w, op, "ApiClientService/DisableApiClient", NULL, "{\"name\": \"%s\"}", name);
    expect(kept, "AuthService/GetCaller", GRPC_STATUS_UNAUTHENTICATED, "INVALID_TOKEN", "{}");
    expect(NULL, "AuthService/ExchangeClientCredentials", GRPC_STATUS_UNAUTHENTICATED, "INVALID_CLIENT", "%s", body);
    free(expiring);
    free(kept);
}

/* A wrong-secret exchange for the client id in arg; its status in the same slot. */
typedef struct {
    const char *client_id;
    grpc_status_code code;
} guess;

static void *guess_secret(void *arg)
{
    guess *g = arg;
    eb_client *c = world_client(&w, NULL);
    eb_call_result r;
    json_call(c, "AuthService/ExchangeClientCredentials", &r,
              "{\"grantType\": \"client_credentials\", \"clientId\": \"%s\", \"clientSecret\": \"guess\"}",
              g->client_id);
    g->code = r.code;
    eb_call_result_free(&r);
    eb_client_destroy(c);
    return NULL;
}

static void test_concurrent_wrong_secrets_count_one_by_one(void)
{
    char client[NAME_LEN];
    snprintf(client, sizeof client, "%s",
             world_ok(&w, w.env.client, "ApiClientService/CreateApiClient", "apiClient.clientId",
                      "{\"apiClient\": {\"institution\": \"%s\", \"kind\": \"API_CLIENT_KIND_SIS\","
                      " \"displayName\": \"Guessed\"}}", w.inst));
    enum { GUESSES = 16 };
    guess g[GUESSES];
    pthread_t t[GUESSES];
    for (int i = 0; i < GUESSES; i++) {
        g[i] = (guess){client, GRPC_STATUS_OK};
        pthread_create(&t[i], NULL, guess_secret, &g[i]);
    }
    int wrong = 0, locked = 0;
    for (int i = 0; i < GUESSES; i++) {
        pthread_join(t[i], NULL);
        wrong += g[i].code == GRPC_STATUS_UNAUTHENTICATED;
        locked += g[i].code == GRPC_STATUS_RESOURCE_EXHAUSTED;
    }
    /* five guesses are checked, however many arrive at once; the others meet the lock */
    CU_ASSERT_EQUAL(wrong, 5);
    CU_ASSERT_EQUAL(locked, GUESSES - 5);
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT failed_secret_attempts FROM accounts WHERE public_id = '%s'", client);
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, sql), "5");
}

static void test_staff_login_needs_an_invitation(void)
{
    char *stranger = world_staff_token(&w, "nobody", "nobody@uu.nl", "uu.nl", true);
    expect(stranger, "AuthService/GetCaller", GRPC_STATUS_PERMISSION_DENIED, "NOT_INVITED", "{}");
    free(stranger);
    char *elsewhere = world_staff_token(&w, "x", "x@unknown.nl", "unknown.nl", true);
    expect(elsewhere, "AuthService/GetCaller", GRPC_STATUS_PERMISSION_DENIED, "UNKNOWN_INSTITUTION", "{}");
    free(elsewhere);
    /* the awarder took up the invitation: an awarder membership on the badge class */
    eb_client *op = w.env.client;
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "StaffService/ListMemberships", "memberships.0.role", "{\"parent\": \"%s\"}",
                                    w.staff_ba), "STAFF_ROLE_BADGE_CLASS_AWARDER");
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "StaffService/ListInvitations", "invitations.0.state",
                                    "{\"parent\": \"%s\", \"showClosed\": true}", w.bc), "STATE_OPEN");
    /* the take-up is in the audit trail, made by the awarder during their first call */
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT actor || ' ' || method FROM audit_events WHERE resource = '%s' AND actor LIKE 'staff/%%'", w.invitation_ba);
    char want[256];
    snprintf(want, sizeof want, "%s edubadges.v1.AuthService/GetCaller", w.staff_ba);
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, sql), want);
}

static void test_nobody_takes_up_their_own_invitation(void)
{
    /* an invitation of the editor's address made by the editor (the address changed since,
     * say): their login leaves it open */
    eb_client *op = w.env.client;
    char inv[NAME_LEN], be[NAME_LEN], sql[512];
    eb_client *c = world_client(&w, w.tok_be);
    snprintf(be, sizeof be, "%s", world_ok(&w, c, "AuthService/GetCaller", "name", "{}"));
    snprintf(inv, sizeof inv, "%s",
             world_ok(&w, op, "StaffService/CreateInvitation", "name",
                      "{\"invitation\": {\"email\": \"be@uu.nl\", \"node\": \"%s\","
                      " \"role\": \"STAFF_ROLE_BADGE_CLASS_AWARDER\"}}", w.bc2));
    snprintf(sql, sizeof sql, "UPDATE invitations SET invited_by = '%s' WHERE public_id = '%s'", be,
             inv + strlen("invitations/"));
    test_sql(&w.env, sql);
    world_ok(&w, c, "AuthService/GetCaller", "name", "{}");
    eb_client_destroy(c);
    snprintf(sql, sizeof sql, "SELECT accepted_at IS NULL FROM invitations WHERE public_id = '%s'",
             inv + strlen("invitations/"));
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, sql), "t");
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "StaffService/ListMemberships", "memberships.1.name", "{\"parent\": \"%s\"}",
                                    be), "");
    expect(w.env.token, "StaffService/RevokeInvitation", GRPC_STATUS_OK, NULL, "{\"name\": \"%s\"}", inv);
}

static void test_an_expired_invitation_can_be_renewed(void)
{
    eb_client *op = w.env.client;
#define LATE "{\"invitation\": {\"email\": \"late@uu.nl\", \"node\": \"%s\", \"role\": \"STAFF_ROLE_BADGE_CLASS_AWARDER\"}}"
    char old[NAME_LEN], sql[256];
    snprintf(old, sizeof old, "%s", world_ok(&w, op, "StaffService/CreateInvitation", "name", LATE, w.bc3));
    expect(w.env.token, "StaffService/CreateInvitation", GRPC_STATUS_ALREADY_EXISTS, "INVITATION_EXISTS", LATE, w.bc3);
    snprintf(sql, sizeof sql, "UPDATE invitations SET expires_at = now() - interval '1 day',"
                              " created_at = now() - interval '31 days' WHERE public_id = '%s'", old + strlen("invitations/"));
    test_sql(&w.env, sql);
    /* the 30 days are over: a new invitation replaces it, which stays expired */
    expect(w.env.token, "StaffService/CreateInvitation", GRPC_STATUS_OK, NULL, LATE, w.bc3);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "StaffService/ListInvitations", "invitations.0.state",
                                    "{\"parent\": \"%s\", \"showClosed\": true}", w.bc3), "STATE_OPEN");
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "StaffService/ListInvitations", "invitations.1.name",
                                    "{\"parent\": \"%s\", \"showClosed\": true}", w.bc3), old);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "StaffService/ListInvitations", "invitations.1.state",
                                    "{\"parent\": \"%s\", \"showClosed\": true}", w.bc3), "STATE_EXPIRED");
    expect(w.env.token, "StaffService/RevokeInvitation", GRPC_STATUS_FAILED_PRECONDITION, "INVITATION_EXPIRED",
           "{\"name\": \"%s\"}", old);
#undef LATE
}

/* CreateMembership as token; the reason expected (NULL: OK). */
static void grant(const char *token, const char *member, const char *node, const char *perms, grpc_status_code code,
                  const char *reason)
{
    char body[1024];
    snprintf(body, sizeof body, "{\"membership\": {\"member\": \"%s\", \"node\": \"%s\", %s}}", member, node, perms);
    expect(token, "StaffService/CreateMembership", code, reason, "%s", body);
}

static void test_grant_rules_hold_over_the_wire(void)
{
    /* a faculty admin cannot grant on the institution, an issuer admin not to themselves,
     * an editor nothing, and nobody what they do not hold */
    grant(w.tok_fa, w.staff_ba, w.inst, "\"permissions\": [\"PERMISSION_READ\"]", GRPC_STATUS_PERMISSION_DENIED, NULL);
    grant(w.tok_fa, w.staff_fa, w.bc2, "\"permissions\": [\"PERMISSION_READ\"]", GRPC_STATUS_PERMISSION_DENIED,
          "SELF_GRANT");
    grant(w.tok_be, w.staff_ba, w.bc2, "\"permissions\": [\"PERMISSION_READ\"]", GRPC_STATUS_PERMISSION_DENIED, NULL);
    /* without administrate_users nothing about the grantee is told: not whether it exists,
     * nor whether it is a client or of another institution */
    grant(w.tok_be, "staff/AAAAAAAAAAAAAAAAAAAAAA", w.bc2, "\"permissions\": [\"PERMISSION_READ\"]",
          GRPC_STATUS_PERMISSION_DENIED, "PERMISSION_DENIED");
    grant(w.tok_be, w.sis, w.bc2, "\"role\": \"STAFF_ROLE_BADGE_CLASS_OWNER\"", GRPC_STATUS_PERMISSION_DENIED,
          "PERMISSION_DENIED");
    grant(w.tok_ia, "staff/AAAAAAAAAAAAAAAAAAAAAA", w.bc2, "\"permissions\": [\"PERMISSION_READ\"]",
          GRPC_STATUS_NOT_FOUND, "MEMBER_NOT_FOUND");
    /* nor by inviting their own address, which their next login would take up */
    expect(w.tok_is, "StaffService/CreateInvitation", GRPC_STATUS_PERMISSION_DENIED, "SELF_GRANT",
           "{\"invitation\": {\"email\": \"IS@uu.nl\", \"node\": \"%s\", \"role\": \"STAFF_ROLE_BADGE_CLASS_AWARDER\"}}",
           w.bc2);
    grant(w.tok_oa, w.staff_ba, w.bc2, "\"permissions\": [\"PERMISSION_READ\"]", GRPC_STATUS_PERMISSION_DENIED,
          "OTHER_INSTITUTION");
    grant(w.tok_ia, w.sis, w.bc2, "\"role\": \"STAFF_ROLE_BADGE_CLASS_OWNER\"", GRPC_STATUS_FAILED_PRECONDITION,
          "CLIENT_CANNOT_ADMINISTRATE_USERS");
    grant(w.tok_ia, w.staff_ba, w.fac, "\"role\": \"STAFF_ROLE_ISSUER_ADMIN\"", GRPC_STATUS_INVALID_ARGUMENT, NULL);
    /* one membership per branch: the faculty admin has one above every badge class */
    grant(w.tok_ia, w.staff_fa, w.bc2, "\"permissions\": [\"PERMISSION_READ\"]", GRPC_STATUS_FAILED_PRECONDITION,
          "MEMBERSHIP_ON_ANCESTOR");
    /* a faculty membership for the awarder replaces the one below it */
    grant(w.tok_ia, w.staff_ba, w.fac, "\"role\": \"STAFF_ROLE_ISSUER_GROUP_AWARDER\"", GRPC_STATUS_OK, NULL);
    eb_client *op = w.env.client;
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "StaffService/ListMemberships", "memberships.0.node", "{\"parent\": \"%s\"}",
                                    w.staff_ba), w.fac);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "StaffService/ListMemberships", "memberships.1.node", "{\"parent\": \"%s\"}",
                                    w.staff_ba), "");
    /* the last institution admin stays */
    const char *ia_membership = world_ok(&w, op, "StaffService/ListMemberships", "memberships.0.name",
                                         "{\"parent\": \"%s\"}", w.staff_ia);
    expect(w.tok_ia, "StaffService/DeleteMembership", GRPC_STATUS_FAILED_PRECONDITION, "LAST_INSTITUTION_ADMIN",
           "{\"name\": \"%s\"}", ia_membership);
    char body[512];
    snprintf(body, sizeof body, "{\"membership\": {\"name\": \"%s\", \"permissions\": [\"PERMISSION_READ\"]}}",
             ia_membership);
    expect(NULL, "StaffService/UpdateMembership", GRPC_STATUS_UNAUTHENTICATED, NULL, "%s", body);
    expect(w.env.token, "StaffService/UpdateMembership", GRPC_STATUS_FAILED_PRECONDITION, "LAST_INSTITUTION_ADMIN",
           "%s", body);
}

/* UpdateBadgeClass moving badge class bc to issuer iss as token. */
static void move(const char *token, const char *bc, const char *iss, grpc_status_code code, const char *reason)
{
    expect(token, "BadgeClassService/UpdateBadgeClass", code, reason,
           "{\"badgeClass\": {\"name\": \"%s\", \"issuer\": \"%s\"}, \"updateMask\": \"issuer\"}", bc, iss);
}

static void test_moving_a_badge_class_needs_create_on_the_new_issuer(void)
{
    eb_client *op = w.env.client;
    char other[NAME_LEN], fresh[NAME_LEN];
    snprintf(other, sizeof other, "%s",
             world_ok(&w, op, "IssuerService/CreateIssuer", "name",
                      "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"nl\": \"Andere uitgever\"},"
                      " \"description\": {\"nl\": \"x\"}, \"url\": {\"nl\": \"https://uu.nl\"}, \"email\": \"j@uu.nl\"}}",
                      w.fac));
    snprintf(fresh, sizeof fresh, "%s",
             world_ok(&w, op, "BadgeClassService/CreateBadgeClass", "name",
                      "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
                      " \"draft\": true, \"displayName\": \"Verhuizer\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\"}}",
                      w.iss));
    /* the editor of bc and the admin of its issuer hold nothing on the other issuer */
    move(w.tok_be, w.bc, other, GRPC_STATUS_PERMISSION_DENIED, "PERMISSION_DENIED");
    move(w.tok_is, fresh, other, GRPC_STATUS_PERMISSION_DENIED, "PERMISSION_DENIED");
    /* another institution's issuer: denied as such, not a hint that it exists */
    move(w.tok_is, fresh, w.iss_b, GRPC_STATUS_PERMISSION_DENIED, "OTHER_INSTITUTION");
    move(w.tok_ia, fresh, "issuers/AAAAAAAAAAAAAAAAAAAAAA", GRPC_STATUS_NOT_FOUND, NULL);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "BadgeClassService/GetBadgeClass", "issuer", "{\"name\": \"%s\"}", w.bc),
                           w.iss);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "BadgeClassService/GetBadgeClass", "issuer", "{\"name\": \"%s\"}", fresh),
                           w.iss);
    /* the faculty admin creates badge classes at both issuers */
    move(w.tok_fa, fresh, other, GRPC_STATUS_OK, NULL);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, op, "BadgeClassService/GetBadgeClass", "issuer", "{\"name\": \"%s\"}", fresh),
                           other);
}

/* One institution admin removing (or demoting) another's membership, in a thread. */
typedef struct {
    const char *token, *victim;
    bool demote;
    grpc_status_code code;
} removal;

static void *remove_admin(void *arg)
{
    removal *x = arg;
    eb_client *c = world_client(&w, x->token);
    eb_call_result r;
    if (x->demote)
        json_call(c, "StaffService/UpdateMembership", &r,
                  "{\"membership\": {\"name\": \"%s\", \"permissions\": [\"PERMISSION_READ\"]}}", x->victim);
    else
        json_call(c, "StaffService/DeleteMembership", &r, "{\"name\": \"%s\"}", x->victim);
    x->code = r.code;
    eb_call_result_free(&r);
    eb_client_destroy(c);
    return NULL;
}

/* Makes staff member a fresh institution admin (dropping their memberships); its name. */
static const char *fresh_admin(const char *staff, char *membership)
{
    char sql[256];
    snprintf(sql, sizeof sql, "DELETE FROM memberships WHERE account_id = (SELECT id FROM accounts WHERE public_id = '%s')",
             staff + strlen("staff/"));
    test_sql(&w.env, sql);
    snprintf(membership, NAME_LEN, "%s",
             world_ok(&w, w.env.client, "StaffService/CreateMembership", "name",
                      "{\"membership\": {\"member\": \"%s\", \"node\": \"%s\", \"role\": \"STAFF_ROLE_INSTITUTION_ADMIN\"}}",
                      staff, w.inst));
    return membership;
}

static void test_two_admins_removing_each_other_at_once_leave_one(void)
{
    world_ok(&w, w.env.client, "StaffService/CreateInvitation", NULL,
             "{\"invitation\": {\"email\": \"ia2@uu.nl\", \"node\": \"%s\", \"role\": \"STAFF_ROLE_INSTITUTION_ADMIN\"}}",
             w.inst);
    char *tok_ia2 = world_staff_token(&w, "ia2", "ia2@uu.nl", "uu.nl", true);
    eb_client *c = world_client(&w, tok_ia2);
    char ia2[NAME_LEN], m_ia[NAME_LEN], m_ia2[NAME_LEN], sql[512];
    snprintf(ia2, sizeof ia2, "%s", world_ok(&w, c, "AuthService/GetCaller", "name", "{}"));
    eb_client_destroy(c);
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM memberships m JOIN institutions i ON i.id = m.institution_id"
             " WHERE i.public_id = '%.22s' AND m.node_level = 'institution' AND m.permissions & 64 <> 0"
             " AND m.account_id IN (SELECT id FROM accounts WHERE kind = 'staff')", w.inst + strlen("institutions/"));
    for (int round = 0; round < 6; round++) {
        removal x[2] = {{w.tok_ia, fresh_admin(ia2, m_ia2), round % 2, GRPC_STATUS_OK},
                        {tok_ia2, fresh_admin(w.staff_ia, m_ia), round % 2, GRPC_STATUS_OK}};
        pthread_t t[2];
        for (int i = 0; i < 2; i++)
            pthread_create(&t[i], NULL, remove_admin, &x[i]);
        for (int i = 0; i < 2; i++)
            pthread_join(t[i], NULL);
        /* one wins; the other is refused (the last admin, or no longer an admin) */
        CU_ASSERT_STRING_EQUAL(test_sql(&w.env, sql), "1");
        CU_ASSERT_TRUE((x[0].code == GRPC_STATUS_OK) != (x[1].code == GRPC_STATUS_OK));
    }
    fresh_admin(w.staff_ia, m_ia);
    snprintf(sql, sizeof sql, "DELETE FROM memberships WHERE account_id = (SELECT id FROM accounts WHERE public_id = '%s')",
             ia2 + strlen("staff/"));
    test_sql(&w.env, sql);
    free(tok_ia2);
}

static void test_institutions_can_require_mfa(void)
{
    char *no_mfa = world_staff_token(&w, "fa", "fa@uu.nl", "uu.nl", false);
    expect(no_mfa, "FacultyService/GetFaculty", GRPC_STATUS_OK, NULL, "{\"name\": \"%s\"}", w.fac);
    char body[512];
    snprintf(body, sizeof body, "{\"institution\": {\"name\": \"%s\", \"requireMfaForStaff\": true},"
                                " \"updateMask\": \"requireMfaForStaff\"}", w.inst);
    expect(w.tok_ia, "InstitutionService/UpdateInstitution", GRPC_STATUS_OK, NULL, "%s", body);
    eb_client *c = world_client(&w, no_mfa);
    eb_call_result r;
    json_call(c, "FacultyService/GetFaculty", &r, "{\"name\": \"%s\"}", w.fac);
    if (EXPECT_CODE(r, GRPC_STATUS_PERMISSION_DENIED) && EXPECT_REASON(r, "MFA_REQUIRED"))
        CU_ASSERT_PTR_NOT_NULL(strstr(r.message, "multi-factor authentication (MFA)"));
    eb_call_result_free(&r);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, c, "AuthService/GetCaller", "mfaRequired", "{}"), "");
    eb_client_destroy(c);
    expect(w.tok_fa, "FacultyService/GetFaculty", GRPC_STATUS_OK, NULL, "{\"name\": \"%s\"}", w.fac);
    expect(w.tok_sis, "FacultyService/GetFaculty", GRPC_STATUS_OK, NULL, "{\"name\": \"%s\"}", w.fac);
    snprintf(body, sizeof body, "{\"institution\": {\"name\": \"%s\", \"requireMfaForStaff\": false},"
                                " \"updateMask\": \"requireMfaForStaff\"}", w.inst);
    expect(w.tok_ia, "InstitutionService/UpdateInstitution", GRPC_STATUS_OK, NULL, "%s", body);
    expect(no_mfa, "FacultyService/GetFaculty", GRPC_STATUS_OK, NULL, "{\"name\": \"%s\"}", w.fac);
    free(no_mfa);
}

static void test_sis_awards_carry_source_and_client(void)
{
    char body[1024];
    snprintf(body, sizeof body, "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\","
                                " \"rows\": [{\"recipient\": \"sis.student@example.org\"}]}", w.bc2);
    eb_client *sis = world_client(&w, w.tok_sis);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, sis, "DirectAwardService/CreateDirectAwardBundle", "source", "%s", body),
                           "AWARD_SOURCE_SIS");
    snprintf(body, sizeof body, "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\","
                                " \"rows\": [{\"recipient\": \"sis.other@example.org\"}]}", w.bc2);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, sis, "DirectAwardService/CreateDirectAwardBundle", "creator", "%s", body), w.sis);
    eb_client_destroy(sis);
    snprintf(body, sizeof body, "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\","
                                " \"source\": \"AWARD_SOURCE_UI\", \"rows\": [{\"recipient\": \"a@example.org\"}]}", w.bc2);
    expect(w.tok_sis, "DirectAwardService/CreateDirectAwardBundle", GRPC_STATUS_INVALID_ARGUMENT, NULL, "%s", body);
    /* not in another institution */
    snprintf(body, sizeof body, "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\","
                                " \"rows\": [{\"recipient\": \"a@example.org\"}]}", w.bc_b);
    expect(w.tok_sis, "DirectAwardService/CreateDirectAwardBundle", GRPC_STATUS_PERMISSION_DENIED, "OTHER_INSTITUTION",
           "%s", body);
    /* staff award from the UI */
    snprintf(body, sizeof body, "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\","
                                " \"rows\": [{\"recipient\": \"staff.award@example.org\"}]}", w.bc);
    eb_client *ba = world_client(&w, w.tok_ba);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, ba, "DirectAwardService/CreateDirectAwardBundle", "source", "%s", body),
                           "AWARD_SOURCE_UI");
    eb_client_destroy(ba);
}

/* Turns SIS integration of institution A on or off as its admin. */
static void sis_integration(bool on)
{
    expect(w.tok_ia, "InstitutionService/UpdateInstitution", GRPC_STATUS_OK, NULL,
           "{\"institution\": {\"name\": \"%s\", \"sisIntegrationEnabled\": %s},"
           " \"updateMask\": \"sisIntegrationEnabled\"}", w.inst, on ? "true" : "false");
}

static void test_clients_follow_their_institution(void)
{
    const char *read_faculty = "FacultyService/GetFaculty";
    /* without SIS integration, the SIS client gets no token and its token does nothing */
    sis_integration(false);
    expect(w.tok_sis, read_faculty, GRPC_STATUS_PERMISSION_DENIED, "SIS_INTEGRATION_DISABLED", "{\"name\": \"%s\"}",
           w.fac);
    expect(NULL, "AuthService/ExchangeClientCredentials", GRPC_STATUS_PERMISSION_DENIED, "SIS_INTEGRATION_DISABLED",
           "%s", exchange_body(w.sis_secret));
    /* a wrong secret learns nothing of that */
    expect(NULL, "AuthService/ExchangeClientCredentials", GRPC_STATUS_UNAUTHENTICATED, "INVALID_CLIENT", "%s",
           exchange_body("wrong-secret"));
    sis_integration(true);
    expect(w.tok_sis, read_faculty, GRPC_STATUS_OK, NULL, "{\"name\": \"%s\"}", w.fac);
    /* the clients of an archived institution stop, like its staff */
    eb_client *op = w.env.client;
    char inst[NAME_LEN], id[NAME_LEN], secret[64], body[512];
    snprintf(inst, sizeof inst, "%s",
             world_ok(&w, op, "InstitutionService/CreateInstitution", "name",
                      "{\"institution\": {\"identifier\": \"uva.nl\", \"displayName\": {\"nl\": \"UvA\"},"
                      " \"description\": {\"nl\": \"x\"}, \"sector\": \"SECTOR_WO\", \"countryCode\": \"NL\","
                      " \"sisIntegrationEnabled\": true}}"));
    eb_call_result r;
    json_call(op, "ApiClientService/CreateApiClient", &r,
              "{\"apiClient\": {\"institution\": \"%s\", \"kind\": \"API_CLIENT_KIND_SIS\", \"displayName\": \"SIS\"}}",
              inst);
    json_t *j = json_response(&r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(j);
    snprintf(id, sizeof id, "%s", json_str(j, "apiClient.clientId"));
    snprintf(secret, sizeof secret, "%s", json_str(j, "clientSecret"));
    json_decref(j);
    eb_call_result_free(&r);
    snprintf(body, sizeof body, "{\"grantType\": \"client_credentials\", \"clientId\": \"%s\", \"clientSecret\": \"%s\"}",
             id, secret);
    char *token = strdup(world_ok(&w, w.env.anonymous, "AuthService/ExchangeClientCredentials", "accessToken", "%s", body));
    expect(token, "AuthService/GetCaller", GRPC_STATUS_OK, NULL, "{}");
    world_ok(&w, op, "InstitutionService/ArchiveInstitution", NULL, "{\"name\": \"%s\"}", inst);
    expect(token, "AuthService/GetCaller", GRPC_STATUS_PERMISSION_DENIED, "INSTITUTION_ARCHIVED", "{}");
    expect(NULL, "AuthService/ExchangeClientCredentials", GRPC_STATUS_PERMISSION_DENIED, "INSTITUTION_ARCHIVED", "%s",
           body);
    free(token);
}

static void test_audit_trail_records_and_cannot_be_changed(void)
{
    eb_client *ia = world_client(&w, w.tok_ia);
    eb_call_result r;
    json_call(ia, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"Geesteswetenschappen\"},"
              " \"description\": {\"nl\": \"x\"}}}", w.inst);
    char request_id[128] = "", faculty[128] = "";
    if (EXPECT_OK(r)) {
        snprintf(request_id, sizeof request_id, "%s", r.request_id ? r.request_id : "");
        json_t *j = json_response(&r);
        snprintf(faculty, sizeof faculty, "%s", json_str(j, "name"));
        json_decref(j);
    }
    eb_call_result_free(&r);
    json_call(ia, "AuditService/ListAuditEvents", &r, "{\"parent\": \"%s\", \"resource\": \"%s\"}", w.inst, faculty);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        json_t *ev = json_array_get(json_object_get(j, "auditEvents"), 0);
        CU_ASSERT_STRING_EQUAL(json_str(ev, "actor"), w.staff_ia);
        CU_ASSERT_STRING_EQUAL(json_str(ev, "method"), "edubadges.v1.FacultyService/CreateFaculty");
        CU_ASSERT_STRING_EQUAL(json_str(ev, "requestId"), request_id);
        CU_ASSERT_PTR_NOT_NULL(strstr(json_str(ev, "peer"), "127.0.0.1"));
        CU_ASSERT_PTR_NOT_NULL(strstr(json_str(ev, "summary"), "faculty{"));
        CU_ASSERT_PTR_NULL(strstr(json_str(ev, "summary"), "Geesteswetenschappen")); /* names, not values */
        json_decref(j);
    }
    eb_call_result_free(&r);
    /* a refused mutation leaves no event; nothing secret or personal is in the trail */
    json_call(ia, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"Geesteswetenschappen\"},"
              " \"description\": {\"nl\": \"x\"}}}", w.inst);
    EXPECT_CODE(r, GRPC_STATUS_ALREADY_EXISTS);
    eb_call_result_free(&r);
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM audit_events WHERE resource = '%s'", faculty);
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, sql), "1");
    snprintf(sql, sizeof sql, "SELECT count(*) FROM audit_events WHERE concat_ws(' ', actor, actor_label, client,"
                              " resource, summary) ~ '(example\\.org|%s|ebc\\.|ebo\\.)'", w.sis_secret);
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, sql), "0");
    CU_ASSERT_STRING_NOT_EQUAL(test_sql(&w.env, "SELECT count(*) FROM audit_events WHERE method LIKE "
                                                "'%ExchangeClientCredentials'"), "0");
    /* the server's own connection cannot rewrite history */
    PGconn *db = test_env_db(&w.env);
    const char *attempts[] = {"UPDATE audit_events SET actor = 'someone else'", "DELETE FROM audit_events",
                              "TRUNCATE audit_events"};
    for (size_t i = 0; i < 3; i++) {
        PGresult *res = PQexec(db, attempts[i]);
        CU_ASSERT_EQUAL(PQresultStatus(res), PGRES_FATAL_ERROR);
        CU_ASSERT_STRING_EQUAL(PQresultErrorField(res, PG_DIAG_SQLSTATE), "42501");
        PQclear(res);
    }
    PQfinish(db);
    expect(w.tok_fa, "AuditService/ListAuditEvents", GRPC_STATUS_PERMISSION_DENIED, NULL, "{\"parent\": \"%s\"}", w.inst);
    eb_client_destroy(ia);
}

static void test_audit_labels_are_names_never_addresses(void)
{
    /* staff and learner tokens without a name claim: their addresses and eduID stay out */
    char *ia = world_staff_token(&w, "ia", "ia@uu.nl", "uu.nl", true);
    json_t *claims = json_pack("{s:s, s:s, s:s, s:s}", "sub", "ia", "email", "ia@uu.nl", "schac_home_organization",
                               "uu.nl", "acr", TEST_MFA_ACR);
    char err[256];
    char *nameless = test_issuer_token(w.issuer_dir, "staff", claims, err, sizeof err);
    json_decref(claims);
    CU_ASSERT_PTR_NOT_NULL_FATAL(nameless);
    expect(nameless, "TagService/CreateTag", GRPC_STATUS_OK, NULL,
           "{\"tag\": {\"institution\": \"%s\", \"displayName\": \"Zonder naam\"}}", w.inst);
    char *learner = learner_token("{\"sub\": \"pairwise-learner\", \"eduid\": \"eduid-learner\","
                                  " \"email\": \"learner@example.org\"}");
    expect(learner, "AssertionService/SetAssertionPublic", GRPC_STATUS_OK, NULL,
           "{\"name\": \"%s\", \"learner\": \"%s\", \"public\": true}", w.assertion, w.learner);
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, "SELECT count(*) FROM audit_events WHERE method LIKE '%CreateTag'"
                                            " AND actor_label = ''"), "1");
    CU_ASSERT_STRING_EQUAL(test_sql(&w.env, "SELECT count(*) FROM audit_events WHERE concat_ws(' ', actor,"
                                            " actor_label, client, resource, summary) ~ '(@|eduid-)'"), "0");
    expect(ia, "AuthService/GetCaller", GRPC_STATUS_OK, NULL, "{}"); /* the account's name again */
    free(nameless);
    free(learner);
    free(ia);
}

static void test_access_review_finds_and_removes_stale_access(void)
{
    eb_client *ia = world_client(&w, w.tok_ia);
    eb_call_result r;
    json_call(ia, "AccessReviewService/ReviewStaffAccess", &r, "{\"institution\": \"%s\", \"inactiveDays\": 90}", w.inst);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_EQUAL(json_integer_value(json_object_get(j, "inactiveMemberCount")), 0);
        size_t i;
        json_t *m;
        int with_grants = 0;
        json_array_foreach(json_object_get(j, "members"), i, m)
        {
            if (strcmp(json_str(m, "member"), w.staff_ia) == 0) {
                CU_ASSERT_TRUE(json_is_true(json_object_get(m, "implicitRead")));
                CU_ASSERT_STRING_EQUAL(json_str(json_array_get(json_object_get(m, "grants"), 0), "role"),
                                       "STAFF_ROLE_INSTITUTION_ADMIN");
            }
            with_grants += json_array_size(json_object_get(m, "grants")) > 0;
        }
        CU_ASSERT_TRUE(with_grants >= 6); /* five staff and the SIS client */
        json_decref(j);
    }
    eb_call_result_free(&r);
    /* the editor and the institution admin have been away for 200 days; an operator reviews */
    test_sql(&w.env, "UPDATE accounts SET last_seen_at = now() - interval '200 days', created_at = now() - interval"
                     " '300 days' WHERE oidc_subject IN ('be', 'ia')");
    json_call(w.env.client, "AccessReviewService/RemoveStaleAccess", &r, "{\"institution\": \"%s\", \"inactiveDays\": 90}", w.inst);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_EQUAL(json_array_size(json_object_get(j, "removed")), 1);       /* the editor's */
        CU_ASSERT_STRING_EQUAL(json_str(j, "keptMembers.0"), w.staff_ia);         /* the last admin */
        CU_ASSERT_EQUAL(json_integer_value(json_object_get(j, "inactiveMemberCount")), 2);
        json_decref(j);
    }
    eb_call_result_free(&r);
    expect(w.tok_be, "BadgeClassService/GetBadgeClass", GRPC_STATUS_PERMISSION_DENIED, NULL, "{\"name\": \"%s\"}", w.bc);
    /* a listed member who is active is refused */
    char body[512];
    snprintf(body, sizeof body, "{\"institution\": \"%s\", \"inactiveDays\": 90, \"members\": [\"%s\"]}", w.inst,
             w.staff_fa);
    expect(w.tok_ia, "AccessReviewService/RemoveStaleAccess", GRPC_STATUS_INVALID_ARGUMENT, NULL, "%s", body);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, ia, "AccessReviewService/ListAccessReviews", "accessReviews.0.removed.0.role",
                                    "{\"parent\": \"%s\"}", w.inst), "STAFF_ROLE_BADGE_CLASS_EDITOR");
    expect(w.tok_ia, "AccessReviewService/ReviewStaffAccess", GRPC_STATUS_INVALID_ARGUMENT, NULL,
           "{\"institution\": \"%s\", \"inactiveDays\": 0}", w.inst);
    eb_client_destroy(ia);
}

static void test_learner_tokens(void)
{
    char *stranger = learner_token("{\"sub\": \"p\", \"eduid\": \"eduid-unknown\"}");
    expect(stranger, "LearnerService/GetLearner", GRPC_STATUS_PERMISSION_DENIED, NULL, "{\"name\": \"%s\"}", w.learner);
    char body[512];
    snprintf(body, sizeof body, "{\"name\": \"%s\", \"learner\": \"%s\", \"public\": false}", w.assertion, w.learner);
    expect(stranger, "AssertionService/SetAssertionPublic", GRPC_STATUS_PERMISSION_DENIED, "LEARNER_NOT_REGISTERED",
           "%s", body);
    free(stranger);
    /* another learner cannot read or act on this learner's things */
    world_ok(&w, w.env.client, "LearnerService/UpsertLearner", NULL,
             "{\"learner\": {\"eduid\": \"eduid-other\", \"email\": \"other@example.org\"}}");
    char *other = learner_token("{\"sub\": \"q\", \"eduid\": \"eduid-other\"}");
    expect(other, "AssertionService/GetAssertion", GRPC_STATUS_PERMISSION_DENIED, NULL, "{\"name\": \"%s\"}", w.assertion);
    expect(other, "AssertionService/SetAssertionPublic", GRPC_STATUS_PERMISSION_DENIED, "NOT_THE_LEARNER", "%s", body);
    free(other);
    eb_client *lc = world_client(&w, w.tok_learner);
    CU_ASSERT_STRING_EQUAL(world_ok(&w, lc, "AssertionService/GetAssertion", "name", "{\"name\": \"%s\"}", w.assertion),
                           w.assertion);
    eb_client_destroy(lc);
}

static void test_objects_of_another_institution_stay_hidden(void)
{
    const char *names[] = {w.inst_b, w.fac_b, w.iss_b, w.bc_b};
    const char *methods[] = {"InstitutionService/GetInstitution", "FacultyService/GetFaculty", "IssuerService/GetIssuer",
                             "BadgeClassService/GetBadgeClass"};
    for (size_t i = 0; i < 4; i++)
        expect(w.tok_ia, methods[i], GRPC_STATUS_PERMISSION_DENIED, "OTHER_INSTITUTION", "{\"name\": \"%s\"}", names[i]);
    expect(w.tok_ia, "BadgeClassService/ListBadgeClasses", GRPC_STATUS_PERMISSION_DENIED, NULL, "{\"parent\": \"%s\"}",
           w.iss_b);
    expect(w.tok_ia, "StaffService/ListStaffMembers", GRPC_STATUS_PERMISSION_DENIED, NULL, "{\"parent\": \"%s\"}",
           w.inst_b);
    /* an unknown id is NOT_FOUND, not a hint about anything */
    expect(w.tok_ia, "FacultyService/GetFaculty", GRPC_STATUS_NOT_FOUND, NULL, "{\"name\": \"%s\"}",
           "faculties/AAAAAAAAAAAAAAAAAAAAAA");
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("access model", suite_init, suite_clean);
    CU_add_test(s, "bad bearer tokens are unauthenticated", test_bad_bearer_tokens_are_unauthenticated);
    CU_add_test(s, "client tokens: revocation and lock-out", test_client_tokens_revoke_and_lock_out);
    CU_add_test(s, "client tokens end with expiry and disabling", test_client_tokens_end_with_expiry_and_disabling);
    CU_add_test(s, "concurrent wrong secrets count one by one", test_concurrent_wrong_secrets_count_one_by_one);
    CU_add_test(s, "staff login needs an invitation", test_staff_login_needs_an_invitation);
    CU_add_test(s, "nobody takes up their own invitation", test_nobody_takes_up_their_own_invitation);
    CU_add_test(s, "an expired invitation can be renewed", test_an_expired_invitation_can_be_renewed);
    CU_add_test(s, "grant rules hold over the wire", test_grant_rules_hold_over_the_wire);
    CU_add_test(s, "two admins removing each other at once leave one",
                test_two_admins_removing_each_other_at_once_leave_one);
    CU_add_test(s, "moving a badge class needs create on the new issuer",
                test_moving_a_badge_class_needs_create_on_the_new_issuer);
    CU_add_test(s, "institutions can require MFA", test_institutions_can_require_mfa);
    CU_add_test(s, "SIS awards carry their source and client", test_sis_awards_carry_source_and_client);
    CU_add_test(s, "clients follow their institution", test_clients_follow_their_institution);
    CU_add_test(s, "the audit trail records and cannot be changed", test_audit_trail_records_and_cannot_be_changed);
    CU_add_test(s, "audit labels are names, never addresses", test_audit_labels_are_names_never_addresses);
    CU_add_test(s, "access review finds and removes stale access", test_access_review_finds_and_removes_stale_access);
    CU_add_test(s, "learner tokens", test_learner_tokens);
    CU_add_test(s, "objects of another institution stay hidden", test_objects_of_another_institution_stay_hidden);
    return test_run_all();
}
