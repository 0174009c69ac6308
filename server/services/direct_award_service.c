/* edubadges.v1.DirectAwardService: bundles (exactly once with a request id), claims and
 * rejections. */
#include <sodium.h>
#include <string.h>

#include "assertion_convert.h"
#include "assertion_store.h"
#include "authz.h"
#include "award_request_store.h"
#include "award_rules.h"
#include "badge_class_store.h"
#include "badge_request_store.h"
#include "convert.h"
#include "direct_award_store.h"
#include "edubadges/v1/direct_award.pb-c.h"
#include "ids.h"
#include "institution_store.h"
#include "learner_store.h"
#include "paging.h"
#include "resource_calls.h"
#include "service.h"
#include "vocabulary.h"

#define REQUEST_ID_MAX 128

static Edubadges__V1__DirectAwardBundle *bundle_to_pb(arena *a, const eb_bundle *b)
{
    Edubadges__V1__DirectAwardBundle *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__direct_award_bundle__init(pb);
    pb->name = eb_resource_name(a, "directAwardBundles", b->id);
    pb->badge_class = eb_resource_name(a, "badgeClasses", b->badge_class_id);
    pb->identifier_type = (Edubadges__V1__RecipientIdentifierType)b->identifier_type;
    pb->source = (Edubadges__V1__AwardSource)b->source;
    pb->creator = b->created_by;
    pb->scheduled_time = b->scheduled_us ? pb_timestamp(a, b->scheduled_us) : NULL;
    pb->create_time = pb_timestamp(a, b->create_time_us);
    Edubadges__V1__DirectAwardCounts *c = arena_alloc(a, sizeof *c);
    edubadges__v1__direct_award_counts__init(c);
    c->total = b->counts[0];
    c->scheduled = b->counts[EDUBADGES__V1__DIRECT_AWARD_STATUS__DIRECT_AWARD_STATUS_SCHEDULED];
    c->unaccepted = b->counts[EDUBADGES__V1__DIRECT_AWARD_STATUS__DIRECT_AWARD_STATUS_UNACCEPTED];
    c->accepted = b->counts[EDUBADGES__V1__DIRECT_AWARD_STATUS__DIRECT_AWARD_STATUS_ACCEPTED];
    c->rejected = b->counts[EDUBADGES__V1__DIRECT_AWARD_STATUS__DIRECT_AWARD_STATUS_REJECTED];
    c->expired = b->counts[EDUBADGES__V1__DIRECT_AWARD_STATUS__DIRECT_AWARD_STATUS_EXPIRED];
    c->deleted = b->counts[EDUBADGES__V1__DIRECT_AWARD_STATUS__DIRECT_AWARD_STATUS_DELETED];
    pb->counts = c;
    return pb;
}

static Edubadges__V1__DirectAward *award_to_pb(arena *a, const eb_direct_award *da)
{
    Edubadges__V1__DirectAward *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__direct_award__init(pb);
    pb->name = eb_resource_name(a, "directAwards", da->id);
    pb->bundle = eb_resource_name(a, "directAwardBundles", da->bundle_id);
    pb->badge_class = eb_resource_name(a, "badgeClasses", da->badge_class_id);
    pb->recipient = da->row.recipient;
    pb->recipient_name = da->row.recipient_name;
    pb->status = (Edubadges__V1__DirectAwardStatus)da->status;
    pb->expire_time = pb_timestamp(a, da->expires_us);
    pb->create_time = pb_timestamp(a, da->create_time_us);
    pb->assertion = *da->assertion_id ? eb_resource_name(a, "assertions", da->assertion_id) : "";
    return pb;
}

/* The source of the caller's awards: staff award from the UI, a SIS client as SIS, an
 * alliance client as ALLIANCE; only operators say which. 0 after a violation. */
