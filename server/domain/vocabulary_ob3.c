/* The vocabularies of the Open Badges 3.0 credential API: signing algorithms and key
 * states (their codes are what the database stores), credential formats and the checks of
 * a verification report. */
#include "vocabulary.h"

#define TERMS(t) t, sizeof t / sizeof *t

static const vocab_term signing_algorithm_terms[] = {
    {1, "SIGNING_ALGORITHM_ED25519", "Ed25519", "Ed25519 (Data Integrity, eddsa-rdfc-2022)",
     "Ed25519 (Data Integrity, eddsa-rdfc-2022)", NULL},
    {2, "SIGNING_ALGORITHM_ES256", "ES256", "ES256 (VC-JWT, ECDSA P-256)", "ES256 (VC-JWT, ECDSA P-256)", NULL},
    {3, "SIGNING_ALGORITHM_RS256", "RS256", "RS256 (VC-JWT, RSA)", "RS256 (VC-JWT, RSA)", NULL},
};
const vocabulary VOCAB_SIGNING_ALGORITHM = {"edubadges.v1.SigningAlgorithm", "Ondertekeningsalgoritme",
                                            "Signing algorithm", TERMS(signing_algorithm_terms)};

static const vocab_term signing_key_state_terms[] = {
    {1, "SIGNING_KEY_STATE_ACTIVE", "active", "Actief: ondertekent", "Active: signs", NULL},
    {2, "SIGNING_KEY_STATE_SUPERSEDED", "superseded", "Vervangen: verifieert nog", "Superseded: still verifies",
     NULL},
    {3, "SIGNING_KEY_STATE_RETIRED", "retired", "Ingetrokken: verifieert niet meer", "Retired: no longer verifies",
     NULL},
};
const vocabulary VOCAB_SIGNING_KEY_STATE = {"edubadges.v1.SigningKeyState", "Status van de sleutel",
                                            "Signing key state", TERMS(signing_key_state_terms)};

static const vocab_term credential_format_terms[] = {
    {1, "CREDENTIAL_FORMAT_DATA_INTEGRITY", "data_integrity", "JSON-LD met Data Integrity-bewijs (eddsa-rdfc-2022)",
     "JSON-LD with a Data Integrity proof (eddsa-rdfc-2022)", NULL},
    {2, "CREDENTIAL_FORMAT_JWT_ES256", "jwt_es256", "VC-JWT (ES256)", "VC-JWT (ES256)", NULL},
    {3, "CREDENTIAL_FORMAT_JWT_RS256", "jwt_rs256", "VC-JWT (RS256)", "VC-JWT (RS256)", NULL},
};
const vocabulary VOCAB_CREDENTIAL_FORMAT = {"edubadges.v1.CredentialFormat", "Vorm van de credential",
                                            "Credential format", TERMS(credential_format_terms)};

static const vocab_term check_outcome_terms[] = {
    {1, "CHECK_OUTCOME_PASSED", "passed", "Geslaagd", "Passed", NULL},
    {2, "CHECK_OUTCOME_FAILED", "failed", "Mislukt", "Failed", NULL},
    {3, "CHECK_OUTCOME_WARNING", "warning", "Waarschuwing", "Warning", NULL},
    {4, "CHECK_OUTCOME_SKIPPED", "skipped", "Niet van toepassing", "Skipped", NULL},
};
const vocabulary VOCAB_CHECK_OUTCOME = {"edubadges.v1.CheckOutcome", "Uitkomst van een controle",
                                        "Check outcome", TERMS(check_outcome_terms)};

static const vocab_term check_kind_terms[] = {
    {1, "CHECK_KIND_FORMAT", "format", "Vorm", "Format", NULL},
    {2, "CHECK_KIND_CONTEXT", "context", "Context en type", "Context and type", NULL},
    {3, "CHECK_KIND_PROOF", "proof", "Handtekening", "Proof", NULL},
    {4, "CHECK_KIND_ISSUER_KEY", "issuer_key", "Sleutel van de uitgever", "Issuer key", NULL},
    {5, "CHECK_KIND_SCHEMA", "schema", "JSON Schema", "JSON Schema", NULL},
    {6, "CHECK_KIND_SUBJECT", "subject", "Ontvanger aangeduid", "Subject identified", NULL},
    {7, "CHECK_KIND_VALID_FROM", "valid_from", "Geldig vanaf", "Valid from", NULL},
    {8, "CHECK_KIND_VALID_UNTIL", "valid_until", "Geldig tot", "Valid until", NULL},
    {9, "CHECK_KIND_STATUS", "status", "Intrekking", "Revocation status", NULL},
    {10, "CHECK_KIND_RECIPIENT", "recipient", "Ontvanger", "Recipient", NULL},
};
const vocabulary VOCAB_CHECK_KIND = {"edubadges.v1.CheckKind", "Soort controle", "Check kind",
                                     TERMS(check_kind_terms)};
