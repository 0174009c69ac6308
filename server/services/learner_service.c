/* edubadges.v1.LearnerService: decode, validate, authorize, store, encode. */
#include "authz.h"
#include "convert.h"
#include "edubadges/v1/learner.pb-c.h"
#include "ids.h"
#include "learner_store.h"
#include "resource_calls.h"
#include "service.h"
#include "vocabulary.h"

static eb_learner from_pb(arena *a, const Edubadges__V1__Learner *pb)
{
    eb_learner l = {0};
    l.eduid = pb_str(pb->eduid);
    l.email = pb_str(pb->email);
    l.validated_name = pb_str(pb->validated_name);
    l.n_accounts = pb->n_accounts;
    l.accounts = arena_alloc(a, sizeof *l.accounts * (l.n_accounts ? l.n_accounts : 1));
    for (size_t i = 0; i < l.n_accounts; i++)
        l.accounts[i] = (eb_account){pb_str(pb->accounts[i]->eppn), pb_str(pb->accounts[i]->schac_home)};
    return l;
}

static Edubadges__V1__Consent *consent_to_pb(arena *a, const eb_consent *c)
{
    Edubadges__V1__Consent *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__consent__init(pb);
    pb->institution = eb_resource_name(a, "institutions", c->institution_id);
    pb->terms_kind = (Edubadges__V1__TermsKind)c->terms_kind;
    pb->terms_version = c->terms_version;
    pb->consent_time = pb_timestamp(a, c->consent_time_us);
    return pb;
}

static Edubadges__V1__Learner *to_pb(arena *a, const eb_learner *l)
{
    Edubadges__V1__Learner *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__learner__init(pb);
    pb->name = eb_resource_name(a, "learners", l->id);
    pb->eduid = l->eduid;
    pb->email = l->email;
    pb->validated_name = l->validated_name;
    pb->n_accounts = l->n_accounts;
    pb->accounts = (Edubadges__V1__InstitutionAccount **)arena_ptrs(a, l->n_accounts);
    for (size_t i = 0; i < l->n_accounts; i++) {
        Edubadges__V1__InstitutionAccount *acc = arena_alloc(a, sizeof *acc);
        edubadges__v1__institution_account__init(acc);
        acc->eppn = l->accounts[i].eppn;
        acc->schac_home = l->accounts[i].schac_home;
        pb->accounts[i] = acc;
    }
    pb->n_consents = l->n_consents;
    pb->consents = (Edubadges__V1__Consent **)arena_ptrs(a, l->n_consents);
    for (size_t i = 0; i < l->n_consents; i++)
        pb->consents[i] = consent_to_pb(a, &l->consents[i]);
    pb->create_time = pb_timestamp(a, l->create_time_us);
    pb->update_time = pb_timestamp(a, l->update_time_us);
    return pb;
}

static ProtobufCMessage *upsert_learner(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__UpsertLearnerRequest *req = (const void *)request;
    if (!authz_require(ctx, ACTION_UPDATE, (authz_node){NODE_PLATFORM, NULL}))
        return NULL;
    if (!pb_require(&ctx->err, req->learner, "learner") && svc_invalid(ctx))
        return NULL;
    eb_learner l = from_pb(ctx->arena, req->learner);
    learner_normalize(ctx->arena, &l);
    learner_validate(&ctx->err, &l, "learner.");
    if (svc_invalid(ctx))
        return NULL;
    l.id = eb_new_id(ctx->arena);
    if (learner_upsert(ctx->db, &l, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &l)->base;
}

static ProtobufCMessage *read_learner(svc_ctx *ctx, const char *id)
{
    eb_learner l;
    return learner_get(ctx->db, id, &l, &ctx->err) == EB_OK ? &to_pb(ctx->arena, &l)->base : NULL;
}

static const resource_calls LEARNER = {"learners", NODE_LEARNER, read_learner, NULL, NULL, NULL};

static ProtobufCMessage *get_learner(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_get(ctx, r, &LEARNER); }

static ProtobufCMessage *record_consent(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__RecordConsentRequest *req = (const void *)request;
    const char *learner_id = eb_parse_resource_name(&ctx->err, "learner", req->learner, "learners");
    if (!pb_require(&ctx->err, req->consent, "consent") && svc_invalid(ctx))
        return NULL;
    eb_consent c = {0};
    c.institution_id = (char *)eb_parse_resource_name(&ctx->err, "consent.institution",
                                                      req->consent->institution, "institutions");
    c.terms_kind = (int)req->consent->terms_kind;
    c.terms_version = req->consent->terms_version;
    c.consent_time_us = ctx->now_us;
    consent_validate(&ctx->err, &c, "consent.");
    if (svc_invalid(ctx) || !authz_require_learner(ctx, learner_id))
        return NULL;
    if (consent_record(ctx->db, learner_id, &c, &ctx->err) != EB_OK)
        return NULL;
    return &consent_to_pb(ctx->arena, &c)->base;
}

static const svc_method methods[] = {
    {"UpsertLearner", upsert_learner, ACCESS_AUTHENTICATED},
    {"GetLearner", get_learner, ACCESS_AUTHENTICATED},
    {"RecordConsent", record_consent, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service learner_service = {&edubadges__v1__learner_service__descriptor, methods};
