/* edubadges.v1.FacultyService: decode, validate, authorize, store, encode. */
#include "authz.h"
#include "convert.h"
#include "edubadges/v1/faculty.pb-c.h"
#include "etag.h"
#include "faculty_store.h"
#include "ids.h"
#include "institution_store.h"
#include "paging.h"
#include "resource_calls.h"
#include "service.h"
#include "vocabulary.h"

static eb_faculty from_pb(const Edubadges__V1__Faculty *pb)
{
    eb_faculty f = {0};
    f.display_name = localized_from_pb(pb->display_name);
    f.description = localized_from_pb(pb->description);
    f.sector = (int)pb->sector;
    f.visibility = (int)pb->visibility;
    const Edubadges__V1__OnBehalfOf *obo = pb->on_behalf_of;
    f.on_behalf_of = obo && obo->enabled;
    f.on_behalf_of_name = obo ? pb_str(obo->display_name) : "";
    f.on_behalf_of_url = obo ? pb_str(obo->url) : "";
    f.on_behalf_of_image = image_from_pb(obo ? obo->image : NULL);
    return f;
}

static Edubadges__V1__Faculty *to_pb(arena *a, const eb_faculty *f)
{
    Edubadges__V1__Faculty *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__faculty__init(pb);
    pb->name = eb_resource_name(a, "faculties", f->id);
    pb->institution = eb_resource_name(a, "institutions", f->institution_id);
    pb->display_name = pb_localized(a, &f->display_name);
    pb->description = pb_localized(a, &f->description);
    pb->sector = (Edubadges__V1__Sector)faculty_effective_sector(f, f->institution_sector);
    pb->visibility = (Edubadges__V1__Visibility)f->visibility;
    if (f->on_behalf_of || *f->on_behalf_of_name || *f->on_behalf_of_url ||
        image_present(&f->on_behalf_of_image)) {
        Edubadges__V1__OnBehalfOf *obo = arena_alloc(a, sizeof *obo);
        edubadges__v1__on_behalf_of__init(obo);
        obo->enabled = f->on_behalf_of;
        obo->display_name = f->on_behalf_of_name;
        obo->url = f->on_behalf_of_url;
        obo->image = pb_image(a, &f->on_behalf_of_image);
        pb->on_behalf_of = obo;
    }
    pb->state = f->archived ? EDUBADGES__V1__FACULTY__STATE__STATE_ARCHIVED
                            : EDUBADGES__V1__FACULTY__STATE__STATE_ACTIVE;
    pb->create_time = pb_timestamp(a, f->create_time_us);
    pb->update_time = pb_timestamp(a, f->update_time_us);
    pb->etag = etag_of(a, f->revision);
    return pb;
}

/* The institution a new child goes into: it must exist and be active. */
static bool active_institution(svc_ctx *ctx, const char *id, eb_institution *out)
{
    if (institution_get(ctx->db, id, out, &ctx->err) != EB_OK)
        return false;
    if (out->state == INSTITUTION_ARCHIVED) {
        eb_fail(&ctx->err, EB_FAILED_PRECONDITION, "INSTITUTION_ARCHIVED",
                "institutions/%s is archived; nothing can be added to it", id);
        return false;
    }
    return true;
}

static ProtobufCMessage *create_faculty(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__CreateFacultyRequest *req = (const void *)request;
    if (!pb_require(&ctx->err, req->faculty, "faculty") && svc_invalid(ctx))
        return NULL;
    const char *inst_id = eb_parse_resource_name(&ctx->err, "faculty.institution",
                                                 req->faculty->institution, "institutions");
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_CREATE, (authz_node){NODE_INSTITUTION, inst_id}))
        return NULL;
    eb_institution inst;
    if (!active_institution(ctx, inst_id, &inst))
        return NULL;
    eb_faculty f = from_pb(req->faculty);
    faculty_normalize(ctx->arena, &f, inst.sector);
    faculty_validate(&ctx->err, &f, inst.sector, "faculty.");
    if (svc_invalid(ctx))
        return NULL;
    f.id = eb_new_id(ctx->arena);
    f.institution_id = (char *)inst_id;
    if (faculty_insert(ctx->db, &f, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &f)->base;
}

static ProtobufCMessage *list_faculties(svc_ctx *ctx, const ProtobufCMessage *request)
{
    const Edubadges__V1__ListFacultiesRequest *req = (const void *)request;
    const char *inst_id = eb_parse_resource_name(&ctx->err, "institution", req->institution, "institutions");
    int limit = page_size_resolve(&ctx->err, "page_size", req->page_size);
    char *filters = arena_sprintf(ctx->arena, "institution=%s;archived=%d", inst_id ? inst_id : "",
                                  req->show_archived);
    const char *after = page_token_decode(&ctx->err, "page_token", req->page_token, "faculties", filters);
    if (svc_invalid(ctx) || !authz_require(ctx, ACTION_READ, (authz_node){NODE_INSTITUTION, inst_id}))
        return NULL;
    eb_institution inst;
    if (institution_get(ctx->db, inst_id, &inst, &ctx->err) != EB_OK)
        return NULL;
    eb_faculty *rows;
    int n;
    bool more;
    if (faculty_list(ctx->db, inst_id, req->show_archived, after, limit, &rows, &n, &more, &ctx->err) != EB_OK)
        return NULL;
    Edubadges__V1__ListFacultiesResponse *resp = arena_alloc(ctx->arena, sizeof *resp);
    edubadges__v1__list_faculties_response__init(resp);
    resp->n_faculties = (size_t)n;
    resp->faculties = (Edubadges__V1__Faculty **)arena_ptrs(ctx->arena, (size_t)n);
    for (int i = 0; i < n; i++)
        resp->faculties[i] = to_pb(ctx->arena, &rows[i]);
    if (more)
        resp->next_page_token = page_token_encode(ctx->arena, "faculties", filters,
                                                  faculty_page_key(ctx->arena, &rows[n - 1]));
    return &resp->base;
}

