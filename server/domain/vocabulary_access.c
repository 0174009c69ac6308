/* The vocabularies of the access model: permissions, staff roles (the presets of
 * permissions.c, with the same codes), API client kinds, principal kinds and states. */
#include "vocabulary.h"

#define TERMS(t) t, sizeof t / sizeof *t

static const vocab_term permission_terms[] = {
    {1, "PERMISSION_CREATE", "create", "Aanmaken", "Create", NULL},
    {2, "PERMISSION_READ", "read", "Bekijken", "Read", NULL},
    {3, "PERMISSION_UPDATE", "update", "Wijzigen", "Update", NULL},
    {4, "PERMISSION_DELETE", "delete", "Verwijderen", "Delete", NULL},
    {5, "PERMISSION_AWARD", "award", "Toekennen", "Award", NULL},
    {6, "PERMISSION_SIGN", "sign", "Ondertekenen", "Sign", NULL},
    {7, "PERMISSION_ADMINISTRATE_USERS", "administrate_users", "Gebruikers beheren", "Administrate users", NULL},
};
const vocabulary VOCAB_PERMISSION = {"edubadges.v1.Permission", "Recht", "Permission", TERMS(permission_terms)};

static const vocab_term staff_role_terms[] = {
    {1, "STAFF_ROLE_INSTITUTION_ADMIN", "institution_admin", "Instellingsbeheerder", "Institution admin", NULL},
    {2, "STAFF_ROLE_ISSUER_GROUP_ADMIN", "issuer_group_admin", "Beheerder van de uitgeversgroep",
     "Issuer group admin", NULL},
    {3, "STAFF_ROLE_ISSUER_GROUP_AWARDER", "issuer_group_awarder", "Toekenner van de uitgeversgroep",
     "Issuer group awarder", NULL},
    {4, "STAFF_ROLE_ISSUER_ADMIN", "issuer_admin", "Beheerder van de uitgever", "Issuer admin", NULL},
    {5, "STAFF_ROLE_ISSUER_AWARDER", "issuer_awarder", "Toekenner van de uitgever", "Issuer awarder", NULL},
    {6, "STAFF_ROLE_BADGE_CLASS_OWNER", "badge_class_owner", "Eigenaar van de badge", "Badge class owner", NULL},
    {7, "STAFF_ROLE_BADGE_CLASS_EDITOR", "badge_class_editor", "Redacteur van de badge", "Badge class editor", NULL},
    {8, "STAFF_ROLE_BADGE_CLASS_AWARDER", "badge_class_awarder", "Toekenner van de badge", "Badge class awarder",
     NULL},
};
const vocabulary VOCAB_STAFF_ROLE = {"edubadges.v1.StaffRole", "Rol van een medewerker", "Staff role",
                                     TERMS(staff_role_terms)};

static const vocab_term api_client_kind_terms[] = {
    {1, "API_CLIENT_KIND_SIS", "sis", "Studentinformatiesysteem", "Student information system", NULL},
    {2, "API_CLIENT_KIND_ALLIANCE", "alliance", "Alliantiepartner", "Alliance partner", NULL},
    {3, "API_CLIENT_KIND_INTERNAL", "internal", "Intern hulpmiddel van het platform", "Internal platform tool", NULL},
};
const vocabulary VOCAB_API_CLIENT_KIND = {"edubadges.v1.ApiClientKind", "Soort API-client", "API client kind",
                                          TERMS(api_client_kind_terms)};

static const vocab_term principal_kind_terms[] = {
    {1, "PRINCIPAL_KIND_OPERATOR", "operator", "Platformbeheerder", "Platform operator", NULL},
    {2, "PRINCIPAL_KIND_STAFF", "staff", "Medewerker", "Staff member", NULL},
    {3, "PRINCIPAL_KIND_LEARNER", "learner", "Lerende", "Learner", NULL},
    {4, "PRINCIPAL_KIND_API_CLIENT", "api_client", "API-client", "API client", NULL},
};
const vocabulary VOCAB_PRINCIPAL_KIND = {"edubadges.v1.PrincipalKind", "Soort aanroeper", "Kind of caller",
                                         TERMS(principal_kind_terms)};

static const vocab_term api_client_state_terms[] = {
    {1, "STATE_ACTIVE", "active", "Actief", "Active", NULL},
    {2, "STATE_DISABLED", "disabled", "Uitgeschakeld", "Disabled", NULL},
};
const vocabulary VOCAB_API_CLIENT_STATE = {"edubadges.v1.ApiClient.State", "Status van de API-client",
                                           "API client state", TERMS(api_client_state_terms)};

static const vocab_term invitation_state_terms[] = {
    {1, "STATE_OPEN", "open", "Open", "Open", NULL},
    {2, "STATE_ACCEPTED", "accepted", "Aangenomen", "Accepted", NULL},
    {3, "STATE_REVOKED", "revoked", "Ingetrokken", "Revoked", NULL},
    {4, "STATE_EXPIRED", "expired", "Verlopen", "Expired", NULL},
};
const vocabulary VOCAB_INVITATION_STATE = {"edubadges.v1.Invitation.State", "Status van de uitnodiging",
                                           "Invitation state", TERMS(invitation_state_terms)};
