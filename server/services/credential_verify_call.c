/* VerifyCredential. */
#include "credential_verify_call.h"

#include <stdbool.h>
#include <string.h>

#include "credential_verify.h"
#include "edubadges/v1/credential.pb-c.h"
#include "ob3_issuing.h"
#include "ob3_urls.h"

#define CREDENTIAL_MAX (1024 * 1024)
#define DOCUMENTS_MAX 16
#define IDENTITY_MAX 1000

typedef struct fetch_ctx {
    svc_ctx *svc;
    size_t n;
    const char **urls;
    json_t **docs;
} fetch_ctx;

/* The document at url: this service's own (never a supplied one: those could name other
 * keys for our issuers), else one the request supplied. */
static json_t *fetch_document(void *ctx, const char *url, const char **why)
{
    fetch_ctx *f = ctx;
    arena *a = f->svc->arena;
    const char *base = f->svc->app->ob3.base_url;
    size_t n = strlen(base);
    ob3_url u = ob3_url_parse(a, base, url);
    bool ours = u.kind != OB3_URL_NONE || (strncmp(url, base, n) == 0 && (url[n] == '/' || url[n] == '\0'));
    if (!ours) {
        const char *did_url = did_web_document_url(a, url);
        for (size_t i = 0; i < f->n; i++)
            if (strcmp(f->urls[i], url) == 0 || (did_url && strcmp(f->urls[i], did_url) == 0))
                return json_incref(f->docs[i]);
        *why = "not a document of this service and not supplied (the verifier fetches nothing from the network)";
        return NULL;
    }
    if (u.kind == OB3_URL_NONE) {
        *why = "this service publishes no such document";
        return NULL;
    }
    eb_error e;
    eb_error_init(&e, a);
    json_t *doc = NULL;
    const char *path = u.kind == OB3_URL_JWKS ? "/.well-known/jwks.json" : url + n;
    if (ob3_public_document(f->svc->db, &f->svc->app->ob3, path, f->svc->now_us, &doc, &e) != EB_OK) {
        *why = e.message;
        return NULL;
    }
    return doc;
}

static void check_request(svc_ctx *ctx, const Edubadges__V1__VerifyCredentialRequest *req, fetch_ctx *f)
{
    eb_error *e = &ctx->err;
    size_t len = strlen(req->credential);
    if (len == 0)
        eb_violate(e, "credential", "is required");
    else if (len > CREDENTIAL_MAX)
        eb_violate(e, "credential", "is longer than 1 MiB");
    if (req->recipient) {
        const char *type = req->recipient->identity_type, *identity = req->recipient->identity;
        if (!*type || strlen(type) > 64)
            eb_violate(e, "recipient.identity_type", "is required, at most 64 characters");
        if (!*identity || strlen(identity) > IDENTITY_MAX)
            eb_violate(e, "recipient.identity", "is required, at most 1,000 bytes");
    }
    if (req->n_documents > DOCUMENTS_MAX)
        eb_violate(e, "documents", "at most 16 documents");
    f->n = 0;
    f->urls = (const char **)arena_ptrs(ctx->arena, req->n_documents + 1);
    f->docs = (json_t **)arena_ptrs(ctx->arena, req->n_documents + 1);
    for (size_t i = 0; i < req->n_documents && i < DOCUMENTS_MAX; i++) {
        const char *url = req->documents[i]->url, *content = req->documents[i]->content;
        if (strncmp(url, "https://", 8) != 0 && strncmp(url, "did:web:", 8) != 0)
            eb_violate(e, arena_sprintf(ctx->arena, "documents[%zu].url", i), "must be an https URL or a did:web DID");
        json_t *doc = strlen(content) <= CREDENTIAL_MAX ? json_loads(content, 0, NULL) : NULL;
        const char *problem = json_is_object(doc) ? vc_document_problem(ctx->arena, doc) : NULL;
        if (!json_is_object(doc) || problem) {
            eb_violate(e, arena_sprintf(ctx->arena, "documents[%zu].content", i), "%s",
                       problem ? problem : "must be a JSON object of at most 1 MiB");
            json_decref(doc);
            continue;
        }
        f->urls[f->n] = url;
        f->docs[f->n++] = doc;
    }
}

ProtobufCMessage *verify_credential_call(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__VerifyCredentialRequest *req = (const void *)request;
    fetch_ctx f = {ctx, 0, NULL, NULL};
    check_request(ctx, req, &f);
    Edubadges__V1__VerifyCredentialResponse *resp = NULL;
    if (!svc_invalid(ctx)) {
        vc_verify_options o = {ctx->now_us, fetch_document, &f, ctx->app->ob3.base_url,
                               req->recipient ? req->recipient->identity_type : NULL,
                               req->recipient ? req->recipient->identity : NULL};
        vc_report r;
        credential_verify(ctx->arena, req->credential, &o, &r);
        resp = arena_alloc(ctx->arena, sizeof *resp);
        edubadges__v1__verify_credential_response__init(resp);
        resp->verified = r.verified;
        resp->revoked = r.revoked;
        resp->format = (Edubadges__V1__CredentialFormat)r.format;
        resp->credential_id = r.credential_id ? (char *)r.credential_id : "";
        resp->issuer = r.issuer ? (char *)r.issuer : "";
        resp->n_checks = r.n_checks;
        resp->checks = (Edubadges__V1__VerificationCheck **)arena_ptrs(ctx->arena, r.n_checks);
        for (size_t i = 0; i < r.n_checks; i++) {
            Edubadges__V1__VerificationCheck *c = arena_alloc(ctx->arena, sizeof *c);
            edubadges__v1__verification_check__init(c);
            c->kind = (Edubadges__V1__CheckKind)r.checks[i].kind;
            c->outcome = (Edubadges__V1__CheckOutcome)r.checks[i].outcome;
            c->message = (char *)r.checks[i].message;
            resp->checks[i] = c;
        }
    }
    for (size_t i = 0; i < f.n; i++)
        json_decref(f.docs[i]);
    return resp ? &resp->base : NULL;
}
