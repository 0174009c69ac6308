/* edubadges.v1.InstitutionService: decode, validate, authorize, store, encode. */
#include <stdio.h>
#include <string.h>

#include "authz.h"
#include "convert.h"
#include "edubadges/v1/institution.pb-c.h"
#include "etag.h"
#include "ids.h"
#include "institution_store.h"
#include "paging.h"
#include "resource_calls.h"
#include "service.h"
#include "vocabulary.h"

static eb_institution from_pb(const Edubadges__V1__Institution *pb)
{
    eb_institution in = {0};
    in.identifier = pb_str(pb->identifier);
    in.alternative_identifier = pb_str(pb->alternative_identifier);
    in.display_name = localized_from_pb(pb->display_name);
    in.description = localized_from_pb(pb->description);
    in.sector = (int)pb->sector;
    in.brin = pb_str(pb->brin);
    in.country_code = pb_str(pb->country_code);
    in.region_code = pb_str(pb->region_code);
    in.grading_table_url = pb_str(pb->grading_table_url);
    in.default_language = (int)pb->default_language;
    in.micro_credentials_enabled = pb->micro_credentials_enabled;
    in.direct_awarding_enabled = pb->direct_awarding_enabled;
    in.sis_integration_enabled = pb->sis_integration_enabled;
    in.require_mfa_for_staff = pb->require_mfa_for_staff;
    in.eppn_pattern = pb_str(pb->eppn_pattern);
    in.micro_credential_min_ects = pb_str(pb->micro_credential_min_ects);
    return in;
}

static Edubadges__V1__Institution *to_pb(arena *a, const eb_institution *in)
{
    Edubadges__V1__Institution *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__institution__init(pb);
    pb->name = eb_resource_name(a, "institutions", in->id);
    pb->identifier = in->identifier;
    pb->alternative_identifier = in->alternative_identifier;
    pb->display_name = pb_localized(a, &in->display_name);
    pb->description = pb_localized(a, &in->description);
    pb->sector = (Edubadges__V1__Sector)in->sector;
    pb->brin = in->brin;
    pb->country_code = in->country_code;
    pb->region_code = in->region_code;
    pb->grading_table_url = in->grading_table_url;
    pb->default_language = (Edubadges__V1__Language)in->default_language;
    pb->micro_credentials_enabled = in->micro_credentials_enabled;
    pb->direct_awarding_enabled = in->direct_awarding_enabled;
    pb->sis_integration_enabled = in->sis_integration_enabled;
    pb->require_mfa_for_staff = in->require_mfa_for_staff;
    pb->eppn_pattern = in->eppn_pattern;
    pb->micro_credential_min_ects = in->micro_credential_min_ects;
    pb->state = in->state == INSTITUTION_ARCHIVED ? EDUBADGES__V1__INSTITUTION__STATE__STATE_ARCHIVED
                                                  : EDUBADGES__V1__INSTITUTION__STATE__STATE_ACTIVE;
    pb->create_time = pb_timestamp(a, in->create_time_us);
    pb->update_time = pb_timestamp(a, in->update_time_us);
    pb->etag = etag_of(a, in->revision);
    return pb;
}

