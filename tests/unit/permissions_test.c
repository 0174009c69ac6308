/* Unit tests of the permission model's rules: presets, the grant rules (the privilege
 * escalation cases), one membership per branch (node relations), permissions from a
 * request, the lock-out of wrong client secrets, inactivity and which methods mutate. */
#include <string.h>

#include "access_review.h"
#include "account.h"
#include "client_secret.h"
#include "harness.h"
#include "membership.h"
#include "service.h"

static void test_presets_have_the_documented_flags(void)
{
    const staff_role *admin = staff_role_by_number(1), *editor = staff_role_by_number(7);
    CU_ASSERT_EQUAL(admin->level, LEVEL_INSTITUTION);
    CU_ASSERT_EQUAL(admin->permissions, PERM_ALL);
    CU_ASSERT_EQUAL(editor->level, LEVEL_BADGE_CLASS);
    CU_ASSERT_EQUAL(editor->permissions, PERM_CREATE | PERM_READ | PERM_UPDATE | PERM_AWARD | PERM_SIGN);
    CU_ASSERT_EQUAL(staff_role_by_number(3)->permissions, PERM_READ | PERM_AWARD | PERM_SIGN);
    CU_ASSERT_PTR_NULL(staff_role_by_number(9));
    CU_ASSERT_PTR_EQUAL(staff_role_matching(LEVEL_ISSUER, PERM_READ | PERM_AWARD | PERM_SIGN), staff_role_by_number(5));
    CU_ASSERT_PTR_NULL(staff_role_matching(LEVEL_ISSUER, PERM_READ));
    arena *a = arena_create();
    CU_ASSERT_STRING_EQUAL(perm_describe(a, PERM_READ | PERM_ADMINISTRATE_USERS), "read, administrate_users");
    CU_ASSERT_STRING_EQUAL(perm_describe(a, 0), "none");
    arena_destroy(a);
}

/* A faculty admin of institution I granting on a node of I. */
static grant_request base(void)
{
    return (grant_request){PRINCIPAL_STAFF, "staff/admin", "I", PERM_ALL, "staff/colleague", false, "I", "I",
                           PERM_READ | PERM_AWARD, NULL, NULL};
}

static const char *refusal(grant_request g)
{
    arena *a = arena_create();
    eb_error e;
    eb_error_init(&e, a);
    static char reason[64];
    snprintf(reason, sizeof reason, "%s", grant_check(&e, &g) == EB_OK ? "OK" : e.reason);
    arena_destroy(a);
    return reason;
}

static void test_grant_rules(void)
{
    grant_request g = base();
    CU_ASSERT_STRING_EQUAL(refusal(g), "OK");
    g.grantee = "staff/admin";
    CU_ASSERT_STRING_EQUAL(refusal(g), "SELF_GRANT");
    g = base();
    g.granter_permissions = PERM_ALL & ~PERM_ADMINISTRATE_USERS;
    CU_ASSERT_STRING_EQUAL(refusal(g), "PERMISSION_DENIED");
    g = base();
    g.granter_permissions = PERM_READ | PERM_ADMINISTRATE_USERS;
    CU_ASSERT_STRING_EQUAL(refusal(g), "GRANTS_UNHELD_PERMISSION");
    g = base();
    g.granter_institution = "J";
    CU_ASSERT_STRING_EQUAL(refusal(g), "OTHER_INSTITUTION");
    g = base();
    g.grantee_institution = "J";
    CU_ASSERT_STRING_EQUAL(refusal(g), "OTHER_INSTITUTION");
    g.grantee_institution = NULL; /* no such member */
    CU_ASSERT_STRING_EQUAL(refusal(g), "MEMBER_NOT_FOUND");
    /* a granter without administrate_users learns nothing about the grantee */
    g.granter_permissions = PERM_ALL & ~PERM_ADMINISTRATE_USERS;
    CU_ASSERT_STRING_EQUAL(refusal(g), "PERMISSION_DENIED");
    g.grantee_institution = "J";
    CU_ASSERT_STRING_EQUAL(refusal(g), "PERMISSION_DENIED");
    g = base();
    g.granter_permissions = PERM_READ;
    g.grantee = "apiClients/sis";
    g.grantee_is_client = true;
    g.permissions = PERM_ALL;
    CU_ASSERT_STRING_EQUAL(refusal(g), "PERMISSION_DENIED");
    g = base();
    g.grantee = "apiClients/sis";
    g.grantee_is_client = true;
    CU_ASSERT_STRING_EQUAL(refusal(g), "OK");
    g.permissions |= PERM_ADMINISTRATE_USERS;
    CU_ASSERT_STRING_EQUAL(refusal(g), "CLIENT_CANNOT_ADMINISTRATE_USERS");
    /* operators may grant anything within the node's institution */
    g = (grant_request){PRINCIPAL_OPERATOR, "operators/o", NULL, PERM_ALL, "staff/x", false, "I", "I", PERM_ALL,
                        NULL, NULL};
    CU_ASSERT_STRING_EQUAL(refusal(g), "OK");
    g.grantee_institution = "J";
    CU_ASSERT_STRING_EQUAL(refusal(g), "OTHER_INSTITUTION");
    /* an invitation by e-mail has no grantee account yet */
    g = base();
    g.grantee = NULL;
    g.grantee_institution = NULL;
    g.invitee_email = "colleague@uu.nl";
    g.granter_email = "admin@uu.nl";
    CU_ASSERT_STRING_EQUAL(refusal(g), "OK");
    /* nor to one's own address: the invitation would be taken up at one's next login */
    g.invitee_email = "admin@uu.nl";
    CU_ASSERT_STRING_EQUAL(refusal(g), "SELF_GRANT");
    g.granter_email = NULL; /* a granter without an address (an API client, an operator) */
    CU_ASSERT_STRING_EQUAL(refusal(g), "OK");
}

