/* edubadges.v1.CredentialService: assertions as signed Open Badges 3.0 credentials, and
 * verification of credentials. */
#include <string.h>

#include "assertion_store.h"
#include "authz.h"
#include "convert.h"
#include "credential_verify_call.h"
#include "edubadges/v1/credential.pb-c.h"
#include "ids.h"
#include "ob3_issuing.h"
#include "service.h"

static ProtobufCMessage *get_credential(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__GetOpenBadgeCredentialRequest *req = (const void *)request;
    const char *id = eb_parse_resource_name(&ctx->err, "assertion", req->assertion, "assertions");
    int format = (int)req->format;
    if (format < OB3_FORMAT_DATA_INTEGRITY || format > OB3_FORMAT_JWT_RS256)
        eb_violate(&ctx->err, "format", "must be CREDENTIAL_FORMAT_DATA_INTEGRITY, _JWT_ES256 or _JWT_RS256");
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_READ, (authz_node){NODE_ASSERTION, id}))
        return NULL;
    eb_assertion as;
    if (assertion_get(ctx->db, id, &as, &ctx->err) != EB_OK)
        return NULL;
    char *text = NULL;
    eb_signing_key key;
    if (ob3_issue_credential(ctx->db, &ctx->app->ob3, &as, format, ctx->now_us, &text, &key, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__OpenBadgeCredential *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__open_badge_credential__init(resp);
    resp->assertion = eb_resource_name(ctx->arena, "assertions", id);
    resp->format = (Edubadges__V1__CredentialFormat)format;
    resp->credential = text;
    resp->media_type = format == OB3_FORMAT_DATA_INTEGRITY ? "application/vc+ld+json" : "text/plain";
    resp->signing_key = eb_resource_name(ctx->arena, "signingKeys", key.id);
    return &resp->base;
}

static const svc_method methods[] = {
    {"GetOpenBadgeCredential", get_credential, ACCESS_AUTHENTICATED},
    {"VerifyCredential", verify_credential_call, ACCESS_PUBLIC},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service credential_service = {&edubadges__v1__credential_service__descriptor, methods};