static int award_source(svc_ctx *ctx, int requested)
{
    const principal *p = &ctx->principal;
    const char *own = p->kind == PRINCIPAL_STAFF                                            ? "ui"
                      : p->kind == PRINCIPAL_CLIENT && p->client_kind == CLIENT_KIND_SIS      ? "sis"
                      : p->kind == PRINCIPAL_CLIENT && p->client_kind == CLIENT_KIND_ALLIANCE ? "alliance"
                                                                                              : NULL;
    int fixed = own ? vocab_number(&VOCAB_AWARD_SOURCE, own) : 0;
    if (p->kind == PRINCIPAL_LEARNER || (p->kind == PRINCIPAL_CLIENT && !fixed))
        return requested; /* they may not award at all: authorization says so */
    if (requested && !vocab_code(&VOCAB_AWARD_SOURCE, requested))
        eb_violate(&ctx->err, "source", "is not a value of edubadges.v1.AwardSource");
    else if (!fixed && !requested)
        eb_violate(&ctx->err, "source", "is required");
    else if (fixed && requested && requested != fixed)
        eb_violate(&ctx->err, "source", "this caller's awards have source %s",
                   vocab_term_by_number(&VOCAB_AWARD_SOURCE, fixed)->value);
    else
        return fixed ? fixed : requested;
    return 0;
}

/* Checks the request's own fields; returns the scheduled time (0: at once) and sets *source. */
static int64_t check_request(svc_ctx *ctx, const Edubadges__V1__CreateDirectAwardBundleRequest *req, int *source)
{
    eb_error *e = &ctx->err;
    if (!vocab_code(&VOCAB_RECIPIENT_IDENTIFIER_TYPE, (int)req->identifier_type))
        eb_violate(e, "identifier_type", req->identifier_type ? "is not a value of edubadges.v1.RecipientIdentifierType"
                                                              : "is required");
    *source = award_source(ctx, (int)req->source);
    int64_t scheduled_us;
    if (timestamp_from_pb(e, "scheduled_time", req->scheduled_time, &scheduled_us) && req->scheduled_time &&
        scheduled_us <= ctx->now_us)
        eb_violate(e, "scheduled_time", "must be in the future (leave it unset to award at once)");
    size_t id_len = strlen(pb_str(req->request_id));
    bool printable = true;
    for (const char *c = pb_str(req->request_id); *c; c++)
        printable &= *c > 0x20 && *c < 0x7f;
    if (id_len > REQUEST_ID_MAX || !printable)
        eb_violate(e, "request_id", "must be 1 to %d printable ASCII characters", REQUEST_ID_MAX);
    if (req->n_rows == 0 || req->n_rows > DIRECT_AWARD_MAX_ROWS)
        eb_violate(e, "rows", "must hold 1 to %d rows", DIRECT_AWARD_MAX_ROWS);
    return scheduled_us;
}

/* A hash of the request's content, to tell a retry from a reuse of its request id. */
static char *request_hash(arena *a, const ProtobufCMessage *request)
{
    size_t len = protobuf_c_message_get_packed_size(request);
    uint8_t *bytes = arena_alloc(a, len ? len : 1);
    protobuf_c_message_pack(request, bytes);
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, bytes, len);
    char *hex = arena_alloc(a, sizeof h * 2 + 1);
    sodium_bin2hex(hex, sizeof h * 2 + 1, h, sizeof h);
    return hex;
}

/* The first response to a request id: NULL and *handled false when there is none. */
static ProtobufCMessage *replay(svc_ctx *ctx, const char *request_id, const char *hash, bool *handled)
{
    stored_response s;
    *handled = false;
    if (award_request_find(ctx->db, ctx->principal.subject, request_id, &s, &ctx->err) != EB_OK) {
        *handled = true;
        return NULL;
    }
    if (!s.found)
        return NULL;
    *handled = true;
    ctx->audit.skip = true; /* a retry changes nothing */
    if (strcmp(s.request_hash, hash) != 0) {
        eb_fail(&ctx->err, EB_FAILED_PRECONDITION, "REQUEST_ID_REUSED",
                "request_id %s was used before for a different request; use a new request_id", request_id);
        return NULL;
    }
    return protobuf_c_message_unpack(&edubadges__v1__direct_award_bundle__descriptor,
                                     rpc_call_allocator(ctx->call), s.len, s.bytes);
}