/* The reason api_client_institution_allows gives ("OK" when it allows). */
static const char *client_refusal(client_kind kind, bool archived, bool sis_enabled)
{
    arena *a = arena_create();
    eb_error e;
    eb_error_init(&e, a);
    static char reason[64];
    snprintf(reason, sizeof reason, "%s",
             api_client_institution_allows(&e, kind, archived, sis_enabled) == EB_OK ? "OK" : e.reason);
    CU_ASSERT(strcmp(reason, "OK") == 0 || e.code == EB_PERMISSION_DENIED);
    arena_destroy(a);
    return reason;
}

static void test_clients_and_their_institution(void)
{
    CU_ASSERT_STRING_EQUAL(client_refusal(CLIENT_KIND_SIS, false, true), "OK");
    CU_ASSERT_STRING_EQUAL(client_refusal(CLIENT_KIND_SIS, false, false), "SIS_INTEGRATION_DISABLED");
    CU_ASSERT_STRING_EQUAL(client_refusal(CLIENT_KIND_SIS, true, true), "INSTITUTION_ARCHIVED");
    CU_ASSERT_STRING_EQUAL(client_refusal(CLIENT_KIND_ALLIANCE, false, false), "OK");
    CU_ASSERT_STRING_EQUAL(client_refusal(CLIENT_KIND_ALLIANCE, true, false), "INSTITUTION_ARCHIVED");
    CU_ASSERT_STRING_EQUAL(client_refusal(CLIENT_KIND_INTERNAL, false, false), "OK");
}

static void test_node_relations(void)
{
    node_tree inst = {LEVEL_INSTITUTION, "I", NULL, NULL, NULL};
    node_tree fac = {LEVEL_FACULTY, "I", "F", NULL, NULL};
    node_tree iss = {LEVEL_ISSUER, "I", "F", "S", NULL};
    node_tree bc = {LEVEL_BADGE_CLASS, "I", "F", "S", "B"};
    node_tree other_bc = {LEVEL_BADGE_CLASS, "I", "G", "T", "C"};
    CU_ASSERT_EQUAL(node_tree_relation(&inst, &bc), NODE_ANCESTOR);
    CU_ASSERT_EQUAL(node_tree_relation(&fac, &iss), NODE_ANCESTOR);
    CU_ASSERT_EQUAL(node_tree_relation(&bc, &fac), NODE_DESCENDANT);
    CU_ASSERT_EQUAL(node_tree_relation(&iss, &iss), NODE_SAME);
    CU_ASSERT_EQUAL(node_tree_relation(&fac, &other_bc), NODE_UNRELATED);
    CU_ASSERT_EQUAL(node_tree_relation(&other_bc, &iss), NODE_UNRELATED);
    CU_ASSERT_EQUAL(node_tree_relation(&other_bc, &inst), NODE_DESCENDANT);
    CU_ASSERT_STRING_EQUAL(node_tree_node(&iss).id, "S");
}