static ProtobufCMessage *create_institution(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateInstitutionRequest *req = (const void *)request;
    if (!authz_require(ctx, ACTION_CREATE, (authz_node){NODE_PLATFORM, NULL}))
        return NULL;
    if (!pb_require(&ctx->err, req->institution, "institution") && svc_invalid(ctx))
        return NULL;
    eb_institution in = from_pb(req->institution);
    institution_normalize(ctx->arena, &in);
    institution_validate(&ctx->err, &in, "institution.");
    if (svc_invalid(ctx))
        return NULL;
    in.id = eb_new_id(ctx->arena);
    if (institution_insert(ctx->db, &in, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &in)->base;
}

static ProtobufCMessage *list_institutions(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListInstitutionsRequest *req = (const void *)request;
    institution_filter f = {(int)req->sector, req->show_archived};
    if (f.sector != 0 && !vocab_code(&VOCAB_SECTOR, f.sector))
        eb_violate(&ctx->err, "sector", "is not a value of edubadges.v1.Sector");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "sector=%d;archived=%d", f.sector, f.show_archived);
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token,
                                          "institutions", filters);
    if (svc_invalid(ctx) ||
        !authz_require(ctx, ACTION_READ, (authz_node){NODE_PLATFORM, NULL}))
        return NULL;
    eb_institution *rows;
    int n;
    bool more;
    if (institution_list(ctx->db, &f, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListInstitutionsResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_institutions_response__init(resp);
    resp->n_institutions = (size_t)n;
    resp->institutions = (Edubadges__V1__Institution **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->institutions[i] = to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token =
            page_token_encode(ctx->arena, "institutions", filters, rows[n - 1].identifier);
    return &resp->base;
}

/* Without an update mask, every field set in the request is updated (AIP-134). */
static field_mask implied_mask(arena *a, const Edubadges__V1__Institution *pb)
{
    const char **paths = (const char **)arena_ptrs(a, 20);
    size_t n = 0;
#define SET_IF(cond, path)                                                                         \
    if (cond)                                                                                      \
    paths[n++] = path
    SET_IF(*pb_str(pb->identifier), "identifier");
    SET_IF(*pb_str(pb->alternative_identifier), "alternative_identifier");
    SET_IF(pb->display_name && *pb_str(pb->display_name->nl), "display_name.nl");
    SET_IF(pb->display_name && *pb_str(pb->display_name->en), "display_name.en");
    SET_IF(pb->description && *pb_str(pb->description->nl), "description.nl");
    SET_IF(pb->description && *pb_str(pb->description->en), "description.en");
    SET_IF(pb->sector, "sector");
    SET_IF(*pb_str(pb->brin), "brin");
    SET_IF(*pb_str(pb->country_code), "country_code");
    SET_IF(*pb_str(pb->region_code), "region_code");
    SET_IF(*pb_str(pb->grading_table_url), "grading_table_url");
    SET_IF(pb->default_language, "default_language");
    SET_IF(pb->micro_credentials_enabled, "micro_credentials_enabled");
    SET_IF(pb->direct_awarding_enabled, "direct_awarding_enabled");
    SET_IF(pb->sis_integration_enabled, "sis_integration_enabled");
    SET_IF(pb->require_mfa_for_staff, "require_mfa_for_staff");
    SET_IF(*pb_str(pb->eppn_pattern), "eppn_pattern");
    SET_IF(*pb_str(pb->micro_credential_min_ects), "micro_credential_min_ects");
#undef SET_IF
    return (field_mask){paths, n};
}

static void *patch(svc_ctx *ctx, const ProtobufCMessage *res, const field_mask *mask)
{
    (void)mask;
    eb_institution *in = arena_alloc(ctx->arena, sizeof *in);
    *in = from_pb((const Edubadges__V1__Institution *)res);
    return in;
}

static eb_code load(svc_ctx *ctx, const char *id, void *res) { return institution_get(ctx->db, id, res, &ctx->err); }
static int64_t revision(const void *res) { return ((const eb_institution *)res)->revision; }

/* The fields that bind an institution's staff (their schac_home) are the platform's. */
static bool may_change(svc_ctx *ctx, const field_mask *mask)
{
    for (size_t i = 0; i < mask->n; i++)
        if ((strcmp(mask->paths[i], "identifier") == 0 || strcmp(mask->paths[i], "alternative_identifier") == 0) &&
            !authz_require(ctx, ACTION_UPDATE, (authz_node){NODE_PLATFORM, NULL}))
            return false;
    return true;
}

static bool change(svc_ctx *ctx, void *res, const void *patch, const field_mask *mask)
{
    eb_institution *cur = res;
    if (!may_change(ctx, mask))
        return false;
    int sector_before = cur->sector;
    institution_apply_mask(cur, patch, mask);
    institution_normalize(ctx->arena, cur);
    institution_validate(&ctx->err, cur, "institution.");
    if (svc_invalid(ctx))
        return false;
    if (institution_sector_change_keeps_faculties(sector_before, cur->sector))
        return true;
    bool has_faculties;
    if (institution_has_faculties(ctx->db, cur->id, &has_faculties, &ctx->err) != EB_OK)
        return false;
    if (has_faculties)
        eb_fail(&ctx->err, EB_FAILED_PRECONDITION, "INSTITUTION_SECTOR_IN_USE",
                "the institution has faculties, whose badge classes were checked against its sector:"
                " the sector can only change from HBO or MBO to HBO/MBO (the faculties keep theirs)");
    return !has_faculties;
}

static eb_code save(svc_ctx *ctx, void *res, int64_t expected)
{
    return institution_update(ctx->db, res, expected, &ctx->err);
}

static ProtobufCMessage *encode(arena *a, const void *res) { return &to_pb(a, res)->base; }

static field_mask implied(arena *a, const ProtobufCMessage *res)
{
    return implied_mask(a, (const Edubadges__V1__Institution *)res);
}

static const update_call INSTITUTION_UPDATE = {
    "institution", "institution", "institutions", NODE_INSTITUTION, INSTITUTION_UPDATABLE,
    sizeof(eb_institution), implied, patch, load, revision, change, save, encode};

static ProtobufCMessage *update_institution(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_update(ctx, r, &INSTITUTION_UPDATE); }

static ProtobufCMessage *read_institution(svc_ctx *ctx, const char *id)
{
    eb_institution in;
    return institution_get(ctx->db, id, &in, &ctx->err) == EB_OK ? &to_pb(ctx->arena, &in)->base : NULL;
}

static ProtobufCMessage *archive(svc_ctx *ctx, const char *id, int64_t expected_revision)
{
    eb_institution in;
    if (institution_archive(ctx->db, id, expected_revision, &in, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &in)->base;
}

static const resource_calls INSTITUTION = {"institutions", NODE_INSTITUTION, read_institution, archive,
                                           institution_delete,
                                           &edubadges__v1__delete_institution_response__descriptor};

static ProtobufCMessage *get_institution(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_get(ctx, r, &INSTITUTION); }
/* Archiving or deleting a whole institution is for platform operators. */
static bool platform_operator(svc_ctx *ctx, authz_action action)
{
    return authz_require(ctx, action, (authz_node){NODE_PLATFORM, NULL});
}

static ProtobufCMessage *archive_institution(svc_ctx *ctx, const ProtobufCMessage *r)
{
    return platform_operator(ctx, ACTION_UPDATE) ? svc_archive(ctx, r, &INSTITUTION) : NULL;
}

static ProtobufCMessage *delete_institution(svc_ctx *ctx, const ProtobufCMessage *r)
{
    return platform_operator(ctx, ACTION_DELETE) ? svc_delete(ctx, r, &INSTITUTION) : NULL;
}

static const svc_method methods[] = {
    {"CreateInstitution", create_institution, ACCESS_AUTHENTICATED},
    {"GetInstitution", get_institution, ACCESS_AUTHENTICATED},
    {"ListInstitutions", list_institutions, ACCESS_AUTHENTICATED},
    {"UpdateInstitution", update_institution, ACCESS_AUTHENTICATED},
    {"ArchiveInstitution", archive_institution, ACCESS_AUTHENTICATED},
    {"DeleteInstitution", delete_institution, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service institution_service = {&edubadges__v1__institution_service__descriptor, methods};