static void report_rows(svc_ctx *ctx, const row_outcome *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (const row_problem *p = out[i].problems; p; p = p->next)
            eb_violate(&ctx->err, arena_sprintf(ctx->arena, "rows[%zu].%s", i, p->field), "%s (%s)", p->message,
                       p->reason);
    eb_fail(&ctx->err, EB_INVALID_ARGUMENT, "NO_VALID_ROW", "no row of the bundle can be awarded; see the field violations");
}

static Edubadges__V1__DirectAwardBundle *respond(svc_ctx *ctx, eb_bundle *b, const row_outcome *out,
                                                 char **ids, size_t n)
{
    if (direct_award_bundle_get(ctx->db, b->id, ctx->now_us, b, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__DirectAwardBundle *pb = bundle_to_pb(ctx->arena, b);
    pb->n_results = n;
    pb->results = (Edubadges__V1__DirectAwardRowResult **)arena_ptrs(ctx->arena, n);
    Edubadges__V1__DirectAwardRowResult *res = arena_alloc(ctx->arena, sizeof *res * (n ? n : 1));
    for (size_t i = 0; i < n; i++) {
        edubadges__v1__direct_award_row_result__init(&res[i]);
        res[i].row = (int32_t)i;
        res[i].direct_award = ids[i] ? eb_resource_name(ctx->arena, "directAwards", ids[i]) : "";
        res[i].error_reason = (char *)(out[i].reason ? out[i].reason : "");
        res[i].error_message = (char *)(out[i].message ? out[i].message : "");
        pb->results[i] = &res[i];
    }
    return pb;
}

/* The rows of the request as domain values, checked. */
static size_t checked_rows(svc_ctx *ctx, const Edubadges__V1__CreateDirectAwardBundleRequest *req,
                           const eb_badge_class *bc, const eb_institution *inst, eb_award_row **rows,
                           row_outcome **out)
{
    size_t n = req->n_rows;
    *rows = arena_alloc(ctx->arena, sizeof **rows * n);
    *out = arena_alloc(ctx->arena, sizeof **out * n);
    for (size_t i = 0; i < n; i++) {
        const Edubadges__V1__DirectAwardRow *r = req->rows[i];
        (*rows)[i] = (eb_award_row){pb_str(r->recipient), pb_str(r->recipient_name), pb_str(r->narrative),
                                    pb_str(r->evidence_url), pb_str(r->grade)};
    }
    eppn_matcher m;
    eppn_matcher_init(&m, inst->eppn_pattern);
    size_t good = direct_award_check_rows(ctx->arena, *rows, n, (int)req->identifier_type, &m, bc, *out);
    eppn_matcher_free(&m);
    return good;
}

/* Inserts the bundle, keeps its response under the request id, commits. */
static ProtobufCMessage *award_bundle(svc_ctx *ctx, const Edubadges__V1__CreateDirectAwardBundleRequest *req,
                                      eb_bundle *b, eb_award_row *rows, row_outcome *out, const char *hash)
{
    size_t n = req->n_rows;
    char **ids = (char **)arena_ptrs(ctx->arena, n);
    if (db_begin(ctx->db, &ctx->err) != EB_OK)
        return NULL;
    if (*pb_str(req->request_id)) {
        /* a retry that ran alongside the first call waits for it here and answers what it saved */
        bool handled;
        if (award_request_lock(ctx->db, ctx->principal.subject, req->request_id, &ctx->err) != EB_OK)
            return NULL;
        ProtobufCMessage *first = replay(ctx, req->request_id, hash, &handled);
        if (handled)
            return first;
    }
    if (direct_award_bundle_insert(ctx->db, b, rows, n, out, ids, ctx->now_us, &ctx->err) != EB_OK)
        return NULL;
    size_t made = 0;
    for (size_t i = 0; i < n; i++)
        made += ids[i] != NULL;
    if (made == 0) {
        db_rollback(ctx->db);
        report_rows(ctx, out, n);
        return NULL;
    }
    Edubadges__V1__DirectAwardBundle *resp = respond(ctx, b, out, ids, n);
    if (!resp)
        return NULL;
    if (*pb_str(req->request_id)) {
        size_t len = protobuf_c_message_get_packed_size(&resp->base);
        uint8_t *bytes = arena_alloc(ctx->arena, len ? len : 1);
        protobuf_c_message_pack(&resp->base, bytes);
        if (award_request_save(ctx->db, ctx->principal.subject, req->request_id, hash, b->id, bytes, len,
                               &ctx->err) != EB_OK)
            return NULL;
    }
    return db_commit(ctx->db, &ctx->err) == EB_OK ? &resp->base : NULL;
}

static ProtobufCMessage *create_bundle(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateDirectAwardBundleRequest *req = (const void *)request;
    const char *bc_id = eb_parse_resource_name(&ctx->err, "badge_class", req->badge_class, "badgeClasses");
    int source;
    int64_t scheduled_us = check_request(ctx, req, &source);
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_AWARD, (authz_node){NODE_BADGE_CLASS, bc_id}))
        return NULL;
    const char *hash = NULL;
    if (*pb_str(req->request_id)) {
        hash = request_hash(ctx->arena, request);
        bool handled;
        ProtobufCMessage *first = replay(ctx, req->request_id, hash, &handled);
        if (handled)
            return first;
    }
    eb_badge_class bc;
    eb_institution inst;
    if (badge_class_get(ctx->db, bc_id, &bc, &ctx->err) != EB_OK ||
        award_check_badge_class(&ctx->err, &bc, AWARD_FLOW_DIRECT) != EB_OK ||
        institution_get(ctx->db, bc.institution_id, &inst, &ctx->err) != EB_OK)
        return NULL;
    eb_award_row *rows;
    row_outcome *out;
    if (checked_rows(ctx, req, &bc, &inst, &rows, &out) == 0) {
        report_rows(ctx, out, req->n_rows);
        return NULL;
    }
    eb_bundle b = {eb_new_id(ctx->arena), (char *)bc_id, (char *)ctx->principal.subject,
                   (int)req->identifier_type, source, scheduled_us, 0, {0}};
    return award_bundle(ctx, req, &b, rows, out, hash);
}

