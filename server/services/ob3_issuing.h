/* Issuing Open Badges 3.0 credentials and the public documents verifiers read, on one
 * database connection: issuer keys (made on first use, rotated), signed credentials with
 * their status list entry, signed status lists (kept until they change), controller / key documents and JWK Sets.
 * Used by the gRPC services and by the public HTTP side. */
#ifndef EDUBADGES_OB3_ISSUING_H
#define EDUBADGES_OB3_ISSUING_H

#include <jansson.h>

#include "assertion.h"
#include "db.h"
#include "master_key.h"
#include "signing_key.h"

/* What issuing needs besides the database: the master key that opens the issuer keys and
 * the public base URL of the documents. */
typedef struct ob3_publisher {
    const master_key *master_key;
    const char *base_url;
} ob3_publisher;

/* Numbers of edubadges.v1.CredentialFormat. */
typedef enum { OB3_FORMAT_DATA_INTEGRITY = 1, OB3_FORMAT_JWT_ES256 = 2, OB3_FORMAT_JWT_RS256 = 3 } ob3_format;

/* The issuer's active key of the algorithm, made and stored when it has none. */
eb_code ob3_active_key(db *d, const ob3_publisher *ap, const char *issuer_id, int algorithm, int64_t now_us,
                       eb_signing_key *out, eb_error *e);
/* A new active key; the previous one superseded. One transaction. */
eb_code ob3_rotate_key(db *d, const ob3_publisher *ap, const char *issuer_id, int algorithm, int64_t now_us,
                       eb_signing_key *out, eb_error *e);

/* The assertion as a signed credential: JSON text with an eddsa-rdfc-2022 proof, or a
 * VC-JWT. *key is the key that signed. FAILED_PRECONDITION for a revoked assertion. */
eb_code ob3_issue_credential(db *d, const ob3_publisher *ap, const eb_assertion *as, int format, int64_t now_us, char **text,
                             eb_signing_key *key, eb_error *e);

/* The public document at a path under the public base URL ("/ob3/issuers/{id}", …, see
 * ob3_urls.h): a new JSON object, or NOT_FOUND. A status list is the stored signed one
 * while its revoked entries, the issuer's active key and its URL are those it was signed
 * for; otherwise it is signed again (and stored) when asked for. */
eb_code ob3_public_document(db *d, const ob3_publisher *ap, const char *path, int64_t now_us, json_t **out, eb_error *e);

#endif
