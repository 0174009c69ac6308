/* Issuing Open Badges 3.0 credentials and their public documents. */
#include "ob3_issuing.h"

#include <stdlib.h>
#include <string.h>

#include "badge_class_store.h"
#include "datetime.h"
#include "di_eddsa.h"
#include "faculty_store.h"
#include "institution_store.h"
#include "issuer_store.h"
#include "ob2.h"
#include "ob3_credential.h"
#include "ob3_documents.h"
#include "ob3_urls.h"
#include "signing_key_store.h"
#include "status_list.h"
#include "status_list_store.h"
#include "vc_jwt.h"

static eb_code insert_new_key(db *d, const ob3_publisher *ap, const char *issuer_id, int algorithm, int64_t now_us,
                              bool supersede, eb_signing_key *out, eb_error *e)
{
    if (signing_key_generate(e->arena, ap->master_key, algorithm, issuer_id, now_us, out, e) != EB_OK ||
        db_begin(d, e) != EB_OK)
        return e->code;
    if ((supersede && signing_key_supersede(d, issuer_id, algorithm, now_us, e) != EB_OK) ||
        signing_key_insert(d, out, e) != EB_OK) {
        db_rollback(d);
        return e->code;
    }
    return db_commit(d, e);
}

eb_code ob3_active_key(db *d, const ob3_publisher *ap, const char *issuer_id, int algorithm, int64_t now_us,
                       eb_signing_key *out, eb_error *e)
{
    bool found = false;
    if (signing_key_active(d, issuer_id, algorithm, out, &found, e) != EB_OK || found)
        return e->code;
    if (insert_new_key(d, ap, issuer_id, algorithm, now_us, false, out, e) == EB_OK)
        return EB_OK;
    if (e->code != EB_ALREADY_EXISTS) /* not a concurrent first use */
        return e->code;
    eb_error_init(e, e->arena);
    if (signing_key_active(d, issuer_id, algorithm, out, &found, e) != EB_OK)
        return e->code;
    return found ? EB_OK : eb_fail(e, EB_ABORTED, "KEY_CHANGED", "the issuer's key changed meanwhile; try again");
}

eb_code ob3_rotate_key(db *d, const ob3_publisher *ap, const char *issuer_id, int algorithm, int64_t now_us,
                       eb_signing_key *out, eb_error *e)
{
    if (insert_new_key(d, ap, issuer_id, algorithm, now_us, true, out, e) == EB_OK || e->code != EB_ALREADY_EXISTS)
        return e->code;
    e->code = EB_OK;
    return eb_fail(e, EB_ABORTED, "KEY_CHANGED", "another rotation of the key ran at the same time; try again");
}

/* Signs doc with the issuer's active Ed25519 key (safe mode: an undefined term is an error). */
static eb_code sign_data_integrity(db *d, const ob3_publisher *ap, const char *issuer_id, const json_t *doc, int64_t now_us,
                                   json_t **signed_doc, eb_signing_key *key, eb_error *e)
{
    if (ob3_active_key(d, ap, issuer_id, KEY_ALG_ED25519, now_us, key, e) != EB_OK)
        return e->code;
    di_eddsa_key dk;
    if (signing_key_open_ed25519(ap->master_key, key, &dk, e) != EB_OK)
        return e->code;
    json_t *options = json_pack("{s:s, s:s, s:s, s:s, s:s}", "type", "DataIntegrityProof", "cryptosuite",
                                DI_EDDSA_CRYPTOSUITE, "created", datetime_format(e->arena, now_us),
                                "verificationMethod", ob3_key_url(e->arena, ap->base_url, key->id),
                                "proofPurpose", "assertionMethod");
    jl_error jerr;
    jl_status st = di_eddsa_sign(doc, options, &dk, NULL, signed_doc, &jerr);
    di_eddsa_key_wipe(&dk);
    json_decref(options);
    if (st != JL_OK)
        return eb_fail(e, EB_INTERNAL, "SIGNING_FAILED", "signing failed: %s", jerr.message);
    return EB_OK;
}

/* The credential as a VC-JWT signed by the issuer's active ES256 or RS256 key. */
static eb_code sign_jwt(db *d, const ob3_publisher *ap, const char *issuer_id, int format, const json_t *credential,
                        int64_t now_us, char **text, eb_signing_key *key, eb_error *e)
{
    int algorithm = format == OB3_FORMAT_JWT_ES256 ? KEY_ALG_ES256 : KEY_ALG_RS256;
    jws_key *jk;
    if (ob3_active_key(d, ap, issuer_id, algorithm, now_us, key, e) != EB_OK ||
        signing_key_open_jws(ap->master_key, key, ob3_key_url(e->arena, ap->base_url, key->id), &jk, e) != EB_OK)
        return e->code;
    char *jwt = vc_jwt_sign(credential, jk);
    jws_key_free(jk);
    if (!jwt)
        return eb_fail(e, EB_INTERNAL, "SIGNING_FAILED", "the VC-JWT could not be signed");
    *text = arena_strdup(e->arena, jwt);
    free(jwt);
    return EB_OK;
}