static ProtobufCMessage *read_bundle(svc_ctx *ctx, const char *id)
{
    eb_bundle b;
    if (direct_award_bundle_get(ctx->db, id, ctx->now_us, &b, &ctx->err) != EB_OK)
        return NULL;
    return &bundle_to_pb(ctx->arena, &b)->base;
}

static const resource_calls BUNDLE = {"directAwardBundles", NODE_DIRECT_AWARD_BUNDLE, read_bundle, NULL, NULL, NULL};

static ProtobufCMessage *get_bundle(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_get(ctx, r, &BUNDLE); }

static ProtobufCMessage *list_awards(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListDirectAwardsRequest *req = (const void *)request;
    const char *bundle_id = eb_parse_resource_name(&ctx->err, "bundle", req->bundle, "directAwardBundles");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "bundle=%s", pb_str(req->bundle));
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "directAwards", filters);
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_AWARD, (authz_node){NODE_DIRECT_AWARD_BUNDLE, bundle_id}))
        return NULL;
    eb_direct_award *rows;
    int n;
    bool more;
    if (direct_award_list(ctx->db, bundle_id, ctx->now_us, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListDirectAwardsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_direct_awards_response__init(resp);
    resp->n_direct_awards = (size_t)n;
    resp->direct_awards = (Edubadges__V1__DirectAward **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->direct_awards[i] = award_to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "directAwards", filters, rows[n - 1].id);
    return &resp->base;
}

/* The award and the learner it is addressed to; PERMISSION_DENIED for anyone else. */
static bool addressed(svc_ctx *ctx, const char *award_name, const char *learner_name, eb_direct_award *da,
                      eb_learner *l)
{
    const char *id = eb_parse_resource_name(&ctx->err, "name", award_name, "directAwards");
    const char *learner_id = eb_parse_resource_name(&ctx->err, "learner", learner_name, "learners");
    if (svc_invalid(ctx) || !authz_require_learner(ctx, learner_id) ||
        direct_award_get(ctx->db, id, ctx->now_us, da, &ctx->err) != EB_OK ||
        learner_get(ctx->db, learner_id, l, &ctx->err) != EB_OK)
        return false;
    bool by_email = da->identifier_type == vocab_number(&VOCAB_RECIPIENT_IDENTIFIER_TYPE, "email");
    if (by_email ? strcmp(l->email, da->row.recipient) == 0 : learner_has_eppn(l, da->row.recipient))
        return true;
    eb_fail(&ctx->err, EB_PERMISSION_DENIED, "NOT_ADDRESSED_TO_LEARNER",
            "directAwards/%s is addressed to another %s", id, by_email ? "e-mail address" : "eppn");
    return false;
}

static ProtobufCMessage *claim(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ClaimDirectAwardRequest *req = (const void *)request;
    eb_direct_award da;
    eb_learner l;
    eb_badge_class bc;
    if (!addressed(ctx, req->name, req->learner, &da, &l) ||
        badge_class_get(ctx->db, da.badge_class_id, &bc, &ctx->err) != EB_OK)
        return NULL;
    if (da.status != vocab_number(&VOCAB_DIRECT_AWARD_STATUS, "unaccepted")) {
        direct_award_not_open(&ctx->err, &da);
        return NULL;
    }
    if (award_check_badge_class(&ctx->err, &bc, AWARD_FLOW_DIRECT) != EB_OK ||
        award_check_learner(&ctx->err, &l, &bc) != EB_OK)
        return NULL;
    award_details details = {da.row.recipient_name, da.row.narrative, da.row.evidence_url, da.row.grade,
                             vocab_number(&VOCAB_AWARD_TYPE, "direct_award"), 0, da.create_time_us};
    eb_bundle b;
    if (direct_award_bundle_get(ctx->db, da.bundle_id, ctx->now_us, &b, &ctx->err) != EB_OK)
        return NULL;
    details.source = b.source;
    eb_assertion as = assertion_new(ctx->arena, &bc, &l, &details);
    char *key;
    if (db_begin(ctx->db, &ctx->err) != EB_OK || assertion_insert(ctx->db, &as, &key, &ctx->err) != EB_OK ||
        direct_award_accept(ctx->db, da.id, key, ctx->now_us, &ctx->err) != EB_OK ||
        badge_request_withdraw_for(ctx->db, bc.id, l.id, &ctx->err) != EB_OK ||
        db_commit(ctx->db, &ctx->err) != EB_OK || assertion_get(ctx->db, as.id, &as, &ctx->err) != EB_OK)
        return NULL;
    return &assertion_to_pb(ctx->arena, &as)->base;
}

static ProtobufCMessage *reject(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__RejectDirectAwardRequest *req = (const void *)request;
    eb_direct_award da;
    eb_learner l;
    if (!addressed(ctx, req->name, req->learner, &da, &l) ||
        direct_award_reject(ctx->db, da.id, ctx->now_us, &ctx->err) != EB_OK ||
        direct_award_get(ctx->db, da.id, ctx->now_us, &da, &ctx->err) != EB_OK)
        return NULL;
    return &award_to_pb(ctx->arena, &da)->base;
}

static const svc_method methods[] = {
    {"CreateDirectAwardBundle", create_bundle, ACCESS_AUTHENTICATED},
    {"GetDirectAwardBundle", get_bundle, ACCESS_AUTHENTICATED},
    {"ListDirectAwards", list_awards, ACCESS_AUTHENTICATED},
    {"ClaimDirectAward", claim, ACCESS_AUTHENTICATED},
    {"RejectDirectAward", reject, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service direct_award_service = {&edubadges__v1__direct_award_service__descriptor, methods};
