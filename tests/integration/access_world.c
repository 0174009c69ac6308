/* The world of the access tests. */
#include "access_world.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_call.h"
#include "test_issuer.h"

#define SVG "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxIiBoZWlnaHQ9IjEiLz4="

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "access world: %s: %s\n", what, detail ? detail : "");
    exit(2);
}

const char *world_ok(access_world *w, eb_client *c, const char *method, const char *path, const char *fmt, ...)
{
    (void)w;
    static char out[8][512];
    static int next;
    char *s = out[next++ % 8];
    va_list ap;
    va_start(ap, fmt);
    char *request = NULL;
    if (vasprintf(&request, fmt, ap) < 0)
        abort();
    va_end(ap);
    eb_call_result r;
    json_call(c, method, &r, "%s", request);
    if (r.code != GRPC_STATUS_OK) {
        fprintf(stderr, "access world: %s failed: %s %s: %s\n", method, eb_status_name(r.code),
                r.reason ? r.reason : "", r.message ? r.message : "");
        for (size_t i = 0; i < r.n_violations; i++)
            fprintf(stderr, "  %s: %s\n", r.violations[i].field, r.violations[i].description);
        exit(2);
    }
    json_t *j = json_response(&r);
    snprintf(s, 512, "%s", path ? json_str(j, path) : "");
    json_decref(j);
    eb_call_result_free(&r);
    free(request);
    return s;
}

char *world_staff_token(access_world *w, const char *sub, const char *email, const char *schac_home, bool mfa)
{
    json_t *claims = json_pack("{s:s, s:s, s:s, s:s}", "sub", sub, "email", email, "schac_home_organization",
                               schac_home, "name", sub);
    if (mfa)
        json_object_set_new(claims, "acr", json_string(TEST_MFA_ACR));
    char err[256];
    char *t = test_issuer_token(w->issuer_dir, "staff", claims, err, sizeof err);
    json_decref(claims);
    if (!t)
        die("token", err);
    return t;
}

eb_client *world_client(access_world *w, const char *token)
{
    eb_client_options o = {.target = w->env.target, .token = token, .timeout_ms = 20000};
    return eb_client_create(&o);
}

static void tree(access_world *w, const char *identifier, char *inst, char *fac, char *iss, char *bc)
{
    eb_client *op = w->env.client;
    snprintf(inst, NAME_LEN, "%s",
             world_ok(w, op, "InstitutionService/CreateInstitution", "name",
                      "{\"institution\": {\"identifier\": \"%s\", \"displayName\": {\"nl\": \"%s\"},"
                      " \"description\": {\"nl\": \"x\"}, \"sector\": \"SECTOR_WO\", \"countryCode\": \"NL\","
                      " \"sisIntegrationEnabled\": true}}", identifier, identifier));
    snprintf(fac, NAME_LEN, "%s",
             world_ok(w, op, "FacultyService/CreateFaculty", "name",
                      "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"Faculteit\"},"
                      " \"description\": {\"nl\": \"x\"}}}", inst));
    snprintf(iss, NAME_LEN, "%s",
             world_ok(w, op, "IssuerService/CreateIssuer", "name",
                      "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"nl\": \"Uitgever\"}, \"description\":"
                      " {\"nl\": \"x\"}, \"url\": {\"nl\": \"https://%s\"}, \"email\": \"i@%s\"}}", fac, identifier,
                      identifier));
    snprintf(bc, NAME_LEN, "%s",
             world_ok(w, op, "BadgeClassService/CreateBadgeClass", "name",
                      "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
                      " \"displayName\": \"Mentor\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\","
                      " \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}, \"awardNonValidatedNameAllowed\": true}}",
                      iss));
}

static void another_badge_class(access_world *w, char *bc, const char *title)
{
    snprintf(bc, NAME_LEN, "%s",
             world_ok(w, w->env.client, "BadgeClassService/CreateBadgeClass", "name",
                      "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
                      " \"displayName\": \"%s\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\","
                      " \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}, \"awardNonValidatedNameAllowed\": true}}",
                      w->iss, title));
}

/* An invited staff member of role on node, logged in once; their token (and staff name). */
static char *staff(access_world *w, const char *sub, const char *schac, const char *node, const char *role,
                   char *staff_name, char *invitation)
{
    char email[128];
    snprintf(email, sizeof email, "%s@%s", sub, schac);
    const char *inv = world_ok(w, w->env.client, "StaffService/CreateInvitation", "name",
                               "{\"invitation\": {\"email\": \"%s\", \"node\": \"%s\", \"role\": \"STAFF_ROLE_%s\"}}",
                               email, node, role);
    if (invitation)
        snprintf(invitation, NAME_LEN, "%s", inv);
    char *t = world_staff_token(w, sub, email, schac, true);
    eb_client *c = world_client(w, t);
    const char *name = world_ok(w, c, "AuthService/GetCaller", "name", "{}");
    if (staff_name)
        snprintf(staff_name, NAME_LEN, "%s", name);
    eb_client_destroy(c);
    return t;
}