/* Without an update mask, every field set in the request is updated (AIP-134). */
static field_mask implied_mask(arena *a, const Edubadges__V1__Faculty *pb)
{
    const char **paths = (const char **)arena_ptrs(a, 12);
    size_t n = 0;
#define SET_IF(cond, path)                                                                         \
    if (cond)                                                                                      \
    paths[n++] = path
    SET_IF(pb->display_name && *pb_str(pb->display_name->nl), "display_name.nl");
    SET_IF(pb->display_name && *pb_str(pb->display_name->en), "display_name.en");
    SET_IF(pb->description && *pb_str(pb->description->nl), "description.nl");
    SET_IF(pb->description && *pb_str(pb->description->en), "description.en");
    SET_IF(pb->sector, "sector");
    SET_IF(pb->visibility, "visibility");
    SET_IF(pb->on_behalf_of, "on_behalf_of");
#undef SET_IF
    return (field_mask){paths, n};
}

static void *patch(svc_ctx *ctx, const ProtobufCMessage *res, const field_mask *mask)
{
    (void)mask;
    eb_faculty *f = arena_alloc(ctx->arena, sizeof *f);
    *f = from_pb((const Edubadges__V1__Faculty *)res);
    return f;
}

static eb_code load(svc_ctx *ctx, const char *id, void *res) { return faculty_get(ctx->db, id, res, &ctx->err); }
static int64_t revision(const void *res) { return ((const eb_faculty *)res)->revision; }

static bool change(svc_ctx *ctx, void *res, const void *patch, const field_mask *mask)
{
    eb_faculty *cur = res;
    int sector_before = faculty_effective_sector(cur, cur->institution_sector);
    faculty_apply_mask(cur, patch, mask);
    faculty_normalize(ctx->arena, cur, cur->institution_sector);
    faculty_validate(&ctx->err, cur, cur->institution_sector, "faculty.");
    if (svc_invalid(ctx))
        return false;
    if (faculty_effective_sector(cur, cur->institution_sector) == sector_before)
        return true;
    bool has_badge_classes;
    if (faculty_has_badge_classes(ctx->db, cur->id, &has_badge_classes, &ctx->err) != EB_OK)
        return false;
    if (has_badge_classes)
        eb_fail(&ctx->err, EB_FAILED_PRECONDITION, "FACULTY_SECTOR_IN_USE",
                "the faculty has badge classes, which were checked against its sector: the sector"
                " can no longer change");
    return !has_badge_classes;
}

static eb_code save(svc_ctx *ctx, void *res, int64_t expected)
{
    return faculty_update(ctx->db, res, expected, &ctx->err);
}

static ProtobufCMessage *encode(arena *a, const void *res) { return &to_pb(a, res)->base; }

static field_mask implied(arena *a, const ProtobufCMessage *res)
{
    return implied_mask(a, (const Edubadges__V1__Faculty *)res);
}

static const update_call FACULTY_UPDATE = {
    "faculty", "faculty", "faculties", NODE_FACULTY, FACULTY_UPDATABLE, sizeof(eb_faculty),
    implied, patch, load, revision, change, save, encode};

static ProtobufCMessage *update_faculty(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_update(ctx, r, &FACULTY_UPDATE); }

static ProtobufCMessage *read_faculty(svc_ctx *ctx, const char *id)
{
    eb_faculty f;
    return faculty_get(ctx->db, id, &f, &ctx->err) == EB_OK ? &to_pb(ctx->arena, &f)->base : NULL;
}

static ProtobufCMessage *archive(svc_ctx *ctx, const char *id, int64_t expected_revision)
{
    eb_faculty f;
    if (faculty_archive(ctx->db, id, expected_revision, &f, &ctx->err) != EB_OK)
        return NULL;
    return &to_pb(ctx->arena, &f)->base;
}

static const resource_calls FACULTY = {"faculties", NODE_FACULTY, read_faculty, archive, faculty_delete,
                                       &edubadges__v1__delete_faculty_response__descriptor};

static ProtobufCMessage *get_faculty(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_get(ctx, r, &FACULTY); }
static ProtobufCMessage *archive_faculty(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_archive(ctx, r, &FACULTY); }
static ProtobufCMessage *delete_faculty(svc_ctx *ctx, const ProtobufCMessage *r) { return svc_delete(ctx, r, &FACULTY); }

static const svc_method methods[] = {
    {"CreateFaculty", create_faculty, ACCESS_AUTHENTICATED},
    {"GetFaculty", get_faculty, ACCESS_AUTHENTICATED},
    {"ListFaculties", list_faculties, ACCESS_AUTHENTICATED},
    {"UpdateFaculty", update_faculty, ACCESS_AUTHENTICATED},
    {"ArchiveFaculty", archive_faculty, ACCESS_AUTHENTICATED},
    {"DeleteFaculty", delete_faculty, ACCESS_AUTHENTICATED},
    {NULL, NULL, ACCESS_PUBLIC},
};

const svc_service faculty_service = {&edubadges__v1__faculty_service__descriptor, methods};
