/* Verification of Open Badges 3.0 / VC 2.0 credentials, one report line per check: the
 * format, @context and type, the Data Integrity proof (eddsa-rdfc-2022, JSON-LD in safe
 * mode over the bundled contexts), the binding of the key to the issuer (the key's
 * controller is the issuer id and lists it for assertionMethod), the JSON Schemas named in
 * credentialSchema, the subject, validFrom / validUntil, the revocation status
 * (BitstringStatusListEntry with a signed list, or 1EdTechRevocationList) and, when asked,
 * the recipient. Keys come from did:key, from "<controller>#z6Mk…" fragments, or from
 * documents (did:web DID documents, controller and Multikey documents, status lists) that
 * the caller's fetch function provides: nothing here touches the network. */
#ifndef EDUBADGES_CREDENTIAL_VERIFY_H
#define EDUBADGES_CREDENTIAL_VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "arena.h"

/* Numbers of edubadges.v1.CheckKind, CheckOutcome and CredentialFormat. */
typedef enum {
    VC_CHECK_FORMAT = 1,
    VC_CHECK_CONTEXT,
    VC_CHECK_PROOF,
    VC_CHECK_ISSUER_KEY,
    VC_CHECK_SCHEMA,
    VC_CHECK_SUBJECT,
    VC_CHECK_VALID_FROM,
    VC_CHECK_VALID_UNTIL,
    VC_CHECK_STATUS,
    VC_CHECK_RECIPIENT,
} vc_check_kind;
typedef enum { VC_PASSED = 1, VC_FAILED, VC_WARNING, VC_SKIPPED } vc_outcome;
typedef enum { VC_FORMAT_DATA_INTEGRITY = 1, VC_FORMAT_JWT_ES256, VC_FORMAT_JWT_RS256 } vc_format;

/* The document at url (an https URL without fragment, or a DID): a new reference, or NULL
 * with *why saying why it is not available. */
typedef json_t *(*vc_fetch_fn)(void *ctx, const char *url, const char **why);

typedef struct vc_verify_options {
    int64_t now_us;
    vc_fetch_fn fetch;
    void *fetch_ctx;
    /* The public base URL of this service, or NULL: only the documents it serves say which
     * keys its issuers have (a key in a verificationMethod fragment under it counts only
     * when its controller document lists it). */
    const char *own_base;
    /* The recipient to match (an IdentityObject identityType such as "emailAddress", or
     * "id" for credentialSubject.id) and the identifier in the clear; NULL = no check. */
    const char *recipient_type, *recipient_identity;
} vc_verify_options;

typedef struct vc_check {
    int kind, outcome;
    const char *message;
} vc_check;

#define VC_MAX_CHECKS 16

typedef struct vc_report {
    bool verified; /* no check failed */
    bool revoked;
    int format; /* 0 when not recognised */
    const char *credential_id, *issuer;
    vc_check checks[VC_MAX_CHECKS];
    size_t n_checks;
} vc_report;

void credential_verify(arena *a, const char *text, const vc_verify_options *o, vc_report *out);

/* Arrays in credentials and the documents verifiers read are short; JSON-LD processing
 * costs the square of an array's length (duplicate values are looked for), so longer
 * arrays are refused before any processing. */
#define VC_MAX_ARRAY_ITEMS 256
/* Why doc cannot be processed (an array longer than VC_MAX_ARRAY_ITEMS), or NULL. */
const char *vc_document_problem(arena *a, const json_t *doc);

/* The https URL of a did:web DID's document ("did:web:host" → https://host/.well-known/did.json,
 * "did:web:host:a:b" → https://host/a/b/did.json, %3A → ':' in the host); NULL when it is not one. */
char *did_web_document_url(arena *a, const char *did);

#endif