static void people(access_world *w)
{
    w->tok_ia = staff(w, "ia", "uu.nl", w->inst, "INSTITUTION_ADMIN", w->staff_ia, NULL);
    w->tok_fa = staff(w, "fa", "uu.nl", w->fac, "ISSUER_GROUP_ADMIN", w->staff_fa, NULL);
    w->tok_is = staff(w, "is", "uu.nl", w->iss, "ISSUER_ADMIN", NULL, NULL);
    w->tok_be = staff(w, "be", "uu.nl", w->bc, "BADGE_CLASS_EDITOR", NULL, NULL);
    w->tok_ba = staff(w, "ba", "uu.nl", w->bc, "BADGE_CLASS_AWARDER", w->staff_ba, w->invitation_ba);
    w->tok_oa = staff(w, "oa", "vu.nl", w->inst_b, "INSTITUTION_ADMIN", NULL, NULL);
    snprintf(w->membership_ba, NAME_LEN, "%s",
             world_ok(w, w->env.client, "StaffService/ListMemberships", "memberships.0.name", "{\"parent\": \"%s\"}",
                      w->staff_ba));
    snprintf(w->invitation_open, NAME_LEN, "%s",
             world_ok(w, w->env.client, "StaffService/CreateInvitation", "name",
                      "{\"invitation\": {\"email\": \"x.open@uu.nl\", \"node\": \"%s\","
                      " \"role\": \"STAFF_ROLE_BADGE_CLASS_AWARDER\"}}", w->bc));
}

static void clients(access_world *w)
{
    eb_client *op = w->env.client;
    eb_call_result r;
    json_call(op, "ApiClientService/CreateApiClient", &r,
              "{\"apiClient\": {\"institution\": \"%s\", \"kind\": \"API_CLIENT_KIND_SIS\", \"displayName\": \"Osiris\"}}",
              w->inst);
    json_t *j = json_response(&r);
    if (!j)
        die("CreateApiClient", r.message);
    snprintf(w->sis, NAME_LEN, "%s", json_str(j, "apiClient.name"));
    snprintf(w->sis_secret, sizeof w->sis_secret, "%s", json_str(j, "clientSecret"));
    json_decref(j);
    eb_call_result_free(&r);
    world_ok(w, op, "StaffService/CreateMembership", NULL,
             "{\"membership\": {\"member\": \"%s\", \"node\": \"%s\","
             " \"permissions\": [\"PERMISSION_READ\", \"PERMISSION_AWARD\"]}}", w->sis, w->inst);
    w->tok_sis = strdup(world_ok(w, w->env.anonymous, "AuthService/ExchangeClientCredentials", "accessToken",
                                 "{\"grantType\": \"client_credentials\", \"clientId\": \"%s\", \"clientSecret\": \"%s\"}",
                                 w->sis + strlen("apiClients/"), w->sis_secret));
    snprintf(w->disabled_client, NAME_LEN, "%s",
             world_ok(w, op, "ApiClientService/CreateApiClient", "apiClient.name",
                      "{\"apiClient\": {\"institution\": \"%s\", \"kind\": \"API_CLIENT_KIND_ALLIANCE\","
                      " \"displayName\": \"Old partner\"}}", w->inst));
    world_ok(w, op, "ApiClientService/DisableApiClient", NULL, "{\"name\": \"%s\"}", w->disabled_client);
}

/* A bundle of one e-mail row on bc for the learner; the award's name. */
static const char *award_to_learner(access_world *w, const char *bc, char *bundle)
{
    eb_call_result r;
    json_call(w->env.client, "DirectAwardService/CreateDirectAwardBundle", &r,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\","
              " \"source\": \"AWARD_SOURCE_UI\", \"rows\": [{\"recipient\": \"learner@example.org\"}]}", bc);
    json_t *j = json_response(&r);
    if (!j)
        die("CreateDirectAwardBundle", r.message);
    static char award[NAME_LEN];
    snprintf(award, sizeof award, "%s", json_str(json_array_get(json_object_get(j, "results"), 0), "directAward"));
    if (bundle)
        snprintf(bundle, NAME_LEN, "%s", json_str(j, "name"));
    json_decref(j);
    eb_call_result_free(&r);
    return award;
}