static void test_permissions_from_a_request(void)
{
    arena *a = arena_create();
    eb_error e;
    eb_error_init(&e, a);
    int flags[] = {2, 5};
    CU_ASSERT_EQUAL(permissions_from_request(&e, "m.", flags, 2, 0, LEVEL_ISSUER), PERM_READ | PERM_AWARD);
    CU_ASSERT_EQUAL(permissions_from_request(&e, "m.", NULL, 0, 4, LEVEL_ISSUER), PERM_ALL);
    CU_ASSERT_EQUAL(e.n_violations, 0);
    CU_ASSERT_EQUAL(permissions_from_request(&e, "m.", NULL, 0, 1, LEVEL_FACULTY), 0); /* institution role */
    CU_ASSERT_TRUE(eb_has_violation(&e, "m.role"));
    eb_error_init(&e, a);
    int bad[] = {2, 2, 8};
    CU_ASSERT_EQUAL(permissions_from_request(&e, "m.", bad, 3, 0, LEVEL_ISSUER), 0);
    CU_ASSERT_TRUE(eb_has_violation(&e, "m.permissions[1]") && eb_has_violation(&e, "m.permissions[2]"));
    eb_error_init(&e, a);
    CU_ASSERT_EQUAL(permissions_from_request(&e, "m.", flags, 2, 4, LEVEL_ISSUER), 0);
    CU_ASSERT_TRUE(eb_has_violation(&e, "m.role"));
    eb_error_init(&e, a);
    CU_ASSERT_EQUAL(permissions_from_request(&e, "m.", NULL, 0, 0, LEVEL_ISSUER), 0);
    CU_ASSERT_TRUE(eb_has_violation(&e, "m.permissions"));
    eb_error_init(&e, a);
    CU_ASSERT_STRING_EQUAL(invitation_email(a, &e, "email", "  Jan.Jansen@UU.NL "), "jan.jansen@uu.nl");
    CU_ASSERT_PTR_NULL(invitation_email(a, &e, "email", "not an address"));
    CU_ASSERT_TRUE(eb_has_violation(&e, "email"));
    arena_destroy(a);
}

static void test_lock_out_and_inactivity(void)
{
    CU_ASSERT_EQUAL(client_lock_seconds(CLIENT_FREE_ATTEMPTS - 1), 0);
    CU_ASSERT_EQUAL(client_lock_seconds(CLIENT_FREE_ATTEMPTS), CLIENT_LOCK_FIRST_SECONDS);
    CU_ASSERT_EQUAL(client_lock_seconds(CLIENT_FREE_ATTEMPTS + 1), 2 * CLIENT_LOCK_FIRST_SECONDS);
    CU_ASSERT_EQUAL(client_lock_seconds(100), CLIENT_LOCK_MAX_SECONDS);
    int64_t day = 86400LL * 1000000, now = 1000 * day;
    CU_ASSERT_TRUE(member_inactive(now - 91 * day, 0, now, 90));
    CU_ASSERT_FALSE(member_inactive(now - 89 * day, 0, now, 90));
    CU_ASSERT_TRUE(member_inactive(0, now - 91 * day, now, 90)); /* never active: since creation */
    CU_ASSERT_FALSE(member_inactive(0, now - day, now, 90));
}

static void test_secrets_hash_and_verify(void)
{
    arena *a = arena_create();
    char *secret = client_secret_new(a);
    CU_ASSERT_EQUAL(strlen(secret), 43);
    char *hash = client_secret_hash(a, secret);
    CU_ASSERT_PTR_NOT_NULL_FATAL(hash);
    CU_ASSERT_EQUAL(strncmp(hash, "$argon2id$", 10), 0);
    CU_ASSERT_TRUE(client_secret_verify(secret, hash));
    CU_ASSERT_FALSE(client_secret_verify("wrong", hash));
    CU_ASSERT_FALSE(client_secret_verify(secret, NULL));
    arena_destroy(a);
}

static void test_which_methods_mutate(void)
{
    CU_ASSERT_FALSE(svc_method_mutates("GetInstitution"));
    CU_ASSERT_FALSE(svc_method_mutates("ListAuditEvents"));
    CU_ASSERT_FALSE(svc_method_mutates("VerifyCredential"));
    CU_ASSERT_TRUE(svc_method_mutates("CreateMembership"));
    CU_ASSERT_TRUE(svc_method_mutates("ReviewStaffAccess"));
    CU_ASSERT_TRUE(svc_method_mutates("Listen")); /* not the List verb */
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("permission model", NULL, NULL);
    CU_add_test(s, "presets have the documented flags", test_presets_have_the_documented_flags);
    CU_add_test(s, "grant rules", test_grant_rules);
    CU_add_test(s, "clients and their institution", test_clients_and_their_institution);
    CU_add_test(s, "node relations", test_node_relations);
    CU_add_test(s, "permissions from a request", test_permissions_from_a_request);
    CU_add_test(s, "lock-out and inactivity", test_lock_out_and_inactivity);
    CU_add_test(s, "secrets hash and verify", test_secrets_hash_and_verify);
    CU_add_test(s, "which methods mutate", test_which_methods_mutate);
    return test_run_all();
}