eb_code ob3_issue_credential(db *d, const ob3_publisher *ap, const eb_assertion *as, int format, int64_t now_us, char **text,
                             eb_signing_key *key, eb_error *e)
{
    if (as->revoked)
        return eb_fail(e, EB_FAILED_PRECONDITION, "ASSERTION_REVOKED",
                       "assertions/%s is revoked: it is not issued as a credential", as->id);
    eb_badge_class bc;
    eb_issuer is;
    eb_institution inst;
    char *list = NULL;
    int64_t index = 0;
    if (badge_class_get(d, as->badge_class_id, &bc, e) != EB_OK || issuer_get(d, bc.issuer_id, &is, e) != EB_OK ||
        institution_get(d, bc.institution_id, &inst, e) != EB_OK ||
        status_entry_get_or_assign(d, as->id, is.id, &list, &index, e) != EB_OK)
        return e->code;
    ob3_credential_input in = {ap->base_url, as, &bc, &is, &inst,
                               ob3_status_list_url(e->arena, ap->base_url, list), index};
    json_t *credential = ob3_credential_build(e->arena, &in), *signed_doc = NULL;
    eb_code c = format == OB3_FORMAT_DATA_INTEGRITY
                    ? sign_data_integrity(d, ap, is.id, credential, now_us, &signed_doc, key, e)
                    : sign_jwt(d, ap, is.id, format, credential, now_us, text, key, e);
    json_decref(credential);
    if (c != EB_OK || format != OB3_FORMAT_DATA_INTEGRITY)
        return c;
    char *dump = json_dumps(signed_doc, JSON_INDENT(2));
    *text = arena_strdup(e->arena, dump);
    free(dump);
    json_decref(signed_doc);
    return EB_OK;
}

/* The issuer, when it publishes: a test faculty publishes nothing (as for Open Badges 2.0),
 * so what its issuers sign for trying things out verifies nowhere. */
static eb_code public_issuer(db *d, const char *issuer_id, eb_issuer *is, eb_error *e)
{
    eb_faculty f;
    if (issuer_get(d, issuer_id, is, e) != EB_OK || faculty_get(d, is->faculty_id, &f, e) != EB_OK)
        return e->code;
    return ob2_faculty_public(&f) ? EB_OK
                                  : eb_fail(e, EB_NOT_FOUND, "ISSUER_NOT_PUBLIC",
                                            "issuers/%s publishes nothing: its faculty is a test faculty", issuer_id);
}

/* The signed list: the stored one while the state it stands for is still the current one
 * (same revoked entries, active key and URL), else signed now and stored. */
static eb_code status_list_document(db *d, const ob3_publisher *ap, const char *list_id, int64_t now_us,
                                    json_t **out, eb_error *e)
{
    status_list_state st;
    eb_issuer is;
    if (status_list_state_get(d, list_id, &st, e) != EB_OK || public_issuer(d, st.issuer_id, &is, e) != EB_OK)
        return e->code;
    const char *url = ob3_status_list_url(e->arena, ap->base_url, list_id);
    if (st.active_key_id && st.signed_state &&
        strcmp(st.signed_state, status_list_state_digest(e->arena, url, st.active_key_id, st.revoked,
                                                         st.n_revoked)) == 0 &&
        (*out = json_loads(st.signed_document, 0, NULL)))
        return EB_OK;
    char *encoded = status_list_encode(e->arena, st.revoked, st.n_revoked, STATUS_LIST_ENTRIES);
    if (!encoded)
        return eb_fail(e, EB_INTERNAL, "STATUS_LIST_ENCODING", "the status list could not be encoded");
    json_t *unsigned_list =
        status_list_credential(e->arena, url, ob3_issuer_url(e->arena, ap->base_url, st.issuer_id), now_us, encoded);
    eb_signing_key key;
    eb_code c = sign_data_integrity(d, ap, st.issuer_id, unsigned_list, now_us, out, &key, e);
    json_decref(unsigned_list);
    if (c != EB_OK)
        return c;
    char *text = json_dumps(*out, JSON_COMPACT | JSON_PRESERVE_ORDER);
    c = text ? status_list_signed_put(d, list_id, status_list_state_digest(e->arena, url, key.id, st.revoked,
                                                                           st.n_revoked), text, e)
             : eb_fail(e, EB_INTERNAL, "STATUS_LIST_ENCODING", "the signed status list could not be serialised");
    free(text);
    if (c != EB_OK) {
        json_decref(*out);
        *out = NULL;
    }
    return c;
}

eb_code ob3_public_document(db *d, const ob3_publisher *ap, const char *path, int64_t now_us, json_t **out, eb_error *e)
{
    ob3_url u = ob3_path_parse(e->arena, path);
    const char *base = ap->base_url;
    eb_signing_key *keys = NULL, key;
    int n = 0;
    eb_issuer is;
    *out = NULL;
    switch (u.kind) {
    case OB3_URL_ISSUER:
    case OB3_URL_ISSUER_JWKS:
        if (public_issuer(d, u.id, &is, e) != EB_OK || signing_key_published(d, u.id, &keys, &n, e) != EB_OK)
            return e->code;
        *out = u.kind == OB3_URL_ISSUER ? ob3_controller_document(e->arena, base, u.id, keys, n)
                                        : ob3_jwks(e->arena, base, keys, n);
        return EB_OK;
    case OB3_URL_JWKS:
        if (signing_key_published(d, NULL, &keys, &n, e) != EB_OK)
            return e->code;
        *out = ob3_jwks(e->arena, base, keys, n);
        return EB_OK;
    case OB3_URL_KEY:
        if (signing_key_get(d, u.id, &key, e) != EB_OK || public_issuer(d, key.issuer_id, &is, e) != EB_OK)
            return e->code;
        *out = ob3_key_document(e->arena, base, &key);
        return *out ? EB_OK : eb_fail(e, EB_NOT_FOUND, "SIGNING_KEY_RETIRED", "signingKeys/%s is retired", u.id);
    case OB3_URL_STATUS_LIST:
        return status_list_document(d, ap, u.id, now_us, out, e);
    default:
        return eb_fail(e, EB_NOT_FOUND, "DOCUMENT_NOT_FOUND", "no public document at %s", path);
    }
}