static void learner(access_world *w)
{
    eb_client *op = w->env.client;
    snprintf(w->learner, NAME_LEN, "%s",
             world_ok(w, op, "LearnerService/UpsertLearner", "name",
                      "{\"learner\": {\"eduid\": \"eduid-learner\", \"email\": \"learner@example.org\","
                      " \"accounts\": [{\"eppn\": \"l@uu.nl\", \"schacHome\": \"uu.nl\"}]}}"));
    json_t *claims = json_pack("{s:s, s:s, s:s}", "sub", "pairwise-learner", "eduid", "eduid-learner", "name", "Lea");
    char err[256];
    w->tok_learner = test_issuer_token(w->issuer_dir, "learner", claims, err, sizeof err);
    json_decref(claims);
    if (!w->tok_learner)
        die("learner token", err);
    eb_client *lc = world_client(w, w->tok_learner);
    world_ok(w, lc, "LearnerService/RecordConsent", NULL,
             "{\"learner\": \"%s\", \"consent\": {\"institution\": \"%s\", \"termsKind\": \"TERMS_KIND_INFORMAL\","
             " \"termsVersion\": 1}}", w->learner, w->inst);
    const char *award = award_to_learner(w, w->bc2, w->bundle);
    snprintf(w->assertion, NAME_LEN, "%s",
             world_ok(w, lc, "DirectAwardService/ClaimDirectAward", "name", "{\"name\": \"%s\", \"learner\": \"%s\"}",
                      award, w->learner));
    snprintf(w->rejected_award, NAME_LEN, "%s", award_to_learner(w, w->bc, NULL));
    world_ok(w, lc, "DirectAwardService/RejectDirectAward", NULL, "{\"name\": \"%s\", \"learner\": \"%s\"}",
             w->rejected_award, w->learner);
    snprintf(w->withdrawn_request, NAME_LEN, "%s",
             world_ok(w, lc, "BadgeRequestService/CreateBadgeRequest", "name",
                      "{\"badgeRequest\": {\"badgeClass\": \"%s\", \"learner\": \"%s\"}}", w->bc3, w->learner));
    world_ok(w, lc, "BadgeRequestService/WithdrawBadgeRequest", NULL, "{\"name\": \"%s\", \"learner\": \"%s\"}",
             w->withdrawn_request, w->learner);
    award = award_to_learner(w, w->bc3, NULL);
    snprintf(w->revoked_assertion, NAME_LEN, "%s",
             world_ok(w, lc, "DirectAwardService/ClaimDirectAward", "name", "{\"name\": \"%s\", \"learner\": \"%s\"}",
                      award, w->learner));
    world_ok(w, op, "AssertionService/RevokeAssertions", NULL, "{\"names\": [\"%s\"], \"reason\": \"test\"}",
             w->revoked_assertion);
    eb_client_destroy(lc);
}

void access_world_start(access_world *w, const char *name)
{
    memset(w, 0, sizeof *w);
    snprintf(w->issuer_dir, sizeof w->issuer_dir, "/tmp/eb-access-XXXXXX");
    char err[256];
    if (!mkdtemp(w->issuer_dir) || !test_issuer_init(w->issuer_dir, err, sizeof err))
        die("test issuer", err);
    static char issuers_env[256];
    snprintf(issuers_env, sizeof issuers_env, "EDUBADGES_OIDC_ISSUERS=%s", test_issuer_config(w->issuer_dir));
    const char *env[] = {issuers_env, "EDUBADGES_AUTH_CACHE_SECONDS=0", NULL};
    test_env_start(&w->env, name, env);
    tree(w, "uu.nl", w->inst, w->fac, w->iss, w->bc);
    another_badge_class(w, w->bc2, "Open dag");
    another_badge_class(w, w->bc3, "Tutor");
    snprintf(w->tag, NAME_LEN, "%s",
             world_ok(w, w->env.client, "TagService/CreateTag", "name",
                      "{\"tag\": {\"institution\": \"%s\", \"displayName\": \"Honours\"}}", w->inst));
    tree(w, "vu.nl", w->inst_b, w->fac_b, w->iss_b, w->bc_b);
    snprintf(w->retired_key, NAME_LEN, "%s",
             world_ok(w, w->env.client, "SigningKeyService/RotateSigningKey", "name",
                      "{\"issuer\": \"%s\", \"algorithm\": \"SIGNING_ALGORITHM_ED25519\"}", w->iss));
    world_ok(w, w->env.client, "SigningKeyService/RetireSigningKey", NULL, "{\"name\": \"%s\"}", w->retired_key);
    people(w);
    clients(w);
    learner(w);
}

void access_world_stop(access_world *w)
{
    test_env_stop(&w->env);
    char *tokens[] = {w->tok_ba, w->tok_be, w->tok_is, w->tok_fa, w->tok_ia, w->tok_oa, w->tok_learner, w->tok_sis};
    for (size_t i = 0; i < sizeof tokens / sizeof *tokens; i++)
        free(tokens[i]);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", w->issuer_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", w->issuer_dir);
}
